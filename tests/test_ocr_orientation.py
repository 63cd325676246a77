"""A phone photo of a page taken sideways or upside down, and skewed a few degrees, is
read upright (Tesseract's orientation detector, index/ocr_orientation.py); marker `ocr`,
skipped with the reason when Tesseract or a Vietnamese font is missing."""
from __future__ import annotations

import pytest

from index.ocr import read_image_file
from index.ocr_orientation import is_landscape
from tests.support.documents import NEW_PLAN
from tests.support.scans import ScanStyle, image_bytes, needs_ocr, render_scan


def _page():
    images, _ = render_scan(NEW_PLAN.format(n=36), ScanStyle(dpi=200, skew_degrees=3.0, noise=0.005, seed=9))
    return images[0]


@needs_ocr
@pytest.mark.parametrize("turn", [270, 180], ids=["sideways", "upside-down"])
def test_turned_photo_of_a_plan_reads_its_deadlines(turn: int) -> None:
    photo = _page().rotate(turn, expand=True, fillcolor=255)
    text, report = read_image_file(image_bytes(photo))
    assert "15/6/2025" in text and "20/11/2025" in text
    assert not report.unreadable_pages and report.mean_confidence > 85


def test_only_a_page_wider_than_tall_is_checked_before_reading() -> None:
    from PIL import Image

    assert is_landscape(Image.new("L", (300, 200))) and not is_landscape(Image.new("L", (200, 300)))
