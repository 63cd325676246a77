#!/usr/bin/env python3
"""Build writer v4a's half of the blind test set v4 (benchmarks/questions_v4a.jsonl).

Nobody tunes on this set before its one first contact, `python scripts/eval_questions.py --set v4`
(figures only); it is split by plan into v4dev/v4test afterwards. Its three plans
(benchmarks/plans_v4/v4a_*, written by scripts/make_plans_v4a.py) are of agencies and provinces found
nowhere else in the project: a provincial radio-TV station (.docx, uploaded during the run), a
regional social-insurance office (.docx with Word numbering, uploaded during the run) and a high
school's portal page (.html). About a fifth of the in-scope questions ask about the shipped corpus in
new words. Questions marked `"uploaded": true` are asked after the harness adds those two plans with
`qcdc add`.

Schema as benchmarks/questions_v3a.jsonl: id ("v4a-NNN"), tag, fact, question, documents (a source
from one of them in the top 5), answer_contains (any one), answer_all (every one), expect_found,
optional today (YYYY-MM-DD) and uploaded.

Gold check, on every build, independent of the product: each named document exists, and every
answer string appears in the text of the named documents, extracted here with python-docx
(paragraphs and table cells) and lxml (the page's text), compared folded (index.vietnamese.fold;
leading zeros of numbers and spacing do not matter either).

    python scripts/make_question_set_v4a.py          # check, then write the set
    python scripts/make_question_set_v4a.py --check  # check only
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the row type, the tags, the shipped corpus's file names, the readers and the check are shared
from blindset.question_sets import (CORPUS, KHCN, SNN, TD, TP, VH, Question, check_gold,  # noqa: E402
                                    gold_main, numbered, plan_text, summary_line)
from blindset.question_sets import raw_text  # noqa: E402,F401  (v6a reads its .docx through this name)

ROOT = Path(__file__).resolve().parent.parent
PLANS_V4 = ROOT / "benchmarks" / "plans_v4"
OUT = ROOT / "benchmarks" / "questions_v4a.jsonl"

# plans v4a
DT = "v4a_dptth_khanhhoa_2026.docx"        # uploaded during the run
BH = "v4a_bhxh_kv9_hungyen_2026.docx"      # uploaded during the run
TH = "v4a_thpt_tamduong_laichau_2025_web.html"
UPLOADED = {DT, BH}


# (tag, fact, question, documents, answer_contains, answer_all, today); documents [] = out of scope.
# An out-of-scope question whose documents slot holds "UP" is asked after the uploads.
RAW: list[tuple] = [
    # ---------------- the radio-TV station (uploaded)
    ("plain", "dt-conf", "Đài Phát thanh và Truyền hình Khánh Hòa tổ chức Hội nghị viên chức, người lao động năm 2026 vào ngày nào?", [DT], ["27/02/2026"], [], None),
    ("chat", "dt-conf", "ad ơi cho e hỏi hội nghị VC NLĐ bên đài PTTH Khánh Hòa năm nay họp bữa nào vậy ạ", [DT], ["27/02/2026"], [], None),
    ("nodiac", "dt-6m", "dai phat thanh truyen hinh khanh hoa han nop bao cao 6 thang ve dan chu co so la ngay nao", [DT], ["12/6/2026"], [], None),
    ("abbrev", "dt-6m", "Đài PT-TH KH gửi bc DCCS 6 tháng lên UBND tỉnh qua SNV trước ngày mấy?", [DT], ["12/6/2026"], [], None),
    ("colloquial", "dt-yr", "báo cáo cả năm về dân chủ cơ sở của Đài truyền hình Khánh Hòa trễ nhất ngày nào phải gửi?", [DT], ["16/11/2026"], [], None),
    ("role", "dt-ph6", "em ở Phòng Thời sự của Đài PTTH Khánh Hòa thì báo cáo dân chủ 6 tháng nộp cho ai, hạn khi nào ạ?", [DT], ["05/6/2026"], ["Hành chính"], None),
    ("typo", "dt-phyr", "phòng Kỹ thuật - Công nghệ đài PTTH Khánh Hòa gửi báo cáo dân chủ năm trươc ngày nào", [DT], ["05/11/2026"], [], None),
    ("chat", "dt-email", "cho em xin địa chỉ email gửi bản mềm báo cáo dân chủ của các phòng Đài PTTH Khánh Hòa với ạ", [DT], ["tchc.daiptth@khanhhoa.gov.vn"], [], None),
    ("role", "dt-hotline", "e làm bên Phòng Nội dung số của Đài Khánh Hòa, báo cáo đường dây nóng phải nộp hạn chót ngày mấy hằng tháng ạ", [DT], ["05 hằng tháng", "ngày 05"], [], None),
    ("plain", "dt-dutoan", "Theo kế hoạch của Đài Phát thanh và Truyền hình Khánh Hòa, dự toán ngân sách năm 2026 được công khai vào thời gian nào?", [DT], ["Tháng 02/2026", "tháng 2/2026"], [], None),
    ("chat", "dt-quyettoan", "Đài PTTH Khánh Hòa công khai quyết toán 2025 khi nào vậy mn", [DT], ["Quý III/2026", "quý III"], [], None),
    ("list", "dt-qcao", "Phòng Dịch vụ - Quảng cáo của Đài PTTH Khánh Hòa phải công khai kết quả thu quảng cáo mấy lần, hạn từng lần?", [DT], [], ["20/7/2026", "20/01/2027"], None),
    ("plain", "dt-ps", "Phóng sự chuyên đề về dân chủ ở cơ sở của Đài Phát thanh và Truyền hình Khánh Hòa được sản xuất vào quý nào?", [DT], [], ["Quý II", "Quý IV"], None),
    ("nodiac", "dt-kt", "phong ky thuat cong nghe dai ptth khanh hoa cong khai ke hoach mua sam sua chua thiet bi truoc ngay nao", [DT], ["30/4/2026"], [], None),
    ("colloquial", "dt-doithoai", "Giám đốc Đài PTTH Khánh Hòa đối thoại với anh em viên chức hồi nào trong năm?", [DT], ["Tháng 8/2026", "tháng 8"], [], None),
    ("plain", "dt-dotxuat", "Khi Công đoàn cơ sở đề nghị đối thoại đột xuất thì Đài Phát thanh và Truyền hình Khánh Hòa phải tổ chức đối thoại trong thời hạn bao lâu?", [DT], ["05 ngày làm việc"], [], None),
    ("abbrev", "dt-ttnd-ct", "Ban TTND Đài PTTH KH xây dựng CT giám sát 2026 trước ngày nào", [DT], ["15/3/2026"], [], None),
    ("chat", "dt-ttnd-bc", "ad ơi Ban thanh tra nhân dân bên Đài Khánh Hòa nộp bc kết quả hoạt động năm deadline là bao giờ ạ", [DT], ["10/12/2026"], [], None),
    ("typo", "dt-qc", "Đài PTTH Khánh Hòa sửa đổi quy chế thực hiện dân chủ chậm nhât ngày nào?", [DT], ["31/3/2026"], [], None),
    ("plain", "dt-signer", "Ai ký Kế hoạch số 14/KH-ĐPTTH của Đài Phát thanh và Truyền hình Khánh Hòa?", [DT], ["Nguyễn Hữu Phước"], [], None),
    ("chat", "dt-hnphong", "cho mình hỏi hội nghị VC-NLĐ ở các phòng bên Đài PTTH Khánh Hòa phải xong trước ngày nào nhé", [DT], ["13/02/2026"], [], None),
    ("chat", "dt-kiemtra", "Ban giám đốc Đài PTTH Khánh Hòa đi kiểm tra việc thực hiện dân chủ ở các phòng tháng mấy z", [DT], ["Tháng 10/2026", "tháng 10"], [], None),
    ("window", "dt-win-jun", "Tháng này Đài PTTH Khánh Hòa có những hạn báo cáo dân chủ nào?", [DT], [], ["05/6/2026", "12/6/2026"], "2026-06-01"),
    ("window", "dt-win-q3", "quý III năm nay phòng Kế hoạch - Tài chính Đài PTTH Khánh Hòa phải công khai gì?", [DT], ["quyết toán"], [], "2026-07-01"),
    ("window", "dt-win-next", "sắp tới Đài PTTH Khánh Hòa còn hạn báo cáo nào phải nộp?", [DT], ["16/11/2026"], [], "2026-11-09"),
    ("list", "dt-list-bc", "Đài Phát thanh và Truyền hình Khánh Hòa phải gửi báo cáo dân chủ ở cơ sở lên tỉnh mấy lần trong năm, vào những ngày nào?", [DT], [], ["12/6/2026", "16/11/2026"], None),
    ("list", "dt-list-tchc", "Phòng Tổ chức - Hành chính của Đài PTTH Khánh Hòa chủ trì những việc gì theo phụ lục, hạn từng việc?", [DT], [], ["27/02/2026", "31/3/2026", "12/6/2026"], None),
    ("role", "dt-channel", "em ở Phòng Tổ chức - Hành chính Đài PTTH Khánh Hòa, báo cáo 6 tháng gửi UBND tỉnh qua đâu ạ", [DT], ["Sở Nội vụ", "Hệ thống quản lý văn bản"], [], None),
    ("plain", "dt-issued", "Kế hoạch triển khai thực hiện dân chủ ở cơ sở năm 2026 của Đài Phát thanh và Truyền hình Khánh Hòa ban hành ngày nào?", [DT], ["23/01/2026"], [], None),
    ("oos", "dt-oos-nhuanbut", "Đài PTTH Khánh Hòa chi trả nhuận bút cho phóng viên bao nhiêu tiền một tin?", "UP", [], [], None),
    ("oos", "dt-oos-lich", "lịch phát sóng bản tin thời sự tối của Đài Khánh Hòa mấy giờ ạ", "UP", [], [], None),
    ("oos", "dt-oos-2027", "Kế hoạch dân chủ cơ sở năm 2027 của Đài PTTH Khánh Hòa có hạn báo cáo 6 tháng ngày nào?", "UP", [], [], None),
    ("oos", "dt-oos-syt", "Sở Y tế Khánh Hòa hạn nộp báo cáo dân chủ cơ sở 6 tháng là ngày nào?", "UP", [], [], None),
    # ---------------- the social-insurance office (uploaded)
    ("plain", "bh-conf", "Bảo hiểm xã hội khu vực IX tổ chức Hội nghị công chức, viên chức, người lao động năm 2026 vào ngày nào?", [BH], ["10/3/2026"], [], None),
    ("chat", "bh-conf", "cho e hỏi hội nghị CCVC bên BHXH khu vực 9 năm nay tổ chức ngày mấy ạ", [BH], ["10/3/2026"], [], None),
    ("role", "bh-cs-conf", "em ở BHXH cơ sở thuộc BHXH khu vực IX, hội nghị CCVC-NLĐ của đơn vị em phải làm trước ngày nào ạ", [BH], ["28/02/2026"], [], None),
    ("nodiac", "bh-6m", "bhxh khu vuc ix gui bao cao dan chu 6 thang cho bhxh viet nam truoc ngay nao", [BH], ["19/6/2026"], [], None),
    ("role", "bh-6m-phong", "e ở Phòng Chế độ BHXH khu vực IX, bc 6 tháng nộp Văn phòng hạn chót hôm nào ạ", [BH], ["16/6/2026"], [], None),
    ("abbrev", "bh-q1", "BHXH KV9 nộp BC quý I cho BHXH VN trước ngày mấy", [BH], ["20/3/2026"], [], None),
    ("colloquial", "bh-yr", "báo cáo cuối năm của BHXH khu vực IX gửi lên BHXH Việt Nam trễ nhất là ngày nào?", [BH], ["25/11/2026"], [], None),
    ("typo", "bh-9m", "BHXH khu vực IX báo cáo 9 tháng các phòng gửi Văn phòng trứơc ngày nào", [BH], ["16/9/2026"], [], None),
    ("plain", "bh-cut6", "Số liệu báo cáo 6 tháng của Bảo hiểm xã hội khu vực IX được chốt từ ngày nào đến ngày nào?", [BH], [], ["15/12/2025", "14/6/2026"], None),
    ("chat", "bh-email", "mn ơi bản mềm báo cáo dân chủ gửi Văn phòng BHXH khu vực IX thì gửi mail nào vậy", [BH], ["tonghop.kv9@vss.gov.vn"], [], None),
    ("chat", "bh-no", "Phòng Quản lý thu BHXH khu vực IX công khai ds đơn vị nợ đóng bảo hiểm hạn là ngày bao nhiêu hàng tháng z ạ", [BH], ["ngày 15"], [], None),
    ("plain", "bh-tiepdan", "Lãnh đạo Bảo hiểm xã hội khu vực IX tiếp công dân định kỳ vào ngày nào?", [BH], ["thứ Năm"], [], None),
    ("nodiac", "bh-dt-cs", "bhxh co so thuoc bhxh khu vuc ix phai to chuc doi thoai voi nguoi lao dong truoc ngay nao", [BH], ["30/9/2026"], [], None),
    ("role", "bh-chedo", "mình ở Phòng Chế độ BHXH khu vực IX, báo cáo kết quả giải quyết kiến nghị nộp lúc nào?", [BH], ["tháng cuối quý"], [], None),
    ("plain", "bh-gd-dt", "Phòng Giám định bảo hiểm y tế của Bảo hiểm xã hội khu vực IX đối thoại với các cơ sở khám bệnh, chữa bệnh vào thời gian nào?", [BH], ["quý III/2026", "quý III"], [], None),
    ("typo", "bh-gd-ck", "BHXH khu vực IX công khai kết qủa giám định chi phí khám chữa bệnh BHYT 6 tháng đầu năm trước ngày nào", [BH], ["31/7/2026"], [], None),
    ("plain", "bh-kh-dt", "Theo kế hoạch của Bảo hiểm xã hội khu vực IX, dự toán kinh phí chi quản lý bộ máy năm 2026 phải công khai trong thời hạn bao lâu?", [BH], ["15 ngày"], [], None),
    ("chat", "bh-kh-qt", "Phòng KH-TC bên BHXH khu vực 9 công khai quyết toán 2025 tháng mấy thế ạ", [BH], ["tháng 9/2026", "9/2026"], [], None),
    ("abbrev", "bh-bienban", "BHXH CS đối thoại xong thì mấy ngày phải gửi BB về VP BHXH KV IX?", [BH], ["03 ngày làm việc"], [], None),
    ("colloquial", "bh-ttnd", "Ban TTND của BHXH khu vực IX nộp chương trình giám sát năm nay bữa nào là muộn nhất", [BH], ["31/3/2026"], [], None),
    ("list", "bh-list-phong", "Một năm các phòng của BHXH khu vực IX phải gửi báo cáo dân chủ về Văn phòng mấy lần, hạn từng kỳ?", [BH], [], ["16/3/2026", "16/6/2026", "16/9/2026", "18/11/2026"], None),
    ("list", "bh-list-yr", "BHXH khu vực IX: báo cáo năm các phòng nộp Văn phòng và cơ quan gửi BHXH Việt Nam hạn lần lượt là ngày nào?", [BH], [], ["18/11/2026", "25/11/2026"], None),
    ("list", "bh-list-gd", "Phòng Giám định BHYT của BHXH khu vực IX có những việc gì phải làm theo kế hoạch dân chủ, hạn khi nào?", [BH], [], ["quý III", "31/7/2026"], None),
    ("window", "bh-win-nextweek", "tuần sau BHXH khu vực IX có hạn báo cáo gì không ạ", [BH], ["16/6/2026", "19/6/2026"], [], "2026-06-10"),
    ("window", "bh-win-q3", "trong quý III/2026 BHXH khu vực IX có những hạn báo cáo nào?", [BH], [], ["16/9/2026", "18/9/2026"], "2026-07-15"),
    ("window", "bh-win-mar", "tháng 3 này bên BHXH khu vực IX có hạn nộp báo cáo gì?", [BH], ["16/3/2026", "20/3/2026"], [], "2026-03-02"),
    ("role", "bh-recipient", "em làm ở Văn phòng BHXH khu vực IX, báo cáo dân chủ của cơ quan gửi BHXH Việt Nam qua đơn vị nào ạ", [BH], ["Ban Tổ chức cán bộ"], [], None),
    ("plain", "bh-signer", "Ai ký Kế hoạch số 152/KH-KV9 của Bảo hiểm xã hội khu vực IX?", [BH], ["Đỗ Thị Mai Hương"], [], None),
    ("chat", "bh-kt", "Phòng Kiểm tra BHXH KV IX đi kiểm tra các BHXH cơ sở vào tháng nào vậy ad", [BH], ["tháng 10/2026"], [], None),
    ("plain", "bh-bienban", "Sau hội nghị đối thoại, Bảo hiểm xã hội cơ sở phải gửi biên bản đối thoại về Văn phòng Bảo hiểm xã hội khu vực IX trong thời hạn bao lâu?", [BH], ["03 ngày làm việc"], [], None),
    ("oos", "bh-oos-mucdong", "BHXH khu vực IX mức đóng bảo hiểm xã hội bắt buộc năm 2026 là bao nhiêu phần trăm?", "UP", [], [], None),
    ("oos", "bh-oos-luonghuu", "cho e hỏi lương hưu tháng 7 bên BHXH khu vực IX chi trả ngày nào ạ", "UP", [], [], None),
    ("oos", "bh-oos-thidua", "BHXH khu vực IX gửi hồ sơ đề nghị khen thưởng cuối năm cho Hội đồng Thi đua trước ngày nào?", "UP", [], [], None),
    ("oos", "bh-oos-qn", "Bảo hiểm xã hội tỉnh Quảng Ninh hạn gửi báo cáo dân chủ cơ sở năm 2026 là ngày nào?", "UP", [], [], None),
    # ---------------- the high school (web page, in the corpus from the start)
    ("plain", "th-conf", "Trường THPT Tam Đường tổ chức Hội nghị cán bộ, viên chức, người lao động năm học 2025 - 2026 vào ngày nào?", [TH], ["10/10/2025"], [], None),
    ("nodiac", "th-conf", "thpt tam duong hoi nghi vien chuc nam hoc 2025 2026 ngay nao", [TH], ["10/10/2025"], [], None),
    ("typo", "th-conf", "hội nghị viên chức trường THPT Tam Đườg năm học 2025-2026 tổ chức ngày nào", [TH], ["10/10/2025"], [], None),
    ("chat", "th-cmhs", "cho e hỏi trường Tam Đường họp phụ huynh đầu năm học hạn chót ngày nào vậy ạ", [TH], ["05/10/2025"], [], None),
    ("role", "th-gvcn", "em là giáo viên chủ nhiệm trường THPT Tam Đường thì theo kế hoạch dân chủ phải họp cha mẹ học sinh trước ngày nào?", [TH], ["05/10/2025"], [], None),
    ("abbrev", "th-thu", "THPT TĐ Lai Châu công khai các khoản thu đầu năm học trước ngày nào", [TH], ["20/10"], [], None),
    ("role", "th-to", "e là tổ trưởng tổ Toán - Tin trường THPT Tam Đường, báo cáo hằng tháng nộp cho ai, trước ngày mấy?", [TH], ["25 hằng tháng", "ngày 25"], ["Phó Hiệu trưởng"], None),
    ("plain", "th-hk1", "Báo cáo sơ kết học kỳ I thực hiện dân chủ của Trường THPT Tam Đường gửi Sở Giáo dục và Đào tạo trước ngày nào?", [TH], ["10/01/2026"], [], None),
    ("colloquial", "th-hk1", "trường Tam Đường nộp bc giữa năm học (sơ kết kỳ 1) về sở bữa nào là trễ nhất?", [TH], ["10/01/2026"], [], None),
    ("chat", "th-tk", "ad ơi bc tổng kết năm học về dân chủ bên THPT Tam Đường deadline ngày mấy ạ", [TH], ["25/5/2026"], [], None),
    ("typo", "th-tk", "trường THPT Tam Đường bào cáo tổng kết năm học thực hiện dân chủ gửi sở trước ngày nào", [TH], ["25/5/2026"], [], None),
    ("plain", "th-dt", "Trường THPT Tam Đường tổ chức đối thoại giữa Hiệu trưởng với học sinh vào thời gian nào?", [TH], ["Tháng 3/2026", "tháng 3"], [], None),
    ("chat", "th-dt", "Đoàn trường Tam Đường tổ chức diễn đàn học sinh với nhà trường tháng mấy vậy mn", [TH], ["tháng 3/2026", "tháng 3"], [], None),
    ("plain", "th-ttnd", "Ban Thanh tra nhân dân Trường THPT Tam Đường phải xây dựng chương trình giám sát trước ngày nào?", [TH], ["25/10/2025"], [], None),
    ("nodiac", "th-ck", "truong thpt tam duong cap nhat cong khai theo thong tu 09 tren trang thong tin dien tu vao thang nao", [TH], [], ["10/2025", "6/2026"], None),
    ("list", "th-list-bc", "Trường THPT Tam Đường phải gửi những báo cáo thực hiện dân chủ nào lên Sở GDĐT, hạn từng báo cáo?", [TH], [], ["10/01/2026", "25/5/2026"], None),
    ("list", "th-list-vp", "Tổ Văn phòng trường THPT Tam Đường phụ trách những việc gì trong kế hoạch dân chủ, hạn khi nào?", [TH], [], ["20/10", "6/2026"], None),
    ("list", "th-list-all", "liệt kê giúp mình các mốc thời gian trong kế hoạch dân chủ năm học 2025-2026 của THPT Tam Đường", [TH], [], ["10/10/2025", "10/01/2026", "25/5/2026"], None),
    ("role", "th-pht", "em là Phó Hiệu trưởng trường THPT Tam Đường, phải tổng hợp báo cáo gì gửi Sở, hạn nào?", [TH], [], ["10/01/2026", "25/5/2026"], None),
    ("plain", "th-ht-dt", "Khi có đề nghị đối thoại, Hiệu trưởng Trường THPT Tam Đường phải đối thoại chậm nhất trong bao nhiêu ngày?", [TH], ["07 ngày"], [], None),
    ("chat", "th-email", "cho em xin mail gửi bản mềm báo cáo dân chủ của trường THPT Tam Đường lên Sở ạ", [TH], ["vanphong.sgddt@laichau.edu.vn"], [], None),
    ("plain", "th-signer", "Ai ký Kế hoạch thực hiện dân chủ năm học 2025 - 2026 của Trường THPT Tam Đường?", [TH], ["Lò Văn Thắng"], [], None),
    ("abbrev", "th-homthu", "hòm thư góp ý của CMHS ở THPT Tam Đường do bộ phận nào quản lý", [TH], ["Tổ Văn phòng"], [], None),
    ("chat", "th-number", "số hiệu kế hoạch dân chủ của THPT Tam Đường năm học này là gì vậy ạ", [TH], ["48/KH-THPTTĐ"], [], None),
    ("chat", "th-thoathuan", "phụ huynh hỏi các khoản thu thỏa thuận ở THPT Tam Đường thì phải ai thống nhất mới được thu ạ", [TH], ["Ban đại diện cha mẹ học sinh"], [], None),
    ("window", "th-win-oct", "tháng này trường THPT Tam Đường có những việc gì về dân chủ phải làm xong?", [TH], [], ["05/10/2025", "10/10/2025"], "2025-10-01"),
    ("window", "th-win-may", "từ giờ tới cuối tháng 5 trường Tam Đường còn phải nộp báo cáo dân chủ gì?", [TH], ["25/5/2026"], [], "2026-05-04"),
    ("plain", "th-cmhs", "Theo kế hoạch của Trường THPT Tam Đường, họp cha mẹ học sinh đầu năm học phải tổ chức trước ngày nào?", [TH], ["05/10/2025"], [], None),
    ("oos", "th-oos-hocphi", "học phí trường THPT Tam Đường năm học 2025-2026 bao nhiêu một tháng?", [], [], [], None),
    ("oos", "th-oos-thi", "lịch thi học kỳ II trường THPT Tam Đường ngày nào vậy ạ", [], [], [], None),
    ("oos", "th-oos-2627", "kế hoạch dân chủ năm học 2026-2027 của trường THPT Tam Đường hạn báo cáo sơ kết là ngày nào", [], [], [], None),
    ("oos", "th-oos-lqd", "Trường THPT chuyên Lê Quý Đôn Lai Châu gửi báo cáo dân chủ cơ sở trước ngày nào?", [], [], [], None),
    # ---------------- the shipped corpus, in new words
    ("plain", "vh-vp-bc", "Văn phòng Sở Văn hóa, Thể thao và Du lịch Tây Ninh phải gửi báo cáo kết quả công tác dân vận chính quyền năm 2023 về UBND tỉnh chậm nhất ngày nào?", [VH], ["01/11/2023"], [], None),
    ("chat", "vh-vp-bc", "cho e hỏi VP Sở VHTTDL nộp bc dân vận chính quyền 2023 lên UBND tỉnh qua Sở NV hạn chót hôm nào ạ", [VH], ["01/11/2023"], [], None),
    ("role", "vh-dv-mail", "em ở đơn vị sự nghiệp trực thuộc Sở VHTTDL Tây Ninh, hồ sơ tự chấm điểm dân vận chính quyền 2023 gửi file mềm về mail nào, trễ nhất ngày mấy?", [VH], ["loandtm@tayninh.gov.vn"], ["27/10/2023"], None),
    ("plain", "vh-chitieu", "Sở Văn hóa, Thể thao và Du lịch Tây Ninh đặt chỉ tiêu bao nhiêu phần trăm cán bộ, công chức, viên chức được học tập, quán triệt các chỉ thị, nghị quyết về công tác dân vận năm 2023?", [VH], ["100%"], [], None),
    ("abbrev", "vh-1563", "Sở VHTTDL TN tự chấm điểm DVCQ 2023 theo bảng điểm của QĐ nào", [VH], ["1563/QĐ-UBND"], [], None),
    ("nodiac", "vh-signer", "ke hoach dan van chinh quyen 2023 so vhttdl tay ninh do ai ky", [VH], ["Trần Thị Huy Hoàng"], [], None),
    ("window", "vh-win", "sắp tới Sở VHTTDL Tây Ninh có hạn nộp gì về dân vận chính quyền không?", [VH], ["27/10/2023", "01/11/2023"], [], "2023-10-20"),
    ("plain", "kh-hinhthuc", "Sở Khoa học và Công nghệ Tây Ninh công khai cho công chức, viên chức, người lao động bằng những hình thức nào?", [KHCN], ["Văn phòng điện tử", "niêm yết"], [], None),
    ("nodiac", "kh-168", "so khcn tay ninh ban hanh quy tac ung xu cua cong chuc vien chuc theo quyet dinh so may", [KHCN], ["168/QĐ-KHCN"], [], None),
    ("colloquial", "kh-thidua", "Sở KH&CN Tây Ninh cuối năm gửi kết quả chấm điểm thi đua QCDC cho BCĐ tỉnh trễ nhất ngày nào?", [KHCN], ["10/12"], [], None),
    ("abbrev", "kh-tdc6", "Chi cục TĐC nộp bc QCDC 6 th về Sở KHCN (qua VP) trước ngày mấy", [KHCN], ["05/6"], [], None),
    ("list", "snn-list", "Sở Nông nghiệp và PTNT Tây Ninh yêu cầu các đơn vị trực thuộc gửi những gì về Văn phòng Sở trong năm 2024, hạn từng việc?", [SNN], [], ["22/3/2024", "20/5", "10/11"], None),
    ("role", "snn-yr", "em làm ở một đơn vị trực thuộc Sở NN&PTNT Tây Ninh, báo cáo năm QCDC 2024 nộp cho ai hạn nào ạ", [SNN], ["10/11"], [], None),
    ("plain", "snn-403", "Quy chế thực hiện dân chủ trong hoạt động của Sở Nông nghiệp và PTNT Tây Ninh được ban hành kèm theo quyết định nào?", [SNN], ["403/QĐ-SNN"], [], None),
    ("chat", "snn-guong", "mn ơi Sở NN Tây Ninh năm 2024 xét gương điển hình tiên tiến QCDC theo hướng dẫn nào vậy", [SNN], ["03-HD/BDVTU"], [], None),
    ("plain", "tp-ctnb", "Theo kế hoạch năm 2024 của UBND thành phố Tây Ninh, đơn vị nào hướng dẫn các cơ quan, đơn vị xây dựng Quy chế chi tiêu nội bộ?", [TP], ["Tài chính - Kế hoạch"], [], None),
    ("chat", "tp-kh", "UBND xã phường thuộc TP Tây Ninh gửi kế hoạch QCDC 2024 về Phòng Nội vụ deadline ngày nào ạ", [TP], ["31/3/2024"], [], None),
    ("typo", "tp-yr", "Thành phố Tây Ninh báo cáo năm QCDC 2024 nộp trươc ngày nào", [TP], ["30/10/2024"], [], None),
    ("colloquial", "tp-6m", "báo cáo nửa năm QCDC 2024 của các cơ quan TP Tây Ninh gửi Phòng Nội vụ hồi nào?", [TP], ["20/5/2024"], [], None),
    ("plain", "tp-1816", "Theo kế hoạch của UBND thành phố Tây Ninh năm 2024, việc đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân thực hiện theo quyết định nào?", [TP], ["1816-QĐ/TU"], [], None),
    ("window", "tp-win", "tháng này các cơ quan ở TP Tây Ninh phải nộp báo cáo QCDC gì?", [TP, SNN], ["20/5/2024"], [], "2024-05-02"),
    ("chat", "td-huyen", "ad ơi theo KH QCDC 2023 của Tỉnh đoàn Tây Ninh thì huyện đoàn báo cáo kiểu gì, có bc riêng ko ạ", [TD], ["lồng ghép"], [], None),
    ("role", "td-vp", "em ở Văn phòng Tỉnh đoàn Tây Ninh, kế hoạch QCDC 2023 giao Văn phòng làm gì vậy?", [TD], ["thường trực", "Ban Dân vận"], [], None),
    ("plain", "snn-noinhan", "Kế hoạch thực hiện Quy chế dân chủ năm 2024 của Sở Nông nghiệp và PTNT Tây Ninh được gửi đến những cơ quan nào?", [SNN], ["Ban Dân vận Tỉnh ủy", "Sở Nội vụ"], [], None),
    ("plain", "td-bcd", "Theo kế hoạch thực hiện Quy chế dân chủ cơ sở năm 2023 của Tỉnh đoàn Tây Ninh, ai triển khai thực hiện kế hoạch tại Ban chuyên môn, Văn phòng và địa bàn được phân công phụ trách?", [TD], ["thành viên Ban Chỉ đạo"], [], None),
    # ---------------- out of scope, general
    ("oos", "oos-nd59", "Nghị định 59/2023/NĐ-CP quy định mức xử phạt vi phạm về thực hiện dân chủ cơ sở là bao nhiêu tiền?", [], [], [], None),
    ("oos", "oos-luong", "lương cơ sở năm 2026 là bao nhiêu vậy ad", [], [], [], None),
    ("oos", "oos-khcn2021", "Kế hoạch QCDC năm 2021 của Sở KH&CN Tây Ninh hạn báo cáo năm là ngày nào?", [], [], [], None),
    ("oos", "oos-chao", "chào bot, hôm nay bạn khỏe không", [], [], [], None),
    ("oos", "oos-tncn", "hạn nộp hồ sơ quyết toán thuế thu nhập cá nhân năm 2025 là ngày nào?", [], [], [], None),
    ("oos", "oos-tnld", "báo cáo thống kê tai nạn lao động 6 tháng đầu năm gửi Sở Nội vụ trước ngày nào ạ", [], [], [], None),
    ("oos", "oos-vtv", "Đài Truyền hình Việt Nam tổ chức hội nghị viên chức năm 2026 ngày nào?", "UP", [], [], None),
    ("oos", "oos-kethon", "thủ tục đăng ký kết hôn cần những giấy tờ gì vậy ạ", [], [], [], None),
]


def build(raw: list[tuple] | None = None, prefix: str = "v4a", uploaded: set[str] | None = None) -> list[Question]:
    """The questions of a RAW table (this writer's by default), ids "<prefix>-NNN"; a question is asked
    after the uploads when its documents slot is "UP" or names an uploaded plan."""
    return numbered(prefix, RAW if raw is None else raw, UPLOADED if uploaded is None else uploaded)


def main() -> int:
    """Check the gold (every wordless alternative must appear too); unless `--check`, write the set."""
    return gold_main(__doc__, build, lambda rows: check_gold(
        rows, lambda name: plan_text(name, (CORPUS, PLANS_V4)), UPLOADED, alternatives="wordy"), OUT,
                     lambda rows: summary_line(rows, "v4a", (DT, BH, TH), "the uploads"))


if __name__ == "__main__":
    sys.exit(main())
