"""Data is never lost or silently replaced (#14 items 1, 2, 3, 5, 6, 12, 16).

Each test reproduces one failure the hostile probe found: a healthy database moved aside
when it was only locked, an upload replacing an unrelated plan, a plan named README.md
dropped, a question re-embedding the corpus, a read-only directory giving a traceback,
ids renumbered by a rebuild."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from index import library as library_mod
from index import storage_schema
from index.dense_index import EMBED_BATCH
from index.embeddings import HashingEmbedder
from index.engine import Engine
from index.errors import DatabaseBusyError, UploadTooLargeError

ROOT = Path(__file__).resolve().parent.parent

PLAN = """UBND HUYỆN {district}
{issuer}

Số: {number}

{district_title}, ngày 10 tháng 01 năm {year}

KẾ HOẠCH
Thực hiện Quy chế dân chủ ở cơ sở năm {year}

I. MỤC ĐÍCH, YÊU CẦU
- Phát huy quyền làm chủ của cán bộ, công chức, viên chức và người lao động{extra}.

II. TỔ CHỨC THỰC HIỆN
1. Các trường học trên địa bàn huyện
Các trường học gửi báo cáo sơ kết 6 tháng về {issuer_title} chậm nhất ngày 15/6/{year}.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

TRƯỞNG PHÒNG

Lê Văn Bình
"""


def write_plan(path: Path, *, issuer: str = "PHÒNG NỘI VỤ", number: str = "05/KH-PNV", year: int = 2025,
               district: str = "HÒA THÀNH", extra: str = "") -> Path:
    """A small plan file; `extra` changes its content without changing who issued it."""
    path.write_text(PLAN.format(issuer=issuer, issuer_title=issuer.title(), number=number, year=year,
                                district=district, district_title=district.title(), extra=extra),
                    encoding="utf-8")
    return path


def cli(args: list[str], data: Path, corpus: Path, **extra_env: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QCDC_DATA_DIR=str(data), QCDC_CORPUS_DIR=str(corpus), QCDC_EMBED_MODEL="hashing",
               PYTHONPATH=str(ROOT), **extra_env)
    return subprocess.run([sys.executable, "-m", "qcdc", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


# ----------------------------------------------------------------------------- item 1
HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
    conn.close()
""")


