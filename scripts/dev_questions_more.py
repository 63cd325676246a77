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

# Third round (issue #15, item 2), written from the plans' text before any was run: the
# near-topic questions a plan does not answer (a year it does not cover, a unit or agency
# it does not name, a report kind it does not set, a cited document's content, amounts and
# places it does not give), personal and chat messages, and answerable questions in the
# same chat style so the pool stays balanced. Appended after the rounds above (their ids
# do not move).
MORE_DEV_PHRASINGS_3: dict[str, list[tuple[str, str]]] = {
    "stp-6m": [("chat", "cho em hỏi trung tâm trợ giúp pháp lý bên STP Lâm Đồng nộp bc 6 tháng trễ nhất ngày nào ạ")],
    "stp-quarter": [("chat", "phòng công chứng số 1 báo cáo hằng quý cho Sở hạn nào vậy mn")],
    "stp-conf": [("colloquial", "hội nghị công chức viên chức của các đơn vị thuộc Sở Tư pháp năm 2025 hồi nào phải xong")],
    "stp-hotline": [("chat", "muốn phản ánh với thanh tra Sở Tư pháp Lâm Đồng thì gọi số nào ạ")],
    "gd-conf": [("chat", "trường THPT tổ chức hội nghị viên chức năm học 2025-2026 trước ngày mấy vậy ad")],
    "gd-score": [("chat", "phòng TCCB Sở GD Quảng Trị gửi kết quả chấm điểm dân chủ cho SNV khi nào vậy")],
    "gd-6m": [("role", "Em ở trường THPT thuộc Sở GD&ĐT Quảng Trị, báo cáo 6 tháng về dân chủ gửi trước ngày nào?")],
    "gd-inspect": [("chat", "thanh tra Sở GD kiểm tra việc công khai ở các trường vào lúc nào vậy")],
    "xa-dialogue": [("colloquial", "xã Phước Hòa đối thoại với Nhân dân trễ nhất bữa nào")],
    "xa-model": [("chat", "thôn muốn đăng ký mô hình dân vận khéo với xã Phước Hòa thì hạn chót ngày mấy vậy ạ")],
    "xa-hamlet": [("chat", "trưởng thôn báo cáo kết quả mô hình dân vận khéo về UB xã trước ngày nào vậy")],
    "xa-year": [("chat", "bc năm DVCQ của UB xã Phước Hòa deadline khi nào ạ")],
    "snn-via": [("chat", "báo cáo QCDC bên Sở Nông nghiệp nộp qua bộ phận nào vậy mn")],
    "tp-standing": [("chat", "ad ơi ở TP Tây Ninh cơ quan nào thường trực theo dõi QCDC vậy")],
    "khcn-lead": [("chat", "kế hoạch QCDC 2022 của Sở KH&CN giao đơn vị nào chủ trì vậy ạ")],
    "vh-inspect": [("abbrev", "Sở VHTTDL giao ai chủ trì kiểm tra giám sát DVCQ")],
    "td-report": [("chat", "văn phòng Tỉnh đoàn gửi bc QCDC 6 tháng về đâu vậy ạ")],
    "td-office": [("abbrev", "bộ phận thường trực KH QCDC ở cơ quan Tỉnh đoàn")],
}

