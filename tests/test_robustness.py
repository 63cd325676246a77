"""Robustness with real processes and real files: crashes, damaged files, concurrent
writers, hostile uploads and hostile text (DESIGN.md, "Bad input gets a clear message and
loses nothing").

Every data directory here is a copy of one index built once per module from the shipped
corpus with the hashing embedder. Crashes are real: a child process runs the real CLI
with one primitive patched to stop at a chosen point (inside an SQLite transaction, just
before a file is swapped in, ...), writes a "ready" file, and the test sends it SIGKILL.
Then a fresh Engine in this process must find a consistent state:

- SQLite `integrity_check` and `foreign_key_check` pass and the FTS index matches its table;
- the documents in SQLite are exactly the visible plan files in the corpus directory, each
  with the same SHA-256, and no `.uploading` temp file is left;
- `data/vectors` holds no temp file, and the FAISS ids are exactly the chunk ids;
- questions are answered, and the next reindex works (the lock died with the process).
"""
from __future__ import annotations

import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from index.config import Settings
from index.engine import Engine
from index.errors import IndexBusyError
from index.vectors import INDEX_FILE
from tests.support.documents import NEW_PLAN
from tests.support.robustness import (NEW_PLAN_DATES, NEW_PLAN_QUESTION, QUESTION, ROOT, SHIPPED_CORPUS,  # noqa: F401  (the fixtures indexed, template)
                                      assert_consistent, assert_vietnamese, clone, env_for, file_sha, indexed,
                                      qcdc, snapshot, template)


# ---------------------------------------------------------------------- crash driver
#: Runs in a child process: patch one primitive so the real code path stops at the chosen
#: point, announce it (write the ready file) and wait there to be SIGKILLed.
DRIVER = r'''
import os, shutil, sys, time
from pathlib import Path

scenario, ready, *rest = sys.argv[1:]

def stop_here():
    Path(ready).write_text(str(os.getpid()))
    time.sleep(300)
    os._exit(99)

from index import storage

def stop_at_bump(n):
    """Stop inside the n-th write transaction, right after it wrote the new version."""
    real, count = storage.Store.bump_version, [0]
    def bump(self):
        version = real(self)
        count[0] += 1
        if count[0] == n:
            stop_here()
        return version
    storage.Store.bump_version = bump

def stop_before_replace(ending):
    """Stop just before os.replace swaps in a file whose source or target ends so."""
    real = os.replace
    def replace(src, dst, *a, **k):
        if str(src).endswith(ending) or str(dst).endswith(ending):
            stop_here()
        return real(src, dst, *a, **k)
    os.replace = replace

def stop_before_move():
    """Stop just before a replaced plan's file is moved out of the corpus."""
    shutil.move = lambda *a, **k: stop_here()

def hold_lock_until(release):
    """Hold the reindex lock (stop inside reindex) until the test creates `release`."""
    real = storage.Store.prune_vectors
    def prune(self, model):
        Path(ready).write_text(str(os.getpid()))
        deadline = time.time() + 60
        while not Path(release).exists() and time.time() < deadline:
            time.sleep(0.05)
        return real(self, model)
    storage.Store.prune_vectors = prune

if scenario == "reindex-in-transaction":
    stop_at_bump(1)
    argv = ["index", "--rebuild"]
elif scenario == "reindex-before-faiss-swap":
    stop_before_replace("chunks.faiss")
    argv = ["index"]
elif scenario == "reindex-hold":
    hold_lock_until(rest[0])
    argv = ["index"]
elif scenario == "add-in-transaction":
    stop_at_bump(1)
    argv = ["add", rest[0]]
elif scenario == "add-after-commit":
    stop_before_replace(".uploading")
    argv = ["add", rest[0]]
elif scenario == "add-before-retire":
    stop_before_move()
    argv = ["add", rest[0]]
elif scenario == "ask-then-stop":
    from index.engine import Engine
    engine = Engine()
    for i in range(40):   # the writes `ask` makes (question log, feedback), without the search
        qid = engine.store.log_question("Hạn nộp báo cáo 6 tháng là khi nào? %d" % i, True, "when",
                                        None, -100, 7)
        engine.record_feedback(qid, 1, user_id=7)
    stop_here()
else:
    raise SystemExit("unknown scenario " + scenario)

from qcdc.cli import main
sys.argv = ["qcdc", *argv]
main()
'''


