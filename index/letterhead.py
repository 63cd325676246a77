"""The header's name block and title block, however their lines wrap.

A letterhead's left cell (Nghị định 30/2020/NĐ-CP, Phụ lục I) holds the managing body, then
the issuing body, each in capitals, and a long name wraps over two or three lines:
"BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ" / "XÂY DỰNG CÁC CÔNG TRÌNH" / "DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH".
A line that starts with an agency's head word starts a new name; any other line continues
the one above. The title block ("KẾ HOẠCH", then the summary over one to four lines) runs
until the first line that reads as body: grounds, a numbered heading, a sentence, a change
of letter case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .casing import in_capitals
from .lexicon import phrase_alternation, word_list

_AGENCY_RE = re.compile(r"^(?:" + "|".join(map(re.escape, word_list("agency_heads.txt"))) + r")(?![\w])")
_LEVELS = word_list("place_levels.txt")
_LEVEL_ALT = "|".join(map(re.escape, _LEVELS))
#: A name ending in a level of government, its place left for the next line or elsewhere.
_ENDS_AT_LEVEL_RE = re.compile(r"(?:^|\s)(?P<level>" + _LEVEL_ALT + r")$", re.IGNORECASE)
#: A people's committee's name is complete once its place is written ("UBND TỈNH AN PHÚ").
_COMMITTEE_WITH_PLACE_RE = re.compile(
    r"^(?:" + phrase_alternation("layout_words.tsv", "committee", space=" ") + r")\s+(?:" + _LEVEL_ALT.upper() + r")\s+\S", re.IGNORECASE)
#: A wrapped line ends on a word that needs the next one.
_OPEN_END_RE = re.compile(r"(?:\s(?:" + phrase_alternation("layout_words.tsv", "open-end", space=" ") + r")|[-–,&])$")
#: A rule line under the issuer or the title ("________", "-----", "***").
RULE_RE = re.compile(r"^[\s_\-–—=*.~]{3,}$")
_EMBEDDED_RULE_RE = re.compile(r"_{3,}|-{4,}|[–—]{3,}|={3,}|\*{3,}")
_PLACE_WORD = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+"
#: The longest a title line may be; a longer line is a paragraph of the body.
MAX_TITLE_LINE = 250


@dataclass(frozen=True)
class LetterheadNames:
    """The issuing body's whole name and the managing body above it, as written."""

    issuer: str | None
    parent: str | None


def without_rules(cell: str) -> str:
    """A line with the other column's rule cut out ("XÂY DỰNG CÁC CÔNG TRÌNH ________" when
    a text layer puts the rule under the motto beside a letterhead line)."""
    return cell if is_rule(cell) else " ".join(_EMBEDDED_RULE_RE.sub(" ", cell).split())


def is_rule(cell: str) -> bool:
    """A line of rule characters only (the short line under the issuer or the title)."""
    return bool(RULE_RE.match(cell))


def letterhead_names(lines: list[str]) -> LetterheadNames:
    """Group the letterhead's capital lines into names: the last is the issuer, the one
    before it (if any) its managing body."""
    names: list[str] = []
    for line in (ln.strip() for ln in lines):
        if not line or is_rule(line):
            continue
        if names and _continues(names[-1], line):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    if not names:
        return LetterheadNames(None, None)
    return LetterheadNames(names[-1], names[-2] if len(names) >= 2 else None)


def _continues(name: str, line: str) -> bool:
    """Does `line` continue the name above it rather than start another body's name?"""
    if _OPEN_END_RE.search(name) or len(line.split()) == 1 or _ENDS_AT_LEVEL_RE.search(name):
        return True       # "… VÀ XÃ" / "HỘI", "CHI CỤC HẢI QUAN KHU VỰC" / "IX", "… TỈNH" / "AN PHÚ"
    if _AGENCY_RE.match(line):
        return False
    return not _COMMITTEE_WITH_PLACE_RE.match(name)


def ends_at_level(name: str) -> str | None:
    """The level word a name ends with ("tỉnh" in "Bệnh viện Đa khoa tỉnh"), or None."""
    m = _ENDS_AT_LEVEL_RE.search(name.strip())
    return m.group("level") if m else None


def place_after_level(level: str, sources: list[str]) -> str | None:
    """The place name written after `level` in the first source that has one
    ("An Phú" from "tại Bệnh viện Đa khoa tỉnh An Phú")."""
    pattern = re.compile(r"(?<![\w])(?i:" + re.escape(level) + r") +(" + _PLACE_WORD + r"(?: " + _PLACE_WORD
                         + r"){0,3})")
    for text in sources:
        m = pattern.search(text or "")
        if m:
            return m.group(1)
    return None


def continues_title(cell: str, parts: list[str], body_start: re.Pattern[str], max_chars: int) -> bool:
    """Is `cell` one more line of the title block whose lines so far are `parts`?

    The block ends at the body's first line (`body_start`: grounds, a numbered heading), a
    rule, a sentence (ending in ".", ":" or ";", or longer than a title line), or a change
    of letter case: a title in capitals goes on in capitals or with a lower-case line; a
    title in mixed case does not go on with a line in capitals."""
    if (not cell or cell.startswith(("\x00", "(")) or is_rule(cell) or body_start.match(cell)
            or cell.endswith((":", ";")) or len(cell) > MAX_TITLE_LINE):
        return False
    if len(" ".join([*parts, cell])) > max_chars:
        return False
    if not parts or cell[0].islower():
        return True
    if cell.endswith(".") or in_capitals(" ".join(parts)) != in_capitals(cell):
        return False
    return True
