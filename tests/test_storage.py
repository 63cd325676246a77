"""index/storage*.py on a real SQLite file: the schema upgrade of an existing data
directory, stable ids, the integrity check."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from index import reminders
from index.engine import Engine
from index.storage import Store, open_database
from index.storage_schema import MIGRATIONS
from index.write_rows import NewChunk, NewDocument


def _downgrade_to_the_first_format(path: Path) -> None:
    """Make a database look like one written before the sqlite-utils migrations: the
    hand-rolled `migrations` table, reminder tables made on first use, no ledger status."""
    db = sqlite_utils.Database(path)
    db.execute("DROP TABLE _sqlite_migrations")
    db.execute("ALTER TABLE reminder_ledger DROP COLUMN status")
    db.execute("CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    db.execute("INSERT INTO migrations VALUES (1, '_m001_create_tables', '2024-01-01T00:00:00+00:00')")
    db.conn.commit()
    db.conn.close()


def test_existing_data_dir_upgrades_in_place(engine: Engine, settings) -> None:
    reminders.subscribe(engine.store.db, -100)
    claimed = reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, engine.deadlines(dated_only=True)[0].date))
    documents = [d.id for d in engine.list_documents()]
    engine.close()
    _downgrade_to_the_first_format(settings.db_path)

    upgraded = Engine(settings)
    assert [d.id for d in upgraded.list_documents()] == documents
    assert [s.chat_id for s in reminders.list_subscriptions(upgraded.store.db)] == [-100]
    rows = reminders.ledger_rows(upgraded.store.db, -100)
    assert len(rows) == len(claimed.items) and {r.status for r in rows} == {"sent"}   # rows from before were sent
    applied = [m.name for m in MIGRATIONS.applied(upgraded.store.db)]
    assert applied == [m.name for m in MIGRATIONS._migrations]
    upgraded.close()


def test_migrations_run_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    open_database(path).conn.close()
    db = open_database(path)
    assert MIGRATIONS.pending(db) == []
    assert db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == len(MIGRATIONS._migrations)


def _plan_rows(n: int, tag: str) -> list[NewChunk]:
    return [NewChunk(ordinal=i, section="I", text=f"{tag} {i}", embed_text=f"{tag} {i}",
                     content_hash=f"{tag}-{i}", lexical=f"{tag} {i}") for i in range(n)]


def _record(name: str) -> NewDocument:
    return NewDocument(filename=name, sha256=name, added_at="2024-01-01T00:00:00+00:00")


def test_replacing_keeps_ids_of_unchanged_chunks_and_never_reuses_removed_ones(tmp_path: Path) -> None:
    store = Store(open_database(tmp_path / "db.sqlite"))
    first = store.replace_document([], _record("a.txt"), _plan_rows(3, "a"), [])
    old_ids = {r.content_hash: r.id for r in store.chunk_rows()}
    chunks = _plan_rows(3, "a")[:2] + _plan_rows(1, "b")        # one chunk changed
    again = store.replace_document([first], _record("a.txt"), chunks, [])
    new_ids = {r.content_hash: r.id for r in store.chunk_rows()}
    assert again == first
    assert new_ids["a-0"] == old_ids["a-0"] and new_ids["a-1"] == old_ids["a-1"]
    assert new_ids["b-0"] not in old_ids.values()               # not the removed chunk's id
    store.delete_document(again)
    third = store.replace_document([], _record("c.txt"), _plan_rows(2, "c"), [])
    assert third != first
    assert not {r.id for r in store.chunk_rows()} & (set(old_ids.values()) | set(new_ids.values()))


def test_store_returns_typed_rows(engine: Engine) -> None:
    import dataclasses

    import pytest

    from index.rows import ChunkRow, DocumentRow, ObligationRow

    doc = engine.store.documents()[0]
    chunk = engine.store.chunk_rows()[0]
    duty = engine.store.obligation_rows()[0]
    assert isinstance(doc, DocumentRow) and isinstance(chunk, ChunkRow) and isinstance(duty, ObligationRow)
    assert doc.n_chunks > 0 and chunk.document_id == doc.id and duty.to_whom is not None
    # rows are not mappings: a misspelt field fails loudly instead of reading as None
    with pytest.raises(TypeError):
        doc["filename"]  # type: ignore[index]
    assert not hasattr(doc, "get")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.title = "khác"  # type: ignore[misc]
    assert DocumentRow.from_mapping({"id": 1, "filename": "a", "sha256": "s", "added_at": "t",
                                     "a_column_added_later": 1}).id == 1


def test_unparsable_match_finds_nothing_but_other_faults_are_raised(engine: Engine) -> None:
    import sqlite3

    import pytest

    assert engine.store.lexical_search('"unbalanced', limit=5) == []

    class Broken:
        def execute(self, *args, **kwargs):
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = sqlite3.SQLITE_IOERR
            raise error

    store = Store(engine.store.db)
    store.db = Broken()  # type: ignore[assignment]
    with pytest.raises(sqlite3.OperationalError):
        store.lexical_search("bao_cao", limit=5)


def test_question_log_waits_for_no_fsync_and_leaves_other_commits_durable(tmp_path: Path) -> None:
    store = Store(open_database(tmp_path / "q.sqlite"))
    full = store.db.execute("PRAGMA synchronous").fetchone()[0]
    first = store.log_question("hạn nộp báo cáo?", True, "when", None, 1, 2)
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == full == 2   # FULL again
    with store.transaction():   # inside a transaction the level cannot change: logged as is
        second = store.log_question("ai ký?", False, "signer", None, None, None)
    reopened = Store(open_database(tmp_path / "q.sqlite"))
    assert [r[0] for r in reopened.db.execute("SELECT question FROM questions ORDER BY id")] == [
        "hạn nộp báo cáo?", "ai ký?"]
    assert second > first
