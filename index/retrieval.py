"""The ask path: from a question to an Answer.

Candidates from the lexical and dense indexes, the documents a question names (pinning),
rank fusion, the passages and obligations handed to answer composition, and the caches
that keep a warm question fast (each re-read when the content version changes).
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from datetime import date

import numpy as np

from . import answers as answer_mod
from .answer_context import AnswerContext
from . import clock
from .config import Settings
from .content_cache import ContentCache
from .decision import DecisionModel
from .dense_index import DenseIndex
from .lexical_index import LexicalIndex
from .models import Answer, AnswerFocus, Source
from .agency_mentions import known_agency_text
from .rows import ChunkRow, DocumentRow, ObligationRow
from .aliases import document_aliases, named_documents, names_by_number, naming_words, question_grams
from .plan_places import of_named_place
from .query_initials import Initials
from .query_lexicon import lexicon
from .question import Intent, Query, analyze
from .search import SearchMode, dense_ranking, fuse, idf, lexical_ranking, merge_rankings
from .storage import Store
from .thresholds import (DEADLINE_HITS, FOCUS_HITS, MAX_FOCUS_PLANS, NAMED_PLAN_BONUS,
                         PINNED_DENSE_CANDIDATES, TOP_HITS)
from .typos import Vocabulary
from .vietnamese import bigrams, folded_words, syllables

#: Chunk rows kept between questions: the plans in focus of the last dozen or so
#: questions (~5 KB a row with its text to embed, ~10 MB in all).
CACHED_CHUNK_ROWS = 2048
#: Query vectors kept (a repeated question skips the embedding; 512 x 384 floats is 0.8 MB).
CACHED_QUERY_VECTORS = 512


def _apply_unit_and_focus(answer: Answer, report_kind: str | None, unit: str | None) -> None:
    """Put the asker's unit's deadlines first and record what the answer was about."""
    if unit:
        key = f" {folded_words(unit)} "
        answer.deadlines.sort(key=lambda d: key not in f" {folded_words(d.who)} ")
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
        """Add the time since the last lap to `stage`."""
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
        # everything derived from the content: one version check per question, one lock
        self._cache = ContentCache(store)
        self._rows_lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the model, the FAISS index, the segmenter and the lexical index now, so the
        first user does not wait for them (the bot calls this at startup)."""
        self.dense.load()
        self._cache.refresh()
        self.vocabulary()   # builds the lexical index it is read from
        self.initials()
        self.known_agencies()
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

    def _content_snapshot(self) -> tuple[list[DocumentRow], dict[int, list[ObligationRow]]]:
        """Documents and their obligations, re-read only when the content version changes."""
        def build() -> tuple[list[DocumentRow], dict[int, list[ObligationRow]]]:
            docs = self.store.documents()
            by_doc: dict[int, list[ObligationRow]] = {}
            for row in self.store.obligation_rows():
                by_doc.setdefault(row.document_id, []).append(row)
            return docs, by_doc

        return self._cache.get("snapshot", build)

    def _document_chunk_ids(self, document_ids: Iterable[int]) -> list[int]:
        """Ids of these documents' chunks, by document id then position (as the Store
        orders them), kept for the content version."""
        by_doc: dict[int, list[int]] = self._cache.get("document_chunk_ids", dict)
        wanted = sorted(set(document_ids))
        missing = [d for d in wanted if d not in by_doc]
        if missing:
            fetched: dict[int, list[int]] = {d: [] for d in missing}
            for cid, doc in self.store.chunk_documents(missing):
                fetched[doc].append(cid)
            with self._rows_lock:
                by_doc.update(fetched)
        return [cid for d in wanted for cid in by_doc.get(d, ())]

    def _chunk_rows(self, ids: Iterable[int]) -> dict[int, ChunkRow]:
        """Chunk rows by id, in the order asked: the answer stage reads the same plans'
        passages question after question, so the most recent CACHED_CHUNK_ROWS are kept
        for the content version instead of being read and built again."""
        cache: OrderedDict[int, ChunkRow] = self._cache.get("chunk_rows", OrderedDict)
        ids = list(dict.fromkeys(ids))
        with self._rows_lock:
            found = {i: cache[i] for i in ids if i in cache}
            for i in found:
                cache.move_to_end(i)
        missing = [i for i in ids if i not in found]
        if missing:
            fetched = {r.id: r for r in self.store.chunk_rows(missing)}
            found.update(fetched)
            with self._rows_lock:
                cache.update(fetched)
                while len(cache) > CACHED_CHUNK_ROWS:
                    cache.popitem(last=False)
        return {i: found[i] for i in ids if i in found}

    def _document_chunk_rows(self, document_id: int) -> list[ChunkRow]:
        return list(self._chunk_rows(self._document_chunk_ids([document_id])).values())

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
            if len(self._query_cache) > CACHED_QUERY_VECTORS:
                self._query_cache.popitem(last=False)
        return vec

    def _lexical_index(self) -> LexicalIndex:
        """BM25 postings of every chunk, rebuilt when the content changes."""
        return self._cache.get("lexical_index", lambda: LexicalIndex(self.store.lexical_entries()))

    def vocabulary(self) -> Vocabulary:
        """The corpus vocabulary for typo correction, rebuilt when the content changes."""
        return self._cache.get("vocabulary", lambda: Vocabulary.from_term_counts(
            self._lexical_index().term_counts(), lexicon().words))

    def initials(self) -> Initials:
        """The corpus's capitalized names by their initials, rebuilt when the content changes."""
        return self._cache.get("initials", lambda: Initials.from_texts(self.store.chunk_embed_texts().values()))

    def known_agencies(self) -> str:
        """Every agency name the corpus holds, with the plans' text (`known_agency_text`),
        built on the first question naming an agency (or at warm-up) for the content version."""
        def build() -> str:
            docs, by_doc = self._content_snapshot()
            return known_agency_text(docs, [o for rows in by_doc.values() for o in rows],
                                     (e.lexical for e in self.store.lexical_entries()))

        return self._cache.get("agencies", build)

    def _parent_aliases(self, query: Query, docs: list[DocumentRow], grams: set[str]
                        ) -> tuple[list[tuple[int, list[str]]], set[str]]:
        """The aliases of the plans' managing bodies, and the question's word runs that may
        name one: consulted when the question names no plan's issuer ("Sở Y tế" for a
        hospital's plan under it), a preference like any named plan. A body the question
        names as where a duty goes ("gửi Sở X") names no plan. Only aliases of two words or
        more: a one-word core name or initials collides with common words once folded
        ("thuế" in a body's name and "cho thuê" both fold to "thue")."""
        parents = self._cache.get("parent_aliases", lambda: [
            (d.id, [k for k in document_aliases(d.parent, None) if len(k.split()) >= 2]) for d in docs if d.parent])
        recipient = f" {folded_words(query.recipient)} " if query.recipient else ""
        if recipient:
            grams = {g for g in grams if f" {g} " not in recipient}
        return parents, grams

    def _pinned_documents(self, query: Query, docs: list[DocumentRow]) -> tuple[list[int], set[str]]:
        """Documents the question names (by number, or by an alias generated from their
        issuer and number), and the question's words that name them. A place or a year
        narrows the named plans when it matches some of them; alone it names none."""
        aliases = self._cache.get("aliases", lambda: [
            (d.id, document_aliases(d.issuer, d.number, d.place)) for d in docs])
        text = query.text.lower()
        by_number = [d.id for d in docs if names_by_number(d.number, text)]
        grams = named_grams = question_grams(query.raw_folded.split(), query.folded.split())
        by_alias, plan_tokens = named_documents(grams, aliases)
        if not by_number and not by_alias:
            aliases, grams = self._parent_aliases(query, docs, grams)
            by_alias, plan_tokens = named_documents(grams, aliases)
        # two agencies of one kind share their names: the place the question names chooses
        pinned = of_named_place(by_number or by_alias, docs, named_grams)
        if query.years and pinned:
            pinned = [i for i in pinned if any(d.id == i and d.year in query.years for d in docs)] or pinned
        if pinned:
            # Words of the question that describe the named plan itself (its title, year,
            # issuer) select the plan; within it they say nothing about which passage.
            described: set[str] = set()
            phrases: set[str] = set()
            for d in docs:
                if d.id in pinned:
                    words = syllables(" ".join(str(v or "") for v in (d.title, d.citation, d.issuer, d.parent,
                                                                       d.year, d.number)))
                    described |= set(words)
                    phrases |= set(bigrams(words))
            keys = [k.split() for i, ks in aliases if i in pinned for k in ks if k in grams]
            phrases |= {b for k in keys for b in bigrams(k)}
            # ... unless the question also uses them for something else ("thuế cơ sở")
            plan_tokens = naming_words(query.folded.split(), plan_tokens | (set(query.tokens) & described),
                                       phrases, keys)
        return pinned, plan_tokens

    def ask(self, question: str, *, follow_up: AnswerFocus | None = None, unit: str | None = None,
            chat_id: int | None = None, user_id: int | None = None,
            log: bool = True, mode: SearchMode | str = SearchMode.HYBRID, today: date | None = None,
            timings: dict[str, float] | None = None,
            decision_model: DecisionModel | None = None) -> Answer:
        """Answer one question (mode: hybrid | lexical | dense). Logs it unless log=False.
        `decision_model` replaces the shipped decision (calibration).

        `follow_up`: the focus of the answer this question follows; it fills whatever the
        question does not name (plan, report kind). `unit`: the asker's registered unit,
        whose duties come first. `timings`, when given, receives the seconds spent in each
        stage (for benchmarks)."""
        stages = _StageClock(timings)
        mode = SearchMode(mode)   # a misspelt mode fails here, not as "không tìm thấy"
        today = today or clock.today(self.settings.timezone)
        self._cache.refresh()   # the one content-version check of this question
        query = analyze(question, today=today, vocabulary=self.vocabulary(), initials=self.initials())
        if not query.text or not (query.tokens or query.window):
            return Answer(question=query.text, found=False, answer=(
                "Vui lòng nhập câu hỏi, ví dụ: «Hạn nộp báo cáo 6 tháng là khi nào?»"),
                intent=query.intent)
        docs, obligations_by_doc = self._content_snapshot()
        pinned, plan_tokens = self._pinned_documents(query, docs)
        if follow_up is not None and (query.report_kind or query.unit or pinned):
            # "còn báo cáo năm thì sao?": the question replaces one slot (report, unit or
            # plan), the answer it follows gives the others. A question that names none of
            # them ("thời tiết hôm nay") is a new question.
            query.report_kind = query.report_kind or follow_up.report_kind
            if query.intent == Intent.GENERAL and follow_up.intent in Intent._value2member_map_:
                query.intent = Intent(follow_up.intent)
            if not pinned:
                known = {d.id for d in docs}
                pinned = [i for i in follow_up.document_ids if i in known]
        lexical_index = self._lexical_index()
        n_chunks = max(1, lexical_index.n_chunks)
        dfs = lexical_index.document_frequency(dict.fromkeys(query.match_tokens))
        common = {t for t, df in dfs.items() if df > n_chunks // 2}
        stages.lap("analysis")
        lexical: list[tuple[int, float]] = []
        if mode != SearchMode.DENSE:
            lexical = lexical_ranking(lexical_index, query, None, common=common)
            if pinned:
                # the named plans' passages are looked for too, then ranked with the rest
                lexical = merge_rankings(lexical, lexical_ranking(lexical_index, query, pinned, common=common))
        stages.lap("lexical")
        dense: list[tuple[int, float]] = []
        if mode != SearchMode.LEXICAL:
            vectors = self.dense.load()
            if vectors is not None:
                query_vector = self._query_vector(query.text)
                stages.lap("embedding")
                dense = dense_ranking(vectors, query_vector, None)
                if pinned:
                    allowed = set(self._document_chunk_ids(pinned))
                    dense = merge_rankings(dense, dense_ranking(vectors, query_vector, allowed, limit=PINNED_DENSE_CANDIDATES))
                stages.lap("faiss")
        hits = fuse(lexical, dense, mode)
        rows = self._chunk_rows(h.chunk_id for h in hits[:DEADLINE_HITS])
        if pinned:
            named = set(pinned)
            for h in hits:
                if h.chunk_id in rows and rows[h.chunk_id].document_id in named:
                    h.score += NAMED_PLAN_BONUS
            hits.sort(key=lambda h: (-h.score, h.chunk_id))
        stages.lap("fusion")
        idfs = {t: idf(df, n_chunks) for t, df in dfs.items() if df > 0}
        top_ids = [h.chunk_id for h in hits[:TOP_HITS]]
        top = set(top_ids)
        # the plans whose every passage competes for the answer: the named ones (when the
        # question narrows it to a few) and those of the best hits
        focus_docs = (set(pinned) if len(pinned) <= MAX_FOCUS_PLANS else set()) | {
            rows[c].document_id for c in top_ids[:FOCUS_HITS] if c in rows}
        if focus_docs:
            extra = self._document_chunk_ids(focus_docs)
            rows.update(self._chunk_rows(i for i in extra if i not in rows))
        # Deadlines are compared across the plans the question names and those retrieval
        # found (a province may hold hundreds of plans).
        candidate_docs = list(dict.fromkeys(list(pinned) + [
            rows[h.chunk_id].document_id for h in hits[:DEADLINE_HITS] if h.chunk_id in rows]))
        obligations = [o for d in candidate_docs for o in obligations_by_doc.get(d, [])]
        unit_tokens = lexicon().rewrite(syllables(unit)) if unit else []
        ctx = AnswerContext(
            analysis=query, hits=hits[:TOP_HITS], chunks={c: rows[c] for c in rows if c in top or
                                                   rows[c].document_id in focus_docs},
            obligations=obligations, documents={d.id: d for d in docs}, idf=idfs,
            # A word the plans never use counts, but no more than the rarest word they do
            # use: one stray word ("alert") must not sink an otherwise clear question.
            unknown_idf=max(idfs.values(), default=idf(0, n_chunks)), pinned_documents=pinned,
            plan_tokens=plan_tokens if pinned else set(),
            load_chunks=self._document_chunk_rows, today=today,
            all_obligations=[o for rows_ in obligations_by_doc.values() for o in rows_] if query.window else [],
            unit=" ".join(unit_tokens) or None,
            known_agencies=self.known_agencies() if query.agencies else "")
        answer = answer_mod.compose(ctx, decision_model)
        _apply_unit_and_focus(answer, query.report_kind, unit)
        stages.lap("answer")
        if log:
            answer.question_id = self.store.log_question(
                query.text, answer.found, str(answer.intent),
                answer.sources[0].document if answer.sources else None, chat_id, user_id)
            stages.lap("log")
        return answer
