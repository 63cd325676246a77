"""Dev-only questions added for the second round of work on the answerability decision
(imported by scripts/make_question_set.py, appended to dev with fresh ids; the test split
never changes).

Out-of-scope questions are the kinds staff ask a plan bot that no plan answers: other
administrative topics (pay, leave, emulation in general, IT), small talk and weather,
agencies, plans and years the corpus does not hold, a deliverable the plans know asked for
an agency they do not cover, and a report kind no plan sets. In-scope phrasings are new
ways (chat, abbreviations, roles, a named recipient) of asking facts already in
`FACTS`, so the decision does not simply learn to refuse more.
"""
from __future__ import annotations

# fact id of make_question_set.FACTS -> [(tag, question), ...]; gold comes from FACTS
MORE_DEV_PHRASINGS: dict[str, list[tuple[str, str]]] = {
    "snn-6m": [
        ("chat", "ad ơi báo cáo sơ kết 6 tháng QCDC bên Sở NN&PTNT hạn ngày mấy vậy"),
        ("plain", "Báo cáo 6 tháng gửi Sở Nông nghiệp và Phát triển nông thôn trước ngày nào?"),
    ],
    "snn-year": [
        ("chat", "mn ơi bc năm QCDC gửi Sở NN khi nào ạ"),
        ("role", "Em ở đơn vị trực thuộc Sở Nông nghiệp, báo cáo năm về QCDC hạn chót ngày nào?"),
    ],
    "snn-plan": [("abbrev", "hạn gửi KH QCDC 2024 của đơn vị về SNN")],
    "tp-6m": [("chat", "báo cáo 6 tháng QCDC gửi Phòng Nội vụ thành phố Tây Ninh hạn ngày nào vậy")],
    "tp-year": [("role", "Tôi ở UBND phường thuộc TP Tây Ninh, báo cáo năm QCDC nộp trước ngày nào?")],
    "tp-plan": [("chat", "cho mình hỏi kế hoạch QCDC 2024 của đơn vị nộp cho P. Nội vụ TP trước ngày mấy")],
    "khcn-6m": [
        ("plain", "Chi cục Tiêu chuẩn Đo lường Chất lượng gửi báo cáo 6 tháng cho Sở KH&CN hạn nào?"),
        ("chat", "bc 6 tháng bên TT KHCN nộp Sở khi nào vậy ạ"),
    ],
    "khcn-year": [("chat", "báo cáo năm QCDC của chi cục TĐC gửi Sở KHCN deadline ngày mấy")],
    "khcn-emul": [("abbrev", "VP Sở KHCN gửi kết quả đánh giá thi đua QCDC cuối năm hạn ngày nào")],
    "vh-units": [("chat", "phòng chuyên môn Sở VH nộp báo cáo DVCQ 2023 khi nào vậy mn")],
    "vh-office": [("plain", "Bảng tự chấm điểm dân vận chính quyền năm 2023 gửi UBND tỉnh trước ngày nào?")],
    "vh-email": [("abbrev", "email nhận bc DVCQ năm 2023 của Sở VHTTDL")],
    "stp-6m": [("role", "Tôi ở Phòng Công chứng số 1 thì báo cáo 6 tháng nộp Sở Tư pháp trước ngày nào?")],
    "stp-year": [("chat", "bc năm 2025 của đơn vị gửi Sở Tư pháp hạn chót bữa nào vậy ạ")],
    "stp-office": [("plain", "Báo cáo dân chủ cơ sở năm 2025 của Sở Tư pháp gửi Sở Nội vụ hạn ngày nào?")],
    "stp-hotline": [("abbrev", "số đường dây nóng Thanh tra STP")],
    "stp-conf": [("chat", "hội nghị cán bộ công chức viên chức 2025 của đơn vị thuộc STP phải xong khi nào vậy")],
    "xa-6m": [("chat", "ad ơi, xã Phước Hòa nộp bc DVCQ 6 tháng cho Phòng Nội vụ huyện hạn ngày mấy")],
    "xa-year": [("role", "Em là công chức văn phòng xã Phước Hòa, báo cáo năm dân vận chính quyền gửi khi nào?")],
    "xa-reception": [("colloquial", "chủ tịch UB xã Phước Hòa tiếp công dân bữa nào trong tháng")],
    "gd-6m": [("abbrev", "trường THPT gửi bc 6 tháng thực hiện dân chủ cho Sở GD&ĐT hạn ngày mấy")],
    "gd-year": [("chat", "bc năm về dân chủ của trường gửi Sở Giáo dục khi nào vậy ạ")],
    "gd-score": [("plain", "Kết quả tự chấm điểm thực hiện dân chủ của Sở Giáo dục gửi Sở Nội vụ trước ngày nào?")],
    "gd-conf": [("colloquial", "hội nghị viên chức, người lao động năm học 2025-2026 của các trường trễ nhất ngày nào phải xong")],
    "gd-email": [("abbrev", "hộp thư nhận bc thực hiện dân chủ của Sở GDĐT")],
    "td-signer": [("abbrev", "KH QCDC 2023 của Tỉnh đoàn ai là người ký")],
    "vh-signer": [("abbrev", "KH DVCQ 2023 Sở VHTTDL ai ký")],
    "khcn-issued": [("abbrev", "KH QCDC 2022 của Sở KH&CN ngày ban hành")],
}
# issue #15, list and role answers: a channel asked for, a unit the plan covers as a group
MORE_DEV_PHRASINGS["gd-email"] += [("abbrev", "bc 6 tháng của trường THPT gửi bản điện tử qua mail nào"),
                                   ("chat", "báo cáo năm trường gửi Sở GD qua đâu vậy ạ, có hộp thư không")]
