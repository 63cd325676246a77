"""Compose the reply: a direct one-or-two-sentence answer drawn from the obligations or
the best passage, the cited sources, and the relevant deadlines — or an honest
"không tìm thấy" when the corpus does not cover the question. No LLM is involved.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .chunking import split_sentences
from .models import Answer, Deadline, Source
from .question import QuestionAnalysis, expand_synonyms
from .search import Hit
from .structure import CLOSING_SECTION
from .vietnamese import STOPWORDS, bigrams, compounds, has_diacritics, syllables

NOT_FOUND_MESSAGE = (
    "Xin lỗi, tôi không tìm thấy nội dung liên quan trong các kế hoạch hiện có. "
    "Hãy hỏi cụ thể hơn (ví dụ: tên báo cáo, đơn vị, năm) hoặc đề nghị quản trị viên tải lên kế hoạch liên quan."
)
MAX_SOURCES = 5
MAX_SENTENCE_CHARS = 420


@dataclass
class AnswerContext:
    """Everything the composer needs, gathered by the engine."""

    analysis: QuestionAnalysis
    hits: list[Hit]
    chunks: dict[int, dict]                 # chunk_id -> row (with document fields)
    obligations: list[dict]                 # candidate obligation rows (already filtered)
    documents: dict[int, dict]              # document_id -> row
    idf: dict[str, float]                   # token -> idf (unknown tokens are absent)
    unknown_idf: float
    pinned_documents: list[int] = field(default_factory=list)
    today: date | None = None
    #: tokens that only name the plan (its issuer): they select the plan, not the passage
    plan_tokens: set[str] = field(default_factory=set)
    #: loads a document's chunk rows on demand (a deadline may come from a plan outside the hits)
    load_chunks: Callable[[int], list[dict]] | None = None


# ---------------------------------------------------------------------------- helpers
@lru_cache(maxsize=50_000)
def _tokens(text: str) -> frozenset[str]:
    """Folded syllables and adjacent pairs of a text (cached: passages repeat across questions)."""
    s = syllables(text)
    return frozenset(s) | frozenset(bigrams(s))


def _weight(ctx: AnswerContext, token: str) -> float:
    return ctx.idf.get(token, ctx.unknown_idf)


def coverage(ctx: AnswerContext, text_tokens: set[str]) -> float:
    """IDF-weighted share of the question's content syllables found in a text."""
    q = ctx.analysis.tokens
    if not q:
        return 0.0
    total = sum(_weight(ctx, t) for t in set(q))
    got = sum(_weight(ctx, t) for t in set(q) if t in text_tokens)
    return got / total if total else 0.0


def _overlap(ctx: AnswerContext, text_tokens: set[str], *, within_plan: bool = False) -> float:
    """Coverage of the question's words plus coverage of its two-word phrases (0..2).

    Phrases disambiguate folded syllables: `van phong` (Văn phòng) is not `van` + `phong`
    scattered over a sentence. `within_plan`: the passage is already inside the plan the
    question names, so the words naming that plan do not count."""
    ignore = ctx.plan_tokens if within_plan else set()
    words = [t for t in dict.fromkeys(ctx.analysis.tokens) if t not in ignore] or list(dict.fromkeys(ctx.analysis.tokens))
    total = sum(_weight(ctx, t) for t in words)
    unigram = sum(_weight(ctx, t) for t in words if t in text_tokens) / total if total else 0.0
    # phrases the corpus never contains cannot tell passages apart
    phrases = [b for b in _content_bigrams(ctx) if b in ctx.idf and not all(p in ignore for p in b.split("_"))]
    if not phrases:
        return unigram
    total = sum(_weight(ctx, b) for b in phrases)
    return unigram + sum(_weight(ctx, b) for b in phrases if b in text_tokens) / total


def _content_bigrams(ctx: AnswerContext) -> list[str]:
    sylls = ctx.analysis.folded.split()
    return list(dict.fromkeys(b for b in bigrams(sylls) if not any(p in STOPWORDS for p in b.split("_"))))


