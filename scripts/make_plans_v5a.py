#!/usr/bin/env python3
"""Write the three plans of writer v5a of the blind set v5 into benchmarks/plans_v5/.

The texts are written for this set (no agency sent them); their layouts follow what agencies send:
- v5a_bvyhct_phutho_2026.docx: a provincial hospital of traditional medicine; letterhead as a
  borderless 2-column table, headings and items numbered by Word (the numbers are not in the
  text), a landscape "Phụ lục" whose "Thời gian" cells are merged over several rows (uploaded
  during the run);
- v5a_ubnd_phuong_hoalu_ninhbinh_2026.pdf: a ward People's Committee's plan as scanned: every
  page an image (200 dpi, a slight rotation, grey noise), no text layer;
- v5a_bqlkcn_bacninh_2026_web.mhtml: an industrial-zone authority's plan as saved (MHTML) from the
  provincial portal: menus, breadcrumbs, share buttons and related links around the article, the
  deadline table as an HTML <table>.

    python scripts/make_plans_v5a.py     # python-docx, Pillow (DejaVu fonts)
"""
from __future__ import annotations

import html
import quopri
import sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from blindset.nd30_layout import (Numbering, annex_heading, front_matter, grid_table, headed_lists,  # noqa: E402
                                  landscape_section, merge_down, new_document, numbered, numbered_all,
                                  page_number_footer, para, sign_table, signature_block)
from blindset.nd30_scan import save_scan, scan_pages  # noqa: E402
from blindset.nd30_scan import wrap as _wrap  # noqa: E402,F401  (make_plans_v6a takes it from here)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "plans_v5"
HOSPITAL = "v5a_bvyhct_phutho_2026.docx"
WARD = "v5a_ubnd_phuong_hoalu_ninhbinh_2026.pdf"
ZONES = "v5a_bqlkcn_bacninh_2026_web.mhtml"


# ---------------------------------------------------------------- plan 1: hospital (docx, Word numbering)
HOSPITAL_ANNEX = [  # (task, lead, partners, time); equal consecutive times are merged cells
    ("Tổ chức hội nghị viên chức, người lao động cấp khoa, phòng", "Các khoa, phòng", "Công đoàn cơ sở",
     "Trước ngày 25/02/2026"),
    ("Xây dựng kế hoạch thực hiện dân chủ của khoa, phòng", "Các khoa, phòng", "Phòng Tổ chức cán bộ",
     "Trước ngày 25/02/2026"),
    ("Tổ chức Hội nghị viên chức, người lao động Bệnh viện năm 2026", "Phòng Tổ chức cán bộ",
     "Công đoàn cơ sở, Phòng Hành chính quản trị", "Ngày 06/3/2026"),
    ("Công khai dự toán ngân sách năm 2026", "Phòng Tài chính - Kế toán", "Phòng Kế hoạch tổng hợp",
     "Trước ngày 31/3/2026"),
    ("Báo cáo kết quả thực hiện dân chủ 6 tháng của khoa, phòng", "Các khoa, phòng", "",
     "Trước ngày 04/6/2026"),
    ("Báo cáo kết quả giám sát 6 tháng", "Ban Thanh tra nhân dân", "Công đoàn cơ sở",
     "Trước ngày 04/6/2026"),
    ("Báo cáo 6 tháng gửi Sở Y tế", "Phòng Tổ chức cán bộ", "Các khoa, phòng", "Trước ngày 15/6/2026"),
    ("Công khai quyết toán ngân sách năm 2025", "Phòng Tài chính - Kế toán", "", "Quý III/2026"),
    ("Đối thoại giữa Giám đốc với viên chức, người lao động", "Ban Giám đốc", "Công đoàn cơ sở",
     "Tháng 9/2026"),
    ("Báo cáo kết quả thực hiện dân chủ năm của khoa, phòng", "Các khoa, phòng", "",
     "Trước ngày 25/11/2026"),
    ("Báo cáo kết quả giám sát năm", "Ban Thanh tra nhân dân", "Công đoàn cơ sở", "Trước ngày 25/11/2026"),
    ("Báo cáo năm gửi Sở Y tế, Sở Nội vụ", "Phòng Tổ chức cán bộ", "Các khoa, phòng",
     "Chậm nhất ngày 10/12/2026"),
]


