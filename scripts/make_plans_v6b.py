#!/usr/bin/env python3
"""Render writer v6b's three plans of the blind set v6 into benchmarks/plans_v6/.

The text lives in scripts/plans_v6b_text.py; this script lays it out the way agencies send files:

- v6b_ctn_laocai_2026.docx: a state-owned water company's plan as typed in Word: the letterhead as a
  borderless table, sections, headings and items numbered by Word's automatic numbering (the numbers
  are in numbering.xml, not in the text), Nơi nhận beside the signature (uploaded during the run);
- v6b_sdttg_gialai_2026.pdf: a provincial department's plan exported from Word with a text layer,
  its tasks in a ruled 6-column table (the renderer of scripts/make_plans_v5b.py);
- v6b_ubnd_phuong_haichau_danang_2026_web.html: a ward's plan as saved from the ward's portal: menus,
  breadcrumb, share buttons, a sidebar and a footer around the article.

Nothing is random but the portal's view counter, drawn from a seeded generator; the PDF is written
with reportlab's invariant mode, so two runs give the same files.

    python scripts/make_plans_v6b.py     # needs python-docx, reportlab
"""
from __future__ import annotations

import datetime as dt
import html
import random
import sys
import zipfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the Word helpers are v4a's (A4 page, letterhead table, list numbering), the PDF renderer v5b's
from make_plans_v4a import Numbering, header_table, new_document, numbered, para, sign_table  # noqa: E402
from make_plans_v5b import write_pdf  # noqa: E402
from plans_v5b_text import Plan, Table  # noqa: E402
from plans_v6b_text import COMPANY, DEPARTMENT, WARD  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "plans_v6"
SEED = 6_2026


# ---------------------------------------------------------------- Word, automatic numbering
def write_numbered_docx(plan: Plan, path: Path) -> None:
    """The plan in Word: markers "R ", "1 ", "a ", "- " become list numbering (see plans_v6b_text)."""
    d = new_document(14)
    left = [(plan.left[0], False, False)] + [(x, True, False) for x in plan.left[1:]]
    header_table(d, left + [("–––––––", False, False), (plan.number, False, False)],
                 [(plan.right[0], True, False), (plan.right[1], True, False), ("––––––––––––––––––", False, False),
                  (plan.place_date, False, True)])
    para(d)
    for line in plan.title:
        para(d, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "–––––––––", align=WD_ALIGN_PARAGRAPH.CENTER)
    nb = Numbering(d)
    nb.kind("roman", [("upperRoman", "%1.", 360, True)])
    nb.kind("outline", [("decimal", "%1.", 720, True), ("lowerLetter", "%2)", 1080, False)])
    nb.kind("dash", [("bullet", "-", 720, False)])
    roman = nb.start("roman")
    outline = dash = 0
    for block in plan.body:
        text = str(block)
        marker, _, rest = text.partition(" ")
        if marker == "R":
            numbered(d, roman, 0, rest, bold=True)
            outline, dash = nb.start("outline"), nb.start("dash")
        elif marker == "1":
            numbered(d, outline, 0, rest, bold=True)
        elif marker == "a":
            numbered(d, outline, 1, rest)
        elif marker == "-":
            numbered(d, dash, 0, rest)
        else:
            para(d, text, italic=text.startswith("Căn cứ"), indent=True)
    sign_table(d, list(plan.recipients), [(r, True, False) for r in plan.sign_role] + [("", False, False)] * 3
               + [(plan.signer, True, False)])
    props = d.core_properties
    props.author, props.last_modified_by = "Phòng Tổ chức - Hành chính", "Phòng Tổ chức - Hành chính"
    props.created = props.modified = dt.datetime(2026, 1, 14, 8, 30)
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrite a .docx with one fixed time on every member, so two runs give the same bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 14, 8, 30, 0)), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- a portal's web page
def _html_block(block: object) -> str:
    if isinstance(block, Table):
        head = "".join(f"<th>{html.escape(h)}</th>" for h in block.header)
        rows = "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in block.rows)
        return f'<table class="tbl" border="1"><thead><tr>{head}</tr></thead><tbody>\n{rows}\n</tbody></table>'
    text = str(block)
    if text.startswith("# "):
        return f"<p><strong>{html.escape(text[2:])}</strong></p>"
    return f'<p style="text-align:justify">{html.escape(text)}</p>'


