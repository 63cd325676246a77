"""Follow-up questions and the asker's unit: `Engine.ask(follow_up=..., unit=...)`."""
from __future__ import annotations

from index.engine import Engine
from index.models import AnswerFocus


def test_follow_up_keeps_the_plan_of_the_previous_answer(engine: Engine) -> None:
    first = engine.ask("Sở Khoa học và Công nghệ: hạn nộp báo cáo 6 tháng là khi nào?", log=False)
    assert first.found and first.focus is not None
    assert first.focus.report_kind == "6 tháng"
    plan = first.focus.document_ids[0]
    second = engine.ask("còn báo cáo năm thì sao?", follow_up=first.focus, log=False)
    assert second.found
    assert second.deadlines and {d.document_id for d in second.deadlines} == {plan}
    assert any(d.recurrence == "năm" or "năm" in d.what.lower() for d in second.deadlines)
    assert "10/11" in second.answer


def test_focus_round_trips_through_json() -> None:
    focus = AnswerFocus(document_ids=[3, 1], report_kind="năm", unit="Văn phòng", intent="when")
    assert AnswerFocus.from_json(focus.to_json()) == focus
    assert AnswerFocus.from_json({"document_ids": ["2"], "extra": 1}).document_ids == [2]


def test_registered_unit_puts_its_deadlines_first(engine: Engine) -> None:
    answer = engine.ask("Hạn nộp báo cáo năm là khi nào?", unit="Phòng Nội vụ", log=False)
    assert answer.found and len(answer.deadlines) >= 2
    assert "nội vụ" in answer.deadlines[0].to_whom.lower() or "nội vụ" in answer.deadlines[0].who.lower()
