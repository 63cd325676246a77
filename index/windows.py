"""Date windows in questions ("tháng 11", "quý IV/2024", "tuần này", "sắp tới",
"từ 1/5 đến 30/6") and how a deadline stands against today ("đã qua", "còn 3 ngày").

Windows are read on folded text. "6 tháng" (a report) is not "tháng 6" (a month).
A month or quarter without a year means this year; the caller falls back to the latest
year that has deadlines in it when this year has none.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .lexicon import data_text, parse_table
from .vietnamese import fold

#: The colloquial window words (package data).
PHRASES_FILE = "window_phrases.tsv"
#: How far "sắp tới" looks ahead.
UPCOMING_DAYS = 45

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?:\s*(?:/|-|nam)\s*(20\d{2}))?"
_RANGE_RE = re.compile(
    r"\btu(?: ngay)? (\d{1,2})[/-](\d{1,2})(?:[/-](20\d{2}))? (?:den|toi)(?: ngay)? (\d{1,2})[/-](\d{1,2})(?:[/-](20\d{2}))?")
_QUARTER_RE = re.compile(r"\bquy (iv|iii|ii|i|[1-4])\b" + _YEAR)
_MONTH_RE = re.compile(r"(?<!\d )\bthang (1[0-2]|0?[1-9])\b(?! thang)" + _YEAR)
_KINDS = ("today", "week", "next_week", "month", "next_month", "quarter", "upcoming")


def parse_window_phrases(text: str) -> list[tuple[re.Pattern[str], str]]:
    """The rules of window_phrases.tsv as (whole-word pattern on folded text, kind),
    longest phrase first so "tháng tới" is not read as a month number."""
    rules: list[tuple[str, str]] = []
    for row in parse_table(text, PHRASES_FILE):
        kind = row.cell(0)
        if len(row.cells) < 2 or kind not in _KINDS:
            raise row.refused()
        phrase = " ".join(fold(row.cell(1)).split())
        if phrase:
            rules.append((phrase, kind))
    rules.sort(key=lambda r: -len(r[0]))
    return [(re.compile(r"\b" + re.escape(phrase).replace(r"\ ", r"\s+") + r"\b"), kind)
            for phrase, kind in rules]


@lru_cache(maxsize=1)
def _relative_rules() -> list[tuple[re.Pattern[str], str]]:
    return parse_window_phrases(data_text(PHRASES_FILE))


@dataclass(frozen=True)
class DateWindow:
    """An inclusive date range a question asks about."""

    start: date
    end: date
    label: str             # "tháng M/YYYY", "tuần này (d/m–d/m/YYYY)"
    year_given: bool = True
    span: str = "range"    # month | quarter | week | upcoming | range | today

    def contains(self, day: date) -> bool:
        """Whether `day` falls in the window."""
        return self.start <= day <= self.end

    def in_year(self, year: int) -> "DateWindow":
        """The same month or quarter in another year (for a window given without a year)."""
        start = self.start.replace(year=year)
        end = self.end.replace(year=year, day=min(self.end.day, calendar.monthrange(year, self.end.month)[1]))
        return DateWindow(start, end, _label_for(self.span, start, end), True, self.span)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _label_for(span: str, start: date, end: date) -> str:
    if span == "month":
        return f"tháng {start.month}/{start.year}"
    if span == "quarter":
        return f"quý {('I', 'II', 'III', 'IV')[(start.month - 1) // 3]}/{start.year}"
    return f"từ {start.day}/{start.month}/{start.year} đến {end.day}/{end.month}/{end.year}"


def find_window(folded: str, today: date) -> DateWindow | None:
    """The date window a folded question names, relative to `today`, or None."""
    m = _RANGE_RE.search(folded)
    if m:
        d1, m1, y1, d2, m2, y2 = m.groups()
        year2 = int(y2 or y1 or today.year)
        year1 = int(y1 or year2)
        try:
            start, end = date(year1, int(m1), int(d1)), date(year2, int(m2), int(d2))
        except ValueError:
            return None
        return DateWindow(start, end, _label_for("range", start, end), bool(y1 or y2), "range")
    for pattern, kind in _relative_rules():
        if pattern.search(folded):
            return _relative(kind, today)
    m = _QUARTER_RE.search(folded)
    if m:
        q = _ROMAN[m.group(1)]
        year = int(m.group(2) or today.year)
        start, end = date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        return DateWindow(start, end, _label_for("quarter", start, end), bool(m.group(2)), "quarter")
    for m in _MONTH_RE.finditer(folded):
        before = folded[:m.start()].split()[-1:] or [""]
        if before[0].isdigit():          # "6 thang 6": a count of months, then a month
            continue
        month = int(m.group(1))
        year = int(m.group(2) or today.year)
        start, end = date(year, month, 1), _month_end(year, month)
        return DateWindow(start, end, _label_for("month", start, end), bool(m.group(2)), "month")
    return None


def _relative(kind: str, today: date) -> DateWindow:
    if kind in ("week", "next_week"):
        start = today - timedelta(days=today.weekday()) + timedelta(days=7 if kind == "next_week" else 0)
        end = start + timedelta(days=6)
        name = "tuần này" if kind == "week" else "tuần sau"
        return DateWindow(start, end, f"{name} ({start.day}/{start.month}–{end.day}/{end.month}/{end.year})",
                          True, "week")
    if kind in ("month", "next_month"):
        year, month = today.year, today.month
        if kind == "next_month":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        start = date(year, month, 1)
        return DateWindow(start, _month_end(year, month), _label_for("month", start, start), True, "month")
    if kind == "quarter":
        q = (today.month - 1) // 3 + 1
        start = date(today.year, 3 * q - 2, 1)
        return DateWindow(start, _month_end(today.year, 3 * q), _label_for("quarter", start, start), True, "quarter")
    if kind == "today":
        return DateWindow(today, today, f"hôm nay ({today.day}/{today.month}/{today.year})", True, "today")
    end = today + timedelta(days=UPCOMING_DAYS)
    return DateWindow(today, end, f"sắp tới (đến {end.day}/{end.month}/{end.year})", True, "upcoming")


def window_words(folded: str) -> set[str]:
    """The words of a question that only name its window ("thang 11 2025", "tuan nay")."""
    words: set[str] = set()
    patterns = [_RANGE_RE, _QUARTER_RE, _MONTH_RE] + [p for p, _ in _relative_rules()]
    for pattern in patterns:
        for m in pattern.finditer(folded):
            words.update(re.findall(r"[0-9a-z]+", m.group(0)))
    return words


def window_year_spans(folded: str) -> list[tuple[int, int]]:
    """Character spans of the years that belong to a window ("tháng 10 năm 2023")."""
    spans = []
    for pattern in (_RANGE_RE, _QUARTER_RE, _MONTH_RE):
        for m in pattern.finditer(folded):
            spans.append((m.start(), m.end()))
    return spans


def status(due: date, today: date) -> str:
    """How a deadline stands against today, as users read it."""
    days = (due - today).days
    if days < 0:
        return "đã qua"
    if days == 0:
        return "hôm nay"
    return f"còn {days} ngày"
