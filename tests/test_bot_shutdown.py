"""Shutdown during long work (#14 item 5, the bot's side): SIGTERM cancels a handler that
waits for an upload, the work's daemon thread does not hold up the exit, and other
updates keep being served while the upload runs."""
from __future__ import annotations

import asyncio
import signal
import threading
import time

import pytest

from bot.background import cancel_long_work, long_work_running, run_long
from tests.support.harness import ADMIN_ID, USER_ID
from tests.support.live_bot import live_bot


def test_long_work_is_cancelled_while_other_work_goes_on():
    release = threading.Event()

    async def scenario():
        waiting = asyncio.create_task(run_long(release.wait, 60))
        await asyncio.sleep(0.05)
        quick = await asyncio.to_thread(lambda: "served")     # the loop and the pool are free
        running = long_work_running()
        assert cancel_long_work() == 1
        with pytest.raises(asyncio.CancelledError):
            await waiting
        return quick, running

    assert asyncio.run(scenario()) == ("served", True)
    release.set()
    deadline = time.monotonic() + 5
    while long_work_running() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not long_work_running()


def test_long_work_passes_results_and_errors_through():
    async def scenario():
        assert await run_long(sum, [1, 2, 3]) == 6
        with pytest.raises(ZeroDivisionError):
            await run_long(lambda: 1 / 0)
    asyncio.run(scenario())


def _big_plan(duties: int = 550) -> bytes:
    lines = ["UBND HUYỆN HÒA THÀNH", "PHÒNG NỘI VỤ", "Số: 77/KH-PNV", "Hòa Thành, ngày 10 tháng 01 năm 2025",
             "KẾ HOẠCH", "Thực hiện Quy chế dân chủ ở cơ sở năm 2025", "I. NỘI DUNG"]
    lines += [f"{i}. Đơn vị số {i} tổ chức hội nghị cán bộ, công chức lần {i}, công khai tài chính, tiếp công "
              f"dân và đối thoại định kỳ với người lao động về chế độ chính sách của đơn vị thứ {i}."
              for i in range(1, duties + 1)]
    lines += ["II. TỔ CHỨC THỰC HIỆN", "Các đơn vị gửi báo cáo về Phòng Nội vụ trước ngày 15/6/2025.",
              "Nơi nhận:", "- Lưu: VT.", "TRƯỞNG PHÒNG"]
    return "\n".join(lines).encode()


@pytest.mark.e2e
@pytest.mark.model
def test_sigterm_during_a_big_upload_stops_the_bot_cleanly(tmp_path, tmp_path_factory):
    """With the real model a 550-duty plan takes many seconds to embed: a question is still
    answered meanwhile, and SIGTERM ends the process cleanly (exit 0, not the SIGKILL that
    BotProcess.stop sends after its timeout); the next start recovers and answers."""
    with live_bot(tmp_path, tmp_path_factory.getbasetemp(), fresh=True, QCDC_EMBED_MODEL="") as bot:
        mark = bot.api.mark()
        bot.api.queue_update(bot.api.document_message(bot.api.private_chat(ADMIN_ID), bot.api.user(ADMIN_ID),
                                                      _big_plan(), "ke-hoach-lon.txt"))
        bot.api.wait_for_call("sendMessage", chat_id=ADMIN_ID, after=mark, timeout=60, text_contains="Đã nhận")
        answer = bot.reply(USER_ID, bot.say(bot.api.private_chat(USER_ID), USER_ID, "Hạn nộp báo cáo năm?"),
                           timeout=60)
        assert "Đã thêm tài liệu" not in " ".join(bot.api.sent_texts(ADMIN_ID))   # still embedding
        assert answer.params["text"]
        bot.process.proc.send_signal(signal.SIGTERM)
        assert bot.process.stop(timeout=15) == 0
        bot.process.start()
        again = bot.api.mark()
        bot.api.wait_for_call("getUpdates", after=again, timeout=120)
        listing = bot.reply(ADMIN_ID, bot.say(bot.api.private_chat(ADMIN_ID), ADMIN_ID, "/tailieu"), timeout=60)
        assert "(5)" in listing.params["text"] or "(6)" in listing.params["text"]
