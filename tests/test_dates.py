"""Deadline phrases and recurrences: every phrasing the plans use, the citations that must
stay out, and properties that hold for any text."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.dates import DueDate, find_due_dates, find_recurrences, recurrence_periods

D = date


@pytest.mark.parametrize("text, year, expected", [
    # (text, default year, [(date, due_text)])
    ("trước ngày 20/5", 2024, [(D(2024, 5, 20), "trước ngày 20/5")]),
    ("chậm nhất ngày 31/3/2024", None, [(D(2024, 3, 31), "chậm nhất ngày 31/3/2024")]),
    ("chậm nhất là ngày 28/02/2025.", 2024, [(D(2025, 2, 28), "chậm nhất là ngày 28/02/2025")]),
    ("hạn cuối ngày 10 tháng 6 năm 2025", 2024, [(D(2025, 6, 10), "hạn cuối ngày 10 tháng 6 năm 2025")]),
    ("không muộn hơn ngày 15/11/2025", None, [(D(2025, 11, 15), "không muộn hơn ngày 15/11/2025")]),
    ("trước ngày 05/6 và ngày 10/11 của năm", 2022,
     [(D(2022, 6, 5), "trước ngày 05/6"), (D(2022, 11, 10), "trước ngày 10/11 của năm")]),
    ("(trước ngày 20/5 đối với báo cáo 06 tháng, trước ngày 10/11 đối với báo cáo năm)", 2024,
     [(D(2024, 5, 20), "trước ngày 20/5"), (D(2024, 11, 10), "trước ngày 10/11")]),
    ("gửi hồ sơ trước ngày 15 tháng 02 năm 2025", None, [(D(2025, 2, 15), "trước ngày 15 tháng 02 năm 2025")]),
    ("hạn chót là ngày 15/4/2024;", None, [(D(2024, 4, 15), "hạn chót là ngày 15/4/2024")]),
    ("hạn chót: 15-6-2024", None, [(D(2024, 6, 15), "hạn chót: 15-6-2024")]),
    ("trước 17 giờ ngày 20.5.24", None, [(D(2024, 5, 20), "trước 17 giờ ngày 20.5.24")]),
    ("trước 17h00 ngày 10/6/2025", None, [(D(2025, 6, 10), "trước 17h00 ngày 10/6/2025")]),
    ("đến hết ngày 31/12", 2023, [(D(2023, 12, 31), "đến hết ngày 31/12")]),
    ("đến ngày 30/9/2024", None, [(D(2024, 9, 30), "đến ngày 30/9/2024")]),
    ("thực hiện từ 01/3 đến 30/4/2025", None, [(D(2025, 4, 30), "đến 30/4/2025")]),
    ("Thời gian thực hiện: từ ngày 01/3/2025 đến ngày 30/4/2025.", None, [(D(2025, 4, 30), "đến ngày 30/4/2025")]),
    ("Thời gian hoàn thành: 30/6/2025", None, [(D(2025, 6, 30), "Thời gian hoàn thành: 30/6/2025")]),
    ("Thời gian: Quý II/2025", None, [(D(2025, 6, 30), "Thời gian: Quý II/2025")]),
    ("trước ngày 30.9.2024.", None, [(D(2024, 9, 30), "trước ngày 30.9.2024")]),
    ("trước ngày 20 / 5 / 2024", None, [(D(2024, 5, 20), "trước ngày 20 / 5 / 2024")]),
    ("lần lượt trước ngày 10-6-2024 và 10-11-2024", None,
     [(D(2024, 6, 10), "trước ngày 10-6-2024"), (D(2024, 11, 10), "trước 10-11-2024")]),
    ("trước ngày 05/6 và 10/11/2025", 2024,     # the chain's year covers both
     [(D(2025, 6, 5), "trước ngày 05/6"), (D(2025, 11, 10), "trước 10/11/2025")]),
    ("trước ngày 20/5 hằng năm", 2024, [(D(2024, 5, 20), "trước ngày 20/5 hằng năm")]),
    ("trước 20/5", 2024, [(D(2024, 5, 20), "trước 20/5")]),
    ("chậm nhất ngày 31/3/24", None, [(D(2024, 3, 31), "chậm nhất ngày 31/3/24")]),
    ("Báo cáo năm: trước ngày 30/10/2024.", None, [(D(2024, 10, 30), "trước ngày 30/10/2024")]),
    ("thời hạn nộp: ngày 05/12/2023", None, [(D(2023, 12, 5), "thời hạn nộp: ngày 05/12/2023")]),
    ("hoàn thành trước ngày 29/2/2024", None, [(D(2024, 2, 29), "trước ngày 29/2/2024")]),
    ("không quá ngày 01/11/2023", None, [(D(2023, 11, 1), "không quá ngày 01/11/2023")]),
    # month-only and quarter deadlines resolve to the last day of the period
    ("trong tháng 12", 2022, [(D(2022, 12, 31), "trong tháng 12")]),
    ("gửi về Phòng Nội vụ trong tháng 11/2024.", None, [(D(2024, 11, 30), "trong tháng 11/2024")]),
    ("chậm nhất trong tháng 02 năm 2024", None, [(D(2024, 2, 29), "chậm nhất trong tháng 02 năm 2024")]),
    ("trước tháng 6/2024", None, [(D(2024, 5, 31), "trước tháng 6/2024")]),
    ("hoàn thành trong quý I/2025", None, [(D(2025, 3, 31), "hoàn thành trong quý I/2025")]),
    ("cuối tháng 11", 2023, [(D(2023, 11, 30), "cuối tháng 11")]),
])
def test_due_phrases(text: str, year: int | None, expected: list[tuple[date, str]]) -> None:
    found = find_due_dates(text, year)
    assert [(d.date, d.due_text) for d in found] == expected


def test_fields_of_a_due_date() -> None:
    text = "Gửi báo cáo về Sở KH&CN (qua Văn phòng) trước ngày 05/6 và ngày 10/11 của năm."
    first, second = find_due_dates(text, 2022)
    assert first.day_month_text == "05/6" and second.day_month_text == "10/11"
    assert not first.year_explicit and not second.year_explicit
    assert text[first.start:first.end] == "trước ngày 05/6"
    assert text[second.start:second.end] == "ngày 10/11 của năm"
    assert first.cue == "trước" and first.precision == "day"
    explicit = find_due_dates("chậm nhất ngày 31/3/2024", 2020)[0]
    assert explicit.year_explicit and explicit.date == D(2024, 3, 31)
    month = find_due_dates("trong tháng 12", 2022)[0]
    assert month.precision == "month" and month.day_month_text == "tháng 12"


def test_year_less_date_without_a_default_year_keeps_the_phrase() -> None:
    (due,) = find_due_dates("trước ngày 20/5", None)
    assert due.date is None and due.due_text == "trước ngày 20/5" and due.day_month_text == "20/5"


def test_day_of_month_duty_has_no_single_date() -> None:
    (due,) = find_due_dates("báo cáo về Sở Y tế trước ngày 20 của tháng cuối quý", 2025)
    assert due.date is None and due.due_text == "trước ngày 20 của tháng cuối quý"
    (due,) = find_due_dates("nộp trước ngày 15 hằng tháng", 2025)
    assert due.date is None


@pytest.mark.parametrize("text", [
    "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ",
    "Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo",
    "Kế hoạch số 19-KH/BCĐ, ngày 08/02/2023 của Ban Chỉ đạo",
    "Luật Thực hiện dân chủ ở cơ sở có hiệu lực thi hành từ ngày 01/7/2023.",
    "Luật Thực hiện dân chủ ở cơ sở (có hiệu lực từ 01/7/2023) theo quy định.",
    "(ban hành kèm theo Quyết định số 403/QĐ-SNN ngày 27/9/2023)",
    "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
    "Tây Ninh, ngày 29 tháng 3 năm 2023",
    "Công văn 403-CV/TU, ngày 11/01/2022 của Ban Thường vụ Tỉnh ủy",
    "giai đoạn 2021 - 2025, định hướng đến năm 2030",
    "số liệu tính đến ngày 15/6/2024",
    "hoàn thành 10/12 chỉ tiêu",         # a count, not a date
    "tăng 2.5 lần so với trước 2.5",
    "Quyết định số 1563/QĐ-UBND trước ngày 01/8/2022",  # a cue right after a document number
])
def test_citations_and_other_dates_are_not_deadlines(text: str) -> None:
    assert find_due_dates(text, 2024) == []


@pytest.mark.parametrize("text", [
    "trước ngày 31/2/2024", "trước ngày 30/2", "chậm nhất ngày 0/5/2024", "trước ngày 12/13/2024",
    "trước ngày 29/2/2023", "trước ngày 32/1", "trước ngày 20/5/0000", "trong tháng 13",
])
def test_impossible_dates_are_skipped(text: str) -> None:
    assert find_due_dates(text, 2023) == []


def test_deadline_in_a_sentence_with_citations() -> None:
    text = ("Tham mưu báo cáo kết quả theo nội dung bảng điểm ban hành kèm theo Quyết định số "
            "1563/QĐ-UBND ngày 01/8/2022 của Chủ tịch UBND tỉnh về UBND tỉnh (qua Sở Nội vụ) "
            "chậm nhất ngày 01/11/2023")
    assert [d.date for d in find_due_dates(text, 2023)] == [D(2023, 11, 1)]


@pytest.mark.parametrize("text, expected", [
    ("định kỳ 6 tháng, năm báo cáo kết quả", ["6 tháng, năm"]),
    ("định kỳ 06 tháng", ["6 tháng"]),
    ("báo cáo về Sở định kỳ 06 tháng, báo cáo năm", ["6 tháng, năm"]),
    ("phân loại cán bộ định kỳ hàng tháng", ["hằng tháng"]),
    ("báo cáo hằng quý", ["hằng quý"]),
    ("khen thưởng hằng năm", ["hằng năm"]),
    ("giao ban hằng tuần", ["hằng tuần"]),
    ("các phiên họp giao ban cơ quan hằng tuần, tháng", ["hằng tuần, tháng"]),
    ("Thực hiện tiếp công dân theo định kỳ vào ngày thứ 5 của tuần cuối tháng.",
     ["ngày thứ 5 của tuần cuối tháng"]),
    ("tiếp công dân vào thứ năm hằng tuần", ["ngày thứ 5 hằng tuần"]),
    ("Định kỳ tham mưu báo cáo sơ kết 6 tháng và năm gửi về Ban Dân vận", ["6 tháng, năm"]),
    ("báo cáo lồng ghép trong báo cáo công tác đoàn và phong trào thanh thiếu nhi 6 tháng và năm",
     ["6 tháng, năm"]),
    ("định kỳ quý, 6 tháng, năm", ["quý, 6 tháng, năm"]),
    ("Thực hiện tốt chế độ thông tin báo cáo định kỳ.", []),
    ("Đảng ủy, Ban Giám đốc định kỳ làm việc với đoàn thể", []),
])
def test_recurrences(text: str, expected: list[str]) -> None:
    assert find_recurrences(text) == expected


def test_recurrence_periods() -> None:
    assert recurrence_periods("6 tháng, năm") == ["6 tháng", "năm"]
    assert recurrence_periods("hằng quý") == ["hằng quý"]
    assert recurrence_periods(None) == []


# --- properties ---------------------------------------------------------------------------------
_VOCAB = ["trước", "ngày", "chậm nhất", "hạn chót", "hạn cuối", "không muộn hơn", "đến hết", "tháng",
          "năm", "quý", "III", "và", "của", "số", "/QĐ-", "-KH/", "NĐ-CP", "trong", "cuối", ",", ".",
          ";", ":", "(", ")", "/", "-", "hằng", "định kỳ", "thứ", "tuần", "**", "\n", "0", "00", "2024"]
_piece = st.one_of(st.sampled_from(_VOCAB), st.integers(0, 3000).map(str), st.text(max_size=4))
_texts = st.lists(_piece, max_size=25).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.integers(1, 9999)))
def test_arbitrary_text_never_crashes(text: str, year: int | None) -> None:
    for due in find_due_dates(text, year):
        assert isinstance(due, DueDate)
        assert 0 <= due.start < due.end <= len(text)
    assert isinstance(find_recurrences(text), list)


@settings(max_examples=200, deadline=None)
@given(_texts, st.one_of(st.none(), st.integers(1990, 2100)))
def test_dates_are_valid_and_phrases_are_in_the_text(text: str, year: int | None) -> None:
    for due in find_due_dates(text, year):
        if due.date is not None:
            assert isinstance(due.date, date)
            assert 1900 <= due.date.year <= 2199
        assert due.due_text
        assert due.day_month_text in text


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 31), st.integers(1, 12), st.integers(1990, 2100),
       st.sampled_from(["trước ngày", "chậm nhất ngày", "hạn chót:", "không muộn hơn ngày", "đến hết ngày"]),
       st.sampled_from(["/", "-", "."]))
def test_year_less_dates_take_the_default_year(day: int, month: int, year: int, cue: str, sep: str) -> None:
    found = find_due_dates(f"Gửi báo cáo {cue} {day}{sep}{month} cho Sở.", year)
    try:
        expected = date(year, month, day)
    except ValueError:
        assert found == []
        return
    if sep != "/" and not cue.endswith("ngày"):
        # "hạn chót: 20-5" without "ngày" or a year reads as a range, not a date
        assert found == []
        return
    assert [d.date for d in found] == [expected]
    assert not found[0].year_explicit


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 31), st.integers(1, 12), st.integers(2000, 2099), st.integers(1990, 2100))
def test_explicit_year_wins_over_default(day: int, month: int, year: int, default: int) -> None:
    found = find_due_dates(f"chậm nhất ngày {day:02d}/{month}/{year}", default)
    try:
        expected = date(year, month, day)
    except ValueError:
        assert found == []
        return
    assert [d.date for d in found] == [expected] and found[0].year_explicit


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 28), st.integers(1, 12), st.integers(2000, 2099),
       st.sampled_from(["Nghị định số 59/2023/NĐ-CP", "Kế hoạch số 26-KH/BCĐ", "Quyết định 908/QĐ-UBND",
                        "Công văn số 575/UBND", "Kết luận số 120-KL/TW"]))
def test_cited_documents_never_give_deadlines(day: int, month: int, year: int, ref: str) -> None:
    assert find_due_dates(f"Thực hiện {ref} ngày {day}/{month}/{year} của UBND tỉnh", year) == []
    assert find_due_dates(f"theo {ref}, ngày {day}/{month}/{year}", year) == []
