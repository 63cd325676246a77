"""OCR of scanned and photographed plans: character error rate, dated duties recovered
against the text version, seconds per page.

Each plan (the shipped corpus and two fixture plans) is typeset as paper pages, degraded
like a scanner or a phone would (noise, slight skew, JPEG, 200-300 dpi; a Telegram photo
is also shrunk to 1280 px), read back through the product's OCR (index/ocr.py) and then
its usual pipeline. "Dated duties" compares the obligations' due dates with the text
version's: recovered = dates found in both (as a multiset), wrong = dates the text version
does not have. A heavily blurred page checks the "too blurred" reply.

    PYTHONPATH=$PWD nice python benchmarks/bench_ocr.py [--styles scan300,scan200,photo] [--ablation]
"""
from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import machine  # noqa: E402
from index.cleaning import clean_text  # noqa: E402
from index.engine import parse_document  # noqa: E402
from index.errors import UnreadableScanError  # noqa: E402
from index.ocr import assemble, read_pages  # noqa: E402
from index.reading import read_document  # noqa: E402
from tests.support.documents import NEW_PLAN  # noqa: E402
from tests.support.scans import ScanStyle, render_scan  # noqa: E402

#: Telegram re-encodes photos with the long side at most this many pixels.
TELEGRAM_PHOTO_SIDE = 1280

STYLES: dict[str, ScanStyle] = {
    "scan300": ScanStyle(dpi=300, skew_degrees=0.8, noise=0.01, jpeg_quality=85, seed=11),
    "scan200": ScanStyle(dpi=200, skew_degrees=1.2, noise=0.01, jpeg_quality=75, seed=12),
    "photo": ScanStyle(dpi=300, skew_degrees=1.5, noise=0.005, jpeg_quality=80, seed=13),
}


@dataclass
class PlanResult:
    name: str
    style: str
    pages: int
    cer: float
    text_dates: int
    recovered: int
    wrong: list[date]
    seconds_per_page: float
    confidence: float
    low_pages: list[int]
    unreadable_pages: list[int]


