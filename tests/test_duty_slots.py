"""How a duty is scored against the question's slots, on small hand-built plans: the
recipient the question names beats a duty sent elsewhere, the agency named alone asks for
its own duty rather than its sub-units', an event named with its generic head is the
specific event, and a bracketed continuation line stays in its sentence."""
from __future__ import annotations

from datetime import date

from index.answer_context import AnswerContext
from index.cleaning import clean_text
from index.duties import score_obligations
from index.question import analyze
from index.rows import ObligationRow

TODAY = date(2027, 1, 5)
ISSUER = "Trung tâm Quan trắc Môi trường"
PLAN_TOKENS = {"trung", "tam", "quan", "trac", "moi", "truong"}


def _duty(i: int, what: str, who: str, due_on: str, to_whom: str = "") -> ObligationRow:
    d = date.fromisoformat(due_on)
    return ObligationRow(id=i, document_id=1, what=what, who=who, to_whom=to_whom, due_on=due_on,
                         due_text=f"trước ngày {d.day}/{d.month}/{d.year}", issuer=ISSUER,
                         number="7/KH-TTQT", year=2027)


def _top(question: str, duties: list[ObligationRow]) -> int:
    ctx = AnswerContext(analysis=analyze(question, today=TODAY), hits=[], chunks={}, obligations=duties,
                        documents={}, idf={}, unknown_idf=1.0, today=TODAY, pinned_documents=[1],
                        plan_tokens=PLAN_TOKENS)
    return score_obligations(ctx)[0][1].id


def test_the_named_recipient_wins_over_a_duty_sent_to_another_agency() -> None:
    duties = [
        _duty(1, "Báo cáo 6 tháng của các trạm", "Các trạm", "2027-06-01", "Phòng Hành chính"),
        _duty(2, "Báo cáo 6 tháng", "Phòng Hành chính", "2027-06-08"),
    ]
    # the second duty's addressee is unwritten: it may go there, the first goes elsewhere
    assert _top("Trung tâm Quan trắc Môi trường gửi báo cáo 6 tháng cho Sở Tài nguyên trước ngày nào", duties) == 2


def test_the_agency_named_alone_asks_for_its_own_duty_not_its_sub_units() -> None:
    duties = [
        _duty(1, "Tổ chức hội nghị viên chức của đơn vị", "Các trạm quan trắc", "2027-02-20"),
        _duty(2, "Tổ chức hội nghị viên chức", "Văn phòng", "2027-03-10"),
    ]
    assert _top("Trung tâm Quan trắc Môi trường tổ chức hội nghị viên chức ngày nào", duties) == 2
    # naming the group's kind asks for the group's duty
    assert _top("các trạm quan trắc tổ chức hội nghị viên chức ngày nào", duties) == 1


def test_an_event_named_with_its_generic_head_is_the_specific_event() -> None:
    assert analyze("hội nghị đối thoại với người lao động tổ chức ngày nào", today=TODAY).report_kind == "đối thoại"
    duties = [
        _duty(1, "Tổ chức hội nghị viên chức năm 2027", "Văn phòng", "2027-03-10"),
        _duty(2, "Đối thoại giữa Giám đốc với người lao động", "Văn phòng", "2027-09-30"),
    ]
    assert _top("hội nghị đối thoại giữa Giám đốc với người lao động tổ chức ngày nào", duties) == 2


def test_a_line_opening_a_bracket_on_a_lower_case_word_continues_the_sentence() -> None:
    text = clean_text("Tổng hợp báo cáo của Trung tâm gửi Sở Tài nguyên\n(qua Văn phòng Sở): báo cáo năm trước ngày 10/11/2027.\n")
    assert "gửi Sở Tài nguyên (qua Văn phòng Sở): báo cáo năm" in text
    assert clean_text("Kết quả đạt được\n(Kèm theo phụ lục)\n").count("\n") >= 1   # an upper-case note stays apart


