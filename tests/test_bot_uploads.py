"""Plans sent to the bot as files: an admin's upload is read, indexed and answered from; others',
too big or wrong ones are refused before the download; a bad file gets the engine's message and
changes nothing. The real Application against the Bot API stand-in (tests/support/harness.py)."""
from __future__ import annotations

import pytest

from bot import texts
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.harness import ADMIN_ID, GROUP, USER_ID, assert_valid_html, drive, only_text, private
from tests.support.plans import plan_docx


def upload(api, content: bytes, name: str, user_id: int = ADMIN_ID, **kw) -> dict:
    return api.document_message(api.private_chat(user_id), api.user(user_id), content, name, **kw)


def test_admin_uploads_a_docx_and_can_ask_about_it(api, settings, engine):
    from datetime import date

    drive(settings, engine, upload(api, plan_docx(date(2026, 6, 15)), "KH 15 QCDC Sở Tài chính.docx"))
    received, report = api.sent_texts(ADMIN_ID)
    assert "đang đọc" in received
    assert_valid_html(report)
    for expected in ("Đã thêm tài liệu", "năm 2026 tại Sở Tài chính", "Cơ quan ban hành:",
                     "Cơ quan chủ quản: UBND tỉnh Tây Ninh", "Năm: 2026",
                     "15/KH-STC", "15/06/2026", "Sở Nội vụ"):
        assert expected.lower() in report.lower(), expected
    assert len(api.calls_to("getFile")) == 1 and len(api.calls_to("download")) == 1
    assert len(engine.list_documents()) == 6
    drive(settings, engine, private(api, "Sở Tài chính phải gửi báo cáo quy chế dân chủ cho ai, hạn khi nào?"))
    assert "15/06/2026" in api.sent_texts(USER_ID)[0] or "15/6/2026" in api.sent_texts(USER_ID)[0]


def test_upload_with_same_number_replaces_the_old_plan(api, settings, engine):
    from datetime import date

    drive(settings, engine, upload(api, plan_docx(date(2026, 6, 15)), "a.docx"),
          upload(api, plan_docx(date(2026, 7, 1)), "b.docx"))
    report = api.sent_texts(ADMIN_ID)[-1]
    assert "Thay thế:" in report and "01/07/2026" in report
    assert len(engine.list_documents()) == 6


def test_non_admin_upload_is_refused_and_not_downloaded(api, settings, engine):
    from datetime import date

    drive(settings, engine, upload(api, plan_docx(date(2026, 6, 15)), "kh.docx", user_id=USER_ID))
    assert only_text(api, USER_ID) == texts.NOT_ADMIN_UPLOAD
    assert api.calls_to("getFile") == [] and len(engine.list_documents()) == 5


def test_too_big_or_wrong_type_is_refused_before_download(api, settings, engine):
    drive(settings, engine, upload(api, b"x", "big.pdf", file_size=25 * 1024 * 1024),
          upload(api, b"MZ", "virus.exe"))
    too_big, wrong = api.sent_texts(ADMIN_ID)
    assert "quá lớn (25.0 MB" in too_big and "virus.exe" in wrong and ".docx" in wrong
    assert api.calls_to("getFile") == []


@pytest.mark.parametrize("content, name, message", [
    (b"PK\x03\x04 not really a zip", "hong.docx", "hỏng"),
    (b"", "rong.txt", "rỗng"),
    (b"%PDF-1.4 garbage", "hong.pdf", ""),
])
def test_bad_files_get_the_engine_message_and_change_nothing(api, settings, engine, content, name, message):
    before = [d.id for d in engine.list_documents()]
    drive(settings, engine, upload(api, content, name))
    reply = api.sent_texts(ADMIN_ID)[-1]
    assert message in reply and "Đã thêm" not in reply and "Xin lỗi" not in reply
    assert [d.id for d in engine.list_documents()] == before
    drive(settings, engine, private(api, "Ai là cơ quan thường trực?"))
    assert "Phòng Nội vụ" in api.sent_texts(USER_ID)[-1]


def test_download_failure_is_reported(api, settings, engine):
    api.fail("getFile", status=400, description="Bad Request: file is too big")
    drive(settings, engine, upload(api, b"abc", "kh.txt"))
    assert api.sent_texts(ADMIN_ID)[-1] == texts.UPLOAD_DOWNLOAD_FAILED


def test_documents_in_groups_are_ignored(api, settings, engine):
    update = api.document_message(api.group_chat(GROUP), api.user(ADMIN_ID), b"abc", "kh.txt")
    drive(settings, engine, update)
    assert api.sent_texts(GROUP) == [] and api.calls_to("getFile") == []