def plans() -> list[tuple[str, str]]:
    """(name, text as printed on paper) of every plan measured."""
    out = [(p.name[:3], clean_text(read_document(p))) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    out.append(("fixture-PNV", clean_text(NEW_PLAN.format(n=40))))
    out.append(("fixture-SYT", clean_text(read_document(ROOT / "tests" / "data" / "ke_hoach_moi.txt"))))
    return out


def char_error_rate(truth: str, read: str) -> float:
    """Edits (from difflib's alignment) per character of the truth, whitespace collapsed."""
    a, b = " ".join(truth.split()), " ".join(read.split())
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    edits = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")
    return edits / max(1, len(a))


def degrade_for_style(images: list, style: str) -> list:
    """Telegram photos: shrunk to 1280 px on the long side."""
    if not style.startswith("photo"):
        return images
    from PIL import Image

    out = []
    for im in images:
        scale = TELEGRAM_PHOTO_SIDE / max(im.size)
        out.append(im.resize((round(im.width * scale), round(im.height * scale)), Image.LANCZOS))
    return out


def dated(text: str, name: str, workdir: Path) -> list[date]:
    """Due dates of the obligations the usual pipeline extracts from `text`."""
    path = workdir / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(path)
    return [date.fromisoformat(o.due_on) for o in parsed.obligations if o.due_on]


def measure(name: str, text: str, style_name: str, workdir: Path) -> PlanResult:
    style = STYLES[style_name]
    images, truths = render_scan(text, style)
    images = degrade_for_style(images, style_name)
    started = time.perf_counter()
    readings = read_pages(((i + 1, im) for i, im in enumerate(images)), len(images))
    seconds = time.perf_counter() - started
    ocr_text, report = assemble(readings, len(images), seconds=seconds)
    cer = char_error_rate("\n".join(truths), "\n".join(r.text for r in readings))
    truth_dates = Counter(dated(text, f"{name}-text", workdir))
    ocr_dates = Counter(dated(ocr_text, f"{name}-{style_name}", workdir))
    recovered = sum((truth_dates & ocr_dates).values())
    wrong = sorted((ocr_dates - truth_dates).elements())
    return PlanResult(name, style_name, len(images), cer, sum(truth_dates.values()), recovered, wrong,
                      seconds / len(images), report.mean_confidence, report.low_confidence_pages,
                      report.unreadable_pages)


def blurred_reply() -> str:
    """The reply a page too blurred to read gets."""
    images, _ = render_scan(clean_text(NEW_PLAN.format(n=41)), ScanStyle(dpi=200, blur_radius=7.0, noise=0.0))
    try:
        assemble(read_pages([(1, images[0])], 1), 1)
    except UnreadableScanError as exc:
        return exc.user_message
    return "(KHÔNG có thông báo: trang mờ đã được đọc)"


def ablation(text: str) -> list[tuple[str, float, float]]:
    """CER and seconds of one page, noisy (3 % speckle) or shaded (one side at 60 %
    brightness, as a phone photo), with and without each preparation step."""
    import pytesseract
    from PIL import Image, ImageChops, ImageFilter

    from index.ocr import LANGUAGE, check_tesseract, flatten_lighting

    check_tesseract()
    images, truths = render_scan(text, ScanStyle(dpi=300, noise=0.03, seed=5))
    clean, clean_truths = render_scan(text, ScanStyle(dpi=300, noise=0.005, seed=6))
    shade = Image.linear_gradient("L").rotate(90).resize(clean[0].size).point(lambda v: 150 + 105 * v // 255)
    shaded = ImageChops.multiply(clean[0], shade)
    median = ImageFilter.MedianFilter(3)
    cases = (("noisy: grey only", images[0], truths[0], lambda im: im),
             ("noisy: grey + median 3x3", images[0], truths[0], lambda im: im.filter(median)),
             ("shaded: grey + median 3x3", shaded, clean_truths[0], lambda im: im.filter(median)),
             ("shaded: grey + even lighting + median 3x3", shaded, clean_truths[0],
              lambda im: flatten_lighting(im).filter(median)))
    rows = []
    for label, image, truth, prepare in cases:
        started = time.perf_counter()
        read = pytesseract.image_to_string(prepare(image.convert("L")), lang=LANGUAGE)
        rows.append((label, char_error_rate(truth, read), time.perf_counter() - started))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles", default="scan300,scan200,photo")
    parser.add_argument("--plans", default="", help="comma-separated plan names (default: all)")
    parser.add_argument("--ablation", action="store_true", help="also measure each preparation step's effect")
    args = parser.parse_args()
    wanted = set(filter(None, args.plans.split(",")))
    print(f"# OCR benchmark — {date.today().isoformat()} — {machine()}\n")
    print("| plan | style | pages | CER | dated duties (text) | recovered | wrong dates | s/page | mean conf | low / unreadable pages |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    results: list[PlanResult] = []
    with tempfile.TemporaryDirectory(prefix="qcdc-bench-ocr-") as tmp:
        for style in args.styles.split(","):
            for name, text in plans():
                if wanted and name not in wanted:
                    continue
                r = measure(name, text, style, Path(tmp))
                results.append(r)
                print(f"| {r.name} | {r.style} | {r.pages} | {r.cer:.3f} | {r.text_dates} | {r.recovered} | "
                      f"{len(r.wrong)}{' ' + str([d.isoformat() for d in r.wrong]) if r.wrong else ''} | "
                      f"{r.seconds_per_page:.2f} | {r.confidence:.1f} | {r.low_pages or '-'} / "
                      f"{r.unreadable_pages or '-'} |", flush=True)
    print("\n| style | pages | CER (all pages) | dated duties recovered | wrong dates | s/page |")
    print("|---|---|---|---|---|---|")
    for style in args.styles.split(","):
        rs = [r for r in results if r.style == style]
        if not rs:
            continue
        pages = sum(r.pages for r in rs)
        cer = sum(r.cer * r.pages for r in rs) / pages
        total, got = sum(r.text_dates for r in rs), sum(r.recovered for r in rs)
        print(f"| {style} | {pages} | {cer:.3f} | {got}/{total} = {got / max(1, total):.2f} | "
              f"{sum(len(r.wrong) for r in rs)} | {sum(r.seconds_per_page * r.pages for r in rs) / pages:.2f} |")
    print(f"\nToo blurred page (blur radius 7 px at 200 dpi) → «{blurred_reply()}»")
    if args.ablation:
        print("\n| preprocessing | CER | seconds |\n|---|---|---|")
        for label, cer, seconds in ablation(clean_text(NEW_PLAN.format(n=42))):
            print(f"| {label} | {cer:.3f} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
