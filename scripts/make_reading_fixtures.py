"""Build the reading fixture library: plans written for this project, rendered as real
.docx (Word tables), .pdf (text layer, Vietnamese font) and web-copied .txt, each with a
gold file of what a careful reader would extract.

Sources: tests/data/reading/src/*.plan (a small front matter, `---`, then the body).
Output: tests/data/reading/<id>.<docx|pdf|txt> and tests/data/reading/<id>.gold.json.

Body conventions of a .plan source:
- lines starting with `|` are rows of one table (the first row is its header);
- `[[SIGN]]` is where the recipients and signature block go; what follows is an appendix;
- a table cell `^^` continues the cell above it (a merged cell: Word's w:vMerge, a PDF
  cell spanning the rows; a web copy leaves it empty);
- front matter `numbering: word` (.docx): the marks "I.", "1.", "1.1.", "a)", "-" are left out
  of the text and drawn by Word's automatic numbering instead, as clerks' files do;
- gold annotations at the end of a line, removed from the rendered text:
  `{{D 2025-06-15 | who | what | to}}` a dated duty,
  `{{R rule | who | what | to | 2025-03-20 2025-06-20}}` a recurring duty and its
  occurrences within the plan's period, `{{U who | what | to | phrase}}` a relative or
  undated duty, `{{N 2024-12-15}}` a date in the text that is NOT a deadline.

Other formats (.doc, .odt, .rtf, Word's .htm, a portal's .html, a photo, a scan): see
scripts/reading_fixture_formats.py.

Run: python scripts/make_reading_fixtures.py [p37 p38 ...]  (needs python-docx and reportlab;
the ids given: only those plans are written, the others stay byte for byte as they are)
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))     # tests.support.word_plans draws Word's numbering
SRC = ROOT / "tests" / "data" / "reading" / "src"
OUT = ROOT / "tests" / "data" / "reading"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

_ANNOT_RE = re.compile(r"\{\{([DRUN])\s+(.*?)\}\}")
MERGED = "^^"
#: The list marks Word draws for a `numbering: word` plan: (mark, level of OUTLINE).
_WORD_MARKS = [(re.compile(r"^[IVX]{1,4}\.\s+"), 0), (re.compile(r"^\d{1,2}\.\d{1,2}\.\s+"), 2),
               (re.compile(r"^\d{1,2}\.\s+"), 1), (re.compile(r"^[a-zđ]\)\s+"), 3), (re.compile(r"^-\s+"), 4)]
STATE_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PARTY_MOTTO = ["ĐẢNG CỘNG SẢN VIỆT NAM"]


@dataclass
class Plan:
    """One fixture plan: its layout fields, body lines and gold."""

    meta: dict[str, str]
    body: list[str] = field(default_factory=list)       # rendered lines, annotations removed
    appendix: list[str] = field(default_factory=list)
    gold: dict = field(default_factory=dict)


def parse_source(path: Path) -> Plan:
    """Read a .plan source into its fields, rendered lines and gold annotations."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta: dict[str, str] = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    gold: dict = {"dated": [], "recurring": [], "undated": [], "not_deadlines": []}
    plan = Plan(meta=meta, gold=gold)
    target = plan.body
    for raw in body.splitlines():
        if raw.strip() == "[[SIGN]]":
            target = plan.appendix
            continue
        for kind, args in _ANNOT_RE.findall(raw):
            parts = [p.strip() for p in args.split("|")]
            if kind == "D":
                gold["dated"].append(dict(zip(("date", "who", "what", "to"), parts + [""] * 4)))
            elif kind == "R":
                rule, who, what, to, dates = (parts + [""] * 5)[:5]
                gold["recurring"].append({"rule": rule, "who": who, "what": what, "to": to,
                                          "dates": dates.split()})
            elif kind == "U":
                gold["undated"].append(dict(zip(("who", "what", "to", "phrase"), parts + [""] * 4)))
            else:
                gold["not_deadlines"].append(parts[0])
        target.append(_ANNOT_RE.sub("", raw).rstrip())
    gold["meta"] = {k[5:]: (None if v in ("", "null") else v) for k, v in meta.items() if k.startswith("gold.")}
    if gold["meta"].get("year"):
        gold["meta"]["year"] = int(gold["meta"]["year"])
    gold["split"] = meta.get("split", "dev")
    gold["format"] = meta["format"]
    return plan


