"""What answer composition works with: the question's Query, the retrieved passages and
candidate obligations, the corpus statistics, and the word-overlap measures every
composer shares (IDF-weighted coverage of the question's words and two-word phrases).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .question import Query
from .rows import ChunkRow, DocumentRow, ObligationRow
from .search import Hit
from .thresholds import PHRASE_COVERAGE_SHARE
from .vietnamese import STOPWORDS, bigrams, folded_words, syllables

NOT_FOUND_MESSAGE = (
    "Xin lỗi, tôi không tìm thấy nội dung liên quan trong các kế hoạch hiện có. "
    "Hãy hỏi cụ thể hơn (ví dụ: tên báo cáo, đơn vị, năm) hoặc đề nghị quản trị viên tải lên kế hoạch liên quan."
)


@dataclass(frozen=True)
class QuestionSide:
    """The question's words and two-word phrases with their IDF weights, and the totals."""

    words: dict[str, float]
    word_total: float
    phrases: dict[str, float]
    phrase_total: float


@dataclass
class QuestionMemo:
    """Per-question values the composers reuse, each computed on first use: passages and
    duties are compared with the question hundreds of times."""

    #: the question's side, by `within_plan` (the words naming the plan left out or not)
    sides: dict[bool, QuestionSide] = field(default_factory=dict)
    #: the words and phrases `overlap_with_heading` looks for, and its values by which of
    #: them a text and its heading hold
    headed_terms: frozenset[str] | None = None
    headed_pairs: dict[tuple[frozenset[str], frozenset[str]], tuple[float, float]] = field(default_factory=dict)
    #: the question's adjacent pairs without stopwords
    bigrams: list[str] | None = None
    #: per plan, its own units (index/duty_groups.member_units), for group duties
    members: dict[int, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


@dataclass
class AnswerContext:
    """Everything the composer needs, gathered by the engine."""

    analysis: Query
    hits: list[Hit]
    chunks: dict[int, ChunkRow]             # chunk_id -> row (with document fields)
    obligations: list[ObligationRow]        # candidate obligations (already filtered)
    documents: dict[int, DocumentRow]       # document_id -> row
    idf: dict[str, float]                   # token -> idf (unknown tokens are absent)
    unknown_idf: float
    pinned_documents: list[int] = field(default_factory=list)
    today: date | None = None
    #: tokens that only name the plan (its issuer): they select the plan, not the passage
    plan_tokens: set[str] = field(default_factory=set)
    #: loads a document's chunk rows on demand (a deadline may come from a plan outside the hits)
    load_chunks: Callable[[int], list[ChunkRow]] | None = None
    #: every obligation of the corpus (date windows look beyond the retrieved plans)
    all_obligations: list[ObligationRow] = field(default_factory=list)
    #: the asker's registered unit (folded), whose duties and plans come first
    unit: str | None = None
    #: per-question values the composers reuse (the question's weighted words)
    memo: QuestionMemo = field(default_factory=QuestionMemo)
    #: every agency name the corpus holds (agency_mentions.known_agency_text)
    known_agencies: str = ""


# ---------------------------------------------------------------------------- helpers
@lru_cache(maxsize=50_000)
def tokens_of(text: str) -> frozenset[str]:
    """Folded syllables and adjacent pairs of a text (cached: passages repeat across questions)."""
    s = syllables(text)
    return frozenset(s) | frozenset(bigrams(s))


def weight(ctx: AnswerContext, token: str) -> float:
    """A token's IDF; a word the corpus never uses weighs `unknown_idf`."""
    return ctx.idf.get(token, ctx.unknown_idf)


def coverage(ctx: AnswerContext, text_tokens: set[str]) -> float:
    """IDF-weighted share of the question's content syllables found in a text."""
    q = ctx.analysis.tokens
    if not q:
        return 0.0
    total = sum(weight(ctx, t) for t in set(q))
    got = sum(weight(ctx, t) for t in set(q) if t in text_tokens)
    return got / total if total else 0.0


def _question_side(ctx: AnswerContext, within_plan: bool) -> QuestionSide:
    """The question's weighted words and phrases, computed once per question (passages
    and duties are compared with them hundreds of times)."""
    cached = ctx.memo.sides.get(within_plan)
    if cached is None:
        ignore = ctx.plan_tokens if within_plan else set()
        words = [t for t in dict.fromkeys(ctx.analysis.tokens) if t not in ignore] or list(dict.fromkeys(ctx.analysis.tokens))
        word_w = {t: weight(ctx, t) for t in words}
        # phrases the corpus never contains cannot tell passages apart
        phrases = [b for b in content_bigrams(ctx) if b in ctx.idf and not all(p in ignore for p in b.split("_"))]
        phrase_w = {b: weight(ctx, b) for b in phrases}
        cached = ctx.memo.sides[within_plan] = QuestionSide(word_w, sum(word_w.values()), phrase_w,
                                                            sum(phrase_w.values()))
    return cached


def overlap(ctx: AnswerContext, text_tokens: set[str] | frozenset[str], *, within_plan: bool = False) -> float:
    """Coverage of the question's words plus coverage of its two-word phrases (0..2).

    Phrases disambiguate folded syllables: `van phong` (Văn phòng) is not `van` + `phong`
    scattered over a sentence. `within_plan`: the passage is already inside the plan the
    question names, so the words naming that plan do not count."""
    side = _question_side(ctx, within_plan)
    word_w, word_total, phrase_w, phrase_total = side.words, side.word_total, side.phrases, side.phrase_total
    unigram = sum(w for t, w in word_w.items() if t in text_tokens) / word_total if word_total else 0.0
    if not phrase_w:
        return unigram
    return unigram + sum(w for b, w in phrase_w.items() if b in text_tokens) / phrase_total


def overlap_with_heading(ctx: AnswerContext, text_tokens: frozenset[str],
                         heading_tokens: frozenset[str]) -> tuple[float, float]:
    """`overlap(text, within_plan=True)` and `overlap(text | heading, within_plan=True)`.

    A question's few words decide both values: which of them the text has, and which the
    heading has. Most sentences share the same few (often none), so the pair is computed
    once per such combination and kept for the question instead of summing again for each
    of hundreds of sentences, and the union of the two token sets is never built. The sums
    run over the same words in the same order as `overlap`: the values are bit-for-bit the
    same."""
    memo = ctx.memo
    terms = memo.headed_terms
    if terms is None:
        side = _question_side(ctx, True)
        terms = memo.headed_terms = frozenset(side.words) | frozenset(side.phrases)
    key = (terms.intersection(text_tokens), terms.intersection(heading_tokens))
    pair = memo.headed_pairs.get(key)
    if pair is None:
        pair = memo.headed_pairs[key] = _headed_pair(ctx, *key)
    return pair


def _headed_pair(ctx: AnswerContext, in_text: frozenset[str], in_heading: frozenset[str]) -> tuple[float, float]:
    """The two overlaps of `overlap_with_heading`, from the question's words a text and its
    heading contain (membership there is membership in the full token sets)."""
    side = _question_side(ctx, True)
    word_w, word_total, phrase_w, phrase_total = side.words, side.word_total, side.phrases, side.phrase_total
    if word_total:
        alone = sum(w for t, w in word_w.items() if t in in_text) / word_total
        headed = sum(w for t, w in word_w.items() if t in in_text or t in in_heading) / word_total
    else:
        alone = headed = 0.0
    if not phrase_w:
        return alone, headed
    return (alone + sum(w for b, w in phrase_w.items() if b in in_text) / phrase_total,
            headed + sum(w for b, w in phrase_w.items() if b in in_text or b in in_heading) / phrase_total)


def content_bigrams(ctx: AnswerContext) -> list[str]:
    """The question's adjacent pairs without stopwords (cached on the context)."""
    cached = ctx.memo.bigrams
    if cached is None:
        sylls = ctx.analysis.folded.split()
        cached = ctx.memo.bigrams = list(dict.fromkeys(
            b for b in bigrams(sylls) if not any(p in STOPWORDS for p in b.split("_"))))
    return cached


def relevance(ctx: AnswerContext) -> float:
    """How well the corpus covers the question, 0..1.

    Half: the IDF-weighted share of the question's words found in the top passages (with
    their plan's issuer and title). Half: the share of the question's two-word phrases
    that occur anywhere in the corpus — "thời tiết", "giá vàng" never do, while "báo cáo
    6 tháng" does with or without diacritics. Single words alone are too easily matched
    ("Mai" is a signer's name) to decide.
    """
    union: set[str] = set()
    for hit in ctx.hits[:3]:
        row = ctx.chunks.get(hit.chunk_id)
        if row:
            union |= tokens_of(" ".join(v or "" for v in
                                      (row.section, row.text, row.issuer, row.title, row.citation)))
    words = coverage(ctx, union)
    sylls = ctx.analysis.folded.split()
    phrases = [b for b in bigrams(sylls) if not any(p in STOPWORDS for p in b.split("_"))]
    if not phrases:
        return words
    known = sum(1 for b in phrases if b in ctx.idf) / len(phrases)
    return (1 - PHRASE_COVERAGE_SHARE) * words + PHRASE_COVERAGE_SHARE * known


def focus_coverage(ctx: AnswerContext, evidence: str) -> float:
    """How much of what the question asks the evidence says (0..1): the IDF-weighted share
    of the question's focus terms (cue words and the words naming the plan left out) found
    in it, and of their two-word phrases the corpus knows. A feature of the decision."""
    skip = ctx.plan_tokens | STOPWORDS
    focus = [t for t in dict.fromkeys(ctx.analysis.focus_terms) if t not in skip]
    if not focus:
        return 1.0
    have = plan_tokens_of(evidence)
    total = sum(weight(ctx, t) for t in focus)
    unigram = sum(weight(ctx, t) for t in focus if t in have) / total
    phrases = [b for b in content_bigrams(ctx) if b in ctx.idf and not all(p in skip for p in b.split("_"))]
    if not phrases:
        return unigram
    total = sum(weight(ctx, b) for b in phrases)
    return ((1 - PHRASE_COVERAGE_SHARE) * unigram
            + PHRASE_COVERAGE_SHARE * sum(weight(ctx, b) for b in phrases if b in have) / total)


@lru_cache(maxsize=50_000)
def plan_tokens_of(text: str) -> frozenset[str]:
    """`tokens_of` a plan's text read through the same lexicon as questions ("nộp" reads
    "gửi" on both sides), cached: passages repeat across questions."""
    from .question import expand_synonyms

    return tokens_of(expand_synonyms(folded_words(text)))


def missing_focus(ctx: AnswerContext, evidence: str) -> float:
    """How rare the rarest focus term the evidence does not say is (0..1, by IDF against
    the rarest word of the corpus): a question outside the plans usually hinges on a word
    the closest passage or duty lacks."""
    skip = ctx.plan_tokens | STOPWORDS
    focus = [t for t in dict.fromkeys(ctx.analysis.focus_terms) if t not in skip]
    if not focus or not evidence:
        return 0.0
    have = plan_tokens_of(evidence)
    missing = [weight(ctx, t) for t in focus if t not in have]
    return min(1.0, max(missing, default=0.0) / ctx.unknown_idf) if ctx.unknown_idf else 0.0
