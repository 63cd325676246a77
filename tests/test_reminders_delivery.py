"""bot/reminder_jobs.py against the Bot API stand-in, with a frozen clock: delivery,
ledger across restarts, the late send at startup, network failures, a bot removed from
its group, a group that became a supergroup, job scheduling, and the CLI send path."""
from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import reminder_jobs
from bot.reminder_jobs import Outcome, deliver_reminder
from index import clock, reminders
from index.engine import Engine
from tests.botapi_standin import BotApiStandIn
from tests.support.bot_fixtures import api, engine, settings  # noqa: F401 (fixtures)
from tests.support.harness import running_app

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DUE = date(2024, 5, 20)
WEEK_BEFORE = DUE - timedelta(days=7)
GROUP = -100
SUPERGROUP = -1001234567890




def run(coro):
    return asyncio.run(coro)


def reminder_texts(api: BotApiStandIn, chat_id: int) -> list[str]:
    return [t for t in api.sent_texts(chat_id) if "Nhắc hạn" in t]


# --------------------------------------------------------------------------- delivery
def test_delivery_sends_once_even_after_restart(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP)

    async def scenario():
        async with running_app(settings, engine) as app:
            first = await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)
            second = await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)
            return first, second

    first, second = run(scenario())
    assert first.outcome is Outcome.SENT and second.outcome is Outcome.NOTHING
    texts = reminder_texts(api, GROUP)
    assert len(texts) == 1
    assert "13/05/2024" in texts[0] and "20/05/2024" in texts[0] and "còn 7 ngày" in texts[0]
    assert "gửi muộn" not in texts[0]

    restarted = Engine(settings)
    try:
        async def after_restart():
            async with running_app(settings, restarted) as app:
                return await deliver_reminder(app.bot, restarted, GROUP, WEEK_BEFORE)
        assert run(after_restart()).outcome is Outcome.NOTHING
    finally:
        restarted.close()
    assert len(reminder_texts(api, GROUP)) == 1


def test_network_error_releases_the_claim_for_one_retry(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP)
    api.fail("sendMessage", status=500, chat_id=GROUP)

    async def scenario():
        async with running_app(settings, engine) as app:
            failed = await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)
            ledger_after_failure = reminders.ledger_rows(engine.store.db, GROUP)
            retried = await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)
            return failed, ledger_after_failure, retried

    failed, ledger_after_failure, retried = run(scenario())
    assert failed.outcome is Outcome.RETRY and {r.status for r in ledger_after_failure} == {"failed"}
    assert retried.outcome is Outcome.SENT
    assert len(reminder_texts(api, GROUP)) == 1


def test_dropped_connection_is_a_network_error_too(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP)
    api.fail("sendMessage", "drop", chat_id=GROUP)

    async def scenario():
        async with running_app(settings, engine) as app:
            return await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)

    assert run(scenario()).outcome is Outcome.RETRY
    assert {r.status for r in reminders.ledger_rows(engine.store.db, GROUP)} == {"failed"}


def test_rate_limit_is_waited_out(api, settings, engine, monkeypatch):
    import types

    from telegram.ext import _aioratelimiter

    reminders.subscribe(engine.store.db, GROUP)
    api.fail_rate_limited(retry_after=1, chat_id=GROUP)
    # the rate limiter's wait is recorded, not sat out (it would be Telegram's retry_after)
    waits: list[float] = []

    async def recorded_sleep(seconds: float) -> None:
        waits.append(seconds)

    patched = {name: getattr(asyncio, name) for name in dir(asyncio) if not name.startswith("_")}
    monkeypatch.setattr(_aioratelimiter, "asyncio", types.SimpleNamespace(**{**patched, "sleep": recorded_sleep}))

    async def scenario():
        async with running_app(settings, engine) as app:
            return await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)

    assert run(scenario()).outcome is Outcome.SENT
    assert len(api.calls_to("sendMessage", chat_id=GROUP)) == 2   # the 429, then the retry
    assert waits and waits[0] >= 1                                 # after the retry_after asked for


