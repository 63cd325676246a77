"""e5 served by onnxruntime: the exported encoder, `tokenizers`, and numpy pooling.

Serving needs only onnxruntime, tokenizers and numpy: torch is never imported here, so a
process that answers questions with the ONNX model starts in about a second and stays
near half the memory of the torch path (figures in docs/benchmarks.md).

Threads are set deliberately: one intra-op thread per call by default
(`QCDC_EMBED_THREADS`), because on a box where another process keeps a core busy a
multi-threaded session waits for the slowest thread on every operator (torch on two
threads went from 15 ms to 500-900 ms per query there; one thread held).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .embeddings import batches, nfc
from .errors import ModelUnavailableError

logger = logging.getLogger(__name__)

#: e5's prompts; the directory's config_sentence_transformers.json says the same.
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
#: Longest input in tokens (the model has 512 positions).
MAX_TOKENS = 512


class OnnxE5Embedder:
    """multilingual-e5-small through an onnxruntime session (fp32 or int8 graph)."""

    def __init__(self, onnx_path: Path, tokenizer_path: Path, *, name: str, dim: int,
                 threads: int = 1, pad_batches: bool = True, id_map_path: Path | None = None) -> None:
        """`id_map_path`: an int64 array mapping the tokenizer's ids to the model's, for a
        pruned tokenizer (`index.tokenizer_prune`); None if they are the same."""
        try:
            import onnxruntime as ort
            from onnxruntime.capi import onnxruntime_pybind11_state as ort_state
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelUnavailableError(f"onnxruntime/tokenizers not installed: {exc}") from exc
        # onnxruntime's load errors derive from Exception directly; name them.
        load_errors = (OSError, RuntimeError, ValueError, ort_state.Fail, ort_state.NoSuchFile,
                       ort_state.InvalidProtobuf, ort_state.InvalidGraph, ort_state.InvalidArgument)
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, int(threads))
        options.inter_op_num_threads = 1
        # Sequential execution: the encoder is one chain of operators; parallel mode only
        # adds a second thread pool that competes for the same cores.
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Parsing the 17 MB tokenizer.json and building the session each take a large
        # part of a second and both release the GIL: overlapped, the first answer of a
        # new process comes that much sooner.
        loaded: dict[str, object] = {}

        def load_tokenizer() -> None:
            try:
                loaded["tokenizer"] = Tokenizer.from_file(str(tokenizer_path))
            except Exception as exc:  # noqa: BLE001 - tokenizers raises plain Exception; re-raised below
                loaded["error"] = exc

        reader = threading.Thread(target=load_tokenizer, name="qcdc-tokenizer-load", daemon=True)
        reader.start()
        try:
            self._session = ort.InferenceSession(str(onnx_path), sess_options=options,
                                                 providers=["CPUExecutionProvider"])
        except load_errors as exc:
            raise ModelUnavailableError(f"could not load ONNX model {onnx_path}: {exc}") from exc
        finally:
            reader.join()
        error = loaded.get("error")
        if error is not None:
            raise ModelUnavailableError(f"could not load tokenizer {tokenizer_path}: {error}") from error
        self._tokenizer = loaded["tokenizer"]
        self._id_map: np.ndarray | None = None
        if id_map_path is not None:
            try:
                self._id_map = np.load(id_map_path)
            except (OSError, ValueError) as exc:
                raise ModelUnavailableError(f"could not load token id map {id_map_path}: {exc}") from exc
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._pad_id = self._tokenizer.token_to_id("<pad>") or 1
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.name = name
        self.dim = int(dim)
        self.threads = options.intra_op_num_threads
        # An int8 graph quantizes activations with one scale per tensor, computed at run
        # time over the whole batch, padding included: the same passage then gets a
        # slightly different vector (cos ~0.996) depending on its batch-mates. Such graphs
        # run one text per call, which also measured fastest on one thread (32 passages/s
        # against 17-20 for padded batches of 8-16), and gives exactly the query path's
        # vectors.
        self.pad_batches = pad_batches
        # One tokenizer instance is not safe to use from two threads at once ("Already
        # borrowed"): the lock covers tokenization only (well under a millisecond). The
        # session runs outside it (onnxruntime sessions are thread-safe), so two questions
        # embed on two cores at once and a long upload never holds questions back.
        self._lock = threading.Lock()
        logger.info("loaded ONNX embedding model %s (%d thread(s))", onnx_path, self.threads)

    def _run(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(texts, add_special_tokens=True)
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(texts), width), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, :len(enc.ids)] = enc.ids
            mask[row, :len(enc.ids)] = 1
        if self._id_map is not None:
            ids = self._id_map[ids]
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        # Mean over real tokens (the e5 pooling), then L2 normalisation.
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.ascontiguousarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)

    def _embed(self, texts: list[str], batch_size: int, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Sorting by length keeps padding (wasted work) small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        done = 0
        for batch in batches([texts[i] for i in order], batch_size, progress, "Embedding"):
            if self.pad_batches:
                vectors = self._run(batch)
            else:
                vectors = np.vstack([self._run([text]) for text in batch])
            out[order[done: done + len(batch)]] = vectors
            done += len(batch)
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries with e5's `query: ` prefix."""
        return self._embed([QUERY_PREFIX + t for t in nfc(texts)], 32, False)

    def embed_passages(self, texts: Sequence[str], *, batch_size: int = 16,
                       progress: bool = False) -> np.ndarray:
        """Embed passages with e5's `passage: ` prefix, in batches of `batch_size`."""
        return self._embed([PASSAGE_PREFIX + t for t in nfc(texts)], batch_size, progress)
