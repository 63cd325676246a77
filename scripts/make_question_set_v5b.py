#!/usr/bin/env python3
"""Write writer v5b's half of the blind set v5: benchmarks/questions_v5b.jsonl.

Questions about the three plans of scripts/plans_v5b_text.py (the .odt hospital plan and the .docx
inspection-centre plan are added with `qcdc add` during the run: their questions are `uploaded`),
about the shipped corpus (gold read by hand from corpus/), and out of scope. Dates in the gold are
written without leading zeros: the judge drops them from answers too.

    python scripts/make_question_set_v5b.py
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blindset.question_sets import write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "questions_v5b.jsonl"
H = "v5b_bvyhct_dienbien_2026.odt"      # uploaded
L = "v5b_xskt_langson_2026.pdf"
D = "v5b_ttdk_dongthap_2026.docx"       # uploaded
UPLOADED = {H, D}
NN, TD, TP, KH, VH = ("000_dba3e34fd191b3d8.txt", "001_8738c34ce01b9099.txt", "002_30e115d56b467f0f.txt",
                      "003_35e899f94de57b09.txt", "004_8f22e1142d4e47e2.txt")

# (tag, fact, question, gold document or "" / "oos-up" for out of scope, answer_contains, answer_all, today)
Q = [
    # ---- the hospital plan (.odt, uploaded)
    ("plain", "h-conf", "Bệnh viện Y học cổ truyền tỉnh Điện Biên phải tổ chức xong Hội nghị viên chức, người lao động năm 2026 trước ngày nào?", H, ["28/2"], None, None),
    ("chat", "h-conf", "ad ơi bv ycht điện biên hội nghị vc nld năm nay hạn chót bữa nào vậy ạ", H, ["28/2"], None, None),
    ("nodiac", "h-conf", "benh vien y hoc co truyen dien bien hoi nghi vien chuc nguoi lao dong to chuc truoc ngay nao", H, ["28/2"], None, None),
    ("role", "h-khoa-conf", "em ở khoa Châm cứu bên BV YHCT Điện Biên, khoa em phải họp hội nghị VC-NLĐ cấp khoa trước ngày mấy ạ?", H, ["10/2"], None, None),
    ("colloquial", "h-khoa-conf", "Mấy khoa phòng ở bệnh viện y học cổ truyền Điện Biên họp hội nghị người lao động của khoa chậm nhất hôm nào?", H, ["10/2"], None, None),
    ("plain", "h-6m", "Bệnh viện Y học cổ truyền tỉnh Điện Biên gửi báo cáo 6 tháng về thực hiện dân chủ ở cơ sở cho Sở Y tế trước ngày nào?", H, ["15/6"], None, None),
    ("abbrev", "h-6m", "BV YHCT ĐB nộp bc DCCS 6th cho SYT hạn ngày nào", H, ["15/6"], None, None),
    ("typo", "h-6m", "bệnh viên y hoc cổ truyên điện biên báo cáo sáu thang gửi sở y tê trươc ngay nào", H, ["15/6"], None, None),
    ("plain", "h-yr", "Báo cáo năm về dân chủ ở cơ sở của Bệnh viện Y học cổ truyền Điện Biên gửi Sở Y tế chậm nhất ngày nào?", H, ["20/11", "20 tháng 11"], None, None),
    ("chat", "h-yr", "cho em hỏi bc năm dân chủ cơ sở bên bv yhct điện biên deadline khi nào ạ", H, ["20/11", "20 tháng 11"], None, None),
    ("role", "h-khoa-6m", "Em làm ở phòng Điều dưỡng BV YHCT Điện Biên, báo cáo 6 tháng về dân chủ em nộp cho ai, trước ngày nào?", H, ["5/6"], ["tổ chức cán bộ"], None),
    ("nodiac", "h-khoa-6m", "cac khoa phong bv y hoc co truyen dien bien nop bao cao dan chu 6 thang va ca nam ve phong to chuc can bo han ngay nao", H, None, ["5/6", "5/11"], None),
    ("plain", "h-khoa-plan", "Các khoa, phòng của Bệnh viện Y học cổ truyền tỉnh Điện Biên gửi kế hoạch thực hiện dân chủ của đơn vị mình về đâu, trước ngày nào?", H, ["6/2"], ["tổ chức cán bộ"], None),
    ("plain", "h-hotline", "Số đường dây nóng của Bệnh viện Y học cổ truyền tỉnh Điện Biên là số nào?", H, ["0215.3826.115", "3826.115"], None, None),
    ("chat", "h-mail", "bv yhct điện biên có mail nào để góp ý k ad", H, ["gopy.bvyhct@dienbien.gov.vn"], None, None),
    ("colloquial", "h-homthu", "Hòm thư góp ý ở bệnh viện y học cổ truyền Điện Biên bao giờ thì được mở?", H, ["thứ sáu", "thứ 6"], None, None),
    ("plain", "h-quy", "Phòng Điều dưỡng Bệnh viện Y học cổ truyền Điện Biên báo cáo Giám đốc về phản ánh, kiến nghị của người bệnh vào thời điểm nào?", H, ["ngày 25"], None, None),
    ("chat", "h-adhoc", "bv yhct điện biên mà có sự cố y khoa thì khoa phải báo gđ trong bao lâu vậy", H, ["24 giờ"], None, None),
    ("plain", "h-dutoan", "Phòng Tài chính - Kế toán Bệnh viện Y học cổ truyền Điện Biên phải niêm yết công khai dự toán ngân sách năm 2026 trong thời hạn bao lâu?", H, ["5 ngày làm việc"], None, None),
    ("abbrev", "h-quyettoan", "Phòng TCKT BV YHCT ĐB công khai quyết toán 2025 trước ngày nào", H, ["30/4"], None, None),
    ("colloquial", "h-ttnd", "Ban thanh tra nhân dân bệnh viện y học cổ truyền Điện Biên báo cáo kết quả giám sát 6 tháng đầu năm khi nào?", H, ["30/6"], None, None),
    ("window", "h-win-jun", "Tháng này Bệnh viện Y học cổ truyền Điện Biên có những hạn báo cáo dân chủ nào?", H, None, ["5/6", "15/6"], "2026-06-01"),
    ("window", "h-win-feb", "tháng 2 này bv yhct điện biên có việc gì phải xong về dân chủ cơ sở k ạ", H, None, ["10/2", "28/2"], "2026-02-01"),
    ("list", "h-list", "Liệt kê các báo cáo dân chủ ở cơ sở mà Bệnh viện Y học cổ truyền tỉnh Điện Biên phải gửi Sở Y tế và thời hạn của từng báo cáo", H, None, ["15/6", "20/11"], None),
    ("plain", "h-recip", "Kế hoạch dân chủ năm 2026 của Bệnh viện Y học cổ truyền Điện Biên được gửi tới những nơi nào?", H, ["công đoàn ngành y tế"], None, None),
    ("oos", "h-oos-phi", "Bệnh viện Y học cổ truyền Điện Biên thu phí châm cứu bao nhiêu tiền một lần?", "oos-up", None, None, None),
    ("oos", "h-oos-tuyen", "bv yhct điện biên năm 2026 có tuyển điều dưỡng k ạ, lương bao nhiêu", "oos-up", None, None, None),
    ("oos", "h-oos-syt", "Sở Y tế Điện Biên phải gửi báo cáo dân chủ ở cơ sở 6 tháng lên UBND tỉnh trước ngày nào?", "oos-up", None, None, None),
    # ---- the lottery company plan (.pdf, indexed)
    ("plain", "l-qc", "Công ty Xổ số kiến thiết Lạng Sơn phải ban hành Quy chế dân chủ ở cơ sở tại nơi làm việc sửa đổi trước ngày nào?", L, ["15/3"], None, None),
    ("chat", "l-qc", "ad ơi bên xskt lạng sơn sửa quy chế dân chủ xong trước ngày mấy vậy", L, ["15/3"], None, None),
    ("plain", "l-hnnld", "Hội nghị người lao động năm 2026 của Công ty TNHH MTV Xổ số kiến thiết Lạng Sơn phải hoàn thành trước ngày nào?", L, ["31/3"], None, None),
    ("nodiac", "l-hnnld", "cong ty xo so kien thiet lang son to chuc hoi nghi nguoi lao dong han cuoi la ngay nao", L, ["31/3"], None, None),
    ("abbrev", "l-hnnld-ct", "Cty XSKT LS hội nghị NLĐ 2026 do phòng nào chủ trì", L, ["tổ chức - hành chính", "tchc"], None, None),
    ("plain", "l-6m", "Công ty Xổ số kiến thiết Lạng Sơn gửi báo cáo 6 tháng đầu năm về dân chủ ở cơ sở cho những cơ quan nào, hạn ngày nào?", L, ["20/6"], ["sở tài chính", "liên đoàn lao động"], None),
    ("chat", "l-6m", "cho em hỏi bc 6th bên xổ số lạng sơn hạn chót bữa nào ạ", L, ["20/6"], None, None),
    ("typo", "l-6m", "cong ty xổ sô kiến thiêt lang sơn bao cáo sáu tháng nôp trươc ngày nao", L, ["20/6"], None, None),
    ("plain", "l-yr-via", "Báo cáo tổng kết năm về thực hiện dân chủ của Công ty Xổ số kiến thiết Lạng Sơn gửi UBND tỉnh qua cơ quan nào?", L, ["sở tài chính"], None, None),
    ("colloquial", "l-yr", "Xổ số Lạng Sơn nộp báo cáo cả năm dân chủ cơ sở muộn nhất là hôm nào?", L, ["5/12"], None, None),
    ("abbrev", "l-yr", "XSKT Lạng Sơn bc năm QCDC gửi UBND tỉnh deadline?", L, ["5/12"], None, None),
    ("plain", "l-doithoai", "Đối thoại định kỳ tại nơi làm việc năm 2026 của Công ty Xổ số kiến thiết Lạng Sơn tổ chức vào thời gian nào?", L, ["9/2026", "tháng 9"], None, None),
    ("chat", "l-doithoai", "bên xs lạng sơn năm nay đối thoại với NLĐ tháng mấy vậy ad", L, ["9/2026", "tháng 9"], None, None),
    ("plain", "l-bctc", "Phòng nào của Công ty Xổ số kiến thiết Lạng Sơn chủ trì công khai báo cáo tài chính năm 2025, hạn khi nào?", L, ["30/4"], ["kế toán - tài vụ"], None),
    ("plain", "l-quy", "Phòng Kinh doanh - Phát hành Công ty Xổ số kiến thiết Lạng Sơn báo cáo Giám đốc về kiến nghị của đại lý vào thời điểm nào?", L, ["10 của tháng đầu quý", "10 tháng đầu quý"], None, None),
    ("role", "l-quy", "em ở phòng kinh doanh phát hành cty xskt lạng sơn, báo cáo quý tổng hợp kiến nghị đại lý thì nộp trước ngày mấy ạ", L, ["10 của tháng đầu quý", "10 tháng đầu quý"], None, None),
    ("colloquial", "l-adhoc", "Công ty xổ số Lạng Sơn mà có yêu cầu báo cáo đột xuất của tỉnh thì phải nộp trong bao lâu?", L, ["3 ngày làm việc"], None, None),
    ("plain", "l-kiemtra", "Ban Thanh tra nhân dân Công ty Xổ số kiến thiết Lạng Sơn kiểm tra việc thực hiện dân chủ tại các phòng vào thời gian nào?", L, ["quý iii", "quý 3"], None, None),
    ("chat", "l-phone", "muốn góp ý kế hoạch dân chủ của xskt lạng sơn thì gọi số nào ạ", L, ["0205.3870.668", "3870.668"], None, None),
    ("plain", "l-product", "Sản phẩm của nhiệm vụ sửa đổi Quy chế dân chủ ở cơ sở tại nơi làm việc ở Công ty Xổ số kiến thiết Lạng Sơn là gì?", L, ["quyết định ban hành quy chế"], None, None),
    ("window", "l-win-mar", "Trong tháng này Công ty Xổ số kiến thiết Lạng Sơn phải hoàn thành những việc gì về dân chủ ở cơ sở?", L, None, ["15/3", "31/3"], "2026-03-01"),
    ("window", "l-win-jun", "tháng này xskt lạng sơn có hạn báo cáo dân chủ nào k", L, ["20/6"], None, "2026-06-05"),
    ("list", "l-list", "Liệt kê các hạn báo cáo dân chủ ở cơ sở của Công ty Xổ số kiến thiết Lạng Sơn trong năm 2026", L, None, ["20/6", "5/12"], None),
    ("nodiac", "l-recip", "ke hoach dan chu cua cong ty xo so kien thiet lang son gui nhung noi nao", L, ["ban dân vận", "liên đoàn lao động"], None, None),
    ("oos", "l-oos-hoahong", "Công ty Xổ số kiến thiết Lạng Sơn trả hoa hồng cho đại lý bao nhiêu phần trăm?", "", None, None, None),
    ("oos", "l-oos-kq", "kết quả xổ số kiến thiết Lạng Sơn hôm qua giải đặc biệt số mấy", "", None, None, None),
    ("oos", "l-oos-luong", "cty xskt lạng sơn lương tháng 13 trả khi nào vậy ad", "", None, None, None),
    # ---- the inspection-centre plan (.docx, uploaded)
    ("plain", "d-conf", "Trung tâm Đăng kiểm xe cơ giới Đồng Tháp tổ chức Hội nghị viên chức, người lao động năm 2026 vào ngày nào?", D, ["6/3"], None, None),
    ("chat", "d-conf", "ad ơi hội nghị vc nld bên đăng kiểm đồng tháp họp bữa nào vậy ạ", D, ["6/3"], None, None),
    ("nodiac", "d-conf", "trung tam dang kiem dong thap hoi nghi vien chuc nguoi lao dong ngay nao", D, ["6/3"], None, None),
    ("role", "d-tram-conf", "Em làm ở Trạm Đăng kiểm số 2 Sa Đéc, trạm em phải họp hội nghị cấp trạm trước ngày nào ạ?", D, ["27/2"], None, None),
    ("colloquial", "d-tram-conf", "Các trạm đăng kiểm ở Đồng Tháp tổ chức hội nghị cấp trạm hạn chót khi nào?", D, ["27/2"], None, None),
    ("plain", "d-6m", "Trung tâm Đăng kiểm xe cơ giới Đồng Tháp gửi báo cáo 6 tháng về dân chủ ở cơ sở cho Sở Xây dựng trước ngày nào?", D, ["10/6"], None, None),
    ("abbrev", "d-6m", "TTĐK Đồng Tháp nộp bc DCCS 6 tháng cho SXD hạn ngày mấy", D, ["10/6"], None, None),
    ("typo", "d-6m", "trung tam đăng kiêm đồng thap báo cao 6 thang nộp trươc ngay nao", D, ["10/6"], None, None),
    ("plain", "d-yr", "Báo cáo năm về thực hiện dân chủ ở cơ sở của Trung tâm Đăng kiểm xe cơ giới Đồng Tháp phải gửi trước ngày nào?", D, ["25/11"], None, None),
    ("chat", "d-yr", "bc năm dân chủ cơ sở của đăng kiểm đồng tháp deadline khi nào v ad", D, ["25/11"], None, None),
    ("plain", "d-via", "Báo cáo dân chủ ở cơ sở của Trung tâm Đăng kiểm xe cơ giới Đồng Tháp gửi Sở Xây dựng qua đơn vị nào?", D, ["văn phòng sở"], None, None),
    ("role", "d-unit-6m", "em ở phòng Kỹ thuật - Kiểm định trung tâm đăng kiểm Đồng Tháp, báo cáo 6 tháng nộp cho ai, trước ngày nào?", D, ["3/6"], ["hành chính - tổng hợp"], None),
    ("list", "d-unit-6m", "Các trạm đăng kiểm Đồng Tháp phải nộp báo cáo 6 tháng và báo cáo năm về Phòng Hành chính - Tổng hợp vào những ngày nào?", D, None, ["3/6", "15/11"], None),
    ("chat", "d-quy", "trạm đk đồng tháp báo cáo quý về công khai giá dịch vụ hạn ngày mấy trong tháng ạ", D, ["20 của tháng cuối quý"], None, None),
    ("plain", "d-tiepdan", "Giám đốc Trung tâm Đăng kiểm xe cơ giới Đồng Tháp tiếp viên chức và người dân vào ngày nào trong tháng?", D, ["thứ tư", "thứ 4"], None, None),
    ("colloquial", "d-tiepdan", "Muốn gặp giám đốc đăng kiểm Đồng Tháp để phản ánh thì đi hôm nào?", D, ["thứ tư", "thứ 4"], None, None),
    ("plain", "d-traloi", "Phản ánh gửi Trung tâm Đăng kiểm xe cơ giới Đồng Tháp được trả lời trong thời hạn bao lâu?", D, ["7 ngày làm việc"], None, None),
    ("chat", "d-hotline", "đường dây nóng đăng kiểm đồng tháp số mấy ad", D, ["0277.3851.246", "3851.246"], None, None),
    ("nodiac", "d-adhoc", "trung tam dang kiem dong thap co vu viec khieu nai dong nguoi thi bao cao so xay dung trong bao lau", D, ["24 giờ"], None, None),
    ("abbrev", "d-kiemtra", "Ban TTND TTĐK Đồng Tháp kiểm tra các trạm lúc nào", D, ["quý iii", "quý 3"], None, None),
    ("plain", "d-khenthuong", "Hồ sơ đề nghị khen thưởng về thực hiện dân chủ của Trung tâm Đăng kiểm Đồng Tháp nộp trước ngày nào?", D, ["15/12"], None, None),
    ("window", "d-win-nov", "Tháng này Trung tâm Đăng kiểm xe cơ giới Đồng Tháp có hạn báo cáo dân chủ nào?", D, None, ["15/11", "25/11"], "2026-11-02"),
    ("list", "d-list", "Liệt kê các hạn báo cáo dân chủ ở cơ sở mà Trung tâm Đăng kiểm Đồng Tháp phải gửi Sở Xây dựng", D, None, ["10/6", "25/11"], None),
    ("colloquial", "d-cc", "Báo cáo dân chủ của trung tâm đăng kiểm Đồng Tháp ngoài Sở Xây dựng còn phải gửi thêm ai nữa?", D, ["công đoàn sở xây dựng"], None, None),
    ("oos", "d-oos-gia", "Giá đăng kiểm xe ô tô 7 chỗ tại Trung tâm Đăng kiểm Đồng Tháp là bao nhiêu?", "oos-up", None, None, None),
    ("oos", "d-oos-gio", "trạm đăng kiểm Cao Lãnh có làm việc thứ bảy chủ nhật ko ạ", "oos-up", None, None, None),
    ("oos", "d-oos-sxd", "Sở Xây dựng Đồng Tháp có bao nhiêu phòng chuyên môn?", "oos-up", None, None, None),
    # ---- the shipped corpus
    ("plain", "c-nn-kh", "Các cơ quan, đơn vị trực thuộc Sở Nông nghiệp và PTNT Tây Ninh gửi kế hoạch thực hiện QCDC năm 2024 về Sở trước ngày nào?", NN, ["22/3/2024"], None, None),
    ("chat", "c-nn-kh", "cho e hỏi đơn vị thuộc sở nn tây ninh nộp kế hoạch qcdc 2024 hạn chót bữa nào ạ", NN, ["22/3/2024"], None, None),
    ("nodiac", "c-nn-via", "don vi truc thuoc so nong nghiep tay ninh gui ke hoach quy che dan chu 2024 qua dau", NN, ["văn phòng sở"], None, None),
    ("plain", "c-tp-6m", "Các xã, phường thuộc thành phố Tây Ninh gửi báo cáo 6 tháng thực hiện quy chế dân chủ năm 2024 trước ngày nào?", TP, ["20/5/2024"], None, None),
    ("abbrev", "c-tp-yr", "TP Tây Ninh bc năm QCDC 2024 hạn?", TP, ["30/10/2024"], None, None),
    ("colloquial", "c-tp-kh", "Cơ quan ở thành phố Tây Ninh nộp kế hoạch thực hiện dân chủ năm 2024 cho phòng nào, muộn nhất ngày nào?", TP, ["31/3/2024"], ["phòng nội vụ"], None),
    ("list", "c-tp-list", "Liệt kê các hạn báo cáo QCDC năm 2024 của các đơn vị thuộc thành phố Tây Ninh", TP, None, ["20/5/2024", "30/10/2024"], None),
    ("window", "c-tp-win", "tháng này các đơn vị thuộc thành phố Tây Ninh có hạn báo cáo QCDC nào không?", TP, ["20/5/2024"], None, "2024-05-02"),
    ("plain", "c-kh-6m", "Chi cục Tiêu chuẩn Đo lường Chất lượng Tây Ninh báo cáo kết quả thực hiện QCDC 6 tháng về Sở KH&CN trước ngày nào?", KH, ["5/6"], None, None),
    ("role", "c-kh-yr", "em ở Trung tâm Khoa học và Công nghệ thuộc Sở KHCN Tây Ninh, báo cáo QCDC cả năm nộp trước ngày mấy?", KH, ["10/11"], None, None),
    ("typo", "c-kh-thidua", "sở khoa hoc công nghê tây ninh gửi kết qua thi đua qcdc cho liên đoàn lao đông tỉnh trươc ngay nào", KH, ["10/12"], None, None),
    ("chat", "c-kh-bcd", "sở kh&cn tây ninh bc qcdc gửi BCĐ tỉnh qua những đâu vậy ạ", KH, ["ban dân vận", "liên đoàn lao động"], None, None),
    ("abbrev", "c-vh-yr", "Hạn cuối nộp bc dân vận chính quyền 2023 kèm tự chấm điểm của Sở VHTTDL TN là ngày nào?", VH, ["1/11/2023"], None, None),
    ("nodiac", "c-vh-via", "so van hoa the thao du lich tay ninh bao cao dan van chinh quyen 2023 gui ubnd tinh qua so nao", VH, ["sở nội vụ"], None, None),
    ("plain", "c-td-bc", "Theo kế hoạch thực hiện quy chế dân chủ cơ sở tại cơ quan Tỉnh đoàn năm 2023, Văn phòng tham mưu báo cáo sơ kết 6 tháng và năm gửi cơ quan nào?", TD, ["ban dân vận"], None, None),
    ("chat", "c-td-long", "huyện đoàn báo cáo qcdc theo kế hoạch của tỉnh đoàn 2023 thì lồng vào báo cáo nào vậy ad", TD, ["công tác đoàn"], None, None),
    # ---- out of scope, asked before the uploads
    ("oos", "o-gplx", "Thủ tục cấp đổi giấy phép lái xe quá hạn cần những giấy tờ gì?", "", None, None, None),
    ("oos", "o-hocphi", "Học phí trường THPT công lập ở Tây Ninh năm học 2025-2026 là bao nhiêu?", "", None, None, None),
    ("oos", "o-luong", "Mức lương cơ sở áp dụng từ tháng 7/2026 là bao nhiêu?", "", None, None, None),
    ("oos", "o-kethon", "ad ơi cho e hỏi thủ tục đăng ký kết hôn ở xã cần giấy tờ gì ạ", "", None, None, None),
    ("oos", "o-muongthanh", "UBND phường Mường Thanh nộp báo cáo thực hiện dân chủ ở cơ sở 6 tháng năm 2026 trước ngày nào?", "", None, None, None),
    ("oos", "o-dongdang", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn gửi báo cáo dân chủ cơ sở 6 tháng trước ngày nào?", "", None, None, None),
    ("oos", "o-mamnon", "trường mầm non Hoa Sen ở Hải Phòng họp hội nghị viên chức năm 2026 ngày nào v ạ", "", None, None, None),
    ("oos", "o-nn-lua", "Sở Nông nghiệp và PTNT Tây Ninh năm 2024 được giao bao nhiêu héc-ta đất trồng lúa?", "", None, None, None),
    ("oos", "o-tp-hongheo", "Thành phố Tây Ninh năm 2024 còn bao nhiêu hộ nghèo?", "", None, None, None),
    ("oos", "o-td-daihoi", "tỉnh đoàn tây ninh tổ chức đại hội đoàn nhiệm kỳ mới vào tháng mấy", "", None, None, None),
    ("oos", "o-phat", "Xe ô tô quá hạn đăng kiểm bị phạt bao nhiêu tiền?", "", None, None, None),
    ("oos", "o-thaisan", "viên chức nữ nghỉ thai sản đc mấy tháng vậy mn", "", None, None, None),
    ("oos", "o-vh-ve", "Giá vé vào cửa khu du lịch núi Bà Đen năm 2023 là bao nhiêu?", "", None, None, None),
]


def rows(questions: list[tuple] | None = None, uploaded: set[str] | None = None, prefix: str = "v5b") -> list[dict]:
    """The question rows in file order, ids "<prefix>-001"...: this set's by default; another writer's
    generator passes its own (tag, fact, question, document, contains, all, today) tuples."""
    out = []
    uploaded = UPLOADED if uploaded is None else uploaded
    for i, (tag, fact, question, doc, contains, every, today) in enumerate(Q if questions is None else questions, 1):
        row: dict = {"id": f"{prefix}-{i:03d}", "tag": tag, "fact": fact, "question": question}
        found = doc not in ("", "oos-up")
        row["documents"] = [doc] if found else []
        if contains:
            row["answer_contains"] = contains
        if every:
            row["answer_all"] = every
        row["expect_found"] = found
        if doc in uploaded or doc == "oos-up":
            row["uploaded"] = True
        if today:
            row["today"] = today
        out.append(row)
    return out


def main() -> None:
    data = rows()
    write_jsonl(OUT, data)
    print(OUT, len(data), dict(Counter(r["tag"] for r in data)))


if __name__ == "__main__":
    main()
