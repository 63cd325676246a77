"""The agencies a question names, and every agency name the plans hold (whether the plans
know a mention is index/known_agencies.py).

A question about "Sở X" or "huyện Y" that no plan mentions as issuer, place, responsible
unit, recipient or addressee is usually out of scope even when its deliverable ("báo cáo
6 tháng") is one the plans know. The heads that start an agency's name are language data
(index/data/agency_mention_heads.txt); the known names come from the indexed documents
and obligations, so an uploaded plan's agencies are known as soon as it is indexed.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .aliases import ALL_LEVELS
from .lexicon import word_list
from .query_lexicon import lexicon
from .rows import DocumentRow, ObligationRow
from .vietnamese import STOPWORDS, fold, has_diacritics, syllables

#: Name words kept after an agency's head ("Sở" + "Y tế"): enough to tell agencies apart.
MAX_NAME_WORDS = 2
#: Capitalised words read past a name's end as its tail (a place is one to three words).
MAX_TAIL_WORDS = 3
_WORD_RE = re.compile(r"[^\W_]+")
#: Names do not run across punctuation ("các sở, ngành" names no agency "sở ngành").
_SEGMENT_RE = re.compile(r"[,.;:?!()\[\]\"“”/\\|–-]+")


def _words(text: str, *, lower: bool = True) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    return _WORD_RE.findall(text.lower() if lower else text)


def _head_entries(*, marked_only: bool) -> list[str]:
    """The heads of the data file; `marked_only`: those after "marked:", matched only as
    typed with diacritics (folded, "đài" is also "dài", "đại")."""
    out = []
    for e in word_list("agency_mention_heads.txt"):
        if e.startswith(("stop:", "not:")):
            continue
        if e.startswith("marked:"):
            out.append(e[len("marked:"):])
        elif not marked_only:
            out.append(e)
    return out


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], ...]:
    """Each head as lower-case words with diacritics, longest first."""
    heads = {tuple(_words(entry)) for entry in _head_entries(marked_only=False)}
    return tuple(sorted((h for h in heads if h), key=len, reverse=True))


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """Every folded word of a head ("so", "van", "phong", ...), after the lexicon."""
    return frozenset(w for h in _folded_heads() for w in lexicon().rewrite(list(h)))


@lru_cache(maxsize=1)
def _not_agency() -> frozenset[tuple[str, ...]]:
    """Folded word pairs whose second word is a head but which name no agency ("cơ sở")."""
    return frozenset(tuple(fold(w) for w in _words(e[len("not:"):]))
                     for e in word_list("agency_mention_heads.txt") if e.startswith("not:"))


@lru_cache(maxsize=2)
def _name_stops(marked: bool = False) -> frozenset[str]:
    """The words that end a name, and the stopwords: folded, or as typed with diacritics
    (`marked`), where "đẳng" or "đầu" is not the stopword "đang" or "đâu" it folds to."""
    stops = [w for e in word_list("agency_mention_heads.txt") if e.startswith("stop:")
             for w in _words(e[len("stop:"):])]
    if marked:
        return frozenset(stops) | frozenset(w for line in word_list("stopwords_marked.txt")
                                            for w in _words(line))
    return frozenset(fold(w) for w in stops) | STOPWORDS


@lru_cache(maxsize=1)
def _folded_heads() -> tuple[tuple[str, ...], ...]:
    marked = {tuple(_words(e)) for e in _head_entries(marked_only=True)}
    return tuple(sorted({tuple(fold(w) for w in h) for h in _heads() if h not in marked}, key=len, reverse=True))


def _head_at(words: list[str], i: int, heads: tuple[tuple[str, ...], ...]) -> int:
    for head in heads:
        if tuple(words[i:i + len(head)]) == head:
            return len(head)
    return 0


def normal_name(text: str) -> str:
    """An agency name folded and read through the lexicon, "và" left out: the form in
    which question mentions and the corpus's names are compared."""
    return " ".join(t for t in lexicon().rewrite(syllables(text)) if t != "va")


