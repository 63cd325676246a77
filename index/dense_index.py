"""The dense index kept in step with SQLite: the embedder (loaded on first use), the
vectors cached in SQLite by content hash, and the FAISS file built from them.

FAISS is derived data: it is built from SQLite's vectors, written to a new file and
swapped in, and reloaded when another process changed the content.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager

import numpy as np

from .config import Settings
from .embeddings import Embedder
from .errors import IndexBusyError
from .storage import Store
from .vectors import VectorIndex
from .write_rows import NewChunk

logger = logging.getLogger("qcdc.engine")

#: Passages per call to the embedder: the model is shared with questions, and each call
#: holds it, so small calls let a question through between them during a long upload.
EMBED_BATCH = 16


class DenseIndex:
    """The embedder and the FAISS index of one Engine; thread-safe."""

    def __init__(self, settings: Settings, store: Store, embedder: object | None = None) -> None:
        self.settings = settings
        self.store = store
        self._embedder = embedder
        self._embedder_lock = threading.Lock()
        self._vectors: VectorIndex | None = None
        self._vectors_version = -1
        self._vectors_lock = threading.RLock()
        #: Enters the data directory's writer lock (raising IndexBusyError when another
        #: writer holds it); wired by the Engine. Without it a FAISS file built by another
        #: model is refused instead of rebuilt.
        self.writer: Callable[[], AbstractContextManager[None]] | None = None
        #: chunks left out of the index in memory because their vector is not stored yet
        self.incomplete = 0

    @property
    def embedder(self) -> Embedder:
        """The embedding model, loaded on first use (several seconds for the real one)."""
        if self._embedder is None:
            with self._embedder_lock:
                if self._embedder is None:
                    from .embeddings import load_embedder

                    s = self.settings
                    self._embedder = load_embedder(s.embed_model, s.models_dir, s.embed_backend, s.embed_threads)
        return self._embedder

    @property
    def model_name(self) -> str:
        """The identity vectors are stored under (model and runtime): the loaded
        embedder's, else the configured one's, known without loading it."""
        from .embeddings import embedding_identity

        return getattr(self._embedder, "name", None) or embedding_identity(
            self.settings.embed_model, self.settings.embed_backend)

    def embed_missing(self, chunks: list[NewChunk] | None, progress: bool, force: bool = False) -> int:
        """Embed `chunks` (None: every stored chunk) whose content hash has no stored vector
        for this model (all of them when `force`), storing each batch as it is done. Only
        the indexing path calls this; a question never embeds passages."""
        if chunks is None:
            pairs = self.store.chunk_embed_texts()
        else:
            pairs = {c.content_hash: c.embed_text for c in chunks}
        if force:
            todo = list(pairs)
        else:
            cached = self.store.cached_vectors(list(pairs), self.model_name)
            todo = [h for h in pairs if h not in cached]
        if not todo:
            return 0
        starts = range(0, len(todo), EMBED_BATCH)
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="Nhúng đoạn văn", unit="lô")
        for start in starts:
            part = todo[start:start + EMBED_BATCH]
            vectors = self.embedder.embed_passages([pairs[h] for h in part], progress=False)
            self.store.store_vectors(dict(zip(part, vectors)), self.embedder.name)
        return len(todo)

    def rebuild(self) -> VectorIndex | None:
        """Build FAISS from SQLite's stored vectors and swap it in (never embeds).

        Written to disk (atomically) only when every chunk has a vector; a chunk whose
        vector the indexer has not stored yet is left out of dense search meanwhile."""
        with self._vectors_lock:
            version = self.store.content_version()
            rows = self.store.chunk_ids_and_hashes()
            model = self.model_name
            cached = self.store.cached_vectors([h for _, h in rows], model)
            complete = [(cid, h) for cid, h in rows if h in cached]
            self.incomplete = len(rows) - len(complete)
            if not complete:
                self._vectors, self._vectors_version = None, version
                return None
            ids = np.array([cid for cid, _ in complete], dtype=np.int64)
            matrix = np.vstack([cached[h] for _, h in complete]).astype(np.float32)
            index = VectorIndex.build(ids, matrix, model, fingerprint=str(version))
            if len(complete) == len(rows):
                index.save(self.settings.vectors_dir)
            else:
                logger.warning("%d chunks have no stored vector yet; run `qcdc index` to embed them",
                               len(rows) - len(complete))
            self._vectors, self._vectors_version = index, version
            return index

    def load(self, progress: bool = False) -> VectorIndex | None:
        """The current FAISS index, reloaded when another process changed the content."""
        version = self.store.content_version()
        if self._vectors is not None and self._vectors_version == version:
            return self._vectors
        with self._vectors_lock:
            if self._vectors is not None and self._vectors_version == version:
                return self._vectors
            loaded = VectorIndex.load(self.settings.vectors_dir)
            if loaded is not None and loaded.info.model != self.model_name:
                return self._rebuild_for_model(loaded)
            if loaded is not None and loaded.info.fingerprint == str(version):
                self._vectors, self._vectors_version = loaded, version
                return loaded
            if loaded is None and self.store.has_documents():
                logger.warning("vector index missing or unreadable; rebuilding it from SQLite")
            return self.rebuild()

    def _rebuild_for_model(self, stale: VectorIndex) -> VectorIndex | None:
        """The FAISS file holds another model's (or runtime's) vectors: re-embed what the
        cache lacks for this model (nothing when switching back) and rebuild, as the
        writer. Refuse rather than mix (ModelMismatchError) when that is not possible."""
        if self.writer is None:
            stale.check_model(self.model_name)
        logger.warning("vector index built with %s; rebuilding it for %s", stale.info.model, self.model_name)
        try:
            with self.writer():
                # the one case where loading embeds: a new model needs its own vectors
                # (none when switching back); at start-up, through ensure_index
                self.embed_missing(None, progress=False)
                return self.rebuild()
        except IndexBusyError:
            stale.check_model(self.model_name)  # raises: another writer holds the lock
            raise
