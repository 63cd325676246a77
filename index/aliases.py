"""How questions name a plan, generated from each document's own metadata, so an uploaded
plan from any agency is recognised the same way as the shipped ones.

From the issuer `Sở Tài nguyên và Môi trường` and the number `12/KH-STNMT`: the full name,
the core name without the agency type ("tai nguyen moi truong"), its first two words, its
initials ("tnmt"), the initials with the type ("stnmt"), the type's initials with those of
the core's first two words ("stn") and the code after the number's slash ("stnmt"). Names go through the same lexicon as questions ("PTNT" reads "phat trien
nong thon"), and "và" is ignored on both sides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import table_rows, word_list
from .query_lexicon import lexicon
from .thresholds import ALIAS_LENGTH_SHARE
from .vietnamese import fold, syllables


def _name_parts(kind: str) -> tuple[str, ...]:
    """The words of one kind ("type", "local", "level") in index/data/agency_name_parts.tsv,
    in file order."""
    rows = table_rows("agency_name_parts.tsv")
    for row in rows:
        if row.cell(0) not in ("type", "local", "level") or not row.cell(1):
            raise row.refused()
    return tuple(row.cell(1) for row in rows if row.cell(0) == kind)


#: Agency-type words that lead an issuer's name (folded, after the lexicon), longest first
#: where one starts another.
_TYPE_PREFIXES = _name_parts("type")
#: Levels of local government; "xã An Bình" is also named "An Bình".
_LOCAL_LEVELS = _name_parts("local")
ALL_LEVELS = _LOCAL_LEVELS + _name_parts("level")
#: "… tỉnh An Phú" at the end of a name: the level in lower case, the place capitalised.
_TRAILING_PLACE_RE = re.compile(
    r"\s(?P<level>" + "|".join(map(re.escape, word_list("place_levels.txt")))
    + r")\s+(?P<place>[A-ZĐÀ-Ỹ][\wà-ỹđ]*(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹđ]*){0,3})$")
MIN_ALIAS_CHARS = 3
#: A core name of this many words or more is also named by its first two ("Sở Giao thông
#: vận tải" as "giao thông"); a shorter one's first words name too many agencies.
MIN_CORE_WORDS_FOR_SHORT_NAME = 3
#: The shortest run of a long name's first initials kept as an alias ("ttkn" of a long name whose full initials are "ttknlt").
MIN_INITIALS_PREFIX = 4
MAX_INITIALS_PREFIX = 6
#: Longest piece of a code typed with spaces or hyphens ("cd", "ktkt", "tn").
MAX_CODE_PIECE = 4


def _normal(text: str) -> list[str]:
    return [t for t in lexicon().rewrite(syllables(text)) if t != "va"]


def document_aliases(issuer: str | None, number: str | None = None, place: str | None = None) -> list[str]:
    """Folded phrases that name this document's issuer in a question, most specific first.

    A name that ends in its place ("Bệnh viện Đa khoa tỉnh An Phú", or with no level
    "Công ty … Xổ số kiến thiết An Phú" when `place`, the plan's place of issue, is "An
    Phú") is also named without it, and by its core name or initials followed by the place
    ("bvdk an phu")."""
    issuer = issuer or ""
    # an issuer read as a bare head word ("Văn phòng") or a level without its name ("UBND
    # xã") names no plan: every office, every commune's committee is one
    keys = [] if _is_bare(issuer) else _name_aliases(issuer)
    stem, level, place_key = _trailing_place(issuer, place)
    if place_key and " ".join(_normal(stem)) not in ("", *_TYPE_PREFIXES):
        # ("UBND tỉnh An Phú" without its place is any committee: no alias)
        base = _name_aliases(stem)
        # the name, its core and initials, each followed by the place with or without its level
        for k in base:
            keys += [f"{k} {place_key}"] + ([f"{k} {level} {place_key}"] if level else [])
        keys += base
    place = place_key
    name = _normal(stem)
    if len(name) > MAX_INITIALS_PREFIX:
        # a long name is written by the initials of its first words ("BQLDA" for a project board)
        initials = "".join(w[0] for w in name if not w.isdigit())
        for n in range(MIN_INITIALS_PREFIX, MAX_INITIALS_PREFIX + 1):
            if (initials[:n],) not in lexicon().rewrites:
                keys += [initials[:n]] + ([f"{initials[:n]} {place}"] if place else [])
    if number and re.search(r"[-–]", number):
        code = "".join(syllables(re.split(r"[-–]", number)[-1]))
        # a code the lexicon knows ("ubnd") is a generic word, not this issuer's name
        if len(code) >= MIN_ALIAS_CHARS and (code,) not in lexicon().rewrites:
            keys.append(code)
    # "Chi cục Hải quan khu vực IX" is also typed "khu vực 9"
    romans = {w.lower() for w in re.findall(r"\b[IVX]{2,}\b", issuer or "") if _ROMAN_RE.match(w.lower())}
    keys += [a for a in (_arabic_numerals(k, romans) for k in keys) if a]
    seen: list[str] = []
    for k in keys:
        k = k.strip()
        if len(k) >= MIN_ALIAS_CHARS and k not in seen:
            seen.append(k)
    return seen


def _trailing_place(issuer: str, place: str | None) -> tuple[str, str, str]:
    """The name without the place it ends in, the level before the place (folded, "" when
    none is written) and the place (folded); the name, "" and "" when it ends in none. A
    place without a level counts when it is the plan's place of issue."""
    trailing = _TRAILING_PLACE_RE.search(issuer)
    if trailing:
        return (issuer[:trailing.start()], " ".join(_normal(trailing.group("level"))),
                " ".join(_normal(trailing.group("place"))))
    words = syllables(place or "")
    if words and syllables(issuer)[-len(words):] == words and len(syllables(issuer)) > len(words):
        cut = re.search(r"(?i)\s+" + r"\s+".join(re.escape(w) for w in (place or "").split()) + r"\s*$", issuer)
        if cut:
            return issuer[:cut.start()], "", " ".join(_normal(place or ""))
    return issuer, "", ""


def _is_bare(issuer: str) -> bool:
    """Whether an issuer is only a kind of body: a head word ("Văn phòng", "Sở"), or a
    committee's type and level with no place ("Ủy ban nhân dân xã")."""
    words = " ".join(_normal(issuer))
    if words in _bare_heads():
        return True
    core = next((words[len(p) + 1:] for p in _TYPE_PREFIXES if words.startswith(p + " ")), words)
    return core in ALL_LEVELS


@lru_cache(maxsize=1)
def _bare_heads() -> frozenset[str]:
    """The words that open an issuing body's name (index/data/agency_heads.txt), folded as
    names are: alone ("Văn phòng", "Sở") they name a kind of body, not one body."""
    return frozenset(" ".join(_normal(head)) for head in word_list("agency_heads.txt")) | frozenset(_TYPE_PREFIXES)


def _name_aliases(issuer: str) -> list[str]:
    """The full name, the core without the agency type, its first two words, the initials."""
    words = _normal(issuer)
    keys: list[str] = []
    if not words:
        return keys
    full = " ".join(words)
    keys.append(full)
    core, type_initials = full, ""
    for prefix in _TYPE_PREFIXES:
        if full.startswith(prefix + " "):
            core = full[len(prefix) + 1:]
            type_initials = "".join(w[0] for w in prefix.split())
            break
    core_words = core.split()
    if core != full:
        keys.append(core)
    if len(core_words) >= MIN_CORE_WORDS_FOR_SHORT_NAME and not core.startswith(ALL_LEVELS):
        keys.append(" ".join(core_words[:2]))
        # the short code staff write for it: "Sở Giao thông vận tải" is "SGT"
        if type_initials:
            keys.append(type_initials + "".join(w[0] for w in core_words[:2]))
    for level in _LOCAL_LEVELS:
        # "quan" is also "quản" once folded: only a level the name writes as one
        if (core.startswith(level + " ") and len(core_words) > len(level.split())
                and re.search(r"(?i)(?<![\w])" + "|".join(re.escape(w) for w in word_list("place_levels.txt")
                                                           if fold(w) == level) + r"\s", issuer)):
            keys.append(core[len(level) + 1:])
    initials = "".join(w[0] for w in core_words if not w.isdigit())
    if len(initials) >= MIN_ALIAS_CHARS:
        keys.append(initials)
    full_initials = "".join(w[0] for w in words if not w.isdigit())
    if len(full_initials) >= MIN_ALIAS_CHARS:
        keys.append(full_initials)
    paren = re.search(r"\(([^)]+)\)", issuer)
    if paren:
        keys.append("".join(syllables(paren.group(1))))
    return keys


#: A Roman numeral of two letters or more up to 39 (a region's or a unit's number; "CC",
#: "CL" are initials far more often than numbers).
_ROMAN_RE = re.compile(r"^(?=[ivx]{2,}$)x{0,3}(ix|iv|v?i{0,3})$")
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _arabic_numerals(key: str, romans: set[str]) -> str | None:
    """The alias with the Roman numerals the issuer writes in capitals (`romans`, folded)
    in digits ("khu vuc xiv" → "khu vuc 14"), None when it holds none."""
    words = key.split()
    out = []
    for w in words:
        if w in romans:
            values = [_ROMAN[c] for c in w]
            w = str(sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)))
        out.append(w)
    return " ".join(out) if out != words else None


