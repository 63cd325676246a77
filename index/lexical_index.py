"""The lexical stage's index: BM25 over the chunks' folded tokens, held in memory as
numpy posting lists.

FTS5 answered the same question with an OR of every query token ranked by `bm25()`:
its cost grew with the posting lists of the common words, ~30 ms a question at 10,000
chunks. Here the postings are built once per content version (the retriever's
ContentCache) and a question only touches its own terms' postings. The scores are FTS5's
own: the same formula, constants and statistics (`FTS5_K1`, `FTS5_B`; the idf floor of
1e-6 for words in half the chunks or more), over the same tokens (the `lexical` column,
which holds nothing but whitespace-separated folded tokens), so rankings, the decision's
lexical feature and its calibration are unchanged; tests check it against FTS5.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

#: FTS5's bm25() constants (sqlite ext/fts5/fts5_aux.c).
FTS5_K1 = 1.2
FTS5_B = 0.75
#: FTS5's least idf, for a word in half the chunks or more (its formula turns negative).
FTS5_MIN_IDF = 1e-6


@dataclass(frozen=True)
class LexicalEntry:
    """One chunk's indexed lexical form."""

    chunk_id: int
    document_id: int
    lexical: str


class LexicalIndex:
    """Posting lists of every folded token: for term t, the chunks holding it are
    `rows[starts[t]:starts[t + 1]]` (positions into `chunk_ids`) and `weights` the
    BM25 term-frequency part of each, so a query scores as a sum of idf x weight."""

    def __init__(self, entries: Iterable[LexicalEntry]) -> None:
        terms: dict[str, int] = {}
        token_ids = array("i")   # 4 bytes a token, not a list's pointer and int object
        lengths: list[int] = []
        chunk_ids: list[int] = []
        document_ids: list[int] = []
        for entry in entries:
            tokens = entry.lexical.split()
            token_ids.extend([terms.setdefault(t, len(terms)) for t in tokens])
            lengths.append(len(tokens))
            chunk_ids.append(entry.chunk_id)
            document_ids.append(entry.document_id)
        self.terms = terms
        self.chunk_ids = np.asarray(chunk_ids, dtype=np.int64)
        self.document_ids = np.asarray(document_ids, dtype=np.int64)
        length = np.asarray(lengths, dtype=np.int64)
        term_of_posting, self.rows, tf = _postings(token_ids, length, len(terms))
        self.starts = np.searchsorted(term_of_posting, np.arange(len(terms) + 1)).astype(np.int64)
        del term_of_posting
        # FTS5's tf part, tf (k1 + 1) / (tf + k1 (1 - b + b dl / avgdl)), in place
        avgdl = max(float(length.sum()) / len(length), 1e-9) if len(length) else 1.0
        norm = length.astype(np.float64)[self.rows]
        norm *= FTS5_B / avgdl
        norm += 1 - FTS5_B
        norm *= FTS5_K1
        norm += tf
        weights = tf * (FTS5_K1 + 1.0)
        weights /= norm
        del norm
        self.weights = weights.astype(np.float32)
        #: occurrences of each term in the whole corpus (the typo vocabulary's counts)
        self.occurrences = np.add.reduceat(tf, self.starts[:-1]) if len(tf) else np.zeros(0, np.int64)

    @property
    def n_chunks(self) -> int:
        """How many chunks the index holds."""
        return len(self.chunk_ids)

    def document_frequency(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many chunks hold each token (0 = unknown to the corpus)."""
        out = {}
        for t in tokens:
            i = self.terms.get(t)
            out[t] = 0 if i is None else int(self.starts[i + 1] - self.starts[i])
        return out

    def term_counts(self) -> dict[str, int]:
        """Every indexed token with its number of occurrences in the corpus."""
        counts = self.occurrences.tolist()
        return {t: counts[i] for t, i in self.terms.items()}

    def idf(self, df: int) -> float:
        """FTS5's BM25 idf of a term held by `df` chunks."""
        n = self.n_chunks
        value = float(np.log((n - df + 0.5) / (df + 0.5)))
        return value if value > 0.0 else FTS5_MIN_IDF

    def search(self, tokens: Iterable[str], limit: int,
               document_ids: Iterable[int] | None = None) -> list[tuple[int, float]]:
        """The `limit` best chunks holding any of the tokens, as (chunk_id, BM25 score),
        best first (ties by chunk id); only those of `document_ids` when given."""
        ids = [i for i in (self.terms.get(t) for t in dict.fromkeys(tokens)) if i is not None]
        if not ids or limit <= 0:
            return []
        spans = [(int(self.starts[i]), int(self.starts[i + 1])) for i in ids]
        rows = np.concatenate([self.rows[a:b] for a, b in spans])
        weights = np.concatenate([self.weights[a:b] * self.idf(b - a) for a, b in spans])
        scores = np.bincount(rows, weights=weights, minlength=self.n_chunks)
        # every posting weighs more than 0, so a matching chunk scores above 0
        candidates = np.flatnonzero(scores)
        if document_ids is not None:
            wanted = np.fromiter(document_ids, dtype=np.int64)
            candidates = candidates[np.isin(self.document_ids[candidates], wanted)]
        if len(candidates) > limit:
            # keep everything tied with the limit-th score, then order exactly
            kth = np.partition(scores[candidates], len(candidates) - limit)[len(candidates) - limit]
            candidates = candidates[scores[candidates] >= kth]
        order = np.lexsort((self.chunk_ids[candidates], -scores[candidates]))[:limit]
        best = candidates[order]
        return list(zip(self.chunk_ids[best].tolist(), scores[best].tolist()))


def _postings(token_ids: array, length: np.ndarray, n_terms: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(term, row, term frequency) of every posting, by term then row, from the corpus'
    token ids in reading order (`length` tokens per row).

    One key per occurrence, term x stride + row, formed in the ids' own buffer when it
    fits 32 bits (the corpus' tokens are the largest thing built here); sorted, each run
    of equal keys is one posting and its length the term frequency."""
    n_rows = len(length)
    stride = max(1, n_rows)
    wide = n_terms * stride >= 2**31
    keys = np.frombuffer(token_ids, dtype=np.int32)
    keys = keys.astype(np.int64) if wide else keys
    keys *= stride
    keys += np.repeat(np.arange(n_rows, dtype=keys.dtype), length)
    keys.sort()
    run_starts = np.ones(len(keys), dtype=bool)
    np.not_equal(keys[1:], keys[:-1], out=run_starts[1:])
    at = np.flatnonzero(run_starts)
    del run_starts
    pairs = keys[at]
    tf = np.diff(at, append=len(keys)).astype(np.int32)
    del at, keys
    return pairs // stride, (pairs % stride).astype(np.int32), tf
