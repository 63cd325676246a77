"""Read a Rich Text file (.rtf) with striprtf, keeping its tables as tables.

striprtf turns RTF into text but writes a table cell as "|" and a cell's paragraphs as
separate lines, so a heading before a table and the cells of a two-column letterhead run
together. Before stripping, the three control words that shape a table are swapped for
private-use marks: `\\intbl` (this paragraph is in a table), `\\cell`, `\\row`; the marks
then rebuild each table as rows of cells for index/reading_tables.py, like a .docx table.
"""
from __future__ import annotations

import codecs
import re

from .errors import CorruptFileError
from .reading_tables import GridCell, spanned_rows, table_lines

_IN_TABLE, _CELL_END, _ROW_END = "\ue000", "\ue001", "\ue002"
#: a row's definition (\trowd), one cell's right edge (\cellxN, ending its definition),
#: and "this cell continues the merged cell above" (\clvmrg) in that definition
_ROW_DEF, _CELL_DEF, _MERGED, _EDGE_END = "\ue003", "\ue004", "\ue005", "\ue006"
_CONTROL_MARKS = frozenset(_ROW_DEF + _MERGED + _EDGE_END)
#: a control word ends at a non-letter; one space after it is its delimiter (consumed)
_MARKS = ((re.compile(r"(?<!\\)\\intbl(?![a-zA-Z]) ?"), _IN_TABLE),
          (re.compile(r"(?<!\\)\\cell(?![a-zA-Z]) ?"), _CELL_END),
          (re.compile(r"(?<!\\)\\row(?![a-zA-Z]) ?"), _ROW_END),
          (re.compile(r"(?<!\\)\\trowd(?![a-zA-Z]) ?"), _ROW_DEF),
          (re.compile(r"(?<!\\)\\cellx(-?\d+) ?"), _CELL_DEF + r"\1" + _EDGE_END),
          (re.compile(r"(?<!\\)\\clvmrg(?![a-zA-Z]) ?"), _MERGED))
_CODEPAGE_RE = re.compile(r"\\ansicpg(\d+)")


def read_rtf(data: bytes) -> str:
    """The text of an .rtf: paragraphs as lines, tables as rows."""
    from striprtf.striprtf import rtf_to_text

    source = data.decode("latin-1")      # RTF is 7-bit; \'xx escapes name the code page's bytes
    if not source.lstrip("\ufeff\r\n\t ").startswith("{\\rtf"):
        raise CorruptFileError("rtf: no {\\rtf header")
    for pattern, mark in _MARKS:
        source = pattern.sub(lambda m, mark=mark: m.expand(mark), source)
    try:
        text = rtf_to_text(source, encoding=_codepage(source), errors="replace")
    except (ValueError, IndexError, OverflowError) as exc:   # a malformed \uN or \'xx escape
        raise CorruptFileError(f"rtf: {exc}") from exc
    return "\n\n".join(_lines(text))


def _codepage(source: str) -> str:
    match = _CODEPAGE_RE.search(source[:4096])
    if match:
        try:
            return codecs.lookup(f"cp{match.group(1)}").name
        except LookupError:
            pass
    return "cp1252"


class _Row:
    """One row being read: its cells, and from its definition each cell's right edge and
    whether it continues the merged cell above."""

    def __init__(self) -> None:
        self.cells: list[list[str]] = []
        self.edges: list[int] = []
        self.continued: list[bool] = []


def _grid(rows: list[_Row]) -> list[list[GridCell]]:
    """Cells with their width in the table's columns: the right edges of all its rows
    make the columns; a cell covers those between its left and right edge."""
    columns = sorted({e for r in rows for e in r.edges})
    grid = []
    for r in rows:
        cells = []
        for i, lines in enumerate(r.cells):
            if i < len(r.edges):
                left = r.edges[i - 1] if i else float("-inf")
                span = sum(1 for c in columns if left < c <= r.edges[i])
            else:
                span = 1
            continued = i < len(r.continued) and r.continued[i] and not lines
            cells.append(GridCell(lines, colspan=max(1, span), continued=continued))
        grid.append(cells)
    return grid


def _lines(text: str) -> list[str]:
    """Plain paragraphs as lines; a run of table paragraphs as its table's lines."""
    lines: list[str] = []
    rows: list[_Row] = []
    row = _Row()
    defined = _Row()                  # the definition read last (\trowd ... \cellxN)
    cell: list[str] = []
    buf: list[str] = []
    edge: list[str] | None = None     # digits of a \cellxN being read
    in_table = merged_here = False

    def paragraph() -> str:
        return "".join(buf).replace(_IN_TABLE, "").strip()

    def flush_table() -> None:
        if rows:
            lines.extend(table_lines(spanned_rows(_grid(rows))))
            rows.clear()

    for ch in text + "\n":
        if edge is not None and ch != _EDGE_END:
            edge.append(ch)
        elif ch == _CELL_DEF:
            edge = []
        elif ch in _CONTROL_MARKS:
            if ch == _ROW_DEF:
                defined, merged_here = _Row(), False
            elif ch == _MERGED:
                merged_here = True
            else:                     # the end of \cellxN: one cell defined
                digits = "".join(edge or [])
                defined.edges.append(int(digits) if digits.lstrip("-").isdigit() else 0)
                defined.continued.append(merged_here)
                edge, merged_here = None, False
        elif ch == _IN_TABLE:
            in_table = True
        elif ch == _CELL_END:
            if paragraph():
                cell.append(paragraph())
            row.cells.append(cell)
            cell, buf, in_table = [], [], False
        elif ch == _ROW_END:
            row.edges, row.continued = defined.edges, defined.continued
            rows.append(row)
            row, buf = _Row(), []
        elif ch == "\n":
            if in_table:
                if paragraph():
                    cell.append(paragraph())
            else:
                flush_table()
                if paragraph():
                    lines.append(paragraph())
            buf, in_table = [], False
        else:
            buf.append(ch)
    flush_table()
    return lines
