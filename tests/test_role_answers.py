"""Role and list answers on small hand-built plans: a unit the plan covers only as a group
gets the group's duties (its own first), a dated table row outranks the undated prose that
mentions the same deliverable, and a long list counts every milestone it leaves out."""
from __future__ import annotations

from datetime import date

from index.answer_context import AnswerContext
from index.duties import score_obligations
from index.duty_selection import select_obligations
from index.duty_groups import group_covers, group_kinds
from index.duty_text import MAX_SHOWN, render_duties
from index.question import analyze
from index.rows import ObligationRow

TODAY = date(2026, 1, 10)
PLAN_TOKENS = {"truong", "cao", "dang", "nghe", "ha", "nam"}


def _duty(i: int, what: str, who: str, due_on: str | None, due_text: str = "", to_whom: str = "") -> ObligationRow:
    return ObligationRow(id=i, document_id=1, what=what, who=who, to_whom=to_whom, due_on=due_on,
                         due_text=due_text or (_written(due_on) if due_on else None),
                         issuer="Trường Cao đẳng Nghề Hà Nam", number="9/KH-CĐN", year=2026)


def _written(due_on: str) -> str:
    d = date.fromisoformat(due_on)
    return f"trước ngày {d.day}/{d.month}/{d.year}"


def _context(question: str, duties: list[ObligationRow]) -> AnswerContext:
    return AnswerContext(analysis=analyze(question, today=TODAY), hits=[], chunks={}, obligations=duties,
                         documents={}, idf={}, unknown_idf=1.0, today=TODAY, pinned_documents=[1],
                         plan_tokens=PLAN_TOKENS)


def _chosen(question: str, duties: list[ObligationRow]) -> list[int]:
    ctx = _context(question, duties)
    return [ob.id for _, ob in select_obligations(ctx, score_obligations(ctx))]


def test_a_group_names_its_kinds_of_unit_and_covers_each_unit_of_a_kind() -> None:
    assert [sorted(k) for k in group_kinds("Các khoa, phòng, Trạm Y tế")] == [["khoa"], ["phong"], ["te", "tram", "y"]]
    assert group_covers("Trạm Y tế các xã", {"tram", "y", "te", "xa", "dong", "son"})
    assert group_covers("Các khoa", {"khoa", "ke", "toan"})
    assert not group_covers("Phòng Đào tạo", {"phong", "ke", "hoach"})   # a named unit is no group
    assert not group_covers("Các khoa", {"phong", "ke", "hoach"})


def test_a_unit_the_plan_covers_as_a_group_gets_the_groups_duties_its_own_first() -> None:
    duties = [
        _duty(1, "Báo cáo 6 tháng của các phòng, khoa", "Các phòng, khoa", "2026-06-08"),
        _duty(2, "Báo cáo năm của các phòng, khoa", "Các phòng, khoa", "2026-11-14"),
        _duty(3, "Công khai dự toán thu, chi năm 2026", "Phòng Kế hoạch - Tài chính", "2026-03-31"),
        _duty(4, "Tổng hợp báo cáo của Trường gửi Sở Nội vụ", "Phòng Tổ chức - Hành chính", "2026-11-24"),
    ]
    listed = _chosen("em ở phòng Kế hoạch - Tài chính thì phải nộp những gì, hạn nào", duties)
    assert set(listed) == {1, 2, 3}
    ctx = _context("em ở phòng Kế hoạch - Tài chính thì phải làm gì", duties)
    assert score_obligations(ctx)[0][1].id == 3


def test_a_dated_table_row_outranks_undated_prose_naming_the_same_report() -> None:
    prose = _duty(1, "Báo cáo hằng quý", "Các khoa", None, to_whom="Phòng Tổ chức - Hành chính")
    rows = [_duty(10 + q, "Báo cáo tình hình thực hiện dân chủ hằng quý của các khoa", "Các khoa",
                  f"2026-{3 * q:02d}-20", "Trước ngày 20 của tháng cuối quý") for q in range(1, 5)]
    other = _duty(2, "Hội nghị viên chức, người lao động", "Công đoàn trường", "2026-02-28")
    ctx = _context("em ở khoa Kế toán, báo cáo hằng quý nộp lúc nào", [prose, *rows, other])
    top = score_obligations(ctx)[0][1]
    assert top.due_on and top.id in {11, 12, 13, 14}


def test_a_long_list_shows_every_date_it_can_and_counts_the_rest_right() -> None:
    duties = [_duty(i, f"Nhiệm vụ số {i} về công khai tài chính", f"Phòng số {i}", f"2026-{i:02d}-15")
              for i in range(1, 13)]
    ctx = _context("kế hoạch có những mốc hạn nào", duties)
    chosen = select_obligations(ctx, score_obligations(ctx))
    assert len(chosen) == 12
    text = render_duties(ctx, [ob for _, ob in chosen])
    assert all(f"15/{m}" in text for m in range(1, MAX_SHOWN + 1))
    assert f"… và {12 - MAX_SHOWN} hạn khác" in text


