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


MD_TABLE = """III. TỔ CHỨC THỰC HIỆN

| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Ghi chú |

|---|---|---|---|---|---|

| 1 | Tổ chức Hội nghị viên chức | Văn phòng Trung tâm | Công đoàn | Ngày 19/3/2027 | |

| 2 | Báo cáo tình hình thực hiện dân chủ hằng quý của đơn vị | Các Trạm trực thuộc | | Trước ngày 12 của tháng cuối quý | Gửi Trung tâm |

| 3 | Báo cáo kết quả thực hiện dân chủ năm 2027 | Văn phòng Trung tâm | Các Trạm | Trước ngày 18/11/2027 | Gửi Sở Nội vụ |
"""


def test_a_piped_markdown_row_numbered_in_its_second_cell_keeps_its_quarterly_dates() -> None:
    # framed by pipes, the row's number is its second cell once split: the row holds words
    # of every column kind ("thực hiện", "ngày") and no d/m date, like a header would
    obs = extract_obligations(split_blocks(clean_text(MD_TABLE)), 2027, issuer="Trung tâm Kiểm định X")
    quarterly = [o for o in obs if "hằng quý" in o.what]
    assert [o.due_on for o in quarterly] == [date(2027, 3, 12), date(2027, 6, 12), date(2027, 9, 12), date(2027, 12, 12)]
    assert {o.who for o in quarterly} == {"Các Trạm trực thuộc"}
    yearly = next(o for o in obs if o.due_on == date(2027, 11, 18))
    assert yearly.who == "Văn phòng Trung tâm" and "năm 2027" in yearly.what
