"""A follow-up that reaches the bot while the answer it follows is still going out is read
in that answer's context: the questions of one chat are answered one at a time (in
process, against the Bot API stand-in, the clock at 10/5/2024)."""
from __future__ import annotations

import asyncio
from datetime import datetime

from index import clock
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.harness import USER_ID, feed, running_app

#: The city plan: 6-month report by 20/5/2024, annual by 30/10/2024; the agriculture
#: plan's annual report, which the follow-up's words alone find, is due 10/11.
SIX_MONTHS = "Hạn nộp báo cáo 6 tháng của UBND thành phố là khi nào?"
AND_ANNUAL = "còn báo cáo năm thì sao?"


def test_a_follow_up_sent_while_the_answer_goes_out_keeps_its_plan(api, settings, engine) -> None:
    chat, user = api.private_chat(USER_ID), api.user(USER_ID)
    api.fail("sendMessage", "delay", delay=0.5, chat_id=USER_ID)   # the first answer is slow to arrive

    async def scenario() -> None:
        async with running_app(settings, engine) as app:
            first = asyncio.create_task(feed(app, api.message(chat, user, SIX_MONTHS)))
            while not api.calls_to("sendMessage", chat_id=USER_ID):   # the answer is on its way
                await asyncio.sleep(0.01)
            await feed(app, api.message(chat, user, AND_ANNUAL))
            await first

    with clock.frozen(datetime(2024, 5, 10, 9, 0)):
        asyncio.run(scenario())
    first, follow_up = api.sent_texts(USER_ID)
    assert "20/5/2024" in first
    assert "30/10/2024" in follow_up and "10/11" not in follow_up
