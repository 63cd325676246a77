"""Duties read right whatever the plan's layout (the reader round's causes, each in a small
hand-written case): a label bounded by the clause's previous deadline, a label after a
colon, "- Giao Phòng X: …" items, month cells of a yearly duty, "ngày 15 tháng 3" cells,
recipients written "P.TCHC" / "P. TC-HC", an event's own day without a deadline word, village
units, "của" before what a deliverable is about, "đăng ký … với X", a quantifier that is no
word of a unit's name; and the fresh plans of tests/data/reading read in full."""
from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from index.dates import find_due_dates
from index.models import Block
from index.obligations import extract_obligations
from index.recipients import find_recipients

ROOT = Path(__file__).resolve().parent.parent
ISSUER = "Sở Công Thương"
SECTION = "III. TỔ CHỨC THỰC HIỆN > 3. Các phòng chuyên môn"


def _read(*texts: str, section: str = SECTION) -> list:
    return extract_obligations([Block(section, t) for t in texts], 2026, ISSUER, date(2026, 1, 16))


def _rows(obligations: list) -> list[tuple]:
    return sorted((o.due_on, o.who, o.what, o.to_whom) for o in obligations if o.due_on)


def test_a_second_deadline_takes_the_label_after_the_first() -> None:
    duties = _read("- Giao Trung tâm Khuyến công: gửi báo cáo 6 tháng về Văn phòng Sở trước ngày 05/6/2026 "
                   "và báo cáo năm trước ngày 05/11/2026.")
    assert _rows(duties) == [
        (date(2026, 6, 5), "Trung tâm Khuyến công", "Báo cáo 6 tháng", "Văn phòng Sở"),
        (date(2026, 11, 5), "Trung tâm Khuyến công", "Báo cáo năm", "Văn phòng Sở"),
    ]


def test_labels_after_a_colon_under_a_lettered_item() -> None:
    duties = _read("b) Tổng hợp báo cáo kết quả thực hiện dân chủ gửi Sở Nội vụ: báo cáo 6 tháng trước ngày "
                   "12/6/2026, báo cáo năm trước ngày 12/11/2026.", section="II. NHIỆM VỤ > 1. Văn phòng Sở")
    assert [(o.due_on, o.who, o.what) for o in duties if o.due_on] == [
        (date(2026, 6, 12), "Văn phòng Sở", "Báo cáo 6 tháng"),
        (date(2026, 11, 12), "Văn phòng Sở", "Báo cáo năm"),
    ]


def test_a_task_given_after_a_colon_is_the_duty() -> None:
    duties = _read("- Giao Công chức Tư pháp - Hộ tịch: niêm yết công khai thủ tục hành chính tại Bộ phận "
                   "một cửa, hoàn thành trước 31/3.")
    (duty,) = [o for o in duties if o.due_on]
    assert (duty.due_on, duty.who) == (date(2026, 3, 31), "Công chức Tư pháp - Hộ tịch")
    assert duty.what.startswith("Niêm yết công khai thủ tục hành chính")


def test_table_cells_of_a_yearly_month_and_a_worded_day() -> None:
    duties = _read("Thời gian | Đơn vị thực hiện | Nội dung công việc | Ghi chú",
                   "Tháng 6 hằng năm | Văn phòng Ban | Lấy ý kiến công chức về dự thảo quy chế chi tiêu | ",
                   "ngày 15 tháng 3 | Phòng Tài chính - Kế toán | Rà soát quy chế chi tiêu nội bộ | ",
                   "15-6-2026 | Các phòng chuyên môn | Báo cáo kết quả thực hiện dân chủ 6 tháng | ")
    assert [(o.due_on, o.who) for o in duties if o.due_on] == [
        (date(2026, 6, 30), "Văn phòng Ban"),
        (date(2026, 3, 15), "Phòng Tài chính - Kế toán"),
        (date(2026, 6, 15), "Các phòng chuyên môn"),
    ]


