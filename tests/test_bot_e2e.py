"""End to end: the real `qcdc bot` process polling the Bot API stand-in on 127.0.0.1, with
the hashing embedder and its own data and corpus directories. Every test starts its own
process (over a copy of an index built once, so a start takes seconds) and runs alone
with -k; the process's clock is injected with QCDC_NOW instead of waiting for a real
minute."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest

from tests.botapi_standin import DEFAULT_TOKEN, BotApiStandIn
from tests.support.harness import ADMIN_ID, ROOT, USER_ID
from tests.support.live_bot import TZ, live_bot
from tests.support.plans import plan_docx
from tests.support.process import BotProcess, copy_corpus

pytestmark = pytest.mark.e2e

ASK_GROUP = -201
REMIND_GROUP = -202
GROUP_ADMIN = 3003
#: A morning seven days before the shipped plans' 6-month deadlines (20/5/2024).
WEEK_BEFORE = "2024-05-13T07:28:50"


@pytest.fixture
def bot(tmp_path, tmp_path_factory):
    with live_bot(tmp_path, tmp_path_factory.getbasetemp(), now="2024-05-10T09:00") as running:
        yield running


def upload(bot, content: bytes, name: str, user_id: int = ADMIN_ID) -> int:
    mark = bot.api.mark()
    bot.api.queue_update(bot.api.document_message(bot.api.private_chat(user_id), bot.api.user(user_id),
                                                  content, name))
    return mark


def test_startup_builds_the_index_and_publishes_commands(tmp_path, tmp_path_factory):
    with live_bot(tmp_path, tmp_path_factory.getbasetemp(), now="2026-03-01T09:00", fresh=True) as bot:
        scopes = {c.params["scope"]["type"] for c in bot.api.calls_to("setMyCommands")}
        assert {"default", "all_group_chats", "all_chat_administrators", "chat"} <= scopes
        text = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID, "/hanchot")).params["text"]
        assert "đều đã qua" in text and "năm 2024" in text and "năm 2026" in text
        assert "bot sẵn sàng" in bot.process.logs()


def test_private_question_gets_a_cited_answer_and_its_passage(bot):
    call = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID, "Hạn nộp báo cáo 6 tháng là khi nào?"))
    text = call.params["text"]
    assert "20/5" in text and "Kế hoạch" in text
    assert bot.api.calls_to("sendChatAction", chat_id=USER_ID)
    source = call.params["reply_markup"]["inline_keyboard"][0][0]
    assert source["callback_data"].startswith("src:")
    answer = bot.api.sent(call)
    passage = bot.reply(USER_ID, bot.press(USER_ID, answer, source["callback_data"]))
    assert "Mục:" in passage.params["text"] and len(passage.params["text"]) > 100
    assert passage.params["reply_parameters"]["message_id"] == answer["message_id"]   # under its answer


def test_admin_uploads_a_plan_and_it_is_answered(bot):
    due = date(2024, 5, 13)
    mark = upload(bot, plan_docx(due), "KH QCDC Sở Tài chính.docx")
    report = bot.api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, timeout=60,
                                   text_contains="Đã thêm tài liệu").params["text"]
    assert "13/05/2024" in report and "Sở Nội vụ" in report and "15/KH-STC" in report
    text = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID,
                                      "Văn phòng Sở Tài chính gửi báo cáo quy chế dân chủ cho ai, hạn khi nào?"))
    assert "13/05/2024" in text.params["text"] and "Sở Nội vụ" in text.params["text"]


def test_files_sent_in_a_row_are_queued_and_each_reported(bot):
    first = upload(bot, plan_docx(date(2024, 6, 1), number="21/KH-STC"), "mot.docx")
    upload(bot, plan_docx(date(2025, 7, 1), number="22/KH-STC"), "hai.docx")
    upload(bot, plan_docx(date(2026, 8, 1), number="23/KH-STC"), "ba.docx")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        reports = [t for t in bot.api.sent_texts(ADMIN_ID) if "Đã thêm tài liệu" in t]
        if len(reports) == 3:
            break
        time.sleep(0.2)
    texts = [c.params["text"] for c in bot.api.calls[first:] if c.method == "sendMessage"]
    assert any("hàng chờ" in t for t in texts)
    assert not any("Đang có một lượt" in t for t in texts)          # nobody is told "busy"
    assert [n for n in ("21/KH-STC", "22/KH-STC", "23/KH-STC") if any(n in t for t in reports)] == \
        ["21/KH-STC", "22/KH-STC", "23/KH-STC"]


def test_group_questions(bot):
    group = bot.api.group_chat(ASK_GROUP)
    assert "Phòng Nội vụ" in bot.reply(ASK_GROUP, bot.say(group, USER_ID, "/hoi Ai là cơ quan thường trực?")).params["text"]
    assert "Báo cáo năm" in bot.reply(ASK_GROUP, bot.say(group, USER_ID, "@qcdc_test_bot han nop bao cao nam")).params["text"]


def test_non_admin_upload_is_refused_and_not_indexed(bot):
    mark = upload(bot, plan_docx(date(2024, 6, 1), number="99/KH-XYZ"), "cua-toi.docx", user_id=USER_ID)
    assert "Chỉ quản trị viên" in bot.reply(USER_ID, mark).params["text"]
    assert not any(c.method in ("getFile", "download") for c in bot.api.calls[mark:])
    listing = bot.reply(ADMIN_ID, bot.say(bot.api.private_chat(ADMIN_ID), ADMIN_ID, "/tailieu")).params["text"]
    assert "(5)" in listing and "99/KH-XYZ" not in listing


def test_corrupt_file_is_refused_and_the_index_keeps_answering(bot):
    mark = upload(bot, b"PK\x03\x04 this is not a docx", "hong.docx")
    reply = bot.api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == ADMIN_ID
                             and "đang đọc" not in c.params.get("text", ""), after=mark, timeout=30)
    assert "hỏng" in reply.params["text"] and "Đã thêm" not in reply.params["text"]
    text = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID, "ai la co quan thuong truc"))
    assert "Phòng Nội vụ" in text.params["text"]


def test_odd_input_gets_short_replies_and_nothing_crashes(bot):
    api, chat = bot.api, bot.api.private_chat(USER_ID)
    assert "Không có lệnh này" in bot.reply(USER_ID, bot.say(chat, USER_ID, "/khonglenhnay")).params["text"]
    assert "quá dài" in bot.reply(USER_ID, bot.say(chat, USER_ID, "Hạn " + "a" * 4996)).params["text"]
    mark = api.mark()
    edited = api.message(chat, api.user(USER_ID), "/hoi hạn nộp")["message"]
    api.queue_update({"edited_message": edited})
    api.queue_update({"channel_post": {"message_id": 5, "date": 0, "text": "tin kênh",
                                       "chat": {"id": -1007777, "type": "channel", "title": "K"}}})
    api.queue_update(api.message(chat, api.user(USER_ID), "<i>ai</i> là cơ quan thường trực?"))
    text = bot.reply(USER_ID, mark).params["text"]
    assert "Phòng Nội vụ" in text and "<i>ai</i>" not in text
    assert bot.process.alive()


def test_reminder_arrives_at_the_set_minute_once_across_a_restart(tmp_path, tmp_path_factory):
    with live_bot(tmp_path, tmp_path_factory.getbasetemp(), now=WEEK_BEFORE) as bot:
        group = bot.api.group_chat(REMIND_GROUP)
        assert "Chỉ quản trị viên" in bot.reply(REMIND_GROUP, bot.say(group, USER_ID, "/nhacviec")).params["text"]
        bot.api.set_member_status(REMIND_GROUP, GROUP_ADMIN, "administrator")
        assert "Đã bật nhắc hạn" in bot.reply(REMIND_GROUP, bot.say(group, GROUP_ADMIN, "/nhacviec")).params["text"]
        # the next minute at least 5 s ahead on the bot's clock (it runs from QCDC_NOW)
        target = (bot.clock_after(WEEK_BEFORE) + timedelta(seconds=65)).replace(second=0, microsecond=0)
        assert f"{target:%H:%M}" in bot.reply(REMIND_GROUP, bot.say(group, GROUP_ADMIN,
                                                                     f"/gionhac {target:%H:%M}")).params["text"]
        call = bot.api.wait_for_call("sendMessage", chat_id=REMIND_GROUP, timeout=90, text_contains="Nhắc hạn")
        text = call.params["text"]
        assert "13/05/2024" in text and "20/05/2024" in text and "còn 7 ngày" in text and "gửi muộn" not in text
        # a restart later that morning: the late-reminder check finds it already sent
        assert bot.process.stop() == 0
        bot.process.env["QCDC_NOW"] = "2024-05-13T09:00"
        mark = bot.api.mark()
        bot.process.start()
        bot.api.wait_for_call("getUpdates", after=mark, timeout=60)
        upcoming = bot.reply(REMIND_GROUP, bot.say(group, USER_ID, "/hanchot")).params["text"]
        assert "20/05/2024" in upcoming
        assert len([t for t in bot.api.sent_texts(REMIND_GROUP) if "Nhắc hạn" in t]) == 1
        dry = bot.cli("remind", "--date", "2024-05-13", "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert f"Nhóm {REMIND_GROUP} (lúc {target:%H:%M})" in dry.stdout and "đã gửi trước đó" in dry.stdout


def test_logs_never_contain_the_token(bot):
    bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID, "Hạn nộp báo cáo năm?"))
    logs = bot.process.logs()
    assert "bot sẵn sàng" in logs
    assert bot.api.token not in logs and bot.api.token.split(":")[1] not in logs


@pytest.mark.parametrize("base_suffix", ["", "/wrong"])
def test_a_refused_token_stops_the_bot_without_printing_it(tmp_path, base_suffix):
    """401 (revoked token) or 404 (mistyped base URL): a clear message, the token nowhere."""
    with BotApiStandIn(token="111:other-token-the-server-knows") as api:
        env = {"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "TELEGRAM_API_BASE_URL": api.base_url + base_suffix,
               "TELEGRAM_API_FILE_URL": api.file_url, "QCDC_DATA_DIR": str(tmp_path / "data"),
               "QCDC_CORPUS_DIR": str(copy_corpus(tmp_path / "corpus")), "QCDC_EMBED_MODEL": "hashing",
               "QCDC_TZ": TZ}
        process = BotProcess(env, tmp_path)
        process.start()
        process.proc.wait(120)
        logs = process.logs()
        process.stop()
        # `qcdc -v remind` (a real send) says the same, and prints no traceback
        cli = subprocess.run([sys.executable, "-m", "qcdc", "-v", "remind", "--date", "2024-05-13", "--chat", "-5"],
                             cwd=ROOT, env=process.env, capture_output=True, text=True, timeout=120)
    assert process.proc.returncode not in (0, None, -signal.SIGKILL)
    assert "từ chối token" in logs
    assert DEFAULT_TOKEN not in logs and DEFAULT_TOKEN.split(":")[1] not in logs
    assert cli.returncode != 0 and "từ chối token" in cli.stderr and "Traceback" not in cli.stderr
    assert DEFAULT_TOKEN.split(":")[1] not in cli.stdout + cli.stderr
