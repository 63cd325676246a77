"""Obligations as answers: ranking the candidate duties for a question by how well they
match its slots. Choosing the ones to show is index/duty_selection.py (and, inside a date
window, index/duty_windows.py); their text is index/duty_text.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .answer_context import AnswerContext, overlap, plan_tokens_of
from .channels import asks_channel, channel_strength
from .duty_groups import ScoredDuty, group_covers, group_kinds, member_units, same_task, synonym_folded
from .duty_recipients import addressed, recipient_match
from .open_deadlines import is_relative
from .rows import ObligationRow
from .lexicon import phrase_alternation
from .thresholds import (ASKED_YEAR_BONUS, ASKER_UNIT_WEIGHT, CHANNEL_MATCH, CLAUSE_KIND_MATCH, DATED_DUTY_BONUS,
                         DATED_TWIN_LEAD, DURATION_MATCH, DUTY_RANK_HITS, ENOUGH_UNIT_SHARE, GROUP_MATCH,
                         KIND_WORDS_MISSING, NAMED_PLAN_DUTY_BONUS, NAMED_RECIPIENT_WEIGHT, NAMED_UNIT_SHARE,
                         NAMED_UNIT_WEIGHT, NEWEST_PLAN_BONUS, OTHER_RECIPIENT_PENALTY, OWN_FIELDS_SHARE,
                         PLAN_RANK_PRIOR, RECIPIENT_WORDS_WEIGHT, REPORT_KIND_WEIGHT, SUBUNIT_GROUP_PENALTY)
from .vietnamese import STOPWORDS, bigrams, fold, folded_words


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
        # the written word: folded, "quý" is the "quy" of "Quy chế", which most reports name
        quarterly = re.search(r"(?<!\w)quý(?!\w)", (ob.what or "").lower())
        return 1.0 if quarterly or "quý" in recurrence else -1.0
    words = folded_words(kind)
    if words in what:
        return 1.0
    return CLAUSE_KIND_MATCH if words in synonym_folded(duty_clause(ob)) else KIND_WORDS_MISSING


#: the one-word quantifiers before a unit's name, folded ("các", "mỗi", "từng")
_QUANTIFIERS = frozenset(fold(phrase) for phrase in phrase_alternation("unit_words.tsv", "quantifier", space=" ").split("|")
                         if " " not in phrase)


def field_match(ctx: AnswerContext, field_text: str, phrase: str | None = None) -> float:
    """Share of a field's own words (who / to whom) that the question (or `phrase`) names,
    leaving out the words that only name the plan."""
    said_text = phrase or ctx.analysis.folded
    if phrase is None and ctx.analysis.recipient:
        # "gửi Cục Hải quan" names no unit of the plan; the recipient's words said elsewhere
        # still count ("các phòng … gửi Văn phòng": the units are "phòng")
        said_text = f" {said_text} ".replace(f" {ctx.analysis.recipient} ", " ", 1)
    asked = set(said_text.split())
    folded = synonym_folded(field_text).split()
    # "Mỗi thôn" and "các thôn" name the same units: a quantifier is no word of the name
    words = {t for t in folded if t not in STOPWORDS and t not in ctx.plan_tokens and t not in _QUANTIFIERS}
    if not words:
        return 0.0
    said = words & asked
    if said and len(words) > 1:
        # shared words of a longer name name it only with one of its phrases: "Hòa Bình" (a
        # place) does not name "Bình đẳng giới", nor "Phòng Tổ chức - Hành chính" the "Phòng
        # Kế hoạch - Tài chính" (a unit sharing its head and one word)
        pairs = set(bigrams(folded))
        if not pairs & set(bigrams(said_text.split())):
            return 0.0
    return len(said) / len(words)


def unit_match(ctx: AnswerContext, who: str, phrase: str | None = None, document_id: int | None = None) -> float:
    """`field_match` of a duty's unit, or GROUP_MATCH when the unit is a group whose kind
    the question (or `phrase`) names: the group's duties apply to each of its units (for
    "các đơn vị trực thuộc", to each unit the plan `document_id` lists as its own)."""
    share = field_match(ctx, who, phrase)
    if share < GROUP_MATCH:
        named = phrase or ctx.analysis.folded
        if ctx.analysis.recipient and not phrase:
            # "gửi phòng X" names no asker
            named = f" {named} ".replace(f" {ctx.analysis.recipient} ", " ").strip()
        if group_covers(who, named, _members(ctx, document_id)):
            return GROUP_MATCH
    return share


def covered_unit(ctx: AnswerContext, obs: list[ObligationRow]) -> str:
    """The asker's unit (folded) when a group duty among `obs` covers it ("Thủ trưởng các đơn
    vị trực thuộc" for a unit the plan lists as its own): the answer then speaks of that
    unit, though no duty names it. Empty otherwise."""
    unit = ctx.analysis.unit or ctx.unit
    if not unit:
        return ""
    covered = any(field_match(ctx, ob.who or "", unit) < GROUP_MATCH
                  and unit_match(ctx, ob.who or "", unit, ob.document_id) == GROUP_MATCH for ob in obs)
    return unit if covered else ""


def _members(ctx: AnswerContext, document_id: int | None) -> tuple[tuple[str, ...], ...]:
    """The plan's own units (its "Nơi nhận", its duties' units), once per question and plan."""
    if document_id is None:
        return ()
    found = ctx.memo.members.get(document_id)
    if found is None:
        doc = ctx.documents.get(document_id)
        whos = tuple(dict.fromkeys(ob.who or "" for ob in (ctx.all_obligations or ctx.obligations)
                                   if ob.document_id == document_id))
        found = ctx.memo.members[document_id] = member_units(doc.recipients if doc else None, whos)
    return found


def names_unit(ctx: AnswerContext, ob: ObligationRow, best: float) -> bool:
    """Whether the question names the duty's unit: as many of the unit's own words as the
    best-named unit of the plan (`best`; half is enough, a third at least), or a whole agency
    the question names (other than the plan's issuer) inside the unit's name."""
    if best >= NAMED_UNIT_SHARE and unit_match(ctx, ob.who or "", None, ob.document_id) >= min(best, ENOUGH_UNIT_SHARE):
        return True
    said = set(synonym_folded(ob.who or "").split())
    # the plan's own issuer named by the question names the plan, not one of its units
    issuer = set(synonym_folded(ob.issuer or "").split()) | ctx.plan_tokens
    # the agency a duty is sent to ("gửi Phòng X") names where it goes, not who does it
    named = (m for m in ctx.analysis.agencies if m.name != ctx.analysis.recipient)
    return any(words and not words <= issuer and words <= said
               for words in ({w for w in m.name.split() if w not in STOPWORDS} for m in named))


def subunit_group(ctx: AnswerContext, ob: ObligationRow) -> bool:
    """Whether the duty falls on a group of the plan's units ("Các phòng", "Các khoa, phòng")
    none of whose kinds the question names: a question naming only the agency asks for the
    agency's own duty."""
    return bool(group_kinds(ob.who or "")) and unit_match(ctx, ob.who or "", None, ob.document_id) == 0.0


def obligation_overlap(ctx: AnswerContext, ob: ObligationRow) -> float:
    """How well an obligation's words cover the question (no bonuses)."""
    # the plan's issuer and its managing body name the plan: a question saying either matches
    text = " ".join(v or "" for v in (ob.what, ob.who, ob.to_whom, ob.quote, ob.section, ob.issuer, ob.parent))
    return overlap(ctx, plan_tokens_of(text))


def own_fields_overlap(ctx: AnswerContext, ob: ObligationRow) -> float:
    """How well a duty's own clause and unit cover the question, the words naming the plan
    left out: of two duties read from one sentence, the one the question describes."""
    return overlap(ctx, plan_tokens_of(f"{ob.what or ''} {duty_clause(ob)} {ob.who or ''}"), within_plan=True)


#: Where a clause of a duty's sentence may start: after a `;` or after an earlier deadline.
_CLAUSE_START_RE = re.compile(r";|\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|\bquý\s+[IV]+(?:/\d{4})?"
                              r"|\btháng\s+\d{1,2}(?:/\d{4})?", re.IGNORECASE)


@lru_cache(maxsize=20_000)
def _clause_of(quote: str, due_text: str) -> str:
    at = quote.lower().find(due_text.lower()) if due_text else -1
    if at < 0:
        return ""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(quote, 0, at)), default=0)
    return quote[start:at + len(due_text)]


