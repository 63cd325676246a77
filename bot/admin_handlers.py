"""Admin-only: /reindex, /tailieu, /xoa, /thongke and adding a plan by sending the file."""
from __future__ import annotations

import asyncio
import logging
import tempfile
from pathlib import Path

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from index import reminders
from index.reading import MAX_FILE_BYTES, SUPPORTED_SUFFIXES

from . import texts
from .formatting import esc, format_documents, format_ingest_report, format_reindex, format_stats
from .handlers import command_argument
from .sending import reply_long, typing
from .services import get_engine, get_settings, is_bot_admin

logger = logging.getLogger("qcdc.bot")


async def _require_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True for bot admins; everyone else is told the command is for admins."""
    if is_bot_admin(get_settings(context), update.effective_user):
        return True
    await update.effective_message.reply_text(texts.ADMIN_ONLY)
    return False


async def reindex_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reindex: re-read the corpus directory (one at a time; IndexBusyError otherwise)."""
    if not await _require_admin(update, context):
        return
    message = update.effective_message
    await message.reply_text(texts.REINDEX_STARTED)
    async with typing(context.bot, message.chat_id):
        report = await asyncio.to_thread(get_engine(context).reindex)
    await reply_long(message, format_reindex(report))


async def documents_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/tailieu: id, citation, year, chunk and deadline counts of every document."""
    if not await _require_admin(update, context):
        return
    documents = await asyncio.to_thread(get_engine(context).list_documents)
    await reply_long(update.effective_message, format_documents(documents))


async def delete_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/xoa <id>: remove a document (its file is kept under data/removed)."""
    if not await _require_admin(update, context):
        return
    message = update.effective_message
    argument = command_argument(message)
    if not argument.isdigit():
        await message.reply_text(texts.DELETE_USAGE)
        return
    info = await asyncio.to_thread(get_engine(context).remove_document, int(argument))
    await message.reply_text(texts.DELETED.format(citation=esc(info.citation or info.title), id=info.id))


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/thongke: questions asked, unanswered, feedback, corpus size, subscribed chats."""
    if not await _require_admin(update, context):
        return
    engine = get_engine(context)
    stats = await asyncio.to_thread(engine.stats)
    subs = await asyncio.to_thread(reminders.list_subscriptions, engine.db)
    await reply_long(update.effective_message, format_stats(stats, len(subs)))


async def document_upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file in a private chat: admins add (or replace) a plan; others are refused and
    nothing is stored. Size and type are checked before downloading."""
    message = update.effective_message
    document = message.document
    if not is_bot_admin(get_settings(context), update.effective_user):
        await message.reply_text(texts.NOT_ADMIN_UPLOAD)
        return
    name = document.file_name or "tai_lieu"
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        await message.reply_text(texts.UPLOAD_WRONG_TYPE.format(name=esc(name)))
        return
    if document.file_size and document.file_size > MAX_FILE_BYTES:
        await message.reply_text(texts.UPLOAD_TOO_BIG.format(size=f"{document.file_size / 2**20:.1f}"))
        return
    await message.reply_text(texts.UPLOAD_RECEIVED.format(name=esc(name)))
    engine = get_engine(context)
    with tempfile.TemporaryDirectory(prefix="qcdc-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        async with typing(context.bot, message.chat_id):
            try:
                telegram_file = await document.get_file()
                await telegram_file.download_to_drive(path)
            except TelegramError as exc:
                logger.warning("download of %r failed: %s", name, exc)
                await message.reply_text(texts.UPLOAD_DOWNLOAD_FAILED)
                return
            report = await asyncio.to_thread(engine.add_document, path, original_name=name)
    await reply_long(message, format_ingest_report(report))
