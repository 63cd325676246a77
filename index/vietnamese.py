"""Vietnamese text helpers for lexical search: diacritic folding and word segmentation.

Staff often type without diacritics ("han nop bao cao"), so every lexical form is
folded (`hạn nộp` → `han nop`, `đ` → `d`). underthesea's word segmentation adds
compound tokens (`báo_cáo` → `bao_cao`) that reward multi-syllable matches.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

from .lexicon import word_list

logger = logging.getLogger("qcdc.vietnamese")

_WORD_RE = re.compile(r"[0-9a-z_]+")
_HAS_DIACRITIC_RE = re.compile(r"[à-ỹđ]")

#: Function words and question words that carry no topic (folded forms; index/data/stopwords.txt).
STOPWORDS = frozenset(w for line in word_list("stopwords.txt") for w in line.split())


#: The combining diacritical marks block: every one is a nonspacing mark (Mn), and no
#: character below it is one.
_COMBINING_RE = re.compile("[\u0300-\u036f]")
#: Characters beyond that block (dashes, quotes, other scripts: some may be marks too).
_BEYOND_COMBINING_RE = re.compile("[^\u0000-\u036f]")


@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Lower-case and strip Vietnamese diacritics: `Hạn nộp Báo cáo` → `han nop bao cao`."""
    # every nonspacing mark (Mn) goes: the block Vietnamese uses in one regex pass, then
    # any other mark among the few distinct characters beyond it, instead of a category
    # lookup for each character
    text = _COMBINING_RE.sub("", unicodedata.normalize("NFD", text.lower()))
    marks = {ch for ch in set(_BEYOND_COMBINING_RE.findall(text)) if unicodedata.category(ch) == "Mn"}
    if marks:
        text = "".join(ch for ch in text if ch not in marks)
    return text.replace("đ", "d")


def has_diacritics(text: str) -> bool:
    """True when the text carries Vietnamese diacritics (so segmentation is meaningful)."""
    return bool(_HAS_DIACRITIC_RE.search(unicodedata.normalize("NFC", text.lower())))


def syllables(text: str) -> list[str]:
    """Folded syllable tokens (letters and digits)."""
    # `06` and `6` are the same number to a reader: `báo cáo 06 tháng` ~ `6 thang`.
    return [t.lstrip("0") or "0" if t.isdigit() else t for t in _WORD_RE.findall(fold(text).replace("_", " "))]


@lru_cache(maxsize=50_000)
def folded_words(text: str) -> str:
    """The folded syllables as one string (`Báo cáo 06 tháng` → `bao cao 6 thang`): the
    form in which a phrase is looked for inside another, or two names are compared.
    Cached: the same passages, units and issuers are folded for every question."""
    return " ".join(syllables(text))


#: underthesea pipelines this project never calls. `import underthesea` imports them all
#: eagerly, and its translation pipeline pulls in transformers and torch (4 of the 4.5 s
#: the import took, measured with `python -X importtime`); underthesea skips optional
#: pipelines whose import fails, which a None entry in sys.modules makes happen.
_UNUSED_UNDERTHESEA_PIPELINES = (
    "underthesea.pipeline.translate", "underthesea.pipeline.classification",
    "underthesea.pipeline.sentiment", "underthesea.pipeline.lang_detect",
    "underthesea.pipeline.dependency_parse", "underthesea.agent", "underthesea.address",
)


def _word_tokenize():  # -> underthesea's word_tokenize
    import sys

    if "underthesea" not in sys.modules:
        for name in _UNUSED_UNDERTHESEA_PIPELINES:
            sys.modules.setdefault(name, None)  # type: ignore[arg-type]
    from underthesea import word_tokenize  # lazy: 0.5 s import

    return word_tokenize


@lru_cache(maxsize=4096)
def _segment_cached(text: str) -> tuple[str, ...]:
    word_tokenize = _word_tokenize()
    try:
        words = word_tokenize(text)
    except Exception as exc:  # noqa: BLE001 - underthesea can choke on odd input; syllables still work
        logger.warning("word segmentation failed (%s: %s); compounds skipped for this text",
                       type(exc).__name__, str(exc)[:200])
        return ()
    out = []
    for w in words:
        parts = _WORD_RE.findall(fold(w))
        if len(parts) > 1:
            out.append("_".join(parts))
    return tuple(out)


def compounds(text: str) -> list[str]:
    """Folded multi-syllable words from underthesea (`báo cáo` → `bao_cao`).

    Only meaningful on text with diacritics; for folded input it returns nothing
    rather than the poor segmentation underthesea gives there.
    """
    text = unicodedata.normalize("NFC", text)
    if not has_diacritics(text):
        return []
    return list(_segment_cached(text))


#: Bumped when `lexical_form` changes, so stored forms are recomputed at the next start.
LEXICAL_VERSION = "2"


def lexical_form(text: str) -> str:
    """The string stored in the FTS index: folded syllables, adjacent-syllable pairs
    (`bao_cao`, matched as plain tokens: faster than phrase queries, and the same with or
    without diacritics), and underthesea's longer compounds (`quy_che_dan_chu`)."""
    sylls = syllables(text)
    longer = [c for c in compounds(text) if c.count("_") >= 2]
    return " ".join(sylls + bigrams(sylls) + longer)


def bigrams(tokens: list[str]) -> list[str]:
    """Adjacent pairs as `a_b`, the same shape as compound tokens."""
    return [f"{a}_{b}" for a, b in zip(tokens, tokens[1:])]
