"""The conversation tables behind one database connection: what each bot answer was
about (for follow-ups), the unit each user or group works in, which deadlines a group
marked as submitted ("Đã nộp"), "remind me tomorrow" requests and the reasons behind a 👎.
The schema is migration m004 in `storage_schema`; the logic using it is in `conversation`.

Tables:
- `answer_contexts(chat_id, message_id, user_id, question_id, focus JSON, answered_at)`
- `chat_units(chat_id PK, unit, set_by, set_at)`: a private chat's id is its user's id
- `submissions(chat_id, obligation_id, due_date, user_id, user_name, marked_at)`
- `snoozes(chat_id, obligation_id, due_date, remind_on)`
- `feedback_reasons(question_id, user_id, reason, at)`
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from typing import TYPE_CHECKING

from . import clock
from .models import AnswerFocus

if TYPE_CHECKING:  # pragma: no cover
    import sqlite_utils

#: A question within this long of an answer in the same private chat follows it up.
FOLLOW_UP_WINDOW = timedelta(minutes=30)
#: Longest unit name kept (a unit is a name, not a paragraph).
MAX_UNIT_CHARS = 120


class FeedbackReason(Enum):
    """Why an answer got 👎 (the button's callback value)."""

    WRONG = "sai"
    INCOMPLETE = "thieu"
    UNCLEAR = "khohieu"


@dataclass(frozen=True)
class SentAnswer:
    """What one bot answer was about: the engine's focus (None when the stored JSON is unreadable)."""

    chat_id: int
    message_id: int
    user_id: int | None
    question_id: int | None
    focus: AnswerFocus | None
    answered_at: datetime


@dataclass(frozen=True)
class Submission:
    """A deadline a chat marked as submitted."""

    chat_id: int
    obligation_id: int
    due_date: str
    user_id: int | None
    user_name: str


def _utc(moment: datetime | None) -> datetime:
    moment = moment or clock.now()
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _iso(moment: datetime | None) -> str:
    return _utc(moment).astimezone(timezone.utc).isoformat(timespec="seconds")


class Conversation:
    """The conversation tables behind one database connection."""

    def __init__(self, db: "sqlite_utils.Database") -> None:
        self._db = db

    # ------------------------------------------------------------------ follow-ups
    def remember_answer(self, chat_id: int, message_id: int, focus: AnswerFocus, *, user_id: int | None = None,
                        question_id: int | None = None, now: datetime | None = None) -> None:
        """Keep what the answer sent as `message_id` in `chat_id` was about."""
        self._db.execute(
            "INSERT OR REPLACE INTO answer_contexts (chat_id, message_id, user_id, question_id, focus,"
            " answered_at) VALUES (?, ?, ?, ?, ?, ?)",
            [chat_id, message_id, user_id, question_id, json.dumps(focus.to_json(), ensure_ascii=False), _iso(now)])

    def _context(self, row: tuple) -> SentAnswer:
        chat_id, message_id, user_id, question_id, focus, at = row
        try:
            data = json.loads(focus)
            # a row written by an older version, or damaged: no context rather than a crash
            read = AnswerFocus.from_json(data) if isinstance(data, dict) and data else None
        except (ValueError, TypeError):
            read = None
        return SentAnswer(chat_id=chat_id, message_id=message_id, user_id=user_id, question_id=question_id,
                             focus=read, answered_at=datetime.fromisoformat(at))

    def context_of(self, chat_id: int, message_id: int) -> SentAnswer | None:
        """The context of the bot answer `message_id` (a reply under it follows it up)."""
        row = self._db.execute(
            "SELECT chat_id, message_id, user_id, question_id, focus, answered_at FROM answer_contexts"
            " WHERE chat_id = ? AND message_id = ?", [chat_id, message_id]).fetchone()
        return self._context(row) if row else None

    def recent_context(self, chat_id: int, *, now: datetime | None = None) -> SentAnswer | None:
        """The chat's latest answer if it is less than `FOLLOW_UP_WINDOW` old."""
        since = _iso(_utc(now) - FOLLOW_UP_WINDOW)
        row = self._db.execute(
            "SELECT chat_id, message_id, user_id, question_id, focus, answered_at FROM answer_contexts"
            " WHERE chat_id = ? AND answered_at >= ? ORDER BY answered_at DESC, message_id DESC LIMIT 1",
            [chat_id, since]).fetchone()
        return self._context(row) if row else None

    # ------------------------------------------------------------------ units
    def set_unit(self, chat_id: int, unit: str, *, set_by: int | None = None, now: datetime | None = None) -> str:
        """Register the unit a user (private chat) or a group works in; returns it as kept."""
        unit = " ".join(unit.split())[:MAX_UNIT_CHARS]
        self._db.execute("INSERT OR REPLACE INTO chat_units (chat_id, unit, set_by, set_at) VALUES (?, ?, ?, ?)",
                         [chat_id, unit, set_by, _iso(now)])
        return unit

    def unit_of(self, chat_id: int) -> str | None:
        """The chat's registered unit, or None."""
        row = self._db.execute("SELECT unit FROM chat_units WHERE chat_id = ?", [chat_id]).fetchone()
        return row[0] if row else None

    def unit_for(self, chat_id: int, user_id: int | None) -> str | None:
        """The unit a question is asked for: the chat's (a group's own, or a private
        chat's), else the asking user's."""
        unit = self.unit_of(chat_id)
        if unit is None and user_id is not None and user_id != chat_id:
            unit = self.unit_of(user_id)
        return unit

    def clear_unit(self, chat_id: int) -> bool:
        """Forget the chat's unit; True if one was registered."""
        return self._db.execute("DELETE FROM chat_units WHERE chat_id = ?", [chat_id]).rowcount > 0

    # ------------------------------------------------------------------ "Đã nộp"
    def mark_submitted(self, chat_id: int, obligation_id: int, due_date: date, *, user_id: int | None,
                       user_name: str, now: datetime | None = None) -> bool:
        """Record that the chat submitted this deadline; False if it was marked before."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO submissions (chat_id, obligation_id, due_date, user_id, user_name, marked_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [chat_id, obligation_id, due_date.isoformat(), user_id, user_name[:100], _iso(now)])
        return cur.rowcount > 0

    def submission(self, chat_id: int, obligation_id: int, due_date: date) -> Submission | None:
        """Who marked this deadline as submitted in the chat, if anyone."""
        row = self._db.execute(
            "SELECT chat_id, obligation_id, due_date, user_id, user_name FROM submissions"
            " WHERE chat_id = ? AND obligation_id = ? AND due_date = ?",
            [chat_id, obligation_id, due_date.isoformat()]).fetchone()
        return Submission(*row) if row else None

    def submitted_keys(self, chat_id: int) -> set[tuple[int, str]]:
        """(obligation id, due date) pairs the chat marked as submitted."""
        return {(r[0], r[1]) for r in self._db.execute(
            "SELECT obligation_id, due_date FROM submissions WHERE chat_id = ?", [chat_id]).fetchall()}

    # ------------------------------------------------------------------ "Nhắc lại ngày mai"
    def snooze(self, chat_id: int, obligation_id: int, due_date: date, remind_on: date) -> bool:
        """Ask for this deadline again in the chat's reminder of `remind_on`."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO snoozes (chat_id, obligation_id, due_date, remind_on) VALUES (?, ?, ?, ?)",
            [chat_id, obligation_id, due_date.isoformat(), remind_on.isoformat()])
        return cur.rowcount > 0

    def snoozed_for(self, chat_id: int, day: date) -> set[int]:
        """Obligation ids the chat asked to be reminded of again on `day`."""
        return {r[0] for r in self._db.execute(
            "SELECT obligation_id FROM snoozes WHERE chat_id = ? AND remind_on = ?",
            [chat_id, day.isoformat()]).fetchall()}

    # ------------------------------------------------------------------ feedback
    def question_asker(self, question_id: int) -> tuple[int | None, int | None] | None:
        """(chat id, user id) of a logged question, or None if there is no such question."""
        row = self._db.execute("SELECT chat_id, user_id FROM questions WHERE id = ?", [question_id]).fetchone()
        return (row[0], row[1]) if row else None

    def record_reason(self, question_id: int, user_id: int | None, reason: FeedbackReason,
                      *, now: datetime | None = None) -> None:
        """Why the user found the answer wrong (one reason per user and question)."""
        self._db.execute(
            "INSERT OR REPLACE INTO feedback_reasons (question_id, user_id, reason, at) VALUES (?, ?, ?, ?)",
            [question_id, user_id, reason.value, _iso(now)])

    def reason_counts(self) -> dict[FeedbackReason, int]:
        """How often each 👎 reason was given (for /thongke)."""
        counts = dict.fromkeys(FeedbackReason, 0)
        for value, n in self._db.execute("SELECT reason, COUNT(*) FROM feedback_reasons GROUP BY reason"):
            try:
                counts[FeedbackReason(value)] = int(n)
            except ValueError:
                continue
        return counts
