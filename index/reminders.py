"""Daily deadline reminders: subscriptions, digests and the "sent" ledger.

No Telegram here: this module decides *what* a chat should be told on a given day and
remembers what was already told, so a reminder is never sent twice, even across restarts
or when the bot and `qcdc remind` run side by side. The bot (`bot/reminder_jobs.py`) and
the CLI both go through `due_reminders` → `claim` → send → (`release` on a network error).

Tables (created by `ensure_tables`, in the engine's SQLite database):
- `subscriptions(chat_id PK, keyword, remind_time 'HH:MM', created_at, updated_at, active)`
- `reminder_ledger(chat_id, obligation_id, offset_days, due_date, sent_at, late)`, unique on
  `(chat_id, obligation_id, offset_days, due_date)`. The weekly "every deadline is past"
  notice is ledgered as obligation 0, offset -1, due_date = the day it was sent.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Iterable
from zoneinfo import ZoneInfo

from .clock import now_iso
from .conversation import Conversation
from .models import Deadline
from .vietnamese import syllables

if TYPE_CHECKING:  # pragma: no cover
    import sqlite_utils

    from .engine import DocumentInfo, Engine

#: Ledger key of the "no upcoming deadline, upload this year's plan" notice.
STALE_OBLIGATION_ID = 0
STALE_OFFSET = -1
#: The stale notice is repeated at most this often (a daily "nothing to do" would be noise).
STALE_NOTICE_EVERY_DAYS = 7

#: "7:30", "07h30", "7.30", "7 giờ 30", "7 gio 30 phut", "7h", "7 giờ" (a bare hour is :00).
_TIME_RE = re.compile(r"^\s*(\d{1,2})\s*(?:[:.]\s*(\d{2})|(?:h|giờ|gio)\s*(?:(\d{1,2})\s*(?:phút|phut|p)?)?)\s*$")


# --------------------------------------------------------------------------- data
@dataclass(frozen=True)
class Subscription:
    """A chat that receives the morning digest."""

    chat_id: int
    keyword: str | None
    remind_time: str          # "HH:MM" in the configured timezone
    created_at: str
    updated_at: str
    active: bool = True

    @property
    def time_of_day(self) -> time:
        """`remind_time` as a naive `datetime.time`."""
        hours, minutes = self.remind_time.split(":")
        return time(int(hours), int(minutes))


@dataclass(frozen=True)
class DueItem:
    """One obligation due `offset_days` after the digest's day."""

    deadline: Deadline
    offset_days: int


@dataclass
class Digest:
    """What one chat should be told on one day (no formatting)."""

    chat_id: int
    day: date
    keyword: str | None
    items: list[DueItem] = field(default_factory=list)
    stale: bool = False                    # every known dated deadline is before `day`
    newest: "DocumentInfo | None" = None   # named in the stale notice
    late: bool = False                     # sent after its time (bot was down)
    already_sent: int = 0                  # items left out because the ledger has them

    @property
    def empty(self) -> bool:
        """Nothing to send: no due item and no stale notice."""
        return not self.items and not self.stale


# --------------------------------------------------------------------------- schema
def ensure_tables(db: "sqlite_utils.Database") -> None:
    """Create the reminder tables if missing (idempotent, cheap)."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS subscriptions (
            chat_id INTEGER PRIMARY KEY,
            keyword TEXT,
            remind_time TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.execute(
        """CREATE TABLE IF NOT EXISTS reminder_ledger (
            chat_id INTEGER NOT NULL,
            obligation_id INTEGER NOT NULL,
            offset_days INTEGER NOT NULL,
            due_date TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            late INTEGER NOT NULL DEFAULT 0,
            UNIQUE (chat_id, obligation_id, offset_days, due_date)
        )""")


# --------------------------------------------------------------------------- subscriptions
def parse_time(text: str) -> str:
    """Normalise "7:30", "07h30", "7.30", "7 giờ 30" to "07:30"; ValueError if it is not a time of day."""
    match = _TIME_RE.match(unicodedata.normalize("NFC", text or "").lower())
    if not match:
        raise ValueError(f"not a time of day: {text!r}")
    hours, minutes = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"not a time of day: {text!r}")
    return f"{hours:02d}:{minutes:02d}"


def _row_to_subscription(row: dict) -> Subscription:
    return Subscription(
        chat_id=int(row["chat_id"]), keyword=row.get("keyword") or None,
        remind_time=row["remind_time"], created_at=row["created_at"],
        updated_at=row.get("updated_at") or row["created_at"], active=bool(row["active"]))


def get_subscription(db: "sqlite_utils.Database", chat_id: int) -> Subscription | None:
    """The chat's subscription row (active or not), or None."""
    ensure_tables(db)
    rows = list(db.query("SELECT * FROM subscriptions WHERE chat_id = ?", [chat_id]))
    return _row_to_subscription(rows[0]) if rows else None


