"""Clean converted plan text: Unicode NFC, markdown debris, lines broken by page breaks.

The shipped plans were converted from Word/PDF and keep the conversion's debris
(`**bold**`, `###`, `_{HN}`, `*đ*`) and paragraphs cut in mid-sentence by page breaks
(`Kết luận số 120-` / `KL/TW`, `sự gương mẫu của` / `tùng cán bộ`). The cleaner repairs
them with rules, not by hand, so an uploaded plan with the same problems is repaired too.
"""
from __future__ import annotations

import re
import unicodedata

from .glued_words import split_glued_words
from .lexicon import phrase_alternation
from .units import UNIT_HEAD_RE, strip_bullet, unit_phrase

_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_HEADING_MARK_RE = re.compile(r"^\s{0,3}#[#\s]*")   # all of `### ## x`'s marks in one pass
_SUBSCRIPT_RE = re.compile(r"_\{[^}\n]{0,20}\}")       # `VP._{HN}`: typist initials
_GLUED_BOLD_RE = re.compile(r"(?<=[^\s*(\[“\"'])\*{2,3}(?=\w)")
_EMPHASIS_RE = re.compile(r"\*+")
_TRAILING_STRAY_RE = re.compile(r"(?<=[.!?;:])\s+[^\W\d_]\s*$")   # `... năm 2023. đ`
_SLASH_SPACE_RE = re.compile(r"(\d)\s+/\s*([A-ZĐ])")             # `45 /KH-SXD`

def _layout(kind: str) -> str:
    """One kind of index/data/layout_words.tsv as a regex alternation (spaces as written)."""
    return phrase_alternation("layout_words.tsv", kind, space=" ")


#: A line that starts a list item or a numbered heading: never glued to the line above.
_LIST_START_RE = re.compile(
    r"^(?:[-+•–*]\s|"                       # bullets
    r"(?:[IVXLC]{1,6})(?:\.|\s?-)\s|"         # I. II. III. (I- in Party documents)
    r"\d{1,2}(?:\.\d{1,2})*(?:[.)]|\s?-)\s|"  # 1. 2.1. 3) 1-
    r"[a-zđ]\)\s|"                           # a) b)
    r"(?:" + _layout("line-start") + r")\b|(?:" + _layout("sign-mark-line") + r")\.\s|"
    r"Thực hiện (?:" + _layout("cited-line") + r") số)"
)
_TERMINAL_RE = re.compile(r"[.!?;:…]\s*[)\]”\"']?$|\./\.$")
_HEADING_LIKE_RE = re.compile(r"^(?:[IVXLC]{1,6}[.\-]|\d{1,2}[.\-]|[a-zđ]\))\s")
_NUMBER_LINE_RE = re.compile(r"^Số\s*:")
#: A physical line this long or longer was wrapped by the layout (converted plans break
#: lines at about 80-100 characters); a shorter one is a title, a heading or a paragraph's end.
_WRAPPED_LINE_CHARS = 80


#: a line ending on a word or mark that goes on ("… và", "… của", "…,")
_OPEN_LINE_END_RE = re.compile(r"(?:\s(?:" + _layout("open-line-end") + r")|[-–,&])$", re.IGNORECASE)


def _unit_heading(line: str) -> bool:
    """A numbered line that only names a unit, however long: it starts with a unit's head
    word, holds no predicate ("chủ trì", "báo cáo") and does not end on a word that goes on."""
    label = strip_bullet(line)
    return (len(line) < 2 * _WRAPPED_LINE_CHARS and bool(UNIT_HEAD_RE.match(label)) and unit_phrase(label) is None
            and not _OPEN_LINE_END_RE.search(line.rstrip()))


def _is_upper_line(line: str) -> bool:
    """All-caps lines (titles, letterheads, signature blocks); `isupper` knows Vietnamese."""
    return 2 <= len(line) <= _WRAPPED_LINE_CHARS and line == line.upper() and any(ch.isalpha() for ch in line)


def _starts_upper(rest: str) -> bool:
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit())


