"""Long work (adding a big plan, reindexing) that must not hold up shutdown.

`asyncio.to_thread` runs in the default executor, whose threads the interpreter joins
at exit: SIGTERM during a 2,000-page upload waited for the whole embedding. Long work
runs here instead, in a daemon thread, and the handler awaiting it is registered so that
SIGTERM cancels it at once (`cancel_long_work`). The abandoned thread dies with the
process; the engine's upload journal makes that as safe as `kill -9` mid-upload (the
next start finishes or rolls back the interrupted upload).
"""
from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

THREAD_NAME = "qcdc-long-work"
_running: set[asyncio.Task] = set()


def _settle(future: asyncio.Future, result: object = None, error: BaseException | None = None) -> None:
    if future.done():   # the awaiting handler was cancelled (shutdown)
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


async def run_long(func: Callable[..., T], *args: object, **kwargs: object) -> T:
    """`func(*args, **kwargs)` in a daemon thread; the calling task is cancelled on shutdown."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future = loop.create_future()

    def work() -> None:
        try:
            result = func(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed over to the awaiting task, not hidden
            outcome: tuple[object, BaseException | None] = (None, exc)
        else:
            outcome = (result, None)
        with contextlib.suppress(RuntimeError):   # the loop is already closed: nobody waits
            loop.call_soon_threadsafe(_settle, future, *outcome)

    task = asyncio.current_task()
    if task is not None:
        _running.add(task)
    try:
        threading.Thread(target=work, name=THREAD_NAME, daemon=True).start()
        return await future
    finally:
        if task is not None:
            _running.discard(task)


def cancel_long_work() -> int:
    """Cancel every handler waiting for long work (SIGTERM); returns how many."""
    tasks = [t for t in _running if not t.done()]
    for task in tasks:
        task.cancel()
    return len(tasks)


def long_work_running() -> bool:
    """True while a long-work thread is still alive (its engine must not be closed under it)."""
    return any(t.name == THREAD_NAME and t.is_alive() for t in threading.enumerate())
