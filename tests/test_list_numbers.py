"""Automatic lists keep the numbers and bullets the word processor draws (.odt from its
list styles, .doc from antiword's DocBook lists; .rtf writes them out itself, its Symbol-font
bullets become dashes).

Fixture: tests/fixtures/legacy/danh_sach_tu_dong.* (scripts/make_legacy_fixtures.py: one
.docx with Word's "List Number"/"List Bullet" paragraphs, converted by LibreOffice)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.list_numbers import ListCounter, ListLevel, dash_symbol_bullets, format_number, labelled
from index.reading import read_document
from tests.support.formats import needs_antiword

LISTS = Path(__file__).resolve().parent / "fixtures" / "legacy"
FIRST = "1. Văn phòng HĐND và UBND xã báo cáo kết quả 6 tháng trước ngày 10/6/2025."
SECOND = "2. Công chức Tư pháp - Hộ tịch báo cáo kết quả năm trước ngày 15/11/2025."


@pytest.mark.parametrize("suffix", [".odt", pytest.param(".doc", marks=needs_antiword), ".rtf"])
def test_automatic_list_items_keep_their_numbers(suffix: str) -> None:
    lines = [" ".join(ln.split()) for ln in read_document(LISTS / f"danh_sach_tu_dong{suffix}").split("\n\n")]
    assert FIRST in lines and SECOND in lines


@pytest.mark.parametrize("suffix", [".odt", pytest.param(".doc", marks=needs_antiword), ".rtf"])
def test_bulleted_items_get_the_dash_plans_type(suffix: str) -> None:
    text = read_document(LISTS / f"danh_sach_tu_dong{suffix}")
    assert "- Dự toán ngân sách xã." in text.split("\n\n")


def test_number_formats() -> None:
    assert [format_number(n, "1") for n in (1, 12)] == ["1", "12"]
    assert [format_number(n, "a") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [format_number(n, "I") for n in (1, 4, 9, 14)] == ["I", "IV", "IX", "XIV"]


def test_nested_levels_restart_and_show_their_parents() -> None:
    counter = ListCounter({1: ListLevel(numbered=True, num_format="I", suffix="."),
                           2: ListLevel(numbered=True, num_format="1", suffix=".", display_levels=2),
                           3: ListLevel()})
    labels = [counter.label(level) for level in (1, 2, 2, 3, 1, 2)]
    assert labels == ["I.", "I.1.", "I.2.", "-", "II.", "II.1."]
    assert labelled("a)", ["Văn phòng", "tiếp"]) == ["a) Văn phòng", "tiếp"]
    assert labelled("", ["Văn phòng"]) == ["Văn phòng"]


def test_symbol_font_bullets_become_dashes_and_other_text_stays() -> None:
    assert dash_symbol_bullets("\uf0b7\tCông khai tài chính.\n  \uf0a7 Niêm yết") == \
        "- Công khai tài chính.\n  - Niêm yết"
    assert dash_symbol_bullets("Giá \uf0b7 trong dòng") == "Giá \uf0b7 trong dòng"
