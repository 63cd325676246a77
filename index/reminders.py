"""Daily deadline reminders: subscriptions and digests.

No Telegram here: this module decides *what* a chat should be told on a given day;
`reminder_ledger` remembers what was told, so a reminder goes out exactly once, even
across restarts or when the bot and `qcdc remind` run side by side. The bot
(`bot/reminder_jobs.py`) and the CLI both go through `due_reminders` → `claim` → send →
`confirm` (or `release` when Telegram refused it).

Table `subscriptions(chat_id PK, keyword, remind_time 'HH:MM', created_at, updated_at,
active)`, created by the schema (`storage_schema`).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Iterable
from zoneinfo import ZoneInfo

from .clock import day_text
from .storage_conversation import Conversation
from .models import Deadline
# The ledger, the rows and the subscriptions are re-exported: callers say
# `reminders.claim`, `reminders.Digest`, `reminders.subscribe`.
from .reminder_ledger import claim as claim
from .reminder_ledger import confirm as confirm
from .reminder_ledger import pending as pending
from .reminder_ledger import release as release
from .reminder_ledger import stuck_digests as stuck_digests
from .reminder_rows import STALE_NOTICE_EVERY_DAYS as STALE_NOTICE_EVERY_DAYS
from .reminder_rows import STALE_OBLIGATION_ID as STALE_OBLIGATION_ID
from .reminder_rows import STALE_OFFSET as STALE_OFFSET
from .reminder_rows import Digest as Digest
from .reminder_rows import DueItem as DueItem
from .reminder_rows import Subscription as Subscription
from .reminder_rows import parse_time as parse_time
from .storage_reminders import get_subscription as get_subscription
from .storage_reminders import ledger_rows as ledger_rows
from .storage_reminders import list_subscriptions as list_subscriptions
from .storage_reminders import migrate_chat as migrate_chat
from .storage_reminders import set_time as set_time
from .storage_reminders import subscribe as subscribe
from .storage_reminders import unsubscribe as unsubscribe
from .vietnamese import folded_words

if TYPE_CHECKING:  # pragma: no cover
    from .engine import DocumentInfo, Engine


# --------------------------------------------------------------------------- digests
def _padded_folded(text: str) -> str:
    return f" {folded_words(text)} "


def matches_keyword(deadline: Deadline, keyword: str | None) -> bool:
    """True if the keyword names the plan's issuer or the unit (who / to whom), ignoring
    case and diacritics ("so xay dung" matches "Sở Xây dựng")."""
    if not keyword or not keyword.strip():
        return True
    needle = _padded_folded(keyword)
    if needle.strip() == "":
        return True
    hay = _padded_folded(" ".join([deadline.issuer, deadline.who, deadline.to_whom, deadline.citation]))
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
        sub = get_subscription(engine.store.db, chat_id)
        keyword = sub.keyword if sub else None
    digest = Digest(chat_id=chat_id, day=today, keyword=keyword)
    if not offsets:
        return digest
    # what the chat marked "Đã nộp" leaves its reminders; "Nhắc lại ngày mai" brings one back
    conversation = Conversation(engine.store.db)
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
    unit = conversation.unit_of(chat_id)    # the chat's own unit's duties first, each day
    digest.items.sort(key=lambda i: (i.offset_days, bool(unit) and not matches_keyword(i.deadline, unit),
                                     i.deadline.obligation_id))
    if not digest.items and not has_future_deadlines(engine, today):
        digest.stale = True
        digest.newest = engine.newest_document()
    return digest


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
    header = f"Nhắc hạn báo cáo QCDC ngày {day_text(digest.day)}"
    if digest.late:
        header += " (gửi muộn)"
    lines = [header]
    if digest.keyword:
        lines.append(f"Lọc theo: {digest.keyword}")
    for item in digest.items:
        d = item.deadline
        lines.append(f"- {day_text(d.date)} ({offset_phrase(item.offset_days)}): {d.what}"
                     f" — {d.who or 'chưa rõ đơn vị'} → {d.to_whom or 'chưa rõ nơi nhận'}")
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
    db = engine.store.db
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
