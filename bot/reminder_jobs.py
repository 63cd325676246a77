"""Morning reminders over Telegram: the daily jobs, late sends at startup, and the one
delivery path that both the bot and `qcdc remind` use.

Delivery = `reminders.due_reminders` → `reminders.claim` (ledger rows written pending
before the send) → send → `reminders.confirm` (sent) once Telegram answers, or
`reminders.release` (failed) when it is known not delivered, with one retry later. No
answer in time leaves the rows pending (it may have arrived: never retried blindly);
the next start-up resends what is still pending, marked late. A chat that removed the
bot is unsubscribed; a group that became a supergroup is migrated.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from telegram import Bot
from telegram.error import (BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError,
                            TimedOut)
from telegram.ext import Application, ContextTypes, Job, JobQueue

from index import clock, reminders
from index.config import Settings
from index.errors import BotNotConfiguredError, TokenRefusedError

from .formatting import format_reminder
from .keyboards import reminder_keyboard
from .sending import send_long
from .services import ENGINE_KEY, SETTINGS_KEY, get_engine, get_settings

if TYPE_CHECKING:
    from index.engine import Engine

logger = logging.getLogger("qcdc.bot.reminders")

JOB_PREFIX = "remind:"
RETRY_PREFIX = "remind-retry:"
#: After a network error the reminder is tried once more, this much later.
RETRY_DELAY_SECONDS = 300
#: How long a reminder send waits for Telegram's answer: a slow answer still confirms the
#: send (so it is not repeated); past this the outcome is unknown.
SEND_READ_TIMEOUT = 30.0
#: A daily job may run this late (event loop busy, clock jump) and still fire.
MISFIRE_GRACE_SECONDS = 600


class Outcome(Enum):
    """What happened when a chat's reminder was delivered."""

    SENT = "sent"
    NOTHING = "nothing"        # nothing due, or the ledger says it was already sent
    RETRY = "retry"            # network error: released, should be tried again
    GONE = "gone"              # bot removed / blocked: subscription dropped
    MIGRATED = "migrated"      # group became a supergroup: moved, then delivered there
    UNKNOWN = "unknown"        # no answer in time: left pending, resent late at start-up


@dataclass
class Delivery:
    """The result of `deliver_reminder`."""

    outcome: Outcome
    chat_id: int
    new_chat_id: int | None = None
    sent: bool = False


def job_name(chat_id: int) -> str:
    """Jobs are named after the chat, so rescheduling replaces instead of duplicating."""
    return f"{JOB_PREFIX}{chat_id}"


# --------------------------------------------------------------------------- delivery
async def deliver_reminder(bot: Bot, engine: Engine, chat_id: int, day: date, *, late: bool = False,
                           _migrated: bool = False) -> Delivery:
    """Send a chat its reminder for `day` unless the ledger says it already went out."""
    digest = await asyncio.to_thread(engine.reminders.due_reminders, chat_id, day)
    claimed = await asyncio.to_thread(engine.reminders.claim, digest, late=late)
    if claimed.empty:
        return Delivery(Outcome.NOTHING, chat_id)
    return await send_claimed(bot, engine, claimed, _migrated=_migrated)


