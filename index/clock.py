"""The one clock of the product: `now()` / `today()` in QCDC_TZ and `now_iso()` for rows.

Tests and demos drive a real bot or CLI process with an injected clock through the
environment: `QCDC_NOW=YYYY-MM-DDTHH:MM[:SS]`, read in QCDC_TZ. The clock starts at that
moment when the process first asks for the time and then runs at the real pace, so a
reminder scheduled a few seconds later still fires (a frozen clock would never reach it).
In-process tests can pin it with `frozen(moment)`.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Asia/Ho_Chi_Minh"

_lock = threading.Lock()
_frozen: datetime | None = None
# (value of QCDC_NOW, the moment it names, monotonic time when it was first read)
_env_start: tuple[str, datetime, float] | None = None


def timezone_name() -> str:
    """The configured time zone name (QCDC_TZ, default Asia/Ho_Chi_Minh)."""
    return os.environ.get("QCDC_TZ") or DEFAULT_TZ


def _zone(tz: str | None) -> ZoneInfo:
    return ZoneInfo(tz or timezone_name())


def _parse_env_moment(raw: str, zone: ZoneInfo) -> datetime:
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError as exc:
        raise ValueError(f"QCDC_NOW must look like YYYY-MM-DDTHH:MM[:SS], got {raw!r}") from exc
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def _from_env() -> datetime | None:
    global _env_start
    raw = os.environ.get("QCDC_NOW", "").strip()
    if not raw:
        return None
    with _lock:
        if _env_start is None or _env_start[0] != raw:
            _env_start = (raw, _parse_env_moment(raw, _zone(None)), time.monotonic())
        _, start, started = _env_start
    return start + timedelta(seconds=time.monotonic() - started)


def now(tz: str | None = None) -> datetime:
    """The current moment, aware, in `tz` (default QCDC_TZ); honours QCDC_NOW and `frozen`."""
    zone = _zone(tz)
    moment = _frozen or _from_env()
    if moment is None:
        return datetime.now(zone)
    return moment.astimezone(zone)


def today(tz: str | None = None) -> date:
    """Today's date in `tz` (default QCDC_TZ)."""
    return now(tz).date()


def day_text(day: date) -> str:
    """A date the way Vietnamese documents write it: 05/06/2026."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def now_iso(moment: datetime | None = None) -> str:
    """A moment (default: now) as a UTC ISO-8601 string to the second, as rows store it.
    A naive `moment` is taken as UTC."""
    moment = moment or now()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def stamp() -> str:
    """Local time as `YYYYmmdd-HHMMSS`, for names of files moved aside."""
    return now().strftime("%Y%m%d-%H%M%S")


@contextmanager
def frozen(moment: datetime) -> Iterator[None]:
    """Pin the clock at `moment` (naive = QCDC_TZ) inside the block (tests)."""
    global _frozen
    previous = _frozen
    _frozen = moment if moment.tzinfo else moment.replace(tzinfo=_zone(None))
    try:
        yield
    finally:
        _frozen = previous
