"""Passages as answers: the sentence (or clause run) of the plans in focus that best
answers the question, the items under a heading the question names, and the helpers that
give a subjectless duty its unit (a bullet that starts with a verb, under a unit's heading)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .answer_context import AnswerContext, overlap_with_heading, plan_tokens_of
from .channels import asks_channel, channel_strength
from .chunking import split_sentences
from .lexicon import alternation
from .question import REFERENCE_Q_RE, STATED_Q_RE, Intent
from .recipients import AGENCY_START_RE
from .rows import ChunkRow, DocumentRow
from .structure import CLOSING_SECTION, FRONT_MATTER, MAX_LABEL_CHARS
from .thresholds import (CLAUSE_RUN_SLACK, CLOSE_TO_BEST_SHARE, CLOSING_SECTION_PENALTY, HEADING_OVERLAP_WEIGHT,
                         HIT_RANK_PRIOR, INTENT_SENTENCE_BONUS, MAX_NAMED_HEADING_WORDS, MAX_NAMED_SEGMENT_WORDS,
                         NAMED_HEADING_BONUS, NAMED_SEGMENT_SHARE, SECOND_SENTENCE_CANDIDATES,
                         SECOND_SENTENCE_SHARE, TOP_HITS)
from .vietnamese import STOPWORDS, bigrams, folded_words, syllables

MAX_SENTENCE_CHARS = 420


@dataclass(frozen=True)
class PickedSentence:
    """The best-answering sentence (or two of one passage), its passage and its score."""

    text: str
    row: ChunkRow
    score: float


def best_sentences(ctx: AnswerContext) -> PickedSentence | None:
    """The sentence (or clause run) of the top passages that best answers the question,
    with a second one from the same passage when it scores nearly as well."""
    scored: list[tuple[float, str, ChunkRow, bool]] = []
    intent = ctx.analysis.intent
    # Every passage of the plans in focus competes (a reranking within those plans);
    # the retrieval rank only adds a prior.
    hit_rank = {h.chunk_id: r for r, h in enumerate(ctx.hits[:TOP_HITS])}
    channel = asks_channel(ctx.analysis.folded)
    asked_ref = REFERENCE_Q_RE.search(ctx.analysis.folded)
    # the pattern of a sentence citing the asked kind of document, built once per question;
    # else of one naming the asked period or figure ("giai đoạn nào": "giai đoạn 2021-2025")
    asked_fact = None if asked_ref else STATED_Q_RE.search(ctx.analysis.folded)
    cite_re = (re.compile(r"\b" + asked_ref.group(1) + r" so \d") if asked_ref
               else re.compile(r"\b" + asked_fact.group(1) + r"\b") if asked_fact else None)
    # a document the question cites by its identifier ("Chỉ thị 05-CT/TU nói về gì"), other
    # than a plan it names: the sentences citing it answer
    own = {_compact(d.number) for d in ctx.documents.values() if d.number and d.id in ctx.pinned_documents}
    cited = [k for k in (_compact(m.group(0)) for m in _DOCUMENT_ID_RE.finditer(ctx.analysis.text)) if k not in own]
    if cited:
        cite_re = re.compile(r"(?<!\d)(?:" + "|".join(re.escape(k) for k in cited) + ")")
    for cid, row in ctx.chunks.items():
        rank = hit_rank.get(cid)
        prior = HIT_RANK_PRIOR / (1 + rank) if rank is not None else 0.0
        prior += _heading_named(ctx, row.section)
        section_tokens = plan_tokens_of(row.section)
        closing = row.section == CLOSING_SECTION
        for piece in _pieces(row.text):
            alone, headed = overlap_with_heading(ctx, plan_tokens_of(piece), section_tokens)
            s = alone + HEADING_OVERLAP_WEIGHT * headed + prior
            if intent == Intent.WHEN and _says_time(piece):
                s += INTENT_SENTENCE_BONUS
            if intent == Intent.TO and _says_to(piece):
                s += INTENT_SENTENCE_BONUS
            if channel:
                s += INTENT_SENTENCE_BONUS * channel_strength(piece)
            if intent == Intent.WHO:
                # the letterhead and the grounds name the issuer and cited bodies, never
                # the unit that carries a duty out
                if row.section == FRONT_MATTER:
                    s -= CLOSING_SECTION_PENALTY
                elif _says_who(piece, row.section):
                    s += INTENT_SENTENCE_BONUS
            cites = cite_re is not None and cite_re.search(
                _compact(piece) if cited else folded_words(piece)) is not None
            if closing:
                s -= CLOSING_SECTION_PENALTY  # "Trên đây là Kế hoạch ..." restates the title
            scored.append((s, piece, row, cites))
    if cite_re is not None and any(c for *_, c in scored):
        # a question asking which document (or period, figure): only a sentence naming one answers it
        scored = [item for item in scored if item[3]]
    if not scored:
        return None
    # the plans the question names answer it when one of their sentences is close to the
    # best, as their duties do (two agencies of one kind write the same sentences)
    named = [item for item in scored if item[2].document_id in ctx.pinned_documents]
    if named and max(p[0] for p in named) >= CLOSE_TO_BEST_SHARE * max(p[0] for p in scored):
        scored = named
    scored.sort(key=lambda p: -p[0])
    best_score, best, row, _ = scored[0]
    text = best
    for s2, piece, row2, _ in scored[1:1 + SECOND_SENTENCE_CANDIDATES]:
        if row2.id == row.id and piece != best and s2 >= SECOND_SENTENCE_SHARE * best_score \
                and len(text) + len(piece) < 2 * MAX_SENTENCE_CHARS and intent in (Intent.WHAT, Intent.GENERAL, Intent.WHO):
            text = f"{best}\n{piece}"
            break
    return PickedSentence(text, row, best_score)


#: A document identifier as cited: number, optional year, type and issuer codes
#: ("05-CT/TU", "908/QĐ-UBND", "59/2023/NĐ-CP"); a date has no letters and is none.
_DOCUMENT_ID_RE = re.compile(r"(?<![\w/])\d{1,4}\s*[-/]\s*(?:\d{4}\s*/\s*)?[^\W\d_]{1,8}(?:\s*[-/&]\s*[^\W_]{1,12}){0,3}")


@lru_cache(maxsize=50_000)
def _compact(text: str) -> str:
    """Folded, without spaces and leading zeros of numbers: identifiers compare as written."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", re.sub(r"\s+", "", folded_words(text)))


