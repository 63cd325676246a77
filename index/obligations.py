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

from .dates import DueDate, find_due_dates, find_recurrences, recurrence_periods
from .models import Block, Obligation
from .sentences import LOWER, clause_spans, split_sentences
from .structure import RECIPIENTS, SIGNATURE

__all__ = ["extract_obligations", "split_sentences"]

#: Sections that never hold duties. The closing paragraph ("Trên đây là Kế hoạch ..., đề nghị
#: các đơn vị báo cáo ... trước ngày ...") is read: it sometimes carries a deadline.
_SKIP_SECTIONS = {RECIPIENTS, SIGNATURE}

_LOWER = LOWER

_BULLET_RE = re.compile(r"^\s*(?:[-+•–*]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-zđ]\)\s+|[IVXLC]{1,6}\.\s+)")

# --- who -------------------------------------------------------------------------------------
_UNIT_HEAD_RE = re.compile(
    r"^(?:(?:các|những|toàn\s+thể|mỗi)\s+)?(?:"
    r"cơ\s+quan|đơn\s+vị|phòng(?!\s*,\s*chống)(?!\s+chống)|ban(?!\s+hành)|sở|ngành|văn\s+phòng|chi\s+cục|cục|trung\s+tâm|"
    r"thanh\s+tra|công\s+đoàn|đoàn\s+thanh\s+niên|chi\s+đoàn|đoàn(?!\s+kết)|chi\s+bộ|đảng\s+ủy|đảng\s+uỷ|"
    r"ubnd|ủy\s+ban|uỷ\s+ban|hđnd|hội\s+đồng|hội(?!\s+nghị)|thủ\s+trưởng|chủ\s+tịch|phó\s+chủ\s+tịch|"
    r"giám\s+đốc|phó\s+giám\s+đốc|trưởng|lãnh\s+đạo|người\s+đứng\s+đầu|cán\s+bộ|công\s+chức|viên\s+chức|"
    r"cbcc|ccvc|cbccvc|cc,\s*vc|bộ\s+phận|tổ(?!\s+chức)|ban\s+chỉ\s+đạo|bcđ|liên\s+đoàn|huyện|thị\s+xã|"
    r"thành\s+đoàn|tỉnh\s+đoàn|huyện\s+đoàn|trường(?!\s+hợp)|bệnh\s+viện|kho\s+bạc|công\s+an|mặt\s+trận|"
    r"ubmttq|mttq|thường\s+trực|chánh\s+văn\s+phòng|hiệu\s+trưởng|xã|phường|thị\s+trấn|bộ(?!\s+máy)|"
    r"người\s+lao\s+động|nlđ|đảng\s+đoàn|ban\s+cán\s+sự|kế\s+toán|các\s+tổ\s+chức|khối|ấp|khu\s+phố|"
    r"tổ\s+dân\s+phố|chi\s+hội|chi\s+ủy|chi\s+uỷ|đảng\s+bộ|đảng\s+viên|đoàn\s+viên|hội\s+viên|giáo\s+viên|"
    r"nhà\s+trường|thành\s+viên|ủy\s+viên|uỷ\s+viên|bí\s+thư|phó\s+bí\s+thư|doanh\s+nghiệp|công\s+ty|"
    r"hợp\s+tác\s+xã|tổ\s+chuyên\s+môn|tổ\s+công\s+tác|văn\s+thư"
    r")(?![\w])",
    re.IGNORECASE,
)
_LEADING_VERB_RE = re.compile(r"^(?:đề\s+nghị|yêu\s+cầu|giao\s+cho|giao|đồng\s+chí|đ/c)\s+", re.IGNORECASE)
_INTRO_CLAUSE_RE = re.compile(
    r"^(?:căn\s+cứ|trên\s+cơ\s+sở|thực\s+hiện|để|nhằm|cuối\s+năm|đầu\s+năm|hằng\s+năm|hàng\s+năm|định\s+kỳ|"
    r"sau\s+khi|trong\s+thời\s+gian|theo)\b",
    re.IGNORECASE,
)
_PREDICATES = (
    "chủ động|căn cứ|có trách nhiệm|chịu trách nhiệm|định kỳ|thực hiện|báo cáo|gửi|nộp|xây dựng|"
    "tổ chức|triển khai|phối hợp|tham mưu|chủ trì|là|tiếp tục|nghiêm túc|tự đánh giá|tự kiểm tra|"
    "tự chấm|có kế hoạch|lập|hoàn thành|rà soát|tập trung|cụ thể hóa|cụ thể hoá|quán triệt|"
    "thường xuyên|kiểm tra|hướng dẫn|theo dõi|đôn đốc|ban hành|tham gia|giám sát|phải|cần|được|"
    "tổng hợp|đánh giá|chỉ đạo|lãnh đạo|thành lập|kiện toàn|quan tâm|đăng ký|cung cấp|trình|hằng|"
    "hàng|vào|trước|chậm nhất|tiến hành|đẩy mạnh|nâng cao|bảo đảm|đảm bảo|phát huy|kịp thời|"
    "chuẩn bị|tăng cường|giao|cử|phân công|duy trì|tuyên truyền|niêm yết|công khai|tiếp nhận|"
    "giải quyết|xử lý|bố trí|sắp xếp|sử dụng|theo|có|trực tiếp|thông báo|đề xuất|nghiên cứu|"
    "khẩn trương|tích cực|lựa chọn|cập nhật|biên soạn|gương mẫu|nắm|đăng tải|tiếp"
)
_PREDICATE_RE = re.compile(r"(?<![\w])(?:" + _PREDICATES.replace(" ", r"\s+") + r")(?![\w])")
_MAX_SUBJECT_WORDS = 22

