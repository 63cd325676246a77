"""Hybrid retrieval: BM25 over folded, segmented text (index.lexical_index, with FTS5's
scores) and dense cosine (FAISS), fused by reciprocal rank, optionally restricted to the
plans a question names.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from .lexical_index import LexicalIndex
from .question import Query
from .storage import fts_term
from .thresholds import CANDIDATES, RRF_K
from .vectors import VectorIndex



class SearchMode(StrEnum):
    """Which rankings a question uses: both fused (the product), or one alone (evaluation)."""

    HYBRID = "hybrid"
    LEXICAL = "lexical"
    DENSE = "dense"


@dataclass
class Hit:
    """One retrieved passage: its fused score and where each retriever ranked it."""

    chunk_id: int
    score: float                 # fused score (higher = better)
    lexical_rank: int | None = None
    dense_rank: int | None = None
    lexical_score: float = 0.0
    dense_score: float = 0.0


def fts_query(tokens: list[str]) -> str:
    """OR of quoted tokens: FTS5 syntax never breaks on user punctuation (the FTS5 form of
    `lexical_ranking`, which the in-memory index is checked against)."""
    safe = [t for t in tokens if t and all(ch.isalnum() or ch == "_" for ch in t)]
    return " OR ".join(fts_term(t) for t in safe)


def lexical_ranking(lexical: LexicalIndex, analysis: Query, document_ids: list[int] | None,
                    limit: int = CANDIDATES, common: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, float]]:
    """BM25 ranking; `common` words (in most passages) are left out of the query: they
    barely move BM25 (FTS5's idf floor) and would make nearly every passage a candidate."""
    tokens = [t for t in analysis.match_tokens if t not in common] or analysis.match_tokens
    return lexical.search(tokens, limit, document_ids or None)


def dense_ranking(vectors: VectorIndex, query_vector: np.ndarray, allowed: set[int] | None,
                  limit: int = CANDIDATES) -> list[tuple[int, float]]:
    """Cosine ranking of the passages (within `allowed` when given), best first."""
    return vectors.search(query_vector, limit, allowed)


def merge_rankings(*rankings: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Union of rankings from the same scorer (one unfiltered, one within named plans),
    each chunk once with its score, best first."""
    best: dict[int, float] = {}
    for ranking in rankings:
        for cid, score in ranking:
            if cid not in best or score > best[cid]:
                best[cid] = score
    return sorted(best.items(), key=lambda p: (-p[1], p[0]))


def fuse(lexical: list[tuple[int, float]], dense: list[tuple[int, float]],
         mode: SearchMode | str = SearchMode.HYBRID) -> list[Hit]:
    """Reciprocal rank fusion; in single modes the other list is ignored. An unknown mode
    is a ValueError (it would otherwise fuse nothing and read as "not found")."""
    mode = SearchMode(mode)
    hits: dict[int, Hit] = {}
    if mode in (SearchMode.HYBRID, SearchMode.LEXICAL):
        for rank, (cid, score) in enumerate(lexical):
            hit = hits.setdefault(cid, Hit(cid, 0.0))
            hit.lexical_rank, hit.lexical_score = rank, score
            hit.score += 1.0 / (RRF_K + rank + 1)
    if mode in (SearchMode.HYBRID, SearchMode.DENSE):
        for rank, (cid, score) in enumerate(dense):
            hit = hits.setdefault(cid, Hit(cid, 0.0))
            hit.dense_rank, hit.dense_score = rank, score
            hit.score += 1.0 / (RRF_K + rank + 1)
    return sorted(hits.values(), key=lambda h: (-h.score, h.chunk_id))


def idf(df: int, n_docs: int) -> float:
    """BM25-style inverse document frequency; unknown tokens weigh most."""
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
