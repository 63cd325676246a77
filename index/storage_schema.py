"""The database file: its one schema, opening it, checking it.

The schema is a sqlite-utils `Migrations` set, applied once when the database is
opened: every table (documents, chunks, obligations, embeddings, questions, feedback,
subscriptions, the reminder ledger, the conversation state) is created or changed by a function here. To change
the schema, add one function decorated with `@MIGRATIONS()` at the end of the list;
never edit one that has shipped. A data directory of an older format is upgraded in
place the next time it is opened.

The FTS5 table over chunks is kept in sync by triggers, so deleting a document removes
its chunks from lexical search at once.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .errors import DatabaseBusyError, DiskFullError, ReadOnlyDirectoryError, StorageUnavailableError

#: How long opening waits for another process's lock before saying it is busy (seconds).
BUSY_TIMEOUT = 30.0

# Result codes that mean the file itself is damaged; every other failure (a lock, a full
# disk, a read-only directory) leaves a healthy database that must not be moved aside.
_CORRUPT_CODES = {getattr(sqlite3, "SQLITE_CORRUPT", 11), getattr(sqlite3, "SQLITE_NOTADB", 26)}
_BUSY_CODES = {getattr(sqlite3, "SQLITE_BUSY", 5), getattr(sqlite3, "SQLITE_LOCKED", 6)}
_READONLY_CODES = {getattr(sqlite3, "SQLITE_READONLY", 8), getattr(sqlite3, "SQLITE_CANTOPEN", 14),
                   getattr(sqlite3, "SQLITE_PERM", 3)}
_FULL_CODE = getattr(sqlite3, "SQLITE_FULL", 13)

FTS_TOKENIZER = "unicode61 remove_diacritics 2 tokenchars '_'"


MIGRATIONS = Migrations("qcdc")


@MIGRATIONS(name="m001_create_tables")
def m001_create_tables(db: sqlite_utils.Database) -> None:
    """Documents, chunks (+ FTS5), obligations, embeddings, questions, feedback, meta."""
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


@MIGRATIONS(name="m002_reminder_tables")
def m002_reminder_tables(db: sqlite_utils.Database) -> None:
    """Subscriptions and the reminder ledger, as `reminders.ensure_tables` made them."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS subscriptions (
            chat_id INTEGER PRIMARY KEY,
            keyword TEXT,
            remind_time TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.execute(
        """CREATE TABLE IF NOT EXISTS reminder_ledger (
            chat_id INTEGER NOT NULL,
            obligation_id INTEGER NOT NULL,
            offset_days INTEGER NOT NULL,
            due_date TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            late INTEGER NOT NULL DEFAULT 0,
            UNIQUE (chat_id, obligation_id, offset_days, due_date)
        )""")


@MIGRATIONS(name="m003_reminder_outcome")
def m003_reminder_outcome(db: sqlite_utils.Database) -> None:
    """Each ledger row records the send's outcome: pending (claimed, not yet confirmed),
    sent, or failed (known not delivered). Rows from before were sent."""
    if "status" not in db["reminder_ledger"].columns_dict:
        db.execute("ALTER TABLE reminder_ledger ADD COLUMN status TEXT NOT NULL DEFAULT 'sent'")


@MIGRATIONS(name="m004_conversation_tables")
def m004_conversation_tables(db: sqlite_utils.Database) -> None:
    """Conversation state (`storage_conversation`): the focus of each bot answer (for
    follow-ups), the unit of each user or group, "Đã nộp" marks, snoozes, 👎 reasons."""
    db.execute("""CREATE TABLE IF NOT EXISTS answer_contexts (
        chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL, user_id INTEGER,
        question_id INTEGER, focus TEXT NOT NULL, answered_at TEXT NOT NULL,
        PRIMARY KEY (chat_id, message_id))""")
    db.execute("CREATE INDEX IF NOT EXISTS answer_contexts_recent ON answer_contexts(chat_id, answered_at)")
    db.execute("""CREATE TABLE IF NOT EXISTS chat_units (
        chat_id INTEGER PRIMARY KEY, unit TEXT NOT NULL, set_by INTEGER, set_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE IF NOT EXISTS submissions (
        chat_id INTEGER NOT NULL, obligation_id INTEGER NOT NULL, due_date TEXT NOT NULL,
        user_id INTEGER, user_name TEXT NOT NULL, marked_at TEXT NOT NULL,
        UNIQUE (chat_id, obligation_id, due_date))""")
    db.execute("""CREATE TABLE IF NOT EXISTS snoozes (
        chat_id INTEGER NOT NULL, obligation_id INTEGER NOT NULL, due_date TEXT NOT NULL,
        remind_on TEXT NOT NULL, UNIQUE (chat_id, obligation_id, remind_on))""")
    db.execute("""CREATE TABLE IF NOT EXISTS feedback_reasons (
        question_id INTEGER NOT NULL, user_id INTEGER, reason TEXT NOT NULL, at TEXT NOT NULL,
        UNIQUE (question_id, user_id))""")


