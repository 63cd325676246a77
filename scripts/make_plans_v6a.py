#!/usr/bin/env python3
"""Write the three plans of writer v6a of the blind set v6 into benchmarks/plans_v6/.

The texts are written for this set (no agency sent them); their layouts follow what agencies send
(Nghị định 30/2020: letterhead with managing body and issuer, quốc hiệu, số/ký hiệu, place and
date, title, căn cứ, I-II-III, duties per unit, Nơi nhận, signature):
- v6a_dhnl_hue_2026_2027.docx: a university under a regional university (school year 2026-2027,
  deadlines running into 2027); letterhead and signature as borderless Word tables, a landscape
  "Phụ lục" with a bordered deadline table (uploaded during the run);
- v6a_thuecs4_quangninh_2026.rtf: a grassroots tax office under a provincial tax department, as
  Word saves "Rich Text Format": a \\trowd letterhead table, every Vietnamese letter a \\uN escape;
- v6a_ubnd_xa_thoilai_cantho_2026.jpg: a commune's one-page plan as a phone photo of the printed
  page: rotated, in perspective on a desk, lit unevenly, grainy, JPEG-compressed.

    python scripts/make_plans_v6a.py     # python-docx, Pillow, numpy (DejaVu fonts); seeded
"""
from __future__ import annotations

import random
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the Word helpers (A4 document, letterhead table, grid table, signature table) are v4a's
from make_plans_v4a import (front_matter, grid_table, landscape_section, new_document,  # noqa: E402
                            page_number_footer, para, sign_table)
from make_plans_v5a import _wrap  # noqa: E402  (greedy word wrap by rendered width)
from plans_v4b_text import Plan, Table  # noqa: E402  (v4b's plan parts: letterhead, body blocks, closing)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "plans_v6"
UNIVERSITY = "v6a_dhnl_hue_2026_2027.docx"
TAX = "v6a_thuecs4_quangninh_2026.rtf"
COMMUNE = "v6a_ubnd_xa_thoilai_cantho_2026.jpg"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def blocks(lines: list[str]) -> list[tuple[str, str]]:
    """Marked-up body lines as v4b's blocks: "*" a heading ("h"), "_" italic ("i"), else a paragraph ("p")."""
    return [("h" if line.startswith("*") else "i" if line.startswith("_") else "p", line.lstrip("*_"))
            for line in lines]


def marked(kind: str, text: str) -> str:
    """A v4b block back as one marked-up line."""
    return {"h": "*", "b": "*", "i": "_"}.get(kind, "") + text


def body_lines(p: Plan) -> list[str]:
    return [marked(kind, text) for kind, text in p.body]


def sign_block(p: Plan) -> list[str]:
    """The signature column: the authority lines, "(đã ký)" for the signature, the signer's name."""
    return [f"*{a}" for a in p.authority] + ["", "_(đã ký)", "", f"*{p.signer}"]


def style(line: str) -> tuple[str, bool, bool, bool]:
    """(text, centred, bold, italic) of a marked-up line."""
    text = line.lstrip("^*_")
    marks = line[:len(line) - len(text)]
    return text, "^" in marks, "*" in marks, "_" in marks


