"""Load, end to end: the real `qcdc bot` process (hashing embedder, its own data/corpus
directories with the shipped corpus) and 50 users who each send one question from their
private chat at (nearly) the same moment through the Bot API stand-in.

Every chat gets exactly one answer, and it is the answer to *that* user's question: the
answer's 👍/👎 button carries the question id, whose row in the question log holds the
chat id and the text the user sent. Nothing is lost, duplicated or crossed. No clock
assertions: timing is `benchmarks/bench_bot_load.py`'s job.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata

import pytest

from tests.botapi_standin import BotApiStandIn
from tests.support.harness import ROOT
from tests.support.process import BotProcess, copy_corpus, wait_until_polling

pytestmark = pytest.mark.e2e

USERS = 50
FIRST_USER = 70001
ANSWER_TIMEOUT = 120.0


def questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "benchmarks" / "questions.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    distinct = list(dict.fromkeys(r["question"] for r in rows))
    assert len(distinct) >= n
    return distinct[:n]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def test_fifty_users_at_once_each_get_exactly_their_answer(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    data = tmp_path / "data"
    with BotApiStandIn() as api:
        env = {**api.env(), "QCDC_DATA_DIR": str(data), "QCDC_CORPUS_DIR": str(corpus),
               "QCDC_EMBED_MODEL": "hashing", "QCDC_TZ": "Asia/Ho_Chi_Minh"}
        process = BotProcess(env, tmp_path)
        process.start()
        try:
            wait_until_polling(api, process)
            asked = dict(zip(range(FIRST_USER, FIRST_USER + USERS), questions(USERS)))
            mark = api.mark()
            for chat_id, question in asked.items():          # all at once, before the bot polls again
                api.queue_update(api.message(api.private_chat(chat_id), api.user(chat_id), question))

            deadline = time.monotonic() + ANSWER_TIMEOUT
            while True:
                answered = {c.params["chat_id"] for c in api.calls[mark:] if c.method == "sendMessage"}
                if answered >= set(asked) or time.monotonic() > deadline or not process.alive():
                    break
                time.sleep(0.2)
            assert process.alive(), process.logs()[-3000:]
            missing = set(asked) - answered
            assert not missing, f"{len(missing)} users got no answer: {sorted(missing)[:10]}"
        finally:
            # a clean stop lets every in-flight handler finish: a duplicate would be sent by now
            returncode = process.stop()
        assert returncode == 0, process.logs()[-3000:]

        sends = [c.params for c in api.calls[mark:] if c.method == "sendMessage"]
        assert not [s for s in sends if s.get("_failed")]
        per_chat: dict[int, list[dict]] = {}
        for s in sends:
            per_chat.setdefault(s["chat_id"], []).append(s)
        assert set(per_chat) == set(asked)                         # nobody else was written to
        duplicated = {chat: len(msgs) for chat, msgs in per_chat.items() if len(msgs) != 1}
        assert not duplicated, f"chats with other than one answer: {duplicated}"
        assert api.pending_updates() == 0                          # every update was confirmed
        logs = process.logs()
        assert "unhandled error" not in logs and "Traceback" not in logs

    # each answer belongs to its own user's question (question log, via the feedback button)
    db = sqlite3.connect(data / "qcdc.sqlite")
    try:
        log = {qid: (chat, question) for qid, chat, question in
               db.execute("SELECT id, chat_id, question FROM questions")}
    finally:
        db.close()
    assert sorted(chat for chat, _ in log.values()) == sorted(asked)   # each asked once, none lost
    for chat_id, (message,) in per_chat.items():
        buttons = [b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row]
        qid = next(int(m.group(1)) for b in buttons if (m := re.fullmatch(r"fb:(\d+):\+1", b)))
        logged_chat, logged_question = log[qid]
        assert logged_chat == chat_id and nfc(logged_question) == nfc(asked[chat_id])
