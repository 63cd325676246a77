#!/usr/bin/env python3
"""Render the .docx and .pdf plans of the blind test set v2 from their sources.

Sources: benchmarks/plans_v2/src/*.plan, in the format of scripts/make_reading_fixtures.py
(front matter, `---`, body; `|` rows are a table). Output: benchmarks/plans_v2/<stem>.<docx|pdf>.
The .txt and .md plans of the set are written by hand and live in benchmarks/plans_v2/ as is.

    python scripts/make_plans_v2.py     # needs python-docx and reportlab (the `fixtures` extra)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_reading_fixtures import parse_source, write_docx, write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "benchmarks" / "plans_v2"


def render_plans(plans: Path, pattern: str = "*.plan") -> list[Path]:
    """Render every source `plans/src/<pattern>` into `plans/<stem>.<docx|pdf>`; the files written."""
    written = []
    for src in sorted((plans / "src").glob(pattern)):
        plan = parse_source(src)
        m = plan.meta
        m.setdefault("number_line", f"Số: {m['number']}")
        target = plans / f"{src.stem}.{m['format']}"
        (write_docx if m["format"] == "docx" else write_pdf)(plan, target)
        written.append(target)
    return written


def main() -> int:
    for target in render_plans(PLANS):
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