async def send_claimed(bot: Bot, engine: Engine, claimed: reminders.Digest, *, _migrated: bool = False) -> Delivery:
    """Send a digest the caller claimed, and record the outcome in the ledger."""
    service, chat_id, day, late = engine.reminders, claimed.chat_id, claimed.day, claimed.late
    parts: list = []
    try:
        await send_long(bot, chat_id, format_reminder(claimed), reply_markup=reminder_keyboard(claimed),
                        read_timeout=SEND_READ_TIMEOUT, sent=parts)
    except ChatMigrated as exc:
        await asyncio.to_thread(service.release, claimed)
        new_id = int(exc.new_chat_id)
        logger.warning("chat %s migrated to %s; moving its subscription", chat_id, new_id)
        await asyncio.to_thread(service.migrate_chat, chat_id, new_id)
        if _migrated:  # a second migration in a row: give up for today
            return Delivery(Outcome.MIGRATED, chat_id, new_chat_id=new_id)
        again = await deliver_reminder(bot, engine, new_id, day, late=late, _migrated=True)
        return Delivery(Outcome.MIGRATED, chat_id, new_chat_id=new_id, sent=again.sent)
    except Forbidden as exc:
        await asyncio.to_thread(service.release, claimed)
        logger.warning("bot cannot write to chat %s (%s); dropping its subscription", chat_id, exc.message)
        await asyncio.to_thread(service.unsubscribe, chat_id)
        return Delivery(Outcome.GONE, chat_id)
    except BadRequest as exc:
        await asyncio.to_thread(service.release, claimed)
        if "chat not found" in exc.message.lower():
            logger.warning("chat %s not found; dropping its subscription", chat_id)
            await asyncio.to_thread(service.unsubscribe, chat_id)
            return Delivery(Outcome.GONE, chat_id)
        raise
    except TimedOut as exc:
        if parts:   # the chat has the beginning: resending would repeat it
            await asyncio.to_thread(service.confirm, claimed)
            return Delivery(Outcome.SENT, chat_id, sent=True)
        # the request went out and Telegram did not answer: it may have been delivered,
        # so the rows stay pending rather than being retried (start-up resends them late)
        logger.warning("reminder to %s: no answer in time (%s); outcome unknown", chat_id, exc)
        return Delivery(Outcome.UNKNOWN, chat_id)
    except (NetworkError, RetryAfter) as exc:
        if parts:
            await asyncio.to_thread(service.confirm, claimed)
            return Delivery(Outcome.SENT, chat_id, sent=True)
        # Telegram refused it or the connection failed: known not delivered, retry later
        await asyncio.to_thread(service.release, claimed)
        logger.warning("reminder to %s failed (%s); will retry", chat_id, exc)
        return Delivery(Outcome.RETRY, chat_id)
    await asyncio.to_thread(service.confirm, claimed)
    return Delivery(Outcome.SENT, chat_id, sent=True)


# --------------------------------------------------------------------------- jobs
def next_due(subscription: reminders.Subscription, now: datetime, tz: str) -> datetime:
    """The next moment the chat's reminder is due, strictly after `now`."""
    local = now.astimezone(ZoneInfo(tz))
    due = reminders.due_datetime(subscription, local.date(), tz)
    return due if due > local else reminders.due_datetime(subscription, local.date() + timedelta(days=1), tz)


def schedule_chat(job_queue: JobQueue, subscription: reminders.Subscription, tz: str) -> Job:
    """(Re)schedule a chat's next reminder, replacing any previous job. The moment comes
    from the product's clock (QCDC_NOW in tests), not the scheduler's wall clock; each
    run schedules the next day's."""
    unschedule_chat(job_queue, subscription.chat_id)
    now = clock.now(tz)
    due = next_due(subscription, now, tz)
    return job_queue.run_once(
        reminder_job, (due - now).total_seconds(), name=job_name(subscription.chat_id),
        chat_id=subscription.chat_id, data={"retry": False, "day": due.date().isoformat()},
        job_kwargs={"misfire_grace_time": MISFIRE_GRACE_SECONDS, "coalesce": True})


def unschedule_chat(job_queue: JobQueue, chat_id: int) -> None:
    """Remove a chat's daily job and pending retry, if any."""
    for name in (job_name(chat_id), f"{RETRY_PREFIX}{chat_id}"):
        for job in job_queue.get_jobs_by_name(name):
            job.schedule_removal()


async def _after_delivery(application: Application, result: Delivery, *, day: date, retried: bool) -> None:
    """Keep the job queue in step with what delivery learned about the chat."""
    job_queue = application.job_queue
    settings: Settings = application.bot_data[SETTINGS_KEY]
    if result.outcome is Outcome.GONE:
        unschedule_chat(job_queue, result.chat_id)
    elif result.outcome is Outcome.MIGRATED and result.new_chat_id is not None:
        unschedule_chat(job_queue, result.chat_id)
        engine = application.bot_data[ENGINE_KEY]
        sub = await asyncio.to_thread(engine.reminders.get_subscription, result.new_chat_id)
        if sub is not None and sub.active:
            schedule_chat(job_queue, sub, settings.timezone)
    elif result.outcome is Outcome.RETRY and not retried:
        job_queue.run_once(reminder_job, RETRY_DELAY_SECONDS, name=f"{RETRY_PREFIX}{result.chat_id}",
                           chat_id=result.chat_id, data={"retry": True, "day": day.isoformat()})


