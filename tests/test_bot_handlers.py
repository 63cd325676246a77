"""The bot's handlers, in process: the real Application (bot.app.build_application)
talking HTTP to the Bot API stand-in, a real Engine (hashing embedder) over a copy of the
shipped corpus. Updates go in through `process_update`; assertions read what the bot
sent to the stand-in."""
from __future__ import annotations

import asyncio
import fcntl
from datetime import datetime, time, timedelta

import pytest

from bot import texts
from index.engine import Engine
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.harness import (ADMIN_ID, GROUP, USER_ID, assert_valid_html, drive, in_group, only_text,
                                   private, running_app)
from tests.support.plans import plan_docx


# --------------------------------------------------------------------------- questions
def test_private_question_gets_a_cited_answer_with_buttons(api, settings, engine):
    drive(settings, engine, private(api, "Hạn nộp báo cáo 6 tháng là khi nào?"))
    call = api.calls_to("sendMessage", chat_id=USER_ID)[0]
    text = call.params["text"]
    assert_valid_html(text)
    assert "20/5" in text and "Kế hoạch" in text
    answer = engine.ask("Hạn nộp báo cáo 6 tháng là khi nào?", log=False)
    for source in answer.sources[:3]:       # each plan cited once: in the answer or under it
        citation = source.citation or source.title
        assert text.count(citation) == 1 or (citation in answer.answer and text.count(citation) >= 1)
    rows = call.params["reply_markup"]["inline_keyboard"]
    assert rows[0][0]["callback_data"].startswith("src:") and rows[0][0]["text"] == "📄 Xem nguồn 1"
    assert [b["callback_data"] for b in rows[-1]] == ["fb:1:+1", "fb:1:-1"]
    assert api.calls_to("sendChatAction", chat_id=USER_ID, action="typing")


def test_no_diacritics_question_works(api, settings, engine):
    drive(settings, engine, private(api, "ai la co quan thuong truc"))
    assert "Phòng Nội vụ" in only_text(api, USER_ID)


def test_out_of_scope_question_says_not_found(api, settings, engine):
    drive(settings, engine, private(api, "Giá vàng hôm nay bao nhiêu?"))
    text = only_text(api, USER_ID)
    assert text.startswith("🔎") and "Nguồn" not in text


def test_group_questions_by_command_mention_or_reply(api, settings, engine):
    bot_message = {"message_id": 5, "date": 0, "chat": api.group_chat(GROUP), "from": api.bot_user(),
                   "text": "câu trả lời trước"}
    drive(settings, engine,
          in_group(api, "/hoi@qcdc_test_bot Ai là cơ quan thường trực?"),
          in_group(api, "@qcdc_test_bot hạn nộp báo cáo năm"),
          in_group(api, "hạn gửi kế hoạch qcdc cho phòng nội vụ", reply_to=bot_message),
          in_group(api, "mọi người ơi chiều nay họp nhé"),                     # not for the bot
          in_group(api, "@someone_else hạn nộp báo cáo năm"))                  # not for the bot
    sent = api.calls_to("sendMessage", chat_id=GROUP)
    assert len(sent) == 3
    assert all(c.params.get("reply_parameters") for c in sent)   # replies keep the thread clear
    assert "Phòng Nội vụ" in sent[0].params["text"]


def test_empty_and_overlong_questions_get_short_replies(api, settings, engine):
    drive(settings, engine, private(api, "/hoi"), private(api, "/hoi   "), private(api, "Hạn" + "a" * 4997))
    sent = api.sent_texts(USER_ID)
    assert sent[0] == texts.EMPTY_QUESTION and sent[1] == texts.EMPTY_QUESTION
    assert "quá dài (5000 ký tự)" in sent[2]
    assert engine.stats().questions == 0


def test_html_in_questions_is_never_sent_back_raw(api, settings, engine):
    drive(settings, engine, private(api, "<b>hạn</b> nộp báo cáo năm"),
          private(api, "<script>alert(1)</script> x < y & z"),
          private(api, "/hoi <a href='x'>Ai</a> là cơ quan thường trực?"))
    sent = api.sent_texts(USER_ID)
    assert len(sent) == 3
    for text in sent:
        assert_valid_html(text)
        assert "<script" not in text and "<a " not in text
    assert "Báo cáo năm" in sent[0] and "Phòng Nội vụ" in sent[2]


