#!/usr/bin/env python3
"""Render writer v5b's three plans of the blind set v5 into benchmarks/plans_v5/.

The text lives in scripts/plans_v5b_text.py; this script lays it out the way agencies send files:

- v5b_bvyhct_dienbien_2026.odt: as saved by LibreOffice Writer: the name block and Quốc hiệu as
  centred lines one under the other (no header table), a 4-column annex table (uploaded);
- v5b_xskt_langson_2026.pdf: as if exported from Word (reportlab, DejaVu Serif): the header as a
  borderless two-column table, a 6-column deadline table, Nơi nhận beside the signature;
- v5b_ttdk_dongthap_2026.docx: the letterhead names the Sở above its Trung tâm, the title over three
  lines, duties in prose with "a)", "-", a short 3-column report table (uploaded).

    python scripts/make_plans_v5b.py     # needs python-docx, reportlab and lxml
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as PdfTable
from reportlab.platypus import TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blindset.nd30_layout import (cell_lines, motto_block, name_block, recipients_block, run,  # noqa: E402
                                  signature_block, two_columns)
from plans_v5b_text import HOSPITAL, INSPECTION, LOTTERY, Plan, Table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "plans_v5"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ----------------------------------------------------------------------------- Word

def write_docx(plan: Plan, path: Path) -> None:
    """A plan as Word writes it: the letterhead and the closing in borderless tables."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    for s in doc.sections:
        s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    two_columns(doc, name_block(plan.left, plan.number), motto_block(plan.place_date, motto=plan.right),
                size=12.5, borderless=True)
    doc.add_paragraph()
    for i, line in enumerate(plan.title):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        run(p, line, bold=True, size=14)
    doc.add_paragraph().add_run("_____________").bold = False
    for block in plan.body:
        if isinstance(block, Table):
            t = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
            t.style = "Table Grid"
            for j, h in enumerate(block.header):
                cell_lines(t.rows[0].cells[j], [(h, True, False)], size=12)
            for i, row in enumerate(block.rows, 1):
                for j, v in enumerate(row):
                    cell_lines(t.rows[i].cells[j], [(v, False, False)],
                               align=WD_ALIGN_PARAGRAPH.LEFT if j else WD_ALIGN_PARAGRAPH.CENTER, size=12)
            for j, w in enumerate(block.widths_cm):
                for row in t.rows:
                    row.cells[j].width = Cm(w)
            continue
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(6)
        bold = block.startswith("# ")
        run(p, block[2:] if bold else block, bold=bold, size=14)
    two_columns(doc, recipients_block(plan.recipients), signature_block(plan.sign_role, plan.signer), size=11,
                right_size=13, left_align=WD_ALIGN_PARAGRAPH.LEFT, borderless=True)
    doc.core_properties.author = "Phòng Hành chính"
    doc.save(path)


# ----------------------------------------------------------------------------- ODT (LibreOffice)

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
ODT_STYLES = """<office:automatic-styles>
<style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="PCB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PCI" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="PJ" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/>
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PL" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
</office:automatic-styles>"""


def _odt_p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _odt_table(t: Table) -> str:
    cols = "".join("<table:table-column/>" for _ in t.header)
    rows = [t.header, *t.rows]
    body = "".join("<table:table-row>" + "".join(
        f'<table:table-cell table:style-name="TC" office:value-type="string">{_odt_p("PCB" if i == 0 else "PL", v)}'
        "</table:table-cell>" for v in row) + "</table:table-row>" for i, row in enumerate(rows))
    return f'<table:table table:name="PhuLuc">{cols}{body}</table:table>'


def write_odt(plan: Plan, path: Path) -> None:
    parts = [_odt_p("PC", plan.left[0])] + [_odt_p("PCB", x) for x in plan.left[1:]] + [_odt_p("PC", plan.number)]
    parts += [_odt_p("PCB", x) for x in plan.right] + [_odt_p("PCI", plan.place_date), _odt_p("PC", "")]
    parts += [_odt_p("PCB", x) for x in plan.title]
    for block in plan.body:
        if isinstance(block, Table):
            parts.append(_odt_table(block))
        elif block.startswith("# "):
            parts.append(_odt_p("PB", block[2:]))
        else:
            parts.append(_odt_p("PJ", block))
    parts += [_odt_p("PL", "Nơi nhận:")] + [_odt_p("PL", r) for r in plan.recipients]
    parts += [_odt_p("PR", r) for r in plan.sign_role] + [_odt_p("PR", ""), _odt_p("PR", plan.signer)]
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>{ODT_STYLES}'
               f'<office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


