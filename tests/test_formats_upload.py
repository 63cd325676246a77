"""An admin sends a plan as .doc, .odt or a saved web page (in process, against the Bot API
stand-in): the reply reports what the .docx of the same plan gives; a damaged file, a
machine without antiword and an unknown format each get a clear Vietnamese reply."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import texts
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.harness import ADMIN_ID, USER_ID, drive
from tests.support.formats import FIXTURES, needs_antiword


def upload(api, name: str, content: bytes | None = None, user_id: int = ADMIN_ID) -> dict:
    data = (FIXTURES / name).read_bytes() if content is None else content
    return api.document_message(api.private_chat(user_id), api.user(user_id), data, name)


def ask(api, text: str) -> dict:
    return api.message(api.private_chat(USER_ID), api.user(USER_ID), text=text)


@pytest.mark.parametrize("name", [pytest.param("ke_hoach_mau.doc", marks=needs_antiword), "ke_hoach_mau.odt",
                                  "ke_hoach_mau_cong_thong_tin.html", "ke_hoach_mau.rtf"])
def test_admin_sends_a_plan_in_another_format_and_it_is_answered(api, settings, engine, name: str):
    drive(settings, engine, upload(api, name))
    received, report = api.sent_texts(ADMIN_ID)
    assert "đang đọc" in received
    for expected in ("Đã thêm tài liệu", "27/KH-STP", "Sở Tư pháp", "28/02/2025", "20/06/2025", "30/11/2025"):
        assert expected in report, expected
    assert len(engine.list_documents()) == 6
    drive(settings, engine, ask(api, "Văn phòng Sở Tư pháp gửi báo cáo 6 tháng cho UBND tỉnh hạn khi nào?"))
    answer = api.sent_texts(USER_ID)[-1]
    assert "20/6/2025" in answer or "20/06/2025" in answer


def test_a_doc_without_antiword_says_what_to_send_and_adds_nothing(api, settings, engine, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "empty-bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    drive(settings, engine, upload(api, "ke_hoach_mau.doc"))
    reply = api.sent_texts(ADMIN_ID)[-1]
    assert "chưa cài" in reply and ".docx" in reply and ".pdf" in reply and "Xin lỗi" not in reply
    assert len(engine.list_documents()) == 5


def test_a_damaged_odt_is_refused_and_the_index_keeps_answering(api, settings, engine):
    damaged = (FIXTURES / "ke_hoach_mau.odt").read_bytes()[:2500]
    drive(settings, engine, upload(api, "hong.odt", damaged))
    reply = api.sent_texts(ADMIN_ID)[-1]
    assert "hỏng" in reply and "Đã thêm" not in reply and "Xin lỗi" not in reply
    assert len(engine.list_documents()) == 5
    drive(settings, engine, ask(api, "Ai là cơ quan thường trực?"))
    assert "Phòng Nội vụ" in api.sent_texts(USER_ID)[-1]


def test_an_unknown_format_is_refused_with_the_list_of_formats(api, settings, engine):
    drive(settings, engine, upload(api, "bang-tinh.xlsx", b"PK\x03\x04"))
    reply = api.sent_texts(ADMIN_ID)[-1]
    assert reply == texts.UPLOAD_WRONG_TYPE.format(name="bang-tinh.xlsx")
    assert all(s in reply for s in (".docx", ".doc,", ".odt", ".rtf", ".html", ".pdf"))
    assert api.calls_to("getFile") == []
