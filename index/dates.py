"""Find deadline phrases in Vietnamese plan text: "trước ngày 20/5", "chậm nhất ngày 31/3/2024",
"hạn cuối ngày 10 tháng 6 năm 2025", "trước ngày 05/6 và ngày 10/11 của năm"...

Only dates introduced by a deadline cue count (trước, chậm nhất, hạn chót, hạn cuối,
không muộn hơn, đến (hết) ngày, trong tháng...). Dates that cite other documents
("Nghị định số 59/2023/NĐ-CP ngày 14/8/2023", "có hiệu lực từ ngày 01/7/2023") carry no
cue, and a cue that directly follows a document identifier is ignored as well.

Decisions (documented because users see them):
- A year-less date takes `default_year` (the plan's year); without one the date is None
  but the phrase is still reported (`due_text`, `day_month_text`).
- In a chain ("trước ngày 05/6 và 10/11/2025") year-less members take the chain's year.
- Month-only deadlines resolve to the last day of the period: "trong tháng 12" → 31/12,
  "cuối tháng 11" → 30/11, "trong quý III" → 30/9; "trước tháng 6" → 31/5 (the day before
  the month starts). `precision` says "month" or "quarter" so callers can show it.
- "ngày 15 hằng tháng" has no single date: date None, the phrase is kept.
- "từ ngày A đến ngày B": B counts (end of the window); "tính đến ngày" never does
  (a data cut-off, not a deadline).
- Impossible dates (31/2, 0/5, month 13) are skipped, never raised.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .lexicon import alternation, flagged_phrases, phrase_alternation
# recurring-duty phrases live in recurrence_phrases.py; re-exported for this module's callers
from .recurrence_phrases import find_recurrences, recurrence_periods

__all__ = ["DueDate", "find_due_dates", "find_recurrences", "recurrence_periods"]


@dataclass(frozen=True)
class DueDate:
    """A deadline phrase found in a text."""

    date: date | None          # None when the year is unknown or the phrase pins no day
    due_text: str              # the phrase as written: "trước ngày 20/5"
    start: int                 # offsets of the phrase in the searched text
    end: int
    day_month_text: str        # the date as written: "05/6", "10 tháng 6", "tháng 12"
    year_explicit: bool        # the year was written in the phrase (or its chain)
    precision: str = "day"     # "day", "month", "quarter", "week" or "relative" (no date)
    cue: str = ""              # the deadline cue as written: "trước", "chậm nhất"


# --- building blocks ----------------------------------------------------------------------
#: The words of the phrases below (cues, fillers, periods) are data: index/data/date_cues.tsv.
_WORDS = "date_cues.tsv"
_W = r"(?<![\w])"        # word start
_E = r"(?![\w])"         # word end

# d/m[/y] with `/` (spaces allowed around it), `-` or `.`.
_NUMERIC_DATE = (
    r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>\s?/\s?|-|\.)(?P<m>\d{1,2})"
    r"(?:(?P<sep2>\s?/\s?|-|\.)(?P<y>\d{4}|\d{2}))?(?!\d)(?![/.\-]\d)(?!\s/\s?\d)"
)
_WORDY_DATE = (
    r"(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})"
    r"(?:\s*(?:năm\s+|/\s*)(?P<wy>\d{4}|\d{2}))?(?!\d)"
)
_TIME = (r"(?:\d{1,2}\s*(?:" + phrase_alternation(_WORDS, "hour") + r")(?:\s*\d{1,2}(?:\s*(?:"
         + phrase_alternation(_WORDS, "minute") + r"))?)?(?:\s*,)?(?:\s*(?:" + phrase_alternation(_WORDS, "day-part")
         + r"))?(?:\s*,)?\s*(?:của\s+)?)")

#: Deadline cues, each above its own prefix.
_CUE = r"(?P<cue>" + phrase_alternation(_WORDS, "cue") + r")"
#: Cues too common in other senses ("hoàn thành 10/12 chỉ tiêu"): they need "ngày" or a year.
_WEAK_CUES = flagged_phrases(_WORDS, "cue", "weak")
_FILL = r"(?:\s*(?:" + phrase_alternation(_WORDS, "filler") + r")(?=\s|\d)){0,4}"
_DAY_WORD = r"(?P<dayword>(?:(?:các|hết)\s+)?ngày\s*)"

_DUE_RE = re.compile(
    _W + _CUE + _E + _FILL + r"\s*" + _TIME + r"?" + _DAY_WORD + r"?"
    + r"(?:" + _WORDY_DATE + r"|" + _NUMERIC_DATE + r")",
    re.IGNORECASE,
)
#: Further dates chained to a cued one: "trước ngày 05/6 và ngày 10/11", "20/5, 10/11".
_CHAIN_RE = re.compile(
    r"\s*(?:" + phrase_alternation(_WORDS, "joiner") + r")\s*(?P<dayword>ngày\s*)?"
    r"(?:" + _WORDY_DATE + r"|" + _NUMERIC_DATE + r")",
    re.IGNORECASE,
)
#: A tail kept in the phrase: "của năm", "năm nay", "hằng năm".
_TAIL_RE = re.compile(r"\s*(?:" + phrase_alternation(_WORDS, "year-tail") + r")" + _E, re.IGNORECASE)
_TAIL_YEAR_RE = re.compile(r"\s*(?:của\s+)?năm\s+(?P<y>\d{4})" + _E, re.IGNORECASE)

#: Day-of-month recurring: "trước ngày 15 hằng tháng", "ngày 25 của tháng cuối quý",
#: "ngày 05 của tháng đầu quý sau" (a quarter's report due early in the next quarter).
_DAY_ONLY_RE = re.compile(
    _W + _CUE + _E + _FILL + r"\s*" + _TIME + r"?" + r"ngày\s*(?P<d>\d{1,2})\s+"
    r"(?P<per>" + phrase_alternation(_WORDS, "monthly-period") + r")" + _E,
    re.IGNORECASE,
)

#: "Hằng tháng, chậm nhất ngày 15, công khai …": the period before the cue and its day.
_PERIOD_FIRST_RE = re.compile(
    _W + r"(?P<per>" + phrase_alternation(_WORDS, "period-first") + r")\s*,?\s*" + _CUE + _E + _FILL + r"\s*"
    r"ngày\s*(?P<d>\d{1,2})(?!\s*[/.\-]\s*\d)(?!\s+tháng)(?!\d)",
    re.IGNORECASE,
)

#: "vào tuần 03 tháng 12 năm 2024": the week's last day (week N = days 7N-6 .. 7N).
_WEEK_RE = re.compile(
    _W + r"(?P<cue>" + phrase_alternation(_WORDS, "week-cue") + r")\s+"
    r"(?:(?:" + phrase_alternation(_WORDS, "week-filler") + r")\s+)?tuần\s+(?:thứ\s+)?"
    r"(?P<w>0?[1-5])\s+(?:của\s+)?tháng\s+(?P<m>\d{1,2})(?:\s*(?:/|năm)\s*(?P<y>\d{4}))?(?![\d/])",
    re.IGNORECASE,
)
#: "trước 5 ngày làm việc kể từ khi nhận", "trong 10 ngày sau mỗi buổi họp", "trong thời hạn
#: 07 ngày làm việc sau hội nghị": relative to an event, so no date; kept as text.
_RELATIVE_RE = re.compile(
    _W + r"(?P<cue>" + phrase_alternation(_WORDS, "relative-cue") + r")\s+"
    r"(?P<n>\d{1,3})\s+ngày(?:\s+làm\s+việc)?(?:,)?\s+(?:" + phrase_alternation(_WORDS, "relative-anchor") + r")",
    re.IGNORECASE,
)

_TIMELINE_RE = re.compile(
    r"^\s*(?:[-+•–]\s*)?(?P<label>(?:[Tt]háng\s+\d{1,2}|[Qq]uý\s+(?:IV|I{1,3}|[1-4]))(?:\s*/\s*\d{4})?)\s*:")

_MONTH_CUE = r"(?P<cue>" + phrase_alternation(_WORDS, "month-cue") + r")"
_MONTH_RE = re.compile(
    _W + _MONTH_CUE + _E + r"(?:\s*(?:" + phrase_alternation(_WORDS, "month-filler") + r")(?=\s)){0,4}\s*"
    r"(?:(?P<mword>tháng)\s+(?P<mm>\d{1,2})|(?P<qword>quý)\s+(?P<q>IV|I{1,3}|[1-4]))"
    # "Quý II?/????": OCR's mask of an unsure numeral ends no month or quarter (nor "quý I" of "II")
    r"(?:\s*(?:/|năm|của\s+năm)\s*(?P<my>\d{4}))?(?![\w/?])(?!\s+tháng)",
    re.IGNORECASE,
)

#: A document identifier: "59/2023/NĐ-CP", "26-KH/BCĐ", "575/UBND", "1563/QĐ-UBND".
_DOC_ID_RE = re.compile(r"\d+\s*[/-]\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{1,}")
#: "tính đến ngày" is a data cut-off; "(hiệu lực) từ" starts a validity period.
_NOT_DEADLINE_BEFORE_RE = re.compile(r"(?:" + phrase_alternation(_WORDS, "not-before") + r")\s*$", re.IGNORECASE)
#: "số liệu tính từ ngày 15/12/2024 đến ngày 14/6/2025": the end of a data period.
_DATA_PERIOD_RE = re.compile(
    r"(?:" + alternation("data_period_cues.txt") + r")[^.;]{0,60}?\btừ\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4})?\s*$", re.IGNORECASE)
_PERIOD_END_CUES = flagged_phrases(_WORDS, "cue", "period-end")
#: "Tổ chức hội nghị đối thoại với Nhân dân ngày 20/01/2026": an event's own day, no cue.
_EVENT_DATE_RE = re.compile(
    _W + r"(?P<cue>" + phrase_alternation(_WORDS, "event") + r")" + _E + r"(?P<mid>[^;.!?|\n]{0,120}?)"
    + _W + r"(?P<dayword>ngày\s*)(?:" + _WORDY_DATE + r"|" + _NUMERIC_DATE + r")",
    re.IGNORECASE,
)
_CITED_KIND_RE = re.compile(_W + r"(?:" + phrase_alternation(_WORDS, "cited-kind") + r")" + _E)
#: what may stand before a capitalised event word that opens its text: a list mark
_OPENING_RE = re.compile(r"[\s\-+•–*]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]\s*)?")
_PAST_RE = re.compile(r"(?<![\w])đã(?![\w])", re.IGNORECASE)
_WINDOW_START_RE = re.compile(r"(?<![\w])từ\s*$", re.IGNORECASE)


def _year(text: str | None) -> int | None:
    """A four-digit year in 1900-2199, a two-digit one in the 2000s, else None."""
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        return 2000 + y
    return y if 1900 <= y <= 2199 else None


def _make_date(year: int | None, month: int, day: int) -> date | None | bool:
    """The date; None when the year is unknown; False when no such day exists."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        # 2000 is a leap year: a year-less 29/2 is possible.
        value = date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return value if year is not None else None