def portal_html(plan: Plan, seed: int) -> str:
    """The ward's plan inside its portal page, as a browser saves it ("Web page, HTML only")."""
    views = random.Random(seed).randint(180, 900)
    left = "<br>".join(f"<b>{html.escape(x)}</b>" for x in plan.left)
    letterhead = (f'<table class="letterhead" style="width:100%"><tr><td style="text-align:center">{left}<br>'
                  f'{html.escape(plan.number)}</td><td style="text-align:center"><b>{html.escape(plan.right[0])}</b>'
                  f'<br><b>{html.escape(plan.right[1])}</b><br><i>{html.escape(plan.place_date)}</i></td></tr></table>')
    title = "<br>".join(html.escape(x) for x in plan.title)
    body = "\n".join(_html_block(b) for b in plan.body)
    closing = (f'<table class="sign" style="width:100%"><tr><td><b><i>Nơi nhận:</i></b><br>'
               f'{"<br>".join(html.escape(r) for r in plan.recipients)}</td><td style="text-align:center">'
               f'{"<br>".join(f"<b>{html.escape(r)}</b>" for r in plan.sign_role)}<br><i>(Đã ký)</i><br><br>'
               f'<b>{html.escape(plan.signer)}</b></td></tr></table>')
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 - Cổng thông tin điện tử phường Hải Châu</title>
<link rel="stylesheet" href="https://haichau.danang.gov.vn/o/portal-theme/css/main.css">
<script src="https://haichau.danang.gov.vn/o/portal-theme/js/main.js"></script>
</head><body>
<header><div class="top-links"><a href="/">Trang chủ</a> | <a href="/so-do-cong">Sơ đồ cổng</a> |
<a href="/hoi-dap">Hỏi đáp</a> | <a href="/dang-nhap">Đăng nhập</a></div>
<div class="brand">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HẢI CHÂU<br><small>THÀNH PHỐ ĐÀ NẴNG</small></div>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa tìm kiếm"><button>Tìm kiếm</button>
</form></header>
<nav><ul class="main-menu"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a>
</li><li><a href="/chinh-quyen">Chính quyền phường</a></li><li><a href="/van-ban">Văn bản</a></li>
<li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản</a> / <a href="/van-ban/ke-hoach">Kế
hoạch</a></div>
<main><article>
<h1 class="article-title">{html.escape(plan.title[-1])}</h1>
<div class="article-meta">Cập nhật: 10/02/2026 15:20 | Lượt xem: {views}</div>
<div class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
<a href="https://zalo.me/share">Zalo</a> <a href="javascript:window.print()">In bài</a></div>
<div class="article-body">
{letterhead}
<p style="text-align:center"><b>{title}</b></p>
{body}
{closing}
</div>
<div class="files">Văn bản đính kèm: <a href="/documents/41-kh-ubnd-2026.pdf">41-KH-UBND.pdf</a></div>
</article>
<aside><h3>Văn bản mới</h3><ul>
<li><a href="/van-ban/40">Thông báo lịch tiếp công dân của Chủ tịch UBND phường tháng 02/2026</a></li>
<li><a href="/van-ban/39">Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ 2026</a></li>
<li><a href="/van-ban/38">Quyết định kiện toàn Tổ công nghệ số cộng đồng phường</a></li></ul>
<h3>Liên kết</h3><ul><li><a href="https://danang.gov.vn">Cổng thông tin điện tử thành phố Đà Nẵng</a></li>
<li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li></ul></aside></main>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân phường Hải Châu, thành phố Đà Nẵng.</p>
<p>Chịu trách nhiệm chính: Văn phòng HĐND và UBND phường. Ghi rõ nguồn khi phát hành lại thông tin từ website
này.</p></footer>
</body></html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rl_config.invariant = 1     # no creation date or random id in the PDF: the file is reproducible
    write_numbered_docx(COMPANY, OUT / COMPANY.file)
    write_pdf(DEPARTMENT, OUT / DEPARTMENT.file)
    (OUT / WARD.file).write_text(portal_html(WARD, SEED), encoding="utf-8")
    for plan in (COMPANY, DEPARTMENT, WARD):
        print(f"wrote {(OUT / plan.file).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
