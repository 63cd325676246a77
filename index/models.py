"""Small value objects that flow between the stages of the pipeline.

corpus file ─► ParsedDocument(meta, text) ─► Chunk ─► Obligation ─► SQLite / FAISS
question ─► Answer(sources=[Source], deadlines=[Deadline])
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .intents import Intent

if TYPE_CHECKING:
    from .decision import Features


@dataclass
class DocumentMeta:
    """What a plan says about itself: number, issuer, dates, title, signature, recipients."""

    number: str | None = None          # "45/KH-SXD"; None when left blank ("Số: /KH-SCT")
    kind: str = "Kế hoạch"             # "Kế hoạch", "Quyết định", ...
    issuer: str | None = None          # "Sở Xây dựng"
    parent: str | None = None          # the managing body above it: "UBND tỉnh Bình Dương"
    issued_on: date | None = None      # None when the date is left blank
    year: int | None = None            # plan year; from the title when the date is blank
    title: str = ""                    # "Thực hiện Quy chế dân chủ ở cơ sở năm 2025"
    place: str | None = None           # "Bình Dương"
    signer: str | None = None          # "Nguyễn Văn An"
    signer_title: str | None = None    # "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"
    recipients: list[str] = field(default_factory=list)  # lines of "Nơi nhận"

    def citation(self) -> str:
        """Human citation: "Kế hoạch số 45/KH-SXD ngày 12/3/2025 của Sở Xây dựng"."""
        parts = [self.kind]
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:
            parts.append(f"ngày {self.issued_on.day}/{self.issued_on.month}/{self.issued_on.year}")
        elif self.year and not self.number:
            parts.append(f"năm {self.year}")
        if self.issuer:
            parts.append(f"của {self.issuer}")
        return " ".join(parts)


@dataclass
class Block:
    """A paragraph of a document with the heading path above it."""

    section: str    # "III. TỔ CHỨC THỰC HIỆN > 1. Văn phòng"
    text: str


@dataclass
class Chunk:
    """A retrieval unit: one or more consecutive blocks of the same section."""

    ordinal: int
    section: str
    text: str


@dataclass
class Obligation:
    """One duty: who must send what to whom, and when (or how often)."""

    who: str
    what: str
    to_whom: str
    due_on: date | None          # ISO date when the text pins one
    due_text: str                # the phrase as written: "trước ngày 20/5"
    recurrence: str | None       # "6 tháng", "năm", "hằng tháng", "ngày thứ 5 của tuần cuối tháng"
    section: str
    quote: str                   # the sentence the obligation was read from
    rule: str | None = None      # set on one occurrence of a periodic duty: the rule's phrase


@dataclass
class Source:
    """A passage returned for a question, best first."""

    document: str        # file name in the corpus, stable across reindexing
    title: str
    issuer: str
    section: str
    text: str
    score: float
    chunk_id: int = 0
    document_id: int = 0
    number: str | None = None
    year: int | None = None
    citation: str = ""

    def to_json(self) -> dict:
        """The source as the JSON contract's object (with its ids and citation)."""
        return asdict(self)


def distinct_sources(sources: Iterable[Source], *, by_section: bool = False) -> list[Source]:
    """Each plan once (or, `by_section`, each section of a plan once), at the rank of its
    best passage: several passages of one plan or section would read as the same citation.
    The JSON `sources` keep every passage; listings for people use this."""
    best: dict[tuple[int | str, str | None], Source] = {}
    for source in sources:
        best.setdefault((source.document_id or source.document, source.section if by_section else None), source)
    return list(best.values())


@dataclass
class Deadline:
    """An obligation as shown to users (JSON `deadlines` items, reminders, calendars)."""

    date: date | None
    due_text: str
    who: str
    what: str
    to_whom: str
    document: str
    recurrence: str | None = None
    quote: str = ""
    section: str = ""
    issuer: str = ""
    number: str | None = None
    year: int | None = None
    citation: str = ""
    obligation_id: int = 0
    document_id: int = 0

    def to_json(self) -> dict:
        """The JSON `deadlines` item: its recipient is `to` there (the DESIGN contract)."""
        data = {("to" if k == "to_whom" else k): v for k, v in asdict(self).items()}
        data["date"] = self.date.isoformat() if self.date else None
        return data


@dataclass
class AnswerFocus:
    """What an answer was about, kept so a follow-up question can be read in its context.

    The conversation layer stores it with the answer; `Engine.ask(follow_up=...)` fills
    whatever the new question does not name (plan, unit, report kind) from it."""

    document_ids: list[int] = field(default_factory=list)
    report_kind: str | None = None      # "6 tháng", "năm", "kế hoạch", "chấm điểm"
    unit: str | None = None             # the unit the answer was about, as the plan writes it
    intent: Intent = Intent.GENERAL

    def to_json(self) -> dict:
        """The focus as stored with a bot answer (`from_json` reads it back)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "AnswerFocus":
        """Inverse of to_json (unknown keys ignored, so stored rows survive upgrades)."""
        return cls(document_ids=[int(i) for i in data.get("document_ids") or []],
                   report_kind=data.get("report_kind"), unit=data.get("unit"),
                   intent=Intent.read(data.get("intent")))


@dataclass
class Answer:
    """The engine's reply to one question."""

    question: str
    found: bool
    answer: str
    sources: list[Source] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    intent: Intent = Intent.GENERAL
    question_id: int | None = None
    focus: AnswerFocus | None = None    # None when nothing was found
    confidence: float | None = None     # the decision's P(answer is right)
    features: Features | None = None    # the decision's inputs

    def to_json(self) -> dict:
        """The answer as `qcdc ask --json` prints it."""
        return {
            "question": self.question,
            "found": self.found,
            "answer": self.answer,
            "sources": [s.to_json() for s in self.sources],
            "deadlines": [d.to_json() for d in self.deadlines],
            "intent": self.intent,
        }
