"""SQLite (through sqlite-utils) is the source of truth: documents, chunks, obligations,
embeddings (cached by content hash), the question log and feedback. `Store` is the one
owner of their SQL; the schema lives in `storage_schema`.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import numpy as np
import sqlite_utils

from .clock import now_iso
from .corrections import Correction
from .lexical_index import LexicalEntry
from .rows import ChunkRow, DocumentRow, ObligationRow, UsageStats
from .storage_schema import check_integrity, open_database
from .write_rows import NewChunk, NewDocument, NewObligation, as_columns

__all__ = ["Store", "check_integrity", "dumps", "fts_term", "open_database"]


def fts_term(token: str) -> str:
    """FTS5 term for a folded token; pairs (`bao_cao`) are indexed as tokens of their own."""
    return f'"{token}"'


def _is_fts_query_error(exc: sqlite3.OperationalError) -> bool:
    """True when SQLite rejects the MATCH expression itself (the generic SQLITE_ERROR that
    FTS5 gives for its syntax); a lock, an I/O error or a damaged file has its own code."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is None or code & 0xFF == sqlite3.SQLITE_ERROR


# What makes a new row "the same" as an old one when a document is reindexed.
_CHUNK_KEY = ("content_hash",)
_OBLIGATION_KEY = ("who", "what", "to_whom", "due_on", "due_text", "recurrence", "section", "quote")


