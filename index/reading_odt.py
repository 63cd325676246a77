"""Read a LibreOffice Writer file (.odt): content.xml, with the standard library's zipfile
and lxml (already required by python-docx) under a parser that expands no entities.

Paragraphs (text:p) and headings (text:h) become lines, list items too; a table becomes
the same "a | b | c" rows as a .docx table (index/reading_tables.py). Comments and
footnote bodies are not the plan's text.
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from .errors import CorruptFileError, TextTooLongError
from .formats import ZIP_DAMAGE
from .reading_tables import GridCell, spanned_rows, table_lines

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_P, _H, _S, _TAB, _BREAK = _TEXT + "p", _TEXT + "h", _TEXT + "s", _TEXT + "tab", _TEXT + "line-break"
_TBL, _ROW, _CELL = _TABLE + "table", _TABLE + "table-row", _TABLE + "table-cell"
_COVERED = _TABLE + "covered-table-cell"
#: Not the document's running text: comments, footnote and endnote marks and bodies,
#: tracked deletions, the list of sequence variables.
_SKIP = frozenset({_OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "note",
                   _TEXT + "tracked-changes", _TEXT + "sequence-decls"})
#: content.xml is about ten times its text, like a .docx part (index/reading.py bound).
MAX_CONTENT_XML_BYTES = 12_000_000


def read_odt(data: bytes) -> str:
    """The text of an .odt: paragraphs and headings as lines, tables as rows."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > MAX_CONTENT_XML_BYTES:
                raise TextTooLongError(f"odt expands to {info.file_size} bytes of XML")
            xml = archive.read(info)
    except KeyError as exc:
        raise CorruptFileError("odt: no content.xml") from exc
    except ZIP_DAMAGE as exc:
        raise CorruptFileError(f"odt zip: {exc}") from exc
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"odt content.xml: {exc}") from exc
    lines: list[str] = []
    _walk(root, lines)
    return "\n\n".join(lines)


def _walk(el: etree._Element, lines: list[str]) -> None:
    for child in el:
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        if child.tag in (_P, _H):
            lines.extend(x for x in (s.strip() for s in _paragraph_text(child).split("\n")) if x)
        elif child.tag == _TBL:
            lines.extend(table_lines(_table_rows(child)))
        else:
            _walk(child, lines)       # sections, lists, list items, frames, text boxes


def _paragraph_text(p: etree._Element) -> str:
    """A paragraph's text: spans inline, text:s as its count of spaces, tabs as a space,
    line breaks kept; a frame anchored in it (a text box) read as its own lines."""
    out: list[str] = [p.text or ""]
    for child in p:
        if isinstance(child.tag, str) and child.tag not in _SKIP:
            if child.tag == _S:
                out.append(" " * int(child.get(_TEXT + "c", "1") or 1))
            elif child.tag == _TAB:
                out.append(" ")
            elif child.tag == _BREAK:
                out.append("\n")
            elif child.tag in (_P, _H):          # inside a text box drawn in the paragraph
                out.append("\n" + _paragraph_text(child) + "\n")
            else:
                out.append(_paragraph_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _table_rows(table: etree._Element) -> list[list[list[str]]]:
    """Rows of cells; a covered cell after a cell spanning columns is part of it, any other
    covered cell continues a cell spanning rows (index/reading_tables.py repeats it)."""
    rows = []
    for row in table.iter(_ROW):
        if next(row.iterancestors(_TBL)) is not table:
            continue                      # a row of a table nested in a cell
        cells: list[GridCell] = []
        covered_by_span = 0
        for cell in row.iterchildren(_CELL, _COVERED):
            if cell.tag == _COVERED:
                if covered_by_span:
                    covered_by_span -= 1
                else:
                    cells.append(GridCell([], continued=True))
                continue
            lines: list[str] = []
            _walk(cell, lines)
            colspan = _count(cell, "number-columns-spanned")
            covered_by_span = colspan - 1
            cells.append(GridCell(lines, colspan=colspan))
        rows.append(cells)
    return spanned_rows(rows)


def _count(cell: etree._Element, name: str) -> int:
    try:
        return max(1, int(cell.get(_TABLE + name, "1")))
    except ValueError:
        return 1
