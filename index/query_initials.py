"""Abbreviations the plans never spell out, read from the plans' own capitalized names.

Vietnamese staff shorten a unit's name to the initials of its syllables ("Văn phòng Huyện
ủy" → "VPHU", "Trung tâm Khuyến nông" → "TTKN", "Sở Lao động, Thương binh và Xã hội" → "SLĐTB&XH"),
or keep the unit type and shorten the rest ("Phòng Đào tạo" → "Phòng ĐT"). A plan writes the
name in full with each word capitalized, so the corpus itself says what an unknown token of
initials stands for: every run of syllables that starts a capitalized name is indexed by
its initials, alone and after the capitalized word before it (its unit type). A question's token that the
corpus never uses and that cannot be a Vietnamese syllable is replaced by the most frequent
name with those initials. Uploaded plans get their units' initials the same way.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, field

from .vietnamese import fold

#: Longest name indexed, in syllables other than "và" ("Chi cục Tiêu chuẩn Đo lường Chất lượng" has 8).
MAX_NAME_SYLLABLES = 8
#: After a unit-type word ("Phòng ĐT"), the shortened rest is short.
MAX_AFTER_SYLLABLES = 4
#: Initials alone must be this long to be read (two letters are ambiguous without the word
#: before them: "ĐT" after "Phòng" is a unit, alone it may be anything).
MIN_ALONE = 3
_LONGEST_TOKEN = MAX_NAME_SYLLABLES + 2
# A folded Vietnamese syllable: onset, vowels, final. Initials are not shaped like that.
_SYLLABLE_RE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]+"
                          r"(?:ng|nh|ch|[cmnptiyou])?")
# words with the punctuation between them; ", " and " - " may join parts of one name
_WORD_RE = re.compile(r"([^\W\d_]+)|([,;:.!?()\[\]\"/]|\s-\s|\n)")


def could_be_syllable(token: str) -> bool:
    """Whether a folded token is shaped like one Vietnamese syllable ("vptd" is not)."""
    return _SYLLABLE_RE.fullmatch(token) is not None


@dataclass
class Initials:
    """Capitalized names of the corpus by their initials (folded): alone, and keyed with
    the folded word before the name."""

    alone: dict[str, Counter[str]] = field(default_factory=dict)
    after: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> "Initials":
        """Index the capitalized names of these texts (chunk texts as indexed)."""
        alone: dict[str, Counter[str]] = {}
        after: dict[tuple[str, str], Counter[str]] = {}
        for text in texts:
            for run in _name_runs(text):
                for start in range(len(run)):
                    if not run[start][:1].isupper():
                        continue
                    # a capitalized word before it is the unit type of the same name ("Phòng")
                    prev = fold(run[start - 1]) if start and run[start - 1][:1].isupper() else ""
                    for end in range(start + 2, len(run) + 1):
                        words = run[start:end]
                        phrase = " ".join(fold(w) for w in words)
                        key = "".join(p[0] for p in phrase.split() if p != "va")
                        if len(key) > MAX_NAME_SYLLABLES:
                            break   # "và" is no letter of the initials, nor of the limit
                        if sum(1 for w in words if w[:1].isupper()) >= 2:
                            alone.setdefault(key, Counter())[phrase] += 1
                        if prev and end - start <= MAX_AFTER_SYLLABLES:
                            after.setdefault((prev, key), Counter())[phrase] += 1
        return cls(alone=alone, after=after)

    def name_for(self, token: str, before: str | None, alone: bool = True) -> str | None:
        """The folded name these initials stand for (after the word `before`, else alone
        when `alone`), or None."""
        if before is not None and (before, token) in self.after:
            return self.after[(before, token)].most_common(1)[0][0]
        if not alone:
            return None
        # indexed alone only with two capitalized words: a name, not a sentence's start
        found = self.alone.get(token) if len(token) >= MIN_ALONE else None
        return found.most_common(1)[0][0] if found else None

    def expand(self, tokens: list[str], known: Container[str] = (), protected: Container[str] = (),
               fixed: Container[int] = ()) -> tuple[list[str], dict[str, str]]:
        """Folded tokens with each unknown run of initials (one token, or two joined by "&"
        or "-" as typed, which arrive as two tokens) replaced by the name's syllables; and
        what was expanded. `known`: the corpus vocabulary (words it uses are never
        initials); `protected`: words the lexicon reads on their own; `fixed`: positions
        inside a longer lexicon rule ("VH-TT-DL"), left for the lexicon."""
        def initials_like(at: int, guarded: bool = True) -> bool:
            tok = tokens[at]
            return (at not in fixed and tok.isalpha() and tok not in known
                    and not (guarded and tok in protected)
                    and len(tok) <= _LONGEST_TOKEN and not could_be_syllable(tok))

        out: list[str] = []
        changed: dict[str, str] = {}
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            before = out[-1] if out else None
            pair = tokens[i + 1] if i + 1 < len(tokens) else None
            name = None
            if pair is not None and initials_like(i) and (initials_like(i + 1) or len(pair) == 1):
                name = self.name_for(tok + pair, before)
                if name is not None:
                    changed[tok] = name
                    changed[pair] = ""
                    out.extend(name.split())
                    i += 2
                    continue
            # after the unit type, the plan's own name beats the lexicon's general reading
            # ("Sở TP" is the plan's own "Sở T… P…" where one exists, else "thành phố")
            if before is not None and initials_like(i, guarded=False) and len(tok) >= 2:
                name = self.name_for(tok, before, alone=False)
            if name is None and initials_like(i) and len(tok) >= 2:
                name = self.name_for(tok, before)
            if name is not None:
                changed[tok] = name
                out.extend(name.split())
            else:
                out.append(tok)
            i += 1
        return out, changed


def _name_runs(text: str) -> Iterable[list[str]]:
    """Runs of words with no punctuation between them; ", " and " - " before a capitalized
    word stay inside the run ("Lao động, Thương binh và Xã hội" is one name)."""
    run: list[str] = []
    joined = False
    for m in _WORD_RE.finditer(text):
        word, punct = m.group(1), m.group(2)
        if punct is not None:
            if punct in (",", " - ") and run and not joined:
                joined = True
                continue
            if run:
                yield run
            run, joined = [], False
            continue
        if joined and not word[:1].isupper():
            yield run
            run = []
        joined = False
        run.append(word)
    if run:
        yield run
