"""Obligations read from the real plans (a table written by reading each document), from
small synthetic plans of other agencies (their calendar export: tests/test_calendar_export.py)."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.cleaning import clean_text
from index.metadata import extract_metadata
from index.models import Block, Obligation
from index.obligations import extract_obligations, split_sentences
from index.reading import read_document
from index.structure import split_blocks
from tests.support.shipped_duties import (CORPUS, CORPUS_DEADLINES, D, corpus_obligations,
                                          text_blocks)


@pytest.mark.parametrize("prefix", sorted(CORPUS_DEADLINES))
def test_corpus_dated_obligations_exact(prefix: str) -> None:
    obligations = corpus_obligations(prefix)
    expected = CORPUS_DEADLINES[prefix][2]
    dated = [o for o in obligations if o.due_on is not None]
    # no spurious dates (cited decrees, signing dates) and none missing
    assert sorted(o.due_on for o in dated) == sorted(e[0] for e in expected)
    for due_on, due_text, who, what, to in expected:
        (ob,) = [o for o in dated if o.due_on == due_on]
        assert ob.due_text == due_text
        assert who in ob.who, ob
        assert ob.what.startswith(what), ob
        assert ob.to_whom == to, ob
        assert "*" not in ob.quote
        assert re.search(r"\d{1,2}/\d{1,2}(?:/\d{4})?", due_text).group(0) in ob.quote
        assert ob.section


def test_corpus_with_metadata_from_the_documents() -> None:
    """The year and issuer found by metadata.py give the same deadlines."""
    for prefix, (_, _, expected) in CORPUS_DEADLINES.items():
        path = next(CORPUS.glob(f"{prefix}_*.txt"))
        clean = clean_text(read_document(path))
        blocks = split_blocks(clean)
        meta = extract_metadata(blocks, clean)
        got = sorted(o.due_on for o in extract_obligations(blocks, meta.year, meta.issuer) if o.due_on)
        assert got == sorted(e[0] for e in expected), prefix


def test_corpus_sections_and_recurrences() -> None:
    by_date = {o.due_on: o for p in CORPUS_DEADLINES for o in corpus_obligations(p) if o.due_on}
    assert by_date[D(2023, 11, 1)].section == "IV. TỔ CHỨC THỰC HIỆN > 1. Văn phòng"
    assert by_date[D(2024, 5, 20)].recurrence == "6 tháng"
    assert by_date[D(2024, 11, 10)].recurrence == "năm"
    assert by_date[D(2022, 6, 5)].recurrence == "6 tháng"
    assert by_date[D(2022, 11, 10)].recurrence == "năm"
    assert by_date[D(2024, 3, 22)].recurrence is None
    assert "Báo cáo 6 tháng: trước ngày 20/5/2024" in [
        o for o in corpus_obligations("002") if o.due_on == D(2024, 5, 20)][0].quote


@pytest.mark.parametrize("prefix, who, what, to, recurrence", [
    ("001", "Văn phòng", "Báo cáo sơ kết 6 tháng và năm", "Ban Dân vận", "6 tháng, năm"),
    ("001", "cán bộ, công chức cơ quan", "Báo cáo kết quả thực hiện hoạt động", "", "6 tháng, năm"),
    ("001", "Các huyện, thị, thành đoàn và đoàn trực thuộc", "Báo cáo lồng ghép", "", "6 tháng, năm"),
    ("003", "Sở Khoa học và Công nghệ", "Tiếp công dân", "", "ngày thứ 5 của tuần cuối tháng"),
])
def test_corpus_recurring_duties_without_a_date(prefix: str, who: str, what: str, to: str,
                                                 recurrence: str) -> None:
    matches = [o for o in corpus_obligations(prefix)
               if o.due_on is None and o.who == who and o.what.startswith(what)]
    assert matches, [(o.who, o.what) for o in corpus_obligations(prefix)]
    assert matches[0].to_whom == to and matches[0].recurrence == recurrence


def test_corpus_undated_reporting_duties() -> None:
    ob000 = [o for o in corpus_obligations("000") if o.due_on is None]
    assert any(o.who == "Ban Chỉ đạo thực hiện QCDC của Sở" and o.to_whom == "Sở Nội vụ, Ban Chỉ đạo cấp tỉnh"
               for o in ob000)
    ob002 = [o for o in corpus_obligations("002") if o.due_on is None]
    assert any(o.who == "Phòng Nội vụ Thành phố" and o.to_whom == "Thành ủy, UBND Tỉnh" for o in ob002)
    # the list header "định kỳ báo cáo về UBND thành phố ... theo thời gian:" is not a duty of its own
    assert not any(o.to_whom == "UBND thành phố (qua Phòng Nội vụ)" for o in ob002)


def test_corpus_no_duplicates() -> None:
    for prefix in CORPUS_DEADLINES:
        keys = [(o.who, o.what, o.due_on, o.recurrence) for o in corpus_obligations(prefix)]
        assert len(keys) == len(set(keys)), prefix


# --- synthetic plans of other agencies, other phrasings ------------------------------------------
PLAN_HEALTH = """UBND TỈNH BÌNH DƯƠNG
SỞ Y TẾ