# ---------------------------------------------------------------- plan 1: university (docx, uploaded)
UNI_ANNEX = [  # (task, lead, time)
    ("Kế hoạch thực hiện dân chủ của các đơn vị", "Các khoa, phòng, trung tâm", "Trước ngày 18/9/2026"),
    ("Công khai mức học phí năm học 2026 - 2027", "Phòng Kế hoạch - Tài chính", "Trước ngày 25/9/2026"),
    ("Hội nghị viên chức, người lao động cấp đơn vị", "Các khoa, phòng, trung tâm", "Trước ngày 12/11/2026"),
    ("Hội nghị viên chức, người lao động của Trường", "Phòng Hành chính - Tổ chức, Công đoàn Trường",
     "Ngày 26/11/2026"),
    ("Đối thoại giữa Hiệu trưởng với sinh viên học kỳ I", "Phòng Đào tạo và Công tác sinh viên",
     "Tháng 12/2026"),
    ("Báo cáo học kỳ I của các đơn vị", "Các khoa, phòng, trung tâm", "Trước ngày 28/12/2026"),
    ("Báo cáo sơ kết học kỳ I gửi Đại học Huế", "Phòng Hành chính - Tổ chức", "Trước ngày 15/01/2027"),
    ("Đối thoại giữa Hiệu trưởng với sinh viên học kỳ II", "Phòng Đào tạo và Công tác sinh viên",
     "Tháng 4/2027"),
    ("Công khai quyết toán ngân sách năm 2026", "Phòng Kế hoạch - Tài chính", "Quý II/2027"),
    ("Báo cáo năm học của các đơn vị", "Các khoa, phòng, trung tâm", "Trước ngày 11/6/2027"),
    ("Báo cáo kết quả giám sát năm học", "Ban Thanh tra nhân dân", "Trước ngày 12/6/2027"),
    ("Báo cáo tổng kết năm học gửi Đại học Huế", "Phòng Hành chính - Tổ chức", "Trước ngày 25/6/2027"),
]

