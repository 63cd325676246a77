"""The buttons under answers: "Xem nguồn", "📎 Văn bản gốc", 👍/👎 and the 👎 reasons,
plus the router that sends every button press to its handler.

Callback data is parsed strictly (`keyboards.parse_press`): a press that does not parse,
or that names something that no longer exists, is answered with a short notice and
changes nothing. Feedback counts only from the user who asked the question.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from telegram import CallbackQuery, Message, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from index.conversation import original_document
from index.models import Source

from . import admin_handlers, reminder_buttons, texts
from .formatting import MESSAGE_LIMIT, document_name, esc
from .keyboards import Action, ButtonPress, parse_press, reason_rows, state_button, without_feedback
from .services import get_conversation, get_engine

if TYPE_CHECKING:
    from telegram import InlineKeyboardMarkup

    from index.engine import Engine

logger = logging.getLogger("qcdc.bot")

#: Characters of a passage shown by "Xem nguồn" (one message; the whole plan is one tap away).
PASSAGE_LIMIT = 3000


def _reply_to(query: CallbackQuery) -> ReplyParameters | None:
    message = query.message
    if isinstance(message, Message):
        return ReplyParameters(message.message_id, allow_sending_without_reply=True)
    return None


def capped_passage(source: Source, limit: int = PASSAGE_LIMIT) -> str:
    """The passage behind a source in one message: header, then the text cut at a word."""
    header = texts.PASSAGE_HEADER.format(
        citation=esc(document_name(source.citation, source.title)),
        section=esc(source.section or texts.SOURCE_SECTION_NONE))
    text = source.text.strip()
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[:cut if cut > limit // 2 else limit].rstrip() + "\n" + texts.PASSAGE_CUT
    body = f"{header}\n\n{esc(text)}"
    return body[:MESSAGE_LIMIT]


async def _show_source(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, press: ButtonPress) -> None:
    source = await asyncio.to_thread(get_engine(context).get_source, press.target)
    if source is None:
        await query.answer(texts.SOURCE_GONE, show_alert=True)
        return
    await query.answer()
    await context.bot.send_message(query.message.chat.id, capped_passage(source), parse_mode=ParseMode.HTML,
                                   reply_parameters=_reply_to(query))


def _read_original(engine: Engine, document_id: int) -> tuple[bytes, str, str] | None:
    found = original_document(engine, document_id)
    if found is None:
        return None
    path, info = found
    return path.read_bytes(), info.filename, info.citation or info.title


async def _send_original(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, press: ButtonPress) -> None:
    original = await asyncio.to_thread(_read_original, get_engine(context), press.target)
    if original is None:
        await query.answer(texts.ORIGINAL_GONE, show_alert=True)
        return
    content, filename, citation = original
    await query.answer()
    await context.bot.send_document(query.message.chat.id, document=content, filename=filename,
                                    caption=esc(citation)[:1000], parse_mode=ParseMode.HTML,
                                    reply_parameters=_reply_to(query))


async def _may_rate(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, question_id: int) -> bool:
    """Only the asker rates an answer, in the chat where it was asked."""
    asker = await asyncio.to_thread(get_conversation(context).question_asker, question_id)
    if asker is None:
        await query.answer(texts.FEEDBACK_UNKNOWN)
        return False
    chat_id, user_id = asker
    if user_id != query.from_user.id or (chat_id is not None and chat_id != query.message.chat.id):
        await query.answer(texts.FEEDBACK_NOT_YOURS, show_alert=True)
        return False
    return True


async def _edit_keyboard(query: CallbackQuery, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await query.edit_message_reply_markup(reply_markup=markup)
    except BadRequest as exc:   # "message is not modified" when pressed twice: harmless
        logger.debug("keyboard not edited: %s", exc)


async def _feedback(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, press: ButtonPress) -> None:
    if not await _may_rate(query, context, press.target):
        return
    await asyncio.to_thread(get_engine(context).record_feedback, press.target, press.vote, query.from_user.id)
    await query.answer(texts.FEEDBACK_THANKS)
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    replacement = reason_rows(press.target) if press.vote < 0 else [[state_button(texts.FEEDBACK_DONE)]]
    await _edit_keyboard(query, without_feedback(markup, replacement))
    if press.vote < 0:
        await context.bot.send_message(query.message.chat.id, texts.FEEDBACK_ASK_REASON,
                                       reply_parameters=_reply_to(query))


async def _reason(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, press: ButtonPress) -> None:
    if not await _may_rate(query, context, press.target):
        return
    await asyncio.to_thread(get_conversation(context).record_reason, press.target, query.from_user.id,
                            press.reason)
    await query.answer(texts.FEEDBACK_REASON_THANKS)
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    await _edit_keyboard(query, without_feedback(markup, [[state_button(texts.FEEDBACK_DONE)]]))


_HANDLERS = {
    Action.SOURCE: _show_source,
    Action.ORIGINAL: _send_original,
    Action.FEEDBACK: _feedback,
    Action.REASON: _reason,
    Action.SUBMITTED: reminder_buttons.mark_submitted,
    Action.SNOOZE: reminder_buttons.snooze,
    Action.DELETE: admin_handlers.confirm_delete,
}


async def button_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every inline button: parse strictly, then hand the press to its handler."""
    query = update.callback_query
    press = parse_press(query.data)
    if press is None or query.message is None or query.from_user is None:
        if query.data and query.data != "noop":
            logger.info("ignored a button press with unknown data")
        await query.answer(texts.BUTTON_STALE if query.data != "noop" else None)
        return
    await _HANDLERS[press.action](query, context, press)