Số: 125/KH-SYT

Bình Dương, ngày 15 tháng 01 năm 2025

KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2025

Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;

Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều \
của Luật Thực hiện dân chủ ở cơ sở;

Thực hiện Kế hoạch số 45-KH/BCĐ ngày 05/01/2025 của Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh;

Sở Y tế xây dựng Kế hoạch thực hiện dân chủ ở cơ sở năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU

- Phát huy quyền làm chủ của công chức, viên chức, người lao động.

II. NỘI DUNG

1. Tuyên truyền Luật Thực hiện dân chủ ở cơ sở (có hiệu lực từ ngày 01/7/2023) đến toàn thể \
công chức, viên chức.

2. Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2025, hoàn thành trong quý I/2025.

III. TỔ CHỨC THỰC HIỆN

1. Văn phòng Sở

- Tham mưu Giám đốc Sở ban hành Quy chế dân chủ trong hoạt động của cơ quan; hoàn thành chậm \
nhất là ngày 28/02/2025.

- Tổng hợp **báo cáo sơ kết 6 tháng** gửi Ban Chỉ đạo tỉnh (qua Sở Nội vụ) trước 17 giờ ngày \
10/6/2025 và báo cáo tổng kết năm trước ngày 15/11/2025.

2. Các bệnh viện, trung tâm y tế huyện

- Xây dựng kế hoạch thực hiện dân chủ tại đơn vị, gửi về Sở Y tế (qua Văn phòng Sở) trước ngày \
15 tháng 02 năm 2025.

- Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Y tế trước ngày 20 của tháng cuối quý.

- Báo cáo năm gửi về Văn phòng Sở không muộn hơn ngày 05/11/2025, đồng thời gửi bản điện tử \
qua email vanphong.syt@binhduong.gov.vn.

Trên đây là Kế hoạch thực hiện dân chủ ở cơ sở năm 2025 của Sở Y tế./.

Nơi nhận:
- Ban Chỉ đạo tỉnh;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

PLAN_DISTRICT = """ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH

Số: 88/KH-UBND

Châu Thành, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Triển khai công tác dân vận chính quyền năm 2024

Căn cứ Quyết định số 1563/QĐ-UBND ngày 01/8/2022 của Chủ tịch UBND tỉnh ban hành Quy định tiêu \
chí đánh giá, xếp loại công tác dân vận chính quyền;

Ủy ban nhân dân huyện ban hành Kế hoạch triển khai công tác dân vận chính quyền năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của cán bộ, công chức về công tác dân vận chính quyền.

II. NHIỆM VỤ

Tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công \
tác dân vận.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Nội vụ huyện là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc; tổng hợp, tham \
mưu UBND huyện báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện trước ngày 25/11/2024.

2. UBND các xã, thị trấn xây dựng kế hoạch thực hiện, gửi về UBND huyện (qua Phòng Nội vụ) hạn \
chót là ngày 15/4/2024; báo cáo kết quả thực hiện 6 tháng, năm gửi về Phòng Nội vụ lần lượt \
trước ngày 10-6-2024 và 10-11-2024.

3. Các cơ quan chuyên môn thuộc UBND huyện tự chấm điểm thi đua công tác dân vận chính quyền, gửi \
hồ sơ về Phòng Nội vụ trong tháng 11/2024.

4. Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng.

Trên đây là Kế hoạch triển khai công tác dân vận chính quyền năm 2024./.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""

PLAN_SCHOOL = """TRƯỜNG THPT NGUYỄN TRÃI

Số: 12/KH-THPT

ngày 20 tháng 9 năm 2024

KẾ HOẠCH
Thực hiện Quy chế dân chủ trong trường học năm học 2024-2025

