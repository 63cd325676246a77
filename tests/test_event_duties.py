"""An event's own day ("tổ chức hội nghị vào ngày …") and a sub-unit named by a plural
marker before its capitalised name ("các Trạm … tổ chức …") as read by the extractor, on
small hand-built plans."""
from __future__ import annotations

from datetime import date

from index.cleaning import clean_text
from index.dates import find_due_dates
from index.obligations import extract_obligations
from index.structure import split_blocks
from index.units import subject_of

PLAN = """II. NỘI DUNG
1. Hội nghị viên chức
Trung tâm tổ chức Hội nghị viên chức năm 2027 vào ngày 12/3/2027 tại hội trường; các Trạm Quan trắc tổ chức hội nghị cấp trạm trước ngày 05/3/2027.
"""


def test_an_event_on_a_named_day_is_dated() -> None:
    found = find_due_dates("Tổ chức hội nghị viên chức vào ngày 12/3/2027 tại hội trường.", 2027)
    assert [d.date for d in found] == [date(2027, 3, 12)]


def test_a_day_without_the_word_ngay_or_a_cited_date_is_not_an_event() -> None:
    assert find_due_dates("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 vào việc này.", 2027) == []
    assert find_due_dates("Đưa vào 12/3 chỉ tiêu của năm.", 2027) == []


def test_a_plural_capitalised_name_before_a_predicate_is_a_subject() -> None:
    assert subject_of("các Trạm Quan trắc tổ chức hội nghị cấp trạm") == "các Trạm Quan trắc"
    assert subject_of("Các Nghị định hướng dẫn thực hiện Luật") is None


def test_the_plan_event_belongs_to_the_issuer_and_the_sub_units_event_to_them() -> None:
    obs = extract_obligations(split_blocks(clean_text(PLAN)), 2027, issuer="Trung tâm Kiểm định X")
    by_date = {o.due_on: o for o in obs}
    own, sub = by_date[date(2027, 3, 12)], by_date[date(2027, 3, 5)]
    assert own.who == "Trung tâm Kiểm định X" and "Hội nghị viên chức" in own.what
    assert sub.who == "các Trạm Quan trắc"
