#!/usr/bin/env python3
"""Render the .docx and .pdf plans of writer v3a of the blind test set v3 from their sources:
benchmarks/plans_v3/src/v3a_*.plan (the format of scripts/make_reading_fixtures.py) into
benchmarks/plans_v3/, the way scripts/make_plans_v2.py renders v2's. The .txt plan of the set
is typed by hand and lives in benchmarks/plans_v3/ as is.

    python scripts/make_plans_v3a.py     # needs python-docx and reportlab (the `fixtures` extra)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_plans_v2 import ROOT, render_plans  # noqa: E402

if __name__ == "__main__":
    for written in render_plans(ROOT / "benchmarks" / "plans_v3", "v3a_*.plan"):
        print(f"wrote {written.relative_to(ROOT)}")
