#!/usr/bin/env python3
"""Build writer v4b's half of the blind test set v4 (benchmarks/questions_v4b.jsonl).

Nobody tunes on this set before its one first contact, `python scripts/eval_questions.py --set v4`
(figures only; then it is split by plan into v4dev/v4test). Its three plans (benchmarks/plans_v4/v4b_*,
rendered by scripts/make_plans_v4b.py from scripts/plans_v4b_text.py) are of agencies and provinces
found nowhere else in the project; about a fifth of the in-scope questions ask about the shipped corpus
in new words. The Văn phòng's and the commune's .docx are uploaded during the run (`qcdc add`): every
question about them carries `"uploaded": true`; the CDC's .pdf is indexed with the corpus.

Schema as benchmarks/questions_v3a.jsonl: id ("v4b-NNN"), tag, fact, question, documents (a source
from one of them in the top 5), answer_contains (any one), answer_all (every one), expect_found,
optional today (YYYY-MM-DD) and uploaded.

Gold check, on every build: each named document exists, and every answer string appears in the text
of the named documents extracted independently of the product (python-docx for .docx, pypdfium2 for
.pdf, the file itself for .txt), compared folded (index.vietnamese.fold; leading zeros of numbers and
spacing do not matter either).

    python scripts/make_question_set_v4b.py          # check, then write the set
    python scripts/make_question_set_v4b.py --check  # check only
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from index.vietnamese import fold  # noqa: E402
from blindset.question_sets import TAGS, GoldReport, docx_text, gold_main, pdf_text_layer  # noqa: E402
from blindset.question_sets import QuestionV3 as Question  # noqa: E402  (v3's row type)

PLANS_V4 = ROOT / "benchmarks" / "plans_v4"
CORPUS = ROOT / "corpus"
OUT = ROOT / "benchmarks" / "questions_v4b.jsonl"

# plans v4b
VP = "v4b_vpdbhdnd_tuyenquang_2026.docx"          # uploaded during the run
XA = "v4b_ubnd_xa_myphudong_angiang_2026.docx"     # uploaded during the run
CDC = "v4b_cdc_khanhhoa_2026.pdf"
UPLOADED = {VP, XA}
#: out-of-scope questions naming these places are asked after the upload, next to the plans they are near
NEAR_UPLOADED = ("Tuyên Quang", "Mỹ Phú Đông", "An Giang")
# shipped corpus
SNN, TD, TP, KHCN, VH = ("000_dba3e34fd191b3d8.txt", "001_8738c34ce01b9099.txt", "002_30e115d56b467f0f.txt",
                         "003_35e899f94de57b09.txt", "004_8f22e1142d4e47e2.txt")


def d(date: str) -> tuple[str, ...]:
    """A date as the plan writes it and without/with leading zeros: "4/6/2026" -> ("4/6/2026", "04/06/2026", ...)."""
    day, month, *year = date.split("/")
    forms = []
    for dd in (day.lstrip("0"), day.zfill(2)):
        for mm in (month.lstrip("0"), month.zfill(2)):
            forms.append("/".join([dd, mm, *year]))
    return tuple(dict.fromkeys(forms))


# (fact, documents, answer_contains, [(tag, question), ...]); answer_contains: any one must appear
FACTS: list[tuple[str, tuple[str, ...], tuple[str, ...], list[tuple[str, str]]]] = [
    # --- Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang (docx, header table, 3-line title; uploaded)
    ("vp-conf", (VP,), d("30/01/2026"), [
        ("plain", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Tuyên Quang tổ chức Hội nghị cán bộ, "
                  "công chức, viên chức và người lao động năm 2026 vào ngày nào?"),
        ("chat", "ad ơi hội nghị CCVC năm 2026 bên VP Đoàn ĐBQH và HĐND Tuyên Quang tổ chức hôm nào vậy ạ")]),
    ("vp-rule", (VP,), d("13/3/2026"), [
        ("plain", "Theo kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên "
                  "Quang, Quy chế thực hiện dân chủ sửa đổi phải trình Chánh Văn phòng ban hành trước ngày nào?"),
        ("typo", "Hạn trình quy chế dân chủ sửa đổi của Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quag là ngày nào?")]),
    ("vp-6m", (VP,), d("12/6/2026"), [
        ("plain", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang gửi báo cáo 6 tháng kết quả thực hiện dân chủ ở cơ "
                  "sở chậm nhất ngày nào?"),
        ("chat", "cho e hỏi bc 6 tháng dân chủ cơ sở của VP Đoàn ĐBQH và HĐND Tuyên Quang hạn chót ngày nào ạ")]),
    ("vp-year", (VP,), d("19/11/2026"), [
        ("plain", "Báo cáo năm 2026 về thực hiện dân chủ ở cơ sở của Văn phòng Đoàn đại biểu Quốc hội và HĐND "
                  "tỉnh Tuyên Quang phải gửi chậm nhất ngày nào?"),
        ("colloquial", "báo cáo cuối năm dân chủ cơ sở của VP Đoàn ĐBQH và HĐND Tuyên Quang deadline hồi nào"),
        ("abbrev", "VP ĐĐBQH và HĐND tỉnh TQ bc năm THDCCS 2026 hạn chót")]),
    ("vp-recipient", (VP,), ("Sở Nội vụ", "Ban Chỉ đạo", "Ban Dân vận Tỉnh ủy"), [
        ("plain", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang gửi báo cáo kết quả thực hiện dân chủ ở cơ sở "
                  "cho cơ quan nào?"),
        ("chat", "bc dân chủ cơ sở của VP Đoàn ĐBQH và HĐND Tuyên Quang nộp cho ai vậy ad")]),
    ("vp-unit-6m", (VP,), d("04/6/2026"), [
        ("role", "em ở Phòng Công tác HĐND thuộc VP Đoàn ĐBQH và HĐND Tuyên Quang, bc 6 tháng của phòng em nộp "
                 "về đâu, trước ngày nào")]),
    ("vp-unit-year", (VP,), d("09/11/2026"), [
        ("plain", "Các phòng thuộc Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang gửi báo cáo năm về thực hiện dân "
                  "chủ về Phòng HCTCQT trước ngày nào?"),
        ("nodiac", "cac phong thuoc van phong doan dbqh va hdnd tuyen quang gui bao cao nam ve dan chu truoc "
                   "ngay nao")]),
    ("vp-email", (VP,), ("tonghop.vpdbhdnd@tuyenquang.gov.vn",), [
        ("chat", "bản điện tử bc dân chủ của phòng mình gửi mail nào vậy mọi người, bên VP Đoàn ĐBQH và HĐND "
                 "Tuyên Quang á")]),
    ("vp-ttnd-prog", (VP,), d("27/02/2026"), [
        ("plain", "Ban Thanh tra nhân dân Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang phải trình chương trình "
                  "hoạt động năm 2026 trước ngày nào?")]),
    ("vp-ttnd-q", (VP,), ("18 của tháng cuối quý", "ngày 18"), [
        ("role", "mình trong Ban TTND của VP Đoàn ĐBQH và HĐND Tuyên Quang, báo cáo quý gửi Công đoàn hạn là "
                 "ngày bao nhiêu")]),
    ("vp-ttdn-month", (VP,), ("25 hằng tháng", "ngày 25"), [
        ("chat", "phòng TT-DN bên VP Đoàn ĐBQH HĐND Tuyên Quang báo cáo tiếp công dân hằng tháng hạn ngày mấy ạ")]),
    ("vp-ctqh", (VP,), ("07 ngày làm việc", "7 ngày làm việc"), [
        ("plain", "Phòng Công tác Quốc hội thuộc Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang gửi tổng hợp kiến "
                  "nghị cử tri về dân chủ cơ sở trong bao lâu sau mỗi đợt tiếp xúc cử tri?")]),
    ("vp-dialog", (VP,), ("quý III", "tháng 8/2026"), [
        ("colloquial", "đối thoại giữa Chánh VP với anh chị em bên VP Đoàn ĐBQH và HĐND Tuyên Quang năm nay tổ "
                       "chức hồi nào")]),
    ("vp-public", (VP,), ("05 ngày làm việc", "5 ngày làm việc"), [
        ("plain", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang công khai dự toán ngân sách được giao năm 2026 "
                  "trong thời hạn bao lâu?")]),
    ("vp-kt", (VP,), ("tháng 10/2026",), [
        ("chat", "Ban TTND kiểm tra dân chủ ở các phòng bên VP Đoàn ĐBQH HĐND Tuyên Quang vào tháng mấy vậy ạ")]),

    # --- UBND xã Mỹ Phú Đông, tỉnh An Giang (docx, landscape appendix table; uploaded)
    ("xa-6m", (XA,), d("10/6/2026"), [
        ("plain", "UBND xã Mỹ Phú Đông tỉnh An Giang gửi báo cáo 6 tháng kết quả thực hiện dân chủ ở cơ sở về "
                  "UBND tỉnh trước ngày nào?"),
        ("chat", "ad cho em hỏi xã Mỹ Phú Đông bc 6 tháng dân chủ cơ sở lên tỉnh hạn chót ngày mấy ạ"),
        ("nodiac", "xa my phu dong bao cao 6 thang dan chu co so gui ubnd tinh truoc ngay nao")]),
    ("xa-year", (XA,), d("12/11/2026"), [
        ("plain", "Báo cáo năm 2026 về thực hiện dân chủ ở cơ sở của UBND xã Mỹ Phú Đông phải gửi trước ngày nào?"),
        ("typo", "báo cáo năm dân chủ cơ sở của xã Mỹ Phú Đôg gửi qua Sở Nội vụ hạn khi nào")]),
    ("xa-recipient", (XA,), ("Sở Nội vụ", "Hệ thống quản lý văn bản"), [
        ("chat", "bc dân chủ của xã Mỹ Phú Đông gửi lên tỉnh qua đâu vậy mọi người")]),
    ("xa-unit-6m", (XA,), d("03/6/2026"), [
        ("role", "em ở Trung tâm Phục vụ hành chính công xã Mỹ Phú Đông, bc 6 tháng về dân chủ nộp cho ai, "
                 "trước ngày nào")]),
    ("xa-ap-q", (XA,), ("15 của tháng cuối quý", "ngày 15"), [
        ("role", "em là trưởng ấp ở xã Mỹ Phú Đông, bc dân chủ ở ấp hằng quý nộp lúc nào vậy")]),
    ("xa-conf", (XA,), d("13/3/2026"), [
        ("plain", "UBND xã Mỹ Phú Đông tổ chức Hội nghị cán bộ, công chức năm 2026 vào ngày nào?"),
        ("nodiac", "hoi nghi can bo cong chuc xa my phu dong nam 2026 to chuc ngay nao")]),
    ("xa-rule", (XA,), d("27/3/2026"), [
        ("plain", "Quy chế thực hiện dân chủ trong hoạt động của cơ quan UBND xã Mỹ Phú Đông phải ban hành chậm "
                  "nhất ngày nào?")]),
    ("xa-huonguoc", (XA,), d("31/8/2026"), [
        ("plain", "Việc rà soát, xây dựng hương ước, quy ước của các ấp xã Mỹ Phú Đông sau sắp xếp phải xong "
                  "trước ngày nào?"),
        ("chat", "hương ước quy ước ấp bên xã Mỹ Phú Đông làm lại sau sáp nhập hạn cuối khi nào vậy ạ")]),
    ("xa-ttnd", (XA,), d("30/4/2026"), [
        ("abbrev", "kiện toàn Ban TTND các ấp xã Mỹ Phú Đông do MTTQ chủ trì, hạn chót ngày nào")]),
    ("xa-dialog", (XA,), d("16/9/2026"), [
        ("plain", "Hội nghị đối thoại giữa Chủ tịch UBND xã Mỹ Phú Đông với Nhân dân dự kiến tổ chức ngày nào?"),
        ("colloquial", "CT UB xã Mỹ Phú Đông đối thoại với bà con bữa nào")]),
    ("xa-tcd", (XA,), ("ngày 05", "ngày 5", "05 hằng tháng", "5 hằng tháng"), [
        ("chat", "Chủ tịch xã Mỹ Phú Đông tiếp dân định kỳ ngày mấy hằng tháng vậy ad")]),
    ("xa-land", (XA,), d("30/6/2026"), [
        ("plain", "Phòng Kinh tế xã Mỹ Phú Đông tổng hợp ý kiến Nhân dân về dự thảo kế hoạch sử dụng đất năm 2027 "
                  "trước ngày nào?")]),
    ("xa-quyettoan", (XA,), ("05 ngày làm việc", "5 ngày làm việc"), [
        ("plain", "Quyết toán ngân sách xã Mỹ Phú Đông năm 2025 được công khai chậm nhất bao lâu sau khi HĐND xã "
                  "phê chuẩn?")]),
    ("xa-tongket", (XA,), d("25/12/2026"), [
        ("plain", "Tổng kết thực hiện dân chủ ở cơ sở năm 2026 của xã Mỹ Phú Đông hoàn thành trước ngày nào?")]),
    ("xa-quantriet", (XA,), d("20/3/2026"), [
        ("plain", "Hội nghị quán triệt Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của xã Mỹ Phú Đông đến cán bộ, "
                  "công chức và Trưởng ấp phải xong trước ngày nào?")]),
    ("xa-standing", (XA,), ("Văn hóa - Xã hội",), [
        ("chat", "bên xã Mỹ Phú Đông phòng nào là thường trực theo dõi kế hoạch dân chủ cơ sở vậy ạ")]),

    # --- Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa (pdf, table over pages; in the corpus at index time)
    ("cdc-conf", (CDC,), d("27/3/2026"), [
        ("plain", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa tổ chức Hội nghị viên chức, người lao động năm 2026 "
                  "vào ngày nào?"),
        ("abbrev", "CDC Khánh Hòa hội nghị VC-NLĐ 2026 ngày nào"),
        ("nodiac", "trung tam kiem soat benh tat khanh hoa hoi nghi vien chuc nguoi lao dong 2026 ngay nao")]),
    ("cdc-rule", (CDC,), d("30/4/2026"), [
        ("plain", "Quy chế thực hiện dân chủ sửa đổi của Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa phải ban "
                  "hành chậm nhất ngày nào?")]),
    ("cdc-6m", (CDC,), d("08/6/2026"), [
        ("plain", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa gửi báo cáo 6 tháng về thực hiện dân chủ ở cơ sở "
                  "cho Sở Y tế trước ngày nào?"),
        ("chat", "chào ad, cho em hỏi bc 6 tháng dân chủ cơ sở của CDC Khánh Hòa gửi SYT deadline ngày nào ạ"),
        ("typo", "báo cáo 6 tháng dân chủ của Trung tâm Kiểm xoát bệnh tật Khánh Hòa gửi Sở Y tế trước ngày nào")]),
    ("cdc-year", (CDC,), d("16/11/2026"), [
        ("plain", "Báo cáo năm về thực hiện dân chủ ở cơ sở của Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa phải "
                  "gửi Sở Y tế trước ngày nào?"),
        ("colloquial", "cuối năm CDC Khánh Hòa nộp bc dân chủ cho Sở Y tế trễ nhất ngày nào")]),
    ("cdc-via", (CDC,), ("Phòng Tổ chức cán bộ",), [
        ("plain", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa gửi báo cáo thực hiện dân chủ ở cơ sở qua phòng "
                  "nào của Sở Y tế?")]),
    ("cdc-email", (CDC,), ("phongtccb.syt@khanhhoa.gov.vn",), [
        ("chat", "bc dân chủ của CDC Khánh Hòa gửi file mềm về mail nào vậy mn")]),
    ("cdc-unit-6m", (CDC,), d("01/6/2026"), [
        ("role", "em ở Khoa Xét nghiệm CDC Khánh Hòa, bc 6 tháng dân chủ của khoa gửi đâu, hạn ngày nào")]),
    ("cdc-month", (CDC,), ("15 hằng tháng", "ngày 15"), [
        ("plain", "Các khoa, phòng của Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa báo cáo tình hình tiếp nhận, "
                  "giải quyết ý kiến của viên chức trước ngày nào?"),
        ("chat", "khoa em bên CDC Khánh Hòa tháng nào cũng phải nộp bc tiếp nhận ý kiến VC hả, hạn ngày mấy")]),
    ("cdc-ttnd-q", (CDC,), ("20 của tháng cuối quý", "ngày 20"), [
        ("abbrev", "Ban TTND CDC Khánh Hòa bc quý gửi BCH CĐCS trước ngày mấy")]),
    ("cdc-chitieu", (CDC,), d("20/3/2026"), [
        ("plain", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa lấy ý kiến viên chức về dự thảo Quy chế chi tiêu "
                  "nội bộ năm 2026 trước ngày nào?"),
        ("typo", "lấy ý kiến quy chế chi tiêu nội bộ 2026 ở Trung tâm Kiểm soát bệnh tật Khánh Hòa hạn chót ngầy "
                 "nào")]),
    ("cdc-dutoan", (CDC,), ("10 ngày làm việc",), [
        ("plain", "Phòng Kế hoạch - Tài chính Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa công khai dự toán ngân "
                  "sách năm 2026 trong thời hạn nào?")]),
    ("cdc-tuyendung", (CDC,), ("15 ngày",), [
        ("chat", "kế hoạch tuyển dụng VC 2026 của CDC Khánh Hòa phải niêm yết trước ngày xét tuyển bao lâu vậy ạ")]),
    ("cdc-taphuan", (CDC,), ("tháng 5/2026",), [
        ("colloquial", "tập huấn luật dân chủ cơ sở ở CDC Khánh Hòa tổ chức hồi nào")]),
    ("cdc-hom", (CDC,), ("thứ Sáu tuần cuối cùng",), [
        ("plain", "Hòm thư góp ý của Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa được mở vào thời gian nào?")]),
    ("cdc-doan", (CDC,), ("26/3/2026", "26/3", "tháng 3/2026"), [
        ("plain", "Đoàn Thanh niên Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa tổ chức diễn đàn viên chức trẻ góp "
                  "ý xây dựng cơ quan vào dịp nào?")]),
    ("cdc-kt", (CDC,), ("quý IV",), [
        ("chat", "đợt kiểm tra quy chế dân chủ các khoa phòng ở CDC Khánh Hòa năm nay làm khi nào ạ")]),
    ("cdc-dialog", (CDC,), ("quý III",), [
        ("plain", "Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa đối thoại với viên chức, người lao động "
                  "vào thời gian nào?")]),

    # --- shipped corpus, in words the earlier sets do not use
    ("snn-plan", (SNN,), d("22/3/2024"), [
        ("role", "em ở Chi cục Thủy lợi thuộc Sở NN&PTNT Tây Ninh, kế hoạch QCDC 2024 của đơn vị em nộp lên Sở "
                 "trễ nhất ngày nào"),
        ("typo", "Sở Nông nghiệp Tây Ninh hạn gửi kế hoạch quy chế dân chủ 2024 của đơn vị trực thuộc là ngày "
                 "nàoo")]),
    ("snn-6m", (SNN,), ("20/5",), [
        ("colloquial", "đơn vị thuộc Sở NN Tây Ninh nộp bc QCDC giữa năm 2024 về VP Sở bữa nào"),
        ("chat", "hi mn, bc 06 tháng QCDC 2024 gửi Sở Nông nghiệp và PTNT Tây Ninh là trước 20/5 hay sao ạ")]),
    ("snn-year", (SNN,), ("10/11",), [
        ("abbrev", "SNN&PTNT TN bc năm QCDC 2024 đơn vị trực thuộc hạn")]),
    ("td-office", (TD,), ("Văn phòng",), [
        ("chat", "bên Tỉnh đoàn Tây Ninh ai lo đôn đốc kế hoạch dân chủ cơ sở 2023 vậy ạ")]),
    ("td-recipient", (TD,), ("Ban Dân vận",), [
        ("colloquial", "báo cáo sơ kết nửa năm QCDC của cơ quan Tỉnh đoàn Tây Ninh năm 2023 gửi cho ai")]),
    ("tp-plan", (TP,), d("31/3/2024"), [
        ("role", "em làm ở UBND phường 3 thuộc thành phố Tây Ninh, kế hoạch dân chủ 2024 phải gửi Phòng Nội vụ "
                 "trễ nhất ngày nào"),
        ("nodiac", "ubnd tp tay ninh: xa phuong gui ke hoach thuc hien dan chu nam 2024 len phong noi vu han cuoi")]),
    ("tp-6m", (TP,), d("20/5/2024"), [
        ("chat", "các cơ quan thuộc TP Tây Ninh nộp bc QCDC 6 tháng 2024 deadline ngày mấy vậy ad")]),
    ("tp-year", (TP,), d("30/10/2024"), [
        ("colloquial", "TP Tây Ninh bc QCDC cuối năm 2024 các đơn vị nộp hồi nào")]),
    ("tp-chitieu", (TP,), ("Tài chính - Kế hoạch", "Tài chính – Kế hoạch"), [
        ("chat", "ở TP Tây Ninh phòng nào hướng dẫn các đơn vị làm quy chế chi tiêu nội bộ vậy ạ")]),
    ("khcn-6m", (KHCN,), d("05/6"), [
        ("role", "em ở Trung tâm KH&CN thuộc Sở KHCN Tây Ninh, bc QCDC 6 tháng 2022 gửi Văn phòng Sở trước ngày "
                 "nào")]),
    ("khcn-tcd", (KHCN,), ("thứ 5 của tuần cuối tháng", "thứ 5"), [
        ("colloquial", "Sở KHCN Tây Ninh tiếp dân định kỳ bữa nào trong tháng")]),
    ("vh-report", (VH,), d("27/10/2023"), [
        ("role", "em ở phòng Quản lý thể dục thể thao Sở VHTTDL Tây Ninh, bc dân vận chính quyền 2023 nộp Văn "
                 "phòng Sở trễ nhất ngày nào")]),
    ("vh-ubnd", (VH,), d("01/11/2023"), [
        ("chat", "Sở VH-TT-DL Tây Ninh gửi bc DVCQ năm 2023 lên UBND tỉnh qua SNV hạn chót ngày nào ạ")]),
    ("vh-email", (VH,), ("loandtm@tayninh.gov.vn",), [
        ("typo", "file mềm bc dân vận chính quyền 2023 của Sở Văn hóa Thể thao và Du lịch Tây Ninh gửi đia chỉ "
                 "email nào")])]

# (tag, question, documents, answer_contains, answer_all, today): date windows and lists
WINDOWS_AND_LISTS: list[tuple[str, str, tuple[str, ...], tuple[str, ...] | None, tuple[str, ...] | None,
                              str | None]] = [
    ("window", "tháng này bên VP Đoàn ĐBQH và HĐND Tuyên Quang có hạn nộp bc gì không ạ", (VP,), None,
     ("4/6/2026", "12/6/2026"), "2026-06-01"),
    ("window", "Trong quý I/2026 Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang có những mốc thời hạn nào về thực "
               "hiện dân chủ?", (VP,), None, ("30/1/2026", "27/2/2026", "13/3/2026"), None),
    ("window", "tháng 3/2026 xã Mỹ Phú Đông có những việc dân chủ cơ sở nào phải xong", (XA,), None,
     ("13/3/2026", "20/3/2026", "27/3/2026"), None),
    ("window", "sắp tới xã Mỹ Phú Đông còn hạn gì về dân chủ cơ sở không ad", (XA,), d("31/8/2026"), None,
     "2026-08-20"),
    ("window", "từ 1/6 đến 30/6/2026 xã Mỹ Phú Đông có những hạn nào", (XA,), None,
     ("3/6/2026", "10/6/2026", "30/6/2026"), None),
    ("window", "tuần sau CDC Khánh Hòa có hạn nộp bc nào không", (CDC,), d("01/6/2026"), None, "2026-05-27"),
    ("window", "Tháng 11/2026 Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa có những hạn báo cáo nào?", (CDC,), None,
     ("6/11/2026", "16/11/2026"), None),
    ("window", "quý I năm 2026 CDC Khánh Hòa có mốc nào về dân chủ cơ sở", (CDC,), None, ("20/3/2026", "27/3/2026"),
     None),
    ("window", "từ 1/6 đến 30/6/2026 Trung tâm KSBT Khánh Hòa phải nộp những gì", (CDC,), None,
     ("1/6/2026", "8/6/2026"), None),
    ("window", "tháng 10/2024 TP Tây Ninh có hạn bc QCDC nào", (TP,), d("30/10/2024"), None, None),
    ("list", "VP Đoàn ĐBQH và HĐND Tuyên Quang một năm gửi mấy báo cáo dân chủ cơ sở lên trên, hạn nào", (VP,),
     None, ("12/6/2026", "19/11/2026"), None),
    ("list", "Phòng HCTCQT Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang chủ trì những việc gì có thời hạn?", (VP,),
     None, ("30/1/2026", "13/3/2026", "19/11/2026"), None),
    ("list", "các phòng thuộc VP Đoàn ĐBQH HĐND Tuyên Quang phải gửi những bc dân chủ nào, hạn khi nào", (VP,),
     None, ("4/6/2026", "9/11/2026"), None),
    ("list", "xã Mỹ Phú Đông một năm báo cáo UBND tỉnh về dân chủ cơ sở mấy lần, hạn nào", (XA,), None,
     ("10/6/2026", "12/11/2026"), None),
    ("list", "Phòng Văn hóa - Xã hội xã Mỹ Phú Đông chủ trì những nhiệm vụ nào có hạn?", (XA,), None,
     ("30/9/2026", "10/6/2026", "25/12/2026"), None),
    ("list", "CDC Khánh Hòa một năm nộp Sở Y tế mấy lần bc dân chủ, hạn nào", (CDC,), None,
     ("8/6/2026", "16/11/2026"), None),
    ("list", "Phòng TC-HC Trung tâm Kiểm soát bệnh tật Khánh Hòa chủ trì những việc nào có hạn", (CDC,), None,
     ("27/3/2026", "30/4/2026", "8/6/2026"), None),
    ("list", "các khoa phòng ở CDC Khánh Hòa phải nộp những bc nào cho P.TCHC, hạn nào", (CDC,), None,
     ("15 hằng tháng", "1/6/2026", "6/11/2026"), None),
    ("list", "Ban Thanh tra nhân dân Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa phải làm những việc gì, khi nào?",
     (CDC,), None, ("20 của tháng cuối quý", "quý IV"), None),
    ("list", "TP Tây Ninh năm 2024 các đơn vị phải gửi Phòng Nội vụ những gì, hạn nào", (TP,), None,
     ("31/3/2024", "20/5/2024", "30/10/2024"), None),
]

OUT_OF_SCOPE: list[str] = [
    "Hệ số lương của chuyên viên chính bậc 3 là bao nhiêu?",
    "ad ơi cho em hỏi hạn nộp báo cáo công tác phòng cháy chữa cháy 6 tháng là ngày nào",
    "Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của Sở Tài chính tỉnh Tuyên Quang có hạn báo cáo nào?",
    "CDC Khánh Hòa kế hoạch tiêm chủng mở rộng năm 2026 hạn báo cáo quý là ngày nào",
    "Kế hoạch dân chủ cơ sở năm 2024 của xã Mỹ Phú Đông hạn báo cáo năm là ngày nào?",
    "Nghị định 59/2023/NĐ-CP quy định hội nghị ấp phải có bao nhiêu phần trăm đại diện hộ gia đình tham dự?",
    "lương hưu từ tháng 7/2026 tăng bao nhiêu % vậy ad",
    "hello bot, hôm nay thời tiết ở Nha Trang thế nào",
    "chào ad, bot này ai làm vậy, có tính phí không",
    "Hạn nộp hồ sơ đề nghị khen thưởng năm 2026 của Văn phòng UBND tỉnh An Giang là ngày nào?",
    "Trường THPT chuyên Lê Quý Đôn Khánh Hòa gửi báo cáo dân chủ cơ sở 6 tháng trước ngày nào?",
    "bc tự đánh giá chỉ số cải cách hành chính năm 2026 hạn chót khi nào ạ",
    "Thủ tục đăng ký khai sinh ở xã Mỹ Phú Đông cần những giấy tờ gì?",
    "kỳ họp thường lệ giữa năm 2026 của HĐND tỉnh Tuyên Quang khai mạc ngày nào vậy",
    "Sở Nội vụ An Giang nhận báo cáo cải cách hành chính quý I/2026 trước ngày nào?",
    "Bao giờ Luật Thực hiện dân chủ ở cơ sở được sửa đổi, bổ sung?",
    "cho mình xin số đường dây nóng của Sở Y tế Khánh Hòa",
    "Kế hoạch dân chủ ở cơ sở năm 2026 của Sở Nông nghiệp và PTNT Tây Ninh hạn báo cáo 6 tháng là ngày nào?",
    "Bệnh viện Đa khoa tỉnh Tuyên Quang gửi báo cáo thực hiện dân chủ ở cơ sở năm 2026 trước ngày nào?",
    "viên chức nữ sinh con được nghỉ chế độ thai sản mấy tháng ạ",
]


def plan_text(name: str) -> str:
    """A plan's text extracted without the project's reader."""
    path = PLANS_V4 / name if name.startswith("v4b_") else CORPUS / name
    if not path.is_file():
        raise SystemExit(f"document missing: {path}")
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return pdf_text_layer(path)
    return path.read_text(encoding="utf-8")


def folded(text: str) -> str:
    """Fold for the gold check: no diacritics, no emphasis marks, no leading zeros, one space."""
    text = fold(text).replace("–", "-").replace("*", "")
    text = re.sub(r"\b0(\d)\b", r"\1", text)
    return re.sub(r"\s+", " ", text)


def build() -> list[Question]:
    """Every question of the set, numbered in order."""
    rows: list[tuple] = []
    for fact, docs, contains, phrasings in FACTS:
        for tag, question in phrasings:
            rows.append((tag, fact, question, docs, contains, None, None))
    for k, (tag, question, docs, contains, every, today) in enumerate(WINDOWS_AND_LISTS):
        rows.append((tag, f"{tag}-{k}", question, docs, contains, every, today))
    for k, question in enumerate(OUT_OF_SCOPE):
        rows.append(("oos", f"oos-{k}", question, (), None, None, None))
    out = []
    for n, (tag, fact, question, docs, contains, every, today) in enumerate(rows, 1):
        out.append(Question(id=f"v4b-{n:03d}", tag=tag, fact=fact, question=question, documents=list(docs),
                            answer_contains=list(contains) if contains else None, expect_found=bool(docs),
                            answer_all=list(every) if every else None, today=today,
                            uploaded=bool(set(docs) & UPLOADED)
                            or (not docs and any(n in question for n in NEAR_UPLOADED))))
    return out


def check(questions: list[Question]) -> list[str]:
    """Problems with the gold: unknown tags, missing documents, answer strings not in the named plan."""
    problems = []
    texts: dict[str, str] = {}
    seen = set()
    for q in questions:
        if q.tag not in TAGS:
            problems.append(f"{q.id}: unknown tag {q.tag}")
        if fold(q.question) in seen:
            problems.append(f"{q.id}: duplicate question")
        seen.add(fold(q.question))
        if q.uploaded and not set(q.documents) <= UPLOADED:
            problems.append(f"{q.id}: an uploaded question names a plan that is indexed with the corpus")
        joined = " ".join(texts.setdefault(doc, folded(plan_text(doc))) for doc in q.documents)
        for gold in (q.answer_contains or []) + (q.answer_all or []):
            if folded(gold) not in joined:
                problems.append(f"{q.id}: {gold!r} not in {q.documents}")
    return problems


def summary(questions: list[Question]) -> str:
    """The line printed after a build."""
    tags = Counter(q.tag for q in questions)
    return (f"{len(questions)} questions; " + ", ".join(f"{t} {tags[t]}" for t in TAGS)
            + f"; uploaded {sum(q.uploaded for q in questions)}")


def main() -> int:
    """Check the gold; unless `--check`, write the set; print its counts."""
    return gold_main(__doc__.splitlines()[0], build, lambda rows: GoldReport(check(rows)), OUT, summary)


if __name__ == "__main__":
    raise SystemExit(main())
