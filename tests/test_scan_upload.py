"""An admin sends a photo of a plan to the bot (in process, against the Bot API stand-in):
the status message follows the OCR, the reply says the text was read from an image; a
blurred photo, a non-admin and a machine without Tesseract each get a clear reply."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import texts
from tests.botapi_standin import BotApiStandIn
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.harness import ADMIN_ID, USER_ID, drive
from tests.support.scans import ScanStyle, needs_font, needs_ocr, plan_photo

#: Telegram re-encodes photos with the long side at most this many pixels.
TELEGRAM_PHOTO_SIDE = 1280


def telegram_photo(style: ScanStyle) -> tuple[bytes, int, int]:
    """A plan photo as Telegram delivers it: shrunk to 1280 px and re-encoded."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(plan_photo(style, n=60)))
    scale = TELEGRAM_PHOTO_SIDE / max(image.size)
    image = image.resize((round(image.width * scale), round(image.height * scale)), Image.LANCZOS)
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=87)
    return buf.getvalue(), image.width, image.height


def photo_update(api: BotApiStandIn, content: bytes, width: int, height: int, user_id: int = ADMIN_ID) -> dict:
    file_id = api.add_file(content, "photo.jpg")
    sizes = [{"file_id": file_id, "file_unique_id": f"U{file_id}", "width": width, "height": height,
              "file_size": len(content)}]
    return api.message(api.private_chat(user_id), api.user(user_id), extra={"photo": sizes})


@needs_ocr
def test_admin_photo_of_a_plan_is_read_and_reported(api, settings, engine):
    content, width, height = telegram_photo(ScanStyle(dpi=300, skew_degrees=1.0, noise=0.005, seed=4))
    drive(settings, engine, photo_update(api, content, width, height))
    received, report = api.sent_texts(ADMIN_ID)
    assert received == texts.SCAN_RECEIVED
    edits = [c.params["text"] for c in api.calls_to("editMessageText", chat_id=ADMIN_ID)]
    assert edits and edits[-1] == texts.SCAN_INDEXING.format(pages=1)
    assert "Đã thêm tài liệu" in report and "đọc từ ảnh" in report and "độ tin cậy trung bình" in report
    assert "15/06/2025" in report and "20/11/2025" in report and "60/KH-PNV" in report
    assert len(engine.list_documents()) == 6


@needs_ocr
def test_blurred_photo_gets_the_too_blurred_reply_and_nothing_is_added(api, settings, engine):
    content, width, height = telegram_photo(ScanStyle(dpi=200, blur_radius=7.0, noise=0.0))
    drive(settings, engine, photo_update(api, content, width, height))
    assert "quá mờ" in api.sent_texts(ADMIN_ID)[-1]
    assert len(engine.list_documents()) == 5


def test_non_admin_photo_is_refused_and_not_downloaded(api, settings, engine):
    drive(settings, engine, photo_update(api, b"\xff\xd8\xff\xe0", 10, 10, user_id=USER_ID))
    assert api.sent_texts(USER_ID) == [texts.NOT_ADMIN_UPLOAD]
    assert api.calls_to("getFile") == []


@needs_font
def test_photo_without_tesseract_says_how_to_install_it(api, settings, engine, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "empty-bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    content, width, height = telegram_photo(ScanStyle(dpi=150, noise=0.0))
    drive(settings, engine, photo_update(api, content, width, height))
    reply = api.sent_texts(ADMIN_ID)[-1]
    assert "chưa cài" in reply and "tesseract-ocr-vie" in reply
    assert len(engine.list_documents()) == 5
