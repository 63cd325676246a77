"""The reminder feature as one service over the engine's database: what the bot and
the CLI call, so that neither ever holds a database handle.

Each method is the function of the same name in `reminders` / `reminder_ledger`,
bound to this engine's database.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Iterable

from . import reminder_ledger, reminders
from .reminder_rows import Digest, LedgerRow, Subscription

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Engine


class ReminderService:
    """Subscriptions, digests and the ledger of one Engine."""

    def __init__(self, engine: "Engine") -> None:
        self._engine = engine
        self._db = engine.store.db

    # -- subscriptions
    def get_subscription(self, chat_id: int) -> Subscription | None:
        """The chat's subscription (active or not), or None."""
        return reminders.get_subscription(self._db, chat_id)

    def subscribe(self, chat_id: int, keyword: str | None = None, *, remind_time: str = "07:30",
                  now: datetime | None = None) -> Subscription:
        """Turn reminders on for a chat (see `reminders.subscribe`)."""
        return reminders.subscribe(self._db, chat_id, keyword, remind_time=remind_time, now=now)

    def unsubscribe(self, chat_id: int, *, now: datetime | None = None) -> bool:
        """Turn a chat's reminders off; False if it had none."""
        return reminders.unsubscribe(self._db, chat_id, now=now)

    def set_time(self, chat_id: int, remind_time: str, *, now: datetime | None = None) -> Subscription:
        """Move a chat's reminder to another time of day."""
        return reminders.set_time(self._db, chat_id, remind_time, now=now)

    def list_subscriptions(self, *, active_only: bool = True) -> list[Subscription]:
        """All subscriptions, active ones only by default."""
        return reminders.list_subscriptions(self._db, active_only=active_only)

    def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> Subscription | None:
        """A group became a supergroup: move its subscription and ledger."""
        return reminders.migrate_chat(self._db, old_chat_id, new_chat_id)

    # -- digests and the ledger
    def due_reminders(self, chat_id: int, today: date, *, offsets: Iterable[int] | None = None,
                      keyword: str | None = None, use_subscription: bool = True) -> Digest:
        """What the chat should be told on `today` (ignores the ledger)."""
        return reminders.due_reminders(self._engine, chat_id, today, offsets=offsets, keyword=keyword,
                                       use_subscription=use_subscription)

    def claim(self, digest: Digest, *, late: bool = False, now: datetime | None = None) -> Digest:
        """Claim a digest for sending (pending); returns the part nobody sent or is sending."""
        return reminder_ledger.claim(self._db, digest, late=late, now=now)

    def confirm(self, digest: Digest) -> None:
        """Telegram confirmed the send."""
        reminder_ledger.confirm(self._db, digest)

    def release(self, digest: Digest) -> None:
        """The send is known to have failed; a later attempt may claim it."""
        reminder_ledger.release(self._db, digest)

    def pending(self, digest: Digest) -> Digest:
        """The digest without what was sent or is being sent (read-only)."""
        return reminder_ledger.pending(self._db, digest)

    def stuck_digests(self, *, now: datetime | None = None) -> list[Digest]:
        """Take over claims left unconfirmed by a previous run, as late digests."""
        return reminder_ledger.stuck_digests(self._engine, now=now)

    def ledger_rows(self, chat_id: int | None = None) -> list[LedgerRow]:
        """Ledger rows (tests and diagnostics)."""
        return reminders.ledger_rows(self._db, chat_id)

    def render_dry_run(self, day: date, chat_id: int | None = None) -> str:
        """What each subscribed chat would receive on `day`, sending nothing."""
        return reminders.render_dry_run(self._engine, day, chat_id=chat_id)
