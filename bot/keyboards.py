"""Inline keyboards and the callback data they carry.

Callback data stays far below Telegram's 64-byte limit and is parsed strictly (ASCII
digits only, bounded length): a press whose data does not parse is answered and ignored,
never an error. Kinds:
`src:<chunk>` passage · `doc:<document>` original file · `fb:<question>:<+1|-1>` feedback ·
`fr:<question>:<reason>` 👎 reason · `dn:<obligation>:<YYYYMMDD>` "Đã nộp" ·
`sn:<obligation>:<YYYYMMDD>` remind again tomorrow · `rm:<document>:<y|n>` confirm /xoa ·
`noop` a button that only shows a state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from index.conversation import FeedbackReason
from index.models import Answer
from index.reminders import Digest

from . import texts
from .formatting import fmt_date, shown_sources

#: Plans offered as "Văn bản gốc" under one answer.
MAX_ORIGINALS = 2
#: Ids are SQLite rowids: 12 digits is far more than any corpus and far below int64.
_DATA_RE = re.compile(r"(src|doc|fb|fr|dn|sn|rm):([0-9]{1,12})(?::(\+1|-1|[a-z]{1,8}|[0-9]{8}))?", re.ASCII)
NOOP = "noop"


class Action(Enum):
    """What a button does."""

    SOURCE = "src"
    ORIGINAL = "doc"
    FEEDBACK = "fb"
    REASON = "fr"
    SUBMITTED = "dn"
    SNOOZE = "sn"
    DELETE = "rm"


@dataclass(frozen=True)
class ButtonPress:
    """Parsed callback data: the action, the id it acts on and its one argument."""

    action: Action
    target: int
    argument: str = ""

    @property
    def vote(self) -> int | None:
        """+1 / -1 of a feedback press."""
        return {"+1": 1, "-1": -1}.get(self.argument) if self.action is Action.FEEDBACK else None

    @property
    def day(self) -> date | None:
        """The due date of a "Đã nộp" / snooze press."""
        if len(self.argument) != 8 or not self.argument.isdigit():
            return None
        try:
            return date(int(self.argument[:4]), int(self.argument[4:6]), int(self.argument[6:]))
        except ValueError:
            return None

    @property
    def reason(self) -> FeedbackReason | None:
        """The 👎 reason of a reason press."""
        try:
            return FeedbackReason(self.argument)
        except ValueError:
            return None


def parse_press(data: str | None) -> ButtonPress | None:
    """The press behind callback data, or None if it is malformed (forged or stale)."""
    match = _DATA_RE.fullmatch(data or "")
    if not match:
        return None
    action = Action(match.group(1))
    argument = match.group(3) or ""
    press = ButtonPress(action, int(match.group(2)), argument)
    valid = {
        Action.SOURCE: not argument, Action.ORIGINAL: not argument,
        Action.FEEDBACK: press.vote is not None, Action.REASON: press.reason is not None,
        Action.SUBMITTED: press.day is not None, Action.SNOOZE: press.day is not None,
        Action.DELETE: argument in ("y", "n"),
    }[action]
    return press if valid else None


def _data(action: Action, target: int, argument: str = "") -> str:
    return f"{action.value}:{target}" + (f":{argument}" if argument else "")


def _day(d: date) -> str:
    return d.strftime("%Y%m%d")


def state_button(text: str) -> InlineKeyboardButton:
    """A button that only shows a state (pressing it does nothing)."""
    return InlineKeyboardButton(text, callback_data=NOOP)


# --------------------------------------------------------------------------- answers
def feedback_row(question_id: int) -> list[InlineKeyboardButton]:
    """👍 / 👎 under a logged answer."""
    return [InlineKeyboardButton(texts.BUTTON_UP, callback_data=_data(Action.FEEDBACK, question_id, "+1")),
            InlineKeyboardButton(texts.BUTTON_DOWN, callback_data=_data(Action.FEEDBACK, question_id, "-1"))]


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """"Xem nguồn N", "📎 Văn bản gốc" of the cited plans and, for logged questions, 👍/👎."""
    rows: list[list[InlineKeyboardButton]] = []
    sources = shown_sources(answer) if answer.found else []
    if sources:
        rows.append([InlineKeyboardButton(texts.BUTTON_SOURCE.format(index=i),
                                          callback_data=_data(Action.SOURCE, s.chunk_id))
                     for i, s in enumerate(sources, 1)])
        documents = list(dict.fromkeys(s.document_id for s in sources if s.document_id))[:MAX_ORIGINALS]
        rows.append([InlineKeyboardButton(texts.BUTTON_ORIGINAL if i == 0 else
                                          texts.BUTTON_ORIGINAL_N.format(index=i + 1),
                                          callback_data=_data(Action.ORIGINAL, doc_id))
                     for i, doc_id in enumerate(documents)])
    if answer.question_id:
        rows.append(feedback_row(answer.question_id))
    return InlineKeyboardMarkup([r for r in rows if r]) if rows else None


def without_feedback(markup: InlineKeyboardMarkup | None, replacement: list[list[InlineKeyboardButton]]
                     ) -> InlineKeyboardMarkup:
    """The keyboard with its feedback row(s) replaced (after a vote)."""
    rows = [list(r) for r in (markup.inline_keyboard if markup else ())
            if not any((b.callback_data or "").startswith(("fb:", "fr:")) for b in r)]
    return InlineKeyboardMarkup(rows + replacement)


def reason_rows(question_id: int) -> list[list[InlineKeyboardButton]]:
    """The 👎 reasons offered after a 👎."""
    return [[InlineKeyboardButton(texts.REASON_LABELS[reason.value], callback_data=_data(Action.REASON, question_id,
                                                                                 reason.value))
             for reason in FeedbackReason]]


# --------------------------------------------------------------------------- reminders
def reminder_keyboard(digest: Digest) -> InlineKeyboardMarkup | None:
    """One row per deadline of a reminder: "✅ Đã nộp" and "Nhắc lại ngày mai"."""
    rows = []
    for item in digest.items:
        d = item.deadline
        if d.date is None or not d.obligation_id:
            continue
        rows.append([
            InlineKeyboardButton(texts.BUTTON_SUBMITTED.format(date=fmt_date(d.date)[:5]),
                                 callback_data=_data(Action.SUBMITTED, d.obligation_id, _day(d.date))),
            InlineKeyboardButton(texts.BUTTON_SNOOZE,
                                 callback_data=_data(Action.SNOOZE, d.obligation_id, _day(d.date))),
        ])
    return InlineKeyboardMarkup(rows) if rows else None


def replace_row(markup: InlineKeyboardMarkup | None, data_prefix: str,
                replacement: list[InlineKeyboardButton]) -> InlineKeyboardMarkup | None:
    """The keyboard with the row holding a button whose data starts with `data_prefix` replaced."""
    if markup is None:
        return None
    rows = [replacement if any((b.callback_data or "").startswith(data_prefix) for b in r) else list(r)
            for r in markup.inline_keyboard]
    return InlineKeyboardMarkup(rows)


# --------------------------------------------------------------------------- admin
def delete_confirmation(document_id: int) -> InlineKeyboardMarkup:
    """"Xóa" / "Hủy" under /xoa's question."""
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(texts.BUTTON_DELETE_YES, callback_data=_data(Action.DELETE, document_id, "y")),
        InlineKeyboardButton(texts.BUTTON_DELETE_NO, callback_data=_data(Action.DELETE, document_id, "n")),
    ]])
