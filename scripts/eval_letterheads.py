"""Score the reading of wrapped letterheads and titles on the invented plans of
tests/test_letterhead.py, written in every format it writes (.txt, .md, .docx, .pdf, .html,
.odt): how many files give the whole issuer, its managing body and the whole title.

Run: PYTHONPATH=$PWD python scripts/eval_letterheads.py
"""
from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    """Print one row per format and a total: issuer, parent and title read right."""
    from tests.test_letterhead import CASES, WRITERS, _same, read_meta

    right: Counter[tuple[str, str]] = Counter()
    files: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, (suffix, write) in sorted(WRITERS.items()):
            for case in CASES:
                path = Path(tmp) / f"{case.key}_{fmt}{suffix}"
                write(case, path)
                meta = read_meta(path)
                files[fmt] += 1
                right[fmt, "issuer"] += _same(meta.issuer, case.issuer)
                right[fmt, "parent"] += _same(getattr(meta, "parent", None), case.parent)
                right[fmt, "title"] += _same(meta.title, case.full_title)
    print("| format | files | issuer right | managing body right | title right |")
    print("|---|---:|---:|---:|---:|")
    for fmt in sorted(files):
        print(f"| {fmt} | {files[fmt]} | {right[fmt, 'issuer']} | {right[fmt, 'parent']} | {right[fmt, 'title']} |")
    total = sum(files.values())
    sums = {f: sum(right[k, f] for k in files) for f in ("issuer", "parent", "title")}
    print(f"| all | {total} | {sums['issuer']} | {sums['parent']} | {sums['title']} |")


if __name__ == "__main__":
    main()
