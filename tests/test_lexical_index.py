"""The in-memory BM25 index gives FTS5's own ranking and scores on the shipped corpus, and
follows the content when a plan is removed."""
from __future__ import annotations

import random
from array import array

import numpy as np
import pytest

from index.engine import Engine
from index.lexical_index import LexicalEntry, LexicalIndex, _postings
from index.question import analyze
from index.search import fts_query
from index.typos import Vocabulary

QUESTIONS = [
    "Hạn nộp báo cáo 6 tháng là khi nào?",
    "ai ky ke hoach dan van chinh quyen",
    "Văn phòng gửi kết quả tự chấm điểm cho cơ quan nào?",
    "hội nghị cán bộ công chức tổ chức trước ngày mấy",
    "quy chế chi tiêu nội bộ",
]


def _token_sets(engine: Engine) -> list[list[str]]:
    """The questions' match tokens, and random handfuls of the corpus' own tokens
    (syllables, pairs and compounds, common and rare alike)."""
    sets = [analyze(q).match_tokens for q in QUESTIONS]
    vocabulary = sorted({t for e in engine.store.lexical_entries() for t in e.lexical.split()})
    rng = random.Random(16)
    sets += [rng.sample(vocabulary, k) for k in (1, 2, 5, 12, 30) for _ in range(4)]
    return sets


def _approx(ranking: list[tuple[int, float]]) -> list[tuple[int, float]]:
    return [(cid, pytest.approx(score, rel=1e-5)) for cid, score in ranking]


def test_rankings_and_scores_are_fts5_bm25(engine: Engine) -> None:
    lexical = LexicalIndex(engine.store.lexical_entries())
    two_plans = [d.id for d in engine.store.documents()][:2]
    for tokens in _token_sets(engine):
        for documents in (None, two_plans):
            expected = engine.store.lexical_search(fts_query(tokens), 40, documents)
            assert expected or documents, tokens
            assert lexical.search(tokens, 40, documents) == _approx(expected), (tokens, documents)


def test_document_frequencies_are_fts5_counts(engine: Engine) -> None:
    lexical = LexicalIndex(engine.store.lexical_entries())
    tokens = [t for s in _token_sets(engine)[:8] for t in s] + ["khongcotrongkehoach"]
    got = lexical.document_frequency(tokens)
    for token in tokens:
        count = engine.store.db.execute(
            "SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?", [fts_query([token])]).fetchone()[0]
        assert got[token] == count, token
    assert got["khongcotrongkehoach"] == 0
    assert lexical.n_chunks == engine.store.chunk_count()


def test_limit_keeps_the_best_and_breaks_ties_by_chunk_id() -> None:
    entries = [LexicalEntry(10 + i, 1 + i % 2, text) for i, text in enumerate(
        ["han nop bao cao", "han nop bao cao", "bao cao nam", "han chot han nop", "ke hoach", "han"])]
    lexical = LexicalIndex(entries)
    ranking = lexical.search(["han", "nop"], 3)
    assert [cid for cid, _ in ranking] == [13, 10, 11]      # 10 and 11 tie: lower id first
    assert ranking[1][1] == ranking[2][1]
    assert [cid for cid, _ in lexical.search(["han", "nop"], 10, [2])] == [13, 11, 15]
    assert lexical.search(["vang"], 5) == [] and lexical.search([], 5) == []


def test_an_empty_corpus_finds_nothing() -> None:
    lexical = LexicalIndex([])
    assert lexical.search(["bao_cao"], 5) == []
    assert lexical.document_frequency(["bao_cao"]) == {"bao_cao": 0}
    assert lexical.term_counts() == {}


def test_typo_vocabulary_from_the_index_is_the_one_from_the_forms(engine: Engine) -> None:
    forms = [e.lexical for e in engine.store.lexical_entries()]
    from_forms = Vocabulary.from_lexical_forms(forms, ["qcdc"])
    from_index = Vocabulary.from_term_counts(LexicalIndex(engine.store.lexical_entries()).term_counts(), ["qcdc"])
    assert from_index == from_forms
    assert from_index.counts and from_index.pairs


def test_a_removed_plan_leaves_lexical_search_at_once(engine: Engine) -> None:
    question = "kế hoạch dân vận chính quyền"
    before = engine.ask(question, mode="lexical", log=False)
    assert before.sources
    gone = next(d for d in engine.store.documents() if d.filename == before.sources[0].document)
    engine.remove_document(gone.id)
    after = engine.ask(question, mode="lexical", log=False)
    assert all(s.document != gone.filename for s in after.sources)


def test_postings_are_the_same_with_64_bit_keys() -> None:
    # rows of 3, 2 and 4 tokens; term 1 twice in the last row
    ids, length = [0, 1, 2, 1, 3, 1, 0, 1, 4], [3, 2, 4]
    narrow = _postings(array("i", ids), np.asarray(length), 5)
    wide = _postings(array("i", ids), np.asarray(length), 2**31)   # too many terms for 32 bits
    for a, b in zip(narrow, wide):
        assert a.tolist() == b.tolist()
    terms, rows, tf = narrow
    assert list(zip(terms.tolist(), rows.tolist(), tf.tolist())) == [
        (0, 0, 1), (0, 2, 1), (1, 0, 1), (1, 1, 1), (1, 2, 2), (2, 0, 1), (3, 1, 1), (4, 2, 1)]
