"""Handlers everyone can use: /start, /help, questions (with follow-ups), /hanchot.

Each handler is small; engine calls run in a worker thread (`asyncio.to_thread`) so one
slow question does not hold up the others. Domain errors (`QcdcError`) are left to the
error handler, which replies with their Vietnamese `user_message`.
"""
from __future__ import annotations

import asyncio
from datetime import date
from typing import TYPE_CHECKING

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from index import clock, reminders
from index.conversation import Conversation, ask_in_context, unit_first
from index.models import AnswerFocus
from index.question import MAX_QUESTION_CHARS, strip_markup

from . import texts
from .formatting import esc, format_answer, format_stale, format_upcoming
from .keyboards import answer_keyboard
from .sending import reply_long, typing
from .services import get_conversation, get_engine, get_settings, is_bot_admin, question_lock

if TYPE_CHECKING:
    from index.engine import Engine

#: Deadlines listed by /hanchot.
UPCOMING_LIMIT = 10


def clean_question(text: str) -> str:
    """The question without markup tags and surrounding blanks (the reply escapes anyway)."""
    return strip_markup(text).strip()


def today_in(context: ContextTypes.DEFAULT_TYPE) -> date:
    """Today's date in the configured timezone (the product's clock: QCDC_NOW in tests)."""
    return clock.today(get_settings(context).timezone)


def command_argument(message: Message) -> str:
    """The text after the command (`/hoi@bot  câu hỏi` → `câu hỏi`), newlines kept."""
    text = message.text or ""
    for entity in message.entities or ():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[entity.length:].strip()
    return text.partition(" ")[2].strip()


# --------------------------------------------------------------------------- start / help
async def start_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet and explain in two lines."""
    await update.effective_message.reply_text(texts.START)


def help_text(is_admin: bool) -> str:
    """The /help text, built from the same command list as the Telegram menu."""

    def lines(scope: texts.Scope) -> list[str]:
        return [f"/{c.name}{' ' + esc(c.args) if c.args else ''} — {esc(c.description)}"
                for c in texts.commands_for({scope})]

    parts = [texts.HELP_HEADER, *lines(texts.Scope.EVERYWHERE), "",
             texts.HELP_GROUPS_HEADER, *lines(texts.Scope.GROUPS)]
    if is_admin:
        parts += ["", texts.HELP_ADMIN_HEADER, *lines(texts.Scope.ADMIN), texts.HELP_FOOTER_ADMIN]
    parts += ["", texts.HELP_FOOTER]
    return "\n".join(parts)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the commands (admin commands only for admins)."""
    await reply_long(update.effective_message,
                     help_text(is_bot_admin(get_settings(context), update.effective_user)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command we do not know; in groups, stay quiet about commands for other bots."""
    message = update.effective_message
    first = (message.text or "").split(maxsplit=1)[0] if message.text else ""
    _, at, target = first.partition("@")
    if at and target.lower() != (context.bot.username or "").lower():
        return
    if message.chat.type != ChatType.PRIVATE and not at:
        # a bare unknown command in a group may belong to another bot
        return
    await message.reply_text(texts.UNKNOWN_COMMAND)


async def non_text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice… in a private chat: ask for text."""
    await update.effective_message.reply_text(texts.TEXT_ONLY)


# --------------------------------------------------------------------------- questions
def _follow_up(conversation: Conversation, message: Message, bot_id: int) -> AnswerFocus | None:
    """The focus of the answer this question follows: the bot answer it replies to, or
    else (private chats only) the chat's last answer within the follow-up window."""
    replied = message.reply_to_message
    context = None
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        context = conversation.context_of(message.chat_id, replied.message_id)
    elif message.chat.type == ChatType.PRIVATE:
        context = conversation.recent_context(message.chat_id, now=clock.now())
    return context.focus if context is not None else None


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Ask the engine (in the context of the answer this follows, for the chat's unit) and
    reply with the answer, its sources and the buttons; remember what the answer was about."""
    message = update.effective_message
    question = clean_question(question)
    if not question:
        await message.reply_text(texts.EMPTY_QUESTION)
        return
    if len(question) > MAX_QUESTION_CHARS:
        await message.reply_text(texts.QUESTION_TOO_LONG.format(length=len(question), limit=MAX_QUESTION_CHARS))
        return
    engine, conversation = get_engine(context), get_conversation(context)
    user = update.effective_user
    user_id = user.id if user else None
    async with question_lock(context, message.chat_id):
        async with typing(context.bot, message.chat_id):
            follow_up = await asyncio.to_thread(_follow_up, conversation, message, context.bot.id)
            unit = await asyncio.to_thread(conversation.unit_for, message.chat_id, user_id)
            answer = await asyncio.to_thread(ask_in_context, engine, question, follow_up=follow_up, unit=unit,
                                             chat_id=message.chat_id, user_id=user_id)
        sent = await reply_long(message, format_answer(answer), reply_markup=answer_keyboard(answer))
        if answer.focus is not None:
            for part in sent:   # a reply under any part of the answer follows it up
                await asyncio.to_thread(conversation.remember_answer, part.chat_id, part.message_id, answer.focus,
                                        user_id=user_id, question_id=answer.question_id, now=clock.now())


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hoi <câu hỏi>."""
    await answer_question(update, context, command_argument(update.effective_message))


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat any text is a question."""
    await answer_question(update, context, update.effective_message.text or "")


def _addressed_question(message: Message, bot_id: int, username: str) -> str | None:
    """The question in a group message if it mentions or replies to the bot, else None."""
    text = message.text or ""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    handle = f"@{username}".lower() if username else None
    found = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    for entity, piece in found.items():
        if (entity.type == MessageEntity.MENTION and handle and piece.lower() == handle) or \
                (entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id):
            return text.replace(piece, " ", 1).strip()
    return None


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups, answer only messages that mention the bot or reply to it."""
    question = _addressed_question(update.effective_message, context.bot.id, context.bot.username or "")
    if question is not None:
        await answer_question(update, context, question)


# --------------------------------------------------------------------------- deadlines
def _deadlines_text(engine: Engine, today: date, keyword: str | None, unit: str | None) -> str:
    """/hanchot body, the chat's unit first (runs in a worker thread: several engine calls)."""
    upcoming = unit_first(reminders.upcoming_deadlines(engine, today, keyword), unit)[:UPCOMING_LIMIT]
    if upcoming:
        return format_upcoming(upcoming, today, keyword)
    if keyword and reminders.has_future_deadlines(engine, today):
        return texts.UPCOMING_NONE_FOR_KEYWORD.format(keyword=esc(keyword))
    newest = engine.newest_document()
    if newest is None:
        return texts.NO_DOCUMENTS
    reference = engine.deadlines(document_id=newest.id, dated_only=True)[:UPCOMING_LIMIT]
    return format_stale(newest, today, reference)


async def deadlines_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hanchot [từ khóa]: upcoming deadlines, or say that every known one is past."""
    keyword = command_argument(update.effective_message)[:100] or None
    unit = await asyncio.to_thread(get_conversation(context).unit_of, update.effective_message.chat_id)
    text = await asyncio.to_thread(_deadlines_text, get_engine(context), today_in(context), keyword, unit)
    await reply_long(update.effective_message, text)
