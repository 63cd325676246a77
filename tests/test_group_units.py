"""Group duties ("Các phòng chuyên môn", "Thủ trưởng các đơn vị trực thuộc") apply to a unit
of their kind, below the unit's own duties; a unit field that is a whole clause ("Văn phòng
chủ trì, phối hợp …") shows as the unit. Small hand-built rows and plan."""
from __future__ import annotations

from datetime import date

from index.duty_groups import group_covers, group_kind_rows, member_units
from index.duty_text import duty_line, row_to_deadline, unit_and_task
from index.rows import ObligationRow

TODAY = date(2026, 1, 10)
NOI_NHAN = '["Sở Nội vụ", "Ban Giám đốc", "Phòng Kiểm định Vật liệu", "Trạm Thí nghiệm số 1", "Lưu: VT"]'


def test_a_groups_kind_leaves_out_titles_qualifiers_and_the_parent() -> None:
    assert [(sorted(k.words), k.generic) for k in group_kind_rows("Các phòng chuyên môn")] == [(["phong"], False)]
    assert [(sorted(k.words), k.generic) for k in group_kind_rows("Thủ trưởng các đơn vị trực thuộc Trung tâm")] == [
        (["don", "vi"], True)]
    assert group_kind_rows("Phòng Kế hoạch - Tài chính") == ()


def test_a_kind_covers_a_named_unit_of_it_but_not_the_group_itself() -> None:
    assert group_covers("Các phòng chuyên môn", "em o phong kiem dinh vat lieu")
    assert not group_covers("Các phòng chuyên môn", "cac phong chuyen mon nop gi")   # the group, named by name
    assert not group_covers("Các khoa", "phong ke hoach")


def test_every_unit_kind_covers_the_plans_own_units_only() -> None:
    members = member_units(NOI_NHAN)
    assert ("tram", "thi", "nghiem", "so", "1") in members and not any(m[0] == "so" for m in members)
    who = "Thủ trưởng các đơn vị trực thuộc"
    assert group_covers(who, "tram thi nghiem so 1 phai bao cao gi", members)
    assert not group_covers(who, "so noi vu phai bao cao gi", members)


def test_a_unit_field_that_is_a_clause_shows_as_its_unit() -> None:
    assert unit_and_task("Văn phòng chủ trì, phối hợp với các phòng tham mưu Giám đốc") == (
        "Văn phòng", "chủ trì, phối hợp với các phòng tham mưu Giám đốc")
    assert unit_and_task("Các cơ quan, đơn vị trực thuộc Sở") == ("Các cơ quan, đơn vị trực thuộc Sở", "")
    ob = ObligationRow(id=1, document_id=1, what="Tổ chức Hội nghị viên chức", due_on="2026-03-20",
                       due_text="trước ngày 20/3/2026", who="Phòng Tổ chức - Hành chính, phối hợp Công đoàn cơ sở")
    line = duty_line(ob, TODAY, with_source=False)
    assert line.startswith("Tổ chức Hội nghị viên chức (phối hợp Công đoàn cơ sở): trước ngày 20/3/2026")
    assert "đơn vị: Phòng Tổ chức - Hành chính" in line and row_to_deadline(ob).who == "Phòng Tổ chức - Hành chính"



def test_a_unit_covered_only_by_group_duties_gets_them(open_plan_engine) -> None:
    answer = open_plan_engine.ask("em ở Trạm Thí nghiệm số 1 của Trung tâm Kiểm định Xây dựng thì phải nộp những gì", log=False, today=TODAY)
    assert answer.found, answer.answer
    assert "Báo cáo kịp thời những khó khăn, vướng mắc" in answer.answer
    assert "Thủ trưởng các đơn vị trực thuộc" in answer.answer and "07/KH-TTKĐ" in answer.answer


def test_a_units_own_duties_come_before_its_groups(open_plan_engine) -> None:
    answer = open_plan_engine.ask("em ở Phòng Tổ chức - Hành chính của Trung tâm Kiểm định Xây dựng thì phải nộp những gì", log=False, today=TODAY)
    assert answer.found, answer.answer
    own = answer.answer.index("Báo cáo kết quả thực hiện Quy chế dân chủ hằng năm")
    group = answer.answer.index("Các phòng chuyên môn")
    assert own < group
