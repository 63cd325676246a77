"""A real `qcdc bot` process per test, against its own Bot API stand-in, over a copy of
an index built once per test run (so a start takes seconds, and no test depends on
another). The process's clock is injected with QCDC_NOW."""
from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

from tests.botapi_standin import BotApiStandIn

from .harness import ADMIN_ID, ROOT, copy_template, indexed_template
from .process import BotProcess, copy_corpus, wait_until_polling

TZ = "Asia/Ho_Chi_Minh"


@dataclass
class LiveBot:
    """The stand-in, the bot process and its environment (for CLI runs on the same data)."""

    api: BotApiStandIn
    process: BotProcess
    env: dict[str, str]
    started: float = 0.0       # time.monotonic() when the process was started

    def say(self, chat: dict, user_id: int, text: str, **kw) -> int:
        """Queue a message; returns the call index to wait after."""
        mark = self.api.mark()
        self.api.queue_update(self.api.message(chat, self.api.user(user_id), text, **kw))
        return mark

    def reply(self, chat_id: int, after: int, timeout: float = 30, **kw):
        """The bot's next sendMessage to `chat_id` after call index `after`."""
        return self.api.wait_for_call("sendMessage", chat_id=chat_id, after=after, timeout=timeout, **kw)

    def press(self, user_id: int, message: dict, data: str) -> int:
        """Press an inline button under `message` (as the bot sent it)."""
        mark = self.api.mark()
        self.api.queue_update(self.api.callback(self.api.user(user_id), message, data))
        return mark

    def clock_after(self, now: str, tz: str = TZ) -> datetime:
        """At least the bot's clock now, if it started at `now` (QCDC_NOW) when the process
        was started (it starts a little later, so its clock is a little behind this)."""
        return datetime.fromisoformat(now).replace(tzinfo=ZoneInfo(tz)) + \
            timedelta(seconds=time.monotonic() - self.started)

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        """`python -m qcdc ARGS` on the bot's data, with its environment (clock included)."""
        return subprocess.run([sys.executable, "-m", "qcdc", *args], cwd=ROOT, env=self.process.env,
                              capture_output=True, text=True, timeout=timeout)


@contextlib.contextmanager
def live_bot(tmp_path: Path, base: Path, now: str | None = None, *, fresh: bool = False,
             **env: str) -> Iterator[LiveBot]:
    """Start a bot (QCDC_NOW=`now` when given) and stop it afterwards. `fresh`: an empty
    data directory, so the bot builds its index from the corpus at startup."""
    if fresh:
        data_dir, corpus_dir = tmp_path / "run" / "data", copy_corpus(tmp_path / "run" / "corpus")
    else:
        data_dir, corpus_dir = copy_template(indexed_template(base), tmp_path / "run")
    api = BotApiStandIn().start()
    values = {**api.env(), "QCDC_ADMIN_IDS": str(ADMIN_ID), "QCDC_DATA_DIR": str(data_dir),
              "QCDC_CORPUS_DIR": str(corpus_dir), "QCDC_EMBED_MODEL": "hashing", "QCDC_TZ": TZ, **env}
    if now:
        values["QCDC_NOW"] = now
    process = BotProcess(values, tmp_path)
    started = time.monotonic()
    process.start()
    try:
        wait_until_polling(api, process)
        yield LiveBot(api, process, process.env, started)
    finally:
        process.stop()
        api.stop()
