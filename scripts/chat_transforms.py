"""Harder chat transforms for scripts/eval_invariance.py: how staff really type in Zalo/Telegram.

Written from chat habits, not from index/data/lexicon.tsv (a check drawn from the lexicon would
be circular): terse questions without function words or the polite frame, the time question
moved to the front, colloquial time words, short report kinds, "k/ko", "đc", "j", "z", and
several of these at once. Each takes a question and a seeded random.Random.
"""
from __future__ import annotations

import random
import re

#: function words staff leave out when typing fast (whole words, any case)
FUNCTION_WORDS = ("của", "thì", "là", "các", "những", "về việc", "việc", "theo", "cho", "được", "phải")
#: tail endings that ask "when" and what staff type up front instead
WHEN_TAILS = r"(?:(?:là|vào)\s+)?(?:(?:trước|chậm nhất|muộn nhất|trễ nhất)\s+)?(?:ngày nào|khi nào|bao giờ|hạn nào|hạn ngày nào|thời hạn nào|bữa nào|hôm nào|ngày mấy)"
WHEN_FRONTS = ["bao giờ", "khi nào", "hạn chót khi nào"]
#: verbs after which "bao giờ phải …" reads naturally
SEND_VERBS = ("nộp", "gửi", "báo cáo", "tổ chức")
TAIL_PARTICLES = ["ad", "ạ", "ad ơi", "vậy", "mn ơi", ""]
#: formal time wording -> colloquial (each staff habit, longest first)
TIME_WORDS: list[tuple[str, list[str]]] = [
    ("trước ngày nào", ["trễ nhất ngày nào", "chậm nhất là ngày nào", "muộn nhất bữa nào", "trễ nhất là bữa nào"]),
    ("sơ kết 6 tháng", ["giữa năm", "6 tháng đầu năm"]),
    ("báo cáo 6 tháng", ["báo cáo giữa năm", "báo cáo nửa năm"]),
    ("báo cáo năm", ["báo cáo cuối năm", "báo cáo tổng kết năm"]),
    ("ngày nào", ["bữa nào", "hôm nào", "ngày mấy"]),
]
#: report kinds as staff shorten them
REPORT_SHORT: list[tuple[str, list[str]]] = [
    ("báo cáo sơ kết 6 tháng", ["bc sơ kết 6t", "bc 6t", "bc 6 tháng"]),
    ("báo cáo 6 tháng", ["bc 6t", "bc 6 tháng", "bc 6th"]),
    ("báo cáo hằng quý", ["bc quý"]),
    ("báo cáo quý", ["bc quý"]),
    ("báo cáo năm", ["bc năm", "bc cả năm"]),
    ("báo cáo", ["bc", "b/c"]),
]
TEEN: list[tuple[str, list[str]]] = [
    ("không", ["k", "ko", "hông"]),
    ("được", ["đc", "dc"]),
    ("gì", ["j"]),
    ("vậy", ["z", "v"]),
]


def _swap(q: str, table: list[tuple[str, list[str]]], rng: random.Random) -> str:
    """Each phrase of `table` at word boundaries replaced by one of its forms (longest first)."""
    forms = dict(table)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f, _ in table) + r")(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda m: rng.choice(forms[m.group(1).lower()]), q)


def terse(q: str, rng: random.Random) -> str:
    """No function words, no question mark, a chat particle at the end: "hạn nộp bc 6 tháng bữa nào ad"."""
    body = q.rstrip(" ?.")
    body = re.sub(r"(?<!\w)(?:" + "|".join(FUNCTION_WORDS) + r")(?!\w)", " ", body, flags=re.IGNORECASE)
    body = re.sub(r"\s+", " ", body).strip()
    body = body[:1].lower() + body[1:] if body[1:2].islower() else body
    return f"{body} {rng.choice(TAIL_PARTICLES)}".strip()


def time_front(q: str, rng: random.Random) -> str:
    """The "when" moved to the front: "bao giờ phải nộp báo cáo 6 tháng"."""
    body = q.rstrip(" ?.")
    m = re.search(r"\s+" + WHEN_TAILS + r"$", body, flags=re.IGNORECASE)
    if not m:
        return q
    rest = body[:m.start()].strip()
    rest = re.sub(r"^(?:thời hạn|hạn chót|hạn)\s+", "", rest, flags=re.IGNORECASE)
    rest = rest[:1].lower() + rest[1:] if rest[1:2].islower() else rest
    if rest.lower().startswith(SEND_VERBS) and rng.random() < 0.5:
        return f"bao giờ phải {rest}"
    return f"{rng.choice(WHEN_FRONTS)} {rest}"


def colloquial_time(q: str, rng: random.Random) -> str:
    """Colloquial time words: "cuối năm", "giữa năm", "trễ nhất", "chậm nhất là"."""
    return _swap(q, TIME_WORDS, rng)


def report_short(q: str, rng: random.Random) -> str:
    """Report kinds abbreviated: "bc quý", "bc 6t", "bc năm"."""
    return _swap(q, REPORT_SHORT, rng)


def teen_code(q: str, rng: random.Random) -> str:
    """Teen-code lite: k/ko for không, đc for được, j for gì, z for vậy (a question without
    any of them gets the tail "z", as staff end a question with "vậy")."""
    text = _swap(q, TEEN, rng)
    return text if text != q else f"{q.rstrip(' ?.')} {rng.choice(['z', 'z ad', 'zậy'])}"


def combined(q: str, rng: random.Random) -> str:
    """Short report kinds, colloquial time, the time question up front or a terse form, teen code."""
    text = report_short(colloquial_time(q, rng), rng)
    text = time_front(text, rng) if rng.random() < 0.5 else terse(text, rng)
    return teen_code(text, rng).lower()


HARD_TRANSFORMS = {
    "terse": terse,
    "time_front": time_front,
    "colloquial_time": colloquial_time,
    "report_short": report_short,
    "teen_code": teen_code,
    "combined": combined,
}
