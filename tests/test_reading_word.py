"""Word plans as clerks make them (tests/support/word_fixtures.py): what a person sees on
the page is what is read — automatic numbers, group rows and merged cells of deadline
tables, the letterhead in a page header or a text box, a table nested in a frame — and
the plan's outline and duties (who, what, deadline, recipient) come out of it."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from index.parsing import parse_document
from index.reading import read_bytes
from index.reading_numbering import ListNumbers, format_number
from index.reading_wordml import DOCX_BODY
from tests.support.word_fixtures import (
    APPENDIX_DUTIES,
    FRAMED_DUTIES,
    NUMBERED_DUTIES,
    TABLE_DUTIES,
    framed_plan,
    numbered_plan,
    table_plan,
)


def _parsed(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return parse_document(path)


def _dated(parsed) -> set[tuple[str, str, str]]:
    return {(o.due_on, o.who, o.to_whom) for o in parsed.obligations if o.due_on}


def _assert_duties(parsed, expected: list[tuple[str, str, str, str]]) -> None:
    for due, who, what, to in expected:
        matches = [o for o in parsed.obligations if o.due_on == due and o.who == who]
        assert matches, (due, who, sorted(_dated(parsed)))
        assert any(what.lower() in o.what.lower() and o.to_whom == to for o in matches), \
            (due, who, what, to, [(o.what, o.to_whom) for o in matches])


# --- automatic numbering --------------------------------------------------------------------
def test_numbered_headings_and_items_are_read_as_word_shows_them():
    lines = read_bytes(numbered_plan(), ".docx").split("\n\n")
    for expected in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NỘI DUNG THỰC HIỆN", "1. Công khai thông tin",
                     "1.1. Công khai dự toán, quyết toán ngân sách", "1.2. Công khai kết quả tuyển dụng, nâng lương",
                     "2. Hội nghị công chức, viên chức", "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng Sở",
                     "a) Theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch;",
                     "c) Tổng hợp báo cáo năm gửi Sở Nội vụ trước ngày 25/11/2025.", "2. Thanh tra Sở",
                     # the second unit's list restarts at a)
                     "a) Tiếp nhận, xử lý đơn thư theo quy định;", "3. Các đơn vị sự nghiệp trực thuộc",
                     "- Gửi báo cáo 6 tháng về Văn phòng Sở chậm nhất ngày 10/6/2025."):
        assert expected in lines, expected


def test_a_numbered_plan_keeps_its_outline_and_each_units_duties(tmp_path: Path):
    parsed = _parsed(tmp_path, "ke_hoach_so_vhttdl.docx", numbered_plan())
    sections = {c.section for c in parsed.chunks}
    assert "II. NỘI DUNG THỰC HIỆN > 1. Công khai thông tin > 1.1. Công khai dự toán, quyết toán ngân sách" in sections
    assert "III. TỔ CHỨC THỰC HIỆN > 3. Các đơn vị sự nghiệp trực thuộc" in sections
    _assert_duties(parsed, NUMBERED_DUTIES)
    assert parsed.meta.issuer == "Sở Văn hóa, Thể thao và Du lịch" and parsed.meta.number == "27/KH-SVHTTDL"


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering(abstract: str, nums: str) -> etree._Element:
    return etree.fromstring(f'<w:numbering xmlns:w="{_W}">{abstract}{nums}</w:numbering>')


def _p(num_id: int | None = None, ilvl: int | None = None, style: str | None = None) -> etree._Element:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None:
        level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        ppr += f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'
    return etree.fromstring(f'<w:p xmlns:w="{_W}"><w:pPr>{ppr}</w:pPr></w:p>')


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def test_list_numbers_count_restart_and_show_like_word():
    abstract = ('<w:abstractNum w:abstractNumId="1">' + _lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%1.%2.")
                + _lvl(2, "lowerLetter", "%3)") + _lvl(3, "bullet", "\uf0b7") + "</w:abstractNum>")
    nums = ('<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="6"><w:abstractNumId w:val="1"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    numbers = ListNumbers(_numbering(abstract, nums), None)
    shown = [numbers.label(_p(5, lvl)) for lvl in (0, 1, 1, 2, 2, 3, 0, 1, 2)]
    assert shown == ["I.", "I.1.", "I.2.", "a)", "b)", "-", "II.", "II.1.", "a)"]
    assert numbers.label(_p(5, 0)) == "III."          # another instance of the list continues it...
    assert numbers.label(_p(6, 0)) == "I."            # ...unless it restarts the level
    assert numbers.label(_p(0, 0)) is None            # numId 0: numbering taken off
    assert numbers.label(_p()) is None


def test_legal_numbering_restart_rules_and_formats():
    abstract = ('<w:abstractNum w:abstractNumId="2">' + _lvl(0, "upperRoman", "%1.")
                + _lvl(1, "decimal", "%1.%2.", '<w:isLgl/>') + _lvl(2, "decimal", "(%3)", '<w:lvlRestart w:val="0"/>')
                + "</w:abstractNum>")
    numbers = ListNumbers(_numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="2"/></w:num>'), None)
    assert [numbers.label(_p(1, lvl)) for lvl in (0, 1, 2, 0, 1, 2)] == ["I.", "1.1.", "(1)", "II.", "2.1.", "(2)"]
    assert [format_number(n, f) for n, f in ((4, "upperRoman"), (14, "lowerRoman"), (4, "lowerLetter"),
                                             (27, "upperLetter"), (7, "decimalZero"), (3, "none"))] == \
        ["IV", "xiv", "d", "AA", "07", ""]


def test_headings_numbered_through_their_style_take_the_level_bound_to_the_style():
    abstract = ('<w:abstractNum w:abstractNumId="3">' + _lvl(0, "upperRoman", "%1.", '<w:pStyle w:val="H1"/>')
                + _lvl(1, "decimal", "%2.", '<w:pStyle w:val="H2"/>') + "</w:abstractNum>")
    styles = etree.fromstring(
        f'<w:styles xmlns:w="{_W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>'
        '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="H2b"><w:basedOn w:val="H2"/></w:style></w:styles>')
    numbers = ListNumbers(_numbering(abstract, '<w:num w:numId="9"><w:abstractNumId w:val="3"/></w:num>'), styles)
    assert [numbers.label(_p(style=s)) for s in ("H1", "H2", "H2b", "H1", "H2", "Normal")] == \
        ["I.", "1.", "2.", "II.", "1.", None]


# --- deadline tables --------------------------------------------------------------------------
def test_a_deadline_table_gives_every_row_its_unit_deadline_and_group(tmp_path: Path):
    parsed = _parsed(tmp_path, "ke_hoach_ban_dan_toc.docx", table_plan())
    m = parsed.meta
    assert (m.issuer, m.number, str(m.issued_on), m.signer) == ("Ban Dân tộc", "09/KH-BDT", "2025-01-08",
                                                                 "Hoàng Văn Thào")
    _assert_duties(parsed, TABLE_DUTIES + APPENDIX_DUTIES)
    assert len([o for o in parsed.obligations if o.due_on]) == len(TABLE_DUTIES + APPENDIX_DUTIES)
    by_date = {o.due_on: o for o in parsed.obligations if o.due_on}
    # the group row spanning the table heads the rows below it, under the text's heading
    assert by_date["2025-04-30"].section == "II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN > I. CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN"
    assert by_date["2025-10-31"].section == "II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN > III. KIỂM TRA, BÁO CÁO"
    assert by_date["2025-12-10"].section == "PHỤ LỤC"      # the appendix after the signature
    assert by_date["2025-06-15"].recurrence == "6 tháng" and by_date["2025-11-20"].recurrence == "năm"
    # Word's own "TT" numbers are in the rows; the group row is no row of its own
    text = read_bytes(table_plan(), ".docx")
    assert "10 | Tháng 10/2025 | Kiểm tra việc thực hiện dân chủ tại các phòng | Thanh tra Ban" in text
    assert "Văn phòng Ban; Thanh tra Ban" in text
    assert not any("|" in c.section for c in parsed.chunks)


# --- page header, text box, nested table --------------------------------------------------
def test_a_letterhead_in_the_page_header_and_a_text_box_is_read_once(tmp_path: Path):
    text = read_bytes(framed_plan(), ".docx")
    lines = text.split("\n\n")
    assert lines[:4] == ["SỞ Y TẾ HẬU GIANG", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "Số: 112/KH-KSBT",
                         "Hậu Giang, ngày 20 tháng 02 năm 2025"]
    assert text.count("112/KH-KSBT") == 1 and "Trang" not in text
    parsed = _parsed(tmp_path, "ke_hoach_cdc.docx", framed_plan())
    m = parsed.meta
    assert (m.issuer, m.number, str(m.issued_on)) == ("Trung tâm Kiểm soát bệnh tật", "112/KH-KSBT", "2025-02-20")
    _assert_duties(parsed, FRAMED_DUTIES)


@pytest.mark.parametrize("xml, expected", [
    # hidden text, a deleted revision and a field's code are not on the page; its result is
    ('<w:r><w:t>Trước </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t></w:r>'
     '<w:del><w:r><w:delText>cũ </w:delText></w:r></w:del><w:ins><w:r><w:t>ngày </w:t></w:r></w:ins>'
     '<w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:t>15/6</w:t></w:r>', "Trước ngày 15/6"),
    # a non-breaking hyphen in a document number, a content control around a run
    ('<w:r><w:t>Số 12/KH</w:t><w:noBreakHyphen/><w:t>UBND</w:t></w:r>'
     '<w:sdt><w:sdtContent><w:r><w:t> ngày 02/01</w:t></w:r></w:sdtContent></w:sdt>', "Số 12/KH-UBND ngày 02/01"),
])
def test_paragraph_text_is_what_the_page_shows(xml: str, expected: str):
    paragraph = etree.fromstring(f'<w:p xmlns:w="{_W}">{xml}</w:p>')
    assert DOCX_BODY.paragraph_text(paragraph) == expected


def test_block_content_controls_and_rows_shifted_by_grid_before_are_read():
    body = etree.fromstring(
        f'<w:body xmlns:w="{_W}"><w:sdt><w:sdtContent><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt><w:tbl>'
        '<w:tr><w:tc><w:p><w:r><w:t>TT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Thời hạn</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>Báo cáo năm</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Trước ngày 20/11</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>')
    assert DOCX_BODY.lines(body) == ["KẾ HOẠCH", "TT | Nội dung | Thời hạn", " | Báo cáo năm | Trước ngày 20/11"]


# --- PDF exported from Word ----------------------------------------------------------------
def test_a_pdf_table_over_a_page_break_is_one_table_with_every_rows_unit(tmp_path: Path):
    from tests.support.pdf_plans import table_pdf

    data = table_pdf()
    text = read_bytes(data, ".pdf")
    # the header repeated on page 2, the running header and the page numbers are gone
    assert text.count("TT | Thời gian hoàn thành | Nội dung công việc | Cơ quan chủ trì | Kết quả đầu ra") == 1
    assert "Kế hoạch số 09/KH-BDT ngày 08/01/2025 của Ban Dân tộc" not in text
    assert "\n2\n" not in text and not text.startswith("1\n")
    # cells wrapped over several lines are whole again
    assert "7 | Trước ngày 05/6/2025 và trước ngày 05/11/2025 | Báo cáo kết quả thực hiện dân chủ ở cơ sở " \
           "gửi Văn phòng Ban | Các phòng chuyên môn | Báo cáo" in text
    parsed = _parsed(tmp_path, "ke_hoach_ban_dan_toc.pdf", data)
    # the unit of a merged cell, shown once, belongs to every row it spans
    _assert_duties(parsed, TABLE_DUTIES)
    by_date = {o.due_on: o for o in parsed.obligations if o.due_on}
    assert by_date["2025-11-20"].section == "II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN > III. KIỂM TRA, BÁO CÁO"


def test_a_unit_cell_saying_as_above_takes_the_unit_of_the_row_above(tmp_path: Path):
    from index.cleaning import clean_text
    from index.obligations import extract_obligations
    from index.structure import split_blocks

    text = ("II. TỔ CHỨC THỰC HIỆN\nTT | Nội dung | Đơn vị chủ trì | Thời hạn\n"
            "1 | Báo cáo 6 tháng gửi Sở Nội vụ | Văn phòng Sở | Trước ngày 15/6/2025\n"
            "2 | Báo cáo năm gửi Sở Nội vụ | -nt- | Trước ngày 15/11/2025\n")
    obligations = extract_obligations(split_blocks(clean_text(text)), 2025, "Sở Xây dựng")
    assert [(str(o.due_on), o.who) for o in obligations] == [("2025-06-15", "Văn phòng Sở"),
                                                             ("2025-11-15", "Văn phòng Sở")]


@pytest.mark.parametrize("lines, expected", [
    (["Văn phòng Sở", "Thanh tra Sở"], "Văn phòng Sở; Thanh tra Sở"),        # two units, two paragraphs
    (["Trước ngày 15/6/2025", "Trước ngày 15/11/2025"], "Trước ngày 15/6/2025; Trước ngày 15/11/2025"),
    (["Phòng Kế hoạch -", "Tài chính"], "Phòng Kế hoạch - Tài chính"),       # one name over two lines
    (["Báo cáo kết quả thực hiện", "gửi Sở Nội vụ"], "Báo cáo kết quả thực hiện gửi Sở Nội vụ"),
])
def test_a_cells_paragraphs_join_as_items_or_as_one_text(lines: list[str], expected: str):
    from index.reading_tables import cell_text

    assert cell_text(lines) == expected
