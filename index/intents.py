"""What a question asks for: the intent the query stage reads and an Answer carries.

A module of its own so that `models` (the answers) and `question` (the query stage) share
it without the answer types importing the query stage.
"""
from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """What a question asks for. A StrEnum, so it compares equal to its value and prints
    (and serialises to JSON) as that value."""

    SIGNER = "signer"
    RECIPIENTS = "recipients"
    ISSUED = "issued"
    WINDOW = "window"
    LIST = "list"
    WHEN = "when"
    TO = "to"
    WHO = "who"
    WHAT = "what"
    GENERAL = "general"

    @classmethod
    def read(cls, value: str | None) -> "Intent":
        """The intent a stored value names; GENERAL for a missing one or one this version
        does not know (a focus stored by another version stays usable)."""
        try:
            return cls(value or cls.GENERAL)
        except ValueError:
            return cls.GENERAL