def subscribe(db: "sqlite_utils.Database", chat_id: int, keyword: str | None = None, *,
              remind_time: str = "07:30", now: datetime | None = None) -> Subscription:
    """Turn reminders on for a chat (optionally filtered by issuer/unit keyword).

    A chat that was subscribed before keeps its time; `remind_time` is used for new ones."""
    ensure_tables(db)
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
    ensure_tables(db)
    cur = db.execute("UPDATE subscriptions SET active = 0, updated_at = ? WHERE chat_id = ? AND active = 1",
                     [now_iso(now), chat_id])
    return cur.rowcount > 0


def set_time(db: "sqlite_utils.Database", chat_id: int, remind_time: str, *,
             now: datetime | None = None) -> Subscription:
    """Change a chat's reminder time (subscribing it, without keyword, if it was not)."""
    ensure_tables(db)
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
    ensure_tables(db)
    sql = "SELECT * FROM subscriptions" + (" WHERE active = 1" if active_only else "") + " ORDER BY chat_id"
    return [_row_to_subscription(r) for r in db.query(sql)]


def migrate_chat(db: "sqlite_utils.Database", old_chat_id: int, new_chat_id: int) -> Subscription | None:
    """A group became a supergroup: move its subscription and ledger to the new id."""
    ensure_tables(db)
    old = get_subscription(db, old_chat_id)
    if old is None:
        return None
    db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [new_chat_id])
    db.execute("UPDATE subscriptions SET chat_id = ? WHERE chat_id = ?", [new_chat_id, old_chat_id])
    db.execute("UPDATE OR IGNORE reminder_ledger SET chat_id = ? WHERE chat_id = ?", [new_chat_id, old_chat_id])
    db.execute("DELETE FROM reminder_ledger WHERE chat_id = ?", [old_chat_id])
    return get_subscription(db, new_chat_id)


# --------------------------------------------------------------------------- digests
def _folded_words(text: str) -> str:
    return " " + " ".join(syllables(text)) + " "


def matches_keyword(deadline: Deadline, keyword: str | None) -> bool:
    """True if the keyword names the plan's issuer or the unit (who / to whom), ignoring
    case and diacritics ("so nong nghiep" matches "Sở Nông nghiệp và PTNT")."""
    if not keyword or not keyword.strip():
        return True
    needle = _folded_words(keyword)
    if needle.strip() == "":
        return True
    hay = _folded_words(" ".join([deadline.issuer, deadline.who, deadline.to, deadline.citation]))
    return needle in hay


def upcoming_deadlines(engine: "Engine", today: date, keyword: str | None = None,
                       limit: int | None = None) -> list[Deadline]:
    """Dated obligations on or after `today` matching the keyword, soonest first."""
    items = [d for d in engine.deadlines(date_from=today, dated_only=True) if matches_keyword(d, keyword)]
    return items[:limit] if limit else items


def has_future_deadlines(engine: "Engine", today: date) -> bool:
    """False when every known dated deadline is before `today` (the plans are out of date)."""
    return bool(engine.deadlines(date_from=today, dated_only=True))


def due_reminders(engine: "Engine", chat_id: int, today: date, *,
                  offsets: Iterable[int] | None = None, keyword: str | None = None,
                  use_subscription: bool = True) -> Digest:
    """The digest a chat gets on `today`: obligations due exactly `offset` days later (for
    each configured offset, e.g. 7, 3, 1, 0) matching its keyword, or the stale notice when
    every known deadline is past. Ignores the ledger (see `claim`)."""
    offsets = tuple(sorted(set(offsets if offsets is not None else engine.settings.remind_offsets)))
    if use_subscription and keyword is None:
        sub = get_subscription(engine.db, chat_id)
        keyword = sub.keyword if sub else None
    digest = Digest(chat_id=chat_id, day=today, keyword=keyword)
    if not offsets:
        return digest
    # what the chat marked "Đã nộp" leaves its reminders; "Nhắc lại ngày mai" brings one back
    conversation = Conversation(engine.db)
    submitted = conversation.submitted_keys(chat_id)
    snoozed = conversation.snoozed_for(chat_id, today)
    horizon = None if snoozed else today + timedelta(days=max(offsets))
    for d in engine.deadlines(date_from=today, date_to=horizon, dated_only=True):
        if d.date is None or not matches_keyword(d, keyword):
            continue
        if (d.obligation_id, d.date.isoformat()) in submitted:
            continue
        offset = (d.date - today).days
        if offset in offsets or d.obligation_id in snoozed:
            digest.items.append(DueItem(deadline=d, offset_days=offset))
    digest.items.sort(key=lambda i: (i.offset_days, i.deadline.obligation_id))
    if not digest.items and not has_future_deadlines(engine, today):
        digest.stale = True
        digest.newest = engine.newest_document()
    return digest


