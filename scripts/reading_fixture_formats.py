"""The reading fixtures' other formats: what agencies send besides .docx, .pdf and .txt.

Called by scripts/make_reading_fixtures.py for a plan whose front matter says
- `format: doc` / `odt` / `rtf`: the plan's .docx converted by LibreOffice (`soffice`, Debian
  `libreoffice-writer-nogui`), as a clerk's "Save as" does; the converted file is committed;
- `format: htm`: Word's "Save as Web Page" (MsoNormal paragraphs, windows-1258);
- `format: html`: an agency portal's page around the plan (menus, a metadata box, related
  news with their own dates, a footer);
- `format: jpg`: a phone photo of the first page (two-column letterhead, slight rotation,
  light falling off to one side, JPEG);
- `format: pdf` with `render: scan`: a scanner's image-only PDF at `dpi` (default 150).
"""
from __future__ import annotations

import html
import io
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SOFFICE_FILTERS = {"doc": "doc:MS Word 97", "odt": "odt", "rtf": "rtf"}


def convert_docx(docx: Path, fmt: str, target: Path) -> None:
    """`docx` converted by LibreOffice into `target` (a private profile, so a running
    LibreOffice cannot take the job)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit(f"soffice not found: {target.name} needs LibreOffice (libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", SOFFICE_FILTERS[fmt], "--outdir", tmp, str(docx)],
                       check=True, capture_output=True, timeout=240)
        shutil.move(str(Path(tmp) / f"{docx.stem}.{fmt}"), target)


def _body_html(plan, cell_p: str) -> list[str]:
    from make_format_fixtures import _html_items, plan_html

    out = plan_html(plan, cell_p)
    if plan.appendix:
        out += _html_items(plan.appendix, cell_p)
    return out


def word_web_page(plan) -> bytes:
    """Word's "Save as Web Page" of the plan, appendix included, in windows-1258."""
    from make_format_fixtures import cp1258_bytes, word_page

    page = word_page(plan)
    if plan.appendix:
        from make_format_fixtures import _html_items
        extra = [x.replace("</p>", "<o:p></o:p></p>") for x in _html_items(plan.appendix, "p class=MsoNormal")]
        page = page.replace("<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
                            "\n".join(extra) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return cp1258_bytes(page)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def portal_page(plan) -> str:
    """A province or commune portal's page holding the plan: a top menu, a sidebar of other
    documents (each with its own number and date), the metadata box legal portals show, the
    plan's text, an attachment link and a footer."""
    m = plan.meta
    box = [("Số ký hiệu", m.get("number", "")), ("Ngày ban hành", m.get("box_date", "")),
           ("Cơ quan ban hành", m.get("box_issuer", "")), ("Người ký", m.get("box_signer", "")),
           ("Trích yếu", m.get("title", ""))]
    side = [x.strip() for x in m.get("sidebar", "").split("//") if x.strip()]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{_e(m.get('kind', 'Văn bản').title())} {_e(m['title'])}</title>",
        '<link rel="stylesheet" href="/themes/default/css/style.css">',
        "<script>var _gaq=_gaq||[];_gaq.push(['_trackPageview']);</script>", "</head><body>",
        '<div id="top-bar"><span>Thứ Hai, 19/01/2026</span> <a href="/dang-nhap">Đăng nhập</a></div>',
        '<div id="banner"><img src="/uploads/banner.png" alt="Trang thông tin điện tử"></div>',
        '<ul id="menu-top"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a>'
        '<ul><li><a href="/co-cau">Cơ cấu tổ chức</a></li></ul></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>'
        '<li><a href="/van-ban">Văn bản</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul>',
        '<div class="row"><div class="col-left">',
        '<div class="path"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản</a> » <span>Văn bản điều hành</span></div>',
        '<div class="news-detail">', f"<h2 class=\"title\">{_e(m['title'])}</h2>",
        '<table class="table-vanban">',
        *(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in box if v), "</table>",
        '<div class="bodytext">', *_body_html(plan, "p"), "</div>",
        f'<div class="attach">Tệp đính kèm: <a href="/uploads/vb/{_e(m.get("attach", "kh.pdf"))}">'
        f'{_e(m.get("attach", "kh.pdf"))}</a> (245 KB)</div>',
        '<div class="share"><a href="#">Gửi bài viết</a> | <a href="#">In bài viết</a> | <a href="#">Về đầu trang</a></div>',
        "</div></div>", '<div class="col-right"><div class="block"><h3>Văn bản mới</h3><ul>',
        *(f'<li><a href="#">{_e(x)}</a></li>' for x in side), "</ul></div>",
        '<div class="block"><h3>Thống kê truy cập</h3><p>Đang truy cập: 12</p><p>Tổng lượt truy cập: 205.318</p></div>',
        "</div></div>",
        f'<div id="footer"><p>{_e(m.get("footer", "Cơ quan chủ quản"))}</p>'
        "<p>Địa chỉ: số 01 đường Trung tâm. Điện thoại: 0200 3800 000. Email: vanthu@example.gov.vn</p></div>",
        "</body></html>", ""])


