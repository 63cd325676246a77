"""Read a web page saved from a portal (.html/.htm) or a browser's single-file archive
(.mhtml) into the plan's text: headings and paragraphs as lines, tables as rows.

Scripts, styles, menus, breadcrumbs, share buttons, sidebars and footers are dropped. A
data table comes out as "a | b | c" rows under its header, like a .docx table
(index/reading_tables.py); tables that only lay out the page are read as blocks.
Parsed by lxml's HTML parser (libxml2), which python-docx already requires.
"""
from __future__ import annotations

import codecs
import email
import re
import unicodedata
from email.message import Message

import lxml.html
from lxml import etree

from .errors import CorruptFileError, EmptyDocumentError, UnknownEncodingError
from .formats import utf16_kind
from .lexicon import word_list
from .reading_tables import MAX_SPAN, GridCell, spanned_rows, table_lines
from .thresholds import DEBRIS_MAX_TEXT_SHARE

#: Elements that are never the document's text.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "nav", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "textarea", "object", "embed", "canvas", "map", "audio",
    "video", "input", "label"})
#: class / id words of page furniture around the content (index/data/html_furniture.txt); a
#: space in an entry is an optional separator ("tin lien quan" marks "tin-lien-quan")
_DEBRIS_RE = re.compile(
    r"(?:^|[\s_-])(?:" + "|".join(w.replace(" ", r"[\s_-]?") for w in word_list("html_furniture.txt"))
    + r")(?:$|[\s_-])", re.I)
_HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: Elements that start and end a line of text.
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
    "section", "article", "main", "header", "pre", "address", "figure", "figcaption", "center", "hr",
    "caption", "body", "html", "fieldset", "details", "summary", "tr", "td", "th", "tbody", "thead",
    "tfoot", "table"})
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
#: Where the page's charset declaration is looked for: browsers look at the first 1 KB, but
#: saved portal pages often carry kilobytes of inline styles and scripts before the meta tag.
_DECLARATION_BYTES = 16384
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Labels that name windows-1252 in HTML (the WHATWG encoding standard maps them so).
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE_RE = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")


def read_html(data: bytes) -> str:
    """The text of an HTML page: lines of headings and paragraphs, tables as rows."""
    # control characters are parse errors in HTML, and lxml refuses them in any text it sets
    text = _CONTROL_RE.sub("", _XML_DECL_RE.sub("", decode_html(data), count=1))
    if not text.strip():
        raise EmptyDocumentError("html: no characters")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptFileError(f"html: {exc}") from exc
    _drop_debris(root)
    lines = _Lines()
    lines.walk(root)
    return "\n\n".join(lines.done())


def read_mhtml(data: bytes) -> str:
    """The page of a single-file web archive (.mhtml): its first text/html part."""
    # the legacy (compat32) parser: it records a malformed header as a defect, never raises
    message = email.message_from_bytes(data)
    for part in message.walk():
        if isinstance(part, Message) and part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not payload:
                break
            charset = part.get_content_charset()
            if charset and not _META_CHARSET_RE.search(payload[:_DECLARATION_BYTES]):
                # the part's header names the charset when the page itself does not
                payload = f'<meta charset="{charset}">'.encode("ascii") + payload
            return read_html(payload)
    raise CorruptFileError("mhtml: no text/html part")


