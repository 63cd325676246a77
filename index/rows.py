"""Typed rows of the content tables, as `Store` returns them.

Frozen dataclasses, one name per field (`to_whom`, never `to`), read by attribute: they
are deliberately not mappings, so a misspelt field is an AttributeError, not a None.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping, TypeVar

from .write_rows import NewDocument, NewObligation

_RowT = TypeVar("_RowT", bound="_Row")


class _Row:
    """Construction from a SQL row (storage builds every row this way)."""

    @classmethod
    def from_mapping(cls: type[_RowT], row: Mapping[str, Any]) -> _RowT:
        """The row from a query result; columns the type does not know are ignored."""
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(frozen=True, kw_only=True)
class DocumentRow(NewDocument, _Row):
    """A stored document with its id and its counts (chunks, obligations, dated obligations)."""

    id: int
    n_chunks: int = 0
    n_obligations: int = 0
    n_dated: int = 0


@dataclass(frozen=True, kw_only=True)
class _OfDocument(_Row):
    """The fields of its document that a chunk or an obligation carries for citing it."""

    filename: str = ""
    kind: str | None = None
    title: str | None = None
    issuer: str | None = None
    number: str | None = None
    issued_on: str | None = None        # ISO date
    year: int | None = None
    citation: str | None = None
    parent: str | None = None           # the issuer's managing body (obligations only)
    place: str | None = None            # the place of issue ("An Phú", from the place-date line)


@dataclass(frozen=True)
class ChunkRow(_OfDocument):
    """A chunk with the fields of its document a citation needs."""

    id: int
    document_id: int
    ordinal: int
    section: str
    text: str
    embed_text: str = ""
    content_hash: str = ""


@dataclass(frozen=True, kw_only=True)
class ObligationRow(_OfDocument, NewObligation):
    """Who must report what to whom by when (a stored obligation), with the fields of its document."""

    id: int
    document_id: int


@dataclass(frozen=True)
class UsageStats:
    """What /thongke reports: questions and their outcome, feedback, the corpus size."""

    questions: int
    unanswered: int
    feedback_up: int
    feedback_down: int
    documents: int
    chunks: int
    obligations: int
    recent_unanswered: tuple[str, ...] = ()     # the latest unanswered questions, newest first


#: Any row that names its document: enough for a citation.
Citable = DocumentRow | ChunkRow | ObligationRow
