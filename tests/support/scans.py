"""Scan-like page images made from a plan's text, for the OCR tests and benchmark.

A page is typeset in a serif font at the given resolution (A4, ~13 pt body text as in the
national document rules), then degraded like a scanner or a phone would: slight rotation,
grey paper, speckle noise, optional blur, JPEG compression. Deterministic for a given seed.
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)
A4_INCHES = (8.27, 11.69)


def find_font() -> Path | None:
    """A TrueType font with Vietnamese glyphs, or None (tests then skip)."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


@dataclass
class ScanStyle:
    """How a page is degraded."""

    dpi: int = 300
    skew_degrees: float = 0.8
    noise: float = 0.03          # fraction of pixels flipped to speckle
    blur_radius: float = 0.0     # Gaussian blur in pixels at `dpi`
    jpeg_quality: int = 80
    font_points: float = 13.0
    seed: int = 0


def _wrap(text: str, font: object, width: int, draw: object) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = words[0]
        for word in words[1:]:
            trial = f"{current} {word}"
            if draw.textlength(trial, font=font) <= width:
                current = trial
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def typeset_lines(text: str, style: ScanStyle) -> list[list[str]]:
    """The text's lines as they fall on pages (wrapping and page breaks only)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(find_font()), int(style.font_points * style.dpi / 72))
    width_px = int(A4_INCHES[0] * style.dpi)
    margin = int(0.8 * style.dpi)
    draw = ImageDraw.Draw(Image.new("L", (10, 10)))
    lines = _wrap(text, font, width_px - 2 * margin, draw)
    line_height = int(font.size * 1.45)
    per_page = max(1, (int(A4_INCHES[1] * style.dpi) - 2 * margin) // line_height)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    return [[ln for ln in page] for page in pages] or [[]]


def _speckle(page, rng: random.Random, count: int) -> None:
    """Flip `count` pixels to speckle: the pixels and shades of `rng.randrange(width)`,
    `rng.randrange(height)`, `rng.choice(shades)` per speckle, drawn with the same
    `getrandbits` rejection sampling those use (the pages the OCR thresholds were fitted on
    stay the same), about four times faster than calling them."""
    pixels = page.load()
    width, height = page.size
    shades = (0, 90, 160, 235)
    getrandbits = rng.getrandbits
    kw, kh, ks = width.bit_length(), height.bit_length(), len(shades).bit_length()
    for _ in range(count):
        x = getrandbits(kw)
        while x >= width:
            x = getrandbits(kw)
        y = getrandbits(kh)
        while y >= height:
            y = getrandbits(kh)
        s = getrandbits(ks)
        while s >= len(shades):
            s = getrandbits(ks)
        pixels[x, y] = shades[s]


def render_page(lines: list[str], style: ScanStyle, page_number: int = 0):
    """One degraded page image (PIL, mode "L") holding `lines`."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(style.seed * 1000 + page_number)
    font = ImageFont.truetype(str(find_font()), int(style.font_points * style.dpi / 72))
    size = (int(A4_INCHES[0] * style.dpi), int(A4_INCHES[1] * style.dpi))
    margin = int(0.8 * style.dpi)
    line_height = int(font.size * 1.45)
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    y = margin
    for line in lines:
        draw.text((margin, y), line, font=font, fill=rng.randint(10, 50))
        y += line_height
    if style.blur_radius:
        page = page.filter(ImageFilter.GaussianBlur(style.blur_radius))
    angle = rng.uniform(-style.skew_degrees, style.skew_degrees)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if style.noise:
        _speckle(page, rng, int(size[0] * size[1] * style.noise))
    # grey, slightly uneven paper
    paper = Image.linear_gradient("L").resize(size).point(lambda v: 225 + v // 10)
    page = Image.composite(page, paper, page.point(lambda v: 255 if v < 200 else 0))
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=style.jpeg_quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def render_scan(text: str, style: ScanStyle | None = None) -> tuple[list, list[str]]:
    """Pages of `text` as degraded images, with each page's true text (for CER)."""
    style = style or ScanStyle()
    pages = typeset_lines(text, style)
    images = [render_page(lines, style, i) for i, lines in enumerate(pages)]
    return images, ["\n".join(lines) for lines in pages]


def scan_pdf_bytes(images: list, dpi: int) -> bytes:
    """A PDF whose pages are only the images (no text layer), like a scanner's output."""
    buf = io.BytesIO()
    rgb = [im.convert("RGB") for im in images]
    rgb[0].save(buf, "PDF", save_all=True, append_images=rgb[1:], resolution=dpi)
    return buf.getvalue()


def image_bytes(image, fmt: str = "JPEG", quality: int = 85) -> bytes:
    """One page as the bytes of a photo or image file."""
    buf = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(buf, fmt, quality=quality)
    else:
        image.save(buf, fmt)
    return buf.getvalue()


def plan_photo(style: ScanStyle | None = None, n: int = 30) -> bytes:
    """A one-page plan of an agency outside the corpus (`NEW_PLAN` number n), as a JPEG."""
    from .documents import NEW_PLAN

    images, _ = render_scan(NEW_PLAN.format(n=n), style or ScanStyle(dpi=300, skew_degrees=1.0, noise=0.02))
    return image_bytes(images[0])


# --------------------------------------------------------------------------- test markers
def _tesseract_ready() -> bool:
    from index.ocr import tesseract_ready

    return tesseract_ready()


needs_font = pytest.mark.skipif(find_font() is None, reason="no TrueType font with Vietnamese glyphs "
                                "(Debian: fonts-dejavu-core) to render test pages")
_needs_tesseract = pytest.mark.skipif(not _tesseract_ready(), reason="Tesseract with the Vietnamese model is "
                                      "not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")


def needs_ocr(test):
    """Real OCR: marker `ocr`, skipped with the reason when Tesseract or a font is missing."""
    return pytest.mark.ocr(needs_font(_needs_tesseract(test)))
