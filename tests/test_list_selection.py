"""A list question lists the duties of the unit or the recipient it names, each duty once,
a monthly duty counting as one, on small hand-built plans."""
from __future__ import annotations

from datetime import date

from index.answer_context import AnswerContext
from index.duties import score_obligations
from index.duty_selection import select_obligations
from index.question import Intent, analyze
from index.rows import ObligationRow

TODAY = date(2026, 9, 25)


def _duty(i: int, what: str, who: str, to_whom: str, due_on: str | None, due_text: str = "") -> ObligationRow:
    return ObligationRow(id=i, document_id=1, what=what, who=who, to_whom=to_whom, due_on=due_on,
                         due_text=due_text or (f"trước ngày {due_on}" if due_on else None),
                         issuer="Trung tâm Y tế huyện Đông Hà", number="5/KH-TTYT", year=2026)


def _plan() -> list[ObligationRow]:
    monthly = [_duty(10 + m, "Khảo sát sự hài lòng người bệnh, gửi kết quả về Sở Y tế", "Phòng Kế hoạch",
                     "Sở Y tế", f"2026-{m:02d}-05", "chậm nhất ngày 05 hằng tháng") for m in range(1, 13)]
    return monthly + [
        _duty(1, "Báo cáo 6 tháng của các khoa, phòng", "Các khoa, phòng", "Trung tâm", "2026-06-12"),
        _duty(2, "Báo cáo năm của các khoa, phòng", "Các khoa, phòng", "Trung tâm", "2026-11-16"),
        _duty(3, "Tổng hợp báo cáo dân chủ của Trung tâm gửi Sở Y tế", "Phòng Tổ chức", "Sở Y tế", "2026-06-18"),
        _duty(4, "Tổng hợp báo cáo dân chủ của Trung tâm gửi Sở Y tế", "Phòng Tổ chức", "Sở Y tế", "2026-11-25"),
        _duty(5, "Đối thoại với người lao động", "Ban Giám đốc", "", "2026-09-30"),
    ]


def _listed(question: str) -> list[int]:
    query = analyze(question, today=TODAY)
    assert query.intent == Intent.LIST
    ctx = AnswerContext(analysis=query, hits=[], chunks={}, obligations=_plan(), documents={}, idf={},
                        unknown_idf=1.0, today=TODAY, pinned_documents=[1],
                        plan_tokens={"trung", "tam", "y", "te", "dong", "ha"})
    return [ob.id for _, ob in select_obligations(ctx, score_obligations(ctx))]


def test_a_list_for_the_units_a_question_names_holds_their_reports_only() -> None:
    assert _listed("các khoa phòng phải nộp những báo cáo nào, hạn khi nào") == [1, 2]


def test_a_list_for_a_named_recipient_holds_what_is_sent_there_and_every_date() -> None:
    listed = _listed("trung tâm gửi sở y tế báo cáo mấy lần, hạn nào")
    assert {3, 4} <= set(listed) and 5 not in listed and 1 not in listed


def test_a_monthly_duty_counts_once_and_leaves_room_for_the_other_reports() -> None:
    listed = _listed("phải nộp những báo cáo nào")
    assert {1, 2, 3, 4, 5} <= set(listed) and len([i for i in listed if i >= 10]) == 12


def test_two_tasks_due_the_same_day_are_both_listed_and_a_repeated_one_once() -> None:
    from index.duty_groups import distinct
    body = _duty(1, "Tổng hợp báo cáo dân chủ gửi Sở Y tế", "Phòng Tổ chức", "Sở Y tế", "2026-11-25")
    table = _duty(2, "Báo cáo dân chủ của Trung tâm gửi Sở Y tế", "Phòng Tổ chức", "Sở Y tế", "2026-11-25")
    other = _duty(3, "Báo cáo tình hình tiếp nhận phản ánh", "Trạm Y tế", "Trung tâm", "2026-11-25")
    assert [ob.id for ob in distinct([body, table, other])] == [1, 3]
