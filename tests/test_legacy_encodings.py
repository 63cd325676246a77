"""Plans typed in TCVN3 (.VnTime) or VNI (VNI-Times) read as Unicode in every format,
and proper Unicode text is never converted.

Fixtures: tests/fixtures/legacy, one plan of our own in both encodings and five formats
(scripts/make_legacy_fixtures.py; the .doc/.odt/.rtf converted by LibreOffice).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from index.legacy_encodings import (
    declared_encodings,
    detect_encoding,
    font_encoding,
    repair_legacy_text,
    syllable_key,
)
from index.parsing import parse_document
from index.reading import read_bytes, read_document
from tests.support.formats import needs_antiword

LEGACY = Path(__file__).resolve().parent / "fixtures" / "legacy"
SOURCE = (LEGACY / "src" / "ke_hoach_cu.txt").read_text(encoding="utf-8")
SHIPPED = Path(__file__).resolve().parent.parent / "corpus"
FILES = ["ke_hoach_cu_tcvn3.txt", "ke_hoach_cu_vni.txt", "ke_hoach_cu_tcvn3.docx", "ke_hoach_cu_vni.docx",
         "ke_hoach_cu_tcvn3.odt", "ke_hoach_cu_tcvn3.rtf", "ke_hoach_cu_vni.rtf",
         "ke_hoach_cu_tcvn3.doc", "ke_hoach_cu_vni.doc"]


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s|#.,;:()]+", unicodedata.normalize("NFC", text)) if w}


def _marks(name: str) -> list:
    return [needs_antiword] if name.endswith(".doc") else []


@pytest.mark.parametrize("name", [pytest.param(n, marks=_marks(n)) for n in FILES])
def test_legacy_plan_reads_as_its_unicode_source(name: str) -> None:
    text = read_document(LEGACY / name)
    expected = _words(SOURCE)
    missing = expected - _words(text)
    # antiword drops TCVN3's "ư" byte (the soft hyphen): index/doc_soft_hyphens.py keeps it
    # under a placeholder, so "Lưu" and "lương" come back too
    assert not missing, sorted(missing)
    assert "Thực hiện Quy chế dân chủ ở cơ sở năm 2008" in text
    assert "KẾ HOẠCH" in text                                  # .VnTimeH capitals restored


@pytest.mark.parametrize("name", [pytest.param(n, marks=_marks(n)) for n in FILES])
def test_legacy_plan_gives_its_deadlines_and_letterhead(name: str) -> None:
    parsed = parse_document(LEGACY / name)
    assert parsed.meta.number == "27/KH-PNV"
    assert parsed.meta.year == 2008
    assert {"2008-06-15", "2008-12-10"} <= {str(o.due_on) for o in parsed.obligations}


def test_shipped_unicode_plans_are_never_converted() -> None:
    for path in sorted(SHIPPED.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert detect_encoding(text) is None, path.name
        assert repair_legacy_text(text, frozenset({"tcvn3", "vni"})).text == unicodedata.normalize("NFC", text)


def test_unicode_text_with_latin1_words_stays_as_is() -> None:
    text = ("Hội nghị với đối tác Café Résumé © 2008, Müller & Söhne GmbH; "
            "Chú ý: các văn bản gửi kèm theo Thông báo số 12/TB-VP.")
    assert repair_legacy_text(text).text == text


def test_short_tcvn3_and_vni_lines_convert() -> None:
    assert repair_legacy_text("Ch\xad\xacng tr×nh c«ng t¸c n¨m 2005 cña c¬ quan").text == \
        "Chương trình công tác năm 2005 của cơ quan"
    assert repair_legacy_text("Quy cheá daân chuû ôû cô sôû cuûa cô quan naêm 2005").text == \
        "Quy chế dân chủ ở cơ sở của cơ quan năm 2005"


def test_unicode_letterhead_above_tcvn3_body_keeps_both() -> None:
    text = "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nKÕ ho¹ch thùc hiÖn d©n chñ ë c¬ së\nB¸o c¸o tr­íc ngµy 15/6"
    assert repair_legacy_text(text).text.splitlines() == [
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "Kế hoạch thực hiện dân chủ ở cơ sở", "Báo cáo trước ngày 15/6"]


def test_legacy_run_inside_a_unicode_paragraph_is_converted_word_by_word() -> None:
    text = "Các đơn vị gửi b¸o c¸o về Văn phòng tr­íc ngày 20/11 để tổng hợp."
    assert repair_legacy_text(text, frozenset({"tcvn3"})).text == \
        "Các đơn vị gửi báo cáo về Văn phòng trước ngày 20/11 để tổng hợp."


def test_declared_font_names() -> None:
    assert font_encoding(".VnTime") == font_encoding("ABCDEF+.VnArialH") == "tcvn3"
    assert font_encoding("VNI-Times") == "vni"
    assert font_encoding("Times New Roman") is None
    assert declared_encodings((LEGACY / "ke_hoach_cu_tcvn3.docx").read_bytes()) == {"tcvn3"}
    assert declared_encodings((LEGACY / "ke_hoach_cu_vni.rtf").read_bytes()) == {"vni"}
    assert "tcvn3" in declared_encodings((LEGACY / "ke_hoach_cu_tcvn3.doc").read_bytes())
    assert declared_encodings(b"plain text") == frozenset()


def test_syllable_key_ignores_tone_placement() -> None:
    assert syllable_key("hoà") == syllable_key("Hòa") == "hoa1"
    assert syllable_key("người") == "ngươi1"


def test_utf8_text_file_of_tcvn3_look_alikes_converts() -> None:
    # a TCVN3 text pasted into a UTF-8 editor keeps its look-alike characters
    data = "KÕ ho¹ch tæ chøc héi nghÞ c¸n bé, c«ng chøc n¨m 2006".encode("utf-8")
    assert read_bytes(data, ".txt") == "Kế hoạch tổ chức hội nghị cán bộ, công chức năm 2006"


def test_web_page_mixing_tcvn3_and_vni_runs_converts_each_line_with_its_own() -> None:
    page = ('<html><head><meta charset="utf-8"></head><body>'
            '<p style="font-family:.VnTime">KÕ ho¹ch thùc hiÖn d©n chñ ë c¬ së</p>'
            '<p>Hòa Lạc, ngày 1 tháng 2 năm 2025</p>'
            '<p><span style="font-family:VNI-Times">Quy cheá daân chuû cuûa cô quan</span></p></body></html>')
    assert read_bytes(page.encode("utf-8"), ".html").split("\n\n") == [
        "Kế hoạch thực hiện dân chủ ở cơ sở", "Hòa Lạc, ngày 1 tháng 2 năm 2025", "Quy chế dân chủ của cơ quan"]