def test_only_tags_is_an_empty_question(api, settings, engine):
    drive(settings, engine, private(api, "<b></b>"))
    assert only_text(api, USER_ID) == texts.EMPTY_QUESTION


def test_unknown_commands(api, settings, engine):
    drive(settings, engine, private(api, "/foo"), in_group(api, "/foo@qcdc_test_bot"),
          in_group(api, "/foo"), in_group(api, "/start@other_bot"))
    assert api.sent_texts(USER_ID) == [texts.UNKNOWN_COMMAND]
    assert api.sent_texts(GROUP) == [texts.UNKNOWN_COMMAND]


def test_edited_messages_channel_posts_and_stickers_do_not_crash(api, settings, engine):
    edited = private(api, "/hoi hạn nộp báo cáo năm")
    channel = {"channel_post": {"message_id": 9, "date": 0, "text": "/hoi hạn nộp",
                                "chat": {"id": -1009999, "type": "channel", "title": "Kênh"},
                                "entities": [{"type": "bot_command", "offset": 0, "length": 4}]}}
    sticker = api.message(api.private_chat(USER_ID), api.user(USER_ID),
                          extra={"sticker": {"file_id": "s", "file_unique_id": "s", "type": "regular",
                                             "width": 1, "height": 1, "is_animated": False, "is_video": False}})
    anonymous = api.message(api.group_chat(GROUP), None, "/hanchot")
    drive(settings, engine, {"edited_message": edited["message"]}, channel,
          {"edited_channel_post": channel["channel_post"]}, sticker, anonymous)
    assert api.sent_texts(USER_ID) == [texts.TEXT_ONLY]
    assert len(api.sent_texts(GROUP)) == 1          # /hanchot works without a sender
    assert api.sent_texts(-1009999) == []


# --------------------------------------------------------------------------- buttons
def test_source_button_shows_the_full_passage(api, settings, engine):
    drive(settings, engine, private(api, "Ai là cơ quan thường trực?"))
    answer = api.calls_to("sendMessage", chat_id=USER_ID)[0]
    data = answer.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    message = {"message_id": 77, "date": 0, "chat": api.private_chat(USER_ID), "from": api.bot_user(), "text": "x"}
    drive(settings, engine, api.callback(api.user(USER_ID), message, data),
          api.callback(api.user(USER_ID), message, "src:999999"), api.callback(api.user(USER_ID), message, "rác"))
    passage = api.sent_texts(USER_ID)[1]
    assert_valid_html(passage)
    chunk = engine.get_source(int(data.split(":")[1]))
    assert chunk.text[:40].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in passage
    answers = api.calls_to("answerCallbackQuery")
    assert len(answers) == 3 and answers[1].params.get("show_alert") in (True, "true")


def test_feedback_counts_only_the_askers_vote_and_the_keyboard_says_thanks(api, settings, engine):
    drive(settings, engine, private(api, "Hạn nộp báo cáo năm?"))
    qid = engine.stats().questions
    message = {"message_id": 78, "date": 0, "chat": api.private_chat(USER_ID), "from": api.bot_user(), "text": "x",
               "reply_markup": api.calls_to("sendMessage", chat_id=USER_ID)[0].params["reply_markup"]}
    drive(settings, engine, api.callback(api.user(USER_ID), message, f"fb:{qid}:+1"),
          api.callback(api.user(3003), message, f"fb:{qid}:-1"),                # someone else's question
          api.callback(api.user(USER_ID), message, f"fb:{qid}:+1"))             # same user twice counts once
    stats = engine.stats()
    assert (stats.feedback_up, stats.feedback_down) == (1, 0)
    toasts = [c.params.get("text") for c in api.calls_to("answerCallbackQuery")]
    assert toasts == [texts.FEEDBACK_THANKS, texts.FEEDBACK_NOT_YOURS, texts.FEEDBACK_THANKS]
    thanked = api.calls_to("editMessageReplyMarkup")[0].params["reply_markup"]["inline_keyboard"]
    assert thanked[-1] == [{"text": texts.FEEDBACK_DONE, "callback_data": "noop"}]
    assert thanked[0][0]["callback_data"].startswith("src:")          # the source buttons stay


