"""The SQL of the reminder feature: the `subscriptions` table and the
`reminder_ledger` (schema in `storage_schema`). `reminders` and `reminder_ledger` hold
the rules; this module only reads and writes rows.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .clock import now_iso
from .reminder_rows import LedgerRow, Subscription, parse_time

if TYPE_CHECKING:  # pragma: no cover
    import sqlite_utils

#: Outcomes of a send, as the ledger's `status` column holds them.
PENDING, SENT, FAILED = "pending", "sent", "failed"

_KEY = "chat_id = ? AND obligation_id = ? AND offset_days = ? AND due_date = ?"
#: A ledger key: (chat_id, obligation_id, offset_days, due_date ISO).
LedgerKey = list


# --------------------------------------------------------------------------- subscriptions
def _row_to_subscription(row: dict) -> Subscription:
    return Subscription(
        chat_id=int(row["chat_id"]), keyword=row.get("keyword") or None,
        remind_time=row["remind_time"], created_at=row["created_at"],
        updated_at=row.get("updated_at") or row["created_at"], active=bool(row["active"]))


def get_subscription(db: "sqlite_utils.Database", chat_id: int) -> Subscription | None:
    """The chat's subscription row (active or not), or None."""
    rows = list(db.query("SELECT * FROM subscriptions WHERE chat_id = ?", [chat_id]))
    return _row_to_subscription(rows[0]) if rows else None


def subscribe(db: "sqlite_utils.Database", chat_id: int, keyword: str | None = None, *,
              remind_time: str = "07:30", now: datetime | None = None) -> Subscription:
    """Turn reminders on for a chat (optionally filtered by issuer/unit keyword).

    A chat that was subscribed before keeps its time; `remind_time` is used for new ones."""
    stamp = now_iso(now)
    keyword = (keyword or "").strip() or None
    existing = get_subscription(db, chat_id)
    if existing is None:
        db.execute(
            "INSERT INTO subscriptions (chat_id, keyword, remind_time, created_at, updated_at, active)"
            " VALUES (?, ?, ?, ?, ?, 1)", [chat_id, keyword, parse_time(remind_time), stamp, stamp])
    else:
        db.execute("UPDATE subscriptions SET keyword = ?, active = 1, updated_at = ? WHERE chat_id = ?",
                   [keyword, stamp, chat_id])
    sub = get_subscription(db, chat_id)
    assert sub is not None
    return sub


def unsubscribe(db: "sqlite_utils.Database", chat_id: int, *, now: datetime | None = None) -> bool:
    """Turn reminders off; True if the chat was subscribed."""
    cur = db.execute("UPDATE subscriptions SET active = 0, updated_at = ? WHERE chat_id = ? AND active = 1",
                     [now_iso(now), chat_id])
    return cur.rowcount > 0


def set_time(db: "sqlite_utils.Database", chat_id: int, remind_time: str, *,
             now: datetime | None = None) -> Subscription:
    """Change a chat's reminder time (subscribing it, without keyword, if it was not)."""
    hhmm = parse_time(remind_time)
    sub = get_subscription(db, chat_id)
    if sub is None or not sub.active:
        subscribe(db, chat_id, sub.keyword if sub else None, remind_time=hhmm, now=now)
    db.execute("UPDATE subscriptions SET remind_time = ?, updated_at = ? WHERE chat_id = ?",
               [hhmm, now_iso(now), chat_id])
    result = get_subscription(db, chat_id)
    assert result is not None
    return result


def list_subscriptions(db: "sqlite_utils.Database", *, active_only: bool = True) -> list[Subscription]:
    """All subscriptions, active ones only by default, ordered by chat id."""
    sql = "SELECT * FROM subscriptions" + (" WHERE active = 1" if active_only else "") + " ORDER BY chat_id"
    return [_row_to_subscription(r) for r in db.query(sql)]


