"""Deadlines a plan states without a calendar date, and the date a relative one comes to.

- `find_open_deadlines(text)`: "báo cáo kịp thời", "khi có yêu cầu", "ngay sau khi Kế hoạch
  được ban hành" (index/data/open_deadline_cues.tsv) as `DueDate`s of precision
  "open": no date, the phrase kept, so the duty is stored and its answer says the plan sets
  no fixed day instead of making one up.
- `anchored_date(ob, plan)`: a relative deadline ("trong 05 ngày làm việc sau khi kết thúc
  hội nghị", "ngay sau khi Kế hoạch được ban hành") counted from an event the same plan
  dates (the conference held on 15/01/2026, the plan's own date of issue): the event, its
  date and the date the deadline comes to. Working days skip Saturdays and Sundays; there
  is no holiday table (none is data here), which the answer says.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .dates import DueDate
from .lexicon import alternation, phrase_alternation, table_rows, word_list
from .rows import ObligationRow
from .vietnamese import folded_words

#: How far an open phrase that names an event ("ngay sau khi …") runs: to the clause's end.
_EVENT_TAIL_RE = re.compile(r"[^,;.()\n]{0,70}")
#: Words between a "manner" phrase and the verb it times ("báo cáo đầy đủ, kịp thời"): at most these.
_MANNER_REACH_WORDS = 4


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The open phrases as one pattern (a named group per kind), and the verbs a manner phrase needs."""
    rows = table_rows("open_deadline_cues.tsv")
    kinds = {row.cell(1) for row in rows}
    for row in rows:
        if row.cell(1) not in ("event", "request", "manner"):
            raise row.refused("unknown kind")
    groups = [f"(?P<{kind}>" + "|".join(sorted((r.cell(0).replace(" ", r"\s+") for r in rows if r.cell(1) == kind),
                                                key=len, reverse=True)) + ")" for kind in sorted(kinds)]
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(groups) + r")(?![\w])", re.IGNORECASE)
    verbs = re.compile(r"(?<![\w])(?:" + alternation("open_deadline_verbs.txt") + r")(?![\w])", re.IGNORECASE)
    return pattern, verbs


def _timed_verb_before(text: str, start: int, verbs: re.Pattern[str]) -> bool:
    """Whether a reporting or informing verb stands within a few words before `start`."""
    before = " ".join(text[max(0, start - 80):start].split()[-_MANNER_REACH_WORDS - 2:])
    return bool(verbs.search(before))


def find_open_deadlines(text: str) -> list[DueDate]:
    """The open deadline phrases of `text` (precision "open", date None), in order."""
    pattern, verbs = _cues()
    out: list[DueDate] = []
    for m in pattern.finditer(text or ""):
        kind = m.lastgroup or ""
        if kind == "manner" and not _timed_verb_before(text, m.start(), verbs):
            continue
        end = m.end()
        if kind == "event":
            tail = _EVENT_TAIL_RE.match(text, end)
            end += len(tail.group(0).rstrip()) if tail else 0
        phrase = re.sub(r"\s+", " ", text[m.start():end]).strip(" ,;:")
        out.append(DueDate(date=None, due_text=phrase, start=m.start(), end=end, day_month_text="",
                           year_explicit=False, precision="open", cue=kind))
    return out


@dataclass(frozen=True)
class AnchoredDate:
    """A relative deadline counted from a dated event of its plan."""

    event: str              # how the answer names the event: "Tổ chức Hội nghị viên chức …"
    event_on: date
    due_on: date
    working_days: bool      # counted in working days (Saturdays and Sundays skipped)


#: "05 ngày làm việc … sau khi <event>", "10 ngày kể từ ngày <event>", "03 ngày … trước khi
#: <event>": the anchors are the dates reader's (index/data/date_cues.tsv, relative-anchor).
_RELATIVE_RE = re.compile(
    r"(?P<n>\d{1,3})\s+ngày(?P<work>\s+làm\s+việc)?\b.*?(?<![\w])(?P<link>"
    + phrase_alternation("date_cues.tsv", "relative-anchor") + r")\s+(?P<event>.+)$", re.IGNORECASE)