MORE_DEV_OUT_OF_SCOPE_3: list[str] = [
    # a report kind or a unit the plan does not set or name
    "Báo cáo 9 tháng của Trung tâm Trợ giúp pháp lý gửi Sở Tư pháp trước ngày nào?",
    "Phòng Công chứng số 2 gửi báo cáo 6 tháng cho Sở Tư pháp khi nào?",
    "xã Phước Hòa báo cáo quý về dân vận chính quyền hạn ngày mấy",
    "Sở KH&CN gửi báo cáo tháng về QCDC trước ngày nào?",
    "Báo cáo hằng tháng về quy chế dân chủ của Tỉnh đoàn nộp ngày nào?",
    "Trường THCS gửi báo cáo 6 tháng thực hiện dân chủ cho Phòng Giáo dục huyện trước ngày nào?",
    "Sở Giáo dục Quảng Trị nộp báo cáo dân chủ cho Bộ Giáo dục và Đào tạo khi nào?",
    "Xã Phước Thuận tổ chức hội nghị đối thoại với Nhân dân trước ngày nào?",
    # a year no plan of that agency covers
    "Sở Tư pháp Lâm Đồng báo cáo dân chủ cơ sở năm 2024 cho Sở Nội vụ trước ngày nào?",
    "Kế hoạch thực hiện dân chủ năm 2026 của Sở Giáo dục và Đào tạo Quảng Trị có những mốc nào?",
    "Sở Nông nghiệp Tây Ninh gửi báo cáo QCDC năm 2025 trước ngày nào?",
    "Kế hoạch dân vận chính quyền năm 2024 của Sở Văn hóa Tây Ninh có những hạn nào?",
    # a cited document's content
    "Thông tư 11/2020/TT-BGDĐT quy định cơ sở giáo dục công khai những nội dung gì?",
    "Nghị định 30/2020/NĐ-CP quy định phông chữ của văn bản hành chính là gì?",
    "Nghị định 61/2023/NĐ-CP quy định hương ước được sửa đổi mấy năm một lần?",
    "Kế hoạch 27/KH-UBND của huyện Tuy Phước có những nội dung gì?",
    "Kế hoạch 210/KH-UBND giai đoạn 2023-2025 của tỉnh Lâm Đồng có mấy mục tiêu?",
    # amounts, places and names the plans do not give
    "Mô hình Dân vận khéo của thôn được thưởng bao nhiêu tiền?",
    "Kinh phí tổ chức hội nghị công chức, viên chức của Sở Tư pháp là bao nhiêu?",
    "Xã Phước Hòa có bao nhiêu mô hình Dân vận khéo được công nhận năm 2025?",
    "UBND thành phố Tây Ninh khen thưởng những đơn vị nào thực hiện tốt QCDC năm 2024?",
    "Công đoàn ngành Giáo dục Quảng Trị thu đoàn phí mức bao nhiêu?",
    "Sở Tư pháp tổ chức Ngày Pháp luật năm 2025 ở hội trường nào?",
    # pay, leave and personal questions, typed as chat
    "ad ơi tháng này lương về chưa ạ",
    "cho em hỏi nghỉ ốm mấy ngày thì phải có giấy của bệnh viện",
    "mình muốn chuyển công tác sang huyện khác thì làm hồ sơ gì",
    "viên chức nghỉ hưu trước tuổi được trợ cấp bao nhiêu",
    "tiền thưởng tết năm nay bên Sở có không mn",
    "đi học thạc sĩ có được cơ quan hỗ trợ học phí không ạ",
    "hạn nộp phiếu đánh giá xếp loại viên chức cuối năm là khi nào vậy",
    # small talk in a group chat
    "hello bot",
    "bot ơi bạn làm được những gì",
    "chúc mọi người cuối tuần vui vẻ",
    "ok cảm ơn ad nhiều ạ",
    "chiều nay có họp không mn",
    "ai trực văn phòng chiều nay vậy",
    "test",
]

CD, TT = "cdktkt_thainguyen_2025.pdf", "ttyt_yenthanh_2026.docx"


def _v2(tag: str, question: str, documents: list[str] | None = None, contains: list[str] | None = None) -> dict:
    found = documents is not None
    return {"tag": tag if found else "oos", "fact": "v2more", "question": question, "documents": documents or [],
            "answer_contains": contains, "expect_found": found}