UNI = Plan(
    parent="ĐẠI HỌC HUẾ",
    issuer="TRƯỜNG ĐẠI HỌC NÔNG LÂM",
    number="112/KH-ĐHNL",
    place_date="Huế, ngày 08 tháng 9 năm 2026",
    title=["Thực hiện dân chủ ở cơ sở tại Trường Đại học Nông Lâm, Đại học Huế", "năm học 2026 - 2027"],
    body=blocks([
        "_Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "_Căn cứ Thông tư số 11/2020/TT-BGDĐT ngày 19 tháng 5 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo "
        "hướng dẫn thực hiện dân chủ trong hoạt động của cơ sở giáo dục công lập;",
        "_Căn cứ Kế hoạch số 1520/KH-ĐHH ngày 05 tháng 8 năm 2026 của Đại học Huế về thực hiện dân chủ ở cơ sở "
        "năm học 2026 - 2027;",
        "Trường Đại học Nông Lâm, Đại học Huế (sau đây gọi là Trường) xây dựng Kế hoạch thực hiện dân chủ ở cơ sở "
        "năm học 2026 - 2027 như sau:",
        "*I. MỤC ĐÍCH, YÊU CẦU",
        "- Phát huy quyền làm chủ của viên chức, người lao động và người học; bảo đảm công khai, minh bạch trong "
        "đào tạo, khoa học công nghệ, tài chính và công tác cán bộ của Trường.",
        "- Việc thực hiện dân chủ gắn với nhiệm vụ năm học, với kiểm định chất lượng chương trình đào tạo; không "
        "hình thức, không làm ảnh hưởng đến hoạt động giảng dạy.",
        "*II. NỘI DUNG",
        "*1. Công khai thông tin",
        "- Phòng Kế hoạch - Tài chính công khai mức học phí năm học 2026 - 2027 của từng ngành đào tạo trên Cổng "
        "thông tin điện tử của Trường trước ngày 25/9/2026; công khai quyết toán ngân sách năm 2026 trong quý "
        "II/2027.",
        "- Phòng Đào tạo và Công tác sinh viên công khai chuẩn đầu ra, kế hoạch đào tạo và danh sách sinh viên "
        "được nhận học bổng khuyến khích học tập mỗi học kỳ.",
        "*2. Hội nghị viên chức, người lao động",
        "- Các khoa, phòng, trung tâm tổ chức hội nghị viên chức, người lao động cấp đơn vị, hoàn thành trước "
        "ngày 12/11/2026.",
        "- Trường tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027 vào ngày 26/11/2026 tại Hội "
        "trường A, cơ sở 102 Phùng Hưng.",
        "*3. Đối thoại và tiếp nhận ý kiến",
        "- Hiệu trưởng đối thoại với sinh viên mỗi học kỳ một lần: học kỳ I vào tháng 12/2026, học kỳ II vào "
        "tháng 4/2027.",
        "- Ý kiến góp ý về thực hiện dân chủ gửi qua hộp thư điện tử danchu.dhnl@hueuni.edu.vn hoặc hòm thư góp "
        "ý đặt tại sảnh nhà Hiệu bộ; Phòng Hành chính - Tổ chức mở hòm thư định kỳ hai tuần một lần.",
        "*III. TỔ CHỨC THỰC HIỆN",
        "*1. Phòng Hành chính - Tổ chức",
        "- Là cơ quan thường trực giúp Hiệu trưởng triển khai, theo dõi, đôn đốc thực hiện Kế hoạch.",
        "- Tham mưu báo cáo sơ kết học kỳ I gửi Đại học Huế (qua Ban Tổ chức - Nhân sự) trước ngày 15/01/2027; "
        "báo cáo tổng kết năm học trước ngày 25/6/2027.",
        "- Báo cáo đột xuất theo yêu cầu của Đại học Huế trong thời hạn 03 ngày làm việc kể từ ngày nhận được "
        "yêu cầu.",
        "*2. Phòng Kế hoạch - Tài chính",
        "- Thực hiện công khai tài chính theo mục 1 phần II; hướng dẫn các đơn vị xây dựng dự toán thu, chi năm "
        "2027 trước ngày 20/11/2026.",
        "*3. Phòng Đào tạo và Công tác sinh viên",
        "- Tổ chức lấy ý kiến phản hồi của người học về hoạt động giảng dạy vào cuối mỗi học kỳ; gửi kết quả "
        "cho các khoa trong vòng 15 ngày kể từ ngày kết thúc học kỳ.",
        "*4. Các khoa, phòng, trung tâm",
        "- Xây dựng kế hoạch thực hiện dân chủ của đơn vị, gửi Phòng Hành chính - Tổ chức trước ngày 18/9/2026.",
        "- Báo cáo quý về Phòng Hành chính - Tổ chức trước ngày 24 của tháng cuối quý; báo cáo học kỳ I trước "
        "ngày 28/12/2026; báo cáo năm học trước ngày 11/6/2027.",
        "*5. Công đoàn Trường",
        "- Phối hợp với Hiệu trưởng tổ chức Hội nghị viên chức, người lao động; chỉ đạo hoạt động của Ban Thanh "
        "tra nhân dân.",
        "*6. Ban Thanh tra nhân dân",
        "- Giám sát việc thực hiện quy chế dân chủ tại Trường; báo cáo kết quả giám sát năm học gửi Ban Chấp hành "
        "Công đoàn Trường trước ngày 12/6/2027.",
        "*7. Đoàn Thanh niên, Hội Sinh viên Trường",
        "- Tuyên truyền Kế hoạch đến đoàn viên, hội viên trên trang mạng xã hội của Đoàn Trường; tổng hợp ý kiến "
        "của sinh viên gửi Phòng Đào tạo và Công tác sinh viên trước mỗi buổi đối thoại.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Hành chính - Tổ chức (điện thoại "
        "0234.3522.535) để tổng hợp, báo cáo Hiệu trưởng./.",
    ]),
    recipients=["- Đại học Huế (b/c);", "- Đảng ủy Trường;", "- Hội đồng Trường;", "- Ban Giám hiệu;",
                "- Công đoàn Trường;", "- Các khoa, phòng, trung tâm;", "- Lưu: VT, HCTC."],
    authority=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
    signer="Trần Thị Thu Hà",
    appendix_title=["PHỤ LỤC", "TIẾN ĐỘ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM HỌC 2026 - 2027",
                    "_(Kèm theo Kế hoạch số 112/KH-ĐHNL ngày 08/9/2026 của Trường Đại học Nông Lâm, Đại học Huế)"],
    appendix=Table(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Ghi chú", "Thời gian hoàn thành"],
                   [[str(i), task, lead, "", time] for i, (task, lead, time) in enumerate(UNI_ANNEX, 1)],
                   [1.2, 10.0, 7.0, 3.0, 4.5]),
)



