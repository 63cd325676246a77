"""The engine end to end with a real SQLite file, a real FAISS index and the fast
deterministic hashing embedder: indexing, asking, adding, replacing, removing, recovery."""
from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import pytest

from index.engine import DuplicateDocumentError, Engine, safe_filename
from index.errors import (
    CorruptFileError,
    DocumentNotFoundError,
    EmptyDocumentError,
    IndexBusyError,
    ModelMismatchError,
    NotAPlanError,
    UnsupportedFileTypeError,
)
from index.vectors import INDEX_FILE
from tests.support.documents import NEW_PLAN as NEW_PLAN_TEMPLATE, docx_bytes

NEW_PLAN = NEW_PLAN_TEMPLATE.format(n=15)


def snapshot(engine: Engine) -> tuple:
    """What must not change when a bad input is refused."""
    docs = [(d.id, d.filename, d.chunks) for d in engine.list_documents()]
    return docs, engine.store.content_version(), len(engine.deadlines())


def test_first_use_builds_everything(engine: Engine, settings) -> None:
    docs = engine.list_documents()
    assert len(docs) == 5
    assert sum(d.chunks for d in docs) > 60
    assert (settings.vectors_dir / INDEX_FILE).is_file()
    assert engine.ensure_index() is None  # second call: nothing to do
    assert len(engine.deadlines(dated_only=True)) >= 8


def test_answer_json_shape(engine: Engine) -> None:
    answer = engine.ask("Hạn nộp báo cáo 6 tháng là khi nào?")
    data = json.loads(json.dumps(answer.to_json(), ensure_ascii=False))   # what the CLI prints
    assert set(data) >= {"question", "found", "answer", "sources", "deadlines"}
    assert data["question"] == "Hạn nộp báo cáo 6 tháng là khi nào?"
    assert data["found"] is True and isinstance(data["answer"], str) and data["answer"].strip()
    assert 1 <= len(data["sources"]) <= 5
    for s in data["sources"]:
        assert set(s) >= {"document", "title", "issuer", "section", "text", "score"}
        assert all(isinstance(s[k], str) for k in ("document", "title", "issuer", "section", "text"))
        assert isinstance(s["score"], float) and s["text"]
    scores = [s["score"] for s in data["sources"]]
    assert scores == sorted(scores, reverse=True), "sources are ranked best first"
    indexed = {r.text for r in engine.store.chunk_rows()}
    assert all(s["text"] in indexed for s in data["sources"]), "text is the chunk as indexed"
    assert data["deadlines"]
    for d in data["deadlines"]:
        assert set(d) >= {"date", "due_text", "who", "what", "to", "document"}
        assert d["date"] is None or date.fromisoformat(d["date"])


def test_out_of_scope_is_not_found(engine: Engine) -> None:
    answer = engine.ask("Giá vàng hôm nay bao nhiêu?")
    assert answer.found is False
    assert "không tìm thấy" in answer.answer


def test_empty_and_huge_questions(engine: Engine) -> None:
    empty = engine.ask("   ")
    assert empty.found is False and "Vui lòng nhập câu hỏi" in empty.answer and empty.sources == []
    long_q = "Hạn nộp báo cáo 6 tháng là khi nào? " + "xin hỏi " * 800
    answer = engine.ask(long_q)
    assert len(answer.question) <= 500 and answer.question.startswith("Hạn nộp báo cáo 6 tháng")
    assert answer.answer.strip()   # answered (or honestly not), not an error


def test_add_docx_then_ask_about_it(engine: Engine, tmp_path: Path, settings) -> None:
    path = tmp_path / "upload.docx"
    path.write_bytes(docx_bytes(NEW_PLAN))
    report = engine.add_document(path, original_name="Ke hoach PNV 2025.docx")
    assert report.meta.number == "15/KH-PNV"
    assert report.meta.year == 2025
    assert {d.date for d in report.deadlines if d.date} == {date(2025, 6, 15), date(2025, 11, 20)}
    assert (settings.corpus_dir / report.document.filename).is_file()
    answer = engine.ask("Các trường học gửi báo cáo 6 tháng về Phòng Nội vụ huyện Hòa Thành khi nào?")
    assert answer.found
    assert answer.sources[0].document == report.document.filename


def test_same_number_replaces_and_duplicate_is_refused(engine: Engine, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(NEW_PLAN, encoding="utf-8")
    r1 = engine.add_document(first)
    before = snapshot(engine)
    with pytest.raises(DuplicateDocumentError):
        engine.add_document(first, original_name="copy.txt")
    assert snapshot(engine) == before
    second = tmp_path / "b.txt"
    second.write_text(NEW_PLAN.replace("15/6/2025", "16/6/2025"), encoding="utf-8")
    r2 = engine.add_document(second)
    assert r2.replaced is not None and r2.replaced.id == r1.document.id
    assert len(engine.list_documents()) == 6
    dates = {d.date for d in engine.deadlines() if d.document == r2.document.filename}
    assert date(2025, 6, 16) in dates and date(2025, 6, 15) not in dates


@pytest.mark.parametrize("name, data, error", [
    ("x.exe", b"MZ\x00\x01", UnsupportedFileTypeError),
    ("empty.txt", b"", EmptyDocumentError),
    ("broken.docx", b"PK\x03\x04garbage", CorruptFileError),
    ("note.txt", "xin chào".encode(), NotAPlanError),
])
def test_bad_upload_changes_nothing_and_old_index_keeps_serving(engine: Engine, tmp_path: Path, settings,
                                                                  name: str, data: bytes, error: type) -> None:
    before = snapshot(engine)
    files_before = sorted(p.name for p in settings.corpus_dir.iterdir())
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error):
        engine.add_document(path)
    assert snapshot(engine) == before
    assert sorted(p.name for p in settings.corpus_dir.iterdir()) == files_before
    assert engine.ask("Hạn nộp báo cáo năm của Sở Nông nghiệp?").found