def format_due(row: dict) -> str:
    """`trước ngày 20/5` + 2024 → `trước ngày 20/5/2024`; undated → the recurrence."""
    due_text = (row.get("due_text") or "").strip()
    due_on = row.get("due_on")
    if due_on:
        d = date.fromisoformat(due_on)
        if str(d.year) in due_text:
            return due_text
        m = re.search(r"(\d{1,2}\s*[/.-]\s*\d{1,2})(?!\s*[/.-]\s*\d)", due_text)
        if m:
            rest = re.sub(r"^\s*(của|trong)\s+năm\b", "", due_text[m.end():])   # "10/11 của năm"
            return due_text[: m.end()] + f"/{d.year}" + rest
        return f"{due_text} ({d.day}/{d.month}/{d.year})" if due_text else f"{d.day}/{d.month}/{d.year}"
    recurrence = row.get("recurrence")
    if recurrence:
        return f"định kỳ {recurrence}" if not recurrence.startswith(("định kỳ", "hằng", "hàng", "ngày")) else recurrence
    return due_text or "không ghi hạn cụ thể"


def _section_label(section: str) -> str:
    return section if section else "phần đầu"


def row_to_deadline(row: dict) -> Deadline:
    return Deadline(
        date=date.fromisoformat(row["due_on"]) if row.get("due_on") else None,
        due_text=row.get("due_text") or "",
        who=row.get("who") or "",
        what=row.get("what") or "",
        to=row.get("to_whom") or "",
        document=row.get("filename") or "",
        recurrence=row.get("recurrence"),
        quote=row.get("quote") or "",
        section=row.get("section") or "",
        issuer=row.get("issuer") or "",
        number=row.get("number"),
        year=row.get("year"),
        citation=row.get("citation") or "",
        obligation_id=int(row.get("id") or 0),
        document_id=int(row.get("document_id") or 0),
    )


def _source(row: dict, score: float) -> Source:
    return Source(
        document=row["filename"], title=row.get("title") or "", issuer=row.get("issuer") or "",
        section=row.get("section") or "", text=row["text"], score=round(float(score), 4),
        chunk_id=int(row["id"]), document_id=int(row["document_id"]), number=row.get("number"),
        year=row.get("year"), citation=row.get("citation") or "",
    )


# ---------------------------------------------------------------------------- relevance
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
            union |= _tokens(" ".join(str(row.get(k) or "") for k in
                                      ("section", "text", "issuer", "title", "citation")))
    words = coverage(ctx, union)
    sylls = ctx.analysis.folded.split()
    phrases = [b for b in bigrams(sylls) if not any(p in STOPWORDS for p in b.split("_"))]
    if not phrases:
        return words
    known = sum(1 for b in phrases if b in ctx.idf) / len(phrases)
    return 0.5 * words + 0.5 * known


# ---------------------------------------------------------------------------- obligations
def _kind_matches(kind: str | None, what: str) -> float:
    if not kind:
        return 0.0
    w = " ".join(syllables(what))
    has6 = bool(re.search(r"\b(6|06|sau) thang\b", w))
    if kind == "6 tháng":
        return 0.6 if has6 else -0.6
    if kind == "năm":
        return 0.6 if (re.search(r"\bnam\b", w) and not has6 and "bao cao" in w) else -0.6
    if kind == "kế hoạch":
        return 0.6 if w.startswith("ke hoach") or "xay dung ke hoach" in w or "gui ke hoach" in w else -0.3
    if kind == "chấm điểm":
        return 0.6 if re.search(r"cham diem|danh gia|thi dua|xep loai", w) else -0.4
    return 0.0


def _field_match(ctx: AnswerContext, field_text: str) -> float:
    """Share of a field's own words (who / to whom) that the question mentions, leaving
    out the words that only name the plan."""
    question = set(ctx.analysis.folded.split())
    words = {t for t in syllables(field_text) if t not in STOPWORDS and t not in ctx.plan_tokens}
    if not words:
        return 0.0
    return len(words & question) / len(words)


def obligation_overlap(ctx: AnswerContext, ob: dict) -> float:
    """How well an obligation's words cover the question (no bonuses)."""
    text = " ".join(str(ob.get(k) or "") for k in ("what", "who", "to_whom", "quote", "section", "issuer"))
    return _overlap(ctx, _tokens(text))


