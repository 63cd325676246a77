"""Turn Tesseract's words (with their boxes) back into paragraphs.

Tesseract returns one physical line at a time. The cleaner downstream keeps a line that
starts with a capital after a short line as a new paragraph, which is right for converted
files but would cut every scanned paragraph at each wrap. The page's geometry says more:
a line that runs to the right margin continues in the next line; a short line, a centred
line (titles, signature blocks) or a line that starts a list item or heading ends one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The cleaner's list of line starts that open a new paragraph (bullets, "I.", "a)", "Nơi nhận").
from .cleaning import _LIST_START_RE as ITEM_START_RE
from .thresholds import CENTRED_SHARE, COLUMN_GAP_HEIGHTS, MARGIN_PERCENTILES, SHORT_LINE_SHARE

#: A lone word of at most this many letters beside a line, across a column gap, is a speck.
_SPECK_CHARS = 3
#: A line ending a sentence; the next, if it starts with a capital, starts a paragraph.
_SENTENCE_END_RE = re.compile(r"[.:;!?…][)\]”\"']?$")


@dataclass
class OcrWord:
    """One word Tesseract read, with its confidence (0-100) and box in pixels."""

    text: str
    confidence: float
    block: int
    paragraph: int
    line: int
    left: int
    width: int
    top: int
    height: int


@dataclass
class _Line:
    text: str
    left: int
    right: int
    block: int
    columns: bool = False       # two columns side by side (a wide gap between two words)


def _lines(words: list[OcrWord]) -> list[_Line]:
    grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        grouped.setdefault((w.block, w.paragraph, w.line), []).append(w)
    lines = []
    for key in sorted(grouped, key=lambda k: (min(w.top for w in grouped[k]), k)):
        ws = sorted(grouped[key], key=lambda w: w.left)
        height = max(1, sorted(w.height for w in ws)[len(ws) // 2])
        # between words only: a speck read as "|" or "_" is no word (nor a column's edge)
        real = [w for w in ws if any(ch.isalnum() for ch in w.text)]
        gaps = [(b.left - (a.left + a.width), a, b) for a, b in zip(real, real[1:])]
        widest = max(gaps, key=lambda g: g[0]) if gaps else None
        columns = widest is not None and widest[0] > COLUMN_GAP_HEIGHTS * height
        if columns:
            # specks in the space between the two columns are left out, and a "column" of one
            # short word beside a line (a speck read as "F'Ê") is a speck too
            a, b = widest[1], widest[2]
            ws = [w for w in ws if w in real or not a.left < w.left < b.left]
            left, right = [w for w in ws if w.left <= a.left], [w for w in ws if w.left >= b.left]
            for side, other in ((left, right), (right, left)):
                if len(side) == 1 and sum(ch.isalnum() for ch in side[0].text) <= _SPECK_CHARS and len(other) > 1:
                    ws, columns = other, False
        lines.append(_Line(text=" ".join(w.text for w in ws), left=min(w.left for w in ws),
                           right=max(w.left + w.width for w in ws), block=key[0], columns=columns))
    # Tesseract orders blocks itself; within the page, reading order is its block order.
    return sorted(lines, key=lambda ln: ln.block) if lines else lines


def _percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def page_text(words: list[OcrWord]) -> str:
    """The page's text: one paragraph per line, paragraphs separated by a blank line."""
    lines = _lines(words)
    if not lines:
        return ""
    left_margin = _percentile([ln.left for ln in lines], MARGIN_PERCENTILES[0])
    right_margin = _percentile([ln.right for ln in lines], MARGIN_PERCENTILES[1])
    width = max(1, right_margin - left_margin)
    paragraphs: list[list[str]] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None and _continues(previous, line, left_margin, right_margin, width):
            paragraphs[-1].append(line.text)
        else:
            paragraphs.append([line.text])
        previous = line
    return "\n\n".join(" ".join(p) for p in paragraphs)


def _centred(line: _Line, left_margin: int, right_margin: int, width: int) -> bool:
    return line.left - left_margin > CENTRED_SHARE * width and right_margin - line.right > CENTRED_SHARE * width


def _continues(previous: _Line, line: _Line, left_margin: int, right_margin: int, width: int) -> bool:
    """True when `line` carries on the paragraph `previous` belongs to."""
    if previous.columns or line.columns:
        return False        # a row of two columns (a letterhead's halves) stands alone
    if right_margin - previous.right > SHORT_LINE_SHARE * width:
        return False        # the previous line stopped short: its paragraph ended
    if _centred(previous, left_margin, right_margin, width) or _centred(line, left_margin, right_margin, width):
        return False
    if ITEM_START_RE.match(line.text):
        return False
    return not (_SENTENCE_END_RE.search(previous.text) and line.text[:1].isupper())