# --- to whom ---------------------------------------------------------------------------------
_AGENCY_HEAD = (
    r"(?:các\s+)?(?:Sở|Phòng|Ban|UBND|Ủy\s+ban|Uỷ\s+ban|Văn\s+phòng|Thành\s+ủy|Thành\s+uỷ|Tỉnh\s+ủy|Tỉnh\s+uỷ|"
    r"Huyện\s+ủy|Huyện\s+uỷ|Thị\s+ủy|Thị\s+uỷ|Đảng\s+ủy|Đảng\s+uỷ|Bộ|Cục|Chi\s+cục|Trung\s+tâm|Liên\s+đoàn|"
    r"Công\s+đoàn|Hội\s+đồng|HĐND|Hội|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn|Đoàn|Thanh\s+tra|Chủ\s+tịch|"
    r"Giám\s+đốc|Lãnh\s+đạo|Thường\s+trực|Thường\s+vụ|BCĐ|Trung\s+ương|Chính\s+phủ|Thủ\s+tướng|Kho\s+bạc|"
    r"Công\s+an|Bộ\s+phận|Tổ|Mặt\s+trận|MTTQ|UBMTTQ|Bảo\s+hiểm|Trường|Bệnh\s+viện|Viện|Hiệu\s+trưởng|"
    r"Thủ\s+trưởng|LĐLĐ|KBNN|VP|Ủy\s+ban\s+nhân\s+dân|UB|Bí\s+thư|Trưởng\s+ban|Trưởng\s+phòng|Chánh)"
    r"(?![\w])"
)
_RECIPIENT_RE = re.compile(
    r"(?<![\w])(?P<trig>gửi\s+về|gửi\s+đến|gửi\s+tới|gửi\s+cho|gửi|nộp\s+về|nộp\s+cho|nộp|báo\s+cáo|về|cho|tới|đến|lên)\s+"
    r"(?=" + _AGENCY_HEAD + r")",
    re.IGNORECASE,
)
_AGENCY_START_RE = re.compile(_AGENCY_HEAD)
_QUA_RE = re.compile(r"(?<![\w(])qua\s+(?=" + _AGENCY_HEAD + r")")
_RECIPIENT_STOP_RE = re.compile(
    r"\s+(?:trước|chậm\s+nhất|muộn\s+nhất|hạn|không\s+muộn|không\s+quá|không\s+chậm|đến\s+hết|đến\s+ngày|"
    r"định\s+kỳ|theo|đúng|để|nhằm|hoặc|khi|trong|vào|bằng|thông\s+qua|đồng\s+thời|kèm|tại|với|sau|ngay|"
    r"thì|hằng|hàng|mỗi|lần\s+lượt|trực\s+tiếp|xem\s+xét|xét|qua\s+(?:email|thư|hệ\s+thống|phần\s+mềm|mạng|địa\s+chỉ))(?![\w])"
    r"|\s+và\s+(?=(?:gửi|báo\s+cáo|cung\s+cấp|nộp|đồng\s+thời|tổng\s+hợp|thực\s+hiện|đề\s+xuất|file|bản|"
    r"các\s+cơ\s+quan\s+liên\s+quan)(?![\w]))"
    r"|[;:!?|]|\.(?=\s|$)|,\s+(?=[" + _LOWER + r"])|\s+(?=\()",
)
# The lookbehind starts a match only where an address can start: without it a long run of
# letters/digits with no "@" (a PDF text layer without spaces) is rescanned from every
# position, quadratic time. Same addresses in any text where addresses are separated.
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MAX_RECIPIENT_WORDS = 16

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
    r"(?<![\w])(?:gửi|nộp|chuyển)\s+(?!về|cho|đến|tới|lên)(?P<obj>[" + _LOWER + r"][^,;:()]{2,80}?)\s+"
    r"(?:về|cho|đến|tới|lên)\s+(?=" + _AGENCY_HEAD + r")"
)
_REPORT_VERB_RE = re.compile(
    r"(?<![\w])(?:báo\s+cáo|gửi|nộp|tự\s+đánh\s+giá|chấm\s+điểm|tự\s+chấm)(?![\w])", re.IGNORECASE
)
_STRONG_RECURRENCE_RE = re.compile(r"(?<![\w])(?:định\s+kỳ|thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)\s)",
                                   re.IGNORECASE)
