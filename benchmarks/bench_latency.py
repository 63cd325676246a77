#!/usr/bin/env python3
"""Warm `ask` latency over the question set, split into stages, next to the bare
query-embedding time measured in the same run (the floor), one column per backend.

    python benchmarks/bench_latency.py [--data-dir DIR] [--corpus-dir DIR] [--rounds 3]
        [--backends torch,onnx-int8] [--busy-core] [--stdin]

In process: the query-embedding cache is cleared before each question so every ask pays
for its embedding; a last row shows the cached (repeated question) case.
`--stdin` adds what outside checks time: `qcdc ask --json` reading questions on
standard input in one process per backend, each question new to the process, timed
from writing the line to reading its answer (the first answer, which includes process
start, is reported on its own row and left out of the warm figures).
`--busy-core` runs everything again with a CPU-bound process pinned to core 0
(`taskset -c 0`), killed when the run ends.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, load_questions, machine, peak_rss_mb, summary_ms  # noqa: E402
from index.config import Settings  # noqa: E402
from index.engine import Engine  # noqa: E402

STAGES = ["analysis", "lexical", "embedding", "faiss", "fusion", "answer"]
#: Longest a busy-core run may last, whatever happens to this script.
BUSY_LIMIT_S = 900


def measure_latency(engine: Engine, questions: list[str], rounds: int) -> dict[str, list[float]]:
    """Seconds per question: end to end, the floor, each stage, and the cached repeat."""
    for q in questions[:5]:  # warm-up: model, FAISS, SQLite pages, underthesea
        engine.ask(q, log=False)
    rows: dict[str, list[float]] = {"total": [], "floor": [], "cached": [], "beside": [], **{s: [] for s in STAGES}}
    for _ in range(rounds):
        for q in questions:
            engine.retriever.clear_query_cache()
            t0 = time.perf_counter()
            engine.embedder.embed_queries([q])
            rows["floor"].append(time.perf_counter() - t0)
            engine.retriever.clear_query_cache()
            timings: dict[str, float] = {}
            t0 = time.perf_counter()
            engine.ask(q, log=False, timings=timings)
            rows["total"].append(time.perf_counter() - t0)
            # everything but the query embedding: analysis, both retrievals, fusion, the
            # decision and rendering (the #15 budget is 8 ms at p95)
            rows["beside"].append(rows["total"][-1] - timings.get("embedding", 0.0))
            for s in STAGES:
                rows[s].append(timings.get(s, 0.0))
            t0 = time.perf_counter()
            engine.ask(q, log=False)
            rows["cached"].append(time.perf_counter() - t0)
    return rows


def measure_stdin(settings: Settings, backend: str, questions: list[str]) -> dict[str, list[float]]:
    """`qcdc ask --json` in stdin mode, one process, each question asked once: seconds
    from process start to the first answer, and per later question."""
    env = {**os.environ, "QCDC_DATA_DIR": str(settings.data_dir), "QCDC_CORPUS_DIR": str(settings.corpus_dir),
           "QCDC_EMBED_BACKEND": backend, "QCDC_EMBED_MODEL": settings.embed_model}
    t_start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "qcdc.cli", "ask", "--json"], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, bufsize=1)
    first, warm = [], []
    try:
        for q in dict.fromkeys(questions):
            t0 = time.perf_counter()
            proc.stdin.write(q + "\n")
            proc.stdin.flush()
            if not proc.stdout.readline():
                raise RuntimeError("qcdc ask exited early")
            now = time.perf_counter()
            if first:
                warm.append(now - t0)
            else:
                first.append(now - t_start)
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    return {"first": first, "warm": warm}


class TimingOnlyEmbedder:
    """Another backend's query embedder under the index's identity, for timing only:
    used where that backend's vectors for the whole corpus are not cached (10k chunks
    through torch take a quarter of an hour). A flat FAISS search costs the same
    whichever vectors it holds, so latency is right; answers are not meaningful."""

    def __init__(self, inner: object, identity: str) -> None:
        self.inner, self.name, self.dim = inner, identity, inner.dim

    def embed_queries(self, texts):
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts, **kwargs):
        raise RuntimeError("timing-only embedder: passages must come from the cache")


def run_backend(overrides: dict, backend: str, questions: list[str], rounds: int, stdin: bool,
                timing_only: bool = False) -> tuple[dict[str, list[float]], str, int]:
    """Measure one backend; with `timing_only`, query it against the default backend's
    vectors instead of building its own (see TimingOnlyEmbedder)."""
    settings = Settings.from_env(**overrides, embed_backend=backend)
    embedder = None
    if timing_only:
        from index.embeddings import embedding_identity, load_embedder

        index_identity = embedding_identity(settings.embed_model)
        inner = load_embedder(settings.embed_model, settings.models_dir, backend, settings.embed_threads)
        embedder = TimingOnlyEmbedder(inner, index_identity)
    engine = Engine(settings, embedder=embedder)
    engine.ensure_index(progress=True)
    rows = measure_latency(engine, questions, rounds)
    identity = engine.model_name + (f" (queries by {backend}, timing only)" if timing_only else "")
    chunks = engine.store.chunk_count()
    engine.close()
    if stdin and not timing_only:
        rows.update(measure_stdin(settings, backend, questions))
    return rows, identity, chunks


def print_table(results: dict[str, dict[str, list[float]]]) -> None:
    backends = list(results)
    print("| measure | " + " | ".join(f"{b} p50 / p95 / max ms" for b in backends) + " |")
    print("|---|" + "---|" * len(backends))
    labels = [("total", "warm ask, end to end (embedding not cached)"),
              ("floor", "bare query embedding (the floor)"),
              ("beside", "warm ask minus its query embedding")]
    labels += [(s, f"stage: {s}") for s in STAGES]
    labels += [("cached", "warm ask, repeated question (embedding cached)"),
               ("warm", "`qcdc ask --json` stdin, each question new (warm)"),
               ("first", "`qcdc ask --json` stdin, process start → first answer")]
    for key, label in labels:
        if not any(results[b].get(key) for b in backends):
            continue
        cells = [summary_ms(results[b].get(key, [])).replace(" | ", " / ") for b in backends]
        print(f"| {label} | " + " | ".join(cells) + " |")
    for b in backends:
        total, floor = statistics.median(results[b]["total"]), statistics.median(results[b]["floor"])
        print(f"\n{b}: median ask / median floor = {total / floor:.2f}x", end="")
    print(f"\npeak RSS of this process (all backends loaded) {peak_rss_mb():.0f} MB")


@contextmanager
def busy_core(enabled: bool):
    """A CPU-bound loop pinned to core 0 for the block (bounded by BUSY_LIMIT_S)."""
    if not enabled:
        yield
        return
    loop = f"import time\nend = time.time() + {BUSY_LIMIT_S}\nwhile time.time() < end: pass\n"
    proc = subprocess.Popen(["taskset", "-c", "0", sys.executable, "-c", loop])
    try:
        time.sleep(0.5)
        yield
    finally:
        proc.kill()
        proc.wait()


def add_latency_arguments(parser: argparse.ArgumentParser, rounds: int = 3, timing_only: str = "") -> None:
    """The options of `run` (shared with bench_scale.py)."""
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--backends", default="torch,onnx-int8")
    parser.add_argument("--busy-core", action="store_true", help="also run beside a busy loop on core 0")
    parser.add_argument("--stdin", action="store_true", help="also time `qcdc ask --json` in stdin mode")
    parser.add_argument("--timing-only", default=timing_only, metavar="BACKENDS",
                        help="backends to time against the default backend's vectors (see TimingOnlyEmbedder)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--corpus-dir", type=Path)
    add_latency_arguments(parser)
    args = parser.parse_args()
    run(args, overrides_from(args))


def overrides_from(args: argparse.Namespace) -> dict:
    return {k: v for k, v in (("data_dir", args.data_dir), ("corpus_dir", args.corpus_dir)) if v}


def run(args: argparse.Namespace, overrides: dict) -> None:
    """The tables for every backend, quiet and (with --busy-core) beside a busy core."""
    questions = [q["question"] for q in load_questions()]
    # the tagged dev questions too: chat style, typos (the typo search), windows, lists
    dev = ROOT / "benchmarks" / "questions_dev.jsonl"
    questions += [json.loads(line)["question"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"Machine: {machine()}; load average before the run {os.getloadavg()[0]:.2f}")
    for busy in ([False, True] if args.busy_core else [False]):
        with busy_core(busy):
            results, about = {}, []
            timing_only = {b.strip() for b in args.timing_only.split(",") if b.strip()}
            for backend in (b.strip() for b in args.backends.split(",")):
                rows, identity, chunks = run_backend(overrides, backend, questions, args.rounds, args.stdin,
                                                     timing_only=backend in timing_only)
                results[backend] = rows
                about.append(identity)
            about.insert(0, f"{chunks} chunks; {len(questions)} questions x {args.rounds} rounds")
            print(f"\n### {'with a CPU-bound process pinned to core 0' if busy else 'quiet'}: {'; '.join(about)}; "
                  f"load average {os.getloadavg()[0]:.2f}\n")
            print_table(results)


if __name__ == "__main__":
    main()
