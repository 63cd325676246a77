"""The text of writer v5b's three plans of the blind set v5 (own text, invented agencies' numbers,
names and dates), laid out by scripts/make_plans_v5b.py. A body line starting with "# " is a bold
heading; a Table is a deadline table; everything else is a plain paragraph."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    """A deadline table: the header row, then the body rows."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_cm: tuple[float, ...] = ()


@dataclass(frozen=True)
class Plan:
    """One plan in the Nghị định 30/2020/NĐ-CP layout."""

    file: str
    left: tuple[str, ...]          # the name block (managing body, then the issuer)
    number: str
    place_date: str
    title: tuple[str, ...]         # "KẾ HOẠCH" then the title lines
    body: tuple[object, ...]       # str paragraphs and Tables
    recipients: tuple[str, ...]
    sign_role: tuple[str, ...]
    signer: str
    right: tuple[str, ...] = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    notes: tuple[str, ...] = field(default=())


HOSPITAL = Plan(
    file="v5b_bvyhct_dienbien_2026.odt",
    left=("SỞ Y TẾ TỈNH ĐIỆN BIÊN", "BỆNH VIỆN Y HỌC CỔ TRUYỀN"),
    number="Số: 45/KH-BVYHCT",
    place_date="Điện Biên, ngày 20 tháng 01 năm 2026",
    title=("KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở tại Bệnh viện Y học cổ truyền tỉnh Điện Biên năm 2026"),
    body=(
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số "
        "điều của Luật Thực hiện dân chủ ở cơ sở;",
        "Căn cứ Kế hoạch số 12/KH-SYT ngày 08 tháng 01 năm 2026 của Sở Y tế tỉnh Điện Biên về thực hiện dân "
        "chủ ở cơ sở trong ngành Y tế năm 2026;",
        "Căn cứ Quyết định số 318/QĐ-BVYHCT ngày 15 tháng 9 năm 2025 của Giám đốc Bệnh viện ban hành Quy chế "
        "thực hiện dân chủ trong hoạt động của Bệnh viện,",
        "Bệnh viện Y học cổ truyền tỉnh Điện Biên xây dựng Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 như sau:",
        "# I. MỤC ĐÍCH, YÊU CẦU",
        "# 1. Mục đích",
        "- Phát huy quyền làm chủ của viên chức, người lao động trong Bệnh viện; bảo đảm công khai, minh bạch "
        "trong quản lý tài chính, tổ chức cán bộ và khám bệnh, chữa bệnh.",
        "- Nâng cao tinh thần, thái độ phục vụ người bệnh, hướng tới sự hài lòng của người bệnh và người nhà "
        "người bệnh.",
        "# 2. Yêu cầu",
        "- Việc thực hiện dân chủ gắn với nhiệm vụ chuyên môn của từng khoa, phòng; không hình thức, không "
        "gây phiền hà cho người bệnh.",
        "# II. NỘI DUNG THỰC HIỆN",
        "# 1. Hội nghị viên chức, người lao động",
        "a) Các khoa, phòng tổ chức hội nghị viên chức, người lao động cấp khoa, phòng trước ngày 10/02/2026, "
        "gửi biên bản hội nghị về Phòng Tổ chức cán bộ ngay sau khi tổ chức.",
        "b) Phòng Tổ chức cán bộ chủ trì, phối hợp với Ban Chấp hành Công đoàn cơ sở Bệnh viện tổ chức Hội nghị "
        "viên chức, người lao động năm 2026 của Bệnh viện, hoàn thành trước ngày 28/02/2026.",
        "# 2. Những nội dung phải công khai",
        "- Phòng Tài chính - Kế toán niêm yết công khai dự toán ngân sách năm 2026 tại bảng tin Bệnh viện trong "
        "thời hạn 05 ngày làm việc kể từ ngày nhận quyết định giao dự toán của Sở Y tế; công khai quyết toán "
        "năm 2025 trước ngày 30/4/2026.",
        "- Phòng Kế hoạch tổng hợp công khai giá dịch vụ khám bệnh, chữa bệnh, quy trình khám bệnh tại khu vực "
        "đón tiếp người bệnh và trên trang thông tin điện tử của Bệnh viện.",
        "# 3. Tiếp nhận, xử lý phản ánh, kiến nghị",
        "- Đường dây nóng của Bệnh viện: 0215.3826.115 (trực 24/24 giờ); hộp thư điện tử tiếp nhận góp ý: "
        "gopy.bvyhct@dienbien.gov.vn.",
        "- Ban Thanh tra nhân dân mở hòm thư góp ý vào chiều thứ Sáu hằng tuần, có biên bản ghi nhận nội dung "
        "góp ý và chuyển Ban Giám đốc xem xét.",
        "- Phòng Điều dưỡng tổng hợp phản ánh, kiến nghị của người bệnh, báo cáo Giám đốc hằng quý, trước ngày "
        "25 của tháng cuối quý.",
        "- Khi có vụ việc phức tạp, đơn thư đông người hoặc sự cố y khoa, khoa, phòng liên quan báo cáo Giám đốc "
        "trong vòng 24 giờ kể từ khi phát hiện; Bệnh viện báo cáo đột xuất về Sở Y tế khi có yêu cầu.",
        "# 4. Kiểm tra, giám sát",
        "- Ban Thanh tra nhân dân xây dựng chương trình giám sát năm 2026, báo cáo kết quả giám sát 6 tháng đầu "
        "năm với Ban Chấp hành Công đoàn cơ sở trước ngày 30/6/2026.",
        "# III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Tổ chức cán bộ là đơn vị thường trực, theo dõi, đôn đốc các khoa, phòng thực hiện Kế hoạch; "
        "tham mưu Giám đốc báo cáo kết quả thực hiện dân chủ ở cơ sở gửi Sở Y tế (qua Phòng Tổ chức cán bộ "
        "Sở Y tế), cụ thể:",
        "- Báo cáo 6 tháng: trước ngày 15/6/2026;",
        "- Báo cáo năm: chậm nhất ngày 20 tháng 11 năm 2026.",
        "2. Các khoa, phòng xây dựng kế hoạch cụ thể của đơn vị mình, gửi về Phòng Tổ chức cán bộ trước ngày "
        "06/02/2026; định kỳ 6 tháng gửi báo cáo kết quả về Phòng Tổ chức cán bộ trước ngày 05/6 và báo cáo "
        "năm trước ngày 05/11.",
        "3. Công đoàn cơ sở, Chi đoàn Thanh niên Bệnh viện tuyên truyền, vận động đoàn viên thực hiện Kế hoạch.",
        "# PHỤ LỤC: THỜI GIAN THỰC HIỆN MỘT SỐ NHIỆM VỤ",
        Table(("STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"), (
            ("1", "Kế hoạch thực hiện dân chủ của khoa, phòng", "Các khoa, phòng", "Trước ngày 06/02/2026"),
            ("2", "Hội nghị viên chức, người lao động cấp khoa, phòng", "Các khoa, phòng", "Trước ngày 10/02/2026"),
            ("3", "Hội nghị viên chức, người lao động Bệnh viện", "Phòng Tổ chức cán bộ, Công đoàn cơ sở",
             "Trước ngày 28/02/2026"),
            ("4", "Công khai quyết toán năm 2025", "Phòng Tài chính - Kế toán", "Trước ngày 30/4/2026"),
            ("5", "Báo cáo 6 tháng gửi Sở Y tế", "Phòng Tổ chức cán bộ", "Trước ngày 15/6/2026"),
            ("6", "Báo cáo năm gửi Sở Y tế", "Phòng Tổ chức cán bộ", "Chậm nhất ngày 20/11/2026"),
        ), (1.2, 7.5, 4.8, 3.5)),
        "Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng phản ánh về Phòng Tổ chức cán bộ (điện "
        "thoại 0215.3826.120) để tổng hợp, báo cáo Giám đốc xem xét./.",
    ),
    recipients=("- Sở Y tế (để báo cáo);", "- Công đoàn ngành Y tế tỉnh;", "- Đảng ủy, Ban Giám đốc Bệnh viện;",
                "- Các khoa, phòng;", "- Lưu: VT, TCCB."),
    sign_role=("GIÁM ĐỐC",),
    signer="Lường Văn Khiêm",
)


