#!/usr/bin/env python3
"""Scale: ~10,000 chunks built honestly from the corpus (make_scale_corpus.py), indexed
with the real model; indexing throughput, peak RSS, and warm `ask` latency at that size.

    python benchmarks/bench_scale.py [--work-dir data/bench-scale] [--copies 96] [--rounds 1]
        [--backends torch,onnx-int8] [--timing-only torch] [--busy-core] [--stdin]

The work dir (under the git-ignored data/) keeps the index, so a second run only
measures latency. The converted model in ./data/models is reused through a symlink.
The index is built with the default backend; by default torch is timed against those
vectors (bench_latency.TimingOnlyEmbedder) rather than re-embedding 10k chunks.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_latency import add_latency_arguments, run  # noqa: E402
from benchmarks.common import ROOT, machine, peak_rss_mb  # noqa: E402
from index.config import Settings  # noqa: E402
from index.engine import Engine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work-dir", type=Path, default=ROOT / "data" / "bench-scale")
    parser.add_argument("--copies", type=int, default=96)
    add_latency_arguments(parser, rounds=1, timing_only="torch")
    args = parser.parse_args()
    corpus, data = args.work_dir / "corpus", args.work_dir / "data"
    if not corpus.is_dir():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_scale_corpus.py"), str(corpus),
                        "--copies", str(args.copies)], check=True)
    data.mkdir(parents=True, exist_ok=True)
    models = ROOT / "data" / "models"
    if models.is_dir() and not (data / "models").exists():
        (data / "models").symlink_to(models.resolve())
    print(f"Machine: {machine()}\n")
    engine = Engine(Settings.from_env(data_dir=data, corpus_dir=corpus))
    if not engine.is_indexed():
        t0 = time.perf_counter()
        report = engine.reindex(progress=True)
        elapsed = time.perf_counter() - t0
        print("| indexing measure | value |")
        print("|---|---|")
        print(f"| documents / chunks / obligations | {report.documents} / {report.chunks} / {report.obligations} |")
        print(f"| full build (read, clean, segment, embed, FAISS) | {elapsed:.0f} s |")
        print(f"| throughput | {report.chunks / elapsed:.1f} chunks/s |")
        print(f"| peak RSS while indexing | {peak_rss_mb():.0f} MB |\n")
    else:
        t0 = time.perf_counter()
        if engine.ensure_index(progress=True) is not None:   # e.g. the lexical format changed
            print(f"(index upgraded in place: {time.perf_counter() - t0:.0f} s, vectors reused)\n")
    engine.close()
    run(args, {"data_dir": data, "corpus_dir": corpus})


if __name__ == "__main__":
    main()
