"""Yes/no questions ("có phải nộp báo cáo quý không", "bc năm có gửi qua email được không",
"phải ko ạ"): the query stage reads them, the answer says "Có — <duty>" or "Không — <plan>
không yêu cầu …; kế hoạch chỉ yêu cầu: …" with its citation, on a small hand-built plan."""
from __future__ import annotations

from datetime import date

import pytest

from index.question import analyze
from tests.support.open_plan import FILENAME

TODAY = date(2026, 1, 10)


@pytest.mark.parametrize("question", [
    "có phải nộp báo cáo quý không", "có phải nộp bc quý ko", "có phải nộp bc quý k",
    "bc 6 tháng có phải gửi qua email hông", "báo cáo năm gửi Sở Nội vụ phải ko ạ",
    "bc năm có gửi qua email được không vậy",
])
def test_yes_no_questions_are_read_in_their_chat_forms(question: str) -> None:
    query = analyze(question, today=TODAY)
    assert query.asks_yes_no
    assert not {"ko", "k", "hong", "khong"} & set(query.focus_terms)


@pytest.mark.parametrize("question", [
    "hạn nộp báo cáo là ngày nào không", "ai ký kế hoạch không", "báo cáo quý gửi đâu", "không tìm thấy báo cáo",
])
def test_questions_asking_what_who_or_when_are_not_yes_no(question: str) -> None:
    assert not analyze(question, today=TODAY).asks_yes_no



def test_a_report_the_plan_does_not_ask_for_gets_no_and_what_it_asks_instead(open_plan_engine) -> None:
    answer = open_plan_engine.ask("Trung tâm Kiểm định Xây dựng có phải nộp báo cáo quý không", log=False, today=TODAY)
    assert answer.found, answer.answer
    assert answer.answer.startswith("Không — Kế hoạch số 07/KH-TTKĐ của Trung tâm Kiểm định Xây dựng, Lâm Thành (2026) "
                                    "không yêu cầu báo cáo quý; kế hoạch chỉ yêu cầu:")
    assert "6 tháng đầu năm: trước ngày 10/6/2026" in answer.answer
    assert answer.sources[0].document == FILENAME


def test_a_report_the_plan_asks_for_gets_yes_with_the_duty(open_plan_engine) -> None:
    answer = open_plan_engine.ask("Trung tâm Kiểm định Xây dựng có phải báo cáo 6 tháng ko ạ", log=False, today=TODAY)
    assert answer.found, answer.answer
    assert answer.answer.startswith("Có — Báo cáo kết quả thực hiện Quy chế dân chủ 6 tháng đầu năm: trước ngày 10/6/2026")
    assert "(Nguồn: Kế hoạch số 07/KH-TTKĐ" in answer.answer


def test_a_recipient_the_plan_names_gets_yes(open_plan_engine) -> None:
    answer = open_plan_engine.ask("Trung tâm Kiểm định Xây dựng: phòng em có phải gửi bc cho Sở Nội vụ không",
                             log=False, today=TODAY)
    assert answer.found, answer.answer
    assert answer.answer.startswith("Có — ") and "gửi: Sở Nội vụ" in answer.answer


def test_a_channel_the_plan_does_not_name_gets_no_and_the_channel_it_names(open_plan_engine) -> None:
    answer = open_plan_engine.ask("bc năm của Trung tâm Kiểm định Xây dựng có gửi qua email được không",
                             log=False, today=TODAY)
    assert answer.found, answer.answer
    assert answer.answer.startswith("Không — ") and "không yêu cầu báo cáo năm gửi qua email" in answer.answer
    assert "qua hệ thống quản lý văn bản và điều hành" in answer.answer
