"""Inline keyboards under answers and the callback data they carry.

Callback data stays far below Telegram's 64-byte limit: `src:<chunk_id>` shows a
passage, `fb:<question_id>:<+1|-1>` records feedback.
"""
from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from index.models import Answer

from . import texts
from .formatting import shown_sources

SOURCE_PREFIX = "src:"
FEEDBACK_PREFIX = "fb:"


@dataclass(frozen=True)
class FeedbackData:
    """A parsed 👍/👎 press."""

    question_id: int
    value: int


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """"Show source N" buttons and, for logged questions, 👍/👎."""
    rows: list[list[InlineKeyboardButton]] = []
    sources = shown_sources(answer) if answer.found else []
    if sources:
        rows.append([InlineKeyboardButton(texts.BUTTON_SOURCE.format(index=i),
                                          callback_data=f"{SOURCE_PREFIX}{s.chunk_id}")
                     for i, s in enumerate(sources, 1)])
    if answer.question_id:
        rows.append([
            InlineKeyboardButton(texts.BUTTON_UP, callback_data=f"{FEEDBACK_PREFIX}{answer.question_id}:+1"),
            InlineKeyboardButton(texts.BUTTON_DOWN, callback_data=f"{FEEDBACK_PREFIX}{answer.question_id}:-1"),
        ])
    return InlineKeyboardMarkup(rows) if rows else None


def parse_source(data: str) -> int | None:
    """The chunk id of a `src:` button, or None if malformed."""
    raw = data[len(SOURCE_PREFIX):] if data.startswith(SOURCE_PREFIX) else ""
    return int(raw) if raw.isdigit() else None


def parse_feedback(data: str) -> FeedbackData | None:
    """The question id and ±1 of a `fb:` button, or None if malformed."""
    if not data.startswith(FEEDBACK_PREFIX):
        return None
    qid, _, value = data[len(FEEDBACK_PREFIX):].partition(":")
    if not qid.isdigit() or value not in ("+1", "-1"):
        return None
    return FeedbackData(question_id=int(qid), value=1 if value == "+1" else -1)