_PERIOD_LABEL = (
    r"báo\s+cáo(?:\s+(?:sơ\s+kết|tổng\s+kết|kết\s+quả))?\s+(?:0?\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|năm|"
    r"quý(?:\s+[IV1-4]+)?|tháng|tuần)(?![\w])"
)
_PERIOD_LABEL_RE = re.compile(r"(?P<l>" + _PERIOD_LABEL + r")", re.IGNORECASE)


@dataclass
class _ListContext:
    """What a sentence ending with ':' passes on to the list items below it."""

    section: str
    who: str
    to: str
    recurrence: str | None
    quote: str


def _clean(text: str) -> str:
    text = text.replace("*", "").replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def _strip_bullet(text: str) -> str:
    return _BULLET_RE.sub("", text, count=1).strip()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _cut_words(text: str, limit: int) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def _unit_phrase(text: str) -> tuple[str, int] | None:
    """If `text` starts with a unit ("Các cơ quan, đơn vị trực thuộc Sở chủ động..."), return
    the unit and where it ends, cut at the first predicate."""
    text = _LEADING_VERB_RE.sub("", text, count=1)
    m = _UNIT_HEAD_RE.match(text)
    if not m:
        return None
    pos = m.end()
    end = None
    for p in _PREDICATE_RE.finditer(text, pos):
        word = p.group(0)
        before = text[:p.start()].rstrip()
        # "Ban Chỉ đạo thực hiện QCDC", "các tổ chức chính trị", "Ban lãnh đạo": part of the name
        if word.startswith(("thực hiện",)) and re.search(r"(?:chỉ\s+đạo|BCĐ)$", before, re.IGNORECASE):
            continue
        if word in ("chỉ đạo", "lãnh đạo") and re.search(r"(?:Ban|ban)$", before):
            continue
        if word == "tổ chức" and re.search(r"(?:các|những)$", before):
            continue
        if word == "theo" and not re.search(r"^theo\s+(?:chức|đúng|quy|kế|nội|hướng)", text[p.start():]):
            continue
        end = p.start()
        break
    colon = text.find(":")
    if colon > 0 and (end is None or colon < end):
        end = colon   # "Văn phòng Sở: Theo dõi, đôn đốc ..." — the unit ends at the colon
    if end is None:
        return None
    unit = text[:end].strip(" ,;:-")
    if not unit or len(unit.split()) > _MAX_SUBJECT_WORDS:
        return None
    return unit, end