def hold_database_lock(db_path: Path, seconds: float) -> subprocess.Popen:
    """Another process holding BEGIN EXCLUSIVE with locking_mode=EXCLUSIVE on the database."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def keep_a_subscription(engine: Engine) -> None:
    from index import reminders

    reminders.subscribe(engine.store.db, -100123, "nội vụ")


def test_locked_database_is_waited_for_not_moved_aside(engine: Engine, settings) -> None:
    keep_a_subscription(engine)
    engine.close()
    # Opening waits out a lock shorter than BUSY_TIMEOUT; a lock longer than that is the
    # next test's. Together they catch an integrity check with a wait of its own (the old
    # one called a file locked for 5 s corrupt): that one fails the next test.
    holder = hold_database_lock(settings.db_path, 1.0)
    try:
        again = Engine(settings)
        assert again.ask("Hạn nộp báo cáo 6 tháng là khi nào?", log=False).found
    finally:
        holder.wait(30)
    assert not list(settings.data_dir.glob("*.corrupt-*"))
    from index import reminders

    assert [s.chat_id for s in reminders.list_subscriptions(again.store.db)] == [-100123]
    again.close()


def test_lock_held_past_the_wait_is_a_clear_error_and_keeps_the_file(engine: Engine, settings,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    keep_a_subscription(engine)
    engine.close()
    size = settings.db_path.stat().st_size
    monkeypatch.setattr(storage_schema, "BUSY_TIMEOUT", 0.3)
    holder = hold_database_lock(settings.db_path, 30)
    try:
        with pytest.raises(DatabaseBusyError) as info:
            Engine(settings)
    finally:
        holder.kill()   # the lock outlived the wait: no need to sit out the rest of it
        holder.wait(30)
    assert "khóa" in info.value.user_message and "còn nguyên" in info.value.user_message
    assert settings.db_path.stat().st_size == size
    assert not list(settings.data_dir.glob("*.corrupt-*"))


def test_only_a_damaged_file_counts_as_corrupt(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    assert storage_schema.check_integrity(bad) is False
    good = tmp_path / "good.sqlite"
    sqlite3.connect(good).execute("CREATE TABLE t (x)").connection.close()
    assert storage_schema.check_integrity(good) is True


# ----------------------------------------------------------------------------- item 2
def test_same_file_name_from_another_agency_is_added_not_replaced(engine: Engine, tmp_path: Path, settings) -> None:
    first = engine.add_document(write_plan(tmp_path / "a.txt", issuer="PHÒNG NỘI VỤ"), original_name="ke-hoach.txt")
    second = engine.add_document(write_plan(tmp_path / "b.txt", issuer="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                                            number="05/KH-PGDĐT"), original_name="ke-hoach.txt")
    assert second.replaced is None
    assert [d.id for d in second.similar] == [first.document.id]   # named, so the admin can check
    files = {d.filename for d in engine.list_documents()}
    assert {"ke-hoach.txt", "ke-hoach-2.txt"} <= files
    assert (settings.corpus_dir / "ke-hoach.txt").read_text(encoding="utf-8").count("PHÒNG NỘI VỤ") == 1


@pytest.mark.parametrize("change", [{"year": 2026}, {"district": "GÒ DẦU"}])
def test_same_number_of_another_year_or_district_is_not_a_replacement(engine: Engine, tmp_path: Path,
                                                                      change: dict) -> None:
    first = engine.add_document(write_plan(tmp_path / "a.txt"))
    other_issuer = {"district": "GÒ DẦU"} == change
    second = engine.add_document(write_plan(tmp_path / "b.txt", **change,
                                            **({"issuer": "PHÒNG NỘI VỤ HUYỆN GÒ DẦU"} if other_issuer else {})))
    assert second.replaced is None
    assert first.document.id in {d.id for d in second.similar}
    assert first.document.id in {d.id for d in engine.list_documents()}


def test_same_short_name_and_number_under_another_managing_body_is_added_not_replaced(engine: Engine,
                                                                                    tmp_path: Path) -> None:
    # Two offices of one kind, each under its own district, that numbered and dated their
    # plans alike: only the managing body and the place of issue tell them apart.
    first = engine.add_document(write_plan(tmp_path / "a.txt"))
    second = engine.add_document(write_plan(tmp_path / "b.txt", district="GÒ DẦU"))
    assert (first.document.issuer, first.document.number) == (second.document.issuer, second.document.number)
    assert second.replaced is None
    assert first.document.id in {d.id for d in second.similar}     # named, so the admin can check
    assert {first.document.id, second.document.id} <= {d.id for d in engine.list_documents()}


def test_new_version_of_the_same_plan_replaces_it_and_keeps_the_old_file(engine: Engine, tmp_path: Path,
                                                                         settings) -> None:
    first = engine.add_document(write_plan(tmp_path / "v1.txt"), original_name="ke-hoach.txt")
    old_text = (settings.corpus_dir / "ke-hoach.txt").read_bytes()
    second = engine.add_document(write_plan(tmp_path / "v2.txt", extra=" và nhân dân"),
                                 original_name="ke-hoach.txt")
    assert second.replaced is not None and second.replaced.id == first.document.id
    assert second.document.id == first.document.id            # links to it keep working
    kept = [p.read_bytes() for p in (settings.data_dir / "removed").iterdir()]
    assert old_text in kept
    assert "nhân dân" in (settings.corpus_dir / "ke-hoach.txt").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- item 3
def test_plan_uploaded_as_readme_survives_reindex(engine: Engine, tmp_path: Path) -> None:
    added = engine.add_document(write_plan(tmp_path / "upload.md"), original_name="README.md")
    report = engine.reindex()
    assert added.document.id in {d.id for d in engine.list_documents()}
    assert report.errors == []


def test_a_readme_that_is_not_a_plan_is_skipped_quietly(engine: Engine, settings) -> None:
    (settings.corpus_dir / "README.md").write_text("# Thư mục kế hoạch\n\nCác tệp ở đây.\n", encoding="utf-8")
    report = engine.reindex()
    assert report.errors == [] and report.documents == 5


# ----------------------------------------------------------------------------- item 5
class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, remembering how many passages each call embedded."""

    def __init__(self) -> None:
        super().__init__(name="hashing")
        self.passage_calls: list[int] = []

    def embed_passages(self, texts, **kwargs) -> np.ndarray:
        self.passage_calls.append(len(texts))
        return super().embed_passages(texts, **kwargs)


def test_upload_is_embedded_in_small_batches(settings) -> None:
    embedder = CountingEmbedder()
    engine = Engine(settings, embedder=embedder)
    engine.ensure_index()
    assert embedder.passage_calls and max(embedder.passage_calls) <= EMBED_BATCH
    assert sum(embedder.passage_calls) == engine.store.chunk_count()


def test_upload_over_the_chunk_cap_is_refused_and_changes_nothing(engine: Engine, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_mod, "MAX_UPLOAD_CHUNKS", 1)
    before = [d.id for d in engine.list_documents()]
    with pytest.raises(UploadTooLargeError) as info:
        engine.add_document(write_plan(tmp_path / "big.txt"))
    assert "tối đa 1" in info.value.user_message
    assert [d.id for d in engine.list_documents()] == before