def normalize_unicode(text: str) -> str:
    """NFC, unified newlines, no zero-width characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _ZERO_WIDTH_RE.sub("", text)
    return text


def strip_markup(line: str) -> str:
    """Remove markdown debris from one line, keeping the words."""
    line = _HEADING_MARK_RE.sub("", line)
    line = _SUBSCRIPT_RE.sub("", line)
    # `KẾ HOẠCH**Thực hiện` and `GIẢI PHÁP:**1. Công tác`: a bold run glued to the text
    # before it starts a new line in the original layout.
    line = _GLUED_BOLD_RE.sub(lambda m: "\n" if _starts_upper(line[m.end():]) else "", line)
    line = _EMPHASIS_RE.sub("", line)
    line = _SLASH_SPACE_RE.sub(r"\1/\2", line)
    line = _SPACE_RE.sub(" ", line)
    return line


def _should_join(prev: str, nxt: str) -> str | None:
    """Return the separator to join two physical lines with, or None to keep them apart."""
    if not prev or not nxt:
        return None
    if _LIST_START_RE.match(nxt) or _NUMBER_LINE_RE.match(prev):
        return None
    if " | " in nxt or " | " in prev[-_VIEW:]:
        return None     # rows of a flattened table stay rows
    # `Kết luận số 120-` + `KL/TW`: an identifier cut at its hyphen.
    if re.search(r"\d-$", prev) and re.match(r"^[A-ZĐ]{1,6}/", nxt):
        return ""
    if _TERMINAL_RE.search(prev):
        return None
    # "(qua Phòng …)" / "“viên chức …": an opening bracket or quote before a lower-case
    # word continues the sentence as a lower-case start does
    if nxt.lstrip("([“\"'")[:1].islower() or re.match(r"\d{1,2}\s*[/.-]\s*\d{1,2}\b|(?:19|20)\d\d\b", nxt):
        # "... trước ngày" / "31/3/2023." / "năm học" / "2025-2026": a date or a year
        # wrapped onto the next line continues it
        return " "
    if _is_upper_line(prev) or (_HEADING_LIKE_RE.match(prev) and len(prev) < _WRAPPED_LINE_CHARS):
        return None     # a long numbered paragraph cut by a line wrap continues below
    if _HEADING_LIKE_RE.match(prev) and _unit_heading(prev):
        return None     # "2. Văn phòng HĐND và UBND xã (Văn phòng HĐND và UBND xã)": a long unit heading
    # An upper-case start after a long unfinished line (`hướng dẫn thực hiện` / `QCDC tại ...`)
    # is a page break inside a sentence; after a short line it is a new paragraph.
    if len(prev) >= _WRAPPED_LINE_CHARS and not _is_upper_line(nxt):
        return " "
    return None


_MAX_PASSES = 8
#: Past this length a paragraph being joined is seen by `_should_join` through its first and
#: last characters only (all it reads), so joining thousands of lines stays linear.
_VIEW = 100


def clean_text(raw: str) -> str:
    """Return the cleaned text: one paragraph per line, paragraphs separated by one blank line.

    Idempotent: one pass can uncover debris for the next (`__{a}{b}`, `*# x`, a `_{..}` cut
    by a line break and rejoined), so passes repeat until nothing changes (tests/test_fuzz.py).
    Real text is stable after one pass; the cap keeps cleaning linear on adversarial input
    (`_{_{_{...}}}` nested hundreds deep), which may then keep some of its braces."""
    text = _clean_once(raw)
    for _ in range(_MAX_PASSES):
        again = _clean_once(text)
        if again == text:
            break
        text = again
    return text


def _clean_once(raw: str) -> str:
    text = normalize_unicode(raw)
    lines: list[str] = []
    for physical in text.split("\n"):
        for piece in strip_markup(split_glued_words(physical)).split("\n"):
            lines.append(_TRAILING_STRAY_RE.sub("", piece).strip())

    paragraphs: list[str] = []
    parts: list[str] = []           # the paragraph being built, joined once when complete
    head = tail = ""                # its first and last _VIEW characters
    length = 0
    for line in lines:
        if not line:
            continue
        if parts:
            prev = "".join(parts) if length <= 2 * _VIEW else head + tail
            sep = _should_join(prev, line)
            if sep is not None:
                parts += [sep, line]
                length += len(sep) + len(line)
                head = head if len(head) >= _VIEW else (head + sep + line)[:_VIEW]
                tail = (tail + sep + line)[-_VIEW:]
                continue
            paragraphs.append("".join(parts))
        parts, head, tail, length = [line], line[:_VIEW], line[-_VIEW:], len(line)
    if parts:
        paragraphs.append("".join(parts))

    return "\n\n".join(p.strip() for p in paragraphs if p.strip())