def _ledger_keys(digest: Digest) -> list[tuple[int, int, int, str]]:
    keys = [(digest.chat_id, i.deadline.obligation_id, i.offset_days, i.deadline.date.isoformat())
            for i in digest.items if i.deadline.date is not None]
    if digest.stale:
        keys.append((digest.chat_id, STALE_OBLIGATION_ID, STALE_OFFSET, digest.day.isoformat()))
    return keys


def _stale_notice_recent(db: "sqlite_utils.Database", chat_id: int, day: date) -> bool:
    since = (day - timedelta(days=STALE_NOTICE_EVERY_DAYS - 1)).isoformat()
    row = db.execute(
        "SELECT 1 FROM reminder_ledger WHERE chat_id = ? AND obligation_id = ? AND offset_days = ?"
        " AND due_date >= ? AND due_date <= ? LIMIT 1",
        [chat_id, STALE_OBLIGATION_ID, STALE_OFFSET, since, day.isoformat()]).fetchone()
    return row is not None


def pending(db: "sqlite_utils.Database", digest: Digest) -> Digest:
    """The digest without what the ledger says was already sent (read-only, for dry runs)."""
    ensure_tables(db)
    fresh = [i for i in digest.items if not db.execute(
        "SELECT 1 FROM reminder_ledger WHERE chat_id = ? AND obligation_id = ? AND offset_days = ?"
        " AND due_date = ?", [digest.chat_id, i.deadline.obligation_id, i.offset_days,
                              i.deadline.date.isoformat() if i.deadline.date else ""]).fetchone()]
    stale = digest.stale and not _stale_notice_recent(db, digest.chat_id, digest.day)
    return replace(digest, items=fresh, stale=stale,
                   already_sent=digest.already_sent + len(digest.items) - len(fresh))


def claim(db: "sqlite_utils.Database", digest: Digest, *, late: bool = False,
          now: datetime | None = None) -> Digest:
    """Record in the ledger, atomically, that this digest is being sent, and return only
    the part nobody sent before. Call it right before sending; `release` it if the send
    fails with a network error so that it is retried. Two processes claiming the same
    digest at once: exactly one of them gets each item."""
    ensure_tables(db)
    stamp = now_iso(now)
    kept: list[DueItem] = []
    stale = False
    # One statement per item, no explicit transaction: the engine shares this connection
    # across threads, and each INSERT OR IGNORE is atomic on its own, which is all that
    # "exactly once" needs.
    for item in digest.items:
        if item.deadline.date is None:
            continue
        cur = db.execute(
            "INSERT OR IGNORE INTO reminder_ledger (chat_id, obligation_id, offset_days, due_date,"
            " sent_at, late) VALUES (?, ?, ?, ?, ?, ?)",
            [digest.chat_id, item.deadline.obligation_id, item.offset_days,
             item.deadline.date.isoformat(), stamp, int(late)])
        if cur.rowcount > 0:
            kept.append(item)
    if digest.stale and not _stale_notice_recent(db, digest.chat_id, digest.day):
        cur = db.execute(
            "INSERT OR IGNORE INTO reminder_ledger (chat_id, obligation_id, offset_days, due_date,"
            " sent_at, late) VALUES (?, ?, ?, ?, ?, ?)",
            [digest.chat_id, STALE_OBLIGATION_ID, STALE_OFFSET, digest.day.isoformat(), stamp, int(late)])
        stale = cur.rowcount > 0
    return replace(digest, items=kept, stale=stale, late=late,
                   already_sent=digest.already_sent + len(digest.items) - len(kept))


def release(db: "sqlite_utils.Database", digest: Digest) -> None:
    """Undo `claim` for a digest whose send failed, so a later attempt sends it."""
    ensure_tables(db)
    for key in _ledger_keys(digest):
        db.execute("DELETE FROM reminder_ledger WHERE chat_id = ? AND obligation_id = ? AND offset_days = ?"
                   " AND due_date = ?", list(key))