LOTTERY = Plan(
    file="v5b_xskt_langson_2026.pdf",
    left=("UBND TỈNH LẠNG SƠN", "CÔNG TY TNHH MỘT THÀNH VIÊN", "XỔ SỐ KIẾN THIẾT LẠNG SƠN"),
    number="Số: 18/KH-XSKT",
    place_date="Lạng Sơn, ngày 12 tháng 01 năm 2026",
    title=("KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở tại nơi làm việc năm 2026"),
    body=(
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;",
        "Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi "
        "hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;",
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh về thực hiện dân chủ ở cơ sở "
        "trên địa bàn tỉnh năm 2026;",
        "Công ty TNHH một thành viên Xổ số kiến thiết Lạng Sơn ban hành Kế hoạch thực hiện dân chủ ở cơ sở tại "
        "nơi làm việc năm 2026 như sau:",
        "# I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm quyền được biết, được tham gia ý kiến, quyết định và kiểm tra, giám sát của người lao động "
        "tại Công ty; xây dựng quan hệ lao động hài hòa, ổn định.",
        "2. Thực hiện dân chủ gắn với nhiệm vụ sản xuất, kinh doanh xổ số và phòng, chống tham nhũng, lãng phí.",
        "# II. NHIỆM VỤ CỤ THỂ",
        "1. Rà soát, sửa đổi Quy chế dân chủ ở cơ sở tại nơi làm việc của Công ty, trình Giám đốc ban hành "
        "trước ngày 15/3/2026.",
        "2. Tổ chức Hội nghị người lao động năm 2026 trong Quý I, hoàn thành trước ngày 31/3/2026.",
        "3. Tổ chức đối thoại định kỳ tại nơi làm việc giữa Ban Giám đốc và người lao động trong tháng 9/2026.",
        "4. Công khai báo cáo tài chính năm 2025 và kết quả sản xuất, kinh doanh trên trang thông tin điện tử "
        "của Công ty trước ngày 30/4/2026.",
        "5. Phòng Kinh doanh - Phát hành tổng hợp ý kiến, kiến nghị của đại lý và người lao động, báo cáo Giám "
        "đốc hằng quý trước ngày 10 của tháng đầu quý sau.",
        "6. Khi có yêu cầu báo cáo đột xuất của Ủy ban nhân dân tỉnh hoặc Sở Tài chính, Phòng Tổ chức - Hành "
        "chính tham mưu báo cáo trong thời hạn 03 ngày làm việc kể từ ngày nhận được yêu cầu.",
        "# III. BẢNG PHÂN CÔNG NHIỆM VỤ",
        Table(("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"), (
            ("1", "Sửa đổi Quy chế dân chủ ở cơ sở tại nơi làm việc", "Phòng Tổ chức - Hành chính",
             "Ban Chấp hành Công đoàn Công ty", "Trước ngày 15/3/2026", "Quyết định ban hành Quy chế"),
            ("2", "Hội nghị người lao động năm 2026", "Phòng Tổ chức - Hành chính",
             "Công đoàn Công ty, các phòng", "Trước ngày 31/3/2026", "Nghị quyết Hội nghị"),
            ("3", "Công khai báo cáo tài chính năm 2025", "Phòng Kế toán - Tài vụ", "Phòng Tổ chức - Hành chính",
             "Trước ngày 30/4/2026", "Báo cáo tài chính đăng trên trang thông tin điện tử"),
            ("4", "Báo cáo 6 tháng đầu năm gửi Sở Tài chính và Liên đoàn Lao động tỉnh", "Phòng Tổ chức - Hành chính",
             "Các phòng", "Trước ngày 20/6/2026", "Báo cáo 6 tháng"),
            ("5", "Đối thoại định kỳ tại nơi làm việc", "Ban Giám đốc", "Ban Chấp hành Công đoàn Công ty",
             "Tháng 9/2026", "Biên bản đối thoại"),
            ("6", "Kiểm tra việc thực hiện dân chủ tại các phòng", "Ban Thanh tra nhân dân", "Phòng Kiểm tra - Giám sát",
             "Quý III/2026", "Báo cáo kết quả kiểm tra"),
            ("7", "Báo cáo tổng kết năm gửi UBND tỉnh (qua Sở Tài chính)", "Phòng Tổ chức - Hành chính",
             "Các phòng", "Trước ngày 05/12/2026", "Báo cáo năm"),
            ("8", "Tổng hợp kiến nghị của đại lý, người lao động", "Phòng Kinh doanh - Phát hành",
             "Phòng Kiểm tra - Giám sát", "Hằng quý, trước ngày 10 tháng đầu quý sau", "Báo cáo quý"),
        ), (0.9, 4.4, 3.0, 3.0, 2.6, 3.0)),
        "# IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Tổ chức - Hành chính là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo gửi "
        "Sở Tài chính, Liên đoàn Lao động tỉnh và Ban Dân vận Tỉnh ủy theo thời hạn tại bảng phân công.",
        "2. Ban Chấp hành Công đoàn Công ty phối hợp tổ chức Hội nghị người lao động, đối thoại tại nơi làm "
        "việc; Ban Thanh tra nhân dân giám sát việc thực hiện Kế hoạch.",
        "3. Mọi ý kiến góp ý gửi về Phòng Tổ chức - Hành chính, điện thoại 0205.3870.668, thư điện tử "
        "tchc.xskt@langson.gov.vn./.",
    ),
    recipients=("- UBND tỉnh (để báo cáo);", "- Sở Tài chính;", "- Liên đoàn Lao động tỉnh;", "- Ban Dân vận Tỉnh ủy;",
                "- Đảng ủy, Công đoàn Công ty;", "- Các phòng;", "- Lưu: VT, TCHC."),
    sign_role=("GIÁM ĐỐC",),
    signer="Hoàng Văn Sáng",
)


