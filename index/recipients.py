"""To whom a duty is sent: "gửi về Sở Nội vụ", "báo cáo UBND tỉnh (qua Sở Nội vụ)", the
channel ("qua hệ thống ...") and e-mail addresses a clause names."""
from __future__ import annotations

import re

from .lexicon import alternation, phrase_alternation
from .sentences import LOWER
from .units import cut_words

# --- to whom ---------------------------------------------------------------------------------
def _words(kind: str) -> str:
    """One kind of index/data/recipient_words.tsv as a regex alternation."""
    return phrase_alternation("recipient_words.tsv", kind)


AGENCY_HEAD = r"(?:các\s+)?(?:" + alternation("recipient_heads.txt") + r")(?![\w])"
_RECIPIENT_RE = re.compile(
    r"(?<![\w])(?P<trig>" + _words("trigger") + r")\s+"
    r"(?=" + AGENCY_HEAD + r")",
    re.IGNORECASE,
)
AGENCY_START_RE = re.compile(AGENCY_HEAD)
#: "báo cáo kết quả giám sát với Ban Chấp hành Công đoàn": "với" names a recipient only after
#: the verbs of recipient_words.tsv's with-verb rows
_REPORT_WITH_RE = re.compile(r"(?<![\w])(?:" + _words("with-verb") + r")(?:\s+[^,;.:()]{1,60}?)?\s+với\s+(?="
                             + AGENCY_HEAD + r")", re.IGNORECASE)
_QUA_RE = re.compile(r"(?<![\w(])qua\s+(?=" + AGENCY_HEAD + r")")
_RECIPIENT_STOP_RE = re.compile(
    r"\s+(?:" + _words("stop") + r")(?![\w])"
    r"|\s+và\s+(?=(?:" + _words("and-stop") + r")(?![\w]))"
    r"|\s+(?=(?:" + _words("topic-stop") + r")\s)"
    # a dot after one capital is an abbreviation's ("P. TC-HC"), not a sentence's end
    r"|[;:!?|]|(?<!(?<![\w])[A-ZĐ])\.(?=\s|$)|,\s+(?=[" + LOWER + r"])|\s+(?=\()",
)
# The lookbehind starts a match only where an address can start: without it a long run of
# letters/digits with no "@" (a PDF text layer without spaces) is rescanned from every
# position, quadratic time. Same addresses in any text where addresses are separated.
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MAX_RECIPIENT_WORDS = 16

def recipient_at(text: str, start: int) -> str:
    """The agency name starting at `start`, with its "(qua ...)" / "(Ban ..., ...)" part."""
    stop = _RECIPIENT_STOP_RE.search(text, start)
    end = stop.start() if stop else len(text)
    name = text[start:end].strip(" ,")
    name = cut_words(name, _MAX_RECIPIENT_WORDS).rstrip("…")
    rest = text[end:]
    paren = re.match(r"\s*\((?P<inner>[^()]{1,120})\)", rest)
    if paren and (paren.group("inner").lower().startswith("qua ") or AGENCY_START_RE.match(paren.group("inner"))):
        name = f"{name} ({paren.group('inner').strip()})"
    return name


def find_recipients(text: str) -> list[tuple[int, str]]:
    """(position, recipient) for every "gửi về X" / "về X" / "cho X" naming an agency."""
    found: list[tuple[int, str]] = []
    for m in [*_RECIPIENT_RE.finditer(text), *_REPORT_WITH_RE.finditer(text)]:
        name = recipient_at(text, m.end())
        if name and not any(m.end() < p + len(n) and p <= m.end() for p, n in found):
            found.append((m.end(), name))
    return sorted(found)


def channel_parts(text: str) -> tuple[list[str], list[str]]:
    """The "qua X" channels and the e-mail addresses a clause names."""
    quas = [n for n in (recipient_at(text, m.end()) for m in _QUA_RE.finditer(text)) if n]
    emails = list(dict.fromkeys(e.rstrip(".") for e in _EMAIL_RE.findall(text)))
    return quas, emails


def with_channels(text: str, to: str, parts: tuple[list[str], list[str]] | None = None) -> str:
    """Add the "qua X" channel and e-mail addresses of `text` to the recipient."""
    quas, emails = parts if parts is not None else channel_parts(text)
    for name in quas:
        if name not in to:
            to = f"{to} (qua {name})" if to else name
    for e in emails:
        if e not in to:
            to = f"{to}; email: {e}" if to else f"email: {e}"
    return to


def pick_recipient(cands: list[tuple[int, str]], pos: int | None) -> str:
    """The recipient named last before `pos` (else the first one named)."""
    if not cands:
        return ""
    if pos is None:
        return cands[0][1]
    before = [c for c in cands if c[0] < pos]
    return (before[-1] if before else cands[0])[1]