def test_bot_kicked_from_group_drops_the_subscription(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP)
    api.fail_kicked(GROUP)

    async def scenario():
        async with running_app(settings, engine) as app:
            reminder_jobs.schedule_chat(app.job_queue, reminders.get_subscription(engine.store.db, GROUP), "Asia/Ho_Chi_Minh")
            result = await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)
            await reminder_jobs._after_delivery(app, result, day=WEEK_BEFORE, retried=False)
            await asyncio.sleep(0)
            return result, [j.name for j in app.job_queue.jobs()]

    result, jobs = run(scenario())
    assert result.outcome is Outcome.GONE
    assert reminders.list_subscriptions(engine.store.db) == []
    assert {r.status for r in reminders.ledger_rows(engine.store.db, GROUP)} == {"failed"}
    assert f"remind:{GROUP}" not in jobs


def test_group_upgraded_to_supergroup_is_followed(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP, remind_time="06:30")
    api.fail_migrated(GROUP, SUPERGROUP)

    async def scenario():
        async with running_app(settings, engine) as app:
            result = await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)
            await reminder_jobs._after_delivery(app, result, day=WEEK_BEFORE, retried=False)
            return result, [j.name for j in app.job_queue.jobs()]

    result, jobs = run(scenario())
    assert result.outcome is Outcome.MIGRATED and result.new_chat_id == SUPERGROUP and result.sent
    assert len(reminder_texts(api, SUPERGROUP)) == 1
    assert [s.chat_id for s in reminders.list_subscriptions(engine.store.db)] == [SUPERGROUP]
    assert f"remind:{SUPERGROUP}" in jobs


# --------------------------------------------------------------------------- jobs
def test_jobs_are_named_after_the_chat_and_replaced(api, settings, engine):
    sub = reminders.subscribe(engine.store.db, GROUP)

    async def scenario():
        async with running_app(settings, engine) as app:
            with clock.frozen(datetime(2024, 5, 13, 9, 0, tzinfo=VN)):
                reminder_jobs.schedule_chat(app.job_queue, sub, "Asia/Ho_Chi_Minh")
                moved = reminders.set_time(engine.store.db, GROUP, "09:45")
                reminder_jobs.schedule_chat(app.job_queue, moved, "Asia/Ho_Chi_Minh")
            await asyncio.sleep(0)
            jobs = [j for j in app.job_queue.jobs() if not j.removed]
            return [(j.name, j.data) for j in jobs]

    jobs = run(scenario())
    assert [name for name, _ in jobs] == [f"remind:{GROUP}"]
    assert jobs[0][1] == {"retry": False, "day": "2024-05-13"}     # 09:45 is still ahead that day


def test_the_next_reminder_moment_follows_the_products_clock():
    sub = reminders.Subscription(chat_id=GROUP, keyword=None, remind_time="07:30", created_at="", updated_at="")
    before = datetime(2024, 5, 13, 7, 29, 50, tzinfo=VN)
    assert reminder_jobs.next_due(sub, before, "Asia/Ho_Chi_Minh") == datetime(2024, 5, 13, 7, 30, tzinfo=VN)
    at = datetime(2024, 5, 13, 7, 30, tzinfo=VN)
    assert reminder_jobs.next_due(sub, at, "Asia/Ho_Chi_Minh") == datetime(2024, 5, 14, 7, 30, tzinfo=VN)


def test_jobs_are_rebuilt_from_sqlite_at_startup(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP)
    reminders.set_time(engine.store.db, -200, "06:00")
    reminders.subscribe(engine.store.db, -300)
    reminders.unsubscribe(engine.store.db, -300)

    async def scenario():
        async with running_app(settings, engine) as app:
            count = await reminder_jobs.restore_jobs(app)
            return count, sorted(j.name for j in app.job_queue.jobs())

    count, names = run(scenario())
    assert count == 2 and names == ["remind:-100", "remind:-200"]


