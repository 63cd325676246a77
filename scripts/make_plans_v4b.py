#!/usr/bin/env python3
"""Render writer v4b's three plans of the blind test set v4 into benchmarks/plans_v4/.

The text lives in scripts/plans_v4b_text.py; this script only lays it out the way agencies send
their files (Nghị định 30/2020/NĐ-CP: Times New Roman 13-14, the header as a borderless
two-column table, Nơi nhận and the signature as another one):

- v4b_vpdbhdnd_tuyenquang_2026.docx: the title wrapped over three lines in one paragraph, duties
  in prose with "a)", "-", "+", a short deadline table inside section III (merged "chủ trì" cells);
- v4b_ubnd_xa_myphudong_angiang_2026.docx: portrait body, then a landscape section with the
  8-column "Phụ lục" table, bold group rows spanning the row and merged "chủ trì" cells;
- v4b_cdc_khanhhoa_2026.pdf: as if exported from Word (reportlab): a real table that breaks across
  pages with its header row repeated, page numbers at the top from page 2.

    python scripts/make_plans_v4b.py     # needs python-docx and reportlab (the `fixtures` extra)
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blindset.nd30_layout import (cell_lines, landscape_section, motto_block, name_block,  # noqa: E402
                                  recipients_block, repeat_header, run, set_widths, signature_block, two_columns)
from plans_v4b_text import CDC, VP, XA, Plan, Table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "plans_v4"
FONT = "Times New Roman"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")   # Liberation Serif: metric-compatible with Times


# ----------------------------------------------------------------------------- Word

def _docx_setup(doc) -> None:
    style = doc.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)


def _docx_header(doc, plan: Plan) -> None:
    """The borderless two-column header: bodies and number left, motto and place/date right."""
    two_columns(doc, name_block([plan.parent, plan.issuer], plan.number), motto_block(plan.place_date), (7.2, 9.8),
                size=12.5, centred=True)


def _docx_title(doc, plan: Plan, one_paragraph: bool) -> None:
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.paragraph_format.space_before = Pt(12)
    run(head, plan.title[0], bold=True)
    if one_paragraph:   # a summary wrapped by hand with line breaks, as many plans are typed
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, line in enumerate(plan.title[1:]):
            r = p.add_run(line)
            r.bold = True
            if i < len(plan.title) - 2:
                r.add_break()
    else:
        for line in plan.title[1:]:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run(p, line, bold=True)
    doc.add_paragraph().alignment = WD_ALIGN_PARAGRAPH.CENTER


def _docx_table(doc, spec: Table, size: float = 12) -> None:
    """A bordered deadline table with its merged cells and bold group rows."""
    table = doc.add_table(rows=1 + len(spec.rows), cols=len(spec.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(table.rows[0])
    for j, text in enumerate(spec.header):
        cell_lines(table.rows[0].cells[j], [(text, True, False)], size=size)
    for i, row in enumerate(spec.rows):
        cells = table.rows[i + 1].cells
        if i in spec.groups:
            merged = cells[0].merge(cells[-1])
            cell_lines(merged, [(row[0], True, False)], align=WD_ALIGN_PARAGRAPH.LEFT, size=size)
            continue
        for j, text in enumerate(row):
            if text:
                align = WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER
                cell_lines(cells[j], [(line, False, False) for line in text.split("\n")], align=align, size=size)
    for first, last, col in spec.merges:
        table.cell(first + 1, col).merge(table.cell(last + 1, col))
    set_widths(table, spec.widths_cm)


def _docx_body(doc, plan: Plan) -> None:
    for kind, value in plan.body:
        if kind == "table":
            _docx_table(doc, value)
            doc.add_paragraph()
            continue
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(6)
        if kind in ("p", "i", "b"):
            p.paragraph_format.first_line_indent = Cm(1)
        run(p, value, bold=kind in ("h", "b"), italic=kind == "i")


def _docx_closing(doc, plan: Plan) -> None:
    """Nơi nhận (left) and the signature block (right) in one borderless table."""
    two_columns(doc, recipients_block(plan.recipients), signature_block(plan.authority, plan.signer), (8, 8.5),
                size=11, right_size=14, left_align=WD_ALIGN_PARAGRAPH.LEFT)


def write_docx(plan: Plan, path: Path, title_one_paragraph: bool) -> None:
    """A plan as Word writes it; the appendix, when there is one, in a landscape section."""
    doc = Document()
    _docx_setup(doc)
    doc.core_properties.author = plan.signer
    doc.core_properties.title = " ".join(plan.title)
    _docx_header(doc, plan)
    _docx_title(doc, plan, title_one_paragraph)
    _docx_body(doc, plan)
    _docx_closing(doc, plan)
    if plan.appendix is not None:
        landscape_section(doc, side_margin=1.5)
        for i, line in enumerate(plan.appendix_title):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run(p, line, bold=i < 2, italic=i >= 2, size=13)
        doc.add_paragraph()
        _docx_table(doc, plan.appendix)
    doc.save(path)


# ----------------------------------------------------------------------------- PDF

def write_pdf(plan: Plan, path: Path) -> None:
    """A plan as Word's "Save as PDF" gives it: text layer, a real table split over pages."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    for name, file in (("TNR", "Regular"), ("TNR-B", "Bold"), ("TNR-I", "Italic"), ("TNR-BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"LiberationSerif-{file}.ttf")))
    pdfmetrics.registerFontFamily("TNR", normal="TNR", bold="TNR-B", italic="TNR-I", boldItalic="TNR-BI")

    def style(name: str, size: float = 13, align=TA_JUSTIFY, font: str = "TNR", indent: float = 0) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, alignment=align,
                              firstLineIndent=indent, spaceAfter=4)

    body = style("body", indent=1 * cm)
    bold = style("bold", font="TNR-B", indent=1 * cm)
    head = style("head", font="TNR-B")
    centre = style("centre", 12.5, TA_CENTER)
    centre_b = style("centre_b", 12.5, TA_CENTER, "TNR-B")
    cell = style("cell", 11, TA_CENTER)
    cell_l = style("cell_l", 11, TA_LEFT)
    cell_b = style("cell_b", 11, TA_CENTER, "TNR-B")

    def lines(items: list[tuple[str, str]], st_plain: ParagraphStyle, st_bold: ParagraphStyle) -> list:
        return [Paragraph(text, st_bold if kind == "b" else st_plain) for kind, text in items]

    story: list = []
    header = RLTable([[lines([("p", plan.parent), ("b", plan.issuer), ("p", "_______"), ("p", plan.number)],
                             centre, centre_b),
                       lines([("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("b", "Độc lập - Tự do - Hạnh phúc"),
                              ("p", "_______________"), ("p", f"<i>{plan.place_date}</i>")], centre, centre_b)]],
                     colWidths=[6.6 * cm, 9.9 * cm])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [header, Spacer(1, 0.5 * cm)]
    story += [Paragraph(plan.title[0], centre_b)] + [Paragraph(t, centre_b) for t in plan.title[1:]]
    story.append(Spacer(1, 0.4 * cm))
    for kind, value in plan.body:
        if kind != "table":
            story.append(Paragraph(value, {"p": body, "b": bold, "h": head, "i": body}[kind]))
            continue
        spec: Table = value
        data = [[Paragraph(h, cell_b) for h in spec.header]]
        for row in spec.rows:
            data.append([Paragraph(t.replace("\n", "<br/>"), cell_l if j == 1 else cell) for j, t in enumerate(row)])
        table = RLTable(data, colWidths=[w * cm for w in spec.widths_cm], repeatRows=1)
        commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        commands += [("SPAN", (col, first + 1), (col, last + 1)) for first, last, col in spec.merges]
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, 0.3 * cm)]
    closing = RLTable([[lines([("b", "<i>Nơi nhận:</i>")] + [("p", r) for r in plan.recipients],
                              style("rec", 11, TA_LEFT), style("recb", 11, TA_LEFT, "TNR-B")),
                        lines([("b", a) for a in plan.authority] + [("p", "&nbsp;")] * 3 + [("b", plan.signer)],
                              centre, centre_b)]], colWidths=[8 * cm, 8.5 * cm])
    closing.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 0.4 * cm), closing]

    def page_number(canvas, doc) -> None:
        canvas.setFont("TNR", 12)
        canvas.drawCentredString(A4[0] / 2 + 0.75 * cm, A4[1] - 1.2 * cm, str(doc.page))

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=3 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=" ".join(plan.title), author=plan.signer,
                            creator="Microsoft® Word 2019", producer="Microsoft® Word 2019")
    doc.build(story, onLaterPages=page_number)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    written = [OUT / "v4b_vpdbhdnd_tuyenquang_2026.docx", OUT / "v4b_ubnd_xa_myphudong_angiang_2026.docx",
               OUT / "v4b_cdc_khanhhoa_2026.pdf"]
    write_docx(VP, written[0], title_one_paragraph=True)
    write_docx(XA, written[1], title_one_paragraph=False)
    write_pdf(CDC, written[2])
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