def plan_hospital(path: Path) -> None:
    d = new_document(14)
    front_matter(d, "SỞ Y TẾ TỈNH PHÚ THỌ", "BỆNH VIỆN Y HỌC CỔ TRUYỀN", "45/KH-BVYHCT",
                 "Phú Thọ, ngày 20 tháng 01 năm 2026",
                 ["Thực hiện dân chủ ở cơ sở tại Bệnh viện Y học cổ truyền", "tỉnh Phú Thọ năm 2026"])
    for text in (
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số "
        "điều của Luật Thực hiện dân chủ ở cơ sở;",
        "Căn cứ Kế hoạch số 12/KH-SYT ngày 08 tháng 01 năm 2026 của Sở Y tế tỉnh Phú Thọ về thực hiện dân chủ "
        "ở cơ sở trong ngành y tế năm 2026;",
        "Căn cứ Quyết định số 118/QĐ-BVYHCT ngày 15 tháng 3 năm 2024 của Giám đốc Bệnh viện ban hành Quy chế "
        "thực hiện dân chủ tại Bệnh viện,",
        "Bệnh viện Y học cổ truyền tỉnh Phú Thọ xây dựng Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 như sau:"):
        para(d, text, italic=text.startswith("Căn cứ"), indent=True)
    nb = Numbering(d)
    nb.kind("roman", [("upperRoman", "%1.", 360, True)])
    nb.kind("outline", [("decimal", "%1.", 720, True), ("lowerLetter", "%2)", 1080, False)])
    nb.kind("dash", [("bullet", "-", 720, False)])
    roman = nb.start("roman")
    numbered(d, roman, 0, "MỤC ĐÍCH, YÊU CẦU", bold=True)
    dash = nb.start("dash")
    numbered_all(d, dash, 0, (
        "Phát huy quyền làm chủ của viên chức, người lao động và người bệnh; bảo đảm công khai, minh bạch "
        "trong hoạt động chuyên môn, tài chính, tổ chức cán bộ của Bệnh viện.",
        "Việc thực hiện dân chủ gắn với nhiệm vụ chuyên môn, đổi mới phong cách, thái độ phục vụ hướng tới "
        "sự hài lòng của người bệnh; không hình thức, không gây phiền hà."))
    numbered(d, roman, 0, "NỘI DUNG THỰC HIỆN", bold=True)
    n = nb.start("outline")
    numbered(d, n, 0, "Công khai thông tin", bold=True)
    numbered(d, n, 1, "Phòng Tài chính - Kế toán công khai dự toán ngân sách năm 2026 trước ngày 31/3/2026; "
                      "công khai quyết toán ngân sách năm 2025 trong quý III/2026; công khai giá dịch vụ khám "
                      "bệnh, chữa bệnh tại khu vực đón tiếp người bệnh.")
    numbered(d, n, 1, "Phòng Tổ chức cán bộ công khai kế hoạch tuyển dụng, kết quả đánh giá, xếp loại viên "
                      "chức và danh sách nâng bậc lương trên bảng tin nội bộ trong thời hạn 05 ngày làm việc "
                      "kể từ ngày có quyết định.")
    numbered(d, n, 0, "Hội nghị viên chức, người lao động", bold=True)
    numbered(d, n, 1, "Các khoa, phòng tổ chức hội nghị viên chức, người lao động cấp khoa, phòng xong trước "
                      "ngày 25/02/2026.")
    numbered(d, n, 1, "Bệnh viện tổ chức Hội nghị viên chức, người lao động năm 2026 vào ngày 06/3/2026 tại "
                      "Hội trường tầng 3, nhà điều hành.")
    numbered(d, n, 0, "Tiếp nhận ý kiến, đối thoại", bold=True)
    numbered(d, n, 1, "Hòm thư góp ý đặt tại khu khám bệnh và mỗi khoa lâm sàng; Tổ công tác xã hội mở hòm "
                      "thư vào chiều thứ Sáu hằng tuần, tổng hợp ý kiến người bệnh gửi Phòng Hành chính quản "
                      "trị trước ngày 05 hằng tháng.")
    numbered(d, n, 1, "Đường dây nóng của Bệnh viện: 0210.3846.115; hộp thư điện tử tiếp nhận ý kiến về "
                      "thực hiện dân chủ: qcdc.bvyhct@phutho.gov.vn.")
    numbered(d, n, 1, "Giám đốc Bệnh viện đối thoại với viên chức, người lao động ít nhất 01 lần trong năm, "
                      "tổ chức vào tháng 9/2026.")
    numbered(d, roman, 0, "TỔ CHỨC THỰC HIỆN", bold=True)
    n = nb.start("outline")
    headed_lists(d, nb, n, "dash", [
        ("Phòng Tổ chức cán bộ", [
            "Là cơ quan thường trực của Ban Chỉ đạo thực hiện dân chủ của Bệnh viện; theo dõi, đôn đốc các khoa, "
            "phòng thực hiện Kế hoạch.",
            "Tham mưu Giám đốc báo cáo kết quả thực hiện dân chủ 6 tháng gửi Sở Y tế trước ngày 15/6/2026; báo cáo "
            "năm gửi Sở Y tế, đồng gửi Sở Nội vụ chậm nhất ngày 10 tháng 12 năm 2026.",
            "Báo cáo đột xuất theo yêu cầu của Sở Y tế trong thời hạn 03 ngày làm việc kể từ ngày nhận được văn bản "
            "yêu cầu."]),
        ("Các khoa, phòng", [
            "Xây dựng kế hoạch thực hiện dân chủ của khoa, phòng gửi Phòng Tổ chức cán bộ trong vòng 07 ngày kể từ "
            "ngày ký Kế hoạch này.",
            "Báo cáo quý về Phòng Tổ chức cán bộ trước ngày 20 của tháng cuối quý; báo cáo 6 tháng trước ngày "
            "04/6/2026; báo cáo năm trước ngày 25/11/2026."]),
        ("Công đoàn cơ sở", [
            "Phối hợp tổ chức Hội nghị viên chức, người lao động; tuyên truyền, vận động đoàn viên thực hiện quy "
            "chế dân chủ; chỉ đạo Ban Thanh tra nhân dân."]),
        ("Ban Thanh tra nhân dân", [
            "Giám sát việc thực hiện dân chủ tại Bệnh viện; báo cáo kết quả giám sát 6 tháng (trước ngày 04/6/2026) "
            "và năm (trước ngày 25/11/2026) gửi Ban Chấp hành Công đoàn cơ sở và Ban Giám đốc."]),
        ("Chi đoàn Thanh niên", [
            "Tuyên truyền Kế hoạch trên trang thông tin điện tử và trang mạng xã hội của Bệnh viện; tham gia giám "
            "sát thái độ phục vụ người bệnh."])])
    para(d, "Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng phản ánh về Phòng Tổ chức cán bộ "
            "(điện thoại 0210.3846.115) để tổng hợp, báo cáo Giám đốc xem xét, giải quyết./.", indent=True)
    sign_table(d, ["- Sở Y tế (b/c);", "- Sở Nội vụ (b/c);", "- Đảng ủy Bệnh viện;", "- Ban Giám đốc;",
                   "- Công đoàn cơ sở;", "- Các khoa, phòng;", "- Lưu: VT, TCCB."],
               signature_block(["GIÁM ĐỐC"], "Hà Minh Khôi", signed="(đã ký)"))
    landscape_section(d)
    annex_heading(d, "LỊCH TRIỂN KHAI THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2026",
                  "(Kèm theo Kế hoạch số 45/KH-BVYHCT ngày 20/01/2026 của Bệnh viện Y học cổ truyền tỉnh Phú Thọ)")
    rows = [[str(i), task, lead, partners, time] for i, (task, lead, partners, time) in
            enumerate(HOSPITAL_ANNEX, 1)]
    t = grid_table(d, ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], rows,
                   [1.2, 9.5, 5.0, 5.5, 4.5])
    i = 0
    while i < len(rows):   # merge runs of equal "Thời gian" cells (table row = list index + 1)
        j = i
        while j + 1 < len(rows) and rows[j + 1][4] == rows[i][4]:
            t.cell(j + 2, 4).paragraphs[0].runs[0].text = ""
            j += 1
        if j > i:
            merge_down(t, 4, i + 1, j + 1)
        i = j + 1
    page_number_footer(d)
    d.save(path)


