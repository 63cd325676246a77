"""What a duty delivers: the deliverable noun phrase ("báo cáo kết quả ..."), the label a
date carries ("Báo cáo 6 tháng: trước ngày ..."), the period a report covers, or the verb
phrase of a task ("Tổ chức Hội nghị ...")."""
from __future__ import annotations

import re

from .lexicon import alternation, phrase_alternation
from .recipients import AGENCY_HEAD, AGENCY_START_RE, recipient_at
from .sentences import LOWER
from .units import UNIT_HEAD_RE, capitalize_first, cut_words, strip_bullet, unit_phrase

# --- what ------------------------------------------------------------------------------------
def _words(kind: str) -> str:
    """One kind of index/data/deliverable_words.tsv as a regex alternation."""
    return phrase_alternation("deliverable_words.tsv", kind)


_DELIVERABLE_RE = re.compile(r"(?<![\w])(?:" + _words("deliverable") + r")(?![\w])", re.IGNORECASE)
_DELIVERABLE_SKIP_BEFORE_RE = re.compile(r"(?:" + _words("skip-before") + r")"
                                         r"(?:\s+(?:" + _words("skip-before-tail") + r"))?\s*$", re.IGNORECASE)
_DELIVERABLE_SKIP_AFTER_RE = re.compile(r"^\s*(?:" + _words("skip-after") + r")(?![\w])", re.IGNORECASE)
_WHAT_STOP_RE = re.compile(
    r"\s+(?:" + _words("what-stop") + r")(?![\w])"
    r"|\s+(?:" + _words("owner-stop") + r")(?=\s+(?:(?:các|những)\s+)?(?:[A-ZĐỦ]|(?:"
    + alternation("unit_heads.txt") + r")(?![\w])))"
    r"|[;:(]|\.(?=\s|$)|,\s+(?=(?:" + _words("comma-stop") + r")(?![\w]))"
)
_MAX_WHAT_WORDS = 30
_SENT_OBJECT_RE = re.compile(
    r"(?<![\w])(?:" + _words("send-verb") + r")\s+(?!" + _words("send-to") + r")(?P<obj>[" + LOWER
    + r"][^,;:()]{2,80}?)\s+(?:" + _words("send-to") + r")\s+(?=" + AGENCY_HEAD + r")"
)
REPORT_VERB_RE = re.compile(r"(?<![\w])(?:" + _words("report-verb") + r")(?![\w])", re.IGNORECASE)
STRONG_RECURRENCE_RE = re.compile(r"(?<![\w])(?:" + _words("strong-recurrence") + r")", re.IGNORECASE)
#: "báo cáo", an optional stage ("sơ kết"), then the period: the label a date carries.
_REPORT_STAGE = r"báo\s+cáo(?:\s+(?:" + _words("report-stage") + r"))?\s+"
_PERIOD_LABEL = _REPORT_STAGE + r"(?:" + _words("report-period") + r")(?![\w])"
_PERIOD_LABEL_RE = re.compile(r"(?P<l>" + _PERIOD_LABEL + r")", re.IGNORECASE)

def section_task(section: str) -> str | None:
    """The task a heading names when it is not a unit: "2. Tổ chức Hội nghị CBCCVC" → that."""
    parts = [p.strip() for p in section.split(">")]
    if len(parts) < 2:
        return None
    label = strip_bullet(parts[-1]).rstrip("…").strip(" .:")
    if not label or UNIT_HEAD_RE.match(label) or label.isupper():
        return None
    return normalize_what(label)



def deliverable(text: str, start: int, end: int) -> str | None:
    """The first deliverable noun phrase ("báo cáo kết quả ...", "kế hoạch ...") in text[start:end]."""
    for m in _DELIVERABLE_RE.finditer(text, start, end):
        if _DELIVERABLE_SKIP_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        if _DELIVERABLE_SKIP_AFTER_RE.match(text[m.end():]):
            continue
        if m.group(0)[0].isupper() and re.match(r"\s+số\b", text[m.end():]):
            continue
        head, rest_start = m.group(0), m.end()
        agency = AGENCY_START_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if agency:
            # "báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện": the object follows the recipient
            name = recipient_at(text, agency.start())
            rest_start = agency.start() + len(name)
        stop = _WHAT_STOP_RE.search(text, rest_start)
        phrase_end = min(stop.start() if stop else end, end)
        if phrase_end < rest_start:
            phrase_end = rest_start
        tail = text[rest_start:phrase_end]
        phrase = (f"{head} {tail.strip()}" if agency else text[m.start():phrase_end]).strip(" ,;:-")
        if phrase:
            return phrase
    # "gửi kết quả giám sát cho Ủy ban nhân dân xã": the object between the verb and the recipient
    m = _SENT_OBJECT_RE.search(text, start, end)
    if m:
        return m.group("obj").strip(" ,;:-")
    return None


def normalize_what(what: str) -> str:
    """A deliverable tidied: spaces, `06 tháng` → `6 tháng`, capitalised, bounded."""
    what = re.sub(r"\s+", " ", what).strip(" ,;:-")
    what = re.sub(r"(?<![\w])0(\d)\s+tháng", r"\1 tháng", what)
    return capitalize_first(cut_words(what, _MAX_WHAT_WORDS))


