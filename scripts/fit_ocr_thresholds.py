"""Fit the OCR page thresholds (index/data/ocr_thresholds.json) on rendered dev pages.

Dev set: the two fixture plans (tests/data/ke_hoach_moi.txt and the test plan of
tests/support/documents.py), never the shipped corpus, which benchmarks/bench_ocr.py
keeps as the held-out test. Each page is rendered at 200 and 300 dpi with increasing
blur, read by the product's OCR, and scored: character error rate (CER) and dates read
that the page does not have.

- `unreadable_confidence`: the mean word confidence that best separates garbage pages
  (CER > 0.25: indexing them would index noise) from usable ones (CER <= 0.10);
  midpoint of the best-separating gap.
- `number_confidence`: a number (date, year, document number) read below this word
  confidence is read a second time (alone, digits only) and its digits are masked unless
  both readings agree, so no date is taken from a guess. Fitted as if every such number
  were masked (a wrong number kept costs WRONG_COST right numbers lost); the second
  reading then gives back right numbers, measured by benchmarks/bench_ocr.py.
- `low_confidence`: just above the highest confidence of any usable page with CER > 0.03
  or a wrong date, so every page that needs checking by eye is named to the admin.

    PYTHONPATH=$PWD nice python scripts/fit_ocr_thresholds.py [--write]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_ocr import char_error_rate  # noqa: E402
from index.cleaning import clean_text  # noqa: E402
from index.ocr import read_pages  # noqa: E402
from index.ocr_repair import repair_ocr_text  # noqa: E402
from index.reading import read_document  # noqa: E402
from tests.support.documents import NEW_PLAN  # noqa: E402
from tests.support.scans import ScanStyle, render_scan  # noqa: E402

BLURS = (0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 7.0)
DPIS = (200, 300)
GARBAGE_CER, USABLE_CER, CLEAN_CER = 0.25, 0.10, 0.03
#: A wrong date kept is worth this many right ones lost (a wrong reminder misleads).
WRONG_COST = 20
_TOKEN_EDGE = "()[]{},;:“”\"'"
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{4})?\b")
THRESHOLDS = ROOT / "index" / "data" / "ocr_thresholds.json"
MIN_WORDS = json.loads(THRESHOLDS.read_text(encoding="utf-8"))["min_words"]


@dataclass
class PageScore:
    dpi: int
    blur: float
    confidence: float
    words: int
    cer: float
    wrong_dates: int
    numbers: list[tuple[float, bool]]      # (word confidence, read right) of each number


def dev_texts() -> list[str]:
    return [clean_text(NEW_PLAN.format(n=50)),
            clean_text(read_document(ROOT / "tests" / "data" / "ke_hoach_moi.txt"))]


def _number_right(token: str, truth_tokens: set[str], rejoined: set[str]) -> bool:
    return token in truth_tokens or any(token in t for t in rejoined if " " not in t and len(token) >= 2)


def score_pages() -> list[PageScore]:
    scores = []
    for dpi in DPIS:
        for blur in BLURS:
            for k, text in enumerate(dev_texts()):
                style = ScanStyle(dpi=dpi, blur_radius=blur * dpi / 300, noise=0.01, seed=100 + k)
                images, truths = render_scan(text, style)
                readings = read_pages(((i + 1, im) for i, im in enumerate(images)), len(images))
                for reading, truth in zip(readings, truths):
                    truth_tokens = {t.strip(_TOKEN_EDGE) for t in truth.split()}
                    read = repair_ocr_text(reading.text)
                    # a fragment the page-level repairs rejoin (`20/1` + `1/2025`) is right
                    # when the rejoined token is
                    rejoined = truth_tokens & {t.strip(_TOKEN_EDGE) for t in read.split()}
                    numbers = [(conf, _number_right(repair_ocr_text(word).strip(_TOKEN_EDGE), truth_tokens, rejoined))
                               for word, conf in reading.number_words]
                    wrong = set(_DATE_RE.findall(read)) - set(_DATE_RE.findall(truth))
                    scores.append(PageScore(dpi, blur, reading.confidence, reading.words,
                                            char_error_rate(truth, read), len(wrong), numbers))
                    print(f"{dpi} dpi blur {blur:>3}: conf {reading.confidence:5.1f} words {reading.words:4d} "
                          f"CER {scores[-1].cer:.3f} wrong dates {len(wrong)}", flush=True)
    return scores


def fit(scores: list[PageScore]) -> dict[str, float]:
    # Pages with almost no words are judged by `min_words` / `min_ink`, not by confidence.
    scores = [s for s in scores if s.words >= MIN_WORDS]
    garbage = [s.confidence for s in scores if s.cer > GARBAGE_CER]
    usable = [s.confidence for s in scores if s.cer <= USABLE_CER]
    candidates = sorted(set(garbage + usable))
    best, best_errors = 50.0, len(scores) + 1
    for lo, hi in zip(candidates, candidates[1:]):
        cut = (lo + hi) / 2
        errors = sum(c >= cut for c in garbage) + sum(c < cut for c in usable)
        if errors < best_errors:
            best, best_errors = cut, errors
    unclean = [s.confidence for s in scores
               if s.confidence >= best and (s.cer > CLEAN_CER or s.wrong_dates)]
    low = max(unclean) + 0.5 if unclean else best
    numbers = [n for s in scores if s.confidence >= best for n in s.numbers]
    cuts = sorted({c for c, _ in numbers}) + [100.0]
    number_cut = min(cuts, key=lambda t: WRONG_COST * sum(c >= t and not ok for c, ok in numbers)
                     + sum(c < t and ok for c, ok in numbers))
    kept_wrong = sum(c >= number_cut and not ok for c, ok in numbers)
    lost_right = sum(c < number_cut and ok for c, ok in numbers)
    return {"unreadable_confidence": round(best, 1), "low_confidence": round(max(low, best), 1),
            "number_confidence": round(number_cut, 1), "misclassified_pages": best_errors,
            "numbers": len(numbers), "wrong_numbers_kept": kept_wrong, "right_numbers_masked": lost_right}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {THRESHOLDS.relative_to(ROOT)}")
    args = parser.parse_args()
    scores = score_pages()
    fitted = fit(scores)
    print(json.dumps(fitted, indent=2))
    if args.write:
        current = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
        current.update(unreadable_confidence=fitted["unreadable_confidence"],
                       low_confidence=fitted["low_confidence"],
                       number_confidence=fitted["number_confidence"],
                       fitted_by=f"scripts/fit_ocr_thresholds.py on {len(scores)} dev pages "
                                 f"({fitted['misclassified_pages']} misclassified)")
        THRESHOLDS.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
