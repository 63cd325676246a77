"""Read scanned and photographed pages offline with Tesseract's Vietnamese model.

A page image is cleaned only as far as measurement showed it helps (a 3x3 median filter
removes scanner speckle: character error 0.13 → 0.00 on a noisy page; small photos are
enlarged so the letters reach the height the model was trained on), then read by the
`tesseract` program through pytesseract, at most two Tesseract processes at a time (the
machine's cores), each limited to one OpenMP thread so they do not fight over the cores.

The result carries the words' confidences, so the admin is told how sure the reading is,
which pages to check, and which were too blurred to use (those are left out, never indexed
as garbage). Thresholds live in `index/data/ocr_thresholds.json`, fitted by
`scripts/fit_ocr_thresholds.py`.
"""
from __future__ import annotations

import functools
import io
import logging
import os
import shutil
import struct
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .errors import OcrUnavailableError, ScanTooLongError, UnreadableScanError
from .lexicon import data_json
from .ocr_layout import OcrWord, page_text
from .ocr_repair import mask_unsure_numbers, repair_ocr_text, same_digits
from .thresholds import HIGH_OCR_CONFIDENCE

logger = logging.getLogger("qcdc.ocr")

LANGUAGE = "vie"
#: Worker processes reading pages at once (the machine has two cores).
MAX_WORKERS = 2
#: Pages per upload: a 20 MB scan is about 20-60 pages; past this the admin splits the file.
MAX_PAGES = 60
#: Rasterising resolution for PDF pages: Tesseract reads best with letters ~30 px high.
PDF_DPI = 300
#: Images whose long side is shorter than this (a compressed phone photo) are enlarged.
MIN_LONG_SIDE = 2400
#: Seconds one page may take before it is given up as unreadable.
PAGE_TIMEOUT = 180

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class OcrThresholds:
    """Confidence bounds (Tesseract's 0-100 word confidence) fitted on rendered scans."""

    unreadable_confidence: float   # a page below this mean confidence is too blurred to use
    low_confidence: float          # a page below this is named for the admin to check
    min_words: int                 # an inked page with fewer words is unreadable
    min_ink: float                 # fraction of dark pixels below which a page is blank
    number_confidence: float       # a number read less surely is read again, masked unless both agree


@functools.lru_cache(maxsize=1)
def load_thresholds() -> OcrThresholds:
    """The fitted thresholds shipped as package data."""
    data = data_json("ocr_thresholds.json")
    return OcrThresholds(**{k: data[k] for k in OcrThresholds.__dataclass_fields__})


@dataclass
class PageReading:
    """One page as Tesseract read it."""

    number: int                 # 1-based page number in the file
    text: str
    confidence: float           # mean word confidence, 0-100
    words: int
    ink: float                  # fraction of dark pixels (blank pages have almost none)
    unsure_numbers: int = 0     # numbers masked with "?" (too unsure to read a date from)
    number_words: list[tuple[str, float]] = field(default_factory=list)   # as read, for fitting