def _subject(sentence: str) -> str | None:
    """The responsible unit named at the start of a sentence or clause, if any."""
    s = _strip_bullet(sentence)
    starts = [0]
    if _INTRO_CLAUSE_RE.match(s):
        starts += [m.end() for m in re.finditer(r",\s+", s[:300])]
    # "Trên đây là Kế hoạch ..., đề nghị các cơ quan, đơn vị báo cáo ..."
    starts += [m.start(1) for m in re.finditer(r"(?<![\w])(?:đề\s+nghị|yêu\s+cầu)\s+(\w)", s[:400])]
    for start in starts:
        found = _unit_phrase(s[start:])
        if found:
            return found[0]
    return None


def _section_unit(section: str) -> str | None:
    """The unit a heading names: "IV. TỔ CHỨC THỰC HIỆN > 1. Văn phòng" → "Văn phòng"."""
    for part in reversed([p.strip() for p in section.split(">")]):
        label = _strip_bullet(part)
        truncated = label.endswith("…")
        label = label.rstrip("…").strip()
        label = re.sub(r"^(?:đối\s+với|trách\s+nhiệm\s+của)\s+", "", label, flags=re.IGNORECASE)
        if not _UNIT_HEAD_RE.match(label):
            continue
        found = _unit_phrase(label)
        unit = found[0] if found else label
        if truncated and not found and "," in unit:
            unit = unit[: unit.rfind(",")]
        unit = unit.strip(" ,;:.-")
        if unit and len(unit.split()) <= _MAX_SUBJECT_WORDS:
            return unit
    return None


def _section_task(section: str) -> str | None:
    """The task a heading names when it is not a unit: "2. Tổ chức Hội nghị CBCCVC" → that."""
    parts = [p.strip() for p in section.split(">")]
    if len(parts) < 2:
        return None
    label = _strip_bullet(parts[-1]).rstrip("…").strip(" .:")
    if not label or _UNIT_HEAD_RE.match(label) or label.isupper():
        return None
    return _normalize_what(label)


def _recipient_at(text: str, start: int) -> str:
    """The agency name starting at `start`, with its "(qua ...)" / "(Ban ..., ...)" part."""
    stop = _RECIPIENT_STOP_RE.search(text, start)
    end = stop.start() if stop else len(text)
    name = text[start:end].strip(" ,")
    name = _cut_words(name, _MAX_RECIPIENT_WORDS).rstrip("…")
    rest = text[end:]
    paren = re.match(r"\s*\((?P<inner>[^()]{1,120})\)", rest)
    if paren and (paren.group("inner").lower().startswith("qua ") or _AGENCY_START_RE.match(paren.group("inner"))):
        name = f"{name} ({paren.group('inner').strip()})"
    return name


def _recipients(text: str) -> list[tuple[int, str]]:
    """(position, recipient) for every "gửi về X" / "về X" / "cho X" naming an agency."""
    found: list[tuple[int, str]] = []
    for m in _RECIPIENT_RE.finditer(text):
        name = _recipient_at(text, m.end())
        if name and not any(m.end() < p + len(n) and p <= m.end() for p, n in found):
            found.append((m.end(), name))
    return found


def _channel_parts(text: str) -> tuple[list[str], list[str]]:
    """The "qua X" channels and the e-mail addresses a clause names."""
    quas = [n for n in (_recipient_at(text, m.end()) for m in _QUA_RE.finditer(text)) if n]
    emails = list(dict.fromkeys(e.rstrip(".") for e in _EMAIL_RE.findall(text)))
    return quas, emails


def _channels(text: str, to: str, parts: tuple[list[str], list[str]] | None = None) -> str:
    """Add the "qua X" channel and e-mail addresses of `text` to the recipient."""
    quas, emails = parts if parts is not None else _channel_parts(text)
    for name in quas:
        if name not in to:
            to = f"{to} (qua {name})" if to else name
    for e in emails:
        if e not in to:
            to = f"{to}; email: {e}" if to else f"email: {e}"
    return to


def _pick_recipient(cands: list[tuple[int, str]], pos: int | None) -> str:
    if not cands:
        return ""
    if pos is None:
        return cands[0][1]
    before = [c for c in cands if c[0] < pos]
    return (before[-1] if before else cands[0])[1]


