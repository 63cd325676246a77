"""Question analysis: what is asked (when / to whom / who / signer / ...), which report,
which plan (issuer, year), and the folded tokens lexical search and scoring use.

Everything works on folded text so "han nop bao cao 6 thang" is read like
"Hạn nộp báo cáo 6 tháng".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .vietnamese import STOPWORDS, bigrams, fold, syllables

#: Questions longer than this are cut before analysis (Telegram allows 4096 chars).
MAX_QUESTION_CHARS = 500

_INTENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("signer", re.compile(r"\b(ai|nguoi|can bo nao|lanh dao nao)\s+(da\s+)?ky\b|\bky\s+(boi|ten)\b|\bnguoi ky\b|\bky ke hoach\b")),
    ("recipients", re.compile(r"\bnoi nhan\b|\b(gui|phat hanh)\s+(den|toi|cho)\s+(nhung|cac)\s+(ai|noi|co quan|don vi)|\bnhung (noi|co quan|don vi) nao (nhan|duoc nhan)\b|\bai (nhan|duoc nhan) ke hoach\b")),
    ("issued", re.compile(r"\bban hanh (vao )?(ngay|luc|khi|thoi gian) nao\b|\bngay ban hanh\b|(?<!dinh )\bky (vao )?ngay nao\b|\bngay ky\b(?! cuoi)|\bso hieu\b|\bban hanh (nam|ngay) (may|bao nhieu)\b")),
    ("when", re.compile(
        r"\bkhi nao\b|\bbao gio\b|\bluc nao\b|\bngay nao\b|\bngay may\b|\bthang may\b|\bthoi han\b|"
        r"\bhan(?! che)\b|\bhan chot\b|\bhan cuoi\b|\bcham nhat\b|\btruoc ngay\b|\bthoi gian nao\b|"
        r"\bdeadline\b|\bmay gio\b|\bthoi diem\b|\bket thuc\b|\bnop luc\b|\bngay bao nhieu\b")),
    ("to", re.compile(
        r"\b(gui|nop|bao cao|chuyen|trinh)\s+(ve|cho|den|toi|len|o|tai|qua)?\s*(ai|dau|co quan nao|don vi nao|noi nao|bo phan nao|phong nao)\b|"
        r"\b(thong )?qua (ai|dau|bo phan nao|don vi nao|co quan nao|phong nao)\b|\bemail\b|\bdia chi\b|"
        r"\b(ve|den|toi) dau\b|\bnoi nop\b|\bnoi nhan bao cao\b|"
        r"\b(gui|nop|bao cao|chuyen|trinh)\b.*\b(cho|ve|den|toi|len|qua) (ai|dau|co quan nao|don vi nao|bo phan nao|noi nao|phong nao)\b")),
    ("who", re.compile(
        r"\bai\b|\bdon vi nao\b|\bco quan nao\b|\bbo phan nao\b|\bphong nao\b|\bthuong truc\b|"
        r"\bchu tri\b|\bchiu trach nhiem\b|\bphu trach\b|\bnhung ai\b|\bdoi tuong\b")),
    ("what", re.compile(r"\bgi\b|\bnoi dung\b|\bnhiem vu\b|\bmuc dich\b|\byeu cau\b|\bnhu the nao\b|\bra sao\b|\bchi tieu\b|\bbao nhieu\b")),
]

#: Which deliverable a deadline question is about; matched against obligations' `what`.
REPORT_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("6 tháng", re.compile(r"\b(6|06|sau) thang\b|\bgiua nam\b|\bso ket\b|\bban nien\b")),
    ("chấm điểm", re.compile(r"\bcham diem\b|\btu danh gia\b|\bxep loai\b|\bthi dua\b")),
    ("năm", re.compile(r"\bbao cao (ca |hang |hằng )?nam\b|\bca nam\b|\btong ket\b|\bcuoi nam\b|\bhang nam\b|\bbc nam\b")),
    ("kế hoạch", re.compile(r"\bke hoach\b")),
]

#: Words staff use that the plans phrase differently (folded forms).
_SYNONYMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bnop\b"), "gui"),
    (re.compile(r"\bsau thang\b"), "6 thang"),
    (re.compile(r"\b06 thang\b"), "6 thang"),
    (re.compile(r"\bbc\b"), "bao cao"),
    (re.compile(r"\bqcdc\b"), "quy che dan chu"),
]

_YEAR_RE = re.compile(r"\b(19\d{2}|20\d{2})\b")
_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class QuestionAnalysis:
    """A question read for retrieval and answering."""

    text: str
    folded: str
    intent: str
    tokens: list[str]                 # folded content syllables
    match_tokens: list[str]           # syllables + bigrams, for FTS and overlap scoring
    years: list[int] = field(default_factory=list)
    report_kind: str | None = None
    truncated: bool = False


def expand_synonyms(folded: str) -> str:
    """Apply the synonym table to folded text (questions, and evidence when comparing)."""
    for pattern, replacement in _SYNONYMS:
        folded = pattern.sub(replacement, folded)
    return folded


def sanitize_question(raw: str) -> tuple[str, bool]:
    """NFC, no control characters, whitespace collapsed, cut to MAX_QUESTION_CHARS."""
    text = unicodedata.normalize("NFC", raw or "")
    text = _CONTROL_RE.sub(" ", text)
    text = _TAG_RE.sub(" ", text)   # markup is never part of a question
    text = re.sub(r"\s+", " ", text).strip()
    truncated = len(text) > MAX_QUESTION_CHARS
    if truncated:
        cut = text[:MAX_QUESTION_CHARS]
        text = cut[: cut.rfind(" ")] if " " in cut else cut
    return text, truncated


def detect_intent(folded: str) -> str:
    for name, pattern in _INTENT_PATTERNS:
        if pattern.search(folded):
            return name
    return "general"


def detect_report_kind(folded: str) -> str | None:
    for name, pattern in REPORT_KINDS:
        if pattern.search(folded):
            return name
    return None


def analyze(raw: str) -> QuestionAnalysis:
    """Read one question."""
    text, truncated = sanitize_question(raw)
    folded = expand_synonyms(" ".join(syllables(text)))
    sylls = folded.split()
    content = [t for t in sylls if t not in STOPWORDS]
    match = content + [b for b in bigrams(sylls) if not all(p in STOPWORDS for p in b.split("_"))]
    return QuestionAnalysis(
        text=text,
        folded=folded,
        intent=detect_intent(folded),
        tokens=content,
        match_tokens=list(dict.fromkeys(match)),
        years=[int(y) for y in _YEAR_RE.findall(text)],
        report_kind=detect_report_kind(folded),
        truncated=truncated,
    )


def issuer_keys(issuer: str, number: str | None = None) -> list[str]:
    """Folded phrases that name a document's issuer in a question.

    `Sở Khoa học và Công nghệ` → ["khoa hoc va cong nghe", "khoa hoc", "khcn", ...];
    the abbreviation after the number's slash (`60/KH-SVHTTDL` → "svhttdl") counts too.
    """
    keys: list[str] = []
    f = " ".join(syllables(issuer))
    if not f:
        return keys
    core = re.sub(r"^(so|ban thuong vu|uy ban nhan dan|ubnd|ban|phong|trung tam|truong)\s+", "", f).strip()
    if core and core != f:
        keys.append(core)
    keys.append(f)
    words = core.split()
    if len(words) >= 2:
        keys.append(" ".join(words[:2]))
    initials = "".join(w[0] for w in words if w not in ("va",))
    if len(initials) >= 3:
        keys.append(initials)
    m = re.search(r"\(([^)]+)\)", issuer)
    if m:
        keys.append("".join(syllables(m.group(1))))
    if number and "-" in number:
        keys.append(fold(number.rsplit("-", 1)[-1]))
    # Common short forms staff type.
    aliases = {
        "nong nghiep va ptnt": ["nong nghiep", "snn", "nn ptnt", "nnptnt"],
        "khoa hoc va cong nghe": ["khcn", "kh cn", "khoa hoc"],
        "van hoa the thao va du lich": ["vhttdl", "van hoa", "svhttdl"],
        "tinh doan": ["tinh doan", "doan thanh nien"],
        "thanh pho tay ninh": ["thanh pho", "tp tay ninh", "ubnd thanh pho"],
    }
    for base, extra in aliases.items():
        if base in f:
            keys.extend(extra)
    seen: list[str] = []
    for k in keys:
        k = k.strip()
        if len(k) >= 3 and k not in seen:
            seen.append(k)
    return seen
