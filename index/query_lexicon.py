"""The Vietnamese lexicon of the query stage, read from `index/data/lexicon.tsv`.

Rules are matched on folded syllables, longest staff form first, so "KH&CN", "kh-cn" and
"khcn" all read "khoa hoc cong nghe", and "giữa năm" reads "6 thang". The
file is language data a maintainer edits without touching code.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexicon import data_text, parse_table
from .vietnamese import syllables

#: The lexicon (package data); its first lines describe the format.
LEXICON_FILE = "lexicon.tsv"
#: bound on the rewrite's re-reading (chains in the lexicon are two or three rules long)
REWRITE_PASSES = 3
KINDS = ("abbr", "time", "chat", "intent", "kind", "title", "recipient")


@dataclass(frozen=True)
class Lexicon:
    """Rewrites (abbreviations, colloquial time words), chat words, intent and report cues."""

    rewrites: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    chat: frozenset[tuple[str, ...]] = frozenset()
    intents: dict[tuple[str, ...], str] = field(default_factory=dict)
    kinds: dict[tuple[str, ...], str] = field(default_factory=dict)
    longest: int = 1
    titles: tuple[str, ...] = ()          # signers' titles as written ("Phó Bí thư")
    #: folded phrases before a recipient ("gửi"; "báo cáo" of "báo cáo UBND tỉnh")
    recipient_cues: frozenset[tuple[str, ...]] = frozenset()
    #: cue, time and chat phrases as typed (not rewritten): where no name continues
    phrase_stops: frozenset[tuple[str, ...]] = frozenset()
    #: per table scanned (by id, kept with the table), each key's first syllable with
    #: the longest key it starts
    _heads: dict[int, tuple[object, dict[Any, int]]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def words(self) -> frozenset[str]:
        """Every folded syllable the lexicon knows (never 'corrected' as a typo)."""
        out: set[str] = set()
        for table in (self.rewrites, self.intents, self.kinds):
            for key in table:
                out.update(key)
        for key in self.chat:
            out.update(key)
        return frozenset(out)

    @property
    def whole_words(self) -> frozenset[str]:
        """Folded syllables that are a whole rule of the lexicon ("bc", "tp"), not only part of one."""
        out = {key[0] for table in (self.rewrites, self.intents, self.kinds) for key in table if len(key) == 1}
        return frozenset(out | {key[0] for key in self.chat if len(key) == 1})

    def scan(self, tokens: list[str], keys: Collection[tuple[str, ...]]) -> list[tuple[int, tuple[str, ...] | None]]:
        """Left to right, the longest key of `keys` at each position, else one plain token:
        (position, matched key or None)."""
        out: list[tuple[int, tuple[str, ...] | None]] = []
        # most tokens start no key: those cost one lookup instead of `longest` tuples
        known = self._heads.get(id(keys))
        if known is None or known[0] is not keys:
            known = self._heads[id(keys)] = (keys, _longest_by_head(keys))
        heads = known[1]
        i = 0
        while i < len(tokens):
            longest = heads.get(tokens[i], 0)
            for n in range(min(longest, len(tokens) - i), 0, -1):
                key = tuple(tokens[i:i + n])
                if key in keys:
                    out.append((i, key))
                    i += n
                    break
            else:
                out.append((i, None))
                i += 1
        return out

    def rewrite(self, tokens: list[str]) -> list[str]:
        """Abbreviations and colloquial words replaced by the documents' wording, re-read until
        nothing changes (at most REWRITE_PASSES passes): expansions can together form another
        rule's key ("bc quý" -> "báo cáo quý" -> the quarterly report's wording). A re-read
        joins whole expansions and typed words, never part of an expansion: "báo cáo QCDC"
        -> "báo cáo quy chế…" holds no "báo cáo quý" (folded "quy" of "quy chế")."""
        out, edges = tokens, None
        for first in (True,) + (False,) * (REWRITE_PASSES - 1):
            again, edges = self._rewrite_once(out, first, edges)
            if again == out:
                break
            out = again
        return list(out)

    def _rewrite_once(self, tokens: list[str], first: bool,
                      edges: set[int] | None) -> tuple[list[str], set[int]]:
        """One pass; `edges` are the positions between whole pieces (None: every position)."""
        out: list[str] = []
        new_edges = {0}
        for i, key in self.scan(tokens, self.rewrites):
            n = len(key) if key else 1
            whole = edges is None or (i in edges and i + n in edges)
            # a rule whose expansion holds its own key would grow on every pass (once only),
            # and is left alone where the text already reads its expansion
            held = self._self_containing.get(key) if key else None
            if key and whole and (held is None or first and not _reads(tokens, i - held, self.rewrites[key])):
                new_edges.add(len(out))
                out.extend(self.rewrites[key])
                new_edges.add(len(out))
                continue
            for j in range(i, i + n):
                out.append(tokens[j])
                if edges is None or j + 1 in edges:
                    new_edges.add(len(out))
        return out, new_edges

    @property
    def _self_containing(self) -> dict[Any, int]:
        """The rules whose expansion holds their key, with where it does (kept with the rules)."""
        known = self._heads.get(-1)
        if known is None or known[0] is not self.rewrites:
            known = self._heads[-1] = (self.rewrites, {k: at for k, v in self.rewrites.items() if (at := _offset(v, k)) >= 0})
        return known[1]

    def drop_chat(self, tokens: list[str]) -> list[str]:
        """The tokens without chat words and framing particles."""
        return [tokens[i] for i, key in self.scan(tokens, self.chat) if key is None]

    def cues(self, tokens: list[str], table: dict[tuple[str, ...], str]) -> list[tuple[str, tuple[str, ...]]]:
        """(label, phrase) of the cue phrases of `table` in the tokens, longest match first
        at each position, in order ("hạn chế" with an empty label hides the cue "hạn")."""
        return [(table[key], key) for _, key in self.scan(tokens, table) if key]


def _offset(words: tuple[str, ...], key: tuple[str, ...]) -> int:
    """Where `key` first occurs as consecutive words of `words`, else -1."""
    return next((i for i in range(len(words) - len(key) + 1) if words[i:i + len(key)] == key), -1)


def _reads(tokens: list[str], start: int, words: tuple[str, ...]) -> bool:
    """Whether the tokens from `start` on are `words`."""
    return start >= 0 and tuple(tokens[start:start + len(words)]) == words


def _longest_by_head(keys: Collection[tuple[str, ...]]) -> dict[str, int]:
    heads: dict[str, int] = {}
    for key in (k for k in keys if k):
        heads[key[0]] = max(heads.get(key[0], 0), len(key))
    return heads


def parse_lexicon(text: str) -> Lexicon:
    """Read the TSV format described at the top of lexicon.tsv."""
    rewrites: dict[tuple[str, ...], tuple[str, ...]] = {}
    chat: set[tuple[str, ...]] = set()
    intents: dict[tuple[str, ...], str] = {}
    kinds: dict[tuple[str, ...], str] = {}
    titles: list[str] = []
    recipient_cues: set[tuple[str, ...]] = set()
    phrase_stops: set[tuple[str, ...]] = set()
    longest = 1
    for row in parse_table(text, LEXICON_FILE):
        kind = row.cell(0)
        if kind not in KINDS or len(row.cells) < 2:
            raise row.refused()
        key = tuple(syllables(row.cell(1)))
        if not key:
            continue
        longest = max(longest, len(key))
        target = row.cell(2)
        if kind == "title":
            titles.append(row.cell(1))
            continue
        if kind == "recipient":
            recipient_cues.add(key)
            continue
        if kind in ("intent", "kind", "time", "chat"):
            phrase_stops.add(key)
        if kind == "chat":
            chat.add(key)
        elif kind == "intent":
            intents[key] = target
        elif kind == "kind":
            kinds[key] = target
        else:
            rewrites[key] = tuple(syllables(target))
    base = Lexicon(rewrites=rewrites, longest=longest)
    # cues are looked for in rewritten questions, so they are rewritten the same way
    return Lexicon(rewrites=rewrites, chat=frozenset(chat), longest=longest, titles=tuple(titles),
                   recipient_cues=frozenset(recipient_cues), phrase_stops=frozenset(phrase_stops),
                   intents={tuple(base.rewrite(list(k))): v for k, v in intents.items()},
                   kinds={tuple(base.rewrite(list(k))): v for k, v in kinds.items()})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (package data), read once."""
    return parse_lexicon(data_text(LEXICON_FILE))
