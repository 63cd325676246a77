"""The one error handler: domain errors become their Vietnamese message; anything else is
logged, apologised for to the user, and reported to the admins with the traceback."""
from __future__ import annotations

import logging
import traceback

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
    if not settings.admin_ids or error is None:
        return
    redactor = TokenRedactingFilter([settings.telegram_token])
    trace = redactor.redact("".join(traceback.format_exception(error)))[-TRACEBACK_LIMIT:]
    where = ""
    if isinstance(update, Update) and update.effective_chat is not None:
        where = f"chat {update.effective_chat.id}, update {update.update_id}"
    report = texts.ADMIN_ERROR_REPORT.format(where=esc(where), traceback=esc(trace))
    for admin_id in settings.admin_ids:
        try:
            await context.bot.send_message(admin_id, report, parse_mode=ParseMode.HTML)
        except TelegramError as exc:
            logger.warning("could not report the error to admin %s: %s", admin_id, exc)
