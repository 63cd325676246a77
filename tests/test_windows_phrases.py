"""Colloquial window words (index/data/window_phrases.tsv) and the window intent they give."""
from __future__ import annotations

from datetime import date

import pytest

from index.question import Intent, analyze
from index.vietnamese import fold
from index.windows import UPCOMING_DAYS, find_window, parse_window_phrases

TODAY = date(2026, 9, 25)   # a Friday


@pytest.mark.parametrize("question", ["mấy hôm nữa có hạn gì không", "vài ngày tới phải nộp gì",
                                      "sắp đến hạn báo cáo nào", "những ngày tới có việc gì"])
def test_colloquial_upcoming_words_read_the_next_days(question: str) -> None:
    window = find_window(fold(question), TODAY)
    assert window is not None and window.span == "upcoming"
    assert (window.start, (window.end - window.start).days) == (TODAY, UPCOMING_DAYS)


def test_next_week_words_read_monday_to_sunday() -> None:
    window = find_window(fold("tuần tới có hạn nào"), TODAY)
    assert window is not None and (window.start, window.end) == (date(2026, 9, 28), date(2026, 10, 4))


def test_a_report_of_six_months_is_no_window() -> None:
    assert find_window(fold("báo cáo 6 tháng nộp khi nào"), TODAY) is None


def test_an_unknown_kind_in_the_phrase_file_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_window_phrases("soon\tsắp tới\n")


@pytest.mark.parametrize("question", ["tháng 10 có việc gì phải làm xong không",
                                      "mấy hôm nữa trường mình có hạn gì không"])
def test_window_words_with_a_duty_cue_ask_for_the_window(question: str) -> None:
    query = analyze(question, today=TODAY)
    assert query.intent == Intent.WINDOW and query.window is not None


def test_a_window_cue_without_a_window_is_not_a_window_question() -> None:
    query = analyze("phòng tổ chức làm việc gì", today=TODAY)
    assert query.window is None and query.intent != Intent.WINDOW
