"""Admins add a plan by sending a photo of it.

Telegram photos arrive compressed, so they are read less surely than an image or a PDF
sent as a file; the reply then suggests sending the file. Scans sent as files go through
`admin_handlers.document_upload`; both share its upload queue and status message.
"""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from index.reading import MAX_FILE_BYTES

from . import texts
from .admin_handlers import queued_upload
from .formatting import format_ingest_report
from .sending import reply_long
from .services import get_settings, is_bot_admin


async def photo_upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo in a private chat: admins add the plan it shows; others are refused."""
    message = update.effective_message
    if not is_bot_admin(get_settings(context), update.effective_user):
        await message.reply_text(texts.NOT_ADMIN_UPLOAD)
        return
    photo = message.photo[-1]            # Telegram lists the sizes smallest first
    if photo.file_size and photo.file_size > MAX_FILE_BYTES:
        await message.reply_text(texts.UPLOAD_TOO_BIG.format(size=f"{photo.file_size / 2**20:.1f}"))
        return
    name = f"anh-chup-{photo.file_unique_id}.jpg"
    report = await queued_upload(update, context, photo, name, texts.SCAN_RECEIVED)
    if report is None:
        return
    reply = format_ingest_report(report)
    if report.scan is not None and (report.scan.low_confidence_pages or report.scan.unreadable_pages):
        reply += "\n" + texts.SCAN_PHOTO_TIP
    await reply_long(message, reply)
