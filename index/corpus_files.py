"""The corpus directory as files: which are plans, the upload journal that makes an
upload all-or-nothing across a crash, and the files kept under data/removed.

An upload commits to SQLite, then renames its file into the corpus, then (when it
replaces a plan) moves the old file out: three steps no single atomic operation covers.
A journal written before the commit names the files; if the process dies (kill -9,
power cut), the next holder of the writer's lock completes the moves when the commit
happened and undoes the copy when it did not, so a plan is fully in or out.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from . import clock
from .config import Settings
from .parsing import safe_filename
from .reading import SUPPORTED_SUFFIXES
from .storage import Store

logger = logging.getLogger("qcdc.engine")


@dataclass(frozen=True)
class UploadJournal:
    """What an upload in flight will do once committed: rename `tmp` (in the corpus) to
    `target`, whose row has content `sha256`, and retire the replaced file `retire`."""

    tmp: str
    target: str
    sha256: str
    retire: str | None = None

    @classmethod
    def from_text(cls, text: str) -> "UploadJournal | None":
        """The journal a file holds; None when it is torn (written when the process died)."""
        try:
            data = json.loads(text)
            return cls(tmp=data["tmp"], target=data["target"], sha256=data["sha256"], retire=data.get("retire"))
        except (ValueError, KeyError, TypeError):
            return None


class CorpusFiles:
    """File operations of the library; callers hold the writer's lock."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store

    def plan_files(self) -> list[Path]:
        """Files of the corpus directory that may be plans, by name: not hidden files, nor the
        owner files ("~$ke-hoach.doc", 162 bytes) Word leaves beside a document it has open."""
        corpus = self.settings.corpus_dir
        if not corpus.is_dir():
            return []
        return sorted(p for p in corpus.iterdir()
                      if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                      and not p.name.startswith((".", "~$")))

    # ------------------------------------------------------------------ upload journal
    @property
    def journal_path(self) -> Path:
        """The upload journal's file in the data directory."""
        return self.settings.data_dir / "upload-journal.json"

    def has_upload_traces(self) -> bool:
        """True if a journal or a half-copied upload is left from a dead process."""
        corpus = self.settings.corpus_dir
        return self.journal_path.exists() or (
            corpus.is_dir() and any(corpus.glob(".*.uploading")))

    def write_journal(self, entry: UploadJournal) -> None:
        """Write the journal durably (fsync) before the commit it describes."""
        with open(self.journal_path, "w", encoding="utf-8") as fh:
            json.dump(asdict(entry), fh)
            fh.flush()
            os.fsync(fh.fileno())

    def drop_journal(self) -> None:
        """Remove the journal (its upload is complete or undone)."""
        self.journal_path.unlink(missing_ok=True)

    def recover_upload(self) -> None:
        """Finish or undo an upload a crash interrupted. Caller holds the writer's lock,
        so no upload is in flight in any process."""
        try:
            if not self.has_upload_traces():
                return
            corpus = self.settings.corpus_dir
            try:
                entry = UploadJournal.from_text(self.journal_path.read_text(encoding="utf-8"))
            except OSError:
                entry = None   # no journal (torn ones read as None): the commit never began
            if entry:
                row = self.store.document_by_filename(entry.target)
                if row is not None and row.sha256 == entry.sha256:
                    self.complete_upload(entry)
                    logger.warning("completed the upload of %s interrupted after its commit", entry.target)
                else:
                    logger.warning("undid the upload of %s interrupted before its commit", entry.target)
            for stray in corpus.glob(".*.uploading"):
                stray.unlink(missing_ok=True)
            self.drop_journal()
        except OSError as exc:  # never block writes on this; the next writer retries
            logger.error("could not recover an interrupted upload: %s", exc)

    def complete_upload(self, entry: UploadJournal) -> None:
        """After the commit: rename the upload in, retire the plan it replaced, drop the journal."""
        corpus = self.settings.corpus_dir
        tmp = corpus / entry.tmp
        if tmp.exists():
            os.replace(tmp, corpus / entry.target)
        if entry.retire:
            self.retire(entry.retire)
        self.drop_journal()

    # ------------------------------------------------------------------ data/removed
    def _removed_path(self, src: Path) -> Path:
        removed = self.settings.data_dir / "removed"
        removed.mkdir(parents=True, exist_ok=True)
        target = removed / f"{clock.stamp()}-{src.name}"
        counter = 2
        while target.exists():   # two in the same second: never overwrite a kept file
            target = removed / f"{clock.stamp()}-{counter}-{src.name}"
            counter += 1
        return target

    def keep_copy(self, filename: str) -> None:
        """Copy a corpus file to data/removed before it is overwritten."""
        src = self.settings.corpus_dir / safe_filename(filename)
        if src.is_file():
            shutil.copy2(src, self._removed_path(src))

    def retire(self, filename: str) -> None:
        """Move a corpus file out of the corpus (kept under data/removed for recovery)."""
        src = self.settings.corpus_dir / safe_filename(filename)
        if src.is_file():
            shutil.move(str(src), self._removed_path(src))
