"""Sending helpers: long messages in parts, and the "typing…" indicator while working."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import AsyncIterator

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import ChatMigrated, TelegramError

from .formatting import split_message

logger = logging.getLogger("qcdc.bot")

#: Telegram shows a chat action for about 5 seconds; refresh it a little sooner.
TYPING_REFRESH_SECONDS = 4.0


async def reply_long(message: Message, text: str, *,
                     reply_markup: InlineKeyboardMarkup | None = None) -> list[Message]:
    """Answer a message with `text` split under the size limit; the keyboard goes on the
    last part. In groups the first part replies to the question so the thread is clear."""
    quote = None
    if message.chat.type != "private":
        quote = ReplyParameters(message.message_id, allow_sending_without_reply=True)
    parts = split_message(text)
    sent = []
    chat_id = message.chat_id
    for i, part in enumerate(parts):
        kwargs = dict(parse_mode=ParseMode.HTML, reply_markup=reply_markup if i == len(parts) - 1 else None,
                      reply_parameters=quote if i == 0 else None)
        try:
            sent.append(await message.get_bot().send_message(chat_id, part, **kwargs))
        except ChatMigrated as exc:
            # Fix: a group upgraded to a supergroup while its question was being answered
            # (400 with migrate_to_chat_id) used to lose the answer (error handler, apology
            # to the dead chat id). Send it, and any later parts, to the new chat instead;
            # the quoted message id belongs to the old chat, so no quote there.
            chat_id = int(exc.new_chat_id)
            logger.warning("chat %s migrated to %s; answering there", message.chat_id, chat_id)
            sent.append(await message.get_bot().send_message(chat_id, part, **{**kwargs, "reply_parameters": None}))
    return sent


async def send_long(bot: Bot, chat_id: int, text: str, *,
                    reply_markup: InlineKeyboardMarkup | None = None,
                    read_timeout: float | None = None, sent: list[Message] | None = None) -> list[Message]:
    """Send `text` to a chat in parts under the size limit. `read_timeout` overrides how
    long to wait for Telegram's answer; `sent`, when given, receives each part as it is
    confirmed, so a caller whose send failed half-way knows what already arrived."""
    parts = split_message(text)
    sent = [] if sent is None else sent
    for i, part in enumerate(parts):
        sent.append(await bot.send_message(
            chat_id, part, parse_mode=ParseMode.HTML,
            reply_markup=reply_markup if i == len(parts) - 1 else None, read_timeout=read_timeout))
    return sent


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block ends (failures are only logged)."""

    async def keep_typing() -> None:
        while True:
            try:
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            except TelegramError as exc:
                logger.debug("chat action failed in %s: %s", chat_id, exc)
            await asyncio.sleep(TYPING_REFRESH_SECONDS)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
