"""SQLite (through sqlite-utils) is the source of truth: documents, chunks, obligations,
embeddings (cached by content hash), the question log and feedback.

The schema is a list of numbered migrations; the FTS5 table over chunks is kept in sync
by triggers, so deleting a document removes its chunks from lexical search at once.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import sqlite_utils

FTS_TOKENIZER = "unicode61 remove_diacritics 2 tokenchars '_'"


def _m001_create_tables(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            filename TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            kind TEXT, number TEXT, issuer TEXT, issued_on TEXT, year INTEGER,
            title TEXT, place TEXT, signer TEXT, signer_title TEXT,
            recipients TEXT, citation TEXT,
            added_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS chunks (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            section TEXT NOT NULL,
            text TEXT NOT NULL,
            embed_text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            lexical TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS chunks_document ON chunks(document_id)")
    db.execute(
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
            lexical, content='chunks', content_rowid='id', tokenize="{FTS_TOKENIZER}")"""
    )
    db.execute(
        """CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
            INSERT INTO chunks_fts(rowid, lexical) VALUES (new.id, new.lexical); END"""
    )
    db.execute(
        """CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
            INSERT INTO chunks_fts(chunks_fts, rowid, lexical) VALUES ('delete', old.id, old.lexical); END"""
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS obligations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            who TEXT, what TEXT, to_whom TEXT,
            due_on TEXT, due_text TEXT, recurrence TEXT,
            section TEXT, quote TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS obligations_due ON obligations(due_on)")
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS embeddings (
            content_hash TEXT NOT NULL,
            model TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (content_hash, model)
        )"""
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS questions (
            id INTEGER PRIMARY KEY,
            asked_at TEXT NOT NULL,
            chat_id INTEGER, user_id INTEGER,
            question TEXT NOT NULL,
            found INTEGER NOT NULL,
            intent TEXT,
            top_document TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            user_id INTEGER,
            value INTEGER NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (question_id, user_id)
        )"""
    )
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_m001_create_tables]


