"""Engine results → Telegram HTML messages.

Every interpolated value goes through `esc` (`html.escape`). Formatters return one string;
`split_message` cuts it into parts under Telegram's 4096-character limit at line
boundaries (tags are only ever used inside short lines, so a cut never splits one).
"""
from __future__ import annotations

import re
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Iterable, Sequence

from index.clock import day_text as fmt_date
from index.duty_text import cut_at_word
from index.models import Answer, Deadline, Source, distinct_sources
from index.reminders import Digest, offset_phrase, stale_notice_lines
from index.rows import UsageStats

from . import texts

if TYPE_CHECKING:
    from index.library import DocumentInfo, IndexReport, IngestReport

#: Telegram refuses messages over 4096 characters; keep a margin for entities.
MESSAGE_LIMIT = 4000
#: Sources listed under an answer (each gets a "show passage" button).
MAX_SOURCES_SHOWN = 3
#: A section label in a source line (heading paths run long: "III. … > 4. Thủ trưởng …").
SECTION_LIMIT = 70

_ENTITY_RE = re.compile(r"&[#a-zA-Z0-9]{0,10}$")


def esc(value: object) -> str:
    """`html.escape` for any value (None → empty string)."""
    return escape("" if value is None else str(value), quote=False)



def _cut_long_line(line: str, limit: int) -> list[str]:
    """Cut one (escaped, tag-free) line into pieces ≤ limit, at spaces where possible,
    never inside an HTML entity such as `&amp;`."""
    pieces = []
    while len(line) > limit:
        cut = line.rfind(" ", limit // 2, limit)
        if cut <= 0:
            cut = limit
        head = line[:cut]
        entity = _ENTITY_RE.search(head)
        if entity:
            cut = entity.start()
            head = line[:cut]
        pieces.append(head)
        line = line[cut:].lstrip(" ")
    pieces.append(line)
    return pieces


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split a message into parts of at most `limit` characters, at line boundaries."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        for piece in (_cut_long_line(line, limit) if len(line) > limit else [line]):
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                if current.strip():
                    parts.append(current)
                current = piece
    if current.strip():
        parts.append(current)
    return parts or [text[:limit]]


# --------------------------------------------------------------------------- answers
def document_name(citation: str | None, title: str | None) -> str:
    """How users see a document: its citation (kind, number, date, issuer), else its
    title; never the corpus file name."""
    return citation or title or texts.UNNAMED_DOCUMENT


def _citation(source: Source) -> str:
    return document_name(source.citation, source.title)


def _source_line(index: int, source: Source) -> str:
    citation = _citation(source)
    year = ""
    if source.year and str(source.year) not in citation:
        year = f" (năm {source.year})"
    return texts.SOURCE_LINE.format(
        index=index, citation=esc(citation), year=esc(year),
        section=esc(cut_at_word(source.section, SECTION_LIMIT) if source.section else texts.SOURCE_SECTION_NONE))


def shown_sources(answer: Answer) -> list[Source]:
    """The sources listed under an answer (and offered as buttons), best first: the best
    passage of each plan, so a plan is cited once however many of its passages matched."""
    return distinct_sources(answer.sources)[:MAX_SOURCES_SHOWN]


def format_answer(answer: Answer) -> str:
    """Direct answer first, then the numbered sources."""
    body = esc(answer.answer.strip())
    if not answer.found:
        body = texts.NOT_FOUND_PREFIX + body
    lines = [body]
    # a plan the answer already cites is not cited again; numbers stay those of the buttons
    uncited = [(i, s) for i, s in enumerate(shown_sources(answer), 1) if _citation(s) not in answer.answer]
    if answer.found and uncited:
        lines.append("")
        lines.append(texts.SOURCES_HEADER if len(uncited) == len(shown_sources(answer)) else texts.MORE_SOURCES_HEADER)
        lines.extend(_source_line(i, s) for i, s in uncited)
    return "\n".join(lines)


# --------------------------------------------------------------------------- deadlines
def deadline_lines(deadline: Deadline, today: date | None = None, offset: int | None = None) -> list[str]:
    """Two lines for one dated obligation: what/who/to, then the citation."""
    if offset is None and today is not None and deadline.date is not None:
        offset = (deadline.date - today).days
    if deadline.date is None:
        first = texts.DEADLINE_RECURRING_LINE.format(
            recurrence=esc(deadline.recurrence or deadline.due_text), what=esc(deadline.what),
            who=esc(deadline.who or texts.UNKNOWN_UNIT), to_whom=esc(deadline.to_whom or texts.UNKNOWN_RECIPIENT))
    else:
        when = esc(offset_phrase(offset)) if offset is not None and offset >= 0 else esc(deadline.due_text)
        first = texts.DEADLINE_LINE.format(
            date=fmt_date(deadline.date), when=when, what=esc(deadline.what),
            who=esc(deadline.who or texts.UNKNOWN_UNIT), to_whom=esc(deadline.to_whom or texts.UNKNOWN_RECIPIENT))
    citation = document_name(deadline.citation, None)
    if deadline.section:
        citation = f"{citation}, mục {deadline.section}"
    return [first, texts.DEADLINE_SOURCE.format(citation=esc(citation))]


def format_upcoming(deadlines: Sequence[Deadline], today: date, keyword: str | None) -> str:
    """/hanchot when there are upcoming deadlines."""
    header = texts.UPCOMING_HEADER.format(
        filter=texts.UPCOMING_FILTER.format(keyword=esc(keyword)) if keyword else "")
    lines = [header]
    for d in deadlines:
        lines.extend(deadline_lines(d, today=today))
    return "\n".join(lines)


def format_stale(newest: DocumentInfo | None, today: date, reference: Sequence[Deadline]) -> str:
    """/hanchot when every known deadline is past: say so, name the newest plan, and list
    its (past) deadlines for reference."""
    lines = [esc(line) for line in stale_notice_lines(newest, today)]
    if reference:
        lines.append("")
        lines.append(texts.STALE_REFERENCE_HEADER.format(
            citation=esc(newest.citation or newest.title if newest else "")))
        for d in reference:
            lines.extend(deadline_lines(d))
    return "\n".join(lines)


def format_reminder(digest: Digest) -> str:
    """The morning reminder for one chat (the HTML twin of `reminders.render_plain`)."""
    header = texts.REMINDER_HEADER.format(date=fmt_date(digest.day))
    if digest.late:
        header += texts.REMINDER_LATE
    lines = [header]
    if digest.keyword:
        lines.append(texts.REMINDER_FILTER.format(keyword=esc(digest.keyword)))
    for item in digest.items:
        lines.extend(deadline_lines(item.deadline, offset=item.offset_days))
    if digest.stale:
        lines.extend(esc(line) for line in stale_notice_lines(digest.newest, digest.day))
    return "\n".join(lines)


# --------------------------------------------------------------------------- admin
def format_ingest_report(report: IngestReport) -> str:
    """What the admin sees after sending a file: the extracted fields and dated duties."""
    doc, meta = report.document, report.meta
    lines = [texts.UPLOAD_DONE.format(id=doc.id)]
    fields = [
        (texts.LABEL_TITLE, meta.title or doc.title),
        (texts.LABEL_ISSUER, meta.issuer or doc.issuer),
        *([(texts.LABEL_PARENT, meta.parent)] if meta.parent else []),   # the body above it, as read
        (texts.LABEL_YEAR, meta.year or doc.year),
        (texts.LABEL_NUMBER, meta.number or doc.number),
        (texts.LABEL_CHUNKS, report.chunks),
    ]
    for label, value in fields:
        lines.append(texts.UPLOAD_FIELD.format(
            label=esc(label), value=esc(value if value not in (None, "") else texts.UNKNOWN_VALUE)))
    if report.scan is not None:   # read from page images: say how surely, which pages to check
        lines.extend(f"📷 {esc(line)}" for line in report.scan.summary())
    if report.replaced is not None:
        lines.append(texts.UPLOAD_REPLACED.format(
            citation=esc(report.replaced.citation or report.replaced.title), id=report.replaced.id))
    for doc in report.similar:
        lines.append(texts.UPLOAD_SIMILAR.format(citation=esc(doc.citation or doc.title), id=doc.id))
    dated = [d for d in report.deadlines if d.date is not None]
    undated = [d for d in report.deadlines if d.date is None]
    lines.append("")
    if dated:
        lines.append(texts.UPLOAD_DEADLINES_HEADER)
        for number, d in enumerate(dated, 1):     # numbered, so the admin can point at one
            first, *rest = deadline_lines(d)
            lines.extend([f"{number}. {first}", *rest])
    else:
        lines.append(texts.UPLOAD_NO_DEADLINES)
    if undated:
        lines.append(texts.UPLOAD_RECURRING.format(count=len(undated)))
    for warning in report.warnings:   # what the reader did not recognise
        lines.append(texts.UPLOAD_WARNING.format(text=esc(warning)))
    return "\n".join(lines)


def format_documents(documents: Iterable) -> str:
    """/tailieu."""
    documents = list(documents)
    if not documents:
        return texts.NO_DOCUMENTS
    lines = [texts.DOCUMENTS_HEADER.format(count=len(documents))]
    for d in documents:
        lines.append(texts.DOCUMENT_LINE.format(
            id=d.id, citation=esc(d.citation or d.title), year=esc(d.year or texts.UNKNOWN_VALUE),
            parent=texts.DOCUMENT_PARENT.format(parent=esc(d.parent)) if d.parent else "",
            chunks=d.chunks, deadlines=d.deadlines))
    lines.append(texts.DOCUMENTS_FOOTER)
    return "\n".join(lines)


def format_stats(stats: UsageStats, subscriptions: int) -> str:
    """/thongke."""
    lines = [texts.STATS.format(
        subscriptions=subscriptions, questions=stats.questions, unanswered=stats.unanswered,
        feedback_up=stats.feedback_up, feedback_down=stats.feedback_down, documents=stats.documents,
        chunks=stats.chunks, obligations=stats.obligations)]
    recent = stats.recent_unanswered
    if recent:
        lines.append("")
        lines.append(texts.STATS_UNANSWERED)
        lines.extend(f"• {esc(q[:200])}" for q in recent)
    return "\n".join(lines)


def format_reindex(report: IndexReport) -> str:
    """/reindex result."""
    seconds = f"{report.seconds:.1f}".replace(".", ",") + " giây" if report.seconds >= 0.1 else texts.UNDER_A_SECOND
    lines = [texts.REINDEX_DONE.format(
        documents=report.documents, chunks=report.chunks, obligations=report.obligations,
        embedded=report.embedded, duration=seconds)]
    lines.extend(texts.REINDEX_SKIPPED.format(error=esc(e)) for e in report.errors)
    return "\n".join(lines)
