"""A PDF table read from its ruling lines: a unit cell merged over several rows (its text
drawn once, centred across them) belongs to every row it spans, wrapped cell lines are one
cell, and the table comes back as rows in the page's text."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from index.obligations import extract_obligations
from index.reading import read_bytes
from index.structure import split_blocks
from index.cleaning import clean_text

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "Ghi chú"]
ROWS = [
    ["1", "Rà soát danh mục thông tin phải công khai của cơ quan", "Tổ Hành chính - Quản trị",
     "Trước 15/4/2027", ""],
    ["2", "Niêm yết công khai danh mục đã rà soát tại trụ sở", "", "Tháng 5/2027", ""],
    ["3", "Báo cáo kết quả công khai thông tin của các tổ", "Các tổ chuyên môn",
     "6 tháng: trước 05/6/2027\nNăm: trước 05/11/2027", "Gửi Tổ Hành chính - Quản trị"],
]


def _ruled_pdf() -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT)))
    body = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=11, leading=15)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    rows = [[Paragraph(h, cell) for h in HEADER]]
    rows += [[Paragraph(c.replace("\n", "<br/>"), cell) if c else "" for c in row] for row in ROWS]
    table = Table(rows, colWidths=[26, 170, 90, 110, 90])
    # the unit of rows 1 and 2 is one merged cell, its text centred across both rows
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (2, 1), (2, 2))]))
    story = [Paragraph("TRƯỜNG TRUNG CẤP KỸ THUẬT SỐ 4", body), Paragraph("KẾ HOẠCH", body),
             Paragraph("Thực hiện dân chủ trong hoạt động của Trường năm 2027", body),
             Paragraph("II. TIẾN ĐỘ THỰC HIỆN", body), table,
             Paragraph("Trên đây là Kế hoạch thực hiện dân chủ của Trường năm 2027.", body)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def test_a_cell_merged_over_rows_belongs_to_each_row_it_spans() -> None:
    if not FONT.exists():
        pytest.skip("DejaVu font not installed")
    text = read_bytes(_ruled_pdf(), ".pdf")
    assert "1 | Rà soát danh mục thông tin phải công khai của cơ quan | Tổ Hành chính - Quản trị | Trước 15/4/2027 |" in text
    assert "2 | Niêm yết công khai danh mục đã rà soát tại trụ sở | Tổ Hành chính - Quản trị | Tháng 5/2027 |" in text
    # wrapped lines are one cell; a labelled line is an item of its own
    assert "| 6 tháng: trước 05/6/2027; Năm: trước 05/11/2027 |" in text
    # the text after the table is kept once, after the rows
    assert text.count("Trên đây là Kế hoạch") == 1 and text.index("3 | Báo cáo") < text.index("Trên đây là")
    duties = extract_obligations(split_blocks(clean_text(text)), 2027, "Trường Trung cấp Kỹ thuật số 4",
                                 date(2027, 3, 1))
    got = sorted((o.due_on, o.who, o.to_whom) for o in duties)
    assert got == [(date(2027, 4, 15), "Tổ Hành chính - Quản trị", ""),
                   (date(2027, 5, 31), "Tổ Hành chính - Quản trị", ""),
                   (date(2027, 6, 5), "Các tổ chuyên môn", "Tổ Hành chính - Quản trị"),
                   (date(2027, 11, 5), "Các tổ chuyên môn", "Tổ Hành chính - Quản trị")]
