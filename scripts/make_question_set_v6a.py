#!/usr/bin/env python3
"""Build writer v6a's half of the blind set v6 (benchmarks/questions_v6a.jsonl).

Nobody tunes on this set before its one first contact, `python scripts/eval_questions.py --set v6`
(figures only); it is split by plan into v6dev/v6test afterwards. Its three plans
(benchmarks/plans_v6/v6a_*, written by scripts/make_plans_v6a.py) are of agencies and provinces found
in no earlier set: a university under a regional university (Word .docx with a deadline annex,
school year 2026-2027, uploaded with `qcdc add` during the run), a grassroots tax office (.rtf) and a
commune of the Mekong delta (a phone photo .jpg of its one printed page). Most questions are typed
the way staff type in Zalo or Telegram; about an eighth are out of scope (other agencies of the same
kinds, other provinces, topics no plan covers). Questions marked `"uploaded": true` are asked after
the university's plan is added.

Schema as benchmarks/questions_v5a.jsonl: id ("v6a-NNN"), tag, fact, question, documents,
answer_contains (any one), answer_all (every one), expect_found, optional today and uploaded.

Gold check, on every build, independent of the product: every answer string is found in the text
of its plan as a standard tool reads it: python-docx (paragraphs and table cells), striprtf (the
.rtf), the tesseract CLI (the photo). A string the OCR misses but the generator's source text holds
is listed as a misread, not a failure. Dates are written with two-digit days, so that no gold date
is a piece of another date ("5/6/2026" would be inside "15/6/2026").

    python scripts/make_question_set_v6a.py          # check, then write the set
    python scripts/make_question_set_v6a.py --check  # check only
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_plans_v6a import COMMUNE as CO, COMMUNE_PLAN, TAX as TX, UNIVERSITY as UN, body_lines  # noqa: E402
from make_question_set_v3a import TAGS, comparable  # noqa: E402
from make_question_set_v4a import Question, build as build_rows, raw_text as docx_or_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PLANS_V6 = ROOT / "benchmarks" / "plans_v6"
OUT = ROOT / "benchmarks" / "questions_v6a.jsonl"
UPLOADED = {UN}
UP = "UP"   # an out-of-scope question asked after the upload (v4a's marker)
CHAT_TAGS = ("chat", "nodiac", "abbrev", "colloquial", "typo", "role")

# (tag, fact, question, documents, answer_contains, answer_all, today); documents [] = out of scope.
RAW: list[tuple] = [
    # ---------------- the university (uploaded, .docx)
    ("plain", "u-hn", "Trường Đại học Nông Lâm, Đại học Huế tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027 vào ngày nào?", [UN], ["26/11/2026"], [], None),
    ("chat", "u-hn", "ad ơi hội nghị VC NLĐ trường ĐH Nông Lâm Huế năm nay họp ngày mấy vậy ạ", [UN], ["26/11/2026"], [], None),
    ("nodiac", "u-hn", "dh nong lam hue hop hoi nghi vien chuc nam hoc 2026 2027 ngay nao", [UN], ["26/11/2026"], [], None),
    ("plain", "u-hnkhoa", "Các khoa, phòng, trung tâm của Trường Đại học Nông Lâm Huế phải tổ chức hội nghị viên chức, người lao động cấp đơn vị xong trước ngày nào?", [UN], ["12/11/2026"], [], None),
    ("role", "u-hnkhoa", "em là thư ký khoa Chăn nuôi Thú y trường ĐHNL Huế, hội nghị cấp khoa phải xong trước ngày nào v ạ", [UN], ["12/11/2026"], [], None),
    ("abbrev", "u-hnkhoa", "ĐHNL Huế hn VC NLĐ cấp đv hạn chót ngày nào", [UN], ["12/11/2026"], [], None),
    ("plain", "u-hk1", "Trường Đại học Nông Lâm Huế gửi báo cáo sơ kết học kỳ I về thực hiện dân chủ cho Đại học Huế qua đơn vị nào và trước ngày nào?", [UN], ["15/01/2027"], ["Ban Tổ chức - Nhân sự"], None),
    ("chat", "u-hk1", "cho e hỏi bc sơ kết HK1 dân chủ của trường nông lâm huế gửi ĐH Huế deadline khi nào ạ", [UN], ["15/01/2027"], [], None),
    ("typo", "u-hk1", "trường đai học nông lâm huế báo cao sơ kết học kì 1 hạn ngày nao", [UN], ["15/01/2027"], [], None),
    ("plain", "u-nam", "Báo cáo tổng kết năm học 2026 - 2027 về thực hiện dân chủ của Trường Đại học Nông Lâm Huế phải gửi trước ngày nào?", [UN], ["25/6/2027"], [], None),
    ("colloquial", "u-nam", "báo cáo tổng kết cả năm học về dân chủ bên trường Nông Lâm Huế trễ nhất là bữa nào phải nộp", [UN], ["25/6/2027"], [], None),
    ("nodiac", "u-nam", "truong nong lam hue bao cao tong ket nam hoc dan chu gui dai hoc hue truoc ngay nao", [UN], ["25/6/2027"], [], None),
    ("plain", "u-khdv", "Các đơn vị thuộc Trường Đại học Nông Lâm Huế gửi kế hoạch thực hiện dân chủ của đơn vị về Phòng Hành chính - Tổ chức trước ngày nào?", [UN], ["18/9/2026"], [], None),
    ("role", "u-khdv", "mình ở Trung tâm Thực hành thực nghiệm của ĐH Nông Lâm Huế, kế hoạch dân chủ của trung tâm nộp P.HCTC trước ngày mấy", [UN], ["18/9/2026"], [], None),
    ("chat", "u-khdv", "kh dân chủ của khoa gửi phòng HCTC trường nông lâm huế hạn bao giờ mn", [UN], ["18/9/2026"], [], None),
    ("plain", "u-quy", "Các khoa, phòng, trung tâm của Trường Đại học Nông Lâm Huế gửi báo cáo quý về thực hiện dân chủ trước ngày nào?", [UN], ["24 của tháng cuối quý", "ngày 24 tháng cuối quý"], [], None),
    ("role", "u-quy", "e ở phòng Khoa học công nghệ trường ĐHNL Huế, bc quý dân chủ gửi phòng nào, hạn ngày mấy ạ", [UN], ["24 của tháng cuối quý", "ngày 24 tháng cuối quý"], ["Hành chính - Tổ chức"], None),
    ("abbrev", "u-quy", "ĐHNL Huế các đv nộp bc quý DC về P.HC-TC trc ngày bn của tháng cuối quý", [UN], ["24 của tháng cuối quý", "ngày 24 tháng cuối quý"], [], None),
    ("plain", "u-hocphi", "Trường Đại học Nông Lâm Huế công khai mức học phí năm học 2026 - 2027 trước ngày nào?", [UN], ["25/9/2026"], [], None),
    ("chat", "u-hocphi", "bao giờ trường nông lâm huế công khai học phí năm học mới vậy ad", [UN], ["25/9/2026"], [], None),
    ("nodiac", "u-hocphi", "phong ke hoach tai chinh dh nong lam hue cong khai muc hoc phi truoc ngay nao", [UN], ["25/9/2026"], [], None),
    ("plain", "u-dtsv", "Hiệu trưởng Trường Đại học Nông Lâm Huế đối thoại với sinh viên vào những thời gian nào trong năm học 2026 - 2027?", [UN], [], ["tháng 12/2026", "tháng 4/2027"], None),
    ("colloquial", "u-dtsv", "học kỳ 2 năm nay thầy hiệu trưởng Nông Lâm Huế có đối thoại với sinh viên không, tháng mấy", [UN], ["tháng 4/2027"], [], None),
    ("plain", "u-ttnd", "Ban Thanh tra nhân dân Trường Đại học Nông Lâm Huế gửi báo cáo kết quả giám sát năm học trước ngày nào?", [UN], ["12/6/2027"], [], None),
    ("chat", "u-ttnd", "ban thanh tra nhân dân trường nông lâm huế gửi kq giám sát năm học hạn chót khi nào vậy mn", [UN], ["12/6/2027"], [], None),
    ("abbrev", "u-ttnd", "BTTND trường ĐHNL Huế nộp bc giám sát năm học cho BCH CĐ trc ngày nào", [UN], ["12/6/2027"], [], None),
    ("chat", "u-adhoc", "ĐH Huế xin bc đột xuất về dân chủ thì trường nông lâm có mấy ngày để gửi vậy ạ", [UN], ["03 ngày làm việc", "3 ngày làm việc"], [], None),
    ("plain", "u-adhoc", "Trường Đại học Nông Lâm Huế gửi báo cáo đột xuất về thực hiện dân chủ trong thời hạn bao lâu kể từ khi nhận yêu cầu?", [UN], ["03 ngày làm việc", "3 ngày làm việc"], [], None),
    ("nodiac", "u-adhoc", "dh nong lam hue bao cao dot xuat dan chu gui trong may ngay", [UN], ["03 ngày làm việc", "3 ngày làm việc"], [], None),
    ("colloquial", "u-thuongtruc", "ở trường Nông Lâm Huế thì phòng nào lo theo dõi, đôn đốc việc thực hiện dân chủ", [UN], ["Phòng Hành chính - Tổ chức"], [], None),
    ("plain", "u-thuongtruc", "Đơn vị nào là cơ quan thường trực thực hiện dân chủ của Trường Đại học Nông Lâm Huế?", [UN], ["Phòng Hành chính - Tổ chức"], [], None),
    ("window", "u-win-nov", "tháng này trường ĐH Nông Lâm Huế có hạn gì về dân chủ không ạ", [UN], [], ["12/11/2026", "26/11/2026"], "2026-11-02"),
    ("list", "u-hctc", "Phòng Hành chính - Tổ chức Trường Đại học Nông Lâm Huế phải gửi những báo cáo nào cho Đại học Huế, hạn từng cái?", [UN], [], ["15/01/2027", "25/6/2027"], None),
    ("role", "u-dv-hk1", "em làm văn thư khoa Lâm nghiệp ĐH Nông Lâm Huế, bc học kỳ I của khoa nộp trước ngày nào ạ", [UN], ["28/12/2026"], [], None),
    ("nodiac", "u-dv-nam", "cac khoa truong nong lam hue nop bao cao nam hoc ve dan chu truoc ngay nao", [UN], ["11/6/2027"], [], None),
    # ---------------- the tax office (.rtf)
    ("plain", "t-hn", "Thuế cơ sở 4 tỉnh Quảng Ninh tổ chức Hội nghị công chức, người lao động năm 2026 vào ngày nào?", [TX], ["10/3/2026"], [], None),
    ("chat", "t-hn", "ad ơi hội nghị CCVC NLĐ bên thuế cơ sở 4 quảng ninh năm nay họp ngày nào vậy", [TX], ["10/3/2026"], [], None),
    ("nodiac", "t-hn", "thue co so 4 quang ninh hoi nghi cong chuc nguoi lao dong 2026 ngay may", [TX], ["10/3/2026"], [], None),
    ("abbrev", "t-hn", "TCS4 QN tổ chức HN CC NLĐ 2026 ngày nào", [TX], ["10/3/2026"], [], None),
    ("plain", "t-6m", "Thuế cơ sở 4 tỉnh Quảng Ninh gửi báo cáo kết quả thực hiện dân chủ 6 tháng năm 2026 trước ngày nào?", [TX], ["12/6/2026"], [], None),
    ("chat", "t-6m", "cho em hỏi deadline bc dân chủ 6 tháng của thuế cơ sở 4 QN gửi thuế tỉnh là ngày mấy ạ", [TX], ["12/6/2026"], [], None),
    ("abbrev", "t-6m", "TCS 4 Q.Ninh bc DCCS 6th gửi Thuế tỉnh qua P.TCCB hạn ngày nào", [TX], ["12/6/2026"], [], None),
    ("nodiac", "t-6m", "bao cao 6 thang dan chu co so thue co so 4 quang ninh han chot", [TX], ["12/6/2026"], [], None),
    ("colloquial", "t-6m-to", "báo cáo dân chủ của Thuế cơ sở 4 Quảng Ninh gửi lên Thuế tỉnh là qua phòng nào vậy", [TX], ["Phòng Tổ chức cán bộ"], [], None),
    ("plain", "t-nam", "Thuế cơ sở 4 tỉnh Quảng Ninh gửi báo cáo năm về thực hiện dân chủ ở cơ sở trước ngày nào?", [TX], ["19/11/2026"], [], None),
    ("typo", "t-nam", "thuế cơ sỏ 4 quảng ninh báo cáo năm dân chủ hạn chot ngày nào", [TX], ["19/11/2026"], [], None),
    ("colloquial", "t-nam", "bc cả năm về dân chủ bên Thuế cơ sở 4 Quảng Ninh chậm nhất bữa nào phải gửi thuế tỉnh", [TX], ["19/11/2026"], [], None),
    ("plain", "t-quy", "Báo cáo quý về thực hiện dân chủ của Thuế cơ sở 4 tỉnh Quảng Ninh gửi Thuế tỉnh trước ngày nào?", [TX], ["18 của tháng cuối quý", "ngày 18 tháng cuối quý"], [], None),
    ("role", "t-quy", "em ở Tổ HC-NS-TV-AC thuế cơ sở 4 Quảng Ninh, bc quý dân chủ lên thuế tỉnh hạn ngày mấy vậy ạ", [TX], ["18 của tháng cuối quý", "ngày 18 tháng cuối quý"], [], None),
    ("abbrev", "t-quy", "TCS4 QN bc quý DCCS nộp Thuế tỉnh trc ngày bn tháng cuối quý", [TX], ["18 của tháng cuối quý", "ngày 18 tháng cuối quý"], [], None),
    ("chat", "t-adhoc", "thuế tỉnh xin bc đột xuất thì TCS4 Quảng Ninh phải gửi trong mấy ngày vậy mn", [TX], ["02 ngày làm việc", "2 ngày làm việc"], [], None),
    ("plain", "t-adhoc", "Thời hạn gửi báo cáo đột xuất về dân chủ của Thuế cơ sở 4 tỉnh Quảng Ninh là bao lâu?", [TX], ["02 ngày làm việc", "2 ngày làm việc"], [], None),
    ("role", "t-ttht", "mình ở Tổ Tuyên truyền và Hỗ trợ NNT thuế cơ sở 4 QN, tổng hợp phản ánh kiến nghị hằng tháng gửi trước ngày mấy", [TX], ["25 hằng tháng"], [], None),
    ("plain", "t-ttht", "Tổ Tuyên truyền và Hỗ trợ người nộp thuế của Thuế cơ sở 4 tỉnh Quảng Ninh gửi tổng hợp phản ánh, kiến nghị của người nộp thuế cho tổ nào, trước ngày nào hằng tháng?", [TX], ["25 hằng tháng"], ["Hành chính - Nhân sự - Tài vụ - Ấn chỉ"], None),
    ("chat", "t-ttht", "tổng hợp kiến nghị NNT hằng tháng bên TCS4 Quảng Ninh deadline ngày bn vậy ạ", [TX], ["25 hằng tháng"], [], None),
    ("chat", "t-hotline", "cho e xin số đường dây nóng phản ánh của thuế cơ sở 4 quảng ninh với ạ", [TX], ["0203.3862.447", "02033862447", "0203 3862 447"], [], None),
    ("nodiac", "t-hotline", "duong day nong thue co so 4 quang ninh so may", [TX], ["0203.3862.447", "02033862447", "0203 3862 447"], [], None),
    ("plain", "t-khoan", "Thuế cơ sở 4 tỉnh Quảng Ninh niêm yết công khai danh sách hộ kinh doanh nộp thuế khoán lần thứ nhất trước ngày nào?", [TX], ["20/01/2026"], [], None),
    ("colloquial", "t-khoan", "danh sách hộ khoán của thuế cơ sở 4 Quảng Ninh dán lên ở xã phường lần đầu là trước bữa nào", [TX], ["20/01/2026"], [], None),
    ("chat", "t-khoan", "ad ơi TCS4 QN niêm yết mức thuế khoán lần 1 hạn khi nào ạ", [TX], ["20/01/2026"], [], None),
    ("role", "t-khto", "em mới về tổ Kiểm tra của thuế cơ sở 4 Quảng Ninh, kế hoạch dân chủ của tổ phải gửi trong bao nhiêu ngày ạ", [TX], ["20 ngày"], [], None),
    ("plain", "t-khto", "Các tổ thuộc Thuế cơ sở 4 tỉnh Quảng Ninh gửi kế hoạch thực hiện dân chủ của tổ trong thời hạn bao lâu?", [TX], ["20 ngày"], [], None),
    ("role", "t-to6m", "e ở tổ Quản lý hộ kinh doanh TCS4 Quảng Ninh, báo cáo 6 tháng của tổ nộp trước ngày nào ạ", [TX], ["29/5/2026"], [], None),
    ("abbrev", "t-to6m", "các tổ TCS4 QN nộp bc DC 6th về tổ HC trc ngày nào", [TX], ["29/5/2026"], [], None),
    ("plain", "t-to6m", "Các tổ thuộc Thuế cơ sở 4 tỉnh Quảng Ninh nộp báo cáo kết quả thực hiện dân chủ 6 tháng trước ngày nào?", [TX], ["29/5/2026"], [], None),
    ("plain", "t-tonam", "Các tổ thuộc Thuế cơ sở 4 tỉnh Quảng Ninh gửi báo cáo năm về thực hiện dân chủ trước ngày nào?", [TX], ["10/11/2026"], [], None),
    ("typo", "t-tonam", "các tô thuộc thuế cơ sở 4 quang ninh nộp bao cáo năm trươc ngày nào", [TX], ["10/11/2026"], [], None),
    ("plain", "t-doithoai", "Thuế cơ sở 4 tỉnh Quảng Ninh tổ chức hội nghị đối thoại với doanh nghiệp, hộ kinh doanh mấy lần trong năm 2026, vào khi nào?", [TX], ["quý II và quý IV"], [], None),
    ("chat", "t-doithoai", "năm nay thuế cơ sở 4 QN có đối thoại với doanh nghiệp hộ kd k ạ, vào quý mấy", [TX], ["quý II và quý IV"], [], None),
    ("colloquial", "t-doithoai", "doanh nghiệp muốn gặp thuế cơ sở 4 Quảng Ninh để đối thoại thì năm nay có mấy đợt", [TX], ["quý II và quý IV"], [], None),
    ("nodiac", "t-tiepdan", "truong thue co so 4 quang ninh tiep cong dan vao thu may", [TX], ["thứ Tư", "thu tu"], [], None),
    ("colloquial", "t-tiepdan", "muốn gặp trưởng thuế cơ sở 4 Quảng Ninh để phản ánh thì đi vào buổi nào trong tuần", [TX], ["thứ Tư"], [], None),
    ("plain", "t-tiepdan", "Trưởng Thuế cơ sở 4 tỉnh Quảng Ninh tiếp người nộp thuế, công dân định kỳ vào thời gian nào?", [TX], ["thứ Tư"], [], None),
    ("plain", "t-ttnd", "Ban Thanh tra nhân dân Thuế cơ sở 4 tỉnh Quảng Ninh gửi báo cáo kết quả giám sát năm trước ngày nào?", [TX], ["17/11/2026"], [], None),
    ("chat", "t-ttnd", "BTTND thuế cơ sở 4 quảng ninh nộp bc giám sát năm hạn bữa nào vậy ạ", [TX], ["17/11/2026"], [], None),
    ("list", "t-hcns", "Tổ Hành chính - Nhân sự - Tài vụ - Ấn chỉ của Thuế cơ sở 4 tỉnh Quảng Ninh phải làm những báo cáo dân chủ nào, hạn khi nào?", [TX], [], ["12/6/2026", "19/11/2026"], None),
    ("window", "t-tonam", "tháng này các tổ bên thuế cơ sở 4 Quảng Ninh có hạn báo cáo gì không ad", [TX], ["10/11/2026"], [], "2026-11-02"),
    ("window", "t-6m", "tuần sau thuế cơ sở 4 quảng ninh có phải nộp bc dân chủ nào lên thuế tỉnh k", [TX], ["12/6/2026"], [], "2026-06-04"),
    ("plain", "t-signer", "Ai ký Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của Thuế cơ sở 4 tỉnh Quảng Ninh?", [TX], ["Vũ Đình Khánh"], [], None),
    # ---------------- the commune (photo .jpg)
    ("plain", "c-hnap", "Các ấp của xã Thới Lai phải tổ chức hội nghị Nhân dân bàn và quyết định công trình giao thông nông thôn xong trước ngày nào?", [CO], ["26/3/2026"], [], None),
    ("chat", "c-hnap", "cho em hỏi mấy ấp ở xã Thới Lai họp dân bàn làm đường phải xong trước ngày nào ạ", [CO], ["26/3/2026"], [], None),
    ("nodiac", "c-hnap", "xa thoi lai can tho hoi nghi nhan dan o ap hoan thanh truoc ngay nao", [CO], ["26/3/2026"], [], None),
    ("role", "c-hnap", "tui là trưởng ấp ở xã Thới Lai, hội nghị dân ấp tui phải họp trước ngày mấy vậy", [CO], ["26/3/2026"], [], None),
    ("role", "c-truongap", "em là trưởng ấp bên xã Thới Lai, họp dân xong thì trong mấy ngày phải báo cáo lên xã ạ", [CO], ["05 ngày làm việc", "5 ngày làm việc"], [], None),
    ("chat", "c-truongap", "họp ấp xong bao lâu phải gửi kết quả về UBND xã Thới Lai vậy ad", [CO], ["05 ngày làm việc", "5 ngày làm việc"], [], None),
    ("plain", "c-truongap", "Trưởng ấp ở xã Thới Lai báo cáo kết quả hội nghị Nhân dân về Ủy ban nhân dân xã chậm nhất bao lâu sau hội nghị?", [CO], ["05 ngày làm việc", "5 ngày làm việc"], [], None),
    ("plain", "c-tiepdan", "Chủ tịch Ủy ban nhân dân xã Thới Lai tiếp công dân vào ngày nào trong tuần?", [CO], ["thứ Sáu"], [], None),
    ("nodiac", "c-tiepdan", "chu tich xa thoi lai tiep dan sang thu may", [CO], ["thứ Sáu", "thu sau"], [], None),
    ("chat", "c-tiepdan", "muốn gặp chủ tịch xã Thới Lai phản ánh thì đi bữa nào vậy mn", [CO], ["thứ Sáu"], [], None),
    ("plain", "c-doithoai", "Ủy ban nhân dân xã Thới Lai tổ chức hội nghị đối thoại với Nhân dân năm 2026 vào thời gian nào?", [CO], ["tháng 5/2026"], [], None),
    ("colloquial", "c-doithoai", "năm nay xã Thới Lai có đối thoại với bà con không, tính làm vào tháng mấy", [CO], ["tháng 5/2026"], [], None),
    ("typo", "c-doithoai", "xã thới lai hội nghi đối thoại vơi nhân dân năm 2026 khi nao", [CO], ["tháng 5/2026"], [], None),
    ("plain", "c-6m", "Xã Thới Lai gửi báo cáo 6 tháng về thực hiện dân chủ ở cơ sở năm 2026 trước ngày nào?", [CO], ["15/6/2026"], [], None),
    ("abbrev", "c-6m", "VP HĐND-UBND xã Thới Lai bc DCCS 6th gửi UBND TP qua SNV hạn ngày nào", [CO], ["15/6/2026"], [], None),
    ("chat", "c-6m", "ad cho e hỏi deadline bc 6 tháng dân chủ xã Thới Lai là ngày mấy ạ", [CO], ["15/6/2026"], [], None),
    ("nodiac", "c-6m", "xa thoi lai bao cao 6 thang dan chu co so han ngay nao", [CO], ["15/6/2026"], [], None),
    ("plain", "c-nam", "Báo cáo năm 2026 về thực hiện dân chủ ở cơ sở của xã Thới Lai phải gửi trước ngày nào?", [CO], ["30/11/2026"], [], None),
    ("typo", "c-nam", "xa thới lai báo cáo năm dân chủ cơ sơ hạn chót ngay nào", [CO], ["30/11/2026"], [], None),
    ("chat", "c-nam", "bc năm dân chủ của xã Thới Lai nộp hạn chót bữa nào vậy ạ", [CO], ["30/11/2026"], [], None),
    ("colloquial", "c-to", "báo cáo dân chủ của xã Thới Lai gửi lên thành phố Cần Thơ thì qua sở nào", [CO], ["Sở Nội vụ"], [], None),
    ("plain", "c-to", "Báo cáo 6 tháng về dân chủ của xã Thới Lai được gửi Ủy ban nhân dân thành phố Cần Thơ qua cơ quan nào?", [CO], ["Sở Nội vụ"], [], None),
    ("role", "c-ktquy", "em ở Phòng Kinh tế xã Thới Lai, báo cáo quý về văn phòng nộp trước ngày mấy vậy", [CO], ["20 của tháng cuối quý", "ngày 20 tháng cuối quý"], [], None),
    ("abbrev", "c-ktquy", "P.KT xã Thới Lai bc quý về VP HĐND UBND trc ngày nào", [CO], ["20 của tháng cuối quý", "ngày 20 tháng cuối quý"], [], None),
    ("plain", "c-ktquy", "Phòng Kinh tế xã Thới Lai gửi báo cáo quý về Văn phòng HĐND và UBND xã trước ngày nào?", [CO], ["20 của tháng cuối quý", "ngày 20 tháng cuối quý"], [], None),
    ("plain", "c-mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Thới Lai gửi kết quả giám sát năm về Ủy ban nhân dân xã trước ngày nào?", [CO], ["18/11/2026"], [], None),
    ("chat", "c-mttq", "MTTQ xã Thới Lai gửi kq giám sát năm cho UB xã hạn bao giờ ạ", [CO], ["18/11/2026"], [], None),
    ("nodiac", "c-mttq", "mat tran to quoc xa thoi lai gui ket qua giam sat nam truoc ngay nao", [CO], ["18/11/2026"], [], None),
    ("chat", "c-hotline", "cho mình xin sđt đường dây nóng của xã Thới Lai để phản ánh với", [CO], ["0292.3680.215", "02923680215", "0292 3680 215"], [], None),
    ("plain", "c-hotline", "Số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị của xã Thới Lai là số nào?", [CO], ["0292.3680.215", "02923680215", "0292 3680 215"], [], None),
    ("plain", "c-signer", "Ai ký Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của Ủy ban nhân dân xã Thới Lai?", [CO], ["Lâm Thị Mỹ Duyên"], [], None),
    ("chat", "c-signer", "kế hoạch dân chủ 2026 xã Thới Lai ai ký vậy ad", [CO], ["Lâm Thị Mỹ Duyên"], [], None),
    ("colloquial", "c-zalo", "ở xã Thới Lai thì kế hoạch dân chủ được thông tin cho dân qua những kênh nào ngoài niêm yết", [CO], [], ["loa truyền thanh", "Zalo"], None),
    ("list", "c-vp", "Văn phòng HĐND và UBND xã Thới Lai phải tham mưu những báo cáo dân chủ nào, hạn từng cái?", [CO], [], ["15/6/2026", "30/11/2026"], None),
    ("list", "c-dates", "liệt kê giúp em các hạn trong kế hoạch dân chủ 2026 của xã Thới Lai với ạ", [CO], [], ["26/3/2026", "15/6/2026", "18/11/2026", "30/11/2026"], None),
    ("window", "c-win-nov", "tháng này xã Thới Lai có những hạn gì về dân chủ cơ sở vậy", [CO], [], ["18/11/2026", "30/11/2026"], "2026-11-02"),
    ("window", "c-hnap", "tuần này các ấp xã Thới Lai phải xong việc gì không ad", [CO], ["26/3/2026"], [], "2026-03-23"),
    # ---------------- out of scope
    ("oos", "o-u-hocphi", "Học phí ngành Thú y của Trường Đại học Nông Lâm Huế năm học 2026 - 2027 là bao nhiêu một tín chỉ?", UP, [], [], None),
    ("oos", "o-u-ktx", "ad ơi ký túc xá trường ĐH Nông Lâm Huế giá phòng bao nhiêu 1 tháng v", UP, [], [], None),
    ("oos", "o-u-hcm", "Trường Đại học Nông Lâm TP. Hồ Chí Minh tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027 vào ngày nào?", UP, [], [], None),
    ("oos", "o-u-diemchuan", "dhnl hue xet tuyen hoc ba nam 2026 diem chuan bao nhieu", UP, [], [], None),
    ("oos", "o-u-cdyt", "Trường Cao đẳng Y tế Huế gửi báo cáo sơ kết học kỳ I về dân chủ cho ai, trước ngày nào?", UP, [], [], None),
    ("oos", "o-t-hp", "Thuế cơ sở 3 thành phố Hải Phòng gửi báo cáo dân chủ 6 tháng năm 2026 trước ngày nào?", [], [], [], None),
    ("oos", "o-t-haiquan", "cho em hỏi Chi cục Hải quan khu vực VIII hạn nộp bc dân chủ năm 2026 là ngày nào ạ", [], [], [], None),
    ("oos", "o-t-laocai", "Thuế tỉnh Lào Cai tổ chức hội nghị công chức, người lao động năm 2026 vào ngày nào?", [], [], [], None),
    ("oos", "o-t-khoan", "mức thuế khoán của hộ bán tạp hóa ở Cẩm Phả năm 2026 là bao nhiêu vậy ad", [], [], [], None),
    ("oos", "o-t-2027", "Kế hoạch dân chủ năm 2027 của Thuế cơ sở 4 Quảng Ninh có hạn báo cáo 6 tháng là ngày nào?", [], [], [], None),
    ("oos", "o-t-hoanthue", "thủ tục hoàn thuế thu nhập cá nhân năm 2025 nộp hồ sơ ở đâu", [], [], [], None),
    ("oos", "o-c-iagrai", "UBND xã Ia Grai tỉnh Gia Lai tổ chức hội nghị đối thoại với Nhân dân khi nào?", [], [], [], None),
    ("oos", "o-c-vinhlong", "xa thanh phu tinh vinh long han bao cao dan chu 6 thang la ngay nao", [], [], [], None),
    ("oos", "o-c-giong", "xã Thới Lai hỗ trợ lúa giống cho bà con bao nhiêu kg một công vậy ạ", [], [], [], None),
    ("oos", "o-c-tiemchung", "Lịch tiêm chủng cho trẻ ở trạm y tế xã Thới Lai tháng này là ngày nào?", [], [], [], None),
    ("oos", "o-c-xebuyt", "em hỏi chút, giá vé xe buýt từ Thới Lai lên trung tâm Cần Thơ bao nhiêu ạ", [], [], [], None),
]


def build() -> list[Question]:
    return build_rows(RAW, "v6a", UPLOADED)


def read_plan(path: Path) -> str:
    """A plan's text as a standard tool reads it: striprtf for .rtf, pypdfium2 for a text-layer .pdf, the
    tesseract CLI (Vietnamese) for a photo, python-docx for .docx (paragraphs and table cells), lxml for
    .html, else as is."""
    if path.suffix == ".rtf":
        from striprtf.striprtf import rtf_to_text

        return rtf_to_text(path.read_text(encoding="ascii"))
    if path.suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    if path.suffix == ".jpg":
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["tesseract", str(path), f"{tmp}/page", "-l", "vie"], check=True, capture_output=True)
            return Path(f"{tmp}/page.txt").read_text(encoding="utf-8")
    return docx_or_text(path)


def shape_problems(r: Question) -> list[str]:
    """What is wrong with a question's form, whatever its plan says."""
    wanted = r.answer_contains + r.answer_all
    if r.tag not in TAGS:
        return [f"{r.id}: unknown tag {r.tag}"]
    if (r.tag == "oos") != (not r.expect_found):
        return [f"{r.id}: a question without documents must be tagged oos, and only then"]
    if r.tag == "oos":
        return [f"{r.id}: out of scope with gold answers"] if wanted else []
    if not wanted:
        return [f"{r.id}: no answer string"]
    if bool(set(r.documents) & UPLOADED) != r.uploaded:
        return [f"{r.id}: uploaded flag does not match its documents"]
    return []


