"""Channels: a question asking through what a report is sent ("qua mail nào", "gửi qua
đâu", "bản giấy hay phần mềm"), and whether a duty or a sentence names one (an e-mail
address, "qua hệ thống …", "(qua Văn phòng)"), so the answer that says the channel wins."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import phrase_alternation, word_list
from .recipients import channel_parts
from .thresholds import INTERMEDIARY_CHANNEL

#: A sentence naming a channel beyond an addressee: a system, software, a copy's form.
_CHANNEL_WORDS_RE = re.compile(
    r"\b(?:" + phrase_alternation("channel_words.tsv", "through") + r")\s+(?:"
    + phrase_alternation("channel_words.tsv", "medium") + r")|\bbản\s+(?:"
    + phrase_alternation("channel_words.tsv", "copy") + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r"\b" + re.escape(cue) + r"\b") for cue in word_list("channel_cues.txt"))


def asks_channel(folded_question: str) -> bool:
    """Whether a (folded, lexicon-read) question asks through what something is sent."""
    return any(cue.search(folded_question) for cue in _cues())


@lru_cache(maxsize=20_000)
def channel_strength(text: str) -> float:
    """How fully a duty's recipient or a sentence names a channel: 1 for an e-mail
    address, a system, software or a copy's form; 0.5 for a "qua <agency>" intermediary
    only (where to hand it, not how); 0 for none."""
    quas, emails = channel_parts(text)
    if emails or "email:" in text or _CHANNEL_WORDS_RE.search(text):
        return 1.0
    return INTERMEDIARY_CHANNEL if quas or "(qua " in text else 0.0


#: A channel phrase to the end of its clause: "qua hệ thống quản lý văn bản và điều hành".
_CHANNEL_PHRASE_RE = re.compile(
    "(?:" + _CHANNEL_WORDS_RE.pattern + ")" + r"[^,;.()\n]{0,60}?(?=\s+(?:"
    + phrase_alternation("channel_words.tsv", "end") + r")\b|[,;.()\n]|$)", re.IGNORECASE)


def channel_phrase(text: str) -> str | None:
    """The first channel a sentence names, as written ("qua hệ thống quản lý văn bản và điều
    hành"), to say how a duty is sent; None when it names none."""
    m = _CHANNEL_PHRASE_RE.search(text)
    return re.sub(r"\s+", " ", m.group(0)).strip() if m else None
