"""Faults at the Bot API, end to end: the real `qcdc bot` process polls the stand-in on
127.0.0.1 (hashing embedder, its own data/corpus directories) while the stand-in fails
on purpose:

- getUpdates answering 500, 500, 502; getUpdates connections dropped; a long poll that
  never answers until the client's read timeout gives up;
- sendMessage answering 429 with retry_after=1, 500 once, 400 "group chat was upgraded
  to a supergroup" (migrate_to_chat_id) for an answer, 403 "bot was blocked by the user"
  and "bot was kicked from the group chat".

After each fault a question asked afterwards is answered; at the end the process is still
the one started (no exit, no internal restart, getUpdates called at a sane rate), it stops
cleanly, and the token is in none of its output nor in what it sent to the admin.

Every test starts its own bot process (over a copy of an index built once) and runs alone.
"""
from __future__ import annotations

import time

import pytest

from bot import texts
from tests.botapi_standin import BotApiStandIn
from tests.support.harness import ADMIN_ID, copy_template, indexed_template
from tests.support.process import BotProcess, wait_for_log, wait_until_polling

pytestmark = pytest.mark.e2e

QUESTION = "Ai là cơ quan thường trực?"
EXPECTED = "Phòng Nội vụ"          # in the answer to QUESTION over the shipped corpus
#: PTB's getUpdates read timeout: its request read_timeout (5 s) + the long-poll timeout (10 s).
CLIENT_POLL_TIMEOUT = 15.0
STALL_SECONDS = 20.0               # longer than CLIENT_POLL_TIMEOUT: the client must give up first


@pytest.fixture
def world(tmp_path, tmp_path_factory):
    """A bot process of this test's own, over a copy of the once-built index."""
    data, corpus = copy_template(indexed_template(tmp_path_factory.getbasetemp()), tmp_path / "run")
    api = BotApiStandIn().start()
    env = {**api.env(), "QCDC_ADMIN_IDS": str(ADMIN_ID), "QCDC_DATA_DIR": str(data),
           "QCDC_CORPUS_DIR": str(corpus), "QCDC_EMBED_MODEL": "hashing", "QCDC_TZ": "Asia/Ho_Chi_Minh"}
    process = BotProcess(env, tmp_path)
    process.start()
    state = {"api": api, "process": process, "polling_faults": 0, "updates": 0}
    try:
        wait_until_polling(api, process)
        yield state
    finally:
        process.stop()
        api.stop()


def ask(world, chat: dict, user_id: int, text: str = QUESTION) -> int:
    """Queue a question; returns the call index to wait after."""
    api: BotApiStandIn = world["api"]
    mark = api.mark()
    api.queue_update(api.message(chat, api.user(user_id), text))
    world["updates"] += 1
    return mark


def answer_to(api: BotApiStandIn, chat_id: int, after: int, timeout: float = 30.0) -> str:
    return api.wait_for_call("sendMessage", chat_id=chat_id, after=after, timeout=timeout).params["text"]


def send_attempts(api: BotApiStandIn, chat_id: int, after: int) -> list[dict]:
    """sendMessage calls to `chat_id` from call index `after` on (failed ones included)."""
    return [c.params for c in api.calls[after:] if c.method == "sendMessage" and c.params.get("chat_id") == chat_id]


def wait_for_failed(api: BotApiStandIn, method: str, count: int, after: int, timeout: float = 30.0) -> list:
    """Wait until `count` calls of `method` after `after` were hit by an injected fault."""
    deadline = time.monotonic() + timeout
    while True:
        hit = [c for c in api.calls[after:] if c.method == method and c.params.get("_fault")]
        if len(hit) >= count:
            return hit
        if time.monotonic() > deadline:
            raise AssertionError(f"only {len(hit)} faulted {method} calls within {timeout}s")
        time.sleep(0.05)


