"""Who must do a duty: the unit named at the start of a sentence or clause, or by the
heading above it ("III. TỔ CHỨC THỰC HIỆN > 2. Phòng Tư pháp")."""
from __future__ import annotations

import re

from .lexicon import alternation, phrase_alternation
from .vietnamese import fold

BULLET_RE = re.compile(r"^\s*(?:[-+•–*]\s*|\d{1,2}(?:\.\d{1,2})*(?:[.)]|\s?-)\s+|[a-zđ]\)\s+|[IVXLC]{1,6}(?:\.|\s?-)\s+)")

# --- who -------------------------------------------------------------------------------------
def _words(kind: str) -> str:
    """One kind of index/data/unit_words.tsv as a regex alternation."""
    return phrase_alternation("unit_words.tsv", kind)


UNIT_HEAD_RE = re.compile(
    r"^(?:(?:" + _words("quantifier") + r")\s+)?(?:" + alternation("unit_heads.txt") + r")(?![\w])",
    re.IGNORECASE,
)
#: "các Thuế cơ sở tổ chức …": a plural marker before a capitalised name, a predicate within a
#: few words, is a group of units whatever its head word (the plan's own kind of sub-unit).
_PLURAL_NAME_RE = re.compile(r"^(?:[Cc]ác|[Nn]hững)\s+(?=(?P<name>[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,4}?)\s+(?:"
                             + alternation("subject_predicates.txt") + r")(?![\w]))")
#: ... unless the name is a kind of document ("Các Nghị định hướng dẫn …").
_DOCUMENT_NAME_RE = re.compile(r"^(?:" + alternation("reference_kinds.txt") + r")(?![\w])")
LEADING_VERB_RE = re.compile(r"^(?:" + _words("leading-verb") + r")\s+", re.IGNORECASE)
_INTRO_CLAUSE_RE = re.compile(r"^(?:" + alternation("sentence_openers.txt") + r")\b", re.IGNORECASE)
_PREDICATE_RE = re.compile(r"(?<![\w])(?:" + alternation("subject_predicates.txt") + r")(?![\w])")
_MAX_SUBJECT_WORDS = 22
_GIVES_RE = re.compile(r"\s*(?:" + _words("gives") + r")\s+(?:cho\s+)?", re.IGNORECASE)
_PASSIVE_RE = re.compile(r"(?<![\w])của\s+(?P<unit>[^;:()]{2,120}?)\s+(?:(?:" + _words("passive-modal")
                         + r")\s+)?được\s+(?:" + _words("passive-verb") + r")(?![\w])", re.IGNORECASE)
_REQUEST_RE = re.compile(r"(?<![\w])(?:" + _words("request") + r")\s+(\w)")
_HEADING_LEAD_RE = re.compile(r"^(?:" + _words("heading-lead") + r")\s+", re.IGNORECASE)
#: a recipient inside what reads as a unit ("… ở thôn, tổ dân phố về UBND xã trước ngày …"):
#: after an opener's comma such a run is a list inside the sentence, not its subject
_NAMES_RECIPIENT_RE = re.compile(r"(?<![\w])(?:" + phrase_alternation("recipient_words.tsv", "trigger")
                                 + r")\s+(?=(?:" + alternation("unit_heads.txt") + r")(?![\w]))", re.IGNORECASE)


def tidy(text: str) -> str:
    """Markdown stars and odd spaces out, single spaces."""
    text = text.replace("*", "").replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def strip_bullet(text: str) -> str:
    """The text without its list mark (`- `, `1. `, `a) `, `II. `)."""
    return BULLET_RE.sub("", text, count=1).strip()


def capitalize_first(text: str) -> str:
    """The text with its first letter upper-case."""
    return text[:1].upper() + text[1:] if text else text


def cut_words(text: str, limit: int) -> str:
    """At most `limit` words, an ellipsis marking a cut."""
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def unit_phrase(text: str) -> tuple[str, int] | None:
    """If `text` starts with a unit ("Các cơ quan, đơn vị trực thuộc Sở chủ động..."), return
    the unit and where it ends, cut at the first predicate."""
    text = LEADING_VERB_RE.sub("", text, count=1)
    m = UNIT_HEAD_RE.match(text)
    if not m:
        m = _PLURAL_NAME_RE.match(text)
        if m and _DOCUMENT_NAME_RE.match(fold(m.group("name"))):
            m = None
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


def subject_of(sentence: str) -> str | None:
    """The responsible unit named at the start of a sentence or clause, if any."""
    s = strip_bullet(sentence)
    starts = [0]
    if _INTRO_CLAUSE_RE.match(s):
        starts += [m.end() for m in re.finditer(r",\s+", s[:300])]
    # "- Tháng 3/2025: Văn phòng Sở tổ chức ...": the subject follows a short label
    label = re.match(r"^[^:;,]{2,40}:\s+", s)
    if label:
        starts.append(label.end())
    # "Trên đây là Kế hoạch ..., đề nghị các cơ quan, đơn vị báo cáo ..."
    starts += [m.start(1) for m in _REQUEST_RE.finditer(s[:400])]
    for start in starts:
        found = unit_phrase(s[start:])
        if found and start > 0 and _NAMES_RECIPIENT_RE.search(found[0]):
            continue
        if found:
            # "Ban Thường vụ Huyện đoàn giao các cơ sở Đoàn thực hiện ...": the unit given the task
            given = _GIVES_RE.match(s, start + found[1])
            delegate = unit_phrase(s[given.end():]) if given else None
            return delegate[0] if delegate else found[0]
    # "Báo cáo năm của UBND các xã được gửi về Phòng Nội vụ ...": the passive names its unit
    m = _PASSIVE_RE.search(s[:400])
    if m and UNIT_HEAD_RE.match(m.group("unit")) and len(m.group("unit").split()) <= _MAX_SUBJECT_WORDS:
        return m.group("unit").strip()
    return None


#: what may follow a heading's unit when the "predicate" that cut it ends the heading: one or
#: two words, no punctuation
_NAME_END_RE = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*")


def section_unit(section: str) -> str | None:
    """The unit a heading names: "IV. TỔ CHỨC THỰC HIỆN > 1. Văn phòng" → "Văn phòng"."""
    for part in reversed([p.strip() for p in section.split(">")]):
        label = strip_bullet(part)
        truncated = label.endswith("…")
        label = label.rstrip("…").strip()
        label = _HEADING_LEAD_RE.sub("", label)
        if not UNIT_HEAD_RE.match(label):
            continue
        found = unit_phrase(label)
        unit = found[0] if found else label
        if found and not truncated and _NAME_END_RE.fullmatch(label[found[1]:]):
            # "2. Phòng Quản lý thu và Phát triển người tham gia": a heading is a name; the
            # "predicate" closing it with nothing after it belongs to the name
            unit = label
        if truncated and not found and "," in unit:
            unit = unit[: unit.rfind(",")]
        unit = unit.strip(" ,;:.-")
        if unit and len(unit.split()) <= _MAX_SUBJECT_WORDS:
            return unit
    return None



def subject_end(clause: str) -> int:
    """Where the subject of a clause ends (0 when it has none), to search what follows."""
    stripped = strip_bullet(clause)
    offset = len(clause) - len(stripped)
    found = unit_phrase(stripped)
    if not found:
        return 0
    lead = LEADING_VERB_RE.match(stripped)
    return offset + found[1] + (lead.end() if lead else 0)