#: Dev-only questions about the v2dev plans (benchmarks/plans_v2/, never the v2test plans),
#: asked over the v2 corpus by scripts/fit_decision.py; rows in the question-set format.
MORE_V2_QUESTIONS: list[dict] = [
    _v2("chat", "cho em hỏi hội nghị CBVC năm 2025 bên trường CĐ KTKT Thái Nguyên phải xong trước ngày mấy ạ", [CD], ["28/2/2025"]),
    _v2("role", "Em ở khoa Kế toán trường Cao đẳng KT-KT Thái Nguyên, báo cáo 6 tháng nộp hạn nào?", [CD], ["8/6/2025"]),
    _v2("colloquial", "báo cáo cuối năm của các phòng, khoa trường CĐ Kinh tế Kỹ thuật Thái Nguyên trễ nhất bữa nào", [CD], ["14/11/2025"]),
    _v2("plain", "Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên gửi báo cáo kết quả thực hiện dân chủ năm 2025 cho UBND tỉnh trước ngày nào?", [CD], ["24/11/2025"]),
    _v2("chat", "báo cáo quý của các khoa trường CĐ KTKT Thái Nguyên nộp lúc nào vậy", [CD], ["20 của tháng cuối quý"]),
    _v2("abbrev", "email nhận bc thực hiện dân chủ của Phòng TCHC trường CĐ KTKT Thái Nguyên", [CD], ["tchc@cdktkt-thainguyen.edu.vn"]),
    _v2("chat", "Phòng Đào tạo trường CĐ KTKT Thái Nguyên công khai học phí năm học 2025-2026 trước ngày nào vậy", [CD], ["15/8/2025"]),
    _v2("plain", "Ai ký Kế hoạch thực hiện dân chủ năm 2025 của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên?", [CD], ["Lương Văn Định"]),
    _v2("chat", "hiệu trưởng trường CĐ KTKT Thái Nguyên đối thoại với sinh viên vào tháng mấy vậy mn", [CD], ["tháng 4/2025", "tháng 11/2025"]),
    _v2("abbrev", "KH 58/KH-CĐKTKT ban hành ngày nào", [CD], ["14/1/2025"]),
    _v2("chat", "TTYT Yên Thành gửi bc 6 tháng về Sở Y tế hạn ngày mấy ạ", [TT], ["18/6/2026"]),
    _v2("role", "Em ở khoa Nhi Trung tâm Y tế Yên Thành, báo cáo năm nộp trước ngày nào?", [TT], ["16/11/2026"]),
    _v2("colloquial", "báo cáo nửa năm của các khoa, phòng TTYT Yên Thành trễ nhất hôm nào", [TT], ["12/6/2026"]),
    _v2("plain", "Trạm Y tế xã báo cáo tình hình tiếp nhận phản ánh của người dân về Trung tâm Y tế Yên Thành trước ngày nào hằng tháng?", [TT], ["25 hằng tháng"]),
    _v2("chat", "hotline của TTYT Yên Thành số mấy vậy", [TT], ["0238.3862.115"]),
    _v2("abbrev", "Ban TTND TTYT Yên Thành kiểm tra các trạm y tế xã vào tháng mấy", [TT], ["10/2026"]),
    _v2("chat", "khảo sát hài lòng người bệnh ở TTYT Yên Thành gửi kết quả về Sở Y tế khi nào vậy ạ", [TT], ["tháng đầu quý sau"]),
    _v2("plain", "Ai ký Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của Trung tâm Y tế khu vực Yên Thành?", [TT], ["Phan Đình Khải"]),
    _v2("colloquial", "đối thoại giữa giám đốc TTYT Yên Thành với viên chức hồi nào", [TT], ["quý III/2026", "quý III"]),
    _v2("plain", "Trung tâm Y tế khu vực Yên Thành công khai dự toán thu, chi năm 2026 vào thời gian nào?", [TT], ["quý I/2026", "quý I"]),
    # out of scope: near the two plans, not answered by them
    _v2("oos", "Báo cáo 9 tháng của các khoa trường CĐ KTKT Thái Nguyên nộp khi nào?"),
    _v2("oos", "Hội nghị CBVC năm 2024 của trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên tổ chức trước ngày nào?"),
    _v2("oos", "Trung tâm Y tế Yên Thành gửi báo cáo năm 2025 cho Sở Y tế trước ngày nào?"),
    _v2("oos", "Kế hoạch thực hiện dân chủ năm 2026 của trường CĐ KTKT Thái Nguyên có những hạn nào?"),
    _v2("oos", "Sở Y tế Nghệ An gửi báo cáo dân chủ cơ sở cho Bộ Y tế trước ngày nào?"),
    _v2("oos", "Trường Cao đẳng Y tế Thái Nguyên tổ chức hội nghị viên chức khi nào?"),
    _v2("oos", "Bệnh viện Hữu nghị đa khoa Nghệ An báo cáo 6 tháng QCDC khi nào?"),
    _v2("oos", "Trung tâm Y tế huyện Diễn Châu nộp báo cáo năm thực hiện dân chủ trước ngày nào?"),
    _v2("oos", "Học phí năm học 2025-2026 của trường CĐ KTKT Thái Nguyên là bao nhiêu một tín chỉ?"),
    _v2("oos", "Trường CĐ KTKT Thái Nguyên tuyển sinh bao nhiêu chỉ tiêu năm 2025?"),
    _v2("oos", "Mức học bổng khuyến khích học tập của sinh viên trường CĐ Kinh tế Kỹ thuật Thái Nguyên là bao nhiêu?"),
    _v2("oos", "giá khám bệnh BHYT ở TTYT Yên Thành bao nhiêu tiền vậy"),
    _v2("oos", "Lịch trực cấp cứu dịp tết của Trung tâm Y tế Yên Thành thế nào?"),
    _v2("oos", "Trung tâm Y tế khu vực Yên Thành có bao nhiêu giường bệnh?"),
    _v2("oos", "Kế hoạch 52/KH-SYT của Sở Y tế có những mốc báo cáo nào?"),
    _v2("oos", "Quyết định 412/QĐ-CĐKTKT quy định những gì?"),
    _v2("oos", "Nghị định 59/2023/NĐ-CP quy định hội nghị cử tri như thế nào?"),
    _v2("oos", "Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày nào?"),
    _v2("oos", "Công đoàn trường CĐ KTKT Thái Nguyên thu đoàn phí bao nhiêu?"),
    _v2("oos", "sinh viên muốn phúc khảo điểm thi thì làm đơn gửi phòng nào ạ"),
    _v2("oos", "Điều dưỡng TTYT Yên Thành được phụ cấp trực đêm bao nhiêu?"),
    _v2("oos", "em muốn xin nghỉ phép ở Trung tâm Y tế thì gửi đơn cho ai ạ"),
    _v2("oos", "Hạn nộp hồ sơ xét tuyển viên chức Trung tâm Y tế Yên Thành năm 2026?"),
    _v2("oos", "Trạm Y tế xã báo cáo tiêm chủng mở rộng hằng tháng trước ngày nào?"),
    _v2("oos", "Đoàn Thanh niên trường CĐ KTKT Thái Nguyên tổ chức chiến dịch mùa hè xanh khi nào?"),
    _v2("oos", "Kết quả khảo sát hài lòng người bệnh quý I/2026 của TTYT Yên Thành đạt bao nhiêu phần trăm?"),
    _v2("oos", "ký túc xá trường CĐ KTKT Thái Nguyên giá bao nhiêu một tháng"),
]

