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
from .reading_tables import TableRows, table_lines

_IN_TABLE, _CELL_END, _ROW_END = "\ue000", "\ue001", "\ue002"
#: a control word ends at a non-letter; one space after it is its delimiter (consumed)
_MARKS = ((re.compile(r"(?<!\\)\\intbl(?![a-zA-Z]) ?"), _IN_TABLE),
          (re.compile(r"(?<!\\)\\cell(?![a-zA-Z]) ?"), _CELL_END),
          (re.compile(r"(?<!\\)\\row(?![a-zA-Z]) ?"), _ROW_END))
_CODEPAGE_RE = re.compile(r"\\ansicpg(\d+)")


def read_rtf(data: bytes) -> str:
    """The text of an .rtf: paragraphs as lines, tables as rows."""
    from striprtf.striprtf import rtf_to_text

    source = data.decode("latin-1")      # RTF is 7-bit; \'xx escapes name the code page's bytes
    if not source.lstrip("\ufeff\r\n\t ").startswith("{\\rtf"):
        raise CorruptFileError("rtf: no {\\rtf header")
    for pattern, mark in _MARKS:
        source = pattern.sub(lambda _m, mark=mark: mark, source)
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


def _lines(text: str) -> list[str]:
    """Plain paragraphs as lines; a run of table paragraphs as its table's lines."""
    lines: list[str] = []
    rows: TableRows = []
    row: list[list[str]] = []
    cell: list[str] = []
    buf: list[str] = []
    in_table = False

    def paragraph() -> str:
        return "".join(buf).replace(_IN_TABLE, "").strip()

    for ch in text + "\n":
        if ch == _IN_TABLE:
            in_table = True
        elif ch == _CELL_END:
            if paragraph():
                cell.append(paragraph())
            row.append(cell)
            cell, buf, in_table = [], [], False
        elif ch == _ROW_END:
            rows.append(row)
            row, buf = [], []
        elif ch == "\n":
            if in_table:
                if paragraph():
                    cell.append(paragraph())
            else:
                if rows:
                    lines.extend(table_lines(rows))
                    rows = []
                if paragraph():
                    lines.append(paragraph())
            buf, in_table = [], False
        else:
            buf.append(ch)
    if rows:
        lines.extend(table_lines(rows))
    return lines