def test_thumbs_down_offers_reasons_that_thongke_counts(api, settings, engine):
    drive(settings, engine, private(api, "Hạn nộp báo cáo năm?"))
    qid = engine.stats().questions
    message = {"message_id": 79, "date": 0, "chat": api.private_chat(USER_ID), "from": api.bot_user(), "text": "x"}
    drive(settings, engine, api.callback(api.user(USER_ID), message, f"fb:{qid}:-1"))
    reasons = api.calls_to("editMessageReplyMarkup")[0].params["reply_markup"]["inline_keyboard"][-1]
    assert [b["callback_data"] for b in reasons] == [f"fr:{qid}:sai", f"fr:{qid}:thieu", f"fr:{qid}:khohieu"]
    assert texts.FEEDBACK_ASK_REASON in api.sent_texts(USER_ID)
    drive(settings, engine, api.callback(api.user(USER_ID), message, f"fr:{qid}:thieu"),
          private(api, "/thongke", user_id=ADMIN_ID))
    assert texts.STATS_REASONS.format(sai=0, thieu=1, khohieu=0) in api.sent_texts(ADMIN_ID)[-1]
    assert engine.stats().feedback_down == 1


@pytest.mark.parametrize("data", ["src:99999999999999999999999", "src:²", "fb:²:+1", "fb:1:+7", "dn:1:2024",
                                  "rm:1:y", "garbage", ""])
def test_forged_button_data_is_ignored_without_a_report(api, settings, engine, data):
    message = {"message_id": 80, "date": 0, "chat": api.private_chat(USER_ID), "from": api.bot_user(), "text": "x"}
    before = len(engine.list_documents())
    drive(settings, engine, api.callback(api.user(USER_ID), message, data))
    assert api.calls_to("answerCallbackQuery")                   # the spinner stops
    assert api.sent_texts(ADMIN_ID) == [] and api.sent_texts(USER_ID) == []
    assert len(engine.list_documents()) == before


# --------------------------------------------------------------------------- help / deadlines
def test_help_shows_admin_commands_only_to_admins(api, settings, engine):
    drive(settings, engine, private(api, "/help"), private(api, "/help", user_id=ADMIN_ID), private(api, "/start"))
    user_help, admin_help = api.sent_texts(USER_ID)[0], api.sent_texts(ADMIN_ID)[0]
    for command in texts.COMMANDS:
        assert (f"/{command.name}" in admin_help)
        assert (f"/{command.name}" in user_help) == (command.scope is not texts.Scope.ADMIN)
    assert_valid_html(admin_help)
    assert api.sent_texts(USER_ID)[1] == texts.START


def test_hanchot_says_every_deadline_is_past_and_names_the_newest_plan(api, settings, engine):
    drive(settings, engine, private(api, "/hanchot"))
    text = only_text(api, USER_ID)
    newest = engine.newest_document()
    assert "đều đã qua" in text and newest.citation in text and "kế hoạch năm 20" in text
    assert_valid_html(text)


def test_hanchot_lists_upcoming_deadlines_of_an_uploaded_plan(api, settings, engine, tmp_path):
    from datetime import date, timedelta

    path = tmp_path / "kh.docx"
    path.write_bytes(plan_docx(date.today() + timedelta(days=40)))
    engine.add_document(path, original_name="ke-hoach-stc.docx")
    drive(settings, engine, private(api, "/hanchot"), private(api, "/hanchot noi vu"),
          private(api, "/hanchot Sở Y tế"))
    upcoming, filtered, none = api.sent_texts(USER_ID)
    assert "Các hạn báo cáo sắp tới" in upcoming and "Sở Nội vụ" in upcoming
    assert "lọc theo «noi vu»" in filtered
    assert "Không có hạn sắp tới nào khớp «Sở Y tế»" in none