def test_a_list_for_a_unit_named_by_its_name_leaves_out_the_groups_of_its_kind() -> None:
    from index.duty_selection import select_obligations
    duties = [
        _duty(1, "Báo cáo tình hình tiếp nhận ý kiến", "Các trạm, phòng", "2027-03-15", "Phòng Hành chính"),
        _duty(2, "Dự thảo quy chế dân chủ sửa đổi", "Phòng Hành chính - Tổng hợp", "2027-04-30"),
        _duty(3, "Báo cáo năm của Trung tâm", "Phòng Hành chính - Tổng hợp", "2027-11-16", "Sở Tài nguyên"),
    ]
    q = "Phòng Hành chính - Tổng hợp chủ trì những việc nào có hạn"
    assert analyze(q, today=TODAY).intent == "list"
    ctx = AnswerContext(analysis=analyze(q, today=TODAY), hits=[], chunks={}, obligations=duties,
                        documents={}, idf={}, unknown_idf=1.0, today=TODAY, pinned_documents=[1],
                        plan_tokens=PLAN_TOKENS)
    assert sorted(ob.id for _, ob in select_obligations(ctx, score_obligations(ctx))) == [2, 3]


def test_an_event_its_clause_names_matches_though_its_task_was_read_otherwise() -> None:
    from index.duties import kind_match
    clause = ObligationRow(id=1, document_id=1, what="Tiếp nhận ý kiến", who="Mỗi trạm", to_whom="",
                           due_on="2027-09-30", due_text="trước ngày 30/9/2027", issuer=ISSUER, year=2027,
                           quote="Mỗi trạm tổ chức ít nhất 01 hội nghị đối thoại với người lao động, hoàn thành trước ngày 30/9/2027.")
    named = _duty(2, "Biên bản đối thoại", "Mỗi trạm", "2027-10-05")
    other = _duty(3, "Tiếp nhận ý kiến", "Văn phòng", "2027-10-05")
    assert kind_match("đối thoại", named) > kind_match("đối thoại", clause) > 0 > kind_match("đối thoại", other)


def test_a_recurring_duty_asked_by_day_is_a_when_question_not_a_signing_date() -> None:
    # "định kỳ ngày nào" holds the folded syllables of "ký ngày nào" (when a plan was signed)
    assert analyze("Giám đốc tiếp công dân định kỳ ngày mấy hằng tháng", today=TODAY).intent == "when"
    assert analyze("kế hoạch này ký ngày nào", today=TODAY).intent == "issued"


def test_a_list_for_a_recipient_keeps_the_reports_handed_in_there_on_their_way_up() -> None:
    from index.duty_selection import select_obligations
    duties = [
        _duty(1, "Kế hoạch công tác", "Các trạm", "2027-03-31", "Văn phòng"),
        _duty(2, "Báo cáo 6 tháng", "Các trạm", "2027-05-20", "Ban Giám đốc (qua Văn phòng)"),
        _duty(3, "Báo cáo năm", "Các trạm", "2027-10-30", "Ban Giám đốc (qua Văn phòng)"),
        _duty(4, "Báo cáo quý", "Các trạm", "2027-03-20", "Ban Chấp hành Công đoàn"),
    ]
    q = "các trạm phải gửi Văn phòng những gì, hạn nào"
    assert analyze(q, today=TODAY).intent == "list"
    ctx = AnswerContext(analysis=analyze(q, today=TODAY), hits=[], chunks={}, obligations=duties,
                        documents={}, idf={}, unknown_idf=1.0, today=TODAY, pinned_documents=[1],
                        plan_tokens=PLAN_TOKENS)
    assert sorted(ob.id for _, ob in select_obligations(ctx, score_obligations(ctx))) == [1, 2, 3]


def test_the_national_abbreviations_of_health_and_union_bodies_read_as_their_names() -> None:
    folded = analyze("CDC tỉnh gửi BCH CĐCS bc quý của VC trước ngày mấy", today=TODAY).folded
    assert "trung tam kiem soat benh tat" in folded and "ban chap hanh cong doan co so" in folded
    assert "vien chuc" in folded