INSPECTION = Plan(
    file="v5b_ttdk_dongthap_2026.docx",
    left=("SỞ XÂY DỰNG TỈNH ĐỒNG THÁP", "TRUNG TÂM ĐĂNG KIỂM", "XE CƠ GIỚI ĐỒNG THÁP"),
    number="Số: 07/KH-TTĐK",
    place_date="Đồng Tháp, ngày 26 tháng 01 năm 2026",
    title=("KẾ HOẠCH", "Triển khai thực hiện dân chủ ở cơ sở", "tại Trung tâm Đăng kiểm xe cơ giới Đồng Tháp",
           "năm 2026"),
    body=(
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật "
        "Thực hiện dân chủ ở cơ sở;",
        "Căn cứ Kế hoạch số 21/KH-SXD ngày 14/01/2026 của Sở Xây dựng tỉnh Đồng Tháp về thực hiện dân chủ ở "
        "cơ sở năm 2026,",
        "Trung tâm Đăng kiểm xe cơ giới Đồng Tháp xây dựng Kế hoạch triển khai như sau:",
        "# I. MỤC ĐÍCH, YÊU CẦU",
        "Cụ thể hóa các nội dung dân chủ trong hoạt động kiểm định phương tiện; bảo đảm công khai, minh bạch "
        "quy trình, giá dịch vụ đăng kiểm; phát huy vai trò giám sát của viên chức, người lao động và người dân "
        "đến làm thủ tục.",
        "# II. NỘI DUNG",
        "# 1. Hội nghị viên chức, người lao động",
        "a) Các Trạm Đăng kiểm số 1 (Cao Lãnh) và số 2 (Sa Đéc) tổ chức hội nghị cấp trạm trước ngày "
        "27/02/2026, gửi biên bản và danh sách kiến nghị về Phòng Hành chính - Tổng hợp.",
        "b) Hội nghị viên chức, người lao động của Trung tâm tổ chức vào ngày 06/3/2026; Phòng Hành chính - "
        "Tổng hợp chủ trì, phối hợp với Công đoàn cơ sở chuẩn bị nội dung, tài liệu.",
        "# 2. Công khai và tiếp nhận ý kiến",
        "a) Phòng Kỹ thuật - Kiểm định niêm yết công khai quy trình kiểm định, giá dịch vụ đăng kiểm tại sảnh "
        "chờ của các trạm và trên trang thông tin điện tử của Trung tâm.",
        "b) Giám đốc Trung tâm tiếp viên chức, người lao động và người dân định kỳ vào ngày thứ Tư của tuần thứ "
        "hai hằng tháng tại Phòng Hành chính - Tổng hợp.",
        "c) Phản ánh, kiến nghị gửi qua đường dây nóng 0277.3851.246 hoặc thư điện tử "
        "ttdangkiem@dongthap.gov.vn; Phòng Hành chính - Tổng hợp trả lời trong thời hạn 07 ngày làm việc kể "
        "từ ngày nhận được phản ánh.",
        "- Các trạm báo cáo Trung tâm kết quả tiếp nhận phản ánh và công khai giá dịch vụ hằng quý, trước ngày "
        "20 của tháng cuối quý.",
        "- Khi xảy ra vụ việc phức tạp, khiếu nại đông người tại trạm, Trưởng trạm báo cáo ngay Giám đốc; "
        "Trung tâm báo cáo Sở Xây dựng chậm nhất sau 24 giờ kể từ khi xảy ra vụ việc.",
        "# 3. Kiểm tra, giám sát",
        "Ban Thanh tra nhân dân kiểm tra việc thực hiện dân chủ tại các trạm trong Quý III/2026; Chi đoàn "
        "Thanh niên tham gia giám sát thái độ phục vụ của đăng kiểm viên.",
        "# III. TỔ CHỨC THỰC HIỆN",
        "a) Phòng Hành chính - Tổng hợp là đầu mối tham mưu, tổng hợp báo cáo kết quả thực hiện dân chủ ở cơ "
        "sở gửi Sở Xây dựng (qua Văn phòng Sở) theo thời hạn dưới đây; đồng gửi Công đoàn Sở Xây dựng.",
        Table(("Loại báo cáo", "Nơi nhận", "Thời hạn"), (
            ("Báo cáo 6 tháng", "Sở Xây dựng (qua Văn phòng Sở)", "Trước ngày 10/6/2026"),
            ("Báo cáo năm", "Sở Xây dựng (qua Văn phòng Sở)", "Trước ngày 25/11/2026"),
            ("Hồ sơ đề nghị khen thưởng", "Phòng Hành chính - Tổng hợp", "Trước ngày 15/12/2026"),
        ), (4.5, 6.5, 4.5)),
        "b) Phòng Kỹ thuật - Kiểm định, các trạm đăng kiểm gửi báo cáo 6 tháng về Phòng Hành chính - Tổng hợp "
        "trước ngày 03/6 và báo cáo năm trước ngày 15/11.",
        "c) Công đoàn cơ sở, Chi đoàn Thanh niên phối hợp tuyên truyền, vận động đoàn viên thực hiện./.",
    ),
    recipients=("- Sở Xây dựng (để báo cáo);", "- Công đoàn Sở Xây dựng;", "- Ban Giám đốc;",
                "- Các phòng, trạm đăng kiểm;", "- Lưu: VT, HCTH."),
    sign_role=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    signer="Nguyễn Thị Ngọc Hân",
)

PLANS = (HOSPITAL, LOTTERY, INSPECTION)
