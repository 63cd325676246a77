#!/usr/bin/env python3
"""Render one plan in every format the reader takes: tests/fixtures/formats/.

Source: tests/fixtures/formats/src/ke_hoach_mau.plan (the .plan layout of
scripts/make_reading_fixtures.py). Output, all the same plan:
- ke_hoach_mau.docx            python-docx, header and signature as two-column tables;
- ke_hoach_mau.doc / .odt / .rtf / .xml (Word 2003 XML): converted from that .docx by LibreOffice
  (`soffice --headless --convert-to`), run once on a developer machine: CI and the
  product never need LibreOffice, the converted files are committed;
- ke_hoach_mau_cong_thong_tin.html  a portal page saved from a browser (scripts, styles,
  menu, breadcrumb, share buttons, related links and footer around the plan), UTF-8;
- ke_hoach_mau_word.htm        Word's "Save as Web Page" shape (MsoNormal paragraphs,
  conditional comments, o:p), declared and encoded windows-1258;
- ke_hoach_mau.mhtml           the portal page as a browser's single-file web archive;
- ke_hoach_mau_word_unicode.doc  Word's web page saved as "Unicode" (UTF-16), named .doc;
- bang_gop_o.*                 a short plan whose deadline table merges cells, in each format;
- rat_ngan.doc                 a Word 97 file of one line.

Run: python scripts/make_format_fixtures.py  (needs python-docx; soffice for .doc/.odt/.rtf)
"""
from __future__ import annotations

import html
import quopri
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_reading_fixtures import (  # noqa: E402 - a sibling script, not a package
    Plan, _left_column, _right_column, _sign_lines, _tables, _title_lines, parse_source, write_docx)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "formats"
SOURCE = OUT / "src" / "ke_hoach_mau.plan"
STEM = "ke_hoach_mau"
#: LibreOffice filter per target suffix
CONVERSIONS = {"doc": "doc:MS Word 97", "odt": "odt", "rtf": "rtf", "xml": "xml:MS Word 2003 XML"}


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _html_items(lines: list[str], p: str) -> list[str]:
    out: list[str] = []
    for kind, value in _tables(lines):
        if kind == "p":
            out.append(f"<{p}>{_e(value)}</{p.split()[0]}>" if p != "p" else f"<p>{_e(value)}</p>")
            continue
        rows = value
        out.append('<table border="1" cellspacing="0" cellpadding="4">')
        for r, row in enumerate(rows):
            tag = "th" if r == 0 else "td"
            cells = "".join(f"<{tag}>{'<br>'.join(_e(x.strip()) for x in c.split('//'))}</{tag}>" for c in row)
            out.append(f"<tr>{cells}</tr>")
        out.append("</table>")
    return out


def _two_columns(left: list[str], right: list[str], cell_p: str) -> str:
    def cell(lines: list[str]) -> str:
        return "".join(f"<{cell_p}>{_e(x)}</{cell_p.split()[0]}>" for x in lines)
    return f'<table width="100%"><tr><td valign="top">{cell(left)}</td><td valign="top">{cell(right)}</td></tr></table>'


def plan_html(plan: Plan, cell_p: str = "p") -> list[str]:
    """The plan itself as HTML: letterhead table, title, body with its tables, signature table."""
    m = plan.meta
    out = [_two_columns(_left_column(m), _right_column(m), cell_p)]
    out += [f"<p align=center><b>{_e(x)}</b></p>" for x in _title_lines(m)]
    out += _html_items(plan.body, cell_p)
    recipients, sign = _sign_lines(m)
    out.append(_two_columns(recipients, sign, cell_p))
    return out


