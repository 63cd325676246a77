"""Cleaning the conversion debris, recovering the outline, reading the metadata: on the
real shipped plans (their quirks are the real world's) and on small synthetic texts."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.chunking import MAX_WORDS, chunk_blocks, split_sentences
from index.cleaning import clean_text
from index.metadata import extract_metadata
from index.reading import read_document
from index.structure import FRONT_MATTER, split_blocks

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def load(name_prefix: str) -> str:
    path = next(CORPUS.glob(f"{name_prefix}_*.txt"))
    return clean_text(read_document(path))


def test_markdown_debris_is_removed() -> None:
    text = "\n".join(load(p) for p in ("000", "001", "002", "003", "004"))
    for debris in ("**", "###", "_{", "*đ*", "*qua"):
        assert debris not in text
    assert "Lưu: VT, VP." in text


@pytest.mark.parametrize("prefix, joined", [
    ("002", "Kết luận số 120-KL/TW ngày 07/01/2016"),
    ("001", "sự gương mẫu của tùng cán bộ, đảng viên"),
    ("000", "hướng dẫn thực hiện QCDC tại các cơ quan, đơn vị trực thuộc."),
    ("002", "Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố, Ban Biên tập"),
    ("004", "công tác dân vận chính quyền năm 2023 theo nội dung bảng điểm"),
])
def test_lines_broken_by_page_breaks_are_rejoined(prefix: str, joined: str) -> None:
    assert joined in load(prefix)


def test_glued_bold_heading_is_split() -> None:
    text = load("001")
    assert "II. NỘI DUNG VÀ GIẢI PHÁP:\n\n1. Công tác lãnh đạo, chỉ đạo" in text


def test_a_year_wrapped_onto_the_next_line_continues_the_sentence() -> None:
    from index.cleaning import clean_text

    raw = ("Phòng Khảo thí công bố lịch thi và quy chế thi năm học\n"
           "2025-2026 trên trang thông tin của Trường trước ngày 15/8/2025.\n"
           "3. Đối thoại\n")
    text = clean_text(raw)
    assert "năm học 2025-2026 trên trang" in text
    assert "15/8/2025.\n\n3. Đối thoại" in text


def test_separate_paragraphs_stay_separate() -> None:
    text = load("004")
    assert "Du lịch\n\nThực hiện Kế hoạch số 765/KH-UBND" in text
    assert "Trên đây là Kế hoạch thực hiện Quy chế dân chủ cơ sở tại cơ quan Tỉnh đoàn năm 2023.\n\nTM." in load("001")


def test_heading_paths() -> None:
    blocks = split_blocks(load("002"))
    sections = {b.section for b in blocks}
    assert "III. TỔ CHỨC THỰC HIỆN > 1. Phòng Nội vụ Thành phố" in sections
    deadline_block = next(b for b in blocks if "Báo cáo 6 tháng: trước ngày 20/5/2024" in b.text)
    assert deadline_block.section.startswith("III. TỔ CHỨC THỰC HIỆN > 4. Thủ trưởng các cơ quan")
    assert blocks[0].section == FRONT_MATTER
    assert any(b.section == "Nơi nhận" and "Sở Nội vụ TN" in b.text for b in blocks)


@pytest.mark.parametrize("prefix, number, issuer, issued_on, year, title_part, signer", [
    ("000", None, "Sở Nông nghiệp và PTNT", None, 2024, "Quy chế dân chủ năm 2024", None),
    ("001", None, "Ban Thường vụ Tỉnh đoàn", None, 2023, "cơ quan Tỉnh đoàn năm 2023", "Nguyễn Thị Trúc Mai"),
    ("002", None, "UBND thành phố Tây Ninh", None, 2024, "trên địa bàn thành phố Tây Ninh", None),
    ("003", None, "Sở Khoa học và Công nghệ", date(2022, 2, 18), 2022, "Quy chế dân chủ ở cơ sở năm 2022", None),
    ("004", "60/KH-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", date(2023, 3, 29), 2023,
     "công tác dân vận chính quyền năm 2023", "Trần Thị Huy Hoàng"),
])
def test_metadata_of_shipped_plans(prefix, number, issuer, issued_on, year, title_part, signer) -> None:
    clean = load(prefix)
    meta = extract_metadata(split_blocks(clean), clean)
    assert meta.number == number
    assert meta.issuer == issuer
    assert meta.issued_on == issued_on
    assert meta.year == year
    assert title_part in meta.title
    assert meta.signer == signer
    assert meta.recipients and not any(r.startswith("-") for r in meta.recipients)


def test_blank_number_and_date_fall_back_to_title_year() -> None:
    raw = "Số: /KH-ABC\n\nHà Nội, ngày tháng năm 2025\n\nKẾ HOẠCH\nThực hiện dân chủ năm 2025\n\nI. MỤC ĐÍCH\nNội dung."
    clean = clean_text(raw)
    meta = extract_metadata(split_blocks(clean), clean)
    assert meta.number is None and meta.issued_on is None and meta.year == 2025


def test_chunks_keep_sections_and_never_split_sentences() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        clean = load(prefix)
        blocks = split_blocks(clean)
        meta = extract_metadata(blocks, clean)
        chunks = chunk_blocks(blocks, meta)
        assert chunks[-1].section.startswith("Nơi nhận")
        for chunk in chunks:
            # one over-long sentence may stand alone; otherwise chunks stay under the cap
            if len(split_sentences(chunk.text)) > 1:
                assert len(chunk.text.split()) <= MAX_WORDS
        for sentence in ("trước ngày 20/5 đối với báo cáo 06 tháng", "chậm nhất ngày 31/3/2024",
                         "trước ngày 05/6 và ngày 10/11 của năm", "chậm nhất ngày 27/10/2023"):
            if sentence in clean:
                assert any(sentence in c.text for c in chunks)


APPENDIX_AFTER_SIGNATURE = """UBND HUYỆN AN PHÚ
PHÒNG NỘI VỤ
Số: 12/KH-PNV
An Phú, ngày 05 tháng 02 năm 2025
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2025
I. MỤC ĐÍCH
- Phát huy quyền làm chủ.
II. TỔ CHỨC THỰC HIỆN
Các đơn vị thực hiện theo Phụ lục kèm theo.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TRƯỞNG PHÒNG
Lê Văn Bình
PHỤ LỤC
(Kèm theo Kế hoạch số 12/KH-PNV)
TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành
1 | Báo cáo sơ kết 6 tháng | Các trường học | Trước ngày 15/6/2025
2 | Báo cáo năm | UBND các xã | 20/11/2025
"""


def test_appendix_after_the_signature_is_content_not_the_signer_line() -> None:
    from datetime import date

    from index.obligations import extract_obligations

    clean = clean_text(APPENDIX_AFTER_SIGNATURE)
    blocks = split_blocks(clean)
    meta = extract_metadata(blocks, clean)
    assert meta.signer == "Lê Văn Bình" and meta.signer_title == "TRƯỞNG PHÒNG"
    rows = [b for b in blocks if " | " in b.text]
    assert len(rows) == 3 and all(b.section.startswith("PHỤ LỤC") for b in rows)
    obligations = extract_obligations(blocks, meta.year, meta.issuer)
    assert [(o.due_on, o.who) for o in obligations] == [
        (date(2025, 6, 15), "Các trường học"), (date(2025, 11, 20), "UBND các xã")]


def test_chunks_stay_bounded_without_sentence_ends_and_after_recipients() -> None:
    from index.chunking import MAX_CHARS

    raw = "I. NỘI DUNG\n" + "chữ " * 20_000 + "\nNơi nhận:\n" + "- Sở Nội vụ và các đơn vị " * 5_000
    clean = clean_text(raw)
    blocks = split_blocks(clean)
    chunks = chunk_blocks(blocks, extract_metadata(blocks, clean))
    assert len(chunks) > 50
    assert max(len(c.text) for c in chunks) <= MAX_CHARS
    assert max(len(c.text.split()) for c in chunks) <= MAX_WORDS


def test_glued_syllables_of_web_copies_are_split_back() -> None:
    from index.glued_words import split_glued_words

    assert split_glued_words("báo cáo Hội đồng nhân dânchậm nhất ngày 10/12") == \
        "báo cáo Hội đồng nhân dân chậm nhất ngày 10/12"
    assert split_glued_words("gửivề Phòng Nội vụ; thựchiện") == "gửi về Phòng Nội vụ; thực hiện"
    # syllables, names, addresses and foreign words are left alone
    for text in ("nghiêng khuya thuở quyết huỳnh", "Krông Pắc, Rơ Châm Yuih", "email: loan@tayninh.gov.vn",
                 "website online"):
        assert split_glued_words(text) == text


MARKDOWN_TABLE_WITH_WORDED_DEADLINE = """UBND HUYỆN AN PHÚ
PHÒNG NỘI VỤ
Số: 14/KH-PNV
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2026
I. NHIỆM VỤ
| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Ghi chú |
|---|---|---|---|---|---|
| 1 | Tổ chức hội nghị cán bộ, công chức | Văn phòng | Công đoàn | Trước ngày 20/3/2026 | |
| 2 | Báo cáo tình hình thực hiện dân chủ hằng quý | Các đơn vị trực thuộc | | Trước ngày 12 của tháng cuối quý | Gửi qua Văn phòng |
| 3 | Báo cáo kết quả thực hiện dân chủ năm 2026 | Văn phòng | Các đơn vị | Trước ngày 18/11/2026 | Gửi UBND huyện |
"""


def test_a_markdown_row_with_a_worded_deadline_is_a_row_not_a_new_header() -> None:
    from index.obligations import extract_obligations

    clean = clean_text(MARKDOWN_TABLE_WITH_WORDED_DEADLINE)
    blocks = split_blocks(clean)
    meta = extract_metadata(blocks, clean)
    obligations = extract_obligations(blocks, meta.year, meta.issuer)
    by_what = {o.what: o.who for o in obligations}
    assert by_what.get("Báo cáo kết quả thực hiện dân chủ năm 2026") == "Văn phòng"
    assert any(o.who == "Các đơn vị trực thuộc" and "hằng quý" in (o.what or "") for o in obligations)