Thực hiện Công văn số 2345/SGDĐT-TCCB ngày 10/9/2024 của Sở Giáo dục và Đào tạo về việc thực \
hiện dân chủ trong trường học;

I. NỘI DUNG

1. Tổ chức Hội nghị viên chức, người lao động đầu năm học trước ngày 15/10/2024.

2. Các tổ chuyên môn có trách nhiệm đăng ký thi đua và nộp về Ban Giám hiệu trước ngày 30.9.2024.

II. TỔ CHỨC THỰC HIỆN

1. Tổ Văn phòng

- Báo cáo sơ kết học kỳ I gửi về Sở Giáo dục và Đào tạo.

- Thời gian: trước ngày 10/01/2025.

2. Công đoàn trường phối hợp Ban Thanh tra nhân dân giám sát việc thực hiện Quy chế dân chủ, báo \
cáo kết quả giám sát về Hiệu trưởng hằng quý.

STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành
1 | Báo cáo tự đánh giá thực hiện dân chủ | Ban Giám hiệu | 25/5/2025
2 | Danh sách đề nghị khen thưởng | Công đoàn trường | Tháng 6/2025
"""

PLAN_COMMUNE = """BAN DÂN VẬN HUYỆN ỦY
ĐẢNG ỦY XÃ TÂN HIỆP

Số: 07-KH/ĐU

Tân Hiệp, ngày 12 tháng 02 năm 2024

KẾ HOẠCH
Thực hiện công tác dân vận và dân chủ ở cơ sở năm 2024

Căn cứ Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị; Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị;

Thực hiện Hướng dẫn số 05-HD/BDVHU ngày 20/01/2024 của Ban Dân vận Huyện ủy, Đảng ủy xã xây dựng kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận.

2. Phấn đấu đến năm 2025 có 100% ấp đạt tiêu chuẩn văn hóa.

II. NHIỆM VỤ TRỌNG TÂM

1. Ủy ban nhân dân xã công khai dự toán ngân sách năm 2024 tại trụ sở trước ngày 31/01/2024.

2. Mặt trận Tổ quốc và các đoàn thể xã tổ chức đối thoại với Nhân dân, hoàn thành trước 30/6/2024.

3. Tổ chức hội nghị tiếp xúc cử tri theo quy định của Luật Tổ chức chính quyền địa phương năm 2015.

III. TỔ CHỨC THỰC HIỆN

1. Khối dân vận xã chủ trì tham mưu Đảng ủy sơ kết 6 tháng vào đầu tháng 7/2024; tổng kết năm, báo cáo về Ban Dân vận Huyện ủy chậm nhất ngày 05 tháng 12 năm 2024.

2. Các chi bộ ấp báo cáo tình hình thực hiện về Đảng ủy xã (qua Văn phòng Đảng ủy) định kỳ hằng quý, trước ngày 25 của tháng cuối quý; riêng báo cáo năm gửi trước ngày 20/11/2024.

3. Ban Thanh tra nhân dân xã giám sát việc thực hiện dân chủ ở cơ sở, gửi kết quả giám sát cho Ủy ban nhân dân xã trước 15/12.

Nơi nhận:
- Ban Dân vận Huyện ủy;
- Lưu VP.

