"""Which duties are one duty: the same deadline read twice (a plan's body and its
appendix table), and the dates of one recurring duty ("hằng tháng") kept together, so
lists count each duty once."""
from __future__ import annotations

import re
from functools import lru_cache

from .question import expand_synonyms
from .rows import ObligationRow
from .thresholds import SAME_TASK_SHARE
from .vietnamese import folded_words

#: An obligation with its score for the question.
ScoredDuty = tuple[float, ObligationRow]


@lru_cache(maxsize=20_000)
def synonym_folded(text: str) -> str:
    """Folded words read through the question lexicon, as questions are ("nộp" reads "gửi")."""
    return " ".join(expand_synonyms(folded_words(text)).split())




def same_task(a: ObligationRow, b: ObligationRow) -> bool:
    """Whether two duties name one task (most of the shorter's words in the longer)."""
    wa, wb = set(synonym_folded(a.what or "").split()), set(synonym_folded(b.what or "").split())
    if not wa or not wb:
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= SAME_TASK_SHARE


def distinct(obs: list[ObligationRow]) -> list[ObligationRow]:
    """One duty per plan, date and task (a plan's body and its appendix table often repeat
    one); two tasks due the same day stay two."""
    seen: dict[tuple[int, str | int], list[ObligationRow]] = {}
    out = []
    for ob in obs:
        key = (ob.document_id, ob.due_on or ob.id)
        same_day = seen.setdefault(key, [])
        if not any(same_task(ob, other) for other in same_day):
            same_day.append(ob)
            out.append(ob)
    return out


def group_kinds(who: str) -> list[frozenset[str]]:
    """The kinds of unit a group names, each as its folded words: "Các khoa, phòng, Trạm Y
    tế" → khoa / phong / tram y te; "Trạm Y tế các xã" → tram y te xa. Empty when the unit
    is not a group (no "các"): a plan covers its units by kind as often as by name."""
    words = synonym_folded(who)
    if "cac" not in words.split():
        return []
    parts = re.split(r"[,;]|\bvà\b", who.lower())
    kinds = [frozenset(synonym_folded(part).split()) - {"cac", "nhung", "moi"} for part in parts]
    return [k for k in kinds if k]


def group_covers(who: str, named: set[str]) -> bool:
    """Whether a group duty ("Các khoa, phòng") applies to the unit named by `named` (its
    folded words: "khoa ke toan"): the unit is of one of the group's kinds."""
    return any(kind <= named for kind in group_kinds(who))


def first_duties(ordered: list[ScoredDuty], limit: int) -> list[ScoredDuty]:
    """The dated duties of the first `limit` distinct duties: a monthly duty counts once,
    so its dates do not push the plan's other reports out of a list."""
    groups: set[tuple] = set()
    out = []
    for p in ordered:
        key = recurrence_key(p[1])
        if key not in groups:
            if len(groups) >= limit:
                continue
            groups.add(key)
        out.append(p)
    return out


def recurrence_key(ob: ObligationRow) -> tuple:
    """Same plan, task, unit and wording of the deadline: one recurring duty ("trước ngày
    15 của tháng cuối quý" read once for each quarter)."""
    if not (ob.due_on and ob.due_text):
        return ("one", ob.id)
    return (ob.document_id, synonym_folded(ob.what or ""), synonym_folded(ob.who or ""), ob.due_text)


def recurring_groups(obs: list[ObligationRow]) -> list[list[ObligationRow]]:
    """The duties with one recurring duty's dates together, in the order of their first date."""
    groups: dict[tuple, list[ObligationRow]] = {}
    for ob in obs:
        groups.setdefault(recurrence_key(ob), []).append(ob)
    return list(groups.values())