MORE_DEV_PHRASINGS["gd-6m"] += [("role", "Em ở Trường THPT Hướng Hóa, báo cáo 6 tháng gửi Sở Giáo dục trước ngày nào ạ?")]
MORE_DEV_PHRASINGS["xa-year"] += [("role", "Tôi là công chức Văn phòng - Thống kê xã Phước Hòa, báo cáo năm DVCQ nộp hạn nào?")]

# List and role questions written from the plan text (issue #15): (tag, documents, strings the
# answer must all hold, question). Every milestone with its date; a unit named by the plan
# only as a group ("Các trường ...", "Trưởng các thôn").
MORE_DEV_LISTS: list[tuple[str, list[str], list[str], str]] = [
    ("list", ["sgddt_quangtri_2025.txt"], ["31/3/2025", "5/6/2025", "30/9/2025", "10/11/2025", "25/11/2025"],
     "cả năm 2025 Sở GDĐT Quảng Trị có những mốc hạn nào, liệt kê giúp em"),
    ("list", ["stp_lamdong_2025.txt"], ["31/3/2025", "10/6/2025", "15/11/2025", "20/11/2025", "15/3"],
     "Kế hoạch 45/KH-STP có những mốc hạn nào?"),
    ("list", ["ubnd_xa_phuochoa_2025.txt"], ["15/4/2025", "15/6/2025", "30/6/2025", "20/11/2025", "5/12/2025"],
     "kế hoạch dân vận chính quyền 2025 của xã Phước Hòa có tất cả những mốc nào"),
    ("list", ["stp_lamdong_2025.txt"], ["15/3", "15/6", "15/9", "15/12"],
     "báo cáo hằng quý về dân chủ gửi Sở Tư pháp cả năm nộp mấy lần, những ngày nào"),
    ("role", ["stp_lamdong_2025.txt"], ["10/6/2025", "15/11/2025"],
     "Em ở Trung tâm Trợ giúp pháp lý nhà nước, cả năm phải nộp mấy lần báo cáo cho Sở Tư pháp, hạn nào?"),
    ("role", ["ubnd_xa_phuochoa_2025.txt"], ["20/11/2025"],
     "Tôi là trưởng thôn 3 xã Phước Hòa thì phải báo cáo gì, hạn nào?"),
    ("role", ["sgddt_quangtri_2025.txt"], ["5/6/2025", "10/11/2025"],
     "em ở trường THPT Đông Hà thì cả năm nộp Sở GDĐT mấy lần báo cáo dân chủ"),
    ("role", ["stp_lamdong_2025.txt"], ["Văn phòng Sở"],
     "Đơn vị nào chịu trách nhiệm tổng hợp báo cáo dân chủ năm 2025 của Sở Tư pháp gửi Sở Nội vụ?"),
    ("role", ["sgddt_quangtri_2025.txt"], ["Phòng Tổ chức cán bộ"],
     "ai là đơn vị thường trực thực hiện dân chủ của Sở Giáo dục Quảng Trị"),
    ("role", ["ubnd_xa_phuochoa_2025.txt"], ["Văn phòng - Thống kê"],
     "bộ phận nào thường trực kế hoạch dân vận chính quyền của xã Phước Hòa"),
]

