"""Which duties are one duty: the same deadline read twice (a plan's body and its
appendix table), and the dates of one recurring duty ("hằng tháng") kept together, so
lists count each duty once."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import table_rows, word_list
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


@dataclass(frozen=True)
class GroupKind:
    """One kind of unit a group duty names: its folded words ("phong", "tram y te xa"), and
    whether it is a kind every unit is ("đơn vị"), which covers the plan's own units only."""

    words: frozenset[str]
    generic: bool = False
    phrase: tuple[str, ...] = ()    # the words in order, as a unit's name says them


@lru_cache(maxsize=1)
def _group_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """index/data/group_words.tsv by kind, longest phrase first."""
    out: dict[str, list[tuple[str, ...]]] = {"title": [], "qualifier": [], "parent": [], "generic": []}
    for row in table_rows("group_words.tsv"):
        if row.cell(0) not in out:
            raise row.refused("unknown kind")
        out[row.cell(0)].append(tuple(row.cell(1).split()))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _drop_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...], *, cut: bool = False) -> list[str]:
    """The words without the phrases (`cut`: without everything from the first one on)."""
    out, i = [], 0
    while i < len(words):
        hit = next((p for p in phrases if tuple(words[i:i + len(p)]) == p), None)
        if hit and cut:
            break
        if hit:
            i += len(hit)
            continue
        out.append(words[i])
        i += 1
    return out


@lru_cache(maxsize=20_000)
def group_kind_rows(who: str) -> tuple[GroupKind, ...]:
    """The kinds of unit a group names: "Các khoa, phòng, Trạm Y tế" → khoa / phong / tram y
    te; "Trạm Y tế các xã" → tram y te xa; "Thủ trưởng các phòng chuyên môn" → phong;
    "Các đơn vị trực thuộc" → don vi (generic). Empty when the unit is no group (no "các")."""
    if "cac" not in synonym_folded(who).split():
        return ()
    table = _group_words()
    kinds = []
    for part in re.split(r"[,;]|\bvà\b", who.lower()):
        words = synonym_folded(part).split()
        if "cac" in words:
            at = words.index("cac")
            head = words[:at]
            if head and _drop_phrases(head, table["title"]) == []:
                words = words[at:]       # "thủ trưởng các …": the units, not their heads
        words = [w for w in words if w not in ("cac", "nhung", "moi")]
        words = _drop_phrases(_drop_phrases(words, table["parent"], cut=True), table["qualifier"])
        if words:
            kinds.append(GroupKind(frozenset(words), tuple(words) in table["generic"], tuple(words)))
    return tuple(kinds)


def group_kinds(who: str) -> list[frozenset[str]]:
    """The folded words of each kind of unit a group names (see `group_kind_rows`)."""
    return [kind.words for kind in group_kind_rows(who)]


def _says(padded: str, phrase: tuple[str, ...]) -> bool:
    """Whether the folded text `padded` (" … ", spaces around) says `phrase` as one unit's
    name: "các thôn" names the group itself (whose own duties match it by name), not a unit
    of the kind."""
    if not phrase:
        return False
    key = " " + " ".join(phrase) + " "
    at = padded.find(key)
    while at >= 0:
        before = padded[:at].rsplit(" ", 1)[-1]
        if before not in _PLURALS:
            return True
        at = padded.find(key, at + 1)
    return False


#: Words before a kind that make it the group, not one of its units.
_PLURALS = frozenset({"cac", "nhung", "moi"})


def group_covers(who: str, named: str | set[str], members: tuple[tuple[str, ...], ...] = ()) -> bool:
    """Whether a group duty ("Các khoa, phòng") applies to the unit `named` (its folded text,
    "khoa ke toan"; or only its words): the unit is of one of the group's kinds, the kind's
    words said in a row; for a kind every unit is ("các đơn vị trực thuộc"), the unit is one
    of the plan's own `members`, named in full."""
    kinds = group_kind_rows(who)
    if not kinds:
        return False
    padded = f" {' '.join(named.split())} " if isinstance(named, str) else None
    for kind in kinds:
        if padded is None:
            if kind.words <= named:
                return True
        elif kind.generic:
            if any(_says(padded, member) for member in members):
                return True
        elif _says(padded, kind.phrase):
            return True
    return False


@lru_cache(maxsize=1000)
def member_units(recipients_json: str | None, whos: tuple[str, ...] = ()) -> tuple[tuple[str, ...], ...]:
    """The plan's own units, as their folded words: its "Nơi nhận" entries and duty units that
    start with a member head (index/data/member_unit_heads.txt: phòng, trạm, khoa …)."""
    heads = tuple(tuple(h.split()) for h in word_list("member_unit_heads.txt"))
    names = [str(n) for n in json.loads(recipients_json or "[]")] + list(whos)
    out = []
    for name in (part for n in names for part in re.split(r"[,;]", n.split(":")[0])):
        words = synonym_folded(name).split()
        if words and "cac" not in words and any(tuple(words[:len(h)]) == h for h in heads):
            out.append(tuple(words))
    return tuple(dict.fromkeys(out))


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
