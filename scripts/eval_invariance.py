#!/usr/bin/env python3
"""How much an answer depends on the way a question is typed: an invariance benchmark.

Takes every in-scope question tagged `plain` of dev (benchmarks/questions_dev.jsonl) and of
v2dev (the tuning half of benchmarks/questions_v2.jsonl; the v2test half is never loaded
into the output), and derives variants by transforms that mimic how staff type in a chat:
diacritics stripped, lower case, chat wrappers, formal words swapped for chat words, the
agency's name shortened to its initials, one typo in a long word, role framing ("em ở X thì
…"), and all of them at once; then the harder ones of scripts/chat_transforms.py (terse, the
time question up front, colloquial time words, short report kinds, teen code, combined). Every variant keeps the original's gold. The transforms are
written from how Vietnamese staff chat, independently of index/data/lexicon.tsv (a check
drawn from the lexicon would be circular). Seeded: the same seed gives the same variants.

The system is run the way scripts/eval_questions.py runs it (its runner, one process per
clock), over the same corpora. Only variants of questions the system answers right plainly
count. Per transform it prints the share still answered right and the share whose answer
is the plain question's answer. Usage:

    python scripts/eval_invariance.py [--seed 15] [--sets dev,v2dev] [--show N]

`--show N` prints N variants per transform that the system gets wrong (dev and v2dev only).
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_harness as harness  # noqa: E402  (the runner and the judge)
import eval_questions as ev  # noqa: E402  (the question sets and their halves)
from chat_transforms import HARD_TRANSFORMS  # noqa: E402  (terse, time up front, short kinds, teen code)

# --- how staff type: word lists of this benchmark (not the product's lexicon) ----------------
PREFIXES = ["cho em hỏi", "ad ơi", "mọi người ơi", "e hỏi chút", "cho mình hỏi với", "anh chị ơi cho em hỏi"]
SUFFIXES = ["ạ", "vậy", "nhé", "vậy ạ", "ạ?", "vậy mọi người"]
#: formal wording -> what staff type instead (longest first is applied)
CHAT_WORDS: list[tuple[str, list[str]]] = [
    ("trước ngày nào", ["trễ nhất ngày mấy", "muộn nhất ngày nào"]),
    ("thời hạn", ["deadline", "hạn chót"]),
    ("ngày nào", ["ngày mấy", "bữa nào"]),
    ("báo cáo", ["bc", "report", "báo cáo"]),
    ("hạn", ["deadline", "hạn chót"]),
    ("của", ["bên", "của bên"]),
]
#: words that start an agency's name in Vietnamese administrative usage
AGENCY_HEADS = ["Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân", "Ban Thường vụ", "Ban Chỉ đạo",
                "Trung tâm", "Chi cục", "Văn phòng", "Phòng", "Sở", "Ban", "Đảng ủy", "Đảng uỷ",
                "Bệnh viện", "Trường", "Công ty", "Cục", "Liên đoàn", "Mặt trận", "Đoàn", "Thanh tra",
                "Hội"]
PLACE_WORDS = ("tỉnh", "huyện", "xã", "thành phố", "thị xã", "phường", "thị trấn", "quận", "khu vực")
#: lower-case syllables that end a name (the sentence goes on)
NAME_ENDS = {"ban", "công", "tiếp", "hoàn", "đối", "kiểm", "phối", "xây", "tuyên", "giám", "chỉ",
             "mở", "tham", "là", "thì", "có", "phải", "gửi", "nộp", "theo", "về", "cho", "trước", "khi", "ngày", "báo",
             "hạn", "kế", "thực", "năm", "được", "đã", "sẽ", "cần", "ai", "gì", "nào", "tổ", "trong",
             "tại", "với", "do", "từ", "đến", "những", "các", "mấy", "bao", "quy", "chủ", "lập", "tổng",
             "đánh", "chậm", "thời", "số", "văn", "tháng", "định", "hằng", "sơ", "giao", "ở", "để"}
TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


def strip_diacritics(text: str) -> str:
    """No tone or vowel marks, đ -> d: how many staff type on a phone."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text)
                                                 if not unicodedata.combining(c)))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def wrap(q: str, rng: random.Random) -> str:
    """A chat greeting before and/or a particle after the question."""
    body = q.rstrip(" ?.")
    style = rng.randrange(3)
    if style == 0:
        return f"{rng.choice(PREFIXES)} {_lower_first(body)}"
    if style == 1:
        return f"{body} {rng.choice(SUFFIXES)}"
    return f"{rng.choice(PREFIXES)} {_lower_first(body)} {rng.choice(SUFFIXES)}"


