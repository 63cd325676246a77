"""Text typed in the pre-Unicode Vietnamese font encodings, turned into Unicode (NFC).

Plans from the 1990s-2000s (and files copied from them since) were typed with TCVN3
("ABC", the `.VnTime` / `.VnArial` fonts: one byte per letter, `Ch\xadíng tr×nh`) or VNI
(`VNI-Times`: a base letter and a mark byte, `Quy cheá daân chuû`). Every reader hands
over such text as the Latin-1 look-alikes of those bytes; the conversion tables are the
`viparse` library's (index/data/README: why that library).

Which encoding: the font the file declares when its format names fonts (.docx, .odt,
.rtf, .doc, web pages), else a score of the text itself: the share of its non-ASCII
words that are not Vietnamese syllables as read and become syllables when converted
(index/data/vietnamese_syllables.txt). Converting proper Unicode text lowers that share
(its words already are syllables), so such text is never converted. Lines are decided
one by one, so a Unicode letterhead above a TCVN3 body keeps its own text.
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from functools import lru_cache

from .formats import ZIP_DAMAGE
from .lexicon import data_json, table_rows, word_list

#: viparse's names of the tables this module converts with.
ENCODINGS = ("tcvn3", "vni")
#: The tone marks, in the order of the tone digit of a syllable key (1 huyền ... 5 nặng).
_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
#: A word for scoring: the text between spaces, without the ASCII punctuation around it
#: (TCVN3's letters include Latin-1 punctuation look-alikes such as "\xad", "¸", "·").
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?/\\|*_-–—…“”‘’"
_WORD_LETTERS = re.compile(r"^[^\W\d_]+$")
_INNER_CAPITAL = re.compile(r"[^\W\d_](?<![A-Z\u00c0-\u00de])[A-Z\u00c0-\u00de]")
#: Characters a legacy text shows (Latin-1 and Windows-1252 upper halves); a text
#: without any is never scored.
_LEGACY_SURFACE = re.compile("[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a]")
#: A font the file declares: its name up to a quote, a semicolon or a tag (XML, RTF, CSS).
_FONT_NAME = re.compile(rb"(?:\.vn|vni[ -])[a-z0-9 _-]{0,30}", re.IGNORECASE)
#: Zip parts where a .docx or .odt declares its fonts (their size bounded by the reader).
_FONT_PARTS = ("word/fontTable.xml", "word/styles.xml", "word/document.xml", "styles.xml", "content.xml")
_MAX_FONT_PART_BYTES = 8 * 1024 * 1024
#: Vietnamese letters beyond Latin-1 (Latin Extended-A/B and the precomposed block, less
#: the few Windows-1252 letters a legacy text can show: Œ œ Š š Ÿ Ž ž ƒ).
_UNICODE_EVIDENCE = re.compile("[\u0100-\u0151\u0154-\u015f\u0162-\u0177\u0179-\u017c\u0193-\u024f\u1ea0-\u1ef9]")


@dataclass(frozen=True)
class LegacyScore:
    """How one text reads under one legacy encoding."""

    encoding: str               # viparse's table name: "tcvn3" or "vni"
    words: int                  # words with a non-ASCII character (the only ones that change)
    improved: int               # not a syllable as read, a syllable once converted
    harmed: int                 # a syllable as read, changed into a non-syllable

    @property
    def share(self) -> float:
        """Improved words less harmed ones, as a share of the non-ASCII words."""
        return (self.improved - self.harmed) / self.words if self.words else 0.0


@dataclass(frozen=True)
class LegacyRepair:
    """The text after conversion, and what was converted."""

    text: str
    encoding: str | None        # None: nothing converted
    lines: int = 0              # lines converted


@dataclass(frozen=True)
class LegacyThresholds:
    """Fitted by scripts/fit_legacy_threshold.py (index/data/legacy_encoding.json)."""

    min_share: float            # a text without a declared font converts at this share or more
    min_words: int              # ... and at least this many improved words


@lru_cache(maxsize=1)
def load_thresholds() -> LegacyThresholds:
    """The fitted detection thresholds shipped as package data."""
    data = data_json("legacy_encoding.json")
    return LegacyThresholds(**{k: data[k] for k in LegacyThresholds.__dataclass_fields__})


def syllable_key(word: str) -> str:
    """A syllable's tone-free lower-case spelling and its tone digit: "Hoà" and "hòa"
    are both "hoa1" (old and new tone placement are the same syllable)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = 0
    for digit, mark in enumerate(_TONES, 1):
        if mark in decomposed:
            tone = digit
            decomposed = decomposed.replace(mark, "")
    return unicodedata.normalize("NFC", decomposed) + str(tone)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(word_list("vietnamese_syllables.txt"))