def portal_page(plan: Plan) -> str:
    """A page of an agency portal as a browser saves it, the plan in its content block."""
    title = plan.meta["title"]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="vi"><head>', '<meta charset="utf-8">',
        f"<title>{_e(title)} - Cổng thông tin điện tử</title>",
        "<style>.menu{float:left} td{font-family:'Times New Roman'}</style>",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        " var s='<p>Không phải nội dung</p>';</script>",
        "</head><body>",
        '<header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ</div>'
        '<form class="search"><input name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></header>',
        '<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>',
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>',
        '<div id="popup-dang-nhap" style="display:none"><p>Đăng nhập để tải văn bản</p></div>',
        '<main><article class="post-content">', f"<h1>Kế hoạch {_e(title.lower())}</h1>",
        '<div class="post-meta">Ngày đăng: 16/01/2025 | Lượt xem: 1.234</div>',
        '<div class="noidung-vanban">', *plan_html(plan), "</div>",
        '<div class="social-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In trang</a></div>',
        "</article>",
        '<aside class="related"><h3>Văn bản liên quan</h3><ul><li><a href="#">Kế hoạch công tác năm 2024</a></li>'
        '<li><a href="#">Thông báo lịch tiếp công dân</a></li></ul></aside>',
        "</main>",
        '<footer class="site-footer"><p>Bản quyền thuộc cơ quan chủ quản. Điện thoại: 0260 000 000.</p>'
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p></footer>",
        '<script src="/js/app.js"></script>', "</body></html>", ""])