# --------------------------------------------------------------------------- polling faults
def test_polling_survives_server_errors(world):
    api, process = world["api"], world["process"]
    mark = api.mark()
    api.fail("getUpdates", status=500, times=2)
    api.fail("getUpdates", status=502, description="Bad Gateway")
    world["polling_faults"] += 3
    failed = wait_for_failed(api, "getUpdates", 3, mark)
    # the library backs off (1 s, then 1.5 s) instead of hammering a failing server
    gaps = [b.at - a.at for a, b in zip(failed, failed[1:])]
    assert all(gap >= 0.9 for gap in gaps), gaps
    # a question asked after the errors is answered
    after = ask(world, api.private_chat(5001), 5001)
    assert EXPECTED in answer_to(api, 5001, after)
    assert process.alive()
    wait_for_log(process, "network error while polling")   # went through the bot's error handler


def test_polling_survives_dropped_connections(world):
    api, process = world["api"], world["process"]
    mark = api.mark()
    api.fail("getUpdates", "drop", times=2)
    world["polling_faults"] += 2
    wait_for_failed(api, "getUpdates", 2, mark)
    after = ask(world, api.private_chat(5002), 5002)
    assert EXPECTED in answer_to(api, 5002, after)
    assert process.alive()


def test_polling_survives_a_long_poll_that_times_out(world):
    """The server holds getUpdates open longer than the client's read timeout: the client
    gives up, polls again at once and gets the question queued meanwhile."""
    api, process = world["api"], world["process"]
    mark = api.mark()
    api.fail("getUpdates", "delay", delay=STALL_SECONDS)
    world["polling_faults"] += 1
    stalled = wait_for_failed(api, "getUpdates", 1, mark)[0]
    after = ask(world, api.private_chat(5003), 5003)         # queued while the poll hangs
    assert EXPECTED in answer_to(api, 5003, after, timeout=CLIENT_POLL_TIMEOUT + 30)
    following = api.wait_for(lambda c: c.method == "getUpdates", after=api.calls.index(stalled) + 1)
    # the next poll came when the client timed out, before the server would have answered
    assert following.at - stalled.at < STALL_SECONDS
    assert process.alive()


# --------------------------------------------------------------------------- sending faults
def test_rate_limited_answer_is_delivered_exactly_once(world):
    api = world["api"]
    user = 5004
    api.fail_rate_limited("sendMessage", retry_after=1, chat_id=user)
    mark = ask(world, api.private_chat(user), user)
    first = answer_to(api, user, mark)
    assert EXPECTED in first
    # a second, different question: by its answer the first one's retries are long over
    mark2 = ask(world, api.private_chat(user), user, "han nop bao cao nam")
    second = answer_to(api, user, mark2)
    attempts = send_attempts(api, user, mark)
    assert [a.get("_failed", False) for a in attempts] == [True, False, False]
    assert attempts[0]["text"] == attempts[1]["text"] == first != second
    limited, delivered = [c for c in api.calls[mark:] if c.method == "sendMessage" and c.params.get("chat_id") == user][:2]
    assert delivered.at - limited.at >= 1.0                    # retry_after was honoured
    assert world["process"].alive()


def test_server_error_on_an_answer_gets_an_apology_and_the_next_question_works(world):
    api, process = world["api"], world["process"]
    user = 5005
    api.fail("sendMessage", status=500, chat_id=user)
    mark = ask(world, api.private_chat(user), user)
    apology = answer_to(api, user, mark)
    assert apology == texts.APOLOGY
    report = api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, text_contains="Lỗi trong bot")
    assert f"chat {user}" in report.params["text"]
    assert api.token not in report.params["text"] and api.token.split(":")[1] not in report.params["text"]
    mark2 = ask(world, api.private_chat(user), user)
    assert EXPECTED in answer_to(api, user, mark2)
    attempts = send_attempts(api, user, mark)
    assert [(a.get("_failed", False), a["text"] == texts.APOLOGY) for a in attempts] == \
        [(True, False), (False, True), (False, False)]           # nothing sent twice
    assert process.alive()


