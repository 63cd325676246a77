"""The one object the CLI and the bot talk to.

`Engine` owns the SQLite store, the lexical and dense indexes and the embedder, and
exposes the product's operations: ask, deadlines, add/remove documents, reindex, stats.
It is synchronous and thread-safe; the bot calls it through `asyncio.to_thread`.

Writes follow one rule: parse and embed first, then change SQLite in one transaction,
then rebuild FAISS into a new file and swap it in. A bad file fails before anything is
written, and readers keep the previous index until the swap.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

import numpy as np

from . import answers as answer_mod
from .chunking import chunk_blocks, content_hash, embed_text
from .cleaning import clean_text
from .config import Settings
from .errors import (
    DocumentError,
    DocumentNotFoundError,
    IndexBusyError,
    NotAPlanError,
    UnsupportedFileTypeError,
)
from .metadata import extract_metadata
from .models import Answer, AnswerFocus, Deadline, DocumentMeta, Source
from .question import QuestionAnalysis, analyze, issuer_keys
from .reading import SUPPORTED_SUFFIXES, read_document
from .search import dense_ranking, fuse, idf, lexical_ranking
from .storage import Store, check_integrity, dumps, now_iso, open_database
from .structure import split_blocks
from .vectors import VectorIndex, cleanup_temp_files
from .vietnamese import LEXICAL_VERSION, lexical_form, syllables

logger = logging.getLogger("qcdc.engine")


@dataclass
class DocumentInfo:
    """A row of /tailieu: one indexed document."""

    id: int
    filename: str
    title: str
    issuer: str
    year: int | None
    number: str | None
    citation: str
    chunks: int
    deadlines: int
    added_at: str


@dataclass
class IngestReport:
    """What an admin sees after sending a file: what was extracted, for checking."""

    document: DocumentInfo
    meta: DocumentMeta
    chunks: int
    deadlines: list[Deadline] = field(default_factory=list)
    replaced: DocumentInfo | None = None


@dataclass
class IndexReport:
    documents: int
    chunks: int
    embedded: int          # chunks whose vectors were computed (others reused by hash)
    obligations: int
    seconds: float
    errors: list[str] = field(default_factory=list)   # files skipped, with the reason


@dataclass
class ParsedDocument:
    """A file read all the way to rows, before anything is written."""

    filename: str
    sha256: str
    meta: DocumentMeta
    chunk_rows: list[dict]
    obligation_rows: list[dict]


class DuplicateDocumentError(DocumentError):
    user_message = "Tài liệu này đã có trong hệ thống (nội dung giống hệt). Không có thay đổi nào."


_SAFE_NAME_RE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_filename(name: str) -> str:
    """A file name that cannot leave the corpus directory: basename, no `..`, no odd bytes."""
    base = os.path.basename(name.replace("\\", "/")).strip()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _SAFE_NAME_RE.sub("_", stem).strip("._") or "tai_lieu"
    suffix = _SAFE_NAME_RE.sub("", suffix).lower()
    stem = stem[:80]
    # File systems limit a name to 255 *bytes*: 80 Vietnamese (3-byte) or CJK (4-byte)
    # characters plus "-N", the suffix and the ".NAME.uploading" temp name could exceed it
    # (OSError "File name too long" instead of a clean upload).
    while len(stem.encode("utf-8")) > 200:
        stem = stem[:-1]
    return f"{stem}.{suffix}" if suffix else stem


def parse_document(path: Path, filename: str | None = None) -> ParsedDocument:
    """Read, clean, structure, chunk a file and extract its obligations (no side effects)."""
    from .obligations import extract_obligations

    raw = read_document(path)
    clean = clean_text(raw)
    blocks = split_blocks(clean)
    meta = extract_metadata(blocks, clean)
    chunks = chunk_blocks(blocks, meta)
    if not chunks or sum(len(c.text.split()) for c in chunks) < 15:
        raise NotAPlanError("too little text")
    obligations = extract_obligations(blocks, meta.year, meta.issuer)
    headings = sum(1 for b in blocks if b.section and b.section != "Phần mở đầu")
    if not meta.title and headings == 0 and not obligations:
        raise NotAPlanError("no title, no headings, no obligations")
    lex_suffix = " ".join(filter(None, [meta.issuer or "", str(meta.year or "")]))
    chunk_rows = []
    for c in chunks:
        etext = embed_text(c, meta)
        chunk_rows.append({
            "ordinal": c.ordinal, "section": c.section, "text": c.text, "embed_text": etext,
            "content_hash": content_hash(etext),
            "lexical": lexical_form(f"{c.section}\n{c.text}\n{lex_suffix}"),
        })
    obligation_rows = [{
        "who": o.who, "what": o.what, "to_whom": o.to,
        "due_on": o.due_on.isoformat() if o.due_on else None,
        "due_text": o.due_text, "recurrence": o.recurrence, "section": o.section, "quote": o.quote,
    } for o in obligations]
    data = Path(path).read_bytes()
    return ParsedDocument(
        filename=filename or Path(path).name,
        sha256=hashlib.sha256(data).hexdigest(),
        meta=meta,
        chunk_rows=chunk_rows,
        obligation_rows=obligation_rows,
    )


def _document_record(parsed: ParsedDocument) -> dict:
    m = parsed.meta
    return {
        "filename": parsed.filename, "sha256": parsed.sha256, "kind": m.kind, "number": m.number,
        "issuer": m.issuer, "issued_on": m.issued_on.isoformat() if m.issued_on else None,
        "year": m.year, "title": m.title, "place": m.place, "signer": m.signer,
        "signer_title": m.signer_title, "recipients": dumps(m.recipients),
        "citation": m.citation(), "added_at": now_iso(),
    }


def _apply_unit_and_focus(answer: Answer, report_kind: str | None, unit: str | None) -> None:
    """Put the asker's unit's deadlines first and record what the answer was about."""
    if unit:
        key = f" {' '.join(syllables(unit))} "
        answer.deadlines.sort(key=lambda d: key not in f" {' '.join(syllables(d.who))} ")
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
        if self.sink is None:
            return
        now = time.perf_counter()
        self.sink[stage] = self.sink.get(stage, 0.0) + now - self.last
        self.last = now


class Engine:
    """Facade over storage, search and answers. Construct once per process."""

    def __init__(self, settings: Settings | None = None, embedder: object | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        self._recover_database()
        self.store = Store(open_database(self.settings.db_path))
        self._embedder = embedder
        self._embedder_lock = threading.Lock()
        self._vectors: VectorIndex | None = None
        self._vectors_version = -1
        self._vectors_lock = threading.RLock()
        self._reindex_lock = threading.Lock()
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._idf_cache: dict[str, int] = {}
        self._idf_version = -1
        self._issuer_keys: list[tuple[int, list[str]]] = []
        self._issuer_version = -1
        self._snapshot: tuple[int, list[dict], dict[int, list[dict]]] | None = None
        removed = cleanup_temp_files(self.settings.vectors_dir)
        if removed:
            logger.warning("removed %d temporary index files left by an interrupted write", removed)
        if self._upload_traces():
            # A process died inside add_document. Finish or undo it now if no writer holds
            # the lock (every later write does it too, see _exclusive).
            try:
                with self._exclusive():
                    pass
            except IndexBusyError:
                pass

    # ------------------------------------------------------------------ lifecycle
    def _recover_database(self) -> None:
        path = self.settings.db_path
        if path.exists() and not check_integrity(path):
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = path.with_name(f"{path.name}.corrupt-{stamp}")
            path.rename(aside)
            for suffix in ("-wal", "-shm"):
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    extra.rename(aside.with_name(aside.name + suffix))
            logger.error("database %s was corrupt; moved to %s and rebuilding from the corpus", path, aside)

    @property
    def db(self):  # sqlite_utils.Database, for sibling modules in index/ (reminders)
        return self.store.db

    @property
    def embedder(self):
        """The embedding model, loaded on first use (several seconds for the real one)."""
        if self._embedder is None:
            with self._embedder_lock:
                if self._embedder is None:
                    from .embeddings import load_embedder

                    self._embedder = load_embedder(self.settings.embed_model, self.settings.models_dir)
        return self._embedder

    @property
    def model_name(self) -> str:
        return getattr(self._embedder, "name", None) or self.settings.embed_model

    def close(self) -> None:
        try:
            self.store.db.conn.close()
        except Exception:  # pragma: no cover
            pass

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ indexing
    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One reindex at a time, in this process and across processes."""
        if not self._reindex_lock.acquire(blocking=False):
            raise IndexBusyError("reindex already running in this process")
        lock_path = self.settings.data_dir / "reindex.lock"
        fh = open(lock_path, "a+")
        try:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise IndexBusyError("reindex already running in another process") from exc
            self._recover_interrupted_upload()
            yield
        finally:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            finally:
                fh.close()
                self._reindex_lock.release()

    # An upload commits to SQLite, then renames its file into the corpus, then (when it
    # replaces a plan) moves the old file out: three steps no single atomic operation
    # covers. A journal written before the commit names the files; if the process dies
    # (kill -9, power cut), the next holder of the lock completes the moves when the
    # commit happened and undoes the copy when it did not, so a plan is fully in or out.
    @property
    def _upload_journal(self) -> Path:
        return self.settings.data_dir / "upload-journal.json"

    def _upload_traces(self) -> bool:
        corpus = self.settings.corpus_dir
        return self._upload_journal.exists() or (
            corpus.is_dir() and any(corpus.glob(".*.uploading")))

    def _recover_interrupted_upload(self) -> None:
        """Finish or undo an upload a crash interrupted. Caller holds the reindex lock, so
        no add_document is in flight in any process."""
        try:
            if not self._upload_traces():
                return
            corpus = self.settings.corpus_dir
            try:
                entry = json.loads(self._upload_journal.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                entry = None   # no journal, or torn while written: the commit never began
            if entry:
                row = self.store.document_by_filename(entry["target"])
                if row is not None and row["sha256"] == entry["sha256"]:
                    self._complete_upload(entry)
                    logger.warning("completed the upload of %s interrupted after its commit", entry["target"])
                else:
                    logger.warning("undid the upload of %s interrupted before its commit", entry["target"])
            for stray in corpus.glob(".*.uploading"):
                stray.unlink(missing_ok=True)
            self._upload_journal.unlink(missing_ok=True)
        except OSError as exc:  # never block writes on this; the next writer retries
            logger.error("could not recover an interrupted upload: %s", exc)

    def _complete_upload(self, entry: dict) -> None:
        """After the commit: rename the upload in, retire the plan it replaced, drop the journal."""
        corpus = self.settings.corpus_dir
        tmp = corpus / entry["tmp"]
        if tmp.exists():
            os.replace(tmp, corpus / entry["target"])
        if entry.get("retire"):
            self._retire_file(entry["retire"])
        self._upload_journal.unlink(missing_ok=True)

    def warm_up(self) -> None:
        """Load the model, the FAISS index and the segmenter now, so the first user does not
        wait for them (the bot calls this at startup)."""
        self._load_vectors()
        self._query_vector("hạn nộp báo cáo")
        analyze("khởi động")
        from .vietnamese import compounds

        compounds("khởi động hệ thống")

    def is_indexed(self) -> bool:
        return bool(self.store.db.execute("SELECT 1 FROM documents LIMIT 1").fetchone())

    def ensure_index(self, progress: bool = False) -> IndexReport | None:
        """Build the index from the corpus directory if none exists; None if one did.
        Also repairs a missing or corrupt FAISS file from the vectors kept in SQLite."""
        if not self.is_indexed():
            try:
                return self.reindex(progress=progress)
            except IndexBusyError:
                # another process is building it: wait for it, then use its result
                with self._wait_for_other_indexer():
                    pass
                if self.is_indexed():
                    self._load_vectors()
                    return None
                raise
        if self.store.get_meta("lexical_version") != LEXICAL_VERSION:
            # the lexical form changed in an upgrade: recompute it (vectors are reused)
            try:
                return self.reindex(reparse=True, progress=progress)
            except IndexBusyError:
                pass   # another process is reindexing; it writes the new forms

        self._load_vectors(progress=progress)
        return None

    @contextmanager
    def _wait_for_other_indexer(self) -> Iterator[None]:
        lock_path = self.settings.data_dir / "reindex.lock"
        with open(lock_path, "a+") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def _corpus_files(self) -> list[Path]:
        corpus = self.settings.corpus_dir
        if not corpus.is_dir():
            return []
        return sorted(p for p in corpus.iterdir()
                      if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                      and not p.name.startswith(".") and p.name.lower() != "readme.md")

    def reindex(self, *, rebuild: bool = False, progress: bool = False, reparse: bool = False) -> IndexReport:
        """Re-read the corpus directory; only changed chunks are re-embedded unless rebuild.
        One at a time: raises IndexBusyError if another reindex runs."""
        started = time.perf_counter()
        errors: list[str] = []
        with self._exclusive():
            existing = {d["filename"]: d for d in self.store.documents()}
            seen: set[str] = set()
            files = self._corpus_files()
            iterator = files
            if progress:
                from tqdm import tqdm

                iterator = tqdm(files, desc="Đọc tài liệu", unit="tệp")
            for path in iterator:
                seen.add(path.name)
                old = existing.get(path.name)
                try:
                    sha = hashlib.sha256(path.read_bytes()).hexdigest()
                    if old and old["sha256"] == sha and not rebuild and not reparse:
                        continue
                    parsed = parse_document(path)
                except DocumentError as exc:
                    errors.append(f"{path.name}: {exc.user_message}")
                    logger.warning("skipped %s: %s", path.name, exc)
                    continue
                self.store.replace_document([old["id"]] if old else [], _document_record(parsed),
                                            parsed.chunk_rows, parsed.obligation_rows)
            for name, old in existing.items():
                if name not in seen:
                    self.store.delete_document(old["id"])
            if rebuild:
                self.store.db.execute("DELETE FROM embeddings WHERE model = ?", [self.model_name])
            embedded = self._embed_missing(None, progress=progress)
            self.store.prune_vectors(self.model_name)
            self.store.set_meta("lexical_version", LEXICAL_VERSION)
            self._rebuild_vectors()
        docs = self.store.documents()
        return IndexReport(
            documents=len(docs), chunks=self.store.chunk_count(), embedded=embedded,
            obligations=sum(d["n_obligations"] for d in docs),
            seconds=time.perf_counter() - started, errors=errors)

    def _embed_missing(self, chunk_rows: list[dict] | None, progress: bool) -> int:
        """Embed chunks whose content hash has no cached vector for this model."""
        if chunk_rows is None:
            pairs = {r["content_hash"]: r["embed_text"] for r in self.store.db.query(
                "SELECT content_hash, embed_text FROM chunks")}
        else:
            pairs = {r["content_hash"]: r["embed_text"] for r in chunk_rows}
        model = self.model_name
        cached = self.store.cached_vectors(list(pairs), model)
        missing = [h for h in pairs if h not in cached]
        if not missing:
            return 0
        vectors = self.embedder.embed_passages([pairs[h] for h in missing], progress=progress)
        self.store.store_vectors(dict(zip(missing, vectors)), self.embedder.name)
        return len(missing)

    def _rebuild_vectors(self) -> VectorIndex | None:
        """Build FAISS from SQLite's cached vectors, write it atomically, swap it in."""
        with self._vectors_lock:
            version = self.store.content_version()
            rows = self.store.chunk_ids_and_hashes()
            model = self.model_name
            cached = self.store.cached_vectors([h for _, h in rows], model)
            missing = [h for _, h in rows if h not in cached]
            if missing:
                self._embed_missing(None, progress=False)
                cached = self.store.cached_vectors([h for _, h in rows], model)
            if not rows:
                self._vectors, self._vectors_version = None, version
                return None
            ids = np.array([cid for cid, _ in rows], dtype=np.int64)
            matrix = np.vstack([cached[h] for _, h in rows]).astype(np.float32)
            index = VectorIndex.build(ids, matrix, model, fingerprint=str(version))
            index.save(self.settings.vectors_dir)
            self._vectors, self._vectors_version = index, version
            return index

    def _load_vectors(self, progress: bool = False) -> VectorIndex | None:
        """The current FAISS index, reloaded when another process changed the content."""
        version = self.store.content_version()
        if self._vectors is not None and self._vectors_version == version:
            return self._vectors
        with self._vectors_lock:
            if self._vectors is not None and self._vectors_version == version:
                return self._vectors
            loaded = VectorIndex.load(self.settings.vectors_dir)
            if loaded is not None:
                loaded.check_model(self.model_name)
            if loaded is not None and loaded.info.fingerprint == str(version):
                self._vectors, self._vectors_version = loaded, version
                return loaded
            if loaded is None and self.is_indexed():
                logger.warning("vector index missing or unreadable; rebuilding it from SQLite")
            return self._rebuild_vectors()

    # ------------------------------------------------------------------ documents
    def _document_info(self, row: dict) -> DocumentInfo:
        return DocumentInfo(
            id=row["id"], filename=row["filename"], title=row.get("title") or "",
            issuer=row.get("issuer") or "", year=row.get("year"), number=row.get("number"),
            citation=row.get("citation") or "", chunks=row.get("n_chunks", 0),
            deadlines=row.get("n_dated", 0), added_at=row.get("added_at") or "")

    def list_documents(self) -> list[DocumentInfo]:
        return [self._document_info(r) for r in self.store.documents()]

    def newest_document(self) -> DocumentInfo | None:
        """The plan with the latest year (then date): named when every deadline is past."""
        docs = self.store.documents()
        if not docs:
            return None
        best = max(docs, key=lambda d: (d.get("year") or 0, d.get("issued_on") or "", d["id"]))
        return self._document_info(best)

    def add_document(self, path: Path, *, original_name: str | None = None) -> IngestReport:
        """Copy a file into the corpus, index it (replacing a document with the same
        number or title) and return what was extracted. Raises DocumentError subclasses
        with a Vietnamese `user_message`; on error nothing is changed."""
        path = Path(path)
        name = safe_filename(original_name or path.name)
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise UnsupportedFileTypeError(name)
        parsed = parse_document(path, filename=name)
        with self._exclusive():
            docs = self.store.documents()
            for d in docs:
                if d["sha256"] == parsed.sha256:
                    raise DuplicateDocumentError(
                        f"same content as document {d['id']}",
                        user_message=(f"Tài liệu này đã có trong hệ thống (mã {d['id']}: "
                                      f"{d.get('citation')}). Không có thay đổi nào."))
            replaced = self._find_replaced(docs, parsed)
            corpus = self.settings.corpus_dir
            corpus.mkdir(parents=True, exist_ok=True)
            target_name = name
            taken = {d["filename"] for d in docs if not replaced or d["id"] != replaced["id"]}
            counter = 2
            while target_name in taken or (
                    (corpus / target_name).exists() and not (replaced and replaced["filename"] == target_name)):
                target_name = f"{Path(name).stem}-{counter}{Path(name).suffix}"
                counter += 1
            parsed.filename = target_name
            self._embed_missing(parsed.chunk_rows, progress=False)
            tmp = corpus / f".{target_name}.uploading"
            shutil.copyfile(path, tmp)
            retire = replaced["filename"] if replaced and replaced["filename"] != target_name else None
            journal = {"tmp": tmp.name, "target": target_name, "sha256": parsed.sha256, "retire": retire}
            try:
                with open(self._upload_journal, "w", encoding="utf-8") as fh:
                    json.dump(journal, fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                doc_id = self.store.replace_document([replaced["id"]] if replaced else [],
                                                     _document_record(parsed), parsed.chunk_rows,
                                                     parsed.obligation_rows)
            except BaseException:
                tmp.unlink(missing_ok=True)
                self._upload_journal.unlink(missing_ok=True)
                raise
            self._complete_upload(journal)
            self._rebuild_vectors()
        info = self._document_info(self.store.document(doc_id) or {})
        return IngestReport(
            document=info, meta=parsed.meta, chunks=len(parsed.chunk_rows),
            deadlines=self.deadlines(document_id=doc_id),
            replaced=self._document_info(replaced) if replaced else None)

    @staticmethod
    def _find_replaced(docs: list[dict], parsed: ParsedDocument) -> dict | None:
        meta = parsed.meta
        for d in docs:
            if meta.number and d.get("number") == meta.number:
                return d
        for d in docs:
            if (meta.title and d.get("title") and meta.title.lower() == d["title"].lower()
                    and (meta.issuer or "").lower() == (d.get("issuer") or "").lower()):
                return d
        for d in docs:
            if d["filename"] == parsed.filename:
                return d
        return None

    def _retire_file(self, filename: str) -> None:
        """Move a corpus file out of the corpus (kept under data/removed for recovery)."""
        src = self.settings.corpus_dir / safe_filename(filename)
        if src.is_file():
            removed = self.settings.data_dir / "removed"
            removed.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            shutil.move(str(src), removed / f"{stamp}-{src.name}")

    def remove_document(self, document_id: int) -> DocumentInfo:
        """Delete a document from the corpus, the database and the vector index."""
        with self._exclusive():
            row = self.store.document(document_id)
            if row is None:
                raise DocumentNotFoundError(str(document_id))
            self.store.delete_document(document_id)
            self._retire_file(row["filename"])
            self._rebuild_vectors()
        return self._document_info(row)

    def get_source(self, chunk_id: int) -> Source | None:
        """A chunk as a Source (for the 'show full passage' button)."""
        rows = self.store.chunk_rows([chunk_id])
        return answer_mod._source(rows[0], 1.0) if rows else None

    # ------------------------------------------------------------------ questions
    def _content_snapshot(self) -> tuple[list[dict], dict[int, list[dict]]]:
        """Documents and their obligations, re-read only when the content version changes."""
        version = self.store.content_version()
        cached = self._snapshot
        if cached is not None and cached[0] == version:
            return cached[1], cached[2]
        docs = self.store.documents()
        by_doc: dict[int, list[dict]] = {}
        for row in self.store.obligation_rows():
            by_doc.setdefault(row["document_id"], []).append(row)
        self._snapshot = (version, docs, by_doc)
        return docs, by_doc

    def _document_chunk_rows(self, document_id: int) -> list[dict]:
        ids = [r[0] for r in self.store.db.execute(
            "SELECT id FROM chunks WHERE document_id = ? ORDER BY ordinal", [document_id])]
        return self.store.chunk_rows(ids)

    def _query_vector(self, text: str) -> np.ndarray:
        key = text.strip().lower()
        vec = self._query_cache.get(key)
        if vec is not None:
            self._query_cache.move_to_end(key)
            return vec
        vec = self.embedder.embed_queries([text])[0]
        self._query_cache[key] = vec
        if len(self._query_cache) > 512:
            self._query_cache.popitem(last=False)
        return vec

    def _document_frequencies(self, tokens: list[str]) -> dict[str, int]:
        version = self.store.content_version()
        if version != self._idf_version:
            self._idf_cache.clear()
            self._idf_version = version
        missing = [t for t in tokens if t not in self._idf_cache]
        if missing:
            self._idf_cache.update(self.store.token_document_frequency(missing))
        return {t: self._idf_cache.get(t, 0) for t in tokens}

    def _pinned_documents(self, analysis: QuestionAnalysis, docs: list[dict]) -> tuple[list[int], set[str]]:
        """Documents the question names by issuer, number or year, and the words that named them."""
        version = self.store.content_version()
        if version != self._issuer_version:
            self._issuer_keys = [(d["id"], issuer_keys(d.get("issuer") or "", d.get("number")))
                                 for d in docs]
            self._issuer_version = version
        folded = analysis.folded
        by_issuer = []
        plan_tokens: set[str] = set()
        # every run of up to 8 words of the question: a key is named iff it is one of them
        words = folded.split()
        grams = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 8) + 1)}
        for doc_id, keys in self._issuer_keys:
            named = [k for k in keys if k in grams]
            if named:
                by_issuer.append(doc_id)
                for k in named:
                    plan_tokens.update(k.split())
        by_number = [d["id"] for d in docs if d.get("number")
                     and d["number"].split("/")[0] in analysis.text and d["number"].lower() in analysis.text.lower()]
        pinned = by_number or by_issuer
        if analysis.years:
            in_year = [d["id"] for d in docs if d.get("year") in analysis.years]
            if pinned:
                narrowed = [i for i in pinned if i in in_year]
                pinned = narrowed or pinned
            else:
                pinned = in_year
        if pinned:
            # Words of the question that describe the named plan itself (its title, year,
            # issuer) select the plan; within it they say nothing about which passage.
            described = set()
            for d in docs:
                if d["id"] in pinned:
                    described |= set(syllables(" ".join(str(d.get(k) or "") for k in
                                                        ("title", "citation", "issuer", "year", "number"))))
            plan_tokens |= set(analysis.tokens) & described
        return pinned, plan_tokens

    def ask(self, question: str, *, follow_up: AnswerFocus | None = None, unit: str | None = None,
            chat_id: int | None = None, user_id: int | None = None,
            log: bool = True, mode: str = "hybrid", today: date | None = None,
            timings: dict[str, float] | None = None) -> Answer:
        """Answer one question (mode: hybrid | lexical | dense). Logs it unless log=False.

        `follow_up`: the focus of the answer this question follows; it fills whatever the
        question does not name (plan, report kind). `unit`: the asker's registered unit,
        whose duties come first. `timings`, when given, receives the seconds spent in each
        stage (for benchmarks)."""
        clock = _StageClock(timings)
        analysis = analyze(question)
        if follow_up is not None:
            # "còn báo cáo năm thì sao?": the question names a new report, the previous
            # answer says which plan and what was asked about it
            analysis.report_kind = analysis.report_kind or follow_up.report_kind
            if analysis.intent == "general":
                analysis.intent = follow_up.intent
        if not analysis.text or not analysis.tokens:
            return Answer(question=analysis.text, found=False, answer=(
                "Vui lòng nhập câu hỏi, ví dụ: «Hạn nộp báo cáo 6 tháng là khi nào?»"),
                intent=analysis.intent)
        docs, obligations_by_doc = self._content_snapshot()
        pinned, plan_tokens = self._pinned_documents(analysis, docs)
        if not pinned and follow_up is not None:
            known = {d["id"] for d in docs}
            pinned = [i for i in follow_up.document_ids if i in known]
        chunk_filter_ids = None
        if pinned:
            chunk_filter_ids = {r[0] for r in self.store.db.execute(
                f"SELECT id FROM chunks WHERE document_id IN ({','.join('?' * len(pinned))})", pinned)}
        n_chunks = max(1, self.store.chunk_count())
        dfs = self._document_frequencies(list(dict.fromkeys(analysis.match_tokens)))
        common = {t for t, df in dfs.items() if df > n_chunks // 2}
        clock.lap("analysis")
        lexical = lexical_ranking(self.store, analysis, pinned or None, common=common) if mode != "dense" else []
        clock.lap("lexical")
        dense: list[tuple[int, float]] = []
        if mode != "lexical":
            vectors = self._load_vectors()
            if vectors is not None:
                query_vector = self._query_vector(analysis.text)
                clock.lap("embedding")
                dense = dense_ranking(vectors, query_vector, chunk_filter_ids)
                clock.lap("faiss")
        hits = fuse(lexical, dense, mode)
        clock.lap("fusion")
        idfs = {t: idf(df, n_chunks) for t, df in dfs.items() if df > 0}
        top_ids = [h.chunk_id for h in hits[:8]]
        rows = {r["id"]: r for r in self.store.chunk_rows(top_ids)}
        # the plans whose every passage competes for the answer: the named ones (when the
        # question narrows it to a few) and those of the best hits
        focus_docs = (set(pinned) if len(pinned) <= 5 else set()) | {
            rows[c]["document_id"] for c in top_ids[:5] if c in rows}
        if focus_docs:
            extra = [r[0] for r in self.store.db.execute(
                f"SELECT id FROM chunks WHERE document_id IN ({','.join('?' * len(focus_docs))})",
                list(focus_docs))]
            rows.update({r["id"]: r for r in self.store.chunk_rows([i for i in extra if i not in rows])})
        # Deadlines are compared across the plans the question names, or else across the
        # plans retrieval found (a province may hold hundreds of plans).
        candidate_docs = pinned or list(dict.fromkeys(
            rows[h.chunk_id]["document_id"] if h.chunk_id in rows else -1 for h in hits[:8]))
        if not pinned:
            more = self.store.chunk_rows([h.chunk_id for h in hits[8:30]])
            candidate_docs = list(dict.fromkeys(candidate_docs + [r["document_id"] for r in more]))
        obligations = [o for d in candidate_docs for o in obligations_by_doc.get(d, [])]
        ctx = answer_mod.AnswerContext(
            analysis=analysis, hits=hits[:8], chunks=rows, obligations=obligations,
            documents={d["id"]: d for d in docs}, idf=idfs,
            # A word the plans never use counts, but no more than the rarest word they do
            # use: one stray word ("alert") must not sink an otherwise clear question.
            unknown_idf=max(idfs.values(), default=idf(0, n_chunks)), pinned_documents=pinned,
            plan_tokens=plan_tokens if pinned else set(),
            load_chunks=self._document_chunk_rows,
            today=today or datetime.now(ZoneInfo(self.settings.timezone)).date())
        answer = answer_mod.compose(ctx)
        _apply_unit_and_focus(answer, analysis.report_kind, unit)
        clock.lap("answer")
        if log:
            answer.question_id = self.store.log_question(
                analysis.text, answer.found, answer.intent,
                answer.sources[0].document if answer.sources else None, chat_id, user_id)
            clock.lap("log")
        return answer

    # ------------------------------------------------------------------ deadlines & feedback
    def deadlines(self, *, date_from: date | None = None, date_to: date | None = None,
                  issuer: str | None = None, document_id: int | None = None,
                  dated_only: bool = False) -> list[Deadline]:
        """Obligations ordered by date (undated ones last), filtered."""
        rows = self.store.obligation_rows(document_id)
        out = []
        issuer_key = " ".join(syllables(issuer)) if issuer else None
        for r in rows:
            due = r.get("due_on")
            if (dated_only or date_from or date_to) and not due:
                continue
            if date_from and due < date_from.isoformat():
                continue
            if date_to and due > date_to.isoformat():
                continue
            if issuer_key:
                hay = " ".join(syllables(" ".join(str(r.get(k) or "") for k in ("issuer", "who", "citation"))))
                if f" {issuer_key} " not in f" {hay} ":
                    continue
            out.append(answer_mod.row_to_deadline(r))
        out.sort(key=lambda d: (d.date is None, d.date or date.max, d.obligation_id))
        return out

    def record_feedback(self, question_id: int, value: int, user_id: int | None = None) -> bool:
        """Store 👍 (+1) / 👎 (-1) for a logged question; False if the question id is unknown."""
        return self.store.record_feedback(question_id, value, user_id)

    def stats(self) -> dict:
        """Counts for /thongke: questions, unanswered, feedback up/down, documents, chunks."""
        return self.store.stats()