@dataclass
class ScanReport:
    """What the admin is told about a document read from images."""

    from_image: bool = True
    pages: int = 0                                   # pages in the file
    ocr_pages: list[int] = field(default_factory=list)          # pages read from images
    mean_confidence: float = 0.0                     # over all words read, 0-100
    low_confidence_pages: list[int] = field(default_factory=list)
    unreadable_pages: list[int] = field(default_factory=list)   # left out: too blurred
    unsure_numbers: dict[int, int] = field(default_factory=dict)  # page -> numbers left out
    seconds: float = 0.0

    def summary(self) -> list[str]:
        """Plain Vietnamese lines for the admin's reply (bot and CLI)."""
        where = "" if len(self.ocr_pages) == self.pages else f" (trang {_page_list(self.ocr_pages)} / {self.pages})"
        level = ("cao" if self.mean_confidence >= HIGH_OCR_CONFIDENCE else
                 "khá" if self.mean_confidence >= load_thresholds().low_confidence else "thấp")
        lines = [f"Văn bản được đọc từ ảnh bằng nhận dạng chữ{where}; độ tin cậy trung bình "
                 f"{self.mean_confidence:.0f}% ({level}). Vui lòng đối chiếu các hạn dưới đây với bản gốc."]
        if self.low_confidence_pages:
            lines.append(f"Trang đọc kém tin cậy, cần kiểm tra kỹ: {_page_list(self.low_confidence_pages)}.")
        if self.unsure_numbers:
            lines.append(f"{sum(self.unsure_numbers.values())} con số (ngày, tháng, năm, số hiệu) đọc không chắc "
                         f"nên đã để trống thành «?», không lấy làm hạn: trang {_page_list(sorted(self.unsure_numbers))}. "
                         "Vui lòng đối chiếu với bản gốc.")
        if self.unreadable_pages:
            lines.append(f"Trang quá mờ, không đọc được nên đã bỏ qua: {_page_list(self.unreadable_pages)}. "
                         "Nếu các trang này có nội dung cần dùng, vui lòng chụp hoặc scan lại rõ hơn rồi gửi lại.")
        return lines

    def to_json(self) -> dict:
        """The report as JSON (`qcdc add --json`)."""
        return {"from_image": self.from_image, "pages": self.pages, "ocr_pages": self.ocr_pages,
                "mean_confidence": round(self.mean_confidence, 1),
                "low_confidence_pages": self.low_confidence_pages,
                "unreadable_pages": self.unreadable_pages,
                "unsure_numbers": {str(k): v for k, v in self.unsure_numbers.items()},
                "seconds": round(self.seconds, 1)}


def _page_list(pages: list[int]) -> str:
    return ", ".join(str(n) for n in pages)


def tesseract_ready() -> bool:
    """True when the `tesseract` program and its Vietnamese model are installed."""
    try:
        check_tesseract()
    except OcrUnavailableError:
        return False
    return True


def check_tesseract() -> None:
    """Raise OcrUnavailableError unless Tesseract with the Vietnamese model can run."""
    try:
        import pytesseract
    except ImportError as exc:
        raise OcrUnavailableError("pytesseract is not installed") from exc
    command = os.environ.get("QCDC_TESSERACT_CMD") or shutil.which("tesseract")
    if not command or not shutil.which(command):
        raise OcrUnavailableError("tesseract program not found")
    _configure_pytesseract(command)
    try:
        languages = pytesseract.get_languages(config="")
    except (OSError, pytesseract.TesseractError, pytesseract.TesseractNotFoundError) as exc:
        raise OcrUnavailableError(f"tesseract does not run: {exc}") from exc
    if LANGUAGE not in languages:
        raise OcrUnavailableError("the Vietnamese model (tesseract-ocr-vie) is missing")


def _configure_pytesseract(command: str) -> None:
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = command
    # pytesseract starts Tesseract with this module-level environment. One OpenMP thread per
    # Tesseract: two pages at once then use the two cores instead of fighting over them.
    pytesseract.pytesseract.environ = dict(os.environ, OMP_THREAD_LIMIT="1")


def prepare_image(image: object) -> object:
    """Greyscale, enlarged if small, lighting evened out, speckle removed (the steps
    measurement showed to help)."""
    from PIL import Image, ImageFilter, ImageOps

    image = ImageOps.exif_transpose(image)
    image = image.convert("L")
    long_side = max(image.size)
    if long_side < MIN_LONG_SIDE:
        scale = MIN_LONG_SIDE / long_side
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.LANCZOS)
    return flatten_lighting(image).filter(ImageFilter.MedianFilter(3))


