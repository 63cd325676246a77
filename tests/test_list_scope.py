"""A list's scope and a window's duties on a small hand-built plan: the recipient a
reporting verb names ("báo cáo UBND tỉnh"), a recipient whose words the units share
("các phòng … gửi Văn phòng"), a window that counts what it does not show, and the
dates of a recurring duty inside the window only."""
from __future__ import annotations

from datetime import date

from index.answer_context import AnswerContext
from index.duties import score_obligations
from index.duty_selection import select_obligations
from index.duty_text import render_duties
from index.duty_windows import MAX_IN_WINDOW, in_window
from index.question import Intent, analyze
from index.rows import ObligationRow

TODAY = date(2026, 5, 4)
ISSUER = "UBND xã Tân Lập"


def _duty(i: int, what: str, who: str, to_whom: str, due_on: str | None, due_text: str = "",
          recurrence: str | None = None) -> ObligationRow:
    return ObligationRow(id=i, document_id=1, what=what, who=who, to_whom=to_whom, due_on=due_on,
                         due_text=due_text or (f"trước ngày {int(due_on[8:])}/{int(due_on[5:7])}/2026" if due_on else None),
                         recurrence=recurrence, issuer=ISSUER, number="12/KH-UBND", year=2026)


def _plan() -> list[ObligationRow]:
    monthly = [_duty(100 + m, "Tiếp công dân định kỳ của Chủ tịch UBND xã", "Văn phòng HĐND và UBND xã", "",
                     f"2026-{m:02d}-05", "ngày 05 hằng tháng", "hằng tháng, ngày 5") for m in range(1, 13)]
    return monthly + [
        _duty(1, "Tổ chức Hội nghị cán bộ, công chức năm 2026", ISSUER, "", "2026-03-13"),
        _duty(2, "Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng", "Phòng Văn hóa - Xã hội",
              "UBND tỉnh (qua Sở Nội vụ)", "2026-06-10"),
        _duty(3, "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm", "Phòng Văn hóa - Xã hội",
              "UBND tỉnh (qua Sở Nội vụ)", "2026-11-12"),
        _duty(4, "Báo cáo quý II", "Các phòng chuyên môn", "Văn phòng", "2026-06-03"),
        _duty(5, "Báo cáo năm", "Các phòng chuyên môn", "Văn phòng", "2026-11-05"),
        _duty(6, "Báo cáo xem xét, giải quyết kiến nghị", "các đơn vị phản ánh về Văn phòng", "Văn phòng", None),
        _duty(7, "Công khai thông tin", ISSUER, "", "2026-08-31"),
    ]


def _context(question: str, obligations: list[ObligationRow] | None = None) -> AnswerContext:
    plan = obligations if obligations is not None else _plan()
    return AnswerContext(analysis=analyze(question, today=TODAY), hits=[], chunks={}, obligations=plan,
                         documents={}, idf={}, unknown_idf=1.0, today=TODAY, pinned_documents=[1],
                         all_obligations=plan, plan_tokens={"xa", "tan", "lap"})


def _listed(question: str) -> list[int]:
    ctx = _context(question)
    assert ctx.analysis.intent == Intent.LIST
    return [ob.id for _, ob in select_obligations(ctx, score_obligations(ctx))]


def test_a_reporting_verb_before_an_agency_names_the_recipient() -> None:
    assert analyze("xã Tân Lập một năm báo cáo UBND tỉnh về dân chủ mấy lần, hạn nào").recipient \
        == "uy ban nhan dan tinh"
    # "gửi" still wins over the reporting phrase, and a report's own name is no recipient
    assert analyze("báo cáo năm gửi Sở Nội vụ hạn nào").recipient == "so noi vu"
    # the "tới" of the window "sắp tới" sends nothing to the agency after it
    assert analyze("sắp tới UBND xã Tân Lập có lịch gì phải làm", today=TODAY).recipient is None


def test_what_a_plan_reports_to_the_named_recipient_is_listed_not_its_issuers_other_duties() -> None:
    assert _listed("xã Tân Lập một năm báo cáo UBND tỉnh về dân chủ mấy lần, hạn nào") == [2, 3]


def test_units_sharing_a_word_with_the_recipient_are_still_the_units_asked() -> None:
    # "phòng" of "các phòng" is named though the recipient "Văn phòng" holds the word too,
    # and the unit whose name mentions the recipient is not the one asked
    assert _listed("các phòng gửi báo cáo về Văn phòng mấy lần, hạn từng kỳ") == [4, 5]


def test_respectively_asks_for_a_list() -> None:
    assert analyze("báo cáo 6 tháng và báo cáo năm hạn lần lượt là ngày nào").intent == Intent.LIST


def test_a_window_shows_a_recurring_duty_with_its_dates_inside_the_window_only() -> None:
    ctx = _context("quý II/2026 có những hạn nào")
    found = in_window(ctx, ctx.analysis.window)
    text = render_duties(ctx, [ob for _, ob in found.chosen], heading="Các hạn:", more=found.more,
                         every_date=False)
    assert "5/4, 5/5, 5/6/2026" in text and "5/7" not in text and "5/12" not in text
    assert "10/6/2026" in text and "3/6/2026" in text
    assert "lần tới 5/5: còn 1 ngày" in text and "10/6/2026 (còn 37 ngày)" in text   # how each stands


def test_a_window_holding_more_than_it_shows_counts_the_rest() -> None:
    many = [_duty(200 + d, f"Kiểm tra hồ sơ tổ {d}", f"Tổ {d}", "", f"2026-10-{d:02d}") for d in range(1, 16)]
    ctx = _context("tháng 10/2026 có những hạn nào", many)
    found = in_window(ctx, ctx.analysis.window)
    assert len(found.chosen) == MAX_IN_WINDOW and found.more == 15 - MAX_IN_WINDOW
    text = render_duties(ctx, [ob for _, ob in found.chosen], heading="Các hạn:", more=found.more,
                         every_date=False)
    assert f"… và {15 - MAX_IN_WINDOW} hạn khác" in text
    dates = [ob.due_on for _, ob in found.chosen]
    assert dates == sorted(dates)


def test_a_window_keeps_the_duties_sent_to_the_recipient_named() -> None:
    ctx = _context("tháng 6/2026 phải gửi UBND tỉnh những gì")
    found = in_window(ctx, ctx.analysis.window)
    assert [ob.id for _, ob in found.chosen] == [2]