def score_obligations(ctx: AnswerContext) -> list[tuple[float, dict]]:
    """Rank candidate obligations for a deadline/recipient question."""
    doc_rank: dict[int, int] = {}
    for rank, hit in enumerate(ctx.hits[:10]):
        row = ctx.chunks.get(hit.chunk_id)
        if row and row["document_id"] not in doc_rank:
            doc_rank[row["document_id"]] = rank
    scored = []
    for ob in ctx.obligations:
        s = obligation_overlap(ctx, ob) + _kind_matches(ctx.analysis.report_kind, ob.get("what") or "")
        s += 0.3 * _field_match(ctx, ob.get("who") or "") + 0.3 * _field_match(ctx, ob.get("to_whom") or "")
        r = doc_rank.get(ob["document_id"])
        if r is not None:
            s += 0.25 / (1 + r)
        if ob.get("due_on"):
            s += 0.1
        scored.append((s, ob))
    scored.sort(key=lambda p: (-p[0], p[1]["id"]))
    return scored


def _select_obligations(ctx: AnswerContext, scored: list[tuple[float, dict]]) -> list[tuple[float, dict]]:
    """Best obligation per plan (several per plan when the question pins one plan)."""
    if not scored or scored[0][0] < 0.35:
        return []
    best = scored[0][0]
    chosen: list[tuple[float, dict]] = []
    per_doc: dict[int, float] = {}
    single_plan = len(ctx.pinned_documents) == 1 or len({ob["document_id"] for _, ob in scored}) == 1
    for s, ob in scored:
        doc = ob["document_id"]
        if doc not in per_doc:
            if s < best * 0.7:
                continue
            per_doc[doc] = s
            chosen.append((s, ob))
        elif single_plan and s >= per_doc[doc] * 0.85 and not ctx.analysis.report_kind:
            chosen.append((s, ob))
        if len(chosen) >= 6:
            break
    return chosen


def _deadline_line(ob: dict) -> str:
    due = format_due(ob)
    parts = [f"{ob.get('what') or 'Nhiệm vụ'}: {due}"]
    if ob.get("who"):
        parts.append(f"đơn vị thực hiện: {ob['who']}")
    if ob.get("to_whom"):
        parts.append(f"gửi về: {ob['to_whom']}")
    line = "; ".join(parts)
    return f"{line} ({ob.get('citation') or ob.get('filename')}, mục {_section_label(ob.get('section') or '')})."


def _newest(documents: list[dict]) -> dict | None:
    if not documents:
        return None
    return max(documents, key=lambda d: (d.get("year") or 0, d.get("issued_on") or "", d["id"]))


def _answer_from_obligations(ctx: AnswerContext, chosen: list[tuple[float, dict]]) -> str:
    obs = [ob for _, ob in chosen]
    if len(obs) == 1:
        text = _deadline_line(obs[0])
        text = text[0].upper() + text[1:]
    else:
        docs = {ob["document_id"] for ob in obs}
        head = "Các kế hoạch quy định khác nhau:" if len(docs) > 1 else "Kế hoạch quy định:"
        text = head + "\n" + "\n".join(f"{i}. {_deadline_line(ob)}" for i, ob in enumerate(obs, 1))
        if len(docs) > 1:
            newest = _newest([ctx.documents[d] for d in docs if d in ctx.documents])
            if newest:
                text += f"\nKế hoạch mới nhất trong số này: {newest.get('citation')} (năm {newest.get('year')})."
    if ctx.today:
        dated = [date.fromisoformat(ob["due_on"]) for ob in obs if ob.get("due_on")]
        if dated and all(d < ctx.today for d in dated):
            text += "\nLưu ý: các hạn này đã qua; hãy kiểm tra kế hoạch của năm nay."
    return text


