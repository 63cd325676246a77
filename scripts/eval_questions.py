#!/usr/bin/env python3
"""Score the project's own question set through `qcdc ask --json` (stdin mode, one process).

For each retrieval mode (lexical, dense, hybrid) prints hit@1, hit@5 (a source from an
expected document), answer accuracy (the answer contains one of the expected strings),
and out-of-scope accuracy (found == false). Usage:

    python scripts/eval_questions.py [--modes hybrid,lexical,dense] [--show-failures]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "benchmarks" / "questions.jsonl"


def norm(text: str) -> str:
    """Compare answers loosely: NFC, lower case, no leading zeros in dates."""
    text = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"\b0(\d)\b", r"\1", text)


def run_mode(mode: str, questions: list[dict]) -> tuple[list[dict], float]:
    cmd = [sys.executable, "-m", "qcdc.cli", "ask", "--json", "--mode", mode]
    started = time.perf_counter()
    proc = subprocess.run(cmd, input="\n".join(q["question"] for q in questions) + "\n",
                          capture_output=True, text=True, cwd=ROOT, check=True)
    elapsed = time.perf_counter() - started
    answers = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if len(answers) != len(questions):
        raise SystemExit(f"{mode}: expected {len(questions)} answers, got {len(answers)}\n{proc.stderr}")
    return answers, elapsed


def score(questions: list[dict], answers: list[dict]) -> dict:
    in_scope = [(q, a) for q, a in zip(questions, answers) if q["expect_found"]]
    oos = [(q, a) for q, a in zip(questions, answers) if not q["expect_found"]]
    hit1 = hit5 = acc = acc_n = 0
    failures = []
    for q, a in in_scope:
        docs = [s["document"] for s in a["sources"]]
        h1 = bool(docs[:1]) and docs[0] in q["documents"]
        h5 = any(d in q["documents"] for d in docs[:5])
        hit1 += h1
        hit5 += h5
        ok = True
        if q["answer_contains"]:
            acc_n += 1
            ok = a["found"] and any(norm(x) in norm(a["answer"]) for x in q["answer_contains"])
            acc += ok
        if not (h5 and ok):
            failures.append((q, a, h1, h5, ok))
    oos_ok = sum(1 for _, a in oos if not a["found"])
    failures += [(q, a, None, None, False) for q, a in oos if a["found"]]
    return {
        "n": len(in_scope), "hit@1": hit1 / len(in_scope), "hit@5": hit5 / len(in_scope),
        "answer_acc": acc / max(1, acc_n), "answer_n": acc_n,
        "oos_acc": oos_ok / max(1, len(oos)), "oos_n": len(oos),
        "found_rate": sum(1 for _, a in in_scope if a["found"]) / len(in_scope),
        "failures": failures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--modes", default="lexical,dense,hybrid")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    questions = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for mode in args.modes.split(","):
        answers, elapsed = run_mode(mode, questions)
        result = score(questions, answers)
        rows.append((mode, result, elapsed))
        if args.show_failures:
            print(f"--- failures ({mode})")
            for q, a, h1, h5, ok in result["failures"]:
                top = a["sources"][0]["document"][:3] if a["sources"] else "-"
                print(f"  #{q['id']} [{q['category']}] {q['question']}\n     hit5={h5} ok={ok} "
                      f"found={a['found']} top={top} -> {a['answer'][:160]!r}")
    print(f"\nQuestion set: {len(questions)} questions ({rows[0][1]['n']} in scope, "
          f"{rows[0][1]['oos_n']} out of scope)\n")
    print("| mode | hit@1 | hit@5 | answer accuracy | found (in scope) | out-of-scope → found=false | wall time |")
    print("|---|---|---|---|---|---|---|")
    for mode, r, elapsed in rows:
        print(f"| {mode} | {r['hit@1']:.3f} | {r['hit@5']:.3f} | {r['answer_acc']:.3f} (n={r['answer_n']}) "
              f"| {r['found_rate']:.3f} | {r['oos_acc']:.3f} (n={r['oos_n']}) | {elapsed:.1f} s |")


if __name__ == "__main__":
    main()