@dataclass
class Crash:
    scenario: str
    settings: Settings
    ready: Path
    log: Path
    proc: subprocess.Popen

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


_STARTED: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def _no_driver_outlives_its_test():
    """A failing test must not leave a driver sleeping at its stop point."""
    yield
    while _STARTED:
        proc = _STARTED.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def start_driver(scenario: str, settings: Settings, *args: str) -> Crash:
    ready = settings.data_dir.parent / f"ready-{scenario}"
    log = settings.data_dir.parent / f"driver-{scenario}.log"
    with open(log, "wb") as out:   # a file, not a pipe nobody reads: the driver never blocks on it
        proc = subprocess.Popen([sys.executable, "-c", DRIVER, scenario, str(ready), *args],
                                env=env_for(settings), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    _STARTED.append(proc)
    return Crash(scenario, settings, ready, log, proc)


def wait_ready(crash: Crash, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not crash.ready.exists():
        if crash.proc.poll() is not None:
            pytest.fail(f"{crash.scenario}: driver exited {crash.proc.returncode} before its stop point\n"
                        f"{crash.output()}")
        if time.monotonic() > deadline:
            pytest.fail(f"{crash.scenario}: driver never reached its stop point\n{crash.output()}")
        time.sleep(0.05)


def kill_all(crashes: list[Crash]) -> None:
    """Wait until every driver is at its stop point, then SIGKILL each (no cleanup runs)."""
    for crash in crashes:
        wait_ready(crash)
    for crash in crashes:
        os.kill(crash.proc.pid, signal.SIGKILL)
    for crash in crashes:
        crash.proc.wait(30)
        assert crash.proc.returncode == -signal.SIGKILL, crash.scenario


# ====================================================================== kill -9
def test_kill_9_during_reindex_keeps_the_previous_index(template: Path, tmp_path: Path) -> None:
    """`qcdc index --rebuild` killed inside its first SQLite transaction, and `qcdc index`
    killed after its database work with the new FAISS file written but not yet swapped in:
    a new Engine serves, temp files are gone, SQLite is sound, the lock is free again."""
    in_tx = clone(template, tmp_path / "in-transaction")
    before_swap = clone(template, tmp_path / "before-swap")
    before = {"in_tx": snapshot(in_tx)}
    with Engine(in_tx) as engine:
        expected_answer = engine.ask(QUESTION, log=False).to_json()
    removed = sorted(before_swap.corpus_dir.glob("002_*.txt"))[0]
    removed.unlink()   # the second reindex has a real change to commit: one plan deleted

    kill_all([start_driver("reindex-in-transaction", in_tx),
              start_driver("reindex-before-faiss-swap", before_swap)])

    # 1) killed inside the transaction: nothing committed, the old FAISS file serves as is
    assert (in_tx.vectors_dir / INDEX_FILE).is_file()
    engine = assert_consistent(in_tx)
    assert engine.ask(QUESTION, log=False).to_json() == expected_answer
    assert snapshot(in_tx) == before["in_tx"], "a killed rebuild changed the index"
    report = engine.reindex()
    assert report.documents == 5 and not report.errors
    engine.close()

    # 2) killed before the swap: the delete is committed, the stale index is replaced
    leftovers = [p.name for p in before_swap.vectors_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers, "the driver should have died with a written, unswapped temp index"
    engine = assert_consistent(before_swap)
    assert len(engine.list_documents()) == 4
    assert all(s.document != removed.name for s in engine.ask(QUESTION, log=False).sources)
    assert all(d.document != removed.name for d in engine.deadlines())
    assert engine.reindex().embedded == 0   # vectors came from SQLite; the lock is free
    engine.close()


def _replacement_of_004(tmp_path: Path) -> Path:
    """A new version of the shipped plan 60/KH-SVHTTDL (same number, new deadline line)."""
    original = sorted(SHIPPED_CORPUS.glob("004_*.txt"))[0].read_text(encoding="utf-8")
    extra = ("\n\n- Văn phòng Sở gửi báo cáo bổ sung về công tác dân vận chính quyền về Sở Nội vụ "
             "chậm nhất ngày 25/12/2023.\n")
    marker = "Nơi nhận"
    head, _, tail = original.partition(marker)
    path = tmp_path / "ke-hoach-svhttdl-sua-doi.txt"
    path.write_text(head + extra + "\n" + marker + tail, encoding="utf-8")
    return path


def test_kill_9_during_add_leaves_the_document_fully_in_or_fully_out(template: Path, tmp_path: Path) -> None:
    """`qcdc add` killed (a) inside its SQLite transaction, with the upload copied next to
    the corpus as `.NAME.uploading`; (b) after the commit, before the file is renamed into
    place; (c) replacing a plan, after the new file is in place but before the old one is
    moved out. Each plan must end up fully in (SQLite row, corpus file, deadlines) or fully
    out, and the corpus must hold no upload temp file."""
    upload = tmp_path / "ke-hoach-pnv-2025.txt"
    upload.write_text(NEW_PLAN.format(n=15), encoding="utf-8")
    replacement = _replacement_of_004(tmp_path)
    cases = {
        "add-in-transaction": (clone(template, tmp_path / "a"), upload),
        "add-after-commit": (clone(template, tmp_path / "b"), upload),
        "add-before-retire": (clone(template, tmp_path / "c"), replacement),
    }
    kill_all([start_driver(name, s, str(path)) for name, (s, path) in cases.items()])

    def died_before_commit(s: Settings) -> None:
        """Fully out, as if never sent."""
        with assert_consistent(s) as engine:
            assert len(engine.list_documents()) == 5
            assert not list(s.corpus_dir.glob("ke-hoach-pnv-2025*"))
            assert not {d.date for d in engine.deadlines()} & NEW_PLAN_DATES

    def died_after_commit(s: Settings) -> None:
        """Fully in, its file included."""
        with assert_consistent(s, NEW_PLAN_QUESTION) as engine:
            docs = {d.filename for d in engine.list_documents()}
            assert len(docs) == 6 and "ke-hoach-pnv-2025.txt" in docs
            assert file_sha(s.corpus_dir / "ke-hoach-pnv-2025.txt") == file_sha(upload)
            assert {d.date for d in engine.deadlines() if d.document == "ke-hoach-pnv-2025.txt"} == NEW_PLAN_DATES

    def died_mid_replacement(s: Settings) -> None:
        """The new version fully in, the old one fully out (its file kept aside)."""
        with assert_consistent(s) as engine:
            docs = {d.filename for d in engine.list_documents()}
            old_name = sorted(SHIPPED_CORPUS.glob("004_*.txt"))[0].name
            assert replacement.name in docs and old_name not in docs and len(docs) == 5
            assert not (s.corpus_dir / old_name).exists()
            assert list((s.data_dir / "removed").glob(f"*{old_name}")), "the replaced plan should be kept aside"
            assert date(2023, 12, 25) in {d.date for d in engine.deadlines() if d.document == replacement.name}
            report = engine.reindex()   # SQLite and the corpus already agree: nothing to do
            assert report.documents == 5 and report.embedded == 0

    failures = []
    for name, check in (("add-in-transaction", died_before_commit), ("add-after-commit", died_after_commit),
                        ("add-before-retire", died_mid_replacement)):
        try:
            check(cases[name][0])
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")
    assert not failures, "\n".join(failures)


# ====================================================================== damaged SQLite side files
def _corrupt(data_dir: Path, how: str) -> None:
    db = data_dir / "qcdc.sqlite"
    wal, shm, journal = (db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))
    if how == "wal-truncated-mid-frame":
        os.truncate(wal, wal.stat().st_size // 2 + 123)
    elif how == "wal-tail-garbage":
        with open(wal, "r+b") as fh:
            fh.seek(wal.stat().st_size // 2)
            fh.write(os.urandom(8192))
    elif how == "wal-all-garbage":
        wal.write_bytes(os.urandom(64 * 1024))
    elif how == "wal-empty":
        wal.write_bytes(b"")
    elif how == "shm-garbage":
        shm.write_bytes(os.urandom(32 * 1024))
    elif how == "journal-garbage":
        journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + os.urandom(4096))
    else:  # pragma: no cover
        raise AssertionError(how)


CORRUPTIONS = ["wal-truncated-mid-frame", "wal-tail-garbage", "wal-all-garbage", "wal-empty",
               "shm-garbage", "journal-garbage"]


def test_damaged_wal_shm_or_journal_at_startup(template: Path, tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    """A process that wrote to the database is SIGKILLed, leaving a live WAL; then the WAL
    is truncated mid-frame or overwritten with garbage, or the shared-memory index or a
    rollback journal is garbage. SQLite drops the damaged frames without a word (so there
    is nothing to log); what must hold is that the engine starts on the same database (not
    moved aside as corrupt), consistent, keeps every plan, and accepts new writes."""
    base = clone(template, tmp_path / "base")
    with closing(sqlite3.connect(base.db_path)) as conn:
        questions_before = conn.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
    kill_all([start_driver("ask-then-stop", base)])
    wal = base.db_path.with_name(base.db_path.name + "-wal")
    assert wal.stat().st_size > 0, "the killed process should leave a WAL behind"

    for how in CORRUPTIONS:
        root = tmp_path / how
        shutil.copytree(base.data_dir, root / "data")
        shutil.copytree(base.corpus_dir, root / "corpus")
        settings = Settings.from_env(data_dir=root / "data", corpus_dir=root / "corpus", embed_model="hashing")
        _corrupt(settings.data_dir, how)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            engine = assert_consistent(settings)
        assert not list(settings.data_dir.glob("qcdc.sqlite.corrupt-*")), f"{how}: database thrown away"
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR], f"{how}: {caplog.text}"
        assert len(engine.list_documents()) == 5, how
        logged = engine.stats().questions
        assert questions_before <= logged <= questions_before + 40, how
        # new writes work: a question log, an upload, a reindex
        engine.ask("Ai là cơ quan thường trực?")
        assert engine.stats().questions == logged + 1, how
        upload = root / "moi.txt"
        upload.write_text(NEW_PLAN.format(n=16), encoding="utf-8")
        engine.add_document(upload)
        assert engine.reindex().documents == 6, how
        engine.close()
        assert_consistent(settings, NEW_PLAN_QUESTION).close()


def test_garbage_database_file_is_moved_aside_logged_and_rebuilt(indexed: Settings,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    """When the database file itself is damaged the engine says so in the log, keeps the
    damaged file for inspection and rebuilds from the corpus."""
    with open(indexed.db_path, "r+b") as fh:
        fh.seek(100)
        fh.write(os.urandom(4096))
    with caplog.at_level(logging.WARNING, logger="qcdc.engine"):
        engine = Engine(indexed)
        engine.ensure_index()
    assert "corrupt" in caplog.text and "rebuilding from the corpus" in caplog.text
    assert list(indexed.data_dir.glob("qcdc.sqlite.corrupt-*"))
    engine.close()
    assert_consistent(indexed).close()


# ====================================================================== two writers
def test_two_reindex_processes_one_runs_the_other_is_told_busy(indexed: Settings, tmp_path: Path) -> None:
    """While one process reindexes (held inside the reindex lock), `qcdc index` in another
    process exits non-zero with the Vietnamese busy message, Engine.reindex and
    Engine.add_document in this process raise IndexBusyError without changing anything,
    and readers are not blocked. Once the first one finishes, reindexing works again."""
    release = tmp_path / "release"
    holder = start_driver("reindex-hold", indexed, str(release))
    try:
        wait_ready(holder)
        before = snapshot(indexed)

        busy = qcdc(indexed, "index")
        assert busy.returncode != 0
        assert IndexBusyError.user_message in busy.stderr
        assert_vietnamese(busy.stderr)

        engine = Engine(indexed)
        with pytest.raises(IndexBusyError) as info:
            engine.reindex()
        assert_vietnamese(info.value.user_message)
        upload = tmp_path / "moi.txt"
        upload.write_text(NEW_PLAN.format(n=17), encoding="utf-8")
        with pytest.raises(IndexBusyError):
            engine.add_document(upload)
        assert engine.ask(QUESTION, log=False).found   # readers keep being served
        assert snapshot(indexed) == before
    finally:
        release.touch()
        holder.proc.wait(60)
    assert holder.proc.returncode == 0, holder.output()
    assert "Đã lập chỉ mục" in holder.output()
    again = qcdc(indexed, "index")
    assert again.returncode == 0, again.stderr
    assert engine.add_document(upload).document.filename == "moi.txt"
    engine.close()
    assert_consistent(indexed, NEW_PLAN_QUESTION).close()
