"""The retriever's one cache: built once per content version, dropped when it changes."""
from __future__ import annotations

import threading

from index.content_cache import ContentCache
from index.engine import Engine

QUESTION = "Hạn nộp báo cáo 6 tháng là khi nào?"


def test_questions_reuse_what_the_content_gives_until_it_changes(engine: Engine, monkeypatch, tmp_path) -> None:
    calls = {"documents": 0, "version": 0}
    real_documents, real_version = engine.store.documents, engine.store.content_version

    def documents():
        calls["documents"] += 1
        return real_documents()

    def version():
        calls["version"] += 1
        return real_version()

    monkeypatch.setattr(engine.store, "documents", documents)
    monkeypatch.setattr(engine.store, "content_version", version)
    engine.ask(QUESTION, log=False)
    first = dict(calls)
    engine.ask(QUESTION, log=False)
    assert calls["documents"] == first["documents"]          # nothing re-read
    assert calls["version"] - first["version"] <= 2          # the cache's check and the FAISS one
    engine.store.bump_version()
    engine.ask(QUESTION, log=False)
    assert calls["documents"] > first["documents"]           # a new version is read again


def test_one_build_per_version_across_threads(engine: Engine) -> None:
    cache, builds = ContentCache(engine.store), []
    cache.refresh()

    def build():
        builds.append(1)
        return object()

    threads = [threading.Thread(target=lambda: cache.get("x", build)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(builds) == 1
    engine.store.bump_version()
    cache.refresh()
    cache.get("x", build)
    assert len(builds) == 2


def test_passages_are_read_once_per_content_version(engine: Engine, monkeypatch) -> None:
    reads: list[list[int]] = []
    real_rows = engine.store.chunk_rows

    def chunk_rows(ids=None):
        reads.append(list(ids or []))
        return real_rows(ids)

    monkeypatch.setattr(engine.store, "chunk_rows", chunk_rows)
    first = engine.ask(QUESTION, log=False)
    assert reads
    reads.clear()
    again = engine.ask(QUESTION, log=False)
    assert reads == [] and again.answer == first.answer and again.sources == first.sources
    engine.store.bump_version()
    engine.ask(QUESTION, log=False)
    assert reads


def test_the_known_agencies_are_read_once_per_content_version_and_at_warm_up(engine: Engine, monkeypatch) -> None:
    reads: list[int] = []
    real_entries = engine.store.lexical_entries

    def lexical_entries():
        reads.append(1)
        return real_entries()

    monkeypatch.setattr(engine.store, "lexical_entries", lexical_entries)
    engine.store.bump_version()
    engine.warm_up()
    warmed = len(reads)                 # the lexical index and the known agencies
    assert warmed >= 1
    naming_an_agency = "Sở Nội vụ có phải nộp báo cáo 6 tháng không?"
    engine.ask(naming_an_agency, log=False)
    engine.ask(naming_an_agency, log=False)
    assert len(reads) == warmed         # nothing read again for the same content
    engine.store.bump_version()
    engine.ask(naming_an_agency, log=False)
    assert len(reads) > warmed
