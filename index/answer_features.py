"""The answerability decision's view of one question and its candidate answer: the
features of index/decision.py, measured on the retrieved passages, the candidate's
evidence, the question's slots and the corpus's own names. Composers never read them;
only the decision does.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import decision
from .agency_mentions import unknown_agency_share
from .answer_context import AnswerContext, focus_coverage, missing_focus, plan_tokens_of, relevance

if TYPE_CHECKING:   # answers.py imports this module
    from .answers import Candidate


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


def features(ctx: AnswerContext, cand: "Candidate") -> decision.Features:
    """The decision's view of one question and its candidate."""
    query = ctx.analysis
    lexical = [h for h in ctx.hits if h.lexical_rank == 0]
    answer_years = {ctx.chunks[c].year for c in cand.order if c in ctx.chunks} | {
        ob.year for ob in cand.obligations}
    years = set(query.years)
    tokens = list(dict.fromkeys(query.tokens))
    unknown = sum(1 for t in tokens if t not in ctx.idf) / len(tokens) if tokens else 1.0
    docs = answer_documents(ctx, cand)
    pinned = set(ctx.pinned_documents)
    return decision.Features(
        relevance=relevance(ctx) if ctx.hits else 0.0,
        focus_coverage=focus_coverage(ctx, cand.evidence) if cand.evidence else float(cand.source in ("metadata", "window")),
        missing_focus=missing_focus(ctx, cand.evidence),
        lexical_top=(lexical[0].lexical_score / (1 + lexical[0].lexical_score)) if lexical else 0.0,
        candidate_score=min(cand.score, 3.0),
        named_plan=float(bool(ctx.pinned_documents)),
        year_agrees=0.0 if not years or not answer_years else (1.0 if years & answer_years else -1.0),
        unknown_share=unknown,
        structured=float(cand.source in ("metadata", "window", "list", "items")),
        from_duty=float(cand.source == "duty"),
        from_passage=float(cand.source == "passage"),
        unknown_agency=unknown_agency_share(query.agencies, ctx.known_agencies, ctx.idf),
        slot_agreement=slot_agreement(ctx, cand),
        plan_agrees=0.0 if not pinned or not docs else (1.0 if docs & pinned else -1.0))
