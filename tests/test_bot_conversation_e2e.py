"""End to end, one real `qcdc bot` process per test (tests/support/live_bot.py), with the
clock injected (QCDC_NOW) so the shipped 2024 plans' deadlines are ahead: follow-ups in
a private chat and under a group answer, /donvi, /lich, "✅ Đã nộp" then the dry run,
"📎 Văn bản gốc" sending the uploaded bytes, the welcome when the bot joins a group."""
from __future__ import annotations

from datetime import date

import pytest

from tests.support.harness import ADMIN_ID, USER_ID
from tests.support.live_bot import live_bot
from tests.support.plans import plan_docx

pytestmark = pytest.mark.e2e

MAY_10 = "2024-05-10T09:00"
GROUP = -401
GROUP_ADMIN = 3003
#: The city plan's deadlines: 6-month report by 20/5/2024, annual by 30/10/2024; the
#: agriculture plan's annual one, which the same words without context find, by 10/11.
SIX_MONTHS = "Hạn nộp báo cáo 6 tháng của UBND thành phố là khi nào?"
AND_ANNUAL = "còn báo cáo năm thì sao?"


@pytest.fixture
def bot(tmp_path, tmp_path_factory):
    with live_bot(tmp_path, tmp_path_factory.getbasetemp(), now=MAY_10) as running:
        yield running


def test_a_follow_up_in_a_private_chat_keeps_the_plan(bot):
    chat = bot.api.private_chat(USER_ID)
    first = bot.reply(USER_ID, bot.say(chat, USER_ID, SIX_MONTHS)).params["text"]
    assert "20/5/2024" in first
    follow_up = bot.reply(USER_ID, bot.say(chat, USER_ID, AND_ANNUAL)).params["text"]
    assert "30/10/2024" in follow_up and "10/11" not in follow_up


def test_a_reply_under_a_group_answer_is_read_in_its_context(bot):
    group = bot.api.group_chat(GROUP)
    answer = bot.reply(GROUP, bot.say(group, USER_ID, f"/hoi {SIX_MONTHS}"))
    assert "20/5/2024" in answer.params["text"]
    # a plain group message (no mention, no reply) is not for the bot
    quiet = bot.say(group, GROUP_ADMIN, AND_ANNUAL)
    mark = bot.say(group, GROUP_ADMIN, AND_ANNUAL, reply_to=bot.api.sent(answer))
    follow_up = bot.reply(GROUP, mark)
    assert "30/10/2024" in follow_up.params["text"]
    assert [c for c in bot.api.calls[quiet:mark] if c.method == "sendMessage"] == []
    assert follow_up.params["reply_parameters"]["message_id"] > 0     # threaded under the question


def test_donvi_sets_shows_and_clears_the_unit_and_puts_it_first(bot):
    chat = bot.api.private_chat(USER_ID)
    assert "Chưa đặt đơn vị" in bot.reply(USER_ID, bot.say(chat, USER_ID, "/donvi")).params["text"]
    unordered = bot.reply(USER_ID, bot.say(chat, USER_ID, "/hanchot")).params["text"]
    assert unordered.index("Sở Nông nghiệp") < unordered.index("30/10/2024")
    set_reply = bot.reply(USER_ID, bot.say(chat, USER_ID, "/donvi UBND thành phố")).params["text"]
    assert "UBND thành phố" in set_reply
    assert "UBND thành phố" in bot.reply(USER_ID, bot.say(chat, USER_ID, "/donvi")).params["text"]
    ordered = bot.reply(USER_ID, bot.say(chat, USER_ID, "/hanchot")).params["text"]
    assert ordered.index("30/10/2024") < ordered.index("Sở Nông nghiệp")
    assert "Đã xóa đơn vị" in bot.reply(USER_ID, bot.say(chat, USER_ID, "/donvi xoa")).params["text"]
    # in a group, only its admins name the group's unit
    group = bot.api.group_chat(GROUP)
    refused = bot.reply(GROUP, bot.say(group, USER_ID, "/donvi Văn phòng")).params["text"]
    assert "Chỉ quản trị viên" in refused
    bot.api.set_member_status(GROUP, GROUP_ADMIN, "administrator")
    assert "của nhóm" in bot.reply(GROUP, bot.say(group, GROUP_ADMIN, "/donvi Văn phòng")).params["text"]


def test_lich_sends_an_ics_with_the_deadlines(bot):
    mark = bot.say(bot.api.private_chat(USER_ID), USER_ID, "/lich")
    sent = bot.api.wait_for_call("sendDocument", chat_id=USER_ID, after=mark, timeout=30)
    document = sent.params["document"]
    assert document["filename"].endswith(".ics")
    calendar = document["content"].decode()
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "DTSTART;VALUE=DATE:20240520" in calendar and "DTSTART;VALUE=DATE:20241030" in calendar
    assert "20240322" not in calendar                     # already past on 10/05/2024


