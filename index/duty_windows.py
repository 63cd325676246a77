"""Duties inside a date window ("tháng 11", "quý IV/2024", "tuần này", "sắp tới"): the
dated duties, each occurrence of a recurring one a row of its own, of the plans in focus,
narrowed by the question's other slots, the best ones shown by date and the rest counted."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .answer_context import AnswerContext
from .duties import score_obligations
from .duty_groups import ScoredDuty, recurring_groups
from .duty_selection import by_date, list_scope
from .rows import ObligationRow
from .windows import DateWindow

#: Most duties (a recurring one counted once) a window answer shows; the rest are counted.
MAX_IN_WINDOW = 10


@dataclass(frozen=True)
class WindowDuties:
    """What a window question gets: the window as read (its year may have been moved to
    the plans' latest), the duties shown, by date, and how many more the window holds."""

    window: DateWindow
    chosen: list[ScoredDuty]
    more: int = 0


def _dated(obs: list[ObligationRow]) -> list[ObligationRow]:
    return [ob for ob in obs if ob.due_on]


def window_pool(ctx: AnswerContext) -> list[ObligationRow]:
    """The duties a window question reads: those of the plans it names, when it names some
    (another plan's deadlines are no answer about the named one), else every plan's."""
    if ctx.pinned_documents:
        named = set(ctx.pinned_documents)
        return [ob for ob in ctx.all_obligations if ob.document_id in named]
    return ctx.all_obligations


def in_window(ctx: AnswerContext, window: DateWindow) -> WindowDuties:
    """Dated duties inside the window, narrowed by the asker's unit and the recipient
    named, the others ranked by the question's other slots, the best-ranked
    MAX_IN_WINDOW shown by date and the rest counted. A month or quarter given without a
    year that holds nothing this year is read in the latest year that has deadlines in it
    (the plans may all be older)."""
    pool = _dated(window_pool(ctx))

    def inside(w: DateWindow) -> list[ObligationRow]:
        return [ob for ob in pool if w.contains(date.fromisoformat(ob.due_on or ""))]

    found = inside(window)
    if not found and not window.year_given and window.span in ("month", "quarter"):
        years = sorted({int((ob.due_on or "")[:4]) for ob in pool}, reverse=True)
        for year in years:
            candidate = window.in_year(year)
            found = inside(candidate)
            if found:
                window = candidate
                break
    scored = score_obligations(ctx, found)
    # a report or a unit named next to a window is ranked, not filtered: "quý" names the
    # window too, and a plan's issuer named shares its words with the plan's own units
    scoped, _ = list_scope(ctx, scored, by_kind=False, by_named_unit=False)
    kept = {id(ob) for _, ob in by_date(scoped)}
    ranked = [p for p in scored if id(p[1]) in kept]   # one of each duty, best first
    groups = recurring_groups([ob for _, ob in ranked])
    keep = {id(ob) for g in groups[:MAX_IN_WINDOW] for ob in g}
    shown = [p for p in ranked if id(p[1]) in keep]
    return WindowDuties(window, sorted(shown, key=lambda p: (p[1].due_on or "", p[1].id)),
                        max(0, len(groups) - MAX_IN_WINDOW))


def nearest_outside(ctx: AnswerContext, window: DateWindow) -> tuple[ObligationRow | None, ObligationRow | None]:
    """The named plans' last deadline before the window and first one after it (None when
    there is none), for an honest answer about a window they hold nothing in."""
    pool = _dated(window_pool(ctx))
    before = [ob for ob in pool if date.fromisoformat(ob.due_on or "") < window.start]
    after = [ob for ob in pool if date.fromisoformat(ob.due_on or "") > window.end]
    return (max(before, key=lambda ob: (ob.due_on, -ob.id), default=None),
            min(after, key=lambda ob: (ob.due_on, ob.id), default=None))