T/M ĐẢNG ỦY
BÍ THƯ
"""

#: plan text, year, issuer, [(date, key of who, start of what, key of to)]
SYNTHETIC = {
    "health": (PLAN_HEALTH, 2025, "Sở Y tế", [
        (D(2025, 3, 31), "Sở Y tế", "Tổ chức Hội nghị cán bộ, công chức, viên chức", ""),
        (D(2025, 2, 28), "Văn phòng Sở", "Tham mưu Giám đốc Sở ban hành Quy chế dân chủ", ""),
        (D(2025, 6, 10), "Văn phòng Sở", "Báo cáo sơ kết 6 tháng", "Ban Chỉ đạo tỉnh (qua Sở Nội vụ)"),
        (D(2025, 11, 15), "Văn phòng Sở", "Báo cáo tổng kết năm", "Ban Chỉ đạo tỉnh (qua Sở Nội vụ)"),
        (D(2025, 2, 15), "Các bệnh viện, trung tâm y tế huyện", "Kế hoạch thực hiện dân chủ",
         "Sở Y tế (qua Văn phòng Sở)"),
        (D(2025, 11, 5), "Các bệnh viện, trung tâm y tế huyện", "Báo cáo năm",
         "Văn phòng Sở; email: vanphong.syt@binhduong.gov.vn"),
    ]),
    "district": (PLAN_DISTRICT, 2024, "UBND huyện Châu Thành", [
        (D(2024, 11, 25), "Phòng Nội vụ huyện", "Báo cáo kết quả thực hiện", "UBND tỉnh (qua Sở Nội vụ)"),
        (D(2024, 4, 15), "UBND các xã, thị trấn", "Kế hoạch thực hiện", "UBND huyện (qua Phòng Nội vụ)"),
        (D(2024, 6, 10), "UBND các xã, thị trấn", "Báo cáo 6 tháng", "Phòng Nội vụ"),
        (D(2024, 11, 10), "UBND các xã, thị trấn", "Báo cáo năm", "Phòng Nội vụ"),
        (D(2024, 11, 30), "Các cơ quan chuyên môn thuộc UBND huyện", "Tự chấm điểm thi đua", "Phòng Nội vụ"),
    ]),
    "school": (PLAN_SCHOOL, 2024, "Trường THPT Nguyễn Trãi", [
        (D(2024, 10, 15), "Trường THPT Nguyễn Trãi", "Tổ chức Hội nghị viên chức", ""),
        (D(2024, 9, 30), "Các tổ chuyên môn", "Đăng ký thi đua", "Ban Giám hiệu"),
        (D(2025, 1, 10), "Tổ Văn phòng", "Báo cáo sơ kết học kỳ I", "Sở Giáo dục và Đào tạo"),
        (D(2025, 5, 25), "Ban Giám hiệu", "Báo cáo tự đánh giá thực hiện dân chủ", ""),
        (D(2025, 6, 30), "Công đoàn trường", "Danh sách đề nghị khen thưởng", ""),
    ]),
    # written after the extractor, as a held-out check ("vào đầu tháng 7/2024" is no deadline)
    "commune": (PLAN_COMMUNE, 2024, "Đảng ủy xã Tân Hiệp", [
        (D(2024, 1, 31), "Ủy ban nhân dân xã", "Công khai dự toán ngân sách", ""),
        (D(2024, 6, 30), "Mặt trận Tổ quốc và các đoàn thể xã", "Tổ chức đối thoại với Nhân dân", ""),
        (D(2024, 12, 5), "Khối dân vận xã", "Tổng kết năm", "Ban Dân vận Huyện ủy"),
        (D(2024, 11, 20), "Các chi bộ ấp", "Báo cáo năm", "Đảng ủy xã (qua Văn phòng Đảng ủy)"),
        (D(2024, 12, 15), "Ban Thanh tra nhân dân xã", "Kết quả giám sát", "Ủy ban nhân dân xã"),
    ]),
}


@pytest.mark.parametrize("name", sorted(SYNTHETIC))
def test_synthetic_plans(name: str) -> None:
    text, year, issuer, expected = SYNTHETIC[name]
    obligations = extract_obligations(text_blocks(text), year, issuer)
    # periodic duties' occurrences are checked in test_synthetic_periodic_duties
    dated = [o for o in obligations if o.due_on is not None and not o.rule]
    assert sorted(o.due_on for o in dated) == sorted(e[0] for e in expected)
    for due_on, who, what, to in expected:
        (ob,) = [o for o in dated if o.due_on == due_on]
        assert who in ob.who, ob
        assert ob.what.startswith(what), ob
        assert ob.to_whom == to, ob


def test_synthetic_periodic_duties() -> None:
    commune = extract_obligations(text_blocks(PLAN_COMMUNE), 2024, "Đảng ủy xã Tân Hiệp", D(2024, 2, 12))
    quarterly = [o for o in commune if o.rule]
    assert [o.due_on for o in quarterly] == [D(2024, 3, 25), D(2024, 6, 25), D(2024, 9, 25), D(2024, 12, 25)]
    assert all("Các chi bộ ấp" in o.who and o.to_whom == "Đảng ủy xã (qua Văn phòng Đảng ủy)" for o in quarterly)


def test_synthetic_undated_duties() -> None:
    health = extract_obligations(text_blocks(PLAN_HEALTH), 2025, "Sở Y tế")
    quarterly = [o for o in health if o.due_text == "trước ngày 20 của tháng cuối quý"]
    # a periodic duty with a day is materialised in the plan's year (issue #11)
    assert [o.due_on for o in quarterly] == [D(2025, 3, 20), D(2025, 6, 20), D(2025, 9, 20), D(2025, 12, 20)]
    assert all(o.recurrence == "hằng quý, ngày 20" and o.rule and o.to_whom == "Sở Y tế" for o in quarterly)
    district = extract_obligations(text_blocks(PLAN_DISTRICT), 2024, "UBND huyện Châu Thành")
    monthly = [o.due_on for o in district if o.what == "Tiếp công dân" and o.recurrence == "hằng tháng, ngày 15"]
    assert monthly == [D(2024, m, 15) for m in range(1, 13)]
    school = extract_obligations(text_blocks(PLAN_SCHOOL), 2024, "Trường THPT Nguyễn Trãi")
    # "Báo cáo sơ kết học kỳ I ..." + "Thời gian: trước ngày ..." is one duty, not two
    assert not any(o.what.startswith("Báo cáo sơ kết học kỳ I") and o.due_on is None for o in school)
    assert any(o.who == "Công đoàn trường" and o.to_whom == "Hiệu trưởng" and o.recurrence == "hằng quý"
               for o in school)


def test_list_items_inherit_subject_and_recipient() -> None:
    blocks = [
        Block("II. TỔ CHỨC THỰC HIỆN", "Các phòng chuyên môn định kỳ báo cáo về Sở Tư pháp (qua Văn phòng Sở) "
              "theo thời gian như sau:"),
        Block("II. TỔ CHỨC THỰC HIỆN", "- Báo cáo quý I: trước ngày 15/3;"),
        Block("II. TỔ CHỨC THỰC HIỆN", "- Báo cáo 6 tháng: trước ngày 15/6;"),
        Block("II. TỔ CHỨC THỰC HIỆN", "- Báo cáo năm: trước ngày 15/11."),
        Block("III. KINH PHÍ", "- Kinh phí do ngân sách bảo đảm."),
    ]
    obs = extract_obligations(blocks, 2025, "Sở Tư pháp")
    assert [(o.due_on, o.what, o.who, o.to_whom) for o in obs] == [
        (D(2025, 3, 15), "Báo cáo quý I", "Các phòng chuyên môn", "Sở Tư pháp (qua Văn phòng Sở)"),
        (D(2025, 6, 15), "Báo cáo 6 tháng", "Các phòng chuyên môn", "Sở Tư pháp (qua Văn phòng Sở)"),
        (D(2025, 11, 15), "Báo cáo năm", "Các phòng chuyên môn", "Sở Tư pháp (qua Văn phòng Sở)"),
    ]
    assert [o.recurrence for o in obs] == ["quý I", "6 tháng", "năm"]


def test_who_from_section_heading_and_issuer() -> None:
    blocks = [
        Block("IV. TỔ CHỨC THỰC HIỆN > 2. Thanh tra Sở", "- Gửi báo cáo kết quả kiểm tra về Giám đốc Sở "
              "trước ngày 30/11/2024."),
        Block("II. NỘI DUNG > 1. Công tác tuyên truyền", "Hoàn thành việc niêm yết công khai trước ngày 01/4."),
    ]
    first, second = extract_obligations(blocks, 2024, "Sở Tài chính")
    assert (first.who, first.to_whom, first.due_on) == ("Thanh tra Sở", "Giám đốc Sở", D(2024, 11, 30))
    assert first.what == "Báo cáo kết quả kiểm tra"
    assert (second.who, second.due_on) == ("Sở Tài chính", D(2024, 4, 1))


def test_closing_paragraph_deadline_is_read_and_recipients_are_not() -> None:
    text = PLAN_DISTRICT.replace(
        "Trên đây là Kế hoạch triển khai công tác dân vận chính quyền năm 2024./.",
        "Trên đây là Kế hoạch triển khai công tác dân vận chính quyền năm 2024, yêu cầu các cơ quan, "
        "đơn vị báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 05/12/2024./.",
    ).replace("- UBND tỉnh;", "- UBND tỉnh (báo cáo trước ngày 01/01/2025);")
    obs = extract_obligations(text_blocks(text), 2024, "UBND huyện Châu Thành")
    closing = [o for o in obs if o.due_on == D(2024, 12, 5)]
    assert closing and closing[0].to_whom == "UBND huyện (qua Phòng Nội vụ)"
    assert closing[0].who == "các cơ quan, đơn vị"
    assert not any(o.due_on == D(2025, 1, 1) for o in obs)


def test_recipient_names_with_vietnamese_capitals_after_commas() -> None:
    # "Ủ", "Ễ" sit inside the code-point range à-ỹ: they must still count as capitals
    (ob,) = extract_obligations([Block("III. TỔ CHỨC THỰC HIỆN",
                                       "Các đơn vị gửi báo cáo về Sở Văn hóa, Ủy ban Mặt trận Tổ quốc tỉnh "
                                       "trước ngày 20/5/2024, để tổng hợp.")], 2024)
    assert ob.to_whom == "Sở Văn hóa, Ủy ban Mặt trận Tổ quốc tỉnh"


def test_year_unknown_keeps_the_phrase() -> None:
    (ob,) = extract_obligations([Block("III. TỔ CHỨC THỰC HIỆN",
                                       "Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 20/5.")], None)
    assert ob.due_on is None and ob.due_text == "trước ngày 20/5" and ob.to_whom == "Sở Nội vụ"


def test_cited_documents_in_duty_sentences_stay_out() -> None:
    blocks = [Block("III. TỔ CHỨC THỰC HIỆN",
                    "Các đơn vị thực hiện theo Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 và Nghị định số "
                    "59/2023/NĐ-CP ngày 14/8/2023, báo cáo về Sở Nội vụ trước ngày 05/12/2024.")]
    assert [o.due_on for o in extract_obligations(blocks, 2024)] == [D(2024, 12, 5)]


def test_split_sentences() -> None:
    assert split_sentences("Giao Văn phòng chủ trì. Cuối năm gửi về Ban Chỉ đạo tỉnh trước ngày 10/12.") == [
        "Giao Văn phòng chủ trì.", "Cuối năm gửi về Ban Chỉ đạo tỉnh trước ngày 10/12."]
    assert len(split_sentences("UBND TP. Tây Ninh báo cáo trước ngày 20/5.")) == 1


_block_text = st.lists(st.sampled_from([
    "Các đơn vị", "gửi", "báo cáo", "về", "Sở Nội vụ", "(qua Văn phòng)", "trước ngày", "20/5", "31/2",
    "định kỳ", "6 tháng, năm", ";", ".", ":", "-", "Quyết định số 12/QĐ-UBND ngày", "1/2/2023", "hằng quý",
    "email", "a@b.vn", "|", "STT", "Nội dung", "Thời gian", "Tháng 6/2025", "*",
]), max_size=30).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "III. TỔ CHỨC THỰC HIỆN > 1. Văn phòng", "Nơi nhận"]),
                          st.one_of(_block_text, st.text(max_size=80))), max_size=6),
       st.one_of(st.none(), st.integers(1990, 2100)))
def test_extraction_never_crashes(pairs: list[tuple[str, str]], year: int | None) -> None:
    for ob in extract_obligations([Block(s, t) for s, t in pairs], year, "Sở X"):
        assert isinstance(ob, Obligation)
        assert ob.due_on is None or isinstance(ob.due_on, date)
        assert "*" not in ob.quote


def test_a_table_row_without_a_dated_cell_is_not_taken_for_the_header() -> None:
    text = """KẾ HOẠCH