def duty_clause(ob: ObligationRow) -> str:
    """The part of a duty's sentence that dates it: from the end of the previous clause or
    deadline to its own deadline ("… trong quý III và tổng hợp kết quả báo cáo UBND trước
    ngày 15/10" → "và tổng hợp kết quả báo cáo UBND trước ngày 15/10"); empty if not found."""
    return _clause_of(ob.quote or "", ob.due_text or "")


def score_obligations(ctx: AnswerContext, obligations: list[ObligationRow] | None = None) -> list[ScoredDuty]:
    """Rank candidate obligations for the question, best first."""
    doc_rank: dict[int, int] = {}
    for rank, hit in enumerate(ctx.hits[:DUTY_RANK_HITS]):
        row = ctx.chunks.get(hit.chunk_id)
        if row and row.document_id not in doc_rank:
            doc_rank[row.document_id] = rank
    query = ctx.analysis
    years = [d.year or 0 for d in ctx.documents.values()]
    newest, oldest = max(years, default=0), min(years, default=0)
    unit = query.unit or ctx.unit
    channel = asks_channel(query.folded)
    scored = []
    for ob in (ctx.obligations if obligations is None else obligations):
        s = ((1 - OWN_FIELDS_SHARE) * obligation_overlap(ctx, ob) + OWN_FIELDS_SHARE * own_fields_overlap(ctx, ob)
             + REPORT_KIND_WEIGHT * kind_match(query.report_kind, ob))
        s += NAMED_UNIT_WEIGHT * unit_match(ctx, ob.who or "", None, ob.document_id)
        # "… gửi Sở X" names the addressee: a preference for the duties sent there
        if query.recipient:
            sent = recipient_match(ob, query.recipient)
            s += NAMED_RECIPIENT_WEIGHT * sent - (OTHER_RECIPIENT_PENALTY if not sent and addressed(ob) else 0.0)
        else:
            s += RECIPIENT_WORDS_WEIGHT * field_match(ctx, ob.to_whom or "")
        if ob.document_id in ctx.pinned_documents and not unit and subunit_group(ctx, ob):
            s -= SUBUNIT_GROUP_PENALTY
        if unit:
            s += ASKER_UNIT_WEIGHT * unit_match(ctx, ob.who or "", unit, ob.document_id)
        r = doc_rank.get(ob.document_id)
        if r is not None:
            s += PLAN_RANK_PRIOR / (1 + r)
        if ob.document_id in ctx.pinned_documents:
            s += NAMED_PLAN_DUTY_BONUS
        year = ob.year or 0
        if query.years and year in query.years:
            s += ASKED_YEAR_BONUS
        if newest > oldest:      # the newest plan wins ties
            s += NEWEST_PLAN_BONUS * (year - oldest) / (newest - oldest)
        relative = is_relative(ob.due_text)
        if ob.due_on or relative:   # a deadline counted from an event is one too
            s += DATED_DUTY_BONUS
        if relative and query.asks_duration:
            s += DURATION_MATCH
        if channel:
            s += CHANNEL_MATCH * channel_strength(ob.to_whom or "")
        scored.append((s, ob))
    scored.sort(key=lambda p: (-p[0], p[1].id))
    return _dated_twins_first(scored)


