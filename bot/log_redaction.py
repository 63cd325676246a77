"""Keep the bot token out of logs.

python-telegram-bot and httpx put request URLs, which contain the token, into log
messages and exception texts. A filter on every root handler rewrites each record
(message, arguments and traceback) with the token replaced.
"""
from __future__ import annotations

import logging
import sys
import traceback

REDACTED = "<TOKEN>"


class TokenRedactingFilter(logging.Filter):
    """Replace secrets anywhere in a log record."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        # the whole token and its secret half (after the colon) both identify the bot
        parts = set()
        for secret in secrets:
            if secret:
                parts.add(secret)
                tail = secret.partition(":")[2]
                if len(tail) >= 8:
                    parts.add(tail)
        self._secrets = sorted(parts, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record's message, traceback and stack in place; never drop it."""
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record must still be logged
            message = str(record.msg)
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_token_redaction(token: str) -> TokenRedactingFilter:
    """Configure logging for the bot and the CLI: a handler if none exists, the redacting
    filter on every root handler, httpx's per-request INFO lines silenced, and uncaught
    tracebacks redacted."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    redactor = TokenRedactingFilter([token])
    for handler in root.handlers:
        if not any(isinstance(f, TokenRedactingFilter) for f in handler.filters):
            handler.addFilter(redactor)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    if token and not getattr(sys.excepthook, "redacts_token", False):
        sys.excepthook = _redacting_excepthook(redactor, sys.excepthook)
    return redactor


def _redacting_excepthook(redactor: TokenRedactingFilter, previous):
    """An uncaught exception's traceback goes to stderr without the logging module: its
    messages (an httpx URL, InvalidToken's text) are redacted there too."""
    def hook(kind, value, tb) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            previous(kind, value, tb)
            return
        sys.stderr.write(redactor.redact("".join(traceback.format_exception(kind, value, tb))))

    hook.redacts_token = True  # type: ignore[attr-defined]
    return hook
