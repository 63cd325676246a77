"""The text of writer v4b's three plans of the blind test set v4 (rendered by scripts/make_plans_v4b.py).

The agencies, places and people are made up for the test set; the wording is the writer's own,
laid out the way Nghị định 30/2020/NĐ-CP lays out a plan. Each body is a list of blocks:
("h", text) a bold section heading, ("p", text) a justified paragraph with a first-line indent,
("b", text) a bold paragraph, ("i", text) an italic paragraph, ("table", Table) a bordered table.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    """A bordered table: a header row, body rows, cells to merge and rows that are group headings.

    `merges` holds (first row, last row, column) spans over body-row indices (the merged cell keeps
    the first row's text, the others are left empty, as Word does after a merge); `groups` holds the
    body-row indices whose first cell spans the whole row in bold ("I. Công tác tuyên truyền").
    """

    header: list[str]
    rows: list[list[str]]
    widths_cm: list[float]
    merges: list[tuple[int, int, int]] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    """One plan: the header's two columns, the title lines, body blocks, recipients, signature."""

    parent: str
    issuer: str
    number: str
    place_date: str
    title: list[str]
    body: list[tuple[str, object]]
    recipients: list[str]
    authority: list[str]
    signer: str
    appendix_title: list[str] = field(default_factory=list)
    appendix: Table | None = None


#: the 7 columns of a deadline table, as most plans head them
DEADLINE_HEADER = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
             "Sản phẩm", "Ghi chú"]

