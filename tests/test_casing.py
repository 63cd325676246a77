"""Names written in capitals (letterheads) cased from the document's own evidence, then the
naming convention: small plans of several kinds of body, each with the issuer named in mixed
case in the body and without it (every name below is made up)."""
from __future__ import annotations

import pytest

from index.casing import NameCasing, is_acronym, spelling_key
from index.cleaning import clean_text
from index.metadata import extract_metadata
from index.structure import split_blocks

PLAN = """{parent}
{issuer}
Số: 12/KH-XYZ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{place}, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
{title}

Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;

{intro} xây dựng Kế hoạch thực hiện dân chủ ở cơ sở năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Bảo đảm tình hình tài chính, tài nguyên và công tác y tế, giáo dục được công khai đúng quy định.

II. TỔ CHỨC THỰC HIỆN

1. Văn phòng tổng hợp báo cáo sơ kết 6 tháng trước ngày 15/6/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. THỦ TRƯỞNG
PHÓ THỦ TRƯỞNG

Trần Văn Minh
"""


def issuer_of(issuer: str, intro: str, *, parent: str = "", place: str = "Nam Sơn",
              title: str = "Thực hiện dân chủ ở cơ sở năm 2025") -> str | None:
    text = clean_text(PLAN.format(parent=parent, issuer=issuer, intro=intro, place=place, title=title))
    return extract_metadata(split_blocks(text), text).issuer


# letterhead (parent / issuer), the body's mention of it, the issuer read with that mention,
# the issuer read when the body calls it only by its type ("Công ty", "Trường", "Sở").
CASES = {
    "company": ("UBND TỈNH NAM SƠN", "CÔNG TY TNHH MỘT THÀNH VIÊN KHAI THÁC THỦY LỢI NAM SƠN",
                "Công ty TNHH một thành viên Khai thác thủy lợi Nam Sơn (sau đây gọi tắt là Công ty)",
                "Công ty TNHH một thành viên Khai thác thủy lợi Nam Sơn", "Công ty",
                "Công ty TNHH một thành viên Khai thác thủy lợi Nam Sơn"),
    "company_mtv": ("", "CÔNG TY TNHH MTV CẤP NƯỚC NAM SƠN",
                    "Công ty TNHH MTV Cấp nước Nam Sơn", "Công ty TNHH MTV Cấp nước Nam Sơn",
                    "Công ty", "Công ty TNHH MTV Cấp nước Nam Sơn"),
    "health_centre": ("SỞ Y TẾ TỈNH NAM SƠN", "TRUNG TÂM Y TẾ KHU VỰC PHÚ LỘC",
                      "Trung tâm Y tế khu vực Phú Lộc", "Trung tâm Y tế khu vực Phú Lộc",
                      "Trung tâm", "Trung tâm Y tế khu vực Phú Lộc"),
    # an issuer ending in "TỈNH" takes the province its managing body names (index/letterhead.py)
    "hospital": ("SỞ Y TẾ TỈNH NAM SƠN", "BỆNH VIỆN Y DƯỢC CỔ TRUYỀN TỈNH",
                 "Bệnh viện Y dược Cổ truyền tỉnh", "Bệnh viện Y dược Cổ truyền tỉnh Nam Sơn",
                 "Bệnh viện", "Bệnh viện Y dược cổ truyền tỉnh Nam Sơn"),
    "school": ("SỞ GD&ĐT NAM SƠN", "TRƯỜNG THPT LÊ QUÝ ĐÔN",
               "Trường THPT Lê Quý Đôn", "Trường THPT Lê Quý Đôn", "Nhà trường", "Trường THPT Lê Quý Đôn"),
    "university": ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC SƯ PHẠM NAM SƠN",
                   "Trường Đại học Sư phạm Nam Sơn", "Trường Đại học Sư phạm Nam Sơn",
                   "Nhà trường", "Trường Đại học Sư phạm Nam Sơn"),
    "commune": ("UBND HUYỆN ĐÔNG THÀNH", "ỦY BAN NHÂN DÂN XÃ PHƯỚC LỘC",
                "Ủy ban nhân dân xã Phước Lộc", "UBND xã Phước Lộc", "Ủy ban nhân dân xã", "UBND xã Phước Lộc"),
    "department": ("UBND TỈNH NAM SƠN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                   "Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường", "Sở",
                   "Sở Tài nguyên và Môi trường"),
    "department_fixed": ("UBND TỈNH NAM SƠN", "SỞ CÔNG THƯƠNG", "Sở Công Thương", "Sở Công Thương", "Sở",
                         "Sở Công Thương"),
    "wrapped": ("UBND TỈNH NAM SƠN", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ\nHỘI",
                "Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "Sở",
                "Sở Lao động - Thương binh và Xã hội"),
    "party_bloc": ("ĐẢNG BỘ TỈNH NAM SƠN", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH",
                   "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh Nam Sơn", "Đảng ủy Khối",
                   "Đảng ủy Khối Doanh nghiệp tỉnh Nam Sơn"),
    "party_commune": ("ĐẢNG BỘ HUYỆN ĐÔNG THÀNH", "ĐẢNG ỦY XÃ TÂN HÒA", "Đảng ủy xã Tân Hòa",
                      "Đảng ủy xã Tân Hòa", "Đảng ủy", "Đảng ủy xã Tân Hòa"),
    "steering_board": ("UBND HUYỆN ĐÔNG THÀNH", "BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ",
                       "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở",
                       "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở", "Ban Chỉ đạo",
                       "Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở"),
    "youth_union": ("HUYỆN ĐOÀN ĐÔNG THÀNH", "BCH ĐOÀN XÃ AN PHÚ", "Ban Chấp hành Đoàn xã An Phú",
                    "BCH Đoàn xã An Phú", "Ban Chấp hành", "BCH Đoàn xã An Phú"),
    "youth_union_district": ("TỈNH ĐOÀN NAM SƠN", "BAN THƯỜNG VỤ HUYỆN ĐOÀN ĐỨC PHONG",
                             "Ban Thường vụ Huyện đoàn Đức Phong", "Ban Thường vụ Huyện đoàn Đức Phong",
                             "Ban Thường vụ", "Ban Thường vụ Huyện đoàn Đức Phong"),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_issuer_cased_from_a_mention_in_the_body(kind: str) -> None:
    parent, letterhead, mention, expected, _, _ = CASES[kind]
    assert issuer_of(letterhead, mention, parent=parent) == expected


