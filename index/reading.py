"""Read the files users send (.txt, .md, .docx, .doc, .odt, .rtf, .pdf, .html, .mhtml, page
images) into plain Unicode text; the formats and which reader takes a file: index/formats.py.

Every failure is a typed `DocumentError` with a Vietnamese message; nothing here touches
the database, so a bad file can never damage what is already indexed.
"""
from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileTooLargeError,
    NoTextLayerError,
    PasswordProtectedError,
    TextTooLongError,
    UnknownEncodingError,
    UnsupportedFileTypeError,
)
# IMAGE_SUFFIXES and SUPPORTED_SUFFIXES are imported from here by the bot and the library
from .formats import IMAGE_SUFFIXES, SUPPORTED_SUFFIXES, ZIP_DAMAGE, Reader, reader_for  # noqa: F401
from .legacy_encodings import declared_encodings, looks_legacy, repair_legacy_text
from .list_numbers import dash_symbol_bullets
from .pdf_ruled_tables import RuledTables
from .pdf_tables import joined_pages, page_text
from .reading_wordml import DOCX_BODY, docx_numbers, first_page_header
from .thresholds import BINARY_CONTROL_SHARE, TEXT_CONTROL_SHARE, UTF16_NUL_SHARE

if TYPE_CHECKING:
    from .ocr import ScanReport

#: A PDF page with fewer non-space characters than this has no real text layer (a scan).
_MIN_PAGE_CHARS = 20
#: Telegram bots cannot download files over 20 MB; we apply the same limit everywhere.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The text one document may expand to (about 350 pages of a plan). A small compressed
#: .docx can inflate to tens of MB of XML; past this bound reading stops with a clear
#: message instead of indexing costs that grow with the text (issue #14, item 9).
MAX_TEXT_CHARS = 1_000_000
#: Uncompressed size of the .docx main part read at all (its XML is ~10x its text).
MAX_DOCX_XML_BYTES = 12 * MAX_TEXT_CHARS


@dataclass
class ReadResult:
    """A document's text, and how it was read when (part of) it came from page images."""

    text: str
    scan: "ScanReport | None" = None


def read_document(path: Path) -> str:
    """Return the text of a supported document, NFC-normalized.

    Raises UnsupportedFileTypeError, FileTooLargeError, EmptyDocumentError,
    CorruptFileError, UnknownEncodingError, or for scans OcrUnavailableError,
    UnreadableScanError and ScanTooLongError.
    """
    return read_document_result(path).text


def read_document_result(path: Path, progress: Callable[[int, int], None] | None = None) -> ReadResult:
    """Like `read_document`, with the OCR report of scans; `progress(page, pages)` is
    called as scanned pages are read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileTypeError(f"unsupported suffix {suffix!r}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileTooLargeError(f"{size} bytes")
    if size == 0:
        raise EmptyDocumentError("zero bytes")
    data = path.read_bytes()
    return read_bytes_result(data, suffix, progress)


def read_bytes(data: bytes, suffix: str) -> str:
    """Like `read_document`, for bytes already in memory; `suffix` like ".pdf"."""
    return read_bytes_result(data, suffix).text


def read_bytes_result(data: bytes, suffix: str,
                      progress: Callable[[int, int], None] | None = None) -> ReadResult:
    """Like `read_document_result`, for bytes already in memory."""
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileTypeError(f"unsupported suffix {suffix!r}")
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(f"{len(data)} bytes")
    if not data.strip():
        raise EmptyDocumentError("no bytes")
    scan = None
    reader = reader_for(data, suffix)
    if reader is Reader.PDF:
        text, scan = _read_pdf(data, progress)
    elif reader is Reader.IMAGE:
        from .ocr import read_image_file

        text, scan = read_image_file(data, progress)
    elif reader is Reader.TEXT:
        text = decode_text(data)
    elif reader is Reader.HTML and _looks_binary(data):
        raise CorruptFileError("binary content in a web page")
    else:
        text = _read_word_or_web(data, reader)
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLongError(f"{len(text)} characters")
    if reader is not Reader.IMAGE:      # TCVN3 / VNI font text to Unicode (OCR reads Unicode)
        text = dash_symbol_bullets(repair_legacy_text(text, declared_encodings(data)).text)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise EmptyDocumentError("no text")
    return ReadResult(text, scan)


def _read_word_or_web(data: bytes, reader: Reader) -> str:
    """The word-processor and web formats, each in its own module (loaded when needed)."""
    if reader is Reader.DOCX:
        return _read_docx(data)
    if reader is Reader.DOC:
        from .reading_doc import read_doc

        return read_doc(data)
    if reader is Reader.WORD2003:
        from .reading_wordml import read_word2003

        return read_word2003(data)
    if reader is Reader.ODT:
        from .reading_odt import read_odt

        return read_odt(data)
    if reader is Reader.RTF:
        from .reading_rtf import read_rtf

        return read_rtf(data)
    from .reading_html import read_html, read_mhtml

    return read_mhtml(data) if reader is Reader.MHTML else read_html(data)


def decode_text(data: bytes) -> str:
    """Decode a plain-text file: UTF-8 (with or without BOM), UTF-16, or Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        # A UTF-8 BOM followed by bytes that are not UTF-8 (a damaged or mislabelled file)
        # must be a typed error with a message, not a bare UnicodeDecodeError (fuzzing).
        try:
            return _checked(data[3:].decode("utf-8", errors="strict"))
        except UnicodeDecodeError as exc:
            raise UnknownEncodingError(str(exc)) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise UnknownEncodingError(str(exc)) from exc
    if _looks_binary(data):
        raise CorruptFileError("binary content in a text file")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # UTF-16 without BOM: every other byte is NUL for Vietnamese/ASCII text.
    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return _checked(data.decode(enc))
            except UnicodeDecodeError:
                continue
    legacy = _legacy_surface(data)
    if legacy is not None:
        return legacy
    try:
        # Vietnamese Windows code page; its tone marks are combining, NFC fixes them.
        return _checked(unicodedata.normalize("NFC", data.decode("cp1258")))
    except UnicodeDecodeError as exc:
        raise UnknownEncodingError(str(exc)) from exc