def word_page(plan: Plan) -> str:
    """Word's "Save as Web Page": MsoNormal paragraphs, conditional comments, o:p."""
    return "\n".join([
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
        ' xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
        "<head>", '<meta http-equiv=Content-Type content="text/html; charset=windows-1258">',
        '<meta name=ProgId content=Word.Document>', '<meta name=Generator content="Microsoft Word 15">',
        "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>VT</o:Author></o:DocumentProperties></xml><![endif]-->",
        "<style><!-- p.MsoNormal{margin:0cm;font-size:14.0pt;font-family:\"Times New Roman\"} --></style>",
        "</head><body lang=VI style='tab-interval:36.0pt'>", "<div class=WordSection1>",
        *(x.replace("</p>", "<o:p></o:p></p>") for x in plan_html(plan, "p class=MsoNormal")),
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>", "</div>", "</body></html>", ""])


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Word writes it: a precomposed base letter (â, ơ, ư, đ...) where the
    code page has one, the tone mark as a combining character after it."""
    out: list[str] = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for mark in marks:      # "ệ" is e + dot below + circumflex: ê is the code page's
            joined = unicodedata.normalize("NFC", base + mark)
            if len(joined) == 1 and joined.encode("cp1258", errors="ignore"):
                base = joined
                marks.remove(mark)
                break
        out.append(base + "".join(marks))
    return "".join(out).encode("cp1258")


def mhtml(page: str) -> bytes:
    """A browser's single-file archive (MIME multipart, the page quoted-printable)."""
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return "\r\n".join([
        "From: <Saved by Blink>", "Snapshot-Content-Location: https://example.gov.vn/van-ban/ke-hoach",
        "Subject: Ke hoach", "MIME-Version: 1.0",
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x1"', "",
        "------MultipartBoundary--x1", "Content-Type: text/html", "Content-ID: <frame-1@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://example.gov.vn/van-ban/ke-hoach", "", body, "",
        "------MultipartBoundary--x1", "Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://example.gov.vn/css/app.css", "", "body{margin:0}", "",
        "------MultipartBoundary--x1--", ""]).encode("ascii")


def convert(docx: Path, suffix: str, stem: str = STEM) -> None:
    """Convert the .docx with LibreOffice into OUT (skipped with a note when it is missing)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"soffice not found: {STEM}.{suffix} left as it is")
        return
    with tempfile.TemporaryDirectory() as tmp:
        # a private profile: a developer's running LibreOffice must not take the job
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", CONVERSIONS[suffix], "--outdir", tmp, str(docx)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / f"{stem}.{suffix}"), OUT / f"{stem}.{suffix}")


#: A deadline table with merged cells: a group row across all columns, a unit and a
#: deadline each merged over two tasks (rows of (cells, merges) for write_merged_docx).
MERGED_TABLE = [
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"],
    ["I", "CÔNG KHAI THÔNG TIN", "", ""],
    ["1", "Công khai dự toán ngân sách năm 2025", "Văn phòng Sở", "Trước ngày 31/3/2025"],
    ["2", "Công khai quyết toán ngân sách năm 2024", "", ""],
    ["3", "Công khai kết quả thi đua, khen thưởng", "Phòng Tổ chức cán bộ", "Trước ngày 15/7/2025"],
]
MERGED_STEM = "bang_gop_o"
TINY_STEM = "rat_ngan"


def write_merged_docx(path: Path) -> None:
    """A short plan whose deadline table merges cells the way clerks do in Word."""
    import docx

    d = docx.Document()
    for line in ("SỞ TƯ PHÁP", "Số: 31/KH-STP", "KẾ HOẠCH", "Công khai thông tin năm 2025",
                 "Các đơn vị thực hiện công khai theo bảng sau:"):
        d.add_paragraph(line)
    t = d.add_table(rows=len(MERGED_TABLE), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(MERGED_TABLE):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    t.cell(1, 1).merge(t.cell(1, 3))           # the group row spans its three columns
    t.cell(2, 2).merge(t.cell(3, 2))           # one unit for tasks 1 and 2
    t.cell(2, 3).merge(t.cell(3, 3))           # one deadline for both
    d.add_paragraph("Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở trước ngày 30/11/2025.")
    d.save(str(path))


def merged_page() -> str:
    """The same table as a web page writes it: colspan and rowspan."""
    rows = MERGED_TABLE
    cells = [
        "".join(f"<th>{_e(x)}</th>" for x in rows[0]),
        f"<td>{rows[1][0]}</td><td colspan=3>{_e(rows[1][1])}</td>",
        f"<td>1</td><td>{_e(rows[2][1])}</td><td rowspan=2>{_e(rows[2][2])}</td><td rowspan=2>{_e(rows[2][3])}</td>",
        f"<td>2</td><td>{_e(rows[3][1])}</td>",
        "".join(f"<td>{_e(x)}</td>" for x in rows[4]),
    ]
    return "\n".join([
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
        "<p>SỞ TƯ PHÁP</p><p>Số: 31/KH-STP</p><p>KẾ HOẠCH</p><p>Công khai thông tin năm 2025</p>",
        "<p>Các đơn vị thực hiện công khai theo bảng sau:</p>", '<table border="1">',
        *(f"<tr>{c}</tr>" for c in cells), "</table>",
        "<p>Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở trước ngày 30/11/2025.</p>", "</body></html>", ""])


def main() -> int:
    plan = parse_source(SOURCE)
    plan.meta["number_line"] = f"Số: {plan.meta['number']}"
    docx = OUT / f"{STEM}.docx"
    write_docx(plan, docx)
    for suffix in CONVERSIONS:
        convert(docx, suffix)
    page = portal_page(plan)
    (OUT / f"{STEM}_cong_thong_tin.html").write_text(page, encoding="utf-8")
    (OUT / f"{STEM}_word.htm").write_bytes(cp1258_bytes(word_page(plan)))
    (OUT / f"{STEM}.mhtml").write_bytes(mhtml(page))
    # Word's "Save as Web Page" with the encoding "Unicode": UTF-16 with a BOM, meta
    # charset=unicode, and sent on named .doc (as in many agencies' archives)
    unicode_page = word_page(plan).replace("charset=windows-1258", "charset=unicode")
    (OUT / f"{STEM}_word_unicode.doc").write_bytes(unicode_page.encode("utf-16"))
    merged = OUT / f"{MERGED_STEM}.docx"
    write_merged_docx(merged)
    for suffix in ("doc", "odt", "rtf"):    # LibreOffice's Word 2003 XML drops merged cells
        convert(merged, suffix, MERGED_STEM)
    (OUT / f"{MERGED_STEM}.html").write_text(merged_page(), encoding="utf-8")
    tiny = OUT / f"{TINY_STEM}.docx"     # a Word file of one line: antiword refuses it
    import docx

    note = docx.Document()
    note.add_paragraph("Kế hoạch ngắn.")
    note.save(str(tiny))
    convert(tiny, "doc", TINY_STEM)
    tiny.unlink()
    print(f"written: {', '.join(sorted(p.name for p in OUT.glob('*.*') if p.name != 'README.md'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