def _deliverable(text: str, start: int, end: int) -> str | None:
    """The first deliverable noun phrase ("báo cáo kết quả ...", "kế hoạch ...") in text[start:end]."""
    for m in _DELIVERABLE_RE.finditer(text, start, end):
        if _DELIVERABLE_SKIP_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        if _DELIVERABLE_SKIP_AFTER_RE.match(text[m.end():]):
            continue
        if m.group(0)[0].isupper() and re.match(r"\s+số\b", text[m.end():]):
            continue
        head, rest_start = m.group(0), m.end()
        agency = _AGENCY_START_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if agency:
            # "báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện": the object follows the recipient
            name = _recipient_at(text, agency.start())
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


def _normalize_what(what: str) -> str:
    what = re.sub(r"\s+", " ", what).strip(" ,;:-")
    what = re.sub(r"(?<![\w])0(\d)\s+tháng", r"\1 tháng", what)
    return _cap(_cut_words(what, _MAX_WHAT_WORDS))


def _enrich_plan(what: str, block_text: str) -> str:
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


def _label_for_date(clause: str, rel_start: int, rel_end: int) -> str | None:
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
    item = _strip_bullet(before) if window_start == 0 else ""
    m = re.match(r"^(?P<l>[^:;]{2,60}):\s*$", item)
    if m and not _unit_phrase(m.group("l")):
        return m.group("l").strip()
    # "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11)"
    m = re.search(r"(?<![\w])(?P<p>\d{1,2}\s+tháng|năm|quý\s+[IV1-4]+)\s*[(:]\s*$", before)
    if m and re.search(r"báo\s+cáo", clause, re.IGNORECASE):
        return f"Báo cáo {m.group('p')}"
    return None


def _period_of(label: str) -> str | None:
    m = _PERIOD_LABEL_RE.search(label)
    if not m:
        return None
    tail = re.sub(r"^báo\s+cáo(?:\s+(?:sơ\s+kết|tổng\s+kết|kết\s+quả))?\s+", "", m.group("l"), flags=re.IGNORECASE)
    tail = re.sub(r"^0(\d)", r"\1", tail.strip())
    return tail[:1].lower() + tail[1:]


_FALLBACK_STOP_RE = re.compile(
    r"\s+(?:trước|chậm\s+nhất|muộn\s+nhất|hạn\s+chót|hạn\s+cuối|không\s+muộn|không\s+quá|đến\s+hết|"
    r"theo|để|nhằm|đảm\s+bảo|bảo\s+đảm|(?:gửi\s+)?về(?=\s+" + _AGENCY_HEAD + r"))(?![\w])|[;:(]|\.(?=\s|$)"
)
_WEAK_TAIL_RE = re.compile(r"[,;]?\s*(?:và\s+)?(?:hoàn\s+thành|thời\s+gian|thời\s+hạn|xong|thực\s+hiện)\s*$",
                           re.IGNORECASE)


def _fallback_what(clause: str, start: int) -> str:
    """The duty as its verb phrase when it names no deliverable ("Tổ chức Hội nghị ...")."""
    rest = _strip_bullet(clause[start:])
    rest = re.sub(r"^(?:có\s+trách\s+nhiệm|chủ\s+động|tiến\s+hành|thực\s+hiện|đồng\s+thời)\s+",
                  "", rest, flags=re.IGNORECASE)
    stop = _FALLBACK_STOP_RE.search(rest)
    rest = rest[: stop.start() if stop else len(rest)]
    return _cut_words(_WEAK_TAIL_RE.sub("", rest.strip()).strip(), 20)


def _is_weak(what: str) -> bool:
    return len(what.split()) < 2 or bool(_TIME_WORD_RE.match(what)) or bool(
        re.match(r"^(?:hoàn\s+thành|xong|thực\s+hiện)$", what.strip(), re.IGNORECASE))


