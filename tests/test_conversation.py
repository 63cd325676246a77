"""index/conversation.py on a real SQLite file: follow-up contexts and their window, units,
"Đã nộp" marks and snoozes as the reminders (and the dry run) see them, 👎 reasons."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from index import reminders
from index.conversation import FOLLOW_UP_WINDOW, Conversation, FeedbackReason, open_conversation, unit_first
from index.engine import Engine
from index.models import AnswerFocus, Deadline

NOON = datetime(2024, 5, 10, 5, 0, tzinfo=timezone.utc)
GROUP = -300


def test_contexts_survive_a_restart_and_expire_after_the_window(settings):
    engine = Engine(settings)
    focus = AnswerFocus(document_ids=[3], report_kind="6 tháng", unit=None, intent="when")
    open_conversation(engine).remember_answer(7, 501, focus, user_id=7, question_id=1, now=NOON)
    engine.close()
    engine = Engine(settings)                       # a restart: the context is in SQLite
    conversation = open_conversation(engine)
    assert conversation.context_of(7, 501).focus == focus
    assert conversation.context_of(7, 502) is None and conversation.context_of(8, 501) is None
    assert conversation.recent_context(7, now=NOON + timedelta(minutes=29)).message_id == 501
    assert conversation.recent_context(7, now=NOON + FOLLOW_UP_WINDOW + timedelta(seconds=1)) is None
    assert conversation.recent_context(8, now=NOON) is None
    engine.close()


def test_the_latest_answer_is_the_one_followed_up(engine):
    conversation = open_conversation(engine)
    conversation.remember_answer(7, 10, AnswerFocus(document_ids=[1]), now=NOON)
    conversation.remember_answer(7, 11, AnswerFocus(document_ids=[2]), now=NOON + timedelta(minutes=5))
    assert conversation.recent_context(7, now=NOON + timedelta(minutes=6)).focus == AnswerFocus(document_ids=[2])


def test_unit_is_set_shown_and_cleared_per_chat(engine):
    conversation = open_conversation(engine)
    assert conversation.unit_of(7) is None
    assert conversation.set_unit(7, "  Văn phòng   Sở  ", set_by=7) == "Văn phòng Sở"
    conversation.set_unit(GROUP, "Phòng Nội vụ")
    assert (conversation.unit_of(7), conversation.unit_of(GROUP)) == ("Văn phòng Sở", "Phòng Nội vụ")
    assert conversation.unit_for(GROUP, 7) == "Phòng Nội vụ"              # the group's own first
    assert conversation.unit_for(GROUP - 1, 7) == "Văn phòng Sở"           # else the asker's
    assert conversation.clear_unit(7) and not conversation.clear_unit(7)
    assert conversation.unit_of(7) is None and conversation.unit_of(GROUP) == "Phòng Nội vụ"


def test_unit_first_keeps_the_order_otherwise():
    def deadline(i: int, who: str) -> Deadline:
        return Deadline(date=date(2024, 1, i), due_text="", who=who, what="Báo cáo", to_whom="", document="d")

    items = [deadline(1, "Sở Tài chính"), deadline(2, "Văn phòng Sở"), deadline(3, "Sở Y tế"),
             deadline(4, "Văn phòng Sở")]
    assert [d.date.day for d in unit_first(items, "van phong so")] == [2, 4, 1, 3]
    assert unit_first(items, None) == items


def _dated(engine: Engine) -> Deadline:
    return engine.deadlines(dated_only=True)[0]


def test_a_submitted_deadline_leaves_the_chats_reminders_and_the_dry_run(engine):
    deadline = _dated(engine)
    day = deadline.date - timedelta(days=engine.settings.remind_offsets[0])
    reminders.subscribe(engine.store.db, GROUP)
    reminders.subscribe(engine.store.db, GROUP - 1)
    assert deadline.obligation_id in {i.deadline.obligation_id for i in
                                      reminders.due_reminders(engine, GROUP, day).items}
    when = f"- {deadline.date:%d/%m/%Y}"
    before = reminders.render_dry_run(engine, day, chat_id=GROUP).count(when)
    conversation = open_conversation(engine)
    assert conversation.mark_submitted(GROUP, deadline.obligation_id, deadline.date, user_id=5, user_name="Lan")
    assert not conversation.mark_submitted(GROUP, deadline.obligation_id, deadline.date, user_id=6, user_name="An")
    assert conversation.submission(GROUP, deadline.obligation_id, deadline.date).user_name == "Lan"
    for later in (day, deadline.date - timedelta(days=1), deadline.date):
        items = reminders.due_reminders(engine, GROUP, later).items
        assert deadline.obligation_id not in {i.deadline.obligation_id for i in items}
    # another group still hears about it
    assert deadline.obligation_id in {i.deadline.obligation_id for i in
                                      reminders.due_reminders(engine, GROUP - 1, day).items}
    assert before >= 1 and reminders.render_dry_run(engine, day, chat_id=GROUP).count(when) == before - 1


def test_snooze_brings_a_deadline_back_the_next_day(engine):
    deadline = _dated(engine)
    offsets = engine.settings.remind_offsets
    day = next(deadline.date - timedelta(days=n) for n in range(1, 30) if n not in offsets and n - 1 not in offsets)
    tomorrow = day + timedelta(days=1)
    assert deadline.obligation_id not in {i.deadline.obligation_id for i in
                                          reminders.due_reminders(engine, GROUP, tomorrow).items}
    open_conversation(engine).snooze(GROUP, deadline.obligation_id, deadline.date, tomorrow)
    items = {i.deadline.obligation_id: i.offset_days for i in reminders.due_reminders(engine, GROUP, tomorrow).items}
    assert items[deadline.obligation_id] == (deadline.date - tomorrow).days


def test_feedback_reasons_are_counted_once_per_user(engine):
    conversation = Conversation(engine.store.db)
    answer = engine.ask("Hạn nộp báo cáo năm?", chat_id=7, user_id=7)
    assert conversation.question_asker(answer.question_id) == (7, 7)
    assert conversation.question_asker(10**9) is None
    conversation.record_reason(answer.question_id, 7, FeedbackReason.WRONG)
    conversation.record_reason(answer.question_id, 7, FeedbackReason.UNCLEAR)   # changed their mind
    conversation.record_reason(answer.question_id, 8, FeedbackReason.UNCLEAR)
    counts = conversation.reason_counts()
    assert counts == {FeedbackReason.WRONG: 0, FeedbackReason.INCOMPLETE: 0, FeedbackReason.UNCLEAR: 2}


def test_a_chats_unit_comes_first_in_its_reminder(engine):
    by_date: dict = {}
    for d in engine.deadlines(dated_only=True):
        by_date.setdefault(d.date, []).append(d)
    day, same_day = next((k, v) for k, v in by_date.items() if len({d.document_id for d in v}) > 1)
    last = same_day[-1]
    remind_on = day - timedelta(days=engine.settings.remind_offsets[0])
    assert reminders.due_reminders(engine, GROUP, remind_on).items[0].deadline.obligation_id != last.obligation_id
    open_conversation(engine).set_unit(GROUP, last.issuer)
    assert reminders.due_reminders(engine, GROUP, remind_on).items[0].deadline.obligation_id == last.obligation_id
