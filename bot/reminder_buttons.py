"""The buttons under each deadline of a reminder: "✅ Đã nộp" (any member of the chat may
press it; the deadline leaves the chat's later reminders) and "🔁 Nhắc lại ngày mai"."""
from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING

from telegram import CallbackQuery, Message
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from index.models import Deadline

from . import texts
from .formatting import fmt_date
from .handlers import today_in
from .keyboards import ButtonPress, replace_row, state_button
from .services import get_conversation, get_engine

if TYPE_CHECKING:
    from index.engine import Engine


def _find_deadline(engine: Engine, obligation_id: int) -> Deadline | None:
    return next((d for d in engine.deadlines(dated_only=True) if d.obligation_id == obligation_id), None)


async def _pressed_deadline(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE,
                            press: ButtonPress) -> Deadline | None:
    """The deadline the button names, if it still exists with that date."""
    deadline = await asyncio.to_thread(_find_deadline, get_engine(context), press.target)
    if deadline is None or deadline.date != press.day:
        await query.answer(texts.DEADLINE_GONE, show_alert=True)
        return None
    return deadline


async def _show_state(query: CallbackQuery, press: ButtonPress, label: str) -> None:
    """Replace the pressed deadline's row by a line saying what happened to it."""
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    edited = replace_row(markup, f"{press.action.value}:{press.target}:", [state_button(label)])
    if edited is None:
        return
    try:
        await query.edit_message_reply_markup(reply_markup=edited)
    except BadRequest:   # pressed twice in a row: "message is not modified"
        pass


async def mark_submitted(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, press: ButtonPress) -> None:
    """"✅ Đã nộp": record it for this chat and show who marked it."""
    deadline = await _pressed_deadline(query, context, press)
    if deadline is None:
        return
    conversation = get_conversation(context)
    chat_id, user = query.message.chat.id, query.from_user
    name = user.full_name or texts.SOMEONE
    fresh = await asyncio.to_thread(conversation.mark_submitted, chat_id, deadline.obligation_id, deadline.date,
                                    user_id=user.id, user_name=name)
    if not fresh:
        earlier = await asyncio.to_thread(conversation.submission, chat_id, deadline.obligation_id, deadline.date)
        name = earlier.user_name if earlier else name
        await query.answer(texts.SUBMITTED_BEFORE.format(name=name))
    else:
        await query.answer(texts.SUBMITTED_TOAST.format(date=fmt_date(deadline.date)))
    await _show_state(query, press, texts.SUBMITTED_STATE.format(name=name, date=fmt_date(deadline.date)[:5]))


async def snooze(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, press: ButtonPress) -> None:
    """"🔁 Nhắc lại ngày mai": the deadline is in this chat's reminder tomorrow too."""
    deadline = await _pressed_deadline(query, context, press)
    if deadline is None:
        return
    tomorrow = today_in(context) + timedelta(days=1)
    await asyncio.to_thread(get_conversation(context).snooze, query.message.chat.id, deadline.obligation_id,
                            deadline.date, tomorrow)
    await query.answer(texts.SNOOZED_TOAST.format(date=fmt_date(tomorrow)))
    await _show_state(query, press, texts.SNOOZED_STATE.format(date=fmt_date(tomorrow)[:5]))