# --- the parts of the national layout ---------------------------------------------------
def _left_column(m: dict[str, str]) -> list[str]:
    lines = [x for x in (m.get("parent"), m.get("issuer_line")) if x]
    if m.get("number_line"):
        lines.append(m["number_line"])
    if _is_dispatch(m):
        lines.append(m["title"])      # a công văn's summary sits under its number
    return lines


def _is_dispatch(m: dict[str, str]) -> bool:
    return not m.get("kind") and m.get("title", "").startswith("V/v")


def _right_column(m: dict[str, str]) -> list[str]:
    motto = PARTY_MOTTO if m.get("motto") == "party" else STATE_MOTTO
    return motto + ([m["place_date"]] if m.get("place_date") else [])


def _title_lines(m: dict[str, str]) -> list[str]:
    if _is_dispatch(m):
        return []
    return [x for x in (m.get("kind"), m.get("title"), m.get("title2")) if x]


def _sign_lines(m: dict[str, str]) -> tuple[list[str], list[str]]:
    recipients = ["Nơi nhận:"] + [f"- {r.strip()}" for r in m.get("recipients", "").split(";") if r.strip()]
    sign = [s.strip() for s in m.get("sign", "").split("/") if s.strip()]
    if m.get("recipients", "") == "":
        recipients = []
    return recipients, sign


def text_lines(plan: Plan) -> list[str]:
    """The plan as a web copy or a converted text: flattened tables become `a | b` rows."""
    m = plan.meta
    out: list[str] = []
    header = m.get("header", "lines")
    if header == "none":       # a news summary of a plan: only its prose
        return [_row_text(x) for x in plan.body]
    if header == "box":
        out += [x.strip() for x in m.get("box", "").split("//")] + [""]
    if header in ("flat", "box"):
        left, right = _left_column(m), _right_column(m)
        for i in range(max(len(left), len(right))):
            cells = [left[i] if i < len(left) else "", right[i] if i < len(right) else ""]
            out.append(" | ".join(cells) + " |")
    else:
        out += _left_column(m) + [""] + _right_column(m)
    out += [""] + _title_lines(m) + [""]
    out += [_row_text(x) for x in plan.body]
    recipients, sign = _sign_lines(m)
    out += [""] + recipients + [""] + sign
    if plan.appendix:
        out += [""] + [_row_text(x) for x in plan.appendix]
    text = "\n".join(out).strip() + "\n"
    if m.get("glue"):
        # a web copy that lost the spaces at line ends inside paragraphs
        for a, b in (x.split("=>") for x in m["glue"].split("//")):
            text = text.replace(a.strip(), b.strip())
    return text.split("\n")


def _row_text(line: str) -> str:
    if line.startswith("|"):
        return " | ".join("" if c.strip() == MERGED else c.strip() for c in line.strip().strip("|").split("|"))
    return line


def _tables(lines: list[str]) -> list[tuple[str, object]]:
    """Group lines into ("p", text) and ("table", rows)."""
    items: list[tuple[str, object]] = []
    for line in lines:
        if line.startswith("|"):
            row = [c.strip() for c in line.strip().strip("|").split("|")]
            if items and items[-1][0] == "table":
                items[-1][1].append(row)
            else:
                items.append(("table", [row]))
        elif line.strip():
            items.append(("p", line))
    return items


def write_docx(plan: Plan, path: Path) -> None:
    """A Word file as agencies write them: header and signature as two-column tables."""
    import docx

    m = plan.meta
    word_plan = None
    if m.get("numbering") == "word":
        from tests.support.word_plans import OUTLINE, WordPlan
        word_plan = WordPlan()
        d = word_plan.document
        outline = word_plan.list_definition(OUTLINE)
    else:
        d = docx.Document()
    if m.get("header", "table") == "table":
        t = d.add_table(rows=1, cols=2)
        for cell, lines in zip(t.rows[0].cells, (_left_column(m), _right_column(m))):
            cell.text = lines[0]
            for x in lines[1:]:
                cell.add_paragraph(x)
    else:
        for x in _left_column(m) + _right_column(m):
            d.add_paragraph(x)
    for x in _title_lines(m):
        d.add_paragraph(x)
    _docx_items(d, plan.body, (word_plan, outline) if word_plan else None)
    recipients, sign = _sign_lines(m)
    if m.get("sign_layout", "table") == "table" and recipients:
        t = d.add_table(rows=1, cols=2)
        for cell, lines in zip(t.rows[0].cells, (recipients, sign)):
            cell.text = lines[0] if lines else ""
            for x in lines[1:]:
                cell.add_paragraph(x)
    else:
        for x in recipients + sign:
            d.add_paragraph(x)
    if plan.appendix:
        d.add_page_break()
        _docx_items(d, plan.appendix, (word_plan, outline) if word_plan else None)
    d.save(str(path))