def chat_words(q: str, rng: random.Random) -> str:
    """Formal words swapped for what staff type (each phrase once, at word boundaries)."""
    table = {formal: informal for formal, informal in CHAT_WORDS}
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f, _ in CHAT_WORDS) + r")(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda m: rng.choice(table[m.group(1).lower()]), q)


@dataclass(frozen=True)
class Name:
    """An agency name found in a question: its span, its head and the rest split in parts."""

    start: int
    end: int
    head: str
    rest: list[str]        # syllables after the head, before any place
    place: str             # "tỉnh X" as written, or ""


def _place(text: str) -> str:
    """"tỉnh Tây Ninh" / "khu vực Yên Thành" at the start of `text`: a place word and the
    capitalized syllables after it, or ""."""
    m = re.match(r"(?:" + "|".join(PLACE_WORDS) + r")(?=\s)", text)
    if not m:
        return ""
    end = m.end()
    for w in re.finditer(r"\s+([^\W\d_]+)", text[end:]):
        if w.start() != end - m.end() or not w.group(1)[:1].isupper():
            break
        end = m.end() + w.end()
    return text[:end] if end > m.end() else ""


def find_agency(q: str) -> Name | None:
    """The first agency name in the question: a head, then capitalized syllables and the
    lower-case syllables that continue them, up to a place or a word that ends a name."""
    for m in re.finditer(r"(?<!\w)(" + "|".join(re.escape(h) for h in AGENCY_HEADS) + r")(?!\w)", q):
        rest: list[str] = []
        end = m.end()
        lower_run = 0
        place = ""
        for w in re.finditer(r"\s*([-,]\s*)?([^\W_]+)", q[m.end():]):
            at = m.end() + w.start()
            word = w.group(2)
            if w.start() != end - m.end():
                break
            if not w.group(1) and not w.group(0)[:1].isspace():
                break
            place = _place(q[at:].lstrip(" -,"))
            if place:
                break
            caps = word[:1].isupper()
            if w.group(1) and not caps:       # "Kinh tế - Kỹ thuật", "Văn hóa, Thể thao": one name
                break
            if caps or word.lower() == "và" and re.match(r"\s*[^\W\d_]", q[m.end() + w.end():]) and q[m.end() + w.end():].lstrip()[:1].isupper():
                lower_run = 0
            elif rest and word.lower() not in NAME_ENDS and lower_run < 3:
                lower_run += 1
            else:
                break
            rest.append(word)
            end = m.end() + w.end()
        while rest and rest[-1].lower() == "và":
            rest.pop()
        if rest or m.group(1).lower().startswith(("ủy ban", "uỷ ban", "hội đồng")):
            if place:
                at = q.find(place, end)
                end = at + len(place) if at >= 0 else end
            return Name(m.start(), end, m.group(1), rest, place)
    return None


def initials(words: list[str], amp: bool) -> str:
    """NN&PTNT from "Nông nghiệp và Phát triển nông thôn" (và -> & or dropped)."""
    out = []
    for w in words:
        if w.lower() in ("và", "&"):
            out.append("&" if amp else "")
        elif len(w) > 1 and w.isupper():    # already an abbreviation (PTNT)
            out.append(w)
        else:
            out.append(w[0].upper())
    return "".join(out)


