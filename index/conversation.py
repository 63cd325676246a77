"""Conversation logic: a question read in the context of the answer it follows, the
asker's unit first, the original file of a cited plan. The state it keeps (contexts,
units, "Đã nộp" marks, snoozes, 👎 reasons) is in SQLite behind `storage_conversation`,
so a restart keeps it."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .storage_conversation import FOLLOW_UP_WINDOW, Conversation, FeedbackReason, SentAnswer, Submission

if TYPE_CHECKING:  # pragma: no cover
    from .engine import DocumentInfo, Engine
    from .models import Answer, AnswerFocus, Deadline

__all__ = ["FOLLOW_UP_WINDOW", "Conversation", "FeedbackReason", "SentAnswer", "Submission",
           "ask_in_context", "open_conversation", "original_document", "unit_first"]


def open_conversation(engine: "Engine") -> Conversation:
    """The conversation service over the engine's database."""
    return Conversation(engine.store.db)


def original_document(engine: "Engine", document_id: int) -> "tuple[Path, DocumentInfo] | None":
    """The file of a document exactly as it was uploaded (the corpus keeps its bytes),
    with its row; None if the document or its file is gone."""
    info = next((d for d in engine.list_documents() if d.id == document_id), None)
    if info is None:
        return None
    path = engine.settings.corpus_dir / info.filename
    return (path, info) if path.is_file() else None


def unit_first(deadlines: "list[Deadline]", unit: str | None) -> "list[Deadline]":
    """The deadlines with the unit's own duties (and its plans') first, order otherwise kept."""
    if not unit:
        return list(deadlines)
    from .reminders import matches_keyword  # reminders reads submissions from this module

    return sorted(deadlines, key=lambda d: not matches_keyword(d, unit))


def ask_in_context(engine: "Engine", question: str, *, follow_up: "AnswerFocus | None", unit: str | None,
                   chat_id: int | None, user_id: int | None) -> "Answer":
    """Answer a question in the context of the answer it follows, for the asker's unit.

    The context only fills what the question leaves out; a question that the context
    makes unanswerable was a new question, not a follow-up, and is answered on its own.
    Logged once, as finally answered."""
    answer = engine.ask(question, follow_up=follow_up, unit=unit, log=False)
    if follow_up is not None and not answer.found:
        answer = engine.ask(question, unit=unit, log=False)
    answer.question_id = engine.store.log_question(
        answer.question, answer.found, answer.intent,
        answer.sources[0].document if answer.sources else None, chat_id, user_id)
    return answer
