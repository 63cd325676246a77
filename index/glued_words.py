"""Split words that a web copy glued together ("Hội đồng nhân dânchậm nhất", "gửivề").

A Vietnamese word is one syllable: an optional onset, a vowel group and an optional final
consonant. A lower-case token that is not a syllable but is exactly two syllables, the
second with a consonant onset, was two words whose space was lost. Capitalised tokens
(names: "Rơ Châm", "Krông") and tokens that are already syllables are never touched.
"""
from __future__ import annotations

import re
import unicodedata

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)"
_VOWELS = (r"(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|"
           r"oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)")
_CODA = r"(?:ng|c|m|n|p|t)"
#: "ch" and "nh" end a syllable only after a, ê, i (ách, ếch, ích, anh, ênh, inh, oanh, uỳnh)
_PALATAL = r"(?:oa|uê|uy|a|ê|i)(?:ch|nh)"
_SYLLABLE_RE = re.compile(rf"^{_ONSET}?(?:{_PALATAL}|{_VOWELS}{_CODA}?)$")
_ONSET_START_RE = re.compile(rf"^{_ONSET}")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
#: not inside an address or a file name ("@sxd.gov.vn", "ke-hoach.docx")
_TOKEN_RE = re.compile(r"(?<![\w@./\\-])[a-zà-ỹđ]{4,14}(?![\w@/\\-]|\.\w)")


def _toneless(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", word) if ch not in _TONES))


def is_syllable(word: str) -> bool:
    """True when `word` (lower case) has the shape of one Vietnamese syllable."""
    return bool(_SYLLABLE_RE.match(_toneless(word)))


def _split(token: str) -> str:
    if is_syllable(token):
        return token
    cuts = [i for i in range(2, len(token) - 1)
            if is_syllable(token[:i]) and is_syllable(token[i:]) and _ONSET_START_RE.match(_toneless(token[i:]))]
    if not cuts:
        return token
    cut = cuts[-1]      # "thực|hiện" rather than "thự|chiện": the first syllable takes its final
    return f"{token[:cut]} {token[cut:]}"


def split_glued_words(text: str) -> str:
    """The text with each glued pair of syllables split back into two words."""
    return _TOKEN_RE.sub(lambda m: _split(m.group(0)), text)