# ---------------------------------------------------------------------------- passages
def _best_sentences(ctx: AnswerContext) -> tuple[str, dict, float] | None:
    """The sentence (or clause run) of the top passages that best answers the question,
    with a second one from the same passage when it scores nearly as well."""
    scored: list[tuple[float, str, dict, bool]] = []
    intent = ctx.analysis.intent
    # Every passage of the plans in focus competes (a reranking within those plans);
    # the retrieval rank only adds a prior.
    hit_rank = {h.chunk_id: r for r, h in enumerate(ctx.hits[:8])}
    asked_ref = _REFERENCE_Q_RE.search(ctx.analysis.folded)
    for cid, row in ctx.chunks.items():
        rank = hit_rank.get(cid)
        prior = 0.2 / (1 + rank) if rank is not None else 0.0
        prior += _heading_named(ctx, row["section"])
        section_tokens = _tokens(row["section"])
        for piece in _pieces(row["text"]):
            toks = _tokens(piece)
            s = (_overlap(ctx, toks, within_plan=True)
                 + 0.5 * _overlap(ctx, toks | section_tokens, within_plan=True)
                 + prior)
            if intent == "when" and _TIME_RE.search(piece):
                s += 0.15
            if intent == "to" and re.search(r"\b(gửi|về|qua|nộp)\b", piece):
                s += 0.15
            cites = bool(asked_ref) and re.search(
                r"\b" + asked_ref.group(1) + r" so \d", " ".join(syllables(piece))) is not None
            if row["section"] == CLOSING_SECTION:
                s -= 0.3  # "Trên đây là Kế hoạch ..." restates the title, answers nothing
            scored.append((s, piece, row, cites))
    if asked_ref and any(c for *_, c in scored):
        # "thực hiện kế hoạch số mấy?": only a sentence citing such a document answers it
        scored = [item for item in scored if item[3]]
    if not scored:
        return None
    scored.sort(key=lambda p: -p[0])
    best_score, best, row, _ = scored[0]
    text = best
    for s2, piece, row2, _ in scored[1:4]:
        if row2["id"] == row["id"] and piece != best and s2 >= 0.85 * best_score \
                and len(text) + len(piece) < 2 * MAX_SENTENCE_CHARS and intent in ("what", "general", "who"):
            text = f"{best}\n{piece}"
            break
    return text, row, best_score


#: "... theo kế hoạch nào?", "quyết định số mấy?": the answer is a cited document.
_REFERENCE_Q_RE = re.compile(
    r"(?<!trong )(?<!\bo )\b(ke hoach|quyet dinh|nghi quyet|chi thi|cong van|ket luan|huong dan|quy dinh|thong tu|nghi dinh)"
    r"\s+(?:nao|so may|so bao nhieu|so)\b")
_NUMBERING_RE = re.compile(r"^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)]\s*")


_LIST_Q_RE = re.compile(r"\bnhiem vu\b|\btrach nhiem\b|\blam gi\b|\bphai lam\b|\bduoc giao\b|\bnhung\b.*\bgi\b|\bgom\b|\bchi tieu (gi|nao)\b")


def _segment_named(ctx: AnswerContext, segment: str) -> float:
    """Share of a heading segment's phrases that the question contains."""
    words = [w for w in syllables(_NUMBERING_RE.sub("", segment).rstrip("…")) if not w.isdigit()]
    phrases = [b for b in bigrams(words) if not any(p in STOPWORDS for p in b.split("_"))]
    if not phrases or len(words) > 10:
        return 0.0
    asked = set(bigrams(ctx.analysis.folded.split()))
    return sum(1 for b in phrases if b in asked) / len(phrases)


def _named_section_items(ctx: AnswerContext) -> tuple[str, str, list[dict]] | None:
    """"Văn phòng có nhiệm vụ gì?", "có những chỉ tiêu gì?": the question names a heading
    and asks for what is under it. Returns (section prefix, label, chunks in order)."""
    if not _LIST_Q_RE.search(ctx.analysis.folded):
        return None
    best: tuple[float, str] | None = None
    for row in ctx.chunks.values():
        parts = row["section"].split(" > ") if row["section"] else []
        for depth, segment in enumerate(parts):
            share = _segment_named(ctx, segment)
            if share >= 0.3 and (best is None or share > best[0]):
                best = (share, " > ".join(parts[: depth + 1]))
    if best is None:
        return None
    prefix = best[1]
    rows = sorted((r for r in ctx.chunks.values()
                   if r["section"] == prefix or r["section"].startswith(prefix + " > ")),
                  key=lambda r: (r["document_id"], r["ordinal"]))
    if not rows or len({r["document_id"] for r in rows}) > 1:
        return None
    return prefix, _NUMBERING_RE.sub("", prefix.split(" > ")[-1]), rows