# --------------------------------------------------------------------------- group reminders
def test_reminder_commands_need_a_group_admin(api, settings, engine):
    drive(settings, engine, in_group(api, "/nhacviec"), in_group(api, "/gionhac 08:00"), in_group(api, "/huynhac"))
    assert api.sent_texts(GROUP) == [texts.GROUP_ADMIN_ONLY] * 3
    assert len(api.calls_to("getChatMember", chat_id=GROUP, user_id=USER_ID)) == 3
    from index import reminders
    assert reminders.list_subscriptions(engine.store.db) == []


def test_group_admin_subscribes_changes_time_and_unsubscribes(api, settings, engine):
    api.set_member_status(GROUP, USER_ID, "administrator")
    jobs: list[list[str]] = []

    def snapshot(app):
        jobs.append(app)

    drive(settings, engine, in_group(api, "/nhacviec Sở Nông nghiệp"), in_group(api, "/gionhac 6h45"),
          in_group(api, "/gionhac 25:00"), in_group(api, "/huynhac"), in_group(api, "/huynhac"),
          app_hook=snapshot)
    subscribed, time_set, usage, off, not_on = api.sent_texts(GROUP)
    assert "07:30" in subscribed and "«Sở Nông nghiệp»" in subscribed and "đều đã qua" in subscribed
    assert "06:45" in time_set
    assert usage.startswith("Cách dùng: /gionhac HH:MM")
    assert off == texts.UNSUBSCRIBED and not_on == texts.NOT_SUBSCRIBED
    assert [j.name for j in jobs[0].job_queue.jobs() if not j.removed] == []


def test_gionhac_without_subscription_subscribes_and_schedules(api, settings, engine):
    api.set_member_status(GROUP, USER_ID, "creator")
    apps = []
    drive(settings, engine, in_group(api, "/gionhac 07:05"), app_hook=apps.append)
    assert texts.TIME_SET_SUBSCRIBED in only_text(api, GROUP)
    from index import reminders
    assert reminders.get_subscription(engine.store.db, GROUP).remind_time == "07:05"
    assert [j.name for j in apps[0].job_queue.jobs()] == [f"remind:{GROUP}"]


def test_bot_admin_and_anonymous_group_admin_may_subscribe(api, settings, engine):
    anonymous = api.message(api.group_chat(GROUP), api.user(1087968824, "Group"), "/nhacviec",
                            extra={"sender_chat": api.group_chat(GROUP)})
    drive(settings, engine, in_group(api, "/nhacviec", user_id=ADMIN_ID), anonymous)
    assert all(t.startswith("Đã bật nhắc hạn") for t in api.sent_texts(GROUP))
    assert api.calls_to("getChatMember") == []


def test_bot_removed_from_group_stops_its_reminders(api, settings, engine):
    from index import reminders

    reminders.subscribe(engine.store.db, GROUP)
    update = {"my_chat_member": {
        "chat": api.group_chat(GROUP), "from": api.user(USER_ID), "date": 0,
        "old_chat_member": {"status": "member", "user": api.bot_user()},
        "new_chat_member": {"status": "left", "user": api.bot_user()}}}
    drive(settings, engine, update)
    assert reminders.list_subscriptions(engine.store.db) == []


def test_group_migration_message_moves_the_subscription(api, settings, engine):
    from index import reminders

    reminders.subscribe(engine.store.db, GROUP, "UBND")
    apps = []
    drive(settings, engine, api.message(api.group_chat(GROUP), api.user(USER_ID),
                                        extra={"migrate_to_chat_id": -1005550001}), app_hook=apps.append)
    assert [s.chat_id for s in reminders.list_subscriptions(engine.store.db)] == [-1005550001]
    assert [j.name for j in apps[0].job_queue.jobs() if not j.removed] == ["remind:-1005550001"]


# --------------------------------------------------------------------------- admin commands
@pytest.mark.parametrize("command", ["/reindex", "/tailieu", "/xoa 1", "/thongke"])
def test_admin_commands_refuse_others(api, settings, engine, command):
    drive(settings, engine, private(api, command))
    assert only_text(api, USER_ID) == texts.ADMIN_ONLY
    assert len(engine.list_documents()) == 5


def test_tailieu_lists_documents_with_counts(api, settings, engine):
    drive(settings, engine, private(api, "/tailieu", user_id=ADMIN_ID))
    text = only_text(api, ADMIN_ID)
    assert_valid_html(text)
    for doc in engine.list_documents():
        assert f"<b>{doc.id}</b>." in text and f"{doc.chunks} đoạn" in text