def body_paragraphs(d, lines: list[str]) -> None:
    """Marked-up lines as Word paragraphs: headings bold, căn cứ italic, prose with a first-line indent."""
    for line in lines:
        text, centre, bold, italic = style(line)
        para(d, text, bold=bold, italic=italic, align=WD_ALIGN_PARAGRAPH.CENTER if centre else None,
             indent=not bold)


def sign_lines(lines: list[str]) -> list[tuple[str, bool, bool]]:
    return [(t, b, i) for t, _, b, i in map(style, lines)]


def plan_university(path: Path) -> None:
    d = new_document(14)
    front_matter(d, UNI.parent, UNI.issuer, UNI.number, UNI.place_date, UNI.title)
    body_paragraphs(d, body_lines(UNI))
    sign_table(d, UNI.recipients, sign_lines(sign_block(UNI)))
    landscape_section(d)
    for line in UNI.appendix_title:
        text, _, _, italic = style(line)
        para(d, text, bold=not italic, italic=italic, align=WD_ALIGN_PARAGRAPH.CENTER)
    annex = UNI.appendix
    grid_table(d, annex.header, annex.rows, annex.widths_cm)
    page_number_footer(d)
    props = d.core_properties   # fixed, so that the file is the same on every run
    props.author, props.last_modified_by = "Phong HCTC", "Phong HCTC"
    props.created = props.modified = datetime(2026, 9, 8, 9, 30)
    d.save(path)
    fixed_zip_times(path, (2026, 9, 8, 9, 30, 0))


