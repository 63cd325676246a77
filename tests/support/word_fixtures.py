"""Three Word plans as agencies send them (tests/support/word_plans.py builds them), each
of an agency outside the shipped corpus, with text written for the tests:

- `numbered_plan`: every heading and item numbered by Word (Heading 1/2 styles linked to a
  multilevel list "I." / "1." / "1.1.", "a)" items, bullets, a list restarted per unit);
- `table_plan`: letterhead table, a 13-row deadline table (group rows spanning the table,
  a unit merged over several rows, automatic "TT" numbers, two dates in one cell, columns
  in an unusual order under variant headers), the "Nơi nhận" / signature table, and a
  landscape "Phụ lục" after the signature with a second table;
- `framed_plan`: the letterhead in the first page's header and in a text box, page numbers
  in the footer, the deadline table nested in a one-cell frame.
"""
from __future__ import annotations

from tests.support.word_plans import OUTLINE, WordPlan

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _closing(plan: WordPlan, recipients: list[str], title: str, signer: str) -> None:
    """"Nơi nhận" and the signature as paragraphs, one under the other."""
    plan.para("Nơi nhận:")
    for line in recipients:
        plan.para(f"- {line}")
    plan.para(title, bold=True)
    plan.para(signer, bold=True)


#: The dated duties of `numbered_plan`: (date, who, the words the task holds, recipient).
NUMBERED_DUTIES = [
    ("2025-06-20", "Văn phòng Sở", "Báo cáo sơ kết 6 tháng", "Sở Nội vụ"),
    ("2025-11-25", "Văn phòng Sở", "Báo cáo năm", "Sở Nội vụ"),
    ("2025-12-10", "Thanh tra Sở", "Báo cáo kết quả giải quyết", "Văn phòng Sở"),
    ("2025-06-10", "Các đơn vị sự nghiệp trực thuộc", "Báo cáo 6 tháng", "Văn phòng Sở"),
]


def numbered_plan() -> bytes:
    """Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên: a plan numbered by Word throughout."""
    plan = WordPlan()
    outline = plan.list_definition(OUTLINE)
    plan.number_style("Heading 1", outline)
    plan.number_style("Heading 2", outline)
    plan.number_style("Heading 3", outline)
    plan.letterhead(["UBND TỈNH PHÚ YÊN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 27/KH-SVHTTDL"],
                    [*MOTTO, "Phú Yên, ngày 14 tháng 01 năm 2025"])
    plan.para("KẾ HOẠCH", bold=True)
    plan.para("Thực hiện Quy chế dân chủ ở cơ sở năm 2025", bold=True)
    plan.para("Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;")
    plan.para("Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch thực hiện Quy chế dân chủ ở cơ sở "
              "năm 2025 như sau:")
    plan.para("MỤC ĐÍCH, YÊU CẦU", style="Heading 1")
    plan.para("Mục đích", style="Heading 2")
    plan.para("Phát huy quyền làm chủ của công chức, viên chức và người lao động trong cơ quan.",
              num=(outline, 4))
    plan.para("Yêu cầu", style="Heading 2")
    plan.para("Gắn việc thực hiện dân chủ với nhiệm vụ chuyên môn của từng phòng, đơn vị.", num=(outline, 4))
    plan.para("NỘI DUNG THỰC HIỆN", style="Heading 1")
    plan.para("Công khai thông tin", style="Heading 2")
    plan.para("Công khai dự toán, quyết toán ngân sách", style="Heading 3")
    plan.para("Niêm yết tại trụ sở và đăng trên Cổng thông tin điện tử của Sở.", num=(outline, 4))
    plan.para("Công khai kết quả tuyển dụng, nâng lương", style="Heading 3")
    plan.para("Thông báo trong cuộc họp giao ban hằng tháng.", num=(outline, 4))
    plan.para("Hội nghị công chức, viên chức", style="Heading 2")
    plan.para("Tổ chức Hội nghị công chức, viên chức và người lao động trong quý I năm 2025.")
    plan.para("TỔ CHỨC THỰC HIỆN", style="Heading 1")
    plan.para("Văn phòng Sở", style="Heading 2")
    items = plan.list_definition([("lowerLetter", "%1)", None)])
    plan.para("Theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch;", num=(items, 0))
    plan.para("Tổng hợp báo cáo sơ kết 6 tháng gửi Sở Nội vụ trước ngày 20/6/2025;", num=(items, 0))
    plan.para("Tổng hợp báo cáo năm gửi Sở Nội vụ trước ngày 25/11/2025.", num=(items, 0))
    plan.para("Thanh tra Sở", style="Heading 2")
    again = plan.restarted(items)
    plan.para("Tiếp nhận, xử lý đơn thư theo quy định;", num=(again, 0))
    plan.para("Báo cáo kết quả giải quyết khiếu nại, tố cáo về Văn phòng Sở trước ngày 10/12/2025.",
              num=(again, 0))
    plan.para("Các đơn vị sự nghiệp trực thuộc", style="Heading 2")
    plan.para("Gửi báo cáo 6 tháng về Văn phòng Sở chậm nhất ngày 10/6/2025.", num=(outline, 4))
    _closing(plan, ["Sở Nội vụ;", "Lưu: VT, VP."], "GIÁM ĐỐC", "Trần Thị Mỹ Hạnh")
    return plan.bytes()


