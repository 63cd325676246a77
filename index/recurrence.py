"""Periodic duties as rules, and their occurrences within a plan's period.

"hằng quý, trước ngày 20 của tháng cuối quý", "trước ngày 05 tháng cuối cùng của mỗi quý",
"chậm nhất là ngày 20 của tháng cuối kỳ báo cáo" (a report due each quarter, half-year and
year), "định kỳ hằng tháng, trước ngày 25", "ngày 15 hằng tháng", a table cell "Hằng quý".

Design (pragmatic): a rule is materialised into one dated obligation per occurrence inside
the plan's period (from the issue date, or 1 January, to 31 December of the plan year), each
row carrying the rule's text, so answers and reminders need no notion of recurrence. A
period without a day ("định kỳ 6 tháng, năm báo cáo") pins no date and stays undated; a
table cell that is only a period ("Hằng quý") means the end of each period.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .lexicon import phrase_alternation

__all__ = ["RecurrenceRule", "occurrences", "parse_rule"]

_MONTHS_OF = {"month": tuple(range(1, 13)), "quarter": (3, 6, 9, 12), "next_quarter": (1, 4, 7, 10),
              "half": (6, 12), "year": (12,)}
_LABELS = {"month": "hằng tháng", "quarter": "hằng quý", "next_quarter": "hằng quý", "half": "6 tháng",
           "year": "hằng năm"}

_EVERY = r"(?:" + phrase_alternation("period_words.tsv", "every") + r")"
_QUARTER_RE = re.compile(
    _EVERY + r"\s+quý|tháng\s+cuối\s+(?:cùng\s+)?(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý|cuối\s+(?:mỗi\s+)?quý",
    re.IGNORECASE)
#: "ngày 05 của tháng đầu quý sau": each quarter, due in the first month of the next one
_NEXT_QUARTER_RE = re.compile(r"tháng\s+đầu\s+(?:tiên\s+)?(?:của\s+)?quý\s+(?:sau|tiếp\s+theo|kế\s+tiếp)",
                              re.IGNORECASE)
_END_OF_TERM_RE = re.compile(r"tháng\s+cuối\s+(?:cùng\s+)?(?:của\s+)?kỳ(?:\s+báo\s+cáo)?", re.IGNORECASE)
_MONTH_RE = re.compile(_EVERY + r"\s+tháng|của\s+(?:mỗi\s+)?tháng(?!\s+(?:cuối|đầu|\d))", re.IGNORECASE)
_HALF_RE = re.compile(r"6\s+tháng\s+(?:một|1)\s+lần|" + _EVERY + r"\s+6\s+tháng|nửa\s+năm\s+(?:một|1)\s+lần",
                      re.IGNORECASE)
_YEAR_RE = re.compile(_EVERY + r"\s+năm", re.IGNORECASE)
#: "ngày 20", "trước ngày 05"; not a full date ("ngày 20/5", "ngày 15 tháng 12").
_DAY_RE = re.compile(r"(?<![\w])ngày\s+(?P<d>\d{1,2})(?!\s*[/.-]\s*\d)(?!\s+tháng\s+\d)(?!\d)", re.IGNORECASE)
_TERMS_RE = re.compile(r"\b(?P<t>quý|6\s+tháng|năm)\b", re.IGNORECASE)


@dataclass(frozen=True)
class RecurrenceRule:
    """Every `period` ("month", "quarter", "half", "year"), on `day` of the period's last
    month (None: the period's last day); "next_quarter" is due in the month after each quarter."""

    period: str
    day: int | None
    text: str           # the phrase the rule was read from

    @property
    def label(self) -> str:
        """The recurrence as shown to users: "hằng quý, ngày 20"."""
        when = f"ngày {self.day}" if self.day else "cuối kỳ"
        return f"{_LABELS[self.period]}, {when}"


def parse_rule(text: str, *, period_end_ok: bool = False, context: str = "") -> RecurrenceRule | None:
    """The periodic rule a phrase states, or None. Without a day, a rule is returned only
    when `period_end_ok` (a cell that is just "Hằng quý"). "tháng cuối kỳ" takes its terms
    ("quý, 6 tháng, năm") from the phrase, else from `context` (its sentence)."""
    if not text:
        return None
    period = None
    if _NEXT_QUARTER_RE.search(text):
        period = "next_quarter"
    elif _END_OF_TERM_RE.search(text):
        # "định kỳ (quý, 6 tháng, năm) ... ngày 20 của tháng cuối kỳ báo cáo": the shortest term
        terms = {m.group("t").lower() for m in _TERMS_RE.finditer(text)} or {
            m.group("t").lower() for m in _TERMS_RE.finditer(context)}
        period = "quarter" if "quý" in terms or not terms else "half" if any("6" in t for t in terms) else "year"
    elif _QUARTER_RE.search(text):
        period = "quarter"
    elif _HALF_RE.search(text):
        period = "half"
    elif _MONTH_RE.search(text):
        period = "month"
    elif _YEAR_RE.search(text):
        period = "year"
    if period is None:
        return None
    m = _DAY_RE.search(text)
    day = int(m.group("d")) if m and 1 <= int(m.group("d")) <= 31 else None
    if day is None and not period_end_ok:
        return None
    return RecurrenceRule(period=period, day=day, text=re.sub(r"\s+", " ", text.strip()))


def occurrences(rule: RecurrenceRule, start: date, end: date) -> list[date]:
    """The rule's dates from `start` to `end` inclusive (a day past a month's end is its last day)."""
    out: list[date] = []
    for year in range(start.year, end.year + 1):
        for month in _MONTHS_OF[rule.period]:
            last = calendar.monthrange(year, month)[1]
            day = min(rule.day, last) if rule.day else last
            when = date(year, month, day)
            if start <= when <= end:
                out.append(when)
    return out


def plan_period(plan_year: int, issued_on: date | None) -> tuple[date, date]:
    """The period a plan's periodic duties fall in: its year, from the issue date if later."""
    start = date(plan_year, 1, 1)
    if issued_on and issued_on.year == plan_year:
        start = issued_on
    return start, date(plan_year, 12, 31)
