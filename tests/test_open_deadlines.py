"""Duties a plan times without a calendar date ("trong 05 ngày làm việc sau khi kết thúc hội
nghị", "ngay sau khi Kế hoạch được ban hành", "khi có yêu cầu", "báo cáo kịp thời"): stored
as obligations, found for "khi nào" questions and answered honestly, with the date a relative
one comes to when the plan dates its event, said to be computed."""
from __future__ import annotations

from datetime import date

from index.cleaning import clean_text
from index.duty_text import format_due
from index.obligations import extract_obligations
from index.open_deadlines import anchored_date, find_open_deadlines, is_relative
from index.rows import ObligationRow
from index.structure import split_blocks
from tests.support.open_plan import FILENAME, PLAN

TODAY = date(2026, 1, 10)


def _row(i: int, what: str, due_on: str | None, due_text: str, issued_on: str | None = "2026-01-05") -> ObligationRow:
    return ObligationRow(id=i, document_id=1, what=what, who="Các phòng chuyên môn", due_on=due_on,
                         due_text=due_text, issued_on=issued_on, year=2026)


def test_open_phrases_time_a_duty_only_in_their_deadline_sense() -> None:
    assert [d.due_text for d in find_open_deadlines("báo cáo kịp thời những khó khăn, vướng mắc")] == ["kịp thời"]
    assert find_open_deadlines("kịp thời xử lý các cá nhân thiếu trách nhiệm") == []
    assert find_open_deadlines("bảo đảm chi thường xuyên của đơn vị") == []
    found = find_open_deadlines("phổ biến đến viên chức ngay sau khi Kế hoạch được ban hành, đồng thời niêm yết")
    assert [(d.due_text, d.precision, d.date) for d in found] == [("ngay sau khi Kế hoạch được ban hành", "open", None)]


def test_duties_timed_without_a_date_are_stored_as_obligations() -> None:
    obs = extract_obligations(split_blocks(clean_text(PLAN)), 2026, issuer="Trung tâm Kiểm định Xây dựng")
    undated = {o.due_text: o for o in obs if o.due_on is None}
    assert undated["trong 05 ngày làm việc sau khi kết thúc hội nghị"].what == "Báo cáo kết quả hội nghị cấp phòng"
    assert undated["ngay sau khi Kế hoạch được ban hành"].what.startswith("Phổ biến Kế hoạch")
    assert undated["khi có yêu cầu"].who == "Các đơn vị trực thuộc"
    assert undated["kịp thời"].who == "Thủ trưởng các đơn vị trực thuộc"
    assert "thường xuyên" in undated


def test_a_relative_deadline_is_counted_in_working_days_from_the_dated_event() -> None:
    conference = _row(1, "Tổ chức Hội nghị viên chức và người lao động năm 2026", "2026-01-15", "vào ngày 15/01/2026")
    report = _row(2, "Báo cáo kết quả hội nghị cấp phòng", None, "trong 05 ngày làm việc sau khi kết thúc hội nghị")
    anchor = anchored_date(report, [conference, report])
    # Thursday 15/1 + five working days (Fri, Mon, Tue, Wed, Thu) = Thursday 22/1
    assert anchor is not None and (anchor.event_on, anchor.due_on, anchor.working_days) == (
        date(2026, 1, 15), date(2026, 1, 22), True)
    assert is_relative(report.due_text) and not is_relative("kịp thời")


def test_no_anchor_for_a_recurring_event_or_an_event_the_plan_does_not_date() -> None:
    conference = _row(1, "Tổ chức Hội nghị viên chức", "2026-01-15", "vào ngày 15/01/2026")
    after_each = _row(2, "Biên bản họp", None, "trong 03 ngày sau mỗi buổi họp")
    after_other = _row(3, "Báo cáo kết quả đối thoại", None, "trong 05 ngày sau khi kết thúc buổi đối thoại")
    assert anchored_date(after_each, [conference]) is None
    assert anchored_date(after_other, [conference]) is None


def test_an_undated_deadline_reads_as_having_no_fixed_date_and_the_computed_date_is_marked() -> None:
    conference = _row(1, "Tổ chức Hội nghị viên chức", "2026-01-15", "vào ngày 15/01/2026")
    report = _row(2, "Báo cáo kết quả hội nghị cấp phòng", None, "trong 05 ngày làm việc sau khi kết thúc hội nghị")
    text = format_due(report, [conference, report], TODAY)
    assert text.startswith("trong 05 ngày làm việc sau khi kết thúc hội nghị (không có ngày cố định; tính từ ngày")
    assert "15/01/2026: hạn là 22/01/2026, còn 12 ngày" in text and "không tính thứ Bảy, Chủ nhật" in text
    assert format_due(_row(3, "Báo cáo", None, "kịp thời")) == "kịp thời (không có ngày cố định)"
    at_once = _row(4, "Phổ biến Kế hoạch", None, "ngay sau khi Kế hoạch được ban hành")
    assert "tính từ ngày ban hành kế hoạch 05/01/2026: hạn là 05/01/2026" in format_due(at_once, [], TODAY)



def test_a_when_question_gets_the_relative_deadline_with_its_computed_date(open_plan_engine) -> None:
    answer = open_plan_engine.ask("Hạn gửi báo cáo kết quả hội nghị cấp phòng là khi nào?", log=False, today=TODAY)
    assert answer.found, answer.answer
    assert "trong 05 ngày làm việc sau khi kết thúc hội nghị (không có ngày cố định" in answer.answer
    assert "hạn là 22/01/2026" in answer.answer
    assert "07/KH-TTKĐ" in answer.answer and answer.sources[0].document == FILENAME
    assert answer.deadlines[0].date is None


def test_a_when_question_about_a_duty_due_at_once_is_no_not_found(open_plan_engine) -> None:
    answer = open_plan_engine.ask("phổ biến kế hoạch đến viên chức khi nào", log=False, today=TODAY)
    assert answer.found, answer.answer
    assert "ngay sau khi Kế hoạch được ban hành (không có ngày cố định" in answer.answer


def test_a_question_asking_how_many_days_prefers_the_deadline_counted_from_the_event() -> None:
    from index.answer_context import AnswerContext
    from index.duties import score_obligations
    from index.question import analyze

    event = ObligationRow(id=1, document_id=1, what="Hội nghị đối thoại với người dân tổ chức", due_on="2026-09-30",
                          due_text="trong tháng 9/2026", who="UBND phường", year=2026)
    report = ObligationRow(id=2, document_id=1, what="Báo cáo kết quả đối thoại", due_on=None,
                           due_text="trong thời hạn 07 ngày làm việc sau hội nghị", who="Văn phòng", year=2026)
    query = analyze("đối thoại xong thì mấy ngày phải có báo cáo kết quả", today=TODAY)
    assert query.asks_duration and not analyze("báo cáo kết quả đối thoại hạn ngày nào", today=TODAY).asks_duration
    ctx = AnswerContext(analysis=query, hits=[], chunks={}, obligations=[event, report], documents={}, idf={},
                        unknown_idf=1.0, today=TODAY)
    assert score_obligations(ctx)[0][1].id == 2
    # the event is dated to a month only: no day to count the seven working days from
    assert anchored_date(report, [event]) is None