# Issue #15, answers on unseen plans (written before the fixes): which duty or passage a
# question wants. (tag, documents, strings the answer must all hold, question). Four kinds:
# the plan's own event vs. its sub-units' events; a cited document, a period or a figure the
# text states (a passage, not a duty); a unit asking what it must do; a named deliverable
# among several duties of the same rhythm.
MORE_DEV_RANK: list[tuple[str, list[str], list[str], str]] = [
    # the plan's own event, the sub-units' event
    ("plain", ["stp_lamdong_2025.txt"], ["9/2025"],
     "Giám đốc Sở Tư pháp Lâm Đồng tổ chức đối thoại với công chức, viên chức vào thời gian nào?"),
    ("chat", ["stp_lamdong_2025.txt"], ["31/3/2025"],
     "các đơn vị thuộc Sở Tư pháp tổ chức hội nghị cán bộ công chức viên chức hạn chót ngày nào vậy"),
    ("plain", ["ubnd_xa_phuochoa_2025.txt"], ["30/6/2025"],
     "UBND xã Phước Hòa tổ chức hội nghị đối thoại với Nhân dân năm 2025 xong trước ngày nào?"),
    ("colloquial", ["ubnd_xa_phuochoa_2025.txt"], ["30/6/2025"],
     "chủ tịch xã Phước Hòa đối thoại với dân trễ nhất bữa nào"),
    ("plain", ["sgddt_quangtri_2025.txt"], ["30/9/2025"],
     "Các cơ sở giáo dục trực thuộc Sở GDĐT Quảng Trị tổ chức hội nghị viên chức, người lao động trước ngày nào?"),
    # a cited document, a period, a figure: the passage that says it
    ("plain", ["000_dba3e34fd191b3d8.txt"], ["403/QĐ-SNN"],
     "Quy chế thực hiện dân chủ trong hoạt động của Sở Nông nghiệp và PTNT ban hành kèm theo quyết định nào?"),
    ("plain", ["003_35e899f94de57b09.txt"], ["171/QĐ-KHCN"],
     "Quy chế thực hiện dân chủ trong hoạt động của Sở Khoa học và Công nghệ được ban hành theo quyết định số mấy?"),
    ("plain", ["004_8f22e1142d4e47e2.txt"], ["765/KH-UBND"],
     "Kế hoạch dân vận chính quyền 2023 của Sở Văn hóa, Thể thao và Du lịch thực hiện theo kế hoạch nào của UBND tỉnh?"),
    ("plain", ["stp_lamdong_2025.txt"], ["210/KH-UBND"],
     "Kế hoạch dân chủ năm 2025 của Sở Tư pháp Lâm Đồng thực hiện theo kế hoạch số mấy của UBND tỉnh?"),
    ("plain", ["stp_lamdong_2025.txt"], ["2023-2025"],
     "Kế hoạch của UBND tỉnh về thực hiện dân chủ ở cơ sở mà Sở Tư pháp Lâm Đồng thực hiện thuộc giai đoạn nào?"),
    ("abbrev", ["ubnd_xa_phuochoa_2025.txt"], ["27/KH-UBND"],
     "KH DVCQ 2025 xã Phước Hòa thực hiện theo kế hoạch nào của UBND huyện"),
    ("plain", ["sgddt_quangtri_2025.txt"], ["11/2020/TT-BGDĐT"],
     "Kế hoạch dân chủ 2025 của Sở GDĐT Quảng Trị căn cứ thông tư nào hướng dẫn thực hiện dân chủ trong cơ sở giáo dục công lập?"),
    ("plain", ["000_dba3e34fd191b3d8.txt"], ["2021 - 2030"],
     "Chương trình tổng thể cải cách hành chính nhà nước trong kế hoạch QCDC của Sở Nông nghiệp thuộc giai đoạn nào?"),
    # a unit asking what it must do
    ("role", ["stp_lamdong_2025.txt"], ["02 đơn vị"],
     "Tôi ở Thanh tra Sở Tư pháp thì phải làm gì trong kế hoạch dân chủ 2025?"),
    ("role", ["stp_lamdong_2025.txt"], ["Ngày Pháp luật"],
     "em ở Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp thì phải làm gì ạ"),
    ("role", ["ubnd_xa_phuochoa_2025.txt"], ["truyền thanh"],
     "Tôi là công chức Văn hóa - Xã hội xã Phước Hòa thì phải làm gì trong kế hoạch dân vận chính quyền?"),
    ("role", ["sgddt_quangtri_2025.txt"], ["quý IV/2025"],
     "em ở Thanh tra Sở Giáo dục Quảng Trị thì phải làm gì trong kế hoạch dân chủ 2025"),
    # a named deliverable among duties of the same rhythm or unit
    ("plain", ["ubnd_xa_phuochoa_2025.txt"], ["15/4/2025"],
     "Các thôn đăng ký mô hình Dân vận khéo với UBND xã Phước Hòa trước ngày nào?"),
    ("plain", ["ubnd_xa_phuochoa_2025.txt"], ["20/11/2025"],
     "Trưởng thôn báo cáo kết quả thực hiện mô hình Dân vận khéo về UBND xã Phước Hòa trước ngày nào?"),
    ("plain", ["sgddt_quangtri_2025.txt"], ["9/2025"],
     "Các trường công khai cam kết chất lượng giáo dục và thu chi tài chính trên trang thông tin điện tử trong thời gian nào?"),
]