MORE_DEV_OUT_OF_SCOPE: list[str] = [
    # pay, leave, allowances
    "Lương giáo viên THPT năm 2025 tăng bao nhiêu?",
    "phụ cấp công vụ cho công chức cấp xã là bao nhiêu phần trăm",
    "Chế độ nghỉ thai sản của viên chức nữ là mấy tháng?",
    "Công chức được nghỉ phép năm bao nhiêu ngày?",
    "cho em hỏi nghỉ phép năm chưa dùng hết có được cộng dồn không ạ",
    "he so luong chuyen vien chinh la bao nhieu",
    "Khi nào được nâng lương trước thời hạn?",
    # emulation and awards in general
    "Tiêu chuẩn danh hiệu Chiến sĩ thi đua cơ sở là gì?",
    "Hồ sơ đề nghị tặng Bằng khen của Thủ tướng gồm những gì?",
    "hạn nộp hồ sơ thi đua khen thưởng cuối năm của ngành y tế",
    "Lao động tiên tiến được thưởng bao nhiêu tiền?",
    # IT
    "Làm sao đổi mật khẩu email công vụ?",
    "phần mềm quản lý văn bản bị lỗi không đăng nhập được thì báo ai",
    "Cách ký số văn bản trên điện thoại?",
    "wifi phòng họp mật khẩu là gì vậy",
    "Hạn cập nhật hồ sơ cán bộ trên phần mềm quản lý cán bộ là khi nào?",
    # small talk, weather
    "hôm nay trời có mưa không",
    "chào bot, bạn khỏe không",
    "bạn tên là gì",
    "cảm ơn nhé",
    "Trưa nay ăn gì ngon?",
    "kể chuyện cười đi",
    "Mấy giờ rồi?",
    "Dự báo thời tiết tuần sau ở Quảng Trị",
    # agencies, plans and years the corpus does not hold
    "Kế hoạch QCDC năm 2024 của Sở Y tế Tây Ninh có những hạn nào?",
    "Sở Tài chính gửi báo cáo 6 tháng về quy chế dân chủ trước ngày nào?",
    "Báo cáo năm thực hiện dân chủ cơ sở của Sở Công Thương hạn chót khi nào?",
    "UBND huyện Tân Biên nộp báo cáo QCDC 6 tháng khi nào?",
    "Công an tỉnh báo cáo dân vận chính quyền cho ai?",
    "Ai ký kế hoạch QCDC của Sở Xây dựng năm 2024?",
    "bc 6 tháng DVCQ của huyện Dương Minh Châu nộp khi nào ạ",
    "Kế hoạch thực hiện dân chủ năm 2025 của Sở Tài nguyên và Môi trường có số hiệu là gì?",
    "Trường Đại học Tây Nguyên tổ chức hội nghị viên chức trước ngày nào?",
    "Bệnh viện đa khoa tỉnh gửi báo cáo QCDC năm về đâu?",
    "Kế hoạch QCDC năm 2026 của Sở Nông nghiệp có những mốc nào?",
    "Tỉnh đoàn gửi báo cáo QCDC năm 2025 cho Ban Dân vận trước ngày nào?",
    "ke hoach dan van chinh quyen nam 2021 cua so van hoa ai ky",
    # a report kind no plan sets
    "Báo cáo hằng tháng về QCDC của Sở Nông nghiệp nộp ngày nào?",
    "Báo cáo 9 tháng thực hiện dân chủ của xã Phước Hòa gửi trước ngày nào?",
    "báo cáo quý QCDC của Sở Văn hóa gửi khi nào",
    # other administrative topics
    "Thủ tục chuyển sinh hoạt Đảng gồm những gì?",
    "Hạn nộp bản kiểm điểm đảng viên cuối năm là ngày nào?",
    "Đánh giá xếp loại công chức cuối năm gồm mấy mức?",
    "Hồ sơ thanh toán công tác phí cần những giấy tờ gì?",
    "Mức chi tiếp khách của cơ quan nhà nước là bao nhiêu?",
    "Quy trình mua sắm tài sản công dưới 100 triệu thế nào?",
    "Báo cáo kết quả thực hành tiết kiệm chống lãng phí gửi Sở Tài chính trước ngày nào?",
    "hạn nộp báo cáo công tác phòng chống tham nhũng quý 1",
    "Báo cáo cải cách hành chính quý 3 gửi Sở Nội vụ khi nào?",
    "lịch trực tết nguyên đán của cơ quan thế nào",
    "Đăng ký tham gia bảo hiểm y tế hộ gia đình ở đâu?",
    "Tiêu chí xã nông thôn mới nâng cao gồm những gì?",
    "Khi nào tổ chức Đại hội Đảng bộ tỉnh?",
    "Kế hoạch tổ chức Tết Trung thu cho thiếu nhi của Tỉnh đoàn?",
    "hạn chót quyết toán ngân sách năm 2024 của xã",
    "bao cao ket qua tuyen quan nam 2025 gui ai",
    "Thời gian làm việc mùa hè của cơ quan hành chính là mấy giờ?",
    "Học bổng cho sinh viên nghèo nộp hồ sơ ở đâu?",
    "Ai phụ trách công tác phòng cháy chữa cháy ở Sở Tư pháp?",
    "Sở Giáo dục và Đào tạo Quảng Trị có bao nhiêu phòng chuyên môn?",
    "em muốn đăng ký học lớp trung cấp lý luận chính trị thì làm sao",
    "Báo cáo thống kê số lượng CBCCVC 6 tháng gửi ai?",
    "hạn nộp sáng kiến kinh nghiệm năm học 2025-2026",
    "Quy định về trang phục công sở là gì?",
    "Hội nghị tổng kết công tác đoàn năm 2023 tổ chức ở đâu?",
    "Giá cước internet cáp quang cho cơ quan bao nhiêu?",
    "ok",
    "alo",
]