def test_missed_reminder_is_sent_late_at_startup_and_only_once(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP, now=datetime(2024, 5, 12, 15, 0, tzinfo=VN))
    reminders.subscribe(engine.store.db, -200, now=datetime(2024, 5, 13, 9, 0, tzinfo=VN))   # after 07:30
    startup = datetime(2024, 5, 13, 10, 5, tzinfo=VN)

    async def scenario():
        async with running_app(settings, engine) as app:
            first = await reminder_jobs.send_missed_reminders(app, now=startup)
            second = await reminder_jobs.send_missed_reminders(app, now=startup + timedelta(minutes=1))
            early = await reminder_jobs.send_missed_reminders(app, now=datetime(2024, 5, 14, 6, 0, tzinfo=VN))
            return first, second, early

    assert run(scenario()) == (1, 0, 0)
    texts = reminder_texts(api, GROUP)
    assert len(texts) == 1 and "gửi muộn" in texts[0] and "20/05/2024" in texts[0]
    assert reminder_texts(api, -200) == []
    assert all(r.late == 1 for r in reminders.ledger_rows(engine.store.db, GROUP))


def test_claim_without_a_send_is_resent_late_at_start_up(api, settings, engine):
    # the process died between claiming the reminder and sending it
    reminders.subscribe(engine.store.db, GROUP, now=datetime(2024, 5, 14, 6, 0, tzinfo=VN))
    claimed_at = datetime(2024, 5, 14, 7, 30, tzinfo=VN)
    digest = reminders.due_reminders(engine, GROUP, DUE - timedelta(days=6), offsets=(6,))
    assert reminders.claim(engine.store.db, digest, now=claimed_at).items
    assert {r.status for r in reminders.ledger_rows(engine.store.db, GROUP)} == {"pending"}

    async def startup():
        async with running_app(settings, engine) as app:
            first = await reminder_jobs.send_missed_reminders(app, now=claimed_at + timedelta(minutes=20))
            second = await reminder_jobs.send_missed_reminders(app, now=claimed_at + timedelta(minutes=40))
            return first, second

    assert run(startup()) == (1, 0)
    texts = reminder_texts(api, GROUP)
    assert len(texts) == 1 and "gửi muộn" in texts[0]
    assert {r.status for r in reminders.ledger_rows(engine.store.db, GROUP)} == {"sent"}


def test_reminder_sent_on_time_is_not_resent_late_after_a_restart(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP, now=datetime(2024, 5, 12, 15, 0, tzinfo=VN))

    async def on_time():
        async with running_app(settings, engine) as app:
            return await deliver_reminder(app.bot, engine, GROUP, WEEK_BEFORE)

    assert run(on_time()).sent
    restarted = Engine(settings)
    try:
        async def startup():
            async with running_app(settings, restarted) as app:
                return await reminder_jobs.send_missed_reminders(app, now=datetime(2024, 5, 13, 11, 0, tzinfo=VN))
        assert run(startup()) == 0
    finally:
        restarted.close()
    assert len(reminder_texts(api, GROUP)) == 1


def test_job_callback_schedules_a_single_retry_after_a_network_error(api, settings, engine, monkeypatch):
    reminders.subscribe(engine.store.db, GROUP)
    api.fail("sendMessage", status=502, description="Bad Gateway", chat_id=GROUP, times=2)

    class FrozenDateTime(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2024, 5, 13, 7, 30, tzinfo=VN).astimezone(tz)

    monkeypatch.setattr(reminder_jobs, "datetime", FrozenDateTime)

    class Ctx:
        def __init__(self, app, job):
            self.application, self.bot, self.job, self.job_queue = app, app.bot, job, app.job_queue

    class FakeJob:
        def __init__(self, data):
            self.chat_id, self.data = GROUP, data

    async def scenario():
        async with running_app(settings, engine) as app:
            with clock.frozen(datetime(2024, 5, 13, 7, 30, tzinfo=VN)):
                await reminder_jobs.reminder_job(Ctx(app, FakeJob({"retry": False})))
            retries = app.job_queue.get_jobs_by_name(f"remind-retry:{GROUP}")
            assert len(retries) == 1 and retries[0].data == {"retry": True, "day": "2024-05-13"}
            retries[0].schedule_removal()
            await reminder_jobs.reminder_job(Ctx(app, FakeJob(retries[0].data)))
            return [j for j in app.job_queue.get_jobs_by_name(f"remind-retry:{GROUP}") if not j.removed]

    assert run(scenario()) == []          # the retry failed too: no third attempt
    assert {r.status for r in reminders.ledger_rows(engine.store.db, GROUP)} == {"failed"}


