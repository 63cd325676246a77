#!/usr/bin/env python3
"""Indexing throughput (chunks/s with embeddings), peak RSS, and the incremental
reindex of one new document, into a fresh data directory.

    python benchmarks/bench_index.py [--corpus-dir DIR] [--models-dir DIR] [--backends torch,onnx-int8]

`--models-dir` reuses an already converted model (default: ./data/models if present),
so the one-off model conversion is timed separately.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine, peak_rss_mb  # noqa: E402
from index.config import Settings  # noqa: E402
from index.engine import Engine  # noqa: E402

NEW_PLAN = ROOT / "tests" / "data" / "ke_hoach_moi.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus-dir", type=Path, default=ROOT / "corpus")
    parser.add_argument("--models-dir", type=Path, default=ROOT / "data" / "models")
    parser.add_argument("--backends", default="torch,onnx-int8")
    args = parser.parse_args()
    backends = [b.strip() for b in args.backends.split(",")]
    if len(backends) > 1:  # one process each, so peak RSS is that backend's alone
        print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.2f}", flush=True)
        for backend in backends:
            subprocess.run([sys.executable, __file__, "--corpus-dir", str(args.corpus_dir),
                            "--models-dir", str(args.models_dir), "--backends", backend], check=True)
        return
    print(f"\n### backend {backends[0]}\n")
    measure(args, backends[0])


def measure(args: argparse.Namespace, backend: str) -> None:
    """Print the indexing table for one embedding backend."""
    work = Path(tempfile.mkdtemp(prefix="qcdc-bench-"))
    try:
        corpus = work / "corpus"
        shutil.copytree(args.corpus_dir, corpus)
        data = work / "data"
        data.mkdir()
        if args.models_dir.is_dir():
            (data / "models").symlink_to(args.models_dir.resolve())
        settings = Settings.from_env(data_dir=data, corpus_dir=corpus, embed_backend=backend)
        t0 = time.perf_counter()
        engine = Engine(settings)
        _ = engine.embedder
        t_model = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = engine.reindex(progress=True)
        t_index = time.perf_counter() - t0
        rss_index = peak_rss_mb()
        print("| measure | value |")
        print("|---|---|")
        print(f"| model load (conversion if not cached) | {t_model:.1f} s |")
        print(f"| documents / chunks / obligations | {report.documents} / {report.chunks} / {report.obligations} |")
        print(f"| full index build (read, clean, segment, embed, FAISS) | {t_index:.1f} s |")
        print(f"| throughput | {report.chunks / t_index:.1f} chunks/s |")
        print(f"| peak RSS of the benchmark process so far | {rss_index:.0f} MB |")
        t0 = time.perf_counter()
        again = engine.reindex()
        print(f"| reindex with nothing changed | {time.perf_counter() - t0:.2f} s ({again.embedded} embedded) |")
        if NEW_PLAN.is_file():
            t0 = time.perf_counter()
            added = engine.add_document(NEW_PLAN)
            print(f"| incremental: add one new document ({added.chunks} chunks) | "
                  f"{time.perf_counter() - t0:.2f} s |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