def question_grams(*token_lists: list[str], longest: int = 8) -> set[str]:
    """Every run of up to `longest` tokens of the given token lists ("và" left out)."""
    grams: set[str] = set()
    for tokens in token_lists:
        words = [t for t in tokens if t != "va"]
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + longest) + 1):
                grams.add(" ".join(words[i:j]))
                # a code typed in pieces ("CĐ KTKT", "KT-KT") is the code alias written together
                if j - i >= 2 and all(len(w) <= MAX_CODE_PIECE for w in words[i:j]):
                    grams.add("".join(words[i:j]))
    return grams


def names_by_number(number: str | None, text: str) -> bool:
    """Whether a question's text types this document number ("12/KH-UBND", spaces aside);
    a number with nothing before its slash names nothing."""
    if not number or not number.split("/")[0].strip():
        return False
    return re.sub(r"\s+", "", number.lower()) in re.sub(r"\s+", "", text.lower())


def named_documents(grams: set[str], aliases: list[tuple[int, list[str]]]) -> tuple[list[int], set[str]]:
    """Documents whose most specific alias the question contains, and the alias words.

    When several documents are named, those named by the longest alias win ("sở xây dựng"
    over a bare "sở"), so a generic alias shared by many plans never outweighs a precise one."""
    best: dict[int, int] = {}
    words: dict[int, set[str]] = {}
    for doc_id, keys in aliases:
        for k in keys:
            if k in grams:
                best[doc_id] = max(best.get(doc_id, 0), len(k))
                words.setdefault(doc_id, set()).update(k.split())
    if not best:
        return [], set()
    top = max(best.values())
    chosen = [d for d, n in best.items() if n >= top * ALIAS_LENGTH_SHARE]
    return chosen, set().union(*(words[d] for d in chosen))