def migrate_chat(db: "sqlite_utils.Database", old_chat_id: int, new_chat_id: int) -> Subscription | None:
    """A group became a supergroup: move its subscription and ledger to the new id."""
    old = get_subscription(db, old_chat_id)
    if old is None:
        return None
    db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [new_chat_id])
    db.execute("UPDATE subscriptions SET chat_id = ? WHERE chat_id = ?", [new_chat_id, old_chat_id])
    db.execute("UPDATE OR IGNORE reminder_ledger SET chat_id = ? WHERE chat_id = ?", [new_chat_id, old_chat_id])
    db.execute("DELETE FROM reminder_ledger WHERE chat_id = ?", [old_chat_id])
    return get_subscription(db, new_chat_id)


# --------------------------------------------------------------------------- ledger
def claim_key(db: "sqlite_utils.Database", key: LedgerKey, stamp: str, late: bool) -> bool:
    """Take one ledger key for sending (pending): a new row, or a row whose last send
    failed. Each statement is atomic on its own, so two claimers never both win."""
    cur = db.execute(
        "INSERT OR IGNORE INTO reminder_ledger (chat_id, obligation_id, offset_days, due_date,"
        " sent_at, late, status) VALUES (?, ?, ?, ?, ?, ?, ?)", [*key, stamp, int(late), PENDING])
    if cur.rowcount > 0:
        return True
    cur = db.execute(f"UPDATE reminder_ledger SET status = ?, sent_at = ?, late = ? WHERE {_KEY} AND status = ?",
                     [PENDING, stamp, int(late), *key, FAILED])
    return cur.rowcount > 0


def set_status(db: "sqlite_utils.Database", key: LedgerKey, status: str) -> None:
    """Record the outcome of one key's send."""
    db.execute(f"UPDATE reminder_ledger SET status = ? WHERE {_KEY}", [status, *key])


def is_taken(db: "sqlite_utils.Database", key: LedgerKey) -> bool:
    """True if the key was sent or is being sent (a failed send does not count)."""
    return db.execute(f"SELECT 1 FROM reminder_ledger WHERE {_KEY} AND status != ?",
                      [*key, FAILED]).fetchone() is not None


def notice_taken_between(db: "sqlite_utils.Database", chat_id: int, obligation_id: int, offset: int,
                         since: str, until: str) -> bool:
    """True if a notice of this kind was sent (or is being sent) to the chat in the days."""
    return db.execute(
        "SELECT 1 FROM reminder_ledger WHERE chat_id = ? AND obligation_id = ? AND offset_days = ?"
        " AND due_date >= ? AND due_date <= ? AND status != ? LIMIT 1",
        [chat_id, obligation_id, offset, since, until, FAILED]).fetchone() is not None


def ledger_rows(db: "sqlite_utils.Database", chat_id: int | None = None) -> list[LedgerRow]:
    """Ledger rows, oldest first (for tests and diagnostics)."""
    sql = ("SELECT chat_id, obligation_id, offset_days, due_date, sent_at, late, status FROM reminder_ledger"
           + (" WHERE chat_id = ?" if chat_id is not None else "") + " ORDER BY rowid")
    return [LedgerRow(*row) for row in db.execute(sql, [chat_id] if chat_id is not None else []).fetchall()]


def unconfirmed_claims(db: "sqlite_utils.Database", claimed_before: str, due_from: str,
                       also_obligation: int) -> list[tuple]:
    """Pending rows claimed before `claimed_before` and due on or after `due_from` (or of
    `also_obligation`, whatever their date): (key..., sent_at)."""
    return db.execute(
        "SELECT chat_id, obligation_id, offset_days, due_date, sent_at FROM reminder_ledger"
        " WHERE status = ? AND sent_at < ? AND (due_date >= ? OR obligation_id = ?) ORDER BY rowid",
        [PENDING, claimed_before, due_from, also_obligation]).fetchall()


def take_over(db: "sqlite_utils.Database", key: LedgerKey, claimed_at: str, stamp: str) -> bool:
    """Take a stuck pending claim (compare-and-set on its claim time, so one caller wins),
    marking it late."""
    return db.execute(f"UPDATE reminder_ledger SET sent_at = ?, late = 1 WHERE {_KEY} AND status = ?"
                      " AND sent_at = ?", [stamp, *key, PENDING, claimed_at]).rowcount > 0
