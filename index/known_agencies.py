"""Whether the plans know the agencies a question names (`agency_mentions`), measured
against every name the corpus holds (`known_agency_text`): a feature of the answerability
decision. A known name, a known name misspelt or abbreviated, or an issuer of the kind
named with the place named counts 0; an agency no plan names, or an issuer's kind of a
place no plan names, counts 1.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from .agency_mentions import Mention, issuers_part, names_part, with_places
from .aliases import ALL_LEVELS
from .thresholds import KNOWN_NAME_MIN_RATIO


def _abbreviates(tokens: list[str], words: list[str], t: int = 0, i: int = 0) -> bool:
    """Whether tokens[t:] read words[i:] from their start, each token either a word or
    the initials of the next words ("cd" is "cao dang", "ktkt" "kinh te ky thuat")."""
    if t == len(tokens):
        return True
    token = tokens[t]
    if i < len(words) and token == words[i] and _abbreviates(tokens, words, t + 1, i + 1):
        return True
    n = len(token)
    return (n >= 2 and i + n <= len(words) and "".join(w[0] for w in words[i:i + n]) == token
            and _abbreviates(tokens, words, t + 1, i + n))


def abbreviated_known(name: str, known: str) -> bool:
    """Whether a mention written with abbreviations ("truong cd ktkt", "phong tchc") is
    a known name written out: the staff's short forms follow no list, so they are read
    as initials of the known names' words."""
    tokens = name.split()
    if len(tokens) < 2:
        return False
    for known_name in names_part(known).split(" | "):
        words = known_name.split()
        if any(_abbreviates(tokens, words, 0, i) for i, w in enumerate(words) if w == tokens[0]):
            return True
    return False


def same_kind(m: Mention, names: str) -> list[tuple[str, ...]]:
    """The words of each known name that holds the mention's head and, after it, every
    other word of the mention in any order ("đài truyền hình" in "Đài Phát thanh và
    Truyền hình …"): names of the same kind of agency."""
    words = m.name.split()
    head, kind = tuple(words[:m.head_len]), set(words[m.head_len:])
    out = []
    for tokens, vocabulary in _entries(names):
        if head[0] not in vocabulary or not kind <= vocabulary:
            continue
        for p in range(len(tokens) - len(head) + 1):
            if tokens[p:p + len(head)] == head and kind <= set(tokens[p + len(head):]):
                out.append(tokens)
                break
    return out


def _known_with_place(m: Mention, names: str) -> bool:
    """Whether the mention is a known name (or a known run of a name's words past its
    head) followed by words a known name holds (its place, its parent): "tinh doan an
    phu" where a plan's issuer ends in "tinh doan" and the plans name "an phu", "thanh
    tra so tu" (a plan's "Thanh tra Sở" and its issuer), though no plan writes them
    together."""
    words = m.name.split()
    return any((f" {' '.join(words[:k])} |" in names or k > m.head_len and f" {' '.join(words[:k])} " in names)
               and f" {' '.join(words[k:])} " in names for k in range(m.head_len, len(words)))