def test_answer_follows_a_group_upgraded_to_a_supergroup(world):
    api = world["api"]
    group, supergroup, user = -5006, -1005006000000, 5006
    # Telegram refuses every later message to the old id, so the fault stays
    api.fail_migrated(group, supergroup, times=1000)
    api.fail_migrated(group, supergroup, method="sendChatAction", times=1000)
    mark = ask(world, api.group_chat(group), user, f"/hoi {QUESTION}")
    answer = api.wait_for_call("sendMessage", chat_id=supergroup, after=mark, timeout=30)
    assert EXPECTED in answer.params["text"] and answer.params.get("reply_markup")
    assert "reply_parameters" not in answer.params          # the quoted message is in the old chat
    assert [a.get("_failed", False) for a in send_attempts(api, group, mark)] == [True]
    # the group goes on in the supergroup
    mark2 = ask(world, api.group_chat(supergroup), user, "/hoi han nop bao cao nam")
    answer_to(api, supergroup, mark2)
    assert len(send_attempts(api, supergroup, mark)) == 2
    assert not send_attempts(api, ADMIN_ID, mark)             # not reported as a bug
    assert world["process"].alive()


def test_blocked_and_kicked_chats_are_left_alone(world):
    api, process = world["api"], world["process"]
    blocker, kicked_group, user = 5007, -5008, 5008
    api.fail_kicked(blocker, times=1000, description="Forbidden: bot was blocked by the user")
    api.fail_kicked(kicked_group, times=1000)
    mark = ask(world, api.private_chat(blocker), blocker)
    ask(world, api.group_chat(kicked_group), user, f"/hoi {QUESTION}")
    wait_for_log(process, f"chat {blocker} no longer accepts messages")
    wait_for_log(process, f"chat {kicked_group} no longer accepts messages")
    # other users are served
    other = ask(world, api.private_chat(5009), 5009)
    assert EXPECTED in answer_to(api, 5009, other)
    # one attempt each: no apology into the void, no retry storm, no admin report
    assert [a.get("_failed") for a in send_attempts(api, blocker, mark)] == [True]
    assert [a.get("_failed") for a in send_attempts(api, kicked_group, mark)] == [True]
    assert not send_attempts(api, ADMIN_ID, mark)
    assert process.alive()


# --------------------------------------------------------------------------- the whole run
def test_error_reports_to_admins_are_rate_limited(world):
    api = world["api"]
    user = 5010
    mark = api.mark()
    for _ in range(5):
        api.fail("sendMessage", status=500, chat_id=user)
        asked = ask(world, api.private_chat(user), user)
        assert answer_to(api, user, asked) == texts.APOLOGY
    time.sleep(1)   # a report after the fifth apology would be on its way by now
    reports = [t for t in api.sent_texts(ADMIN_ID)[0:] if "Lỗi trong bot" in t]
    assert len(reports) == 3 and len(send_attempts(api, ADMIN_ID, mark)) == 3


def test_one_process_throughout_polling_at_a_sane_rate_and_no_token_in_logs(world):
    api, process = world["api"], world["process"]
    mark = api.mark()
    api.fail("getUpdates", status=500, times=2)
    world["polling_faults"] += 2
    wait_for_failed(api, "getUpdates", 2, mark)
    api.fail("sendMessage", status=500, chat_id=5011)      # an apology and an admin report
    assert answer_to(api, 5011, ask(world, api.private_chat(5011), 5011)) == texts.APOLOGY
    assert EXPECTED in answer_to(api, 5012, ask(world, api.private_chat(5012), 5012))
    assert process.alive() and process.runs == 1
    polls = api.calls_to("getUpdates")
    elapsed = polls[-1].at - api.calls[0].at
    # idle long polls last ≤ 2 s; queued updates and fault retries add a few; a hot
    # retry loop would make thousands
    assert len(polls) <= elapsed + 2 * world["updates"] + world["polling_faults"] + 20, (len(polls), elapsed)
    assert sum(1 for c in polls if c.params.get("_fault")) == world["polling_faults"]
    assert len(api.calls_to("getMe")) == 1                   # initialised once: no internal restart
    assert api.pending_updates() == 0
    assert process.stop() == 0                               # and it still shuts down cleanly
    logs = process.logs()
    assert logs.count("bot ready") == 1
    assert api.token not in logs and api.token.split(":")[1] not in logs
    for call in api.calls_to("sendMessage", chat_id=ADMIN_ID):
        assert api.token.split(":")[1] not in call.params.get("text", "")