def test_xoa_asks_for_confirmation_before_removing(api, settings, engine):
    victim = engine.list_documents()[0]
    drive(settings, engine, private(api, "/xoa", user_id=ADMIN_ID), private(api, "/xoa 9999", user_id=ADMIN_ID),
          private(api, "/xoa ²", user_id=ADMIN_ID), private(api, f"/xoa {victim.id}", user_id=ADMIN_ID))
    usage, unknown, odd, confirm = api.sent_texts(ADMIN_ID)
    assert usage == texts.DELETE_USAGE == odd
    assert "Không tìm thấy tài liệu" in unknown
    assert confirm.startswith("Xóa tài liệu") and f"mã {victim.id}" in confirm
    assert victim.id in {d.id for d in engine.list_documents()}             # nothing removed yet
    buttons = api.calls_to("sendMessage", chat_id=ADMIN_ID)[-1].params["reply_markup"]["inline_keyboard"][0]
    assert [b["callback_data"] for b in buttons] == [f"rm:{victim.id}:y", f"rm:{victim.id}:n"]
    message = {"message_id": 81, "date": 0, "chat": api.private_chat(ADMIN_ID), "from": api.bot_user(), "text": "x"}
    drive(settings, engine, api.callback(api.user(USER_ID), message, f"rm:{victim.id}:y"),   # not an admin
          api.callback(api.user(ADMIN_ID), message, f"rm:{victim.id}:n"))
    assert victim.id in {d.id for d in engine.list_documents()}
    assert api.calls_to("editMessageText")[-1].params["text"] == texts.DELETE_CANCELLED
    drive(settings, engine, api.callback(api.user(ADMIN_ID), message, f"rm:{victim.id}:y"))
    assert api.calls_to("editMessageText")[-1].params["text"].startswith("Đã xóa")
    assert victim.id not in {d.id for d in engine.list_documents()}


def test_thongke_counts_questions_and_feedback(api, settings, engine):
    drive(settings, engine, private(api, "Hạn nộp báo cáo năm?"), private(api, "thời tiết hôm nay"))
    drive(settings, engine, private(api, "/thongke", user_id=ADMIN_ID))
    text = only_text(api, ADMIN_ID)
    assert "Câu hỏi: 2" in text and "Chưa trả lời được: 1" in text and "thời tiết hôm nay" in text


def test_reindex_reports_and_refuses_while_another_runs(api, settings, engine):
    lock_path = settings.data_dir / "reindex.lock"
    with open(lock_path, "a+") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        drive(settings, engine, private(api, "/reindex", user_id=ADMIN_ID))
        fcntl.flock(held.fileno(), fcntl.LOCK_UN)
    started, busy = api.sent_texts(ADMIN_ID)
    assert started == texts.REINDEX_STARTED and "Đang có một lượt lập chỉ mục khác" in busy
    drive(settings, engine, private(api, "/reindex", user_id=ADMIN_ID))
    assert "Đã lập chỉ mục: 5 tài liệu" in api.sent_texts(ADMIN_ID)[-1]


# --------------------------------------------------------------------------- errors
class ExplodingEngine:
    """Delegates to a real engine but fails on ask, mentioning the token."""

    def __init__(self, engine: Engine, token: str) -> None:
        self._engine, self._token = engine, token

    def ask(self, *args, **kwargs):
        raise RuntimeError(f"boom <{self._token}>")

    def __getattr__(self, name):
        return getattr(self._engine, name)


def test_unexpected_error_apologises_and_reports_to_admins_without_the_token(api, settings, engine, caplog):
    drive(settings, ExplodingEngine(engine, settings.telegram_token), private(api, "hạn nộp báo cáo?"))
    assert only_text(api, USER_ID) == texts.APOLOGY
    report = only_text(api, ADMIN_ID)
    assert "RuntimeError" in report and "<pre>" in report and settings.telegram_token not in report
    assert "&lt;&lt;TOKEN&gt;&gt;" in report
    assert_valid_html(report)