def extract_obligations(blocks: list[Block], plan_year: int | None,
                        issuer: str | None = None) -> list[Obligation]:
    """Return the duties of a plan: who must send what to whom, by when or how often.

    Year-less deadlines take `plan_year`; `issuer` is the fallback responsible unit when a
    duty names none. Dates citing other documents are ignored. No duplicates (same who,
    what and date).
    """
    state = _State(plan_year=plan_year, issuer=issuer)
    for block in _heading_blocks(blocks):
        if block.section in _SKIP_SECTIONS:
            state.ctx = None
            state.header = None
            continue
        text = _clean(block.text)
        if text.count(" | ") >= 2:
            _table_row(state, block, text)
            continue
        state.header = None
        _prose_block(state, block, text)
    return state.out


@dataclass
class _State:
    """What the walk over the blocks carries from one block to the next."""

    plan_year: int | None
    issuer: str | None
    out: list[Obligation] = field(default_factory=list)
    seen: set = field(default_factory=set)
    ctx: _ListContext | None = None
    header: list[str] | None = None     # column names of the table being read
    last: Obligation | None = None      # the previous obligation, for "Thời gian: trước ngày ..."

    def add(self, ob: Obligation) -> None:
        ob.who = ob.who.strip(" ,;:.-")
        ob.to = ob.to.strip(" ,;:-")
        if "*" in ob.quote or "  " in ob.quote:
            ob.quote = _clean(ob.quote)
        key = (ob.who.lower(), ob.what.lower(), ob.due_on or ob.due_text or None,
               None if ob.due_on else (ob.recurrence or ""))
        self.last = ob
        if key in self.seen:
            return
        self.seen.add(key)
        self.out.append(ob)


_TIME_WORD_RE = re.compile(r"^(?:thời\s+gian|thời\s+hạn|hạn|tiến\s+độ)(?![\w])", re.IGNORECASE)


def _prose_block(state: _State, block: Block, text: str) -> None:
    ctx = state.ctx
    is_item = bool(re.match(r"^\s*(?:[-+•–]\s*|[a-zđ]\)\s)", text))
    if ctx and not (is_item and ctx.section == block.section):
        ctx = state.ctx = None
    if state.last and state.last.section != block.section:
        state.last = None
    section_unit = _section_unit(block.section)
    block_subject: str | None = None
    new_ctx: _ListContext | None = None
    sentences = split_sentences(text)
    for s_index, sentence in enumerate(sentences):
        sent_subject = _subject(sentence)
        if sent_subject:
            block_subject = sent_subject
        dues_all = find_due_dates(sentence, state.plan_year)
        sent_recipients = _recipients(sentence)
        clauses = clause_spans(sentence)
        prev_clause_what: str | None = None
        for c_index, (cs, ce) in enumerate(clauses):
            clause = sentence[cs:ce]
            clause_subject = _subject(clause) if c_index > 0 else None
            own_who = clause_subject or sent_subject or block_subject
            who = own_who or (ctx.who if ctx else None) or section_unit or state.issuer or ""
            header = (s_index == len(sentences) - 1 and c_index == len(clauses) - 1
                      and clause.rstrip().endswith(":"))
            dues = [d for d in dues_all if cs <= d.start < ce]
            recs = [(p - cs, n) for p, n in sent_recipients if cs <= p < ce]
            recurrences = find_recurrences(clause)
            recurrence = recurrences[0] if recurrences else None
            subj_end = _subject_end(clause)
            quote = f"{ctx.quote} {sentence}" if ctx and is_item else sentence

            if header:
                to = _channels(clause, _pick_recipient(recs, None)) or (ctx.to if ctx else "")
                new_ctx = _ListContext(block.section, who, to, recurrence, sentence)
                if not dues:
                    continue
            if dues:
                _dated(state, block, text, clause, cs, dues, recs, sent_recipients, recurrences,
                       subj_end, who, own_who, quote, ctx if is_item else None, prev_clause_what)
                prev_clause_what = None
                continue
            prev_clause_what = _deliverable(clause, subj_end, len(clause)) or _fallback_what(clause, subj_end)
            has_report = bool(_REPORT_VERB_RE.search(clause))
            to = _channels(clause, _pick_recipient(recs, None))
            strong = bool(recurrence and _STRONG_RECURRENCE_RE.search(clause))
            if not ((has_report and (to or recurrence)) or strong):
                continue
            what = _deliverable(clause, subj_end, len(clause)) or _fallback_what(clause, subj_end)
            what = _normalize_what(_enrich_plan(_normalize_what(what), text))
            if not to and ctx and is_item:
                to = ctx.to
            state.add(Obligation(
                who=who, what=what, to=to, due_on=None, due_text="",
                recurrence=recurrence or (ctx.recurrence if ctx and is_item else None),
                section=block.section, quote=quote,
            ))
    if new_ctx:
        state.ctx = new_ctx


