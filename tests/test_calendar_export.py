"""Deadlines as an iCalendar file (index/calendar_export.py): the shipped corpus's dated duties
round-trip as all-day events with stable UIDs; undated and repeated ones are skipped."""
from __future__ import annotations

from datetime import date, datetime, timezone

from icalendar import Calendar

from index.calendar_export import deadline_uid, deadlines_to_ics
from index.models import Deadline
from tests.support.shipped_duties import CORPUS_DEADLINES, D, corpus_obligations


def corpus_deadlines() -> list[Deadline]:
    """The shipped corpus's duties as the deadlines the store would hand the export."""
    out = []
    for prefix in CORPUS_DEADLINES:
        for o in corpus_obligations(prefix):
            out.append(Deadline(date=o.due_on, due_text=o.due_text, who=o.who, what=o.what, to_whom=o.to_whom,
                                document=f"{prefix}.txt", recurrence=o.recurrence, quote=o.quote,
                                section=o.section, citation=f"Kế hoạch {prefix}"))
    return out


def test_calendar_round_trip() -> None:
    deadlines = corpus_deadlines()
    dated = [d for d in deadlines if d.date]
    assert len(dated) == 11 and len(deadlines) > len(dated)
    stamp = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    data = deadlines_to_ics(deadlines, now=stamp)
    assert data == deadlines_to_ics(deadlines, now=stamp)          # stable UIDs, stable output
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and "QCDC" in str(cal["PRODID"])
    assert str(cal["X-WR-CALNAME"]) == "Hạn báo cáo QCDC"
    events = list(cal.walk("VEVENT"))
    assert sorted(e["DTSTART"].dt for e in events) == sorted(d.date for d in dated)
    assert len({str(e["UID"]) for e in events}) == len(events)
    for e in events:
        assert type(e["DTSTART"].dt) is date                        # all-day
        assert (e["DTEND"].dt - e["DTSTART"].dt).days == 1
        assert e["DTSTAMP"].dt == stamp
        assert str(e["SUMMARY"]).startswith("Hạn: ")
    six = next(e for e in events if e["DTSTART"].dt == D(2024, 5, 20) and "Sở Nông nghiệp" in str(e["DESCRIPTION"]))
    assert str(six["SUMMARY"]) == "Hạn: Báo cáo 6 tháng — Các cơ quan, đơn vị trực thuộc Sở"
    description = str(six["DESCRIPTION"])
    for part in ("Sở Nông nghiệp và PTNT (qua Văn phòng Sở)", "trước ngày 20/5", "Kế hoạch 000",
                 "III. TỔ CHỨC THỰC HIỆN"):
        assert part in description


def test_calendar_skips_undated_and_repeats() -> None:
    d = Deadline(date=D(2024, 5, 20), due_text="trước ngày 20/5", who="A", what="Báo cáo 6 tháng", to_whom="B",
                 document="x.txt")
    undated = Deadline(date=None, due_text="", who="A", what="Báo cáo", to_whom="B", document="x.txt",
                       recurrence="hằng quý")
    cal = Calendar.from_ical(deadlines_to_ics([d, d, undated], calendar_name="Lịch thử"))
    assert len(list(cal.walk("VEVENT"))) == 1 and str(cal["X-WR-CALNAME"]) == "Lịch thử"
    assert deadline_uid(d).endswith("@qcdc-assistant")
    assert deadline_uid(d) != deadline_uid(Deadline(date=D(2024, 5, 21), due_text="", who="A",
                                                    what="Báo cáo 6 tháng", to_whom="B", document="x.txt"))
    assert Calendar.from_ical(deadlines_to_ics([])).walk("VEVENT") == []
