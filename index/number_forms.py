"""Area numbers in the form the plans write them: "khu vực 12", "KV12" and "khu vực XII"
name the same area, and staff type either. A number after an area word (index/data/
area_words.txt: "khu vực", "tổ", "khóm", "ấp"…) is read in the form the corpus uses after
that word, found among the corpus's own adjacent folded pairs, so both spellings match
the plan's text and its generated aliases; a number the corpus holds in both forms, or in
neither, is left as typed.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from .lexicon import word_list
from .query_initials import could_be_syllable

AREA_WORDS_FILE = "area_words.txt"
#: Highest area number read (a "tổ 2025" is a year, not a neighbourhood).
MAX_AREA_NUMBER = 60

#: folded roman numerals up to 60 ("xiv", "xl", "lix")
_ROMAN_RE = re.compile(r"^(?=[ivxl])(l?x{0,3}|xl)(ix|iv|v?i{0,3})$")
_NUMERALS = {"i": 1, "v": 5, "x": 10, "l": 50}
_ROMAN_STEPS = (("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def roman_value(token: str) -> int | None:
    """The value of a folded roman numeral up to MAX_AREA_NUMBER ("xii" -> 12), else None."""
    if not _ROMAN_RE.match(token):
        return None
    value = 0
    for j, ch in enumerate(token):   # a smaller numeral before a larger one is subtracted
        amount = _NUMERALS[ch]
        value += -amount if j + 1 < len(token) and _NUMERALS[token[j + 1]] > amount else amount
    return value if 0 < value <= MAX_AREA_NUMBER else None


def roman(number: int) -> str:
    """The folded roman numeral of 1..MAX_AREA_NUMBER (12 -> "xii")."""
    out = []
    for symbol, amount in _ROMAN_STEPS:
        while number >= amount:
            out.append(symbol)
            number -= amount
    return "".join(out)


def other_form(token: str) -> str | None:
    """The same area number in the other notation ("12" <-> "xii"), None for no number."""
    if token.isdigit():
        n = int(token)
        return roman(n) if 0 < n <= MAX_AREA_NUMBER else None
    value = roman_value(token)
    return str(value) if value is not None else None


@lru_cache(maxsize=1)
def _area_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in word_list(AREA_WORDS_FILE))


@lru_cache(maxsize=1)
def _glued_re() -> re.Pattern[str]:
    singles = sorted({w[0] for w in _area_words() if len(w) == 1}, key=len, reverse=True)
    return re.compile(r"^(" + "|".join(map(re.escape, singles)) + r")(\d{1,2}|[ivxl]{1,6})$")


def _split_glued(tokens: list[str]) -> list[str]:
    """"kv12" -> "kv", "12" (an area word glued to its number)."""
    out: list[str] = []
    pattern = _glued_re()
    for t in tokens:
        m = pattern.match(t)
        # a Vietnamese syllable is no glued number ("tới" folds to "toi", not "tổ I")
        if m and other_form(m.group(2)) is not None and not could_be_syllable(t):
            out += [m.group(1), m.group(2)]
        else:
            out.append(t)
    return out


def _after_area_word(tokens: list[str], i: int) -> str | None:
    """The last word of the area word right before position i, or None."""
    for words in _area_words():
        n = len(words)
        if i >= n and tuple(tokens[i - n:i]) == words:
            return words[-1]
    return None


def corpus_number_forms(tokens: list[str], pairs: Collection[str],
                        expand: Callable[[str], str] = lambda w: w) -> list[str]:
    """Folded question tokens with each area number in the corpus's form.

    `pairs` holds the corpus's adjacent folded pairs ("vuc_xii"); `expand` gives the last
    word of an area word's written-out form (the lexicon reads "kv" as "khu vực": "vuc").
    A number becomes its other notation when the corpus writes that one after the same
    area word and never the typed one."""
    tokens = _split_glued(tokens)
    out = list(tokens)
    for i, t in enumerate(tokens):
        alt = other_form(t)
        area = _after_area_word(tokens, i) if alt is not None else None
        if area is None or alt is None:
            continue
        words = {area, expand(area)}
        typed_known = any(f"{w}_{t}" in pairs for w in words)
        alt_known = any(f"{w}_{alt}" in pairs for w in words)
        if alt_known and not typed_known:
            out[i] = alt
    return out


def area_number_changes(typed: list[str], numbered: list[str]) -> dict[str, str]:
    """The typed words `corpus_number_forms` rewrote, as {typed: new words} ("kv12": "kv
    xii"), so the question's agency names are read with the plan's number too."""
    changes: dict[str, str] = {}
    j = 0
    for t in typed:
        glued = _glued_re().match(t)
        width = 2 if glued and other_form(glued.group(2)) is not None and not could_be_syllable(t) else 1
        new = " ".join(numbered[j:j + width])
        if new != t:
            changes[t] = new
        j += width
    return changes