@lru_cache(maxsize=1)
def _font_prefixes() -> tuple[tuple[str, str], ...]:
    """(lower-case font-name prefix, encoding) from index/data/legacy_fonts.tsv."""
    return tuple((row.cell(0).lower(), row.cell(1)) for row in table_rows("legacy_fonts.tsv"))


def font_encoding(font: str) -> str | None:
    """The legacy encoding a font name implies (".VnTime" tcvn3, "VNI-Times" vni), if any."""
    # a PDF subset tag ("ABCDEF+.VnTime") is not part of the name
    name = re.sub(r"^[A-Z]{6}\+", "", font.strip()).lower()
    return next((enc for prefix, enc in _font_prefixes() if name.startswith(prefix)), None)


def declared_encodings(data: bytes) -> frozenset[str]:
    """The legacy encodings of the fonts a file's bytes declare (any format: a .docx or
    .odt's XML parts, an RTF font table, a .doc's font table in UTF-16, CSS)."""
    sources = [data, data.replace(b"\x00", b"")]       # UTF-16 names of a .doc's table
    if data.startswith(b"PK\x03\x04"):
        sources = _zip_font_parts(data)
    found: set[str] = set()
    for source in sources:
        for match in _FONT_NAME.finditer(source):
            encoding = font_encoding(match.group().decode("ascii", errors="ignore"))
            if encoding:
                found.add(encoding)
    return frozenset(found)