def enrich_plan(what: str, block_text: str) -> str:
    """A bare "Kế hoạch" takes the qualifier the block gives it elsewhere
    ("xây dựng kế hoạch tổ chức thực hiện QCDC" → "Kế hoạch tổ chức thực hiện QCDC")."""
    if what.strip().lower() != "kế hoạch":
        return what
    for m in re.finditer(r"(?<![\w])kế\s+hoạch(?![\w])", block_text, re.IGNORECASE):
        if _DELIVERABLE_SKIP_BEFORE_RE.search(block_text[max(0, m.start() - 40):m.start()]):
            continue
        if _DELIVERABLE_SKIP_AFTER_RE.match(block_text[m.end():]):
            continue
        if m.group(0)[0] == "K":     # "Kế hoạch ..." with a capital is a title, not this plan
            continue
        stop = _WHAT_STOP_RE.search(block_text, m.end())
        phrase = block_text[m.start():stop.start() if stop else len(block_text)].strip(" ,;:-")
        if len(phrase.split()) > 2:
            return phrase
    return what


def label_for_date(clause: str, rel_start: int, rel_end: int, floor: int = 0) -> str | None:
    """A label tied to this one date: "... đối với báo cáo năm", "(báo cáo 6 tháng)",
    "- Báo cáo 6 tháng: trước ngày ...". A label before the date is looked for after
    `floor` only (the end of the clause's previous deadline: "báo cáo 6 tháng trước ngày
    5/6 và báo cáo năm trước ngày 5/11" labels its second date "báo cáo năm")."""
    after = clause[rel_end:rel_end + 80]
    # "trước ngày 10/6 đối với báo cáo 6 tháng và trước ngày 10/11 đối với báo cáo năm": the
    # label ends where the next deadline starts
    m = re.match(r"\s*,?\s*\(?\s*đối\s+với\s+(?P<l>[^,;()]+?)(?=\s+(?:và|hoặc)\s+(?:" + _words("what-stop")
                 + r"|ngày)(?![\w])|\s*[,;()]|\.?\s*$)", after, re.IGNORECASE)
    if m:
        return m.group("l").strip()
    m = re.match(r"\s*\((?P<l>báo\s+cáo[^()]{0,60})\)", after, re.IGNORECASE)
    if m:
        return m.group("l").strip()
    # only the words just before the cue can label it; a bounded window keeps long lists linear
    window_start = max(floor, rel_start - 160)
    before = clause[window_start:rel_start]
    if window_start == 0:
        before = " " * (len(before) - len(strip_bullet(before))) + strip_bullet(before)
    # the label opens the clause, or follows a comma or a colon ("gửi Sở Nội vụ: báo cáo 6
    # tháng trước ngày ..."), or a joiner after the previous deadline ("và báo cáo năm")
    m = re.search(r"(?:^|[,;(:])\s*(?:(?:và|hoặc)\s+)?(?P<l>[^,;():]*?" + _PERIOD_LABEL
                  + r")\s*[:\-–(]?\s*$", before, re.IGNORECASE)
    if m:
        return m.group("l").strip()
    item = strip_bullet(before) if window_start == 0 else ""
    m = re.match(r"^(?P<l>[^:;]{2,60}):\s*$", item)
    if m and not unit_phrase(m.group("l")):
        return m.group("l").strip()
    # "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11)"
    m = re.search(r"(?<![\w])(?P<p>\d{1,2}\s+tháng|năm|quý\s+[IV1-4]+)\s*[(:]\s*$", before)
    if m and re.search(r"báo\s+cáo", clause, re.IGNORECASE):
        return f"Báo cáo {m.group('p')}"
    return None


def period_of(label: str) -> str | None:
    """The period a report label names: `báo cáo 6 tháng` → `6 tháng`."""
    m = _PERIOD_LABEL_RE.search(label)
    if not m:
        return None
    tail = re.sub(r"^" + _REPORT_STAGE, "", m.group("l"), flags=re.IGNORECASE)
    tail = re.sub(r"^0(\d)", r"\1", tail.strip())
    return tail[:1].lower() + tail[1:]


_FALLBACK_STOP_RE = re.compile(
    r"\s+(?:" + _words("fallback-stop") + r"|(?:gửi\s+)?về(?=\s+" + AGENCY_HEAD + r"))(?![\w])|[;:(]|\.(?=\s|$)"
)
_WEAK_TAIL_RE = re.compile(r"[,;]?\s*(?:và\s+)?(?:" + _words("weak-tail") + r")\s*$", re.IGNORECASE)
_LEAD_IN_RE = re.compile(r"^(?:" + _words("lead-in") + r")\s+", re.IGNORECASE)
_BARE_TASK_RE = re.compile(r"^(?:" + _words("bare-task") + r")$", re.IGNORECASE)


def fallback_what(clause: str, start: int) -> str:
    """The duty as its verb phrase when it names no deliverable ("Tổ chức Hội nghị ...")."""
    # "- Giao Phòng X: chủ trì rà soát …": the task follows the colon after its unit
    rest = strip_bullet(clause[start:]).lstrip(" :–-")
    rest = _LEAD_IN_RE.sub("", rest)
    stop = _FALLBACK_STOP_RE.search(rest)
    rest = rest[: stop.start() if stop else len(rest)]
    return cut_words(_WEAK_TAIL_RE.sub("", rest.strip()).strip(), 20)


def is_weak(what: str) -> bool:
    """True when a `what` says nothing (a time word, `hoàn thành`, one word)."""
    return len(what.split()) < 2 or bool(TIME_WORD_RE.match(what)) or bool(
        _BARE_TASK_RE.match(what.strip()))


CONDITION_RE = re.compile(r"(?<![\w])(?:" + _words("condition") + r")(?![\w])", re.IGNORECASE)
TIME_WORD_RE = re.compile(r"^(?:" + _words("time-word") + r")(?![\w])", re.IGNORECASE)