def test_a_recurring_duty_is_one_line_with_all_its_dates_in_a_list() -> None:
    monthly = [_duty(20 + m, "Báo cáo tình hình tiếp nhận phản ánh", "Trạm Y tế các xã", f"2026-{m:02d}-25",
                     "trước ngày 25 hằng tháng") for m in range(1, 13)]
    yearly = _duty(1, "Báo cáo năm", "Các khoa", "2026-11-16")
    ctx = _context("cả năm có những mốc hạn nào", [*monthly, yearly])
    text = render_duties(ctx, [ob for _, ob in select_obligations(ctx, score_obligations(ctx))])
    assert "25/1, 25/2" in text and "25/12/2026" in text and "16/11/2026" in text and "hạn khác" not in text


def test_a_period_deadline_shows_its_last_day_next_to_the_period() -> None:
    from index.duty_text import due_with_status, format_due
    quarter = _duty(1, "Tổ chức đối thoại", "Hiệu trưởng", "2026-06-30", "trong quý II/2026")
    assert format_due(quarter) == "trong quý II/2026 (30/6/2026)"
    assert due_with_status(quarter, TODAY) == "trong quý II/2026 (30/6/2026, còn 171 ngày)"
    assert format_due(_duty(2, "Báo cáo năm", "Các khoa", "2026-11-14", "Trước ngày 14/11/2026")) == \
        "Trước ngày 14/11/2026"
    assert format_due(_duty(3, "Báo cáo 6 tháng", "Các khoa", "2026-06-08", "trước ngày 08/6")) == \
        "trước ngày 08/6/2026"


def test_a_who_question_is_answered_by_the_unit_a_plan_names_not_its_letterhead() -> None:
    from index.passages import best_sentences
    from index.rows import ChunkRow
    from index.structure import FRONT_MATTER

    def chunk(i: int, section: str, text: str) -> ChunkRow:
        return ChunkRow(id=i, document_id=1, ordinal=i, section=section, text=text, issuer="Sở Xây dựng",
                        year=2026)
    chunks = {1: chunk(1, FRONT_MATTER, "UBND TỈNH HÀ NAM\nHà Nam, ngày 10 tháng 01 năm 2026"),
              2: chunk(2, "III. TỔ CHỨC THỰC HIỆN > 1. Văn phòng Sở",
                       "- Là đơn vị thường trực, theo dõi việc thực hiện Kế hoạch.")}
    # the place is a rarer word than the duty's: the letterhead holds it, the duty does not
    ctx = AnswerContext(analysis=analyze("ai là đơn vị thường trực của Sở Xây dựng Hà Nam", today=TODAY),
                        hits=[], chunks=chunks, obligations=[], documents={}, idf={"ha": 2.5, "nam": 2.5},
                        unknown_idf=1.0, today=TODAY, plan_tokens={"so", "xay", "dung"})
    picked = best_sentences(ctx)
    assert picked is not None and picked.row.id == 2


def test_a_question_asking_through_what_prefers_the_duty_that_names_the_channel() -> None:
    from index.channels import asks_channel
    plain = _duty(1, "Báo cáo 6 tháng", "Các khoa", "2026-06-08", to_whom="Trường")
    mailed = _duty(2, "Báo cáo 6 tháng gửi bản điện tử", "Các khoa", "2026-06-08",
                   to_whom="Trường (qua Phòng Tổ chức - Hành chính); email: tchc@truong.edu.vn")
    assert asks_channel(analyze("báo cáo 6 tháng gửi qua mail nào").folded)
    assert not asks_channel(analyze("báo cáo 6 tháng hạn ngày nào").folded)
    ctx = _context("các khoa gửi báo cáo 6 tháng qua mail nào", [plain, mailed])
    assert score_obligations(ctx)[0][1].id == 2
    listed = _context("các khoa nộp những báo cáo gì, qua hộp thư nào", [mailed, _duty(
        3, "Báo cáo năm", "Các khoa", "2026-11-14", to_whom="Trường; email: tchc@truong.edu.vn")])
    assert "tchc@truong.edu.vn" in render_duties(listed, [mailed, listed.obligations[1]])


def test_a_recurring_duty_chosen_by_some_of_its_dates_is_shown_with_all_of_them() -> None:
    quarterly = [_duty(30 + q, "Báo cáo tình hình thực hiện dân chủ", "Các khoa", f"2026-{3 * q:02d}-20",
                       "trước ngày 20 của tháng cuối quý") for q in range(1, 5)]
    ctx = _context("báo cáo quý nộp mấy lần", quarterly)
    text = render_duties(ctx, quarterly[1:3])
    assert "20/3, 20/6, 20/9, 20/12/2026" in text and text.count("\n") == 1
