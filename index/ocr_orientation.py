"""Turn a photographed or scanned page the right way up before it is read.

A phone photo of a page is often taken sideways (landscape) or upside down, and its
EXIF orientation tag (already applied by `prepare_image`) is missing or wrong. Tesseract's
page segmentation (`--psm 3`) does not rotate: a page turned 90° read at a character error
of 0.99 (measured on a rendered plan page; straight 0.005). Its orientation detector
(`--psm 0`, the `osd` model Debian's tesseract-ocr ships) names the turn. A skew of a few
degrees needs nothing: `--psm 3` read a page skewed 4° at 0.012.

Detection costs a Tesseract run (1-4 s a page), so it runs on a page that is wider than
tall (a portrait page photographed sideways), and on any page whose straight reading came
out unreadable (upside down); a well-read portrait page pays nothing.
"""
from __future__ import annotations

import logging

from .thresholds import OSD_LONG_SIDE, OSD_MIN_CONFIDENCE

logger = logging.getLogger("qcdc.ocr")


def is_landscape(image: object) -> bool:
    """True for a page image wider than tall (a plan's page photographed sideways)."""
    return image.width > image.height


def turned_upright(image: object) -> object | None:
    """The page turned the way Tesseract's orientation detector says it reads, or None
    when it already reads upright (or the detector is unsure, or finds too few letters)."""
    import pytesseract
    from PIL import Image

    scale = min(1.0, OSD_LONG_SIDE / max(image.size))
    probe = image.resize((round(image.width * scale), round(image.height * scale)), Image.BILINEAR) \
        if scale < 1.0 else image
    try:
        osd = pytesseract.image_to_osd(probe, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=60)
    except (RuntimeError, pytesseract.TesseractError) as exc:   # too few characters, a timeout
        logger.info("orientation not detected: %s", exc)
        return None
    turn = int(osd.get("rotate", 0)) % 360
    if turn == 0 or float(osd.get("orientation_conf", 0.0)) < OSD_MIN_CONFIDENCE:
        return None
    # "rotate" is the clockwise turn that makes the page upright; PIL turns anticlockwise
    return image.rotate(-turn, expand=True, fillcolor=255)