VP = Plan(
    parent="ĐOÀN ĐBQH VÀ HĐND TỈNH TUYÊN QUANG",
    issuer="VĂN PHÒNG",
    number="Số: 27/KH-VP",
    place_date="Tuyên Quang, ngày 16 tháng 01 năm 2026",
    title=["KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở trong hoạt động của Văn phòng",
           "Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "năm 2026"],
    body=[
        ("p", "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;"),
        ("p", "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của "
              "Luật Thực hiện dân chủ ở cơ sở;"),
        ("p", "Căn cứ Quyết định số 88/QĐ-VP ngày 22/9/2025 của Chánh Văn phòng ban hành Quy chế thực hiện dân chủ "
              "trong hoạt động của Văn phòng;"),
        ("p", "Thực hiện Kế hoạch số 05-KH/BCĐ ngày 09/01/2026 của Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh về "
              "thực hiện dân chủ ở cơ sở năm 2026,"),
        ("p", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh (sau đây gọi là Văn phòng) xây dựng Kế "
              "hoạch thực hiện dân chủ ở cơ sở năm 2026 như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("b", "1. Mục đích"),
        ("p", "- Phát huy quyền làm chủ của cán bộ, công chức, viên chức và người lao động (CCVC, NLĐ) trong "
              "hoạt động của Văn phòng; bảo đảm mọi người được biết, được bàn, được tham gia ý kiến và kiểm tra, "
              "giám sát các công việc của cơ quan theo đúng quy định."),
        ("p", "- Gắn thực hiện dân chủ với cải cách hành chính, siết chặt kỷ luật, kỷ cương hành chính trong "
              "công tác tham mưu, phục vụ hoạt động của Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh."),
        ("b", "2. Yêu cầu"),
        ("p", "- Các phòng thuộc Văn phòng quán triệt đầy đủ nội dung Kế hoạch, cụ thể hóa vào chương trình công "
              "tác của phòng; thực hiện đúng tiến độ, báo cáo đúng thời hạn."),
        ("p", "- Việc thực hiện dân chủ phải thực chất, không hình thức; người đứng đầu mỗi phòng chịu trách "
              "nhiệm trước Chánh Văn phòng về kết quả thực hiện tại phòng mình."),
        ("h", "II. NỘI DUNG"),
        ("b", "1. Những nội dung công khai để CCVC, NLĐ được biết"),
        ("p", "a) Chương trình công tác năm, các quy chế, quy định nội bộ của Văn phòng; kế hoạch tuyển dụng, "
              "đào tạo, bồi dưỡng, nâng lương, thi đua, khen thưởng, kỷ luật."),
        ("p", "b) Dự toán ngân sách được giao năm 2026 và quyết toán ngân sách năm 2025 của Văn phòng: công "
              "khai trong 05 ngày làm việc sau khi dự toán được cấp có thẩm quyền giao hoặc quyết toán được phê "
              "duyệt."),
        ("p", "c) Hình thức công khai: niêm yết tại trụ sở Văn phòng; đăng trên Trang thông tin điện tử của Đoàn "
              "đại biểu Quốc hội và Hội đồng nhân dân tỉnh; thông báo tại cuộc họp giao ban hằng tuần."),
        ("b", "2. Những nội dung CCVC, NLĐ bàn, tham gia ý kiến"),
        ("p", "- Dự thảo Quy chế chi tiêu nội bộ, Quy chế quản lý tài sản công năm 2026; các biện pháp thực hành "
              "tiết kiệm, chống lãng phí; việc sửa đổi, bổ sung Quy chế thực hiện dân chủ của Văn phòng."),
        ("p", "- Hình thức: lấy ý kiến trực tiếp tại hội nghị, qua Hệ thống quản lý văn bản và điều hành, hoặc "
              "qua hòm thư góp ý đặt tại tầng 1 trụ sở."),
        ("b", "3. Hội nghị cán bộ, công chức, viên chức và người lao động"),
        ("p", "Văn phòng tổ chức Hội nghị cán bộ, công chức, viên chức và người lao động năm 2026 vào ngày "
              "30/01/2026 tại Hội trường tầng 3, trụ sở Văn phòng; thành phần gồm toàn thể CCVC, NLĐ của Văn "
              "phòng."),
        ("b", "4. Đối thoại"),
        ("p", "Chánh Văn phòng tổ chức đối thoại với CCVC, NLĐ ít nhất 01 lần trong năm; năm 2026 tổ chức trong "
              "quý III (dự kiến tháng 8/2026), nội dung tập trung vào điều kiện làm việc và chế độ, chính sách."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("b", "1. Phòng Hành chính - Tổ chức - Quản trị (Phòng HCTCQT)"),
        ("p", "a) Là đầu mối giúp Chánh Văn phòng theo dõi, đôn đốc việc thực hiện Kế hoạch; tham mưu tổ chức "
              "Hội nghị CCVC, NLĐ năm 2026."),
        ("p", "- Rà soát, tham mưu sửa đổi, bổ sung Quy chế thực hiện dân chủ trong hoạt động của Văn phòng, "
              "trình Chánh Văn phòng ban hành trước ngày 13/3/2026."),
        ("p", "- Hoàn thành việc lấy ý kiến CCVC, NLĐ về dự thảo Quy chế chi tiêu nội bộ năm 2026 trong tháng "
              "02/2026."),
        ("p", "b) Tổng hợp, tham mưu Lãnh đạo Văn phòng báo cáo kết quả thực hiện dân chủ ở cơ sở gửi Ban Chỉ đạo "
              "thực hiện dân chủ ở cơ sở tỉnh (qua Ban Dân vận Tỉnh ủy) và Sở Nội vụ, cụ thể:"),
        ("p", "+ Báo cáo 6 tháng: chậm nhất ngày 12/6/2026;"),
        ("p", "+ Báo cáo năm: chậm nhất ngày 19/11/2026."),
        ("b", "2. Phòng Công tác Quốc hội"),
        ("p", "- Tổng hợp ý kiến, kiến nghị của cử tri liên quan đến thực hiện dân chủ ở cơ sở qua các đợt tiếp "
              "xúc cử tri của đại biểu Quốc hội, gửi Phòng HCTCQT trong 07 ngày làm việc sau khi kết thúc mỗi "
              "đợt tiếp xúc cử tri."),
        ("b", "3. Phòng Công tác Hội đồng nhân dân"),
        ("p", "- Phối hợp Phòng HCTCQT lấy ý kiến CCVC, NLĐ về dự thảo các quy chế nội bộ; chuẩn bị nội dung báo "
              "cáo kết quả giám sát việc thực hiện dân chủ ở cơ sở của Thường trực Hội đồng nhân dân tỉnh trình "
              "kỳ họp thường lệ cuối năm 2026."),
        ("b", "4. Phòng Thông tin - Dân nguyện"),
        ("p", "- Bố trí công chức phục vụ đại biểu tiếp công dân định kỳ vào ngày 10 hằng tháng tại Trụ sở tiếp "
              "công dân tỉnh."),
        ("p", "- Tổng hợp kết quả tiếp công dân, tiếp nhận và xử lý đơn thư, báo cáo Chánh Văn phòng trước ngày 25 "
              "hằng tháng."),
        ("p", "- Thường xuyên đăng tải tin, bài về thực hiện dân chủ ở cơ sở trên Trang thông tin điện tử."),
        ("b", "5. Công đoàn cơ sở Văn phòng"),
        ("p", "Phối hợp với Chánh Văn phòng tổ chức Hội nghị CCVC, NLĐ; vận động đoàn viên thực hiện tốt Quy chế "
              "dân chủ; chỉ đạo hoạt động của Ban Thanh tra nhân dân."),
        ("b", "6. Ban Thanh tra nhân dân"),
        ("p", "- Xây dựng chương trình hoạt động năm 2026, trình Ban Chấp hành Công đoàn cơ sở trước ngày "
              "27/02/2026."),
        ("p", "- Báo cáo kết quả hoạt động hằng quý gửi Ban Chấp hành Công đoàn cơ sở trước ngày 18 của tháng cuối "
              "quý; kiểm tra việc thực hiện dân chủ tại các phòng trong tháng 10/2026."),
        ("b", "7. Các phòng thuộc Văn phòng"),
        ("p", "Căn cứ Kế hoạch này, các phòng triển khai thực hiện và gửi báo cáo kết quả thực hiện dân chủ của "
              "phòng về Văn phòng (qua Phòng HCTCQT, bộ phận Tổng hợp): báo cáo 6 tháng trước ngày 04/6/2026, "
              "báo cáo năm trước ngày 09/11/2026; đồng thời gửi bản điện tử về địa chỉ thư điện tử "
              "tonghop.vpdbhdnd@tuyenquang.gov.vn."),
        ("b", "8. Tiến độ thực hiện các nhiệm vụ chủ yếu"),
        ("table", Table(
            header=DEADLINE_HEADER,
            rows=[
                ["1", "Tổ chức Hội nghị CCVC, NLĐ năm 2026", "Phòng HCTCQT", "Công đoàn cơ sở", "30/01/2026",
                 "Nghị quyết Hội nghị", ""],
                ["2", "Sửa đổi, bổ sung Quy chế thực hiện dân chủ của Văn phòng", "", "Các phòng",
                 "Trước 13/3/2026", "Quyết định ban hành Quy chế", ""],
                ["3", "Báo cáo kết quả thực hiện dân chủ ở cơ sở", "", "Các phòng",
                 "6 tháng: 12/6/2026\nNăm: 19/11/2026", "Báo cáo", "Gửi BCĐ tỉnh, Sở Nội vụ"],
                ["4", "Chương trình hoạt động năm 2026 của Ban Thanh tra nhân dân", "Ban Thanh tra nhân dân",
                 "Công đoàn cơ sở", "Trước 27/02/2026", "Chương trình", ""],
                ["5", "Kiểm tra việc thực hiện dân chủ tại các phòng", "", "Phòng HCTCQT", "Tháng 10/2026",
                 "Biên bản kiểm tra", ""],
                ["6", "Đối thoại giữa Chánh Văn phòng với CCVC, NLĐ", "Lãnh đạo Văn phòng",
                 "Công đoàn cơ sở, Phòng HCTCQT", "Quý III/2026", "Thông báo kết luận", "Dự kiến tháng 8"],
            ],
            widths_cm=[1.0, 4.6, 2.6, 2.6, 2.6, 2.3, 1.8],
            merges=[(0, 2, 2), (3, 4, 2)])),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng phản ánh về Phòng HCTCQT để tổng "
              "hợp, báo cáo Chánh Văn phòng xem xét, giải quyết./."),
    ],
    recipients=["- Thường trực HĐND tỉnh (b/c);", "- Đoàn ĐBQH tỉnh (b/c);",
                "- BCĐ thực hiện dân chủ ở cơ sở tỉnh;", "- Sở Nội vụ;", "- Lãnh đạo Văn phòng;",
                "- Các phòng thuộc Văn phòng;", "- Công đoàn cơ sở Văn phòng;", "- Lưu: VT, HCTCQT."],
    authority=["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
    signer="Lục Văn Thành",
)


XA_HEADER = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
             "Thời gian hoàn thành", "Sản phẩm", "Ghi chú"]

XA = Plan(
    parent="ỦY BAN NHÂN DÂN",
    issuer="XÃ MỸ PHÚ ĐÔNG",
    number="Số: 58/KH-UBND",
    place_date="Mỹ Phú Đông, ngày 24 tháng 02 năm 2026",
    title=["KẾ HOẠCH", "Triển khai thực hiện Luật Thực hiện dân chủ ở cơ sở",
           "trên địa bàn xã Mỹ Phú Đông năm 2026"],
    body=[
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        ("p", "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của "
              "Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở; Nghị định số "
              "61/2023/NĐ-CP ngày 16/8/2023 của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng "
              "đồng dân cư;"),
        ("p", "Thực hiện Kế hoạch số 214/KH-UBND ngày 30/01/2026 của Ủy ban nhân dân tỉnh An Giang về thực hiện "
              "dân chủ ở cơ sở năm 2026;"),
        ("p", "Xã Mỹ Phú Đông được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của "
              "xã Mỹ Phú, xã Phú Đông và xã Tân Thạnh theo Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp "
              "xếp các đơn vị hành chính cấp xã của tỉnh An Giang năm 2025, hoạt động theo mô hình chính quyền "
              "địa phương hai cấp từ ngày 01/7/2025, gồm 14 ấp."),
        ("p", "Ủy ban nhân dân xã (UBND xã) ban hành Kế hoạch triển khai thực hiện Luật Thực hiện dân chủ ở cơ sở "
              "trên địa bàn xã năm 2026, như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Nâng cao nhận thức của cán bộ, công chức và Nhân dân về quyền và nghĩa vụ thực hiện dân chủ ở "
              "cơ sở sau khi sắp xếp đơn vị hành chính; bảo đảm Nhân dân các ấp được biết, được bàn, được quyết "
              "định, được kiểm tra, giám sát theo phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân "
              "giám sát, dân thụ hưởng”."),
        ("p", "2. Thống nhất quy chế, hương ước, quy ước giữa các ấp thuộc ba xã cũ; các nhiệm vụ phải có cơ quan "
              "chủ trì, thời hạn hoàn thành và sản phẩm cụ thể (Phụ lục kèm theo)."),
        ("h", "II. NỘI DUNG"),
        ("b", "1. Công tác tuyên truyền, phổ biến"),
        ("p", "- Tuyên truyền Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn trên hệ thống truyền thanh "
              "xã, nhóm Zalo của các ấp, tại các buổi sinh hoạt của Mặt trận và các đoàn thể."),
        ("b", "2. Thực hiện dân chủ ở xã và ở ấp"),
        ("p", "- Công khai thông tin theo Điều 11 của Luật: quyết toán ngân sách xã năm 2025 được công khai chậm "
              "nhất 05 ngày làm việc kể từ ngày Hội đồng nhân dân xã phê chuẩn; niêm yết tại trụ sở UBND xã, "
              "Trung tâm Phục vụ hành chính công xã và nhà văn hóa các ấp."),
        ("p", "- Tổ chức Hội nghị ấp để Nhân dân bàn và quyết định các công trình giao thông nông thôn, thủy lợi "
              "nội đồng do Nhân dân đóng góp trong quý II/2026."),
        ("p", "- Rà soát, xây dựng lại hương ước, quy ước của các ấp sau sắp xếp, hoàn thành trước ngày 31/8/2026."),
        ("b", "3. Thực hiện dân chủ trong cơ quan UBND xã"),
        ("p", "- Tổ chức Hội nghị cán bộ, công chức năm 2026 vào ngày 13/3/2026; ban hành Quy chế thực hiện dân "
              "chủ trong hoạt động của cơ quan UBND xã thay thế các quy chế của ba xã cũ, chậm nhất ngày "
              "27/3/2026."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("b", "1. Phòng Văn hóa - Xã hội"),
        ("p", "Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; hướng dẫn các ấp rà soát hương ước, "
              "quy ước; chủ trì kiểm tra việc thực hiện dân chủ tại các ấp trong quý III/2026; tổng hợp, tham "
              "mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện: báo cáo 6 tháng trước ngày "
              "10/6/2026, báo cáo năm trước ngày 12/11/2026, gửi qua Hệ thống quản lý văn bản và điều hành của "
              "tỉnh."),
        ("b", "2. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã (Văn phòng HĐND và UBND xã)"),
        ("p", "Tham mưu tổ chức Hội nghị cán bộ, công chức; dự thảo Quy chế thực hiện dân chủ trong hoạt động của "
              "cơ quan; bố trí lịch tiếp công dân định kỳ của Chủ tịch UBND xã vào ngày 05 hằng tháng; chuẩn bị "
              "hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân dự kiến ngày 16/9/2026."),
        ("b", "3. Phòng Kinh tế"),
        ("p", "Chủ trì công khai quyết toán ngân sách xã; lấy ý kiến Nhân dân về dự thảo kế hoạch sử dụng đất năm "
              "2027 của xã trong tháng 5 và tháng 6/2026, tổng hợp ý kiến trước ngày 30/6/2026."),
        ("b", "4. Các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã, Công an xã"),
        ("p", "Căn cứ chức năng, nhiệm vụ, triển khai các nội dung liên quan; gửi báo cáo kết quả thực hiện về "
              "UBND xã (qua Phòng Văn hóa - Xã hội): báo cáo 6 tháng trước ngày 03/6/2026, báo cáo năm trước "
              "ngày 05/11/2026."),
        ("b", "5. Trưởng ấp"),
        ("p", "Tổ chức Hội nghị ấp; phối hợp Ban Công tác Mặt trận ấp xây dựng hương ước, quy ước; báo cáo kết "
              "quả thực hiện dân chủ ở ấp hằng quý về Phòng Văn hóa - Xã hội trước ngày 15 của tháng cuối quý."),
        ("b", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("p", "Chủ trì, phối hợp giám sát việc thực hiện dân chủ ở cơ sở; hướng dẫn Ban Thanh tra nhân dân các ấp "
              "hoạt động; kiện toàn Ban Thanh tra nhân dân ở các ấp trước ngày 30/4/2026."),
        ("p", "Tiến độ, sản phẩm của từng nhiệm vụ thực hiện theo Phụ lục kèm theo Kế hoạch này. Yêu cầu các cơ "
              "quan, đơn vị, Trưởng ấp nghiêm túc triển khai thực hiện./."),
    ],
    recipients=["- UBND tỉnh (b/c);", "- Sở Nội vụ tỉnh;", "- TT. Đảng ủy, TT. HĐND xã;",
                "- Chủ tịch, các PCT UBND xã;", "- UBMTTQVN xã;", "- Các phòng, đơn vị thuộc xã;",
                "- Trưởng các ấp;", "- Lưu: VT, VHXH."],
    authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Trần Thị Kim Ngân",
    appendix_title=["PHỤ LỤC", "DANH MỤC NHIỆM VỤ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2026",
                    "(Kèm theo Kế hoạch số 58/KH-UBND ngày 24/02/2026 của UBND xã Mỹ Phú Đông)"],
    appendix=Table(
        header=XA_HEADER,
        rows=[
            ["I. Công tác tuyên truyền, phổ biến", "", "", "", "", "", "", ""],
            ["1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống truyền thanh xã, nhóm Zalo các ấp",
             "Phòng Văn hóa - Xã hội", "Trưởng các ấp; Đoàn Thanh niên xã", "Cả năm 2026", "Thường xuyên",
             "Tin, bài, chuyên mục", ""],
            ["2", "Hội nghị quán triệt, triển khai Kế hoạch đến cán bộ, công chức và Trưởng ấp", "",
             "Văn phòng HĐND và UBND xã", "Tháng 3/2026", "Trước 20/3/2026", "Hội nghị", ""],
            ["II. Thực hiện dân chủ ở xã", "", "", "", "", "", "", ""],
            ["3", "Công khai quyết toán ngân sách xã năm 2025", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã",
             "Sau khi HĐND xã phê chuẩn", "Chậm nhất 05 ngày làm việc kể từ ngày HĐND xã phê chuẩn",
             "Niêm yết, thông báo", ""],
            ["4", "Lấy ý kiến Nhân dân về dự thảo kế hoạch sử dụng đất năm 2027", "", "Các ấp; UBMTTQVN xã",
             "Tháng 5 - Tháng 6/2026", "Trước 30/6/2026", "Báo cáo tổng hợp ý kiến", ""],
            ["5", "Đối thoại giữa Chủ tịch UBND xã với Nhân dân", "Văn phòng HĐND và UBND xã", "UBMTTQVN xã",
             "Quý III/2026", "Ngày 16/9/2026 (dự kiến)", "Thông báo kết luận", ""],
            ["6", "Tiếp công dân định kỳ của Chủ tịch UBND xã", "", "Công an xã", "Hằng tháng",
             "Ngày 05 hằng tháng", "Sổ tiếp công dân", ""],
            ["III. Thực hiện dân chủ ở ấp", "", "", "", "", "", "", ""],
            ["7", "Hội nghị ấp bàn, quyết định công trình giao thông nông thôn, thủy lợi nội đồng", "Trưởng ấp",
             "Ban Công tác Mặt trận ấp", "Quý II/2026", "Trong quý II/2026", "Biên bản hội nghị ấp", ""],
            ["8", "Rà soát, xây dựng hương ước, quy ước ấp sau sắp xếp", "", "Phòng Văn hóa - Xã hội",
             "Tháng 4 - Tháng 8/2026", "Trước 31/8/2026", "Hương ước, quy ước được công nhận", ""],
            ["9", "Báo cáo kết quả thực hiện dân chủ ở ấp", "", "", "Hằng quý",
             "Trước ngày 15 của tháng cuối quý", "Báo cáo", "Gửi Phòng Văn hóa - Xã hội"],
            ["10", "Kiện toàn Ban Thanh tra nhân dân các ấp", "UBMTTQVN xã", "Trưởng các ấp", "Tháng 3 - 4/2026",
             "Trước 30/4/2026", "Quyết định công nhận", ""],
            ["IV. Thực hiện dân chủ trong cơ quan UBND xã", "", "", "", "", "", "", ""],
            ["11", "Hội nghị cán bộ, công chức năm 2026", "Văn phòng HĐND và UBND xã", "Công đoàn cơ sở",
             "Tháng 3/2026", "13/3/2026", "Nghị quyết hội nghị", ""],
            ["12", "Ban hành Quy chế thực hiện dân chủ trong hoạt động của cơ quan UBND xã", "", "Công đoàn cơ sở",
             "Quý I/2026", "Chậm nhất 27/3/2026", "Quyết định ban hành", "Thay quy chế của 3 xã cũ"],
            ["V. Kiểm tra, sơ kết, báo cáo", "", "", "", "", "", "", ""],
            ["13", "Kiểm tra việc thực hiện dân chủ tại các ấp", "Phòng Văn hóa - Xã hội",
             "UBMTTQVN xã; Ban Thanh tra nhân dân", "Quý III/2026", "Trước 30/9/2026", "Báo cáo kết quả kiểm tra",
             ""],
            ["14", "Báo cáo kết quả thực hiện dân chủ ở cơ sở gửi UBND tỉnh (qua Sở Nội vụ)", "",
             "Các phòng, đơn vị; Trưởng ấp", "6 tháng, năm", "6 tháng: trước 10/6/2026\nNăm: trước 12/11/2026",
             "Báo cáo", "Qua Hệ thống quản lý văn bản và điều hành"],
            ["15", "Tổng kết thực hiện dân chủ ở cơ sở năm 2026", "", "Các phòng, đơn vị", "Tháng 12/2026",
             "Trước 25/12/2026", "Báo cáo tổng kết", ""],
        ],
        widths_cm=[1.0, 6.2, 3.0, 3.2, 2.6, 3.4, 2.8, 2.4],
        merges=[(1, 2, 2), (4, 5, 2), (6, 7, 2), (9, 11, 2), (14, 15, 2), (17, 19, 2)],
        groups=[0, 3, 8, 13, 16]),
)


CDC = Plan(
    parent="SỞ Y TẾ TỈNH KHÁNH HÒA",
    issuer="TRUNG TÂM KIỂM SOÁT BỆNH TẬT",
    number="Số: 142/KH-KSBT",
    place_date="Khánh Hòa, ngày 09 tháng 3 năm 2026",
    title=["KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở tại Trung tâm Kiểm soát bệnh tật tỉnh", "năm 2026"],
    body=[
        ("p", "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 "
              "của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;"),
        ("p", "Căn cứ Kế hoạch số 311/KH-SYT ngày 12/02/2026 của Sở Y tế về thực hiện dân chủ ở cơ sở trong các "
              "đơn vị trực thuộc năm 2026;"),
        ("p", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa (sau đây gọi tắt là Trung tâm) xây dựng Kế hoạch thực "
              "hiện dân chủ ở cơ sở năm 2026 với các nội dung sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Bảo đảm viên chức và người lao động (VC, NLĐ) của Trung tâm được thực hiện đầy đủ quyền được "
              "biết, được tham gia ý kiến, được quyết định, được kiểm tra, giám sát các hoạt động của Trung tâm."),
        ("p", "2. Gắn thực hiện dân chủ với nâng cao chất lượng công tác y tế dự phòng, phòng, chống dịch bệnh, "
              "xây dựng cơ quan văn hóa, đoàn kết; các khoa, phòng thực hiện đúng nội dung, thời hạn của Kế hoạch."),
        ("h", "II. NỘI DUNG"),
        ("b", "1. Công khai thông tin"),
        ("p", "- Dự toán ngân sách năm 2026 được giao: Phòng Kế hoạch - Tài chính công khai trong 10 ngày làm việc "
              "kể từ ngày nhận được quyết định giao dự toán của Sở Y tế; quyết toán năm 2025 công khai trong quý "
              "III/2026."),
        ("p", "- Kế hoạch tuyển dụng viên chức năm 2026 được niêm yết công khai chậm nhất 15 ngày trước ngày tổ "
              "chức xét tuyển."),
        ("p", "- Kết quả đánh giá, xếp loại chất lượng viên chức năm 2026 công khai trong tháng 12/2026."),
        ("b", "2. Viên chức, người lao động tham gia ý kiến"),
        ("p", "- Lấy ý kiến VC, NLĐ về dự thảo Quy chế chi tiêu nội bộ năm 2026 trước ngày 20/3/2026."),
        ("p", "- Hòm thư góp ý đặt tại sảnh nhà A được mở vào thứ Sáu tuần cuối cùng hằng tháng, có đại diện "
              "Ban Thanh tra nhân dân chứng kiến."),
        ("b", "3. Hội nghị viên chức, người lao động và đối thoại"),
        ("p", "- Hội nghị viên chức, người lao động năm 2026 tổ chức vào ngày 27/3/2026 tại Hội trường Trung tâm."),
        ("p", "- Giám đốc Trung tâm đối thoại với VC, NLĐ trong quý III/2026."),
        ("b", "4. Tuyên truyền, tập huấn"),
        ("p", "- Tập huấn Luật Thực hiện dân chủ ở cơ sở cho toàn thể VC, NLĐ trong tháng 5/2026."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("b", "1. Phòng Tổ chức - Hành chính (Phòng TC-HC)"),
        ("p", "* Là đầu mối tham mưu Ban Giám đốc triển khai Kế hoạch; dự thảo Quy chế thực hiện dân chủ sửa đổi "
              "của Trung tâm, trình Giám đốc ban hành chậm nhất ngày 30/4/2026."),
        ("p", "* Tổng hợp báo cáo kết quả thực hiện dân chủ ở cơ sở của Trung tâm gửi Sở Y tế (qua Phòng Tổ chức "
              "cán bộ): báo cáo 6 tháng trước ngày 08/6/2026; báo cáo năm trước ngày 16/11/2026. Báo cáo gửi qua "
              "Hệ thống quản lý văn bản và điều hành, đồng thời gửi file mềm về địa chỉ "
              "phongtccb.syt@khanhhoa.gov.vn."),
        ("b", "2. Phòng Kế hoạch - Tài chính (Phòng KH-TC)"),
        ("p", "* Chủ trì công khai dự toán, quyết toán; chủ trì lấy ý kiến về dự thảo Quy chế chi tiêu nội bộ."),
        ("b", "3. Các khoa, phòng"),
        ("p", "* Báo cáo tình hình tiếp nhận, giải quyết ý kiến, kiến nghị của VC, NLĐ trong khoa, phòng gửi "
              "Phòng TC-HC trước ngày 15 hằng tháng."),
        ("p", "* Gửi báo cáo kết quả thực hiện dân chủ của khoa, phòng về Phòng TC-HC: báo cáo 6 tháng trước "
              "ngày 01/6/2026, báo cáo năm trước ngày 06/11/2026."),
        ("b", "4. Công đoàn cơ sở và Ban Thanh tra nhân dân"),
        ("p", "* Công đoàn cơ sở phối hợp tổ chức Hội nghị VC, NLĐ và đối thoại."),
        ("p", "* Ban Thanh tra nhân dân báo cáo hoạt động hằng quý gửi Ban Chấp hành Công đoàn cơ sở trước ngày "
              "20 của tháng cuối quý; chủ trì kiểm tra việc thực hiện Quy chế dân chủ tại các khoa, phòng trong "
              "quý IV/2026."),
        ("b", "5. Đoàn Thanh niên Trung tâm"),
        ("p", "* Tổ chức diễn đàn “Viên chức trẻ góp ý xây dựng cơ quan” nhân kỷ niệm 95 năm Ngày thành lập Đoàn "
              "TNCS Hồ Chí Minh (26/3/2026)."),
        ("h", "IV. TIẾN ĐỘ THỰC HIỆN"),
        ("table", Table(
            header=DEADLINE_HEADER,
            rows=[
                ["1", "Lấy ý kiến VC, NLĐ về dự thảo Quy chế chi tiêu nội bộ năm 2026", "Phòng KH-TC",
                 "Công đoàn cơ sở; các khoa, phòng", "Trước 20/3/2026", "Tổng hợp ý kiến", ""],
                ["2", "Công khai dự toán ngân sách năm 2026 được giao", "", "Phòng TC-HC",
                 "Trong 10 ngày làm việc kể từ ngày nhận quyết định giao dự toán", "Thông báo công khai", ""],
                ["3", "Công khai quyết toán ngân sách năm 2025", "", "Phòng TC-HC", "Quý III/2026",
                 "Thông báo công khai", ""],
                ["4", "Diễn đàn “Viên chức trẻ góp ý xây dựng cơ quan”", "Đoàn Thanh niên", "Phòng TC-HC",
                 "Tháng 3/2026", "Diễn đàn", "Dịp 26/3"],
                ["5", "Hội nghị viên chức, người lao động năm 2026", "Phòng TC-HC", "Công đoàn cơ sở",
                 "27/3/2026", "Nghị quyết Hội nghị", ""],
                ["6", "Ban hành Quy chế thực hiện dân chủ sửa đổi của Trung tâm", "", "Các khoa, phòng",
                 "Chậm nhất 30/4/2026", "Quyết định ban hành", ""],
                ["7", "Tập huấn Luật Thực hiện dân chủ ở cơ sở", "", "Khoa Truyền thông - Giáo dục sức khỏe",
                 "Tháng 5/2026", "Hội nghị tập huấn", ""],
                ["8", "Báo cáo tiếp nhận, giải quyết ý kiến, kiến nghị của VC, NLĐ", "Các khoa, phòng", "",
                 "Trước ngày 15 hằng tháng", "Báo cáo tháng", "Gửi Phòng TC-HC"],
                ["9", "Báo cáo kết quả thực hiện dân chủ của khoa, phòng", "", "",
                 "6 tháng: trước 01/6/2026\nNăm: trước 06/11/2026", "Báo cáo", "Gửi Phòng TC-HC"],
                ["10", "Báo cáo kết quả thực hiện dân chủ ở cơ sở của Trung tâm", "Phòng TC-HC",
                 "Các khoa, phòng", "6 tháng: trước 08/6/2026\nNăm: trước 16/11/2026", "Báo cáo",
                 "Gửi Sở Y tế (qua Phòng Tổ chức cán bộ)"],
                ["11", "Đối thoại giữa Giám đốc với VC, NLĐ", "", "Công đoàn cơ sở", "Quý III/2026",
                 "Thông báo kết luận", ""],
                ["12", "Báo cáo hoạt động của Ban Thanh tra nhân dân", "Ban Thanh tra nhân dân", "",
                 "Hằng quý, trước ngày 20 của tháng cuối quý", "Báo cáo quý", "Gửi BCH Công đoàn cơ sở"],
                ["13", "Mở hòm thư góp ý", "", "Phòng TC-HC", "Thứ Sáu tuần cuối cùng hằng tháng",
                 "Biên bản mở hòm thư", ""],
                ["14", "Kiểm tra việc thực hiện Quy chế dân chủ tại các khoa, phòng", "", "Phòng TC-HC",
                 "Quý IV/2026", "Báo cáo kết quả kiểm tra", ""],
                ["15", "Đánh giá, xếp loại và công khai kết quả xếp loại viên chức năm 2026", "Phòng TC-HC",
                 "Các khoa, phòng", "Tháng 12/2026", "Thông báo kết quả", ""],
                ["16", "Niêm yết kế hoạch tuyển dụng viên chức năm 2026", "", "Phòng KH-TC",
                 "Chậm nhất 15 ngày trước ngày xét tuyển", "Thông báo tuyển dụng", ""],
            ],
            widths_cm=[1.2, 4.6, 2.5, 2.6, 3.0, 2.3, 2.0],
            merges=[(0, 2, 2), (4, 6, 2), (7, 8, 2), (9, 10, 2), (11, 13, 2), (14, 15, 2)])),
        ("p", "Trên đây là Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của Trung tâm Kiểm soát bệnh tật tỉnh. "
              "Yêu cầu Trưởng các khoa, phòng nghiêm túc triển khai thực hiện./."),
    ],
    recipients=["- Sở Y tế (b/c);", "- Công đoàn ngành Y tế tỉnh;", "- Ban Giám đốc;", "- Các khoa, phòng;",
                "- Công đoàn cơ sở, Ban TTND;", "- Lưu: VT, TC-HC."],
    authority=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Nguyễn Hữu Phước",
)
