"""Letter case for names a document writes in capitals (letterheads, signature blocks).

A letterhead says `CÔNG TY TNHH MTV CẤP NƯỚC AN BÌNH`; answers and citations should say
`Công ty TNHH MTV Cấp nước An Bình`. The document is the best witness of its own names, so
each word of a name in capitals is written, in this order:

1. as the body writes it: every run of two or more words of the name found in the body's
   mixed-case lines (compared by `spelling_key`) votes for the case of each word it covers,
   weighted by the run's length. A case that carries no information is not counted: the
   first word of a sentence or line (unless the name goes on capitalised), a lower-case word
   in a run that does not start with a capital of its own (common-noun use: "tình hình tài
   chính" says nothing about "Sở Tài chính"), a run's first capital that the word before it
   explains ("Luật Thực hiện ...", "Phòng Tài chính"), words shouted in capitals. An
   abbreviation matches the words it stands for ("TNHH" = "trách nhiệm hữu hạn") and votes
   for none of them;
2. an acronym (an `acronym` or `abbr` of index/data/org_words.tsv, an abbreviation of
   index/data/lexicon.tsv, a Roman numeral) in capitals always; a word with no Vietnamese
   syllable's shape in capitals unless the body writes it otherwise ("Ia Drang");
3. by the naming convention of organisations (index/data/org_words.tsv describes it); a word
   the body capitalises mid-sentence more often than not is a proper name's syllable.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import table
from .vietnamese import fold

_WORD = r"[^\W_]+(?:['’&][^\W_]+)*"
#: words, the punctuation a name may hold (matched like words), and what ends a sentence or clause
_TOKEN_RE = re.compile(rf"(?P<word>{_WORD})|(?P<join>[,&/\-–])|(?P<stop>[.;:!?()\[\]\"“”…|])")
#: onset, vowels, coda of a Vietnamese syllable, folded ("nghieng", "thuy", "quang")
_SYLLABLE_RE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                          r"[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$")
_ROMAN_RE = re.compile(r"^[IVXLC]{1,6}$")
_MIN_RUN = 2
#: the five tone marks, combining (NFD); the vowel marks (ă â ê ô ơ ư) are not among them
_TONES = "\u0300\u0301\u0303\u0309\u0323"


@lru_cache(maxsize=50_000)
def spelling_key(word: str) -> str:
    """A word compared whatever its case and wherever its tone mark sits (`THUỶ`, `thủy`):
    lower case, the tone moved to the end. Folding diacritics away would make `tài` and
    `tại`, `chợ` and `cho` one word."""
    nfd = unicodedata.normalize("NFD", word.lower())
    tones = "".join(c for c in nfd if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES)) + tones


@dataclass(frozen=True)
class Token:
    """One word or mark of a line; `initial` when its case says nothing (a sentence's first word)."""

    text: str
    key: str          # spelling_key(text)
    word: bool
    initial: bool
    start: int
    end: int
    abbrev: bool = False   # one word of an abbreviation's expansion: it matches, its case says nothing
    origin: int = -1       # in a name: the index of the token it stands for


def tokenize(line: str) -> list[Token]:
    """The words and marks of one line, the first word of each sentence or clause flagged."""
    out: list[Token] = []
    initial = True
    for m in _TOKEN_RE.finditer(line):
        text = m.group(0)
        if m.group("word"):
            out.append(Token(text, spelling_key(text), True, initial, m.start(), m.end()))
            initial = False
        else:
            out.append(Token(text.replace("–", "-"), text.replace("–", "-"), False, False, m.start(), m.end()))
            initial = initial or bool(m.group("stop"))
    return out


@dataclass(frozen=True)
class _Rules:
    """index/data/org_words.tsv read: phrase key → kind, and the fixed spellings."""

    kinds: dict[tuple[str, ...], str]
    fixed: dict[tuple[str, ...], tuple[str, ...]]
    acronyms: frozenset[str]
    longest: int
    expansions: dict[str, tuple[str, ...]]    # abbreviation key → the keys of what it stands for


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    kinds: dict[tuple[str, ...], str] = {}
    fixed: dict[tuple[str, ...], tuple[str, ...]] = {}
    acronyms: set[str] = set()
    expansions: dict[str, tuple[str, ...]] = {}
    for row in table("lexicon.tsv"):
        if row[0] == "abbr" and re.fullmatch(r"[^\W_]+(?:&[^\W_]+)*", row[1]):
            acronyms.add(spelling_key(row[1]))
            expansions[spelling_key(row[1])] = tuple(t.key for t in tokenize(row[2]))
    for kind, phrase, *meaning in table("org_words.tsv"):
        key = tuple(spelling_key(w) for w in phrase.split())
        if kind in ("acronym", "abbr"):
            acronyms.add(spelling_key(phrase))
            if meaning:     # written out as names are: "và" kept, unlike the query lexicon
                expansions[spelling_key(phrase)] = tuple(t.key for t in tokenize(meaning[0]))
        else:
            kinds[key] = kind
        if kind == "fixed":
            fixed[key] = tuple(phrase.split())
    return _Rules(kinds, fixed, frozenset(acronyms), max(len(k) for k in kinds), expansions)


def _expanded(tokens: list[Token]) -> list[Token]:
    """The tokens with each abbreviation replaced by what it stands for ("TNHH" → "trách nhiệm
    hữu hạn"), so "Công ty TNHH ..." and "CÔNG TY TRÁCH NHIỆM HỮU HẠN ..." are one run."""
    expansions = _rules().expansions
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        keys = expansions.get(tok.key) if tok.word else None
        if keys is None:
            out.append(replace(tok, origin=i))
        else:
            out += [Token(tok.text, k, True, tok.initial, tok.start, tok.end, abbrev=True, origin=i) for k in keys]
    return out


def _known_acronym(word: str) -> bool:
    """An abbreviation of the data files, or a Roman numeral."""
    return spelling_key(word) in _rules().acronyms or _ROMAN_RE.match(word) is not None


def is_acronym(word: str) -> bool:
    """`TNHH`, `KH&CN`, `UBND`, `XII`: an abbreviation, kept in capitals. A word carrying a
    Vietnamese vowel mark (`KRÔNG`, `ĐẮK`) is a syllable even when its spelling is not native."""
    folded = fold(word)
    if _known_acronym(word):
        return True
    if folded.isdigit() or "'" in word or "’" in word:
        return False
    if any(fold(ch) != ch.lower() for ch in word if ch.lower() != "đ"):
        return False          # a vowel mark: a syllable
    return "&" in word or _SYLLABLE_RE.match(folded) is None


def in_capitals(text: str) -> bool:
    """True for a text with letters, all of them capitals (`VĂN PHÒNG SỞ`)."""
    return text.upper() == text and any(ch.isalpha() for ch in text)


def _case_of(text: str) -> str:
    """The vote a written word casts: `upper`, `title`, `lower`, or its own pattern (`H'Mông`)."""
    if len(text) > 1 and text.isupper():
        return "upper"
    if text[:1].isupper() and text[1:] == text[1:].lower():
        return "title"
    if text == text.lower():
        return "lower"
    return "".join("U" if c.isupper() else "l" for c in text)


def _apply(case: str, word: str) -> str:
    """`word` written in `case` (a `_case_of` value)."""
    if case == "upper":
        return word.upper()
    if case == "lower":
        return word.lower()
    if case != "title" and len(case) == len(word):
        return "".join(c.upper() if m == "U" else c.lower() for m, c in zip(case, word))
    return _cap(word)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


#: ends each cell of the body, so no run of words crosses a line
_CELL_END = Token("|", "|", False, False, 0, 0)


class NameCasing:
    """How one document writes names in mixed case, to write its capitalised names the same way."""

    def __init__(self, text: str) -> None:
        self._tokens: list[Token] = []
        for line in text.split("\n"):
            for cell in line.split("|"):
                if not any(ch.islower() for ch in cell):      # a line in capitals says nothing about case
                    continue
                self._tokens += _expanded(tokenize(cell))
                self._tokens.append(_CELL_END)
        self._where: dict[str, list[int]] = defaultdict(list)
        self._capital: Counter[str] = Counter()
        self._lower: Counter[str] = Counter()
        for i, tok in enumerate(self._tokens):
            self._where[tok.key].append(i)
            if not tok.word or tok.abbrev or tok.initial or not tok.text[:1].isalpha():
                continue
            if tok.text[0].islower():
                self._lower[tok.key] += 1
            elif not (self._tokens[i + 1].word and self._tokens[i + 1].text[0].islower()):
                # a proper name's syllable, not the head of a name ("Công ty", "Hội nghị")
                self._capital[tok.key] += 1

    def case(self, line: str) -> str:
        """`line` with each word in the case the document (or the convention) writes it;
        a line that is not all in capitals is returned as it is."""
        if not in_capitals(line):
            return line
        name = tokenize(line)
        words = [i for i, t in enumerate(name) if t.word]
        if not words:
            return line
        shaped, locked = convention(name)
        votes = self._votes(_expanded(name), len(name), len(words))
        out, last = [], 0
        for i in words:
            tok, text = name[i], shaped[i]
            if i not in locked:
                best = votes[i].most_common(2)
                clear = best and (len(best) == 1 or best[0][1] > best[1][1])
                if clear and not (best[0][0] == "lower" and text.isupper()):    # an acronym is never lowered
                    text = _apply(best[0][0], tok.text)
                elif not best and text.islower() and (tok.key,) not in _rules().kinds \
                        and self._capital[tok.key] > self._lower[tok.key]:
                    text = _cap(text)       # a proper name: the body capitalises it wherever it writes it
            if i == words[0]:
                text = text[:1].upper() + text[1:]
            out.append(line[last:tok.start] + text)
            last = tok.end
        return "".join(out) + line[last:]

    def _votes(self, name: list[Token], n_tokens: int, n_words: int) -> list[Counter[str]]:
        """For each token of the name (`name` expanded, its tokens' `origin` set), the body's
        informative spellings of it, by weight."""
        votes: list[Counter[str]] = [Counter() for _ in range(n_tokens)]
        body = self._tokens
        for j, tok in enumerate(name):
            if not tok.word:
                continue
            for i in self._where.get(tok.key, ()):
                if j > 0 and i > 0 and body[i - 1].key == name[j - 1].key:
                    continue          # inside a run counted from its start
                k = 0
                while j + k < len(name) and i + k < len(body) and body[i + k].key == name[j + k].key:
                    k += 1
                run = [(body[i + d], j + d) for d in range(k) if body[i + d].word]
                if len(run) < min(_MIN_RUN, n_words):
                    continue
                # a run that starts with a capital mid-sentence names something (so does the
                # name's own start, at length): all its words count; otherwise only its
                # capitals do ("xã Tân An", not "tình hình tài chính")
                lead = run[0][0]
                mention = lead.text[0].isupper() and (not lead.initial or (j == 0 and len(run) >= 3))
                # "Luật Thực hiện ...", "Phòng Tài chính": a capital the body's own name before it explains
                explained = j > 0 and i > 0 and body[i - 1].word and body[i - 1].text[0].isupper()
                for pos, (written, nj) in enumerate(run):
                    if explained and pos == 0:
                        mention = False
                        continue
                    if written.abbrev or name[nj].abbrev:
                        continue      # an abbreviation spells no case of the words it stands for
                    target = name[nj].origin
                    case = _case_of(written.text)
                    if case == "upper" and not is_acronym(written.text):
                        continue      # a word shouted in capitals
                    if written.initial:
                        # capitalised by its place, unless the name goes on in capitals
                        if pos + 1 < len(run) and run[pos + 1][0].text[0].isupper():
                            votes[target]["title"] += len(run)
                    elif mention or case != "lower":
                        votes[target][case] += len(run)
        return votes


def convention(name: list[Token]) -> tuple[list[str], set[int]]:
    """Each token as the organisation-naming convention writes it (index/data/org_words.tsv),
    and the tokens no evidence may change (known acronyms, fixed spellings)."""
    rules = _rules()
    out = [t.text for t in name]
    locked: set[int] = set()
    words = [i for i, t in enumerate(name) if t.word]
    opens_field = True       # the next word opens a field ("Sở | Tài chính", "và | Môi trường")
    place = False            # inside a place name: every syllable capitalised
    common = False           # after "các": organisation words are common nouns ("các phòng, ban")
    w = 0
    while w < len(words):
        kind, size = None, 1
        for n in range(min(rules.longest, len(words) - w), 0, -1):
            span = words[w:w + n]
            key = tuple(name[i].key for i in span)
            if span[-1] - span[0] == n - 1 and key in rules.kinds:   # never across punctuation
                kind, size = rules.kinds[key], n
                break
        span = words[w:w + size]
        texts = [name[i].text for i in span]
        if span[0] > 0 and not name[span[0] - 1].word and not common:
            opens_field = True        # "Lao động, Thương binh", "Giao thông - Vận tải"
        if kind == "fixed":
            shaped = [_apply(_case_of(m), t) for m, t in zip(rules.fixed[tuple(name[i].key for i in span)], texts)]
            locked.update(span)
        elif kind in ("level", "join", "plain", "type", "plural") or (common and not place):
            shaped = [t.lower() for t in texts]
        else:
            every = place and kind in (None, "word", "named")
            first = opens_field or place or kind in ("org", "org_place")
            shaped = [_cap(t) if every or (k == 0 and first) else t.lower() for k, t in enumerate(texts)]
        for i, text in zip(span, shaped):
            if is_acronym(name[i].text):
                text = name[i].text.upper()
                if _known_acronym(name[i].text):
                    locked.add(i)     # a shape alone may be a name's syllable the body writes ("Grai")
            out[i] = text
        acronym = kind is None and is_acronym(texts[0])
        if kind == "plural":
            opens_field, place, common = False, False, True
        elif common and kind not in ("level", "plain"):
            pass
        elif kind in ("org", "join"):
            opens_field, place = True, False
        elif kind in ("org_place", "level", "named"):
            opens_field, place, common = False, True, False
        elif kind in ("plain", "fixed"):
            opens_field, place, common = False, False, False
        elif kind != "type" and not acronym:
            opens_field = False
        w += size
    return out, locked
