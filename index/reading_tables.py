"""A table handed over as text lines, the same way for every format (.docx, .odt, .html, .doc).

The obligation reader (index/obligation_tables.py) understands a data table as one
"a | b | c" line per row under a header row; the two-column letterhead and the
"Nơi nhận" / signature pair are layout tables, read column by column as the page reads.
"""
from __future__ import annotations

from dataclasses import dataclass

#: No real table is wider or merges more rows; a file's "colspan=100000" must cost nothing.
MAX_SPAN = 100
#: One table: rows of cells, each cell the lines of its paragraphs.
TableRows = list[list[list[str]]]


@dataclass(frozen=True)
class GridCell:
    """One cell as a format writes it. HTML gives a merged cell's height (`rowspan`) and
    leaves it out of the rows below; Word and Writer put a `continued` placeholder in them."""

    lines: list[str]
    colspan: int = 1
    rowspan: int = 1
    continued: bool = False


def spanned_rows(rows: list[list[GridCell]]) -> TableRows:
    """Rows of cells where a cell merged over several rows is repeated in each of them, so
    every row keeps its cells under their column headers and its own unit or deadline (a
    "Đơn vị chủ trì" cell merged over three tasks belongs to all three). A cell merged
    across columns is followed by empty cells for the columns it covers: a group row
    ("I | CÔNG KHAI THÔNG TIN") stays a row of the table under the same header."""
    carried: dict[int, tuple[int, GridCell]] = {}    # grid column -> (rows left, cell)
    last_at: dict[int, list[str]] = {}                # grid column -> lines of its last cell
    out: TableRows = []
    for row in rows:
        cells: list[list[str]] = []
        col = 0
        pending: dict[int, tuple[int, GridCell]] = {}

        def carry_into_row() -> None:
            nonlocal col
            while col in carried:
                left, cell = carried.pop(col)
                colspan = min(max(1, cell.colspan), MAX_SPAN)
                place(cell.lines, colspan)
                if left > 1:
                    pending[col] = (left - 1, cell)
                col += colspan

        def place(lines: list[str], colspan: int) -> None:
            cells.append(lines)
            cells.extend([] for _ in range(colspan - 1))

        for cell in row:
            carry_into_row()
            colspan = min(max(1, cell.colspan), MAX_SPAN)
            if cell.continued:
                place(list(last_at.get(col, [])), colspan)
            else:
                place(cell.lines, colspan)
                last_at[col] = cell.lines
                if cell.rowspan > 1:
                    pending[col] = (cell.rowspan - 1, cell)
            col += colspan
        for start in sorted(c for c in carried if c >= col):    # merged cells at the row's end
            cells.extend([] for _ in range(start - col))
            col = start
            carry_into_row()
        carried = pending
        out.append(cells)
    return out


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
    return [" | ".join(cell_text(cell) for cell in r) for r in rows]


#: A paragraph ending so goes on in the next one ("Phòng Kế hoạch -" / "Tài chính").
_GOES_ON = (";", ",", ":", "-", "–", "(", "&", " và", " của")


def cell_text(lines: list[str]) -> str:
    """A cell's paragraphs on one line: a paragraph starting in capitals (or with a list
    mark) is an item of its own ("Văn phòng Sở" / "Thanh tra Sở", two deadlines on two
    lines) and joins with "; ", a paragraph starting in lower case continues the one before."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif (line[:1].isupper() or line[:1] in "-+•") and not out.endswith(_GOES_ON):
            out = f"{out}; {line}"
        else:
            out = f"{out} {line}"
    return out