def _dated_twins_first(scored: list[ScoredDuty]) -> list[ScoredDuty]:
    """An undated duty ranked above a dated duty of its plan and unit naming the same task
    (the prose mentioning a deliverable the table dates) yields to it: the dated one takes
    the undated one's score plus DATED_TWIN_LEAD. Only the undated duties ranked above
    every dated one of their plan are looked at (the rest already rank below)."""
    first_dated: dict[int, float] = {}
    lifted: dict[int, float] = {}
    for s, ob in scored:
        if ob.due_on:
            first_dated.setdefault(ob.document_id, s)
            continue
        if ob.document_id in first_dated or ob.due_text:
            continue   # (a duty timed by its own phrase, "trong 05 ngày … sau hội nghị", is no mention)
        for s2, twin in scored:
            if twin.due_on and twin.document_id == ob.document_id and twin.id not in lifted \
                    and synonym_folded(twin.who or "") == synonym_folded(ob.who or "") and same_task(ob, twin):
                lifted[twin.id] = s + DATED_TWIN_LEAD
                break
    if not lifted:
        return scored
    out = [(max(s, lifted.get(ob.id, s)) if ob.due_on else s, ob) for s, ob in scored]
    out.sort(key=lambda p: (-p[0], p[1].id))
    return out


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
