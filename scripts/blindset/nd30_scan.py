"""A plan printed and scanned: text set on A4 pages as the Nghị định 30/2020 layout prints it (the
two-column letterhead side by side, centred titles, a ruled deadline table), then each page
blurred, noised, greyed and slightly rotated as a flatbed scan of a copy is, saved as an
image-only PDF (Pillow). The product reads such a file by OCR.

    save_scan(scan_pages(TEXT, seed=5, columns_in=(0.5, 2.7, 1.75, 1.3)), path)
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 200
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _font(bold: bool, size_pt: float) -> ImageFont.FreeTypeFont:
    """DejaVu Serif at `size_pt` points at the scan's resolution."""
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), int(size_pt * DPI / 72))


def wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """The text broken into lines of at most `width` pixels, at spaces."""
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    return lines + [cur] if cur else lines


def scan_pages(text: str, seed: int, columns_in: Sequence[float], flush: Sequence[str] = ("Nơi nhận", "- "),
               ) -> list[Image.Image]:
    """The text set on A4 pages (12.5 pt serif, 200 dpi), then each page slightly rotated and noised
    as a flatbed scan of a printed copy is. The text's markup: the first three lines are the name
    block, the next three the motto block (printed side by side); then one line per paragraph,
    "^" centres a line, "*" makes it bold, "|" separates the cells of a ruled table row (a row
    starting "STT" is the bold header) whose columns are `columns_in` inches wide; a paragraph
    starting with one of `flush` is not indented (the recipients). The noise is not seeded: the
    pages' bytes differ from run to run, their text does not."""
    rng = random.Random(seed)
    w, h = int(8.27 * DPI), int(11.69 * DPI)
    left, right, top, bottom = int(1.2 * DPI), int(0.8 * DPI), int(0.8 * DPI), int(0.9 * DPI)
    pages: list[Image.Image] = []
    page = draw = None
    y = 0

    def new_page():
        nonlocal page, draw, y
        page = Image.new("L", (w, h), 255)
        draw = ImageDraw.Draw(page)
        pages.append(page)
        y = top

    new_page()
    raw = text.splitlines()
    header_left, header_right = raw[:3], raw[3:6]
    f = _font(False, 12.5)
    fb = _font(True, 12.5)
    line_h = int(f.size * 1.45)
    hf, hfb = _font(False, 11.5), _font(True, 11.5)
    for k, line in enumerate(header_left):   # the two-column letterhead, side by side as printed
        font = hfb if line.startswith("*") else hf
        s = line.lstrip("*")
        draw.text((left + int(1.1 * DPI) - draw.textlength(s, font=font) / 2, y + k * line_h), s, font=font, fill=0)
    for k, line in enumerate(header_right):
        bold = "*" in line[:2]
        font = hfb if bold else hf
        s = line.lstrip("^*")
        draw.text((w - right - int(1.95 * DPI) - draw.textlength(s, font=font) / 2, y + k * line_h), s,
                  font=font, fill=0)
    y += 4 * line_h
    col_w = [int(inches * DPI) for inches in columns_in]
    for line in raw[6:]:
        if "|" in line:   # a ruled table row
            cells = line.split("|")
            wrapped = [wrap(draw, c, f, cw - 16) for c, cw in zip(cells, col_w)]
            row_h = max(len(c) for c in wrapped) * line_h + 12
            if y + row_h > h - bottom:
                new_page()
            x = left
            for c, cw in zip(wrapped, col_w):
                draw.rectangle([x, y, x + cw, y + row_h], outline=0, width=2)
                for k, s in enumerate(c):
                    draw.text((x + 8, y + 6 + k * line_h), s, font=fb if cells[0] == "STT" else f, fill=0)
                x += cw
            y += row_h
            continue
        centre = line.startswith("^")
        s = line.lstrip("^")
        bold = s.startswith("*")
        s = s.lstrip("*")
        font = fb if bold else f
        indent = 0 if centre or s.startswith(tuple(flush)) else int(0.4 * DPI)
        for k, part in enumerate(wrap(draw, s, font, w - left - right - indent)):
            if y + line_h > h - bottom:
                new_page()
            x = (w - draw.textlength(part, font=font)) / 2 if centre else left + (indent if k == 0 else 0)
            draw.text((x, y), part, font=font, fill=0)
            y += line_h
        y += int(line_h * 0.25)
    out = []
    for p in pages:
        p = p.filter(ImageFilter.GaussianBlur(0.6))
        noise = Image.effect_noise(p.size, 22)
        p = Image.blend(p, noise, 0.12)
        p = p.point(lambda v: min(255, v + 18))   # the grey cast of a copier
        angle = rng.uniform(-1.0, 1.0)
        out.append(p.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=238))
    return out


def save_scan(pages: list[Image.Image], path: Path) -> None:
    """The pages as one image-only PDF at the scan's resolution."""
    pages[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
