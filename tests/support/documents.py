"""Documents made on the fly for tests: .docx, .pdf (with or without a text layer),
Windows-1258 text, and a small realistic plan of an agency not in the shipped corpus."""
from __future__ import annotations

import io
import unicodedata

#: Four sentences of plans, one per topic (reporting, the standing office, funding, dialogue): embedding tests.
PASSAGES = [
    "Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện Quy chế dân chủ 6 tháng về Sở Nội vụ trước ngày 05/6.",
    "Văn phòng Sở là cơ quan thường trực, giúp Giám đốc theo dõi, đôn đốc việc thực hiện kế hoạch.",
    "Kinh phí thực hiện kế hoạch được bố trí từ nguồn ngân sách nhà nước năm 2024.",
    "Tổ chức hội nghị đối thoại giữa người đứng đầu cơ quan với công chức, viên chức mỗi năm một lần.",
]

#: A plan of an agency outside the corpus; `{n}` sets its number (`{n}/KH-PNV`) and batch.
NEW_PLAN = """UBND HUYỆN HÒA THÀNH
PHÒNG NỘI VỤ

Số: {n}/KH-PNV

Hòa Thành, ngày 10 tháng 01 năm 2025

KẾ HOẠCH
Thực hiện Quy chế dân chủ ở cơ sở năm 2025 (đợt {n})

I. MỤC ĐÍCH, YÊU CẦU
- Phát huy quyền làm chủ của cán bộ, công chức, viên chức và người lao động.

II. TỔ CHỨC THỰC HIỆN
1. Các trường học trên địa bàn huyện
Các trường học gửi báo cáo sơ kết 6 tháng về Phòng Nội vụ chậm nhất ngày 15/6/2025 và báo cáo năm không muộn hơn ngày 20/11/2025.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

TRƯỞNG PHÒNG

Lê Văn Bình
"""

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Word saves it: base letters precomposed, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
            tones = "".join(c for c in decomposed if c in _TONE_MARKS)
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def docx_bytes(text: str) -> bytes:
    """A .docx with one paragraph per line of `text`."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def pdf_bytes(text: str | None, pages: int = 1) -> bytes:
    """A PDF built with pypdf. With `text` (ASCII, lines split on "\\n") each page carries it
    in a real text layer; without, pages carry only a drawing, like a scan never OCR'd."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for _ in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        stream = DecodedStreamObject()
        if text is not None:
            page[NameObject("/Resources")] = DictionaryObject({
                NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
            lines = " ".join(f"({line}) Tj T*" for line in text.split("\n"))
            body = f"BT /F1 12 Tf 14 TL 50 800 Td {lines} ET"
        else:
            body = "0.5 g 50 50 495 742 re f"
        stream.set_data(body.encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