# --- images -----------------------------------------------------------------------------
def _page_pieces(plan) -> tuple[list[str], list[str], list[str]]:
    """The letterhead's two columns and the rest of the plan as lines of text."""
    from make_reading_fixtures import _left_column, _right_column, _row_text, _sign_lines, _title_lines

    m = plan.meta
    rest = [""] + _title_lines(m) + [""] + [_row_text(x) for x in plan.body]
    recipients, sign = _sign_lines(m)
    rest += [""] + recipients + [""] + sign
    if plan.appendix:
        rest += [""] + [_row_text(x) for x in plan.appendix]
    return _left_column(m), _right_column(m), rest


def render_pages(plan, dpi: int, seed: int, skew: float, light: float) -> list:
    """The plan typeset on A4 pages (letterhead in two centred columns, body left-aligned and
    wrapped), then rotated by up to `skew` degrees, lit unevenly (`light`: how much darker the
    far side is, 0..1), speckled and JPEG-compressed."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from make_reading_fixtures import _title_lines
    from tests.support.scans import A4_INCHES, _wrap, find_font

    rng = random.Random(seed)
    font = ImageFont.truetype(str(find_font()), int(13 * dpi / 72))
    size = (int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi))
    margin = int(0.8 * dpi)
    line_h = int(font.size * 1.45)
    left, right, rest = _page_pieces(plan)
    draw0 = ImageDraw.Draw(Image.new("L", (10, 10)))
    body = _wrap("\n".join(rest), font, size[0] - 2 * margin, draw0)
    pages: list = []

    def new_page():
        page = Image.new("L", size, 255)
        return page, ImageDraw.Draw(page), margin

    page, draw, y = new_page()
    # the letterhead in two columns (2/5 and 3/5 of the text width, a smaller size), each
    # line wrapped and centred in its column, as Word lays out the header table
    head_font = ImageFont.truetype(str(find_font()), int(11.5 * dpi / 72))
    widths = (int((size[0] - 2 * margin) * 0.42), int((size[0] - 2 * margin) * 0.58))
    columns = [sum((_wrap(x, head_font, w - dpi // 10, draw0) for x in lines), [])
               for lines, w in ((left, widths[0]), (right, widths[1]))]
    for i in range(max(len(c) for c in columns)):
        for col, lines in enumerate(columns):
            if i < len(lines):
                w = draw.textlength(lines[i], font=head_font)
                x = margin + col * widths[0] + max(0, (widths[col] - w) // 2)
                draw.text((x, y), lines[i], font=head_font, fill=rng.randint(10, 40))
        y += int(head_font.size * 1.4)
    centred = set(_title_lines(plan.meta))
    for line in body:
        if y + line_h > size[1] - margin:
            pages.append(page)
            page, draw, y = new_page()
        x = margin
        if line in centred:
            x = margin + max(0, (size[0] - 2 * margin - int(draw.textlength(line, font=font))) // 2)
        draw.text((x, y), line, font=font, fill=rng.randint(10, 45))
        y += line_h
    pages.append(page)
    out = []
    for n, page in enumerate(pages):
        page = page.filter(ImageFilter.GaussianBlur(0.4 * dpi / 150))
        page = page.rotate(rng.uniform(-skew, skew) or skew, resample=Image.BICUBIC, fillcolor=255)
        # light falling off towards one side, as under a desk lamp or a window
        shade = Image.linear_gradient("L").rotate(90 + 30 * n).resize(size)
        shade = shade.point(lambda v: int(255 - light * v))
        page = Image.composite(page, shade, page.point(lambda v: 255 if v < 200 else 0))
        pixels = page.load()
        for _ in range(size[0] * size[1] // 400):
            pixels[rng.randrange(size[0]), rng.randrange(size[1])] = rng.choice((60, 140, 200))
        buf = io.BytesIO()
        page.convert("RGB").save(buf, "JPEG", quality=78)
        buf.seek(0)
        out.append(Image.open(buf).convert("RGB"))
    return out


def write_photo(plan, target: Path) -> None:
    """A phone photo of the plan's first page (the plan must fit on one page)."""
    pages = render_pages(plan, dpi=int(plan.meta.get("dpi", 200)), seed=43, skew=1.6, light=0.35)
    if len(pages) != 1:
        raise SystemExit(f"{target.name}: a photo holds one page, the plan takes {len(pages)}")
    pages[0].save(target, "JPEG", quality=82)


def write_scan_pdf(plan, target: Path) -> None:
    """A scanner's PDF: page images only, at the plan's `dpi` (150 unless said)."""
    dpi = int(plan.meta.get("dpi", 150))
    pages = render_pages(plan, dpi=dpi, seed=49, skew=0.7, light=0.12)
    pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)


def write_other(plan, fmt: str, target: Path, write_docx) -> bool:
    """Write `plan` as `fmt` into `target`; False when `fmt` is none of these formats."""
    if fmt in SOFFICE_FILTERS:
        with tempfile.TemporaryDirectory() as tmp:
            docx = Path(tmp) / f"{target.stem}.docx"
            write_docx(plan, docx)
            convert_docx(docx, fmt, target)
    elif fmt == "htm":
        target.write_bytes(word_web_page(plan))
    elif fmt == "html":
        target.write_text(portal_page(plan), encoding="utf-8")
    elif fmt == "jpg":
        write_photo(plan, target)
    elif fmt == "pdf" and plan.meta.get("render") == "scan":
        write_scan_pdf(plan, target)
    else:
        return False
    return True
