"""Read a plan's duties: who must send what to whom, and by when (or how often).

Works sentence by sentence, clause by clause (`;`), over the blocks of `structure.py`:
- a clause with a deadline phrase (`dates.find_due_dates`) gives one obligation per date;
- a clause with a reporting verb (báo cáo, gửi, nộp, tự đánh giá, chấm điểm) and a
  recipient or a recurrence, or a clause with an explicit recurrence ("định kỳ 6 tháng",
  "ngày thứ 5 của tuần cuối tháng"), gives an undated obligation.

`who` is the clause's or sentence's subject, else the nearest earlier subject in the block,
else the subject of the sentence introducing a list ("...theo thời gian:" followed by
"- Báo cáo 6 tháng: trước ngày 20/5/2024"), else the unit named by the section heading
("IV. TỔ CHỨC THỰC HIỆN > 1. Văn phòng"), else the plan's issuer. A line that only times
the duty above it ("- Thời gian: trước ngày 10/01/2025") joins that duty. Table rows
("STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành") are read by their header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .casing import NameCasing, in_capitals
from .dates import DueDate, find_due_dates
from .deliverables import (
    CONDITION_RE,
    REPORT_VERB_RE,
    STRONG_RECURRENCE_RE,
    TIME_WORD_RE,
    deliverable,
    enrich_plan,
    fallback_what,
    is_weak,
    label_for_date,
    normalize_what,
    period_of,
    section_task,
)
from .models import Block, Obligation
from .obligation_tables import read_table_row
from .open_deadlines import find_open_deadlines
from .recipients import channel_parts, find_recipients, pick_recipient, with_channels
from .recurrence import occurrences, parse_rule, plan_period
from .recurrence_phrases import find_recurrences, recurrence_periods
from .sentences import clause_spans, split_sentences
from .structure import RECIPIENTS, SIGNATURE
from .year_span import into_span
from .units import UNIT_HEAD_RE, section_unit, strip_bullet, subject_end, subject_of, tidy, unit_phrase

__all__ = ["extract_obligations", "split_sentences"]

#: Sections that never hold duties. The closing paragraph ("Trên đây là Kế hoạch ..., đề nghị
#: các đơn vị báo cáo ... trước ngày ...") is read: it sometimes carries a deadline.
_SKIP_SECTIONS = {RECIPIENTS, SIGNATURE}
_MAX_QUOTE_CHARS = 1500
#: A list item of more words than this is a sentence, not only a unit's name to fan out to.
_MAX_FAN_OUT_UNIT_WORDS = 14


@dataclass
class _ListContext:
    """What a sentence ending with ':' passes on to the list items below it."""

    section: str
    who: str
    to_whom: str
    recurrence: str | None
    quote: str
    # dated duties of the introducing sentence ("đề nghị các cơ quan sau đây báo cáo ... trước
    # ngày 15/6, cụ thể như sau:"), handed to each unit the list names
    duties: list[Obligation] = field(default_factory=list)
    fanned: bool = False


_TABLE_RULE_RE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def extract_obligations(blocks: list[Block], plan_year: int | None,
                        issuer: str | None = None, issued_on: date | None = None) -> list[Obligation]:
    """Return the duties of a plan: who must send what to whom, by when or how often.

    Year-less deadlines take `plan_year`; `issuer` is the fallback responsible unit when a
    duty names none. Dates citing other documents are ignored. No duplicates (same who,
    what and date). A periodic duty with a day ("hằng quý, trước ngày 20 của tháng cuối
    quý") becomes one dated row per occurrence in the plan's period (from `issued_on`).
    """
    state = WalkState(plan_year=plan_year, issuer=issuer)
    for block in _heading_blocks(blocks):
        if block.section in _SKIP_SECTIONS:
            state.ctx = None
            state.header = None
            continue
        text = tidy(block.text)
        if _TABLE_RULE_RE.fullmatch(text):
            continue   # a markdown table's "|---|---|" line: the header above still holds
        # a row of the table being read may be short: a group row of one or two cells (antiword
        # writes "I | CÔNG KHAI THÔNG TIN" without the empty cells after it) keeps the header
        if text.count(" | ") >= 2 or (state.header is not None and " | " in text):
            if not read_table_row(state, block, text):
                # no usable header: the row read as prose
                _prose_block(state, block, text.replace(" | ", "; "))
            continue
        state.header = None
        _prose_block(state, block, text)
    dated = into_span(state.out, blocks, plan_year, issued_on)
    return _cased_units(_materialised(dated, plan_year, issued_on), blocks)


def _cased_units(obligations: list[Obligation], blocks: list[Block]) -> list[Obligation]:
    """Units named in capitals (a heading "1. VĂN PHÒNG SỞ", a table cell) written the way the
    plan itself writes them, as its letterhead is."""
    if not any(in_capitals(ob.who) or in_capitals(ob.to_whom) for ob in obligations):
        return obligations
    casing = NameCasing("\n".join(b.text for b in blocks))

    def case(name: str) -> str:
        # "P. TC-HC", "P.TCHC": a short name after a one-letter abbreviation is all acronyms
        return name if _SHORT_NAME_RE.match(name) else casing.case(name)

    return [replace(ob, who=case(ob.who), to_whom=case(ob.to_whom)) for ob in obligations]


_SHORT_NAME_RE = re.compile(r"^[A-ZĐ]\.\s?[A-ZĐ]{1,5}(?:[-&][A-ZĐ]{1,5})*$")


def _materialised(obligations: list[Obligation], plan_year: int | None,
                  issued_on: date | None) -> list[Obligation]:
    """Undated periodic duties replaced by their occurrences in the plan's period."""
    if not plan_year:
        return obligations
    start, end = plan_period(plan_year, issued_on)
    out: list[Obligation] = []
    for ob in obligations:
        rule = None
        if ob.due_on is None:
            rule = parse_rule(ob.due_text, period_end_ok=True, context=ob.quote) if ob.due_text else None
            rule = rule or parse_rule(ob.quote)
        dates = occurrences(rule, start, end) if rule else []
        if not dates:
            out.append(ob)
            continue
        out += [replace(ob, due_on=d, due_text=ob.due_text or rule.text, recurrence=rule.label, rule=rule.text)
                for d in dates]
    return out


@dataclass
class WalkState:
    """What the walk over the blocks carries from one block to the next."""

    plan_year: int | None
    issuer: str | None
    out: list[Obligation] = field(default_factory=list)
    seen: set = field(default_factory=set)
    ctx: _ListContext | None = None
    header: list[str] | None = None     # column names of the table being read
    last: Obligation | None = None      # the previous obligation, for "Thời gian: trước ngày ..."

    def add(self, ob: Obligation) -> None:
        """Keep a duty once (its unit tidied, the plan's own issuer for a bare "Sở")."""
        ob.who = ob.who.strip(" ,;:.-")
        if self.issuer and ob.who and len(ob.who.split()) <= 2 and self.issuer.lower().startswith(ob.who.lower()):
            ob.who = self.issuer    # "của Sở", "UBND huyện": the plan's own issuer
        ob.to_whom = ob.to_whom.strip(" ,;:-")
        if "*" in ob.quote or "  " in ob.quote:
            ob.quote = tidy(ob.quote)
        if len(ob.quote) > _MAX_QUOTE_CHARS:     # a text without sentence ends is one "sentence"
            ob.quote = ob.quote[:_MAX_QUOTE_CHARS].rstrip() + "…"
        key = (ob.who.lower(), ob.what.lower(), ob.due_on or ob.due_text or None,
               None if ob.due_on else (ob.recurrence or ""))
        self.last = ob
        if key in self.seen:
            return
        self.seen.add(key)
        self.out.append(ob)


def _fan_out(state: WalkState, ctx: _ListContext, text: str) -> bool:
    """A list item that is only a unit ("- Phòng Giáo dục và Đào tạo;") takes the dated
    duties of the sentence introducing the list, in place of that sentence's own subject."""
    unit = strip_bullet(text).rstrip(" ;,.")
    if not ctx.duties or not UNIT_HEAD_RE.match(unit) or len(unit.split()) > _MAX_FAN_OUT_UNIT_WORDS or unit_phrase(unit):
        return False
    if not ctx.fanned:
        state.out = [ob for ob in state.out if not any(ob is d for d in ctx.duties)]
        ctx.fanned = True
    for ob in ctx.duties:
        state.add(replace(ob, who=unit))
    return True


def _prose_block(state: WalkState, block: Block, text: str) -> None:
    ctx = state.ctx
    is_item = bool(re.match(r"^\s*(?:[-+•–]\s*|[a-zđ]\)\s)", text))
    if ctx and not (is_item and ctx.section == block.section):
        ctx = state.ctx = None
    if ctx and is_item and _fan_out(state, ctx, text):
        return
    if state.last and state.last.section != block.section:
        state.last = None
    heading_unit = section_unit(block.section)
    block_subject: str | None = None
    if text[:1].islower() and state.last is not None and state.last.section == block.section:
        # "…; " / "quyết toán năm 2025 công khai trong quý III": a paragraph cut after a
        # semicolon goes on with the subject of the one above
        block_subject = state.last.who
    new_ctx: _ListContext | None = None
    sentences = split_sentences(text)
    for s_index, sentence in enumerate(sentences):
        sent_subject = subject_of(sentence)
        if sent_subject:
            block_subject = sent_subject
        dues_all = find_due_dates(sentence, state.plan_year)
        sent_recipients = find_recipients(sentence)
        clauses = clause_spans(sentence)
        prev_clause_what: str | None = None
        for c_index, (cs, ce) in enumerate(clauses):
            clause = sentence[cs:ce]
            clause_subject = subject_of(clause) if c_index > 0 else None
            own_who = clause_subject or sent_subject or block_subject
            who = own_who or (ctx.who if ctx else None) or heading_unit or state.issuer or ""
            header = (s_index == len(sentences) - 1 and c_index == len(clauses) - 1
                      and clause.rstrip().endswith(":"))
            dues = [d for d in dues_all if cs <= d.start < ce]
            recs = [(p - cs, n) for p, n in sent_recipients if cs <= p < ce]
            recurrences = find_recurrences(clause)
            recurrence = recurrences[0] if recurrences else None
            subj_end = subject_end(clause)
            quote = f"{ctx.quote} {sentence}" if ctx and is_item else sentence

            if header:
                to = with_channels(clause, pick_recipient(recs, None)) or (ctx.to_whom if ctx else "")
                new_ctx = _ListContext(block.section, who, to, recurrence, sentence)
                if not dues:
                    continue
            if dues:
                before = len(state.out)
                _dated(state, block, text, clause, cs, dues, recs, sent_recipients, recurrences,
                       subj_end, who, own_who, quote, ctx if is_item else None, prev_clause_what)
                if header and new_ctx is not None:
                    new_ctx.duties = state.out[before:]
                prev_clause_what = None
                continue
            prev_clause_what = deliverable(clause, subj_end, len(clause)) or fallback_what(clause, subj_end)
            has_report = bool(REPORT_VERB_RE.search(clause))
            to = with_channels(clause, pick_recipient(recs, None))
            strong = bool(recurrence and STRONG_RECURRENCE_RE.search(clause))
            # "… kịp thời", "ngay sau khi Kế hoạch được ban hành": a unit's duty timed without a date
            opens = find_open_deadlines(clause)
            timed = bool(opens) and bool(has_report or clause_subject or sent_subject)
            if not ((has_report and (to or recurrence)) or strong or timed):
                continue
            if not (opens or recurrence) and CONDITION_RE.search(sentence[:ce]):
                continue    # "nếu có khó khăn, vướng mắc, … phản ánh về Văn phòng": only if it happens
            what = deliverable(clause, subj_end, len(clause)) or fallback_what(clause, subj_end)
            if timed and not has_report:   # the task the open phrase times: its verb phrase
                what = fallback_what(clause[:opens[0].start], subj_end) or what
            what = normalize_what(enrich_plan(normalize_what(what), text))
            if not to and ctx and is_item:
                to = ctx.to_whom
            state.add(Obligation(
                who=who, what=what, to_whom=to, due_on=None, due_text=opens[0].due_text if opens else "",
                recurrence=recurrence or (ctx.recurrence if ctx and is_item else None),
                section=block.section, quote=quote,
            ))
    if new_ctx:
        state.ctx = new_ctx


def _dated(state: WalkState, block: Block, text: str, clause: str, cs: int, dues: list[DueDate],
           recs: list[tuple[int, str]], sent_recipients: list[tuple[int, str]],
           recurrences: list[str], subj_end: int, who: str, own_who: str | None, quote: str,
           ctx: _ListContext | None, prev_clause_what: str | None) -> None:
    """One obligation per deadline of a clause, each tied to its own deliverable."""
    recurrence = recurrences[0] if recurrences else None
    periods = [p for r in recurrences for p in recurrence_periods(r) if not r.startswith(("hằng", "ngày thứ"))]
    general = deliverable(clause, subj_end, dues[0].start - cs) or deliverable(clause, subj_end, len(clause))
    prev_end = subj_end
    channels = channel_parts(clause)
    first_fallback: list[str] = []

    def _first_fallback() -> str:
        # the task before the clause's first deadline, read once; when the deadline leads the
        # clause ("Định kỳ hằng tháng, trước ngày 25, các LĐLĐ cập nhật tiến độ …"), after it
        if not first_fallback:
            task = fallback_what(clause[:dues[0].start - cs], subj_end)
            if is_weak(task):
                after = clause[dues[0].end - cs:].lstrip(" ,;:-–")
                task = fallback_what(after, subject_end(after)) if after else task
            first_fallback.append(task)
        return first_fallback[0]

    prev_due_end = 0
    for i, due in enumerate(dues):
        rs, re_ = due.start - cs, due.end - cs
        label = label_for_date(clause, rs, re_, floor=prev_due_end)
        prev_due_end = re_
        region = deliverable(clause, prev_end, rs) if i > 0 or prev_end < rs else None
        prev_end = re_
        rec = recurrence
        borrowed = False
        if label and TIME_WORD_RE.match(label):
            # "Thời gian nộp báo cáo: trước ngày ...": the label names the deliverable at most
            label = deliverable(label, 0, len(label))
        if label:
            what, rec = label, period_of(label) or recurrence
        elif len(dues) > 1 and len(periods) == len(dues) and not (region and period_of(region)):
            base = region or general or "báo cáo"
            what = f"Báo cáo {periods[i]}" if base.lower().startswith("báo cáo") else f"{base} ({periods[i]})"
            rec = periods[i]
        elif region and i > 0:
            what, rec = region, period_of(region) or recurrence
        elif general:
            what = general
            rec = period_of(general) or recurrence
        elif prev_clause_what and not is_weak(prev_clause_what) and is_weak(fallback_what(clause, subj_end)):
            # "Tham mưu ban hành Quy chế ...; hoàn thành chậm nhất là ngày 28/02/2025"
            what = prev_clause_what
        elif (state.last is not None and state.last.section == block.section and not own_who
              and is_weak(_first_fallback())):
            # "Thời gian: trước ngày 30/6" under the duty it times (a clause naming no task of its own)
            what, borrowed = state.last.what, True
            rec = rec or state.last.recurrence
        else:
            what = _first_fallback()
        if due.due_text.lower().endswith(("hằng năm", "hàng năm")) and not rec:
            rec = "hằng năm"
        what = normalize_what(enrich_plan(normalize_what(what), text))
        if not what or is_weak(what):
            what = section_task(block.section) or what or "Nhiệm vụ theo kế hoạch"
        to = pick_recipient(recs, rs) or pick_recipient(
            [(p, n) for p, n in sent_recipients], due.start)
        to = with_channels(clause, to, channels)
        if not to and ctx:
            to = ctx.to_whom
        ob_who = who
        if borrowed and state.last is not None:
            ob_who = state.last.who
            to = to or state.last.to_whom
            if state.last.due_on is None and not state.last.due_text and state.last in state.out:
                state.out.remove(state.last)
        state.add(Obligation(
            who=ob_who, what=what, to_whom=to, due_on=due.date, due_text=due.due_text,
            recurrence=rec, section=block.section, quote=quote,
        ))



def _heading_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks, plus a block for each heading that carries a deadline itself
    ("a) Báo cáo 6 tháng: trước ngày 15/6" kept only as a heading by structure.py)."""
    out: list[Block] = []
    seen_labels: set[str] = {b.text.strip() for b in blocks}
    emitted: set[str] = set()
    for block in blocks:
        parts = [p.strip() for p in block.section.split(" > ")]
        for depth in range(1, len(parts)):
            label = parts[depth]
            path = " > ".join(parts[: depth + 1])
            if path in emitted or label.endswith("…"):
                continue
            emitted.add(path)
            if label in seen_labels or not (find_due_dates(label, 2000) or find_open_deadlines(label)):
                continue
            out.append(Block(path, label))
        out.append(block)
    return out

