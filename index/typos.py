"""Typo tolerance: a folded token the corpus never uses is replaced by a corpus word one
edit away (rapidfuzz's optimal string alignment: a letter dropped, added, replaced, or two
neighbours swapped, "hpuoc" → "phuoc", each one edit), preferring a word that forms a pair the corpus knows
with its neighbour ("tinh doen" → "tinh doan", not "den"), then the more frequent word."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from .thresholds import TYPO_CANDIDATES, TYPO_MAX_EDITS, TYPO_MIN_LENGTH



@dataclass
class Vocabulary:
    """Folded syllables of the corpus with their counts, and the adjacent pairs it holds."""

    counts: Counter[str] = field(default_factory=Counter)
    pairs: frozenset[str] = frozenset()
    protected: frozenset[str] = frozenset()   # lexicon words: never corrected

    @classmethod
    def from_lexical_forms(cls, forms: Iterable[str], protected: Iterable[str] = ()) -> "Vocabulary":
        """Build from the indexed lexical forms (syllables, then `a_b` pairs)."""
        counts: Counter[str] = Counter()
        for form in forms:
            counts.update(form.split())
        return cls.from_term_counts(counts, protected)

    @classmethod
    def from_term_counts(cls, counts: Mapping[str, int], protected: Iterable[str] = ()) -> "Vocabulary":
        """Build from every indexed token's occurrences (the lexical index holds them)."""
        return cls(counts=Counter({t: n for t, n in counts.items() if "_" not in t}),
                   pairs=frozenset(t for t in counts if t.count("_") == 1),
                   protected=frozenset(protected))

    def __contains__(self, token: str) -> bool:
        return token in self.counts

    def correct(self, tokens: list[str]) -> tuple[list[str], dict[str, str]]:
        """The tokens with typos corrected, and what was changed."""
        out = list(tokens)
        changed: dict[str, str] = {}
        if not self.counts:
            return out, changed
        # a staff word the lexicon reads ("mail", "deadline") is as good a correction as a plan word
        words = list(self.counts) + [w for w in self.protected if w not in self.counts and len(w) >= TYPO_MIN_LENGTH]
        for i, tok in enumerate(tokens):
            if (len(tok) < TYPO_MIN_LENGTH or tok in self.counts or tok in self.protected
                    or not tok.isalpha()):
                continue
            near = [w for w, _, _ in extract(tok, words, scorer=OSA.distance,
                                             score_cutoff=TYPO_MAX_EDITS, limit=TYPO_CANDIDATES)]
            if not near:
                continue
            left = out[i - 1] if i else None
            right = tokens[i + 1] if i + 1 < len(tokens) else None

            def rank(word: str) -> tuple[int, int]:
                paired = (left is not None and f"{left}_{word}" in self.pairs) or \
                         (right is not None and f"{word}_{right}" in self.pairs)
                return (int(paired), self.counts[word])

            best = max(near, key=rank)
            out[i] = best
            changed[tok] = best
        return out, changed