# The same four kinds over the v2dev plans (written to benchmarks/questions_v2more.jsonl, asked
# with `--set v2dev`; they name no v2test plan, so the v2test half never changes).
MORE_V2DEV_RANK: list[tuple[str, list[str], list[str], str]] = [
    ("plain", ["ttyt_yenthanh_2026.docx"], ["20/3/2026"],
     "Trung tâm Y tế khu vực Yên Thành tổ chức Hội nghị viên chức, người lao động năm 2026 trước ngày nào?"),
    ("plain", ["ttyt_yenthanh_2026.docx"], ["quý III/2026"],
     "Giám đốc Trung tâm Y tế Yên Thành đối thoại với viên chức, người lao động vào thời gian nào?"),
    ("plain", ["cdktkt_thainguyen_2025.pdf"], ["28/2/2025"],
     "Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên tổ chức Hội nghị CBVC, NLĐ năm 2025 hạn chót khi nào?"),
    ("plain", ["cdktkt_thainguyen_2025.pdf"], ["4/2025", "11/2025"],
     "Hiệu trưởng Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên đối thoại với học sinh, sinh viên vào những tháng nào?"),
    ("plain", ["cdktkt_thainguyen_2025.pdf"], ["412/QĐ-CĐKTKT"],
     "Quy chế thực hiện dân chủ của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên ban hành kèm theo quyết định nào?"),
    ("plain", ["ttyt_yenthanh_2026.docx"], ["52/KH-SYT"],
     "Kế hoạch dân chủ 2026 của Trung tâm Y tế khu vực Yên Thành thực hiện theo kế hoạch số mấy của Sở Y tế?"),
    ("plain", ["ttyt_yenthanh_2026.docx"], ["thứ Hai"],
     "Ban Thanh tra nhân dân Trung tâm Y tế Yên Thành mở hòm thư góp ý vào lúc nào?"),
    ("role", ["ttyt_yenthanh_2026.docx"], ["25 hằng tháng"],
     "tôi ở Trạm Y tế xã thuộc Trung tâm Y tế Yên Thành thì phải làm gì"),
    ("role", ["cdktkt_thainguyen_2025.pdf"], ["10 ngày làm việc"],
     "em ở Phòng Công tác học sinh, sinh viên trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên thì phải làm gì"),
    ("plain", ["ttyt_yenthanh_2026.docx"], ["25 hằng tháng"],
     "Trạm Y tế xã báo cáo tình hình tiếp nhận phản ánh của người dân hằng tháng về Trung tâm Y tế Yên Thành trước ngày nào?"),
    ("plain", ["ttyt_yenthanh_2026.docx"], ["tháng đầu quý sau"],
     "Kết quả khảo sát sự hài lòng người bệnh của Trung tâm Y tế Yên Thành gửi Sở Y tế hạn nào?"),
    ("plain", ["cdktkt_thainguyen_2025.pdf"], ["15/8/2025"],
     "Phòng Đào tạo trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên công khai chuẩn đầu ra, mức học phí trên Cổng thông tin trước ngày nào?"),
    ("plain", ["cdktkt_thainguyen_2025.pdf"], ["20 của tháng cuối quý"],
     "Các khoa của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên gửi báo cáo dân chủ hằng quý trước ngày nào?"),
]

