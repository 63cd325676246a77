"""Duties as text: a deadline as staff read it ("trước ngày 20/5/2024", with how it stands
against today), one duty with its citation, and a list in date order with each recurring
duty on one line and every milestone counted."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .answer_context import AnswerContext
from .channels import asks_channel
from .duty_groups import distinct, recurrence_key, recurring_groups, synonym_folded
from .models import Deadline
from .open_deadlines import anchored_date
from .question import Intent
from .rows import Citable, ObligationRow
from .units import unit_phrase
from .vietnamese import folded_words
from .windows import status

#: Most duties a list shows in its text (a phone screen); the rest are counted.
MAX_SHOWN = 10
MAX_FIELD_CHARS = 110
#: What an answer says of a duty the plan times without a calendar date.
NO_FIXED_DATE = "không có ngày cố định"
NO_DEADLINE = "không ghi hạn cụ thể"

#: A day and month written in a deadline ("20/5", "10 tháng 6"): without one, a period
#: ("trong quý II/2025", "tháng 10/2026") gets its last day shown next to it.
_DAY_MONTH_RE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b", re.IGNORECASE)


def format_due(row: ObligationRow, plan: Sequence[ObligationRow] = (), today: date | None = None,
               *, short: bool = False) -> str:
    """`trước ngày 20/5` + 2024 → `trước ngày 20/5/2024`; `trong quý II/2025` →
    `trong quý II/2025 (30/6/2025)`; undated → the phrase or the recurrence, marked as having
    no fixed date, with the date a relative one comes to when `plan` dates its event."""
    due_text = (row.due_text or "").strip()
    due_on = row.due_on
    if due_on:
        d = date.fromisoformat(due_on)
        if str(d.year) in due_text:
            return due_text if _DAY_MONTH_RE.search(due_text) else f"{due_text} ({d.day}/{d.month}/{d.year})"
        m = re.search(r"(\d{1,2}\s*[/.-]\s*\d{1,2})(?!\s*[/.-]\s*\d)", due_text)
        if m:
            rest = re.sub(r"^\s*(của|trong)\s+năm\b", "", due_text[m.end():])   # "10/11 của năm"
            return due_text[: m.end()] + f"/{d.year}" + rest
        return f"{due_text} ({d.day}/{d.month}/{d.year})" if due_text else f"{d.day}/{d.month}/{d.year}"
    recurrence = row.recurrence or ""
    if recurrence and not recurrence.startswith(("định kỳ", "hằng", "hàng", "ngày")):
        recurrence = f"định kỳ {recurrence}"
    if due_text and recurrence and folded_words(recurrence) not in folded_words(due_text):
        due_text = f"{recurrence}, {due_text}"
    due_text = due_text or recurrence
    if not due_text:
        return NO_DEADLINE
    return f"{due_text} ({_undated_note(row, plan, today, short)})"


def _day(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _undated_note(row: ObligationRow, plan: Sequence[ObligationRow], today: date | None, short: bool) -> str:
    """"không có ngày cố định", and for a relative deadline whose event the plan dates, the
    date it comes to, said to be computed: "tính từ … ngày 15/01/2026: 22/01/2026" (`short`,
    for a line of a list: "tính ra 22/01/2026")."""
    anchor = anchored_date(row, plan)
    if anchor is None:
        return NO_FIXED_DATE
    if short:
        return f"{NO_FIXED_DATE}; tính ra {_day(anchor.due_on)}" + (f", {status(anchor.due_on, today)}" if today else "")
    event = cut_at_word(anchor.event, 70)
    event = event[0].lower() + event[1:] if event[:2].istitle() else event
    note = f"{NO_FIXED_DATE}; tính từ ngày {event} {_day(anchor.event_on)}: hạn là {_day(anchor.due_on)}"
    if today:
        note += f", {status(anchor.due_on, today)}"
    if anchor.working_days:
        note += "; ngày làm việc không tính thứ Bảy, Chủ nhật, chưa trừ ngày lễ"
    return note


def row_to_deadline(row: ObligationRow) -> Deadline:
    """An obligation row as the `deadlines` item of an answer."""
    return Deadline(
        date=date.fromisoformat(row.due_on) if row.due_on else None,
        due_text=row.due_text or "", who=unit_and_task(row.who or "")[0], what=row.what or "",
        to_whom=row.to_whom or "", document=row.filename or "",
        recurrence=row.recurrence, quote=row.quote or "", section=row.section or "",
        issuer=row.issuer or "", number=row.number, year=row.year,
        citation=row.citation or "", obligation_id=row.id, document_id=row.document_id,
    )


def cut_at_word(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-–>")
    return cut + "…"


def short_citation(row: Citable) -> str:
    """"Kế hoạch số <số> của <cơ quan>, <nơi ban hành> (<năm>)": number, issuer, the place of
    issue when the issuer's name does not say it, year; never a file name. Agencies of one
    kind in two provinces share their short name (and often their number): the place tells
    the reader which plan answered."""
    kind = row.kind or "Kế hoạch"
    number = f" số {row.number}" if row.number else ""
    issuer = f" của {row.issuer}" if row.issuer else ""
    if issuer and row.place and f" {folded_words(row.place)} " not in f" {folded_words(row.issuer or '')} ":
        issuer += f", {row.place}"
    year = f" ({row.year})" if row.year else ""
    return f"{kind}{number}{issuer}{year}"


def section_label(section: str, limit: int = 60) -> str:
    """The deepest heading of a section path, cut at a word."""
    if not section:
        return "phần đầu"
    return cut_at_word(section.split(" > ")[-1], limit)


def due_with_status(ob: ObligationRow, today: date | None, plan: Sequence[ObligationRow] = (),
                    *, short: bool = False) -> str:
    """"trước ngày 10/6/2025 (đã qua)"; an undated one as `format_due` says it."""
    due = format_due(ob, plan, today, short=short)
    if today and ob.due_on:
        state = status(date.fromisoformat(ob.due_on), today)
        # "trong quý II/2025 (30/6/2025, đã qua)": one bracket
        due = f"{due[:-1]}, {state})" if due.endswith(")") else f"{due} ({state})"
    return due


def unit_and_task(who: str) -> tuple[str, str]:
    """A unit field that is a whole clause ("Văn phòng chủ trì, phối hợp với các phòng tham
    mưu …") as the unit it names and the rest of the clause; a plain unit and ""."""
    found = unit_phrase(who)
    if found is None:
        return who, ""
    unit, end = found
    rest = who[end:].strip(" ,;:-–")
    return (unit, rest) if unit and rest else (who, "")


def _what_with_task(what: str, task: str) -> str:
    """The duty's text with what its unit's clause adds ("… (phối hợp Công đoàn cơ sở)"),
    unless the duty's text says most of it already."""
    if not task:
        return what
    said = set(folded_words(what).split())
    words = folded_words(task).split()
    if words and sum(w in said for w in words) * 2 >= len(words):
        return what
    return f"{what} ({task})"


def duty_line(ob: ObligationRow, today: date | None, *, with_source: bool,
              plan: Sequence[ObligationRow] = ()) -> str:
    """One duty on one line: what, when (and its status), who, to whom. A unit field that
    is a clause shows as its unit, the rest of the clause going with the duty's text."""
    unit, task = unit_and_task(ob.who or "")
    what = _what_with_task(ob.what or "Nhiệm vụ", task)
    parts = [f"{cut_at_word(what, MAX_FIELD_CHARS)}: {due_with_status(ob, today, plan)}"]
    if unit:
        parts.append(f"đơn vị: {cut_at_word(unit, MAX_FIELD_CHARS)}")
    if ob.to_whom:
        parts.append(f"gửi: {cut_at_word(ob.to_whom, MAX_FIELD_CHARS)}")
    line = "; ".join(parts)
    if with_source:
        line += f" — {short_citation(ob)}"
    return line


def _plan_tag(ob: ObligationRow, with_place: bool = False) -> str:
    """The plan of a duty in a list line: its number, else its issuer and year; with its
    place of issue when `with_place` (two plans of the list share their number)."""
    tag = f"KH {ob.number}" if ob.number else cut_at_word(f"{ob.issuer or 'kế hoạch'} {ob.year or ''}".strip(), 40)
    return f"{tag}, {ob.place}" if with_place and ob.place else tag


def list_line(ob: ObligationRow, today: date | None, *, with_plan: bool) -> str:
    """One duty of a list, short: when (and its status), what, who, which plan."""
    return _group_line([ob], today, with_plan=with_plan, with_unit=True)


def _group_due(group: list[ObligationRow], today: date | None) -> str:
    """"trước ngày 15 của tháng cuối quý (15/3, 15/6, 15/9/2025; tiếp theo còn 12 ngày)"."""
    dates = sorted(date.fromisoformat(ob.due_on) for ob in group if ob.due_on)
    one_year = len({d.year for d in dates}) == 1
    shown = [f"{d.day}/{d.month}" if one_year and i < len(dates) - 1 else f"{d.day}/{d.month}/{d.year}"
             for i, d in enumerate(dates)]
    text = f"{group[0].due_text} ({', '.join(shown)}"
    if today:
        upcoming = [d for d in dates if d >= today]
        text += f"; lần tới {upcoming[0].day}/{upcoming[0].month}: {status(upcoming[0], today)}" if upcoming \
            else "; đã qua"
    return text + ")"


def _group_line(group: list[ObligationRow], today: date | None, *, with_plan: bool, with_unit: bool,
                with_to: bool = False, plan: Sequence[ObligationRow] = (), with_place: bool = False) -> str:
    ob = group[0]
    due = _group_due(group, today) if len(group) > 1 else due_with_status(ob, today, plan, short=True)
    unit, task = unit_and_task(ob.who or "")
    parts = [due, cut_at_word(_what_with_task(ob.what or "Nhiệm vụ", task), 55)]
    if unit and with_unit:
        parts.append(cut_at_word(unit, 45))
    if ob.to_whom and with_to:
        parts.append(f"gửi {cut_at_word(ob.to_whom, MAX_FIELD_CHARS)}")
    if with_plan:
        parts.append(_plan_tag(ob, with_place))
    return " — ".join(parts)


def _with_every_date(ctx: AnswerContext, groups: list[list[ObligationRow]]) -> list[list[ObligationRow]]:
    """Each recurring duty with all its dates in the plan, not only those chosen (a
    "mấy lần" answer counts every one)."""
    keys = {recurrence_key(g[0]) for g in groups if len(g) > 1 or g[0].due_on}
    every: dict[tuple, list[ObligationRow]] = {}
    for ob in ctx.obligations:
        key = recurrence_key(ob)
        if key in keys:
            every.setdefault(key, []).append(ob)
    out = []
    for g in groups:
        more = every.get(recurrence_key(g[0]), [])
        out.append(distinct(sorted(more, key=lambda o: (o.due_on or "", o.id))) if len(more) > len(g) else g)
    return out


def render_duties(ctx: AnswerContext, obs: list[ObligationRow], *, heading: str | None = None,
                  more: int = 0, every_date: bool = True) -> str:
    """A direct answer from duties: one duty with its citation below, or a short list in
    date order, each deadline marked past or with the days left, one line per recurring duty
    (with all its dates in the plan when `every_date`). What the list leaves out is counted
    ("… và 3 hạn khác"), with the `more` duties the caller did not pass."""
    today = ctx.today
    plan = ctx.all_obligations or ctx.obligations   # where a relative deadline's event is dated
    obs = distinct(obs)
    docs = list(dict.fromkeys(ob.document_id for ob in obs))
    if len(recurring_groups(obs)) == 1 and every_date:
        obs = obs[:1]     # the dates of one recurring duty: that duty, with all its dates
    if len(obs) == 1 and not heading:
        ob = obs[0]
        text = duty_line(ob, today, with_source=False, plan=plan)
        # a recurring duty: all its dates, and how the next one stands
        siblings = [o for o in (ctx.obligations if every_date else obs) if recurrence_key(o) == recurrence_key(ob)]
        if len(siblings) > 1:
            text = text.replace(due_with_status(ob, today, plan), _group_due(distinct(siblings), today), 1)
        text = text[0].upper() + text[1:] + "."
        return f"{text}\n(Nguồn: {short_citation(ob)}, mục {section_label(ob.section or '')})"
    groups = _with_every_date(ctx, recurring_groups(obs)) if every_date else recurring_groups(obs)
    shown = groups[:MAX_SHOWN]
    units = {synonym_folded(unit_and_task(g[0].who or "")[0]) for g in shown}
    # one unit for every line: said once under the heading, not on each line
    first_unit = unit_and_task(shown[0][0].who or "")[0]
    common_unit = first_unit if len(units) == 1 and first_unit and len(shown) > 1 else None
    # a question asking to whom or through what: each line says where it goes
    with_to = ctx.analysis.intent == Intent.TO or asks_channel(ctx.analysis.folded)
    # two plans of one number (agencies of one kind in two provinces): each line says its place
    shared = len({_plan_tag(ob) for ob in obs}) < len(docs)
    lines = [f"{i}. " + _group_line(g, today, with_plan=len(docs) > 1, with_unit=not common_unit, with_to=with_to,
                                    plan=plan, with_place=shared)
             for i, g in enumerate(shown, 1)]
    if len(groups) - len(shown) + more > 0:
        lines.append(f"… và {len(groups) - len(shown) + more} hạn khác")
    if heading is None:
        heading = "Các kế hoạch quy định khác nhau:" if len(docs) > 1 else "Kế hoạch quy định:"
    if common_unit:
        heading += f"\nĐơn vị: {cut_at_word(common_unit, MAX_FIELD_CHARS)}"
    text = heading + "\n" + "\n".join(lines)
    if len(docs) == 1:
        text += f"\n(Nguồn: {short_citation(obs[0])})"
    else:
        issued = {ob.document_id: (ob.year or 0, ob.issued_on or "") for ob in obs}
        newest = max(obs, key=lambda ob: (issued[ob.document_id], ob.document_id))
        # plans issued on one known date (two agencies of one kind): none is newer, each is
        # cited; plans known only by their year keep the order of the year, then the id
        if not newest.issued_on or sum(v == issued[newest.document_id] for v in issued.values()) == 1:
            text += f"\nKế hoạch mới nhất: {short_citation(newest)}."
        else:
            firsts = {ob.document_id: ob for ob in reversed(obs)}
            text += "\n(Nguồn: " + "; ".join(short_citation(firsts[d]) for d in docs) + ")"
    dated = [date.fromisoformat(ob.due_on) for ob in obs if ob.due_on]
    if today and dated and all(d < today for d in dated):
        text += "\nLưu ý: các hạn này đã qua; hãy kiểm tra kế hoạch của năm nay."
    return text