@pytest.mark.parametrize("kind", sorted(CASES))
def test_issuer_cased_by_convention_when_the_body_never_writes_it(kind: str) -> None:
    parent, letterhead, _, _, short, expected = CASES[kind]
    assert issuer_of(letterhead, short, parent=parent) == expected


def test_the_body_outvotes_the_convention() -> None:
    # the convention writes "Trung tâm Y tế khu vực"; this document writes "Khu vực"
    assert issuer_of("TRUNG TÂM Y TẾ KHU VỰC PHÚ LỘC", "Trung tâm Y tế Khu vực Phú Lộc") \
        == "Trung tâm Y tế Khu vực Phú Lộc"


def test_a_place_name_is_cased_from_the_place_and_date_line() -> None:
    # no level word before "Hải Phong", and "phong" alone is no organisation word
    assert issuer_of("CÔNG TY CỔ PHẦN CẢNG HẢI PHONG", "Công ty", place="Hải Phong") \
        == "Công ty cổ phần Cảng Hải Phong"


def test_common_noun_use_in_the_body_does_not_lower_a_field() -> None:
    casing = NameCasing("Báo cáo tình hình tài chính và y tế của đơn vị.\nTổ chức kiểm tra tài chính.")
    assert casing.case("SỞ TÀI CHÍNH") == "Sở Tài chính"
    assert casing.case("TRUNG TÂM Y TẾ") == "Trung tâm Y tế"


def test_shouted_capitals_and_sentence_starts_give_no_evidence() -> None:
    casing = NameCasing("CÔNG TY ĐIỆN LỰC MIỀN ĐÔNG | Độc lập - Tự do - Hạnh phúc\n"
                        "Điện lực miền đông tổ chức hội nghị.")
    assert casing.case("CÔNG TY ĐIỆN LỰC MIỀN ĐÔNG") == "Công ty Điện lực miền đông"


