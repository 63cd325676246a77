"""The decision's features of how a question names the body or place it is about, against
each document's own metadata (issuer, managing body, number, place, title and the aliases
index/aliases.py generates from them): a body typed by initials no plan's metadata or text
knows, a place no plan the answer comes from holds, a plan named only through its managing
body. An uploaded plan's metadata counts at once; no name list is involved.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .aliases import document_aliases, names_by_number, question_grams
from .answer_context import AnswerContext
from .lexicon import word_list
from .query_initials import could_be_syllable
from .query_lexicon import lexicon
from .rows import DocumentRow
from .vietnamese import STOPWORDS, fold, folded_words

_WORD_RE = re.compile(r"[^\W\d_]+")
#: Capitalised words read after initials or a level as the place they name (initials, then the place).
MAX_PLACE_WORDS = 3
#: Shortest initials read as a name ("CĐ" of "CĐ KTKT" is two letters).
MIN_INITIALS = 2


@lru_cache(maxsize=4096)
def _metadata_text(issuer: str | None, number: str | None, parent: str | None, place: str | None,
                   title: str | None) -> str:
    """A document's metadata as folded phrases joined by " | " (its fields and the aliases
    generated from its issuer, number and managing body), for word and phrase tests."""
    phrases = document_aliases(issuer, number) + document_aliases(parent, None)
    phrases += [folded_words(v) for v in (issuer, parent, place, title, number) if v]
    return " | " + " | ".join(dict.fromkeys(p for p in phrases if p)) + " | "


def metadata_text(doc: DocumentRow) -> str:
    """`_metadata_text` of one document row."""
    return _metadata_text(doc.issuer, doc.number, doc.parent, doc.place, doc.title)


def _words_with_case(text: str) -> list[tuple[str, bool, str]]:
    """Each word of the text, folded, whether it was typed capitalised, and the characters
    between it and the next word (a name does not run across punctuation)."""
    matches = list(_WORD_RE.finditer(text))
    out = []
    for i, m in enumerate(matches):
        gap = text[m.end():matches[i + 1].start()] if i + 1 < len(matches) else ""
        out.append((fold(m.group(0)).lower(), m.group(0)[:1].isupper(), gap))
    return out


def _capitalised_after(words: list[tuple[str, bool, str]], i: int) -> str:
    """The capitalised words typed right after word i, folded (up to MAX_PLACE_WORDS)."""
    run: list[str] = []
    k = i
    while k + 1 < len(words) and len(run) < MAX_PLACE_WORDS and not words[k][2].strip() and words[k + 1][1]:
        k += 1
        run.append(words[k][0])
    return " ".join(run)


def _initials_like(word: str) -> bool:
    """A folded word shaped like no Vietnamese syllable that is no chat word: the initials
    of a name ("bqlda") or a foreign word."""
    return (len(word) >= MIN_INITIALS and word.isalpha() and not could_be_syllable(word)
            and (word,) not in lexicon().chat)


def _reading(ctx: AnswerContext, word: str) -> str:
    """What initials stand for: the corpus name the query stage read them as, the
    lexicon's reading ("ubnd"), or themselves."""
    if ctx.analysis.corrections.get(word):
        return ctx.analysis.corrections[word]
    return " ".join(lexicon().rewrite([word]))


def _corpus_says(ctx: AnswerContext, reading: str) -> bool:
    """Whether the plans' text uses every word of a reading (a unit the plans name in
    their text only, "Ban Thanh tra nhân dân", is known). Stopwords are never looked up
    ("bao" of "báo cáo" folds to one), so they count as said."""
    return all(w in ctx.idf or w in STOPWORDS for w in reading.split())


def unknown_initials(ctx: AnswerContext) -> float:
    """1 when the question names a body by initials whose reading (the lexicon's, the
    corpus name the query stage read them as, or the initials themselves) no document's
    metadata (its fields and aliases) holds and the plans' text does not use; or by
    initials some plans' metadata holds followed by a capitalised name (its place) that
    none of those plans' metadata holds (a body of that kind in another district). Else 0."""
    words = _words_with_case(ctx.analysis.text)
    texts = [metadata_text(d) for d in ctx.documents.values()]
    lex = lexicon()
    # words the lexicon reads as part of a longer rule ("KH và CN", "và" aside) are read with it
    at = [i for i, (w, _, _) in enumerate(words) if w != "va"]
    in_rules = {at[j + k] for j, key in lex.scan([words[i][0] for i in at], lex.rewrites) if key and len(key) > 1
                for k in range(len(key))}
    for i, (word, _, _) in enumerate(words):
        if i in in_rules or not _initials_like(word):
            continue
        reading = _reading(ctx, word)
        keys = {f" {word} ", f" {reading} "}
        own = [t for t in texts if any(k in t or f"{k[:-1]} |" in t for k in keys)]
        if not own:
            if not _corpus_says(ctx, reading):
                return 1.0
            continue
        after = _capitalised_after(words, i)
        if after and not _initials_like(after.split()[0]) and not any(
                f" {after} " in t or f" {after} |" in t for t in own):
            return 1.0
    return 0.0


@lru_cache(maxsize=1)
def _levels() -> tuple[str, ...]:
    """The folded levels of government a place name follows ("tinh", "thanh pho"), longest first."""
    return tuple(sorted({folded_words(w) for w in word_list("place_levels.txt")}, key=len, reverse=True))


def named_places(text: str) -> list[str]:
    """The places a question names: the capitalised words typed after a level of
    government ("tỉnh Hòa Điền" -> "hoa dien"), folded."""
    words = _words_with_case(text)
    out = []
    for i in range(len(words)):
        for level in _levels():
            n = len(level.split())
            if " ".join(w for w, _, _ in words[i:i + n]) == level and all(
                    not g.strip() for _, _, g in words[i:i + n - 1]):
                place = _capitalised_after(words, i + n - 1)
                # a place typed by its initials ("xã ĐTT") is compared by no name
                if place and not any(_initials_like(w) for w in place.split()):
                    out.append(place)
                break
    return out


def unknown_place(ctx: AnswerContext, docs: set[int], evidence: str) -> float:
    """1 when the question names a place (a level and a capitalised name) that none of the
    answer's plans holds in its metadata, nor the answer's evidence: a body of another
    place, whose plan the corpus does not have; 0 when it names none or a known one."""
    places = named_places(ctx.analysis.text)
    if not places or not docs:
        return 0.0
    held = " ".join(metadata_text(ctx.documents[d]) for d in docs if d in ctx.documents)
    held += " " + folded_words(evidence)
    return 1.0 if any(f" {p} " not in f" {held} " for p in places) else 0.0


def named_by_own_metadata(ctx: AnswerContext, docs: set[int]) -> bool:
    """Whether the question names one of these plans by its own issuer's aliases or its
    number, not only through its managing body (or an earlier answer)."""
    query = ctx.analysis
    grams = question_grams(query.raw_folded.split(), query.folded.split())
    for d in docs:
        doc = ctx.documents.get(d)
        if doc is None:
            continue
        if names_by_number(doc.number, query.text):
            return True
        if any(k in grams for k in _own_aliases(doc.issuer, doc.number)):
            return True
    return False


@lru_cache(maxsize=4096)
def _own_aliases(issuer: str | None, number: str | None) -> tuple[str, ...]:
    return tuple(document_aliases(issuer, number))