@dataclass(frozen=True)
class Mention:
    """An agency a question names: its normal name and the two folded words before it
    (nearest first), which say whether it is named as a recipient ("gửi các Sở")."""

    name: str
    before: tuple[str, ...] = ()
    #: typed without diacritics: its head may be another word ("ban" is also "bản")
    ambiguous: bool = False
    #: capitalised words typed after the name ("Sở Y tế Hà Nội": "ha noi"): what tells
    #: two agencies of one kind apart, usually their place
    tail: str = ""
    #: how many words of `name` are its head ("so" of "so y te")
    head_len: int = 1
    #: typed right after the mention before it, only name words between ("Sở Y tế" "tỉnh An Phú")
    adjacent: bool = False
    #: the place a level typed right after the name gives ("tỉnh An Phú": "an phu")
    place: str = ""


def _segment_mentions(typed: list[str], folded: list[str], capital: list[bool],
                      heads: tuple[tuple[str, ...], ...], stops: frozenset[str]) -> list[Mention]:
    lex = lexicon()
    # positions where a question cue or chat phrase starts ("số hiệu", "số điện thoại",
    # "hạn"): no agency name starts or continues there
    cue_at = {i for i, key in lex.scan(folded, lex.phrase_stops) if key}
    cue_at |= {i for i in range(1, len(folded)) if (folded[i - 1], folded[i]) in _not_agency()}
    out: list[Mention] = []
    stop = -1      # where the last mention's words end
    i = 0
    while i < len(typed):
        n = 0 if i in cue_at else _head_at(typed, i, heads)
        if not n:
            i += 1
            continue
        start, last = i, i
        before = tuple(folded[max(0, start - 2):start][::-1])
        i += n
        while i < len(typed) and i not in cue_at and (m := _head_at(typed, i, heads)):
            last, i = i, i + m
        end = i
        while (end < len(typed) and end - i < MAX_NAME_WORDS + 2 and end not in cue_at
               and (capital[end] or typed[end] not in stops) and not folded[end].isdigit()
               and not _head_at(typed, end, heads)):
            end += 1
        head_len = len(lex.rewrite(folded[last:i]))
        # a long name's place may come after the words the name keeps: capitalised words
        # go on ("Trường Cao đẳng Kỹ thuật Hòa Lạc")
        tail_end = end
        while (tail_end < len(typed) and tail_end - end < MAX_TAIL_WORDS and tail_end not in cue_at
               and capital[tail_end] and not folded[tail_end].isdigit() and not _head_at(typed, tail_end, heads)):
            tail_end += 1
        # only name words between the last mention and this one: this one goes on with it
        # ("và" included: a name's rest past the words it keeps, "và Công nghệ")
        adjacent = 0 <= stop <= start and start - stop <= MAX_NAME_WORDS + 2 and not any(
            k in cue_at or (typed[k] in stops and folded[k] != "va") for k in range(stop, start))
        if end > i:
            name = [t for t in lex.rewrite(folded[last:end]) if t != "va"]
            out.append(Mention(" ".join(name[: head_len + MAX_NAME_WORDS]), before,
                               tail=_tail(folded, capital, last, i, tail_end, head_len), head_len=head_len,
                               adjacent=adjacent))
        elif i - start > 1:
            # a run of heads alone ("UBND xã", "Tỉnh đoàn") is a name; one bare generic
            # head ("gửi Sở", "các phòng") refers to no agency in particular
            out.append(Mention(" ".join(t for t in lex.rewrite(folded[start:i]) if t != "va"), before,
                               adjacent=adjacent))
        stop = max(end, i, tail_end)
        i = max(end, i)
    return out


def _tail(folded: list[str], capital: list[bool], last: int, i: int, end: int, head_len: int) -> str:
    """The capitalised words typed after what the name keeps (its first MAX_NAME_WORDS
    after the head, read through the lexicon), as a normal name: the longest run of
    capitalised words ("và" aside) ending the name whose reading is the name's end.
    "" when there is none (words typed in lower case may be any words after a name)."""
    lex = lexicon()
    full = [t for t in lex.rewrite(folded[last:end]) if t != "va"]
    for k in range(i, end):
        if not all(capital[m] or folded[m] == "va" for m in range(k, end)):
            continue
        run = [t for t in lex.rewrite(folded[k:end]) if t != "va"]
        if run and len(full) - len(run) >= head_len + MAX_NAME_WORDS and full[-len(run):] == run:
            return " ".join(run)
    return ""