# Recall on named plans (issue #15, third round): questions that name a plan's agency with a
# date window, a compound abbreviation, an issuer name one word off the plan's (a renamed
# agency), or a window the named plan holds nothing in (an honest refusal, found false).
# (tag, today or None, documents, any of these strings, expect_found, question)
_SNN, _KHCN, _VH = "000_dba3e34fd191b3d8.txt", "003_35e899f94de57b09.txt", "004_8f22e1142d4e47e2.txt"
_STP, _XA, _GD = "stp_lamdong_2025.txt", "ubnd_xa_phuochoa_2025.txt", "sgddt_quangtri_2025.txt"
MORE_DEV_RECALL: list[tuple[str, str | None, list[str], list[str], bool, str]] = [
    ("window", None, [_STP], ["10/6/2025", "15/6/2025"], True,
     "quý II/2025 Sở Tư pháp Lâm Đồng có những việc gì phải hoàn thành?"),
    ("window", None, [_GD], ["10/11/2025", "25/11/2025"], True, "tháng 11/2025 Sở GDĐT Quảng Trị có hạn gì"),
    ("window", "2025-06-02", [_XA], ["15/6/2025", "30/6/2025"], True,
     "sắp tới xã Phước Hòa có việc gì đến hạn không"),
    ("window", None, [_SNN], ["20/5/2024"], True, "tháng 5/2024 Sở NN và PTNT Tây Ninh phải gửi gì?"),
    ("window", None, [_KHCN], ["10/11/2022", "10/12/2022"], True,
     "quý IV/2022 Sở Khoa học và Công nghệ Tây Ninh có những hạn nào"),
    ("window", "2025-11-03", [_GD], ["10/11/2025", "25/11/2025"], True,
     "tháng này Sở Giáo dục và Đào tạo Quảng Trị có lịch gì phải làm"),
    ("window", None, [_STP], [], False, "tháng 8/2025 Sở Tư pháp Lâm Đồng có hạn gì không"),
    ("window", None, [_SNN], [], False, "tháng 2/2024 Sở Nông nghiệp và PTNT có việc gì đến hạn"),
    ("abbrev", None, [_STP], ["31/3/2025"], True, "hội nghị CB-CC-VC năm 2025 của Sở Tư pháp tổ chức trước ngày nào"),
    ("abbrev", None, [_GD], ["30/9/2025"], True, "hội nghị VC-NLĐ của các trường thuộc Sở GD và ĐT hạn chót"),
    ("abbrev", None, [_GD], ["5/6/2025"], True, "Sở GD và ĐT Quảng Trị bc 6 tháng dân chủ hạn nào"),
    ("abbrev", None, [_KHCN], ["10/11/2022", "10/11"], True, "Sở KH và CN bc năm QCDC gửi trước ngày mấy"),
    ("colloquial", None, [_SNN], ["10/11/2024", "10/11"], True,
     "báo cáo cuối năm QCDC 2024 của Sở Nông nghiệp và Môi trường Tây Ninh nộp trễ nhất ngày nào"),
    ("plain", None, [_VH], ["1/11/2023"], True,
     "Sở Văn hóa và Thể thao Tây Ninh gửi báo cáo dân vận chính quyền năm 2023 cho UBND tỉnh chậm nhất ngày nào?"),
    ("chat", None, [_KHCN], ["10/11/2022", "10/11"], True,
     "bc năm QCDC bên Sở Khoa học Công nghệ và Đổi mới sáng tạo Tây Ninh nộp khi nào vậy ạ"),
]

