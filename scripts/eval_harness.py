"""The harness every evaluation script runs the product through: a fresh data directory per run
(the shipped corpus, a set's plans, the shared built models), `qcdc ask --json` in stdin mode
(one process per clock setting), a blind set's uploads with `qcdc add` between its phases, and
the judge (hit@1, hit@5, answer right, out-of-scope refused) with its figures.

Used by scripts/eval_questions.py (the question sets), scripts/eval_invariance.py (the same
questions reworded) and scripts/fit_decision.py (the decision's training rows).
"""
from __future__ import annotations

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
sys.path.insert(0, str(ROOT))
from index.formats import SUPPORTED_SUFFIXES  # noqa: E402  (the script runs from a checkout)

BENCH = ROOT / "benchmarks"
#: every format the product reads (a blind set may hold scans, .odt, .rtf, .mhtml, ...)
PLAN_SUFFIXES = SUPPORTED_SUFFIXES


def norm(text: str) -> str:
    """Compare answers loosely: NFC, lower case, no leading zeros in dates, one dash."""
    text = unicodedata.normalize("NFC", text).lower().replace("–", "-")
    return re.sub(r"\b0(\d)\b", r"\1", text)


def id_prefix(q: dict) -> str:
    """The writer of a question: the part of its id before the number ("v3a-017" -> "v3a"; 17 -> "-")."""
    return str(q["id"]).rsplit("-", 1)[0] if "-" in str(q["id"]) else "-"


#: The embedding model is built once per machine and shared by every run (the build is locked
#: and atomic): a fresh work directory would otherwise export it again, a minute of CPU each.
SHARED_MODELS = Path(os.environ.get("QCDC_EVAL_MODELS_DIR") or Path(tempfile.gettempdir()) / "qcdc-eval-models")


def prepare_corpus(workdir: Path, with_plans: bool) -> Path:
    """A corpus folder in `workdir` holding the shipped corpus (and benchmarks/plans/ if asked),
    with the work directory's model folder pointing at the shared, already built model."""
    (workdir / "data").mkdir(exist_ok=True)
    SHARED_MODELS.mkdir(parents=True, exist_ok=True)
    if not (workdir / "data" / "models").exists():
        (workdir / "data" / "models").symlink_to(SHARED_MODELS, target_is_directory=True)
    corpus = workdir / "corpus"
    corpus.mkdir()
    for f in (ROOT / "corpus").iterdir():
        if f.is_file() and not f.name.startswith("."):
            shutil.copy(f, corpus / f.name)
    if with_plans:
        for f in (BENCH / "plans").glob("*.txt"):
            shutil.copy(f, corpus / f.name)
    return corpus


def copy_plans(corpus: Path, plans_dir: Path, skip: set[str] | frozenset[str]) -> None:
    """Copy a blind set's plan files into a corpus folder, leaving out those named in `skip`."""
    for f in sorted(plans_dir.iterdir()):
        if f.is_file() and f.suffix.lower() in PLAN_SUFFIXES and f.name not in skip:
            shutil.copy(f, corpus / f.name)


def qcdc_env(workdir: Path, today: str | None = None) -> dict[str, str]:
    """The environment of one `qcdc` process over this work directory (QCDC_NOW = `today`)."""
    env = dict(os.environ, QCDC_DATA_DIR=str(workdir / "data"), QCDC_CORPUS_DIR=str(workdir / "corpus"),
               PYTHONPATH=str(ROOT))
    env.pop("QCDC_NOW", None)
    if today:
        env["QCDC_NOW"] = f"{today}T08:00"
    return env


def run_mode(mode: str, questions: list[dict], workdir: Path) -> tuple[list[dict], float]:
    """Answers in question order; one process per distinct `today` (QCDC_NOW)."""
    answers: list[dict | None] = [None] * len(questions)
    groups: dict[str | None, list[int]] = defaultdict(list)
    for i, q in enumerate(questions):
        groups[q.get("today")].append(i)
    elapsed = 0.0
    for today, idx in groups.items():
        env = qcdc_env(workdir, today)
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


def uploaded_plans(questions: list[dict], plans_dir: Path) -> set[str]:
    """The plans named only by `uploaded` questions: added with `qcdc add` during the run."""
    later = {d for q in questions if q.get("uploaded") for d in q["documents"]}
    earlier = {d for q in questions if not q.get("uploaded") for d in q["documents"]}
    plans = {f.name for f in plans_dir.iterdir() if f.is_file()}
    names = (later - earlier) & plans
    if not names:
        raise SystemExit(f"{plans_dir.name}: no plan to upload (no document named only by uploaded questions)")
    return names


def qcdc_run(args: list[str], workdir: Path) -> str:
    """Run one `qcdc` command over this work directory; its standard output."""
    proc = subprocess.run([sys.executable, "-m", "qcdc", *args], capture_output=True, text=True, cwd=ROOT,
                          env=qcdc_env(workdir))
    if proc.returncode != 0:
        raise SystemExit(f"qcdc {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return proc.stdout


def reported_names(workdir: Path, plans_dir: Path) -> dict[str, str]:
    """Gold document name (the file as shipped) -> the document name the system reports."""
    names: dict[str, str] = {}
    for doc in json.loads(qcdc_run(["documents", "--json"], workdir)):
        reported = Path(doc["file"]).name
        names[reported] = reported
        for gold in [f.name for f in (*plans_dir.iterdir(), *(ROOT / "corpus").iterdir()) if f.is_file()]:
            if gold not in names and Path(gold).stem in reported:   # a stored copy may carry a prefix
                names[gold] = reported
    return names


def run_blind_mode(mode: str, questions: list[dict], workdir: Path, limit: int | None,
                   plans_dir: Path) -> tuple[list[dict], list[dict], float]:
    """Index, ask the questions before the upload, `qcdc add` the uploaded plans, ask the rest.
    Returns the questions asked (documents mapped to reported names), their answers and the time."""
    upload = uploaded_plans(questions, plans_dir)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    copy_plans(prepare_corpus(workdir, with_plans=False), plans_dir, skip=upload)
    qcdc_run(["index"], workdir)
    asked: list[dict] = []
    answers: list[dict] = []
    elapsed = 0.0
    for phase in (False, True):
        if phase:
            for name in sorted(upload):
                qcdc_run(["add", "--json", str(plans_dir / name)], workdir)
        batch = [q for q in questions if bool(q.get("uploaded")) == phase][:limit]
        names = reported_names(workdir, plans_dir)
        batch = [dict(q, documents=[names.get(d, d) for d in q["documents"]]) for q in batch]
        got, took = run_mode(mode, batch, workdir)
        asked += batch
        answers += got
        elapsed += took
    return asked, answers, elapsed


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
    per_prefix: dict[str, list[tuple[dict, tuple[bool, bool, bool]]]] = defaultdict(list)
    failures = []
    for q, a in zip(questions, answers):
        verdict = judge(q, a)
        per_tag[q["tag"]].append(verdict)
        per_prefix[id_prefix(q)].append((q, verdict))
        if not verdict[2] or (q["expect_found"] and not verdict[1]):
            failures.append((q, a, verdict))
    return {"per_tag": per_tag, "per_prefix": per_prefix, "failures": failures}


def summary(verdicts: list[tuple[bool, bool, bool]]) -> tuple[int, float, float, float]:
    n = len(verdicts)
    return (n, sum(v[0] for v in verdicts) / max(1, n), sum(v[1] for v in verdicts) / max(1, n),
            sum(v[2] for v in verdicts) / max(1, n))