def _dated(state: _State, block: Block, text: str, clause: str, cs: int, dues: list[DueDate],
           recs: list[tuple[int, str]], sent_recipients: list[tuple[int, str]],
           recurrences: list[str], subj_end: int, who: str, own_who: str | None, quote: str,
           ctx: _ListContext | None, prev_clause_what: str | None) -> None:
    """One obligation per deadline of a clause, each tied to its own deliverable."""
    recurrence = recurrences[0] if recurrences else None
    periods = [p for r in recurrences for p in recurrence_periods(r) if not r.startswith(("hằng", "ngày thứ"))]
    general = _deliverable(clause, subj_end, dues[0].start - cs) or _deliverable(clause, subj_end, len(clause))
    prev_end = subj_end
    channel_parts = _channel_parts(clause)
    first_fallback: str | None = None
    for i, due in enumerate(dues):
        rs, re_ = due.start - cs, due.end - cs
        label = _label_for_date(clause, rs, re_)
        region = _deliverable(clause, prev_end, rs) if i > 0 or prev_end < rs else None
        prev_end = re_
        rec = recurrence
        borrowed = False
        if label and _TIME_WORD_RE.match(label):
            # "Thời gian nộp báo cáo: trước ngày ...": the label names the deliverable at most
            label = _deliverable(label, 0, len(label))
        if label:
            what, rec = label, _period_of(label) or recurrence
        elif len(dues) > 1 and len(periods) == len(dues) and not (region and _period_of(region)):
            base = region or general or "báo cáo"
            what = f"Báo cáo {periods[i]}" if base.lower().startswith("báo cáo") else f"{base} ({periods[i]})"
            rec = periods[i]
        elif region and i > 0:
            what, rec = region, _period_of(region) or recurrence
        elif general:
            what = general
            rec = _period_of(general) or recurrence
        elif prev_clause_what and not _is_weak(prev_clause_what) and _is_weak(_fallback_what(clause, subj_end)):
            # "Tham mưu ban hành Quy chế ...; hoàn thành chậm nhất là ngày 28/02/2025"
            what = prev_clause_what
        elif state.last is not None and state.last.section == block.section and not own_who:
            # "Thời gian: trước ngày 30/6" under the duty it times
            what, borrowed = state.last.what, True
            rec = rec or state.last.recurrence
        else:
            if first_fallback is None:
                first_fallback = _fallback_what(clause[:dues[0].start - cs], subj_end)
            what = first_fallback
        if due.due_text.lower().endswith(("hằng năm", "hàng năm")) and not rec:
            rec = "hằng năm"
        what = _normalize_what(_enrich_plan(_normalize_what(what), text))
        if not what or _is_weak(what):
            what = _section_task(block.section) or what or "Nhiệm vụ theo kế hoạch"
        to = _pick_recipient(recs, rs) or _pick_recipient(
            [(p, n) for p, n in sent_recipients], due.start)
        to = _channels(clause, to, channel_parts)
        if not to and ctx:
            to = ctx.to
        ob_who = who
        if borrowed and state.last is not None:
            ob_who = state.last.who
            to = to or state.last.to
            if state.last.due_on is None and not state.last.due_text and state.last in state.out:
                state.out.remove(state.last)
        state.add(Obligation(
            who=ob_who, what=what, to=to, due_on=due.date, due_text=due.due_text,
            recurrence=rec, section=block.section, quote=quote,
        ))