async def reminder_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """One chat's reminder of the day (or its single retry after a network error)."""
    job = context.job
    data = job.data if isinstance(job.data, dict) else {}
    settings = get_settings(context)
    retried = bool(data.get("retry"))
    day = date.fromisoformat(data["day"]) if data.get("day") else clock.today(settings.timezone)
    engine = get_engine(context)
    if not retried:   # tomorrow's first: a retry scheduled below must survive it
        sub = await asyncio.to_thread(engine.reminders.get_subscription, job.chat_id)
        if sub is not None and sub.active:
            schedule_chat(context.job_queue, sub, settings.timezone)
    result = await deliver_reminder(context.bot, engine, job.chat_id, day)
    await _after_delivery(context.application, result, day=day, retried=retried)


async def restore_jobs(application: Application) -> int:
    """Schedule every active subscription from SQLite (at startup); returns how many."""
    engine = application.bot_data[ENGINE_KEY]
    settings: Settings = application.bot_data[SETTINGS_KEY]
    subs = await asyncio.to_thread(engine.reminders.list_subscriptions)
    for sub in subs:
        schedule_chat(application.job_queue, sub, settings.timezone)
    return len(subs)


async def send_missed_reminders(application: Application, now: datetime | None = None) -> int:
    """At startup: send, marked "(gửi muộn)", today's reminders whose time passed while
    the bot was down. The ledger keeps the ones already sent from going out twice."""
    engine = application.bot_data[ENGINE_KEY]
    settings: Settings = application.bot_data[SETTINGS_KEY]
    now = now or clock.now(settings.timezone)
    today = now.astimezone(ZoneInfo(settings.timezone)).date()
    sent = 0
    # first what a previous run claimed and never confirmed (it died, or got no answer)
    for digest in await asyncio.to_thread(engine.reminders.stuck_digests, now=now):
        try:
            result = await send_claimed(application.bot, engine, digest)
        except TelegramError:
            logger.exception("late reminder to %s failed", digest.chat_id)
            continue
        await _after_delivery(application, result, day=digest.day, retried=False)
        sent += int(result.sent)
    for sub in await asyncio.to_thread(engine.reminders.list_subscriptions):
        if not reminders.missed_today(sub, now, settings.timezone):
            continue
        try:
            result = await deliver_reminder(application.bot, engine, sub.chat_id, today, late=True)
        except TelegramError:
            logger.exception("late reminder to %s failed", sub.chat_id)
            continue
        await _after_delivery(application, result, day=today, retried=False)
        sent += int(result.sent)
    return sent


# --------------------------------------------------------------------------- CLI path
async def _send_all(settings: Settings, day: date, chat_id: int | None) -> int:
    from index.engine import Engine

    engine = Engine(settings)
    try:
        await asyncio.to_thread(engine.ensure_index)
        subs = await asyncio.to_thread(engine.reminders.list_subscriptions)
        targets = [s.chat_id for s in subs if chat_id is None or s.chat_id == chat_id]
        if chat_id is not None and not targets:
            targets = [chat_id]
        bot = Bot(settings.telegram_token, base_url=settings.telegram_api_base_url,
                  base_file_url=settings.telegram_api_file_url)
        sent = 0
        try:
            async with bot:
                for target in targets:
                    result = await deliver_reminder(bot, engine, target, day)
                    sent += int(result.sent)
        except InvalidToken:   # its text quotes the token
            raise TokenRefusedError("the Bot API refused the token") from None
        return sent
    finally:
        engine.close()


def send_reminders_once(settings: Settings, day: date, chat_id: int | None = None) -> int:
    """Send `day`'s reminders now to every subscribed chat (or just `chat_id`), through
    the same path as the bot's daily job, and return how many messages went out.
    Used by `qcdc remind --date ... ` without --dry-run."""
    if not settings.telegram_token:
        raise BotNotConfiguredError("no token")
    return asyncio.run(_send_all(settings, day, chat_id))