def shorten_agency(q: str, rng: random.Random) -> str:
    """The agency named the way staff write it: initials generated from the name itself,
    the province dropped or kept as a bare word."""
    name = find_agency(q)
    if name is None:
        return q
    head = name.head
    if head.lower() in ("ủy ban nhân dân", "uỷ ban nhân dân"):
        short = rng.choice(["UBND", "UB"])
    elif head.lower() == "hội đồng nhân dân":
        short = "HĐND"
    elif name.rest and len(name.rest) <= 3 and rng.random() < 0.5:
        short = initials(head.split() + name.rest, amp=False)        # Sở Y tế -> SYT
    elif name.rest:
        short = f"{head} {initials(name.rest, amp=rng.random() < 0.5)}"   # Trung tâm Y tế -> Trung tâm YT
        if head in ("Trung tâm", "Chi cục", "Văn phòng") and rng.random() < 0.5:
            short = initials(head.split() + name.rest, amp=False)    # -> TTYT
    else:
        return q
    if name.place:   # dropped, or kept as staff do: its bare word ("tỉnh") or its proper name
        proper = " ".join(w for w in name.place.split() if w[:1].isupper())
        bare = name.place.split()[0]
        short += rng.choice(["", " " + (bare if bare in ("tỉnh", "huyện", "xã") else proper)])
    return q[:name.start] + short + q[name.end:]


def typo(q: str, rng: random.Random) -> str:
    """One deterministic typo in a long word: two letters swapped, one dropped, or a wrong tone."""
    words = [m for m in re.finditer(r"[^\W\d_]{5,}", q)]
    if not words:
        return q
    w = rng.choice(words)
    word = w.group(0)
    kind = rng.randrange(3)
    if kind == 2:
        nfd = unicodedata.normalize("NFD", word)
        marks = [i for i, c in enumerate(nfd) if c in TONES]
        if marks:
            i = marks[0]
            new = nfd[:i] + rng.choice([t for t in TONES if t != nfd[i]]) + nfd[i + 1:]
        else:   # no tone: add one after the first vowel
            i = next((k for k, c in enumerate(nfd) if c.lower() in "aeiouy"), 0)
            new = nfd[:i + 1] + rng.choice(TONES) + nfd[i + 1:]
        word2 = unicodedata.normalize("NFC", new)
    else:
        i = rng.randrange(1, len(word) - 1)
        word2 = word[:i] + word[i + 1] + word[i] + word[i + 2:] if kind == 0 else word[:i] + word[i + 1:]
    return q[:w.start()] + word2 + q[w.end():]


def role(q: str, rng: random.Random) -> str:
    """The asker's unit up front ("em ở <unit> thì …"), the unit taken out of the question."""
    name = find_agency(q)
    before_name = q[:name.start] if name else ""
    # only an agency that is the question's subject or owner is the asker's unit
    if name is None or before_name.strip() and not re.search(r"(?:của|bên)\s*$", before_name):
        return q
    unit = q[name.start:name.end]
    before = re.sub(r"\s*(?:của|theo|cho|thuộc)\s*$", "", q[:name.start]).rstrip(" ,:")
    rest = (before + " " + q[name.end:].lstrip(" ,:")).strip()
    return f"{rng.choice(['em ở', 'mình ở', 'em làm ở'])} {unit} thì {_lower_first(rest)}"


def all_at_once(q: str, rng: random.Random) -> str:
    """Short name, chat words, a wrapper, lower case and no diacritics together."""
    return strip_diacritics(wrap(chat_words(shorten_agency(q, rng), rng), rng).lower())


TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "nodiac": lambda q, rng: strip_diacritics(q),
    "lower": lambda q, rng: q.lower(),
    "wrapper": wrap,
    "chat_words": chat_words,
    "agency_short": shorten_agency,
    "typo": typo,
    "role": role,
    "all": all_at_once,
    **HARD_TRANSFORMS,
}


def variants(questions: list[dict], seed: int, only: set[str] | None = None) -> list[dict]:
    """The variants of each question (those that differ from it), tagged by transform."""
    out = []
    for q in questions:
        for name, transform in TRANSFORMS.items():
            if only and name not in only:
                continue
            rng = random.Random(f"{seed}:{q['set']}:{q['id']}:{name}")
            text = re.sub(r"\s+", " ", transform(q["question"], rng)).strip()
            if text != q["question"]:
                out.append(dict(q, question=text, transform=name))
    return out


