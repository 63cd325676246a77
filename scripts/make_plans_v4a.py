#!/usr/bin/env python3
"""Write the three plans of writer v4a of the blind test set v4 into benchmarks/plans_v4/.

The texts are written for this set (no agency sent them); their layouts follow what agencies send:
- v4a_dptth_khanhhoa_2026.docx: a provincial radio-TV station; header as a borderless 2-column
  table, a landscape "Phụ lục" with a 7-column deadline table whose "Đơn vị chủ trì" cells are
  merged over several rows and some time cells hold two dates (uploaded during the run);
- v4a_bhxh_kv9_hungyen_2026.docx: a regional social-insurance office; duties in prose per unit,
  headings and items numbered by Word (numbering.xml: the numbers are not in the text), a small
  table of reporting periods (uploaded during the run);
- v4a_thpt_tamduong_laichau_2025_web.html: a high school's plan as saved from its portal (menu,
  breadcrumbs, the plan in an article div, the deadline table as an HTML <table>, footer).

    python scripts/make_plans_v4a.py     # needs python-docx (the `fixtures` extra)
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blindset.nd30_layout import (Numbering, annex_heading, front_matter, grid_table, headed_paragraphs,  # noqa: E402
                                  landscape_section, merge_down, new_document, numbered, page_number_footer, para,
                                  sign_table, signature_block)
from blindset.nd30_layout import header_table  # noqa: E402,F401  (make_plans_v6b takes it from here)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "plans_v4"


# ---------------------------------------------------------------- plan 1: radio-TV station (docx)
def plan_dptth(path: Path) -> None:
    d = new_document(14)
    front_matter(d, "UBND TỈNH KHÁNH HÒA", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "14/KH-ĐPTTH",
                 "Khánh Hòa, ngày 23 tháng 01 năm 2026",
                 ["Triển khai thực hiện dân chủ ở cơ sở trong hoạt động",
                  "của Đài Phát thanh và Truyền hình Khánh Hòa năm 2026"])
    C = WD_ALIGN_PARAGRAPH.CENTER
    body = [
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật "
        "Thực hiện dân chủ ở cơ sở;",
        "Căn cứ Quyết định số 112/QĐ-ĐPTTH ngày 15/5/2024 của Giám đốc Đài ban hành Quy chế thực hiện dân chủ "
        "trong hoạt động của Đài Phát thanh và Truyền hình Khánh Hòa;",
        "Thực hiện Kế hoạch số 36/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về thực hiện dân chủ ở cơ sở "
        "trên địa bàn tỉnh năm 2026,",
        "Đài Phát thanh và Truyền hình Khánh Hòa (sau đây gọi tắt là Đài) xây dựng Kế hoạch triển khai thực hiện "
        "dân chủ ở cơ sở năm 2026 như sau:",
    ]
    for line in body:
        para(d, line, indent=True)
    para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(d, "1. Mục đích", bold=True)
    for line in [
        "- Bảo đảm viên chức, người lao động (VC, NLĐ) của Đài được biết, được tham gia ý kiến, được quyết định và "
        "được kiểm tra, giám sát các hoạt động của Đài theo đúng quy định.",
        "- Gắn thực hiện dân chủ với nhiệm vụ thông tin, tuyên truyền; nâng cao chất lượng chương trình phát thanh, "
        "truyền hình và nội dung số; phòng, chống tiêu cực trong hoạt động báo chí, quảng cáo, dịch vụ.",
    ]:
        para(d, line, indent=True)
    para(d, "2. Yêu cầu", bold=True)
    for line in [
        "- Các nội dung công khai phải đúng đối tượng, đúng hình thức và thời hạn; không hình thức, đối phó.",
        "- Mỗi phòng chuyên môn phân công người theo dõi việc thực hiện dân chủ; kết quả thực hiện là một tiêu chí "
        "đánh giá, xếp loại thi đua cuối năm của tập thể, cá nhân.",
    ]:
        para(d, line, indent=True)
    para(d, "II. NỘI DUNG", bold=True)
    para(d, "1. Công khai thông tin", bold=True)
    para(d, "1.1. Nội dung công khai", italic=True)
    for line in [
        "- Dự toán, quyết toán ngân sách; nguồn thu sự nghiệp từ quảng cáo, dịch vụ và việc trích lập, sử dụng các quỹ;",
        "- Kế hoạch tuyển dụng, tiếp nhận, đào tạo, bồi dưỡng viên chức; kết quả đánh giá, xếp loại viên chức năm 2025;",
        "- Quy chế chi tiêu nội bộ; Quy chế chi trả nhuận bút, thù lao cho tác phẩm phát thanh, truyền hình, báo điện tử.",
    ]:
        para(d, line, indent=True)
    para(d, "1.2. Hình thức công khai", italic=True)
    para(d, "Niêm yết tại bảng tin của Đài; thông báo tại cuộc họp giao ban hằng tuần; đăng trên mục \"Thông tin nội "
            "bộ\" của Trang thông tin điện tử của Đài; gửi qua Hệ thống quản lý văn bản và điều hành.", indent=True)
    para(d, "2. Những nội dung VC, NLĐ được bàn, quyết định", bold=True)
    for line in [
        "a) Nội dung Hội nghị viên chức, người lao động năm 2026; Quy chế chi tiêu nội bộ, Quy chế chi trả nhuận bút;",
        "b) Các biện pháp cải thiện điều kiện làm việc của phóng viên, biên tập viên, kỹ thuật viên trực phát sóng.",
    ]:
        para(d, line, indent=True)
    para(d, "3. Kiểm tra, giám sát", bold=True)
    para(d, "Ban Thanh tra nhân dân (Ban TTND) giám sát việc thực hiện Quy chế chi tiêu nội bộ, việc chi trả nhuận bút, "
            "việc mua sắm, sửa chữa thiết bị kỹ thuật và việc giải quyết kiến nghị của VC, NLĐ.", indent=True)
    para(d, "4. Hội nghị viên chức, người lao động", bold=True)
    para(d, "Đài tổ chức Hội nghị viên chức, người lao động năm 2026 vào ngày 27/02/2026 tại hội trường tầng 3 trụ sở "
            "Đài. Công đoàn cơ sở phối hợp tổ chức hội nghị ở các phòng trước ngày 13/02/2026.", indent=True)
    para(d, "5. Đối thoại", bold=True)
    para(d, "Giám đốc Đài đối thoại định kỳ với VC, NLĐ ít nhất 01 lần trong năm. Khi Công đoàn cơ sở đề nghị đối "
            "thoại đột xuất, Phòng Tổ chức - Hành chính tham mưu tổ chức đối thoại trong 05 ngày làm việc kể từ ngày "
            "nhận được văn bản đề nghị.", indent=True)
    para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(d, "1. Phòng Tổ chức - Hành chính", bold=True)
    para(d, "Là đầu mối tham mưu Giám đốc triển khai Kế hoạch; theo dõi, đôn đốc các phòng; tổng hợp báo cáo kết quả "
            "thực hiện dân chủ ở cơ sở 6 tháng và năm của Đài gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) theo thời hạn "
            "tại Phụ lục kèm theo.", indent=True)
    para(d, "2. Phòng Kế hoạch - Tài chính", bold=True)
    para(d, "Công khai dự toán, quyết toán ngân sách, nguồn thu sự nghiệp; phối hợp Phòng Dịch vụ - Quảng cáo công "
            "khai kết quả thu từ hoạt động quảng cáo, dịch vụ.", indent=True)
    para(d, "3. Các phòng: Thời sự; Chuyên đề - Văn nghệ; Nội dung số; Kỹ thuật - Công nghệ; Dịch vụ - Quảng cáo",
         bold=True)
    para(d, "Triển khai Kế hoạch đến VC, NLĐ của phòng; gửi báo cáo kết quả thực hiện dân chủ 6 tháng trước ngày "
            "05/6/2026 và báo cáo năm trước ngày 05/11/2026 về Phòng Tổ chức - Hành chính, đồng thời gửi bản điện tử "
            "qua hộp thư tchc.daiptth@khanhhoa.gov.vn. Phòng Nội dung số tiếp nhận ý kiến phản ánh của khán thính "
            "giả qua đường dây nóng và ứng dụng của Đài, chuyển phòng liên quan xử lý.", indent=True)
    para(d, "4. Công đoàn cơ sở, Ban Thanh tra nhân dân", bold=True)
    para(d, "Công đoàn cơ sở phối hợp tổ chức Hội nghị VC, NLĐ và đối thoại; Ban TTND xây dựng và thực hiện chương "
            "trình giám sát năm 2026, báo cáo kết quả tại Hội nghị VC, NLĐ năm sau.", indent=True)
    para(d, "Các nhiệm vụ, đơn vị chủ trì và thời gian hoàn thành cụ thể tại Phụ lục kèm theo Kế hoạch này. Trong quá "
            "trình thực hiện, nếu có vướng mắc, các phòng phản ánh về Phòng Tổ chức - Hành chính để tổng hợp, báo "
            "cáo Giám đốc xem xét, quyết định./.", indent=True)
    sign_table(d, ["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Sở Văn hóa và Thể thao;", "- Ban Giám đốc;",
                   "- Công đoàn cơ sở, Ban TTND;", "- Các phòng thuộc Đài;", "- Lưu: VT, TCHC."],
               signature_block(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Hữu Phước", signed="(Đã ký)"))
    landscape_section(d)
    annex_heading(d, "NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2026",
                  "(Kèm theo Kế hoạch số 14/KH-ĐPTTH ngày 23/01/2026 của Đài Phát thanh và Truyền hình Khánh Hòa)")
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm",
              "Ghi chú"]
    TCHC, KHTC, NDS, TTND, BGD = ("Phòng Tổ chức - Hành chính", "Phòng Kế hoạch - Tài chính", "Phòng Nội dung số",
                                  "Ban Thanh tra nhân dân", "Ban Giám đốc")
    rows = [
        ["1", "Tổ chức Hội nghị viên chức, người lao động năm 2026", TCHC, "Công đoàn cơ sở", "Ngày 27/02/2026",
         "Nghị quyết Hội nghị", "Hội trường tầng 3"],
        ["2", "Rà soát, sửa đổi Quy chế thực hiện dân chủ trong hoạt động của Đài", "", "Các phòng",
         "Chậm nhất ngày 31/3/2026", "Quyết định ban hành Quy chế sửa đổi", ""],
        ["3", "Tổng hợp báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng, năm 2026 của Đài", "", "Các phòng",
         "- 6 tháng: trước ngày 12/6/2026\n- Năm: trước ngày 16/11/2026", "Báo cáo gửi UBND tỉnh (qua Sở Nội vụ)",
         "Gửi qua Hệ thống quản lý văn bản và điều hành"],
        ["4", "Công khai dự toán ngân sách năm 2026 được giao", KHTC, TCHC, "Tháng 02/2026", "Thông báo công khai",
         "Niêm yết, đăng Trang thông tin điện tử"],
        ["5", "Công khai quyết toán ngân sách năm 2025", "", "", "Quý III/2026", "Thông báo công khai", ""],
        ["6", "Công khai kết quả thu từ hoạt động quảng cáo, dịch vụ 6 tháng và năm", "Phòng Dịch vụ - Quảng cáo",
         KHTC, "Trước 20/7/2026;\ntrước 20/01/2027", "Bảng tổng hợp thu", ""],
        ["7", "Báo cáo tình hình tiếp nhận, xử lý ý kiến phản ánh của khán thính giả qua đường dây nóng", NDS,
         "Phòng Thời sự", "Trước ngày 05 hằng tháng", "Báo cáo tháng", "Gửi Phòng Tổ chức - Hành chính"],
        ["8", "Duy trì chuyên mục \"Dân chủ cơ sở\" trên ứng dụng và Trang thông tin điện tử của Đài", "",
         "Phòng Chuyên đề - Văn nghệ", "Thường xuyên", "Tin, bài, video", ""],
        ["9", "Sản xuất phóng sự chuyên đề về thực hiện dân chủ ở cơ sở trên địa bàn tỉnh", "Phòng Thời sự",
         "Phòng Chuyên đề - Văn nghệ", "Quý II/2026 và Quý IV/2026", "02 phóng sự", "Phát trên kênh KTV"],
        ["10", "Rà soát, công khai kế hoạch mua sắm, sửa chữa thiết bị kỹ thuật năm 2026", "Phòng Kỹ thuật - Công nghệ",
         KHTC, "Trước 30/4/2026", "Danh mục công khai", ""],
        ["11", "Đối thoại định kỳ giữa Giám đốc với viên chức, người lao động", BGD, "Công đoàn cơ sở; " + TCHC,
         "Tháng 8/2026", "Biên bản đối thoại", ""],
        ["12", "Kiểm tra việc thực hiện dân chủ tại các phòng", "", TCHC, "Tháng 10/2026", "Thông báo kết quả kiểm tra",
         ""],
        ["13", "Xây dựng chương trình giám sát năm 2026 của Ban TTND", TTND, "Công đoàn cơ sở", "Trước 15/3/2026",
         "Chương trình giám sát", ""],
        ["14", "Báo cáo kết quả hoạt động năm 2026 của Ban TTND", "", "", "Trước 10/12/2026", "Báo cáo",
         "Gửi Công đoàn cơ sở"],
    ]
    t = grid_table(d, header, rows, [1.2, 7.0, 3.8, 3.6, 4.0, 3.4, 3.6])
    for first, last in ((1, 3), (4, 5), (7, 8), (11, 12), (13, 14)):
        merge_down(t, 2, first, last)
    page_number_footer(d)
    d.save(path)


# ---------------------------------------------------------------- plan 2: social insurance (docx, Word numbering)
def plan_bhxh(path: Path) -> None:
    d = new_document(13)
    front_matter(d, "BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC IX", "152/KH-KV9",
                 "Hưng Yên, ngày 04 tháng 02 năm 2026",
                 ["Thực hiện dân chủ trong hoạt động của Bảo hiểm xã hội khu vực IX",
                  "và Bảo hiểm xã hội cơ sở trực thuộc năm 2026"])
    for line in [
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật "
        "Thực hiện dân chủ ở cơ sở;",
        "Thực hiện Kế hoạch số 205/KH-BHXH ngày 16/01/2026 của Bảo hiểm xã hội Việt Nam về thực hiện dân chủ ở cơ "
        "sở trong hệ thống Bảo hiểm xã hội Việt Nam năm 2026;",
        "Bảo hiểm xã hội khu vực IX ban hành Kế hoạch thực hiện dân chủ năm 2026 tại cơ quan và các Bảo hiểm xã hội "
        "cơ sở trực thuộc như sau:",
    ]:
        para(d, line, indent=True)
    nb = Numbering(d)
    nb.kind("roman", [("upperRoman", "%1.", 360, True)])
    nb.kind("outline", [("decimal", "%1.", 720, True), ("decimal", "%1.%2.", 1080, False),
                        ("lowerLetter", "%3)", 1440, False)])
    nb.kind("dash", [("bullet", "-", 720, False), ("bullet", "+", 1080, False)])
    roman = nb.start("roman")
    numbered(d, roman, 0, "MỤC ĐÍCH, YÊU CẦU", bold=True)
    n = nb.start("outline")
    numbered(d, n, 0, "Mục đích", bold=True)
    b = nb.start("dash")
    numbered(d, b, 0, "Phát huy quyền làm chủ của công chức, viên chức, người lao động trong cơ quan; công khai, minh "
                      "bạch việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đối với "
                      "người tham gia, người thụ hưởng và đơn vị sử dụng lao động trên địa bàn.")
    numbered(d, b, 0, "Nâng cao chất lượng phục vụ, thái độ ứng xử của công chức, viên chức khi giải quyết thủ tục "
                      "hành chính; kịp thời phát hiện, xử lý hành vi nhũng nhiễu, gây phiền hà.")
    numbered(d, n, 0, "Yêu cầu", bold=True)
    b = nb.start("dash")
    numbered(d, b, 0, "Thực hiện đúng nội dung, hình thức công khai và thời hạn báo cáo quy định tại Kế hoạch này.")
    numbered(d, b, 0, "Các phòng nghiệp vụ và Bảo hiểm xã hội cơ sở (BHXH cơ sở) phân công công chức theo dõi, báo "
                      "cáo đúng kỳ; không để chậm, muộn.")
    numbered(d, roman, 0, "NỘI DUNG", bold=True)
    n = nb.start("outline")
    numbered(d, n, 0, "Công khai trong nội bộ cơ quan", bold=True)
    numbered(d, n, 1, "Dự toán, quyết toán kinh phí chi quản lý bộ máy; quỹ khen thưởng, quỹ phúc lợi; kết quả thi "
                      "đua, khen thưởng, kỷ luật.")
    numbered(d, n, 1, "Kế hoạch điều động, luân chuyển, bổ nhiệm; kết quả đánh giá, xếp loại công chức, viên chức "
                      "năm 2025.")
    numbered(d, n, 0, "Công khai với người tham gia và đơn vị sử dụng lao động", bold=True)
    numbered(d, n, 1, "Niêm yết thủ tục hành chính, mức đóng, quyền lợi tại bộ phận Tiếp nhận và trả kết quả của "
                      "BHXH cơ sở.")
    numbered(d, n, 1, "Công khai danh sách đơn vị chậm đóng, nợ đóng bảo hiểm xã hội, bảo hiểm y tế trên Cổng thông "
                      "tin điện tử và gửi Ủy ban nhân dân xã, phường nơi đơn vị đóng trụ sở.")
    numbered(d, n, 0, "Hội nghị công chức, viên chức, người lao động", bold=True)
    para(d, "Hội nghị công chức, viên chức, người lao động năm 2026 của Bảo hiểm xã hội khu vực IX tổ chức ngày "
            "10/3/2026. Các BHXH cơ sở tổ chức hội nghị của đơn vị trước ngày 28/02/2026.", indent=True)
    numbered(d, n, 0, "Tiếp công dân, đối thoại", bold=True)
    numbered(d, n, 2, "Lãnh đạo cơ quan tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai hằng tháng tại trụ "
                      "sở cơ quan.")
    numbered(d, n, 2, "Mỗi BHXH cơ sở tổ chức ít nhất 01 hội nghị đối thoại với người lao động, đơn vị sử dụng lao "
                      "động trên địa bàn trong năm, hoàn thành trước ngày 30/9/2026.")
    numbered(d, roman, 0, "TỔ CHỨC THỰC HIỆN", bold=True)
    n = nb.start("outline")
    headed_paragraphs(d, n, [
        ("Văn phòng",
         "Văn phòng là đầu mối giúp Giám đốc triển khai Kế hoạch; chuẩn bị nội dung và tổ chức Hội nghị công chức, "
         "viên chức, người lao động năm 2026; tổng hợp báo cáo kết quả thực hiện dân chủ của cơ quan gửi Bảo hiểm "
         "xã hội Việt Nam (qua Ban Tổ chức cán bộ) theo các kỳ báo cáo tại bảng dưới đây; đồng thời gửi Sở Nội vụ "
         "tỉnh Hưng Yên để tổng hợp chung."),
        ("Phòng Quản lý thu và Phát triển người tham gia",
         "Hằng tháng, chậm nhất ngày 15, công khai danh sách đơn vị chậm đóng, nợ đóng bảo hiểm xã hội, bảo hiểm y "
         "tế từ 03 tháng trở lên trên Cổng thông tin điện tử; tổ chức đối thoại với đơn vị sử dụng lao động nợ đóng "
         "kéo dài trong quý II/2026."),
        ("Phòng Chế độ bảo hiểm xã hội",
         "Tiếp nhận, trả lời kiến nghị của người hưởng chế độ; định kỳ hằng quý báo cáo kết quả giải quyết kiến "
         "nghị về Văn phòng trước ngày 08 của tháng cuối quý."),
        ("Phòng Giám định bảo hiểm y tế",
         "Chủ trì đối thoại với các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế trên địa bàn trong quý III/2026; công "
         "khai kết quả giám định chi phí khám bệnh, chữa bệnh bảo hiểm y tế 6 tháng đầu năm trước ngày 31/7/2026."),
        ("Phòng Kế hoạch - Tài chính",
         "Công khai dự toán kinh phí chi quản lý bộ máy năm 2026 trong thời hạn 15 ngày kể từ ngày được Bảo hiểm xã "
         "hội Việt Nam giao dự toán; công khai quyết toán năm 2025 trong tháng 9/2026."),
        ("Phòng Kiểm tra",
         "Tham mưu lãnh đạo tiếp công dân; giải quyết khiếu nại, tố cáo theo thẩm quyền; phối hợp Ban Thanh tra "
         "nhân dân kiểm tra việc thực hiện Kế hoạch tại các BHXH cơ sở trong tháng 10/2026."),
        ("Bảo hiểm xã hội cơ sở",
         "Giám đốc BHXH cơ sở tổ chức thực hiện Kế hoạch tại đơn vị; trong 03 ngày làm việc sau khi kết thúc hội "
         "nghị đối thoại, gửi biên bản đối thoại về Văn phòng; gửi báo cáo kết quả thực hiện dân chủ của đơn vị "
         "theo các kỳ báo cáo tại bảng dưới đây."),
        ("Công đoàn cơ quan và Ban Thanh tra nhân dân",
         "Công đoàn cơ quan phối hợp tổ chức Hội nghị công chức, viên chức, người lao động; Ban Thanh tra nhân dân "
         "xây dựng chương trình giám sát năm 2026, gửi Ban Chấp hành Công đoàn trước ngày 31/3/2026."),
        ("Kỳ báo cáo và thời hạn gửi báo cáo",
         "Các phòng nghiệp vụ và BHXH cơ sở gửi báo cáo về Văn phòng (bộ phận Tổng hợp) qua Hệ thống quản lý văn "
         "bản và điều hành, bản mềm gửi địa chỉ tonghop.kv9@vss.gov.vn, theo bảng sau:")])
    grid_table(d, ["Kỳ báo cáo", "Thời gian chốt số liệu", "Các phòng, BHXH cơ sở gửi Văn phòng",
                   "Cơ quan gửi BHXH Việt Nam"],
               [["Quý I", "Từ 15/12/2025 đến 14/3/2026", "Trước ngày 16/3/2026", "Trước ngày 20/3/2026"],
                ["6 tháng", "Từ 15/12/2025 đến 14/6/2026", "Trước ngày 16/6/2026", "Trước ngày 19/6/2026"],
                ["9 tháng", "Từ 15/12/2025 đến 14/9/2026", "Trước ngày 16/9/2026", "Trước ngày 18/9/2026"],
                ["Năm", "Từ 15/12/2025 đến 14/11/2026 (ước thực hiện đến 14/12/2026)", "Trước ngày 18/11/2026",
                 "Trước ngày 25/11/2026"]],
               [2.4, 5.2, 4.4, 4.0])
    para(d)
    para(d, "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Văn phòng để tổng hợp, báo "
            "cáo Giám đốc xem xét, giải quyết./.", indent=True)
    sign_table(d, ["- BHXH Việt Nam (b/c);", "- Ban Tổ chức cán bộ;", "- Sở Nội vụ tỉnh Hưng Yên;",
                   "- Giám đốc, các Phó Giám đốc;", "- Các phòng nghiệp vụ;", "- BHXH cơ sở trực thuộc;",
                   "- Công đoàn cơ quan, Ban TTND;", "- Lưu: VT, VP."],
               signature_block(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Đỗ Thị Mai Hương"))
    page_number_footer(d)
    d.save(path)


# ---------------------------------------------------------------- plan 3: high school (web page)
SCHOOL_ROWS = [
    ("1", "Tổ chức Hội nghị cán bộ, viên chức, người lao động năm học 2025 - 2026", "Hiệu trưởng; Công đoàn trường",
     "Các tổ chuyên môn, Tổ Văn phòng", "Ngày 10/10/2025", ""),
    ("2", "Tổ chức họp cha mẹ học sinh đầu năm; bầu Ban đại diện cha mẹ học sinh", "Giáo viên chủ nhiệm",
     "Phó Hiệu trưởng phụ trách nề nếp", "Trước 05/10/2025", "Họp theo lớp"),
    ("3", "Công khai cam kết chất lượng giáo dục, các khoản thu đầu năm học", "Tổ Văn phòng (kế toán)", "Ban Giám hiệu",
     "Trước 20/10", "Niêm yết tại bảng tin, đăng trang thông tin điện tử"),
    ("4", "Xây dựng chương trình giám sát của Ban Thanh tra nhân dân", "Ban Thanh tra nhân dân", "Công đoàn trường",
     "Trước 25/10/2025", ""),
    ("5", "Báo cáo hoạt động chuyên môn và thực hiện dân chủ của tổ", "Tổ trưởng các tổ chuyên môn", "",
     "Trước ngày 25 hằng tháng", "Gửi Phó Hiệu trưởng phụ trách chuyên môn"),
    ("6", "Báo cáo sơ kết học kỳ I thực hiện dân chủ trong nhà trường", "Phó Hiệu trưởng", "Tổ Văn phòng",
     "Trước ngày 10/01/2026", "Gửi Sở GDĐT"),
    ("7", "Đối thoại giữa Hiệu trưởng với học sinh (diễn đàn \"Học sinh với nhà trường\")", "Đoàn Thanh niên",
     "Giáo viên chủ nhiệm", "Tháng 3/2026", "Nhân Tháng Thanh niên"),
    ("8", "Cập nhật công khai theo Thông tư 09/2024/TT-BGDĐT trên trang thông tin điện tử", "Tổ Văn phòng",
     "Các tổ chuyên môn", "Tháng 10/2025; tháng 6/2026", ""),
    ("9", "Báo cáo tổng kết năm học thực hiện dân chủ trong nhà trường", "Phó Hiệu trưởng", "Tổ Văn phòng",
     "Trước ngày 25/5/2026", "Gửi Sở GDĐT"),
    ("10", "Tiếp nhận ý kiến của cha mẹ học sinh qua hòm thư góp ý, số điện thoại đường dây nóng", "Tổ Văn phòng", "",
     "Thường xuyên", ""),
]

SCHOOL_ARTICLE = """
<p class="doc-head"><span class="left">SỞ GD&amp;ĐT LAI CHÂU<br><b>TRƯỜNG THPT TAM ĐƯỜNG</b><br>Số: 48/KH-THPTTĐ</span>
<span class="right"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Tam Đường, ngày 26 tháng 9 năm 2025</i></span></p>
<p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Thực hiện dân chủ trong hoạt động của nhà trường</b><br>
<b>năm học 2025 - 2026</b></p>
<p>Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;</p>
<p>Căn cứ Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020 của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện dân chủ trong
hoạt động của cơ sở giáo dục công lập;</p>
<p>Căn cứ Công văn số 1685/SGDĐT-VP ngày 12/9/2025 của Sở Giáo dục và Đào tạo (GDĐT) về việc thực hiện dân chủ ở cơ
sở trong các đơn vị trực thuộc năm học 2025 - 2026;</p>
<p>Trường THPT Tam Đường xây dựng Kế hoạch thực hiện dân chủ trong hoạt động của nhà trường năm học 2025 - 2026
như sau:</p>
<h3>I. MỤC ĐÍCH, YÊU CẦU</h3>
<p>- Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học sinh; thực hiện phương châm
"dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" trong nhà trường.</p>
<p>- Công khai, minh bạch các khoản thu, chi; không để xảy ra lạm thu; giải quyết kịp thời kiến nghị của cha mẹ học
sinh.</p>
<h3>II. NỘI DUNG</h3>
<p><b>1. Những việc phải công khai để cán bộ, giáo viên, nhân viên biết</b></p>
<p>+ Kế hoạch năm học, kế hoạch giáo dục của nhà trường; các khoản thu, chi, dự toán và quyết toán;</p>
<p>+ Tiêu chuẩn, kết quả xét thi đua, nâng lương, đánh giá chuẩn nghề nghiệp giáo viên.</p>
<p><b>2. Những việc cán bộ, giáo viên, nhân viên tham gia ý kiến</b></p>
<p>+ Quy chế chi tiêu nội bộ, quy chế thi đua khen thưởng; kế hoạch dạy thêm, học thêm trong nhà trường.</p>
<p><b>3. Dân chủ đối với học sinh và cha mẹ học sinh</b></p>
<p>* Học sinh được phổ biến nội quy, quy chế thi, quy chế đánh giá, được đối thoại với Hiệu trưởng ít nhất một lần
trong năm học.</p>
<p>* Cha mẹ học sinh được biết các khoản đóng góp; các khoản thu thỏa thuận chỉ thu sau khi Ban đại diện cha mẹ học
sinh thống nhất và Hiệu trưởng phê duyệt.</p>
<h3>III. TỔ CHỨC THỰC HIỆN</h3>
<p><b>1. Hiệu trưởng</b>: chịu trách nhiệm chung; chủ trì Hội nghị cán bộ, viên chức, người lao động; trực tiếp đối
thoại với học sinh và cha mẹ học sinh khi có đề nghị, chậm nhất 07 ngày kể từ ngày nhận được đề nghị.</p>
<p><b>2. Phó Hiệu trưởng</b>: tổng hợp báo cáo sơ kết, tổng kết thực hiện dân chủ gửi Sở GDĐT (qua Văn phòng Sở),
bản mềm gửi địa chỉ vanphong.sgddt@laichau.edu.vn.</p>
<p><b>3. Tổ trưởng các tổ chuyên môn</b> (Toán - Tin; Ngữ văn; Khoa học tự nhiên; Khoa học xã hội; Ngoại ngữ; Giáo
dục thể chất - Quốc phòng): triển khai Kế hoạch đến giáo viên trong tổ, báo cáo hằng tháng theo bảng dưới đây.</p>
<p><b>4. Tổ Văn phòng</b>: thực hiện công khai tài chính; quản lý hòm thư góp ý; cập nhật trang thông tin điện tử.</p>
<p><b>5. Công đoàn trường, Đoàn Thanh niên, Ban Thanh tra nhân dân</b>: phối hợp tổ chức hội nghị, đối thoại; giám
sát việc thực hiện dân chủ trong nhà trường.</p>
<p><b>Lịch thực hiện cụ thể:</b></p>
"""


def school_html() -> str:
    rows = "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in SCHOOL_ROWS)
    table = ("<table class=\"table table-bordered\"><thead><tr><th>STT</th><th>Nội dung công việc</th>"
             "<th>Người/bộ phận thực hiện</th><th>Phối hợp</th><th>Thời gian</th><th>Ghi chú</th></tr></thead>"
             f"<tbody>\n{rows}\n</tbody></table>")
    closing = ("<p>Trên đây là Kế hoạch thực hiện dân chủ trong hoạt động của Trường THPT Tam Đường năm học 2025 - "
               "2026. Trong quá trình thực hiện, nếu có vướng mắc, các tổ, cá nhân báo cáo Hiệu trưởng để kịp thời "
               "giải quyết./.</p>\n<table class=\"sign\"><tr><td><b><i>Nơi nhận:</i></b><br>- Sở GDĐT (b/c);<br>"
               "- Công đoàn trường;<br>- Các tổ chuyên môn, Tổ Văn phòng;<br>- Website trường;<br>- Lưu: VT.</td>"
               "<td style=\"text-align:center\"><b>HIỆU TRƯỞNG</b><br><br><br><b>Lò Văn Thắng</b></td></tr></table>")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch thực hiện dân chủ trong hoạt động của nhà trường năm học
2025 - 2026 - Trường THPT Tam Đường</title>
<link rel="stylesheet" href="/themes/default/css/style.css"></head>
<body>
<div id="header"><div class="logo">TRƯỜNG THPT TAM ĐƯỜNG - LAI CHÂU</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/cong-khai">Ba công khai</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo;
<a href="/van-ban/ke-hoach">Kế hoạch</a></div>
<div id="main">
<div class="article">
<h1 class="title">Kế hoạch thực hiện dân chủ trong hoạt động của nhà trường năm học 2025 - 2026</h1>
<div class="meta">Đăng bởi: Quản trị viên | 29/09/2025 08:41 | Lượt xem: 316</div>
<div class="content">
{SCHOOL_ARTICLE}
{table}
{closing}
</div>
<div class="attach">Tệp đính kèm: <a href="/uploads/kh-dan-chu-2025-2026.pdf">kh-dan-chu-2025-2026.pdf</a></div>
</div>
<div class="sidebar"><h4>Văn bản mới</h4><ul>
<li><a href="/van-ban/151">Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2025 - 2026</a></li>
<li><a href="/van-ban/150">Thông báo lịch kiểm tra giữa học kỳ I</a></li>
<li><a href="/van-ban/149">Quyết định thành lập Ban đại diện cha mẹ học sinh</a></li></ul></div>
</div>
<div id="footer">Bản quyền thuộc Trường THPT Tam Đường, tỉnh Lai Châu.
Thiết kế bởi Phòng Công nghệ thông tin.</div>
</body></html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    plan_dptth(OUT / "v4a_dptth_khanhhoa_2026.docx")
    plan_bhxh(OUT / "v4a_bhxh_kv9_hungyen_2026.docx")
    (OUT / "v4a_thpt_tamduong_laichau_2025_web.html").write_text(school_html(), encoding="utf-8")
    for f in sorted(OUT.glob("v4a_*")):
        print(f"wrote {f.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
