"""Table rows ("TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành") read by
their column headers: the deadline in its cell, the cue in the header."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .casing import in_capitals
from .dates import DueDate, find_due_dates
from .deliverables import normalize_what, period_of
from .lexicon import flagged_phrases, phrase_alternation
from .models import Block, Obligation
from .recipients import find_recipients, pick_recipient, with_channels
from .recurrence import parse_rule
from .recurrence_phrases import find_recurrences
from .table_columns import SendColumn, holds_date, is_data_period, is_period_label, send_column, send_columns, sent_to
from .units import UNIT_HEAD_RE, section_unit

if TYPE_CHECKING:
    from .obligations import WalkState

# --- tables ("STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành") -------------------------
#: the words of each column's header: index/data/table_columns.tsv. Each column is found by
#: its header, the words flagged "first" winning over the others: the task before its product
#: ("Nội dung công việc" over "Sản phẩm", "Kết quả đầu ra"), the leading unit before any unit
#: ("Cơ quan chủ trì" over "Lãnh đạo phụ trách"), the deadline before a start ("Thời gian hoàn
#: thành" over "Thời gian bắt đầu").
_COLUMNS = "table_columns.tsv"


def _tiers(column: str) -> tuple[re.Pattern, ...]:
    first = "|".join(p.replace(" ", r"\s+") for p in sorted(flagged_phrases(_COLUMNS, column, "first")))
    every = re.compile(phrase_alternation(_COLUMNS, column), re.IGNORECASE)
    return (re.compile(first, re.IGNORECASE), every) if first else (every,)


_COL_WHAT_RE, _COL_WHO_RE, _COL_WHEN_RE, _COL_TO_RE = (_tiers(c) for c in ("what", "who", "when", "to"))
_COL_SKIP_RE = re.compile(phrase_alternation(_COLUMNS, "skip"), re.IGNORECASE)
_CELL_DATE_RE = re.compile(r"^(?:ngày\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?\.?$|"
                           r"^(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?\.?$", re.IGNORECASE)
#: "6 tháng: trước ngày 18/6; năm: trước ngày 25/11": a period label right before a deadline
_DUE_LABEL_RE = re.compile(r"(?:^|[;|,.]|\s-)\s*(?P<label>[^;|,.:]{1,24}?)\s*:\s*$")
#: "Quý III/2026", "Tháng 6 hằng năm" (a yearly duty: the month of the plan's year)
_CELL_PERIOD_RE = re.compile(r"^(?:tháng|quý)\s+\S+(?:\s*(?:/|năm)\s*\d{4})?(?:\s+(?:"
                             + phrase_alternation("date_cues.tsv", "year-tail") + r"))?\.?$", re.IGNORECASE)


def _column(header: list[str], tiers: tuple[re.Pattern, ...], taken: set[int]) -> int | None:
    for pattern in tiers:
        for i, name in enumerate(header):
            if i in taken or _COL_SKIP_RE.search(name.strip()):
                continue
            if pattern.search(name):
                return i
    return None


def _matches(cell: str, tiers: tuple[re.Pattern, ...]) -> bool:
    return any(p.search(cell) for p in tiers)


def row_cells(text: str, header: list[str] | None) -> list[str]:
    """The cells of a "a | b | c" row. A Markdown row is framed by pipes ("| 5 | Báo cáo |");
    a Word row whose first cell is empty (a number Word did not write, a merged cell) starts
    with one pipe only, and keeps that empty cell under its header."""
    raw = [c.strip() for c in text.strip().split("|")]
    framed = text.strip().startswith("|") and text.strip().endswith("|") and len(raw) > 2
    unframed = raw[1:-1] if framed else raw
    if header and len(raw) == len(header) != len(unframed):
        return raw
    return unframed


#: A cell repeating the one above: "nt" / "-nt-" / "như trên" / a ditto mark.
_SAME_AS_ABOVE_RE = re.compile(r"^(?:-?\s*nt\s*-?|như\s+trên|[\"〃”])\.?$", re.IGNORECASE)
#: A cell listing several units ("Văn phòng Ban; Thanh tra Ban", one per line in the cell):
#: each part names a unit on its own, in capitals.
_UNIT_SPLIT_RE = re.compile(r"\s*;\s*|,\s+(?=[A-ZĐ])")


def cell_units(cell: str) -> list[str]:
    """The units of a "who" cell: one for a single name, one per named unit of a list."""
    parts = [p.strip(" -+•.") for p in _UNIT_SPLIT_RE.split(cell)]
    parts = [p for p in parts if p]
    if len(parts) > 1 and all(p[:1].isupper() and UNIT_HEAD_RE.match(p) for p in parts):
        return parts
    return [cell]


def due_label(text: str, start: int) -> str | None:
    """The report period labelling the deadline at `start` ("6 tháng: trước ngày …" → "6 tháng")."""
    m = _DUE_LABEL_RE.search(text[:start])
    return period_of("báo cáo " + m.group("label").strip()) if m else None


def read_table_row(state: WalkState, block: Block, text: str) -> bool:
    """Read one table row into `state`; False when the row must be read as prose."""
    cells = row_cells(text, state.header)
    # a header holds no date and no row number: a row whose deadline is worded ("trước
    # ngày 20 của tháng cuối quý") still starts with its number
    is_header = (not any(re.search(r"\d{1,2}\s*[/.\-]\s*\d{1,2}", c) for c in cells)
                 and not re.fullmatch(r"\d{1,3}\.?", cells[0])
                 and sum(bool(any(_matches(c, tiers) for tiers in (_COL_WHEN_RE, _COL_WHAT_RE, _COL_WHO_RE))
                              or send_column(0, c)) for c in cells) >= 2)
    if is_header:
        state.header = cells
        return True
    header = state.header or []
    if 0 < len(cells) < len(header):
        cells += [""] * (len(header) - len(cells))
    # a row may lose its trailing empty cells ("... | Trước ngày 31/01/2024 |"): then no column
    aligned = len(cells) == len(header)
    sends = send_columns(header) if aligned else []
    periods = {i for i, name in enumerate(header) if is_data_period(name)} if aligned else set()
    label_col = next((i for i, name in enumerate(header) if is_period_label(name)), None) if aligned else None
    dated = {i for i, c in enumerate(cells) if holds_date(c)}
    taken = periods | {s.index for s in sends} | ({label_col} if label_col is not None else set())
    cols: dict[str, int | None] = {}
    for key, tiers in (("what", _COL_WHAT_RE), ("when", _COL_WHEN_RE), ("to", _COL_TO_RE), ("who", _COL_WHO_RE)):
        # a cell holding a date is a deadline whatever its header: never the unit or recipient
        blocked = taken | dated if key in ("to", "who") else taken
        idx = _column(header, tiers, blocked) if aligned else None
        if idx is not None:
            taken.add(idx)
        cols[key] = idx
    deadlines = _row_deadlines(cells, text, sends, cols["when"], periods, state.plan_year)
    if not deadlines and cols["when"] is not None:
        deadlines = _merged_deadline(state, block, cells, cols)
    if not deadlines:
        # no usable header: read the row as prose
        return False
    content = [c for i, c in enumerate(cells) if i not in taken and not re.fullmatch(r"\d{1,3}\.?", c)]
    what = cells[cols["what"]] if cols["what"] is not None else max(content, key=len, default="")
    if cols["what"] is None and label_col is not None and cells[label_col].strip():
        what = _report_of(cells[label_col])     # "Kỳ báo cáo | Quý I": the quarter's report
    who = cells[cols["who"]] if cols["who"] is not None else (
        section_unit(block.section) or state.issuer or "")
    to = cells[cols["to"]] if cols["to"] is not None else (
        pick_recipient(find_recipients(text), None)
        or next((r for i, c in enumerate(cells) if i not in taken and (r := sent_to(c))), ""))
    recurrence = (find_recurrences(text) or [None])[0]
    if cols["who"] is not None and (not who.strip() or _SAME_AS_ABOVE_RE.match(who.strip())):
        # a unit merged over several rows is written once (a PDF shows it in the first row
        # only), or the cell says "như trên": the rows below take the unit of the row above
        above = state.last
        if above is not None and above.section == block.section and " | " in above.quote:
            who = above.who
    units = cell_units(who) if cols["who"] is not None else [who]
    for source, dues, send in deadlines:
        senders, to_whom = units, to
        if send is not None:
            # "Các phòng gửi Văn phòng | Cơ quan gửi Bộ": each column its sender and recipient
            to_whom = send.recipient
            senders = [(state.issuer or who) if send.own else (send.sender or who)]
        for due in dues:
            # a cell holding several labelled deadlines gives one duty per period, a cell
            # naming several units one duty per unit (each unit is asked about on its own)
            label = due_label(source, due.start) if due.start else None
            for sender in senders:
                state.add(Obligation(
                    who=sender, what=normalize_what(what), to_whom=with_channels(text, to_whom), due_on=due.date,
                    due_text=due.due_text, recurrence=label or period_of(what) or recurrence,
                    section=block.section, quote=text,
                ))
    return True


def _merged_deadline(state: WalkState, block: Block, cells: list[str], cols: dict[str, int | None]) -> RowDeadlines:
    """The deadline of the row above for a task row whose deadline cell is empty: a cell merged
    over several rows is written once (antiword's .doc, a PDF show it in its first row only).
    Not for a group row ("CÔNG KHAI THÔNG TIN", in capitals) nor a row without a task."""
    above = state.last
    what = cells[cols["what"]].strip() if cols["what"] is not None else ""
    if (cells[cols["when"]].strip() or not what or in_capitals(what) or above is None or above.due_on is None
            or above.section != block.section or " | " not in above.quote):
        return []
    due = DueDate(date=above.due_on, due_text=above.due_text, start=0, end=0, day_month_text=above.due_text,
                  year_explicit=True)
    return [(above.due_text, [due], None)]


def _report_of(label: str) -> str:
    """The report a period label names: "Quý I" → "Báo cáo quý I", "6 tháng" → "Báo cáo 6 tháng"."""
    label = label.strip(" .:")
    if re.match(r"báo\s+cáo\b", label, re.IGNORECASE):
        return label
    return "Báo cáo " + (label[:1].lower() + label[1:] if not label.isupper() else label)


#: the deadlines of a row, each with the text it was read from and the column naming its
#: sender and recipient (None: the row's own unit and recipient)
RowDeadlines = list[tuple[str, list[DueDate], "SendColumn | None"]]


def _row_deadlines(cells: list[str], text: str, sends: list[SendColumn], when: int | None,
                   periods: set[int], plan_year: int | None) -> RowDeadlines:
    """A row's deadlines: one set per column naming a recipient; else the dates anywhere in
    the row but in a data-period column, else what the deadline column's cell states."""
    if sends:
        found = [(cells[s.index], cell_dues(cells[s.index], plan_year), s) for s in sends]
        return [f for f in found if f[1]]
    rest = " | ".join(c for i, c in enumerate(cells) if i not in periods) if periods else text
    dues = find_due_dates(rest, plan_year)
    if dues:
        return [(rest, dues, None)]
    if when is not None and (dues := cell_dues(cells[when], plan_year)):
        return [(cells[when], dues, None)]
    return []


#: "Ngày 16/9/2026 (dự kiến)": a remark in brackets after the date
_CELL_REMARK_RE = re.compile(r"\s*\([^()]*\)\s*$")


def cell_dues(cell: str, plan_year: int | None) -> list[DueDate]:
    """The deadlines one cell states: a phrase ("Trước ngày 16/3/2026"), a bare date
    ("16/3/2026"), a month or quarter ("Quý III/2026"), or a rule ("Hằng quý")."""
    dues = find_due_dates(cell, plan_year)
    when = _CELL_REMARK_RE.sub("", cell).strip()
    if dues or not when:
        return dues
    probe = None
    if _CELL_DATE_RE.match(when):
        probe = "hạn ngày " + re.sub(r"^ngày\s*", "", when, flags=re.IGNORECASE).rstrip(".")
    elif _CELL_PERIOD_RE.match(when):
        probe = "trong " + when.rstrip(".")
    if probe:
        return [replace(d, due_text=when.rstrip("."), start=0, end=0) for d in find_due_dates(probe, plan_year)[:1]]
    if parse_rule(when, period_end_ok=True):
        # "Hằng quý": undated here; extract_obligations materialises its occurrences
        return [DueDate(date=None, due_text=when.rstrip("."), start=0, end=0, day_month_text=when,
                        year_explicit=False)]
    return []