def plain_questions(name: str) -> list[dict]:
    """The in-scope plain questions of dev or v2dev (never the v2test half)."""
    rows = ev.load("v2dev" if name == "v2dev" else "dev")
    if name == "v2dev":
        rows = [q for q in rows if not ev.in_test_half(q, ev.BLIND["v2"]) and not q.get("uploaded")]
    return [dict(q, set=name) for q in rows if q["tag"] == "plain" and q["expect_found"]]


def run_set(name: str, questions: list[dict], workdir: Path) -> list[dict]:
    """Answers over the corpus that set is scored on (dev: shipped + benchmarks/plans;
    v2dev: shipped + benchmarks/plans_v2, all indexed up front)."""
    corpus = harness.prepare_corpus(workdir, with_plans=name == "dev")
    if name == "v2dev":
        for f in sorted(ev.PLANS_V2.iterdir()):
            if f.is_file() and f.suffix.lower() in harness.PLAN_SUFFIXES:
                shutil.copy(f, corpus / f.name)
        harness.qcdc_run(["index"], workdir)
        names = harness.reported_names(workdir, ev.PLANS_V2)
        questions = [dict(q, documents=[names.get(d, d) for d in q["documents"]]) for q in questions]
    answers, _ = harness.run_mode("hybrid", questions, workdir)
    return [dict(q, verdict=harness.judge(q, a), answer=a) for q, a in zip(questions, answers)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--sets", default="dev,v2dev")
    parser.add_argument("--show", type=int, default=0, help="wrong variants to print per transform")
    parser.add_argument("--transforms", default="", help="comma-separated transforms to run (default: all)")
    args = parser.parse_args()
    only = set(filter(None, args.transforms.split(","))) or None
    rows: list[dict] = []
    for name in args.sets.split(","):
        if name not in ("dev", "v2dev"):
            raise SystemExit("--sets takes dev and v2dev only")
        plain = plain_questions(name)
        asked = plain + variants(plain, args.seed, only)
        with tempfile.TemporaryDirectory(prefix="qcdc-inv-") as tmp:
            rows += run_set(name, asked, Path(tmp))
    plain_right = {(r["set"], r["id"]): r for r in rows if "transform" not in r and r["verdict"][2]}
    n_plain = sum(1 for r in rows if "transform" not in r)
    by_transform: dict[str, list[tuple[bool, bool, dict]]] = defaultdict(list)
    for r in rows:
        base = plain_right.get((r["set"], r["id"]))
        if "transform" in r and base is not None:
            same = (r["answer"]["found"] == base["answer"]["found"]
                    and harness.norm(r["answer"]["answer"]) == harness.norm(base["answer"]["answer"]))
            by_transform[r["transform"]].append((r["verdict"][2], same, r))
    print(f"\nInvariance, seed {args.seed}, sets {args.sets}: {len(plain_right)} of {n_plain} plain questions "
          f"answered right plainly; their variants:\n")
    print("| transform | n | answered right | same answer as plain |")
    print("|---|---|---|---|")
    total = []
    for name in (n for n in TRANSFORMS if not only or n in only):
        got = by_transform.get(name, [])
        total += got
        n = max(1, len(got))
        print(f"| {name} | {len(got)} | {sum(g[0] for g in got) / n:.3f} | {sum(g[1] for g in got) / n:.3f} |")
    n = max(1, len(total))
    print(f"| all variants | {len(total)} | {sum(g[0] for g in total) / n:.3f} | {sum(g[1] for g in total) / n:.3f} |")
    if args.show:
        for name in TRANSFORMS:
            wrong = [g[2] for g in by_transform.get(name, []) if not g[0]][:args.show]
            for r in wrong:
                a = r["answer"]
                print(f"  [{name}] {r['set']}#{r['id']} {r['question']}\n     found={a['found']} -> {a['answer'][:160]!r}")


if __name__ == "__main__":
    main()
