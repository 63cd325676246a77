"""/nhacviec, /huynhac, /gionhac (group admins) and the membership events that end or
move a group's subscription."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from index import reminders

from . import texts
from .formatting import document_name, esc, fmt_date
from .handlers import command_argument, today_in
from .reminder_jobs import schedule_chat, unschedule_chat
from .sending import reply_long
from .services import get_conversation, get_engine, get_settings, is_bot_admin

if TYPE_CHECKING:
    from datetime import date

    from index.config import Settings
    from index.engine import Engine

logger = logging.getLogger("qcdc.bot")

_MANAGER_STATUSES = {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


async def may_manage_reminders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Group admins (checked with getChatMember), bot admins, anonymous admins posting as
    the group, and anyone in a private chat may change a chat's reminders."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat.type == ChatType.PRIVATE or is_bot_admin(get_settings(context), user):
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True
    if user is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as exc:
        logger.warning("getChatMember failed in %s: %s", chat.id, exc)
        return False
    return member.status in _MANAGER_STATUSES


def _subscribed_text(engine: Engine, sub: reminders.Subscription, settings: Settings, today: date) -> str:
    """Confirmation for /nhacviec with the next deadline or the stale notice (thread)."""
    offsets = ", ".join(str(o) for o in settings.remind_offsets)
    lines = [texts.SUBSCRIBED.format(time=esc(sub.remind_time), offsets=esc(offsets))]
    if sub.keyword:
        lines.append(texts.SUBSCRIBED_FILTER.format(keyword=esc(sub.keyword)))
    upcoming = reminders.upcoming_deadlines(engine, today, sub.keyword, limit=1)
    if upcoming:
        d = upcoming[0]
        lines.append(texts.SUBSCRIBED_NEXT.format(date=fmt_date(d.date), what=esc(d.what),
                                                  citation=esc(document_name(d.citation, None))))
    elif not reminders.has_future_deadlines(engine, today):
        lines.append("")
        lines.extend(esc(line) for line in reminders.stale_notice_lines(engine.newest_document(), today))
    return "\n".join(lines)


async def subscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/nhacviec [từ khóa]: daily reminders for this chat."""
    message = update.effective_message
    if not await may_manage_reminders(update, context):
        await message.reply_text(texts.GROUP_ADMIN_ONLY)
        return
    engine, settings = get_engine(context), get_settings(context)
    keyword = command_argument(message)[:100] or None
    if keyword is None and message.chat.type == ChatType.PRIVATE:
        # in a private chat the reminders are for the user's own unit
        keyword = await asyncio.to_thread(get_conversation(context).unit_of, message.chat_id)
    sub = await asyncio.to_thread(engine.reminders.subscribe, message.chat_id, keyword,
                                  remind_time=settings.remind_time)
    schedule_chat(context.job_queue, sub, settings.timezone)
    text = await asyncio.to_thread(_subscribed_text, engine, sub, settings, today_in(context))
    await reply_long(message, text)


async def unsubscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/huynhac: stop this chat's reminders."""
    message = update.effective_message
    if not await may_manage_reminders(update, context):
        await message.reply_text(texts.GROUP_ADMIN_ONLY)
        return
    removed = await asyncio.to_thread(get_engine(context).reminders.unsubscribe, message.chat_id)
    unschedule_chat(context.job_queue, message.chat_id)
    await message.reply_text(texts.UNSUBSCRIBED if removed else texts.NOT_SUBSCRIBED)


async def set_time_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/gionhac HH:MM: move this chat's daily reminder."""
    message = update.effective_message
    settings = get_settings(context)
    if not await may_manage_reminders(update, context):
        await message.reply_text(texts.GROUP_ADMIN_ONLY)
        return
    try:
        hhmm = reminders.parse_time(command_argument(message))
    except ValueError:
        await message.reply_text(texts.TIME_USAGE)
        return
    service = get_engine(context).reminders
    before = await asyncio.to_thread(service.get_subscription, message.chat_id)
    sub = await asyncio.to_thread(service.set_time, message.chat_id, hhmm)
    schedule_chat(context.job_queue, sub, settings.timezone)
    text = texts.TIME_SET.format(time=esc(sub.remind_time))
    if before is None or not before.active:
        text += "\n" + texts.TIME_SET_SUBSCRIBED
    await message.reply_text(text)


async def chat_migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: its subscription follows it to the new id."""
    message = update.effective_message
    old_id, new_id = message.chat_id, message.migrate_to_chat_id
    if not new_id:
        return
    sub = await asyncio.to_thread(get_engine(context).reminders.migrate_chat, old_id, new_id)
    unschedule_chat(context.job_queue, old_id)
    if sub is not None and sub.active:
        schedule_chat(context.job_queue, sub, get_settings(context).timezone)


_GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
#: Telegram reports the bot's arrival twice (my_chat_member and a "new members" message):
#: one welcome per group within this many seconds.
WELCOME_ONCE_SECONDS = 300.0
WELCOMED_KEY = "welcomed"


async def welcome_group(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    """The short welcome when the bot joins a group (how to ask, /hoi, /nhacviec)."""
    welcomed: dict[int, float] = context.application.bot_data.setdefault(WELCOMED_KEY, {})
    now = time.monotonic()
    if now - welcomed.get(chat_id, -WELCOME_ONCE_SECONDS) < WELCOME_ONCE_SECONDS:
        return
    welcomed[chat_id] = now
    await context.bot.send_message(chat_id, texts.WELCOME_GROUP.format(username=esc(context.bot.username or "")))


async def bot_added_to_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A "new members" service message that lists the bot itself."""
    message = update.effective_message
    if any(member.id == context.bot.id for member in message.new_chat_members or ()):
        await welcome_group(context, message.chat_id)


async def bot_membership_changed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was added to a group: a short welcome. Removed from (or blocked in) a chat:
    drop its subscription."""
    change = update.my_chat_member
    if change is None:
        return
    if change.old_chat_member.status in _GONE and change.new_chat_member.status not in _GONE \
            and change.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        await welcome_group(context, change.chat.id)
        return
    if change.new_chat_member.status in _GONE:
        chat_id = change.chat.id
        await asyncio.to_thread(get_engine(context).reminders.unsubscribe, chat_id)
        unschedule_chat(context.job_queue, chat_id)
        logger.info("bot removed from chat %s; reminders stopped", chat_id)
