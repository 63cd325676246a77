"""index/reminders.py with a frozen clock: every function takes the day (or "now") it
works for, so the shipped 2022-2024 plans can be "today" and a restart is simulated by
opening a second Engine on the same data directory."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from index import reminders
from index.config import Settings
from index.engine import Engine
from tests.support.harness import copy_template, indexed_template

TZ = "Asia/Ho_Chi_Minh"
VN = ZoneInfo(TZ)
SIX_MONTH_DAY = date(2024, 5, 20)     # "trước ngày 20/5": Sở NN&PTNT and UBND TP Tây Ninh
WEEK_BEFORE = SIX_MONTH_DAY - timedelta(days=7)


@pytest.fixture
def data_dirs(tmp_path, tmp_path_factory):
    return copy_template(indexed_template(tmp_path_factory.getbasetemp()), tmp_path / "run")


@pytest.fixture
def engine(data_dirs):
    data_dir, corpus_dir = data_dirs
    eng = Engine(Settings.from_env(data_dir=data_dir, corpus_dir=corpus_dir, embed_model="hashing"))
    yield eng
    eng.close()


def reopen(engine: Engine) -> Engine:
    """A second engine on the same files: what the bot sees after a restart."""
    return Engine(engine.settings)


# --------------------------------------------------------------------------- subscriptions
@pytest.mark.parametrize("raw, expected", [("7:30", "07:30"), ("07h05", "07:05"), (" 18.45 ", "18:45"),
                                           ("0:00", "00:00"), ("23:59", "23:59"), ("7 giờ 30", "07:30"),
                                           ("7 gio 30 phut", "07:30"), ("7h", "07:00"), ("7 GIỜ", "07:00"),
                                           ("07H30", "07:30")])
def test_parse_time_accepts_common_spellings(raw, expected):
    assert reminders.parse_time(raw) == expected


@pytest.mark.parametrize("raw", ["", "7", "24:00", "07:60", "sáng mai", "7:3", "-1:30", "7 giờ 30 sáng", "25h"])
def test_parse_time_rejects_non_times(raw):
    with pytest.raises(ValueError):
        reminders.parse_time(raw)


def test_subscribe_keeps_time_and_sets_keyword(engine):
    db = engine.store.db
    sub = reminders.subscribe(db, -100, remind_time="07:30")
    assert (sub.chat_id, sub.keyword, sub.remind_time, sub.active) == (-100, None, "07:30", True)
    reminders.set_time(db, -100, "6:45")
    again = reminders.subscribe(db, -100, "  Sở Nông nghiệp ", remind_time="09:00")
    assert again.remind_time == "06:45" and again.keyword == "Sở Nông nghiệp"
    assert [s.chat_id for s in reminders.list_subscriptions(db)] == [-100]


def test_unsubscribe_and_set_time_resubscribes(engine):
    db = engine.store.db
    reminders.subscribe(db, -100, "UBND")
    assert reminders.unsubscribe(db, -100) is True
    assert reminders.unsubscribe(db, -100) is False
    assert reminders.list_subscriptions(db) == []
    sub = reminders.set_time(db, -100, "08:10")
    assert sub.active and sub.remind_time == "08:10" and sub.keyword == "UBND"


def test_subscriptions_survive_a_restart(engine):
    reminders.subscribe(engine.store.db, -100, "UBND", remind_time="07:30")
    reminders.set_time(engine.store.db, -200, "06:00")
    second = reopen(engine)
    try:
        assert [(s.chat_id, s.remind_time, s.keyword) for s in reminders.list_subscriptions(second.store.db)] == [
            (-200, "06:00", None), (-100, "07:30", "UBND")]
    finally:
        second.close()


# --------------------------------------------------------------------------- digests
def test_offsets_pick_deadlines_due_exactly_n_days_later(engine):
    week = reminders.due_reminders(engine, -100, WEEK_BEFORE, offsets=(7, 3, 1, 0))
    assert {i.deadline.date for i in week.items} == {SIX_MONTH_DAY}
    assert {i.offset_days for i in week.items} == {7}
    assert len(week.items) >= 2 and not week.stale
    assert reminders.due_reminders(engine, -100, SIX_MONTH_DAY - timedelta(days=2), offsets=(7, 3, 1, 0)).empty
    two = reminders.due_reminders(engine, -100, SIX_MONTH_DAY - timedelta(days=2), offsets=(2,))
    assert {i.offset_days for i in two.items} == {2}
    same_day = reminders.due_reminders(engine, -100, SIX_MONTH_DAY, offsets=(7, 3, 1, 0))
    assert same_day.items and all(i.offset_days == 0 for i in same_day.items)


def test_offsets_come_from_settings_by_default(engine):
    assert engine.settings.remind_offsets == (7, 3, 1, 0)
    three = reminders.due_reminders(engine, -100, SIX_MONTH_DAY - timedelta(days=3))
    assert {i.offset_days for i in three.items} == {3}


def test_keyword_filters_by_issuer_or_unit_without_diacritics(engine):
    everything = reminders.due_reminders(engine, -100, WEEK_BEFORE)
    issuers = {i.deadline.issuer for i in everything.items}
    assert {"Sở Nông nghiệp và PTNT", "UBND thành phố Tây Ninh"} <= issuers
    farming = reminders.due_reminders(engine, -100, WEEK_BEFORE, keyword="so nong nghiep")
    assert farming.items and {i.deadline.issuer for i in farming.items} == {"Sở Nông nghiệp và PTNT"}
    city = reminders.due_reminders(engine, -100, WEEK_BEFORE, keyword="Thủ trưởng các cơ quan")
    assert city.items and all("Tây Ninh" in i.deadline.issuer for i in city.items)
    nobody = reminders.due_reminders(engine, -100, WEEK_BEFORE, keyword="Sở Y tế")
    assert nobody.empty


def test_subscription_keyword_is_used(engine):
    reminders.subscribe(engine.store.db, -100, "nong nghiep")
    digest = reminders.due_reminders(engine, -100, WEEK_BEFORE)
    assert digest.keyword == "nong nghiep"
    assert {i.deadline.issuer for i in digest.items} == {"Sở Nông nghiệp và PTNT"}


def test_all_deadlines_past_gives_the_stale_notice(engine):
    today = date(2026, 11, 23)
    digest = reminders.due_reminders(engine, -100, today)
    assert digest.stale and not digest.items
    assert digest.newest is not None and digest.newest.year == 2024
    text = reminders.render_plain(digest)
    assert "đều đã qua" in text and digest.newest.citation in text and "năm 2026" in text


def test_future_deadlines_beyond_offsets_are_not_stale(engine):
    digest = reminders.due_reminders(engine, -100, SIX_MONTH_DAY - timedelta(days=10))
    assert digest.empty and not digest.stale


# --------------------------------------------------------------------------- ledger
def test_claim_is_once_per_item_across_a_restart(engine):
    digest = reminders.due_reminders(engine, -100, WEEK_BEFORE)
    first = reminders.claim(engine.store.db, digest)
    assert len(first.items) == len(digest.items) > 0
    assert reminders.claim(engine.store.db, digest).empty
    second = reopen(engine)
    try:
        again = reminders.claim(second.store.db, reminders.due_reminders(second, -100, WEEK_BEFORE))
        assert again.empty and again.already_sent == len(digest.items)
    finally:
        second.close()
    rows = reminders.ledger_rows(engine.store.db, -100)
    assert len(rows) == len(digest.items)
    assert {(r.offset_days, r.due_date) for r in rows} == {(7, SIX_MONTH_DAY.isoformat())}


def test_each_offset_is_its_own_reminder(engine):
    for day in (WEEK_BEFORE, SIX_MONTH_DAY - timedelta(days=3), SIX_MONTH_DAY):
        claimed = reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, day))
        assert claimed.items, day
    offsets = {r.offset_days for r in reminders.ledger_rows(engine.store.db, -100)}
    assert offsets == {7, 3, 0}


def test_release_makes_a_failed_send_retryable(engine):
    digest = reminders.due_reminders(engine, -100, WEEK_BEFORE)
    claimed = reminders.claim(engine.store.db, digest)
    reminders.release(engine.store.db, claimed)
    assert {r.status for r in reminders.ledger_rows(engine.store.db, -100)} == {"failed"}
    assert len(reminders.claim(engine.store.db, digest).items) == len(digest.items)


def test_chats_have_separate_ledgers(engine):
    first = reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, WEEK_BEFORE))
    other = reminders.claim(engine.store.db, reminders.due_reminders(engine, -200, WEEK_BEFORE))
    # the second chat gets the same deadlines the first one claimed; the first gets none twice
    assert first.items and [i.deadline for i in other.items] == [i.deadline for i in first.items]
    assert reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, WEEK_BEFORE)).items == []
    assert {r.chat_id for r in reminders.ledger_rows(engine.store.db, -200)} == {-200}


def test_late_flag_is_recorded(engine):
    claimed = reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, WEEK_BEFORE), late=True)
    assert claimed.late and "(gửi muộn)" in reminders.render_plain(claimed)
    assert all(r.late == 1 for r in reminders.ledger_rows(engine.store.db, -100))


def test_stale_notice_at_most_weekly(engine):
    day = date(2026, 11, 23)
    assert reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, day)).stale
    assert not reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, day)).stale
    for later in range(1, reminders.STALE_NOTICE_EVERY_DAYS):
        nxt = day + timedelta(days=later)
        assert reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, nxt)).empty, nxt
    week_later = day + timedelta(days=reminders.STALE_NOTICE_EVERY_DAYS)
    assert reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, week_later)).stale


def test_pending_is_read_only(engine):
    digest = reminders.due_reminders(engine, -100, WEEK_BEFORE)
    assert len(reminders.pending(engine.store.db, digest).items) == len(digest.items)
    assert reminders.ledger_rows(engine.store.db) == []
    reminders.claim(engine.store.db, digest)
    left = reminders.pending(engine.store.db, digest)
    assert left.empty and left.already_sent == len(digest.items)


# --------------------------------------------------------------------------- group moved / removed
def test_migrate_chat_moves_subscription_and_ledger(engine):
    reminders.subscribe(engine.store.db, -100, "UBND", remind_time="06:30")
    reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, WEEK_BEFORE))
    moved = reminders.migrate_chat(engine.store.db, -100, -1001234567890)
    assert moved is not None and (moved.keyword, moved.remind_time) == ("UBND", "06:30")
    assert reminders.get_subscription(engine.store.db, -100) is None
    assert reminders.ledger_rows(engine.store.db, -100) == []
    assert reminders.ledger_rows(engine.store.db, -1001234567890)
    # what was sent before the move is not sent again to the new id
    assert reminders.claim(engine.store.db, reminders.due_reminders(engine, -1001234567890, WEEK_BEFORE)).empty
    assert reminders.migrate_chat(engine.store.db, -555, -556) is None


# --------------------------------------------------------------------------- timing
def _sub(remind_time: str, updated: datetime) -> reminders.Subscription:
    stamp = updated.astimezone(timezone.utc).isoformat(timespec="seconds")
    return reminders.Subscription(-100, None, remind_time, stamp, stamp)


def test_missed_today_only_after_the_time_and_for_old_schedules():
    yesterday = datetime(2024, 5, 12, 20, 0, tzinfo=VN)
    sub = _sub("07:30", yesterday)
    assert not reminders.missed_today(sub, datetime(2024, 5, 13, 7, 29, tzinfo=VN), TZ)
    assert reminders.missed_today(sub, datetime(2024, 5, 13, 7, 30, tzinfo=VN), TZ)
    assert reminders.missed_today(sub, datetime(2024, 5, 13, 23, 0, tzinfo=VN), TZ)
    # the same instant expressed in UTC
    assert reminders.missed_today(sub, datetime(2024, 5, 13, 1, 0, tzinfo=timezone.utc), TZ)
    changed_after = _sub("07:30", datetime(2024, 5, 13, 8, 0, tzinfo=VN))
    assert not reminders.missed_today(changed_after, datetime(2024, 5, 13, 9, 0, tzinfo=VN), TZ)


def test_due_datetime_is_in_the_configured_timezone():
    sub = _sub("07:30", datetime(2024, 1, 1, tzinfo=VN))
    due = reminders.due_datetime(sub, date(2024, 5, 13), TZ)
    assert due.utcoffset() == timedelta(hours=7) and (due.hour, due.minute) == (7, 30)


# --------------------------------------------------------------------------- dry run
def test_dry_run_lists_each_subscribed_chat_and_sends_nothing(engine):
    assert "Chưa có nhóm nào" in reminders.render_dry_run(engine, WEEK_BEFORE)
    reminders.subscribe(engine.store.db, -100)
    reminders.subscribe(engine.store.db, -200, "nong nghiep")
    reminders.set_time(engine.store.db, -200, "06:15")
    text = reminders.render_dry_run(engine, WEEK_BEFORE)
    assert "Nhóm -100 (lúc 07:30)" in text and "Nhóm -200 (lúc 06:15)" in text
    assert "20/05/2024 (còn 7 ngày)" in text and "Lọc theo: nong nghiep" in text
    assert reminders.ledger_rows(engine.store.db) == []
    only = reminders.render_dry_run(engine, WEEK_BEFORE, chat_id=-200)
    assert "Nhóm -100" not in only and "UBND thành phố" not in only
    unknown = reminders.render_dry_run(engine, WEEK_BEFORE, chat_id=-999)
    assert "chưa đăng ký" in unknown and "20/05/2024" in unknown


def test_dry_run_leaves_out_what_was_sent(engine):
    reminders.subscribe(engine.store.db, -100)
    reminders.claim(engine.store.db, reminders.due_reminders(engine, -100, WEEK_BEFORE))
    text = reminders.render_dry_run(engine, WEEK_BEFORE)
    assert "20/05/2024" not in text and "đã gửi trước đó" in text
