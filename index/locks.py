"""One file-lock helper: an exclusive `flock` on a lock file, shared by every process
that writes the data directory (reindex, uploads, the model build).

`wait=False` fails at once with `IndexBusyError` when another process holds the lock;
`wait=True` blocks until it is free.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import IndexBusyError

try:
    import fcntl
except ImportError:  # pragma: no cover - non-POSIX: writers rely on atomic renames alone
    fcntl = None  # type: ignore[assignment]


@contextmanager
def file_lock(path: Path, *, wait: bool = True, busy: str = "lock held by another process") -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing) for the block.

    With `wait=False`, raise IndexBusyError(`busy`) if another holder has it."""
    with open(path, "a+b") as handle:
        if fcntl is None:  # pragma: no cover
            yield
            return
        flags = fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(handle.fileno(), flags)
        except BlockingIOError as exc:
            raise IndexBusyError(busy) from exc
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