def fts_term(token: str) -> str:
    """FTS5 term for a folded token; pairs (`bao_cao`) are indexed as tokens of their own."""
    return f'"{token}"'


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class _SharedDatabase(sqlite_utils.Database):
    """A sqlite-utils Database whose multi-statement operations are serialized.

    Fix: sqlite-utils 4 runs every `query()` as SAVEPOINT / SELECT / RELEASE, and every
    insert inside `atomic()` (BEGIN or a SAVEPOINT). The engine shares one connection
    between the bot's worker threads, so concurrent questions interleaved those
    statements ("no such savepoint: sqlite_utils_query"), and questions failed with the
    apology under load (tests/test_bot_load.py). Both now run under one re-entrant lock,
    the one `Store` uses for its transactions, and a query's rows are read before the
    lock is released.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn)
        self.lock = threading.RLock()

    def query(self, sql: str, params: Iterable | dict | None = None) -> Iterator[dict]:
        with self.lock:
            return iter(list(super().query(sql, params)))

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        with self.lock, super().atomic() as db:
            yield db


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database in WAL mode and apply migrations."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
    db = _SharedDatabase(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=30000")
    db.execute("CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    done = {row[0] for row in db.execute("SELECT id FROM migrations").fetchall()}
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number not in done:
            db.execute("BEGIN IMMEDIATE")
            try:
                migration(db)
                db.execute("INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
                           [number, migration.__name__, now_iso()])
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
    return db


def check_integrity(path: Path) -> bool:
    """Quick check that an existing database file is readable SQLite."""
    try:
        conn = sqlite3.connect(str(path))
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
        return bool(row) and row[0] == "ok"
    except sqlite3.DatabaseError:
        return False


class Store:
    """Typed access to the tables; one instance per Engine, guarded by a lock."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # the database's own lock when it has one (see _SharedDatabase), so transactions
        # and sqlite-utils' savepoints never interleave
        self.lock = getattr(db, "lock", None) or threading.RLock()

    # -- meta -------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def bump_version(self) -> int:
        """Increment the content version other processes watch to reload their indexes."""
        version = int(self.get_meta("content_version", "0") or 0) + 1
        self.set_meta("content_version", str(version))
        return version

    def content_version(self) -> int:
        return int(self.get_meta("content_version", "0") or 0)

    # -- documents --------------------------------------------------------------------
    def documents(self) -> list[dict]:
        return list(self.db.query(
            """SELECT d.*, (SELECT COUNT(*) FROM chunks c WHERE c.document_id = d.id) AS n_chunks,
                      (SELECT COUNT(*) FROM obligations o WHERE o.document_id = d.id) AS n_obligations,
                      (SELECT COUNT(*) FROM obligations o WHERE o.document_id = d.id
                                                          AND o.due_on IS NOT NULL) AS n_dated
               FROM documents d ORDER BY d.id"""))

    def document(self, document_id: int) -> dict | None:
        rows = [d for d in self.documents() if d["id"] == document_id]
        return rows[0] if rows else None

    def document_by_filename(self, filename: str) -> dict | None:
        row = self.db.execute("SELECT id FROM documents WHERE filename = ?", [filename]).fetchone()
        return self.document(row[0]) if row else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (the connection autocommits)."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def replace_document(self, old_ids: Iterable[int], record: dict, chunks: list[dict],
                         obligations: list[dict]) -> int:
        """Delete `old_ids` and insert a document with its chunks and obligations, atomically."""
        with self.transaction():
            for old in old_ids:
                self._delete(old)
            doc_id = self.db["documents"].insert(record).last_pk
            for chunk in chunks:
                chunk["document_id"] = doc_id
            self.db["chunks"].insert_all(chunks)
            for ob in obligations:
                ob["document_id"] = doc_id
            if obligations:
                self.db["obligations"].insert_all(obligations)
            self.bump_version()
        return int(doc_id)

    def _delete(self, document_id: int) -> None:
        self.db.execute("DELETE FROM obligations WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM chunks WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])

    def delete_document(self, document_id: int) -> None:
        with self.transaction():
            self._delete(document_id)
            self.bump_version()

    # -- chunks -----------------------------------------------------------------------
    def chunk_rows(self, ids: list[int] | None = None) -> list[dict]:
        sql = """SELECT c.id, c.document_id, c.ordinal, c.section, c.text, c.embed_text,
                        c.content_hash, d.filename, d.title, d.issuer, d.number, d.year,
                        d.citation, d.issued_on
                 FROM chunks c JOIN documents d ON d.id = c.document_id"""
        if ids is None:
            return list(self.db.query(sql + " ORDER BY c.id"))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: r for r in self.db.query(sql + f" WHERE c.id IN ({marks})", ids)}
        return [rows[i] for i in ids if i in rows]

    def chunk_ids_and_hashes(self) -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT id, content_hash FROM chunks ORDER BY id").fetchall()]

    def lexical_search(self, match: str, limit: int, document_ids: list[int] | None = None) -> list[tuple[int, float]]:
        """FTS5 BM25 search; returns (chunk_id, score) with higher = better."""
        sql = ("SELECT f.rowid, bm25(chunks_fts) AS rank FROM chunks_fts f "
               "JOIN chunks c ON c.id = f.rowid WHERE chunks_fts MATCH ?")
        params: list = [match]
        if document_ids:
            sql += f" AND c.document_id IN ({','.join('?' * len(document_ids))})"
            params.extend(document_ids)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        try:
            rows = self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            return []
        return [(int(r[0]), -float(r[1])) for r in rows]

    def token_document_frequency(self, tokens: list[str]) -> dict[str, int]:
        """How many chunks contain each token (0 = unknown to the corpus)."""
        out: dict[str, int] = {}
        for tok in set(tokens):
            try:
                row = self.db.execute(
                    "SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?", [fts_term(tok)]).fetchone()
                out[tok] = int(row[0])
            except sqlite3.OperationalError:
                out[tok] = 0
        return out

    def chunk_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    # -- embeddings cache -------------------------------------------------------------
    def cached_vectors(self, hashes: list[str], model: str) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            part = hashes[start:start + 500]
            marks = ",".join("?" * len(part))
            for h, blob in self.db.execute(
                f"SELECT content_hash, vector FROM embeddings WHERE model = ? AND content_hash IN ({marks})",
                [model, *part],
            ).fetchall():
                out[h] = np.frombuffer(blob, dtype=np.float32)
        return out

    def store_vectors(self, items: dict[str, np.ndarray], model: str) -> None:
        with self.transaction():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO embeddings (content_hash, model, vector) VALUES (?, ?, ?)",
                [(h, model, np.asarray(v, dtype=np.float32).tobytes()) for h, v in items.items()],
            )

    def prune_vectors(self, model: str) -> int:
        """Drop cached vectors no chunk uses any more."""
        cur = self.db.execute(
            "DELETE FROM embeddings WHERE model = ? AND content_hash NOT IN (SELECT content_hash FROM chunks)",
            [model])
        return cur.rowcount

    # -- obligations ------------------------------------------------------------------
    def obligation_rows(self, document_id: int | None = None) -> list[dict]:
        sql = """SELECT o.*, d.filename, d.title, d.issuer, d.number, d.year, d.citation
                 FROM obligations o JOIN documents d ON d.id = o.document_id"""
        if document_id is not None:
            return list(self.db.query(sql + " WHERE o.document_id = ? ORDER BY o.id", [document_id]))
        return list(self.db.query(sql + " ORDER BY o.id"))

    # -- questions & feedback ---------------------------------------------------------
    def log_question(self, question: str, found: bool, intent: str, top_document: str | None,
                     chat_id: int | None, user_id: int | None) -> int:
        with self.lock:
            return int(self.db["questions"].insert({
                "asked_at": now_iso(), "chat_id": chat_id, "user_id": user_id,
                "question": question[:2000], "found": int(found), "intent": intent,
                "top_document": top_document,
            }).last_pk)

    def record_feedback(self, question_id: int, value: int, user_id: int | None) -> bool:
        with self.lock:
            if not self.db.execute("SELECT 1 FROM questions WHERE id = ?", [question_id]).fetchone():
                return False
            self.db.execute(
                "INSERT OR REPLACE INTO feedback (question_id, user_id, value, at) VALUES (?, ?, ?, ?)",
                [question_id, user_id, 1 if value > 0 else -1, now_iso()])
            return True

    def stats(self) -> dict:
        q = self.db.execute("SELECT COUNT(*), COALESCE(SUM(1 - found), 0) FROM questions").fetchone()
        f = self.db.execute(
            "SELECT COALESCE(SUM(value > 0), 0), COALESCE(SUM(value < 0), 0) FROM feedback").fetchone()
        unanswered = [r[0] for r in self.db.execute(
            "SELECT question FROM questions WHERE found = 0 ORDER BY id DESC LIMIT 5").fetchall()]
        return {
            "questions": int(q[0]), "unanswered": int(q[1]),
            "feedback_up": int(f[0]), "feedback_down": int(f[1]),
            "documents": int(self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]),
            "chunks": self.chunk_count(),
            "obligations": int(self.db.execute("SELECT COUNT(*) FROM obligations").fetchone()[0]),
            "recent_unanswered": unanswered,
        }


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