def fixed_zip_times(path: Path, when: tuple[int, int, int, int, int, int]) -> None:
    """Rewrite a zip (.docx) with one timestamp on every member: byte-identical output on every run."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, when), data, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- plan 2: tax office (rtf)
TAX_PLAN = Plan(
    parent="THUẾ TỈNH QUẢNG NINH",
    issuer="THUẾ CƠ SỞ 4 TỈNH QUẢNG NINH",
    number="27/KH-TCS4",
    place_date="Cẩm Phả, ngày 14 tháng 01 năm 2026",
    title=["Thực hiện dân chủ ở cơ sở tại Thuế cơ sở 4 tỉnh Quảng Ninh năm 2026"],
    body=blocks([
        "_Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "_Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật "
        "Thực hiện dân chủ ở cơ sở;",
        "_Căn cứ Kế hoạch số 15/KH-TQNI ngày 06/01/2026 của Thuế tỉnh Quảng Ninh về thực hiện dân chủ ở cơ sở "
        "năm 2026;",
        "Thuế cơ sở 4 tỉnh Quảng Ninh xây dựng Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 như sau:",
        "*I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm công chức, người lao động được biết, được bàn, được quyết định, được kiểm tra, giám sát các "
        "hoạt động của đơn vị; nâng cao tinh thần trách nhiệm, thái độ phục vụ người nộp thuế.",
        "2. Thực hiện dân chủ gắn với cải cách hành chính thuế, phòng, chống tham nhũng, tiêu cực; bảo đảm đúng "
        "quy định, thiết thực, hiệu quả.",
        "*II. NỘI DUNG THỰC HIỆN",
        "*1. Dân chủ trong nội bộ đơn vị",
        "a) Tổ chức Hội nghị công chức, người lao động năm 2026 vào ngày 10/3/2026.",
        "b) Công khai kế hoạch công tác, dự toán kinh phí, kết quả đánh giá, xếp loại công chức và việc điều "
        "động, luân chuyển công chức tại trụ sở và trên mạng nội bộ.",
        "*2. Dân chủ trong quan hệ với người nộp thuế",
        "a) Niêm yết công khai danh sách hộ kinh doanh nộp thuế khoán và mức thuế dự kiến tại trụ sở Ủy ban nhân "
        "dân các xã, phường và tại bộ phận một cửa của đơn vị; niêm yết lần thứ nhất trước ngày 20/01/2026.",
        "b) Tổ chức hội nghị đối thoại với doanh nghiệp, hộ kinh doanh 02 lần trong năm, vào quý II và quý IV.",
        "c) Trưởng Thuế cơ sở tiếp người nộp thuế, công dân định kỳ vào sáng thứ Tư hằng tuần tại bộ phận một "
        "cửa; đường dây nóng tiếp nhận phản ánh: 0203.3862.447.",
        "*III. TỔ CHỨC THỰC HIỆN",
        "*1. Tổ Hành chính - Nhân sự - Tài vụ - Ấn chỉ",
        "- Là bộ phận thường trực, giúp Trưởng Thuế cơ sở theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "- Tổng hợp báo cáo kết quả thực hiện dân chủ 6 tháng gửi Thuế tỉnh Quảng Ninh (qua Phòng Tổ chức cán "
        "bộ) trước ngày 12/6/2026; báo cáo năm trước ngày 19/11/2026.",
        "- Báo cáo quý gửi Thuế tỉnh trước ngày 18 của tháng cuối quý; báo cáo đột xuất trong thời hạn 02 ngày "
        "làm việc kể từ khi nhận được yêu cầu.",
        "*2. Tổ Tuyên truyền và Hỗ trợ người nộp thuế",
        "- Chủ trì tổ chức hội nghị đối thoại với người nộp thuế; tổng hợp phản ánh, kiến nghị của người nộp "
        "thuế hằng tháng gửi Tổ Hành chính - Nhân sự - Tài vụ - Ấn chỉ trước ngày 25 hằng tháng.",
        "*3. Tổ Quản lý hộ kinh doanh, cá nhân và thu khác",
        "- Phối hợp với Ủy ban nhân dân các xã, phường niêm yết công khai danh sách hộ kinh doanh và mức thuế "
        "khoán; tiếp nhận, giải quyết ý kiến phản hồi của hộ kinh doanh trong thời hạn niêm yết.",
        "*4. Các tổ thuộc Thuế cơ sở",
        "- Xây dựng kế hoạch thực hiện dân chủ của tổ, gửi Tổ Hành chính - Nhân sự - Tài vụ - Ấn chỉ trong vòng "
        "20 ngày kể từ ngày ban hành Kế hoạch này.",
        "- Báo cáo kết quả 6 tháng trước ngày 29/5/2026; báo cáo năm trước ngày 10/11/2026.",
        "*5. Công đoàn cơ sở và Ban Thanh tra nhân dân",
        "- Công đoàn cơ sở phối hợp tổ chức Hội nghị công chức, người lao động; Ban Thanh tra nhân dân giám sát "
        "việc thực hiện Kế hoạch, gửi báo cáo kết quả giám sát năm trước ngày 17/11/2026.",
        "Trên đây là Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của Thuế cơ sở 4 tỉnh Quảng Ninh; các tổ và "
        "công chức, người lao động nghiêm túc thực hiện./.",
    ]),
    recipients=["- Thuế tỉnh Quảng Ninh (b/c);", "- Phòng Tổ chức cán bộ Thuế tỉnh;", "- Lãnh đạo Thuế cơ sở;",
                "- Công đoàn cơ sở;", "- Các tổ thuộc Thuế cơ sở;", "- Lưu: VT, HCNS."],
    authority=["TRƯỞNG THUẾ CƠ SỞ"],
    signer="Vũ Đình Khánh",
)


def rtf_text(text: str) -> str:
    """RTF-escape a string as Word does with \\uc1: ASCII as is, every other letter \\uN? (N signed 16-bit)."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            n = ord(ch)
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
    return "".join(out)