def _heading_named(ctx: AnswerContext, section: str) -> float:
    """Bonus when the question names the passage's own heading: "Văn phòng có nhiệm vụ
    gì" → "IV. TỔ CHỨC THỰC HIỆN > 1. Văn phòng"; "mục đích" → "1. Mục đích"."""
    if not section:
        return 0.0
    last = _NUMBERING_RE.sub("", section.split(" > ")[-1]).rstrip("…")
    words = syllables(last)
    if not words or len(words) > 6:
        return 0.0
    return 0.4 if re.search(r"\b" + " ".join(words) + r"\b", ctx.analysis.folded) else 0.0


_TIME_RE = re.compile(r"\d{1,2}/\d{1,2}|\bngày thứ \d|\bđịnh kỳ\b|\bhằng (tháng|quý|năm|tuần)|\bhàng (tháng|quý|năm|tuần)|\btháng \d")
_SUBJECTLESS_RE = re.compile(r"^(?:[-+•]\s*)?(Là|Chủ trì|Tham mưu|Phối hợp|Hướng dẫn|Theo dõi|Chịu trách nhiệm)\b")


def _with_subject(sentence: str, section: str) -> str:
    """`Là cơ quan thường trực …` under `1. Phòng Nội vụ Thành phố` →
    `Phòng Nội vụ Thành phố là cơ quan thường trực …`."""
    text = _clean_lead(sentence)
    m = _SUBJECTLESS_RE.match(sentence)
    if not m or not section:
        return text
    last = section.split(" > ")[-1]
    unit = re.sub(r"^(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]\s*", "", last).rstrip("…").strip()
    if not unit or len(unit) > 90 or unit.isupper():
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
    return [r if len(r) <= MAX_SENTENCE_CHARS * 1.5 else r[: MAX_SENTENCE_CHARS] + "…" for r in runs]


def _clean_lead(text: str) -> str:
    return re.sub(r"^[-+•]\s*", "", text).strip()


def _document_of_focus(ctx: AnswerContext) -> dict | None:
    if len(ctx.pinned_documents) == 1:
        return ctx.documents.get(ctx.pinned_documents[0])
    for hit in ctx.hits[:3]:
        row = ctx.chunks.get(hit.chunk_id)
        if row:
            return ctx.documents.get(row["document_id"])
    return None


def _answer_signer(doc: dict) -> str:
    who = doc.get("signer") or ""
    title = doc.get("signer_title") or ""
    if who and title:
        signed = f"{title} {who}"
    elif who:
        signed = who
    elif title:
        signed = f"{title} (văn bản không ghi tên người ký)"
    else:
        return f"{doc.get('citation')}: văn bản không ghi người ký."
    return f"{doc.get('citation')} do {signed} ký."


def _answer_issued(doc: dict) -> str:
    number = doc.get("number")
    issued = doc.get("issued_on")
    who = doc.get("issuer") or "cơ quan ban hành"
    name = f"{doc.get('kind') or 'Kế hoạch'} số {number}" if number else (doc.get("kind") or "Kế hoạch")
    title = f" «{doc['title']}»" if doc.get("title") else ""
    if issued:
        d = date.fromisoformat(issued)
        when = f"ban hành ngày {d.day}/{d.month}/{d.year}"
    else:
        when = f"không ghi ngày ban hành (để trống), năm {doc.get('year')}" if doc.get("year") else "không ghi ngày ban hành"
    place = f" tại {doc['place']}" if doc.get("place") and issued else ""
    num_note = "" if number else " (văn bản để trống số hiệu)"
    return f"{name}{title} của {who}{num_note} {when}{place}."


def _answer_recipients(doc: dict) -> str:
    recipients = json.loads(doc.get("recipients") or "[]")
    if not recipients:
        return f"{doc.get('citation')} không ghi nơi nhận."
    return f"Nơi nhận của {doc.get('citation')}: " + "; ".join(recipients) + "."


