"""index/vectors.py: the FAISS file as derived data (round trip, torn files, filters)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.errors import ModelMismatchError
from index.vectors import INDEX_FILE, SIDECAR_FILE, VectorIndex, cleanup_temp_files


def _unit_vectors(n: int, dim: int = 16, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    matrix = rng.normal(size=(n, dim)).astype(np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_round_trip_keeps_ids_model_and_fingerprint(tmp_path: Path) -> None:
    vectors = _unit_vectors(10)
    ids = np.arange(100, 110, dtype=np.int64)
    VectorIndex.build(ids, vectors, "hashing", fingerprint="7").save(tmp_path)
    loaded = VectorIndex.load(tmp_path)
    assert loaded is not None and loaded.info.fingerprint == "7" and loaded.info.count == 10
    best_id, score = loaded.search(vectors[3], k=1)[0]
    assert best_id == 103 and score == pytest.approx(1.0, abs=1e-5)


def test_search_inside_allowed_ids_only(tmp_path: Path) -> None:
    vectors = _unit_vectors(10)
    index = VectorIndex.build(np.arange(10, dtype=np.int64), vectors, "hashing", fingerprint="1")
    hits = index.search(vectors[3], k=5, allowed={1, 2})
    assert {i for i, _ in hits} <= {1, 2} and hits


@pytest.mark.parametrize("damage", ["torn index", "torn sidecar", "count mismatch", "missing sidecar"])
def test_damaged_file_loads_as_none_to_be_rebuilt(tmp_path: Path, damage: str) -> None:
    VectorIndex.build(np.arange(4, dtype=np.int64), _unit_vectors(4), "hashing", fingerprint="1").save(tmp_path)
    if damage == "torn index":
        (tmp_path / INDEX_FILE).write_bytes((tmp_path / INDEX_FILE).read_bytes()[:40])
    elif damage == "torn sidecar":
        (tmp_path / SIDECAR_FILE).write_text('{"model": "hash', encoding="utf-8")
    elif damage == "count mismatch":
        text = (tmp_path / SIDECAR_FILE).read_text(encoding="utf-8")
        (tmp_path / SIDECAR_FILE).write_text(text.replace('"count": 4', '"count": 5'), encoding="utf-8")
    else:
        (tmp_path / SIDECAR_FILE).unlink()
    assert VectorIndex.load(tmp_path) is None


def test_other_model_is_refused_by_name(tmp_path: Path) -> None:
    index = VectorIndex.build(np.arange(2, dtype=np.int64), _unit_vectors(2), "model-a", fingerprint="1")
    index.check_model("model-a")
    with pytest.raises(ModelMismatchError):
        index.check_model("model-b")


def test_temp_files_of_a_killed_write_are_removed(tmp_path: Path) -> None:
    (tmp_path / ".chunks-abc.faiss.tmp").write_bytes(b"partial")
    VectorIndex.build(np.arange(2, dtype=np.int64), _unit_vectors(2), "hashing", fingerprint="1").save(tmp_path)
    assert cleanup_temp_files(tmp_path) == 1
    assert VectorIndex.load(tmp_path) is not None