def rtf_para(line: str, in_table: bool = False, last_in_cell: bool = False, size: int = 28,
             left: bool = False) -> str:
    """One marked-up line as an RTF paragraph (size in half-points); in a table cell centred unless `left`."""
    text, centre, bold, italic = style(line)
    align = "\\ql" if left else "\\qc" if centre or in_table else "\\qj"
    fmt = "\\pard\\plain" + ("\\intbl" if in_table else "") + align
    fmt += "" if in_table or bold or centre else "\\fi567"
    fmt += f"\\sa80\\f0\\fs{size}" + ("\\b" if bold else "") + ("\\i" if italic else "")
    end = "\\cell" if last_in_cell else "\\par"
    return f"{fmt} {rtf_text(text)}{end}"


def rtf_table_row(cells: list[list[str]], widths_twips: list[int], size: int = 26,
                  left_first: bool = False) -> str:
    """A borderless table row (letterhead, signature): each cell a list of marked-up lines; the first
    cell left-aligned if `left_first` (Nơi nhận)."""
    edges, x = [], 0
    for w in widths_twips:
        x += w
        edges.append(f"\\clvertalt\\cellx{x}")
    row = [f"\\trowd\\trgaph108\\trleft0{''.join(edges)}"]
    for c, lines in enumerate(cells):
        for k, line in enumerate(lines):
            row.append(rtf_para(line, in_table=True, last_in_cell=k == len(lines) - 1, size=size,
                                left=left_first and c == 0))
    row.append("\\row")
    return "\n".join(row)


def plan_tax(path: Path) -> None:
    p = TAX_PLAN
    head = ("{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0\\deflang1066"
            "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}}"
            "{\\colortbl;\\red0\\green0\\blue0;}"
            "{\\*\\generator Microsoft Word 16.0;}{\\info{\\author TCS4}{\\company Thue tinh Quang Ninh}}"
            "\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134\\viewkind1")
    parts = [head,
             rtf_table_row([[p.parent, f"*{p.issuer}", "–––––––", f"Số: {p.number}"],
                            ["*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "*Độc lập - Tự do - Hạnh phúc",
                             "––––––––––––––––", f"_{p.place_date}"]], [3800, 5700]),
             "\\pard\\plain\\par",
             rtf_para("^*KẾ HOẠCH")]
    parts += [rtf_para("^*" + t) for t in p.title]
    parts += [rtf_para("^–––––––––")]
    parts += [rtf_para(line) for line in body_lines(p)]
    parts.append(rtf_table_row([["_*Nơi nhận:"] + p.recipients, sign_block(p)], [4600, 4900], size=24, left_first=True))
    parts.append("}")
    path.write_text("\n".join(parts) + "\n", encoding="ascii")


