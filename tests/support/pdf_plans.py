"""The deadline-table plan of tests/support/word_fixtures.py as Word exports it to PDF
(reportlab, a Vietnamese TrueType font): the table runs over a page break with its header
row repeated, a running header and the page number between its rows, cell text wrapped
over several lines, the unit of several rows written once in its merged cell, group rows
spanning the table."""
from __future__ import annotations

import io
from pathlib import Path

from tests.support.word_fixtures import MOTTO, TABLE_HEADER, TABLE_ROWS

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
#: Body paragraphs before the table, long enough that the table starts low on page 1.
_GROUNDS = [
    "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
    "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của "
    "Luật Thực hiện dân chủ ở cơ sở;",
    "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về thực hiện dân chủ ở cơ sở năm 2025, Ban Dân tộc xây dựng "
    "Kế hoạch thực hiện như sau:",
]
_PURPOSE = ("Bảo đảm công khai, minh bạch trong hoạt động của cơ quan; phát huy quyền làm chủ của công chức, "
            "người lao động; gắn việc thực hiện dân chủ với nhiệm vụ chuyên môn được giao. ") * 8


def table_pdf() -> bytes:
    """Ban Dân tộc tỉnh Lạng Sơn's plan: letterhead, body, the 13-row deadline table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
    body = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=11, leading=15)
    center = ParagraphStyle("center", parent=body, alignment=1)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12)

    def running(canvas, doc) -> None:
        """Word's header on pages after the first, and the page number at the foot."""
        canvas.saveState()
        canvas.setFont("DejaVuSerif", 9)
        if doc.page > 1:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 30, "Kế hoạch số 09/KH-BDT ngày 08/01/2025 của Ban Dân tộc")
        canvas.drawCentredString(A4[0] / 2, 25, str(doc.page))
        canvas.restoreState()

    letterhead = Table([[[Paragraph(x, center) for x in ("UBND TỈNH LẠNG SƠN", "BAN DÂN TỘC", "Số: 09/KH-BDT")],
                         [Paragraph(x, center) for x in (*MOTTO, "Lạng Sơn, ngày 08 tháng 01 năm 2025")]]],
                       colWidths=[220, 290])
    story = [letterhead, Spacer(1, 12), Paragraph("KẾ HOẠCH", center),
             Paragraph("Thực hiện dân chủ ở cơ sở của Ban Dân tộc năm 2025", center), Spacer(1, 8)]
    story += [Paragraph(x, body) for x in _GROUNDS]
    story += [Paragraph("I. MỤC ĐÍCH, YÊU CẦU", body), Paragraph(_PURPOSE, body),
              Paragraph("II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN", body),
              Paragraph("Các nhiệm vụ cụ thể, cơ quan chủ trì và thời gian hoàn thành như sau:", body)]
    rows = [[Paragraph(h, cell) for h in TABLE_HEADER]]
    spans = []
    number = 0
    for row in TABLE_ROWS:
        if len(row) == 1:
            spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            rows.append([Paragraph(row[0], cell)] + [""] * (len(TABLE_HEADER) - 1))
            continue
        number += 1
        # a merged unit cell shows its text once, in its first row
        rows.append([Paragraph(str(number), cell)] + [Paragraph(c, cell) if c else "" for c in row[1:]])
    table = Table(rows, repeatRows=1, colWidths=[28, 92, 190, 100, 100])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))
    story += [table, Spacer(1, 10), Paragraph("III. TỔ CHỨC THỰC HIỆN", body),
              Paragraph("Văn phòng Ban là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.", body),
              Paragraph("Nơi nhận:", body), Paragraph("- Sở Nội vụ;", body), Paragraph("- Lưu: VT, VP.", body),
              Paragraph("KT. TRƯỞNG BAN", center), Paragraph("PHÓ TRƯỞNG BAN", center),
              Paragraph("Hoàng Văn Thào", center)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=50, rightMargin=40, topMargin=50, bottomMargin=45,
                      title="Kế hoạch").build(story, onFirstPage=running, onLaterPages=running)
    return buffer.getvalue()
