"""The one sentence splitter and the one clause splitter of the reader.

Chunking sizes passages by sentences, obligations read duties sentence by sentence and
clause by clause, answers quote sentences: all use these two functions, so a deadline
sentence is the same unit everywhere.
"""
from __future__ import annotations

import re

from .lexicon import phrase_alternation

# Explicit letter classes: the range À-ỹ mixes upper and lower case (Ễ, Ủ are inside it).
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

_SENT_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[-+•–]?\s*[" + UPPER + r"0-9“\"(])")
_ABBREV_END_RE = re.compile(r"(?:^|\s)(?:" + phrase_alternation("layout_words.tsv", "abbreviation", space=" ")
                            + r"|[A-ZĐ])\.$")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at `.`/`!`/`?`/`…` before an upper-case start, not
    after an abbreviation ("UBND TP. Huế"), not at `;` (which separates clauses)."""
    parts: list[str] = []
    for piece in _SENT_SPLIT_RE.split(text):
        if parts and _ABBREV_END_RE.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p.strip() for p in parts if p.strip()] or ([text] if text.strip() else [])


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each `;`-separated clause, ignoring `;` inside parentheses."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(sentence):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(sentence)))
    return [(s, e) for s, e in spans if sentence[s:e].strip()]


def split_clauses(sentence: str) -> list[str]:
    """The `;`-separated clauses of a sentence, stripped."""
    return [sentence[s:e].strip() for s, e in clause_spans(sentence)]
