"""The reminder ledger: what each chat was told, and the outcome of each send.

Table `reminder_ledger(chat_id, obligation_id, offset_days, due_date, sent_at, late,
status)`, unique on `(chat_id, obligation_id, offset_days, due_date)`; the weekly "every
deadline is past" notice is ledgered as obligation 0, offset -1, due_date = its day.

A row goes `pending` (claimed right before the send) → `sent` (Telegram confirmed it) or
`failed` (Telegram refused it, or the request never left: known not delivered, so a
later attempt may claim it again). A row still `pending` after STUCK_AFTER_SECONDS means
the outcome is unknown: the process died between claim and confirm, or Telegram did not
answer in time. Those are not retried blindly (a slow answer usually means it was
delivered); the bot resends them once at start-up, marked late (`stuck_digests`).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from . import clock
from . import storage_reminders as rows
from .clock import now_iso
from .reminder_rows import STALE_NOTICE_EVERY_DAYS, STALE_OBLIGATION_ID, STALE_OFFSET, Digest, DueItem
from .storage_reminders import FAILED, SENT

if TYPE_CHECKING:  # pragma: no cover
    import sqlite_utils

    from .engine import Engine

#: A claim older than this with no outcome is "stuck" (longer than any send may take).
STUCK_AFTER_SECONDS = 120

def _item_key(digest: Digest, item: DueItem) -> list:
    return [digest.chat_id, item.deadline.obligation_id, item.offset_days, item.deadline.date.isoformat()]


def _stale_key(digest: Digest) -> list:
    return [digest.chat_id, STALE_OBLIGATION_ID, STALE_OFFSET, digest.day.isoformat()]


def _ledger_keys(digest: Digest) -> list[list]:
    keys = [_item_key(digest, i) for i in digest.items if i.deadline.date is not None]
    if digest.stale:
        keys.append(_stale_key(digest))
    return keys


def _stale_notice_recent(db: "sqlite_utils.Database", chat_id: int, day: date) -> bool:
    since = (day - timedelta(days=STALE_NOTICE_EVERY_DAYS - 1)).isoformat()
    return rows.notice_taken_between(db, chat_id, STALE_OBLIGATION_ID, STALE_OFFSET, since, day.isoformat())


def pending(db: "sqlite_utils.Database", digest: Digest) -> Digest:
    """The digest without what the ledger says was sent or is being sent (read-only,
    for dry runs)."""
    fresh = [i for i in digest.items if i.deadline.date is None or not rows.is_taken(db, _item_key(digest, i))]
    stale = digest.stale and not _stale_notice_recent(db, digest.chat_id, digest.day)
    return replace(digest, items=fresh, stale=stale,
                   already_sent=digest.already_sent + len(digest.items) - len(fresh))


def claim(db: "sqlite_utils.Database", digest: Digest, *, late: bool = False,
          now: datetime | None = None) -> Digest:
    """Record in the ledger, atomically, that this digest is being sent (pending), and
    return only the part nobody sent or is sending. Call it right before sending, then
    `confirm` or `release`. Two processes claiming the same digest at once: exactly one
    of them gets each item."""
    stamp = now_iso(now)
    # One statement per item, no explicit transaction: the engine shares this connection
    # across threads, and each INSERT OR IGNORE / UPDATE is atomic on its own, which is
    # all that "exactly once" needs.
    kept = [i for i in digest.items
            if i.deadline.date is not None and rows.claim_key(db, _item_key(digest, i), stamp, late)]
    stale = bool(digest.stale and not _stale_notice_recent(db, digest.chat_id, digest.day)
                 and rows.claim_key(db, _stale_key(digest), stamp, late))
    return replace(digest, items=kept, stale=stale, late=late,
                   already_sent=digest.already_sent + len(digest.items) - len(kept))


def _set_status(db: "sqlite_utils.Database", digest: Digest, status: str) -> None:
    for key in _ledger_keys(digest):
        rows.set_status(db, key, status)


def confirm(db: "sqlite_utils.Database", digest: Digest) -> None:
    """Telegram confirmed the send of a claimed digest: its rows are sent."""
    _set_status(db, digest, SENT)


def release(db: "sqlite_utils.Database", digest: Digest) -> None:
    """The send of a claimed digest is known to have failed: a later attempt may claim it."""
    _set_status(db, digest, FAILED)


def stuck_digests(engine: "Engine", *, now: datetime | None = None,
                  older_than: float = STUCK_AFTER_SECONDS) -> list[Digest]:
    """Take over the claims left pending for longer than `older_than` seconds whose
    deadline is not past, and return them as late digests to send (then `confirm` or
    `release` them). Each stuck row is taken by one caller only."""
    db = engine.store.db
    moment = now or clock.now()
    cutoff = now_iso(moment - timedelta(seconds=older_than))
    today = moment.astimezone(clock.now().tzinfo).date().isoformat()
    claims = rows.unconfirmed_claims(db, cutoff, today, STALE_OBLIGATION_ID)
    stamp = now_iso(moment)
    by_id = {d.obligation_id: d for d in engine.deadlines(dated_only=True)}
    digests: dict[tuple[int, str], Digest] = {}
    for chat_id, obligation_id, offset, due, claimed_at in claims:
        if not rows.take_over(db, [chat_id, obligation_id, offset, due], claimed_at, stamp):
            continue   # another process took it over first
        stale = obligation_id == STALE_OBLIGATION_ID and offset == STALE_OFFSET
        day = date.fromisoformat(due) if stale else date.fromisoformat(due) - timedelta(days=offset)
        digest = digests.setdefault((chat_id, day.isoformat()), Digest(chat_id=chat_id, day=day, keyword=None,
                                                                       late=True))
        deadline = by_id.get(obligation_id)
        if stale:
            digest.stale, digest.newest = True, engine.newest_document()
        elif deadline is not None and deadline.date is not None and deadline.date.isoformat() == due:
            digest.items.append(DueItem(deadline=deadline, offset_days=offset))
        else:   # the plan changed since: nothing left to remind of
            rows.set_status(db, [chat_id, obligation_id, offset, due], FAILED)
    return [d for d in digests.values() if not d.empty]