def test_a_unit_written_by_its_short_name_after_p_dot() -> None:
    text = ("Các khoa gửi báo cáo 6 tháng về P.TCHC trước ngày 05/6/2026; báo cáo năm gửi về P. TC-HC "
            "chậm nhất ngày 05 tháng 11 năm 2026.")
    assert [name for _, name in find_recipients(text)] == ["P.TCHC", "P. TC-HC"]
    assert [o.to_whom for o in _read(text) if o.due_on] == ["P.TCHC", "P. TC-HC"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân ngày 20/01/2026 tại hội trường.",
     [date(2026, 1, 20)]),
    ("UBND xã tổ chức hội nghị tiếp xúc cử tri ngày 5/3.", [date(2026, 3, 5)]),
    ("2. Tổ chức Hội nghị viên chức ngày 15 tháng 02 năm 2026.", [date(2026, 2, 15)]),
    # a document's date, a name holding the word, a past event, a window's start: no deadline
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", []),
    ("Tổ chức hội nghị triển khai Kế hoạch số 12/KH-UBND ngày 5/1/2026.", []),
    ("Tổ chức quán triệt Nghị quyết của Đảng ủy ngày 5/1/2026.", []),
    ("Hội nghị đã tổ chức ngày 5/3/2025 thông qua quy chế.", []),
    ("Tổ chức tập huấn từ ngày 10/3 đến ngày 20/3/2026.", [date(2026, 3, 20)]),
])
def test_an_event_is_due_on_its_own_day(text: str, expected: list[date]) -> None:
    assert [d.date for d in find_due_dates(text, 2026)] == expected


def test_villages_are_units() -> None:
    duties = _read("Các thôn tổ chức hội nghị thôn bàn và quyết định các công việc, gửi biên bản hội nghị về "
                   "UBND xã trong tháng 4/2026.", section="II. NỘI DUNG > 3. Nhân dân bàn và quyết định")
    assert [(o.due_on, o.who, o.to_whom) for o in duties if o.due_on] == [(date(2026, 4, 30), "Các thôn", "UBND xã")]


def test_cua_ends_a_deliverable_only_before_a_body() -> None:
    about = _read("Phòng Kế hoạch - Nghiệp vụ gửi báo cáo kết quả khảo sát sự hài lòng của người bệnh năm 2026 "
                  "về Sở Y tế trước ngày 25/11/2026.")
    owner = _read("Văn phòng tổng hợp báo cáo kết quả thực hiện của các phòng gửi Sở Nội vụ trước ngày 25/11/2026.")
    assert [o.what for o in about if o.due_on] == ["Báo cáo kết quả khảo sát sự hài lòng của người bệnh năm 2026"]
    assert [o.what for o in owner if o.due_on] == ["Báo cáo kết quả thực hiện"]
    partner = _read("Ban Thanh tra nhân dân báo cáo kết quả giám sát 6 tháng đầu năm với Ban Chấp hành Công đoàn "
                    "cơ sở trước ngày 30/6/2026.")
    assert [(o.what, o.to_whom) for o in partner if o.due_on] == [
        ("Báo cáo kết quả giám sát 6 tháng đầu năm", "Ban Chấp hành Công đoàn cơ sở")]


def test_registering_with_a_body_names_the_recipient() -> None:
    duties = _read("Mỗi thôn xây dựng một mô hình; đăng ký mô hình với UBND xã trước ngày 15/4/2026.")
    assert [(o.who, o.to_whom) for o in duties if o.due_on] == [("Mỗi thôn", "UBND xã")]


def test_a_quantifier_is_no_word_of_a_units_name() -> None:
    from index.answer_context import AnswerContext
    from index.duties import field_match
    from index.question import analyze

    ctx = AnswerContext(analysis=analyze("Các thôn đăng ký mô hình trước ngày nào?"), hits=[], chunks={},
                        obligations=[], documents={}, idf={}, unknown_idf=1.0, plan_tokens=set())
    assert field_match(ctx, "Mỗi thôn") == 1.0
    assert field_match(ctx, "Từng thôn") == 1.0
    assert field_match(ctx, "Trưởng các thôn") == 0.5


