"""Run the real `qcdc bot` as a subprocess against the Bot API stand-in."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from .harness import ROOT

#: Variables a developer's shell may hold that must not leak into the bot under test.
_DROP = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "TELEGRAM_API_FILE_URL", "QCDC_ADMIN_IDS",
         "QCDC_DATA_DIR", "QCDC_CORPUS_DIR", "QCDC_EMBED_MODEL", "QCDC_TZ", "QCDC_REMIND_TIME",
         "QCDC_REMIND_OFFSETS")


class BotProcess:
    """`python -m qcdc -v bot` with the given environment; logs go to files in `log_dir`."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = {k: v for k, v in os.environ.items() if k not in _DROP}
        self.env.update(env)
        self.env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONUNBUFFERED": "1",
                         "PYTHONPATH": str(ROOT)})
        self.log_dir = log_dir
        self.runs = 0
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.runs += 1
        self._stdout = open(self.log_dir / f"bot-{self.runs}.out", "wb")
        self._stderr = open(self.log_dir / f"bot-{self.runs}.err", "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "qcdc", "-v", "bot"], cwd=ROOT, env=self.env,
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
