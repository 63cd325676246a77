"""Typed rows of the write path: what a parsed file becomes before `Store` writes it.

`index/rows.py` holds the rows `Store` reads back; these are the rows going the other way,
without ids: a document read from a file, its chunks and its obligations. A stored
document or obligation row is one of these plus what storage gives it (its id, counts, its
document's fields). Frozen dataclasses, built by keyword, turned into mappings only by
`as_columns`, which `Store` calls at the storage boundary.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["KeyedDuty", "NewChunk", "NewDocument", "NewObligation", "as_columns"]


@dataclass(frozen=True, kw_only=True)
class NewDocument:
    """A `documents` row for a file just read (its id is given by `Store`)."""

    filename: str
    sha256: str
    added_at: str
    kind: str | None = None
    number: str | None = None
    issuer: str | None = None
    issued_on: str | None = None        # ISO date
    year: int | None = None
    title: str | None = None
    place: str | None = None
    parent: str | None = None           # the managing body above the issuer (letterhead)
    signer: str | None = None
    signer_title: str | None = None
    recipients: str | None = None       # JSON list
    citation: str | None = None


@dataclass(frozen=True, kw_only=True)
class NewChunk:
    """A `chunks` row of a document being written (its document and id come from `Store`)."""

    ordinal: int
    section: str
    text: str
    embed_text: str
    content_hash: str
    lexical: str


@dataclass(frozen=True, kw_only=True)
class NewObligation:
    """An `obligations` row as extracted (or corrected), before it is written."""

    who: str | None = None
    what: str | None = None
    to_whom: str | None = None
    due_on: str | None = None           # ISO date, None when recurring or undated
    due_text: str | None = None
    recurrence: str | None = None
    section: str | None = None
    quote: str | None = None


@dataclass(frozen=True)
class KeyedDuty:
    """An obligation with the key its corrections are stored under: the key of the duty as
    extracted, or `add:<id>` for a duty an admin added."""

    duty: NewObligation
    target: str


def as_columns(row: NewDocument | NewChunk | NewObligation, **extra: Any) -> dict[str, Any]:
    """The row as a column → value mapping for sqlite-utils, with `extra` columns (the
    document id, the row id) added; only `Store` calls this."""
    return {**asdict(row), **extra}
