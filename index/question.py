"""The query stage: a question read into a typed `Query` (an intent and slots).

Everything works on folded syllables, after the lexicon (index/data/lexicon.tsv) has
replaced staff abbreviations and colloquial words by the plans' wording and typos have
been corrected against the corpus vocabulary. Slots are filters or preferences for the
stages after this one, never gates: a word nobody knows lowers nothing here.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .agency_mentions import Mention, agency_mentions
from .compound_abbreviations import read_compounds
from .intents import Intent
from .lexicon import alternation, table, table_rows, word_list
from .number_forms import area_number_changes, corpus_number_forms
from .query_initials import Initials
from .query_lexicon import lexicon
from .typos import Vocabulary
from .vietnamese import STOPWORDS, bigrams, fold, has_diacritics, syllables
from .windows import DateWindow, find_window, window_words, window_year_spans

#: The longest question the product takes: the bot refuses a longer one politely, analysis
#: cuts to it (Telegram allows 4096 characters; nobody asks that much, it is a paste).
MAX_QUESTION_CHARS = 500


#: When several cues are present, the most specific one wins.
_PRIORITY = [Intent.SIGNER, Intent.RECIPIENTS, Intent.ISSUED, Intent.WINDOW, Intent.LIST, Intent.WHEN, Intent.TO,
             Intent.WHO, Intent.WHAT]

_WORD_RE = re.compile(r"[^\W_]+")
_YEAR_RE = re.compile(r"\b(19\d{2}|20\d{2})\b")
# A year inside a document reference ("59/2023/NĐ-CP") or a period ("2023-2025") names no plan.
_CITED_YEAR_RE = re.compile(r"\d\s*/\s*(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b")
#: How many words may stand between a subject noun and its year (a place name of four words).
SUBJECT_YEAR_REACH = 5
# "quyết toán ngân sách (xã X) năm 2025": the year of a subject of the plan, folded
_SUBJECT_YEAR_RE = re.compile(r"\b(?:" + alternation("subject_year_nouns.txt") + r")(?:\s+[a-z]+){0,%d}?\s+(?:nam\s+)?((?:19|20)\d{2})\b"
                              % SUBJECT_YEAR_REACH)
_NUMBER_RE = re.compile(r"\b(\d{1,4})\s*/\s*([A-ZĐa-zđ]{1,4}[-–][A-ZĐa-zđ0-9&]{2,12})")
_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# "em/tôi/mình ở|làm ở|thuộc|là <unit> thì|phải|...": the unit named by the asker
_UNIT_RE = re.compile(r"\b(?:em|e|toi|minh)\s+(?:dang\s+)?(?:lam\s+o|lam\s+tai|cong\s+tac\s+o|o|thuoc|la)\s+"
                      r"(?:(?:mot|cac|nhung)\s+)?"   # "em ở một Thuế cơ sở": the unit, not "một"
                      # the unit ends where the question goes on ("có" is not "cơ sở", "cơ quan"),
                      # or at its parent ("… thuộc Chi cục X", "… của Sở X" name the plan)
                      r"([^,.?;:]+?)(?=\s+(?:thi|phai|co(?!\s+(?:so|quan)\b)|can|bao|gui|nop|muon|han|thuoc|cua)\b"
                      r"|\s*[,.?;:]|$)")
# "năm nay" / "năm ngoái" frame the question in time: words no passage needs to say. Not a
# plan year: a corpus whose newest plan is older than today still answers "năm nay".
_RELATIVE_YEAR_RE = re.compile(r"\bnam (nay|ngoai)\b")
_SELF_RE = re.compile(r"\b(?:don vi (?:toi|em|minh)|(?:toi|em|minh) (?:phai|can|co))\b")
#: A question asking which plan, decision or law (by "nào" or "số mấy"): the answer is a cited document.
REFERENCE_Q_RE = re.compile(
    r"(?<!trong )(?<!\bo )\b(" + alternation("reference_kinds.txt") + r")\s+(?:nao|so may|so bao nhieu|so)\b")
_OCCURRENCE_RE = re.compile(r"\blan\s+(?:thu\s+)?(\w+)\b")
#: A question asking for a period, figure or programme the plan states (index/data/stated_facts.txt).
STATED_Q_RE = re.compile(r"\b(" + alternation("stated_facts.txt") + r")\s+(?:nao|gi|so may)\b")


@dataclass
class Query:
    """A question read for retrieval and answering."""

    text: str                          # the question as received, cleaned
    folded: str                        # folded, lexicon-normalized, chat words dropped
    intent: Intent
    tokens: list[str]                  # content syllables (no stopwords)
    match_tokens: list[str]            # syllables + pairs, for FTS and overlap scoring
    years: list[int] = field(default_factory=list)   # plan years (preferences, never filters)
    report_kind: str | None = None     # "6 tháng", "năm", "quý", "chấm điểm", "kế hoạch", ...
    truncated: bool = False
    raw_folded: str = ""               # folded syllables as typed (aliases are matched on both)
    window: DateWindow | None = None
    unit: str | None = None            # folded unit the asker names (after the lexicon)
    asks_self: bool = False            # "tôi/em/đơn vị tôi": the registered unit applies
    document_number: str | None = None
    focus_terms: list[str] = field(default_factory=list)   # content words minus cue words
    corrections: dict[str, str] = field(default_factory=dict)
    agencies: list[Mention] = field(default_factory=list)  # the agencies named (after typo correction)
    recipient: str | None = None       # the agency named as the one a duty goes to ("gửi Sở X")
    #: the question asks for something the plan's text states (a cited document, a period, a
    #: figure), which a passage answers rather than a duty
    asks_statement: bool = False
    #: which time of a duty done several times is asked ("lần thứ hai": 2; "lần cuối": -1)
    occurrence: int | None = None
    #: the question asks yes or no ("có phải nộp báo cáo quý không"): the answer says "Có" or
    #: what the plan asks instead
    asks_yes_no: bool = False
    #: the question asks how many days one has ("mấy ngày phải có báo cáo"): a deadline
    #: counted from an event answers it
    asks_duration: bool = False


def strip_markup(text: str) -> str:
    """The text with markup tags (`<b>hạn</b>`) replaced by spaces: words, never HTML."""
    return _TAG_RE.sub(" ", text)


def sanitize_question(raw: str) -> tuple[str, bool]:
    """NFC, no control characters or markup, whitespace collapsed, cut to MAX_QUESTION_CHARS."""
    text = unicodedata.normalize("NFC", raw or "")
    text = _CONTROL_RE.sub(" ", text)
    text = strip_markup(text)
    text = re.sub(r"\s+", " ", text).strip()
    truncated = len(text) > MAX_QUESTION_CHARS
    if truncated:
        cut = text[:MAX_QUESTION_CHARS]
        text = cut[: cut.rfind(" ")] if " " in cut else cut
    return text, truncated


def normalize_tokens(tokens: list[str]) -> list[str]:
    """Folded syllables in the plans' wording (abbreviations and colloquial words replaced)."""
    return lexicon().rewrite(tokens)