# ----------------------------------------------------------------------------- PDF (as from Word)

def _pdf_styles() -> dict[str, ParagraphStyle]:
    pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Italic", str(FONT_DIR / "DejaVuSerif-Italic.ttf")))
    base = dict(fontName="Serif", fontSize=11.5, leading=15)
    return {"body": ParagraphStyle("body", **base, alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=4),
            "bold": ParagraphStyle("bold", **{**base, "fontName": "Serif-Bold"}, alignment=TA_LEFT,
                                   firstLineIndent=1 * cm, spaceAfter=4),
            "center": ParagraphStyle("center", **base, alignment=TA_CENTER),
            "cbold": ParagraphStyle("cbold", **{**base, "fontName": "Serif-Bold"}, alignment=TA_CENTER),
            "citalic": ParagraphStyle("citalic", **{**base, "fontName": "Serif-Italic"}, alignment=TA_CENTER),
            "cell": ParagraphStyle("cell", fontName="Serif", fontSize=9.5, leading=12),
            "hcell": ParagraphStyle("hcell", fontName="Serif-Bold", fontSize=9.5, leading=12, alignment=TA_CENTER),
            "small": ParagraphStyle("small", fontName="Serif", fontSize=10, leading=13),
            "head": ParagraphStyle("head", fontName="Serif", fontSize=10, leading=13, alignment=TA_CENTER),
            "hbold": ParagraphStyle("hbold", fontName="Serif-Bold", fontSize=10, leading=13, alignment=TA_CENTER)}


def write_pdf(plan: Plan, path: Path) -> None:
    st = _pdf_styles()
    left = [Paragraph(escape(plan.left[0]), st["head"])] + [Paragraph(escape(x), st["hbold"]) for x in plan.left[1:]]
    left += [Paragraph("_______", st["head"]), Paragraph(escape(plan.number), st["head"])]
    right = [Paragraph(escape(x), st["hbold"]) for x in plan.right]
    right += [Paragraph("_______________", st["head"]), Paragraph(escape(plan.place_date), st["citalic"])]
    flow: list = [PdfTable([[left, right]], colWidths=[7 * cm, 9.5 * cm]), Spacer(1, 14)]
    flow += [Paragraph(escape(x), st["cbold"]) for x in plan.title] + [Spacer(1, 10)]
    for block in plan.body:
        if isinstance(block, Table):
            data = [[Paragraph(escape(h), st["hcell"]) for h in block.header]]
            data += [[Paragraph(escape(v), st["cell"]) for v in row] for row in block.rows]
            t = PdfTable(data, colWidths=[w * cm for w in block.widths_cm], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 8)]
        elif block.startswith("# "):
            flow.append(Paragraph(escape(block[2:]), st["bold"]))
        else:
            flow.append(Paragraph(escape(block), st["body"]))
    rec = [Paragraph("<b><i>Nơi nhận:</i></b>", st["small"])] + [Paragraph(escape(r), st["small"]) for r in plan.recipients]
    sign = [Paragraph(escape(r), st["cbold"]) for r in plan.sign_role] + [Spacer(1, 50),
                                                                         Paragraph(escape(plan.signer), st["cbold"])]
    flow += [Spacer(1, 12), PdfTable([[rec, sign]], colWidths=[8 * cm, 8.5 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=plan.title[-1], author="Microsoft Word", creator="Microsoft® Word 2016")
    doc.build(flow)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_odt(HOSPITAL, OUT / HOSPITAL.file)
    write_pdf(LOTTERY, OUT / LOTTERY.file)
    write_docx(INSPECTION, OUT / INSPECTION.file)
    for plan in (HOSPITAL, LOTTERY, INSPECTION):
        print(OUT / plan.file)


if __name__ == "__main__":
    main()