def test_domain_errors_reply_with_their_message(api, settings, engine):
    from index.errors import ModelMismatchError

    class Mismatch(ExplodingEngine):
        def ask(self, *args, **kwargs):
            raise ModelMismatchError("index built with another model")

    drive(settings, Mismatch(engine, ""), private(api, "hạn nộp báo cáo?"))
    assert only_text(api, USER_ID) == ModelMismatchError.user_message
    assert api.sent_texts(ADMIN_ID) == []


# --------------------------------------------------------------------------- startup
def test_post_init_publishes_the_command_menu_and_restores_jobs(api, settings, engine):
    from bot.app import post_init
    from index import reminders

    reminders.subscribe(engine.store.db, GROUP)

    async def scenario():
        async with running_app(settings, engine) as app:
            await post_init(app)
            return [j.name for j in app.job_queue.jobs()]

    assert asyncio.run(scenario()) == [f"remind:{GROUP}"]
    menus = {c.params["scope"]["type"] + str(c.params["scope"].get("chat_id", "")): c.params["commands"]
             for c in api.calls_to("setMyCommands")}
    assert set(menus) == {"default", "all_private_chats", "all_group_chats", "all_chat_administrators",
                          f"chat{ADMIN_ID}"}
    assert [c["command"] for c in menus["default"]] == ["start", "help", "hoi", "hanchot", "donvi", "lich"]
    assert [c["command"] for c in menus["all_group_chats"]] == [c["command"] for c in menus["default"]]
    assert "nhacviec" in [c["command"] for c in menus["all_chat_administrators"]]
    assert "nhacviec" in [c["command"] for c in menus["all_private_chats"]]
    assert "reindex" in [c["command"] for c in menus[f"chat{ADMIN_ID}"]]
    assert not any("reindex" in [c["command"] for c in menu] for scope, menu in menus.items()
                   if not scope.startswith("chat"))
    described = {c.name: c.description for c in texts.COMMANDS}
    assert all(c["description"] == described[c["command"]] for menu in menus.values() for c in menu)


def test_reminder_buttons_mark_submitted_once_and_snooze_until_tomorrow(api, settings, engine):
    from index import clock
    from index.conversation import open_conversation

    deadline = engine.deadlines(dated_only=True)[0]
    day = f"{deadline.date:%Y%m%d}"
    message = {"message_id": 90, "date": 0, "chat": api.group_chat(GROUP), "from": api.bot_user(), "text": "x",
               "reply_markup": {"inline_keyboard": [[
                   {"text": "✅ Đã nộp", "callback_data": f"dn:{deadline.obligation_id}:{day}"},
                   {"text": "🔁 Nhắc lại ngày mai", "callback_data": f"sn:{deadline.obligation_id}:{day}"}]]}}
    today = deadline.date - timedelta(days=5)
    with clock.frozen(datetime.combine(today, time(8))):
        drive(settings, engine, api.callback(api.user(USER_ID, "Lan"), message, f"sn:{deadline.obligation_id}:{day}"),
              api.callback(api.user(USER_ID, "Lan"), message, f"dn:{deadline.obligation_id}:{day}"),
              api.callback(api.user(3003, "An"), message, f"dn:{deadline.obligation_id}:{day}"),
              api.callback(api.user(3003, "An"), message, f"dn:{deadline.obligation_id}:20000101"))
    conversation = open_conversation(engine)
    tomorrow = today + timedelta(days=1)
    assert conversation.snoozed_for(GROUP, tomorrow) == {deadline.obligation_id}
    assert conversation.submission(GROUP, deadline.obligation_id, deadline.date).user_name == "Lan"
    toasts = [c.params.get("text") for c in api.calls_to("answerCallbackQuery")]
    assert toasts[1].startswith("Đã ghi nhận") and toasts[2] == texts.SUBMITTED_BEFORE.format(name="Lan")
    assert toasts[3] == texts.DEADLINE_GONE                   # a date the deadline does not have
    labels = [c.params["reply_markup"]["inline_keyboard"][0][0]["text"] for c in api.calls_to("editMessageReplyMarkup")]
    assert labels[0].startswith("🔁 Sẽ nhắc lại") and labels[1].startswith("✅ Lan đã nộp")
