#!/usr/bin/env python3
"""The lexical stage alone: FTS5's OR + bm25() query (the former ask path, still the
reference) against the in-memory index (index/lexical_index.py), over the tagged dev
questions, each asked over the whole corpus and within three plans (pinning).

    python benchmarks/bench_lexical.py --data-dir DIR [--corpus-dir DIR]

Prints the build time and size of the index, whether both give the same chunks in the
same order with the same scores, and a table of per-query times. Use a built work dir
(e.g. bench_scale.py's); nothing is written to it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine, summary_ms  # noqa: E402
from index.config import Settings  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.lexical_index import LexicalIndex  # noqa: E402
from index.question import analyze  # noqa: E402
from index.search import CANDIDATES, fts_query  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--corpus-dir", type=Path)
    args = parser.parse_args()
    overrides = {"data_dir": args.data_dir, **({"corpus_dir": args.corpus_dir} if args.corpus_dir else {})}
    engine = Engine(Settings.from_env(**overrides))
    store = engine.store
    t0 = time.perf_counter()
    lexical = LexicalIndex(store.lexical_entries())
    built = time.perf_counter() - t0
    size = sum(a.nbytes for a in (lexical.rows, lexical.weights, lexical.starts, lexical.chunk_ids,
                                  lexical.document_ids, lexical.occurrences)) / 2**20
    vocabulary = engine.retriever.vocabulary()
    questions = [json.loads(line)["question"] for line in
                 (ROOT / "benchmarks" / "questions_dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    plans = [d.id for d in store.documents()][:3]
    times: dict[str, list[float]] = {"fts5": [], "memory": []}
    same = differ = 0
    for question in questions:
        query = analyze(question, vocabulary=vocabulary)
        dfs = lexical.document_frequency(query.match_tokens)
        common = {t for t, df in dfs.items() if df > lexical.n_chunks // 2}
        tokens = [t for t in query.match_tokens if t not in common] or query.match_tokens
        if not tokens:
            continue
        for documents in (None, plans):
            t0 = time.perf_counter()
            reference = store.lexical_search(fts_query(tokens), CANDIDATES, documents)
            times["fts5"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            got = lexical.search(tokens, CANDIDATES, documents)
            times["memory"].append(time.perf_counter() - t0)
            agree = [c for c, _ in reference] == [c for c, _ in got] and all(
                abs(a - b) <= 1e-5 * max(1.0, abs(a)) for (_, a), (_, b) in zip(reference, got))
            same, differ = same + agree, differ + (not agree)
    engine.close()
    print(f"Machine: {machine()}\n")
    print(f"{lexical.n_chunks} chunks, {len(lexical.terms)} terms, {len(lexical.rows)} postings: "
          f"built in {built * 1000:.0f} ms, {size:.1f} MB of arrays")
    print(f"{same + differ} queries: {same} with the same chunks, order and scores as FTS5, {differ} not\n")
    print("| lexical stage, one query | p50 / p95 / max ms |")
    print("|---|---|")
    print(f"| FTS5 OR + bm25() (before) | {summary_ms(times['fts5']).replace(' | ', ' / ')} |")
    print(f"| in-memory postings (now) | {summary_ms(times['memory']).replace(' | ', ' / ')} |")


if __name__ == "__main__":
    main()
