"""The dense index: a FAISS inner-product index over L2-normalized chunk vectors.

FAISS is derived data: it is rebuilt from the vectors cached in SQLite, written to a new
file and swapped in with `os.replace`, so a reader never sees a half-written file and
the previous index keeps serving until the swap. A JSON sidecar records which model
built it; querying with another model is refused (`ModelMismatchError`).
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import ModelMismatchError

logger = logging.getLogger("qcdc.vectors")

INDEX_FILE = "chunks.faiss"
SIDECAR_FILE = "chunks.json"
#: Above this many vectors an HNSW graph replaces the exact flat index (see docs/benchmarks.md).
HNSW_THRESHOLD = 50_000
#: OpenMP threads for FAISS. One query over at most tens of thousands of vectors takes
#: well under a millisecond on one thread, while a second thread's barrier waits for a
#: core another process keeps busy (the search stage went from microseconds to ~14 ms
#: median on this machine under load).
FAISS_THREADS = 1


def _faiss():  # -> the faiss module, with its thread count set
    import faiss

    faiss.omp_set_num_threads(FAISS_THREADS)
    return faiss


@dataclass
class IndexInfo:
    """What a FAISS file was built from: the model, its dimension, the vector count and the
    database version it mirrors, so a stale or mismatched index is rebuilt or refused."""

    model: str
    dim: int
    count: int
    fingerprint: str
    kind: str = "flat"


class VectorIndex:
    """A loaded FAISS index with its identity; search returns (chunk_id, cosine)."""

    def __init__(self, index: object, info: IndexInfo) -> None:
        self.index = index
        self.info = info

    @classmethod
    def build(cls, ids: np.ndarray, vectors: np.ndarray, model: str, fingerprint: str) -> "VectorIndex":
        """An inner-product index over `vectors` (normalised, so scores are cosines), one row
        per chunk id in `ids`: exact below HNSW_THRESHOLD vectors, HNSW above."""
        faiss = _faiss()
        dim = int(vectors.shape[1]) if len(vectors) else 0
        if dim == 0:
            raise ValueError("no vectors to index")
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(vectors) >= HNSW_THRESHOLD:
            base = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            base.hnsw.efSearch = 64
            kind = "hnsw"
        else:
            base = faiss.IndexFlatIP(dim)
            kind = "flat"
        index = faiss.IndexIDMap2(base)
        index.add_with_ids(vectors, np.asarray(ids, dtype=np.int64))
        return cls(index, IndexInfo(model=model, dim=dim, count=len(ids), fingerprint=fingerprint, kind=kind))

    def save(self, directory: Path) -> None:
        """Write index then sidecar atomically (temp file + os.replace)."""
        faiss = _faiss()

        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp_index = tempfile.mkstemp(prefix=".chunks-", suffix=".faiss.tmp", dir=directory)
        os.close(fd)
        try:
            faiss.write_index(self.index, tmp_index)
            with open(tmp_index, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp_index, directory / INDEX_FILE)
        finally:
            if os.path.exists(tmp_index):
                os.unlink(tmp_index)
        _atomic_write_text(directory / SIDECAR_FILE, json.dumps(self.info.__dict__))

    @classmethod
    def load(cls, directory: Path) -> "VectorIndex | None":
        """Load the index, or None if it is missing or unreadable (then it is rebuilt)."""
        faiss = _faiss()

        index_path, sidecar = directory / INDEX_FILE, directory / SIDECAR_FILE
        if not index_path.is_file() or not sidecar.is_file():
            return None
        try:
            info = IndexInfo(**json.loads(sidecar.read_text(encoding="utf-8")))
            index = faiss.read_index(str(index_path))
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            # a torn or foreign file (faiss raises RuntimeError): derived data, rebuilt
            logger.warning("vector index in %s unreadable (%s); it will be rebuilt", directory, exc)
            return None
        if index.ntotal != info.count:
            return None
        return cls(index, info)

    def check_model(self, model: str) -> None:
        """Refuse (ModelMismatchError) an index built with another model."""
        if self.info.model != model:
            raise ModelMismatchError(
                f"index built with {self.info.model!r}, configured model is {model!r}")

    def search(self, query: np.ndarray, k: int, allowed: set[int] | None = None) -> list[tuple[int, float]]:
        """Top-k (chunk_id, cosine); `allowed` restricts to some chunk ids."""
        if self.info.count == 0:
            return []
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if allowed is not None:
            faiss = _faiss()
            sel = faiss.IDSelectorBatch(np.fromiter(allowed, dtype=np.int64))
            params = faiss.SearchParameters(sel=sel)
            scores, ids = self.index.search(q, min(k, self.info.count), params=params)
        else:
            scores, ids = self.index.search(q, min(k, self.info.count))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def _atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix="." + path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def cleanup_temp_files(directory: Path) -> int:
    """Remove temp files left by a process killed mid-write; returns how many."""
    if not directory.is_dir():
        return 0
    removed = 0
    for p in directory.iterdir():
        if p.name.startswith(".") and p.name.endswith(".tmp"):
            p.unlink(missing_ok=True)
            removed += 1
    return removed