def test_a_line_not_in_capitals_is_kept() -> None:
    assert NameCasing("").case("Phòng Nội vụ") == "Phòng Nội vụ"


@pytest.mark.parametrize("word, acronym", [
    ("TNHH", True), ("MTV", True), ("KH&CN", True), ("HĐND", True), ("XII", True), ("CA", True),
    ("KRÔNG", False), ("ĐẮK", False), ("BAN", False), ("Y", False), ("H'MÔNG", False), ("2025", False),
])
def test_acronyms_are_words_no_vietnamese_syllable_spells(word: str, acronym: bool) -> None:
    assert is_acronym(word) is acronym


def test_spelling_key_keeps_tones_apart_wherever_they_sit() -> None:
    assert spelling_key("THUỶ") == spelling_key("thủy")
    assert spelling_key("tài") != spelling_key("tại")


def test_a_syllable_of_a_minority_place_name_follows_the_body_not_the_acronym_shape() -> None:
    # "Drang" has no Vietnamese onset, yet the body writes it as a name
    assert issuer_of("ỦY BAN NHÂN DÂN XÃ IA DRANG", "Ủy ban nhân dân xã Ia Drang") == "UBND xã Ia Drang"
    assert NameCasing("Công ty TNHH MTV Cấp nước An Khê.").case("CÔNG TY TNHH MTV CẤP NƯỚC AN KHÊ") \
        == "Công ty TNHH MTV Cấp nước An Khê"


def test_units_named_in_capitals_by_headings_and_table_cells_are_cased() -> None:
    from index.obligations import extract_obligations

    text = clean_text("""SỞ TÀI CHÍNH
Số: 12/KH-STC

KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2025

I. TỔ CHỨC THỰC HIỆN

1. VĂN PHÒNG SỞ

Tổng hợp báo cáo 6 tháng gửi Sở Nội vụ trước ngày 15/6/2025.

2. PHÒNG QUẢN LÝ NGÂN SÁCH

Báo cáo năm trước ngày 10/12/2025.

STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành
1 | Báo cáo quý | THANH TRA SỞ | Trước ngày 05/4/2025
""")
    blocks = split_blocks(text)
    meta = extract_metadata(blocks, text)
    who = {str(ob.due_on): ob.who for ob in extract_obligations(blocks, meta.year, meta.issuer, meta.issued_on)}
    assert who == {"2025-06-15": "Văn phòng Sở", "2025-12-10": "Phòng Quản lý ngân sách",
                   "2025-04-05": "Thanh tra Sở"}


def test_an_abbreviation_in_the_body_matches_the_words_it_stands_for() -> None:
    # the body writes the type abbreviated and the rest in lower case: the run goes on across "TNHH MTV"
    body = "Thực hiện chỉ đạo, Công ty TNHH MTV xổ số kiến thiết Nam Sơn tổ chức hội nghị."
    assert NameCasing(body).case("CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT NAM SƠN") \
        == "Công ty trách nhiệm hữu hạn một thành viên xổ số kiến thiết Nam Sơn"
    # and the other way round: "UBND" written out in the letterhead, abbreviated in the body
    assert NameCasing("Giao UBND Thị trấn Phú Mỹ chủ trì.").case("ỦY BAN NHÂN DÂN THỊ TRẤN PHÚ MỸ") \
        == "Ủy ban nhân dân Thị trấn Phú Mỹ"


@pytest.mark.parametrize("capitals, cased", [
    ("CÁC PHÒNG, BAN, ĐƠN VỊ", "Các phòng, ban, đơn vị"),
    ("CÁC PHÒNG CHUYÊN MÔN THUỘC SỞ", "Các phòng chuyên môn thuộc Sở"),
    ("UBND CÁC XÃ TÂN HÒA, AN PHÚ", "UBND các xã Tân Hòa, An Phú"),
])
def test_organisation_words_after_a_plural_are_common_nouns(capitals: str, cased: str) -> None:
    assert NameCasing("").case(capitals) == cased
