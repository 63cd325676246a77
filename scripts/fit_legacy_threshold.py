"""Fit the legacy-encoding detector's thresholds (index/data/legacy_encoding.json).

Without a declared font, index/legacy_encodings.py converts a text when the best of
TCVN3 and VNI mends at least `min_share` of its non-ASCII words (net of the ones it
harms) and at least `min_words` words. Samples: windows of five lines of Unicode plans
(the shipped corpus and tests/data/ke_hoach_moi.txt) as they are (must not convert), a
few Unicode lines of other Latin-script languages (must not convert), and the same
windows encoded in TCVN3 and in VNI (must convert). `min_words` is one more than the
most words any must-not sample mends; `min_share` the midpoint of the widest gap between
the two kinds' shares. Prints the misclassified count of each kind.

    PYTHONPATH=$PWD python scripts/fit_legacy_threshold.py [--write]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from index.legacy_encodings import score_text  # noqa: E402
from make_legacy_fixtures import encode  # noqa: E402 - a sibling script

WINDOW = 5
#: Unicode lines of other languages with Latin-1 letters (our own sentences).
FOREIGN = [
    "Le comité a approuvé le rapport annuel présenté par la déléguée régionale.",
    "Die Prüfung der Unterlagen erfolgt durch den Ausschuss für Öffentlichkeitsarbeit.",
    "El informe señala que la participación ciudadana aumentó en el último año.",
    "A reunião da comissão aprovou o relatório sobre a gestão pública municipal.",
    "Café Résumé © 2008 — Müller & Söhne GmbH, Zürich; naïve coöperation.",
]


def _windows() -> list[str]:
    paths = sorted((ROOT / "corpus").glob("*.txt")) + [ROOT / "tests" / "data" / "ke_hoach_moi.txt"]
    out = []
    for path in paths:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        out += ["\n".join(lines[i:i + WINDOW]) for i in range(0, len(lines), WINDOW)]
    return out


def _best(text: str) -> tuple[float, int]:
    scores = [score_text(text, enc) for enc in ("tcvn3", "vni")]
    best = max(scores, key=lambda s: s.share)
    return best.share, best.improved


def main() -> int:
    """Score the samples, fit, print, and with --write store the thresholds."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write index/data/legacy_encoding.json")
    args = ap.parse_args()
    windows = _windows()
    negatives = [_best(t) for t in windows + FOREIGN]
    positives = [_best(encode(t, enc)) for t in windows for enc in ("tcvn3", "vni")]
    positives = [p for p in positives if p[1] > 0]        # windows of ASCII only change nothing
    min_words = max(2, 1 + max(n for _, n in negatives))
    neg_shares = sorted(s for s, _ in negatives)
    pos_shares = sorted(s for s, n in positives if n >= min_words)
    low, high = neg_shares[-1], pos_shares[0]
    min_share = round((low + high) / 2, 3) if high > low else round(high, 3)
    missed = sum(1 for s, n in positives if s < min_share or n < min_words)
    false = sum(1 for s, n in negatives if s >= min_share and n >= min_words)
    print(f"{len(negatives)} must-not samples (share max {low:.3f}), {len(positives)} must-convert "
          f"(share min {high:.3f}); min_share {min_share}, min_words {min_words}; "
          f"missed {missed}, false conversions {false}")
    if args.write:
        out = {"min_share": min_share, "min_words": min_words,
               "fitted_by": f"scripts/fit_legacy_threshold.py on {len(negatives)} Unicode and "
                            f"{len(positives)} TCVN3/VNI samples ({missed} missed, {false} false)"}
        (ROOT / "index" / "data" / "legacy_encoding.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