def ledger_rows(db: "sqlite_utils.Database", chat_id: int | None = None) -> list[dict]:
    """Ledger rows (for tests and diagnostics)."""
    ensure_tables(db)
    if chat_id is None:
        return list(db.query("SELECT * FROM reminder_ledger ORDER BY rowid"))
    return list(db.query("SELECT * FROM reminder_ledger WHERE chat_id = ? ORDER BY rowid", [chat_id]))


# --------------------------------------------------------------------------- timing
def due_datetime(sub: Subscription, day: date, tz: str) -> datetime:
    """When the subscription's reminder for `day` is due, as an aware datetime."""
    return datetime.combine(day, sub.time_of_day, tzinfo=ZoneInfo(tz))


def missed_today(sub: Subscription, now: datetime, tz: str) -> bool:
    """True when today's reminder time has passed (so the bot, just started, must send it
    late) and the subscription already had that time then; a chat that subscribed or moved
    its time after the moment is not owed today's reminder."""
    local_now = now.astimezone(ZoneInfo(tz))
    due = due_datetime(sub, local_now.date(), tz)
    if local_now < due:
        return False
    changed = datetime.fromisoformat(sub.updated_at)
    if changed.tzinfo is None:
        changed = changed.replace(tzinfo=timezone.utc)
    return changed <= due


# --------------------------------------------------------------------------- plain text
def _fmt_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def offset_phrase(offset: int) -> str:
    """"hôm nay là hạn cuối", "còn 1 ngày", "còn 7 ngày"."""
    return "hôm nay là hạn cuối" if offset == 0 else f"còn {offset} ngày"


def stale_notice_lines(newest: "DocumentInfo | None", today: date) -> list[str]:
    """The "every deadline is past" notice, as plain lines (the bot escapes them)."""
    lines = ["Không còn hạn báo cáo nào sắp tới: mọi hạn trong các kế hoạch đã nạp đều đã qua."]
    if newest is not None:
        year = f" (năm {newest.year})" if newest.year else ""
        lines.append(f"Kế hoạch mới nhất hiện có: {newest.citation or newest.title}{year}.")
    lines.append(f"Đề nghị quản trị viên gửi kế hoạch năm {today.year} cho bot để tiếp tục nhắc hạn.")
    return lines


def render_plain(digest: Digest) -> str:
    """The digest as plain text (what `qcdc remind --dry-run` prints for a chat)."""
    header = f"Nhắc hạn báo cáo QCDC ngày {_fmt_date(digest.day)}"
    if digest.late:
        header += " (gửi muộn)"
    lines = [header]
    if digest.keyword:
        lines.append(f"Lọc theo: {digest.keyword}")
    for item in digest.items:
        d = item.deadline
        lines.append(f"- {_fmt_date(d.date)} ({offset_phrase(item.offset_days)}): {d.what}"
                     f" — {d.who or 'chưa rõ đơn vị'} → {d.to or 'chưa rõ nơi nhận'}")
        source = d.citation or d.document
        lines.append(f"  Nguồn: {source}" + (f", mục {d.section}" if d.section else ""))
    if digest.stale:
        lines.extend(stale_notice_lines(digest.newest, digest.day))
    if digest.empty:
        lines.append("Không có hạn nào trong các mốc nhắc"
                     + (f" ({digest.already_sent} mục đã gửi trước đó)." if digest.already_sent else "."))
    return "\n".join(lines)


def render_dry_run(engine: "Engine", day: date, chat_id: int | None = None) -> str:
    """What each subscribed chat (or just `chat_id`) would receive on `day`, without
    sending or recording anything. Items the ledger already has are left out and counted."""
    db = engine.db
    subs = list_subscriptions(db)
    if chat_id is not None:
        subs = [s for s in subs if s.chat_id == chat_id]
        if not subs:
            digest = due_reminders(engine, chat_id, day, use_subscription=False)
            return f"Nhóm {chat_id} (chưa đăng ký nhắc việc):\n" + render_plain(pending(db, digest))
    if not subs:
        return "Chưa có nhóm nào đăng ký nhắc việc (dùng /nhacviec trong nhóm)."
    blocks = []
    for sub in subs:
        digest = pending(db, due_reminders(engine, sub.chat_id, day, keyword=sub.keyword))
        blocks.append(f"Nhóm {sub.chat_id} (lúc {sub.remind_time}):\n" + render_plain(digest))
    return "\n\n".join(blocks)
