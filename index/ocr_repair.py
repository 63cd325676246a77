"""Repairs for the confusions Tesseract makes in numbers, dates and the "Số:" line.

Only tokens that are already mostly digits are touched: a letter that looks like a digit
(`O`, `o` for 0; `l`, `I`, `|` for 1) inside `2O24` or `l0/11` becomes the digit; spaces
Tesseract puts around the slashes of a date are removed. A date that stays impossible
(month 13, day 32) is left as read, so the date parser ignores it: nothing here guesses
a digit it cannot see.
"""
from __future__ import annotations

import re
from typing import Callable

from .ocr_layout import OcrWord
from .thresholds import NUMBER_DIGIT_SHARE

_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_LOOK = "0-9OolI|"
#: `l0/11`, `2O/5/2O24`, `15.6.2025`: digit groups joined by / . - with look-alike letters.
_DATE_LIKE_RE = re.compile(rf"(?<![\w/])[{_LOOK}]{{1,4}}(?:[/.\-][{_LOOK}]{{1,4}}){{1,2}}(?![\w/])")
#: A year standing alone: `2O24`, `2o23`.
_YEAR_LIKE_RE = re.compile(rf"(?<!\w)(?:1[9]|2[0O])[{_LOOK}]{{2}}(?!\w)")
#: `20 / 5 / 2024`, `20/ 5`: a date with spaces around its slashes.
_SPACED_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])")
#: `20/1 1/2025`: a space Tesseract put inside a blurred two-digit month.
_SPLIT_MONTH_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d) (\d)/(\d{4})(?![\d/])")
#: `S ố:`, `Sô:`, `SỐ :`, `Số;` at the start of a line: the document number's label.
_NUMBER_LABEL_RE = re.compile(r"^\s*S\s?[ốôỐÔoó]\s*[:;.]\s*", re.MULTILINE)
#: A Roman-numeral heading whose I's or dot were misread: `IL TỔ CHỨC`, `Il. NỘI DUNG`.
_ROMAN_HEADING_RE = re.compile(r"^([IlL1|]{1,3})[.,]?[ \t]+(?=(\w{2,}))", re.MULTILINE)
#: The label left alone on its line, the number on the next one.
_BROKEN_NUMBER_RE = re.compile(r"^Số:\s*\n+\s*(?=\d|/)", re.MULTILINE)


def _digits_share(token: str) -> float:
    return sum(ch.isdigit() for ch in token) / max(1, sum(ch.isalnum() or ch == "|" for ch in token))


def _fix_token(match: re.Match[str]) -> str:
    token = match.group(0)
    # `Il.` or `I.-I` are headings and debris, not numbers (see NUMBER_DIGIT_SHARE)
    if _digits_share(token) < NUMBER_DIGIT_SHARE:
        return token
    return token.translate(_LOOKALIKE)


def _join_spaced(match: re.Match[str]) -> str:
    day, month, year = match.group(1), match.group(2), match.group(3)
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match.group(0)    # `3 / 4` of a fraction or a count: leave it
    return f"{day}/{month}/{year}" if year else f"{day}/{month}"


def _fix_heading(match: re.Match[str]) -> str:
    numeral, word = match.group(1), match.group(2)
    if not word.isupper() or numeral == "1":
        return match.group(0)       # not a heading of capitals, or a real "1 ..." line
    return "I" * len(numeral) + ". "


#: A list marker ("1.", "2.1.", "3)") opening a line: structure, not a number to guard.
_LIST_MARKER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]$")


def same_digits(first: str, second: str) -> bool:
    """True when two readings of a number agree on its digits and separators."""
    def key(text: str) -> str:
        return re.sub(r"[^0-9/.\-]", "", repair_ocr_text(text)).strip(".-")
    return bool(key(first)) and key(first) == key(second)


def mask_unsure_numbers(words: list[OcrWord], min_confidence: float,
                        confirm: Callable[[OcrWord], bool] | None = None) -> int:
    """Replace the digits of every number Tesseract was unsure of with "?", so that no date
    is read from a guess (the admin is told how many were left out); returns how many.
    `confirm(word)` may read the number a second time: when both readings agree it is
    kept. Line-opening list markers are kept: they carry the document's structure."""
    first_in_line: dict[tuple[int, int, int], OcrWord] = {}
    for w in words:
        key = (w.block, w.paragraph, w.line)
        if key not in first_in_line or w.left < first_in_line[key].left:
            first_in_line[key] = w
    masked = 0
    for w in words:
        if w.confidence >= min_confidence or not any(ch.isdigit() for ch in w.text):
            continue
        if first_in_line[(w.block, w.paragraph, w.line)] is w and _LIST_MARKER_RE.match(w.text):
            continue
        if confirm is not None and confirm(w):
            continue
        w.text = re.sub(r"\d", "?", w.text)
        masked += 1
    return masked


def _join_split_month(match: re.Match[str]) -> str:
    day, month = int(match.group(1)), int(match.group(2) + match.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    return f"{match.group(1)}/{match.group(2)}{match.group(3)}/{match.group(4)}"


def repair_ocr_text(text: str) -> str:
    """Apply the OCR repairs to one page's text (before the usual cleaning)."""
    text = _DATE_LIKE_RE.sub(_fix_token, text)
    text = _YEAR_LIKE_RE.sub(_fix_token, text)
    text = _SPLIT_MONTH_RE.sub(_join_split_month, text)
    text = _SPACED_DATE_RE.sub(_join_spaced, text)
    text = _ROMAN_HEADING_RE.sub(_fix_heading, text)
    text = _NUMBER_LABEL_RE.sub("Số: ", text)
    text = _BROKEN_NUMBER_RE.sub("Số: ", text)
    return text