def _numbered_paragraph(d, text: str, numbering) -> None:
    """A body paragraph; with Word numbering, its list mark drawn by Word."""
    if numbering is not None:
        from tests.support.word_plans import set_number
        for mark, level in _WORD_MARKS:
            found = mark.match(text)
            if found:
                set_number(d.add_paragraph(text[found.end():]), numbering[1], level)
                return
    d.add_paragraph(text)


def _docx_items(d, lines: list[str], numbering=None) -> None:
    for kind, value in _tables(lines):
        if kind == "p":
            _numbered_paragraph(d, value, numbering)
            continue
        rows = value
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row[: len(rows[0])]):
                if cell == MERGED:
                    continue
                parts = cell.split("//")
                t.cell(r, c).text = parts[0].strip()
                for extra in parts[1:]:
                    t.cell(r, c).add_paragraph(extra.strip())
        for c in range(len(rows[0])):      # merged cells once the text is in (merge() joins texts)
            for r in range(1, len(rows)):
                if c < len(rows[r]) and rows[r][c] == MERGED:
                    top = r - 1
                    while top > 0 and rows[top][c] == MERGED:
                        top -= 1
                    t.cell(top, c).merge(t.cell(r, c))


def write_pdf(plan: Plan, path: Path) -> None:
    """A PDF with a real text layer: header in two columns, tables as grids."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
    style = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=10.5, leading=14)
    center = ParagraphStyle("center", parent=style, alignment=1)
    cell = ParagraphStyle("cell", parent=style, fontSize=9, leading=11)
    m = plan.meta

    def para(text: str, st: ParagraphStyle = style) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), st)

    story: list = []
    left = [para(x, center) for x in _left_column(m)]
    right = [para(x, center) for x in _right_column(m)]
    story.append(Table([[left, right]], colWidths=[230, 280]))
    story.append(Spacer(1, 10))
    story += [para(x, center) for x in _title_lines(m)]
    story.append(Spacer(1, 8))

    def items(lines: list[str]) -> None:
        for kind, value in _tables(lines):
            if kind == "p":
                story.append(para(value))
                continue
            rows = [[para("" if c == MERGED else c.replace("//", " "), cell) for c in row] for row in value]
            spans = []
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    if text == MERGED and not (r + 1 < len(value) and value[r + 1][c] == MERGED):
                        top = r - 1
                        while top > 0 and value[top][c] == MERGED:
                            top -= 1
                        spans.append(("SPAN", (c, top), (c, r)))
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))
            story.append(t)

    items(plan.body)
    recipients, sign = _sign_lines(m)
    story.append(Spacer(1, 10))
    story += [para(x) for x in recipients]
    story.append(Spacer(1, 6))
    story += [para(x, center) for x in sign]
    if plan.appendix:
        story.append(Spacer(1, 14))
        items(plan.appendix)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=40).build(story)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    sources = sorted(SRC.glob("*.plan"))
    if len(sys.argv) > 1:
        sources = [s for s in sources if s.stem in sys.argv[1:]]
    for src in sources:
        plan = parse_source(src)
        m = plan.meta
        if m.get("number") and "number_line" not in m:
            m["number_line"] = (f"Số {m['number']}" if m.get("motto") == "party" else f"Số: {m['number']}")
        fmt = m["format"]
        target = OUT / f"{src.stem}.{fmt}"
        from reading_fixture_formats import write_other
        if write_other(plan, fmt, target, write_docx):
            pass
        elif fmt == "docx":
            write_docx(plan, target)
        elif fmt == "pdf":
            write_pdf(plan, target)
        else:
            target.write_text("\n".join(text_lines(plan)), encoding="utf-8")
        plan.gold["file"] = target.name
        (OUT / f"{src.stem}.gold.json").write_text(
            json.dumps(plan.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(sources)} plans written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
