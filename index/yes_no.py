"""Yes/no questions ("có phải nộp báo cáo quý không", "bc năm gửi qua email được không"):
the duties the answer path ranked, read against what the question names (a channel, a
recipient or a report kind), framed as "Có — <the duty>" or as "Không — <plan> không yêu
cầu …; kế hoạch chỉ yêu cầu:" with the duties the plan does ask for.

It decides nothing: the slots are the query stage's, the ranking is index/duties.py's, and
the answerability decision judges the framed candidate as any other.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .answer_context import AnswerContext
from .channels import channel_phrase, channel_strength
from .duties import kind_match, recipient_match
from .duty_groups import ScoredDuty, distinct, synonym_folded
from .duty_text import duty_line, section_label, short_citation
from .lexicon import table_rows, word_list
from .rows import ObligationRow
from .thresholds import CLOSE_TO_BEST_SHARE, WHOLE_RECIPIENT
from .vietnamese import fold

#: Most duties a "Không" answer lists as what the plan asks instead.
MAX_INSTEAD = 3
#: Report kinds said with "báo cáo" in front ("báo cáo quý"); the others are said as named.
_PERIODIC_KINDS = ("6 tháng", "quý", "năm")


@dataclass(frozen=True)
class YesNo:
    """A yes/no reading of the ranked duties: the verdict, the text, the duties it shows."""

    yes: bool
    text: str
    obligations: list[ObligationRow]


@lru_cache(maxsize=1)
def _channel_names() -> tuple[tuple[str, ...], ...]:
    """Channel cues that name a channel (not those asking which one: "qua đâu", "cách nào")."""
    asking = {row.cell(1) for row in table_rows("yes_no_cues.tsv") if row.cell(0) == "wh"}
    return tuple(tuple(c.split()) for c in word_list("channel_cues.txt")
                 if not any(w in asking for w in c.split()))


def _named_channel(folded: str) -> str | None:
    words = folded.split()
    for cue in _channel_names():
        if any(tuple(words[i:i + len(cue)]) == cue for i in range(len(words) - len(cue) + 1)):
            return " ".join(cue)
    return None


def _as_written(text: str, folded_phrase: str) -> str:
    """The words of `text` that fold to `folded_phrase` ("so noi vu" → "Sở Nội vụ"), else the phrase."""
    spans = [(m.start(), m.end(), fold(m.group(0))) for m in re.finditer(r"[^\W_]+", text)]
    want = folded_phrase.split()
    for i in range(len(spans) - len(want) + 1):
        if [s[2] for s in spans[i:i + len(want)]] == want:
            return text[spans[i][0]:spans[i + len(want) - 1][1]]
    return folded_phrase


def _check(ctx: AnswerContext) -> tuple[str, Callable[[ObligationRow], bool]] | None:
    """What the question asks to be required, as the answer says it ("báo cáo 6 tháng gửi Sở
    Nội vụ"), and the test a duty must pass: every slot it names (report kind, recipient, channel)."""
    query = ctx.analysis
    said: list[str] = []
    tests: list[Callable[[ObligationRow], bool]] = []
    if query.report_kind:
        kind = query.report_kind
        said.append(f"báo cáo {kind}" if kind in _PERIODIC_KINDS else kind)
        tests.append(lambda ob: kind_match(kind, ob) > 0)
    if query.recipient:
        recipient = query.recipient
        said.append(f"gửi {_as_written(query.text, recipient)}")
        tests.append(lambda ob: recipient_match(ob, recipient) >= WHOLE_RECIPIENT)
    channel = _named_channel(query.folded)
    if channel:
        said.append(f"gửi qua {_as_written(query.text, channel)}")
        tests.append(lambda ob: channel in synonym_folded(f"{ob.to_whom or ''} {ob.quote or ''}"))
    if not tests:
        return None
    return " ".join(said), lambda ob: all(test(ob) for test in tests)


def _instead(ctx: AnswerContext, plan: list[ObligationRow]) -> list[ObligationRow]:
    """The duties a plan does ask for, to say in place of the one asked: its reports by date
    for a report kind, those with an addressee for a recipient, those naming a channel for one."""
    query = ctx.analysis
    if _named_channel(query.folded):
        picked = [ob for ob in plan if channel_strength(f"{ob.to_whom or ''} {ob.quote or ''}")]
        if query.report_kind:
            picked = [ob for ob in picked if kind_match(query.report_kind, ob) > 0] or picked
    elif query.recipient:
        picked = [ob for ob in plan if ob.to_whom]
    else:
        picked = sorted((ob for ob in plan if "bao cao" in synonym_folded(ob.what or "")),
                        key=lambda ob: (ob.due_on or "9999", ob.id))
    return distinct(picked or plan)[:MAX_INSTEAD]


def read_yes_no(ctx: AnswerContext, chosen: list[ScoredDuty], scored: list[ScoredDuty]) -> YesNo | None:
    """The yes/no answer from the chosen duties (and the ranked ones of their plans); None
    when the question names nothing a duty could lack (the plain duty answer then stands)."""
    check = _check(ctx)
    if check is None or not chosen:
        return None
    asked, holds = check
    top_score, top = chosen[0]
    match = next((ob for _, ob in chosen if holds(ob)), None)
    if match is None and ctx.analysis.recipient and not top.to_whom:
        return None    # the duty asked about names no addressee: neither yes nor no
    if match is None:   # another duty of the plan, nearly as close to the question
        match = next((ob for s, ob in scored if ob.document_id == top.document_id and holds(ob)
                      and s >= top_score * CLOSE_TO_BEST_SHARE), None)
    today = ctx.today
    pool = ctx.all_obligations or ctx.obligations
    if match is not None:
        line = duty_line(match, today, with_source=False, plan=pool)
        text = (f"Có — {line}."
                f"\n(Nguồn: {short_citation(match)}, mục {section_label(match.section or '')})")
        return YesNo(True, text, [match])
    plan = [ob for _, ob in scored if ob.document_id == top.document_id]
    instead = _instead(ctx, plan)
    channel = _named_channel(ctx.analysis.folded)
    lines = "\n".join(f"- {duty_line(ob, today, with_source=False, plan=pool)}"
                      + (f" ({phrase})" if channel and (phrase := channel_phrase(ob.quote or "")) else "")
                      for ob in instead)
    text = (f"Không — {short_citation(top)} không yêu cầu {asked}; kế hoạch chỉ yêu cầu:\n{lines}"
            f"\n(Nguồn: {short_citation(top)})")
    return YesNo(False, text, instead)
