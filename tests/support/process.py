"""Run the real `qcdc bot` as a subprocess against the Bot API stand-in."""
from __future__ import annotations

import os
import signal
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .harness import ROOT

#: Variables a developer's shell may hold that must not leak into the bot under test.
_DROP = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "TELEGRAM_API_FILE_URL", "QCDC_ADMIN_IDS",
         "QCDC_DATA_DIR", "QCDC_CORPUS_DIR", "QCDC_EMBED_MODEL", "QCDC_TZ", "QCDC_REMIND_TIME",
         "QCDC_REMIND_OFFSETS")


class BotProcess:
    """`python -m qcdc -v bot` (or `command`) with the given environment; logs go to files
    in `log_dir`."""

    def __init__(self, env: dict[str, str], log_dir: Path, command: list[str] | None = None) -> None:
        self.env = {k: v for k, v in os.environ.items() if k not in _DROP}
        self.env.update(env)
        self.env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONUNBUFFERED": "1",
                         "PYTHONPATH": str(ROOT)})
        self.log_dir = log_dir
        self.command = command or [sys.executable, "-m", "qcdc", "-v", "bot"]
        self.runs = 0
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.runs += 1
        self._stdout = open(self.log_dir / f"bot-{self.runs}.out", "wb")
        self._stderr = open(self.log_dir / f"bot-{self.runs}.err", "wb")
        self.proc = subprocess.Popen(self.command, cwd=ROOT, env=self.env,
                                     stdout=self._stdout, stderr=self._stderr)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 20.0) -> int | None:
        """SIGTERM (PTB stops polling and shuts down cleanly); SIGKILL if it hangs."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._stdout.close()
        self._stderr.close()
        return self.proc.returncode

    def logs(self) -> str:
        """Everything every run printed (stdout and stderr)."""
        return "".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("bot-*")))


def copy_corpus(target: Path) -> Path:
    """A copy of the shipped corpus (the .txt plans) in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for f in (ROOT / "corpus").glob("*.txt"):
        shutil.copy(f, target / f.name)
    return target


def wait_until_polling(api, process: BotProcess, after: int = 0, timeout: float = 120.0) -> None:
    """Wait until the process asks the stand-in for updates (post_init is done then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(c.method == "getUpdates" for c in api.calls[after:]):
            return
        if not process.alive():
            raise AssertionError("bot exited during startup:\n" + process.logs()[-3000:])
        time.sleep(0.2)
    raise AssertionError("bot did not start polling:\n" + process.logs()[-3000:])


def wait_for_log(process: BotProcess, fragment: str, timeout: float = 30.0) -> str:
    """Wait until the process's output contains `fragment`; returns the output."""
    deadline = time.monotonic() + timeout
    while True:
        logs = process.logs()
        if fragment in logs:
            return logs
        if time.monotonic() > deadline:
            raise AssertionError(f"{fragment!r} not logged within {timeout}s:\n" + logs[-3000:])
        time.sleep(0.2)
