"""Deadline tables read by what their columns mean: a header naming a sender and a recipient
gives one duty per such column, a data-period column holds no deadline, a report-period
column names the report, and a cell holding a date is never a unit or a recipient."""
from __future__ import annotations

from datetime import date

from index.models import Block
from index.obligations import extract_obligations
from index.table_columns import holds_date, is_data_period, is_period_label, send_columns

SECTION = "III. TỔ CHỨC THỰC HIỆN > 5. Thời hạn báo cáo"
ISSUER = "Chi cục Thống kê khu vực II"


def _read(header: str, *rows: str) -> list:
    blocks = [Block(SECTION, header)] + [Block(SECTION, row) for row in rows]
    return extract_obligations(blocks, 2027, ISSUER, date(2027, 1, 10))


def test_each_column_naming_a_recipient_is_a_duty_of_its_own() -> None:
    duties = _read("Kỳ báo cáo | Thời gian chốt số liệu | Các đội thống kê gửi Phòng Tổng hợp | Cơ quan gửi Cục Thống kê",
                   "6 tháng | Từ 15/12/2026 đến 14/6/2027 | Trước ngày 17/6/2027 | Trước ngày 21/6/2027",
                   "Năm | Từ 15/12/2026 đến 14/12/2027 | Trước ngày 16/12/2027 | Trước ngày 20/12/2027")
    got = sorted((o.due_on, o.who, o.to_whom, o.what, o.recurrence) for o in duties)
    assert got == [
        (date(2027, 6, 17), "Các đội thống kê", "Phòng Tổng hợp", "Báo cáo 6 tháng", "6 tháng"),
        (date(2027, 6, 21), ISSUER, "Cục Thống kê", "Báo cáo 6 tháng", "6 tháng"),
        (date(2027, 12, 16), "Các đội thống kê", "Phòng Tổng hợp", "Báo cáo năm", "năm"),
        (date(2027, 12, 20), ISSUER, "Cục Thống kê", "Báo cáo năm", "năm"),
    ]
    # the data period's end ("đến 14/6/2027") is no deadline
    assert not any(o.due_on in (date(2027, 6, 14), date(2027, 12, 14)) for o in duties)


def test_a_date_in_a_unit_column_is_a_deadline_not_the_unit() -> None:
    duties = _read("TT | Nội dung | Đơn vị thực hiện | Ghi chú",
                   "1 | Báo cáo kết quả kiểm tra gửi Phòng Tổng hợp | Trước ngày 05/7/2027 | ")
    assert [(o.due_on, o.who) for o in duties] == [(date(2027, 7, 5), ISSUER)]


def test_a_dated_cell_with_a_remark_in_brackets_is_read() -> None:
    duties = _read("STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành",
                   "1 | Hội nghị đối thoại với người dân | Đội Thống kê số 2 | Ngày 18/9/2027 (dự kiến)")
    assert [(o.due_on, o.who) for o in duties] == [(date(2027, 9, 18), "Đội Thống kê số 2")]


def test_header_words() -> None:
    sends = send_columns(["STT", "Nội dung", "Hạn gửi Sở Tài chính", "Thời gian gửi", "Đơn vị gửi UBND huyện"])
    assert [(s.index, s.sender, s.recipient, s.own) for s in sends] == [
        (2, None, "Sở Tài chính", False), (4, None, "UBND huyện", True)]
    assert is_data_period("Thời gian chốt số liệu") and not is_data_period("Thời gian hoàn thành")
    assert is_period_label("Kỳ báo cáo") and not is_period_label("Nội dung báo cáo")
    assert holds_date("Trước ngày 17/6") and holds_date("Quý II/2027") and not holds_date("Phòng Tổng hợp")


def test_a_note_cell_opening_with_a_send_verb_names_the_recipient() -> None:
    duties = _read("STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành | Ghi chú",
                   "1 | Báo cáo hoạt động giám sát | Ban Thanh tra nhân dân | Trước ngày 10/7/2027 | Gửi BCH Công đoàn cơ sở",
                   "2 | Báo cáo tổng hợp ý kiến | Tổ Tổng hợp | Trước ngày 12/7/2027 | Thay mẫu cũ")
    assert sorted((o.due_on, o.to_whom) for o in duties) == [
        (date(2027, 7, 10), "BCH Công đoàn cơ sở"), (date(2027, 7, 12), "")]