def _cited_before(text: str, pos: int) -> bool:
    """True when a document identifier sits within a few tokens before `pos`."""
    tokens = text[max(0, pos - 80):pos].split()
    return bool(_DOC_ID_RE.search(" ".join(tokens[-4:])))


def _parts(m: re.Match) -> tuple[int, int, str | None, str, int, bool]:
    """(day, month, year text, as written, start, separator ok) of a date match."""
    if m.group("wd") is not None:
        end = m.end("wy") if m.group("wy") is not None else m.end("wm")
        return (int(m.group("wd")), int(m.group("wm")), m.group("wy"),
                m.string[m.start("wd"):end], m.start("wd"), True)
    end = m.end("y") if m.group("y") is not None else m.end("m")
    sep = m.group("sep").strip()
    sep2 = (m.group("sep2") or sep).strip()
    # "20.5" / "20-5" without "ngày" or a year reads as a number or a range, not a date.
    ok = sep == sep2 and (sep == "/" or m.group("y") is not None or bool(m.group("dayword")))
    return (int(m.group("d")), int(m.group("m")), m.group("y"), m.string[m.start("d"):end],
            m.start("d"), ok)


def find_due_dates(text: str, default_year: int | None) -> list[DueDate]:
    """Return the deadline phrases of `text`, in order of appearance.

    Year-less dates take `default_year`; dates without a deadline cue, or right after a
    document identifier, are not returned; impossible dates are skipped. Never raises on
    any string.
    """
    if not text:
        return []
    results: list[DueDate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in taken)

    for m in _DUE_RE.finditer(text):
        cue_start = m.start("cue")
        cue = re.sub(r"\s+", " ", m.group("cue"))
        unambiguous = m.group("dayword") or m.group("wd") is not None or m.group("y") is not None
        if cue.lower() in _WEAK_CUES and not unambiguous:
            continue
        if _cited_before(text, cue_start) or _NOT_DEADLINE_BEFORE_RE.search(text[max(0, cue_start - 25):cue_start]):
            continue
        if cue.lower() in _PERIOD_END_CUES and _DATA_PERIOD_RE.search(text[max(0, cue_start - 120):cue_start]):
            continue
        chain = [_parts(m) + (m.end(),)]
        pos = m.end()
        while (c := _CHAIN_RE.match(text, pos)) is not None:
            parts = _parts(c)
            k = text.lower().rfind("ngày", c.start(), parts[4])
            chain.append(parts[:4] + (k if k >= 0 else parts[4], parts[5], c.end()))
            pos = c.end()
        tail_end, tail_year = pos, None
        t = _TAIL_YEAR_RE.match(text, pos)
        if t and chain[-1][2] is None:
            tail_year, tail_end = t.group("y"), t.end()
        elif (t2 := _TAIL_RE.match(text, pos)) is not None:
            tail_end = t2.end()
        chain_year = tail_year or next((c[2] for c in chain if c[2]), None)
        cue_text = text[cue_start:m.end("cue")]
        for i, (day, month, ytxt, written, start, sep_ok, end) in enumerate(chain):
            if not sep_ok:
                continue
            ytxt = ytxt or chain_year
            year = _year(ytxt) if ytxt else default_year
            if ytxt and year is None:
                continue
            value = _make_date(year, month, day)
            if value is False:
                continue
            if i == len(chain) - 1:
                end = tail_end
            if i == 0:
                start, phrase = cue_start, text[cue_start:end]
            else:
                phrase = f"{cue_text} {text[start:end].strip()}"
            if not free(start, end):
                continue
            results.append(DueDate(
                date=value, due_text=_tidy(phrase), start=start, end=end,
                day_month_text=written.strip(), year_explicit=ytxt is not None, cue=cue,
            ))
        taken.append((cue_start, tail_end))

    # a day of every month or quarter: "trước ngày 15 hằng tháng", "Hằng tháng, chậm nhất ngày 15"
    for m in (*_DAY_ONLY_RE.finditer(text), *_PERIOD_FIRST_RE.finditer(text)):
        if not free(m.start(), m.end()) or not 1 <= int(m.group("d")) <= 31:
            continue
        if _cited_before(text, m.start("cue")):
            continue
        results.append(DueDate(
            date=None, due_text=_tidy(m.group(0)), start=m.start(), end=m.end(),
            day_month_text=f"ngày {m.group('d')}", year_explicit=False,
            cue=re.sub(r"\s+", " ", m.group("cue")),
        ))
        taken.append((m.start(), m.end()))

    for m in _WEEK_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        year = _year(m.group("y")) if m.group("y") else default_year
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            continue
        value = (date(year, month, min(7 * int(m.group("w")), calendar.monthrange(year, month)[1]))
                 if year else None)
        results.append(DueDate(
            date=value, due_text=_tidy(m.group(0)), start=m.start(), end=m.end(),
            day_month_text=text[m.end("cue"):m.end()].strip(), year_explicit=m.group("y") is not None,
            precision="week", cue=re.sub(r"\s+", " ", m.group("cue"))))
        taken.append((m.start(), m.end()))

    for m in _RELATIVE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        end = m.end()
        tail = re.match(r"[^,;.()]{0,60}", text[end:])
        end += len(tail.group(0).rstrip()) if tail else 0
        results.append(DueDate(
            date=None, due_text=_tidy(text[m.start():end]), start=m.start(), end=end,
            day_month_text=f"{m.group('n')} ngày", year_explicit=False, precision="relative",
            cue=re.sub(r"\s+", " ", m.group("cue"))))
        taken.append((m.start(), end))

    m = _TIMELINE_RE.match(text)
    if m and free(m.start("label"), m.end("label")):
        # "- Tháng 3/2025: Văn phòng Sở tổ chức ...": a timeline's label is the item's deadline
        probe = find_due_dates("trong " + m.group("label"), default_year)
        if probe:
            results.append(replace(probe[0], due_text=m.group("label"), start=m.start("label"),
                                   end=m.end("label"), cue=""))
            taken.append((m.start("label"), m.end("label")))

    for m in _MONTH_RE.finditer(text):
        if not free(m.start(), m.end()) or _cited_before(text, m.start("cue")):
            continue
        value = _month_deadline(m, default_year)
        if value is False:
            continue
        label_start = m.start("mword") if m.group("mword") else m.start("qword")
        results.append(DueDate(
            date=value, due_text=_tidy(m.group(0)), start=m.start(), end=m.end(),
            day_month_text=text[label_start:m.end()].strip(), year_explicit=m.group("my") is not None,
            precision="month" if m.group("mword") else "quarter",
            cue=re.sub(r"\s+", " ", m.group("cue")),
        ))
        taken.append((m.start(), m.end()))

    for due in _event_days(text, default_year):
        if free(due.start, due.end):
            results.append(due)
            taken.append((due.start, due.end))

    results.sort(key=lambda r: r.start)
    return results