#: A sentence saying where a report goes (the "to" intent's bonus).
_SENT_TO_RE = re.compile(r"\b(gửi|về|qua|nộp)\b")


# The sentence tests below depend on the sentence alone: cached, since the same sentences
# are scored again for every question about their plan (folded_words is cached too).
@lru_cache(maxsize=50_000)
def _says_time(piece: str) -> bool:
    """The piece names a date or a period (the "when" intent's bonus)."""
    return TIME_RE.search(piece) is not None


@lru_cache(maxsize=50_000)
def _says_to(piece: str) -> bool:
    """The piece says where something is sent (the "to" intent's bonus)."""
    return _SENT_TO_RE.search(piece) is not None


_NUMBERING_RE = re.compile(r"^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)]\s*")


_LIST_Q_RE = re.compile(r"\b(?:" + alternation("list_cues.txt") + r")\b")


def _segment_named(ctx: AnswerContext, segment: str) -> float:
    """Share of a heading segment's phrases that the question contains; a heading listing
    several units ("2. Phòng X, Trung tâm Y, Ban Z") is named as much as its best-named one."""
    text = _NUMBERING_RE.sub("", segment).rstrip("…")
    parts = [text] + ([p for p in re.split(r"[,;]\s*", text) if p.strip()] if "," in text or ";" in text else [])
    asked = set(bigrams(ctx.analysis.folded.split()))
    return max(_phrases_named(part, asked) for part in parts)


def _phrases_named(text: str, asked: set[str]) -> float:
    """Share of a short text's two-word phrases (no stopwords, no numbers) among `asked`."""
    words = [w for w in syllables(text) if not w.isdigit()]
    phrases = [b for b in bigrams(words) if not any(p in STOPWORDS for p in b.split("_"))]
    if not phrases or len(words) > MAX_NAMED_SEGMENT_WORDS:
        return 0.0
    return sum(1 for b in phrases if b in asked) / len(phrases)


def named_section_items(ctx: AnswerContext) -> tuple[str, str, list[ChunkRow]] | None:
    """"Văn phòng có nhiệm vụ gì?", "có những chỉ tiêu gì?": the question names a heading
    and asks for what is under it. Returns (section prefix, label, chunks in order)."""
    if not _LIST_Q_RE.search(ctx.analysis.folded):
        return None
    best: tuple[float, str] | None = None
    for row in ctx.chunks.values():
        if row.section == CLOSING_SECTION:
            continue   # the closing restates the plan's title; it lists nothing asked
        parts = row.section.split(" > ") if row.section else []
        for depth, segment in enumerate(parts):
            share = _segment_named(ctx, segment)
            if share >= NAMED_SEGMENT_SHARE and (best is None or share > best[0]):
                best = (share, " > ".join(parts[: depth + 1]))
    if best is None:
        return None
    prefix = best[1]
    rows = sorted((r for r in ctx.chunks.values()
                   if r.section == prefix or r.section.startswith(prefix + " > ")),
                  key=lambda r: (r.document_id, r.ordinal))
    if not rows or len({r.document_id for r in rows}) > 1:
        return None
    return prefix, _NUMBERING_RE.sub("", prefix.split(" > ")[-1]), rows


