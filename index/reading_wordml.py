"""WordprocessingML bodies as text lines: the .docx main part (2006 namespace) and Word
2003's single-file XML ("Word XML Document", 2003 namespace, sent as .xml or named .doc).

Both write paragraphs (w:p: runs' w:t, w:tab, w:br) and tables (w:tbl / w:tr / w:tc with
w:gridSpan and a vertical-merge mark) the same way; only the namespace, the name of the
merge mark and Word 2003's section wrappers (wx:sect, wx:sub-section) differ.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .errors import CorruptFileError
from .reading_tables import GridCell, spanned_rows, table_lines

W2006 = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W2003 = "{http://schemas.microsoft.com/office/word/2003/wordml}"
_WX2003 = "{http://schemas.microsoft.com/office/word/2003/auxHint}"


@dataclass(frozen=True)
class WordBody:
    """How one WordprocessingML dialect names its elements."""

    ns: str
    vmerge: str                          # "vMerge" (2006) or "vmerge" (2003)
    wrappers: frozenset[str] = frozenset()   # elements holding paragraphs and tables

    def lines(self, body: etree._Element) -> list[str]:
        """Paragraphs and tables of `body` in document order (one text per paragraph,
        one line per table row). Only elements with a string tag are read: comments,
        processing instructions and entity references have none."""
        parts: list[str] = []
        for child in body.iterchildren():
            if child.tag == self.ns + "p":
                parts.append(self.paragraph_text(child))
            elif child.tag == self.ns + "tbl":
                parts.extend(self.table_lines(child))
            elif child.tag in self.wrappers:
                parts.extend(self.lines(child))
        return [p for p in parts if p.strip()]

    def paragraph_text(self, paragraph: etree._Element) -> str:
        """The text of one w:p: runs' text, tabs as spaces, line breaks kept."""
        t, tab = self.ns + "t", self.ns + "tab"
        out: list[str] = []
        for node in paragraph.iter(t, tab, self.ns + "br"):
            if node.tag == t:
                # An entity reference, comment or processing instruction inside w:t is a
                # child node: its own text is dropped (never expanded: XXE), the text after
                # it kept.
                out.append(node.text or "")
                out.extend(child.tail or "" for child in node)
            elif node.tag == tab:
                out.append(" ")
            else:
                out.append("\n")
        return "".join(out)

    def table_lines(self, table: etree._Element) -> list[str]:
        """A w:tbl as index/reading_tables.py hands tables over."""
        rows = [[self._grid_cell(tc) for tc in tr.iterchildren(self.ns + "tc")]
                for tr in table.iterchildren(self.ns + "tr")]
        return table_lines(spanned_rows(rows))

    def _grid_cell(self, tc: etree._Element) -> GridCell:
        """A w:tc with its width in grid columns (w:gridSpan); a vertical-merge mark that
        does not restart continues the merged cell above."""
        val = self.ns + "val"
        props = tc.find(self.ns + "tcPr")
        span = props.find(self.ns + "gridSpan") if props is not None else None
        merge = props.find(self.ns + self.vmerge) if props is not None else None
        try:
            colspan = max(1, int(span.get(val, "1"))) if span is not None else 1
        except ValueError:
            colspan = 1
        continued = merge is not None and merge.get(val, "continue") != "restart"
        lines: list[str] = []
        for p in tc.iter(self.ns + "p"):
            lines.extend(x.strip() for x in self.paragraph_text(p).split("\n"))
        return GridCell([x for x in lines if x], colspan=colspan, continued=continued)


DOCX_BODY = WordBody(W2006, "vMerge")
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
