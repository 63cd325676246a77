#!/usr/bin/env python3
"""Build the blind test set v2 (benchmarks/questions_v2.jsonl) and check its gold against the text.

Nobody tunes on this set: it is scored once, figures only, by
`python scripts/eval_questions.py --set v2`. Its plans (benchmarks/plans_v2/, rendered by
scripts/make_plans_v2.py) are of agencies and provinces found nowhere else in the project; about
a quarter of the questions ask about the shipped corpus in new words. The questions marked
`"uploaded": true` are about the plan that the harness adds with `qcdc add` after `qcdc index`
(it is not in the corpus at index time) and are asked after it.

Schema as benchmarks/questions_test.jsonl: id, tag, fact, question, documents (a source from one
of them in the top 5), answer_contains (any one), answer_all (every one), expect_found, optional
today (YYYY-MM-DD) and uploaded.

Gold check (run on every build, also by tests/test_question_set_v2.py): each named document
exists, and every answer string appears in the named documents' text as the project's reader
(index.reading) extracts it, compared folded (case, diacritics, leading zeros, spacing).

    python scripts/make_question_set_v2.py          # check, then write the set
    python scripts/make_question_set_v2.py --check  # check only
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANS_V2 = ROOT / "benchmarks" / "plans_v2"
OUT = ROOT / "benchmarks" / "questions_v2.jsonl"

# shipped corpus
SNN, TD, TP, KHCN, VH = ("000_dba3e34fd191b3d8.txt", "001_8738c34ce01b9099.txt", "002_30e115d56b467f0f.txt",
                         "003_35e899f94de57b09.txt", "004_8f22e1142d4e47e2.txt")
# plans v2
TT, CD, TC, XA = ("ttyt_yenthanh_2026.docx", "cdktkt_thainguyen_2025.pdf", "stc_hatinh_2026_web.md",
                  "ubnd_xa_phiengcam_2026.txt")
CT = "congty_thuyloi_quangngai_2026.docx"   # uploaded during the run

TAGS = ("plain", "nodiac", "abbrev", "chat", "colloquial", "typo", "role", "window", "list", "oos")


@dataclass(frozen=True)
class Fact:
    """One thing a plan says, with every phrasing that asks for it."""

    documents: tuple[str, ...]
    contains: tuple[str, ...]
    phrasings: tuple[tuple[str, str], ...]
    uploaded: bool = False


def fact(docs: str | tuple[str, ...], contains: tuple[str, ...] | str, *phrasings: tuple[str, str],
         uploaded: bool = False) -> Fact:
    docs = (docs,) if isinstance(docs, str) else docs
    contains = (contains,) if isinstance(contains, str) else contains
    return Fact(docs, contains, phrasings, uploaded)


FACTS: dict[str, Fact] = {
    # --- Trung tâm Y tế khu vực (docx, header table, deadline table)
    "tt-conf": fact(TT, "20/3/2026",
        ("typo", "hội nghị viên chưc người lao động TTYT Yên Thành trước ngày nào"),
        ("plain", "Hội nghị viên chức, người lao động năm 2026 của Trung tâm Y tế khu vực Yên Thành phải tổ chức xong trước ngày nào?"),
        ("abbrev", "TTYT Yên Thành hội nghị VC-NLĐ 2026 hạn chót ngày mấy"),
        ("nodiac", "hoi nghi vien chuc nguoi lao dong trung tam y te yen thanh truoc ngay nao"),
        ("chat", "cho e hỏi hội nghị NLĐ bên TTYT Yên Thành năm nay làm trước ngày bao nhiêu ạ")),
    "tt-6m-units": fact(TT, "12/6/2026",
        ("plain", "Các khoa, phòng của Trung tâm Y tế khu vực Yên Thành nộp báo cáo 6 tháng về thực hiện dân chủ trước ngày nào?"),
        ("role", "Em là điều dưỡng trưởng khoa Nội ở TTYT Yên Thành, báo cáo 6 tháng về dân chủ gửi Trung tâm hạn khi nào ạ?"),
        ("colloquial", "báo cáo giữa năm của các khoa gửi Phòng TC-HC trung tâm y tế trễ nhất ngày nào"),
        ("typo", "cac khoa phong TTYT Yen Thanh nop bao cao 6 thnag truoc ngay nao")),
    "tt-year-units": fact(TT, "16/11/2026",
        ("plain", "Báo cáo năm về thực hiện dân chủ của các Trạm Y tế xã gửi Trung tâm Y tế khu vực Yên Thành trước ngày nào?"),
        ("colloquial", "Trạm y tế xã nộp báo cáo cuối năm cho trung tâm y tế Yên Thành hạn chót bữa nào?"),
        ("nodiac", "tram y te xa bao cao nam dan chu co so gui trung tam truoc ngay nao")),
    "tt-sy-year": fact(TT, "25/11/2026",
        ("nodiac", "ttyt yen thanh gui bao cao nam ve dan chu cho so y te han chot"),
        ("plain", "Trung tâm Y tế khu vực Yên Thành gửi báo cáo năm về thực hiện dân chủ cho Sở Y tế trước ngày nào?"),
        ("role", "Tôi ở Phòng Tổ chức - Hành chính của TTYT Yên Thành, báo cáo năm gửi Sở Y tế hạn nào?"),
        ("abbrev", "P. TCHC TTYT gửi bc năm cho SYT Nghệ An hạn ngày mấy")),
    "tt-sy-6m": fact(TT, "18/6/2026",
        ("plain", "Hạn gửi báo cáo 6 tháng của Trung tâm Y tế khu vực Yên Thành lên Sở Y tế là ngày nào?"),
        ("chat", "ad ơi bc 6 tháng TTYT Yên Thành gửi Sở Y tế deadline ngày mấy vậy")),
    "tt-monthly": fact(TT, "25 hằng tháng",
        ("plain", "Trạm Y tế các xã báo cáo tình hình tiếp nhận, giải quyết phản ánh của người dân về Trung tâm vào thời gian nào?"),
        ("chat", "trạm y tế xã báo cáo hàng tháng cho trung tâm trước ngày mấy vậy mn"),
        ("role", "em làm ở trạm y tế xã thuộc TTYT khu vực Yên Thành thì hằng tháng phải báo cáo gì, hạn nào?")),
    "tt-hotline": fact(TT, "0238.3862.115",
        ("typo", "số đường dây nóng của Trung tâm Y tế khu vực Yên Thàn là gì"),
        ("plain", "Số đường dây nóng tiếp nhận phản ánh của người bệnh ở Trung tâm Y tế khu vực Yên Thành là số nào?"),
        ("chat", "hotline TTYT Yên Thành là số mấy ạ")),
    "tt-survey": fact(TT, "tháng đầu quý sau",
        ("plain", "Kết quả khảo sát sự hài lòng người bệnh của Trung tâm Y tế khu vực Yên Thành gửi Sở Y tế khi nào?"),
        ("nodiac", "khao sat hai long nguoi benh bao lau lam mot lan, gui so y te luc nao")),
    "tt-dialogue": fact(TT, ("quý III/2026", "quý III"),
        ("plain", "Giám đốc Trung tâm Y tế khu vực Yên Thành đối thoại với viên chức, người lao động vào thời gian nào?"),
        ("colloquial", "bữa nào giám đốc TTYT Yên Thành đối thoại với anh em nhân viên vậy")),
    "tt-mailbox": fact(TT, "thứ Hai",
        ("plain", "Hòm thư góp ý ở Trung tâm Y tế khu vực Yên Thành được mở vào ngày nào trong tuần?")),
    "tt-signer": fact(TT, "Phan Đình Khải",
        ("plain", "Ai ký Kế hoạch số 36/KH-TTYT về thực hiện dân chủ ở cơ sở năm 2026?"),
        ("chat", "kh dân chủ của ttyt yên thành ai ký v")),
    "tt-email": fact(TT, "tchc.ttytyenthanh@nghean.gov.vn",
        ("chat", "các khoa gửi báo cáo cho phòng TCHC trung tâm y tế Yên Thành qua mail nào ạ")),
    "tt-inspect": fact(TT, "10/2026",
        ("plain", "Ban Thanh tra nhân dân kiểm tra việc thực hiện dân chủ tại các Trạm Y tế xã vào tháng nào?")),
    "tt-budget": fact(TT, ("Quý I/2026", "quý I"),
        ("abbrev", "P. TCKT TTYT Yên Thành công khai dự toán thu chi 2026 khi nào")),
    # --- Trường cao đẳng (text-layer pdf)
    "cd-conf": fact(CD, "28/2/2025",
        ("plain", "Hội nghị cán bộ, viên chức, người lao động năm 2025 của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên hoàn thành trước ngày nào?"),
        ("abbrev", "Trường CĐ KTKT Thái Nguyên họp hội nghị CBVC 2025 trước ngày mấy"),
        ("nodiac", "hoi nghi cbvc nld nam 2025 cua truong cao dang kinh te ky thuat thai nguyen han chot")),
    "cd-quarter": fact(CD, ("20 của tháng cuối quý", "tháng cuối quý"),
        ("plain", "Các khoa của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên báo cáo hằng quý vào thời gian nào?"),
        ("role", "Em là thư ký khoa Kế toán của trường CĐ Kinh tế - Kỹ thuật Thái Nguyên, báo cáo quý nộp lúc nào ạ?"),
        ("typo", "cac khoa bao cao hang quy truoc ngay bao nhieu, truong cao dang kinh te ky thaut thai nguyen")),
    "cd-6m": fact(CD, "8/6/2025",
        ("typo", "báo cáo 6 tháng của các phòng khoa trường cao đẳng kinh tế kỹ thuật thái nguyên nộp trươc ngày nào"),
        ("plain", "Hạn nộp báo cáo 6 tháng của các phòng, khoa, trung tâm thuộc Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên là ngày nào?"),
        ("colloquial", "báo cáo nửa năm của phòng khoa trường cao đẳng ở Thái Nguyên trễ nhất hôm nào"),
        ("chat", "cho e hỏi bc 6 tháng bên trường CĐ KTKT TN nộp trước ngày mấy ạ")),
    "cd-year": fact(CD, "14/11/2025",
        ("plain", "Các phòng, khoa, trung tâm của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên gửi báo cáo năm trước ngày nào?"),
        ("nodiac", "bao cao nam cua cac phong khoa truong cd kinh te ky thuat thai nguyen han nop")),
    "cd-ubnd": fact(CD, "24/11/2025",
        ("nodiac", "truong cao dang kinh te ky thuat thai nguyen bao cao ubnd tinh ve dan chu truoc ngay nao"),
        ("plain", "Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên gửi báo cáo kết quả thực hiện dân chủ năm 2025 cho UBND tỉnh trước ngày nào?"),
        ("abbrev", "P. TCHC trường CĐKTKT gửi bc dân chủ 2025 lên UBND tỉnh qua SNV hạn ngày nào"),
        ("role", "tôi ở phòng tổ chức hành chính trường cao đẳng kinh tế kỹ thuật thái nguyên, báo cáo năm gửi tỉnh hạn nào")),
    "cd-fee": fact(CD, "15/8/2025",
        ("nodiac", "cong khai hoc phi nam hoc 2025-2026 truoc ngay nao"),
        ("plain", "Phòng Đào tạo công khai mức học phí năm học 2025-2026 trên cổng thông tin của Trường trước ngày nào?"),
        ("chat", "học phí năm học mới bên trường CĐ KTKT Thái Nguyên công khai trước ngày mấy vậy ad")),
    "cd-dialogue": fact(CD, ("tháng 4/2025", "tháng 11/2025", "tháng 4", "tháng 11"),
        ("plain", "Hiệu trưởng Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên đối thoại với học sinh, sinh viên vào những tháng nào?"),
        ("colloquial", "mấy tháng nào thì thầy hiệu trưởng trường cao đẳng đối thoại với sinh viên vậy")),
    "cd-signer": fact(CD, "Lương Văn Định",
        ("plain", "Ai ký Kế hoạch thực hiện dân chủ năm 2025 của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên?"),
        ("chat", "kế hoạch 58/KH-CĐKTKT do ai ký thế")),
    "cd-email": fact(CD, "tchc@cdktkt-thainguyen.edu.vn",
        ("plain", "Các đơn vị của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên gửi báo cáo vào hộp thư nào?")),
    "cd-standing": fact(CD, "Tổ chức - Hành chính",
        ("abbrev", "đơn vị thường trực QCDC của trường CĐ KT-KT TN là phòng nào")),
    "cd-followup": fact(CD, "10 ngày làm việc",
        ("plain", "Sau mỗi buổi đối thoại với học sinh, sinh viên, Phòng Công tác học sinh, sinh viên phải báo cáo Hiệu trưởng trong thời hạn bao lâu?")),
    # --- Sở Tài chính (web copy .md with site debris)
    "tc-6m": fact(TC, "15/6/2026",
        ("typo", "Sở Tài chín Hà Tĩnh báo cáo 6 tháng gửi Sở Nội vụ trước ngày nào"),
        ("plain", "Sở Tài chính tỉnh Hà Tĩnh gửi báo cáo 6 tháng về thực hiện dân chủ ở cơ sở cho Sở Nội vụ trước ngày nào?"),
        ("abbrev", "STC Hà Tĩnh bc 6 tháng DCCS 2026 gửi SNV hạn ngày mấy"),
        ("nodiac", "van phong so tai chinh ha tinh gui bao cao 6 thang truoc ngay nao"),
        ("colloquial", "báo cáo giữa năm 2026 của Sở Tài chính Hà Tĩnh nộp trễ nhất hôm nào")),
    "tc-year": fact(TC, "30/11/2026",
        ("nodiac", "so tai chinh ha tinh bao cao nam 2026 ve dan chu gui truoc ngay nao"),
        ("plain", "Báo cáo năm 2026 về thực hiện dân chủ ở cơ sở của Sở Tài chính Hà Tĩnh gửi trước ngày nào?"),
        ("chat", "sở tài chính hà tĩnh báo cáo năm deadline khi nào vậy ạ"),
        ("typo", "bo cáo năm Sở Tài chính Hà Tĩnh gửi Ban Dân vận Tỉnh ủy trước ngày nào"),
        ("role", "Em ở Văn phòng Sở Tài chính Hà Tĩnh, báo cáo dân chủ cả năm gửi ai, hạn nào ạ?")),
    "tc-quarter": fact(TC, ("18 của tháng cuối quý", "tháng cuối quý"),
        ("nodiac", "cac phong thuoc so tai chinh ha tinh bao cao quy cham nhat ngay may"),
        ("plain", "Các phòng chuyên môn thuộc Sở Tài chính Hà Tĩnh báo cáo hằng quý về thực hiện dân chủ chậm nhất ngày nào?"),
        ("chat", "bc quý bên STC Hà Tĩnh nộp trước ngày bao nhiêu vậy mọi người"),
        ("role", "tôi làm ở Phòng Quản lý ngân sách Sở Tài chính Hà Tĩnh, báo cáo quý về dân chủ nộp lúc nào")),
    "tc-conf": fact(TC, ("tháng 3/2026", "tháng 3"),
        ("plain", "Sở Tài chính Hà Tĩnh tổ chức hội nghị công chức, viên chức, người lao động năm 2026 vào tháng nào?"),
        ("abbrev", "hội nghị CCVC NLĐ 2026 của STC Hà Tĩnh tổ chức tháng mấy")),
    "tc-dialogue": fact(TC, ("quý III/2026", "quý III"),
        ("plain", "Giám đốc Sở Tài chính Hà Tĩnh đối thoại với công chức, người lao động vào thời gian nào?"),
        ("nodiac", "giam doc so tai chinh ha tinh doi thoai voi cong chuc khi nao")),
    "tc-reception": fact(TC, ("thứ Tư của tuần thứ hai", "thứ Tư"),
        ("typo", "giám đốc sở tài chính hà tĩnh tiếp công dan vào hôm nào"),
        ("plain", "Giám đốc Sở Tài chính Hà Tĩnh tiếp công dân vào ngày nào?"),
        ("chat", "lịch tiếp dân của giám đốc sở tài chính hà tĩnh là bữa nào vậy")),
    "tc-inspect": fact(TC, ("quý IV/2026", "quý IV"),
        ("plain", "Thanh tra Sở Tài chính Hà Tĩnh kiểm tra việc thực hiện dân chủ tại các phòng, đơn vị vào thời gian nào?")),
    "tc-assets": fact(TC, "5/12/2026",
        ("plain", "Phòng Quản lý giá và công sản báo cáo kết quả công khai tài sản công về Văn phòng Sở Tài chính trước ngày nào?"),
        ("abbrev", "P. QL giá & công sản STC nộp bc công khai TSC hạn ngày mấy")),
    "tc-hotline": fact(TC, "0239.3855.246",
        ("chat", "đường dây nóng phản ánh về dân chủ ở Sở Tài chính Hà Tĩnh số mấy")),
    "tc-email": fact(TC, "vanphong.stc@hatinh.gov.vn",
        ("plain", "Các phòng thuộc Sở Tài chính Hà Tĩnh gửi bản điện tử báo cáo vào địa chỉ email nào?")),
    "tc-budget": fact(TC, "30 ngày",
        ("plain", "Dự toán ngân sách địa phương tỉnh Hà Tĩnh phải được công khai chậm nhất bao lâu sau khi HĐND tỉnh quyết định?")),
    "tc-signer": fact(TC, "Đặng Quốc Hưng",
        ("plain", "Ai ký Kế hoạch số 15/KH-STC của Sở Tài chính Hà Tĩnh?"),
        ("chat", "giám đốc sở tài chính hà tĩnh ký kế hoạch dân chủ 2026 tên gì")),
    "tc-number": fact(TC, "15/KH-STC",
        ("abbrev", "số hiệu KH DCCS 2026 của STC Hà Tĩnh là gì")),
    # --- UBND xã, miền núi phía Bắc (.txt)
    "xa-6m": fact(XA, "16/6/2026",
        ("nodiac", "ubnd xa phieng cam bao cao 6 thang dan chu co so gui so noi vu truoc ngay nao"),
        ("plain", "UBND xã Phiêng Cằm gửi báo cáo 6 tháng về thực hiện dân chủ ở cơ sở cho Sở Nội vụ tỉnh Sơn La trước ngày nào?"),
        ("abbrev", "UB xã Phiêng Cằm bc 6 th DCCS gửi SNV Sơn La hạn chót"),
        ("colloquial", "báo cáo nửa năm của xã Phiêng Cằm trễ nhất ngày mấy")),
    "xa-year": fact(XA, "20/11/2026",
        ("plain", "Báo cáo năm 2026 về dân chủ ở cơ sở của xã Phiêng Cằm nộp trước ngày nào?"),
        ("nodiac", "bao cao nam dan chu co so xa phieng cam gui so noi vu han cuoi"),
        ("role", "em là công chức văn phòng UBND xã Phiêng Cằm, báo cáo năm về dân chủ gửi đâu, hạn nào ạ")),
    "xa-monthly": fact(XA, "22 hằng tháng",
        ("plain", "Trưởng bản ở xã Phiêng Cằm báo cáo tình hình thực hiện dân chủ, hương ước về UBND xã vào ngày nào?"),
        ("role", "Tôi là trưởng bản ở xã Phiêng Cằm thì phải báo cáo gì, khi nào?"),
        ("chat", "trưởng bản ở Phiêng Cằm nộp báo cáo tháng trước ngày mấy vậy ad"),
        ("typo", "truong ban bao cao hang thang cho UBND xa Phieng Cam truowc ngay nao")),
    "xa-ttnd-6m": fact(XA, "10/6/2026",
        ("plain", "Ban Thanh tra nhân dân các bản ở xã Phiêng Cằm gửi báo cáo giám sát 6 tháng trước ngày nào?"),
        ("abbrev", "Ban TTND bản ở Phiêng Cằm gửi bc giám sát 6 tháng cho UBMTTQ xã hạn ngày mấy")),
    "xa-ttnd-to": fact(XA, "Mặt trận Tổ quốc",
        ("plain", "Ban Thanh tra nhân dân các bản ở xã Phiêng Cằm gửi báo cáo kết quả giám sát cho ai?")),
    "xa-reception": fact(XA, "15 hằng tháng",
        ("nodiac", "chu tich ubnd xa phieng cam tiep cong dan ngay nao"),
        ("plain", "Chủ tịch UBND xã Phiêng Cằm tiếp công dân định kỳ vào ngày nào?"),
        ("chat", "chủ tịch xã Phiêng Cằm tiếp dân hôm nào vậy, trùng chủ nhật thì sao")),
    "xa-dialogue": fact(XA, ("quý III/2026", "quý III"),
        ("plain", "Hội nghị đối thoại giữa Chủ tịch UBND xã Phiêng Cằm với Nhân dân tổ chức khi nào?"),
        ("colloquial", "bữa nào xã Phiêng Cằm đối thoại với bà con")),
    "xa-leaflet": fact(XA, "30/4/2026",
        ("typo", "tài liệu tuyên truyền song ngữ phát cho các bản ở Phiêng Cằm trươc ngày nào"),
        ("plain", "Phòng Văn hóa - Xã hội xã Phiêng Cằm phát tài liệu tuyên truyền song ngữ cho các bản trước ngày nào?"),
        ("abbrev", "P. VH-XH xã Phiêng Cằm phát tài liệu song ngữ hạn chót")),
    "xa-radio": fact(XA, ("02 buổi", "2 buổi"),
        ("plain", "Xã Phiêng Cằm tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh bao nhiêu buổi mỗi tuần?")),
    "xa-posting": fact(XA, "15 ngày",
        ("plain", "Danh sách hộ nghèo, hộ cận nghèo ở xã Phiêng Cằm được niêm yết công khai ít nhất bao lâu?"),
        ("chat", "danh sách hộ nghèo dán ở nhà văn hóa bản bao nhiêu ngày vậy")),
    "xa-village": fact(XA, ("quý II/2026", "quý II"),
        ("plain", "Các bản ở xã Phiêng Cằm bàn sửa đổi hương ước, quy ước phải hoàn thành trong thời gian nào?")),
    "xa-standing": fact(XA, "Văn phòng HĐND và UBND xã",
        ("abbrev", "cơ quan thường trực KH dân chủ 2026 của UBND xã Phiêng Cằm")),
    "xa-signer": fact(XA, "Lò Văn Thắm",
        ("plain", "Ai ký Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của xã Phiêng Cằm?")),
    "xa-phone": fact(XA, "0212.3866.042",
        ("chat", "có vướng mắc về kế hoạch dân chủ thì gọi số nào của UB xã Phiêng Cằm")),
    # --- công ty nhà nước (docx, added with `qcdc add` during the run)
    "ct-conf": fact(CT, "27/3/2026",
        ("plain", "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi tổ chức Hội nghị người lao động năm 2026 trước ngày nào?"),
        ("chat", "hội nghị người lao động bên cty thủy lợi Quảng Ngãi làm trước ngày mấy ạ"),
        ("nodiac", "hoi nghi nguoi lao dong cong ty thuy loi quang ngai 2026 truoc ngay nao"), uploaded=True),
    "ct-dialogue": fact(CT, ("tháng 8/2026", "tháng 8"),
        ("plain", "Đối thoại định kỳ tại nơi làm việc của Công ty thủy lợi Quảng Ngãi tổ chức vào tháng nào?"),
        ("colloquial", "bữa nào giám đốc công ty thủy lợi Quảng Ngãi đối thoại với công đoàn"), uploaded=True),
    "ct-quarter": fact(CT, ("10 của tháng đầu quý sau", "tháng đầu quý sau"),
        ("plain", "Các chi nhánh thủy lợi báo cáo tình hình thực hiện dân chủ hằng quý về Công ty vào thời gian nào?"),
        ("role", "em ở chi nhánh thủy lợi của công ty Quảng Ngãi, báo cáo quý về dân chủ gửi công ty hạn nào ạ"),
        ("typo", "chi nhanh thuy loi bao cao hang quyy gui cty truoc ngay nao"), uploaded=True),
    "ct-6m": fact(CT, "20/6/2026",
        ("nodiac", "chi nhanh thuy loi bao cao 6 thang gui cong ty truoc ngay nao"),
        ("plain", "Các chi nhánh của Công ty thủy lợi Quảng Ngãi gửi báo cáo 6 tháng trước ngày nào?"),
        ("abbrev", "CN thủy lợi nộp bc 6 tháng cho cty TNHH MTV KTCTTL Quảng Ngãi hạn chót ngày mấy"),
        ("colloquial", "báo cáo nửa năm của chi nhánh thủy lợi gửi công ty trễ nhất bữa nào"), uploaded=True),
    "ct-year": fact(CT, "15/12/2026",
        ("nodiac", "bao cao nam cua chi nhanh thuy loi quang ngai han chot"),
        ("plain", "Báo cáo năm của các chi nhánh thủy lợi gửi Công ty trước ngày nào?"),
        ("chat", "bc năm của chi nhánh thủy lợi deadline ngày nào vậy mn"), uploaded=True),
    "ct-ubnd": fact(CT, "22/12/2026",
        ("typo", "công ty thủy lợi Quảng Ngãi gửi báo cáo dân chủ năm 2026 cho UBND tỉnh trước ngày nao"),
        ("plain", "Công ty thủy lợi Quảng Ngãi gửi báo cáo kết quả thực hiện dân chủ năm 2026 cho UBND tỉnh trước ngày nào?"),
        ("role", "Tôi ở Phòng Tổ chức - Hành chính Công ty thủy lợi Quảng Ngãi, báo cáo năm gửi UBND tỉnh hạn nào?"), uploaded=True),
    "ct-water": fact(CT, "15/2/2026",
        ("plain", "Phòng Kế hoạch - Kỹ thuật công khai kế hoạch vận hành, điều tiết nước các hồ chứa mùa khô trước ngày nào?"), uploaded=True),
    "ct-agreement": fact(CT, ("quý II/2026", "quý II"),
        ("plain", "Việc sửa đổi, bổ sung Thỏa ước lao động tập thể của Công ty thủy lợi Quảng Ngãi phải hoàn thành khi nào?"),
        ("abbrev", "sửa TƯLĐTT của cty thủy lợi QNg xong trong thời gian nào"), uploaded=True),
    "ct-signer": fact(CT, "Huỳnh Văn Lực",
        ("chat", "kế hoạch dân chủ của công ty thủy lợi Quảng Ngãi ai ký vậy"), uploaded=True),
    "ct-phone": fact(CT, "0255.3822.647",
        ("plain", "Người lao động Công ty thủy lợi Quảng Ngãi gửi ý kiến qua số điện thoại nào?"), uploaded=True),
    # --- shipped corpus, new words
    "snn-6m": fact(SNN, "20/5",
        ("typo", "báo cáo sáu tháng QCDC sở nông nghiêp hạn ngày nào"),
        ("chat", "a/c cho e hỏi đơn vị thuộc SNN gửi bc 6 tháng QCDC 2024 trước ngày nào ạ")),
    "snn-year": fact(SNN, "10/11",
        ("colloquial", "bc cả năm của đơn vị gửi Sở NN&PTNT Tây Ninh hồi nào là trễ nhất"),
        ("nodiac", "so nong nghiep ptnt bao cao nam qcdc 2024 han cuoi")),
    "snn-plan": fact(SNN, "22/3/2024",
        ("nodiac", "cac don vi truc thuoc so nong nghiep gui ke hoach qcdc nam 2024 truoc ngay bao nhieu"),
        ("typo", "kế hoạch QCDC của đơn vị gửi về Sở Nông ngiệp trước ngày nào")),
    "snn-rules": fact(SNN, "403/QĐ-SNN",
        ("plain", "Quy chế thực hiện dân chủ trong hoạt động của Sở Nông nghiệp và PTNT được ban hành kèm theo quyết định nào?")),
    "snn-via": fact(SNN, "Văn phòng Sở",
        ("role", "em ở một chi cục thuộc Sở Nông nghiệp, báo cáo QCDC 6 tháng gửi qua đâu ạ")),
    "td-signer": fact(TD, "Nguyễn Thị Trúc Mai",
        ("chat", "cho mình hỏi phó bí thư ký kế hoạch dân chủ cơ sở của tỉnh đoàn tên gì")),
    "td-12": fact(TD, ("6 tháng, năm", "6 tháng"),
        ("plain", "Cán bộ, công chức cơ quan Tỉnh đoàn báo cáo kết quả hoạt động theo chủ trương 1+2 định kỳ thế nào?")),
    "td-report": fact(TD, "Ban Dân vận",
        ("nodiac", "van phong tinh doan bao cao so ket 6 thang va nam qcdc gui ve dau"),
        ("abbrev", "VP Tỉnh đoàn gửi bc sơ kết QCDC cho ban nào")),
    "td-office": fact(TD, "Văn phòng",
        ("nodiac", "ai la bo phan thuong truc thuc hien quy che dan chu o tinh doan")),
    "tp-year": fact(TP, "30/10/2024",
        ("colloquial", "UBND phường ở TP Tây Ninh nộp bc cả năm QCDC 2024 trễ nhất bữa nào")),
    "tp-plan": fact(TP, "31/3/2024",
        ("chat", "mình ở UBND phường, KH QCDC 2024 gửi PNV thành phố hạn chót hôm nào vậy"),
        ("plain", "Kế hoạch thực hiện QCDC của các xã, phường thuộc thành phố Tây Ninh phải gửi Phòng Nội vụ chậm nhất ngày nào?")),
    "tp-6m": fact(TP, "20/5/2024",
        ("nodiac", "ubnd xa phuong thuoc thanh pho tay ninh nop bao cao 6 thang qcdc truoc ngay nao"),
        ("typo", "báo cáo 6 thág QCDC thành phố Tây Ninh nộp trước ngày nào")),
    "tp-standing": fact(TP, "thường trực",
        ("typo", "cơ quan thường trục QCDC của thành phố Tây Ninh là phòng nào"),
        ("role", "tôi là công chức Phòng Nội vụ thành phố Tây Ninh, phòng tôi có nhiệm vụ gì trong kế hoạch QCDC?")),
    "tp-recipients": fact(TP, ("Sở Nội vụ", "Ban Dân vận Thành ủy"),
        ("plain", "Kế hoạch QCDC năm 2024 của UBND thành phố Tây Ninh được gửi đến những nơi nào?")),
    "khcn-year": fact(KHCN, "10/11",
        ("abbrev", "TT KH&CN nộp bc năm QCDC 2022 cho Sở hạn chót")),
    "khcn-6m": fact(KHCN, "5/6",
        ("typo", "chi cục tiêu chuẩn đo lường chất lượng nộp báo cáo 6 thang QCDC trước ngầy nào"),
        ("chat", "chi cục TĐC báo cáo giữa năm gửi Sở KHCN ngày mấy v ad")),
    "khcn-reception": fact(KHCN, ("thứ 5 của tuần cuối tháng", "thứ 5"),
        ("plain", "Sở Khoa học và Công nghệ tiếp công dân định kỳ vào ngày nào?")),
    "khcn-emul": fact(KHCN, "10/12",
        ("nodiac", "so khoa hoc cong nghe gui ket qua danh gia thi dua qcdc cuoi nam truoc ngay nao")),
    "khcn-rules": fact(KHCN, "171/QĐ-KHCN",
        ("plain", "Quy chế thực hiện dân chủ trong hoạt động của Sở Khoa học và Công nghệ ban hành theo quyết định nào?")),
    "vh-units": fact(VH, "27/10/2023",
        ("nodiac", "cac phong don vi su nghiep thuoc so van hoa nop bao cao dan van chinh quyen cham nhat ngay nao"),
        ("typo", "báo cáo dân vận chính quyền 2023 của các phòng thuộc Sở Văn hóa nộp chậm nhát ngày nào")),
    "vh-office": fact(VH, "1/11/2023",
        ("colloquial", "VP Sở Văn hóa gửi bc dân vận chính quyền lên UBND tỉnh trễ nhất hôm nào"),
        ("abbrev", "VP Sở VH-TT-DL gửi UBND tỉnh bc DVCQ 2023 + bảng tự chấm điểm trước ngày mấy")),
    "vh-email": fact(VH, "loandtm@tayninh.gov.vn",
        ("chat", "em gửi bản mềm hồ sơ tự chấm điểm DVCQ cho Sở Văn hóa qua địa chỉ nào ạ")),
    "vh-criteria": fact(VH, "1563/QĐ-UBND",
        ("plain", "Bảng điểm tự chấm thi đua dân vận chính quyền năm 2023 ban hành kèm theo quyết định nào?")),
    "vh-inspect": fact(VH, ("kiểm tra", "giám sát"),
        ("role", "tôi ở Thanh tra Sở Văn hóa, Thể thao và Du lịch thì được giao nhiệm vụ gì về dân vận chính quyền?")),
    "vh-number": fact(VH, ("60/KH-SVHTTDL", "60 /KH-SVHTTDL"),
        ("nodiac", "ke hoach dan van chinh quyen 2023 so van hoa the thao du lich so bao nhieu")),
    "snn-score": fact(SNN, "Sở Nội vụ",
        ("plain", "Kết quả tự đánh giá, chấm điểm thi đua thực hiện QCDC của Ban Chỉ đạo Sở Nông nghiệp và PTNT gửi về đâu?")),
    "td-district": fact(TD, ("lồng ghép", "công tác đoàn"),
        ("chat", "huyện đoàn có phải làm báo cáo QCDC riêng cho Tỉnh đoàn không ạ")),
    "td-staff": fact(TD, "hàng tháng",
        ("plain", "Tỉnh đoàn đánh giá, phân loại cán bộ trong các Ban, Văn phòng theo định kỳ nào?")),
    "khcn-lead": fact(KHCN, "Văn phòng Sở",
        ("chat", "bên Sở KH&CN ai chủ trì theo dõi kế hoạch QCDC 2022 vậy")),
    "vh-signer": fact(VH, "Trần Thị Huy Hoàng",
        ("typo", "ai ký kế hoạch dân vận chính quyền năm 2023 cửa Sở Văn hóa Thể thao và Du lịch")),
}

# List questions: (documents, every expected string, question, uploaded).
LISTS: list[tuple[tuple[str, ...], tuple[str, ...], str, bool]] = [
    ((TT,), ("18/6/2026", "25/11/2026"), "Trung tâm Y tế khu vực Yên Thành phải gửi Sở Y tế báo cáo dân chủ mấy lần trong năm 2026, hạn nào?", False),
    ((TT,), ("12/6/2026", "16/11/2026"), "các khoa phòng TTYT Yên Thành phải nộp những báo cáo nào, hạn khi nào", False),
    ((CD,), ("28/2/2025", "8/6/2025", "14/11/2025", "24/11/2025"), "Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên có những mốc hạn nào trong kế hoạch dân chủ 2025?", False),
    ((CD,), ("8/6/2025", "14/11/2025"), "các phòng khoa trường cđ ktkt thái nguyên một năm nộp mấy lần báo cáo, hạn nào", False),
    ((TC,), ("15/6/2026", "30/11/2026"), "Sở Tài chính Hà Tĩnh một năm phải gửi Sở Nội vụ mấy báo cáo dân chủ, hạn nào?", False),
    ((XA,), ("16/6/2026", "20/11/2026"), "xã Phiêng Cằm có những hạn báo cáo nào trong năm 2026", False),
    ((XA,), ("10/6/2026", "10/11/2026"), "Ban TTND các bản ở Phiêng Cằm phải nộp báo cáo giám sát mấy lần, hạn nào?", False),
    ((KHCN,), ("5/6", "10/11"), "Chi cục TĐC và Trung tâm KH&CN phải nộp báo cáo QCDC cho Sở những hạn nào?", False),
    ((TP,), ("31/3/2024", "20/5/2024", "30/10/2024"), "Các phường, xã thuộc TP Tây Ninh có mấy hạn phải gửi trong kế hoạch QCDC 2024?", False),
    ((VH,), ("27/10/2023", "1/11/2023"), "bên Sở VHTTDL năm 2023 có mấy hạn nộp về dân vận chính quyền", False),
    ((SNN,), ("20/5", "10/11"), "đơn vị thuộc Sở Nông nghiệp một năm nộp mấy cái báo cáo QCDC vậy", False),
    ((CT,), ("20/6/2026", "15/12/2026"), "Chi nhánh thủy lợi một năm nộp mấy báo cáo 6 tháng và năm cho công ty, hạn nào?", True),
    ((CT,), ("27/3/2026", "20/6/2026", "15/12/2026", "22/12/2026"), "kế hoạch 07/KH-CTTL có những mốc thời gian nào", True),
]

# Window questions: (today or None, documents, any-of answers (dates written in the plans), question, uploaded).
WINDOWS: list[tuple[str | None, tuple[str, ...], tuple[str, ...], str, bool]] = [
    (None, (TT, TC, XA), ("12/6/2026", "15/6/2026", "16/6/2026", "18/6/2026", "10/6/2026"), "tháng 6/2026 có những hạn nộp báo cáo nào?", False),
    (None, (CD,), ("14/11/2025", "24/11/2025"), "quý IV/2025 phải nộp gì", False),
    (None, (TT, TC, XA), ("16/11/2026", "25/11/2026", "30/11/2026", "20/11/2026", "10/11/2026"), "từ 1/11/2026 đến 30/11/2026 có hạn gì", False),
    (None, (CD,), ("15/8/2025",), "han nop thang 8/2025", False),
    ("2026-03-16", (TT,), ("20/3/2026",), "tuần này có hạn gì không ad", False),
    ("2026-11-09", (TT, TC, XA), ("16/11/2026", "20/11/2026", "25/11/2026", "30/11/2026", "10/11/2026"), "tháng này có những deadline nào", False),
    ("2026-04-27", (XA,), ("30/4/2026",), "sắp tới phải nộp gì", False),
    ("2025-06-06", (CD,), ("8/6/2025",), "mấy hôm nữa trường mình có hạn gì không", False),
    ("2026-09-01", (TT,), ("10/2026",), "tháng 10 có việc gì phải làm xong không", False),
    (None, (SNN,), ("10/11",), "tháng 11/2024 có hạn báo cáo nào", False),
    (None, (SNN, TP), ("20/5/2024", "20/5"), "quý 2 năm 2024 có những hạn gì", False),
    ("2023-10-23", (VH,), ("27/10/2023",), "tuần này phải nộp gì", False),
    ("2026-12-14", (CT, TC), ("15/12/2026",), "tuần này có hạn nào?", True),
    ("2026-12-19", (CT, XA, TT), ("22/12/2026",), "sắp tới có deadline gì", True),
]

OUT_OF_SCOPE: list[tuple[str, bool]] = [
    ("Hạn nộp tờ khai thuế giá trị gia tăng quý 4/2026 là ngày nào?", False),
    ("cho e hỏi lịch nghỉ tết dương lịch 2027 được mấy ngày ạ", False),
    ("Mức đóng bảo hiểm y tế hộ gia đình năm 2026 là bao nhiêu?", False),
    ("Trung tâm Y tế khu vực Yên Thành có bao nhiêu giường bệnh?", False),
    ("Học phí năm học 2025-2026 của Trường Cao đẳng Kinh tế - Kỹ thuật Thái Nguyên là bao nhiêu tiền một tín chỉ?", False),
    ("Sở Tài chính Hà Tĩnh có bao nhiêu công chức?", False),
    ("ad ơi thủ tục đăng ký thường trú cần giấy tờ gì", False),
    ("Hạn nộp hồ sơ xét nâng lương trước thời hạn năm 2026 là khi nào?", False),
    ("Kế hoạch phòng chống thiên tai năm 2026 của xã Phiêng Cằm có những nội dung gì?", False),
    ("Giá nước tưới tiêu nông nghiệp năm 2026 ở Quảng Ngãi bao nhiêu?", False),
    ("báo cáo công tác phòng cháy chữa cháy quý 3 gửi công an xã trước ngày nào", False),
    ("Lịch tiêm vắc xin sởi cho trẻ ở trạm y tế xã tháng này thế nào?", False),
    ("Ai là Bí thư Tỉnh ủy Sơn La?", False),
    ("deadline nộp sáng kiến kinh nghiệm năm học 2025-2026", False),
    ("Hạn quyết toán thuế thu nhập cá nhân năm 2026 là khi nào?", False),
    ("em quên mật khẩu hệ thống quản lý văn bản điều hành thì làm sao ạ", False),
    ("Kết quả đánh giá xếp loại công chức năm 2025 của Sở Tài chính công bố khi nào?", False),
    ("Chỉ số PAPI năm 2025 của tỉnh Nghệ An xếp thứ mấy?", False),
    ("Mẫu phiếu đánh giá, xếp loại chất lượng viên chức năm 2026 lấy ở đâu?", False),
    ("Tiêu chuẩn xét danh hiệu Chiến sĩ thi đua cơ sở là gì?", False),
    ("hôm nay có họp giao ban không ad", False),
    ("Hạn chót đăng ký nguyện vọng xét tuyển đại học năm 2026?", False),
    ("Số tài khoản nộp tiền phạt vi phạm giao thông là gì?", False),
    ("cách cài chữ ký số trên máy tính", False),
    ("Bảng lương mới của viên chức y tế từ 1/7/2026 thế nào?", False),
    ("Lịch cắt điện khu vực Yên Thành tuần này", False),
    ("Hạn nộp báo cáo thống kê tai nạn lao động 6 tháng đầu năm 2026 gửi Sở Nội vụ là ngày nào?", False),
    ("Trường THPT Phan Đình Phùng tổ chức hội nghị viên chức khi nào?", False),
    ("Xã Phiêng Cằm có bao nhiêu hộ nghèo năm 2026?", False),
    ("Kinh phí tổ chức hội nghị người lao động của Công ty thủy lợi Quảng Ngãi được chi bao nhiêu?", True),
    ("Công ty thủy lợi Quảng Ngãi có bao nhiêu chi nhánh, tên là gì?", True),
]


def build() -> list[dict]:
    """Every question as a row of the jsonl schema, numbered in order."""
    return rows_of(FACTS, LISTS, WINDOWS, OUT_OF_SCOPE)


def rows_of(facts: dict[str, Fact], lists: list, windows: list, out_of_scope: list,
            make_id: Callable[[int], int | str] = lambda n: n) -> list[dict]:
    """The rows of a set from its facts, list questions `(docs, every, question, uploaded)`, window
    questions `(today, docs, any of, question, uploaded)` and out-of-scope `(question, uploaded)`;
    the n-th row (from 1) gets the id `make_id(n)`. Shared with the later sets' generators."""
    rows: list[dict] = []

    def add(tag: str, question: str, fact_id: str, docs: tuple[str, ...], contains: tuple[str, ...] | None, *,
            found: bool = True, answer_all: tuple[str, ...] | None = None, today: str | None = None,
            uploaded: bool = False) -> None:
        assert tag in TAGS, tag
        row = {"id": make_id(len(rows) + 1), "tag": tag, "fact": fact_id, "question": question, "documents": list(docs),
               "answer_contains": list(contains) if contains else None, "expect_found": found}
        if answer_all:
            row["answer_all"] = list(answer_all)
        if today:
            row["today"] = today
        if uploaded:
            row["uploaded"] = True
        rows.append(row)

    for fact_id, f in facts.items():
        for tag, q in f.phrasings:
            add(tag, q, fact_id, f.documents, f.contains, uploaded=f.uploaded)
    for i, (docs, every, q, up) in enumerate(lists):
        add("list", q, f"list-{i}", docs, None, answer_all=every, uploaded=up)
    for i, (today, docs, anyof, q, up) in enumerate(windows):
        add("window", q, f"window-{i}", docs, anyof, today=today, uploaded=up)
    for i, (q, up) in enumerate(out_of_scope):
        add("oos", q, f"oos-{i}", (), None, found=False, uploaded=up)
    return rows


