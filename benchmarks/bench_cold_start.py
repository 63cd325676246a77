#!/usr/bin/env python3
"""Cold start: a new `qcdc ask --json` process to its first answer, index already built,
per embedding backend; and `qcdc --help` (lazy imports keep it instant).

    python benchmarks/bench_cold_start.py [--runs 5] [--backends torch,onnx-int8] [--data-dir DIR]

The first run of each backend builds what is missing (index vectors, the ONNX export)
and is not counted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine  # noqa: E402


def timed(cmd: list[str], stdin: str | None = None, env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    if stdin is not None:
        proc.stdin.write(stdin)
    proc.stdin.close()
    proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--backends", default="torch,onnx-int8")
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    exe = [sys.executable, "-m", "qcdc.cli"]
    question = "Hạn nộp báo cáo 6 tháng là khi nào?"
    rows = []
    for backend in args.backends.split(","):
        env = {**os.environ, "QCDC_EMBED_BACKEND": backend.strip()}
        if args.data_dir:
            env["QCDC_DATA_DIR"] = str(args.data_dir)
        timed(exe + ["ask", "--json", question], env=env)  # builds what is missing
        ask = [timed(exe + ["ask", "--json", question], env=env) for _ in range(args.runs)]
        rows.append((f"process start → first answer (`qcdc ask --json`, {backend.strip()})", ask))
    rows.append(("`qcdc --help`", [timed(exe + ["--help"]) for _ in range(args.runs)]))
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.2f}\n")
    print("| measure | median | min | max |")
    print("|---|---|---|---|")
    for label, values in rows:
        print(f"| {label} | {statistics.median(values):.2f} s | {min(values):.2f} s | {max(values):.2f} s |")


if __name__ == "__main__":
    main()
