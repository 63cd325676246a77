"""Table rows ("TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành") read by
their column headers: the deadline in its cell, the cue in the header."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .dates import DueDate, find_due_dates
from .deliverables import normalize_what, period_of
from .lexicon import phrase_alternation
from .models import Block, Obligation
from .recipients import find_recipients, pick_recipient, with_channels
from .recurrence import parse_rule
from .recurrence_phrases import find_recurrences
from .units import section_unit

if TYPE_CHECKING:
    from .obligations import WalkState

# --- tables ("STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành") -------------------------
#: the words of each column's header: index/data/table_columns.tsv
_COL_WHAT_RE, _COL_WHO_RE, _COL_WHEN_RE, _COL_TO_RE, _COL_SKIP_RE = (
    re.compile(phrase_alternation("table_columns.tsv", column), re.IGNORECASE)
    for column in ("what", "who", "when", "to", "skip"))
_CELL_DATE_RE = re.compile(r"^(?:ngày\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?\.?$|"
                           r"^\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?$", re.IGNORECASE)
#: "6 tháng: trước ngày 18/6; năm: trước ngày 25/11": a period label right before a deadline
_DUE_LABEL_RE = re.compile(r"(?:^|[;|,.]|\s-)\s*(?P<label>[^;|,.:]{1,24}?)\s*:\s*$")
_CELL_PERIOD_RE = re.compile(r"^(?:tháng|quý)\s+\S+(?:\s*(?:/|năm)\s*\d{4})?\.?$", re.IGNORECASE)


def _column(header: list[str], pattern: re.Pattern, taken: set[int]) -> int | None:
    for i, name in enumerate(header):
        if i in taken or _COL_SKIP_RE.search(name.strip()):
            continue
        if pattern.search(name):
            return i
    return None


def due_label(text: str, start: int) -> str | None:
    """The report period labelling the deadline at `start` ("6 tháng: trước ngày …" → "6 tháng")."""
    m = _DUE_LABEL_RE.search(text[:start])
    return period_of("báo cáo " + m.group("label").strip()) if m else None


def read_table_row(state: WalkState, block: Block, text: str) -> bool:
    """Read one table row into `state`; False when the row must be read as prose."""
    # a Markdown row is framed by pipes ("| 5 | Báo cáo … |"): its first cell is the number
    cells = [c.strip() for c in text.strip().removeprefix("|").removesuffix("|").split("|")]
    # a header holds no date and no row number: a row whose deadline is worded ("trước
    # ngày 20 của tháng cuối quý") still starts with its number
    is_header = (not any(re.search(r"\d{1,2}\s*[/.\-]\s*\d{1,2}", c) for c in cells)
                 and not re.fullmatch(r"\d{1,3}\.?", cells[0])
                 and sum(bool(_COL_WHEN_RE.search(c) or _COL_WHAT_RE.search(c) or _COL_WHO_RE.search(c))
                         for c in cells) >= 2)
    if is_header:
        state.header = cells
        return True
    header = state.header or []
    if 0 < len(cells) < len(header):
        cells += [""] * (len(header) - len(cells))
    taken: set[int] = set()
    cols = {}
    for key, pattern in (("what", _COL_WHAT_RE), ("when", _COL_WHEN_RE), ("to", _COL_TO_RE), ("who", _COL_WHO_RE)):
        # a row may lose its trailing empty cells ("... | Trước ngày 31/01/2024 |")
        idx = _column(header, pattern, taken) if len(cells) == len(header) else None
        if idx is not None:
            taken.add(idx)
        cols[key] = idx
    dues = find_due_dates(text, state.plan_year)
    when = cells[cols["when"]] if cols["when"] is not None else None
    if not dues and when:
        probe = None
        if _CELL_DATE_RE.match(when):
            probe = "hạn ngày " + re.sub(r"^ngày\s*", "", when, flags=re.IGNORECASE).rstrip(".")
        elif _CELL_PERIOD_RE.match(when):
            probe = "trong " + when.rstrip(".")
        if probe:
            dues = [replace(d, due_text=when.rstrip("."), start=0, end=0) for d in find_due_dates(probe, state.plan_year)[:1]]
        elif parse_rule(when, period_end_ok=True):
            # "Hằng quý": undated here; extract_obligations materialises its occurrences
            dues = [DueDate(date=None, due_text=when.rstrip("."), start=0, end=0, day_month_text=when,
                            year_explicit=False)]
    if not dues:
        # no usable header: read the row as prose
        return False
    content = [c for i, c in enumerate(cells) if i not in taken and not re.fullmatch(r"\d{1,3}\.?", c)]
    what = cells[cols["what"]] if cols["what"] is not None else max(content, key=len, default="")
    who = cells[cols["who"]] if cols["who"] is not None else (
        section_unit(block.section) or state.issuer or "")
    to = cells[cols["to"]] if cols["to"] is not None else pick_recipient(find_recipients(text), None)
    recurrence = (find_recurrences(text) or [None])[0]
    for due in dues:
        # a cell holding several labelled deadlines gives one duty per period
        label = due_label(text, due.start) if due.start else None
        state.add(Obligation(
            who=who, what=normalize_what(what), to_whom=with_channels(text, to), due_on=due.date,
            due_text=due.due_text, recurrence=label or period_of(what) or recurrence,
            section=block.section, quote=text,
        ))
    return True
