#!/usr/bin/env python3
"""Cold start: a new `qcdc ask --json` process to its first answer, index already built;
and `qcdc --help` (lazy imports keep it instant).

    python benchmarks/bench_cold_start.py [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine  # noqa: E402


def timed(cmd: list[str], stdin: str | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    if stdin is not None:
        proc.stdin.write(stdin)
    proc.stdin.close()
    proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = [sys.executable, "-m", "qcdc.cli"]
    timed(exe + ["ask", "--json", "Hạn nộp báo cáo 6 tháng là khi nào?"])  # builds the index if needed
    ask = [timed(exe + ["ask", "--json", "Hạn nộp báo cáo 6 tháng là khi nào?"]) for _ in range(args.runs)]
    helps = [timed(exe + ["--help"]) for _ in range(args.runs)]
    print(f"Machine: {machine()}\n")
    print("| measure | median | min | max |")
    print("|---|---|---|---|")
    print(f"| process start → first answer (`qcdc ask --json`) | {statistics.median(ask):.2f} s | "
          f"{min(ask):.2f} s | {max(ask):.2f} s |")
    print(f"| `qcdc --help` | {statistics.median(helps):.2f} s | {min(helps):.2f} s | {max(helps):.2f} s |")


if __name__ == "__main__":
    main()
