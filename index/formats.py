"""Which file formats the reader takes, and which reader a file's bytes really need.

Agencies send Word 97-2003 files named .docx, web pages saved as .doc, RTF named .doc:
within the word-processor and web formats the bytes decide, not the name. A PDF or an
image is never taken for something else (its name must match its kind).
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from enum import Enum

from .thresholds import UTF16_LATIN_NUL_SHARE

#: Scans and photos, read by OCR (index/ocr.py).
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")
TEXT_SUFFIXES = (".txt", ".md")
#: Word processors: Word 2007+ and 97-2003, LibreOffice Writer, Rich Text, Word 2003 XML.
WORD_SUFFIXES = (".docx", ".doc", ".odt", ".rtf", ".xml")
#: A page saved from a portal ("Lưu trang"): HTML, or a browser's single-file archive.
WEB_SUFFIXES = (".html", ".htm", ".mhtml", ".mht")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + WORD_SUFFIXES + (".pdf",) + WEB_SUFFIXES + IMAGE_SUFFIXES
#: The accepted formats as every refusal message lists them.
ACCEPTED_FORMATS_TEXT = ".docx, .doc, .odt, .rtf, .pdf, .html (.htm, .mhtml), .txt, .md"
ACCEPTED_IMAGES_TEXT = ".jpg, .png, .tif"

#: What a damaged zip container raises (measured by truncating and bit-flipping real
#: plans): bad archives, bad deflate streams, an unknown zip version or compression method
#: (NotImplementedError), a member flagged encrypted (zipfile's RuntimeError).
ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError, RuntimeError)

_TAG_RE = re.compile(r"<[A-Za-z!/?]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Names under which plain text is read as text: a web application's "export to Word"
#: writes a .doc of plain text (or HTML), a page saved as text keeps its .html.
_TEXT_AS = (".doc", ".html", ".htm")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SNIFF_BYTES = 2048


class Reader(Enum):
    """The reader a file goes to."""

    TEXT = "text"
    DOCX = "docx"
    DOC = "doc"
    WORD2003 = "word2003"
    ODT = "odt"
    RTF = "rtf"
    HTML = "html"
    MHTML = "mhtml"
    PDF = "pdf"
    IMAGE = "image"


_BY_SUFFIX = {".docx": Reader.DOCX, ".doc": Reader.DOC, ".xml": Reader.WORD2003, ".odt": Reader.ODT,
              ".rtf": Reader.RTF,
              ".html": Reader.HTML, ".htm": Reader.HTML, ".mhtml": Reader.MHTML, ".mht": Reader.MHTML,
              ".pdf": Reader.PDF, ".txt": Reader.TEXT, ".md": Reader.TEXT}


def reader_for(data: bytes, suffix: str) -> Reader:
    """The reader for `data` sent under a supported `suffix` (lower case, with the dot)."""
    if suffix in IMAGE_SUFFIXES:
        return Reader.IMAGE
    named = _BY_SUFFIX[suffix]
    if suffix not in WORD_SUFFIXES + WEB_SUFFIXES:
        return named
    sniffed = _sniffed(data)
    if sniffed is Reader.TEXT and suffix not in _TEXT_AS:
        return named                # a .docx of plain text is a damaged .docx
    return sniffed or named


def _sniffed(data: bytes) -> Reader | None:
    if data.startswith(_OLE_MAGIC):
        return Reader.DOC
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    head = _ascii_head(data).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{\\rtf"):
        return Reader.RTF
    if b'progid="word.document"' in head or b"schemas.microsoft.com/office/word/2003/wordml" in head:
        return Reader.WORD2003
    if b"mime-version:" in head and b"multipart/related" in head:
        return Reader.MHTML
    if head.startswith(b"<!doctype html") or b"<html" in head or b"<body" in head:
        return Reader.HTML
    if not head.startswith(b"%pdf") and _plain_text(data[:_SNIFF_BYTES]):
        return Reader.TEXT          # web apps' "export to Word" that writes plain text
    return None


def utf16_kind(data: bytes) -> str | None:
    """"utf-16" for text with a UTF-16 byte-order mark, "utf-16-le"/"utf-16-be" for
    Latin-script UTF-16 without one (every other byte NUL), else None. Word saves a web
    page as "Unicode" (UTF-16) when asked, and such pages are sent named .doc."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:_SNIFF_BYTES]
    if len(sample) >= 8:
        if sample[1::2].count(0) > UTF16_LATIN_NUL_SHARE * len(sample[1::2]) and sample[0::2].count(0) == 0:
            return "utf-16-le"
        if sample[0::2].count(0) > UTF16_LATIN_NUL_SHARE * len(sample[0::2]) and sample[1::2].count(0) == 0:
            return "utf-16-be"
    return None


def _ascii_head(data: bytes) -> bytes:
    """The start of the file for sniffing, as ASCII bytes also when it is UTF-16."""
    kind = utf16_kind(data)
    if kind is None:
        return data[:_SNIFF_BYTES]
    text = data[:2 * _SNIFF_BYTES].decode(kind, errors="ignore")
    return text.encode("ascii", errors="ignore")


def _plain_text(head: bytes) -> bool:
    """UTF-8 text without tags or control bytes (a fragment of HTML is not plain text)."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:       # not just a character cut at the sample's end
            return False
        text = head[:exc.start].decode("utf-8")
    return bool(text.strip()) and not _TAG_RE.search(text) and not _CONTROL_RE.search(text)


def _zip_kind(data: bytes) -> Reader | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except ZIP_DAMAGE:
        return None          # a damaged container: the reader its name says reports it
    if "word/document.xml" in names:
        return Reader.DOCX
    if "content.xml" in names:
        return Reader.ODT
    return None