# ---------------------------------------------------------------- plan 2: ward (scanned PDF)
# One line per paragraph; "^" centres a line, "*" makes it bold; "|" separates table cells.
WARD_TEXT = """\
ỦY BAN NHÂN DÂN
*PHƯỜNG HOA LƯ
Số: 18/KH-UBND
^*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
^*Độc lập - Tự do - Hạnh phúc
^Hoa Lư, ngày 12 tháng 02 năm 2026
^*KẾ HOẠCH
^*Thực hiện dân chủ ở cơ sở trên địa bàn phường Hoa Lư năm 2026
Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;
Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;
Căn cứ Kế hoạch số 35/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Ninh Bình về thực hiện dân chủ ở cơ sở năm 2026;
Ủy ban nhân dân phường Hoa Lư ban hành Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 như sau:
*I. MỤC ĐÍCH, YÊU CẦU
- Bảo đảm quyền của Nhân dân được biết, được bàn, được làm, được kiểm tra, giám sát các công việc của phường; nâng cao trách nhiệm của cán bộ, công chức phường trong phục vụ Nhân dân.
- Việc thực hiện dân chủ phải thường xuyên, gắn với cải cách hành chính và xây dựng chính quyền đô thị văn minh.
*II. NỘI DUNG THỰC HIỆN
*1. Công khai thông tin
a) Niêm yết công khai tại trụ sở Ủy ban nhân dân phường, nhà văn hóa các tổ dân phố và trên trang thông tin điện tử của phường các nội dung Nhân dân được biết.
b) Thu, chi các khoản đóng góp của Nhân dân cho các công trình phúc lợi được công khai định kỳ 6 tháng một lần.
*2. Nhân dân bàn và quyết định
- Các tổ dân phố tổ chức hội nghị Nhân dân bàn và quyết định các công việc của cộng đồng, hoàn thành trước ngày 30/4/2026.
- Tổ trưởng tổ dân phố báo cáo kết quả hội nghị về Ủy ban nhân dân phường (qua Văn phòng HĐND và UBND) chậm nhất sau 05 ngày kể từ ngày tổ chức hội nghị.
*3. Tiếp công dân và đối thoại
- Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng tại Trung tâm Phục vụ hành chính công phường.
- Ủy ban nhân dân phường tổ chức hội nghị đối thoại với Nhân dân trong quý III/2026.
- Đường dây nóng tiếp nhận phản ánh, kiến nghị: 0229.3871.246; thư điện tử: ubndhoalu@ninhbinh.gov.vn.
*III. TỔ CHỨC THỰC HIỆN
*1. Văn phòng HĐND và UBND phường
- Là cơ quan thường trực, theo dõi, đôn đốc các phòng, đơn vị, tổ dân phố thực hiện Kế hoạch.
- Tổng hợp, tham mưu báo cáo kết quả thực hiện dân chủ 6 tháng gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 15/6/2026; báo cáo năm trước ngày 05/12/2026; báo cáo đột xuất khi có yêu cầu.
*2. Phòng Kinh tế, Hạ tầng và Đô thị
- Công khai quy hoạch, kế hoạch sử dụng đất, dự án đầu tư trên địa bàn phường; báo cáo quý về Văn phòng HĐND và UBND trước ngày 18 của tháng cuối quý.
*3. Phòng Văn hóa - Xã hội
- Tuyên truyền Kế hoạch trên hệ thống loa truyền thanh của phường; hướng dẫn các tổ dân phố xây dựng hương ước, quy ước.
*4. Trung tâm Phục vụ hành chính công phường
- Công khai thủ tục hành chính; báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị của người dân hằng tháng về Văn phòng HĐND và UBND trước ngày 22.
*5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường
- Chủ trì, phối hợp với các tổ chức chính trị - xã hội và Ban Thanh tra nhân dân giám sát việc thực hiện dân chủ ở cơ sở; gửi kết quả giám sát năm về Ủy ban nhân dân phường trước ngày 20/11/2026.
*IV. LỊCH THỰC HIỆN
STT|Nội dung|Đơn vị thực hiện|Thời gian
1|Hội nghị Nhân dân ở tổ dân phố|Các tổ dân phố|Trước 30/4/2026
2|Báo cáo 6 tháng gửi UBND tỉnh (qua Sở Nội vụ)|Văn phòng HĐND và UBND|Trước 15/6/2026
3|Hội nghị đối thoại với Nhân dân|UBND phường|Quý III/2026
4|Kết quả giám sát năm|UBMTTQ phường|Trước 20/11/2026
5|Báo cáo năm gửi UBND tỉnh (qua Sở Nội vụ)|Văn phòng HĐND và UBND|Trước 05/12/2026
Nơi nhận:
- UBND tỉnh Ninh Bình (b/c);
- Sở Nội vụ;
- Thường trực Đảng ủy phường;
- Thường trực HĐND phường;
- UBMTTQ Việt Nam phường;
- Các tổ dân phố;
- Lưu: VT, VP.
^*TM. ỦY BAN NHÂN DÂN
^*CHỦ TỊCH
^(đã ký)
^*Đinh Thị Hồng Vân
"""

