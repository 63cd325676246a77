"""Table rows whose deadline cell holds several labelled deadlines, quarterly duties due in
the month after each quarter, and the recipient slot choosing among duties of one kind."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from index.models import Block
from index.obligations import extract_obligations
from index.recurrence import occurrences, parse_rule
from tests.support.plans import engine_over_plan

SECTION = "III. TỔ CHỨC THỰC HIỆN"
HEADER = "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |"
ROWS = [
    "| 1 | Báo cáo 6 tháng của các tổ, đội gửi Bệnh viện (qua Phòng Hành chính) | Các tổ, đội | Trước ngày 10/6/2026 |",
    "| 2 | Báo cáo năm của các tổ, đội gửi Bệnh viện (qua Phòng Hành chính) | Các tổ, đội | Trước ngày 12/11/2026 |",
    "| 3 | Tổng hợp báo cáo kết quả thực hiện dân chủ của Bệnh viện gửi Sở Y tế | Phòng Hành chính "
    "| 6 tháng: trước ngày 20/6/2026; năm: trước ngày 28/11/2026 |",
    "| 4 | Đo lường sự hài lòng của người dân, gửi kết quả về Sở Y tế | Phòng Điều dưỡng "
    "| Hằng quý, chậm nhất ngày 07 của tháng đầu quý sau |",
]


def _table_obligations():
    blocks = [Block(SECTION, HEADER)] + [Block(SECTION, row) for row in ROWS]
    return extract_obligations(blocks, 2026, "Bệnh viện Đa khoa Hòa Bình", date(2026, 2, 1))


def test_a_cell_with_two_labelled_deadlines_gives_one_duty_per_period() -> None:
    summary = [o for o in _table_obligations() if o.what.startswith("Tổng hợp báo cáo")]
    assert [(o.due_on, o.recurrence) for o in summary] == [(date(2026, 6, 20), "6 tháng"), (date(2026, 11, 28), "năm")]
    # the recipient written inside the content cell is the duty's addressee
    assert all(o.to_whom == "Sở Y tế" and o.who == "Phòng Hành chính" for o in summary)


def test_a_duty_due_early_in_the_next_quarter_recurs_each_quarter() -> None:
    survey = [o for o in _table_obligations() if o.what.startswith("Đo lường")]
    assert [o.due_on for o in survey] == [date(2026, 4, 7), date(2026, 7, 7), date(2026, 10, 7)]
    assert all(o.recurrence == "hằng quý, ngày 7" and o.to_whom == "Sở Y tế" for o in survey)
    rule = parse_rule("chậm nhất ngày 05 của tháng đầu tiên của quý tiếp theo")
    assert rule is not None and rule.period == "next_quarter"
    assert occurrences(rule, date(2026, 1, 1), date(2026, 12, 31))[0] == date(2026, 1, 5)
    # a plain "của tháng" stays monthly
    assert parse_rule("trước ngày 05 của tháng").period == "month"


PLAN = f"""BỆNH VIỆN ĐA KHOA HÒA BÌNH

Số: 12/KH-BV

KẾ HOẠCH
Thực hiện dân chủ ở cơ sở tại Bệnh viện Đa khoa Hòa Bình năm 2026

{SECTION}

1. Phân công nhiệm vụ và thời gian hoàn thành:

{HEADER}
|---|---|---|---|
""" + "\n".join(ROWS) + "\n"


def _engine(tmp_path: Path):
    return engine_over_plan(tmp_path, "bv_hoabinh_2026.md", PLAN)


def test_the_named_recipient_beats_a_duty_that_only_shares_the_report_kind(tmp_path: Path) -> None:
    with _engine(tmp_path) as eng:
        today = date(2026, 3, 1)
        yearly = eng.ask("Bệnh viện gửi báo cáo năm cho Sở Y tế trước ngày nào?", log=False, today=today)
        assert yearly.deadlines and yearly.deadlines[0].date == date(2026, 11, 28)
        half = eng.ask("hạn báo cáo 6 tháng của bệnh viện lên Sở Y tế", log=False, today=today)
        assert half.deadlines and half.deadlines[0].date == date(2026, 6, 20)
        # without a recipient the departments' own report of that kind is still found
        units = eng.ask("các tổ, đội gửi báo cáo năm về Bệnh viện hạn nào?", log=False, today=today)
        assert units.deadlines and units.deadlines[0].date == date(2026, 11, 12)


def test_the_recipient_slot_reads_abbreviations_and_not_the_askers_own_unit() -> None:
    from index.question import analyze

    assert analyze("Phòng Hành chính gửi bc năm cho SYT hạn ngày mấy").recipient == "so y te"
    # "tôi ở Phòng X" names the asker's unit; the recipient is the agency after "gửi"
    assert analyze("Tôi ở Phòng Hành chính, báo cáo năm gửi Sở Y tế hạn nào?").recipient == "so y te"
    assert analyze("báo cáo gửi các Sở ngành hạn nào").recipient == "so nganh"


def test_a_named_recipient_under_another_head_is_another_agency() -> None:
    from index.duties import recipient_match
    from index.rows import ObligationRow

    to_centre = ObligationRow(id=1, document_id=1, who="Các tổ", what="Báo cáo năm", to_whom="Trung tâm",
                              issuer="Trung tâm Y tế Hòa Bình")
    to_department = ObligationRow(id=2, document_id=1, who="Phòng Hành chính", what="Báo cáo năm",
                                  to_whom="Sở Y tế", issuer="Trung tâm Y tế Hòa Bình")
    assert recipient_match(to_department, "so y te") == 1.0
    assert recipient_match(to_centre, "so y te") < 0.5


def test_a_list_of_duties_sent_to_the_named_recipient(tmp_path: Path) -> None:
    with _engine(tmp_path) as eng:
        answer = eng.ask("Bệnh viện phải gửi Sở Y tế những báo cáo nào, hạn khi nào?", log=False,
                         today=date(2026, 3, 1))
        assert answer.deadlines and all(d.to_whom == "Sở Y tế" for d in answer.deadlines)
        assert {date(2026, 6, 20), date(2026, 11, 28)} <= {d.date for d in answer.deadlines}


def test_a_list_question_naming_its_subject_lists_that_units_duties(tmp_path: Path) -> None:
    with _engine(tmp_path) as eng:
        answer = eng.ask("các tổ, đội của bệnh viện phải nộp những báo cáo nào, hạn khi nào", log=False,
                         today=date(2026, 3, 1))
        assert [d.date for d in answer.deadlines] == [date(2026, 6, 10), date(2026, 11, 12)]
