"""Compose the reply: a candidate answer from the obligations, the plan's metadata or the
best passage; the decision (index/decision.py) says whether to give it, to list the closest
passages as unsure, or to say "không tìm thấy". Composers only render what was chosen.
No LLM is involved.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from . import decision
from .casing import NameCasing
from .channels import asks_channel
from .answer_context import AnswerContext, focus_coverage, overlap, plan_tokens_of
from .answer_features import features
from .duties import ScoredDuty, chunk_of_quote, covered_unit, kind_match, score_obligations
from .duty_selection import select_obligations
from .duty_windows import in_window, nearest_outside
from .duty_text import duty_line, render_duties, row_to_deadline, section_label, short_citation
from .lexicon import table_rows
from .query_lexicon import lexicon
from .models import Answer, Source
from .passages import (TIME_RE, PickedSentence, best_sentences, clean_lead, closing_chunk_id,
                       document_of_focus, first_chunk_id, named_section_items, with_subject)
from .question import Intent
from .rows import ChunkRow, DocumentRow, ObligationRow
from .thresholds import DATELESS_WHEN_SHARE, DUTY_OVER_SENTENCE_SHARE, WINDOW_COVERAGE
from .vietnamese import folded_words
from .windows import DateWindow
from .yes_no import read_yes_no

NOT_FOUND_MESSAGE = (
    "Xin lỗi, tôi không tìm thấy nội dung liên quan trong các kế hoạch hiện có. "
    "Hãy hỏi cụ thể hơn (ví dụ: tên báo cáo, đơn vị, năm) hoặc đề nghị quản trị viên tải lên kế hoạch liên quan."
)
UNSURE_MESSAGE = "Tôi chưa chắc chắn — các đoạn liên quan nhất (không tìm thấy câu trả lời trực tiếp):"
MAX_SOURCES = 5
#: The items under a named heading an answer lists, in characters (a phone screen or so).
MAX_ITEMS_CHARS = 480
#: On whose behalf a signature block is signed: abbreviation (lower case) → meaning.
_AUTHORITY = {row.cell(0).lower(): row.cell(1) for row in table_rows("signing_authority.tsv")}
_AUTHORITY_RE = re.compile(r"^(" + "|".join(re.escape(row.cell(0)) for row in table_rows("signing_authority.tsv"))
                           + r")\.?\s+", re.IGNORECASE)


def _source(row: ChunkRow, score: float) -> Source:
    return Source(
        document=row.filename, title=row.title or "", issuer=row.issuer or "",
        section=row.section or "", text=row.text, score=round(float(score), 4),
        chunk_id=int(row.id), document_id=int(row.document_id), number=row.number,
        year=row.year, citation=row.citation or "",
    )


class CandidateSource(StrEnum):
    """Which composer a candidate answer comes from (a decision feature, too)."""

    NONE = "none"
    METADATA = "metadata"      # the plan's own fields: signer, recipients, date
    WINDOW = "window"          # the deadlines inside a date window
    LIST = "list"              # every duty of a plan
    DUTY = "duty"              # the best duty per plan
    ITEMS = "items"            # the items under a heading the question names
    PASSAGE = "passage"        # the best sentence of the passages


@dataclass
class Candidate:
    """What a composer chose, before the decision: text, passages first, duties shown."""

    text: str = ""
    order: list[int] = field(default_factory=list)
    obligations: list[ObligationRow] = field(default_factory=list)
    evidence: str = ""
    score: float = 0.0
    source: CandidateSource = CandidateSource.NONE


# ---------------------------------------------------------------------------- metadata
def signer_phrase(doc: DocumentRow) -> str | None:
    """"Phó Giám đốc <tên> (ký thay Giám đốc)" or "Bí thư <tên> (thay mặt <tập thể>)" from the
    signature block fields; None when the plan names no signer."""
    name = (doc.signer or "").strip()
    block = re.sub(r"\s+", " ", doc.signer_title or "").strip()
    if not name and not block:
        return None
    authority = ""
    m = _AUTHORITY_RE.match(block)
    if m:
        authority = _AUTHORITY[m.group(1).lower()]
        block = block[m.end():]
    title, body = "", block
    folded_block = folded_words(block)
    for written in sorted(lexicon().titles, key=len, reverse=True):
        key = folded_words(written)
        if folded_block.endswith(key):
            title = written
            body = " ".join(block.split()[: len(block.split()) - len(key.split())])
            break
    if not title and block:
        title, body = block[:1].upper() + block[1:].lower(), ""
    issuer = doc.issuer or ""
    if body and folded_words(body) == folded_words(issuer):
        body = issuer
    elif body:
        # "TM. BAN THƯỜNG VỤ", "TM. UBND HUYỆN": cased as the issuer writes its words, else by convention
        body = NameCasing(issuer).case(body)
    text = " ".join(p for p in (title, name) if p) or "Người ký"
    if authority and body:
        text += f" ({authority} {body})"
    return text


def _answer_signer(doc: DocumentRow) -> str:
    who = signer_phrase(doc)
    cite = short_citation(doc)
    if who is None:
        return f"{cite}: văn bản không ghi người ký."
    if not doc.signer:
        return f"{cite} do {who} ký (văn bản không ghi tên người ký)."
    return f"{who} ký {cite[0].lower()}{cite[1:]}."


def _answer_issued(doc: DocumentRow) -> str:
    number, issued = doc.number, doc.issued_on
    name = f"{doc.kind or 'Kế hoạch'} số {number}" if number else (doc.kind or "Kế hoạch")
    title = f" «{doc.title}»" if doc.title else ""
    if issued:
        d = date.fromisoformat(issued)
        when = f"ban hành ngày {d.day}/{d.month}/{d.year}"
    else:
        when = f"không ghi ngày ban hành (để trống), năm {doc.year}" if doc.year else "không ghi ngày ban hành"
    num_note = "" if number else " (văn bản để trống số hiệu)"
    return f"{name}{title} của {doc.issuer or 'cơ quan ban hành'}{num_note} {when}."


def _answer_recipients(doc: DocumentRow) -> str:
    recipients = json.loads(doc.recipients or "[]")
    if not recipients:
        return f"{short_citation(doc)} không ghi nơi nhận."
    return f"Nơi nhận của {short_citation(doc)}: " + "; ".join(recipients) + "."


# ---------------------------------------------------------------------------- candidates
def _metadata(ctx: AnswerContext) -> Candidate | None:
    doc = document_of_focus(ctx)
    if doc is None:
        return None
    intent = ctx.analysis.intent
    if intent == Intent.ISSUED:
        text, promoted = _answer_issued(doc), first_chunk_id(ctx, doc.id)
    elif intent == Intent.SIGNER:
        text, promoted = _answer_signer(doc), closing_chunk_id(ctx, doc.id)
    else:
        text, promoted = _answer_recipients(doc), closing_chunk_id(ctx, doc.id)
    return Candidate(text=text, order=[promoted] if promoted is not None else [], evidence="",
                     score=1.0, source=CandidateSource.METADATA)


def plan_place(ctx: AnswerContext, document_id: int) -> str:
    """Where the plan was issued ("An Phú, ngày …"): an answer from a plan says its place
    as it says its issuer, so a question naming the place is not missing that word."""
    doc = ctx.documents.get(document_id)
    return (doc.place or "") if doc else ""


def _from_duties(ctx: AnswerContext, chosen: list[ScoredDuty], source: CandidateSource,
                 heading: str | None = None, *, more: int = 0, every_date: bool = True) -> Candidate:
    obs = [ob for _, ob in chosen]
    front: list[int] = []
    for ob in obs:
        cid = chunk_of_quote(ctx, ob)
        if cid is not None and cid not in front:
            front.append(cid)
    evidence = " ".join(v or "" for ob in obs for v in (ob.what, ob.who, ob.to_whom, ob.quote, ob.section,
                                                          ob.issuer, ob.citation, ob.recurrence))
    evidence += " " + " ".join(ctx.chunks[c].text for c in front if c in ctx.chunks)
    evidence += " " + " ".join(plan_place(ctx, d) for d in dict.fromkeys(ob.document_id for ob in obs))
    evidence += " " + covered_unit(ctx, obs)   # a unit the plan's group duties cover
    return Candidate(text=render_duties(ctx, obs, heading=heading, more=more, every_date=every_date),
                     order=front, obligations=obs,
                     evidence=evidence, score=chosen[0][0] if chosen else 0.0, source=source)


def _window(ctx: AnswerContext) -> Candidate:
    found = in_window(ctx, ctx.analysis.window)
    window, chosen = found.window, found.chosen
    if not chosen and ctx.pinned_documents:
        return _window_empty_for_plan(ctx, window)
    if not chosen:
        return Candidate(text=f"Không có hạn nào trong {window.label}.", score=0.0, source=CandidateSource.WINDOW)
    heading = f"Các hạn {window.label}:" if window.span == "upcoming" else f"Các hạn trong {window.label}:"
    # a recurring duty shows the dates inside the window, not all its dates in the plan
    cand = _from_duties(ctx, chosen, CandidateSource.WINDOW, heading=heading, more=found.more, every_date=False)
    cand.score = 1.0
    return cand


def _window_empty_for_plan(ctx: AnswerContext, window: DateWindow) -> Candidate:
    """The named plan holds nothing in the window: say so, naming the plan, and give its
    nearest deadlines before and after; its passages stay as sources (found stays false)."""
    plans = [ctx.documents[d] for d in ctx.pinned_documents if d in ctx.documents]
    named = "; ".join(short_citation(d) for d in plans) or "Kế hoạch được hỏi"
    span = window.label if window.span == "upcoming" else f"trong {window.label}"
    lines = [f"{named} không có hạn nào {span}."]
    before, after = nearest_outside(ctx, window)
    for label, ob in (("Hạn gần nhất trước đó", before), ("Hạn gần nhất sau đó", after)):
        if ob is not None:
            lines.append(f"{label}: {duty_line(ob, ctx.today, with_source=len(plans) > 1)}.")
    if before is None and after is None:
        lines.append("Kế hoạch này không ghi hạn cụ thể theo ngày.")
    near = [ob for ob in (before, after) if ob is not None]
    order = list(dict.fromkeys(c for c in (chunk_of_quote(ctx, ob) for ob in near) if c is not None))
    return Candidate(text="\n".join(lines), order=order, score=0.0, source=CandidateSource.WINDOW)


def _passage(ctx: AnswerContext, picked: PickedSentence) -> Candidate:
    sentence, row, score = picked.text, picked.row, picked.score
    intent = ctx.analysis.intent
    lead = "\n".join(with_subject(p, row.section) if intent in (Intent.WHO, Intent.TO) else clean_lead(p)
                     for p in sentence.split("\n"))
    text = f"{lead}\n(Nguồn: {short_citation(row)}, mục {section_label(row.section)})"
    if intent == Intent.WHEN and not TIME_RE.search(sentence):
        score *= DATELESS_WHEN_SHARE   # a weak answer to a "when" question
    return Candidate(text=text, order=[row.id],
                     evidence=" ".join([sentence, row.section, row.citation or "", row.title or "",
                                        plan_place(ctx, row.document_id)]),
                     score=score, source=CandidateSource.PASSAGE)


def candidate(ctx: AnswerContext) -> Candidate:
    """The best answer each composer can give, before the decision."""
    query = ctx.analysis
    if not ctx.hits and query.window is None:
        return Candidate()
    if query.intent in (Intent.SIGNER, Intent.RECIPIENTS, Intent.ISSUED):
        meta = _metadata(ctx)
        if meta is not None:
            return meta
    if query.intent == Intent.WINDOW and query.window is not None:
        return _window(ctx)
    if query.intent in (Intent.WHAT, Intent.GENERAL) and not query.asks_yes_no:
        # (a yes/no question asks whether a duty is required: the duties answer it)
        named = named_section_items(ctx)
        if named:
            prefix, label, rows = named
            items = [clean_lead(line) for row in rows for line in row.text.split("\n") if clean_lead(line)]
            shown: list[str] = []
            for item in items:
                if sum(len(i) for i in shown) + len(item) > MAX_ITEMS_CHARS:
                    break
                shown.append(item)
            text = (f"{label}:\n" + "\n".join(f"- {i}" for i in shown)
                    + f"\n(Nguồn: {short_citation(rows[0])}, mục {section_label(prefix)})")
            return Candidate(text=text, order=[r.id for r in rows[:3]],
                             evidence=" ".join([prefix] + items), score=1.0, source=CandidateSource.ITEMS)
    picked = best_sentences(ctx)
    # a report or event the question names routes it to the duties, unless what it asks is
    # something the text states about them (a cited decision, a period); a question asking
    # through what something is sent reads the duties' recipients, as "to whom" does
    if query.intent in (Intent.WHEN, Intent.TO, Intent.LIST, Intent.WHO) or (
            query.report_kind and not query.asks_statement) or asks_channel(query.folded) or query.asks_yes_no:
        scored = score_obligations(ctx)
        chosen = select_obligations(ctx, scored)
        framed = read_yes_no(ctx, chosen, scored) if query.asks_yes_no else None
        if framed is not None:
            cand = _from_duties(ctx, [(chosen[0][0], ob) for ob in framed.obligations], CandidateSource.DUTY)
            cand.text = framed.text
            return cand
        if chosen:
            top = chosen[0][1]
            duty_cover = overlap(ctx, plan_tokens_of(" ".join(v or "" for v in
                                                              (top.what, top.who, top.to_whom, top.quote))))
            sentence_cover = overlap(ctx, plan_tokens_of(picked.text)) if picked else 0.0
            named_report = kind_match(query.report_kind, chosen[0][1]) > 0
            if query.intent == Intent.LIST or (query.intent != Intent.WHO and (
                    named_report or duty_cover >= DUTY_OVER_SENTENCE_SHARE * sentence_cover)):
                return _from_duties(ctx, chosen, CandidateSource.LIST if query.intent == Intent.LIST
                                   else CandidateSource.DUTY)
    return _passage(ctx, picked) if picked else Candidate()


def compose(ctx: AnswerContext, model: decision.DecisionModel | None = None) -> Answer:
    """Build the Answer for one question: candidate, decision, rendering."""
    query = ctx.analysis
    cand = candidate(ctx)
    feats = features(ctx, cand)
    model = model or decision.load_model()
    p = model.probability(feats) if cand.text else 0.0
    outcome = model.outcome(p) if cand.text else decision.Outcome.NOT_FOUND
    if cand.source == CandidateSource.WINDOW:
        # a window answer reads the deadline table, it is not a retrieval guess: it holds
        # deadlines that say what else the question names, or it is an honest "none"
        said = not cand.evidence or focus_coverage(ctx, cand.evidence) >= WINDOW_COVERAGE
        outcome = decision.Outcome.ANSWER if cand.obligations and said else decision.Outcome.NOT_FOUND
    order = cand.order + [h.chunk_id for h in ctx.hits if h.chunk_id not in cand.order]
    score_of = {h.chunk_id: h.score for h in ctx.hits}
    top_score = max(score_of.values(), default=0.0)
    sources = [_source(ctx.chunks[c], score_of.get(c, top_score)) for c in order if c in ctx.chunks][:MAX_SOURCES]
    # Promoted passages rank first: make the reported scores agree with the order.
    for i in range(len(sources) - 2, -1, -1):
        sources[i].score = max(sources[i].score, sources[i + 1].score)
    base = dict(question=query.text, intent=query.intent)
    if outcome == decision.Outcome.ANSWER:
        text = cand.text + ("\n(Câu hỏi quá dài nên chỉ phần đầu được xét.)" if query.truncated else "")
        answer = Answer(found=True, answer=text, sources=sources,
                        deadlines=[row_to_deadline(ob) for ob in cand.obligations], **base)
    elif outcome == decision.Outcome.UNSURE and sources:
        lines = [f"- {short_citation(ctx.chunks[s.chunk_id])}, mục {section_label(s.section)}" for s in sources[:3]]
        answer = Answer(found=False, answer=UNSURE_MESSAGE + "\n" + "\n".join(lines), sources=sources, **base)
    elif cand.source == CandidateSource.WINDOW and not cand.obligations and ctx.pinned_documents:
        # the named plan holds nothing in the window: the reply says so and cites the plan
        answer = Answer(found=False, answer=cand.text, sources=sources, **base)
    elif cand.source == CandidateSource.WINDOW and not cand.obligations and cand.text:
        answer = Answer(found=False, answer=cand.text + " " + NOT_FOUND_MESSAGE.split(". ", 1)[0].replace(
            "Xin lỗi, tôi ", "Tôi ") + ".", **base)
    else:
        answer = Answer(found=False, answer=NOT_FOUND_MESSAGE, **base)
    answer.confidence = round(p, 3)
    answer.features = feats
    return answer
