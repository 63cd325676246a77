"""Read the files users send (.txt, .md, .docx, .pdf) into plain Unicode text.

Every failure is a typed `DocumentError` with a Vietnamese message; nothing here touches
the database, so a bad file can never damage what is already indexed.
"""
from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

from .errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileTooLargeError,
    NoTextLayerError,
    UnknownEncodingError,
    UnsupportedFileTypeError,
)

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
#: Telegram bots cannot download files over 20 MB; we apply the same limit everywhere.
MAX_FILE_BYTES = 20 * 1024 * 1024


def read_document(path: Path) -> str:
    """Return the text of a supported document, NFC-normalized.

    Raises UnsupportedFileTypeError, FileTooLargeError, EmptyDocumentError,
    CorruptFileError, NoTextLayerError or UnknownEncodingError.
    """
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
    return read_bytes(data, suffix)


def read_bytes(data: bytes, suffix: str) -> str:
    """Like `read_document`, for bytes already in memory; `suffix` like ".pdf"."""
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileTypeError(f"unsupported suffix {suffix!r}")
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(f"{len(data)} bytes")
    if not data.strip():
        raise EmptyDocumentError("no bytes")
    if suffix == ".docx":
        text = _read_docx(data)
    elif suffix == ".pdf":
        text = _read_pdf(data)
    else:
        text = decode_text(data)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise EmptyDocumentError("no text")
    return text


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
    try:
        # Vietnamese Windows code page; its tone marks are combining, NFC fixes them.
        return _checked(unicodedata.normalize("NFC", data.decode("cp1258")))
    except UnicodeDecodeError as exc:
        raise UnknownEncodingError(str(exc)) from exc


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if sample.startswith((b"PK\x03\x04", b"%PDF", b"MZ", b"\x7fELF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return True
    if b"\x00" in sample:
        # could be BOM-less UTF-16; that is checked after this function says "not binary"
        nul_ratio = sample.count(b"\x00") / max(1, len(sample))
        return not (0.3 < nul_ratio < 0.7)
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters (a renamed binary)."""
    sample = text[:4096]
    if not sample:
        return text
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\f")
    if bad > len(sample) * 0.02:
        raise CorruptFileError("text contains binary control characters")
    return text


def _read_docx(data: bytes) -> str:
    if not data.startswith(b"PK"):
        raise CorruptFileError("not a zip container")
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise CorruptFileError(str(exc)) from exc
    except CorruptFileError:
        raise
    except Exception as exc:  # lxml errors, truncated zips...
        raise CorruptFileError(f"docx: {exc}") from exc
    parts: list[str] = []
    body = document.element.body
    # Walk paragraphs and tables in document order.
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iter():
                        if cell.tag.endswith("}tc"):
                            cells.append(" ".join(
                                (n.text or "") for n in cell.iter() if n.tag.endswith("}t")).strip())
                    parts.append(" | ".join(c for c in cells if c))
    return "\n\n".join(p for p in parts if p.strip())


def _read_pdf(data: bytes) -> str:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorruptFileError("missing %PDF header")
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise CorruptFileError("encrypted pdf") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except CorruptFileError:
        raise
    except Exception as exc:  # pypdf raises many kinds on broken files
        raise CorruptFileError(f"pdf: {exc}") from exc
    text = "\n\n".join(pages)
    if len("".join(text.split())) < 20:
        raise NoTextLayerError(f"{len(pages)} pages, no text layer")
    return text
