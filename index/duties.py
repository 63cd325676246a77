"""Obligations as answers: ranking the candidate duties for a question, choosing the ones
to show (best per plan, every one for a list, every one inside a date window), and
rendering them short, with how each deadline stands against today.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .agency_mentions import head_words
from .answer_context import AnswerContext, overlap, plan_tokens_of
from .duty_groups import ScoredDuty, distinct, first_duties, recurrence_key, recurring_groups, synonym_folded
from .models import Deadline
from .rows import Citable, ObligationRow
from .question import Intent
from .vietnamese import STOPWORDS, folded_words
from .windows import DateWindow, status

#: Most duties a list or window answer shows (the JSON `deadlines` carry them all).
MAX_LISTED = 8
#: Least share of a duty's unit words ("các khoa, phòng, Trạm Y tế") a list question must
#: name for its list to keep that unit's duties only.
NAMED_UNIT_SHARE = 1 / 3
#: Most duties a list shows in its text (a phone screen); the rest are counted.
MAX_SHOWN = 6
MAX_FIELD_CHARS = 110


def format_due(row: ObligationRow) -> str:
    """`trước ngày 20/5` + 2024 → `trước ngày 20/5/2024`; undated → the recurrence."""
    due_text = (row.due_text or "").strip()
    due_on = row.due_on
    if due_on:
        d = date.fromisoformat(due_on)
        if str(d.year) in due_text:
            return due_text
        m = re.search(r"(\d{1,2}\s*[/.-]\s*\d{1,2})(?!\s*[/.-]\s*\d)", due_text)
        if m:
            rest = re.sub(r"^\s*(của|trong)\s+năm\b", "", due_text[m.end():])   # "10/11 của năm"
            return due_text[: m.end()] + f"/{d.year}" + rest
        return f"{due_text} ({d.day}/{d.month}/{d.year})" if due_text else f"{d.day}/{d.month}/{d.year}"
    recurrence = row.recurrence or ""
    if recurrence and not recurrence.startswith(("định kỳ", "hằng", "hàng", "ngày")):
        recurrence = f"định kỳ {recurrence}"
    if due_text and recurrence and folded_words(recurrence) not in folded_words(due_text):
        return f"{recurrence}, {due_text}"
    return due_text or recurrence or "không ghi hạn cụ thể"


def row_to_deadline(row: ObligationRow) -> Deadline:
    """An obligation row as the `deadlines` item of an answer."""
    return Deadline(
        date=date.fromisoformat(row.due_on) if row.due_on else None,
        due_text=row.due_text or "", who=row.who or "", what=row.what or "",
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


# ---------------------------------------------------------------------------- ranking
def kind_match(kind: str | None, ob: ObligationRow) -> float:
    """+1 when the obligation is the report the question names, -1 when it is another."""
    if not kind:
        return 0.0
    what = synonym_folded(ob.what or "")
    recurrence = ob.recurrence or ""
    six = bool(re.search(r"\b6 thang\b", what)) or recurrence == "6 tháng"
    if kind == "6 tháng":
        return 1.0 if six else -1.0
    if kind == "năm":
        yearly = recurrence == "năm" or (not six and "bao cao" in what and re.search(r"\bnam\b", what))
        return 1.0 if yearly else -1.0
    if kind == "quý":
        return 1.0 if "quy" in what.split() or "quý" in recurrence else -1.0
    words = folded_words(kind)
    return 1.0 if words in what else -0.5


def field_match(ctx: AnswerContext, field_text: str, phrase: str | None = None) -> float:
    """Share of a field's own words (who / to whom) that the question (or `phrase`) names,
    leaving out the words that only name the plan."""
    asked = set((phrase or ctx.analysis.folded).split())
    words = {t for t in synonym_folded(field_text).split() if t not in STOPWORDS and t not in ctx.plan_tokens}
    if not words:
        return 0.0
    return len(words & asked) / len(words)


def names_unit(ctx: AnswerContext, ob: ObligationRow, best: float) -> bool:
    """Whether the question names the duty's unit: as many of the unit's own words as the
    best-named unit of the plan (`best`; half is enough, a third at least), or a whole agency
    the question names (other than the plan's issuer) inside the unit's name."""
    if best >= NAMED_UNIT_SHARE and field_match(ctx, ob.who or "") >= min(best, 0.5):
        return True
    said = set(synonym_folded(ob.who or "").split())
    return any(words and not words <= ctx.plan_tokens and words <= said
               for words in ({w for w in m.name.split() if w not in STOPWORDS} for m in ctx.analysis.agencies))


def recipient_match(ob: ObligationRow, recipient: str) -> float:
    """Share of the named recipient's words that the duty's addressee says. An addressee
    named by its head alone ("gửi về Sở (qua Văn phòng)") is the plan's own issuer."""
    wanted = [w for w in recipient.split() if w != "va"]
    said = synonym_folded((ob.to_whom or "").split("(")[0]).split()
    if said and all(w in head_words() or w in STOPWORDS for w in said):
        said += synonym_folded(ob.issuer or "").split()
    if not wanted:
        return 0.0
    share = sum(1 for w in wanted if w in said) / len(wanted)
    # "Sở Y tế" is not "Trung tâm Y tế": a name sharing the domain words under another head
    # is another agency
    return share / 2 if wanted[0] in head_words() and wanted[0] not in said else share


def obligation_overlap(ctx: AnswerContext, ob: ObligationRow) -> float:
    """How well an obligation's words cover the question (no bonuses)."""
    text = " ".join(v or "" for v in (ob.what, ob.who, ob.to_whom, ob.quote, ob.section, ob.issuer))
    return overlap(ctx, plan_tokens_of(text))


def score_obligations(ctx: AnswerContext, obligations: list[ObligationRow] | None = None) -> list[ScoredDuty]:
    """Rank candidate obligations for the question, best first."""
    doc_rank: dict[int, int] = {}
    for rank, hit in enumerate(ctx.hits[:10]):
        row = ctx.chunks.get(hit.chunk_id)
        if row and row.document_id not in doc_rank:
            doc_rank[row.document_id] = rank
    query = ctx.analysis
    years = [d.year or 0 for d in ctx.documents.values()]
    newest, oldest = max(years, default=0), min(years, default=0)
    unit = query.unit or ctx.unit
    scored = []
    for ob in (ctx.obligations if obligations is None else obligations):
        s = obligation_overlap(ctx, ob) + 0.6 * kind_match(query.report_kind, ob)
        s += 0.3 * field_match(ctx, ob.who or "")
        # "… gửi Sở X" names the addressee: a preference for the duties sent there
        s += 0.7 * recipient_match(ob, query.recipient) if query.recipient else 0.3 * field_match(ctx, ob.to_whom or "")
        if unit:
            s += 0.6 * field_match(ctx, ob.who or "", unit)
        r = doc_rank.get(ob.document_id)
        if r is not None:
            s += 0.25 / (1 + r)
        if ob.document_id in ctx.pinned_documents:
            s += 0.3
        year = ob.year or 0
        if query.years and year in query.years:
            s += 0.2
        if newest > oldest:      # the newest plan wins ties
            s += 0.05 * (year - oldest) / (newest - oldest)
        if ob.due_on:
            s += 0.1
        scored.append((s, ob))
    scored.sort(key=lambda p: (-p[0], p[1].id))
    return scored


def select_obligations(ctx: AnswerContext, scored: list[ScoredDuty]) -> list[ScoredDuty]:
    """What to show: a list question gets every duty of its best plan (or of the asker's
    unit); otherwise the best duty per plan among those scoring close to the best."""
    if not scored:
        return []
    if ctx.pinned_documents:
        # the plans the question (or the answer it follows) names come first: others only
        # when those hold no such duty
        named = [p for p in scored if p[1].document_id in ctx.pinned_documents]
        if named and named[0][0] >= scored[0][0] * 0.8:
            scored = named
    best = scored[0][0]
    query = ctx.analysis
    if query.intent == Intent.LIST:
        plan = scored[0][1].document_id
        same = [(s, ob) for s, ob in scored if ob.document_id == plan]
        if query.unit or ctx.unit:
            unit = query.unit or ctx.unit
            mine = [(s, ob) for s, ob in same if field_match(ctx, ob.who or "", unit) >= 0.5]
            same = mine or same
        else:
            # the units the question itself names ("các khoa, phòng … nộp"): their duties only
            best_unit = max((field_match(ctx, ob.who or "") for _, ob in same), default=0.0)
            named_unit = [(s, ob) for s, ob in same if names_unit(ctx, ob, best_unit)]
            same = named_unit or same
        if query.report_kind:
            same = [(s, ob) for s, ob in same if kind_match(query.report_kind, ob) >= 0] or same
        if query.recipient:
            # "… gửi Sở X những báo cáo nào": the duties sent there, when the plan has any
            sent = [(s, ob) for s, ob in same if recipient_match(ob, query.recipient) >= 1.0]
            same = sent or same
        ordered = sorted(same, key=lambda p: (p[1].due_on or "9999", p[1].id))
        keep = {id(ob) for ob in distinct([ob for _, ob in ordered])}
        return first_duties([p for p in ordered if id(p[1]) in keep], MAX_LISTED)
    chosen: list[ScoredDuty] = []
    seen_docs: set[int] = set()
    single_plan = len(ctx.pinned_documents) == 1
    for s, ob in scored:
        if s < best * 0.8:
            break
        doc = ob.document_id
        if doc in seen_docs and not (single_plan and not query.report_kind and s >= best * 0.95):
            continue
        seen_docs.add(doc)
        chosen.append((s, ob))
        if len(chosen) >= 4:
            break
    return chosen


def in_window(ctx: AnswerContext, window: DateWindow) -> tuple[DateWindow, list[ScoredDuty]]:
    """Dated duties inside the window, ranked by the question's other slots then by date.
    A month or quarter given without a year that holds nothing this year is read in the
    latest year that has deadlines in it (the plans may all be older)."""
    def inside(w: DateWindow) -> list[ObligationRow]:
        return [ob for ob in ctx.all_obligations
                if ob.due_on and w.contains(date.fromisoformat(ob.due_on))]

    found = inside(window)
    if not found and not window.year_given and window.span in ("month", "quarter"):
        years = sorted({int(ob.due_on[:4]) for ob in ctx.all_obligations if ob.due_on}, reverse=True)
        for year in years:
            candidate = window.in_year(year)
            found = inside(candidate)
            if found:
                window = candidate
                break
    scored = score_obligations(ctx, found)
    if ctx.pinned_documents:
        named = [p for p in scored if p[1].document_id in ctx.pinned_documents]
        scored = named or scored
    keep = {id(ob) for ob in distinct([ob for _, ob in scored])}
    top = [p for p in scored if id(p[1]) in keep][:MAX_LISTED]
    return window, sorted(top, key=lambda p: (p[1].due_on, p[1].id))


# ---------------------------------------------------------------------------- rendering
def short_citation(row: Citable) -> str:
    """"Kế hoạch số <số> của <cơ quan> (<năm>)": number, issuer, year; never a file name."""
    kind = row.kind or "Kế hoạch"
    number = f" số {row.number}" if row.number else ""
    issuer = f" của {row.issuer}" if row.issuer else ""
    year = f" ({row.year})" if row.year else ""
    return f"{kind}{number}{issuer}{year}"


def section_label(section: str, limit: int = 60) -> str:
    """The deepest heading of a section path, cut at a word."""
    if not section:
        return "phần đầu"
    return cut_at_word(section.split(" > ")[-1], limit)


def due_with_status(ob: ObligationRow, today: date | None) -> str:
    """"trước ngày 10/6/2025 (đã qua)"."""
    due = format_due(ob)
    if today and ob.due_on:
        due += f" ({status(date.fromisoformat(ob.due_on), today)})"
    return due


def duty_line(ob: ObligationRow, today: date | None, *, with_source: bool) -> str:
    """One duty on one line: what, when (and its status), who, to whom."""
    parts = [f"{cut_at_word(ob.what or 'Nhiệm vụ', MAX_FIELD_CHARS)}: {due_with_status(ob, today)}"]
    if ob.who:
        parts.append(f"đơn vị: {cut_at_word(ob.who, MAX_FIELD_CHARS)}")
    if ob.to_whom:
        parts.append(f"gửi: {cut_at_word(ob.to_whom, MAX_FIELD_CHARS)}")
    line = "; ".join(parts)
    if with_source:
        line += f" — {short_citation(ob)}"
    return line


def _plan_tag(ob: ObligationRow) -> str:
    """The plan of a duty in a list line: its number, else its issuer and year."""
    if ob.number:
        return f"KH {ob.number}"
    return cut_at_word(f"{ob.issuer or 'kế hoạch'} {ob.year or ''}".strip(), 40)


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


def _group_line(group: list[ObligationRow], today: date | None, *, with_plan: bool, with_unit: bool) -> str:
    ob = group[0]
    due = _group_due(group, today) if len(group) > 1 else due_with_status(ob, today)
    parts = [due, cut_at_word(ob.what or "Nhiệm vụ", 55)]
    if ob.who and with_unit:
        parts.append(cut_at_word(ob.who, 45))
    if with_plan:
        parts.append(_plan_tag(ob))
    return " — ".join(parts)


def render_duties(ctx: AnswerContext, obs: list[ObligationRow], *, heading: str | None = None) -> str:
    """A direct answer from duties: one duty with its citation below, or a short list in
    date order, each deadline marked past or with the days left, one line per recurring duty."""
    today = ctx.today
    obs = distinct(obs)
    docs = list(dict.fromkeys(ob.document_id for ob in obs))
    if len(obs) == 1 and not heading:
        ob = obs[0]
        text = duty_line(ob, today, with_source=False)
        # a recurring duty: all its dates, and how the next one stands
        siblings = [o for o in ctx.obligations if recurrence_key(o) == recurrence_key(ob)]
        if len(siblings) > 1:
            text = text.replace(due_with_status(ob, today), _group_due(distinct(siblings), today), 1)
        text = text[0].upper() + text[1:] + "."
        return f"{text}\n(Nguồn: {short_citation(ob)}, mục {section_label(ob.section or '')})"
    groups = recurring_groups(obs)
    shown = groups[:MAX_SHOWN]
    units = {synonym_folded(g[0].who or "") for g in shown}
    # one unit for every line: said once under the heading, not on each line
    common_unit = shown[0][0].who if len(units) == 1 and shown[0][0].who and len(shown) > 1 else None
    lines = [f"{i}. {_group_line(g, today, with_plan=len(docs) > 1, with_unit=not common_unit)}"
             for i, g in enumerate(shown, 1)]
    if len(groups) > len(shown):
        lines.append(f"(và {len(groups) - len(shown)} hạn khác)")
    if heading is None:
        heading = "Các kế hoạch quy định khác nhau:" if len(docs) > 1 else "Kế hoạch quy định:"
    if common_unit:
        heading += f"\nĐơn vị: {cut_at_word(common_unit, MAX_FIELD_CHARS)}"
    text = heading + "\n" + "\n".join(lines)
    if len(docs) == 1:
        text += f"\n(Nguồn: {short_citation(obs[0])})"
    else:
        newest = max(obs, key=lambda ob: (ob.year or 0, ob.issued_on or "", ob.document_id))
        text += f"\nKế hoạch mới nhất: {short_citation(newest)}."
    dated = [date.fromisoformat(ob.due_on) for ob in obs if ob.due_on]
    if today and dated and all(d < today for d in dated):
        text += "\nLưu ý: các hạn này đã qua; hãy kiểm tra kế hoạch của năm nay."
    return text


def chunk_of_quote(ctx: AnswerContext, ob: ObligationRow) -> int | None:
    """The passage an obligation was read from (loaded when its plan is not among the hits)."""
    quote = re.sub(r"\s+", " ", ob.quote or "")[:60]
    if not quote:
        return None
    if ctx.load_chunks and not any(r.document_id == ob.document_id for r in ctx.chunks.values()):
        for row in ctx.load_chunks(ob.document_id):
            ctx.chunks.setdefault(row.id, row)
    for cid, row in ctx.chunks.items():
        if row.document_id == ob.document_id and quote in _single_spaced(row.text):
            return cid
    return None


@lru_cache(maxsize=20_000)
def _single_spaced(text: str) -> str:
    """The text with every run of whitespace one space (cached: each duty of a list looks
    through its plan's passages again, question after question)."""
    return re.sub(r"\s+", " ", text)