Thực hiện dân chủ năm 2025

III. TỔ CHỨC THỰC HIỆN
1. Tiến độ thực hiện:

TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành
1 | Báo cáo tình hình thực hiện dân chủ hằng quý của các tổ | Các tổ chuyên môn | Trước ngày 20 của tháng cuối quý
2 | Báo cáo 6 tháng của các bộ phận | Các bộ phận | Trước ngày 08/6/2025
"""
    obligations = extract_obligations(text_blocks(text), 2025, "Trường Trung cấp Bình Minh")
    six = [o for o in obligations if o.due_on == date(2025, 6, 8)]
    assert six and all(o.who == "Các bộ phận" and o.what.startswith("Báo cáo 6 tháng") for o in six)


def test_a_deadline_counted_from_each_event_is_kept_as_text() -> None:
    text = """KẾ HOẠCH
Thực hiện dân chủ năm 2025

III. TỔ CHỨC THỰC HIỆN
2. Phòng Khảo thí
Chủ trì các buổi họp với giảng viên; tổng hợp kiến nghị báo cáo Hiệu trưởng trong thời hạn 7 ngày làm việc sau mỗi buổi họp.
"""
    (duty,) = [o for o in extract_obligations(text_blocks(text), 2025, "Trường Bình Minh") if o.to_whom == "Hiệu trưởng"]
    assert duty.due_on is None and duty.due_text == "trong thời hạn 7 ngày làm việc sau mỗi buổi họp"
