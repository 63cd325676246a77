"""A status message that follows the OCR of a scan page by page ("trang 3/12")."""
from __future__ import annotations

import asyncio
import logging
import time

from telegram import Message
from telegram.error import TelegramError

from . import texts

logger = logging.getLogger("qcdc.bot")

#: Telegram limits edits of one message; one edit a second is well inside it.
EDIT_INTERVAL_SECONDS = 1.0


class StatusEditor:
    """A progress callback, called from the worker thread that reads the pages, that edits
    one status message in the bot's event loop (at most once a second, always at the end)."""

    def __init__(self, status: Message, loop: asyncio.AbstractEventLoop) -> None:
        self.status = status
        self.loop = loop
        self.last_edit = 0.0

    def __call__(self, page: int, pages: int) -> None:
        now = time.monotonic()
        if page < pages and now - self.last_edit < EDIT_INTERVAL_SECONDS:
            return
        self.last_edit = now
        text = texts.SCAN_INDEXING.format(pages=pages) if page >= pages else \
            texts.SCAN_PROGRESS.format(page=page, pages=pages)
        asyncio.run_coroutine_threadsafe(self._edit(text), self.loop)

    async def _edit(self, text: str) -> None:
        try:
            await self.status.edit_text(text)
        except TelegramError as exc:   # cosmetic: the result message still follows
            logger.debug("status edit failed: %s", exc)