def _pick(labels: list[str], priority: list) -> str | None:
    present = set(labels)
    return next((p for p in priority if p in present), None)


def report_kind(kind_cues: list[tuple[str, tuple[str, ...]]], kinds: dict[tuple[str, ...], str]) -> str | None:
    """The report a question names: of its kind cues, the one the lexicon lists first (a
    named report before the time of year it is due: "cuối năm … chấm điểm" asks the scoring)."""
    order = {key: i for i, key in enumerate(kinds)}
    return min(kind_cues, key=lambda cue: order[cue[1]])[0] if kind_cues else None


def plan_years(text: str, folded_text: str) -> list[int]:
    """Years that may name a plan: not those of cited documents, periods, date windows or
    of a subject the plan deals with (a budget of the year before, a land plan of the next)."""
    cited = {m.group(0)[-4:] for m in _CITED_YEAR_RE.finditer(text)} | {
        y for m in _CITED_YEAR_RE.finditer(text) for y in _YEAR_RE.findall(m.group(0))}
    in_window = {y for a, b in window_year_spans(folded_text) for y in _YEAR_RE.findall(folded_text[a:b])}
    subject = {m.group(1) for m in _SUBJECT_YEAR_RE.finditer(folded_text)}
    return [int(y) for y in dict.fromkeys(_YEAR_RE.findall(text)) if y not in cited | in_window | subject]


def _with_corrections(text: str, corrections: dict[str, str]) -> str:
    """The text with each corrected word replaced by its correction (folded)."""
    if not corrections:
        return text
    return _WORD_RE.sub(lambda m: corrections.get(fold(m.group(0)), m.group(0)), text)


