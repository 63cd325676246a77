"""Word plans built the way clerks build them (python-docx plus the raw WordprocessingML
python-docx has no API for): automatic numbering from numbering.xml (headings numbered by
their style, lists restarted per list, numbered "TT" cells), a borderless two-column
letterhead table, deadline tables with merged cells and group rows, a letterhead in the
page header or in a text box, a landscape appendix after the signature, a nested table.

The plans are of agencies outside the shipped corpus; the text is written for the tests.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

#: Namespaces of a Word 2010+ text box that python-docx's nsdecls() does not know.
_EXTRA_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:v="urn:schemas-microsoft-com:vml"')
#: A level: (numFmt, lvlText, paragraph style bound to the level or None).
Level = tuple[str, str, str | None]
#: Outline of a state body's plan: "I.", "1.", "1.1.", "a)", "-".
OUTLINE: list[Level] = [("upperRoman", "%1.", "Heading1"), ("decimal", "%2.", "Heading2"),
                        ("decimal", "%2.%3.", "Heading3"), ("lowerLetter", "%4)", None),
                        ("bullet", "-", None)]


class WordPlan:
    """A python-docx document with the numbering and table helpers below."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self._numbering = self.document.part.numbering_part.element
        self._next_abstract = 100
        self._next_num = 100

    # --- numbering.xml ---------------------------------------------------------------
    def list_definition(self, levels: Sequence[Level], start: int = 1) -> int:
        """Add an abstract list of `levels` and one list instance of it; its numId."""
        abstract_id = self._next_abstract
        self._next_abstract += 1
        lvls = []
        for ilvl, (fmt, text, style) in enumerate(levels):
            pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
            lvls.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                        f'{pstyle}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                             f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>')
        # abstractNum elements come before every num element (the schema's order)
        nums = self._numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(abstract)
        else:
            self._numbering.append(abstract)
        return self._instance(abstract_id, restart=False)

    def restarted(self, num_id: int, ilvl: int = 0, start: int = 1) -> int:
        """A new list instance of `num_id`'s abstract list whose level `ilvl` starts again."""
        for num in self._numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                abstract_id = int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
                return self._instance(abstract_id, restart=True, ilvl=ilvl, start=start)
        raise KeyError(num_id)

    def _instance(self, abstract_id: int, restart: bool, ilvl: int = 0, start: int = 1) -> int:
        num_id = self._next_num
        self._next_num += 1
        override = (f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if restart else "")
        self._numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                                         f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))
        return num_id

    def number_style(self, style_name: str, num_id: int, ilvl: int | None = None) -> None:
        """Number every paragraph of a style (Heading 1 …) by list `num_id`, as Word's
        "Define New Multilevel List … Link level to style" does."""
        ppr = self.document.styles[style_name].element.get_or_add_pPr()
        ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}>{ilvl_xml}<w:numId w:val="{num_id}"/></w:numPr>'))

    # --- paragraphs ------------------------------------------------------------------
    def para(self, text: str, style: str | None = None, num: tuple[int, int] | None = None,
             bold: bool = False, container=None):
        """Add a paragraph (to the body, or to a cell); `num` = (numId, ilvl) numbers it."""
        target = container if container is not None else self.document
        paragraph = target.add_paragraph(style=style)
        if text:
            paragraph.add_run(text).bold = bold
        if num is not None:
            set_number(paragraph, *num)
        return paragraph

    # --- tables ----------------------------------------------------------------------
    def letterhead(self, left: Sequence[str], right: Sequence[str]) -> None:
        """The two-column header table of Nghị định 30/2020 (borderless)."""
        table = self.document.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (left, right)):
            cell.paragraphs[0].add_run(lines[0]).bold = True
            for line in lines[1:]:
                cell.add_paragraph(line)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str | None]], container=None):
        """A table with a header row; a cell given as None continues the merged cell above
        (w:vMerge), a "\n" in a cell starts a paragraph of the cell; a row of one text spans
        the whole width (a group row, bold)."""
        rows = [list(r) for r in rows]
        target = container if container is not None else self.document
        table = target.add_table(rows=1 + len(rows), cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header):
            cell.paragraphs[0].add_run(text).bold = True
        for r, row in enumerate(rows, 1):
            cells = table.rows[r].cells
            if len(row) == 1:
                merged = cells[0].merge(cells[-1])
                merged.paragraphs[0].add_run(row[0]).bold = True
                continue
            for c, text in enumerate(row):
                if text is None:
                    continue
                first, *more = text.split("\n")      # "\n": the cell's next paragraph
                cells[c].paragraphs[0].text = first
                for line in more:
                    cells[c].add_paragraph(line)
        # vertical merges after the text: merge() moves the content of both cells together
        for c in range(len(header)):
            for r, row in enumerate(rows, 1):
                if len(row) > 1 and row[c] is None:
                    top = r - 1
                    while top > 0 and len(rows[top - 1]) > 1 and rows[top - 1][c] is None:
                        top -= 1
                    table.cell(top, c).merge(table.cell(r, c))
        return table

    def numbered_cells(self, table, column: int, num_id: int, skip_header: bool = True) -> None:
        """Number the cells of a column automatically (an empty "TT" cell Word fills in),
        leaving out the group rows that span the table."""
        for r, row in enumerate(table.rows):
            if skip_header and r == 0:
                continue
            tcs = row._tr.findall(qn("w:tc"))
            if len(tcs) == 1:
                continue
            paragraph = row.cells[column].paragraphs[0]
            paragraph.text = ""
            set_number(paragraph, num_id, 0)

    # --- sections, headers, text boxes -------------------------------------------------
    def landscape_section(self) -> None:
        """Start a new page in landscape (an appendix table wider than the page)."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin = section.right_margin = Cm(1.5)

    def page_header(self, lines: Sequence[str], first_page_only: bool = True) -> None:
        """Put `lines` in the page header of the first section (the first page's only)."""
        section = self.document.sections[0]
        section.different_first_page_header_footer = first_page_only
        header = section.first_page_header if first_page_only else section.header
        header.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            header.add_paragraph(line)

    def page_footer_numbers(self) -> None:
        """A footer holding the PAGE field ("Trang 1"), on every page."""
        footer = self.document.sections[0].footer
        paragraph = footer.paragraphs[0]
        paragraph.add_run("Trang ")
        paragraph._p.append(parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    def text_box(self, lines: Sequence[str]) -> None:
        """A paragraph anchoring a text box that holds `lines`, written as Word 2010+ does:
        the DrawingML shape, and the VML copy for older readers in mc:Fallback."""
        inner = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml(t)}</w:t></w:r></w:p>" for t in lines)
        run = parse_xml(
            f'<w:r {nsdecls("w", "wp", "a")} {_EXTRA_NS}><mc:AlternateContent><mc:Choice Requires="wps">'
            '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2800000" cy="900000"/><wp:wrapNone/><wp:docPr id="7" name="Hộp văn bản 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape style="width:220pt;height:70pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
            '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
        self.document.add_paragraph()._p.append(run)

    def bytes(self) -> bytes:
        """The .docx file."""
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def set_number(paragraph, num_id: int, ilvl: int) -> None:
    """Give a paragraph its own w:numPr (list `num_id`, level `ilvl`)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