def _eval_reading():
    spec = importlib.util.spec_from_file_location("eval_reading", ROOT / "scripts" / "eval_reading.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module      # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


FRESH = sorted(p for p in (ROOT / "tests" / "data" / "reading").glob("*.gold.json")
               if json.loads(p.read_text(encoding="utf-8"))["split"] == "fresh")


@pytest.mark.parametrize("gold_path", FRESH, ids=[p.name.split(".")[0] for p in FRESH])
def test_the_fresh_plans_are_read_in_full(gold_path: Path) -> None:
    """Word numbering, tables in their own column order with merged and multi-unit cells, a
    PDF, a web copy: every dated duty with its date, unit, task and recipient."""
    from index.parsing import parse_document

    reading = _eval_reading()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    score = reading.Score()
    reading.score_document(gold, parse_document(gold_path.with_name(gold["file"])), score)
    wanted = len(gold["dated"]) + sum(len(r["dates"]) for r in gold["recurring"])
    assert score.all_right == wanted, score.misses
    assert score.predicted == wanted, score.misses


def test_a_doc_table_with_a_short_group_row_and_merged_cells() -> None:
    """antiword writes a group row without its empty cells and leaves the cells of a merged
    unit and deadline empty in the rows below their first."""
    duties = _read("TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành",
                   "I | CÔNG KHAI THÔNG TIN",
                   "1 | Công khai dự toán ngân sách năm 2026 | Văn phòng Sở | Trước ngày 31/3/2026",
                   "2 | Công khai quyết toán ngân sách năm 2025 |  | ",
                   "3 | Công khai kết quả thi đua, khen thưởng | Phòng Tổ chức cán bộ | Trước ngày 15/7/2026",
                   "II | KIỂM TRA, GIÁM SÁT |  | ")
    assert _rows(duties) == [
        (date(2026, 3, 31), "Văn phòng Sở", "Công khai dự toán ngân sách năm 2026", ""),
        (date(2026, 3, 31), "Văn phòng Sở", "Công khai quyết toán ngân sách năm 2025", ""),
        (date(2026, 7, 15), "Phòng Tổ chức cán bộ", "Công khai kết quả thi đua, khen thưởng", ""),
    ]


def test_the_period_written_before_its_cue_and_day() -> None:
    (due,) = find_due_dates("Hằng tháng, chậm nhất ngày 15, công khai danh sách đơn vị chậm đóng.", 2026)
    assert (due.date, due.due_text) == (None, "Hằng tháng, chậm nhất ngày 15")
    duties = _read("Hằng tháng, chậm nhất ngày 15, công khai danh sách đơn vị chậm đóng trên Cổng thông tin điện tử.",
                   section="III. TỔ CHỨC THỰC HIỆN > 2. Phòng Quản lý thu")
    assert [o.due_on for o in duties][:2] == [date(2026, 2, 15), date(2026, 3, 15)]
    assert {o.who for o in duties} == {"Phòng Quản lý thu"}


def test_a_leading_deadline_leaves_the_task_after_it() -> None:
    duties = _read("Định kỳ hằng tháng, trước ngày 25, các phòng cập nhật tiến độ tổ chức hội nghị về Văn phòng Sở.")
    assert {o.what for o in duties if o.due_on} == {"Cập nhật tiến độ tổ chức hội nghị"}


def test_a_heading_closed_by_a_predicate_word_keeps_it_in_the_name() -> None:
    from index.units import section_unit

    assert section_unit("III. TỔ CHỨC THỰC HIỆN > 2. Phòng Quản lý thu và Phát triển người tham gia") == (
        "Phòng Quản lý thu và Phát triển người tham gia")
    assert section_unit("III > 2. Các phòng chuyên môn phối hợp thực hiện kế hoạch") == "Các phòng chuyên môn"


def test_a_report_asked_only_if_something_happens_is_no_duty() -> None:
    duties = _read("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng phản ánh về Văn phòng Sở để "
                   "tổng hợp, báo cáo Giám đốc Sở xem xét, giải quyết.")
    assert duties == []
    timed = _read("Trường hợp có vụ việc phức tạp, các phòng báo cáo ngay về Văn phòng Sở.")
    assert [o.to_whom for o in timed] == ["Văn phòng Sở"]     # a case to report on is a duty


def test_an_item_with_its_own_task_does_not_borrow_the_task_above() -> None:
    duties = _read("- Công khai dự toán thu, chi năm 2026 trước ngày 31/01/2026.",
                   "- Công khai quyết toán năm 2025 chậm nhất ngày 30/6/2026.",
                   "- Thời gian: trước ngày 15/7/2026.",
                   section="II. NỘI DUNG > 1. Phòng Tài chính kế toán")
    assert [(o.due_on, o.what) for o in duties] == [
        (date(2026, 1, 31), "Công khai dự toán thu, chi năm 2026"),
        (date(2026, 6, 30), "Công khai quyết toán năm 2025"),
        (date(2026, 7, 15), "Công khai quyết toán năm 2025"),
    ]


def test_a_paragraph_cut_after_a_semicolon_keeps_its_subject() -> None:
    duties = _read("- Dự toán ngân sách được giao: Phòng Kế hoạch - Tài chính công khai trong 10 ngày làm việc kể "
                   "từ ngày nhận được quyết định giao dự toán;",
                   "quyết toán năm 2025 công khai trong quý III/2026.", section="II. NỘI DUNG > 1. Công khai")
    assert [(o.due_on, o.who) for o in duties if o.due_on] == [(date(2026, 9, 30), "Phòng Kế hoạch - Tài chính")]


def test_a_long_unit_heading_is_not_glued_to_the_paragraph_below() -> None:
    from index.cleaning import clean_text

    heading = "2. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã (Văn phòng HĐND và UBND xã)"
    text = clean_text(f"{heading}\nTham mưu tổ chức Hội nghị cán bộ, công chức.\n")
    assert text.split("\n\n") == [heading, "Tham mưu tổ chức Hội nghị cán bộ, công chức."]
    # a long numbered paragraph cut by a wrap (a predicate in it, or an open end) still joins
    wrapped = clean_text("2. Các phòng chuyên môn phối hợp với Văn phòng Sở triển khai thực hiện có hiệu quả\n"
                         "UBND tỉnh giao.\n")
    assert "\n\n" not in wrapped
    open_end = clean_text("1. Ủy ban nhân dân các xã, phường, thị trấn, các cơ quan chuyên môn thuộc huyện và\n"
                          "Thủ trưởng các đơn vị sự nghiệp\n")
    assert "\n\n" not in open_end


def test_a_label_after_its_date_ends_where_the_next_deadline_starts() -> None:
    duties = _read("Các phòng gửi báo cáo về Văn phòng Sở trước ngày 10/6/2026 đối với báo cáo 6 tháng và trước "
                   "ngày 10/11/2026 đối với báo cáo năm.")
    assert [(o.due_on, o.what) for o in duties if o.due_on] == [
        (date(2026, 6, 10), "Báo cáo 6 tháng"), (date(2026, 11, 10), "Báo cáo năm")]


def test_a_periodic_report_is_named_so_and_a_period_after_it_is_cut() -> None:
    named = _read("UBND các xã thực hiện báo cáo định kỳ (quý, 6 tháng, năm) về UBND huyện chậm nhất là ngày 18 "
                  "của tháng cuối kỳ báo cáo.")
    adverb = _read("Các phòng gửi báo cáo định kỳ hằng quý về Văn phòng Sở trước ngày 20 của tháng cuối quý.")
    assert {o.what for o in named if o.due_on} == {"Báo cáo định kỳ"}
    assert {o.what for o in adverb if o.due_on} == {"Báo cáo"}