def _recipient(mentions: list[Mention], normalized: list[str], cues: frozenset[tuple[str, ...]],
               typed: list[str], window_said: set[str] = frozenset()) -> str | None:
    """The agency named right after a sending word ("gửi Sở X"); an abbreviated one ("cho
    SYT") is a name only once the lexicon spells it out; then a sending word one word
    further ("gửi các Sở"); last, a reporting phrase right before it ("báo cáo UBND tỉnh":
    the report goes there), after the verbs, for "báo cáo" is also the noun of a report
    whose sender may follow. Two words back, the pronoun "tôi" folds to the sending word "tới".
    A word of the date window (`window_said`: the "tới" of "sắp tới") sends nothing."""
    words = {c[0] for c in cues if len(c) == 1} - set(window_said)
    phrases = [c for c in cues if len(c) > 1]

    def after_cue(found: list[Mention], reach: int) -> str | None:
        return next((m.name for m in found if words.intersection(m.before[:reach])), None)

    def after_phrase(found: list[Mention]) -> str | None:
        return next((m.name for m in found if any(tuple(reversed(m.before[:len(p)])) == p for p in phrases)), None)

    # a name found only once folded must be one the lexicon spelled out: "về phương án" folds
    # to the words of "về phường …", which the question as typed did not write
    typed_text = f" {' '.join(typed)} "
    spelled = [m for m in agency_mentions(" ".join(normalized)) if f" {m.name} " not in typed_text]
    return after_cue(mentions, 1) or after_cue(spelled, 1) or after_cue(mentions, 2) or after_phrase(mentions)


@lru_cache(maxsize=1)
def _yes_no_cues() -> dict[str, frozenset[tuple[str, ...]]]:
    """index/data/yes_no_cues.tsv by kind: closing particles, verbs, question words."""
    out: dict[str, set[tuple[str, ...]]] = {"end": set(), "verb": set(), "wh": set()}
    for row in table_rows("yes_no_cues.tsv"):
        if row.cell(0) not in out:
            raise row.refused("unknown kind")
        out[row.cell(0)].add(tuple(row.cell(1).split()))
    return {kind: frozenset(keys) for kind, keys in out.items()}


def _holds(tokens: list[str], keys: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(tokens[i:i + len(k)]) == k for k in keys for i in range(len(tokens) - len(k) + 1))


def _closing_tail(tokens: list[str], chat: frozenset[tuple[str, ...]]) -> int:
    """How many words from the end are the closing particle and the chat words after it (0: none)."""
    end = len(tokens)
    while end and (tokens[end - 1],) in chat:
        end -= 1
    return len(tokens) - end + 1 if end and (tokens[end - 1],) in _yes_no_cues()["end"] else 0


def asks_yes_no(tokens: list[str], chat: frozenset[tuple[str, ...]]) -> bool:
    """Whether folded question words ask yes or no: a closing particle ("không", "ko", "hông")
    last (chat words after it looked through), a verb such as "có", "phải", "được" before it,
    and no question word ("nào", "gì", "ai")."""
    cues = _yes_no_cues()
    tail = _closing_tail(tokens, chat)
    if not tail:
        return False
    end = len(tokens) - tail + 1
    head = tokens[:end - 1]
    return _holds(head, cues["verb"]) and not _holds(head, cues["wh"])


def _without_closing_particle(tokens: list[str]) -> list[str]:
    """The words without the yes/no particle that closes them: it names nothing."""
    ends = _yes_no_cues()["end"]
    return tokens[:-1] if tokens and (tokens[-1],) in ends else tokens


@lru_cache(maxsize=1)
def _unit_stops() -> tuple[frozenset[str], frozenset[str]]:
    """The words that end an asker's unit, as written and folded (index/data/unit_stop_words.txt)."""
    written = frozenset(w.lower() for w in word_list("unit_stop_words.txt"))
    return written, frozenset(fold(w) for w in written)


def _unit_words_masked(text: str, folded_text: str) -> str:
    """The folded question with each word that folds to a unit-ending word but is written
    with other marks ("Thí" of "Trạm Thí nghiệm" is no "thì") masked, so the unit reads on
    past it. Folding keeps every offset, so the unit's span reads back in `folded_text`."""
    if len(text) != len(folded_text):
        return folded_text
    written, folded = _unit_stops()
    out = list(folded_text)
    for m in _WORD_RE.finditer(text):
        word = m.group(0).lower()
        if folded_text[m.start():m.end()] in folded and has_diacritics(word) and word not in written:
            out[m.start():m.end()] = "x" * (m.end() - m.start())
    return "".join(out)


def _occurrence(folded_text: str) -> int | None:
    """The occurrence a question names ("lần thứ hai" → 2, "lần cuối" → -1), None if none."""
    ordinals = {cells[0]: int(cells[1]) for cells in table("occurrence_ordinals.tsv")}
    return next((ordinals[m.group(1)] for m in _OCCURRENCE_RE.finditer(folded_text) if m.group(1) in ordinals), None)


