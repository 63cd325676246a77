#!/usr/bin/env python3
"""Score a tagged question set through `qcdc ask --json` (stdin mode, one process per
clock setting), over the shipped corpus plus the plans under benchmarks/plans/.

Prints, per retrieval mode, hit@1 / hit@5 (a source from an expected document), answer
accuracy (found and the answer holds one of `answer_contains` and all of `answer_all`) and
out-of-scope refusals (found == false), overall and per phrasing tag. Usage:

    python scripts/eval_questions.py --set dev [--modes hybrid,lexical,dense] [--show-failures]
    python scripts/eval_questions.py --set test          # figures only, never the failures
    python scripts/eval_questions.py --set v2            # the blind set v2: figures only, run once
    python scripts/eval_questions.py --set v2dev --show-failures   # v2 after its first contact: the half to tune on
    python scripts/eval_questions.py --set v2test        # ... and the half kept blind (figures only)
    python scripts/eval_questions.py --set v3            # the blind set v3 (both writers): figures only, run once
    python scripts/eval_questions.py --set v3dev --show-failures   # v3 after its first contact (split by V3_TEST_PLANS)
    python scripts/eval_questions.py --set v3test        # ... and its blind half (figures only)
    python scripts/eval_questions.py --set v4            # the blind set v4 (both writers): figures only, run once
    python scripts/eval_questions.py --set v4dev --show-failures   # v4 after its first contact (split by V4_TEST_PLANS)
    python scripts/eval_questions.py --set v4test        # ... and its blind half (figures only)
    python scripts/eval_questions.py --set v5            # the blind set v5 (both writers): figures only, run once
    python scripts/eval_questions.py --set v5dev --show-failures   # v5 after its first contact (split by V5_TEST_PLANS)
    python scripts/eval_questions.py --set v5test        # ... and its blind half (figures only)
    python scripts/eval_questions.py --set v6            # the blind set v6 (both writers): figures only, run once

Each run indexes into a fresh temporary data directory with the configured embedding model
(QCDC_EMBED_MODEL; unset = the product default). `--set legacy` scores the older untagged
benchmarks/questions.jsonl on the shipped corpus alone.

`--set v2` (benchmarks/questions_v2.jsonl, scripts/make_question_set_v2.py; plus the dev-only
benchmarks/questions_v2more.jsonl, which names v2dev plans only) runs over the shipped
corpus plus benchmarks/plans_v2/ without the plan its `"uploaded": true` questions are about:
`qcdc index`, the other questions, then `qcdc add` of that plan, then its questions. Gold
document names are mapped to the names the system reports (`qcdc documents --json`). Each mode
gets a fresh data directory. `--limit N` asks only the first N questions of each phase (a check
that the harness runs end to end, not a figure).

`--set v3` runs the same way over the shipped corpus plus benchmarks/plans_v3/: its questions are
every benchmarks/questions_v3*.jsonl (one file per writer, ids prefixed by the writer, e.g.
"v3a-"), and every plan named only by `uploaded` questions (one per writer) is added with
`qcdc add` after `qcdc index`. Figures are printed per tag and per id prefix.

`--set v4` runs the same way over the shipped corpus plus benchmarks/plans_v4/ (.docx, .pdf, .txt,
.md and web pages saved as .html): its questions are every benchmarks/questions_v4*.jsonl (one file
per writer, ids "v4a-", "v4b-"), and every plan named only by `uploaded` questions (two per writer,
four in all) is added with `qcdc add`, one after the other, before the `uploaded` questions are
asked (out-of-scope questions marked `uploaded` are asked then too). v4dev/v4test exist only once
V4_TEST_PLANS is filled in after v4's one first contact; until then they refuse to run. `--set v5`
(benchmarks/questions_v5*.jsonl over benchmarks/plans_v5/, any format the product reads) runs the
same way, split by V5_TEST_PLANS. `--set v6` (benchmarks/questions_v6*.jsonl over benchmarks/plans_v6/)
runs the same way; v6dev/v6test refuse to run until V6_TEST_PLANS is chosen after its one first contact.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
# the runner and the judge; the other names are kept here for the scripts that import them from this module
from eval_harness import (BENCH, PLAN_SUFFIXES, SHARED_MODELS, copy_plans, id_prefix, judge,  # noqa: E402,F401
                          norm, prepare_corpus, qcdc_env, qcdc_run, reported_names, run_blind_mode, run_mode,
                          score, summary, uploaded_plans)
SETS = {"dev": BENCH / "questions_dev.jsonl", "test": BENCH / "questions_test.jsonl",
        "legacy": BENCH / "questions.jsonl", "heldout": BENCH / "questions_heldout.jsonl"}
PLANS_V2 = BENCH / "plans_v2"
PLANS_V3 = BENCH / "plans_v3"
PLANS_V4 = BENCH / "plans_v4"
PLANS_V5 = BENCH / "plans_v5"
PLANS_V6 = BENCH / "plans_v6"
FIGURES_ONLY = ("test", "v2", "v2test", "v3", "v3test", "v4", "v4test", "v5", "v5test", "v6", "v6test")   # scored, never inspected
#: After its one first contact (figures only), v2 was split by plan: questions about these
#: plans (the web copy, the commune's .txt and the uploaded company plan) are v2test, with
#: every even-numbered question about the shipped corpus or out of scope; the rest is v2dev.
V2_TEST_PLANS = frozenset({"stc_hatinh_2026_web.md", "ubnd_xa_phiengcam_2026.txt",
                           "congty_thuyloi_quangngai_2026.docx"})
#: The plans of v3 whose questions form v3test, filled in after v3's one first contact (figures
#: only), with every even-numbered question about the shipped corpus or out of scope; the rest is
#: v3dev. While it is empty there is no split: v3dev and v3test refuse to run.
V3_TEST_PLANS: frozenset[str] = frozenset({"v3a_bqlda_camau_2026.docx", "v3a_th_hoaloc_vinhlong_2025.txt",
                                          "v3b_bvdk_caobang_2026.pdf"})
#: The plans of v4 whose questions form v4test, chosen after v4's one first contact (figures only),
#: the way V3_TEST_PLANS was: one uploaded Word plan of each writer (a merged-cell annex; a header
#: table with an in-body deadline table) and the portal page, with every even-numbered question
#: about the shipped corpus or out of scope. The other three plans (an uploaded Word plan with
#: automatic numbering, an uploaded commune plan with a landscape annex, a PDF whose table breaks
#: across pages) are v4dev, so each kind of layout in v4test has a kin on the half one may read.
V4_TEST_PLANS: frozenset[str] = frozenset({"v4a_dptth_khanhhoa_2026.docx", "v4b_vpdbhdnd_tuyenquang_2026.docx",
                                          "v4a_thpt_tamduong_laichau_2025_web.html"})

#: The plans of v5 whose questions form v5test, chosen after v5's one first contact (figures only)
#: by the rule used for v4, before any failure was read: one uploaded Word plan of each writer (a
#: header table with automatic numbering and a merged-cell annex; a parent body over the issuer)
#: and the portal page, with every even-numbered question about the shipped corpus or out of scope.
#: The other three (a scanned PDF, an uploaded .odt, a text-layer PDF with a 6-column table) are
#: v5dev.
V5_TEST_PLANS: frozenset[str] = frozenset({"v5a_bvyhct_phutho_2026.docx", "v5b_ttdk_dongthap_2026.docx",
                                          "v5a_bqlkcn_bacninh_2026_web.mhtml"})

#: The plans of v6 whose questions will form v6test, chosen after v6's one first contact (figures
#: only). While it is empty there is no split: v6dev and v6test refuse to run.
V6_TEST_PLANS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BlindSet:
    """A blind set asked over the shipped corpus plus its own plans, some added during the run."""

    questions: tuple[str, ...]      # glob patterns under benchmarks/
    plans: Path
    test_plans: frozenset[str]      # the plans whose questions form the set's test half


BLIND = {"v2": BlindSet(("questions_v2.jsonl", "questions_v2more.jsonl"), PLANS_V2, V2_TEST_PLANS),
         "v3": BlindSet(("questions_v3*.jsonl",), PLANS_V3, V3_TEST_PLANS),
         "v4": BlindSet(("questions_v4*.jsonl",), PLANS_V4, V4_TEST_PLANS),
         "v5": BlindSet(("questions_v5*.jsonl",), PLANS_V5, V5_TEST_PLANS),
         "v6": BlindSet(("questions_v6*.jsonl",), PLANS_V6, V6_TEST_PLANS)}
for _name in BLIND:
    SETS.update({_name: BENCH, f"{_name}dev": BENCH, f"{_name}test": BENCH})


def blind_set(name: str) -> BlindSet | None:
    """The blind set a set name asks (v2, v2dev, v2test -> v2; v3... -> v3; v4... -> v4), None otherwise."""
    return BLIND.get(name.removesuffix("dev").removesuffix("test"))


def question_number(q: dict) -> int:
    """The number of a question id: 17 or "v3a-017" -> 17."""
    return q["id"] if isinstance(q["id"], int) else int(str(q["id"]).rsplit("-", 1)[-1])


def in_test_half(q: dict, blind: BlindSet) -> bool:
    """Whether a blind-set question belongs to its test half (decided by its gold plans and id)."""
    named = set(q.get("documents") or [])
    if named & blind.test_plans:
        return True
    own_plans = {f.name for f in blind.plans.iterdir() if f.is_file()}
    return not (named & own_plans) and question_number(q) % 2 == 0


def load(name: str) -> list[dict]:
    blind = blind_set(name)
    files = sorted(f for p in blind.questions for f in BENCH.glob(p)) if blind else [SETS[name]]
    if not files:
        raise SystemExit(f"no question file for --set {name}")
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:   # the legacy file names its tags "category"
        r.setdefault("tag", r.get("category", "plain"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--modes", default="hybrid")
    parser.add_argument("--show-failures", action="store_true", help="dev and legacy only")
    parser.add_argument("--limit", type=int,
                        help="blind sets (v2, v3, v4): only the first N questions of each phase (harness check)")
    parser.add_argument("--workdir", type=Path, help="reuse this data directory across runs (faster)")
    args = parser.parse_args()
    if args.show_failures and args.set in FIGURES_ONLY:
        raise SystemExit(f"the {args.set} set is scored, never inspected: use --set dev")
    blind = blind_set(args.set)
    if args.limit is not None and blind is None:
        raise SystemExit("--limit is for the blind sets (v2, v3, v4)")
    if blind is not None and args.set not in BLIND and not blind.test_plans:
        raise SystemExit(f"{args.set}: not split yet (its test plans are chosen after the one first contact)")
    questions = load(args.set)
    with tempfile.TemporaryDirectory(prefix="qcdc-eval-") as tmp:
        workdir = args.workdir or Path(tmp)
        if workdir.exists() and workdir != Path(tmp):
            shutil.rmtree(workdir / "corpus", ignore_errors=True)
        workdir.mkdir(parents=True, exist_ok=True)
        results = []
        if blind is not None:
            for mode in args.modes.split(","):
                # the whole set is asked the same way for either half; only the scoring is split
                asked, answers, elapsed = run_blind_mode(mode, questions, workdir / mode, args.limit, blind.plans)
                if args.set not in BLIND:
                    keep = [in_test_half(q, blind) == args.set.endswith("test") for q in asked]
                    asked = [q for q, k in zip(asked, keep) if k]
                    answers = [a for a, k in zip(answers, keep) if k]
                results.append((mode, score(asked, answers), elapsed, asked, answers))
            questions = asked
        else:
            prepare_corpus(workdir, with_plans=args.set in ("dev", "test"))
            for mode in args.modes.split(","):
                answers, elapsed = run_mode(mode, questions, workdir)
                results.append((mode, score(questions, answers), elapsed, questions, answers))
    model = os.environ.get("QCDC_EMBED_MODEL") or "default"
    print(f"\nSet {args.set}: {len(questions)} questions, embedding model {model}\n")
    for mode, result, elapsed, asked, answers in results:
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
        if set(result["per_prefix"]) != {"-"}:
            print("\n| id prefix | in scope n | hit@1 | hit@5 | answered right | oos n | refused |")
            print("|---|---|---|---|---|---|---|")
            for prefix, pairs in sorted(result["per_prefix"].items()):
                n, h1, h5, acc = summary([v for q, v in pairs if q["expect_found"]])
                oos = summary([v for q, v in pairs if not q["expect_found"]])
                print(f"| {prefix} | {n} | {h1:.3f} | {h5:.3f} | {acc:.3f} | {oos[0]} | {oos[3]:.3f} |")
        if blind is not None:
            later = [(q, judge(q, a)) for q, a in zip(asked, answers) if q.get("uploaded")]
            n, h1, h5, acc = summary([v for q, v in later if q["expect_found"]])
            oos = summary([v for q, v in later if not q["expect_found"]])
            print(f"\nasked after `qcdc add` of the uploaded plans: in scope n={n} hit@1 {h1:.3f} "
                  f"hit@5 {h5:.3f} answered right {acc:.3f}; out of scope n={oos[0]} refused {oos[3]:.3f}")
        print()


if __name__ == "__main__":
    main()
