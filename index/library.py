"""The library: the plans the product knows, and the only writer of the data directory.

Adds, replaces and removes documents, reindexes the corpus directory, and recovers from
a crash in the middle of any of these.

Writes follow one rule: parse and embed first, then change SQLite in one transaction,
then rebuild FAISS into a new file and swap it in. A bad file fails before anything is
written, and readers keep the previous index until the swap.
"""
from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import clock
from .config import Settings
from .corrections import stored_rows
from .corpus_files import CorpusFiles, UploadJournal
from .dense_index import DenseIndex
from .errors import (
    DocumentError,
    DocumentNotFoundError,
    DuplicateDocumentError,
    IndexBusyError,
    NotAPlanError,
    ReadOnlyDirectoryError,
    UnsupportedFileTypeError,
    UploadTooLargeError,
)
from .locks import file_lock
from .models import Deadline, DocumentMeta
from .ocr import ProgressCallback, ScanReport
from .parsing import READER_VERSION, ParsedDocument, document_record, parse_document, reading_warnings, safe_filename
from .reading import SUPPORTED_SUFFIXES
from .rows import DocumentRow
from .storage import Store, check_integrity
from .vietnamese import LEXICAL_VERSION, folded_words

logger = logging.getLogger("qcdc.engine")

#: The most chunks one added file may have: embedding them holds the indexer (about
#: 15 chunks/s with the default model on 2 cores, so 600 is ~40 s, ~100 pages of plan).
MAX_UPLOAD_CHUNKS = 600


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
    issued_on: str | None = None      # YYYY-MM-DD
    signer: str | None = None
    warnings: list[str] = field(default_factory=list)
    parent: str | None = None         # the managing body above the issuer, as the letterhead reads

    def to_json(self) -> dict:
        """The object `qcdc documents --json` prints (DESIGN.md contract, plus "parent")."""
        return {"id": self.id, "file": self.filename, "title": self.title, "number": self.number,
                "issuer": self.issuer or None, "issued_on": self.issued_on, "year": self.year,
                "signer": self.signer, "deadlines": self.deadlines, "warnings": self.warnings,
                "parent": self.parent}


@dataclass
class IngestReport:
    """What an admin sees after sending a file: what was extracted, for checking."""

    document: DocumentInfo
    meta: DocumentMeta
    chunks: int
    deadlines: list[Deadline] = field(default_factory=list)
    replaced: DocumentInfo | None = None
    # documents that look like this one (same number, title or file name) but are not
    # surely the same plan: kept, and named so the admin can remove one if needed
    similar: list[DocumentInfo] = field(default_factory=list)
    scan: ScanReport | None = None     # set when the text was read from page images
    warnings: list[str] = field(default_factory=list)   # what the reader did not recognise


@dataclass
class IndexReport:
    """What one indexing run did, for the CLI's and the bot's summary line."""

    documents: int
    chunks: int
    embedded: int          # chunks whose vectors were computed (others reused by hash)
    obligations: int
    seconds: float
    errors: list[str] = field(default_factory=list)   # files skipped, with the reason