def _event_days(text: str, default_year: int | None) -> list[DueDate]:
    """The day an event of the text is set for, without a deadline cue ("Tổ chức hội nghị
    … ngày 20/01/2026"). Not a date of a document named between them, nor one after
    "đã" (done) or "từ" (a window's start), nor a capitalised event word inside a sentence
    (a name: "Luật Tổ chức …")."""
    out: list[DueDate] = []
    for m in _EVENT_DATE_RE.finditer(text):
        cue_start, day_start = m.start("cue"), m.start("dayword")
        if m.group("cue")[:1].isupper() and not _OPENING_RE.fullmatch(text[:cue_start]):
            continue
        if _CITED_KIND_RE.search(m.group("mid")) or _DOC_ID_RE.search(m.group("mid")):
            continue
        if _cited_before(text, day_start) or _WINDOW_START_RE.search(text[max(0, day_start - 6):day_start]):
            continue
        if _PAST_RE.search(text[max(0, cue_start - 6):cue_start] + " " + m.group("mid")):
            continue
        day, month, ytxt, written, _, sep_ok = _parts(m)
        year = _year(ytxt) if ytxt else default_year
        value = _make_date(year, month, day) if sep_ok and (year or not ytxt) else False
        if value is False:
            continue
        out.append(DueDate(date=value, due_text=_tidy(text[day_start:m.end()]), start=day_start, end=m.end(),
                           day_month_text=written.strip(), year_explicit=ytxt is not None, cue=""))
    return out


def _month_deadline(m: re.Match, default_year: int | None) -> date | None | bool:
    """Last day of the month/quarter; for "trước", the day before it starts."""
    if m.group("my"):
        year = _year(m.group("my"))
        if year is None:
            return False
    else:
        year = default_year
    if m.group("mword"):
        first = last = int(m.group("mm"))
        if not 1 <= first <= 12:
            return False
    else:
        q = m.group("q").upper()
        n = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(q) or int(q)
        first, last = 3 * n - 2, 3 * n
    if year is None:
        return None
    if not date.min.year <= year <= date.max.year:
        return False   # a default year no calendar has (fuzzed): no date from it
    if re.sub(r"\s+", " ", m.group("cue")).lower() == "trước":
        if first == 1 and year <= 1900:
            return False
        return date(year, first, 1) - timedelta(days=1)
    return date(year, last, calendar.monthrange(year, last)[1])


def _tidy(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase.replace("*", "")).strip()
    return phrase.rstrip(" ,;:.–-")
