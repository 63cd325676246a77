"""The one object the CLI and the bot talk to.

`Engine` is a facade: it opens the store and wires the library (add / remove / reindex,
recovery, locks), the dense index (embedder and FAISS) and the retriever (the ask path),
and exposes the product's operations. It is synchronous and thread-safe; the bot calls
it through `asyncio.to_thread`.
"""
from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

from . import clock
from .config import Settings
from .corrections import correct_duty
from .dense_index import DenseIndex
from .duty_text import row_to_deadline
from .embeddings import Embedder
from .errors import DocumentNotFoundError, DuplicateDocumentError
from .library import DocumentInfo, IndexReport, IngestReport, Library, document_info, recover_database
from .models import Answer, AnswerFocus, Deadline, Source
from .rows import UsageStats
from .search import SearchMode
from .ocr import ProgressCallback
from .parsing import ParsedDocument, parse_document, safe_filename
from .reminder_service import ReminderService
from .retrieval import Retriever
from .storage import Store, open_database
from .vectors import VectorIndex, cleanup_temp_files
from .vietnamese import folded_words

logger = logging.getLogger("qcdc.engine")

# Names other modules and tests import from here.
__all__ = ["DocumentInfo", "DuplicateDocumentError", "Engine", "IndexReport", "IngestReport",
           "ParsedDocument", "parse_document", "safe_filename"]