def analyze(raw: str, *, today: date | None = None, vocabulary: Vocabulary | None = None,
            initials: Initials | None = None) -> Query:
    """Read one question. `today` anchors relative windows; `vocabulary` enables typo
    correction; `initials` (the corpus's names by initials) reads unknown abbreviations."""
    lex = lexicon()
    text, truncated = sanitize_question(raw)
    raw_tokens = syllables(text)
    corrections: dict[str, str] = {}
    if vocabulary is not None:   # an area number as the plans write it ("KV14" -> "kv xiv")
        numbered = corpus_number_forms(raw_tokens, vocabulary.pairs, lambda w: (lex.rewrite([w]) or [w])[-1])
        corrections |= area_number_changes(raw_tokens, numbered)
        raw_tokens = numbered
    raw_tokens, compounds = read_compounds(raw_tokens, lex.rewrites, vocabulary.counts if vocabulary else ())
    corrections |= compounds
    if initials is not None:   # before typo correction: initials are no misspelt word
        in_rules = {i + k for i, key in lex.scan(raw_tokens, lex.rewrites) if key and len(key) > 1
                    for k in range(len(key))}
        raw_tokens, expanded = initials.expand(
            raw_tokens, vocabulary.counts if vocabulary is not None else (), lex.whole_words, in_rules)
        corrections |= expanded
    yes_no = asks_yes_no(raw_tokens, lex.chat)
    if vocabulary is not None:
        # the closing "không"/"ko" of a yes/no question is no misspelt plan word
        keep = len(raw_tokens) - _closing_tail(raw_tokens, lex.chat) if yes_no else len(raw_tokens)
        head, corrected = vocabulary.correct(raw_tokens[:keep])
        raw_tokens = head + raw_tokens[keep:]
        corrections |= corrected
    normalized = lex.rewrite(raw_tokens)
    intent_cues = lex.cues(normalized, lex.intents)
    kind_cues = lex.cues(normalized, lex.kinds)
    intents = [label for label, _ in intent_cues if label]
    kinds = [label for label, _ in kind_cues]
    folded_text = fold(text)
    window = find_window(folded_text, today or date.today())
    if window is None:   # a window cue of the lexicon asks for the window's duties only
        intents = [label for label in intents if label != Intent.WINDOW]
    intent = Intent(_pick(intents, _PRIORITY) or Intent.GENERAL)
    # a window filters deadlines: it decides the reading when the question asks for them
    if window is not None and (intent in (Intent.WHEN, Intent.LIST) or kinds):
        intent = Intent.WINDOW
    kept = lex.drop_chat(normalized)
    if yes_no:
        kept = _without_closing_particle(kept)
    content = [t for t in kept if t not in STOPWORDS]
    # the index holds the plans' own words: search both the rewritten and the typed forms
    typed = lex.drop_chat(raw_tokens)
    if yes_no:
        typed = _without_closing_particle(typed)
    match = content + [b for b in bigrams(kept) if not all(p in STOPWORDS for p in b.split("_"))]
    match += [t for t in typed if t not in STOPWORDS and (t,) not in lex.rewrites]
    match += [b for b in bigrams(typed) if not any(p in STOPWORDS for p in b.split("_"))]
    cue_words = {w for _, key in intent_cues + kind_cues for w in key}
    if window is not None:
        cue_words |= {w.lstrip("0") or "0" for w in window_words(folded_text)}
    cue_words |= {w for m in _RELATIVE_YEAR_RE.finditer(folded_text) for w in m.group(0).split()}
    unit_match = _UNIT_RE.search(_unit_words_masked(text, folded_text))
    unit = " ".join(lex.rewrite(syllables(folded_text[unit_match.start(1):unit_match.end(1)]))) if unit_match else None
    if unit and unit.split()[0] in STOPWORDS:
        unit = None   # "… nhắc tới là về nội dung gì": "tới" folds to the pronoun "tôi"
    number = _NUMBER_RE.search(text)
    mentions = agency_mentions(_with_corrections(text, corrections))
    recipient = _recipient(mentions, normalized, lex.recipient_cues, raw_tokens,
                           window_words(folded_text) if window is not None else set())
    return Query(
        text=text, folded=" ".join(kept), intent=intent, tokens=content,
        match_tokens=list(dict.fromkeys(match)), years=plan_years(text, folded_text),
        report_kind=report_kind(kind_cues, lex.kinds), truncated=truncated,
        raw_folded=" ".join(raw_tokens), window=window, unit=unit,
        asks_self=bool(_SELF_RE.search(" ".join(raw_tokens))) and not unit,
        document_number=f"{number.group(1)}/{number.group(2)}" if number else None,
        focus_terms=[t for t in content if t not in cue_words], corrections=corrections,
        agencies=mentions, recipient=recipient,
        occurrence=_occurrence(folded_text), asks_yes_no=yes_no,
        asks_duration=any(f" {cue} " in f" {folded_text} " for cue in word_list("duration_cues.txt")),
        asks_statement=bool(REFERENCE_Q_RE.search(" ".join(kept)) or STATED_Q_RE.search(" ".join(kept))))


def expand_synonyms(folded: str) -> str:
    """Folded text in the plans' wording (used on evidence when comparing with a question)."""
    return " ".join(normalize_tokens(folded.split()))