# the lines a scan prints flush left (the recipients), the ruled table's column widths in inches
WARD_FLUSH = ("Nơi nhận", "- UBND", "- Sở", "- Thường", "- Các tổ", "- Lưu", "- UBMTTQ")
WARD_COLUMNS = (0.5, 2.7, 1.75, 1.3)


def plan_ward(path: Path) -> None:
    save_scan(scan_pages(WARD_TEXT, seed=5, columns_in=WARD_COLUMNS, flush=WARD_FLUSH), path)


# ---------------------------------------------------------------- plan 3: industrial zones (web page, MHTML)
ZONES_TABLE = [
    ("1", "Hội nghị cán bộ, công chức, viên chức cơ quan năm 2026", "Văn phòng Ban", "26/02/2026"),
    ("2", "Tổng hợp tình hình thực hiện quy chế dân chủ tại doanh nghiệp (báo cáo quý)",
     "Phòng Quản lý Lao động", "Trước ngày 25 tháng cuối quý"),
    ("3", "Hội nghị đối thoại với doanh nghiệp, người lao động trong các khu công nghiệp",
     "Phòng Quản lý Doanh nghiệp", "Quý II/2026"),
    ("4", "Báo cáo 6 tháng gửi Sở Nội vụ, Ban Dân vận Tỉnh ủy", "Văn phòng Ban", "Trước ngày 12/6/2026"),
    ("5", "Báo cáo năm gửi Sở Nội vụ, Ban Dân vận Tỉnh ủy", "Văn phòng Ban", "Chậm nhất ngày 20/11/2026"),
]

