"""/suahan: an admin corrects a duty the reader got wrong (issue #11).

    /suahan <mã> <số> ngay 12/06/2025      date of duty <số> (numbered as in the upload reply)
    /suahan <mã> <số> ai <đơn vị>          who
    /suahan <mã> <số> viec <nội dung>      what
    /suahan <mã> <số> gui <nơi nhận>       to whom
    /suahan <mã> <số> xoa                  delete it
    /suahan <mã> them 15/12/2025 <nội dung> add a missing one

Corrections are stored against the file and survive a reindex of it (index/corrections.py).
"""
from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import date

from telegram import Update
from telegram.ext import ContextTypes

from index.vietnamese import fold

from . import texts
from .formatting import deadline_lines, esc
from .handlers import command_argument
from .sending import reply_long
from .services import get_engine, get_settings, is_bot_admin

_FIELDS = {"ngay": "due_on", "ai": "who", "viec": "what", "gui": "to_whom", "noinhan": "to_whom"}
_DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$|^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class CorrectionRequest:
    """A parsed /suahan: which duty, what to do, the new values (None: unchanged)."""

    document_id: int
    number: int | None
    action: str                      # "edit", "delete", "add"
    due_on: date | None = None
    who: str | None = None
    what: str | None = None
    to_whom: str | None = None


def _date(text: str) -> date | None:
    m = _DATE_RE.match(text.strip())
    if not m:
        return None
    d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def parse_correction(argument: str) -> CorrectionRequest | None:
    """The request a /suahan argument states, or None when it does not parse."""
    parts = argument.split(maxsplit=3)
    if len(parts) < 3 or not (parts[0].isascii() and parts[0].isdigit() and len(parts[0]) <= 12):
        return None
    doc = int(parts[0])
    if fold(parts[1]) == "them":
        rest = argument.split(maxsplit=3)[2:]
        when = _date(rest[0]) if rest else None
        what = rest[1].strip() if len(rest) > 1 else ""
        return CorrectionRequest(doc, None, "add", due_on=when, what=what) if when and what else None
    if not (parts[1].isascii() and parts[1].isdigit() and len(parts[1]) <= 4):
        return None
    number, field = int(parts[1]), fold(parts[2]).replace(" ", "")
    if field in ("xoa",):
        return CorrectionRequest(doc, number, "delete")
    name = _FIELDS.get(field)
    value = parts[3].strip() if len(parts) > 3 else ""
    if name is None or not value or len(value) > 300:
        return None
    if name == "due_on":
        when = _date(value)
        return CorrectionRequest(doc, number, "edit", due_on=when) if when else None
    return CorrectionRequest(doc, number, "edit", **{name: value})


async def correct_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/suahan: fix, delete or add a duty of a document (admins only)."""
    message = update.effective_message
    if not is_bot_admin(get_settings(context), update.effective_user):
        await message.reply_text(texts.ADMIN_ONLY)
        return
    request = parse_correction(command_argument(message))
    if request is None:
        await message.reply_text(texts.CORRECT_USAGE)
        return
    engine = get_engine(context)
    items = await asyncio.to_thread(
        engine.correct_deadline, request.document_id, request.number, action=request.action,
        user_id=update.effective_user.id if update.effective_user else None,
        due_on=request.due_on, who=request.who, what=request.what, to_whom=request.to_whom)
    lines = [texts.CORRECT_DONE.format(id=request.document_id)]
    for number, d in enumerate((d for d in items if d.date), 1):
        first, *rest = deadline_lines(d)
        lines.extend([f"{number}. {first}", *rest])
    await reply_long(message, "\n".join(lines) if len(lines) > 1 else esc(texts.CORRECT_DONE_EMPTY))