def test_remove_document_is_gone_at_once(engine: Engine, settings) -> None:
    target = next(d for d in engine.list_documents() if d.number == "60/KH-SVHTTDL")
    engine.remove_document(target.id)
    assert all(d.document != target.filename for d in engine.deadlines())
    answer = engine.ask("Gửi file mềm báo cáo dân vận chính quyền về địa chỉ email nào?")
    assert all(s.document != target.filename for s in answer.sources)
    assert not (settings.corpus_dir / target.filename).exists()
    with pytest.raises(DocumentNotFoundError):
        engine.remove_document(target.id)


def test_reindex_only_embeds_changed_chunks(engine: Engine, settings) -> None:
    assert engine.reindex().embedded == 0
    path = next(settings.corpus_dir.glob("003_*.txt"))
    path.write_text(path.read_text(encoding="utf-8") + "\n\nGhi chú: bổ sung một đoạn mới.\n", encoding="utf-8")
    report = engine.reindex()
    assert 0 < report.embedded <= 3


def _engine_with_model(settings, model: str) -> Engine:
    from index.config import Settings

    return Engine(Settings.from_env(data_dir=settings.data_dir, corpus_dir=settings.corpus_dir,
                                    embed_model=model))


def test_other_model_rebuilds_vectors_instead_of_mixing(engine: Engine, settings) -> None:
    question = "Hạn nộp báo cáo 6 tháng là khi nào?"
    other = _engine_with_model(settings, "hashing:128")
    assert other.ask(question).found
    sidecar = json.loads((settings.vectors_dir / "chunks.json").read_text(encoding="utf-8"))
    assert (sidecar["model"], sidecar["dim"]) == ("hashing:128", 128)
    # Switching back reuses the vectors cached per model identity: nothing is re-embedded.
    back = _engine_with_model(settings, "hashing")
    assert back.ask(question).found
    assert back.reindex().embedded == 0
    other.close()
    back.close()


def test_other_model_is_refused_while_a_writer_holds_the_lock(engine: Engine, settings) -> None:
    import fcntl

    other = _engine_with_model(settings, "hashing:128")
    with open(settings.data_dir / "reindex.lock", "a+") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        try:
            with pytest.raises(ModelMismatchError) as info:
                other.ask("Hạn nộp báo cáo 6 tháng là khi nào?")
        finally:
            fcntl.flock(held.fileno(), fcntl.LOCK_UN)
    assert "qcdc index --rebuild" in info.value.user_message
    other.close()


def test_corrupt_faiss_is_rebuilt_from_sqlite(engine: Engine, settings) -> None:
    (settings.vectors_dir / INDEX_FILE).write_bytes(b"not a faiss index")
    (settings.vectors_dir / ".chunks-left.faiss.tmp").write_bytes(b"partial")
    fresh = Engine(settings)
    assert not (settings.vectors_dir / ".chunks-left.faiss.tmp").exists()
    assert fresh.ask("Hạn nộp báo cáo 6 tháng là khi nào?").found
    assert fresh.reindex().embedded == 0  # vectors came from SQLite, nothing re-embedded


def test_corrupt_database_is_moved_aside_and_rebuilt(settings) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    settings.db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    engine = Engine(settings)
    engine.ensure_index()
    assert len(engine.list_documents()) == 5
    assert list(settings.data_dir.glob("qcdc.sqlite.corrupt-*"))


def test_one_reindex_at_a_time(engine: Engine) -> None:
    entered, release = threading.Event(), threading.Event()
    original = engine.dense.embed_missing

    def slow(*args, **kwargs):
        entered.set()
        release.wait(5)
        return original(*args, **kwargs)

    engine.dense.embed_missing = slow  # type: ignore[method-assign]
    worker = threading.Thread(target=engine.reindex)
    worker.start()
    assert entered.wait(5)
    with pytest.raises(IndexBusyError):
        engine.reindex()
    release.set()
    worker.join()


@pytest.mark.parametrize("raw, expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\win.ini.md", "win.ini.md"),
    ("Kế hoạch 2025 (bản cuối).DOCX", "Kế_hoạch_2025_bản_cuối.docx"),
    ("", "tai_lieu"),
])
def test_uploaded_names_cannot_escape_the_corpus(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


def test_feedback_and_stats(engine: Engine) -> None:
    a = engine.ask("Ai là cơ quan thường trực?")
    engine.ask("Giá vàng hôm nay?")
    engine.record_feedback(a.question_id, 1, user_id=7)
    stats = engine.stats()
    assert stats.questions == 2 and stats.unanswered == 1 and stats.feedback_up == 1