def _legacy_surface(data: bytes) -> str | None:
    """A TCVN3 or VNI text file read byte for byte as the Latin-1 look-alikes the
    conversion tables expect, when its words read as such (index/legacy_encodings.py)."""
    try:
        surface = data.decode("cp1252")
    except UnicodeDecodeError:
        surface = data.decode("latin-1")
    return _checked(surface) if looks_legacy(surface) else None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if sample.startswith((b"PK\x03\x04", b"%PDF", b"MZ", b"\x7fELF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return True
    if b"\x00" in sample:
        # could be BOM-less UTF-16; that is checked after this function says "not binary"
        nul_ratio = sample.count(b"\x00") / max(1, len(sample))
        return not (UTF16_NUL_SHARE[0] < nul_ratio < UTF16_NUL_SHARE[1])
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * BINARY_CONTROL_SHARE


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters (a renamed binary)."""
    sample = text[:4096]
    if not sample:
        return text
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\f")
    if bad > len(sample) * TEXT_CONTROL_SHARE:
        raise CorruptFileError("text contains binary control characters")
    return text


def _read_docx(data: bytes) -> str:
    if not data.startswith(b"PK"):
        raise CorruptFileError("not a zip container")
    _check_docx_size(data)
    import docx  # python-docx; outside the try: a broken install is not a corrupt file
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
        numbers = docx_numbers(document)
        header = first_page_header(document, numbers)
    except (*ZIP_DAMAGE, PackageNotFoundError, KeyError, LxmlError) as exc:   # + missing parts, bad XML
        raise CorruptFileError(f"docx: {exc}") from exc
    body = DOCX_BODY.lines(document.element.body, numbers)
    return "\n\n".join([line for line in header if line not in body[:len(header) + 8]] + body)


def _check_docx_size(data: bytes) -> None:
    """Refuse a .docx whose main XML would inflate past the text bound, before parsing it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # the XML parts only: pictures (word/media) are not parsed and may be large
            size = sum(i.file_size for i in archive.infolist()
                       if i.filename.startswith("word/") and i.filename.endswith(".xml"))
    except ZIP_DAMAGE as exc:
        raise CorruptFileError(f"docx zip: {exc}") from exc
    if size > MAX_DOCX_XML_BYTES:
        raise TextTooLongError(f"docx expands to {size} bytes of XML")


def _read_pdf(data: bytes, progress: Callable[[int, int], None] | None = None
              ) -> tuple[str, "ScanReport | None"]:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorruptFileError("missing %PDF header")
    from pypdf import PdfReader   # outside the try: a broken install is not a corrupt file
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An owner-password-only PDF opens with the empty user password; anything else
            # needs a password we do not have: say so, it is not a damaged file.
            try:
                opened = reader.decrypt("")
            # an unsupported cipher, a missing crypto backend (pypdf's DependencyError); any
            # other failure here is a damaged file, reported by the catch below
            except (PyPdfError, DependencyError, NotImplementedError) as exc:
                raise PasswordProtectedError(f"encrypted pdf: {exc}") from exc
            if not opened:
                raise PasswordProtectedError("encrypted pdf, user password required")
        pages = []
        length = 0
        ruled = RuledTables(data)
        for n, page in enumerate(reader.pages):
            # tables come back as "a | b | c" rows
            pages.append(page_text(page, lambda n=n: ruled.page(n)))
            length += len(pages[-1])
            if length > MAX_TEXT_CHARS:
                raise TextTooLongError(f"pdf text over {MAX_TEXT_CHARS} characters")
        # len() lists the page's image names without decoding them
        with_images = {n for n, page in enumerate(reader.pages, 1) if len(page.images)}
    except (CorruptFileError, PasswordProtectedError, TextTooLongError):
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files (its own,
        # ValueError, KeyError, NotImplementedError, zlib.error...); all mean this file, chained
        raise CorruptFileError(f"pdf: {exc}") from exc
    # Pages without a text layer are scans: OCR reads them, the others keep their text.
    blank = [n for n, page in enumerate(pages, 1)
             if n in with_images and len("".join(page.split())) < _MIN_PAGE_CHARS]
    if blank:
        from .ocr import read_pdf_pages

        text_pages = {n: page for n, page in enumerate(pages, 1) if n not in blank}
        return read_pdf_pages(data, blank, text_pages, len(pages), progress)
    text = joined_pages(pages)
    if len("".join(text.split())) < 20:
        raise NoTextLayerError(f"{len(pages)} pages, no text layer")
    return text, None