def _first_chunk_id(ctx: AnswerContext, document_id: int) -> int | None:
    ids = [cid for cid, row in ctx.chunks.items() if row["document_id"] == document_id]
    return min(ids, key=lambda c: ctx.chunks[c]["ordinal"]) if ids else None


def _closing_chunk_id(ctx: AnswerContext, document_id: int) -> int | None:
    for cid, row in ctx.chunks.items():
        if row["document_id"] == document_id and row["section"].startswith("Nơi nhận"):
            return cid
    return None


# ---------------------------------------------------------------------------- compose
#: Words that frame a question about these plans rather than name what is asked.
FRAMING_WORDS = frozenset(
    "han chot cuoi gui nop ngay thoi gian truoc cham nhat thang nam ke hoach thuc hien don vi "
    "quan phai nhiem vu cong tac bao cao lien he cu the noi dung nhu sau yeu cau duoc "
    "truc thuoc xay dung de roi nhac lan lau thong qua giao so ket".split())
EVIDENCE_THRESHOLD = 0.45


def evidence_coverage(ctx: AnswerContext, evidence: str) -> float:
    """How much of what the question asks the evidence actually says (0..1).

    Focus words are the question's words minus framing words and the words naming the
    plan. Their two-word phrases weigh most: "kinh phí" is not "kinh tế" + "lãng phí",
    "điện thoại" is not "điện tử" + "đối thoại". "Kinh phí thực hiện Kế hoạch QCDC 2024
    của Sở NN?" finds the plan, but no passage of it says "kinh phí": not found.
    """
    skip = FRAMING_WORDS | ctx.plan_tokens | STOPWORDS
    focus = [t for t in dict.fromkeys(ctx.analysis.tokens) if t not in skip]
    if not focus:
        return 1.0
    have = _tokens(expand_synonyms(" ".join(syllables(evidence))))
    total = sum(_weight(ctx, t) for t in focus)
    unigram = sum(_weight(ctx, t) for t in focus if t in have) / total
    # Real phrases only: underthesea's compounds when the question has diacritics, else
    # adjacent pairs the corpus knows (pairs across word boundaries are noise).
    if has_diacritics(ctx.analysis.text):
        candidates = [expand_synonyms(c.replace("_", " ")).replace(" ", "_") for c in compounds(ctx.analysis.text)]
    else:
        candidates = [b for b in bigrams(ctx.analysis.folded.split()) if b in ctx.idf]
    phrases = [b for b in dict.fromkeys(candidates)
               if b.count("_") == 1 and not all(p in skip for p in b.split("_"))]
    if not phrases:
        return unigram
    total = sum(_weight(ctx, b) for b in phrases)
    return 0.4 * unigram + 0.6 * sum(_weight(ctx, b) for b in phrases if b in have) / total