def recover_database(path: Path) -> None:
    """Make the data directory if needed, and move a database that fails its integrity
    check aside so a new one is built. A directory that cannot be written is a clear
    ReadOnlyDirectoryError, not a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not check_integrity(path):
            aside = path.with_name(f"{path.name}.corrupt-{clock.stamp()}")
            path.rename(aside)
            for suffix in ("-wal", "-shm"):
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    extra.rename(aside.with_name(aside.name + suffix))
            logger.error("database %s was corrupt; moved to %s and rebuilding from the corpus", path, aside)
    except OSError as exc:
        raise ReadOnlyDirectoryError.for_dir(path.parent) from exc


def document_info(row: DocumentRow) -> DocumentInfo:
    """A `documents` row (with its counts) as a DocumentInfo."""
    return DocumentInfo(
        id=row.id, filename=row.filename, title=row.title or "",
        issuer=row.issuer or "", year=row.year, number=row.number,
        citation=row.citation or "", chunks=row.n_chunks,
        deadlines=row.n_dated, added_at=row.added_at or "",
        issued_on=row.issued_on, signer=row.signer, parent=row.parent,
        warnings=reading_warnings(row.number, row.issuer, row.issued_on, row.signer,
                                  row.title, row.n_dated, row.n_obligations))


class Library:
    """Add / remove / reindex documents, one writer at a time across processes."""

    def __init__(self, settings: Settings, store: Store, dense: DenseIndex) -> None:
        self.settings = settings
        self.store = store
        self.dense = dense
        self.files = CorpusFiles(settings, store)
        self._reindex_lock = threading.Lock()

    @property
    def _lock_path(self) -> Path:
        return self.settings.data_dir / "reindex.lock"

    def recover_on_start(self) -> None:
        """Finish or undo an upload a dead process left, unless a writer is busy now."""
        if self.files.has_upload_traces():
            # A process died inside add_document. Finish or undo it now if no writer holds
            # the lock (every later write does it too, see exclusive).
            try:
                with self.exclusive():
                    pass
            except IndexBusyError:
                pass

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """One reindex at a time, in this process and across processes."""
        if not self._reindex_lock.acquire(blocking=False):
            raise IndexBusyError("reindex already running in this process")
        try:
            with file_lock(self._lock_path, wait=False, busy="reindex already running in another process"):
                self.files.recover_upload()
                yield
        finally:
            self._reindex_lock.release()

    @contextmanager
    def wait_for_other_indexer(self) -> Iterator[None]:
        """Block until no other process holds the writer's lock."""
        with file_lock(self._lock_path, wait=True):
            yield

    # ------------------------------------------------------------------ indexing
    def ensure_index(self, progress: bool = False) -> IndexReport | None:
        """Build the index from the corpus directory if none exists; None if one did.
        Also repairs a missing or corrupt FAISS file from the vectors kept in SQLite."""
        if not self.store.has_documents():
            try:
                return self.reindex(progress=progress)
            except IndexBusyError:
                # another process is building it: wait for it, then use its result
                with self.wait_for_other_indexer():
                    pass
                if self.store.has_documents():
                    self.dense.load()
                    return None
                raise
        if (self.store.get_meta("lexical_version") != LEXICAL_VERSION
                or self.store.get_meta("reader_version") != READER_VERSION):
            # the lexical form or the reader changed in an upgrade: read the files again
            # (vectors of unchanged passages are reused)
            try:
                return self.reindex(reparse=True, progress=progress)
            except IndexBusyError:
                pass   # another process is reindexing; it writes the new forms

        self.dense.load(progress=progress)
        if self.dense.incomplete:
            # an index run died before embedding everything: finish it here, at start-up,
            # so no question has to
            try:
                return self.reindex(progress=progress)
            except IndexBusyError:
                pass   # the running indexer embeds them
        return None

    def reindex(self, *, rebuild: bool = False, progress: bool = False, reparse: bool = False) -> IndexReport:
        """Re-read the corpus directory; only changed chunks are re-embedded unless rebuild.
        One at a time: raises IndexBusyError if another reindex runs."""
        started = time.perf_counter()
        errors: list[str] = []
        with self.exclusive():
            existing = {d.filename: d for d in self.store.documents()}
            seen: set[str] = set()
            files = self.files.plan_files()
            iterator = files
            if progress:
                from tqdm import tqdm

                iterator = tqdm(files, desc="Đọc tài liệu", unit="tệp")
            for path in iterator:
                seen.add(path.name)
                old = existing.get(path.name)
                try:
                    sha = hashlib.sha256(path.read_bytes()).hexdigest()
                    if old and old.sha256 == sha and not rebuild and not reparse:
                        continue
                    parsed = parse_document(path)
                except NotAPlanError as exc:
                    if path.stem.lower() == "readme":
                        # a README that describes the directory, not a plan: nothing to say
                        logger.info("skipped %s: %s", path.name, exc)
                        continue
                    errors.append(f"{path.name}: {exc.user_message}")
                    logger.warning("skipped %s: %s", path.name, exc)
                    continue
                except DocumentError as exc:
                    errors.append(f"{path.name}: {exc.user_message}")
                    logger.warning("skipped %s: %s", path.name, exc)
                    continue
                except OSError as exc:   # unreadable file (permissions, vanished)
                    errors.append(f"{path.name}: không đọc được tệp ({exc.strerror or exc}).")
                    logger.warning("skipped %s: %s", path.name, exc)
                    continue
                self.store.replace_document([old.id] if old else [], document_record(parsed), parsed.chunks,
                                            stored_rows(parsed.obligations, self.store.corrections(parsed.sha256)))
            for name, old in existing.items():
                if name not in seen:
                    self.store.delete_document(old.id)
            # --rebuild re-embeds every chunk, replacing stored vectors batch by batch, so a
            # rebuild that dies half-way leaves a complete set (old and new) behind
            embedded = self.dense.embed_missing(None, progress=progress, force=rebuild)
            self.store.prune_vectors(self.dense.model_name)
            self.store.set_meta("lexical_version", LEXICAL_VERSION)
            self.store.set_meta("reader_version", READER_VERSION)
            self.dense.rebuild()
        docs = self.store.documents()
        return IndexReport(
            documents=len(docs), chunks=self.store.chunk_count(), embedded=embedded,
            obligations=sum(d.n_obligations for d in docs),
            seconds=time.perf_counter() - started, errors=errors)

    # ------------------------------------------------------------------ documents
    def add_document(self, path: Path, *, original_name: str | None = None,
                     progress: ProgressCallback | None = None
                     ) -> tuple[int, ParsedDocument, DocumentRow | None, list[DocumentRow]]:
        """Copy a file into the corpus and index it; returns (document id, what was
        parsed, the replaced row, rows of similar documents kept alongside).

        It replaces only the same document: the same issuer, number and year (the same
        content is refused as a duplicate). A document that merely shares a number, a
        title or a file name is added as new and named in `similar`. Every replaced file
        is kept under data/removed. Raises DocumentError subclasses with a Vietnamese
        `user_message`; on error nothing is changed. Scans are read before the write lock
        is taken, so the old index serves meanwhile; `progress` gets (page, pages) as they
        are read."""
        path = Path(path)
        name = safe_filename(original_name or path.name)
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise UnsupportedFileTypeError(name)
        parsed = parse_document(path, filename=name, progress=progress)
        if len(parsed.chunks) > MAX_UPLOAD_CHUNKS:
            raise UploadTooLargeError(
                f"{len(parsed.chunks)} chunks > {MAX_UPLOAD_CHUNKS}", user_message=(
                    f"Tài liệu quá dài để thêm một lần ({len(parsed.chunks)} đoạn, tối đa "
                    f"{MAX_UPLOAD_CHUNKS}). Vui lòng tách thành các tệp nhỏ hơn rồi gửi lại."))
        with self.exclusive():
            docs = self.store.documents()
            for d in docs:
                if d.sha256 == parsed.sha256:
                    raise DuplicateDocumentError(
                        f"same content as document {d.id}",
                        user_message=(f"Tài liệu này đã có trong hệ thống (mã {d.id}: "
                                      f"{d.citation}). Không có thay đổi nào."))
            replaced = same_document(docs, parsed)
            similar = [d for d in similar_documents(docs, parsed) if not replaced or d.id != replaced.id]
            corpus = self.settings.corpus_dir
            try:
                corpus.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ReadOnlyDirectoryError.for_dir(corpus, "tài liệu (corpus)") from exc
            target_name = name
            taken = {d.filename for d in docs if not replaced or d.id != replaced.id}
            counter = 2
            while target_name in taken or (
                    (corpus / target_name).exists() and not (replaced and replaced.filename == target_name)):
                target_name = f"{Path(name).stem}-{counter}{Path(name).suffix}"
                counter += 1
            parsed.filename = target_name
            tmp = corpus / f".{target_name}.uploading"
            try:
                shutil.copyfile(path, tmp)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise ReadOnlyDirectoryError.for_dir(corpus, "tài liệu (corpus)") from exc
            try:
                self.dense.embed_missing(parsed.chunks, progress=False)
                retire = replaced.filename if replaced and replaced.filename != target_name else None
                if replaced and not retire:
                    # the new version takes the old one's file name: keep a copy of the old
                    self.files.keep_copy(replaced.filename)
                journal = UploadJournal(tmp=tmp.name, target=target_name, sha256=parsed.sha256, retire=retire)
                self.files.write_journal(journal)
                doc_id = self.store.replace_document(
                    [replaced.id] if replaced else [], document_record(parsed), parsed.chunks,
                    stored_rows(parsed.obligations, self.store.corrections(parsed.sha256)))
            except BaseException:
                tmp.unlink(missing_ok=True)
                self.files.drop_journal()
                raise
            self.files.complete_upload(journal)
            self.dense.rebuild()
        return doc_id, parsed, replaced, similar

    def remove_document(self, document_id: int) -> DocumentInfo:
        """Delete a document from the corpus, the database and the vector index."""
        with self.exclusive():
            row = self.store.document(document_id)
            if row is None:
                raise DocumentNotFoundError(str(document_id))
            self.store.delete_document(document_id)
            self.files.retire(row.filename)
            self.dense.rebuild()
        return document_info(row)


