#!/usr/bin/env python3
"""Warm `ask` latency over the question set, split into stages, next to the bare
query-embedding time measured in the same run (the floor).

    python benchmarks/bench_latency.py [--data-dir DIR] [--corpus-dir DIR] [--rounds 3]

Uses the configured model (default: the offline e5) and builds the index if needed.
The query-embedding cache is cleared before each question so every ask pays for its
embedding; a second table shows the cached (repeated question) case.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import load_questions, machine, peak_rss_mb, summary_ms  # noqa: E402
from index.config import Settings  # noqa: E402
from index.engine import Engine  # noqa: E402

STAGES = ["analysis", "lexical", "embedding", "faiss", "fusion", "answer"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--corpus-dir", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    overrides = {}
    if args.data_dir:
        overrides["data_dir"] = args.data_dir
    if args.corpus_dir:
        overrides["corpus_dir"] = args.corpus_dir
    engine = Engine(Settings.from_env(**overrides))
    engine.ensure_index(progress=True)
    print(f"Machine: {machine()}")
    report_latency(engine, [q["question"] for q in load_questions()], args.rounds)


def report_latency(engine: Engine, questions: list[str], rounds: int) -> None:
    """Print the latency table for `questions` asked `rounds` times against `engine`."""
    # warm-up: model, FAISS, SQLite pages, underthesea
    for q in questions[:5]:
        engine.ask(q, log=False)

    total, floor, stages = [], [], {s: [] for s in STAGES}
    cached = []
    for _ in range(rounds):
        for q in questions:
            engine.retriever.clear_query_cache()
            t0 = time.perf_counter()
            engine.embedder.embed_queries([q])
            floor.append(time.perf_counter() - t0)
            timings: dict[str, float] = {}
            t0 = time.perf_counter()
            engine.ask(q, log=False, timings=timings)
            total.append(time.perf_counter() - t0)
            for s in STAGES:
                stages[s].append(timings.get(s, 0.0))
            t0 = time.perf_counter()
            engine.ask(q, log=False)
            cached.append(time.perf_counter() - t0)

    chunks = engine.store.chunk_count()
    print(f"Corpus: {len(engine.list_documents())} documents, {chunks} chunks; model {engine.model_name}; "
          f"{len(questions)} questions x {rounds} rounds\n")
    print("| measure | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    print(f"| warm ask, end to end (embedding not cached) | {summary_ms(total)} |")
    print(f"| bare query embedding (the floor) | {summary_ms(floor)} |")
    for s in STAGES:
        print(f"| stage: {s} | {summary_ms(stages[s])} |")
    print(f"| warm ask, repeated question (embedding cached) | {summary_ms(cached)} |")
    ratio = statistics.median(total) / statistics.median(floor)
    overhead = (statistics.median(total) - statistics.median(floor)) / statistics.median(floor)
    print(f"\nmedian ask / median floor = {ratio:.2f}x (overhead above the floor {overhead:.2f}x); "
          f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
