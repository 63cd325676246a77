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
    ("animation.gif", b"GIF89a\x01\x00", UnsupportedFileTypeError),
    ("photo.jpg", b"\xff\xd8\xff\xe0", CorruptFileError),     # a truncated photo
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


def _docx_with_xml(document_xml_edit) -> bytes:
    """A .docx whose word/document.xml is rewritten by `document_xml_edit(bytes) -> bytes`."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(make_docx(PLAN.split("\n"))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = document_xml_edit(data)
            dst.writestr(info, data)
    return out.getvalue()


def test_docx_with_xml_comment_inside_a_paragraph_is_read() -> None:
    data = _docx_with_xml(lambda x: x.replace(b"<w:t>", b"<!-- ghi chu --><w:t>", 1)
                          .replace(b"<w:body>", b"<w:body><!-- dau --><?pi x?>", 1))
    text = read_bytes(data, ".docx")
    assert "Thực hiện Quy chế dân chủ năm 2025" in text


def test_docx_with_entity_reference_inside_a_paragraph_is_read() -> None:
    def edit(xml: bytes) -> bytes:
        head, sep, body = xml.partition(b"?>")
        xml = head + sep + '<!DOCTYPE w:document [<!ENTITY kh "Kế hoạch">]>'.encode() + body
        return xml.replace("Thực hiện Quy chế".encode(), "&kh; thực hiện Quy chế".encode(), 1)

    text = read_bytes(_docx_with_xml(edit), ".docx")
    assert "thực hiện Quy chế dân chủ năm 2025" in text


def test_docx_header_table_reads_column_by_column() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "UBND TỈNH BÌNH AN"
    left.add_paragraph("SỞ NỘI VỤ")
    left.add_paragraph("Số: 45/KH-SNV")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Bình An, ngày 12 tháng 01 năm 2025")
    buf = io.BytesIO()
    document.save(buf)
    lines = [x for x in read_bytes(buf.getvalue(), ".docx").split("\n") if x]
    assert lines[:3] == ["UBND TỈNH BÌNH AN", "SỞ NỘI VỤ", "Số: 45/KH-SNV"]
    assert "Bình An, ngày 12 tháng 01 năm 2025" in lines


def test_password_protected_pdf_is_said_to_be_protected() -> None:
    from pypdf import PdfReader, PdfWriter

    from index.errors import PasswordProtectedError

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes("Bao cao truoc ngay 20/5/2025 gui So Noi vu"))))
    writer.encrypt(user_password="matkhau", owner_password="chu", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(PasswordProtectedError) as info:
        read_bytes(buf.getvalue(), ".pdf")
    assert "mật khẩu" in info.value.user_message


def test_owner_password_only_pdf_is_read() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes("Bao cao truoc ngay 20/5/2025 gui So Noi vu"))))
    writer.encrypt(user_password="", owner_password="chu", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert "20/5/2025" in read_bytes(buf.getvalue(), ".pdf")


def test_text_past_the_bound_is_refused_with_a_clear_message() -> None:
    from index.errors import TextTooLongError
    from index.reading import MAX_TEXT_CHARS

    with pytest.raises(TextTooLongError) as info:
        read_bytes(("a" * 99 + "\n").encode() * (MAX_TEXT_CHARS // 100 + 1), ".md")
    assert "quá dài" in info.value.user_message


def test_docx_inflating_past_the_bound_is_refused_before_parsing() -> None:
    from index.errors import TextTooLongError
    from index.reading import MAX_DOCX_XML_BYTES

    filler = b"<w:p><w:r><w:t>" + b"x" * 1000 + b"</w:t></w:r></w:p>"
    count = MAX_DOCX_XML_BYTES // len(filler) + 1
    data = _docx_with_xml(lambda x: x.replace(b"<w:body>", b"<w:body>" + filler * count, 1))
    assert len(data) < MAX_DOCX_XML_BYTES // 50     # compresses to almost nothing
    with pytest.raises(TextTooLongError):
        read_bytes(data, ".docx")


def test_docx_with_a_large_picture_is_not_refused_as_too_long() -> None:
    import zipfile

    from index.reading import MAX_DOCX_XML_BYTES

    src = zipfile.ZipFile(io.BytesIO(make_docx(PLAN.split("\n"))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr("word/media/image1.png", b"\x89PNG" + b"\x00" * (MAX_DOCX_XML_BYTES + 1))
    assert "Thực hiện Quy chế dân chủ năm 2025" in read_bytes(out.getvalue(), ".docx")


def _central_directory_edit(data: bytes, offset: int, value: int) -> bytes:
    """The zip with one byte of every central-directory record set (offset from "PK\\1\\2")."""
    out = bytearray(data)
    start = out.find(b"PK\x01\x02")
    while start != -1:
        out[start + offset] = value
        start = out.find(b"PK\x01\x02", start + 4)
    return bytes(out)


@pytest.mark.parametrize("damage", [
    pytest.param(lambda d: _central_directory_edit(d, 6, 0xFF), id="unknown-zip-version"),
    pytest.param(lambda d: _central_directory_edit(d, 8, 0x01), id="members-flagged-encrypted"),
    pytest.param(lambda d: _docx_with_xml(lambda x: x[: len(x) // 2]), id="truncated-xml"),
])
def test_damaged_docx_containers_are_corrupt_files(damage) -> None:
    with pytest.raises(CorruptFileError) as info:
        read_bytes(damage(make_docx([PLAN])), ".docx")
    assert info.value.__cause__ is not None   # the library's error is kept for the log
