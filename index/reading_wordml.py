"""WordprocessingML bodies as text lines: the .docx main part (2006 namespace) and Word
2003's single-file XML ("Word XML Document", 2003 namespace, sent as .xml or named .doc).

Both write paragraphs (w:p: runs' w:t, w:tab, w:br) and tables (w:tbl / w:tr / w:tc with
w:gridSpan and a vertical-merge mark) the same way; only the namespace, the name of the
merge mark and Word 2003's section wrappers (wx:sect, wx:sub-section) differ.

What a person sees on the page is read, not what python-docx's `.text` gives: automatic
numbers (index/reading_numbering.py), content controls (w:sdt) and their content, text
boxes once each (a Word 2010+ box is written twice: DrawingML and a VML fallback) on lines
of their own, tables nested in a cell as rows of their own; hidden text, deleted and
moved-away revisions, field codes are not read.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from .errors import CorruptFileError
from .reading_numbering import ListNumbers
from .reading_tables import GridCell, spanned_rows, table_lines

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

W2006 = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W2003 = "{http://schemas.microsoft.com/office/word/2003/wordml}"
_WX2003 = "{http://schemas.microsoft.com/office/word/2003/auxHint}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Word 2010+ writes each text box (and shape) twice: mc:Choice, and mc:Fallback for old readers.
_FALLBACK = _MC + "Fallback"


@dataclass(frozen=True)
class WordBody:
    """How one WordprocessingML dialect names its elements."""

    ns: str
    vmerge: str                          # "vMerge" (2006) or "vmerge" (2003)
    wrappers: frozenset[str] = frozenset()   # elements holding paragraphs and tables

    def lines(self, body: etree._Element, numbers: ListNumbers | None = None) -> list[str]:
        """Paragraphs and tables of `body` in document order (one text per paragraph,
        one line per table row); `numbers` renders automatic numbering. Only elements with
        a string tag are read: comments, processing instructions and entity references
        have none."""
        parts: list[str] = []
        for child in self._blocks(body):
            if child.tag == self.ns + "p":
                parts.extend(self.paragraph_lines(child, numbers))
            elif child.tag == self.ns + "tbl":
                parts.extend(self.table_lines(child, numbers))
        return [p for p in parts if p.strip()]

    def _blocks(self, parent: etree._Element) -> Iterator[etree._Element]:
        """The children of `parent`, content controls (w:sdt), custom-XML and the
        dialect's wrappers opened: what they hold is on the page."""
        for child in parent.iterchildren():
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == self.ns + "sdt":
                content = child.find(self.ns + "sdtContent")
                if content is not None:
                    yield from self._blocks(content)
            elif tag == self.ns + "customXml" or tag in self.wrappers:
                yield from self._blocks(child)
            else:
                yield child

    def paragraph_text(self, paragraph: etree._Element, numbers: ListNumbers | None = None) -> str:
        """The text of one w:p: its number, runs' text, tabs as spaces, line breaks kept
        (text boxes left out: `paragraph_lines` reads them)."""
        return self._paragraph(paragraph, numbers, [])

    def paragraph_lines(self, paragraph: etree._Element, numbers: ListNumbers | None = None) -> list[str]:
        """One w:p as lines: the text boxes anchored in it (each paragraph of a box a line),
        then its own text."""
        boxes: list[etree._Element] = []
        text = self._paragraph(paragraph, numbers, boxes)
        out: list[str] = []
        for box in boxes:
            out.extend(self.lines(box, numbers))
        out.append(text)
        return out

    def _paragraph(self, paragraph: etree._Element, numbers: ListNumbers | None,
                   boxes: list[etree._Element]) -> str:
        out: list[str] = []
        ns = self.ns
        if next(paragraph.iter(ns + "txbxContent", _FALLBACK, ns + "vanish", ns + "del", ns + "moveFrom",
                               ns + "noBreakHyphen"), None) is None:
            # most paragraphs hold none of what the walk below leaves out: lxml's own
            # iteration reads them (a long table reads twice as fast)
            for node in paragraph.iter(ns + "t", ns + "tab", ns + "br", ns + "cr"):
                if node.tag == ns + "t":
                    out.append(node.text or "")
                    out.extend(child.tail or "" for child in node)
                else:
                    out.append(" " if node.tag == ns + "tab" else "\n")
        else:
            self._inline(paragraph, out, boxes)
        text = "".join(out)
        label = numbers.label(paragraph) if numbers else None
        return f"{label} {text}" if label else text

    def _inline(self, element: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
        ns = self.ns
        for node in element.iterchildren():
            tag = node.tag
            if not isinstance(tag, str):
                continue
            if tag == ns + "t":
                # An entity reference, comment or processing instruction inside w:t is a
                # child node: its own text is dropped (never expanded: XXE), the text after
                # it kept.
                out.append(node.text or "")
                out.extend(child.tail or "" for child in node)
            elif tag == ns + "tab":
                out.append(" ")
            elif tag in (ns + "br", ns + "cr"):
                out.append("\n")
            elif tag == ns + "noBreakHyphen":
                out.append("-")
            elif tag == ns + "txbxContent":
                boxes.append(node)
            elif tag == ns + "r":
                if not _hidden(node, ns):
                    self._inline(node, out, boxes)
            elif tag == _FALLBACK or tag in (ns + "pPr", ns + "rPr", ns + "del", ns + "moveFrom",
                                             ns + "instrText", ns + "delText"):
                continue
            else:           # hyperlinks, fields, smart tags, inserted revisions, drawings
                self._inline(node, out, boxes)

    def table_lines(self, table: etree._Element, numbers: ListNumbers | None = None) -> list[str]:
        """A w:tbl as index/reading_tables.py hands tables over."""
        rows = []
        for tr in self._blocks(table):
            if tr.tag != self.ns + "tr":
                continue
            before = _int_val(tr.find(f"{self.ns}trPr/{self.ns}gridBefore"), self.ns)
            cells = [GridCell([]) for _ in range(min(before, 50))]   # a row shifted right
            cells += [self._grid_cell(tc, numbers) for tc in self._blocks(tr) if tc.tag == self.ns + "tc"]
            rows.append(cells)
        return table_lines(spanned_rows(rows))

    def _grid_cell(self, tc: etree._Element, numbers: ListNumbers | None) -> GridCell:
        """A w:tc with its width in grid columns (w:gridSpan); a vertical-merge mark that
        does not restart continues the merged cell above (its own, empty, paragraphs are
        not read, so they number nothing)."""
        val = self.ns + "val"
        props = tc.find(self.ns + "tcPr")
        span = props.find(self.ns + "gridSpan") if props is not None else None
        merge = props.find(self.ns + self.vmerge) if props is not None else None
        colspan = max(1, _int_val(span, self.ns)) if span is not None else 1
        continued = merge is not None and merge.get(val, "continue") != "restart"
        if continued:
            return GridCell([], colspan=colspan, continued=True)
        lines: list[str] = []
        for line in self.lines(tc, numbers):      # a nested table gives its rows as lines
            lines.extend(x.strip() for x in line.split("\n"))
        return GridCell([x for x in lines if x], colspan=colspan)


def _hidden(run: etree._Element, ns: str) -> bool:
    """Whether a run is hidden text (w:vanish), which Word does not print."""
    props = run.find(ns + "rPr")
    if props is None:
        return False
    vanish = props.find(ns + "vanish")
    return vanish is not None and vanish.get(ns + "val", "true") not in ("0", "false", "off")


def _int_val(element: etree._Element | None, ns: str) -> int:
    """An element's integer w:val, 0 when absent or not a number."""
    if element is None:
        return 0
    try:
        return int(element.get(ns + "val", "1"))
    except ValueError:
        return 1


DOCX_BODY = WordBody(W2006, "vMerge")
#: A header or footer line that is only a page number ("3", "Trang 3", "3/12", "- 3 -").
_PAGE_NUMBER_RE = re.compile(r"[-–\s]*(?:trang\s*)?\d{1,4}(?:\s*(?:/|trên)\s*\d{1,4})?[-–\s]*", re.IGNORECASE)


def docx_numbers(document: "DocxDocument") -> ListNumbers | None:
    """The automatic numbering of a python-docx document (None when it numbers nothing)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        numbering = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        return None
    numbers = ListNumbers(numbering, document.styles.element)
    return numbers if numbers else None


def first_page_header(document: "DocxDocument", numbers: ListNumbers | None) -> list[str]:
    """The lines of the first page's header (the letterhead some agencies keep there),
    page numbers left out. Running headers of the other pages are not read: they repeat."""
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:          # the first section has no header of its own
        return []
    return [line for line in DOCX_BODY.lines(header._element, numbers)
            if not _PAGE_NUMBER_RE.fullmatch(line.strip())]
WORD2003_BODY = WordBody(W2003, "vmerge", frozenset({_WX2003 + "sect", _WX2003 + "sub-section"}))


def read_word2003(data: bytes) -> str:
    """The text of a Word 2003 XML document: its w:body's paragraphs and tables."""
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"word 2003 xml: {exc}") from exc
    body = root.find(W2003 + "body") if root is not None else None
    if body is None:
        raise CorruptFileError("xml: not a Word 2003 XML document (no w:body)")
    return "\n\n".join(WORD2003_BODY.lines(body))
