"""One cache for what the retriever derives from the indexed content.

Every entry is dropped at once when the content version changes (another process
added a plan, a reindex finished). The version is read once per `snapshot()` call, so
a question pays one query for all entries, and one lock guards them, so bot worker
threads never see one half-updated.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from .storage import Store

T = TypeVar("T")


class ContentCache:
    """Named values built from the content, valid for one content version."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.RLock()
        self._version = -1
        self._values: dict[str, Any] = {}

    def refresh(self) -> int:
        """Read the content version; forget every value if it changed. Returns it."""
        version = self._store.content_version()
        with self._lock:
            if version != self._version:
                self._values.clear()
                self._version = version
        return version

    def get(self, name: str, build: Callable[[], T]) -> T:
        """The value called `name` for the current version, built once by `build`."""
        with self._lock:
            if name not in self._values:
                self._values[name] = build()
            return self._values[name]
