"""The answerability decision's view of one question and its candidate answer: the
features of index/decision.py, measured on the retrieved passages, the candidate's
evidence, the question's slots and the corpus's own names. Composers never read them;
only the decision does.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import decision
from .known_agencies import unknown_agency_share
from .answer_context import AnswerContext, focus_coverage, missing_focus, plan_tokens_of, relevance
from .duties import kind_match
from .naming_features import named_by_own_metadata, unknown_initials, unknown_place
from .query_lexicon import lexicon
from .thresholds import CANDIDATE_SCORE_CAP, NAMES_UNKNOWN_AGENCY
from .vietnamese import STOPWORDS, folded_words

if TYPE_CHECKING:   # answers.py imports this module
    from .answers import Candidate

_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _slot_said(name: str | None, have: frozenset[str]) -> float | None:
    """+1 when every word of a named slot is in the evidence, -1 when some is not."""
    if not name:
        return None
    words = [w for w in name.split() if w != "va"]
    return 1.0 if words and all(w in have for w in words) else -1.0


def slot_agreement(ctx: AnswerContext, cand: "Candidate") -> float:
    """Mean agreement of the slots the question names (its own unit, the recipient) with
    what the candidate says; 0 when it names none."""
    have = plan_tokens_of(cand.evidence) if cand.evidence else frozenset()
    said = [v for v in (_slot_said(ctx.analysis.unit, have), _slot_said(ctx.analysis.recipient, have))
            if v is not None]
    return sum(said) / len(said) if said else 0.0


def answer_documents(ctx: AnswerContext, cand: "Candidate") -> set[int]:
    """The plans the candidate's passages and duties come from."""
    docs = {ctx.chunks[c].document_id for c in cand.order if c in ctx.chunks}
    return docs | {ob.document_id for ob in cand.obligations}


def kind_agrees(ctx: AnswerContext, cand: "Candidate") -> float:
    """+1 when the first duty shown is the report kind the question names, -1 when it is
    another; 0 when the question names none or the answer shows no duty."""
    if not ctx.analysis.report_kind or not cand.obligations:
        return 0.0
    return 1.0 if kind_match(ctx.analysis.report_kind, cand.obligations[0]) > 0 else -1.0


def hit_margin(ctx: AnswerContext) -> float:
    """How far the best retrieved passage stands above the second (0..1 of the best's
    fused score): a clear winner, or many passages equally (un)related."""
    if len(ctx.hits) < 2 or ctx.hits[0].score <= 0:
        return 1.0 if ctx.hits else 0.0
    return (ctx.hits[0].score - ctx.hits[1].score) / ctx.hits[0].score


def rank_agreement(ctx: AnswerContext) -> float:
    """1 when the lexical and the dense ranking put a passage of the same plan first: two
    unrelated views agreeing on where the answer is (ranks only, no embedder's scores)."""
    lexical = min((h for h in ctx.hits if h.lexical_rank is not None), key=lambda h: h.lexical_rank, default=None)
    dense = min((h for h in ctx.hits if h.dense_rank is not None), key=lambda h: h.dense_rank, default=None)
    if lexical is None or dense is None or lexical.chunk_id not in ctx.chunks or dense.chunk_id not in ctx.chunks:
        return 0.0
    return float(ctx.chunks[lexical.chunk_id].document_id == ctx.chunks[dense.chunk_id].document_id)


def number_agrees(ctx: AnswerContext, docs: set[int]) -> float:
    """+1 when the document number the question names is the number of a plan the answer
    comes from, -1 when it is not (the question asks about a cited decree or plan, whose
    text the corpus does not hold); 0 when it names none."""
    asked = ctx.analysis.document_number
    if not asked or not docs:
        return 0.0
    key = re.sub(r"\s+", "", asked.lower())
    numbers = {re.sub(r"\s+", "", (ctx.documents[d].number or "").lower()) for d in docs if d in ctx.documents}
    return 1.0 if key in numbers else -1.0


def year_agrees(ctx: AnswerContext, cand: "Candidate") -> float:
    """+1 when a year the question names is the year of a plan the answer comes from, or
    one its evidence states (the year of what the duty concerns: "quyết toán năm 2025",
    "kế hoạch năm 2027" in a 2026 plan); -1 when neither; 0 when it names none."""
    years = set(ctx.analysis.years)
    answer_years = {ctx.chunks[c].year for c in cand.order if c in ctx.chunks} | {ob.year for ob in cand.obligations}
    if not years or not answer_years:
        return 0.0
    if years & answer_years:
        return 1.0
    said = {int(y) for y in _YEAR_RE.findall(cand.evidence or "")}
    return 1.0 if years & said else -1.0


def plan_agrees(ctx: AnswerContext, docs: set[int], names_other: bool) -> float:
    """+1 when the answer is from a plan the question names, -1 from another; with none
    named, +1 when the question states the place of the answer's plan ("… xã An Phú"):
    an agency's short name that no alias spells out still comes with its place. 0 else.
    `names_other`: the question names an agency or initials the plans do not know; then a
    plan named only through its managing body, or by its place, is not the one asked
    about (another body of that place or under that body), so it counts 0."""
    pinned = set(ctx.pinned_documents)
    if not docs:
        return 0.0
    if pinned:
        if not docs & pinned:
            return -1.0
        return 1.0 if not names_other or named_by_own_metadata(ctx, docs & pinned) else 0.0
    if names_other:
        return 0.0
    asked = f" {ctx.analysis.folded} "
    places = [folded_words(ctx.documents[d].place or "") for d in docs if d in ctx.documents]
    return 1.0 if any(p and f" {p} " in asked for p in places) else 0.0


