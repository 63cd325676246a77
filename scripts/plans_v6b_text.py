"""The text of writer v6b's three plans of the blind set v6 (own text; agencies, numbers, names, phone
numbers and dates invented), laid out by scripts/make_plans_v6b.py.

The plans use the Plan and Table rows of scripts/plans_v5b_text.py. In the PDF and the web page a
body line starting with "# " is a bold heading. The Word plan is numbered by Word itself: its body
lines start with a marker the renderer turns into list numbering ("R " a Roman-numbered section,
"1 " a decimal heading, "a " a lettered item, "- " a dash item); any other line is a paragraph.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans_v5b_text import Plan, Table  # noqa: E402

# ---------------------------------------------------------------- a state-owned water company (Word)
COMPANY = Plan(
    file="v6b_ctn_laocai_2026.docx",
    left=("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CÔNG TY TNHH MỘT THÀNH VIÊN", "CẤP THOÁT NƯỚC LÀO CAI"),
    number="Số: 27/KH-CTN",
    place_date="Lào Cai, ngày 14 tháng 01 năm 2026",
    title=("KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở tại nơi làm việc năm 2026"),
    body=(
        "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi tiết và hướng "
        "dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;",
        "Căn cứ Quyết định số 112/QĐ-CTN ngày 03 tháng 7 năm 2024 của Giám đốc Công ty ban hành Quy chế dân chủ "
        "ở cơ sở tại nơi làm việc của Công ty TNHH một thành viên Cấp thoát nước Lào Cai,",
        "Giám đốc Công ty ban hành Kế hoạch thực hiện dân chủ ở cơ sở tại nơi làm việc năm 2026 như sau:",
        "R MỤC ĐÍCH, YÊU CẦU",
        "- Bảo đảm quyền của người lao động được biết, được tham gia ý kiến, được quyết định, được kiểm tra, "
        "giám sát những nội dung liên quan đến quyền, lợi ích của mình tại nơi làm việc.",
        "- Xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ; gắn thực hiện dân chủ với nhiệm vụ sản xuất, "
        "cung cấp nước sạch an toàn, liên tục cho khách hàng.",
        "- Các phòng, xí nghiệp, nhà máy thực hiện nghiêm túc, đúng thời hạn; không hình thức.",
        "R NỘI DUNG THỰC HIỆN",
        "1 Hội nghị người lao động",
        "a Các phòng, Xí nghiệp cấp nước Sa Pa, Xí nghiệp cấp nước Bắc Hà và Nhà máy nước Cốc San tổ chức hội "
        "nghị người lao động cấp đơn vị, bầu đại biểu dự hội nghị của Công ty, xong trước ngày 13/3/2026.",
        "a Phòng Tổ chức - Hành chính chủ trì, phối hợp với Ban Chấp hành Công đoàn Công ty tổ chức Hội nghị "
        "người lao động năm 2026 vào ngày 27/3/2026 tại Hội trường Công ty, số 26 đường Hoàng Liên.",
        "a Nghị quyết Hội nghị người lao động được phổ biến đến toàn thể người lao động chậm nhất 07 ngày "
        "làm việc sau hội nghị.",
        "1 Đối thoại tại nơi làm việc",
        "a Công ty tổ chức đối thoại định kỳ giữa Giám đốc với đại diện người lao động 02 lần trong năm: lần "
        "thứ nhất trong tháng 7/2026, lần thứ hai kết hợp với hội nghị tổng kết cuối năm.",
        "a Ban Chấp hành Công đoàn Công ty tổng hợp kiến nghị của người lao động, gửi Giám đốc chậm nhất 10 "
        "ngày làm việc trước ngày đối thoại.",
        "a Khi một bên có yêu cầu hoặc khi có vụ việc ảnh hưởng đến quyền, lợi ích của đông người lao động, "
        "Công ty tổ chức đối thoại đột xuất.",
        "1 Những nội dung phải công khai",
        "a Phòng Kế toán - Tài chính công khai báo cáo tài chính năm 2025, tình hình trích lập và sử dụng quỹ "
        "khen thưởng, quỹ phúc lợi trước ngày 24/4/2026 tại bảng tin của Công ty và các xí nghiệp.",
        "a Phòng Tổ chức - Hành chính công khai kế hoạch tuyển dụng, quy chế trả lương, trả thưởng, nâng "
        "bậc lương; phổ biến Quy chế dân chủ cho người lao động mới trong vòng 15 ngày kể từ ngày ký hợp "
        "đồng lao động.",
        "a Phòng Kỹ thuật - Vật tư công khai kế hoạch bảo trì, thay thế đường ống và lịch tạm ngừng cấp nước "
        "trên trang thông tin điện tử của Công ty.",
        "1 Tiếp nhận phản ánh, kiến nghị",
        "a Đường dây nóng của Công ty: 0214.3840.567; hòm thư góp ý đặt tại trụ sở Công ty và các xí nghiệp, "
        "do Ban Thanh tra nhân dân mở vào ngày làm việc cuối cùng của mỗi tháng.",
        "a Phòng Kinh doanh - Chăm sóc khách hàng tổng hợp phản ánh của khách hàng và người lao động, báo "
        "cáo Giám đốc hằng quý, trước ngày 05 của tháng đầu quý sau.",
        "a Khi xảy ra sự cố mất nước diện rộng, tai nạn lao động hoặc người lao động ngừng việc tập thể, đơn "
        "vị liên quan báo cáo Giám đốc và Chủ tịch Công đoàn Công ty trong vòng 12 giờ.",
        "1 Kiểm tra, giám sát",
        "a Ban Thanh tra nhân dân giám sát việc thực hiện Quy chế dân chủ, kiểm tra tại các xí nghiệp và nhà "
        "máy trong tháng 9/2026, báo cáo kết quả tại hội nghị tổng kết.",
        "R TỔ CHỨC THỰC HIỆN",
        "1 Phòng Tổ chức - Hành chính",
        "- Là đầu mối theo dõi, tổng hợp việc thực hiện Kế hoạch; tham mưu Giám đốc báo cáo kết quả thực hiện "
        "dân chủ ở cơ sở 6 tháng đầu năm gửi Sở Tài chính và Liên đoàn Lao động tỉnh trước ngày 18/6/2026.",
        "- Tham mưu báo cáo năm gửi Ủy ban nhân dân tỉnh (qua Sở Tài chính), đồng gửi Liên đoàn Lao động "
        "tỉnh, trước ngày 27/11/2026; báo cáo đột xuất khi cơ quan có thẩm quyền yêu cầu.",
        "1 Các phòng, xí nghiệp, nhà máy",
        "- Triển khai Kế hoạch đến từng người lao động; gửi báo cáo kết quả thực hiện 6 tháng về Phòng Tổ "
        "chức - Hành chính trước ngày 10/6/2026 và báo cáo năm trước ngày 16/11/2026.",
        "1 Công đoàn Công ty",
        "- Phối hợp tổ chức hội nghị người lao động, đối thoại tại nơi làm việc; chỉ đạo Ban Thanh tra nhân "
        "dân hoạt động theo quy định.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Tổ chức - Hành chính để "
        "tổng hợp, báo cáo Giám đốc xem xét, giải quyết./.",
    ),
    recipients=("- UBND tỉnh (b/c);", "- Sở Tài chính;", "- Liên đoàn Lao động tỉnh;", "- Chủ tịch Công ty;",
                "- Công đoàn Công ty;", "- Các phòng, xí nghiệp, nhà máy;", "- Lưu: VT, TCHC."),
    sign_role=("GIÁM ĐỐC",),
    signer="Hoàng Minh Tuấn",
)

# ---------------------------------------------------------------- a provincial department after the merger (PDF)
DEPARTMENT_TABLE = Table(
    header=("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    rows=(
        ("1", "Rà soát, sửa đổi Quy chế thực hiện dân chủ trong hoạt động của cơ quan Sở", "Văn phòng Sở",
         "Công đoàn cơ sở, các phòng", "Trước ngày 31/3/2026", "Quyết định ban hành Quy chế sửa đổi"),
        ("2", "Bồi dưỡng, phổ biến pháp luật về thực hiện dân chủ cho công chức, người lao động", "Văn phòng Sở",
         "Phòng Chính sách dân tộc", "Quý II/2026", "Hội nghị bồi dưỡng"),
        ("3", "Giám đốc Sở đối thoại với công chức, người lao động", "Ban Giám đốc Sở", "Công đoàn cơ sở",
         "Quý III/2026", "Thông báo kết luận đối thoại"),
        ("4", "Kiểm tra việc thực hiện dân chủ tại các phòng thuộc Sở", "Thanh tra Sở", "Ban Thanh tra nhân dân",
         "Tháng 10/2026", "Báo cáo kết quả kiểm tra"),
        ("5", "Đề nghị khen thưởng tập thể, cá nhân thực hiện tốt dân chủ ở cơ sở", "Văn phòng Sở",
         "Công đoàn cơ sở", "Trước ngày 11/12/2026", "Hồ sơ đề nghị khen thưởng"),
    ),
    widths_cm=(1.1, 4.4, 2.4, 2.6, 2.6, 3.2),
)

DEPARTMENT = Plan(
    file="v6b_sdttg_gialai_2026.pdf",
    left=("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "SỞ DÂN TỘC VÀ TÔN GIÁO"),
    number="Số: 58/KH-SDTTG",
    place_date="Gia Lai, ngày 22 tháng 01 năm 2026",
    title=("KẾ HOẠCH", "Thực hiện dân chủ trong hoạt động của cơ quan", "Sở Dân tộc và Tôn giáo năm 2026"),
    body=(
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số "
        "điều của Luật Thực hiện dân chủ ở cơ sở;",
        "Căn cứ Quyết định số 41/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh quy định chức năng, "
        "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Dân tộc và Tôn giáo;",
        "Thực hiện Kế hoạch số 09/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về thực hiện dân "
        "chủ ở cơ sở trên địa bàn tỉnh năm 2026,",
        "Sở Dân tộc và Tôn giáo xây dựng Kế hoạch thực hiện dân chủ trong hoạt động của cơ quan năm 2026 như sau:",
        "# I. MỤC ĐÍCH, YÊU CẦU",
        "1. Phát huy quyền làm chủ của công chức, người lao động; thực hiện công khai, minh bạch trong công "
        "tác tổ chức cán bộ, tài chính và thực hiện chính sách dân tộc, tôn giáo.",
        "2. Thực hiện dân chủ gắn với cải cách hành chính, phòng, chống tham nhũng, tiêu cực, xây dựng cơ quan "
        "trong sạch, vững mạnh.",
        "# II. NỘI DUNG",
        "# 1. Hội nghị cán bộ, công chức, người lao động",
        "a) Các phòng thuộc Sở tổ chức hội nghị cấp phòng, thảo luận dự thảo báo cáo và chỉ tiêu thi đua, xong "
        "trước ngày 26/02/2026.",
        "b) Văn phòng Sở phối hợp với Ban Chấp hành Công đoàn cơ sở tổ chức Hội nghị cán bộ, công chức, người "
        "lao động cơ quan Sở năm 2026 vào ngày 19/3/2026.",
        "# 2. Công khai thông tin",
        "a) Văn phòng Sở công khai dự toán ngân sách năm 2026 và quyết toán năm 2025 trong thời hạn 30 ngày kể "
        "từ ngày được cấp có thẩm quyền giao hoặc phê duyệt.",
        "b) Phòng Chính sách dân tộc công khai danh sách đối tượng thụ hưởng chính sách hỗ trợ đồng bào dân tộc "
        "thiểu số trên Trang thông tin điện tử của Sở.",
        "# 3. Tiếp công dân, tiếp nhận phản ánh, kiến nghị",
        "a) Giám đốc Sở tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai hằng tháng tại Phòng tiếp công "
        "dân của Sở.",
        "b) Hộp thư điện tử tiếp nhận góp ý về thực hiện dân chủ: gopy.sdttg@gialai.gov.vn.",
        "c) Thanh tra Sở tổng hợp kết quả tiếp công dân, giải quyết khiếu nại, tố cáo, báo cáo Giám đốc Sở hằng "
        "quý, trước ngày 12 của tháng cuối quý.",
        "d) Khi phát sinh vụ việc phức tạp liên quan đến dân tộc, tôn giáo, phòng chuyên môn báo cáo Giám đốc Sở "
        "trong vòng 48 giờ để kịp thời chỉ đạo xử lý.",
        "# 4. Các nhiệm vụ khác",
        "Các nhiệm vụ bồi dưỡng, đối thoại, kiểm tra, sửa đổi quy chế và khen thưởng thực hiện theo bảng dưới "
        "đây:",
        DEPARTMENT_TABLE,
        "# III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở: tham mưu Giám đốc Sở báo cáo kết quả thực hiện dân chủ 6 tháng đầu năm gửi Ủy ban nhân "
        "dân tỉnh qua Sở Nội vụ trước ngày 17/6/2026; báo cáo năm trước ngày 24/11/2026; báo cáo đột xuất khi có "
        "yêu cầu.",
        "2. Các phòng, Thanh tra Sở: báo cáo kết quả thực hiện 6 tháng về Văn phòng Sở trước ngày 09/6/2026, báo "
        "cáo năm trước ngày 13/11/2026.",
        "3. Công đoàn cơ sở, Ban Thanh tra nhân dân: phối hợp tổ chức hội nghị, giám sát việc thực hiện Kế "
        "hoạch; Ban Thanh tra nhân dân báo cáo kết quả hoạt động với Hội nghị cán bộ, công chức, người lao động.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng báo cáo Giám đốc Sở (qua Văn phòng "
        "Sở) để xem xét, chỉ đạo./.",
    ),
    recipients=("- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Ban Giám đốc Sở;", "- Công đoàn cơ sở;",
                "- Các phòng, Thanh tra Sở;", "- Lưu: VT, VP."),
    sign_role=("GIÁM ĐỐC",),
    signer="Rah Lan Chung",
)

# ---------------------------------------------------------------- a city ward (web page of the ward's portal)
WARD = Plan(
    file="v6b_ubnd_phuong_haichau_danang_2026_web.html",
    left=("ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU"),
    number="Số: 41/KH-UBND",
    place_date="Hải Châu, ngày 09 tháng 02 năm 2026",
    title=("KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở trên địa bàn phường Hải Châu năm 2026"),
    body=(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số "
        "điều của Luật Thực hiện dân chủ ở cơ sở;",
        "Thực hiện Kế hoạch số 35/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân thành phố Đà Nẵng về "
        "thực hiện dân chủ ở cơ sở năm 2026,",
        "Ủy ban nhân dân phường Hải Châu ban hành Kế hoạch thực hiện dân chủ ở cơ sở trên địa bàn phường năm "
        "2026 như sau:",
        "# I. MỤC ĐÍCH, YÊU CẦU",
        "- Phát huy quyền làm chủ của Nhân dân theo phương châm \"Dân biết, dân bàn, dân làm, dân kiểm tra, dân "
        "giám sát, dân thụ hưởng\"; xây dựng chính quyền phường gần dân, phục vụ Nhân dân.",
        "- Gắn thực hiện dân chủ với cải cách hành chính, chuyển đổi số và xây dựng đô thị văn minh.",
        "# II. NỘI DUNG",
        "# 1. Những nội dung công khai để Nhân dân biết",
        "- Văn phòng HĐND và UBND phường công khai dự toán, quyết toán ngân sách phường, các khoản đóng góp của "
        "Nhân dân tại trụ sở UBND phường và trên Cổng thông tin điện tử phường.",
        "- Phòng Kinh tế, Hạ tầng và Đô thị công khai quy hoạch, kế hoạch chỉnh trang đô thị, danh mục công "
        "trình có sự đóng góp của Nhân dân tại nhà văn hóa các tổ dân phố.",
        "# 2. Nhân dân bàn và quyết định",
        "- Các tổ dân phố tổ chức hội nghị tổ dân phố để Nhân dân bàn và quyết định việc đóng góp xây dựng công "
        "trình công cộng, sửa đổi quy ước của tổ dân phố, xong trước ngày 23/3/2026.",
        "# 3. Hội nghị cán bộ, công chức",
        "- Ủy ban nhân dân phường tổ chức Hội nghị cán bộ, công chức, người lao động năm 2026 vào ngày "
        "27/02/2026.",
        "# 4. Tiếp công dân, đối thoại",
        "- Chủ tịch UBND phường tiếp công dân định kỳ vào sáng thứ Ba hằng tuần tại Trung tâm Phục vụ hành chính "
        "công phường.",
        "- Người dân phản ánh, kiến nghị qua số điện thoại 0236.3821.459 hoặc trực tiếp tại Bộ phận tiếp công "
        "dân.",
        "- Chủ tịch UBND phường đối thoại với Nhân dân ít nhất 01 lần trong năm, dự kiến trong tháng 8/2026.",
        "# 5. Giám sát của Nhân dân",
        "- Ban Thanh tra nhân dân phường báo cáo kết quả hoạt động với Ban Thường trực Ủy ban Mặt trận Tổ quốc "
        "Việt Nam phường hằng quý, trước ngày 22 của tháng cuối quý.",
        "- Kiện toàn Ban giám sát đầu tư của cộng đồng tại các tổ dân phố có công trình đầu tư trong tháng "
        "4/2026.",
        "# III. TỔ CHỨC THỰC HIỆN",
        "# 1. Văn phòng HĐND và UBND phường",
        "- Tham mưu UBND phường báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm gửi UBND thành phố qua "
        "Sở Nội vụ trước ngày 16/6/2026; báo cáo năm trước ngày 21/11/2026.",
        "- Khi có vụ việc đông người, phức tạp về an ninh, trật tự, báo cáo ngay Chủ tịch UBND phường trong vòng "
        "06 giờ kể từ khi nắm được thông tin.",
        "# 2. Trưởng các tổ dân phố",
        "- Gửi báo cáo kết quả thực hiện dân chủ 6 tháng về UBND phường (qua Văn phòng HĐND và UBND phường) "
        "trước ngày 30/5/2026 và báo cáo năm trước ngày 14/11/2026.",
        "# 3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "- Chủ trì giám sát việc thực hiện dân chủ ở cơ sở; chỉ đạo Ban Thanh tra nhân dân, Ban giám sát đầu tư "
        "của cộng đồng hoạt động theo quy định.",
        "Trên đây là Kế hoạch thực hiện dân chủ ở cơ sở trên địa bàn phường Hải Châu năm 2026; đề nghị các cơ "
        "quan, đơn vị, tổ dân phố triển khai thực hiện./.",
    ),
    recipients=("- UBND thành phố (b/c);", "- Sở Nội vụ;", "- Đảng ủy phường;", "- Ủy ban MTTQ Việt Nam phường;",
                "- Các tổ dân phố;", "- Lưu: VT."),
    sign_role=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    signer="Phan Thị Thu Hà",
)
