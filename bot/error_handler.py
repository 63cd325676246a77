"""The one error handler: domain errors become their Vietnamese message; anything else is
logged, apologised for to the user, and reported to the admins with the traceback."""
from __future__ import annotations

import logging
import time
import traceback
from collections import deque

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from index.errors import QcdcError

from . import texts
from .formatting import esc
from .log_redaction import TokenRedactingFilter
from .services import get_settings

logger = logging.getLogger("qcdc.bot")

#: Traceback characters sent to admins (the tail is the informative part).
TRACEBACK_LIMIT = 3000
#: At most this many tracebacks reach the admins per window (a flood of bad presses
#: must not become a flood of reports); the rest are only logged.
REPORTS_PER_WINDOW = 3
REPORT_WINDOW_SECONDS = 600.0


class ReportLimiter:
    """A sliding window of report times."""

    def __init__(self, limit: int = REPORTS_PER_WINDOW, window: float = REPORT_WINDOW_SECONDS) -> None:
        self.limit, self.window = limit, window
        self._sent: deque[float] = deque()

    def allow(self, now: float) -> bool:
        """True if a report may go out at `now` (and count it)."""
        while self._sent and now - self._sent[0] >= self.window:
            self._sent.popleft()
        if len(self._sent) >= self.limit:
            return False
        self._sent.append(now)
        return True


_REPORTS = ReportLimiter()


async def _reply(update: object, text: str) -> None:
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        await update.get_bot().send_message(update.effective_chat.id, text, parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        logger.warning("could not tell chat %s about an error: %s", update.effective_chat.id, exc)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log first, then tell the user, then the admins."""
    error = context.error
    if isinstance(error, QcdcError):
        logger.info("domain error: %s", error)
        await _reply(update, esc(error.user_message))
        return
    if update is None and isinstance(error, NetworkError):
        # polling hiccups: the library retries by itself
        logger.warning("network error while polling: %s", error)
        return
    if isinstance(error, Forbidden):
        # Fix: a user who blocked the bot (or a group that removed it) while a reply was on
        # its way is not a bug: nothing can reach that chat, so no apology attempt (it would
        # fail the same way) and no traceback report to the admins, one log line only.
        chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
        logger.warning("chat %s no longer accepts messages from the bot: %s", chat, error.message)
        return
    logger.error("unhandled error while handling an update", exc_info=error)
    await _reply(update, texts.APOLOGY)
    settings = get_settings(context)
    admins = sorted(a for a in settings.admin_ids if a > 0)   # private chats only, never a group
    if not admins or error is None or not _REPORTS.allow(time.monotonic()):
        return
    redactor = TokenRedactingFilter([settings.telegram_token])
    trace = redactor.redact("".join(traceback.format_exception(error)))[-TRACEBACK_LIMIT:]
    where = ""
    if isinstance(update, Update) and update.effective_chat is not None:
        where = f"chat {update.effective_chat.id}, update {update.update_id}"
    report = texts.ADMIN_ERROR_REPORT.format(where=esc(where), traceback=esc(trace))
    for admin_id in admins:
        try:
            await context.bot.send_message(admin_id, report, parse_mode=ParseMode.HTML)
        except TelegramError as exc:
            logger.warning("could not report the error to admin %s: %s", admin_id, exc)