def naming_words(question: list[str], candidates: set[str], phrases: set[str], names: list[list[str]]) -> set[str]:
    """The candidate words that only name the plan: every time the question says one, it
    is inside the plan's name as the question wrote it (`names`: the longest of the plan's
    aliases it holds), or in a run of words joined by two-word phrases of the plan's name or
    title (`phrases`, "a_b") that is the question's longest such run or three words at
    least; a year alone names the plan. "hải quan" of "Chi cục Hải quan khu vực IX" names the plan;
    in "hải quan cửa khẩu báo cáo …" the same words name a unit of it too, and "kiểm định" of
    "Trạm Kiểm định" is the unit's, not the plan's."""
    runs: list[int] = []     # the length of the run each word of the question belongs to
    start = 0
    for i in range(1, len(question) + 1):
        if i == len(question) or f"{question[i - 1]}_{question[i]}" not in phrases:
            runs += [i - start] * (i - start)
            start = i
    longest = max((n for n in runs if n > 1), default=0)
    longest_name = max((len(k) for k in names), default=0)
    in_name = {j for k in names if len(k) == longest_name for i in range(len(question) - len(k) + 1)
               if question[i:i + len(k)] == k for j in range(i, i + len(k))}
    named: set[str] = set()
    for word in candidates:
        places = [i for i, w in enumerate(question) if w == word]
        if word.isdigit() or word in _ambiguous() or all(
                i in in_name or (runs[i] >= min(3, longest) and runs[i] > 1) for i in places):
            named.add(word)
    return named


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    """Folded words that are a name's word and a framing word (index/data/ambiguous_folded_words.txt)."""
    return frozenset(word_list("ambiguous_folded_words.txt"))