# ---------------------------------------------------------------- plan 3: commune (photo of a printed page)
COMMUNE_PLAN = Plan(
    parent="ỦY BAN NHÂN DÂN",
    issuer="XÃ THỚI LAI",
    number="09/KH-UBND",
    place_date="Thới Lai, ngày 23 tháng 01 năm 2026",
    title=["Thực hiện dân chủ ở cơ sở trên địa bàn xã Thới Lai năm 2026"],
    body=blocks([
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022; Kế hoạch số 21/KH-UBND ngày 12/01/2026 của Ủy ban nhân "
        "dân thành phố Cần Thơ, Ủy ban nhân dân xã Thới Lai ban hành Kế hoạch như sau:",
        "*I. MỤC ĐÍCH, YÊU CẦU",
        "- Phát huy quyền làm chủ của Nhân dân theo phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra, dân "
        "giám sát, dân thụ hưởng\"; gắn với xây dựng nông thôn mới nâng cao.",
        "*II. NỘI DUNG",
        "- Niêm yết công khai tại trụ sở Ủy ban nhân dân xã, nhà văn hóa các ấp; thông tin trên loa truyền thanh "
        "và nhóm Zalo của từng ấp.",
        "- Các ấp tổ chức hội nghị Nhân dân bàn và quyết định công trình giao thông nông thôn, hoàn thành trước "
        "ngày 26/3/2026. Trưởng ấp báo cáo kết quả về Ủy ban nhân dân xã chậm nhất 05 ngày làm việc sau hội nghị.",
        "- Chủ tịch Ủy ban nhân dân xã tiếp công dân vào sáng thứ Sáu hằng tuần tại Trung tâm Phục vụ hành chính "
        "công xã; hội nghị đối thoại với Nhân dân tổ chức trong tháng 5/2026.",
        "*III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng HĐND và UBND xã: thường trực, theo dõi việc thực hiện; tham mưu báo cáo 6 tháng gửi Ủy ban "
        "nhân dân thành phố (qua Sở Nội vụ) trước ngày 15/6/2026, báo cáo năm trước ngày 30/11/2026; báo cáo "
        "đột xuất khi có yêu cầu.",
        "2. Phòng Kinh tế: công khai kế hoạch sử dụng đất, các dự án trên địa bàn xã; báo cáo quý về Văn phòng "
        "HĐND và UBND xã trước ngày 20 của tháng cuối quý.",
        "3. Phòng Văn hóa - Xã hội: tuyên truyền Kế hoạch; hướng dẫn các ấp xây dựng hương ước, quy ước.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì giám sát; gửi kết quả giám sát năm về Ủy ban "
        "nhân dân xã trước ngày 18/11/2026.",
        "Phản ánh, kiến nghị gửi qua đường dây nóng 0292.3680.215./.",
    ]),
    recipients=["- UBND thành phố Cần Thơ (b/c);", "- Sở Nội vụ;", "- Thường trực Đảng ủy xã;",
                "- UBMTTQ Việt Nam xã;", "- Các ấp;", "- Lưu: VT."],
    authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Lâm Thị Mỹ Duyên",
)

DPI = 300


def _font(bold: bool, italic: bool, size_pt: float) -> ImageFont.FreeTypeFont:
    shape = ("Bold" if bold else "") + ("Italic" if italic else "")
    name = f"DejaVuSerif-{shape}.ttf" if shape else "DejaVuSerif.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), int(size_pt * DPI / 72))


