"""/donvi [tên đơn vị | xoa] (the unit a user or a group works in) and /lich [từ khóa]
(an .ics calendar file of the upcoming deadlines, the chat's unit first)."""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from index import reminders
from index.calendar_export import deadlines_to_ics
from index.conversation import unit_first

from . import texts
from .formatting import esc
from .handlers import command_argument, today_in
from .reminder_handlers import may_manage_reminders
from .sending import reply_long
from .services import get_conversation, get_engine

if TYPE_CHECKING:
    from datetime import date

    from index.conversation import Conversation
    from index.engine import Engine

#: Deadlines put in one calendar file.
CALENDAR_LIMIT = 200


async def unit_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/donvi shows the chat's unit, /donvi <tên> sets it, /donvi xoa clears it. In a
    group only its admins may change it."""
    message = update.effective_message
    conversation = get_conversation(context)
    argument = " ".join(command_argument(message).split())
    whose = texts.UNIT_OF_YOU if message.chat.type == ChatType.PRIVATE else texts.UNIT_OF_GROUP
    if not argument:
        unit = await asyncio.to_thread(conversation.unit_of, message.chat_id)
        text = texts.UNIT_SHOW.format(whose=whose, unit=esc(unit)) if unit else texts.UNIT_NONE.format(whose=whose)
        await message.reply_text(text)
        return
    if not await may_manage_reminders(update, context):
        await message.reply_text(texts.GROUP_ADMIN_ONLY)
        return
    if argument.lower() in texts.UNIT_CLEAR_WORDS:
        await asyncio.to_thread(conversation.clear_unit, message.chat_id)
        await message.reply_text(texts.UNIT_CLEARED.format(whose=whose))
        return
    user = update.effective_user
    unit = await asyncio.to_thread(conversation.set_unit, message.chat_id, argument,
                                   set_by=user.id if user else None)
    await message.reply_text(texts.UNIT_SET.format(whose=whose, unit=esc(unit)))


def _calendar(engine: Engine, conversation: Conversation, chat_id: int, today: date, keyword: str | None) -> tuple[bytes, int]:
    """The .ics bytes and how many deadlines it holds (worker thread)."""
    unit = conversation.unit_of(chat_id)
    deadlines = unit_first(reminders.upcoming_deadlines(engine, today, keyword), unit)[:CALENDAR_LIMIT]
    if not deadlines:
        return b"", 0
    return deadlines_to_ics(deadlines, calendar_name=texts.CALENDAR_NAME), len(deadlines)


async def calendar_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lich [từ khóa]: send the upcoming deadlines as a calendar file."""
    message = update.effective_message
    keyword = command_argument(message)[:100] or None
    content, count = await asyncio.to_thread(_calendar, get_engine(context), get_conversation(context),
                                             message.chat_id, today_in(context), keyword)
    where = texts.UPCOMING_FILTER.format(keyword=esc(keyword)) if keyword else ""
    if not count:
        await reply_long(message, texts.CALENDAR_NONE.format(filter=where))
        return
    await message.reply_document(document=content, filename=texts.CALENDAR_FILE,
                                 caption=texts.CALENDAR_CAPTION.format(count=count, filter=where),
                                 parse_mode=ParseMode.HTML)