def decode_html(data: bytes) -> str:
    """Decode by the BOM (or UTF-16's NUL bytes), the page's own declaration (meta charset,
    XML declaration), then UTF-8, then windows-1258 (the legacy Vietnamese code page)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    wide = utf16_kind(data)
    if wide is not None:              # Word's "Unicode" web page (its meta says "unicode")
        return data.decode(wide, errors="replace")
    declared = _declared_charset(data[:_DECLARATION_BYTES])
    if declared:
        try:
            return unicodedata.normalize("NFC", data.decode(declared))
        except UnicodeError:
            pass            # a page that lies about its charset: try the usual ones
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # its tone marks are combining characters: NFC composes them
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError as exc:
        raise UnknownEncodingError(f"html: {exc}") from exc


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET_RE.search(head) or _XML_ENCODING_RE.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    # only text encodings: "rot13" or "hex" are codecs too, but not a page's charset
    return codec.name if getattr(codec, "_is_text_encoding", True) else None


def _drop_debris(root: lxml.html.HtmlElement) -> None:
    """Remove page furniture; never a block holding most of the page's text (a content
    wrapper whose class happens to say "has-sidebar")."""
    body_len = max(1, len(root.text_content()))
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _DROP_TAGS or (tag == "header" and _outside_content(el)):
            doomed.append(el)
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        if _HIDDEN_RE.search(el.get("style", "")) or (
                _DEBRIS_RE.search(marks) and len(el.text_content()) < body_len * DEBRIS_MAX_TEXT_SHARE):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()       # keeps the text that follows the element (its tail)


def _outside_content(el: lxml.html.HtmlElement) -> bool:
    """A <header> of the site, not of an article (where the document's own title sits)."""
    return not any(a.tag in ("article", "main") for a in el.iterancestors() if isinstance(a.tag, str))


class _Lines:
    """Text lines in reading order: inline text joined, a block or <br> ends a line."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._current: list[str] = []

    def done(self) -> list[str]:
        """The lines read, the last one closed."""
        self.end_line()
        return self._lines

    def end_line(self) -> None:
        """Close the current line (a block element or <br> ended it); empty lines are dropped."""
        line = _SPACE_RE.sub(" ", "".join(self._current)).strip()
        if line:
            self._lines.append(line)
        self._current = []

    def text(self, text: str | None) -> None:
        """Add inline text to the current line."""
        if text:
            self._current.append(text)

    def walk(self, el: lxml.html.HtmlElement, marker: str = "") -> None:
        """Append the lines of `el` and its children (`marker`: a list item's number)."""
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "table" and _is_data_table(el):
            self.end_line()
            self._lines.extend(table_lines(_table_rows(el)))
            return
        if tag == "br":
            self.end_line()
            return
        if tag == "pre":
            self.end_line()
            self._lines.extend(x.strip() for x in el.text_content().splitlines() if x.strip())
            return
        block = tag in _BLOCK_TAGS
        if block:
            self.end_line()
        self.text(marker)
        self.text(el.text)
        items = 0
        for child in el:
            if isinstance(child.tag, str):
                is_item = child.tag.lower() == "li"
                items += is_item
                self.walk(child, _list_marker(el, items) if is_item else "")
            self.text(child.tail)      # a comment's tail is text too
        if block:
            self.end_line()


def _list_marker(parent: lxml.html.HtmlElement, n: int) -> str:
    """What a browser shows before the n-th item: "- " in a <ul>, "n. " / "a) " / "IV. " in an <ol>."""
    if parent.tag.lower() != "ol":
        return "- "
    try:
        n += int(parent.get("start", "1")) - 1
    except ValueError:
        pass
    kind = parent.get("type", "1")
    if kind in ("a", "A"):
        letter = chr(ord("a") + (n - 1) % 26)
        return f"{letter.upper() if kind == 'A' else letter}) "
    if kind in ("i", "I"):
        roman = _roman(n)
        return f"{roman if kind == 'I' else roman.lower()}. "
    return f"{n}. "


def _roman(n: int) -> str:
    out = []
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)


def _own_rows(table: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The <tr> of this table (directly, or in its thead/tbody/tfoot), not of nested ones."""
    rows = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if isinstance(r.tag, str) and r.tag.lower() == "tr")
    return rows


def _is_data_table(table: lxml.html.HtmlElement) -> bool:
    """A table of cells, not the scaffolding of a page: no table inside it, more than
    one cell in some row."""
    if any(isinstance(t.tag, str) and t.tag.lower() == "table" for t in table.iterdescendants()):
        return False
    return any(len(_cells(r)) > 1 for r in _own_rows(table))


def _cells(row: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]


def _table_rows(table: lxml.html.HtmlElement) -> list[list[list[str]]]:
    rows = []
    for tr in _own_rows(table):
        cells = []
        for cell in _cells(tr):
            lines = _Lines()
            lines.text(cell.text)
            for child in cell:
                if isinstance(child.tag, str):
                    lines.walk(child)
                lines.text(child.tail)
            cells.append(GridCell(lines.done(), colspan=_span(cell, "colspan"), rowspan=_span(cell, "rowspan")))
        rows.append(cells)
    return spanned_rows(rows)


def _span(cell: lxml.html.HtmlElement, name: str) -> int:
    try:
        return min(max(1, int(cell.get(name, "1"))), MAX_SPAN)
    except ValueError:
        return 1