def parent_named(ctx: AnswerContext, docs: set[int]) -> float:
    """1 when the answer's plan was named only through its managing body ("Sở Y tế" for a
    hospital's plan), not by its own issuer or number: the question may be about the body
    itself, whose own plan the corpus does not hold."""
    named = docs & set(ctx.pinned_documents)
    return float(bool(named) and not named_by_own_metadata(ctx, named))


def delivered(cand: "Candidate") -> str:
    """What a duty says besides its text: it is delivered, so the words that send a
    report to its recipient ("gửi", "nộp") are said by it even when its sentence only
    names the report ("Văn phòng báo cáo kết quả 6 tháng trước ngày …")."""
    return _delivery_words() if cand.source == "duty" else ""


@lru_cache(maxsize=1)
def _delivery_words() -> str:
    """The lexicon's one-word recipient cues, joined (read once, as the lexicon is)."""
    return " ".join(sorted(key[0] for key in lexicon().recipient_cues if len(key) == 1))


def answer_rank(ctx: AnswerContext, cand: "Candidate") -> float:
    """1 / (1 + the rank among the retrieved passages of the answer's first passage); 0
    when it is none of them: how far the composer went from what retrieval put first."""
    ranks = {h.chunk_id: i for i, h in enumerate(ctx.hits)}
    first = next((ranks[c] for c in cand.order if c in ranks), None)
    return 0.0 if first is None else 1.0 / (1 + first)


def plan_identity(ctx: AnswerContext, docs: set[int]) -> str:
    """What names the plans an answer comes from (issuer, title, number, place):
    a question's word said there names the plan, whether or not the plan was recognised
    as named, so the answer does not lack it."""
    rows = [ctx.documents[d] for d in docs if d in ctx.documents]
    return " ".join(v or "" for d in rows for v in (d.issuer, d.title, d.number, d.place))


def missing_known(ctx: AnswerContext, evidence: str) -> float:
    """How rare the rarest focus term is that the corpus uses somewhere but the evidence
    does not say (0..1 of the corpus's rarest word). Words no plan uses are left out: on a
    plan nobody tuned on they are as often chat words and typos as signs of another topic;
    a word the corpus knows elsewhere and the answer lacks points to another passage."""
    skip = ctx.plan_tokens | STOPWORDS
    focus = [t for t in dict.fromkeys(ctx.analysis.focus_terms) if t not in skip and t in ctx.idf]
    if not focus or not evidence or not ctx.unknown_idf:
        return 0.0
    have = plan_tokens_of(evidence)
    return min(1.0, max((ctx.idf[t] for t in focus if t not in have), default=0.0) / ctx.unknown_idf)


def features(ctx: AnswerContext, cand: "Candidate") -> decision.Features:
    """The decision's view of one question and its candidate."""
    query = ctx.analysis
    lexical = [h for h in ctx.hits if h.lexical_rank == 0]
    tokens = list(dict.fromkeys(query.tokens))
    unknown = sum(1 for t in tokens if t not in ctx.idf) / len(tokens) if tokens else 1.0
    docs = answer_documents(ctx, cand)
    agency = unknown_agency_share(query.agencies, ctx.known_agencies, ctx.idf)
    initials = unknown_initials(ctx)
    evidence = f"{cand.evidence} {delivered(cand)}" if cand.evidence else ""
    year = year_agrees(ctx, cand)
    plan = plan_agrees(ctx, docs, agency >= NAMES_UNKNOWN_AGENCY or initials > 0)
    slots = slot_agreement(ctx, cand)
    kind = kind_agrees(ctx, cand)
    number = number_agrees(ctx, docs)
    named = [v for v in (year, plan, slots, kind, number) if v]
    # the document-level slots: a plan of another year, issuer or number is another plan
    # (unit and report kind are matched on wording, too loosely to contradict on their own)
    conflict = min(year, plan, number) < 0
    return decision.Features(
        relevance=relevance(ctx) if ctx.hits else 0.0,
        focus_coverage=focus_coverage(ctx, evidence) if evidence else float(cand.source in ("metadata", "window")),
        missing_focus=missing_focus(ctx, evidence),
        lexical_top=(lexical[0].lexical_score / (1 + lexical[0].lexical_score)) if lexical else 0.0,
        candidate_score=min(cand.score, CANDIDATE_SCORE_CAP),
        named_plan=float(bool(ctx.pinned_documents)),
        year_agrees=year,
        unknown_share=unknown,
        structured=float(cand.source in ("metadata", "window", "list", "items")),
        from_duty=float(cand.source == "duty"),
        from_passage=float(cand.source == "passage"),
        unknown_agency=agency,
        slot_agreement=slots,
        plan_agrees=plan,
        kind_agrees=kind,
        slots_agree=sum(named) / len(named) if named else 0.0,
        hit_margin=hit_margin(ctx),
        rank_agreement=rank_agreement(ctx),
        number_agrees=number,
        missing_known=missing_known(ctx, evidence + " " + plan_identity(ctx, docs) if evidence else ""),
        slot_conflict=float(conflict),
        answer_rank=answer_rank(ctx, cand),
        unknown_initials=initials,
        unknown_place=unknown_place(ctx, docs, cand.evidence or ""),
        parent_named=parent_named(ctx, docs))