def gold_problems(rows: list[Question]) -> tuple[list[str], list[str]]:
    """(problems, OCR misreads): a question of the wrong form, a repeated question, an answer string
    its plan's text lacks. A string the OCR of the photo misses but its source text holds is a misread."""
    read = {name: comparable(read_plan(PLANS_V6 / name)) for name in (UN, TX, CO)}
    source = {CO: comparable(" ".join(body_lines(COMMUNE_PLAN) + COMMUNE_PLAN.recipients + [COMMUNE_PLAN.signer]))}
    problems = [p for r in rows for p in shape_problems(r)]
    misread: list[str] = []
    for r in (r for r in rows if r.expect_found):
        def held(s: str) -> bool:
            if any(comparable(s) in read[d] for d in r.documents):
                return True
            if any(comparable(s) in source.get(d, "") for d in r.documents):
                misread.append(f"{r.id}: {s!r}")
                return True
            return False

        problems += [f"{r.id}: {s!r} not in its plan" for s in r.answer_all if not held(s)]
        if r.answer_contains and not any(held(s) for s in r.answer_contains):
            problems.append(f"{r.id}: none of {r.answer_contains} in its plan")
    if len({comparable(r.question) for r in rows}) != len(rows):
        problems.append("a question is repeated")
    return problems, misread


