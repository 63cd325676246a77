"""Read a LibreOffice Writer file (.odt): content.xml, with the standard library's zipfile
and lxml (already required by python-docx) under a parser that expands no entities.

Paragraphs (text:p) and headings (text:h) become lines, list items too, with the number
or bullet their list style draws (index/list_numbers.py); a table becomes
the same "a | b | c" rows as a .docx table (index/reading_tables.py). Comments and
footnote bodies are not the plan's text.
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from .errors import CorruptFileError, TextTooLongError
from .formats import ZIP_DAMAGE
from .list_numbers import ListCounter, ListLevel, labelled
from .reading_tables import GridCell, spanned_rows, table_lines

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_P, _H, _S, _TAB, _BREAK = _TEXT + "p", _TEXT + "h", _TEXT + "s", _TEXT + "tab", _TEXT + "line-break"
_TBL, _ROW, _CELL = _TABLE + "table", _TABLE + "table-row", _TABLE + "table-cell"
_COVERED = _TABLE + "covered-table-cell"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_LIST, _ITEM, _HEADER = _TEXT + "list", _TEXT + "list-item", _TEXT + "list-header"
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
            styles_info = archive.getinfo("styles.xml") if "styles.xml" in archive.namelist() else None
            styles_xml = archive.read(styles_info) if styles_info and styles_info.file_size <= MAX_CONTENT_XML_BYTES \
                else b""
    except KeyError as exc:
        raise CorruptFileError("odt: no content.xml") from exc
    except ZIP_DAMAGE as exc:
        raise CorruptFileError(f"odt zip: {exc}") from exc
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"odt content.xml: {exc}") from exc
    roots = [root]
    if styles_xml:
        try:
            roots.append(etree.fromstring(styles_xml, parser))
        except etree.XMLSyntaxError:
            pass      # without its styles a list is read unnumbered; the text is all there
    lines: list[str] = []
    _walk(root, lines, _Lists(_list_styles(roots)))
    return "\n\n".join(lines)


class _Lists:
    """The document's list styles, and the last list of each style (a list that continues
    its numbering picks up where that one stopped)."""

    def __init__(self, styles: dict[str, dict[int, ListLevel]]) -> None:
        self.styles = styles
        self.last: dict[str, ListCounter] = {}

    def counter(self, lst: etree._Element) -> ListCounter:
        """The numbering of a top-level list: its style's, new or continued."""
        name = lst.get(_TEXT + "style-name") or ""
        continues = lst.get(_TEXT + "continue-numbering") == "true" or lst.get(_TEXT + "continue-list")
        counter = self.last.get(name) if continues and name in self.last else ListCounter(self.styles.get(name, {}))
        self.last[name] = counter
        return counter


def _list_styles(roots: list[etree._Element]) -> dict[str, dict[int, ListLevel]]:
    """Each text:list-style's levels: numbered (format, prefix, suffix, start) or bulleted."""
    styles: dict[str, dict[int, ListLevel]] = {}
    for root in roots:
        for style in root.iter(_TEXT + "list-style"):
            levels: dict[int, ListLevel] = {}
            for lv in style:
                if not isinstance(lv.tag, str):
                    continue
                level = _number(lv.get(_TEXT + "level"), 1)
                if lv.tag == _TEXT + "list-level-style-number":
                    fmt = lv.get(_STYLE + "num-format", "1")
                    levels[level] = ListLevel(numbered=True, shown=bool(fmt), num_format=fmt or "1",
                                              prefix=lv.get(_STYLE + "num-prefix", ""),
                                              suffix=lv.get(_STYLE + "num-suffix", ""),
                                              start=_number(lv.get(_TEXT + "start-value"), 1),
                                              display_levels=_number(lv.get(_TEXT + "display-levels"), 1))
                else:
                    levels[level] = ListLevel()
            styles[style.get(_STYLE + "name") or ""] = levels
    return styles


def _walk(el: etree._Element, lines: list[str], lists: _Lists) -> None:
    for child in el:
        _read_element(child, lines, lists)


def _read_element(child: etree._Element, lines: list[str], lists: _Lists) -> None:
    if not isinstance(child.tag, str) or child.tag in _SKIP:
        return
    if child.tag in (_P, _H):
        lines.extend(x for x in (s.strip() for s in _paragraph_text(child).split("\n")) if x)
    elif child.tag == _TBL:
        lines.extend(table_lines(_table_rows(child, lists)))
    elif child.tag == _LIST:
        _walk_list(child, lines, lists, lists.counter(child), 1)
    else:
        _walk(child, lines, lists)       # sections, frames, text boxes


def _walk_list(lst: etree._Element, lines: list[str], lists: _Lists, counter: ListCounter, level: int) -> None:
    """A list's items, each labelled as the word processor numbers it; a list nested in an
    item is the next level of the same list."""
    for item in lst:
        if item.tag not in (_ITEM, _HEADER):
            continue
        if item.tag == _ITEM and item.get(_TEXT + "start-value"):
            counter.counts[level] = _number(item.get(_TEXT + "start-value"), 1) - 1
        label = counter.label(level) if item.tag == _ITEM else ""
        own: list[str] = []
        for part in item:
            if part.tag == _LIST:
                lines.extend(labelled(label, own))
                own, label = [], ""
                _walk_list(part, lines, lists, counter, level + 1)
            else:
                _read_element(part, own, lists)
        lines.extend(labelled(label, own))


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


def _table_rows(table: etree._Element, lists: _Lists) -> list[list[list[str]]]:
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
            _walk(cell, lines, lists)
            colspan = _count(cell, "number-columns-spanned")
            covered_by_span = colspan - 1
            cells.append(GridCell(lines, colspan=colspan))
        rows.append(cells)
    return spanned_rows(rows)


def _count(cell: etree._Element, name: str) -> int:
    return _number(cell.get(_TABLE + name), 1)


def _number(value: str | None, default: int) -> int:
    try:
        return max(1, int(value)) if value else default
    except ValueError:
        return default