def compose(ctx: AnswerContext, *, relevance_threshold: float = 0.42) -> Answer:
    """Build the Answer for one analysed question."""
    analysis = ctx.analysis
    rel = relevance(ctx)
    order = [h.chunk_id for h in ctx.hits]
    deadlines: list[Deadline] = []
    text = ""
    evidence = ""       # what the answer rests on; empty = a metadata answer, not checked
    found = bool(ctx.hits) and rel >= relevance_threshold

    if found and analysis.intent in ("signer", "recipients", "issued"):
        doc = _document_of_focus(ctx)
        if doc:
            if analysis.intent == "issued":
                text = _answer_issued(doc)
                promoted = _first_chunk_id(ctx, doc["id"])
            else:
                text = _answer_signer(doc) if analysis.intent == "signer" else _answer_recipients(doc)
                promoted = _closing_chunk_id(ctx, doc["id"])
            if promoted is not None:
                order = [promoted] + [c for c in order if c != promoted]

    if found and not text and analysis.intent in ("what", "general"):
        named = _named_section_items(ctx)
        if named:
            prefix, label, rows = named
            items: list[str] = []
            for row in rows:
                for line in row["text"].split("\n"):
                    item = _clean_lead(line)
                    if item and sum(len(i) for i in items) + len(item) < 900:
                        items.append(item if len(item) <= MAX_SENTENCE_CHARS else item[:MAX_SENTENCE_CHARS] + "…")
            if items:
                text = (f"{label} (theo {rows[0].get('citation')}, mục {prefix}):\n"
                        + "\n".join(f"- {i}" for i in items))
                evidence = " ".join([prefix, rows[0].get("citation") or "", rows[0].get("title") or ""] + items)
                promoted = [r["id"] for r in rows]
                order = promoted[:3] + [c for c in order if c not in promoted[:3]]

    picked = _best_sentences(ctx) if found and not text else None
    if found and not text and analysis.intent in ("when", "to"):
        chosen = _select_obligations(ctx, score_obligations(ctx))
        # An obligation answers only if it covers the question about as well as the best
        # sentence does: "Luật ... có hiệu lực từ ngày nào?" is a "when" question that no
        # reporting duty answers.
        sentence_cover = _overlap(ctx, _tokens(picked[0])) if picked else 0.0
        if chosen and obligation_overlap(ctx, chosen[0][1]) >= 0.75 * sentence_cover \
                and (analysis.intent == "when" or chosen[0][0] >= 0.6):
            text = _answer_from_obligations(ctx, chosen)
            evidence = " ".join(str(ob.get(k) or "") for _, ob in chosen
                                for k in ("what", "who", "to_whom", "quote", "section", "issuer", "citation", "recurrence"))
            deadlines = [row_to_deadline(ob) for _, ob in chosen]
            front = []
            for _, ob in chosen:
                cid = _chunk_of_quote(ctx, ob)
                if cid is not None and cid not in front:
                    front.append(cid)
            order = front + [c for c in order if c not in front]
            # the passage each obligation was read from gives its context ("trực thuộc Sở")
            evidence += " " + " ".join(ctx.chunks[c]["text"] for c in front if c in ctx.chunks)

    if found and not text and picked:
        sentence, row, _ = picked
        lead = "\n".join(_with_subject(p, row["section"]) if analysis.intent in ("who", "to") else _clean_lead(p)
                         for p in sentence.split("\n"))
        label = _section_label(row["section"])
        end = "" if label.endswith(("…", ".")) else "."
        text = f"{lead}\n(Theo {row.get('citation')}, mục {label}{end})"
        evidence = " ".join([sentence, row["section"], row.get("citation") or "", row.get("title") or ""])
        order = [row["id"]] + [c for c in order if c != row["id"]]
        if analysis.intent == "when" and not _TIME_RE.search(sentence):
            evidence, text = "", ""   # a "when" question answered without any date is no answer

    if found and text and evidence and evidence_coverage(ctx, evidence) < EVIDENCE_THRESHOLD:
        text = ""   # the passage is near the topic but does not say what was asked
    if not found or not text:
        return Answer(question=analysis.text, found=False, answer=NOT_FOUND_MESSAGE,
                      sources=[], deadlines=[], intent=analysis.intent)

    score_of = {h.chunk_id: h.score for h in ctx.hits}
    sources = []
    for cid in order[:MAX_SOURCES]:
        row = ctx.chunks.get(cid)
        if row:
            sources.append(_source(row, score_of.get(cid, max(score_of.values(), default=0.0))))
    # Promoted passages (the obligation's sentence, the signature block) rank first:
    # make the reported scores agree with the order.
    for i in range(len(sources) - 2, -1, -1):
        sources[i].score = max(sources[i].score, sources[i + 1].score)
    if analysis.truncated:
        text += "\n(Câu hỏi quá dài nên chỉ phần đầu được xét.)"
    return Answer(question=analysis.text, found=True, answer=text, sources=sources,
                  deadlines=deadlines, intent=analysis.intent)


def _chunk_of_quote(ctx: AnswerContext, ob: dict) -> int | None:
    quote = re.sub(r"\s+", " ", ob.get("quote") or "")[:60]
    if not quote:
        return None
    if ctx.load_chunks and not any(r["document_id"] == ob["document_id"] for r in ctx.chunks.values()):
        for row in ctx.load_chunks(ob["document_id"]):
            ctx.chunks.setdefault(row["id"], row)
    for cid, row in ctx.chunks.items():
        if row["document_id"] == ob["document_id"] and quote in re.sub(r"\s+", " ", row["text"]):
            return cid
    return None