class _SharedDatabase(sqlite_utils.Database):
    """A sqlite-utils Database whose multi-statement operations are serialized.

    Fix: sqlite-utils 4 runs every `query()` as SAVEPOINT / SELECT / RELEASE, and every
    insert inside `atomic()` (BEGIN or a SAVEPOINT). The engine shares one connection
    between the bot's worker threads, so concurrent questions interleaved those
    statements ("no such savepoint: sqlite_utils_query"), and questions failed with the
    apology under load (tests/test_bot_load.py). Both now run under one re-entrant lock,
    the one `Store` uses for its transactions, and a query's rows are read before the
    lock is released. A plain `execute()` takes the lock too: a statement another thread
    started inside a query's savepoint (a write still stepping) ended that savepoint.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.lock = threading.RLock()   # before super().__init__, which already executes
        super().__init__(conn)

    def query(self, sql: str, params: Iterable | dict | None = None) -> Iterator[dict]:
        """sqlite-utils' query, under the lock, its rows read at once."""
        with self.lock:
            return iter(list(super().query(sql, params)))

    def execute(self, sql: str, parameters: Iterable | dict | None = None) -> sqlite3.Cursor:
        """sqlite-utils' execute, under the lock."""
        with self.lock:
            return super().execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """sqlite-utils' transaction, under the lock."""
        with self.lock, super().atomic() as db:
            yield db


@MIGRATIONS(name="m005_corrections")
def m005_corrections(db: sqlite_utils.Database) -> None:
    """Admins' corrections of extracted duties (`corrections`), keyed by the file's content
    hash so that they apply again when the same file is reindexed. `target` names the
    extracted duty (None for a duty the admin added)."""
    db.execute("""CREATE TABLE IF NOT EXISTS corrections (
        id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, action TEXT NOT NULL, target TEXT,
        due_on TEXT, who TEXT, what TEXT, to_whom TEXT, created_by INTEGER, created_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX IF NOT EXISTS corrections_file ON corrections(sha256)")


@MIGRATIONS(name="m006_document_parent")
def m006_document_parent(db: sqlite_utils.Database) -> None:
    """Each document keeps the managing body its letterhead names above the issuer
    ("UBND tỉnh …" above "Sở …"): listed with the plan and an alias of it. Rows written
    before stay NULL until their file is read again (a reindex)."""
    if "parent" not in db["documents"].columns_dict:
        db.execute("ALTER TABLE documents ADD COLUMN parent TEXT")


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_corruption(exc: sqlite3.Error) -> bool:
    """True if SQLite says the file is damaged or not a database at all."""
    code = _primary_code(exc)
    if code is not None:
        return code in _CORRUPT_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def unavailable_error(exc: sqlite3.Error, path: Path) -> StorageUnavailableError:
    """The user-facing error for a database failure that is not corruption."""
    code = _primary_code(exc)
    text = str(exc).lower()
    if code in _BUSY_CODES or "locked" in text or "busy" in text:
        return DatabaseBusyError(f"{path}: {exc}")
    if code == _FULL_CODE or "full" in text:
        return DiskFullError(f"{path}: {exc}")
    if code in _READONLY_CODES or "readonly" in text or "unable to open" in text:
        return ReadOnlyDirectoryError.for_dir(path.parent)
    return StorageUnavailableError(f"{path}: {exc}")


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database in WAL mode and apply migrations.

    Waits up to BUSY_TIMEOUT for another process's lock; a failure that is not
    corruption raises a StorageUnavailableError and leaves the file as it is."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyDirectoryError.for_dir(path.parent) from exc
    try:
        return _open(path)
    except sqlite3.Error as exc:
        if is_corruption(exc):
            raise
        raise unavailable_error(exc, path) from exc


def _open(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT, isolation_level=None)
    db = _SharedDatabase(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    # BEGIN IMMEDIATE: two processes opening a new database at once apply each
    # migration once (the second waits, then finds nothing pending)
    with db.lock:
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS.apply(db)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return db


def check_integrity(path: Path) -> bool:
    """True if an existing database file passes SQLite's quick check, False if it is
    damaged. Anything else (a lock held past BUSY_TIMEOUT, a read-only directory, a full
    disk) raises StorageUnavailableError: the file is healthy as far as we know."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_corruption(exc):
            return False
        raise unavailable_error(exc, path) from exc
    return bool(row) and row[0] == "ok"