def agency_mentions(text: str) -> list[Mention]:
    """Normal names (`normal_name`) of the agencies, levels and institutions a question names.

    Typed with diacritics, heads are matched as typed ("sở" is not "số"); typed without
    them, folded. A name ends at a stopword, a question cue, a number or another head."""
    typed_marks = has_diacritics(text)
    heads = _heads() if typed_marks else _folded_heads()
    out: list[Mention] = []
    for segment in _SEGMENT_RE.split(text):
        typed = _words(segment)
        folded = [fold(w) for w in typed]
        # a capitalised word inside a name is part of it, even one that folds to a
        # function word ("Tài chính", "Tư pháp")
        capital = [w[:1].isupper() for w in _words(segment, lower=False)]
        out += _segment_mentions(typed if typed_marks else folded, folded, capital, heads,
                                 _name_stops(marked=typed_marks))
    if not typed_marks:
        out = [replace(m, ambiguous=True) for m in out]
    return list(dict.fromkeys(m for m in out if m.name))


def with_places(mentions: list[Mention]) -> list[Mention]:
    """The mentions with a level and place typed right after an agency's name ("Sở Y tế"
    "tỉnh An Phú") read as that agency's place: one agency of that place, not two
    mentions, one of them a place some plan knows."""
    out: list[Mention] = []
    for m in mentions:
        words = m.name.split()
        level = next((lv for lv in ALL_LEVELS if m.name.startswith(lv + " ")), None)
        prev = out[-1] if out else None
        if m.adjacent and level and prev is not None and not prev.place and len(words) > len(level.split()):
            out[-1] = replace(prev, place=" ".join(words[len(level.split()):]))
            continue
        out.append(m)
    return out


def known_agency_text(documents: Iterable[DocumentRow], obligations: Iterable[ObligationRow],
                      bodies: Iterable[str] = ()) -> str:
    """Every agency name the corpus holds (issuers, managing bodies, titles, places, recipients, the units
    and addressees of its duties), normal names joined by " | " for substring tests.

    `bodies`: the plans' passages as folded syllables in reading order (the lexical
    index's form). A unit a plan names only in its text ("Phòng Đào tạo chủ trì ...") is
    known too; they follow the names after a " || " (`names_part` leaves them out). The
    issuers, with their place, close the names after a " ## " (`issuers_part`)."""
    names: list[str] = []
    issuers: list[str] = []
    place: dict[int, str] = {}
    for d in documents:
        place[d.id] = d.place or ""
        issuers.append(_with_place(_with_place(d.issuer or "", d.place), _parent_place(d.parent)))
        own = [d.issuer or "", d.parent or "", d.title or ""]
        try:
            own += [str(r) for r in json.loads(d.recipients or "[]")]
        except json.JSONDecodeError:
            pass   # a malformed recipients field names nothing; the document still counts
        names += [d.place or ""] + [_with_place(n, d.place) for n in own]
    for ob in obligations:
        names += [_with_place(n, place.get(ob.document_id)) for n in (ob.who or "", ob.to_whom or "")]
    known = " | " + " | ".join(normal_name(n) for n in dict.fromkeys(names) if n) + " | "
    known += " ## " + " | ".join(normal_name(n) for n in dict.fromkeys(issuers) if n) + " | "
    lex = lexicon()
    text = [" ".join(lex.rewrite([w for w in body.split() if "_" not in w])) for body in bodies]
    return known + (" || " + " | ".join(text) + " | " if text else "")


def _parent_place(parent: str | None) -> str | None:
    """The place the managing body's name ends with ("UBND tỉnh An Phú": "An Phú"): a
    commune's plan is also its province's ("xã X tỉnh An Phú")."""
    words = (parent or "").split()
    for i in range(1, len(words)):
        if f" {fold(' '.join(words[:i]))}".endswith(tuple(f" {lv}" for lv in ALL_LEVELS)) and words[i][:1].isupper():
            return " ".join(words[i:])
    return None


def _with_place(name: str, place: str | None) -> str:
    """A name the plan writes, followed by the plan's place unless it says it: the agencies a
    plan names are of its place ("Sở Y tế" of a provincial centre's plan is its province's)."""
    if not name or not place or fold(place) in fold(name):
        return name
    return f"{name} {place}"


def names_part(known: str) -> str:
    """The names of `known_agency_text`, without the passages' text."""
    return known.split(" || ", 1)[0]


def issuers_part(known: str) -> str:
    """The plans' issuers of `known_agency_text`, each with its place."""
    names = names_part(known)
    return names.split(" ## ", 1)[1] if " ## " in names else ""