def _number_key(number: str | None) -> str:
    return "".join((number or "").lower().split())


def _known_and_differ(old: str | None, new: str | None) -> bool:
    """Whether two descriptions of a plan are both known and name different things."""
    return bool(old and new) and folded_words(old or "") != folded_words(new or "")


def same_document(docs: list[DocumentRow], parsed: ParsedDocument) -> DocumentRow | None:
    """The indexed document `parsed` is a new version of: the same issuer, number and
    year, all three known, and no managing body or place of issue that differs. Anything
    less certain is not a replacement.

    Agencies of one kind share their short name and often their numbering (the same kind
    of office under two provinces' departments may both issue "01/KH-…" in January): only
    the managing body or the place tells them apart, and replacing one by the other would
    silently drop a plan."""
    meta = parsed.meta
    number = _number_key(meta.number)
    if not number or not meta.issuer or meta.year is None:
        return None
    for d in docs:
        if (_number_key(d.number) == number and d.year == meta.year
                and folded_words(d.issuer or "") == folded_words(meta.issuer or "")
                and not _known_and_differ(d.parent, meta.parent)
                and not _known_and_differ(d.place, meta.place)):
            return d
    return None


def similar_documents(docs: list[DocumentRow], parsed: ParsedDocument) -> list[DocumentRow]:
    """Indexed documents that share the number, the title or the file name with `parsed`."""
    meta = parsed.meta
    number, title = _number_key(meta.number), folded_words(meta.title)
    return [d for d in docs
            if (number and _number_key(d.number) == number)
            or (title and folded_words(d.title or "") == title)
            or d.filename == parsed.filename]