def _heading_named(ctx: AnswerContext, section: str) -> float:
    """Bonus when the question names the passage's own heading: "Văn phòng có nhiệm vụ
    gì" → "IV. TỔ CHỨC THỰC HIỆN > 1. Văn phòng"; "mục đích" → "1. Mục đích"."""
    words = _heading_words(section)
    if not words:
        return 0.0
    return NAMED_HEADING_BONUS if f" {words} " in f" {ctx.analysis.folded} " else 0.0


@lru_cache(maxsize=20_000)
def _heading_words(section: str) -> str:
    """The folded words of a section's last heading, empty when none or too long."""
    if not section:
        return ""
    words = syllables(_NUMBERING_RE.sub("", section.split(" > ")[-1]).rstrip("…"))
    return " ".join(words) if words and len(words) <= MAX_NAMED_HEADING_WORDS else ""


TIME_RE = re.compile(r"\d{1,2}/\d{1,2}|\bngày thứ \d|\bđịnh kỳ\b|\bhằng (tháng|quý|năm|tuần)|\bhàng (tháng|quý|năm|tuần)|\btháng \d")
_SUBJECTLESS_RE = re.compile(r"^(?:[-+•]\s*)?(Là|Chủ trì|Tham mưu|Phối hợp|Hướng dẫn|Theo dõi|Chịu trách nhiệm)\b")


@lru_cache(maxsize=50_000)
def _says_who(piece: str, section: str) -> bool:
    """The piece names the unit that does something (the "who" intent's bonus): it opens
    with an agency ("Phòng X chủ trì …") or is a subjectless duty under a unit's heading
    ("2. Phòng X" / "- Là đơn vị thường trực …")."""
    lead = clean_lead(piece)
    return AGENCY_START_RE.match(lead) is not None or with_subject(piece, section) != lead


def with_subject(sentence: str, section: str) -> str:
    """A bullet starting with a verb (`Là …`, `Chủ trì …`) under a unit's heading
    (`2. Phòng X`) reads as `Phòng X là …`."""
    text = clean_lead(sentence)
    m = _SUBJECTLESS_RE.match(sentence)
    if not m or not section:
        return text
    last = section.split(" > ")[-1]
    unit = re.sub(r"^(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]\s*", "", last).rstrip("…").strip()
    # a unit's name fits in a heading label; a longer heading segment is not a name
    if not unit or len(unit) > MAX_LABEL_CHARS or unit.isupper():
        return text
    return f"{unit} {text[0].lower()}{text[1:]}" if text else unit


@lru_cache(maxsize=20_000)
def _pieces(text: str) -> tuple[str, ...]:
    """A passage cut into answerable pieces: sentences, long ones into clause runs."""
    return tuple(piece for line in text.split("\n") for sentence in split_sentences(line)
                 for piece in _clauses(sentence))


def _clauses(sentence: str) -> list[str]:
    """Long sentences are cut into runs of `;`-clauses of readable length."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    parts = [p.strip() for p in re.split(r";\s+", sentence) if p.strip()]
    runs: list[str] = []
    current = ""
    for p in parts:
        if current and len(current) + len(p) + 2 > MAX_SENTENCE_CHARS:
            runs.append(current)
            current = p
        else:
            current = f"{current}; {p}" if current else p
    if current:
        runs.append(current)
    return [r if len(r) <= MAX_SENTENCE_CHARS * CLAUSE_RUN_SLACK else r[: MAX_SENTENCE_CHARS] + "…" for r in runs]


def clean_lead(text: str) -> str:
    """The text without a leading bullet."""
    return re.sub(r"^[-+•]\s*", "", text).strip()


def document_of_focus(ctx: AnswerContext) -> DocumentRow | None:
    """The plan an answer about the plan itself is about: the one named, else the best hit's."""
    if len(ctx.pinned_documents) == 1:
        return ctx.documents.get(ctx.pinned_documents[0])
    for hit in ctx.hits[:3]:
        row = ctx.chunks.get(hit.chunk_id)
        if row:
            return ctx.documents.get(row.document_id)
    return None

def first_chunk_id(ctx: AnswerContext, document_id: int) -> int | None:
    """The document's first passage among those in the context."""
    ids = [cid for cid, row in ctx.chunks.items() if row.document_id == document_id]
    return min(ids, key=lambda c: ctx.chunks[c].ordinal) if ids else None


def closing_chunk_id(ctx: AnswerContext, document_id: int) -> int | None:
    """The document's recipients passage ("Nơi nhận") among those in the context."""
    for cid, row in ctx.chunks.items():
        if row.document_id == document_id and row.section.startswith("Nơi nhận"):
            return cid
    return None