ZONES_BODY = [
    ("p-c", "<b>UBND TỈNH BẮC NINH<br>BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP</b><br>Số: 27/KH-BQL"),
    ("p-c", "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>"
            "<i>Bắc Ninh, ngày 05 tháng 02 năm 2026</i>"),
    ("h2", "KẾ HOẠCH<br>Thực hiện dân chủ trong hoạt động của Ban Quản lý các khu công nghiệp tỉnh và tại "
           "doanh nghiệp trong các khu công nghiệp năm 2026"),
    ("p", "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022; Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của "
          "Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện "
          "lao động và quan hệ lao động;"),
    ("p", "Căn cứ Kế hoạch số 09-KH/BCĐ ngày 16/01/2026 của Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Bắc "
          "Ninh, Ban Quản lý các khu công nghiệp tỉnh xây dựng Kế hoạch như sau:"),
    ("h3", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Phát huy quyền làm chủ của công chức, viên chức, người lao động trong cơ quan Ban và của người "
          "lao động tại các doanh nghiệp; xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ."),
    ("h3", "II. NỘI DUNG"),
    ("p", "<b>1. Trong cơ quan Ban Quản lý</b>"),
    ("p", "a) Tổ chức Hội nghị cán bộ, công chức, viên chức cơ quan năm 2026 vào ngày 26/02/2026."),
    ("p", "b) Công khai kế hoạch công tác, tài chính, tuyển dụng, thi đua khen thưởng trên Trang thông tin "
          "điện tử của Ban và niêm yết tại trụ sở."),
    ("p", "<b>2. Tại doanh nghiệp trong các khu công nghiệp</b>"),
    ("p", "a) Hướng dẫn doanh nghiệp tổ chức đối thoại tại nơi làm việc định kỳ ít nhất 01 lần/năm và tổ "
          "chức hội nghị người lao động theo quy định."),
    ("p", "b) Ban tổ chức Hội nghị đối thoại với doanh nghiệp, người lao động trong các khu công nghiệp "
          "trong quý II/2026."),
    ("h3", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "<b>1. Văn phòng Ban</b>: thường trực giúp Trưởng ban theo dõi thực hiện Kế hoạch; tổng hợp báo "
          "cáo 6 tháng gửi Sở Nội vụ và Ban Dân vận Tỉnh ủy trước ngày 12/6/2026, báo cáo năm chậm nhất "
          "ngày 20/11/2026. Báo cáo đột xuất gửi trong thời hạn 02 ngày làm việc kể từ khi nhận được yêu cầu."),
    ("p", "<b>2. Phòng Quản lý Lao động</b>: theo dõi việc thực hiện quy chế dân chủ tại doanh nghiệp, "
          "tổng hợp báo cáo quý trình Lãnh đạo Ban trước ngày 25 tháng cuối quý."),
    ("p", "<b>3. Phòng Quản lý Doanh nghiệp</b>: tổng hợp kiến nghị của doanh nghiệp hằng tháng, gửi Văn "
          "phòng Ban trước ngày 28 hằng tháng; chủ trì Hội nghị đối thoại với doanh nghiệp."),
    ("p", "<b>4. Đề nghị Công đoàn các Khu công nghiệp tỉnh</b>: hướng dẫn công đoàn cơ sở tham gia xây dựng "
          "và giám sát thực hiện quy chế dân chủ tại doanh nghiệp; gửi kết quả giám sát 6 tháng về Ban Quản "
          "lý trước ngày 05/6/2026."),
    ("p", "Mọi ý kiến phản ánh về thực hiện dân chủ gửi về Văn phòng Ban, điện thoại 0222.3822.567, thư điện "
          "tử: vanphong.bqlkcn@bacninh.gov.vn."),
    ("h3", "IV. LỊCH THỰC HIỆN"),
    ("table", ""),
    ("p", "<i>Nơi nhận:</i><br>- Sở Nội vụ (b/c);<br>- Ban Dân vận Tỉnh ủy (b/c);<br>- Lãnh đạo Ban;<br>"
          "- Công đoàn các Khu công nghiệp tỉnh;<br>- Các phòng, đơn vị thuộc Ban;<br>- Lưu: VT, VP."),
    ("p-r", "<b>TRƯỞNG BAN</b><br><i>(đã ký)</i><br><b>Lê Quang Tùng</b>"),
]


