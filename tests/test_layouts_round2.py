"""Layouts of the second reader round (tests/data/reading p43-p50, split fresh2), each cause in a
small hand-written case: parts named "Phần I." or numbered "1. MỤC ĐÍCH" in Arabic, a signer's
rank and a highland name, a school year's dates without a year, a list after an opener's comma
that is no subject, and unit heads of schools and companies."""
from __future__ import annotations

from datetime import date

from index.cleaning import clean_text
from index.metadata import extract_metadata
from index.models import Block
from index.obligations import extract_obligations
from index.structure import split_blocks
from index.units import subject_of

ISSUER = "Sở Khoa học và Công nghệ"


def _duties(text: str, year: int = 2026, issued_on: date = date(2026, 1, 16)) -> list[tuple]:
    blocks = split_blocks(clean_text(text))
    rows = extract_obligations(blocks, year, ISSUER, issued_on)
    return [(o.due_on, o.who) for o in rows if o.due_on]


def test_parts_named_phan_are_headings_and_their_units_own_the_items() -> None:
    text = ("KẾ HOẠCH\nThực hiện dân chủ ở cơ sở năm 2026\n"
            "Phần I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của công chức.\n"
            "Phần II. NHIỆM VỤ CỤ THỂ\n1. Văn phòng Sở\n"
            "a) Tham mưu tổ chức Hội nghị công chức, chậm nhất ngày 28/02/2026.\n"
            "2. Thanh tra Sở\nKiểm tra việc thực hiện dân chủ trong tháng 8/2026.\n")
    blocks = split_blocks(clean_text(text))
    assert any(b.section.startswith("Phần II. NHIỆM VỤ CỤ THỂ > 1. Văn phòng Sở") for b in blocks)
    assert _duties(text) == [(date(2026, 2, 28), "Văn phòng Sở"), (date(2026, 8, 31), "Thanh tra Sở")]


def test_a_part_word_alone_takes_the_title_on_the_next_line() -> None:
    blocks = split_blocks(clean_text("PHẦN I\nCĂN CỨ XÂY DỰNG KẾ HOẠCH\nNội dung căn cứ.\n"))
    assert [b.section for b in blocks] == ["PHẦN I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"]


def test_arabic_top_level_headings_in_capitals_start_the_outline() -> None:
    text = ("1. MỤC ĐÍCH, YÊU CẦU\nBảo đảm quyền làm chủ của công chức.\n"
            "2. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n2.1. Văn phòng Sở\n"
            "a) Kiện toàn Ban Thanh tra nhân dân, hoàn thành trước ngày 31/3/2026;\n"
            "2.2. Phòng Kế hoạch - Tài chính\nCông khai dự toán ngân sách năm 2026 trong tháng 3/2026.\n")
    assert _duties(text) == [(date(2026, 3, 31), "Văn phòng Sở"), (date(2026, 3, 31), "Phòng Kế hoạch - Tài chính")]
    # under a Roman part, "1. VĂN PHÒNG SỞ" in capitals stays a sub-heading
    roman = split_blocks(clean_text("I. NHIỆM VỤ\n1. VĂN PHÒNG SỞ\nTheo dõi việc thực hiện.\n"))
    assert roman[-1].section == "I. NHIỆM VỤ > 1. VĂN PHÒNG SỞ"


def _signer(*sign: str) -> tuple[str | None, str | None]:
    text = "KẾ HOẠCH\nThực hiện dân chủ năm 2026\nI. MỤC ĐÍCH\nNội dung.\nNơi nhận:\n- Lưu: VT.\n" + "\n".join(sign)
    blocks = split_blocks(clean_text(text))
    meta = extract_metadata(blocks, clean_text(text))
    return meta.signer, meta.signer_title


def test_a_rank_before_the_signers_name_is_part_of_the_title() -> None:
    assert _signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá Y Thái Niê") == (
        "Y Thái Niê", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đại tá")
    assert _signer("CHỈ HUY TRƯỞNG", "Thượng tá Nguyễn Minh Tâm")[0] == "Nguyễn Minh Tâm"


def test_a_highland_name_with_an_apostrophe_is_a_name() -> None:
    assert _signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "K' Brôl")[0] == "K' Brôl"
    assert _signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ka Nhung K'Brôl")[0] == "Ka Nhung K'Brôl"


def test_a_school_years_dates_without_a_year_fall_in_the_school_year() -> None:
    text = ("KẾ HOẠCH\nThực hiện dân chủ năm học 2025-2026\nI. TỔ CHỨC THỰC HIỆN\n1. Các tổ chuyên môn\n"
            "- Báo cáo sơ kết học kỳ I về Hiệu trưởng trước ngày 20/01;\n"
            "- Báo cáo tổng kết năm học về Hiệu trưởng trước ngày 25/5.\n"
            "2. Tổ Văn phòng\nNiêm yết công khai các khoản thu trước ngày 30/9; báo cáo trước ngày 10/8/2025.\n")
    assert sorted(d for d, _ in _duties(text, 2025, date(2025, 9, 22))) == [
        date(2025, 8, 10), date(2025, 9, 30), date(2026, 1, 20), date(2026, 5, 25)]
    # a plan of one calendar year keeps its year for every date
    calendar = text.replace("năm học 2025-2026", "năm 2025")
    assert sorted(d for d, _ in _duties(calendar, 2025, date(2025, 9, 22)))[0] == date(2025, 1, 20)


def test_a_list_after_an_openers_comma_is_no_subject() -> None:
    sentence = ("Hằng quý, báo cáo kết quả thực hiện dân chủ ở thôn, tổ dân phố về UBND xã (qua Văn phòng "
                "HĐND và UBND xã) trước ngày 15 của tháng cuối quý.")
    assert subject_of(sentence) is None
    assert subject_of("Hằng quý, các thôn báo cáo kết quả về UBND xã trước ngày 15.") == "các thôn"


def test_school_and_company_units_are_units() -> None:
    assert subject_of("Phó Hiệu trưởng phụ trách tổng hợp, báo cáo Sở GD&ĐT.") == "Phó Hiệu trưởng phụ trách"
    assert subject_of("Các xí nghiệp công khai nội quy lao động tại nơi làm việc.") == "Các xí nghiệp"
    assert subject_of("Tổng Giám đốc đối thoại định kỳ với người lao động.") == "Tổng Giám đốc"
