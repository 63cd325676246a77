#!/usr/bin/env python3
"""Render the .docx and the scanned .pdf plans of the blind test set v3 (writer v3b).

Sources in benchmarks/plans_v3/src/:
- `v3b_*.plan` (format of scripts/make_reading_fixtures.py: front matter, `---`, body) become
  a Word file with the header as a two-column table and the duties as prose;
- `v3b_*.scan` is the text of a plan as printed (not `.txt`, so that no harness indexing a
  folder of plans takes it for one); it becomes an image-only PDF (no text layer),
  as a scanner makes it: pages typeset at 200 dpi, slightly rotated, speckled, JPEG-compressed.
The web copy (`v3b_*_web.md`) is written by hand and lives in benchmarks/plans_v3/ as is.
The question set's gold is checked against these sources (scripts/make_question_set_v3b.py).

    python scripts/make_plans_v3b.py     # needs python-docx and Pillow
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
from make_reading_fixtures import parse_source, write_docx  # noqa: E402
from tests.support.scans import ScanStyle, render_scan, scan_pdf_bytes  # noqa: E402

PLANS = ROOT / "benchmarks" / "plans_v3"
#: a flatbed scan of a printed page: a little skew and dust, no blur
SCAN_STYLE = ScanStyle(dpi=200, skew_degrees=0.7, noise=0.004, jpeg_quality=75, font_points=13.0, seed=3)


def main() -> int:
    for src in sorted((PLANS / "src").glob("v3b_*.plan")):
        plan = parse_source(src)
        plan.meta.setdefault("number_line", f"Số: {plan.meta['number']}")
        target = PLANS / f"{src.stem}.{plan.meta['format']}"
        write_docx(plan, target)
        print(f"wrote {target.relative_to(ROOT)}")
    for src in sorted((PLANS / "src").glob("v3b_*.scan")):
        images, _ = render_scan(src.read_text(encoding="utf-8"), SCAN_STYLE)
        target = PLANS / f"{src.stem}.pdf"
        target.write_bytes(scan_pdf_bytes(images, SCAN_STYLE.dpi))
        print(f"wrote {target.relative_to(ROOT)} ({len(images)} scanned pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