class Store:
    """Typed access to the tables; one instance per Engine, guarded by a lock."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # the database's own lock when it has one (see _SharedDatabase), so transactions
        # and sqlite-utils' savepoints never interleave
        self.lock = getattr(db, "lock", None) or threading.RLock()

    # -- meta -------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value of the meta table."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a value in the meta table."""
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def bump_version(self) -> int:
        """Increment the content version other processes watch to reload their indexes."""
        version = int(self.get_meta("content_version", "0") or 0) + 1
        self.set_meta("content_version", str(version))
        return version

    def content_version(self) -> int:
        """The content version (bumped by every change to documents, chunks or obligations)."""
        return int(self.get_meta("content_version", "0") or 0)

    # -- documents --------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        """Every document with its counts, by id."""
        return [DocumentRow.from_mapping(r) for r in self.db.query(
            """SELECT d.*, (SELECT COUNT(*) FROM chunks c WHERE c.document_id = d.id) AS n_chunks,
                      (SELECT COUNT(*) FROM obligations o WHERE o.document_id = d.id) AS n_obligations,
                      (SELECT COUNT(*) FROM obligations o WHERE o.document_id = d.id
                                                          AND o.due_on IS NOT NULL) AS n_dated
               FROM documents d ORDER BY d.id""")]

    def document(self, document_id: int) -> DocumentRow | None:
        """One document with its counts, or None."""
        rows = [d for d in self.documents() if d.id == document_id]
        return rows[0] if rows else None

    def has_documents(self) -> bool:
        """Whether any document is stored."""
        return bool(self.db.execute("SELECT 1 FROM documents LIMIT 1").fetchone())

    def document_by_filename(self, filename: str) -> DocumentRow | None:
        """The document stored under this corpus file name, or None."""
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

    def replace_document(self, old_ids: Iterable[int], record: NewDocument, chunks: list[NewChunk],
                         obligations: list[NewObligation]) -> int:
        """Delete `old_ids` and insert a document with its chunks and obligations, atomically.

        Ids stay stable across a reindex: the document takes the id of the one it replaces
        (when it replaces exactly one), each chunk and obligation the id of an identical
        old one, so "Xem nguồn" buttons and the reminder ledger keep pointing at the same
        text. New rows get ids never used before, so an old link never names other text."""
        old_ids = list(old_ids)
        with self.transaction():
            old_chunks = self._ids_by_key("chunks", old_ids, _CHUNK_KEY)
            old_obligations = self._ids_by_key("obligations", old_ids, _OBLIGATION_KEY)
            for old in old_ids:
                self._delete(old)
            doc_id = self.db["documents"].insert(as_columns(
                record, id=old_ids[0] if len(old_ids) == 1 else self._fresh_ids("documents", 1)[0])).last_pk
            self._insert_keeping_ids("chunks", [as_columns(c, document_id=doc_id) for c in chunks],
                                     old_chunks, _CHUNK_KEY)
            self._insert_keeping_ids("obligations", [as_columns(o, document_id=doc_id) for o in obligations],
                                     old_obligations, _OBLIGATION_KEY)
            self.bump_version()
        return int(doc_id)

    def replace_obligations(self, document_id: int, obligations: list[NewObligation]) -> None:
        """Rewrite one document's obligations (after a correction), keeping the ids of
        unchanged rows so reminders and buttons keep pointing at them."""
        with self.transaction():
            old = self._ids_by_key("obligations", [document_id], _OBLIGATION_KEY)
            self.db.execute("DELETE FROM obligations WHERE document_id = ?", [document_id])
            self._insert_keeping_ids("obligations", [as_columns(o, document_id=document_id) for o in obligations],
                                     old, _OBLIGATION_KEY)
            self.bump_version()

    def corrections(self, sha256: str) -> list[Correction]:
        """The corrections stored for a file's content, oldest first."""
        return [Correction(id=r[0], sha256=r[1], action=r[2], target=r[3], due_on=r[4], who=r[5],
                           what=r[6], to_whom=r[7])
                for r in self.db.execute(
                    "SELECT id, sha256, action, target, due_on, who, what, to_whom FROM corrections "
                    "WHERE sha256 = ? ORDER BY id", [sha256]).fetchall()]

    def add_correction(self, c: Correction, created_by: int | None, created_at: str) -> int:
        """Store a correction; an edit of an added duty rewrites that addition instead."""
        if c.action != "add" and c.target and c.target.startswith("add:"):
            added = int(c.target[4:])
            if c.action == "delete":
                self.db.execute("DELETE FROM corrections WHERE id = ?", [added])
            else:
                values = {k: getattr(c, k) for k in ("due_on", "who", "what", "to_whom") if getattr(c, k) is not None}
                if values:
                    self.db["corrections"].update(added, values)
            return added
        row = {"sha256": c.sha256, "action": c.action, "target": c.target, "due_on": c.due_on, "who": c.who,
               "what": c.what, "to_whom": c.to_whom, "created_by": created_by, "created_at": created_at}
        return int(self.db["corrections"].insert(row).last_pk)

    def _ids_by_key(self, table: str, document_ids: list[int], key: tuple[str, ...]) -> dict[tuple, list[int]]:
        out: dict[tuple, list[int]] = {}
        if not document_ids:
            return out
        marks = ",".join("?" * len(document_ids))
        for row in self.db.execute(
                f"SELECT id, {', '.join(key)} FROM {table} WHERE document_id IN ({marks}) ORDER BY id",
                document_ids).fetchall():
            out.setdefault(tuple(row[1:]), []).append(row[0])
        return out

    def _fresh_ids(self, table: str, count: int) -> list[int]:
        """Ids above every id `table` ever had (kept in meta, since deletes lower MAX(id))."""
        if count <= 0:
            return []
        high = int(self.get_meta(f"{table}_high_id", "0") or 0)
        current = int(self.db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
        start = max(high, current) + 1
        self.set_meta(f"{table}_high_id", str(start + count - 1))
        return list(range(start, start + count))

    def _insert_keeping_ids(self, table: str, rows: list[dict[str, object]], old: dict[tuple, list[int]],
                            key: tuple[str, ...]) -> None:
        """Insert the column mappings, each taking the id of an old row with the same `key`."""
        unmatched = []
        for row in rows:
            ids = old.get(tuple(row.get(k) for k in key))
            if ids:
                row["id"] = ids.pop(0)
            else:
                unmatched.append(row)
        for row, fresh in zip(unmatched, self._fresh_ids(table, len(unmatched))):
            row["id"] = fresh
        if rows:
            self.db[table].insert_all(rows)

    def _delete(self, document_id: int) -> None:
        self.db.execute("DELETE FROM obligations WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM chunks WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])

    def delete_document(self, document_id: int) -> None:
        """Delete a document with its chunks and obligations, atomically."""
        with self.transaction():
            self._delete(document_id)
            self.bump_version()

    # -- chunks -----------------------------------------------------------------------
    def chunk_rows(self, ids: list[int] | None = None) -> list[ChunkRow]:
        """Chunks (all by id, or these ids in this order) with their document's fields."""
        sql = """SELECT c.id, c.document_id, c.ordinal, c.section, c.text, c.embed_text,
                        c.content_hash, d.filename, d.kind, d.title, d.issuer, d.number,
                        d.issued_on, d.year, d.citation, d.place
                 FROM chunks c JOIN documents d ON d.id = c.document_id"""
        if ids is None:
            return [ChunkRow.from_mapping(r) for r in self.db.query(sql + " ORDER BY c.id")]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: ChunkRow.from_mapping(r) for r in self.db.query(sql + f" WHERE c.id IN ({marks})", ids)}
        return [rows[i] for i in ids if i in rows]

    def chunk_documents(self, document_ids: Iterable[int]) -> list[tuple[int, int]]:
        """(chunk id, document id) of these documents' chunks, in document order."""
        ids = list(document_ids)
        if not ids:
            return []
        return [(r[0], r[1]) for r in self.db.execute(
            f"SELECT id, document_id FROM chunks WHERE document_id IN ({','.join('?' * len(ids))}) "
            "ORDER BY document_id, ordinal", ids)]

    def chunk_embed_texts(self) -> dict[str, str]:
        """Every chunk's text to embed, by content hash."""
        return {r["content_hash"]: r["embed_text"] for r in self.db.query(
            "SELECT content_hash, embed_text FROM chunks")}

    def lexical_entries(self) -> Iterator[LexicalEntry]:
        """Every chunk's indexed lexical form (folded syllables and pairs), in id order."""
        for chunk_id, document_id, lexical in self.db.execute(
                "SELECT id, document_id, lexical FROM chunks ORDER BY id"):
            yield LexicalEntry(chunk_id, document_id, lexical)

    def chunk_ids_and_hashes(self) -> list[tuple[int, str]]:
        """(id, content hash) of every chunk, by id."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT id, content_hash FROM chunks ORDER BY id").fetchall()]

    def lexical_search(self, match: str, limit: int, document_ids: list[int] | None = None) -> list[tuple[int, float]]:
        """FTS5 BM25 search; returns (chunk_id, score) with higher = better. The ask path
        uses index.lexical_index (the same scores, in memory); this is its reference."""
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
        except sqlite3.OperationalError as exc:
            if not _is_fts_query_error(exc):
                raise
            return []   # a MATCH expression FTS5 cannot parse matches nothing
        return [(int(r[0]), -float(r[1])) for r in rows]

    def chunk_count(self) -> int:
        """How many chunks are stored."""
        return int(self.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    # -- embeddings cache -------------------------------------------------------------
    def cached_vectors(self, hashes: list[str], model: str) -> dict[str, np.ndarray]:
        """The stored vectors of `model` for these content hashes (those it has)."""
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
        """Store vectors of `model` by content hash, in one transaction."""
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
    def obligation_rows(self, document_id: int | None = None) -> list[ObligationRow]:
        """Obligations (of one document, or all) by id, with their document's fields."""
        sql = """SELECT o.*, d.filename, d.kind, d.title, d.issuer, d.parent, d.number, d.issued_on,
                        d.year, d.citation, d.place
                 FROM obligations o JOIN documents d ON d.id = o.document_id"""
        if document_id is not None:
            rows = self.db.query(sql + " WHERE o.document_id = ? ORDER BY o.id", [document_id])
        else:
            rows = self.db.query(sql + " ORDER BY o.id")
        return [ObligationRow.from_mapping(r) for r in rows]

    # -- questions & feedback ---------------------------------------------------------
    @contextmanager
    def _without_fsync(self) -> Iterator[None]:
        """Commits in the block skip the fsync (WAL `synchronous=NORMAL`): a power cut may
        lose them, never corrupt the file, and the next durable commit syncs them too.
        For the question log, which is statistics: no question waits for the disk."""
        with self.lock:
            if self.db.conn.in_transaction:   # the level cannot change inside one
                yield
                return
            self.db.execute("PRAGMA synchronous=NORMAL")
            try:
                yield
            finally:
                self.db.execute("PRAGMA synchronous=FULL")

    def log_question(self, question: str, found: bool, intent: str, top_document: str | None,
                     chat_id: int | None, user_id: int | None) -> int:
        """Record an asked question (statistics, /thongke); returns its id."""
        with self._without_fsync():
            return int(self.db["questions"].insert({
                "asked_at": now_iso(), "chat_id": chat_id, "user_id": user_id,
                "question": question[:2000], "found": int(found), "intent": intent,
                "top_document": top_document,
            }).last_pk)

    def record_feedback(self, question_id: int, value: int, user_id: int | None) -> bool:
        """Store 👍 (+1) / 👎 (-1) for a logged question; False if its id is unknown."""
        with self.lock:
            if not self.db.execute("SELECT 1 FROM questions WHERE id = ?", [question_id]).fetchone():
                return False
            self.db.execute(
                "INSERT OR REPLACE INTO feedback (question_id, user_id, value, at) VALUES (?, ?, ?, ?)",
                [question_id, user_id, 1 if value > 0 else -1, now_iso()])
            return True

    def stats(self) -> UsageStats:
        """Counts of the question log, the feedback and the content, with the latest unanswered."""
        q = self.db.execute("SELECT COUNT(*), COALESCE(SUM(1 - found), 0) FROM questions").fetchone()
        f = self.db.execute(
            "SELECT COALESCE(SUM(value > 0), 0), COALESCE(SUM(value < 0), 0) FROM feedback").fetchone()
        unanswered = tuple(r[0] for r in self.db.execute(
            "SELECT question FROM questions WHERE found = 0 ORDER BY id DESC LIMIT 5").fetchall())
        return UsageStats(
            questions=int(q[0]), unanswered=int(q[1]), feedback_up=int(f[0]), feedback_down=int(f[1]),
            documents=int(self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]),
            chunks=self.chunk_count(),
            obligations=int(self.db.execute("SELECT COUNT(*) FROM obligations").fetchone()[0]),
            recent_unanswered=unanswered)


def dumps(value: object) -> str:
    """JSON for a TEXT column (Vietnamese kept readable)."""
    return json.dumps(value, ensure_ascii=False)
