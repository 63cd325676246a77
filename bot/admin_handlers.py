"""Admin-only: /reindex, /tailieu, /xoa (with confirmation), /thongke and adding plans by
sending files (queued: several files in a row are added one after the other)."""
from __future__ import annotations

import asyncio
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from telegram import CallbackQuery, Document, Message, PhotoSize, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from index.errors import DocumentNotFoundError
from index.reading import MAX_FILE_BYTES, SUPPORTED_SUFFIXES

from . import texts
from .background import run_long
from .formatting import esc, format_documents, format_ingest_report, format_reindex, format_stats
from .handlers import command_argument
from .keyboards import ButtonPress, delete_confirmation
from .progress_status import StatusEditor
from .sending import reply_long, typing
from .services import get_conversation, get_engine, get_settings, is_bot_admin

if TYPE_CHECKING:
    from index.engine import Engine
    from index.library import DocumentInfo, IngestReport

logger = logging.getLogger("qcdc.bot")

UPLOAD_QUEUE_KEY = "upload_queue"


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
        report = await run_long(get_engine(context).reindex)
    await reply_long(message, format_reindex(report))


async def documents_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/tailieu: id, citation, year, chunk and deadline counts of every document."""
    if not await _require_admin(update, context):
        return
    documents = await asyncio.to_thread(get_engine(context).list_documents)
    await reply_long(update.effective_message, format_documents(documents))


def _find_document(engine: Engine, document_id: int) -> DocumentInfo | None:
    return next((d for d in engine.list_documents() if d.id == document_id), None)


async def delete_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/xoa <id>: ask for confirmation with buttons before removing a document."""
    if not await _require_admin(update, context):
        return
    message = update.effective_message
    argument = command_argument(message)
    if not (argument.isascii() and argument.isdigit() and len(argument) <= 12):
        await message.reply_text(texts.DELETE_USAGE)
        return
    info = await asyncio.to_thread(_find_document, get_engine(context), int(argument))
    if info is None:
        raise DocumentNotFoundError(argument)
    await message.reply_text(texts.DELETE_CONFIRM.format(citation=esc(info.citation or info.title), id=info.id),
                             reply_markup=delete_confirmation(info.id))


async def confirm_delete(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, press: ButtonPress) -> None:
    """The "Xóa" / "Hủy" buttons of /xoa (bot admins only): remove the document (its file
    is kept under data/removed) or leave it."""
    if not is_bot_admin(get_settings(context), query.from_user):
        await query.answer(texts.ADMIN_ONLY, show_alert=True)
        return
    await query.answer()
    if press.argument != "y":
        await query.edit_message_text(texts.DELETE_CANCELLED)
        return
    try:
        info = await asyncio.to_thread(get_engine(context).remove_document, press.target)
    except DocumentNotFoundError as exc:
        await query.edit_message_text(esc(exc.user_message))
        return
    await query.edit_message_text(texts.DELETED.format(citation=esc(info.citation or info.title), id=info.id))


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/thongke: questions asked, unanswered, feedback and its reasons, corpus size, subscribed chats."""
    if not await _require_admin(update, context):
        return
    engine = get_engine(context)
    stats = await asyncio.to_thread(engine.stats)
    subs = await asyncio.to_thread(engine.reminders.list_subscriptions)
    reasons = await asyncio.to_thread(get_conversation(context).reason_counts)
    text = format_stats(stats, len(subs)) + "\n" + texts.STATS_REASONS.format(
        **{reason.value: count for reason, count in reasons.items()})
    await reply_long(update.effective_message, text)


class UploadQueue:
    """Files sent in a row are added one after the other, each reported (the engine adds
    one document at a time; a second one at once used to be refused as "busy")."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.waiting = 0


def _upload_queue(context: ContextTypes.DEFAULT_TYPE) -> UploadQueue:
    return context.application.bot_data.setdefault(UPLOAD_QUEUE_KEY, UploadQueue())


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
    report = await queued_upload(update, context, document, name, texts.UPLOAD_RECEIVED.format(name=esc(name)))
    if report is not None:
        await reply_long(message, format_ingest_report(report))


async def queued_upload(update: Update, context: ContextTypes.DEFAULT_TYPE, attachment: Document | PhotoSize,
                        name: str, received: str) -> IngestReport | None:
    """Wait for the upload queue, then download and add the attachment; the status message
    (`received`, or the queue position) then follows a scan's OCR page by page. None if
    the download failed."""
    message = update.effective_message
    queue = _upload_queue(context)
    ahead = queue.waiting + int(queue.lock.locked())
    queue.waiting += 1          # counted before any await, so the next file sees it
    entered = False
    try:
        if ahead:
            status = await message.reply_text(texts.UPLOAD_QUEUED.format(name=esc(name), position=ahead + 1))
        else:
            status = await message.reply_text(received)
        async with queue.lock:
            queue.waiting, entered = queue.waiting - 1, True
            return await _download_and_add(update, context, attachment, name, status)
    finally:
        if not entered:   # failed or cancelled (shutdown) while waiting
            queue.waiting -= 1


async def _download_and_add(update: Update, context: ContextTypes.DEFAULT_TYPE, attachment: Document | PhotoSize,
                            name: str, status: Message) -> IngestReport | None:
    """Download the file and add it (in a long-work thread); None if the download failed."""
    message = update.effective_message
    engine = get_engine(context)
    with tempfile.TemporaryDirectory(prefix="qcdc-upload-") as tmp:
        path = Path(tmp) / f"upload{Path(name).suffix.lower()}"
        async with typing(context.bot, message.chat_id):
            try:
                telegram_file = await attachment.get_file()
                await telegram_file.download_to_drive(path)
            except TelegramError as exc:
                logger.warning("download of %r failed: %s", name, exc)
                await message.reply_text(texts.UPLOAD_DOWNLOAD_FAILED)
                return None
            progress = StatusEditor(status, asyncio.get_running_loop())   # scans: page i/n
            return await run_long(engine.add_document, path, original_name=name, progress=progress)