def _zip_font_parts(data: bytes) -> list[bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            return [archive.read(n) for n in _FONT_PARTS
                    if n in names and archive.getinfo(n).file_size <= _MAX_FONT_PART_BYTES]
    # a damaged archive is the reader's to report; here it just declares nothing
    except ZIP_DAMAGE:
        return []


def _convert(text: str, encoding: str) -> str:
    # the table conversion alone: viparse.fix() also tidies spaces, which would shift the
    # words this module aligns before and after
    from viparse.normalize.encodings import CHARMAPS
    from viparse.normalize.tables import convert

    return convert(text, CHARMAPS[encoding])


def _is_syllable(word: str) -> bool:
    # a capital after a small letter ("vÒ": TCVN3 draws some small letters with the
    # bytes of Latin-1 capitals) is no word as written
    if _INNER_CAPITAL.search(word):
        return False
    return syllable_key(word) in _syllables()


def _scored_words(line: str) -> list[str]:
    return [w for w in (t.strip(_EDGE_PUNCT) for t in line.split()) if w and not w.isascii()]


def score_line(line: str, encoding: str) -> LegacyScore:
    """How `line` reads converted from `encoding`, word by word (words are aligned by
    whitespace, which neither encoding changes)."""
    before = _scored_words(line)
    if not before:
        return LegacyScore(encoding, 0, 0, 0)
    after = [w.strip(_EDGE_PUNCT) for w in _convert(" ".join(before), encoding).split()]
    if len(after) != len(before):
        return LegacyScore(encoding, len(before), 0, len(before))
    improved = harmed = 0
    for old, new in zip(before, after):
        if old == new:
            continue
        was, now = _is_syllable(old), bool(_WORD_LETTERS.match(new)) and _is_syllable(new)
        improved += not was and now
        harmed += was and not now
    return LegacyScore(encoding, len(before), improved, harmed)


def score_text(text: str, encoding: str) -> LegacyScore:
    """`score_line` summed over the lines of `text`."""
    words = improved = harmed = 0
    for line in text.splitlines():
        if _LEGACY_SURFACE.search(line):
            s = score_line(line, encoding)
            words, improved, harmed = words + s.words, improved + s.improved, harmed + s.harmed
    return LegacyScore(encoding, words, improved, harmed)


def detect_encoding(text: str, declared: frozenset[str] = frozenset()) -> LegacyScore | None:
    """The legacy encoding `text` is in, or None for Unicode (or too little to tell).

    A declared font's encoding is taken when converting improves the text at all; without
    one, the best encoding must reach the fitted share and number of improved words."""
    if not _LEGACY_SURFACE.search(text):
        return None
    scores = sorted((score_text(text, enc) for enc in ENCODINGS), key=lambda s: s.share, reverse=True)
    for s in scores:
        if s.encoding in declared and s.improved > s.harmed:
            return s
    best, limits = scores[0], load_thresholds()
    if best.share >= limits.min_share and best.improved >= limits.min_words:
        return best
    return None


def repair_legacy_text(text: str, declared: frozenset[str] = frozenset()) -> LegacyRepair:
    """`text` with its legacy-encoded lines converted to Unicode NFC.

    A line holding a Vietnamese letter beyond Latin-1 (ă, ơ, ư, đ, ạ ...: no legacy text
    has one) is Unicode: only its words that are no syllable as read and become one are
    converted (a legacy run inside a Unicode paragraph). Any other line converts whole
    unless that harms more of its words than it mends (a table of numbers, a name)."""
    found = detect_encoding(text, declared)
    if found is None:
        return LegacyRepair(text, None)
    out: list[str] = []
    converted = 0
    for line in text.split("\n"):
        if _LEGACY_SURFACE.search(line):
            new = (_mend_words(line, found.encoding) if _UNICODE_EVIDENCE.search(line)
                   else _mend_line(line, found.encoding))
            converted += new != line
            line = new
        out.append(line)
    return LegacyRepair(unicodedata.normalize("NFC", "\n".join(out)), found.encoding, converted)


def _mend_line(line: str, encoding: str) -> str:
    """One line of a legacy document: converted with the encoding that mends most of its
    words (a file may mix .VnTime and VNI-Times runs), or with the document's when neither
    mends any (words that read as syllables both ways, "Sè" for "Số"); kept when every
    conversion harms more than it mends."""
    scores = [score_line(line, enc) for enc in ENCODINGS]
    best = max(scores, key=lambda s: (s.improved - s.harmed, s.encoding == encoding))
    if best.improved > best.harmed:
        encoding = best.encoding
    elif any(s.encoding == encoding and s.improved < s.harmed for s in scores):
        return line
    converted = _convert(line, encoding)
    if encoding == "tcvn3":
        converted = " ".join(_restore_dropped_u(w) for w in converted.split(" "))
    return _restore_capitals(line, converted)


def _restore_dropped_u(word: str) -> str:
    """TCVN3 writes "ư" as byte 0xAD, the soft hyphen, which some readers (antiword)
    drop: "ph­êng" reaches us as "phêng", converted "phờng". A word that is no syllable
    (or a small-letter ASCII pair such as "nh") gets its "ư" back where that makes it
    one; ASCII capitals (abbreviations) and list marks ("c)") are left alone."""
    core = word.strip(_EDGE_PUNCT)
    if (len(core) < 2 or not core.islower() or not _WORD_LETTERS.match(core) or _is_syllable(core)
            or word.endswith(")")):
        return word
    for i in range(len(core) + 1):
        candidate = core[:i] + "ư" + core[i:]
        if _is_syllable(candidate):
            return word.replace(core, unicodedata.normalize("NFC", candidate), 1)
    return word


def _mend_words(line: str, encoding: str) -> str:
    words = line.split(" ")
    for i, word in enumerate(words):
        core = word.strip(_EDGE_PUNCT)
        if core and not core.isascii() and not _UNICODE_EVIDENCE.search(core) and not _is_syllable(core):
            for enc in sorted(ENCODINGS, key=lambda e: e != encoding):     # the document's first
                new = _convert(core, enc)
                if _WORD_LETTERS.match(new) and _is_syllable(new):
                    words[i] = word.replace(core, new, 1)
                    break
    return " ".join(words)


def _restore_capitals(before: str, after: str) -> str:
    """Capitals set in a TCVN3 capital font (`.VnTimeH`): the letters are typed as the
    lower-case bytes and drawn as capitals, so "HO¹CH" converts to "HOạCH". A word
    whose ASCII letters are all capitals (two or more) is upper-cased; a one-letter word
    next to such a word too ("KÕ HO¹CH" is "KẾ HOẠCH")."""
    old, new = before.split(" "), after.split(" ")
    if len(old) != len(new):
        return after
    capital = [sum(c.isascii() and c.isalpha() for c in o) >= 2 and _all_ascii_upper(o) and n != n.upper()
               for o, n in zip(old, new)]
    words = []
    for i, (o, n) in enumerate(zip(old, new)):
        single = (sum(c.isascii() and c.isalpha() for c in o) == 1 and _all_ascii_upper(o)
                  and ((i > 0 and capital[i - 1]) or (i + 1 < len(new) and capital[i + 1])))
        words.append(n.upper() if capital[i] or single else n)
    return " ".join(words)


def _all_ascii_upper(word: str) -> bool:
    return all(c.isupper() for c in word if c.isascii() and c.isalpha())


def looks_legacy(text: str) -> bool:
    """True when `text` (a plain-text file's bytes read as Windows-1252) is in a legacy
    encoding: the plain-text reader then keeps that reading instead of Windows-1258."""
    return detect_encoding(text) is not None
