"""End to end: the real `qcdc bot` process, an admin sends a scanned PDF as a file and a
photo of a plan; the status message follows the pages, the reply says the text was read
from an image, and the plan is answered from at once. Marked `e2e` and `ocr`."""
from __future__ import annotations

import io

import pytest

from tests.support.harness import ADMIN_ID, USER_ID
from tests.support.live_bot import live_bot
from tests.support.scans import ScanStyle, needs_ocr, plan_photo, render_scan, scan_pdf_bytes
from tests.support.documents import NEW_PLAN

pytestmark = pytest.mark.e2e


@pytest.fixture
def bot(tmp_path, tmp_path_factory):
    with live_bot(tmp_path, tmp_path_factory.getbasetemp(), now="2025-03-01T09:00") as running:
        yield running


def _wait_report(bot, mark: int) -> str:
    return bot.api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, timeout=120,
                                 text_contains="Đã thêm tài liệu").params["text"]


@needs_ocr
def test_admin_sends_a_scanned_pdf_and_it_is_answered(bot):
    images, _ = render_scan(NEW_PLAN.format(n=70), ScanStyle(dpi=200, skew_degrees=1.0, noise=0.01, seed=3))
    blank_back = images[0].point(lambda _: 250)          # the scanner's blank back side
    mark = bot.api.mark()
    bot.api.queue_update(bot.api.document_message(bot.api.private_chat(ADMIN_ID), bot.api.user(ADMIN_ID),
                                                  scan_pdf_bytes([images[0], blank_back], 200), "ban-scan.pdf",
                                                  mime_type="application/pdf"))
    report = _wait_report(bot, mark)
    assert "đọc từ ảnh" in report and "15/06/2025" in report and "70/KH-PNV" in report
    edits = [c.params["text"] for c in bot.api.calls[mark:] if c.method == "editMessageText"]
    assert any("Đã đọc xong 2 trang" in e for e in edits), edits
    answer = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID,
                                        "Các trường học gửi báo cáo sơ kết 6 tháng về Phòng Nội vụ hạn khi nào?"))
    assert "15/6/2025" in answer.params["text"] or "15/06/2025" in answer.params["text"]


@needs_ocr
def test_admin_sends_a_photo_of_a_plan(bot):
    from PIL import Image

    image = Image.open(io.BytesIO(plan_photo(ScanStyle(dpi=300, skew_degrees=1.2, noise=0.005, seed=9), n=71)))
    image.thumbnail((1280, 1280))                        # as Telegram re-encodes photos
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=87)
    file_id = bot.api.add_file(buf.getvalue(), "photo.jpg")
    sizes = [{"file_id": file_id, "file_unique_id": "Uphoto71", "width": image.width, "height": image.height,
              "file_size": len(buf.getvalue())}]
    mark = bot.api.mark()
    bot.api.queue_update(bot.api.message(bot.api.private_chat(ADMIN_ID), bot.api.user(ADMIN_ID),
                                         extra={"photo": sizes}))
    report = _wait_report(bot, mark)
    assert "đọc từ ảnh" in report and "20/11/2025" in report and "71/KH-PNV" in report
