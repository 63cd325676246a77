"""Plans that cover two calendar years (a school year, "năm học 2025-2026"): a date written
without a year that falls before the plan was issued belongs to the second year.

A school's plan issued in September for "năm học 2025-2026" writes "trước ngày 20/01" and
"trước ngày 25/5" for the coming January and May; read with the plan's year they would lie
before the plan itself. The span's words are data (date_cues.tsv `year-span`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .lexicon import phrase_alternation
from .models import Block, Obligation

_SPAN_RE = re.compile(r"\b(?:" + phrase_alternation("date_cues.tsv", "year-span") + r")\s+(?P<a>\d{4})\s*[-–—/]\s*(?P<b>\d{4})\b",
                      re.IGNORECASE)
_WRITTEN_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
#: the title and opening are read for the span: the first blocks of the plan
_OPENING_BLOCKS = 12


def plan_span(blocks: list[Block], plan_year: int | None) -> tuple[int, int] | None:
    """(first, second) year when the plan's opening names a two-year span starting in its year."""
    if not plan_year:
        return None
    for block in blocks[:_OPENING_BLOCKS]:
        for m in _SPAN_RE.finditer(block.text):
            a, b = int(m.group("a")), int(m.group("b"))
            if a == plan_year and b == a + 1:
                return a, b
    return None


def _year_less(ob: Obligation) -> bool:
    return not _WRITTEN_YEAR_RE.search(ob.due_text or "")


def into_span(obligations: list[Obligation], blocks: list[Block], plan_year: int | None,
              issued_on: date | None) -> list[Obligation]:
    """The duties with a year-less date before the plan's issue moved to the span's second
    year (unchanged when the plan names no span, or has no issue date to compare with)."""
    span = plan_span(blocks, plan_year)
    if span is None or issued_on is None or issued_on.year != span[0]:
        return obligations
    out: list[Obligation] = []
    for ob in obligations:
        due = ob.due_on
        if due is not None and due.year == span[0] and due < issued_on and _year_less(ob):
            try:
                ob = replace(ob, due_on=due.replace(year=span[1]))
            except ValueError:          # 29/02 in a year without it
                ob = replace(ob, due_on=date(span[1], due.month, 28))
        out.append(ob)
    return out