def _holds(entry: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether `words` stand in the known name `entry`, one after the other."""
    return any(entry[i:i + len(words)] == words for i in range(len(entry) - len(words) + 1))


def _tail_word_known(word: str, entry: tuple[str, ...]) -> bool:
    """Whether a word after a mention's name is a word of a known name, or the initials
    of two or more of its consecutive words."""
    if word in entry:
        return True
    n = len(word)
    return n >= 2 and any("".join(w[0] for w in entry[i:i + n]) == word for i in range(len(entry) - n + 1))


@lru_cache(maxsize=2)
def _entries(names: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each known name as its words and their set (split once per corpus version)."""
    return tuple((tuple(e.split()), frozenset(e.split())) for e in names.split(" | ") if e.strip())


@lru_cache(maxsize=8)
def _windows(names: str, n: int) -> tuple[str, ...]:
    """Every run of `n` consecutive words of each known name (built once per corpus version)."""
    return tuple(dict.fromkeys(" ".join(tokens[i:i + n]) for tokens, _ in _entries(names)
                               for i in range(len(tokens) - n + 1)))


def closeness(name: str, names: str) -> float:
    """How close a mention is to the nearest known name (0..1): the best similarity
    (rapidfuzz's ratio) between the mention and a run of as many words of one known name.
    Runs, not the joined names: a short mention always finds some close run of
    characters across hundreds of names ("tinh hoa dien" inside "...nh hoa di..."), so
    a character-level partial match calls every agency almost known."""
    windows = _windows(names, len(name.split()))
    best = process.extractOne(name, windows, scorer=fuzz.ratio) if windows else None
    return best[1] / 100.0 if best else 0.0


def unknown_agency_share(mentions: list[Mention], known: str, corpus_phrases: Iterable[str]) -> float:
    """How far the question's agency mentions are from every name the plans hold (0..1,
    mean over mentions; 0 when it names none or only known ones).

    A mention found as such counts 0; otherwise it counts by how far it is from the
    nearest known name (`closeness`): one at least KNOWN_NAME_MIN_RATIO close is that name
    misspelt and scores low, any other is an agency no plan mentions and counts 1. A
    mention typed without diacritics counts only when the corpus never uses its last two
    words together: "ban dien tu" is more likely "bản điện tử"
    than an unknown board."""
    mentions = with_places(mentions)
    if not mentions:
        return 0.0
    phrases = set(corpus_phrases)

    names = names_part(known)
    issuers = issuers_part(known)

    def distance(m: Mention) -> float:
        kin = same_kind(m, issuers) if m.place else []
        if kin and any(_holds(entry, tuple(m.place.split())) for entry in kin):
            return 0.0
        if kin and f" {m.place} " not in known:
            # a plan's issuer is of the kind named, of a place ("tỉnh An Phú") no plan
            # names, in its names or its text: another agency's plan. (A place a plan
            # names may be this one's province, which its name leaves out.)
            return 1.0
        issuer_kin = same_kind(m, issuers) if m.tail else []
        if issuer_kin:
            # a plan's issuer is of the kind named ("Đài … Truyền hình") but none of the
            # words telling agencies of that kind apart (the place) is its: another
            # agency's plan. One of them known is enough (a unit's name followed by its
            # parent's short name and place: the tail holds words no list spells out),
            # and so are initials of its words ("TN" for the place's two words)
            return 0.0 if any(_tail_word_known(w, entry) for entry in issuer_kin for w in m.tail.split()) else 1.0
        if same_kind(m, names) or f" {m.name} " in names or abbreviated_known(m.name, known):
            return 0.0
        # A plan's text names its own units ("Phòng Đào tạo") that no metadata holds; a
        # place it cites in passing is not covered by it (places come from the metadata).
        if not m.name.startswith(ALL_LEVELS) and f" {m.name} " in known:
            return 0.0
        if m.ambiguous and "_".join(m.name.split()[-2:]) in phrases:
            return 0.0
        if _known_with_place(m, names):
            return 0.0
        # a commune or ward named by its level ("phường X") is a place's name, measured
        # strictly like an agency typed with its place: close in characters to a known
        # ward, it is another ward
        if not m.place and " ".join(m.name.split()[:m.head_len]) not in ALL_LEVELS:
            # words that merely follow a head may be no name at all, and a name typed in
            # short forms the lexicon reads otherwise may be a known one: how close they
            # come to some name, character by character (measured strictly by word runs,
            # fewer questions about freshly uploaded plans were answered)
            return 1.0 - fuzz.partial_ratio(m.name, names) / 100.0
        close = closeness(m.name, names)
        # a name this close is a known one misspelt; a less close one is another agency
        return 1.0 - close if close >= KNOWN_NAME_MIN_RATIO else 1.0

    return sum(distance(m) for m in mentions) / len(mentions)
