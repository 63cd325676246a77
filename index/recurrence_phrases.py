"""Recurring-duty phrases, normalized: "định kỳ 6 tháng, năm" → "6 tháng, năm", "hằng quý",
"ngày thứ 5 của tuần cuối tháng" (the periods a duty recurs in, without dates; the rules
with a day that are materialised into dates are in recurrence.py)."""
from __future__ import annotations

import re

from .lexicon import phrase_alternation, table_rows

__all__ = ["find_recurrences", "recurrence_periods"]

_W = r"(?<![\w])"        # word start
_E = r"(?![\w])"         # word end

_EVERY = phrase_alternation("period_words.tsv", "every")
#: "thứ năm" → "5": index/data/period_words.tsv
_WEEKDAYS = {row.cell(1): row.cell(2) for row in table_rows("period_words.tsv") if row.cell(0) == "weekday"}
_PERIOD = r"(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý|năm|tháng|tuần)"
_PERIOD_LIST = _PERIOD + r"(?:\s*(?:,|và|hoặc|/)\s*(?:báo\s+cáo\s+)?(?:" + _PERIOD + r"))*"
_DINH_KY_RE = re.compile(
    _W + r"định\s+kỳ\s+(?:(?:" + _EVERY + r")\s+)?(?P<list>" + _PERIOD_LIST + r")" + _E, re.IGNORECASE
)
_REPORT_PERIODS_RE = re.compile(
    _W + r"báo\s+cáo\s+(?:[^\W\d]+\s+){0,9}?(?P<list>\d{1,2}\s+tháng\s*(?:,|và)\s*(?:báo\s+cáo\s+)?năm)" + _E,
    re.IGNORECASE,
)
_EVERY_RE = re.compile(
    _W + r"(?:" + _EVERY + r")\s+(?P<p>tuần|tháng|quý|năm|ngày)(?:\s*,\s*(?P<p2>tuần|tháng|quý|năm))?" + _E,
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(
    _W + r"(?:ngày\s+)?thứ\s+(?P<wd>[2-7]|" + phrase_alternation("period_words.tsv", "weekday") + r")\s+"
    r"(?P<rest>(?:" + _EVERY + r")\s+tuần|của\s+tuần\s+(?:cuối|đầu|thứ\s+\w+)\s+(?:(?:của|mỗi|hằng|hàng)\s+)?tháng)" + _E,
    re.IGNORECASE,
)

_EVERY_AT_END_RE = re.compile(r"(" + _EVERY + r")\s*$")


def _norm_period(p: str) -> str:
    p = re.sub(r"\s+", " ", p.strip().lower())
    p = re.sub(r"^báo cáo ", "", p)
    m = re.match(r"0*(\d+) tháng(.*)$", p)
    if m:
        return f"{int(m.group(1))} tháng{m.group(2)}"
    return p


def _norm_list(raw: str) -> str:
    items = [_norm_period(x) for x in re.split(r"\s*(?:,|\bvà\b|\bhoặc\b|/)\s*", raw, flags=re.IGNORECASE) if x.strip()]
    out: list[str] = []
    for it in items:
        if it not in out:
            out.append(it)
    return ", ".join(out)


def find_recurrences(text: str) -> list[str]:
    """Recurring-duty phrases, normalized: "6 tháng, năm", "hằng tháng", "hằng quý",
    "ngày thứ 5 của tuần cuối tháng"; in order of appearance, without duplicates."""
    if not text:
        return []
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, value: str) -> None:
        if any(start < e and s < end for s, e, _ in found):
            return
        found.append((start, end, value))

    for m in _WEEKDAY_RE.finditer(text):
        wd = m.group("wd").lower()
        wd = _WEEKDAYS.get(wd, wd)
        rest = re.sub(r"\s+", " ", m.group("rest").lower()).replace("hàng", "hằng")
        add(m.start(), m.end(), f"ngày thứ {wd} {rest}")
    for m in _DINH_KY_RE.finditer(text):
        lst = m.group("list")
        lead = text[m.start():m.start("list")].lower()
        value = _norm_list(lst)
        if _EVERY_AT_END_RE.search(lead) and "," not in value and not value[0].isdigit():
            value = f"hằng {value}"
        add(m.start(), m.end(), value)
    for m in _REPORT_PERIODS_RE.finditer(text):
        add(m.start("list"), m.end("list"), _norm_list(m.group("list")))
    for m in _EVERY_RE.finditer(text):
        value = f"hằng {m.group('p').lower()}"
        if m.group("p2"):
            value += f", {m.group('p2').lower()}"
        add(m.start(), m.end(), value)
    found.sort()
    out: list[str] = []
    for _, _, v in found:
        if v not in out:
            out.append(v)
    return out


def recurrence_periods(recurrence: str | None) -> list[str]:
    """Split a normalized recurrence into its periods: "6 tháng, năm" → ["6 tháng", "năm"]."""
    if not recurrence:
        return []
    if recurrence.startswith(("hằng", "ngày thứ")):
        return [recurrence]
    return [p.strip() for p in recurrence.split(",") if p.strip()]