# --- the gold check -------------------------------------------------------------------------
def fold(text: str) -> str:
    """Case, diacritics, leading zeros of numbers, dashes and spacing do not matter."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()
    text = text.replace("–", "-").replace("*", "")
    text = re.sub(r"\b0+(\d)", r"\1", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"\s+", " ", text)


def document_path(name: str) -> Path:
    """Where a gold document name lives: the shipped corpus or benchmarks/plans_v2/."""
    for folder in (ROOT / "corpus", PLANS_V2):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(name)


def check_gold(rows: list[dict], text_of: Callable[[str], str] | None = None,
               folded: Callable[[str], str] = fold) -> list[str]:
    """Problems with the gold: a missing document or an answer string not in its documents' text.
    `text_of(name)` gives a document's text (FileNotFoundError when it does not exist), by default
    the project's own reader over the corpus and benchmarks/plans_v2/; `folded` is the compare form."""
    from index.reading import read_document   # the project's own reader, as the system reads the file

    text_of = text_of or (lambda name: read_document(document_path(name)))

    texts: dict[str, str] = {}
    problems: list[str] = []
    for r in rows:
        if not r["expect_found"]:
            if r["documents"] or r.get("answer_contains") or r.get("answer_all"):
                problems.append(f"#{r['id']}: out of scope but names documents or answers")
            continue
        if not r["documents"]:
            problems.append(f"#{r['id']}: no document")
        for name in r["documents"]:
            if name not in texts:
                try:
                    texts[name] = folded(text_of(name))
                except FileNotFoundError:
                    problems.append(f"#{r['id']}: document {name} does not exist")
                    texts[name] = ""
        union = " ".join(texts[n] for n in r["documents"])
        wanted = (r.get("answer_contains") or []) + (r.get("answer_all") or [])
        if not wanted:
            problems.append(f"#{r['id']}: no answer string")
        for s in wanted:
            if folded(s) not in union:
                problems.append(f"#{r['id']}: {s!r} not in {', '.join(r['documents'])}")
    questions = [folded(r["question"]) for r in rows]
    if len(set(questions)) != len(questions):
        problems.append("duplicate questions")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="check the gold only, write nothing")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    rows = build()
    if not write_checked(rows, check_gold(rows), OUT, args.check):
        return 1
    up = sum(1 for r in rows if r.get("uploaded"))
    v2 = sum(1 for r in rows if r["expect_found"] and set(r["documents"]) & {TT, CD, TC, XA, CT})
    print(f"{len(rows)} questions ({v2} about plans v2, {up} asked after the upload); gold checked")
    for t in TAGS:
        print(f"  {t:10s} {sum(r['tag'] == t for r in rows):3d}")
    return 0


def write_checked(rows: list[dict], problems: list[str], out: Path, check_only: bool) -> bool:
    """Print the gold's problems; with none, write the rows as jsonl to `out` (unless `check_only`).
    True when the gold holds."""
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return False
    if not check_only:
        with open(out, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return True


if __name__ == "__main__":
    sys.exit(main())
