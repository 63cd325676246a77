"""End to end: the real `qcdc bot` process; an admin sends a plan as a Word 97-2003 .doc and
as a page saved from a portal, and each is reported and answered from at once."""
from __future__ import annotations

import pytest

from tests.support.formats import FIXTURES, needs_antiword
from tests.support.harness import ADMIN_ID, USER_ID
from tests.support.live_bot import live_bot

pytestmark = pytest.mark.e2e


@pytest.fixture
def bot(tmp_path, tmp_path_factory):
    with live_bot(tmp_path, tmp_path_factory.getbasetemp(), now="2025-03-01T09:00") as running:
        yield running


def _send(bot, name: str, content: bytes) -> str:
    mark = bot.api.mark()
    bot.api.queue_update(bot.api.document_message(bot.api.private_chat(ADMIN_ID), bot.api.user(ADMIN_ID),
                                                  content, name))
    return bot.api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, timeout=120,
                                 text_contains="Đã thêm tài liệu").params["text"]


@needs_antiword
def test_admin_sends_a_doc_and_a_saved_web_page(bot):
    report = _send(bot, "KH 27 Sở Tư pháp.doc", (FIXTURES / "ke_hoach_mau.doc").read_bytes())
    assert "27/KH-STP" in report and "28/02/2025" in report and "Sở Tư pháp" in report
    page = (FIXTURES / "ke_hoach_mau_cong_thong_tin.html").read_text(encoding="utf-8")
    report = _send(bot, "ke-hoach-28.htm", page.replace("27/KH-STP", "28/KH-STP").encode("utf-8"))
    assert "28/KH-STP" in report and "20/06/2025" in report
    answer = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID,
                                        "Ban Thanh tra nhân dân Sở Tư pháp báo cáo kết quả giám sát hạn khi nào?"))
    assert "30/11/2025" in answer.params["text"] or "30/11" in answer.params["text"]
