"""Choosing the duties to show: the best per plan for a plain question, and for a list
question every duty of the plan in focus that the question's slots (the asker's unit,
the recipient, the units named, the report named) leave in, by date."""
from __future__ import annotations

from .answer_context import AnswerContext
from .duties import field_match, kind_match, names_unit, unit_match
from .duty_groups import ScoredDuty, distinct, first_duties
from .duty_recipients import recipient_match
from .question import Intent
from .thresholds import (ASKER_UNIT_SHARE, CLOSE_TO_BEST_SHARE, ENOUGH_UNIT_SHARE, GROUP_MATCH,
                         LISTED_RECIPIENT_MATCH, NAMED_UNIT_SHARE, SAME_PLAN_SECOND_SHARE)

#: Most duties a list answer carries (its text shows MAX_SHOWN and counts the rest).
MAX_LISTED = 40
#: Most duties a plain (not list) answer shows: the best per plan among those close to the best.
MAX_ANSWERED_DUTIES = 4


def named_plans_first(ctx: AnswerContext, scored: list[ScoredDuty]) -> list[ScoredDuty]:
    """The duties of the plans the question (or the answer it follows) names, when they
    hold one close to the best; every duty otherwise."""
    if not ctx.pinned_documents:
        return scored
    named = [p for p in scored if p[1].document_id in ctx.pinned_documents]
    # a yes/no question about a named plan is about that plan, whatever others ask for
    if named and (named[0][0] >= scored[0][0] * CLOSE_TO_BEST_SHARE or ctx.analysis.asks_yes_no):
        return named
    return scored


def list_scope(ctx: AnswerContext, duties: list[ScoredDuty], *, by_kind: bool = True,
               by_named_unit: bool = True) -> tuple[list[ScoredDuty], set[int]]:
    """The duties a list question asks for among `duties` (one plan's, or a window's), and
    the ids of those that are the asker's only through a group it belongs to. Each slot
    narrows only when it leaves something: the asker's unit ("em ở phòng X"), the recipient
    ("… gửi Sở X": before the units the question names, whose words may only name the plan),
    the units named, the report named."""
    query = ctx.analysis
    same = duties
    group_only: set[int] = set()    # the duties of a group the asker's unit belongs to
    unit = query.unit or ctx.unit
    if unit:
        share = {ob.id: unit_match(ctx, ob.who or "", unit, ob.document_id) for _, ob in same}
        mine = [(s, ob) for s, ob in same if share[ob.id] >= ASKER_UNIT_SHARE]
        same = mine or same
        group_only = {ob.id for _, ob in mine if share[ob.id] <= GROUP_MATCH}
    if query.recipient:
        # "… gửi Sở X những báo cáo nào": the duties sent or handed in there, when the plan has any
        sent = [(s, ob) for s, ob in same if recipient_match(ob, query.recipient) >= LISTED_RECIPIENT_MATCH]
        same = sent or same
    if not unit and by_named_unit:
        same = _named_units(ctx, same) or same
    if query.report_kind and by_kind:
        same = [(s, ob) for s, ob in same if kind_match(query.report_kind, ob) >= 0] or same
    return same, group_only


def _named_units(ctx: AnswerContext, same: list[ScoredDuty]) -> list[ScoredDuty]:
    """The duties of the units the question itself names ("các khoa, phòng … nộp"); a unit
    named by its own name leaves out the groups of its kind ("Phòng X" is a "phòng", but
    the duties of "Các khoa, phòng" are not what it leads)."""
    by_name = max((field_match(ctx, ob.who or "") for _, ob in same), default=0.0)
    if by_name >= NAMED_UNIT_SHARE:
        least = min(by_name, ENOUGH_UNIT_SHARE)
        return [(s, ob) for s, ob in same if field_match(ctx, ob.who or "") >= least]
    best_unit = max((unit_match(ctx, ob.who or "", None, ob.document_id) for _, ob in same), default=0.0)
    return [(s, ob) for s, ob in same if names_unit(ctx, ob, best_unit)]


def by_date(duties: list[ScoredDuty], group_only: set[int] = frozenset()) -> list[ScoredDuty]:
    """One of each duty (a plan's body and its table often say one twice), the unit's own
    first, then those of the groups it belongs to, each by date (undated last)."""
    ordered = sorted(duties, key=lambda p: (p[1].id in group_only, p[1].due_on or "9999", p[1].id))
    keep = {id(ob) for ob in distinct([ob for _, ob in ordered])}
    return [p for p in ordered if id(p[1]) in keep]


def select_obligations(ctx: AnswerContext, scored: list[ScoredDuty]) -> list[ScoredDuty]:
    """What to show: a list question gets every duty of its best plan (or of the asker's
    unit); otherwise the best duty per plan among those scoring close to the best."""
    if not scored:
        return []
    scored = named_plans_first(ctx, scored)
    query = ctx.analysis
    if query.intent == Intent.LIST:
        plan = scored[0][1].document_id
        same, group_only = list_scope(ctx, [(s, ob) for s, ob in scored if ob.document_id == plan])
        return first_duties(by_date(same, group_only), MAX_LISTED)
    best = scored[0][0]
    chosen: list[ScoredDuty] = []
    seen_docs: set[int] = set()
    single_plan = len(ctx.pinned_documents) == 1
    for s, ob in scored:
        if s < best * CLOSE_TO_BEST_SHARE:
            break
        doc = ob.document_id
        if doc in seen_docs and not (single_plan and not query.report_kind and s >= best * SAME_PLAN_SECOND_SHARE):
            continue
        seen_docs.add(doc)
        chosen.append((s, ob))
        if len(chosen) >= MAX_ANSWERED_DUTIES:
            break
    if query.occurrence and chosen:
        chosen[0] = _nth_occurrence(chosen[0], scored, query.occurrence)
    return chosen


def _nth_occurrence(top: ScoredDuty, scored: list[ScoredDuty], n: int) -> ScoredDuty:
    """The `n`-th by date (-1: the last) of the dated duties that repeat the top one (same
    plan, unit and task: "lần thứ nhất … trước ngày 30/4, lần thứ hai … trước ngày 31/10");
    the top one itself when it does not repeat that often."""
    score, ob = top
    twins = sorted({o.due_on: o for _, o in scored if o.due_on and o.document_id == ob.document_id
                    and o.who == ob.who and o.what == ob.what}.values(), key=lambda o: o.due_on or "")
    if len(twins) < 2 or n > len(twins):
        return top
    return score, twins[n - 1 if n > 0 else -1]