# --- tables ("STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành") -------------------------
_COL_WHAT_RE = re.compile(r"nội\s+dung|nhiệm\s+vụ|công\s+việc|sản\s+phẩm|tên\s+báo\s+cáo|hoạt\s+động", re.IGNORECASE)
_COL_WHO_RE = re.compile(r"chủ\s+trì|thực\s+hiện|phụ\s+trách|đơn\s+vị|cơ\s+quan|trách\s+nhiệm", re.IGNORECASE)
_COL_WHEN_RE = re.compile(r"thời\s+gian|thời\s+hạn|hạn|tiến\s+độ|ngày", re.IGNORECASE)
_COL_TO_RE = re.compile(r"gửi|nơi\s+nhận|báo\s+cáo\s+về|nộp\s+về|cơ\s+quan\s+nhận", re.IGNORECASE)
_COL_SKIP_RE = re.compile(r"phối\s+hợp|ghi\s+chú|^stt$|^tt$", re.IGNORECASE)
_CELL_DATE_RE = re.compile(r"^(?:ngày\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?\.?$|"
                           r"^\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?$", re.IGNORECASE)
_CELL_PERIOD_RE = re.compile(r"^(?:tháng|quý)\s+\S+(?:\s*(?:/|năm)\s*\d{4})?\.?$", re.IGNORECASE)


def _column(header: list[str], pattern: re.Pattern, taken: set[int]) -> int | None:
    for i, name in enumerate(header):
        if i in taken or _COL_SKIP_RE.search(name.strip()):
            continue
        if pattern.search(name):
            return i
    return None


def _table_row(state: _State, block: Block, text: str) -> None:
    cells = [c.strip() for c in text.split(" | ")]
    is_header = (not any(re.search(r"\d{1,2}\s*[/.\-]\s*\d{1,2}", c) for c in cells)
                 and sum(bool(_COL_WHEN_RE.search(c) or _COL_WHAT_RE.search(c) or _COL_WHO_RE.search(c))
                         for c in cells) >= 2)
    if is_header:
        state.header = cells
        return
    header = state.header or []
    taken: set[int] = set()
    cols = {}
    for key, pattern in (("what", _COL_WHAT_RE), ("when", _COL_WHEN_RE), ("to", _COL_TO_RE), ("who", _COL_WHO_RE)):
        idx = _column(header, pattern, taken) if len(header) == len(cells) else None
        if idx is not None:
            taken.add(idx)
        cols[key] = idx
    dues = find_due_dates(text, state.plan_year)
    when = cells[cols["when"]] if cols["when"] is not None else None
    if not dues and when:
        probe = None
        if _CELL_DATE_RE.match(when):
            probe = "hạn ngày " + re.sub(r"^ngày\s*", "", when, flags=re.IGNORECASE).rstrip(".")
        elif _CELL_PERIOD_RE.match(when):
            probe = "trong " + when.rstrip(".")
        if probe:
            dues = [replace(d, due_text=when.rstrip("."), start=0, end=0) for d in find_due_dates(probe, state.plan_year)[:1]]
    if not dues:
        # no usable header: read the row as prose
        _prose_block(state, block, text.replace(" | ", "; "))
        return
    content = [c for i, c in enumerate(cells) if i not in taken and not re.fullmatch(r"\d{1,3}\.?", c)]
    what = cells[cols["what"]] if cols["what"] is not None else max(content, key=len, default="")
    who = cells[cols["who"]] if cols["who"] is not None else (
        _section_unit(block.section) or state.issuer or "")
    to = cells[cols["to"]] if cols["to"] is not None else _pick_recipient(_recipients(text), None)
    recurrence = (find_recurrences(text) or [None])[0]
    for due in dues:
        state.add(Obligation(
            who=who, what=_normalize_what(what), to=_channels(text, to), due_on=due.date,
            due_text=due.due_text, recurrence=_period_of(what) or recurrence,
            section=block.section, quote=text,
        ))


def _subject_end(clause: str) -> int:
    """Where the subject of a clause ends (0 when it has none), to search what follows."""
    stripped = _strip_bullet(clause)
    offset = len(clause) - len(stripped)
    found = _unit_phrase(stripped)
    if not found:
        return 0
    lead = _LEADING_VERB_RE.match(stripped)
    return offset + found[1] + (lead.end() if lead else 0)


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
            if label in seen_labels or not find_due_dates(label, 2000):
                continue
            out.append(Block(path, label))
        out.append(block)
    return out
