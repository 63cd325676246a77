"""The ask path: from a question to an Answer.

Candidates from the lexical and dense indexes, the documents a question names (pinning),
rank fusion, the passages and obligations handed to answer composition, and the caches
that keep a warm question fast (each re-read when the content version changes).
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from datetime import date

import numpy as np

from . import answers as answer_mod
from . import clock
from .config import Settings
from .dense_index import DenseIndex
from .models import Answer, AnswerFocus, Source
from .question import QuestionAnalysis, analyze, issuer_keys
from .search import dense_ranking, fuse, idf, lexical_ranking
from .storage import Store
from .vietnamese import syllables


def _apply_unit_and_focus(answer: Answer, report_kind: str | None, unit: str | None) -> None:
    """Put the asker's unit's deadlines first and record what the answer was about."""
    if unit:
        key = f" {' '.join(syllables(unit))} "
        answer.deadlines.sort(key=lambda d: key not in f" {' '.join(syllables(d.who))} ")
    if not answer.found:
        return
    doc_ids = list(dict.fromkeys([d.document_id for d in answer.deadlines if d.document_id]
                                 or [s.document_id for s in answer.sources[:1] if s.document_id]))
    units = list(dict.fromkeys(d.who for d in answer.deadlines if d.who))
    answer.focus = AnswerFocus(document_ids=doc_ids, report_kind=report_kind,
                               unit=unit or (units[0] if len(units) == 1 else None),
                               intent=answer.intent)


class _StageClock:
    """Accumulates per-stage durations into a dict when one is given (benchmarks)."""

    def __init__(self, sink: dict[str, float] | None) -> None:
        self.sink = sink
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        if self.sink is None:
            return
        now = time.perf_counter()
        self.sink[stage] = self.sink.get(stage, 0.0) + now - self.last
        self.last = now


class Retriever:
    """Answers questions over one Store and DenseIndex; thread-safe."""

    def __init__(self, settings: Settings, store: Store, dense: DenseIndex) -> None:
        self.settings = settings
        self.store = store
        self.dense = dense
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._query_cache_lock = threading.Lock()
        self._idf_cache: dict[str, int] = {}
        self._idf_version = -1
        self._issuer_keys: list[tuple[int, list[str]]] = []
        self._issuer_version = -1
        self._snapshot: tuple[int, list[dict], dict[int, list[dict]]] | None = None

    def warm_up(self) -> None:
        """Load the model, the FAISS index and the segmenter now, so the first user does not
        wait for them (the bot calls this at startup)."""
        self.dense.load()
        self._query_vector("hạn nộp báo cáo")
        analyze("khởi động")
        from .vietnamese import compounds

        compounds("khởi động hệ thống")

    def clear_query_cache(self) -> None:
        """Forget cached query vectors (benchmarks measure the embedding each time)."""
        with self._query_cache_lock:
            self._query_cache.clear()

    def get_source(self, chunk_id: int) -> Source | None:
        """A chunk as a Source (for the 'show full passage' button)."""
        rows = self.store.chunk_rows([chunk_id])
        return answer_mod._source(rows[0], 1.0) if rows else None

    def _content_snapshot(self) -> tuple[list[dict], dict[int, list[dict]]]:
        """Documents and their obligations, re-read only when the content version changes."""
        version = self.store.content_version()
        cached = self._snapshot
        if cached is not None and cached[0] == version:
            return cached[1], cached[2]
        docs = self.store.documents()
        by_doc: dict[int, list[dict]] = {}
        for row in self.store.obligation_rows():
            by_doc.setdefault(row["document_id"], []).append(row)
        self._snapshot = (version, docs, by_doc)
        return docs, by_doc

    def _document_chunk_rows(self, document_id: int) -> list[dict]:
        return self.store.chunk_rows(self.store.chunk_ids_of_documents([document_id]))

    def _query_vector(self, text: str) -> np.ndarray:
        key = text.strip().lower()
        with self._query_cache_lock:
            vec = self._query_cache.get(key)
            if vec is not None:
                self._query_cache.move_to_end(key)
                return vec
        vec = self.dense.embedder.embed_queries([text])[0]
        with self._query_cache_lock:
            self._query_cache[key] = vec
            if len(self._query_cache) > 512:
                self._query_cache.popitem(last=False)
        return vec

    def _document_frequencies(self, tokens: list[str]) -> dict[str, int]:
        version = self.store.content_version()
        if version != self._idf_version:
            self._idf_cache.clear()
            self._idf_version = version
        missing = [t for t in tokens if t not in self._idf_cache]
        if missing:
            self._idf_cache.update(self.store.token_document_frequency(missing))
        return {t: self._idf_cache.get(t, 0) for t in tokens}

    def _pinned_documents(self, analysis: QuestionAnalysis, docs: list[dict]) -> tuple[list[int], set[str]]:
        """Documents the question names by issuer, number or year, and the words that named them."""
        version = self.store.content_version()
        if version != self._issuer_version:
            self._issuer_keys = [(d["id"], issuer_keys(d.get("issuer") or "", d.get("number")))
                                 for d in docs]
            self._issuer_version = version
        folded = analysis.folded
        by_issuer = []
        plan_tokens: set[str] = set()
        # every run of up to 8 words of the question: a key is named iff it is one of them
        words = folded.split()
        grams = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 8) + 1)}
        for doc_id, keys in self._issuer_keys:
            named = [k for k in keys if k in grams]
            if named:
                by_issuer.append(doc_id)
                for k in named:
                    plan_tokens.update(k.split())
        by_number = [d["id"] for d in docs if d.get("number")
                     and d["number"].split("/")[0] in analysis.text and d["number"].lower() in analysis.text.lower()]
        pinned = by_number or by_issuer
        if analysis.years:
            in_year = [d["id"] for d in docs if d.get("year") in analysis.years]
            if pinned:
                narrowed = [i for i in pinned if i in in_year]
                pinned = narrowed or pinned
            else:
                pinned = in_year
        if pinned:
            # Words of the question that describe the named plan itself (its title, year,
            # issuer) select the plan; within it they say nothing about which passage.
            described = set()
            for d in docs:
                if d["id"] in pinned:
                    described |= set(syllables(" ".join(str(d.get(k) or "") for k in
                                                        ("title", "citation", "issuer", "year", "number"))))
            plan_tokens |= set(analysis.tokens) & described
        return pinned, plan_tokens

    def ask(self, question: str, *, follow_up: AnswerFocus | None = None, unit: str | None = None,
            chat_id: int | None = None, user_id: int | None = None,
            log: bool = True, mode: str = "hybrid", today: date | None = None,
            timings: dict[str, float] | None = None) -> Answer:
        """Answer one question (mode: hybrid | lexical | dense). Logs it unless log=False.

        `follow_up`: the focus of the answer this question follows; it fills whatever the
        question does not name (plan, report kind). `unit`: the asker's registered unit,
        whose duties come first. `timings`, when given, receives the seconds spent in each
        stage (for benchmarks)."""
        stages = _StageClock(timings)
        analysis = analyze(question)
        if follow_up is not None:
            # "còn báo cáo năm thì sao?": the question names a new report, the previous
            # answer says which plan and what was asked about it
            analysis.report_kind = analysis.report_kind or follow_up.report_kind
            if analysis.intent == "general":
                analysis.intent = follow_up.intent
        if not analysis.text or not analysis.tokens:
            return Answer(question=analysis.text, found=False, answer=(
                "Vui lòng nhập câu hỏi, ví dụ: «Hạn nộp báo cáo 6 tháng là khi nào?»"),
                intent=analysis.intent)
        docs, obligations_by_doc = self._content_snapshot()
        pinned, plan_tokens = self._pinned_documents(analysis, docs)
        if not pinned and follow_up is not None:
            known = {d["id"] for d in docs}
            pinned = [i for i in follow_up.document_ids if i in known]
        chunk_filter_ids = None
        if pinned:
            chunk_filter_ids = set(self.store.chunk_ids_of_documents(pinned))
        n_chunks = max(1, self.store.chunk_count())
        dfs = self._document_frequencies(list(dict.fromkeys(analysis.match_tokens)))
        common = {t for t, df in dfs.items() if df > n_chunks // 2}
        stages.lap("analysis")
        lexical = lexical_ranking(self.store, analysis, pinned or None, common=common) if mode != "dense" else []
        stages.lap("lexical")
        dense: list[tuple[int, float]] = []
        if mode != "lexical":
            vectors = self.dense.load()
            if vectors is not None:
                query_vector = self._query_vector(analysis.text)
                stages.lap("embedding")
                dense = dense_ranking(vectors, query_vector, chunk_filter_ids)
                stages.lap("faiss")
        hits = fuse(lexical, dense, mode)
        stages.lap("fusion")
        idfs = {t: idf(df, n_chunks) for t, df in dfs.items() if df > 0}
        top_ids = [h.chunk_id for h in hits[:8]]
        rows = {r["id"]: r for r in self.store.chunk_rows(top_ids)}
        # the plans whose every passage competes for the answer: the named ones (when the
        # question narrows it to a few) and those of the best hits
        focus_docs = (set(pinned) if len(pinned) <= 5 else set()) | {
            rows[c]["document_id"] for c in top_ids[:5] if c in rows}
        if focus_docs:
            extra = self.store.chunk_ids_of_documents(focus_docs)
            rows.update({r["id"]: r for r in self.store.chunk_rows([i for i in extra if i not in rows])})
        # Deadlines are compared across the plans the question names, or else across the
        # plans retrieval found (a province may hold hundreds of plans).
        candidate_docs = pinned or list(dict.fromkeys(
            rows[h.chunk_id]["document_id"] if h.chunk_id in rows else -1 for h in hits[:8]))
        if not pinned:
            more = self.store.chunk_rows([h.chunk_id for h in hits[8:30]])
            candidate_docs = list(dict.fromkeys(candidate_docs + [r["document_id"] for r in more]))
        obligations = [o for d in candidate_docs for o in obligations_by_doc.get(d, [])]
        ctx = answer_mod.AnswerContext(
            analysis=analysis, hits=hits[:8], chunks=rows, obligations=obligations,
            documents={d["id"]: d for d in docs}, idf=idfs,
            # A word the plans never use counts, but no more than the rarest word they do
            # use: one stray word ("alert") must not sink an otherwise clear question.
            unknown_idf=max(idfs.values(), default=idf(0, n_chunks)), pinned_documents=pinned,
            plan_tokens=plan_tokens if pinned else set(),
            load_chunks=self._document_chunk_rows,
            today=today or clock.today(self.settings.timezone))
        answer = answer_mod.compose(ctx)
        _apply_unit_and_focus(answer, analysis.report_kind, unit)
        stages.lap("answer")
        if log:
            answer.question_id = self.store.log_question(
                analysis.text, answer.found, answer.intent,
                answer.sources[0].document if answer.sources else None, chat_id, user_id)
            stages.lap("log")
        return answer
