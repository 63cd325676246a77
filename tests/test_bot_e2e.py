"""End to end: the real `qcdc bot` process, polling the Bot API stand-in on 127.0.0.1,
with the hashing embedder and its own data/corpus directories.

One bot process serves the whole module (tests run in order and share it): it builds
its index from the corpus at startup, answers in private and in a group, takes an admin's
.docx (a plan with a deadline three days ahead), refuses a non-admin's file and a corrupt
one, sends a group its reminder at the minute set with /gionhac, and after a restart does
not send it again. The reminder minute is chosen right after the upload, so the wait
overlaps the other tests (≤ 80 s).
"""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.botapi_standin import BotApiStandIn
from tests.support.harness import ADMIN_ID, ROOT, USER_ID
from tests.support.plans import plan_docx
from tests.support.process import BotProcess, wait_until_polling

pytestmark = pytest.mark.e2e

TZ = "Asia/Ho_Chi_Minh"
ASK_GROUP = -201
REMIND_GROUP = -202
GROUP_ADMIN = 3003


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The stand-in, the bot process and what tests tell each other."""
    base = tmp_path_factory.mktemp("e2e")
    corpus = base / "corpus"
    corpus.mkdir()
    for f in (ROOT / "corpus").glob("*.txt"):
        (corpus / f.name).write_bytes(f.read_bytes())
    api = BotApiStandIn().start()
    env = {**api.env(), "QCDC_ADMIN_IDS": str(ADMIN_ID), "QCDC_DATA_DIR": str(base / "data"),
           "QCDC_CORPUS_DIR": str(corpus), "QCDC_EMBED_MODEL": "hashing", "QCDC_TZ": TZ,
           "QCDC_REMIND_OFFSETS": "7,3,2,1,0"}
    process = BotProcess(env, base)
    process.start()
    state = {"api": api, "process": process, "base": base, "env": env}
    try:
        wait_until_polling(api, process)
        yield state
    finally:
        process.stop()
        api.stop()


def now_vn() -> datetime:
    return datetime.now(ZoneInfo(TZ))


def say(api: BotApiStandIn, chat: dict, user_id: int, text: str, **kw) -> int:
    """Queue a message; returns the call index to wait after."""
    mark = api.mark()
    api.queue_update(api.message(chat, api.user(user_id), text, **kw))
    return mark


def reply_to(api: BotApiStandIn, chat_id: int, after: int, timeout: float = 30, **kw):
    return api.wait_for_call("sendMessage", chat_id=chat_id, after=after, timeout=timeout, **kw)


# --------------------------------------------------------------------------- tests, in order
def test_startup_builds_the_index_and_publishes_commands(world):
    api = world["api"]
    scopes = {c.params["scope"]["type"] for c in api.calls_to("setMyCommands")}
    assert {"default", "all_group_chats", "chat"} <= scopes
    default = next(c for c in api.calls_to("setMyCommands") if c.params["scope"]["type"] == "default")
    assert [c["command"] for c in default.params["commands"]][:3] == ["start", "help", "hoi"]
    mark = say(api, api.private_chat(USER_ID), USER_ID, "/hanchot")
    text = reply_to(api, USER_ID, mark).params["text"]
    assert "đều đã qua" in text and "năm 2024" in text and f"năm {now_vn().year}" in text


def test_private_question_gets_a_cited_answer(world):
    api = world["api"]
    mark = say(api, api.private_chat(USER_ID), USER_ID, "Hạn nộp báo cáo 6 tháng là khi nào?")
    call = reply_to(api, USER_ID, mark)
    text = call.params["text"]
    assert "20/5" in text and "<b>Nguồn:</b>" in text and "Kế hoạch" in text
    buttons = call.params["reply_markup"]["inline_keyboard"]
    assert buttons[0][0]["callback_data"].startswith("src:")
    assert api.calls_to("sendChatAction", chat_id=USER_ID)
    # the "show passage" button
    message = {"message_id": 1, "date": 0, "chat": api.private_chat(USER_ID), "from": api.bot_user(), "text": "x"}
    mark = api.mark()
    api.queue_update(api.callback(api.user(USER_ID), message, buttons[0][0]["callback_data"]))
    passage = reply_to(api, USER_ID, mark).params["text"]
    assert "Mục:" in passage and len(passage) > 100
    api.wait_for_call("answerCallbackQuery", after=mark)


def test_admin_uploads_a_plan(world):
    api = world["api"]
    due = now_vn().date() + timedelta(days=3)
    world["due"] = due
    mark = api.mark()
    api.queue_update(api.document_message(api.private_chat(ADMIN_ID), api.user(ADMIN_ID), plan_docx(due),
                                          "KH QCDC Sở Tài chính.docx",
                                          mime_type="application/vnd.openxmlformats-officedocument"
                                                    ".wordprocessingml.document"))
    report = api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, timeout=60,
                               text_contains="Đã thêm tài liệu").params["text"]
    assert due.strftime("%d/%m/%Y") in report and "Sở Nội vụ" in report and "15/KH-STC" in report


def test_group_subscribes_and_sets_a_reminder_time(world):
    api = world["api"]
    group = api.group_chat(REMIND_GROUP)
    mark = say(api, group, USER_ID, "/nhacviec")
    assert "Chỉ quản trị viên" in reply_to(api, REMIND_GROUP, mark).params["text"]
    api.set_member_status(REMIND_GROUP, GROUP_ADMIN, "administrator")
    mark = say(api, group, GROUP_ADMIN, "/nhacviec")
    subscribed = reply_to(api, REMIND_GROUP, mark).params["text"]
    assert subscribed.startswith("Đã bật nhắc hạn") and world["due"].strftime("%d/%m/%Y") in subscribed
    # the next minute that is at least 20 s away, in the bot's timezone
    target = (now_vn() + timedelta(seconds=80)).replace(second=0, microsecond=0)
    world["remind_at"] = target
    mark = say(api, group, GROUP_ADMIN, f"/gionhac {target:%H:%M}")
    assert f"{target:%H:%M}" in reply_to(api, REMIND_GROUP, mark).params["text"]
    world["before_reminder"] = api.mark()


def test_question_about_the_uploaded_plan_is_answered(world):
    api = world["api"]
    mark = say(api, api.private_chat(USER_ID), USER_ID,
               "Văn phòng Sở Tài chính gửi báo cáo quy chế dân chủ cho ai, hạn khi nào?")
    text = reply_to(api, USER_ID, mark).params["text"]
    assert world["due"].strftime("%d/%m/%Y") in text and "Sở Nội vụ" in text


def test_group_questions(world):
    api = world["api"]
    group = api.group_chat(ASK_GROUP)
    mark = say(api, group, USER_ID, "/hoi Ai là cơ quan thường trực?")
    assert "Phòng Nội vụ" in reply_to(api, ASK_GROUP, mark).params["text"]
    mark = say(api, group, USER_ID, "@qcdc_test_bot han nop bao cao nam")
    assert "Báo cáo năm" in reply_to(api, ASK_GROUP, mark).params["text"]


def test_non_admin_upload_is_refused_and_not_indexed(world):
    api = world["api"]
    mark = api.mark()
    api.queue_update(api.document_message(api.private_chat(USER_ID), api.user(USER_ID),
                                          plan_docx(world["due"], number="99/KH-XYZ"), "cua-toi.docx"))
    assert "Chỉ quản trị viên" in reply_to(api, USER_ID, mark).params["text"]
    assert not any(c.method in ("getFile", "download") for c in api.calls[mark:])
    mark = say(api, api.private_chat(ADMIN_ID), ADMIN_ID, "/tailieu")
    listing = reply_to(api, ADMIN_ID, mark).params["text"]
    assert "(6)" in listing and "99/KH-XYZ" not in listing


def test_corrupt_file_is_refused_and_the_index_keeps_answering(world):
    api = world["api"]
    mark = api.mark()
    api.queue_update(api.document_message(api.private_chat(ADMIN_ID), api.user(ADMIN_ID),
                                          b"PK\x03\x04 this is not a docx", "hong.docx"))
    reply = api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == ADMIN_ID
                         and "đang đọc" not in c.params.get("text", ""), after=mark, timeout=30)
    assert "hỏng" in reply.params["text"] and "Đã thêm" not in reply.params["text"]
    mark = say(api, api.private_chat(USER_ID), USER_ID, "ai la co quan thuong truc")
    assert "Phòng Nội vụ" in reply_to(api, USER_ID, mark).params["text"]


def test_odd_input_gets_short_replies_and_nothing_crashes(world):
    api = world["api"]
    chat = api.private_chat(USER_ID)
    mark = say(api, chat, USER_ID, "/khonglenhnay")
    assert "Không có lệnh này" in reply_to(api, USER_ID, mark).params["text"]
    mark = say(api, chat, USER_ID, "Hạn " + "a" * 4996)
    assert "quá dài" in reply_to(api, USER_ID, mark).params["text"]
    mark = api.mark()
    edited = api.message(chat, api.user(USER_ID), "/hoi hạn nộp")["message"]
    api.queue_update({"edited_message": edited})
    api.queue_update({"channel_post": {"message_id": 5, "date": 0, "text": "tin kênh",
                                       "chat": {"id": -1007777, "type": "channel", "title": "K"}}})
    api.queue_update(api.message(chat, api.user(USER_ID), "<i>ai</i> là cơ quan thường trực?"))
    text = reply_to(api, USER_ID, mark).params["text"]
    assert "Phòng Nội vụ" in text and "<i>ai</i>" not in text
    assert world["process"].alive()


def test_reminder_arrives_at_the_set_minute(world):
    api = world["api"]
    wait = (world["remind_at"] - now_vn()).total_seconds() + 30
    call = api.wait_for_call("sendMessage", chat_id=REMIND_GROUP, after=world["before_reminder"],
                             timeout=max(wait, 5), text_contains="Nhắc hạn")
    text = call.params["text"]
    assert world["due"].strftime("%d/%m/%Y") in text and ("còn 3 ngày" in text or "còn 2 ngày" in text)
    assert "gửi muộn" not in text
    assert now_vn() >= world["remind_at"]


def test_restart_sends_no_duplicate(world):
    api, process = world["api"], world["process"]
    assert process.stop() == 0
    mark = api.mark()
    process.start()
    wait_until_polling(api, process, after=mark)
    # late reminders are sent in post_init, before polling: any duplicate would be here now
    later = say(api, api.group_chat(REMIND_GROUP), USER_ID, "/hanchot")
    upcoming = reply_to(api, REMIND_GROUP, later).params["text"]
    assert world["due"].strftime("%d/%m/%Y") in upcoming
    reminders_sent = [c for c in api.calls[mark:] if c.method == "sendMessage"
                      and c.params.get("chat_id") == REMIND_GROUP and "Nhắc hạn" in c.params.get("text", "")]
    assert reminders_sent == []
    assert len([t for t in api.sent_texts(REMIND_GROUP) if "Nhắc hạn" in t]) == 1


def test_cli_dry_run_shows_the_group_and_what_was_sent(world):
    today = now_vn().date().isoformat()
    result = subprocess.run([sys.executable, "-m", "qcdc", "remind", "--date", today, "--dry-run"],
                            cwd=ROOT, env=world["process"].env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"Nhóm {REMIND_GROUP} (lúc {world['remind_at']:%H:%M})" in result.stdout
    assert "đã gửi trước đó" in result.stdout


def test_logs_never_contain_the_token(world):
    api, process = world["api"], world["process"]
    logs = process.logs()
    assert "Application started" in logs or "bot ready" in logs
    assert api.token not in logs and api.token.split(":")[1] not in logs
