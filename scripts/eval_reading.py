"""Score the reader against the fixture library's gold files (tests/data/reading).

For each split (dev, test, fresh) prints: documents read / refused, dated duties precision and
recall (explicit dates; recurring occurrences apart), who / what / to accuracy on the
matched duties, dates that are not deadlines but were reported, and the accuracy of each
metadata field, and the duties read right in full (date, who, what and to whom all right,
of the gold dated duties). `--details` lists the misses of the dev and fresh splits only: the
test split is held out, its failures are not read while tuning. The fresh split holds the plans
written in the reader round (p37-p41: Word numbering, tables in unusual column orders, merged
and multi-unit cells, "- Giao Phòng X:" prose, dates as "15-6-2026", "trước 30/11"); fresh2 the
second round's (p43-p50: the formats agencies send, .doc, .rtf, Word's .htm, a portal page, a
ruled PDF table over two pages, a phone photo, a 150-dpi scan, .odt; communes after the 2025
merger, a hospital, a school year, police, army and company plans).

Run: PYTHONPATH=$PWD python scripts/eval_reading.py [--split dev|test|fresh|fresh2|all] [--details]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "reading"

META_FIELDS = ("title", "number", "issuer", "issued_on", "year", "signer")
#: Measured apart: the issuer as written, letter case included (`same_meta` ignores case).
EXACT_FIELDS = ("issuer",)


def _parse(path: Path):
    try:
        from index.parsing import parse_document  # after the engine split
    except ImportError:
        from index.engine import parse_document
    return parse_document(path)


def norm(text: str | None) -> str:
    """Lower case, NFC, common abbreviations expanded, punctuation and spaces unified."""
    text = unicodedata.normalize("NFC", (text or "")).lower()
    text = text.replace("uỷ", "ủy").replace("ủy ban nhân dân", "ubnd").replace("hội đồng nhân dân", "hđnd")
    text = re.sub(r"[()\[\]“”\"'.,;:!?–-]", " ", text)
    return " ".join(text.split())


def tokens(text: str | None) -> list[str]:
    return [t for t in norm(text).split() if t not in ("các", "những")]


def token_f1(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = tokens(gold), tokens(pred)
    if not g and not p:
        return 1.0, 1.0, 1.0
    if not g or not p:
        return 0.0, 0.0, 0.0
    common = sum(min(g.count(t), p.count(t)) for t in set(g))
    prec, rec = common / len(p), common / len(g)
    return prec, rec, (2 * prec * rec / (prec + rec) if common else 0.0)


def same_unit(gold: str, pred: str) -> bool:
    """A unit (who / to) is right when it names the same unit: equal after normalizing, or
    one is the other with a qualifier at most a third as long (`Phòng Nội vụ` / `huyện`)."""
    g, p = " ".join(tokens(gold)), " ".join(tokens(pred))
    if g == p:
        return True
    if not g or not p:
        return False
    short, long_ = sorted((g, p), key=len)
    return long_.startswith(short) and len(short.split()) >= 0.67 * len(long_.split())


def same_what(gold: str, pred: str) -> bool:
    prec, rec, _ = token_f1(gold, pred)
    return rec >= 0.7 and prec >= 0.4


def same_meta(name: str, gold, pred) -> bool:
    if name == "year":
        return gold == pred
    if name in ("number", "issued_on"):
        return (gold or None) == (pred or None)
    if name == "issuer":
        return same_unit(gold or "", pred or "") if gold else not pred
    return norm(gold) == norm(pred)


@dataclass
class Score:
    """Counts for one split."""

    docs: int = 0
    refused: list[str] = field(default_factory=list)
    predicted: int = 0          # dated obligations reported
    matched: int = 0            # of them, matched to a gold dated duty or occurrence
    gold_dated: int = 0
    found_dated: int = 0
    gold_recurring: int = 0
    found_recurring: int = 0
    who: int = 0
    what: int = 0
    to: int = 0
    all_right: int = 0          # gold duties matched with who, what and to all right
    false_deadlines: int = 0
    gold_not_deadlines: int = 0
    undated_gold: int = 0
    undated_found: int = 0
    meta_right: dict[str, int] = field(default_factory=lambda: {k: 0 for k in META_FIELDS})
    exact_right: dict[str, int] = field(default_factory=lambda: {k: 0 for k in EXACT_FIELDS})
    misses: list[str] = field(default_factory=list)


def score_document(gold: dict, parsed, score: Score) -> None:
    """Match the reported dated duties to the gold ones by date, then by who/what."""
    rows = [r for r in parsed.obligations if r.due_on]
    score.predicted += len(rows)
    wanted = [dict(g, kind="dated") for g in gold["dated"]]
    for rec in gold["recurring"]:
        wanted += [dict(rec, date=d, kind="recurring") for d in rec["dates"]]
    score.gold_dated += len(gold["dated"])
    score.gold_recurring += sum(len(r["dates"]) for r in gold["recurring"])
    free = list(range(len(rows)))
    name = gold["file"]
    for g in wanted:
        cands = [i for i in free if rows[i].due_on == g["date"]]
        if not cands:
            score.misses.append(f"{name}: missed {g['date']} {g['who']} | {g['what']}")
            continue
        best = max(cands, key=lambda i: (same_unit(g["who"], rows[i].who), token_f1(g["what"], rows[i].what)[2]))
        free.remove(best)
        row = rows[best]
        score.matched += 1
        if g["kind"] == "dated":
            score.found_dated += 1
        else:
            score.found_recurring += 1
        ok_who, ok_what = same_unit(g["who"], row.who), same_what(g["what"], row.what)
        ok_to = same_unit(g["to"], row.to_whom) if g["to"] or row.to_whom else True
        score.who += ok_who
        score.what += ok_what
        score.to += ok_to
        score.all_right += ok_who and ok_what and ok_to
        for ok, label, gv, pv in ((ok_who, "who", g["who"], row.who), (ok_what, "what", g["what"], row.what),
                                  (ok_to, "to", g["to"], row.to_whom)):
            if not ok:
                score.misses.append(f"{name}: {g['date']} {label}: want {gv!r} got {pv!r}")
    for i in free:
        label = "NOT A DEADLINE" if rows[i].due_on in gold["not_deadlines"] else "extra"
        score.misses.append(f"{name}: {label} {rows[i].due_on} {rows[i].who} | {rows[i].what}")
    score.false_deadlines += sum(1 for r in rows if r.due_on in gold["not_deadlines"])
    score.gold_not_deadlines += len(gold["not_deadlines"])
    for u in gold["undated"]:
        score.undated_gold += 1
        if any(not r.due_on and u["phrase"] in (r.due_text or "") + " " + (r.quote or "")
               and same_unit(u["who"], r.who) for r in parsed.obligations):
            score.undated_found += 1
        else:
            score.misses.append(f"{name}: undated duty not kept: {u['who']} | {u['what']}")
    meta = parsed.meta
    pred = {"title": meta.title, "number": meta.number, "issuer": meta.issuer,
            "issued_on": meta.issued_on.isoformat() if meta.issued_on else None,
            "year": meta.year, "signer": meta.signer}
    for k in META_FIELDS:
        if same_meta(k, gold["meta"].get(k), pred[k]):
            score.meta_right[k] += 1
        else:
            score.misses.append(f"{name}: meta {k}: want {gold['meta'].get(k)!r} got {pred[k]!r}")
    for k in EXACT_FIELDS:
        want = unicodedata.normalize("NFC", gold["meta"].get(k) or "").replace("Uỷ", "Ủy")
        got = unicodedata.normalize("NFC", pred[k] or "").replace("Uỷ", "Ủy")
        if want == got:
            score.exact_right[k] += 1
        elif same_meta(k, gold["meta"].get(k), pred[k]):
            score.misses.append(f"{name}: meta {k} letter case: want {gold['meta'].get(k)!r} got {pred[k]!r}")


def evaluate(split: str) -> Score:
    """Read every fixture of `split` and score it."""
    from index.errors import DocumentError

    score = Score()
    for gold_path in sorted(DATA.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold["split"] != split:
            continue
        score.docs += 1
        try:
            parsed = _parse(DATA / gold["file"])
        except DocumentError as exc:
            score.refused.append(f"{gold['file']}: {type(exc).__name__}")
            gold_meta = {"dated": gold["dated"], "recurring": gold["recurring"]}
            score.gold_dated += len(gold_meta["dated"])
            score.gold_recurring += sum(len(r["dates"]) for r in gold_meta["recurring"])
            score.undated_gold += len(gold["undated"])
            score.gold_not_deadlines += len(gold["not_deadlines"])
            continue
        score_document(gold, parsed, score)
    return score


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a"


def report(split: str, s: Score) -> list[str]:
    """The table rows of one split."""
    m = s.matched
    lines = [
        f"| {split} | documents | {s.docs} (refused {len(s.refused)}) |",
        f"| {split} | dated duties precision | {_ratio(m, s.predicted)} |",
        f"| {split} | dated duties recall (explicit dates) | {_ratio(s.found_dated, s.gold_dated)} |",
        f"| {split} | recurring occurrences recall | {_ratio(s.found_recurring, s.gold_recurring)} |",
        f"| {split} | who right | {_ratio(s.who, m)} |",
        f"| {split} | what right | {_ratio(s.what, m)} |",
        f"| {split} | to whom right | {_ratio(s.to, m)} |",
        f"| {split} | duties right in full (date, who, what, to) | "
        f"{_ratio(s.all_right, s.gold_dated + s.gold_recurring)} |",
        f"| {split} | not-deadline dates reported | {s.false_deadlines} of {s.gold_not_deadlines} |",
        f"| {split} | relative/undated duties kept | {_ratio(s.undated_found, s.undated_gold)} |",
    ]
    ok_docs = s.docs - len(s.refused)
    lines += [f"| {split} | metadata {k} | {_ratio(v, s.docs)} |" for k, v in s.meta_right.items()]
    lines.append(f"| {split} | metadata all fields | {_ratio(sum(s.meta_right.values()), len(META_FIELDS) * s.docs)} |")
    lines += [f"| {split} | metadata {k} exact (letter case too) | {_ratio(v, s.docs)} |"
              for k, v in s.exact_right.items()]
    del ok_docs
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", choices=["dev", "test", "fresh", "fresh2", "all", "both"])
    ap.add_argument("--details", action="store_true", help="list the misses (dev, fresh and fresh2 splits only)")
    args = ap.parse_args()
    splits = ["dev", "test", "fresh", "fresh2"] if args.split == "both" else [args.split]
    print("| split | measure | value |\n|---|---|---|")
    scores = {}
    for split in splits:
        scores[split] = evaluate(split)
        print("\n".join(report(split, scores[split])))
    for split in ("dev", "fresh", "fresh2"):
        if args.details and split in scores:
            print(f"\n{split.capitalize()} misses:")
            for line in scores[split].refused + scores[split].misses:
                print(" -", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
