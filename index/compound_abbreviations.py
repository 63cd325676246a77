"""Compound abbreviations: staff join short forms with "-", "&", "," or "và" ("CB-CC-VC",
"KH và CN", "CC-NLĐ"), and the lexicon (index/data/lexicon.tsv) knows most compounds only
written one way. Two readings, both from the lexicon's own rules, no list of compounds:

- pieces linked by "và" that together spell a rule's short form are that rule ("kh" "va"
  "cn" -> "khcn"; pieces typed with "-" stay as typed, as the plans' own text reads them);
- a piece left over next to another abbreviation is read by what it stands for in the
  lexicon's multi-piece rules ("cc, vc" says "cc" is "công chức"), when those agree.
"""
from __future__ import annotations

from collections.abc import Container, Mapping
from functools import lru_cache

from .query_initials import could_be_syllable

#: Pieces of a compound are short ("ptnt" is the longest the lexicon holds).
MAX_PIECE_CHARS = 4
#: Most pieces joined into one short form ("vh tt dl").
MAX_PIECES = 3
_LINK = "va"

Rewrites = Mapping[tuple[str, ...], tuple[str, ...]]


def _is_piece(token: str) -> bool:
    return token.isalpha() and len(token) <= MAX_PIECE_CHARS and not could_be_syllable(token)


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words)


@lru_cache(maxsize=4)
def _pieces(rewrites_items: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> dict[str, tuple[str, ...]]:
    """What each piece of the lexicon's multi-piece short forms stands for, when every rule
    holding it agrees ("kt" is "kinh tế" in one and "kỹ thuật" in another: no reading)."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for key, words in rewrites_items:
        if len(key) < 2 or not all(_is_piece(k) for k in key) or _initials(words) != "".join(key):
            continue
        at = 0
        for piece in key:
            found.setdefault(piece, set()).add(words[at:at + len(piece)])
            at += len(piece)
    return {piece: next(iter(readings)) for piece, readings in found.items() if len(readings) == 1}


def read_compounds(tokens: list[str], rewrites: Rewrites, known: Container[str] = ()) -> tuple[list[str], dict[str, str]]:
    """Folded tokens with compound abbreviations joined into the lexicon's short form or
    read piece by piece; and the typed tokens changed ({typed: new words}, "" for a piece
    merged into the one before). `known`: the corpus vocabulary (a word it uses is not read
    as a leftover piece)."""
    pieces = _pieces(tuple(rewrites.items()))
    out: list[str] = []
    changed: dict[str, str] = {}
    i = 0
    while i < len(tokens):
        joined = _joined_at(tokens, i, rewrites)
        if joined is not None:
            used, form = joined
            typed = [t for t in tokens[i:i + used] if t != _LINK]
            changed[typed[0]] = form
            changed.update({t: "" for t in typed[1:]})
            out.append(form)
            i += used
            continue
        out.append(tokens[i])
        i += 1
    for j, tok in enumerate(out):
        if (tok,) in rewrites or tok not in pieces or tok in known:
            continue
        if (j and (out[j - 1], tok) in rewrites) or (j + 1 < len(out) and (tok, out[j + 1]) in rewrites):
            continue   # the lexicon reads the pair as written ("kh cn")
        neighbours = [out[k] for k in (j - 1, j + 1) if 0 <= k < len(out)]
        if any(_is_abbreviation(n, rewrites, pieces) for n in neighbours):
            changed[tok] = " ".join(pieces[tok])
            out[j] = changed[tok]
    return " ".join(out).split(), changed


def _is_abbreviation(token: str, rewrites: Rewrites, pieces: Mapping[str, tuple[str, ...]]) -> bool:
    """A short form the lexicon spells out by its initials ("nld"), or a known piece."""
    words = rewrites.get((token,))
    return _is_piece(token) and (token in pieces or (words is not None and _initials(words) == token))


def _joined_at(tokens: list[str], i: int, rewrites: Rewrites) -> tuple[int, str] | None:
    """(tokens used, short form) when pieces from i on, linked by "và", spell a one-token
    rule of the lexicon."""
    best: tuple[int, str] | None = None
    parts: list[str] = []
    linked = False
    j = i
    while j < len(tokens) and len(parts) < MAX_PIECES:
        if parts and tokens[j] == _LINK and j + 1 < len(tokens):
            j += 1
            linked = True
        tok = tokens[j]
        if not _is_piece(tok):   # a plan's own use of "KH" does not stop "KH và CN"
            break
        parts.append(tok)
        j += 1
        form = "".join(parts)
        # only across "và": pieces typed with "-" ("TC-HC") are read as the plans write
        # them too, so joining those would part the question from the plans' own text
        if len(parts) >= 2 and linked and (form,) in rewrites:
            best = (j - i, form)
    return best