def flatten_lighting(image: object) -> object:
    """Divide the page by its paper brightness, so a phone photo darker on one side reads
    like an even scan (measured: a side at 60 % brightness took CER from 0.01 to 0.87).
    The paper is estimated on a 1/16 copy where a max filter wipes out the letters."""
    import numpy as np
    from PIL import Image, ImageFilter

    small = image.resize((max(1, image.width // 16), max(1, image.height // 16)), Image.BILINEAR)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    paper = np.asarray(paper.resize(image.size, Image.BILINEAR), dtype=np.float32)
    page = np.asarray(image, dtype=np.float32)
    flat = np.clip(page / np.maximum(paper, 1.0) * 255.0, 0, 255).astype(np.uint8)
    return Image.fromarray(flat, mode="L")


def _ink_fraction(image: object) -> float:
    histogram = image.histogram()
    return sum(histogram[:128]) / max(1, image.width * image.height)


def ocr_page(image: object, number: int) -> PageReading:
    """Prepare and read one page image (runs in a pool thread; Tesseract is its own
    process), turned upright first when it is sideways or reads as garbage straight."""
    from .ocr_orientation import is_landscape, turned_upright

    image = prepare_image(image)
    ink = _ink_fraction(image)
    turned = turned_upright(image) if is_landscape(image) else None
    reading = _read_page(turned or image, number, ink)
    if turned is None and reading.confidence < load_thresholds().unreadable_confidence:
        turned = turned_upright(image)          # upside down: only the detector can tell
        if turned is not None:
            again = _read_page(turned, number, ink)
            reading = again if again.confidence > reading.confidence else reading
    return reading


def _read_page(image: object, number: int, ink: float) -> PageReading:
    import pytesseract

    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGE, config="--psm 3",
                                         output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT)
    except (RuntimeError, pytesseract.TesseractError) as exc:   # timeout, or Tesseract failed on it
        # The page counts as unreadable (named to the admin); the other pages still count.
        logger.warning("page %d not read: %s", number, exc)
        return PageReading(number=number, text="", confidence=0.0, words=0, ink=ink)
    words = [OcrWord(text=t, confidence=float(c), block=b, paragraph=p, line=ln,
                     left=x, width=w, top=y, height=h)
             for t, c, b, p, ln, x, w, y, h in zip(
                 data["text"], data["conf"], data["block_num"], data["par_num"], data["line_num"],
                 data["left"], data["width"], data["top"], data["height"])
             if str(t).strip() and float(c) >= 0]
    # Marks with no letter or digit (rules, stamp specks, a lone "-") are not words: they
    # stay in the text (bullets matter) but would drag the confidence down on clean pages.
    scored = [w for w in words if any(ch.isalnum() for ch in w.text)]
    confidence = sum(w.confidence for w in scored) / len(scored) if scored else 0.0
    number_words = [(w.text, w.confidence) for w in words if any(ch.isdigit() for ch in w.text)]
    unsure = mask_unsure_numbers(words, load_thresholds().number_confidence,
                                 confirm=lambda word: _reread_number(image, word))
    return PageReading(number=number, text=page_text(words), confidence=confidence,
                       words=len(scored), ink=ink, unsure_numbers=unsure, number_words=number_words)


def _reread_number(image: object, word: OcrWord) -> bool:
    """Read an unsure number again, alone and with digits only; True when both agree.
    (Measured: right numbers read at confidence 65-90 are confirmed; fragments and
    look-alikes such as "O1" are not.)"""
    import pytesseract

    pad = max(4, word.height // 4)
    box = (max(0, word.left - pad), max(0, word.top - pad),
           word.left + word.width + pad, word.top + word.height + pad)
    try:
        again = pytesseract.image_to_string(image.crop(box), lang=LANGUAGE, timeout=30,
                                            config="--psm 7 -c tessedit_char_whitelist=0123456789/.-")
    except (RuntimeError, pytesseract.TesseractError) as exc:
        logger.debug("second reading of %r failed: %s", word.text, exc)
        return False
    return same_digits(word.text, again)


def read_pages(pages: Iterable[tuple[int, object]], total: int,
               progress: ProgressCallback | None = None) -> list[PageReading]:
    """OCR `(page number, PIL image)` pairs, at most MAX_WORKERS Tesseract processes at a
    time, in page order; `progress` gets (pages done, total) as each finishes. Pages are
    taken from `pages` lazily, a few ahead, so a long scan never sits in memory whole."""
    if total > MAX_PAGES:
        raise ScanTooLongError(f"{total} pages", user_message=ScanTooLongError.pages_message.format(
            pages=total, limit=MAX_PAGES))
    check_tesseract()
    results: dict[int, PageReading] = {}

    def collect(future: Future) -> None:
        reading = future.result()
        results[reading.number] = reading
        if progress:
            progress(len(results), total)

    with ThreadPoolExecutor(MAX_WORKERS, thread_name_prefix="qcdc-ocr") as pool:
        pending: list[Future] = []
        for number, image in pages:
            pending.append(pool.submit(ocr_page, image, number))
            while len(pending) >= MAX_WORKERS * 2:
                collect(pending.pop(0))
        for future in pending:
            collect(future)
    return [results[n] for n in sorted(results)]


def assemble(readings: list[PageReading], total_pages: int,
             text_pages: dict[int, str] | None = None, seconds: float = 0.0) -> tuple[str, ScanReport]:
    """Join pages (text-layer pages as given, OCR pages repaired) into the document text
    and the report. Raises UnreadableScanError when no page gave usable text."""
    limits = load_thresholds()
    text_pages = dict(text_pages or {})
    report = ScanReport(pages=total_pages, ocr_pages=[r.number for r in readings], seconds=seconds)
    weighted = 0.0
    used_words = 0
    for r in readings:
        if r.ink < limits.min_ink and r.words < limits.min_words:
            continue    # a blank page (or a page with only a stamp): nothing to read
        if r.words < limits.min_words or r.confidence < limits.unreadable_confidence:
            report.unreadable_pages.append(r.number)
            continue
        if r.confidence < limits.low_confidence:
            report.low_confidence_pages.append(r.number)
        if r.unsure_numbers:
            report.unsure_numbers[r.number] = r.unsure_numbers
        weighted += r.confidence * r.words
        used_words += r.words
        text_pages[r.number] = repair_ocr_text(r.text)
    report.mean_confidence = weighted / used_words if used_words else 0.0
    if not text_pages or not any(t.strip() for t in text_pages.values()):
        pages = _page_list(report.unreadable_pages) or "1"
        raise UnreadableScanError(f"no readable page (unreadable: {pages})",
                                  user_message=UnreadableScanError.pages_message.format(pages=pages))
    return "\n\n".join(text_pages[n] for n in sorted(text_pages)), report


def _frames(data: bytes) -> Iterator[object]:
    from PIL import Image, ImageSequence

    from .errors import CorruptFileError

    try:
        with Image.open(io.BytesIO(data)) as image:
            for frame in ImageSequence.Iterator(image):
                yield frame.copy()
    except (OSError, SyntaxError, ValueError, EOFError, struct.error) as exc:
        # verify() passes some truncated files that fail only when pixels are decoded
        raise CorruptFileError(f"image: {exc}") from exc


def read_image_file(data: bytes, progress: ProgressCallback | None = None) -> tuple[str, ScanReport]:
    """Text and report of a .jpg/.png/.tif (multi-page TIFFs page by page)."""
    from PIL import Image, UnidentifiedImageError

    from .errors import CorruptFileError

    started = time.perf_counter()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            total = getattr(probe, "n_frames", 1)
            probe.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError,
            EOFError, struct.error) as exc:
        raise CorruptFileError(f"image: {exc}") from exc
    readings = read_pages(((i + 1, frame) for i, frame in enumerate(_frames(data))), total, progress)
    return assemble(readings, total, seconds=time.perf_counter() - started)


def read_pdf_pages(data: bytes, page_numbers: list[int], text_pages: dict[int, str], total: int,
                   progress: ProgressCallback | None = None) -> tuple[str, ScanReport]:
    """OCR the listed (1-based) pages of a PDF that have no text layer; the other pages
    keep their text layer (`text_pages`)."""
    import pypdfium2

    from .errors import CorruptFileError

    started = time.perf_counter()
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise CorruptFileError(f"pdfium: {exc}") from exc

    def rendered() -> Iterator[tuple[int, object]]:
        for number in page_numbers:
            page = pdf[number - 1]
            yield number, page.render(scale=PDF_DPI / 72, grayscale=True).to_pil()
            page.close()

    try:
        readings = read_pages(rendered(), len(page_numbers), progress)
    finally:
        pdf.close()
    return assemble(readings, total, text_pages, seconds=time.perf_counter() - started)
