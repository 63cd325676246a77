"""A plan laid out in Word the way Nghị định 30/2020/NĐ-CP sets a state body's document out, as the
blind-set generators write their .docx plans (python-docx, the `fixtures` extra).

The letterhead is two columns: the name block (managing body, the issuer in bold, a short rule,
"Số: …/KH-…") and the national motto block (quốc hiệu, tiêu ngữ, a rule, the place-date line in
italics); the closing is two columns too: "Nơi nhận:" and its list, the signature block (on whose
behalf, the title, a gap, the signer). Lines of a block are (text, bold, italic).

    d = new_document(14)
    front_matter(d, "UBND TỈNH …", "SỞ …", "12/KH-S…", "…, ngày 05 tháng 01 năm 2026", ["Thực hiện …"])
    para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    sign_table(d, ["- UBND tỉnh (b/c);", "- Lưu: VT."], signature_block(["GIÁM ĐỐC"], "Nguyễn Văn A"))
"""
from __future__ import annotations

from collections.abc import Sequence

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Times New Roman"
#: quốc hiệu and tiêu ngữ, as the motto block opens
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
Line = tuple[str, bool, bool]   # (text, bold, italic)
CENTER, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- the blocks' lines
def name_block(bodies: Sequence[str], number: str, rule: str = "_______") -> list[Line]:
    """The letterhead's left column: the managing body, the issuer's lines in bold, a rule, the number."""
    return ([(bodies[0], False, False)] + [(b, True, False) for b in bodies[1:]]
            + [(rule, False, False), (number, False, False)])


def motto_block(place_date: str, rule: str = "_______________", motto: Sequence[str] = MOTTO) -> list[Line]:
    """The letterhead's right column: quốc hiệu and tiêu ngữ in bold, a rule, the place-date line in italics."""
    return [(motto[0], True, False), (motto[1], True, False), (rule, False, False), (place_date, False, True)]


def recipients_block(recipients: Sequence[str]) -> list[Line]:
    """"Nơi nhận:" in bold italics, then one line per recipient ("- Sở Nội vụ;")."""
    return [("Nơi nhận:", True, True)] + [(r, False, False) for r in recipients]


def signature_block(authority: Sequence[str], signer: str, signed: str | None = None) -> list[Line]:
    """On whose behalf and the title in bold ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), a three-line gap (with
    `signed`, e.g. "(Đã ký)", in italics in its middle), the signer in bold."""
    gap = [("", False, False)] * 3 if signed is None else [("", False, False), (signed, False, True),
                                                             ("", False, False)]
    return [(a, True, False) for a in authority] + gap + [(signer, True, False)]


# ---------------------------------------------------------------- paragraphs and cells
def new_document(size: float = 14) -> docx.document.Document:
    """An A4 document in Times New Roman, margins as Nghị định 30/2020 sets them."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    return d


def run(paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """A run of text; its size only when given (else the style's)."""
    r = paragraph.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)


def para(d, text: str = "", bold: bool = False, italic: bool = False, align=None, size: float | None = None,
         indent: bool = False):
    """A paragraph of one run (none for an empty line), optionally aligned and first-line indented."""
    p = d.add_paragraph()
    if text:
        run(p, text, bold, italic, size)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.0)
    return p


def cell_lines(cell, lines: Sequence[Line], align=CENTER, size: float = 13) -> None:
    """Fill a table cell with (text, bold, italic) lines, one paragraph each."""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        run(p, text, bold, italic, size)


# ---------------------------------------------------------------- tables
def set_widths(table, widths_cm: Sequence[float], grid: bool = True) -> None:
    """Fixed column widths in every cell and (`grid`) in the table grid, which Word and LibreOffice
    lay out by."""
    table.autofit = False
    if grid:
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
            col.set(qn("w:w"), str(int(width * 567)))   # twentieths of a point per cm
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def repeat_header(row) -> None:
    """The row repeats on each page, as Word does with "Repeat as header row"."""
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def no_borders(table) -> None:
    """Every border of the table set to none (a table without style has none either)."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def two_columns(d, left: Sequence[Line], right: Sequence[Line], widths_cm: Sequence[float] | None = None, *,
                size: float = 13, right_size: float | None = None, left_align=CENTER, centred: bool = False,
                grid: bool = True, borderless: bool = False):
    """A borderless one-row, two-column table (the letterhead, or Nơi nhận and the signature)."""
    t = d.add_table(rows=1, cols=2)
    if borderless:
        no_borders(t)
    if centred:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_cm:
        set_widths(t, widths_cm, grid=grid)
    cell_lines(t.cell(0, 0), left, align=left_align, size=size)
    cell_lines(t.cell(0, 1), right, size=right_size or size)
    return t


def header_table(d, left: Sequence[Line], right: Sequence[Line]) -> None:
    """The letterhead as a borderless two-column table (no table style = no borders)."""
    two_columns(d, left, right, (6.5, 9.5), centred=True, grid=False)


def sign_table(d, recipients: Sequence[str], sign: Sequence[Line]) -> None:
    """Nơi nhận (left) and the signature block (right) as one borderless two-column table."""
    two_columns(d, recipients_block(recipients), sign, (8.0, 8.0), size=12, right_size=14, left_align=LEFT,
                grid=False)


def grid_table(d, header: list[str], rows: list[list[str]], widths: list[float], size: float = 12):
    """A bordered table ("Table Grid"), its header row repeated on each page; a cell text with "\\n"
    becomes several paragraphs; the first and fifth columns (STT, time) centred."""
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate([header] + rows):
        for j, text in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            lines = text.split("\n") if text else [""]
            cell_lines(c, [(line, i == 0, False) for line in lines],
                       align=CENTER if i == 0 or j in (0, 4) else LEFT, size=size)
    repeat_header(t.rows[0])
    return t


def merge_down(table, col: int, first: int, last: int) -> None:
    """Merge a column's cells from row `first` to `last` (the text sits in the first one)."""
    top = table.cell(first, col)
    kept = [p for p in top.paragraphs]
    merged = top.merge(table.cell(last, col))
    # merge() appends the (empty) paragraphs of the lower cells: drop them
    for p in merged.paragraphs[len(kept):]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)