#: The deadline table of `table_plan`, columns in its own order: TT (numbered by Word),
#: Thời gian hoàn thành, Nội dung công việc, Cơ quan chủ trì, Kết quả đầu ra. None
#: continues the merged cell above; a one-cell row is a group row spanning the table.
TABLE_HEADER = ["TT", "Thời gian hoàn thành", "Nội dung công việc", "Cơ quan chủ trì", "Kết quả đầu ra"]
TABLE_ROWS: list[list[str | None]] = [
    ["I. CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN"],
    ["", "Tháng 02/2025", "Quán triệt Luật Thực hiện dân chủ ở cơ sở đến toàn thể công chức",
     "Văn phòng Ban", "Hội nghị quán triệt"],
    ["", "Quý II/2025", "Đăng tải tin bài về thực hiện dân chủ trên Trang thông tin điện tử", None,
     "Tin, bài"],
    ["", "Trước ngày 30/4/2025", "Biên soạn tài liệu hỏi đáp về dân chủ ở cơ sở", None, "Tài liệu"],
    ["II. CÔNG KHAI THÔNG TIN"],
    ["", "Trước ngày 31/3/2025", "Công khai dự toán ngân sách năm 2025", "Phòng Kế hoạch - Tài chính",
     "Quyết định công khai"],
    ["", "Trước ngày 15/7/2025", "Công khai quyết toán ngân sách năm 2024", None, "Quyết định công khai"],
    ["", "Thường xuyên", "Công khai thủ tục hành chính tại bộ phận một cửa", "Văn phòng Ban", "Niêm yết"],
    ["III. KIỂM TRA, BÁO CÁO"],
    ["", "Trước ngày 05/6/2025 và trước ngày 05/11/2025",
     "Báo cáo kết quả thực hiện dân chủ ở cơ sở gửi Văn phòng Ban", "Các phòng chuyên môn", "Báo cáo"],
    ["", "Trước ngày 15/6/2025", "Báo cáo sơ kết 6 tháng gửi Sở Nội vụ", "Văn phòng Ban", "Báo cáo 6 tháng"],
    ["", "Trước ngày 20/11/2025", "Báo cáo tổng kết năm gửi Sở Nội vụ", None, "Báo cáo năm"],
    ["", "Tháng 10/2025", "Kiểm tra việc thực hiện dân chủ tại các phòng", "Thanh tra Ban", "Biên bản kiểm tra"],
]
#: Every dated duty of the table: (date, who, the words the task holds, recipient or "").
TABLE_DUTIES = [
    ("2025-02-28", "Văn phòng Ban", "Quán triệt Luật", ""),
    ("2025-06-30", "Văn phòng Ban", "Đăng tải tin bài", ""),
    ("2025-04-30", "Văn phòng Ban", "Biên soạn tài liệu", ""),
    ("2025-03-31", "Phòng Kế hoạch - Tài chính", "Công khai dự toán", ""),
    ("2025-07-15", "Phòng Kế hoạch - Tài chính", "Công khai quyết toán", ""),
    ("2025-06-05", "Các phòng chuyên môn", "Báo cáo kết quả", "Văn phòng Ban"),
    ("2025-11-05", "Các phòng chuyên môn", "Báo cáo kết quả", "Văn phòng Ban"),
    ("2025-06-15", "Văn phòng Ban", "Báo cáo sơ kết 6 tháng", "Sở Nội vụ"),
    ("2025-11-20", "Văn phòng Ban", "Báo cáo tổng kết năm", "Sở Nội vụ"),
    ("2025-10-31", "Thanh tra Ban", "Kiểm tra việc thực hiện", ""),
]
#: The appendix table (after the signature, landscape): columns again in another order.
#: The product comes before the task here, and one cell names two units (two paragraphs).
APPENDIX_HEADER = ["STT", "Sản phẩm", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian thực hiện"]
APPENDIX_ROWS: list[list[str | None]] = [
    ["1", "Tổng hợp ý kiến", "Lấy ý kiến công chức về dự thảo quy chế chi tiêu nội bộ", "Phòng Kế hoạch - Tài chính",
     "Trước ngày 28/02/2025"],
    ["2", "Phiếu tự chấm điểm", "Tự đánh giá, chấm điểm thực hiện dân chủ ở cơ sở gửi Sở Nội vụ",
     "Văn phòng Ban\nThanh tra Ban", "Trước ngày 10/12/2025"],
]
APPENDIX_DUTIES = [
    ("2025-02-28", "Phòng Kế hoạch - Tài chính", "Lấy ý kiến công chức", ""),
    ("2025-12-10", "Văn phòng Ban", "Tự đánh giá, chấm điểm", "Sở Nội vụ"),
    ("2025-12-10", "Thanh tra Ban", "Tự đánh giá, chấm điểm", "Sở Nội vụ"),
]


def table_plan() -> bytes:
    """Ban Dân tộc tỉnh Lạng Sơn: body, 13-row deadline table, signature table, appendix."""
    plan = WordPlan()
    plan.letterhead(["UBND TỈNH LẠNG SƠN", "BAN DÂN TỘC", "Số: 09/KH-BDT"],
                    [*MOTTO, "Lạng Sơn, ngày 08 tháng 01 năm 2025"])
    plan.para("KẾ HOẠCH", bold=True)
    plan.para("Thực hiện dân chủ ở cơ sở của Ban Dân tộc năm 2025", bold=True)
    plan.para("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;")
    plan.para("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    plan.para("Bảo đảm công khai, minh bạch trong hoạt động của cơ quan; phát huy quyền làm chủ của "
              "công chức, người lao động.")
    plan.para("II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN", bold=True)
    plan.para("Các nhiệm vụ cụ thể, cơ quan chủ trì và thời gian hoàn thành như sau:")
    table = plan.table(TABLE_HEADER, TABLE_ROWS)
    plan.numbered_cells(table, 0, plan.list_definition([("decimal", "%1", None)]))
    plan.para("III. TỔ CHỨC THỰC HIỆN", bold=True)
    plan.para("Văn phòng Ban là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.")
    signature = plan.document.add_table(rows=1, cols=2)
    left, right = signature.rows[0].cells
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for line in ("- Sở Nội vụ;", "- Lãnh đạo Ban;", "- Các phòng chuyên môn;", "- Lưu: VT, VP."):
        left.add_paragraph(line)
    right.paragraphs[0].add_run("KT. TRƯỞNG BAN").bold = True
    for line in ("PHÓ TRƯỞNG BAN", "", "Hoàng Văn Thào"):
        right.add_paragraph(line)
    plan.landscape_section()
    plan.para("PHỤ LỤC", bold=True)
    plan.para("Các nhiệm vụ khác năm 2025 (kèm theo Kế hoạch số 09/KH-BDT)")
    plan.table(APPENDIX_HEADER, APPENDIX_ROWS)
    return plan.bytes()


FRAMED_DUTIES = [
    ("2025-06-12", "Phòng Tổ chức - Hành chính", "Báo cáo sơ kết 6 tháng", "Sở Y tế"),
    ("2025-11-14", "Phòng Tổ chức - Hành chính", "Báo cáo năm", "Sở Y tế"),
    ("2025-03-31", "Khoa Dược", "Công khai giá thuốc", ""),
]


def framed_plan() -> bytes:
    """Trung tâm Kiểm soát bệnh tật tỉnh Hậu Giang: letterhead in the first page's header
    (issuer) and in a text box (number, place and date), page numbers in the footer, the
    duties in a table nested in a one-cell frame."""
    plan = WordPlan()
    plan.page_header(["SỞ Y TẾ HẬU GIANG", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"])
    plan.page_footer_numbers()
    plan.text_box(["Số: 112/KH-KSBT", "Hậu Giang, ngày 20 tháng 02 năm 2025"])
    plan.para("KẾ HOẠCH", bold=True)
    plan.para("Thực hiện Quy chế dân chủ ở cơ sở tại Trung tâm năm 2025", bold=True)
    plan.para("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    plan.para("Phát huy quyền làm chủ của viên chức, người lao động; bảo đảm công khai, minh bạch.")
    plan.para("II. TỔ CHỨC THỰC HIỆN", bold=True)
    frame = plan.document.add_table(rows=1, cols=1)
    cell = frame.rows[0].cells[0]
    cell.paragraphs[0].text = "Phân công thực hiện:"
    plan.table(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], [
        ["1", "Báo cáo sơ kết 6 tháng gửi Sở Y tế", "Phòng Tổ chức - Hành chính", "Trước ngày 12/6/2025"],
        ["2", "Báo cáo năm gửi Sở Y tế", "Phòng Tổ chức - Hành chính", "Trước ngày 14/11/2025"],
        ["3", "Công khai giá thuốc, vật tư y tế", "Khoa Dược", "Quý I/2025"],
    ], container=cell)
    cell.add_paragraph("Các khoa, phòng phối hợp thực hiện.")
    _closing(plan, ["Sở Y tế;", "Lưu: VT."], "GIÁM ĐỐC", "Lâm Quốc Việt")
    return plan.bytes()