# --------------------------------------------------------------------------- CLI path
def test_send_reminders_once_uses_the_same_path(api, settings, engine):
    reminders.subscribe(engine.store.db, GROUP)
    reminders.subscribe(engine.store.db, -200, "nong nghiep")
    assert reminder_jobs.send_reminders_once(settings, WEEK_BEFORE) == 2
    assert reminder_jobs.send_reminders_once(settings, WEEK_BEFORE) == 0
    only = reminder_texts(api, -200)
    assert len(only) == 1 and "Tây Ninh" not in only[0].split("Lọc theo")[1]
    assert reminder_jobs.send_reminders_once(settings, DUE - timedelta(days=3), chat_id=GROUP) == 1
    assert len(reminder_texts(api, GROUP)) == 2 and len(reminder_texts(api, -200)) == 1


def test_send_reminders_once_needs_a_token(settings):
    from dataclasses import replace

    from index.errors import QcdcError

    with pytest.raises(QcdcError) as info:
        reminder_jobs.send_reminders_once(replace(settings, telegram_token=""), WEEK_BEFORE)
    assert "TELEGRAM_BOT_TOKEN" in info.value.user_message


def test_slow_answer_is_waited_for_and_sent_once(api, settings, engine):
    from telegram import Bot
    from telegram.request import HTTPXRequest

    reminders.subscribe(engine.store.db, GROUP)
    api.fail("sendMessage", "delay", delay=0.8, chat_id=GROUP)

    async def scenario():
        # the bot's default read timeout is shorter than the answer takes
        bot = Bot(settings.telegram_token, base_url=settings.telegram_api_base_url,
                  request=HTTPXRequest(read_timeout=0.2))
        async with bot:
            first = await deliver_reminder(bot, engine, GROUP, WEEK_BEFORE)
            again = await deliver_reminder(bot, engine, GROUP, WEEK_BEFORE)
            return first, again

    first, again = run(scenario())
    assert first.outcome is Outcome.SENT and again.outcome is Outcome.NOTHING
    assert {r.status for r in reminders.ledger_rows(engine.store.db, GROUP)} == {"sent"}
    assert len(reminder_texts(api, GROUP)) == 1


def test_no_answer_in_time_is_not_retried_and_is_resent_late_at_start_up(api, settings, engine, monkeypatch):
    from datetime import datetime, timedelta, timezone

    from telegram import Bot

    reminders.subscribe(engine.store.db, GROUP)
    monkeypatch.setattr(reminder_jobs, "SEND_READ_TIMEOUT", 0.3)
    api.fail("sendMessage", "delay", delay=1.5, chat_id=GROUP, times=1)

    async def scenario():
        bot = Bot(settings.telegram_token, base_url=settings.telegram_api_base_url)
        async with bot:
            first = await deliver_reminder(bot, engine, GROUP, WEEK_BEFORE)
            again = await deliver_reminder(bot, engine, GROUP, WEEK_BEFORE)
            return first, again

    morning = datetime.combine(WEEK_BEFORE, datetime.min.time(), tzinfo=timezone.utc) + timedelta(hours=1)
    with clock.frozen(morning):
        first, again = run(scenario())
    assert first.outcome is Outcome.UNKNOWN and again.outcome is Outcome.NOTHING   # no blind retry
    assert {r.status for r in reminders.ledger_rows(engine.store.db, GROUP)} == {"pending"}
    assert reminders.stuck_digests(engine, now=morning + timedelta(seconds=5)) == []   # still in flight
    later = morning + timedelta(minutes=10)
    stuck = reminders.stuck_digests(engine, now=later)
    assert [d.chat_id for d in stuck] == [GROUP] and stuck[0].late and stuck[0].items
    assert reminders.stuck_digests(engine, now=later) == []       # taken over once, by one caller