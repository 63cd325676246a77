"""The rows of the reminder feature: a subscription, a due item, a digest, a ledger row.

Shared by `reminders` (what a chat should be told) and `reminder_ledger` (what was
told), so neither imports the other's internals.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING

from .models import Deadline

if TYPE_CHECKING:  # pragma: no cover
    from .library import DocumentInfo

#: Ledger key of the "no upcoming deadline, upload this year's plan" notice.
STALE_OBLIGATION_ID = 0
STALE_OFFSET = -1
#: The stale notice is repeated at most this often (a daily "nothing to do" would be noise).
STALE_NOTICE_EVERY_DAYS = 7

#: "7:30", "07h30", "7.30", "7 giờ 30", "7 gio 30 phut", "7h", "7 giờ" (a bare hour is :00).


@dataclass(frozen=True)
class Subscription:
    """A chat that receives the morning digest."""

    chat_id: int
    keyword: str | None
    remind_time: str          # "HH:MM" in the configured timezone
    created_at: str
    updated_at: str
    active: bool = True

    @property
    def time_of_day(self) -> time:
        """`remind_time` as a naive `datetime.time`."""
        hours, minutes = self.remind_time.split(":")
        return time(int(hours), int(minutes))


@dataclass(frozen=True)
class LedgerRow:
    """One reminder the ledger holds: claimed for a chat (pending), then sent or failed."""

    chat_id: int
    obligation_id: int
    offset_days: int
    due_date: str             # ISO date
    sent_at: str              # when it was claimed (then sent)
    late: int = 0             # 1: sent by a later run that took over a stuck claim
    status: str = "sent"      # pending | sent | failed


@dataclass(frozen=True)
class DueItem:
    """One obligation due `offset_days` after the digest's day."""

    deadline: Deadline
    offset_days: int


@dataclass
class Digest:
    """What one chat should be told on one day (no formatting)."""

    chat_id: int
    day: date
    keyword: str | None
    items: list[DueItem] = field(default_factory=list)
    stale: bool = False                    # every known dated deadline is before `day`
    newest: "DocumentInfo | None" = None   # named in the stale notice
    late: bool = False                     # sent after its time (bot was down)
    already_sent: int = 0                  # items left out because the ledger has them

    @property
    def empty(self) -> bool:
        """Nothing to send: no due item and no stale notice."""
        return not self.items and not self.stale


#: "7:30", "07h30", "7.30", "7 giờ 30", "7 gio 30 phut", "7h", "7 giờ" (a bare hour is :00).
_TIME_RE = re.compile(r"^\s*(\d{1,2})\s*(?:[:.]\s*(\d{2})|(?:h|giờ|gio)\s*(?:(\d{1,2})\s*(?:phút|phut|p)?)?)\s*$")


def parse_time(text: str) -> str:
    """Normalise "7:30", "07h30", "7.30", "7 giờ 30" to "07:30"; ValueError if it is not a time of day."""
    match = _TIME_RE.match(unicodedata.normalize("NFC", text or "").lower())
    if not match:
        raise ValueError(f"not a time of day: {text!r}")
    hours, minutes = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"not a time of day: {text!r}")
    return f"{hours:02d}:{minutes:02d}"
