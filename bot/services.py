"""The services kept in `bot_data` (built once in `post_init`) and typed access to them."""
from __future__ import annotations

import asyncio
import weakref
from typing import TYPE_CHECKING

from telegram import User
from telegram.ext import ContextTypes

from index.config import Settings

from index.conversation import Conversation

if TYPE_CHECKING:  # pragma: no cover
    from index.engine import Engine

ENGINE_KEY = "engine"
SETTINGS_KEY = "settings"
CONVERSATION_KEY = "conversation"
QUESTION_LOCKS_KEY = "question_locks"


def get_engine(context: ContextTypes.DEFAULT_TYPE) -> "Engine":
    """The one Engine of this process."""
    return context.application.bot_data[ENGINE_KEY]


def get_conversation(context: ContextTypes.DEFAULT_TYPE) -> Conversation:
    """Follow-up contexts, units, "Đã nộp" marks and feedback reasons."""
    return context.application.bot_data[CONVERSATION_KEY]


def question_lock(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> asyncio.Lock:
    """One question at a time per chat (updates are handled concurrently): a follow-up sent
    while the answer it follows is still going out waits until that answer is remembered.
    A chat's lock lives only while a question of that chat holds or awaits it."""
    locks = context.application.bot_data.setdefault(QUESTION_LOCKS_KEY, weakref.WeakValueDictionary())
    lock = locks.get(chat_id)
    if lock is None:
        lock = locks[chat_id] = asyncio.Lock()
    return lock


def get_settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    """The settings the bot was started with."""
    return context.application.bot_data[SETTINGS_KEY]


def is_bot_admin(settings: Settings, user: User | None) -> bool:
    """True for users listed in QCDC_ADMIN_IDS (user ids are positive; a group id listed
    there by mistake never makes anyone an admin)."""
    return user is not None and user.id > 0 and user.id in settings.admin_ids