def zones_html() -> str:
    rows = "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in ZONES_TABLE)
    table = ('<table class="tbl" border="1" cellspacing="0">\n<thead><tr><th>STT</th><th>Nội dung</th>'
             f'<th>Đơn vị chủ trì</th><th>Thời gian</th></tr></thead>\n<tbody>\n{rows}\n</tbody></table>')
    body = []
    for kind, text in ZONES_BODY:
        if kind == "table":
            body.append(table)
        elif kind.startswith("p-"):
            body.append(f'<p style="text-align:{"center" if kind == "p-c" else "right"}">{text}</p>')
        else:
            body.append(f"<{kind}>{text}</{kind}>")
    article = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch thực hiện dân chủ năm 2026 - Ban Quản lý các KCN - Cổng thông tin điện tử tỉnh Bắc Ninh</title>
<link rel="stylesheet" href="https://bacninh.gov.vn/static/portal.css">
<script>window.dataLayer=window.dataLayer||[];</script>
</head><body>
<div class="top-bar"><a href="/">Trang chủ</a> | <a href="/en">English</a> | <a href="/sitemap">Sơ đồ cổng</a>
 | <form class="search"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>
<div class="banner"><img src="/static/banner.png" alt="Cổng thông tin điện tử tỉnh Bắc Ninh"></div>
<nav class="menu"><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a>
</li><li><a href="/chinh-quyen">Chính quyền</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/dich-vu-cong">Dịch vụ công</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản chỉ đạo điều hành</a> &gt;
<a href="/van-ban/ke-hoach">Kế hoạch</a></div>
<div class="wrap"><div class="main">
<h1 class="title">Kế hoạch thực hiện dân chủ năm 2026 của Ban Quản lý các khu công nghiệp tỉnh</h1>
<div class="meta">Ngày đăng: 06/02/2026 09:15 | Lượt xem: 412 | <a href="#">Cỡ chữ A+</a> <a href="#">A-</a></div>
<div class="share"><a href="https://facebook.com/sharer">Chia sẻ Facebook</a> <a href="https://zalo.me/share">
Zalo</a> <a href="#" onclick="window.print()">In trang</a> <a href="mailto:?">Gửi email</a></div>
<div class="article-content">
{article}
</div>
<div class="attach">Tệp đính kèm: <a href="/files/27-KH-BQL.pdf">27-KH-BQL.pdf</a></div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a></div>
</div>
<aside class="side"><h4>Tin liên quan</h4><ul>
<li><a href="#">Hội nghị tổng kết công tác năm 2025 của Ban Quản lý các khu công nghiệp</a></li>
<li><a href="#">Thu hút đầu tư vào các khu công nghiệp tháng 01/2026</a></li>
<li><a href="#">Thông báo lịch tiếp công dân tháng 02/2026</a></li></ul>
<h4>Liên kết website</h4><select><option>Chính phủ</option><option>Bộ Nội vụ</option></select></aside></div>
<footer>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bắc Ninh. Ghi rõ nguồn khi phát hành lại thông tin từ cổng
thông tin điện tử này. Đang truy cập: 1.204</footer>
</body></html>
"""


def plan_zones(path: Path) -> None:
    """The page as a browser's "save as web page, single file" writes it (multipart/related, quoted-printable)."""
    msg = MIMEMultipart("related", type="text/html")
    msg["From"] = "<Saved by Blink>"
    msg["Snapshot-Content-Location"] = "https://bacninh.gov.vn/van-ban/ke-hoach/27-kh-bql-2026"
    msg["Subject"] = "Kế hoạch thực hiện dân chủ năm 2026 - Ban Quản lý các KCN"
    part = MIMENonMultipart("text", "html", charset="utf-8")
    part.set_payload(quopri.encodestring(zones_html().encode("utf-8")).decode("ascii"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part["Content-Location"] = "https://bacninh.gov.vn/van-ban/ke-hoach/27-kh-bql-2026"
    msg.attach(part)
    css = MIMEText("body{font-family:Arial} .menu li{display:inline}", "css", "utf-8")
    css["Content-Location"] = "https://bacninh.gov.vn/static/portal.css"
    msg.attach(css)
    path.write_bytes(msg.as_bytes())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    plan_hospital(OUT / HOSPITAL)
    plan_ward(OUT / WARD)
    plan_zones(OUT / ZONES)
    for f in sorted(OUT.glob("v5a_*")):
        print(f"wrote {f.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
