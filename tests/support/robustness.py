"""What the robustness tests share: one index of the shipped corpus built once per module and
copied per test, the real command line in a child process, and the invariants every state after a
crash or a refused upload must satisfy."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from index.config import Settings
from index.engine import Engine
from index.reading import SUPPORTED_SUFFIXES
from index.vectors import INDEX_FILE, SIDECAR_FILE
from tests.support.templates import indexed_template

ROOT = Path(__file__).resolve().parent.parent.parent
SHIPPED_CORPUS = ROOT / "corpus"
QUESTION = "Hạn nộp báo cáo 6 tháng là khi nào?"
VIETNAMESE_RE = re.compile(r"[à-ỹĐđ]", re.IGNORECASE)

#: A plan that is not in the shipped corpus (Phòng Nội vụ huyện Hòa Thành); `{n}` makes
#: its number, and so its content, unique when a test needs several of them.
NEW_PLAN_SENTENCE = "Các trường học gửi báo cáo sơ kết 6 tháng về Phòng Nội vụ chậm nhất ngày 15/6/2025"
NEW_PLAN_DATES = {date(2025, 6, 15), date(2025, 11, 20)}
NEW_PLAN_QUESTION = "Các trường học huyện Hòa Thành gửi báo cáo 6 tháng về Phòng Nội vụ khi nào?"


# ====================================================================== fixtures & helpers
@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped corpus indexed once (hashing embedder); tests work on copies of it."""
    return indexed_template(tmp_path_factory.getbasetemp())


def clone(template: Path, root: Path) -> Settings:
    """A private copy of the indexed data and corpus under `root`."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(template / "data", root / "data")
    shutil.copytree(template / "corpus", root / "corpus")
    return Settings.from_env(data_dir=root / "data", corpus_dir=root / "corpus", embed_model="hashing")


@pytest.fixture
def indexed(template: Path, tmp_path: Path) -> Settings:
    """An indexed copy at tmp_path/data + tmp_path/corpus: the directories QCDC_DATA_DIR and
    QCDC_CORPUS_DIR point at (conftest), so a `qcdc` child process uses them too."""
    return clone(template, tmp_path)


def env_for(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QCDC_DATA_DIR=str(settings.data_dir), QCDC_CORPUS_DIR=str(settings.corpus_dir),
               QCDC_EMBED_MODEL="hashing", PYTHONUNBUFFERED="1")
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return env


def qcdc(settings: Settings, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the real command line, `python -m qcdc.cli ARGS`, on these directories."""
    return subprocess.run([sys.executable, "-m", "qcdc.cli", *args], env=env_for(settings), cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def visible_plan_files(corpus: Path) -> set[str]:
    """The files a reindex reads (what the corpus directory says is indexed)."""
    return {p.name for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            and not p.name.startswith(".") and p.name.lower() != "readme.md"}


def snapshot(settings: Settings) -> dict:
    """Everything a refused upload must leave exactly as it was."""
    engine = Engine(settings)
    try:
        return {
            "documents": [(d.id, d.filename, d.chunks, d.deadlines) for d in engine.list_documents()],
            "version": engine.store.content_version(),
            "deadlines": [(d.document, d.date, d.what, d.who) for d in engine.deadlines()],
            "corpus": sorted((p.name, file_sha(p)) for p in settings.corpus_dir.iterdir()),
            "faiss": file_sha(settings.vectors_dir / INDEX_FILE),
            "sidecar": (settings.vectors_dir / SIDECAR_FILE).read_text(encoding="utf-8"),
        }
    finally:
        engine.close()


def assert_consistent(settings: Settings, question: str = QUESTION) -> Engine:
    """The invariants every state after a crash must satisfy; returns a fresh Engine."""
    with closing(sqlite3.connect(settings.db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # FTS5 checks its index against the chunks table; raises if they disagree
        conn.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')")
    engine = Engine(settings)
    leftovers = [p.name for p in settings.vectors_dir.iterdir() if p.name.endswith(".tmp")]
    assert not leftovers, f"temp files left in data/vectors: {leftovers}"
    uploading = [p.name for p in settings.corpus_dir.iterdir() if p.name.endswith(".uploading")]
    assert not uploading, f"upload temp files left in the corpus: {uploading}"
    docs = engine.store.documents()
    assert {d.filename for d in docs} == visible_plan_files(settings.corpus_dir), \
        "SQLite and the corpus directory disagree on which plans are indexed"
    for d in docs:
        assert d.sha256 == file_sha(settings.corpus_dir / d.filename), d.filename
        assert d.n_chunks > 0, d.filename
    answer = engine.ask(question, log=False)
    assert answer.found and answer.sources
    import faiss

    vectors = engine.load_vectors()
    chunk_ids = {cid for cid, _ in engine.store.chunk_ids_and_hashes()}
    assert set(faiss.vector_to_array(vectors.index.id_map).tolist()) == chunk_ids
    return engine


def assert_vietnamese(message: str) -> None:
    assert message.strip() and VIETNAMESE_RE.search(message), f"not a Vietnamese message: {message!r}"