# Issue #15, fourth round (written from the plans' text before running them): a deadline the
# plan states without a calendar date (counted from an event or a document's issue), a
# yes/no question ("có phải … không", chat forms "ko", "hông"), a unit covered only by a
# group duty ("các đơn vị trực thuộc"). (tag, documents, strings the answer must all hold,
# question); a yes/no answer opens with "Có —" or "Không —".
MORE_DEV_UNDATED: list[tuple[str, list[str], list[str], str]] = [
    ("plain", [_STP], ["05 ngày làm việc", "không có ngày cố định"],
     "Sở Tư pháp Lâm Đồng công khai dự toán và quyết toán ngân sách trên Trang thông tin điện tử chậm nhất khi nào?"),
    ("chat", [_STP], ["05 ngày làm việc"],
     "kế hoạch công tác năm của Sở Tư pháp đăng lên trang thông tin điện tử hạn mấy ngày vậy ạ"),
    ("chat", [_STP], ["Có —", "15 của tháng cuối quý"],
     "Trung tâm Trợ giúp pháp lý nhà nước của Sở Tư pháp Lâm Đồng có phải báo cáo quý không ạ"),
    ("chat", [_GD], ["Không —", "6 tháng"],
     "các trường THPT thuộc Sở GDĐT Quảng Trị có phải nộp báo cáo quý ko"),
    ("chat", [_GD], ["Có —", "tccb@quangtri.edu.vn"],
     "báo cáo 6 tháng của các trường thuộc Sở Giáo dục Quảng Trị có gửi qua email được không"),
    ("plain", [_STP], ["Có —", "20/11/2025"],
     "Văn phòng Sở Tư pháp Lâm Đồng có phải gửi báo cáo năm cho Sở Nội vụ không?"),
    ("chat", [_GD], ["Có —", "25/11/2025"],
     "Phòng Tổ chức cán bộ Sở GDĐT Quảng Trị có phải gửi kết quả tự chấm điểm cho Sở Nội vụ hông"),
    ("role", [_STP], ["31/3/2025"],
     "em ở Phòng Công chứng số 1 Sở Tư pháp Lâm Đồng, hội nghị cán bộ công chức viên chức của đơn vị phải xong trước ngày nào?"),
]

# The same over the v2dev plans (written to benchmarks/questions_v2more.jsonl after MORE_V2DEV_RANK).
MORE_V2DEV_UNDATED: list[tuple[str, list[str], list[str], str]] = [
    ("plain", [CD], ["10 ngày làm việc"],
     "Phòng Công tác học sinh, sinh viên trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên báo cáo Hiệu trưởng kết quả đối thoại trong thời hạn nào?"),
    ("chat", [TT], ["Có —", "05 của tháng đầu quý sau"],
     "TTYT Yên Thành có phải gửi kết quả khảo sát hài lòng người bệnh về Sở Y tế hằng quý không"),
    ("chat", [TT], ["Có —", "tchc.ttytyenthanh@nghean.gov.vn"],
     "các khoa TTYT Yên Thành gửi báo cáo qua email được không ạ"),
    ("role", [TT], ["12/6/2026"],
     "em ở khoa Dược Trung tâm Y tế Yên Thành thì báo cáo 6 tháng gửi trước ngày nào"),
]
