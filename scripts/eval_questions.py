#!/usr/bin/env python3
"""Score a tagged question set through `qcdc ask --json` (stdin mode, one process per
clock setting), over the shipped corpus plus the plans under benchmarks/plans/.

Prints, per retrieval mode, hit@1 / hit@5 (a source from an expected document), answer
accuracy (found and the answer holds one of `answer_contains` and all of `answer_all`) and
out-of-scope refusals (found == false), overall and per phrasing tag. Usage:

    python scripts/eval_questions.py --set dev [--modes hybrid,lexical,dense] [--show-failures]
    python scripts/eval_questions.py --set test          # figures only, never the failures

Each run indexes into a fresh temporary data directory with the configured embedding model
(QCDC_EMBED_MODEL; unset = the product default). `--set legacy` scores the older untagged
benchmarks/questions.jsonl on the shipped corpus alone.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
SETS = {"dev": BENCH / "questions_dev.jsonl", "test": BENCH / "questions_test.jsonl",
        "legacy": BENCH / "questions.jsonl", "heldout": BENCH / "questions_heldout.jsonl"}


def norm(text: str) -> str:
    """Compare answers loosely: NFC, lower case, no leading zeros in dates, one dash."""
    text = unicodedata.normalize("NFC", text).lower().replace("–", "-")
    return re.sub(r"\b0(\d)\b", r"\1", text)


def load(name: str) -> list[dict]:
    rows = [json.loads(line) for line in SETS[name].read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:   # the legacy file names its tags "category"
        r.setdefault("tag", r.get("category", "plain"))
    return rows


def prepare_corpus(workdir: Path, with_plans: bool) -> Path:
    corpus = workdir / "corpus"
    corpus.mkdir()
    for f in (ROOT / "corpus").iterdir():
        if f.is_file() and not f.name.startswith("."):
            shutil.copy(f, corpus / f.name)
    if with_plans:
        for f in (BENCH / "plans").glob("*.txt"):
            shutil.copy(f, corpus / f.name)
    return corpus


def run_mode(mode: str, questions: list[dict], workdir: Path) -> tuple[list[dict], float]:
    """Answers in question order; one process per distinct `today` (QCDC_NOW)."""
    answers: list[dict | None] = [None] * len(questions)
    groups: dict[str | None, list[int]] = defaultdict(list)
    for i, q in enumerate(questions):
        groups[q.get("today")].append(i)
    elapsed = 0.0
    for today, idx in groups.items():
        env = dict(os.environ, QCDC_DATA_DIR=str(workdir / "data"), QCDC_CORPUS_DIR=str(workdir / "corpus"),
                   PYTHONPATH=str(ROOT))
        env.pop("QCDC_NOW", None)
        if today:
            env["QCDC_NOW"] = f"{today}T08:00"
        cmd = [sys.executable, "-m", "qcdc", "ask", "--json", "--mode", mode]
        started = time.perf_counter()
        proc = subprocess.run(cmd, input="\n".join(questions[i]["question"] for i in idx) + "\n",
                              capture_output=True, text=True, cwd=ROOT, env=env, check=True)
        elapsed += time.perf_counter() - started
        got = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
        if len(got) != len(idx):
            raise SystemExit(f"{mode}: expected {len(idx)} answers, got {len(got)}\n{proc.stderr[-2000:]}")
        for i, a in zip(idx, got):
            answers[i] = a
    return [a for a in answers if a is not None], elapsed


def judge(q: dict, a: dict) -> tuple[bool, bool, bool]:
    """(hit@1, hit@5, answered right) for one question; out of scope: right = refused."""
    if not q["expect_found"]:
        return False, False, not a["found"]
    docs = [s["document"] for s in a["sources"]]
    h1 = bool(docs) and docs[0] in q["documents"]
    h5 = any(d in q["documents"] for d in docs[:5])
    text = norm(a["answer"])
    ok = a["found"]
    if q.get("answer_contains"):
        ok = ok and any(norm(x) in text for x in q["answer_contains"])
    if q.get("answer_all"):
        ok = ok and all(norm(x) in text for x in q["answer_all"])
    return h1, h5, ok


def score(questions: list[dict], answers: list[dict]) -> dict:
    per_tag: dict[str, list[tuple[bool, bool, bool]]] = defaultdict(list)
    failures = []
    for q, a in zip(questions, answers):
        verdict = judge(q, a)
        per_tag[q["tag"]].append(verdict)
        if not verdict[2] or (q["expect_found"] and not verdict[1]):
            failures.append((q, a, verdict))
    return {"per_tag": per_tag, "failures": failures}


def summary(verdicts: list[tuple[bool, bool, bool]]) -> tuple[int, float, float, float]:
    n = len(verdicts)
    return (n, sum(v[0] for v in verdicts) / max(1, n), sum(v[1] for v in verdicts) / max(1, n),
            sum(v[2] for v in verdicts) / max(1, n))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--modes", default="hybrid")
    parser.add_argument("--show-failures", action="store_true", help="dev and legacy only")
    parser.add_argument("--workdir", type=Path, help="reuse this data directory across runs (faster)")
    args = parser.parse_args()
    if args.show_failures and args.set == "test":
        raise SystemExit("the test split is scored, never inspected: use --set dev")
    questions = load(args.set)
    with tempfile.TemporaryDirectory(prefix="qcdc-eval-") as tmp:
        workdir = args.workdir or Path(tmp)
        if workdir.exists() and workdir != Path(tmp):
            shutil.rmtree(workdir / "corpus", ignore_errors=True)
        workdir.mkdir(parents=True, exist_ok=True)
        prepare_corpus(workdir, with_plans=args.set in ("dev", "test"))
        results = []
        for mode in args.modes.split(","):
            answers, elapsed = run_mode(mode, questions, workdir)
            results.append((mode, score(questions, answers), elapsed))
    model = os.environ.get("QCDC_EMBED_MODEL") or "default"
    print(f"\nSet {args.set}: {len(questions)} questions, embedding model {model}\n")
    for mode, result, elapsed in results:
        if args.show_failures:
            print(f"--- failures ({mode})")
            for q, a, (h1, h5, ok) in result["failures"]:
                top = a["sources"][0]["document"][:8] if a["sources"] else "-"
                print(f"  #{q['id']} [{q['tag']}] {q['question']}\n     hit5={h5} ok={ok} found={a['found']} "
                      f"top={top} -> {a['answer'][:200]!r}")
        per_tag = result["per_tag"]
        in_scope = [v for t, vs in per_tag.items() if t != "oos" for v in vs]
        n, h1, h5, acc = summary(in_scope)
        oos = summary(per_tag.get("oos", []))
        print(f"mode {mode}: in scope n={n} hit@1 {h1:.3f} hit@5 {h5:.3f} answered right {acc:.3f}; "
              f"out of scope n={oos[0]} refused {oos[3]:.3f}; wall {elapsed:.1f} s\n")
        print("| tag | n | hit@1 | hit@5 | answered right (oos: refused) |")
        print("|---|---|---|---|---|")
        for tag in sorted(per_tag):
            n, h1, h5, acc = summary(per_tag[tag])
            if tag == "oos":
                print(f"| {tag} | {n} | - | - | {acc:.3f} |")
            else:
                print(f"| {tag} | {n} | {h1:.3f} | {h5:.3f} | {acc:.3f} |")
        print()


if __name__ == "__main__":
    main()