def crossed_numbers(rows: list[Question]) -> list[str]:
    """Gold strings with a digit that the other writer's plans of v6 hold, and the other writer's such
    gold strings that these plans hold: a date of another plan in a wrong answer would pass as right."""
    others = {f.name: comparable(read_plan(f)) for f in sorted(PLANS_V6.iterdir())
              if f.is_file() and not f.name.startswith("v6a_")}
    mine = {name: comparable(read_plan(PLANS_V6 / name)) for name in (UN, TX, CO)}
    theirs = {s for f in sorted(OUT.parent.glob("questions_v6*.jsonl")) if f != OUT
              for q in map(json.loads, f.read_text(encoding="utf-8").splitlines())
              for s in q.get("answer_contains", []) + q.get("answer_all", [])}
    out = [f"{r.id}: {s!r} is in {n}" for r in rows for s in r.answer_contains + r.answer_all
           if any(ch.isdigit() for ch in s) for n, text in others.items() if comparable(s) in text]
    out += [f"another writer's {s!r} is in {n}" for s in sorted(theirs) if any(ch.isdigit() for ch in s)
            for n, text in mine.items() if comparable(s) in text]
    return out


def summary(rows: list[Question]) -> str:
    """One line of counts: questions, facts, per plan, chat-style, out of scope, uploaded, per tag."""
    inscope = [r for r in rows if r.expect_found]
    counts = ", ".join(f"{t} {sum(r.tag == t for r in rows)}" for t in TAGS)
    per_plan = ", ".join(f"{n} {sum(n in r.documents for r in rows)}" for n in (UN, TX, CO))
    chat = sum(r.tag in CHAT_TAGS for r in inscope)
    return (f"{len(rows)} questions, {len({r.fact for r in inscope})} facts, gold checked; in scope {len(inscope)} "
            f"({per_plan}), chat-style {chat}, out of scope {len(rows) - len(inscope)}, "
            f"{sum(r.uploaded for r in rows)} asked after the upload; {counts}")


def main() -> int:
    """Check the gold, then write the set unless told `--check`; exit with the problems if any."""
    cli = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    cli.add_argument("--check", action="store_true", help="check the gold only, write nothing")
    write = not cli.parse_args().check
    sys.path.insert(0, str(ROOT))   # index.vietnamese, for the folded comparison
    rows = build()
    problems, misread = gold_problems(rows)
    problems += crossed_numbers(rows)
    if misread:
        print(f"OCR of the photo misreads {len(misread)} gold strings (held by its source text): " + "; ".join(misread))
    if problems:
        sys.exit("\n".join(problems))
    if write:
        OUT.write_text("".join(json.dumps(r.row(), ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