class Engine:
    """Facade over storage, search and answers. Construct once per process."""

    def __init__(self, settings: Settings | None = None, embedder: object | None = None) -> None:
        self.settings = settings or Settings.from_env()
        recover_database(self.settings.db_path)   # also makes the data directory
        self.store = Store(open_database(self.settings.db_path))
        self.dense = DenseIndex(self.settings, self.store, embedder)
        self.library = Library(self.settings, self.store, self.dense)
        self.dense.writer = self.library.exclusive  # lets a model change rebuild the vectors
        self.retriever = Retriever(self.settings, self.store, self.dense)
        self.reminders = ReminderService(self)
        removed = cleanup_temp_files(self.settings.vectors_dir)
        if removed:
            logger.warning("removed %d temporary index files left by an interrupted write", removed)
        self.library.recover_on_start()

    # ------------------------------------------------------------------ lifecycle
    @property
    def embedder(self) -> Embedder:
        """The embedding model, loaded on first use (several seconds for the real one)."""
        return self.dense.embedder

    @property
    def model_name(self) -> str:
        """The identity of the embedding model (and runtime) vectors are stored under."""
        return self.dense.model_name

    def close(self) -> None:
        """Close the database connection."""
        try:
            self.store.db.conn.close()
        except sqlite3.Error as exc:  # pragma: no cover - closing must not mask the caller's error
            logger.warning("closing the database failed: %s", exc)

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def warm_up(self) -> None:
        """Load the model, the FAISS index and the segmenter now (the bot calls this at startup)."""
        self.retriever.warm_up()

    # ------------------------------------------------------------------ indexing
    def is_indexed(self) -> bool:
        """Whether any document is indexed."""
        return self.store.has_documents()

    def ensure_index(self, progress: bool = False) -> IndexReport | None:
        """Build the index from the corpus directory if none exists; None if one did.
        Also repairs a missing or corrupt FAISS file from the vectors kept in SQLite."""
        return self.library.ensure_index(progress=progress)

    def reindex(self, *, rebuild: bool = False, progress: bool = False, reparse: bool = False) -> IndexReport:
        """Re-read the corpus directory; only changed chunks are re-embedded unless rebuild.
        One at a time: raises IndexBusyError if another reindex runs."""
        return self.library.reindex(rebuild=rebuild, progress=progress, reparse=reparse)

    def load_vectors(self) -> VectorIndex | None:
        """The current FAISS index (rebuilt from SQLite if missing)."""
        return self.dense.load()

    # ------------------------------------------------------------------ documents
    def list_documents(self) -> list[DocumentInfo]:
        """Every indexed document, by id."""
        return [document_info(r) for r in self.store.documents()]

    def newest_document(self) -> DocumentInfo | None:
        """The plan with the latest year (then date): named when every deadline is past."""
        docs = self.store.documents()
        if not docs:
            return None
        best = max(docs, key=lambda d: (d.year or 0, d.issued_on or "", d.id))
        return document_info(best)

    def add_document(self, path: Path, *, original_name: str | None = None,
                     progress: ProgressCallback | None = None) -> IngestReport:
        """Copy a file into the corpus, index it (replacing only the same document: same
        issuer, number and year) and return what was extracted. Raises DocumentError subclasses
        with a Vietnamese `user_message`; on error nothing is changed. `progress(page,
        pages)` follows the OCR of a scan (the old index keeps serving meanwhile)."""
        doc_id, parsed, replaced, similar = self.library.add_document(path, original_name=original_name,
                                                                      progress=progress)
        row = self.store.document(doc_id)
        if row is None:   # removed by another writer right after this one finished
            raise DocumentNotFoundError(str(doc_id))
        info = document_info(row)
        deadlines = self.deadlines(document_id=doc_id)
        warnings = list(parsed.warnings)
        dated = [d.date for d in deadlines if d.date]
        if dated and max(dated) < clock.today(self.settings.timezone):
            warnings.append("Mọi thời hạn trong văn bản này đều đã qua: kiểm tra lại năm của kế hoạch.")
        return IngestReport(
            document=info, meta=parsed.meta, chunks=len(parsed.chunks), deadlines=deadlines,
            replaced=document_info(replaced) if replaced else None,
            similar=[document_info(d) for d in similar], scan=parsed.scan, warnings=warnings)

    def remove_document(self, document_id: int) -> DocumentInfo:
        """Delete a document from the corpus, the database and the vector index."""
        return self.library.remove_document(document_id)

    def get_source(self, chunk_id: int) -> Source | None:
        """A chunk as a Source (for the 'show full passage' button)."""
        return self.retriever.get_source(chunk_id)

    # ------------------------------------------------------------------ questions
    def ask(self, question: str, *, follow_up: AnswerFocus | None = None, unit: str | None = None,
            chat_id: int | None = None, user_id: int | None = None,
            log: bool = True, mode: SearchMode | str = SearchMode.HYBRID, today: date | None = None,
            timings: dict[str, float] | None = None) -> Answer:
        """Answer one question (mode: hybrid | lexical | dense). Logs it unless log=False.

        `follow_up`: the focus of the answer this question follows (plan, report kind).
        `unit`: the asker's registered unit, whose duties come first. `timings`, when
        given, receives the seconds spent in each stage (for benchmarks)."""
        return self.retriever.ask(question, follow_up=follow_up, unit=unit, chat_id=chat_id,
                                  user_id=user_id, log=log, mode=mode, today=today, timings=timings)

    # ------------------------------------------------------------------ deadlines & feedback
    def deadlines(self, *, date_from: date | None = None, date_to: date | None = None,
                  issuer: str | None = None, document_id: int | None = None,
                  dated_only: bool = False) -> list[Deadline]:
        """Obligations ordered by date (undated ones last), filtered."""
        rows = self.store.obligation_rows(document_id)
        out = []
        issuer_key = folded_words(issuer) if issuer else None
        for r in rows:
            due = r.due_on
            if (dated_only or date_from or date_to) and not due:
                continue
            if date_from and due < date_from.isoformat():
                continue
            if date_to and due > date_to.isoformat():
                continue
            if issuer_key:
                hay = folded_words(" ".join(v or "" for v in (r.issuer, r.who, r.citation)))
                if f" {issuer_key} " not in f" {hay} ":
                    continue
            out.append(row_to_deadline(r))
        out.sort(key=lambda d: (d.date is None, d.date or date.max, d.obligation_id))
        return out

    def correct_deadline(self, document_id: int, number: int | None, *, due_on: date | None = None,
                         who: str | None = None, what: str | None = None, to_whom: str | None = None,
                         action: str = "edit", user_id: int | None = None) -> list[Deadline]:
        """An admin's correction of the `number`-th dated duty of a document (as the upload
        reply numbers them): "edit" changes the given fields, "delete" removes it, "add"
        adds a duty (`number` None). Stored so that it survives a reindex of the same file;
        returns the document's deadlines after it."""
        with self.library.exclusive():
            correct_duty(self.store, self.settings.corpus_dir, document_id, number,
                         due_on=due_on.isoformat() if due_on else None, who=who, what=what, to_whom=to_whom,
                         action=action, user_id=user_id)
        return self.deadlines(document_id=document_id)

    def record_feedback(self, question_id: int, value: int, user_id: int | None = None) -> bool:
        """Store 👍 (+1) / 👎 (-1) for a logged question; False if the question id is unknown."""
        return self.store.record_feedback(question_id, value, user_id)

    def stats(self) -> UsageStats:
        """Counts for /thongke: questions, unanswered, feedback up/down, documents, chunks."""
        return self.store.stats()