def printed_page(p: Plan, size_pt: float = 12.0) -> Image.Image:
    """The plan set on one A4 page at 300 dpi: the two-column letterhead, the body, then Nơi nhận beside
    the signature, as a commune office prints a short plan."""
    w, h = int(8.27 * DPI), int(11.69 * DPI)
    left, right, top = int(1.1 * DPI), int(0.75 * DPI), int(0.7 * DPI)
    page = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(page)
    f = _font(False, False, size_pt)
    line_h = int(f.size * 1.38)

    def centred(lines: list[str], cx: int, y: int, pt: float) -> int:
        for line in lines:
            text, _, bold, italic = style(line)
            font = _font(bold, italic, pt)
            draw.text((cx - draw.textlength(text, font=font) / 2, y), text, font=font, fill=0)
            y += int(font.size * 1.35)
        return y

    lcx, rcx = left + int(1.35 * DPI), w - right - int(2.0 * DPI)
    y1 = centred([p.parent, f"*{p.issuer}", "–––––", f"Số: {p.number}"], lcx, top, size_pt)
    y2 = centred(["*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "*Độc lập - Tự do - Hạnh phúc", "–––––––––––",
                  f"_{p.place_date}"], rcx, top, size_pt)
    y = centred(["^*KẾ HOẠCH"] + [f"*{t}" for t in p.title], w // 2, max(y1, y2) + line_h // 2, size_pt + 1)
    y += line_h // 3
    width = w - left - right
    for line in body_lines(p):
        text, _, bold, italic = style(line)
        font = _font(bold, italic, size_pt)
        indent = 0 if bold else int(0.35 * DPI)
        for k, part in enumerate(_wrap(draw, text, font, width - indent)):
            draw.text((left + (indent if k == 0 else 0), y), part, font=font, fill=0)
            y += line_h
        y += line_h // 6
    y += line_h // 2
    yl = y
    small = size_pt - 1.5
    draw.text((left, yl), "Nơi nhận:", font=_font(True, True, small), fill=0)
    for r in p.recipients:
        yl += int(line_h * 0.85)
        draw.text((left, yl), r, font=_font(False, False, small), fill=0)
    centred(sign_block(p), rcx, y, size_pt)
    return page


def phone_photo(page: Image.Image, seed: int) -> Image.Image:
    """A phone photo of the printed page on a desk: the page shrunk into a larger frame with a slight
    perspective and a 1-2 degree turn, light falling off from one corner, sensor grain, a soft focus."""
    rng = random.Random(seed)
    npr = np.random.default_rng(seed)
    pw, ph = page.size
    W, H = int(pw * 1.08), int(ph * 1.06)
    desk = np.full((H, W, 3), (118, 96, 74), dtype=np.float32)   # a brown desk
    desk += npr.normal(0, 6, (H, W, 1))
    frame = Image.fromarray(desk.clip(0, 255).astype(np.uint8))
    sheet = Image.merge("RGB", [page.point(lambda v: v * 0.93 + 14)] * 3)   # off-white paper
    mask = Image.new("L", page.size, 255)
    ox, oy = (W - pw) // 2, (H - ph) // 2
    frame.paste(sheet, (ox, oy), mask)
    # perspective: the top edge a little narrower than the bottom (the phone held above the page's foot)
    d = int(pw * rng.uniform(0.012, 0.02))
    page_corners = [(ox, oy), (ox + pw, oy), (ox + pw, oy + ph), (ox, oy + ph)]
    seen = [(ox + d, oy + d // 2), (ox + pw - d, oy), (ox + pw + d // 3, oy + ph), (ox - d // 3, oy + ph)]
    coeffs = _perspective_coeffs(seen, page_corners)
    frame = frame.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 2.0)
    frame = frame.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(112, 90, 70))
    arr = np.asarray(frame).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = W * rng.uniform(0.15, 0.35), H * rng.uniform(0.1, 0.3)   # the lamp's side
    dist = np.hypot(xx - cx, yy - cy) / np.hypot(W, H)
    light = 1.08 - 0.55 * dist ** 1.4                                     # bright corner, dim far corner
    shadow = 1.0 - 0.18 * np.clip((xx - W * 0.72) / (W * 0.28), 0, 1) * np.clip((yy - H * 0.5) / (H * 0.2), 0, 1)   # a hand's shadow, soft-edged
    arr = arr * (light * shadow)[..., None] * np.array([1.0, 0.97, 0.9], dtype=np.float32)   # warm light
    arr += npr.normal(0, 7.5, arr.shape)
    photo = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return photo.resize((int(W * 0.8), int(H * 0.8)), Image.LANCZOS)


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """The 8 coefficients PIL's PERSPECTIVE transform wants: output point -> input point."""
    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for pt in src for c in pt], dtype=np.float64)
    return list(np.linalg.solve(np.array(rows, dtype=np.float64), b))


def plan_commune(path: Path) -> None:
    phone_photo(printed_page(COMMUNE_PLAN), seed=6).save(path, "JPEG", quality=74, subsampling=2)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, write in ((UNIVERSITY, plan_university), (TAX, plan_tax), (COMMUNE, plan_commune)):
        write(OUT / name)
        print(f"wrote {(OUT / name).relative_to(ROOT)} ({(OUT / name).stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