#: "ngay sau khi <event>": the event phrases of index/data/open_deadline_cues.tsv.
_AT_ONCE_RE = re.compile(
    r"^\s*(?:" + "|".join(row.cell(0).replace(" ", r"\s+") for row in table_rows("open_deadline_cues.tsv")
                         if row.cell(1) == "event") + r")\s+(?P<event>.+)$", re.IGNORECASE)
#: An event dated to the day ("vào ngày 15/01/2026"), not to a month or quarter: only such a
#: date is counted from.
_DAY_RE = re.compile(r"(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|ngày\s+\d{1,2}\s+tháng", re.IGNORECASE)
#: Least syllables of an event's name for it to be looked for among the plan's dated duties.
_MIN_EVENT_WORDS = 2


def _event_words(event: str) -> list[str]:
    """The event's folded words, the linking verbs in front dropped: "kết thúc hội nghị" → hoi nghi."""
    words = folded_words(event).split()
    lead = sorted((tuple(v.split()) for v in word_list("anchor_verbs.txt")), key=len, reverse=True)
    changed = True
    while words and changed:
        changed = False
        for verb in lead:
            if tuple(words[:len(verb)]) == verb:
                words, changed = words[len(verb):], True
                break
    return words


def _add_days(start: date, n: int, working: bool, sign: int) -> date:
    if not working:
        return start + timedelta(days=sign * n)
    day, left = start, n
    while left > 0:
        day += timedelta(days=sign)
        if day.weekday() < 5:
            left -= 1
    return day


def _plan_issue(ob: ObligationRow, words: list[str]) -> date | None:
    """The plan's date of issue, when the event is the plan (or "văn bản này") being issued."""
    text = " ".join(words)
    if "ban hanh" in text and ("ke hoach" in text or "van ban" in text) and ob.issued_on:
        return date.fromisoformat(ob.issued_on)
    return None


@lru_cache(maxsize=20_000)
def is_relative(due_text: str | None) -> bool:
    """Whether an undated deadline counts from an event ("trong 05 ngày … sau khi", "ngay sau
    khi …"): a deadline as firm as a date once the event is held, unlike "kịp thời"."""
    return bool(due_text and (_RELATIVE_RE.search(due_text) or _AT_ONCE_RE.match(due_text)))


def anchored_date(ob: ObligationRow, plan: Iterable[ObligationRow]) -> AnchoredDate | None:
    """The date a relative deadline of `ob` comes to, counted from the one dated event of its
    plan (`plan`: the obligations to look in) that it names; None when it is not relative,
    counts from a recurring event ("sau mỗi buổi họp") or the plan dates no such event once."""
    if ob.due_on or not ob.due_text:
        return None
    m = _RELATIVE_RE.search(ob.due_text)
    at_once = None if m else _AT_ONCE_RE.match(ob.due_text)
    if not (m or at_once):
        return None
    event = (m or at_once).group("event")
    if folded_words(event).split()[:1] == ["moi"]:
        return None
    n = int(m.group("n")) if m else 0
    working = bool(m and m.group("work"))
    sign = -1 if m and m.group("link").lower().startswith("trước") else 1
    words = _event_words(event)
    issued = _plan_issue(ob, words)
    if issued is not None:
        return AnchoredDate("ban hành kế hoạch", issued, _add_days(issued, n, working, sign), working)
    if len(words) < _MIN_EVENT_WORDS:
        return None
    key = " ".join(words[:_MIN_EVENT_WORDS])
    events = {}
    for other in plan:
        if other.document_id == ob.document_id and other.due_on and other.id != ob.id \
                and _DAY_RE.search(other.due_text or "") and f" {key} " in f" {folded_words(other.what or '')} ":
            events.setdefault(other.due_on, other)
    if len(events) != 1:
        return None
    (on, other), = events.items()
    event_on = date.fromisoformat(on)
    return AnchoredDate(other.what or event, event_on, _add_days(event_on, n, working, sign), working)
