"""Scans and photos: OCR repairs and layout (fast, no Tesseract), the missing-Tesseract
message, and real OCR of rendered, degraded page images (marker `ocr`; skipped with the
reason when Tesseract or a Vietnamese font is not installed on the machine)."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from index.dates import find_due_dates
from index.engine import Engine
from index.errors import OcrUnavailableError, ScanTooLongError, UnreadableScanError
from index.ocr import PageReading, ScanReport, assemble, load_thresholds, read_image_file
from index.ocr_layout import OcrWord, page_text
from index.ocr_repair import mask_unsure_numbers, repair_ocr_text
from index.reading import read_bytes_result
from tests.support.documents import NEW_PLAN, pdf_bytes
from tests.support.scans import (ScanStyle, image_bytes, needs_font, needs_ocr, plan_photo, render_scan,
                                 scan_pdf_bytes)

NEW_PLAN_DATES = {date(2025, 6, 15), date(2025, 11, 20)}

# --------------------------------------------------------------------------- repairs (fast)
@pytest.mark.parametrize("read, repaired", [
    ("trước ngày l0/11", "trước ngày 10/11"),
    ("chậm nhất ngày 2O/5/2O24", "chậm nhất ngày 20/5/2024"),
    ("năm 2O24", "năm 2024"),
    ("ngày 15 / 6 / 2025", "ngày 15/6/2025"),
    ("không muộn hơn ngày 20/1 1/2025.", "không muộn hơn ngày 20/11/2025."),
    ("Sô: 45/KH-SNV", "Số: 45/KH-SNV"),
    ("Số:\n\n45/KH-SNV", "Số: 45/KH-SNV"),
    ("IL TỔ CHỨC THỰC HIỆN", "II. TỔ CHỨC THỰC HIỆN"),
])
def test_ocr_repairs_digit_confusions(read: str, repaired: str) -> None:
    assert repair_ocr_text(read) == repaired


@pytest.mark.parametrize("text", [
    "Il y a",                     # not a heading of capitals
    "lOl/Il",                     # mostly letters: not a number
    "tỉ lệ 3 / 40 đơn vị",        # not a day/month
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1 TRƯỜNG HỌC",
])
def test_ocr_repairs_leave_other_text_alone(text: str) -> None:
    assert repair_ocr_text(text) == text


def test_ocr_repair_never_makes_an_impossible_date_readable() -> None:
    """A digit Tesseract could not see stays unreadable: no date is guessed from it."""
    for read in ("trước ngày 3l/13/2025", "trước ngày ?5/6/2025", "trước ngày 1S/6/2025"):
        assert find_due_dates(repair_ocr_text(read), 2025) == [], read


def _word(text: str, line: int, left: int, right: int, block: int = 1) -> OcrWord:
    return OcrWord(text=text, confidence=95.0, block=block, paragraph=1, line=line, left=left,
                   width=right - left, top=line * 50, height=40)


def test_layout_joins_wrapped_lines_and_keeps_paragraphs_apart() -> None:
    words = [
        _word("KẾ HOẠCH", 0, 900, 1300),                               # centred title
        _word("Các phòng gửi báo cáo sơ kết về Văn phòng", 1, 200, 2000),
        _word("trước ngày 20/5 hằng năm.", 2, 200, 900),              # short: paragraph ends
        _word("Giao Văn phòng tổng hợp, báo cáo kết quả cho", 3, 200, 1990),
        _word("Ban Chỉ đạo đúng thời hạn", 4, 200, 800),
        _word("- Lưu: VT.", 5, 200, 500),
    ]
    assert page_text(words).split("\n\n") == [
        "KẾ HOẠCH",
        "Các phòng gửi báo cáo sơ kết về Văn phòng trước ngày 20/5 hằng năm.",
        "Giao Văn phòng tổng hợp, báo cáo kết quả cho Ban Chỉ đạo đúng thời hạn",
        "- Lưu: VT.",
    ]


def test_unsure_numbers_are_masked_so_no_date_is_guessed() -> None:
    words = [_word("2.", 0, 200, 240), _word("Gửi", 0, 260, 330), _word("trước", 0, 340, 420),
             _word("ngày", 0, 430, 500), _word("16/6/2025.", 0, 510, 700), _word("trước", 1, 200, 260),
             _word("ngày", 1, 270, 330), _word("20/5.", 1, 340, 420)]
    words[0].confidence = words[4].confidence = 41.0      # the list marker and one date are unsure
    assert mask_unsure_numbers(words, min_confidence=80.0) == 1
    text = page_text(words)
    assert "2. Gửi trước ngày ??/?/????." in text and "20/5." in text
    assert [d.date for d in find_due_dates(text, 2025)] == [date(2025, 5, 20)]


def test_scan_summary_names_low_and_unreadable_pages() -> None:
    report = ScanReport(pages=4, ocr_pages=[2, 3, 4], mean_confidence=83.4,
                        low_confidence_pages=[3], unreadable_pages=[4], unsure_numbers={3: 2})
    text = " ".join(report.summary())
    assert "đọc từ ảnh" in text and "83%" in text and "(trang 2, 3, 4 / 4)" in text
    assert "kém tin cậy, cần kiểm tra kỹ: 3." in text and "quá mờ, không đọc được nên đã bỏ qua: 4." in text
    assert "2 con số" in text and "«?»" in text


def test_pages_are_kept_named_or_left_out_by_the_fitted_thresholds() -> None:
    limits = load_thresholds()
    text = "Các phòng gửi báo cáo trước ngày 20/5/2025 về Văn phòng để tổng hợp."
    pages = [
        PageReading(1, text, confidence=limits.low_confidence + 2, words=40, ink=0.05),
        PageReading(2, text, confidence=(limits.low_confidence + limits.unreadable_confidence) / 2,
                    words=40, ink=0.05, unsure_numbers=1),
        PageReading(3, "~~ ·· ~", confidence=limits.unreadable_confidence - 20, words=30, ink=0.05),
        PageReading(4, "", confidence=0.0, words=0, ink=0.0001),            # a blank page
    ]
    joined, report = assemble(pages, total_pages=5, text_pages={5: "Nơi nhận: Lưu VT."})
    assert report.low_confidence_pages == [2] and report.unreadable_pages == [3]
    assert report.unsure_numbers == {2: 1} and report.ocr_pages == [1, 2, 3, 4]
    assert joined.count(text) == 2 and "~~" not in joined and joined.endswith("Nơi nhận: Lưu VT.")
    with pytest.raises(UnreadableScanError) as info:
        assemble(pages[2:], total_pages=2)
    assert "(trang 3)" in info.value.user_message


@needs_font
def test_a_scan_over_the_page_cap_is_refused_before_any_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("index.ocr.MAX_PAGES", 2)
    images, _ = render_scan(NEW_PLAN.format(n=33) * 3, ScanStyle(dpi=100, noise=0.0, font_points=20))
    assert len(images) > 2
    buf = io.BytesIO()
    images[0].save(buf, "TIFF", save_all=True, append_images=images[1:])
    with pytest.raises(ScanTooLongError) as info:
        read_image_file(buf.getvalue())
    assert f"{len(images)} trang, quá giới hạn 2 trang" in info.value.user_message


# --------------------------------------------------------------------------- no Tesseract (fast)
@needs_font
def test_missing_tesseract_gets_the_vietnamese_message_and_changes_nothing(
        engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    monkeypatch.delenv("QCDC_TESSERACT_CMD", raising=False)
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(plan_photo(ScanStyle(dpi=150, noise=0.0)))
    before = [d.id for d in engine.list_documents()]
    with pytest.raises(OcrUnavailableError) as info:
        engine.add_document(photo)
    assert "chưa cài" in info.value.user_message
    assert "apt-get install -y tesseract-ocr tesseract-ocr-vie" in info.value.user_message
    assert [d.id for d in engine.list_documents()] == before
    assert engine.ask("Hạn nộp báo cáo 6 tháng là khi nào?", log=False).found   # still serving


# --------------------------------------------------------------------------- real OCR
@needs_ocr
@pytest.mark.parametrize("style", [
    ScanStyle(dpi=300, skew_degrees=1.0, noise=0.02, seed=1),
    ScanStyle(dpi=200, skew_degrees=0.7, noise=0.01, jpeg_quality=70, seed=2),
], ids=["300dpi-noisy", "200dpi-jpeg"])
def test_photo_of_a_plan_recovers_its_dated_duties(engine: Engine, tmp_path: Path, style: ScanStyle) -> None:
    photo = tmp_path / "ke-hoach-chup.jpg"
    photo.write_bytes(plan_photo(style))
    pages: list[tuple[int, int]] = []
    report = engine.add_document(photo, progress=lambda page, total: pages.append((page, total)))
    assert report.scan is not None and report.scan.from_image and pages == [(1, 1)]
    assert report.scan.mean_confidence > 80 and not report.scan.unreadable_pages
    dates = {d.date for d in report.deadlines if d.date}
    assert dates == NEW_PLAN_DATES          # every dated duty, and no wrong date
    assert report.document.number == "30/KH-PNV" and report.meta.year == 2025


@needs_ocr
def test_too_blurred_page_gets_a_clear_message_and_nothing_is_indexed(engine: Engine, tmp_path: Path) -> None:
    photo = tmp_path / "mo.jpg"
    photo.write_bytes(plan_photo(ScanStyle(dpi=200, blur_radius=7.0, noise=0.0)))
    before = [d.id for d in engine.list_documents()]
    with pytest.raises(UnreadableScanError) as info:
        engine.add_document(photo)
    assert "quá mờ" in info.value.user_message and "trang 1" in info.value.user_message
    assert [d.id for d in engine.list_documents()] == before


@needs_ocr
def test_mixed_pdf_uses_the_text_layer_where_it_exists() -> None:
    from pypdf import PdfReader, PdfWriter

    images, _ = render_scan(NEW_PLAN.format(n=31), ScanStyle(dpi=200, noise=0.01))
    writer = PdfWriter()
    for part in (pdf_bytes("Trang co lop chu: bao cao truoc ngay 20/5/2025"), scan_pdf_bytes(images[:1], 200)):
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    result = read_bytes_result(buf.getvalue(), ".pdf")
    assert result.scan is not None and result.scan.pages == 2 and result.scan.ocr_pages == [2]
    assert "Trang co lop chu" in result.text and "15/6/2025" in result.text


@needs_ocr
def test_multi_page_tiff_reports_progress_page_by_page() -> None:
    images, _ = render_scan(NEW_PLAN.format(n=32) * 2, ScanStyle(dpi=200, noise=0.0, font_points=16))
    assert len(images) >= 2
    buf = io.BytesIO()
    images[0].save(buf, "TIFF", save_all=True, append_images=images[1:])
    seen: list[tuple[int, int]] = []
    text, report = read_image_file(buf.getvalue(), progress=lambda page, total: seen.append((page, total)))
    assert seen == [(i, len(images)) for i in range(1, len(images) + 1)]
    assert report.ocr_pages == list(range(1, len(images) + 1)) and text.count("15/6/2025") == 2


@needs_ocr
def test_cli_add_json_reports_the_scan(corpus_dir: Path, tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from qcdc.cli import main

    photo = tmp_path / "ke-hoach-scan.jpg"
    photo.write_bytes(plan_photo(ScanStyle(dpi=300, skew_degrees=0.8, noise=0.01, seed=7), n=34))
    result = CliRunner().invoke(main, ["add", "--json", str(photo)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output[result.output.index("{"):])
    assert payload["number"] == "34/KH-PNV"
    assert {d["date"] for d in payload["deadlines"] if d["date"]} == {"2025-06-15", "2025-11-20"}
    assert payload["scan"]["from_image"] is True and payload["scan"]["mean_confidence"] > 80
    assert "đọc từ ảnh" in payload["scan"]["summary"][0]


@needs_ocr
def test_a_photo_darker_on_one_side_is_read_like_an_even_scan() -> None:
    from PIL import Image, ImageChops

    images, _ = render_scan(NEW_PLAN.format(n=35), ScanStyle(dpi=300, skew_degrees=1.0, noise=0.005, seed=8))
    shade = Image.linear_gradient("L").rotate(90).resize(images[0].size).point(lambda v: 120 + 135 * v // 255)
    text, report = read_image_file(image_bytes(ImageChops.multiply(images[0], shade)))
    assert "15/6/2025" in text and "20/11/2025" in text and not report.unreadable_pages


def test_a_row_of_two_columns_stands_alone_and_specks_between_them_go() -> None:
    """A letterhead's halves on one scanned line (a gap of many line heights between them) are
    a row of their own, never glued to the lines around; specks read in the gap are dropped."""
    words = [
        _word("BỘ CHỈ HUY QUÂN SỰ TỈNH", 0, 200, 1000), _word("_", 0, 1050, 1070),
        _word("Độc lập - Tự do - Hạnh phúc", 0, 1300, 2000),
        _word("KHÁNH HÒA", 1, 400, 800), _word("Khánh Hòa, ngày 26 tháng 01 năm 2026", 1, 1250, 2000),
        _word("F'Ê", 2, 200, 260), _word("KẾ", 2, 900, 1010), _word("HOẠCH", 2, 1030, 1300),
    ]
    assert page_text(words).split("\n\n") == [
        "BỘ CHỈ HUY QUÂN SỰ TỈNH Độc lập - Tự do - Hạnh phúc",
        "KHÁNH HÒA Khánh Hòa, ngày 26 tháng 01 năm 2026",
        "KẾ HOẠCH",
    ]


def test_a_masked_quarter_is_no_deadline() -> None:
    """"Quý II?/????" (OCR unsure of "III/2026") dates nothing; "quý III/2026" still does."""
    assert find_due_dates("Kiểm tra các đơn vị trong Quý II?/????.", 2026) == []
    assert [d.date for d in find_due_dates("Kiểm tra các đơn vị trong Quý III/2026.", 2026)] == [date(2026, 9, 30)]