# ---------------------------------------------------------------- sections and the opening
def landscape_section(d, side_margin: float = 2.0):
    """A new landscape A4 section (an annex's wide deadline table)."""
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(side_margin), Cm(side_margin)
    return sec


def page_number_footer(d) -> None:
    """A centred PAGE field in the footer of every section."""
    for sec in d.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = CENTER
        r = p.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                r._r.append(it)


def front_matter(d, parent: str, issuer: str, number: str, place_date: str, title: Sequence[str]) -> None:
    """Letterhead table (parent body, issuer, number | motto, place and date), then KẾ HOẠCH and its
    summary, wrapped over the given lines, as a state body's plan opens (Nghị định 30/2020)."""
    header_table(d, name_block([parent, issuer], f"Số: {number}", rule="–––––––"),
                 motto_block(place_date, rule="––––––––––––––––––"))
    para(d)
    para(d, "KẾ HOẠCH", bold=True, align=CENTER)
    for line in title:
        para(d, line, bold=True, align=CENTER)
    para(d, "–––––––––", align=CENTER)


# ---------------------------------------------------------------- Word's automatic numbering
def _lvl(ilvl: int, fmt: str, text: str, indent: int, bold: bool = False) -> OxmlElement:
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent))
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    lvl.append(ppr)
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        lvl.append(rpr)
    return lvl


class Numbering:
    """Word list numbering (numbering.xml: the numbers are not in the text): one abstract
    definition per list kind, a fresh w:num per restart."""

    def __init__(self, d) -> None:
        self.root = d.part.numbering_part.element
        self.next_abs = 90
        self.next_num = 90
        self.kinds: dict[str, int] = {}

    def kind(self, name: str, levels: list[tuple[str, str, int, bool]]) -> None:
        """A list kind: per level (numFmt, lvlText, left indent in twips, bold)."""
        ab = OxmlElement("w:abstractNum")
        ab.set(qn("w:abstractNumId"), str(self.next_abs))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "multilevel")
        ab.append(mlt)
        for i, (fmt, text, indent, bold) in enumerate(levels):
            ab.append(_lvl(i, fmt, text, indent, bold))
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(ab)
        else:
            self.root.append(ab)
        self.kinds[name] = self.next_abs
        self.next_abs += 1

    def start(self, name: str) -> int:
        """A new list of this kind, numbered from 1."""
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_num))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(self.kinds[name]))
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.root.append(num)
        self.next_num += 1
        return self.next_num - 1


def numbered(d, num_id: int, level: int, text: str, bold: bool = False, italic: bool = False):
    """A paragraph numbered by Word: list `num_id` (from Numbering.start), at `level`."""
    p = para(d, text, bold=bold, italic=italic)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = num_id
    return p


def numbered_all(d, num_id: int, level: int, texts: Sequence[str]) -> None:
    """Several items of one numbered list, each plain."""
    for text in texts:
        numbered(d, num_id, level, text)


def annex_heading(d, title: str, note: str) -> None:
    """An annex opens: "PHỤ LỤC", its title in bold, "(Kèm theo Kế hoạch số …)" in italics, centred."""
    para(d, "PHỤ LỤC", bold=True, align=CENTER)
    para(d, title, bold=True, align=CENTER)
    para(d, note, italic=True, align=CENTER)


def headed_paragraphs(d, num_id: int, items: Sequence[tuple[str, str]]) -> None:
    """Numbered bold headings (level 0 of list `num_id`), each followed by its indented paragraph
    (a unit and its duties)."""
    for heading, text in items:
        numbered(d, num_id, 0, heading, bold=True)
        para(d, text, indent=True)


def headed_lists(d, numbering: Numbering, num_id: int, kind: str, items: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Numbered bold headings (level 0 of list `num_id`), each followed by a fresh list of `kind`
    ("dash") holding its items (a unit and its duties)."""
    for heading, texts in items:
        numbered(d, num_id, 0, heading, bold=True)
        numbered_all(d, numbering.start(kind), 0, texts)