def test_da_nop_marks_a_reminder_deadline_and_the_dry_run_leaves_it_out(bot):
    group = bot.api.group_chat(GROUP)
    bot.api.set_member_status(GROUP, GROUP_ADMIN, "administrator")
    assert "Đã bật nhắc hạn" in bot.reply(GROUP, bot.say(group, GROUP_ADMIN, "/nhacviec")).params["text"]
    mark = bot.api.mark()
    sent = bot.cli("-v", "remind", "--date", "2024-05-13", "--chat", str(GROUP))
    assert sent.returncode == 0, sent.stderr
    assert bot.api.token.split(":")[1] not in sent.stdout + sent.stderr      # -v logs requests, redacted
    reminder = bot.api.wait_for_call("sendMessage", chat_id=GROUP, after=mark, text_contains="Nhắc hạn")
    rows = reminder.params["reply_markup"]["inline_keyboard"]
    assert len(rows) == 2 and all("Đã nộp" in row[0]["text"] for row in rows)     # both 20/5 deadlines
    before = bot.cli("remind", "--date", "2024-05-17", "--chat", str(GROUP), "--dry-run").stdout
    due_lines = [line for line in before.splitlines() if line.startswith("- 20/05/2024")]
    assert len(due_lines) == 2
    # any member may press it; the message then shows who did
    press = bot.press(USER_ID, bot.api.sent(reminder), rows[0][0]["callback_data"])
    edited = bot.api.wait_for_call("editMessageReplyMarkup", after=press, timeout=30)
    labels = [b["text"] for row in edited.params["reply_markup"]["inline_keyboard"] for b in row]
    assert labels[0] == "✅ Cán bộ đã nộp · 20/05" and "Đã nộp" in labels[1]
    after = bot.cli("remind", "--date", "2024-05-17", "--chat", str(GROUP), "--dry-run").stdout
    assert [line for line in after.splitlines() if line.startswith("- 20/05/2024")] == due_lines[1:]


def test_van_ban_goc_sends_the_uploaded_bytes(bot):
    content = plan_docx(date(2024, 6, 15))
    mark = bot.api.mark()
    bot.api.queue_update(bot.api.document_message(bot.api.private_chat(ADMIN_ID), bot.api.user(ADMIN_ID), content,
                                                  "KH QCDC Sở Tài chính.docx"))
    bot.api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, timeout=60, text_contains="Đã thêm tài liệu")
    answer = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID,
                                        "Văn phòng Sở Tài chính gửi báo cáo quy chế dân chủ cho ai, hạn khi nào?"))
    assert "15/06/2024" in answer.params["text"] or "15/6/2024" in answer.params["text"]
    buttons = [b for row in answer.params["reply_markup"]["inline_keyboard"] for b in row]
    original = next(b for b in buttons if b["text"] == "📎 Văn bản gốc")
    press = bot.press(USER_ID, bot.api.sent(answer), original["callback_data"])
    sent = bot.api.wait_for_call("sendDocument", chat_id=USER_ID, after=press, timeout=30)
    assert sent.params["document"]["content"] == content
    assert sent.params["document"]["filename"].endswith(".docx")


def test_the_bot_welcomes_a_group_that_adds_it(bot):
    group = bot.api.group_chat(GROUP)
    mark = bot.api.mark()
    bot.api.queue_update({"my_chat_member": {
        "chat": group, "from": bot.api.user(GROUP_ADMIN), "date": 0,
        "old_chat_member": {"status": "left", "user": bot.api.bot_user()},
        "new_chat_member": {"status": "member", "user": bot.api.bot_user()}}})
    welcome = bot.reply(GROUP, mark).params["text"]
    assert "Xin chào" in welcome and "/hoi" in welcome and "/nhacviec" in welcome
    # Telegram also posts a "new members" message naming the bot: still one welcome; and a
    # group that only sends that message is welcomed too
    bot.api.queue_update(bot.api.message(group, bot.api.user(GROUP_ADMIN),
                                         extra={"new_chat_members": [bot.api.bot_user()]}))
    other = bot.api.group_chat(GROUP - 1)
    bot.api.queue_update(bot.api.message(other, bot.api.user(GROUP_ADMIN),
                                         extra={"new_chat_members": [bot.api.bot_user()]}))
    assert "Xin chào" in bot.reply(GROUP - 1, mark).params["text"]
    assert len([t for t in bot.api.sent_texts(GROUP) if "Xin chào" in t]) == 1


def test_date_questions_reach_the_deadline_table_in_private_and_in_a_group(bot):
    chat = bot.api.private_chat(USER_ID)
    november = bot.reply(USER_ID, bot.say(chat, USER_ID, "tháng 11 có những hạn báo cáo nào?")).params["text"]
    assert "10/11/2024" in november and "20/5/2024" not in november
    soon = bot.reply(USER_ID, bot.say(chat, USER_ID, "sắp tới có hạn gì không?")).params["text"]
    assert "20/5/2024" in soon
    group = bot.api.group_chat(GROUP)
    mentioned = bot.reply(GROUP, bot.say(group, USER_ID, "@qcdc_test_bot tháng 11 có những hạn báo cáo nào?"))
    assert "10/11/2024" in mentioned.params["text"]


def test_nhacviec_in_a_private_chat_reminds_the_users_unit(bot):
    chat = bot.api.private_chat(USER_ID)
    bot.reply(USER_ID, bot.say(chat, USER_ID, "/donvi UBND thành phố"))
    subscribed = bot.reply(USER_ID, bot.say(chat, USER_ID, "/nhacviec")).params["text"]
    assert "Đã bật nhắc hạn" in subscribed and "UBND thành phố" in subscribed
    dry = bot.cli("remind", "--date", "2024-05-13", "--chat", str(USER_ID), "--dry-run")
    lines = [line for line in dry.stdout.splitlines() if line.startswith("- 20/05/2024")]
    assert len(lines) == 1 and "Thủ trưởng" in lines[0]        # the city plan's duty only
