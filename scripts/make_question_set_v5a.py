#!/usr/bin/env python3
"""Build writer v5a's half of the blind set v5 (benchmarks/questions_v5a.jsonl).

Nobody tunes on this set before its one first contact, `python scripts/eval_questions.py --set v5`
(figures only); it is split by plan into v5dev/v5test afterwards. Its three plans
(benchmarks/plans_v5/v5a_*, written by scripts/make_plans_v5a.py) are of agencies and provinces found
nowhere else in the project: a provincial hospital of traditional medicine (.docx with Word
numbering and a merged-cell landscape annex, uploaded during the run), a ward People's Committee
(a scanned, image-only .pdf) and an industrial-zone authority's page saved from the provincial
portal (.mhtml). About a fifth of the questions ask about the shipped corpus in new words, a fifth
are out of scope. Questions marked `"uploaded": true` are asked after the harness adds the
hospital's plan with `qcdc add`.

Schema as benchmarks/questions_v4a.jsonl: id ("v5a-NNN"), tag, fact, question, documents,
answer_contains (any one), answer_all (every one), expect_found, optional today and uploaded.

Gold check, on every build, independent of the product: each named document exists, and every
answer string appears in the text of the named documents, extracted here with python-docx
(paragraphs and table cells), the email package + lxml (the saved page) and pytesseract (the scan,
OCR of pages rendered by pypdfium2). OCR misreads are listed, not fatal, when the string is in the
generator's source text of the scan.

    python scripts/make_question_set_v5a.py          # check, then write the set
    python scripts/make_question_set_v5a.py --check  # check only
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blindset.question_sets import (CORPUS, KHCN, SNN, TD, TP, UP, VH, GoldReport, Question,  # noqa: E402
                                    check_gold as shared_check_gold, comparable, gold_main, numbered, plan_text,
                                    summary_line)
from make_plans_v5a import HOSPITAL as HO, WARD as WA, WARD_TEXT, ZONES as ZO  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PLANS_V5 = ROOT / "benchmarks" / "plans_v5"
OUT = ROOT / "benchmarks" / "questions_v5a.jsonl"
UPLOADED = {HO}


# (tag, fact, question, documents, answer_contains, answer_all, today); documents [] = out of scope,
# UP = out of scope, asked after the upload.
RAW: list[tuple] = [
    # ---------------- the hospital (uploaded, .docx)
    ("plain", "h-conf", "Bệnh viện Y học cổ truyền tỉnh Phú Thọ tổ chức Hội nghị viên chức, người lao động năm 2026 vào ngày nào?", [HO], ["06/3/2026"], [], None),
    ("chat", "h-conf", "cho em hỏi hội nghị VC NLĐ bên BV YHCT Phú Thọ năm nay họp bữa nào ạ", [HO], ["06/3/2026"], [], None),
    ("nodiac", "h-conf", "benh vien yhct phu tho hop hoi nghi vien chuc nguoi lao dong ngay may", [HO], ["06/3/2026"], [], None),
    ("plain", "h-conf-khoa", "Các khoa, phòng của Bệnh viện Y học cổ truyền Phú Thọ phải tổ chức hội nghị viên chức, người lao động cấp khoa, phòng xong trước ngày nào?", [HO], ["25/02/2026"], [], None),
    ("role", "h-conf-khoa", "em là điều dưỡng trưởng khoa Châm cứu BV YHCT Phú Thọ, khoa em phải họp hội nghị cấp khoa trước ngày mấy vậy", [HO], ["25/02/2026"], [], None),
    ("plain", "h-6m", "Bệnh viện Y học cổ truyền tỉnh Phú Thọ gửi báo cáo kết quả thực hiện dân chủ 6 tháng cho Sở Y tế trước ngày nào?", [HO], ["15/6/2026"], [], None),
    ("abbrev", "h-6m", "BV YHCT PT nộp bc dc 6th lên SYT hạn chót ngày nào", [HO], ["15/6/2026"], [], None),
    ("chat", "h-6m", "ad ơi deadline bc 6 tháng dân chủ của bv y học cổ truyền phú thọ gửi sở y tế là khi nào vậy", [HO], ["15/6/2026"], [], None),
    ("plain", "h-yr", "Báo cáo năm về thực hiện dân chủ của Bệnh viện Y học cổ truyền Phú Thọ phải gửi chậm nhất ngày nào và gửi những cơ quan nào?", [HO], ["10/12/2026", "10 tháng 12 năm 2026"], ["Sở Nội vụ"], None),
    ("typo", "h-yr", "bệnh viên y hoc cổ truyền phú thọ bao cáo năm dân chủ hạn chót ngay nào", [HO], ["10/12/2026", "10 tháng 12 năm 2026"], [], None),
    ("colloquial", "h-yr-to", "báo cáo cả năm của bệnh viện YHCT Phú Thọ ngoài Sở Y tế còn phải gửi thêm chỗ nào nữa không", [HO], ["Sở Nội vụ"], [], None),
    ("plain", "h-adhoc", "Khi Sở Y tế yêu cầu báo cáo đột xuất, Bệnh viện Y học cổ truyền Phú Thọ phải gửi trong thời hạn bao lâu?", [HO], ["03 ngày làm việc", "3 ngày làm việc"], [], None),
    ("chat", "h-adhoc", "sở y tế xin bc đột xuất thì bv yhct phú thọ có mấy ngày để nộp vậy mn", [HO], ["03 ngày làm việc", "3 ngày làm việc"], [], None),
    ("role", "h-khoa-6m", "em làm ở khoa Nội của BV YHCT Phú Thọ, báo cáo dân chủ 6 tháng của khoa nộp trước ngày nào ạ", [HO], ["04/6/2026"], [], None),
    ("nodiac", "h-khoa-6m", "cac khoa phong benh vien y hoc co truyen phu tho nop bao cao 6 thang truoc ngay nao", [HO], ["04/6/2026"], [], None),
    ("plain", "h-khoa-yr", "Các khoa, phòng của Bệnh viện Y học cổ truyền tỉnh Phú Thọ gửi báo cáo năm về thực hiện dân chủ trước ngày nào?", [HO], ["25/11/2026"], [], None),
    ("role", "h-khoa-q", "mình ở khoa Phục hồi chức năng BV YHCT Phú Thọ, báo cáo quý gửi phòng nào và hạn ngày mấy?", [HO], ["20 của tháng cuối quý", "ngày 20 tháng cuối quý", "ngày 20 của tháng cuối"], ["Tổ chức cán bộ"], None),
    ("chat", "h-khoa-plan", "kế hoạch dân chủ của từng khoa bên bv yhct phú thọ phải nộp trong bao nhiêu ngày kể từ khi ký kế hoạch vậy ạ", [HO], ["07 ngày", "7 ngày"], [], None),
    ("plain", "h-dutoan", "Bệnh viện Y học cổ truyền Phú Thọ công khai dự toán ngân sách năm 2026 trước ngày nào?", [HO], ["31/3/2026"], [], None),
    ("colloquial", "h-quyettoan", "quyết toán ngân sách 2025 bên bệnh viện y học cổ truyền Phú Thọ bao giờ mới công khai", [HO], ["quý III/2026", "quý III", "quý 3"], [], None),
    ("plain", "h-hotline", "Số điện thoại đường dây nóng của Bệnh viện Y học cổ truyền tỉnh Phú Thọ là số nào?", [HO], ["0210.3846.115", "02103846115", "0210 3846 115"], [], None),
    ("chat", "h-email", "cho e xin mail góp ý về dân chủ của bv yhct phú thọ với", [HO], ["qcdc.bvyhct@phutho.gov.vn"], [], None),
    ("plain", "h-homthu", "Tổ công tác xã hội của Bệnh viện Y học cổ truyền Phú Thọ mở hòm thư góp ý vào lúc nào?", [HO], ["thứ Sáu"], [], None),
    ("role", "h-homthu-send", "em ở Tổ công tác xã hội BV YHCT Phú Thọ, tổng hợp ý kiến người bệnh xong thì gửi phòng nào, trước ngày mấy hằng tháng?", [HO], ["Hành chính quản trị"], ["05 hằng tháng"], None),
    ("plain", "h-doithoai", "Giám đốc Bệnh viện Y học cổ truyền Phú Thọ đối thoại với viên chức, người lao động vào tháng nào năm 2026?", [HO], ["tháng 9/2026", "tháng 9"], [], None),
    ("list", "h-ttnd", "Ban Thanh tra nhân dân Bệnh viện Y học cổ truyền Phú Thọ phải gửi những báo cáo giám sát nào, hạn từng cái?", [HO], [], ["04/6/2026", "25/11/2026"], None),
    ("list", "h-tccb", "Phòng Tổ chức cán bộ của BV Y học cổ truyền Phú Thọ có những hạn báo cáo nào trong năm 2026?", [HO], [], ["15/6/2026", "10/12/2026"], None),
    ("window", "h-win-jun", "tháng này bv yhct phú thọ có những hạn báo cáo dân chủ nào", [HO], [], ["04/6/2026", "15/6/2026"], "2026-06-01"),
    ("window", "h-win-nov", "tuần sau các khoa phòng bệnh viện YHCT Phú Thọ có hạn nộp gì không", [HO], ["25/11/2026"], [], "2026-11-20"),
    # ---------------- the ward (scanned .pdf)
    ("plain", "w-6m", "Ủy ban nhân dân phường Hoa Lư gửi báo cáo 6 tháng về thực hiện dân chủ ở cơ sở năm 2026 trước ngày nào?", [WA], ["15/6/2026"], [], None),
    ("abbrev", "w-6m", "P. Hoa Lư nộp bc DCCS 6th lên UBND tỉnh qua SNV hạn ngày nào", [WA], ["15/6/2026"], [], None),
    ("nodiac", "w-6m", "phuong hoa lu ninh binh bao cao 6 thang dan chu co so han ngay nao", [WA], ["15/6/2026"], [], None),
    ("plain", "w-yr", "Báo cáo năm 2026 về thực hiện dân chủ ở cơ sở của phường Hoa Lư phải gửi trước ngày nào?", [WA], ["05/12/2026"], [], None),
    ("chat", "w-yr", "ad ơi bc năm dân chủ của phường Hoa Lư deadline khi nào vậy ạ", [WA], ["05/12/2026"], [], None),
    ("colloquial", "w-to", "báo cáo dân chủ của phường Hoa Lư là nộp lên tỉnh qua cơ quan nào", [WA], ["Sở Nội vụ"], [], None),
    ("role", "w-who", "em là công chức Văn phòng HĐND và UBND phường Hoa Lư, bên em phải làm những báo cáo dân chủ nào, hạn khi nào?", [WA], [], ["15/6/2026", "05/12/2026"], None),
    ("plain", "w-tdp-conf", "Các tổ dân phố của phường Hoa Lư phải tổ chức hội nghị Nhân dân xong trước ngày nào?", [WA], ["30/4/2026"], [], None),
    ("role", "w-tdp-conf", "tôi là tổ trưởng tổ dân phố ở phường Hoa Lư, hội nghị nhân dân tổ tôi phải họp trước ngày mấy", [WA], ["30/4/2026"], [], None),
    ("chat", "w-tdp-report", "họp tổ dân phố xong thì bao lâu phải báo cáo lên phường Hoa Lư vậy ạ", [WA], ["05 ngày", "5 ngày"], [], None),
    ("typo", "w-tdp-report", "tổ trưởng tổ dân phô phường hoa lư báo cao kết quả hội nghi sau mấy ngay", [WA], ["05 ngày", "5 ngày"], [], None),
    ("plain", "w-tiepdan", "Chủ tịch UBND phường Hoa Lư tiếp công dân định kỳ vào những ngày nào?", [WA], ["thứ Năm"], ["tuần thứ tư"], None),
    ("nodiac", "w-tiepdan", "chu tich phuong hoa lu tiep dan vao thu may", [WA], ["thứ Năm", "thu nam"], [], None),
    ("plain", "w-doithoai", "UBND phường Hoa Lư tổ chức hội nghị đối thoại với Nhân dân năm 2026 vào thời gian nào?", [WA], ["quý III/2026", "quý III", "quý 3"], [], None),
    ("chat", "w-hotline", "cho mình xin số đường dây nóng phản ánh của phường Hoa Lư với", [WA], ["0229.3871.246", "02293871246", "0229 3871 246"], [], None),
    ("plain", "w-email", "Địa chỉ thư điện tử tiếp nhận phản ánh, kiến nghị của phường Hoa Lư là gì?", [WA], ["ubndhoalu@ninhbinh.gov.vn"], [], None),
    ("role", "w-kt-q", "em ở Phòng Kinh tế, Hạ tầng và Đô thị phường Hoa Lư, báo cáo quý nộp trước ngày mấy", [WA], ["18 của tháng cuối quý", "ngày 18 tháng cuối quý", "ngày 18"], [], None),
    ("abbrev", "w-kt-q", "P.KTHTĐT phường Hoa Lư bc quý về VP hạn ngày nào", [WA], ["18 của tháng cuối quý", "ngày 18 tháng cuối quý", "ngày 18"], [], None),
    ("plain", "w-tthcc", "Trung tâm Phục vụ hành chính công phường Hoa Lư báo cáo tình hình tiếp nhận phản ánh, kiến nghị hằng tháng trước ngày nào?", [WA], ["ngày 22", "trước 22"], [], None),
    ("colloquial", "w-tthcc", "bên một cửa phường Hoa Lư mỗi tháng phải nộp báo cáo phản ánh kiến nghị trước ngày bao nhiêu", [WA], ["ngày 22", "trước 22"], [], None),
    ("plain", "w-mttq", "Ủy ban MTTQ Việt Nam phường Hoa Lư gửi kết quả giám sát năm về UBND phường trước ngày nào?", [WA], ["20/11/2026"], [], None),
    ("plain", "w-thuchi", "Phường Hoa Lư công khai thu, chi các khoản đóng góp của Nhân dân bao lâu một lần?", [WA], ["6 tháng một lần", "6 tháng 1 lần"], [], None),
    ("colloquial", "w-loa", "phòng nào ở phường Hoa Lư lo tuyên truyền kế hoạch dân chủ trên loa phường", [WA], ["Văn hóa - Xã hội", "Văn hóa – Xã hội", "văn hóa xã hội"], [], None),
    ("window", "w-win-apr", "tháng này các tổ dân phố ở phường Hoa Lư phải xong việc gì", [WA], ["30/4/2026"], [], "2026-04-06"),
    ("list", "w-deadlines", "Liệt kê các mốc thời gian trong lịch thực hiện dân chủ năm 2026 của phường Hoa Lư", [WA], [], ["30/4/2026", "15/6/2026", "20/11/2026", "05/12/2026"], None),
    # ---------------- the industrial-zone authority (web page, .mhtml)
    ("plain", "z-conf", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh tổ chức Hội nghị cán bộ, công chức, viên chức năm 2026 vào ngày nào?", [ZO], ["26/02/2026"], [], None),
    ("abbrev", "z-conf", "BQL KCN BN họp hội nghị CBCCVC 2026 ngày nào", [ZO], ["26/02/2026"], [], None),
    ("plain", "z-6m", "Văn phòng Ban Quản lý các khu công nghiệp Bắc Ninh gửi báo cáo 6 tháng về thực hiện dân chủ trước ngày nào?", [ZO], ["12/6/2026"], [], None),
    ("chat", "z-6m", "cho em hỏi ban quản lý KCN bắc ninh deadline bc 6 tháng dân chủ là bữa nào ạ", [ZO], ["12/6/2026"], [], None),
    ("nodiac", "z-6m", "ban quan ly cac khu cong nghiep bac ninh han bao cao 6 thang ngay nao", [ZO], ["12/6/2026"], [], None),
    ("plain", "z-to", "Báo cáo thực hiện dân chủ của Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh được gửi đến những cơ quan nào?", [ZO], [], ["Sở Nội vụ", "Ban Dân vận"], None),
    ("plain", "z-yr", "Ban Quản lý các khu công nghiệp Bắc Ninh gửi báo cáo năm chậm nhất ngày nào?", [ZO], ["20/11/2026"], [], None),
    ("typo", "z-yr", "ban quan lý khu công nghiêp bắc ninh bao cáo năm han chót ngày nao", [ZO], ["20/11/2026"], [], None),
    ("chat", "z-adhoc", "bql kcn bắc ninh mà bị hỏi bc đột xuất thì trong mấy ngày phải gửi vậy", [ZO], ["02 ngày làm việc", "2 ngày làm việc"], [], None),
    ("role", "z-ld-q", "mình ở Phòng Quản lý Lao động Ban QL các KCN Bắc Ninh, báo cáo quý tình hình dân chủ ở doanh nghiệp trình trước ngày mấy?", [ZO], ["25 tháng cuối quý", "ngày 25"], [], None),
    ("role", "z-dn-month", "em ở Phòng Quản lý Doanh nghiệp BQL KCN Bắc Ninh, kiến nghị doanh nghiệp tổng hợp hằng tháng gửi ai, trước ngày nào", [ZO], ["ngày 28", "28 hằng tháng"], ["Văn phòng"], None),
    ("plain", "z-doithoai", "Hội nghị đối thoại với doanh nghiệp, người lao động trong các khu công nghiệp Bắc Ninh năm 2026 được tổ chức vào thời gian nào?", [ZO], ["quý II/2026", "quý II", "quý 2"], [], None),
    ("colloquial", "z-doithoai-who", "phòng nào của ban quản lý khu công nghiệp Bắc Ninh đứng ra tổ chức đối thoại với doanh nghiệp", [ZO], ["Quản lý Doanh nghiệp"], [], None),
    ("plain", "z-cd", "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh gửi kết quả giám sát 6 tháng về Ban Quản lý trước ngày nào?", [ZO], ["05/6/2026"], [], None),
    ("chat", "z-cd", "công đoàn KCN bắc ninh gửi kq giám sát 6 tháng cho BQL hạn bao giờ ạ", [ZO], ["05/6/2026"], [], None),
    ("plain", "z-dn-dialog", "Theo kế hoạch của Ban Quản lý các KCN Bắc Ninh, doanh nghiệp tổ chức đối thoại tại nơi làm việc định kỳ ít nhất mấy lần?", [ZO], ["01 lần/năm", "1 lần/năm", "01 lần", "1 lần"], [], None),
    ("chat", "z-phone", "cho e xin sđt văn phòng ban quản lý các kcn bắc ninh để phản ánh về dân chủ", [ZO], ["0222.3822.567", "02223822567", "0222 3822 567"], [], None),
    ("nodiac", "z-email", "email van phong ban quan ly khu cong nghiep bac ninh la gi", [ZO], ["vanphong.bqlkcn@bacninh.gov.vn"], [], None),
    ("list", "z-vp", "Văn phòng Ban Quản lý các khu công nghiệp Bắc Ninh chủ trì những việc gì trong lịch thực hiện, kèm thời gian?", [ZO], [], ["26/02/2026", "12/6/2026", "20/11/2026"], None),
    ("window", "z-win-jun", "trong tháng này ban quản lý khu công nghiệp bắc ninh có hạn báo cáo dân chủ nào", [ZO], [], ["05/6/2026", "12/6/2026"], "2026-06-01"),
    ("window", "z-win-q2", "quý này BQL các KCN Bắc Ninh phải tổ chức hội nghị gì với doanh nghiệp", [ZO], ["đối thoại"], [], "2026-04-15"),
    # ---------------- the shipped corpus (Tây Ninh)
    ("plain", "snn-6m", "Các đơn vị trực thuộc Sở Nông nghiệp và PTNT Tây Ninh gửi báo cáo 6 tháng về thực hiện QCDC năm 2024 trước ngày nào?", [SNN], ["20/5"], [], None),
    ("chat", "snn-6m", "bc qcdc 6 tháng gửi sở NN Tây Ninh năm 2024 hạn chót bữa nào vậy ad", [SNN], ["20/5"], [], None),
    ("nodiac", "snn-yr", "so nong nghiep tay ninh 2024 bao cao nam quy che dan chu truoc ngay nao", [SNN], ["10/11"], [], None),
    ("plain", "snn-plan", "Cơ quan, đơn vị thuộc Sở Nông nghiệp và PTNT Tây Ninh gửi kế hoạch thực hiện QCDC năm 2024 về Sở trước ngày nào?", [SNN], ["22/3/2024"], [], None),
    ("colloquial", "snn-via", "báo cáo QCDC của các đơn vị gửi về Sở NN&PTNT Tây Ninh là qua bộ phận nào", [SNN], ["Văn phòng"], [], None),
    ("plain", "td-6m", "Ở cơ quan Tỉnh đoàn Tây Ninh năm 2023, bộ phận nào tham mưu báo cáo sơ kết 6 tháng và năm về quy chế dân chủ?", [TD], ["Văn phòng"], [], None),
    ("chat", "td-to", "tỉnh đoàn tây ninh 2023 gửi bc sơ kết 6 tháng dân chủ cho ai vậy", [TD], ["Ban Dân vận"], [], None),
    ("role", "td-huyen", "em ở huyện đoàn thuộc Tỉnh đoàn Tây Ninh, báo cáo dân chủ cơ sở năm 2023 có phải làm riêng không hay lồng ghép?", [TD], ["lồng ghép"], [], None),
    ("plain", "tp-plan", "Các cơ quan, đơn vị của thành phố Tây Ninh gửi kế hoạch thực hiện quy chế dân chủ năm 2024 về Phòng Nội vụ chậm nhất ngày nào?", [TP], ["31/3/2024"], [], None),
    ("abbrev", "tp-6m", "TP Tây Ninh bc QCDC 6th 2024 nộp PNV trước ngày nào", [TP], ["20/5/2024"], [], None),
    ("typo", "tp-yr", "thành phô tây ninh báo cáo năm quy chế dân chu 2024 trươc ngày nào", [TP], ["30/10/2024"], [], None),
    ("colloquial", "tp-tckh", "ở tp Tây Ninh phòng nào hướng dẫn các đơn vị làm quy chế chi tiêu nội bộ", [TP], ["Tài chính - Kế hoạch", "Tài chính – Kế hoạch", "tài chính kế hoạch"], [], None),
    ("list", "tp-dates", "Kế hoạch QCDC năm 2024 của thành phố Tây Ninh có những hạn nộp nào?", [TP], [], ["31/3/2024", "20/5/2024", "30/10/2024"], None),
    ("plain", "khcn-6m", "Chi cục Tiêu chuẩn Đo lường Chất lượng gửi báo cáo QCDC 6 tháng về Sở KH&CN Tây Ninh trước ngày nào?", [KHCN], ["05/6"], [], None),
    ("chat", "khcn-yr", "trung tâm KHCN tây ninh nộp bc qcdc năm cho sở trước ngày mấy vậy", [KHCN], ["10/11"], [], None),
    ("plain", "khcn-tiepdan", "Sở Khoa học và Công nghệ Tây Ninh tiếp công dân định kỳ vào ngày nào?", [KHCN], ["thứ 5 của tuần cuối tháng", "thứ 5", "thứ năm"], [], None),
    ("colloquial", "khcn-bcd", "báo cáo QCDC của Sở KHCN Tây Ninh gửi Ban Chỉ đạo tỉnh thì cụ thể là gửi những nơi nào", [KHCN], [], ["Ban Dân vận", "Liên đoàn Lao động"], None),
    ("plain", "vh-vp", "Văn phòng Sở Văn hóa, Thể thao và Du lịch Tây Ninh gửi báo cáo kết quả dân vận chính quyền năm 2023 chậm nhất ngày nào?", [VH], ["01/11/2023"], [], None),
    ("abbrev", "vh-vp", "VP Sở VHTTDL TN bc DVCQ 2023 hạn chót ngày nào", [VH], ["01/11/2023"], [], None),
    ("colloquial", "vh-to", "báo cáo dân vận chính quyền 2023 của Sở văn hóa Tây Ninh gửi UBND tỉnh qua sở nào", [VH], ["Sở Nội vụ"], [], None),
    ("role", "vh-thanhtra", "em làm ở Thanh tra Sở VHTTDL Tây Ninh, trong kế hoạch dân vận chính quyền 2023 bên em chủ trì việc gì", [VH], ["kiểm tra, giám sát"], [], None),
    ("nodiac", "snn-adhoc", "so nn ptnt tay ninh bao cao dot xuat qcdc khi nao", [SNN], ["khi có yêu cầu", "có yêu cầu"], [], None),
    ("chat", "tp-6m-chat", "ad cho hỏi bc 6 tháng dân chủ tp Tây Ninh năm 2024 gửi về đâu, trước ngày nào", [TP], ["20/5/2024"], ["Phòng Nội vụ"], None),
    ("window", "tp-win-may", "tháng này các đơn vị thuộc thành phố Tây Ninh có hạn báo cáo quy chế dân chủ nào không", [TP], ["20/5/2024"], [], "2024-05-02"),
    ("plain", "td-12", "Theo kế hoạch của Tỉnh đoàn Tây Ninh năm 2023, cán bộ công chức báo cáo kết quả hoạt động theo chủ trương 1+2 định kỳ thế nào?", [TD], ["6 tháng, năm", "6 tháng và năm"], [], None),
    # ---------------- more chat-style rewrites of facts above
    ("typo", "z-conf", "hôi nghị cán bô công chức ban quản ly các KCN bắc ninh năm 2026 ngày nao", [ZO], ["26/02/2026"], [], None),
    ("abbrev", "h-khoa-yr", "các khoa phòng BV YHCT PT nộp bc DC năm trc ngày nào", [HO], ["25/11/2026"], [], None),
    ("chat", "w-doithoai", "phường hoa lư năm nay có đối thoại với dân k ạ, khi nào vậy", [WA], ["quý III/2026", "quý III", "quý 3"], [], None),
    ("nodiac", "khcn-6m", "chi cuc tieu chuan do luong chat luong tay ninh nop bao cao qcdc 6 thang truoc ngay nao", [KHCN], ["05/6"], [], None),
    # ---------------- out of scope
    ("oos", "o-h-luong", "Bệnh viện Y học cổ truyền Phú Thọ trả lương tăng thêm cho bác sĩ bao nhiêu một tháng?", UP, [], [], None),
    ("oos", "o-h-gui-xe", "ad ơi gửi xe ở bv yhct phú thọ giá bao nhiêu 1 lượt vậy", UP, [], [], None),
    ("oos", "o-h-giokham", "benh vien y hoc co truyen phu tho kham bao hiem tu may gio", UP, [], [], None),
    ("oos", "o-h-2027", "Kế hoạch dân chủ năm 2027 của Bệnh viện YHCT Phú Thọ có hạn báo cáo 6 tháng ngày nào?", UP, [], [], None),
    ("oos", "o-h-thuoc", "giá một thang thuốc bắc ở BV y học cổ truyền Phú Thọ là bao nhiêu", UP, [], [], None),
    ("oos", "o-w-dat", "Giá đất ở phường Hoa Lư năm 2026 là bao nhiêu một mét vuông?", [], [], [], None),
    ("oos", "o-w-hocphi", "học phí trường mầm non ở phường Hoa Lư năm học này bao nhiêu vậy ạ", [], [], [], None),
    ("oos", "o-w-xaydung", "xin giấy phép xây dựng nhà ở phường Hoa Lư cần giấy tờ gì", [], [], [], None),
    ("oos", "o-z-thuedat", "Giá thuê đất trong khu công nghiệp ở Bắc Ninh bao nhiêu USD một mét vuông?", [], [], [], None),
    ("oos", "o-z-luong", "lương tối thiểu vùng của công nhân KCN Bắc Ninh năm 2026 là bao nhiêu", [], [], [], None),
    ("oos", "o-z-tuyendung", "công ty nào trong KCN Bắc Ninh đang tuyển công nhân vậy mn", [], [], [], None),
    ("oos", "o-ls-stc", "Sở Tài chính tỉnh Lạng Sơn gửi báo cáo dân chủ cơ sở 6 tháng năm 2026 trước ngày nào?", [], [], [], None),
    ("oos", "o-db-xa", "UBND xã Mường Phăng tỉnh Điện Biên tổ chức hội nghị đối thoại với dân khi nào", [], [], [], None),
    ("oos", "o-dn-truong", "cho em hỏi trường THPT Long Thành Đồng Nai deadline bc qcdc năm là ngày mấy ạ", [], [], [], None),
    ("oos", "o-hp-cang", "Cảng vụ Hải Phòng nộp báo cáo thực hiện dân chủ năm 2026 về Bộ Xây dựng khi nào?", [], [], [], None),
    ("oos", "o-gl-bv", "bv da khoa tinh gia lai bao cao quy che dan chu quy 3 han ngay nao", [], [], [], None),
    ("oos", "o-kethon", "Thủ tục đăng ký kết hôn ở UBND phường cần những giấy tờ gì?", [], [], [], None),
    ("oos", "o-banglai", "đổi bằng lái xe máy hết hạn làm ở đâu ạ", [], [], [], None),
    ("oos", "o-thoitiet", "mai trời có mưa không ad", [], [], [], None),
    ("oos", "o-bhyt", "mức đóng bảo hiểm y tế hộ gia đình năm 2026 là bao nhiêu", [], [], [], None),
    ("oos", "o-snn-giong", "Sở Nông nghiệp và PTNT Tây Ninh hỗ trợ giống lúa cho nông dân bao nhiêu tiền một héc-ta?", [], [], [], None),
    ("oos", "o-td-hoiphi", "đoàn phí mỗi tháng của đoàn viên Tỉnh đoàn Tây Ninh là bao nhiêu", [], [], [], None),
    ("oos", "o-tp-rac", "phí thu gom rác ở thành phố Tây Ninh một tháng bao nhiêu tiền", [], [], [], None),
    ("oos", "o-vh-ve", "giá vé vào cửa khu du lịch núi Bà Đen là bao nhiêu", [], [], [], None),
    ("oos", "o-khcn-detai", "hạn nộp hồ sơ đề tài khoa học cấp tỉnh Tây Ninh năm 2024 là ngày nào", [], [], [], None),
    ("oos", "o-nghiphep", "công chức được nghỉ phép năm bao nhiêu ngày theo luật", [], [], [], None),
]


def build() -> list[Question]:
    """Every question, numbered "v5a-001" on."""
    return numbered("v5a", RAW, UPLOADED)


def check_gold(rows: list[Question]) -> GoldReport:
    """The shared gold check over plans read without the product (python-docx, the email package and
    lxml, OCR of the scan); a string the OCR misses but the scan's source text holds is a misread."""
    source = {WA: comparable(WARD_TEXT.replace("^", "").replace("*", "").replace("|", " "))}
    return shared_check_gold(rows, lambda name: plan_text(name, (CORPUS, PLANS_V5)), UPLOADED, fallback=source)


def main() -> int:
    """Check the gold; unless `--check`, write the set; print its counts."""
    return gold_main(__doc__, build, check_gold, OUT,
                     lambda rows: summary_line(rows, "v5a", (HO, WA, ZO), "the upload"))


if __name__ == "__main__":
    sys.exit(main())
