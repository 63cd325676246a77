"""A table handed over as text lines, the same way for every format (.docx, .odt, .html, .doc).

The obligation reader (index/obligation_tables.py) understands a data table as one
"a | b | c" line per row under a header row; the two-column letterhead and the
"Nơi nhận" / signature pair are layout tables, read column by column as the page reads.
"""
from __future__ import annotations

#: One table: rows of cells, each cell the lines of its paragraphs.
TableRows = list[list[list[str]]]


def table_lines(rows: TableRows) -> list[str]:
    """A data table as one "a | b | c" line per row (cell paragraphs joined by spaces); a
    layout table (at most two columns, some cell with several lines) as the lines of its
    first column, then of the second."""
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    multi_line = any(len(cell) > 1 for r in rows for cell in r)
    if width <= 2 and multi_line:
        lines: list[str] = []
        for col in range(width):
            for r in rows:
                if col < len(r):
                    lines.extend(r[col])
        return lines
    # empty cells are kept: a row's cells must stay under their column headers
    return [" | ".join(" ".join(cell) for cell in r) for r in rows]
