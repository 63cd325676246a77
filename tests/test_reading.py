"""Reading the formats users send, and refusing the ones we cannot read."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from index.errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileTooLargeError,
    NoTextLayerError,
    UnsupportedFileTypeError,
)
from index.reading import MAX_FILE_BYTES, read_bytes, read_document
from tests.support.documents import encode_cp1258, pdf_bytes

PLAN = "KẾ HOẠCH\nThực hiện Quy chế dân chủ năm 2025\n\nI. MỤC ĐÍCH\n- Báo cáo trước ngày 20/5/2025."


def make_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Báo cáo năm"
    table.rows[0].cells[1].text = "trước ngày 10/11/2025"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_reads_utf8_text_as_nfc(tmp_path: Path) -> None:
    import unicodedata

    path = tmp_path / "plan.txt"
    path.write_text(unicodedata.normalize("NFD", PLAN), encoding="utf-8")
    text = read_document(path)
    assert text == unicodedata.normalize("NFC", PLAN)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "cp1258"])
def test_decodes_common_vietnamese_encodings(encoding: str) -> None:
    data = encode_cp1258(PLAN) if encoding == "cp1258" else PLAN.encode(encoding)
    assert read_bytes(data, ".txt") == PLAN


def test_reads_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(make_docx(PLAN.split("\n")))
    text = read_document(path)
    assert "Thực hiện Quy chế dân chủ năm 2025" in text
    assert "trước ngày 10/11/2025" in text


def test_reads_pdf_text_layer() -> None:
    text = read_bytes(pdf_bytes("Bao cao 6 thang truoc ngay 20/5/2025\nGui ve So Noi vu"), ".pdf")
    assert "20/5/2025" in text


def test_scanned_pdf_without_text_is_refused() -> None:
    with pytest.raises(NoTextLayerError) as info:
        read_bytes(pdf_bytes(None), ".pdf")
    assert "scan" in info.value.user_message


@pytest.mark.parametrize("name, data, error", [
    ("virus.exe", b"MZ\x90\x00", UnsupportedFileTypeError),
    ("archive.zip", b"PK\x03\x04", UnsupportedFileTypeError),
    ("photo.jpg", b"\xff\xd8\xff\xe0", UnsupportedFileTypeError),
    ("empty.txt", b"", EmptyDocumentError),
    ("blank.md", b"   \n\n  ", EmptyDocumentError),
    ("broken.docx", b"PK\x03\x04not really a zip", CorruptFileError),
    ("fake.docx", b"just text pretending", CorruptFileError),
    ("broken.pdf", b"%PDF-1.4\n garbage", CorruptFileError),
    ("renamed.txt", bytes(range(256)) * 20, CorruptFileError),
    ("image.pdf", b"\x89PNG\r\n\x1a\n....", CorruptFileError),
])
def test_bad_files_raise_typed_errors_with_vietnamese_message(tmp_path: Path, name: str, data: bytes, error: type) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read_document(path)
    assert info.value.user_message and info.value.user_message[0].isupper()


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(FileTooLargeError):
        read_document(path)