# ----------------------------------------------------------------------------- item 6
def test_question_after_rebuild_embeds_no_passage(engine: Engine, settings) -> None:
    engine.reindex(rebuild=True)
    embedder = CountingEmbedder()
    fresh = Engine(settings, embedder=embedder)
    assert fresh.ask("Hạn nộp báo cáo 6 tháng là khi nào?", log=False).found
    assert embedder.passage_calls == []


def test_killed_rebuild_keeps_the_stored_vectors(engine: Engine, settings) -> None:
    class DiesMidway(HashingEmbedder):
        calls = 0

        def embed_passages(self, texts, **kwargs):
            DiesMidway.calls += 1
            if DiesMidway.calls == 2:
                raise KeyboardInterrupt   # stands for kill -9 in the middle of a rebuild
            return super().embed_passages(texts, **kwargs)

    stored = engine.store.db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
    dying = Engine(settings, embedder=DiesMidway(name="hashing"))
    with pytest.raises(KeyboardInterrupt):
        dying.reindex(rebuild=True)
    assert engine.store.db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == stored
    embedder = CountingEmbedder()
    after = Engine(settings, embedder=embedder)
    (settings.vectors_dir).exists() and shutil.rmtree(settings.vectors_dir)   # FAISS gone too
    assert after.ask("Hạn nộp báo cáo 6 tháng là khi nào?", log=False).found
    assert embedder.passage_calls == []


# ----------------------------------------------------------------------------- item 12
def _immutable(path: Path) -> bool:
    """Make `path` unwritable even for root (chattr +i); False where that is impossible."""
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def _mutable(path: Path) -> None:
    subprocess.run(["chattr", "-i", str(path)], capture_output=True)


@pytest.fixture
def read_only(request: pytest.FixtureRequest):
    """Make directories read-only for the test (skips where chattr cannot)."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if not _immutable(path):
            pytest.skip("cannot make a directory read-only here (chattr +i)")
        made.append(path)

    yield make
    for path in made:
        _mutable(path)


def test_read_only_data_dir_is_a_clear_message(engine: Engine, settings, read_only) -> None:
    engine.close()
    for extra in settings.data_dir.glob("qcdc.sqlite-*"):
        extra.unlink()
    read_only(settings.data_dir)
    proc = cli(["ask", "Hạn nộp báo cáo 6 tháng là khi nào?"], settings.data_dir, settings.corpus_dir)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "chỉ cho phép đọc" in proc.stderr and str(settings.data_dir) in proc.stderr


def test_data_dir_that_cannot_be_created_is_a_clear_error(settings, tmp_path: Path, read_only) -> None:
    from dataclasses import replace

    from index.errors import ReadOnlyDirectoryError

    parent = tmp_path / "locked"
    parent.mkdir()
    read_only(parent)
    with pytest.raises(ReadOnlyDirectoryError) as info:
        Engine(replace(settings, data_dir=parent / "data"))
    assert "chỉ cho phép đọc" in info.value.user_message


def test_read_only_corpus_dir_refuses_an_upload_clearly(engine: Engine, settings, tmp_path: Path,
                                                       read_only) -> None:
    engine.close()
    upload = write_plan(tmp_path / "moi.txt")
    read_only(settings.corpus_dir)
    proc = cli(["add", str(upload)], settings.data_dir, settings.corpus_dir)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "chỉ cho phép đọc" in proc.stderr
    again = Engine(settings)
    assert len(again.list_documents()) == 5
    again.close()


# ----------------------------------------------------------------------------- item 16
def _ids(engine: Engine) -> tuple[list, list, list]:
    db = engine.store.db
    return ([tuple(r) for r in db.execute("SELECT id, filename FROM documents ORDER BY id")],
            [tuple(r) for r in db.execute("SELECT id, content_hash FROM chunks ORDER BY id")],
            [tuple(r) for r in db.execute("SELECT id, what, due_on FROM obligations ORDER BY id")])


def test_ids_stay_stable_across_rebuild(engine: Engine) -> None:
    before = _ids(engine)
    chunk_id, text = before[1][3][0], engine.get_source(before[1][3][0]).text
    engine.reindex(rebuild=True)
    assert _ids(engine) == before
    assert engine.get_source(chunk_id).text == text


def test_ids_of_removed_rows_are_never_given_to_new_ones(engine: Engine, tmp_path: Path) -> None:
    added = engine.add_document(write_plan(tmp_path / "a.txt"))
    old_chunks = {r[0] for r in engine.store.db.execute("SELECT id FROM chunks WHERE document_id = ?",
                                                  [added.document.id])}
    engine.remove_document(added.document.id)
    again = engine.add_document(write_plan(tmp_path / "b.txt", number="06/KH-PNV", extra=" mới"))
    new_chunks = {r[0] for r in engine.store.db.execute("SELECT id FROM chunks WHERE document_id = ?",
                                                  [again.document.id])}
    assert again.document.id != added.document.id
    assert not old_chunks & new_chunks
