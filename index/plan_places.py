"""Which of the plans a question names are of the place it names.

Agencies of one kind in different provinces (two provinces' hospitals of one kind, two
communes' People's Committees) share their short name, their initials and often their
number; only the place of issue or the managing body's place tells their plans apart. The
places come from each plan's own metadata: the place of the place-date line, the place
after a level of government in the issuer, the managing body or the title ("Sở Y tế tỉnh
An Phú", "… trên địa bàn phường An Bình"). A place the question names is a preference: it
narrows the plans the question names to those of that place when some are, never to none.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import word_list
from .rows import DocumentRow
from .vietnamese import syllables

#: A capitalised word of a place name, and a place of one to four of them after a level.
_PLACE_WORD = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+"
#: A place of this many words or more is also typed by its initials ("An Phú" as "AP").
MIN_WORDS_FOR_INITIALS = 2


@lru_cache(maxsize=1)
def _after_level() -> re.Pattern[str]:
    """"<level> <Place>" anywhere in a name or title (levels from index/data/place_levels.txt,
    longest first so "thành phố" is not read as "phố")."""
    levels = sorted(word_list("place_levels.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?i:" + "|".join(map(re.escape, levels)) + r") +("
                      + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3})")


def place_names(doc: DocumentRow) -> list[str]:
    """The places a plan's metadata names, folded ("an phu"), most certain first: the
    place of issue, then every place written after a level of government in its issuer,
    managing body and title."""
    found = [doc.place or ""]
    for text in (doc.issuer, doc.parent, doc.title):
        found += _after_level().findall(text or "")
    out: list[str] = []
    for place in found:
        key = " ".join(syllables(place))
        if key and key not in out:
            out.append(key)
    return out


def place_keys(doc: DocumentRow) -> set[str]:
    """The folded word runs that name one of the plan's places in a question: the place
    ("an phu") and, for a place of two words or more, its initials ("ap", as in "BV ĐK AP")."""
    keys: set[str] = set()
    for place in place_names(doc):
        keys.add(place)
        words = place.split()
        if len(words) >= MIN_WORDS_FOR_INITIALS:
            keys.add("".join(w[0] for w in words))
    return keys


def of_named_place(pinned: list[int], docs: Iterable[DocumentRow], grams: set[str]) -> list[int]:
    """The plans among `pinned` whose place the question names (`grams`: its folded word
    runs), when the question names the place of some but not all of them; `pinned`
    unchanged otherwise. The place named elsewhere in the question (where a report goes)
    may say nothing of the plan: the narrowing only chooses among plans named already."""
    if len(pinned) < 2:
        return pinned
    by_id = {d.id: d for d in docs}
    named = [i for i in pinned if i in by_id and place_keys(by_id[i]) & grams]
    return named if named and len(named) < len(pinned) else pinned
