"""Export dated deadlines as an iCalendar file (.ics) that phone and desktop calendars import.

One all-day VEVENT per dated obligation; undated (recurring-only) duties are left out
because a calendar event needs a day. The UID is a hash of the event's content, so
re-exporting the same plan updates events instead of duplicating them.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event

from .clock import day_text
from .models import Deadline

__all__ = ["deadlines_to_ics", "deadline_uid"]

PRODID = "-//QCDC Assistant//Han bao cao QCDC//VI"
UID_DOMAIN = "qcdc-assistant"


def deadline_uid(deadline: Deadline) -> str:
    """A stable UID built from what the event says (date, who, what, to, document)."""
    parts = [
        deadline.date.isoformat() if deadline.date else "",
        deadline.who, deadline.what, deadline.to_whom, deadline.document or deadline.citation,
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def _summary(deadline: Deadline) -> str:
    summary = f"Hạn: {deadline.what or 'Báo cáo'}"
    if deadline.who:
        summary += f" — {deadline.who}"
    return summary


def _description(deadline: Deadline) -> str:
    lines = [
        f"Ai thực hiện: {deadline.who or 'không ghi rõ'}",
        f"Nộp gì: {deadline.what or 'không ghi rõ'}",
        f"Gửi cho: {deadline.to_whom or 'không ghi rõ'}",
        f"Thời hạn: {deadline.due_text or day_text(deadline.date)}",
    ]
    if deadline.recurrence:
        lines.append(f"Định kỳ: {deadline.recurrence}")
    if deadline.quote:
        lines.append(f"Trích: “{deadline.quote}”")
    source = deadline.citation or deadline.document
    if source:
        lines.append(f"Nguồn: {source}" + (f", mục {deadline.section}" if deadline.section else ""))
    return "\n".join(lines)


def deadlines_to_ics(deadlines: list[Deadline], *, calendar_name: str = "Hạn báo cáo QCDC",
                     now: datetime | None = None) -> bytes:
    """Return an iCalendar (RFC 5545) document with one all-day event per dated deadline.

    `now` sets DTSTAMP (defaults to the current UTC time); deadlines without a date and
    exact repeats (same UID) are skipped.
    """
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")

    seen: set[str] = set()
    for deadline in deadlines:
        if deadline.date is None:
            continue
        uid = deadline_uid(deadline)
        if uid in seen:
            continue
        seen.add(uid)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + timedelta(days=1))
        event.add("summary", _summary(deadline))
        event.add("description", _description(deadline))
        event.add("categories", ["QCDC"])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _summary(deadline))
        # the day before at 08:00 local time for an all-day event starting at 00:00
        alarm.add("trigger", timedelta(hours=-16))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
