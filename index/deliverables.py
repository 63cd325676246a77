"""What a duty delivers: the deliverable noun phrase ("báo cáo kết quả ..."), the label a
date carries ("Báo cáo 6 tháng: trước ngày ..."), the period a report covers, or the verb
phrase of a task ("Tổ chức Hội nghị ...")."""
from __future__ import annotations

import re

from .recipients import AGENCY_HEAD, AGENCY_START_RE, recipient_at
from .sentences import LOWER
from .units import UNIT_HEAD_RE, capitalize_first, cut_words, strip_bullet, unit_phrase

# --- what ------------------------------------------------------------------------------------
_DELIVERABLE_RE = re.compile(
    r"(?<![\w])(?:báo\s+cáo|kế\s+hoạch|tự\s+đánh\s+giá|tự\s+chấm\s+điểm|chấm\s+điểm|đánh\s+giá|hồ\s+sơ|"
    r"danh\s+sách|đề\s+xuất|dự\s+thảo|tiếp\s+công\s+dân|phương\s+án|bảng\s+(?:tự\s+)?chấm\s+điểm|"
    r"văn\s+bản|sơ\s+kết|tổng\s+kết)(?![\w])",
    re.IGNORECASE,
)
_DELIVERABLE_SKIP_BEFORE_RE = re.compile(r"(?:căn\s+cứ(?:\s+vào)?|theo|tại|của|thực\s+hiện\s+tốt\s+chế\s+độ)"
                                         r"(?:\s+(?:nội\s+dung|các|những))?\s*$", re.IGNORECASE)
_DELIVERABLE_SKIP_AFTER_RE = re.compile(r"^\s*(?:này|trên|số|đã|của\s+tỉnh|của\s+Sở|của\s+UBND)(?![\w])", re.IGNORECASE)
_WHAT_STOP_RE = re.compile(
    r"\s+(?:về|gửi|cho|tới|lên|theo|trước|chậm\s+nhất|muộn\s+nhất|hạn|không\s+muộn|không\s+quá|đến\s+hết|"
    r"đến\s+ngày|định\s+kỳ|đúng|để|nhằm|qua|tại|của|trong(?!\s+báo\s+cáo)|vào|bằng|khi|hoặc|đối\s+với|"
    r"thông\s+qua|đồng\s+thời|kèm|ban\s+hành|căn\s+cứ|đảm\s+bảo|bảo\s+đảm|lần\s+lượt|nhằm|cho)(?![\w])"
    r"|[;:(]|\.(?=\s|$)|,\s+(?=(?:gửi|nộp|báo\s+cáo|đồng\s+thời|và|chú\s+trọng|đề\s+cao|tổ\s+chức)(?![\w]))"
)
_MAX_WHAT_WORDS = 30
_SENT_OBJECT_RE = re.compile(
    r"(?<![\w])(?:gửi|nộp|chuyển)\s+(?!về|cho|đến|tới|lên)(?P<obj>[" + LOWER + r"][^,;:()]{2,80}?)\s+"
    r"(?:về|cho|đến|tới|lên)\s+(?=" + AGENCY_HEAD + r")"
)
REPORT_VERB_RE = re.compile(
    r"(?<![\w])(?:báo\s+cáo|gửi|nộp|tự\s+đánh\s+giá|chấm\s+điểm|tự\s+chấm)(?![\w])", re.IGNORECASE
)
STRONG_RECURRENCE_RE = re.compile(r"(?<![\w])(?:định\s+kỳ|thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)\s)",
                                   re.IGNORECASE)
_PERIOD_LABEL = (
    r"báo\s+cáo(?:\s+(?:sơ\s+kết|tổng\s+kết|kết\s+quả))?\s+(?:0?\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|năm|"
    r"quý(?:\s+[IV1-4]+)?|tháng|tuần)(?![\w])"
)
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


def label_for_date(clause: str, rel_start: int, rel_end: int) -> str | None:
    """A label tied to this one date: "... đối với báo cáo năm", "(báo cáo 6 tháng)",
    "- Báo cáo 6 tháng: trước ngày ..."."""
    after = clause[rel_end:rel_end + 80]
    m = re.match(r"\s*,?\s*\(?\s*đối\s+với\s+(?P<l>[^,;()]+)", after, re.IGNORECASE)
    if m:
        return m.group("l").strip()
    m = re.match(r"\s*\((?P<l>báo\s+cáo[^()]{0,60})\)", after, re.IGNORECASE)
    if m:
        return m.group("l").strip()
    # only the words just before the cue can label it; a bounded window keeps long lists linear
    window_start = max(0, rel_start - 160)
    before = clause[window_start:rel_start]
    m = re.search(r"(?:^|[,;(])\s*(?P<l>[^,;()]*?" + _PERIOD_LABEL + r")\s*[:\-–(]?\s*$",
                  before, re.IGNORECASE)
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
    tail = re.sub(r"^báo\s+cáo(?:\s+(?:sơ\s+kết|tổng\s+kết|kết\s+quả))?\s+", "", m.group("l"), flags=re.IGNORECASE)
    tail = re.sub(r"^0(\d)", r"\1", tail.strip())
    return tail[:1].lower() + tail[1:]


_FALLBACK_STOP_RE = re.compile(
    r"\s+(?:trước|chậm\s+nhất|muộn\s+nhất|hạn\s+chót|hạn\s+cuối|không\s+muộn|không\s+quá|đến\s+hết|"
    r"theo|để|nhằm|đảm\s+bảo|bảo\s+đảm|(?:gửi\s+)?về(?=\s+" + AGENCY_HEAD + r"))(?![\w])|[;:(]|\.(?=\s|$)"
)
_WEAK_TAIL_RE = re.compile(r"[,;]?\s*(?:và\s+)?(?:hoàn\s+thành|thời\s+gian|thời\s+hạn|xong|thực\s+hiện)\s*$",
                           re.IGNORECASE)


def fallback_what(clause: str, start: int) -> str:
    """The duty as its verb phrase when it names no deliverable ("Tổ chức Hội nghị ...")."""
    rest = strip_bullet(clause[start:])
    rest = re.sub(r"^(?:có\s+trách\s+nhiệm|chủ\s+động|tiến\s+hành|thực\s+hiện|đồng\s+thời)\s+",
                  "", rest, flags=re.IGNORECASE)
    stop = _FALLBACK_STOP_RE.search(rest)
    rest = rest[: stop.start() if stop else len(rest)]
    return cut_words(_WEAK_TAIL_RE.sub("", rest.strip()).strip(), 20)


def is_weak(what: str) -> bool:
    """True when a `what` says nothing (a time word, `hoàn thành`, one word)."""
    return len(what.split()) < 2 or bool(TIME_WORD_RE.match(what)) or bool(
        re.match(r"^(?:hoàn\s+thành|xong|thực\s+hiện)$", what.strip(), re.IGNORECASE))


TIME_WORD_RE = re.compile(r"^(?:thời\s+gian|thời\s+hạn|hạn|tiến\s+độ)(?![\w])", re.IGNORECASE)
