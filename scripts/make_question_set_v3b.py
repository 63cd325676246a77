#!/usr/bin/env python3
"""Build writer v3b's half of the blind test set v3 (benchmarks/questions_v3b.jsonl) and check
its gold against the plans' own text.

Nobody tunes on this set before its one first-contact run (`python scripts/eval_questions.py
--set v3`, which globs benchmarks/questions_v3*.jsonl and indexes benchmarks/plans_v3/). Its
three plans (benchmarks/plans_v3/v3b_*, rendered by scripts/make_plans_v3b.py) are of agencies
and provinces found nowhere else in the project: a provincial general hospital (a scanned PDF),
an urban ward after the two-level local government reform (a Word file, the plan uploaded with
`qcdc add` during the run: its questions carry `"uploaded": true`) and a provincial department
of agriculture and environment (a web copy with portal debris and a deadline table). About a
fifth of the in-scope questions ask about the shipped corpus in new words.

Schema as benchmarks/questions_v2.jsonl: id ("v3b-NNN"), tag, fact, question, documents (a
source from one of them in the top 5), answer_contains (any one), answer_all (every one),
expect_found, optional today (YYYY-MM-DD) and uploaded.

Gold check (every build): each named document exists, and every answer string appears in the
named documents' text, compared folded (index.vietnamese.fold, plus leading zeros of numbers
and spacing). The Word file is read with python-docx, the web copy and the corpus as text, and
the scan against the text it was rendered from (benchmarks/plans_v3/src/), never through OCR.

    python scripts/make_question_set_v3b.py          # check, then write the set
    python scripts/make_question_set_v3b.py --check  # check only
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(1, str(ROOT))   # index.vietnamese, for the folded compare
import make_question_set_v2 as v2  # noqa: E402  (the row builder and the text check are v2's)
from make_question_set_v2 import TAGS, Fact  # noqa: E402

PLANS_V3 = ROOT / "benchmarks" / "plans_v3"
OUT = ROOT / "benchmarks" / "questions_v3b.jsonl"

# shipped corpus
SNN, TD, TP, KHCN, VH = ("000_dba3e34fd191b3d8.txt", "001_8738c34ce01b9099.txt", "002_30e115d56b467f0f.txt",
                         "003_35e899f94de57b09.txt", "004_8f22e1142d4e47e2.txt")
# plans v3b
BV = "v3b_bvdk_caobang_2026.pdf"              # scanned, image-only
NN = "v3b_snnmt_thanhhoa_2026_web.md"         # web copy, deadline table
PH = "v3b_ubnd_phuong_hoacuong_2026.docx"     # uploaded during the run

CHATTY = ("nodiac", "abbrev", "chat", "colloquial", "typo", "role")


def fact(docs: str | tuple[str, ...], contains: str | tuple[str, ...], *phrasings: tuple[str, str]) -> Fact:
    """A fact of one plan (or several) and its phrasings; about the uploaded plan when it names it."""
    docs = (docs,) if isinstance(docs, str) else docs
    return v2.fact(docs, contains, *phrasings, uploaded=PH in docs)


FACTS: dict[str, Fact] = {
    # --- provincial general hospital (scanned PDF, duties per unit in prose) ------------------
    "bv-conf": fact(BV, ("27/02/2026", "27/2/2026"),
        ("plain", "Hội nghị viên chức, người lao động năm 2026 của Bệnh viện Đa khoa tỉnh Cao Bằng tổ chức vào ngày nào?"),
        ("chat", "cho e hỏi hội nghị VC NLĐ bên bệnh viện đa khoa tỉnh Cao Bằng năm nay họp hôm nào ạ"),
        ("nodiac", "benh vien da khoa tinh cao bang to chuc hoi nghi vien chuc nguoi lao dong ngay nao")),
    "bv-conf-dept": fact(BV, ("13/02/2026", "13/2/2026"),
        ("role", "em là điều dưỡng trưởng khoa Ngoại BVĐK tỉnh Cao Bằng, khoa em phải họp hội nghị cấp khoa trước ngày mấy ạ")),
    "bv-6m-sy": fact(BV, "15/6/2026",
        ("plain", "Bệnh viện Đa khoa tỉnh Cao Bằng gửi báo cáo kết quả thực hiện dân chủ 6 tháng đầu năm 2026 cho Sở Y tế trước ngày nào?"),
        ("abbrev", "BVĐK tỉnh CB gửi bc 6th về SYT hạn chót ngày nào"),
        ("colloquial", "báo cáo giữa năm về dân chủ của bệnh viện tỉnh Cao Bằng gửi Sở Y tế trễ nhất ngày nào")),
    "bv-year-sy": fact(BV, "20/11/2026",
        ("plain", "Hạn gửi báo cáo năm 2026 về thực hiện dân chủ của Bệnh viện Đa khoa tỉnh Cao Bằng lên Sở Y tế là ngày nào?"),
        ("typo", "bệnh viện đa khoa tỉnh Cao Bằng gửi báo cáo năm cho Sở Y tê trước ngày nào")),
    "bv-6m-units": fact(BV, "10/6/2026",
        ("plain", "Các khoa, phòng Bệnh viện Đa khoa tỉnh Cao Bằng nộp báo cáo thực hiện dân chủ 6 tháng về Phòng Tổ chức cán bộ trước ngày nào?"),
        ("chat", "ad ơi khoa em ở bv tỉnh Cao Bằng nộp bc 6 tháng dân chủ cho phòng TCCB deadline ngày mấy vậy")),
    "bv-year-units": fact(BV, "10/11/2026",
        ("nodiac", "cac khoa phong benh vien da khoa cao bang nop bao cao nam ve phong to chuc can bo truoc ngay nao"),
        ("colloquial", "báo cáo cuối năm của các khoa gửi phòng tổ chức cán bộ bệnh viện đa khoa Cao Bằng hạn chót bữa nào")),
    "bv-budget": fact(BV, "31/3/2026",
        ("plain", "Phòng Tài chính kế toán Bệnh viện Đa khoa tỉnh Cao Bằng phải công khai dự toán thu, chi năm 2026 chậm nhất ngày nào?"),
        ("abbrev", "P. TCKT BVĐK Cao Bằng công khai dự toán 2026 hạn ngày mấy")),
    "bv-ctxh": fact(BV, ("05 hằng tháng", "5 hằng tháng"),
        ("plain", "Phòng Công tác xã hội Bệnh viện Đa khoa tỉnh Cao Bằng báo cáo Giám đốc về phản ánh của người bệnh vào thời gian nào?"),
        ("role", "mình ở phòng công tác xã hội bv đa khoa tỉnh Cao Bằng, tổng hợp phản ánh người bệnh báo cáo giám đốc hạn ngày nào hàng tháng")),
    "bv-survey": fact(BV, ("25 của tháng cuối quý", "tháng cuối quý"),
        ("plain", "Phòng Quản lý chất lượng Bệnh viện Đa khoa tỉnh Cao Bằng gửi kết quả khảo sát sự hài lòng người bệnh khi nào?"),
        ("typo", "khảo sát hài lòng người bênh của bệnh viện đa khoa tỉnh Cao Bằng gửi kết quả trước ngày nào")),
    "bv-hotline": fact(BV, "0206.3856.115",
        ("chat", "hotline bệnh viện đa khoa tỉnh Cao Bằng số mấy vậy mn")),
    "bv-email": fact(BV, "phongtccb.bvdk@caobang.gov.vn",
        ("chat", "báo cáo dân chủ của bv đa khoa Cao Bằng gửi qua mail nào ạ")),
    "bv-mailbox": fact(BV, "thứ Sáu",
        ("plain", "Ban Thanh tra nhân dân Bệnh viện Đa khoa tỉnh Cao Bằng mở hòm thư góp ý vào ngày nào trong tuần?"),
        ("nodiac", "hom thu gop y benh vien da khoa cao bang mo vao thu may")),
    "bv-dialogue": fact(BV, ("9/2026", "tháng 9"),
        ("colloquial", "hồi nào giám đốc bệnh viện đa khoa tỉnh Cao Bằng đối thoại với anh em viên chức vậy")),
    "bv-ttnd-year": fact(BV, "30/11/2026",
        ("plain", "Ban Thanh tra nhân dân Bệnh viện Đa khoa tỉnh Cao Bằng gửi báo cáo kết quả hoạt động năm 2026 cho Ban Chấp hành Công đoàn trước ngày nào?")),
    "bv-ttnd-audit": fact(BV, ("quý III/2026", "quý III"),
        ("plain", "Ban Thanh tra nhân dân Bệnh viện Đa khoa tỉnh Cao Bằng giám sát việc công khai tài chính vào thời gian nào?")),
    "bv-signer": fact(BV, "Nông Văn Thịnh",
        ("plain", "Ai ký Kế hoạch số 58/KH-BVĐK về thực hiện dân chủ ở cơ sở năm 2026?")),
    # --- urban ward after the reform (Word file, uploaded during the run) ---------------------
    "ph-conf": fact(PH, ("06/3/2026", "6/3/2026"),
        ("plain", "UBND phường Hòa Cường tổ chức Hội nghị cán bộ, công chức năm 2026 vào ngày nào?"),
        ("chat", "cho em hỏi hội nghị cán bộ công chức phường Hòa Cường năm nay tổ chức ngày nào ạ")),
    "ph-tdp-1": fact(PH, "30/4/2026",
        ("plain", "Hội nghị nhân dân lần thứ nhất ở các tổ dân phố phường Hòa Cường phải xong trước ngày nào?")),
    "ph-tdp-2": fact(PH, "31/10/2026",
        ("role", "em là tổ trưởng tổ dân phố ở phường Hòa Cường, hội nghị nhân dân lần hai phải làm xong trước ngày nào ạ")),
    "ph-6m": fact(PH, "12/6/2026",
        ("plain", "UBND phường Hòa Cường gửi báo cáo kết quả thực hiện dân chủ 6 tháng cho UBND thành phố trước ngày nào?"),
        ("chat", "ad ơi bc 6 tháng dân chủ của phường Hòa Cường gửi thành phố deadline ngày mấy vậy"),
        ("colloquial", "báo cáo nửa năm về dân chủ phường Hòa Cường nộp lên Sở Nội vụ trễ nhất ngày nào")),
    "ph-year": fact(PH, "14/11/2026",
        ("role", "Tôi ở Văn phòng HĐND và UBND phường Hòa Cường, báo cáo năm về dân chủ gửi UBND thành phố hạn nào?"),
        ("typo", "phường Hòa Cường báo cáo năm vê dân chủ ở cơ sở gửi thành phố trước ngày nào")),
    "ph-landuse": fact(PH, "31/3/2026",
        ("plain", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa Cường công khai kế hoạch sử dụng đất năm 2026 chậm nhất ngày nào?")),
    "ph-consult": fact(PH, ("15/10/2026",),
        ("abbrev", "P. KT-HT-ĐT phường Hòa Cường tổng hợp ý kiến dân về chỉnh trang vỉa hè báo cáo UBND phường trước ngày nào")),
    "ph-festival": fact(PH, "18/11/2026",
        ("plain", "Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư phường Hòa Cường phải hoàn thành trước ngày nào?")),
    "ph-hcc": fact(PH, "15 hằng tháng",
        ("role", "mình làm ở Trung tâm Phục vụ hành chính công phường Hòa Cường thì hằng tháng phải báo cáo gì, hạn ngày nào")),
    "ph-tdp-quarter": fact(PH, ("20 của tháng cuối quý", "tháng cuối quý"),
        ("nodiac", "to dan pho phuong hoa cuong bao cao hang quy ve ubnd phuong truoc ngay nao")),
    "ph-ttnd": fact(PH, ("05/6/2026", "5/6/2026"),
        ("plain", "Ban Thanh tra nhân dân phường Hòa Cường gửi báo cáo kết quả hoạt động 6 tháng về Ủy ban MTTQ Việt Nam phường trước ngày nào?")),
    "ph-dialogue": fact(PH, ("8/2026", "tháng 8"),
        ("colloquial", "bữa nào chủ tịch phường Hòa Cường đối thoại trực tiếp với bà con vậy")),
    # --- department of agriculture and environment (web copy, deadline table) ----------------
    "nn-conf": fact(NN, "19/3/2026",
        ("plain", "Hội nghị cán bộ, công chức, viên chức và người lao động cơ quan Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa năm 2026 tổ chức ngày nào?"),
        ("abbrev", "HN CBCCVC-NLĐ cơ quan Sở NN&MT Thanh Hóa 2026 ngày mấy"),
        ("typo", "hội nghị cán bộ công chức Sở Nông nghiệp và Môi trường Thanh Hóa họp ngày nào năm 2026 vây")),
    "nn-unit-plan": fact(NN, "31/3/2026",
        ("plain", "Các đơn vị trực thuộc Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa ban hành kế hoạch thực hiện dân chủ năm 2026 trước ngày nào?")),
    "nn-unit-conf": fact(NN, "15/4/2026",
        ("plain", "Các đơn vị trực thuộc Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa tổ chức hội nghị cán bộ, công chức, viên chức chậm nhất ngày nào?")),
    "nn-budget": fact(NN, "10/4/2026",
        ("abbrev", "P. KH-TC Sở NNMT Thanh Hóa công khai dự toán ngân sách 2026 trễ nhất ngày nào"),
        ("plain", "Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa công khai dự toán ngân sách năm 2026 chậm nhất ngày nào?")),
    "nn-quarter": fact(NN, ("12 của tháng cuối quý", "tháng cuối quý"),
        ("plain", "Các đơn vị trực thuộc Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa gửi báo cáo tình hình thực hiện dân chủ hằng quý vào thời gian nào?"),
        ("chat", "bên em là chi cục thủy lợi thuộc sở nông nghiệp môi trường thanh hóa thì bc quý gửi sở trước ngày mấy vậy ạ")),
    "nn-land": fact(NN, "20 hằng tháng",
        ("role", "tôi ở Văn phòng Đăng ký đất đai Thanh Hóa, phản ánh về thủ tục đất đai phải tổng hợp báo cáo Giám đốc Sở trước ngày nào hằng tháng?")),
    "nn-6m": fact(NN, "16/6/2026",
        ("plain", "Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa gửi báo cáo kết quả thực hiện dân chủ 6 tháng đầu năm 2026 trước ngày nào?"),
        ("chat", "cho e hỏi bc dân chủ 6 tháng của Sở Nông nghiệp và Môi trường Thanh Hóa gửi tỉnh hạn chót ngày nào ạ")),
    "nn-forest": fact(NN, "30/9/2026",
        ("plain", "Chi cục Kiểm lâm tỉnh Thanh Hóa lấy ý kiến cộng đồng dân cư về phương án giao rừng, cho thuê rừng trước ngày nào?"),
        ("typo", "chi cục kiểm lâm Thanh Hóa lấy ý kiến dân về giao rừng cho thuê rưng hạn nào")),
    "nn-inspect": fact(NN, ("quý III/2026", "quý III"),
        ("colloquial", "thanh tra Sở NN và MT Thanh Hóa xuống kiểm tra dân chủ ở chi cục kiểm lâm hồi nào")),
    "nn-dialogue": fact(NN, ("10/2026", "Tháng 10"),
        ("plain", "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa đối thoại với cán bộ, công chức, viên chức và người lao động vào thời gian nào?")),
    "nn-year": fact(NN, "18/11/2026",
        ("plain", "Hạn gửi báo cáo kết quả thực hiện dân chủ năm 2026 của Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa là ngày nào?"),
        ("colloquial", "báo cáo cuối năm về dân chủ của sở nông nghiệp và môi trường thanh hóa nộp trễ nhất ngày nào")),
    # --- shipped corpus, asked in new words ---------------------------------------------------
    "c-snn-plan": fact(SNN, ("22/3/2024", "22/3"),
        ("chat", "các đơn vị thuộc sở nông nghiệp tây ninh gửi kế hoạch QCDC 2024 về sở trước ngày mấy vậy ạ"),
        ("plain", "Thời hạn các cơ quan, đơn vị trực thuộc Sở Nông nghiệp và PTNT Tây Ninh gửi kế hoạch thực hiện QCDC năm 2024 về Sở là ngày nào?")),
    "c-snn-6m": fact(SNN, "20/5",
        ("typo", "đơn vị thuộc Sở Nông nghiệp và PTNT Tây Ninh nộp báo cáo 6 tháng QCDC năm 2024 truóc ngày nào")),
    "c-snn-year": fact(SNN, "10/11",
        ("colloquial", "báo cáo cuối năm QCDC 2024 của các đơn vị gửi sở nông nghiệp tây ninh trễ nhất bữa nào")),
    "c-td-report": fact(TD, "Ban Dân vận",
        ("role", "em ở Văn phòng Tỉnh đoàn Tây Ninh, báo cáo sơ kết 6 tháng và năm về QCDC năm 2023 gửi về đâu ạ")),
    "c-td-rank": fact(TD, ("hàng tháng", "định kỳ hàng tháng"),
        ("plain", "Cơ quan Tỉnh đoàn Tây Ninh đánh giá, phân loại cán bộ trong các Ban và Văn phòng theo định kỳ nào trong năm 2023?")),
    "c-tp-plan": fact(TP, ("31/3/2024", "31/3"),
        ("role", "tôi là công chức văn phòng UBND một phường ở TP Tây Ninh, kế hoạch QCDC 2024 của phường gửi Phòng Nội vụ hạn chót ngày nào"),
        ("nodiac", "cac co quan don vi thanh pho tay ninh gui ke hoach quy che dan chu 2024 ve phong noi vu cham nhat ngay nao")),
    "c-tp-year": fact(TP, ("30/10/2024",),
        ("abbrev", "UBND xã thuộc TP TN gửi bc năm QCDC 2024 cho UBND TP hạn ngày mấy")),
    "c-tp-guide": fact(TP, ("Phòng Tài chính - Kế hoạch", "Tài chính - Kế hoạch"),
        ("plain", "Theo kế hoạch thực hiện Quy chế dân chủ năm 2024 của thành phố Tây Ninh, phòng nào hướng dẫn các cơ quan, đơn vị xây dựng quy chế chi tiêu nội bộ?")),
    "c-khcn-visit": fact(KHCN, ("thứ 5 của tuần cuối tháng", "thứ 5"),
        ("chat", "sở khcn tây ninh năm 2022 tiếp công dân vào hôm nào vậy mn")),
    "c-khcn-emul": fact(KHCN, "10/12",
        ("plain", "Sở Khoa học và Công nghệ Tây Ninh gửi kết quả tự đánh giá thi đua thực hiện QCDC năm 2022 về Ban Chỉ đạo tỉnh trước ngày nào?"),
        ("abbrev", "Sở KH&CN TN gửi đánh giá thi đua QCDC cuối năm 2022 cho LĐLĐ tỉnh hạn chót")),
    "c-khcn-6m": fact(KHCN, ("5/6", "05/6"),
        ("nodiac", "trung tam khoa hoc va cong nghe tay ninh bao cao qcdc 6 thang ve so truoc ngay nao nam 2022")),
    "c-vh-email": fact(VH, ("loandtm@tayninh.gov.vn", "27/10/2023"),
        ("chat", "bc dân vận chính quyền 2023 của các đơn vị thuộc sở văn hóa tây ninh gửi file mềm vô mail nào, hạn nào ạ")),
    "c-vh-inspect": fact(VH, "Thanh tra Sở",
        ("role", "Theo kế hoạch dân vận chính quyền 2023 của Sở VHTTDL Tây Ninh, bộ phận nào chủ trì kiểm tra, giám sát việc thực hiện?")),
}

#: (documents, every string the answer must hold, question)
LISTS: list[tuple[tuple[str, ...], tuple[str, ...], str]] = [
    ((BV,), ("15/6/2026", "20/11/2026"),
     "Bệnh viện Đa khoa tỉnh Cao Bằng gửi Sở Y tế báo cáo dân chủ mấy lần trong năm 2026, hạn từng lần là khi nào?"),
    ((BV,), ("10/6/2026", "10/11/2026"),
     "em ở khoa Nội bệnh viện đa khoa tỉnh Cao Bằng thì phải nộp những báo cáo nào cho phòng TCCB, hạn bao giờ"),
    ((BV,), ("31/3/2026", "30/6/2026"),
     "Phòng Tài chính kế toán Bệnh viện Đa khoa tỉnh Cao Bằng phải công khai những gì, hạn chót mỗi việc?"),
    ((PH,), ("30/4/2026", "31/10/2026"),
     "tổ dân phố phường Hòa Cường một năm họp dân mấy lần, mỗi lần xong trước ngày nào"),
    ((PH,), ("12/6/2026", "14/11/2026"),
     "Văn phòng HĐND và UBND phường Hòa Cường phải gửi những báo cáo nào lên UBND thành phố, hạn khi nào?"),
    ((PH,), ("31/3/2026", "15/10/2026"),
     "Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa Cường có tất cả mấy mốc hạn trong kế hoạch dân chủ 2026?"),
    ((NN,), ("16/6/2026", "18/11/2026"),
     "Sở NN&MT Thanh Hóa một năm báo cáo UBND tỉnh về dân chủ mấy lần, hạn nào"),
    ((NN,), ("31/3/2026", "15/4/2026"),
     "các đơn vị trực thuộc Sở Nông nghiệp và Môi trường Thanh Hóa phải làm những việc gì về dân chủ năm 2026, hạn chót từng việc?"),
    ((KHCN,), ("5/6", "10/11"),
     "Chi cục TĐC thuộc Sở KHCN Tây Ninh năm 2022 phải nộp báo cáo QCDC mấy lần, hạn mỗi lần?"),
    ((SNN,), ("22/3/2024", "20/5", "10/11"),
     "liệt kê giúp mình các mốc hạn mà đơn vị thuộc Sở Nông nghiệp và PTNT Tây Ninh phải gửi về sở năm 2024"),
]

#: (today or None, documents, any one of these dates, question)
WINDOWS: list[tuple[str | None, tuple[str, ...], tuple[str, ...], str]] = [
    (None, (NN,), ("10/4/2026", "15/4/2026", "16/6/2026"),
     "quý II/2026 Sở Nông nghiệp và Môi trường Thanh Hóa có những việc gì phải hoàn thành?"),
    ("2026-06-03", (BV,), ("10/6/2026",),
     "tuần sau bệnh viện đa khoa tỉnh Cao Bằng có hạn nộp báo cáo gì không"),
    (None, (BV,), ("10/11/2026", "20/11/2026", "30/11/2026"),
     "tháng 11/2026 Bệnh viện Đa khoa tỉnh Cao Bằng có những hạn báo cáo nào?"),
    ("2026-06-01", (PH,), ("05/6/2026", "5/6/2026", "12/6/2026"),
     "tháng này phường Hòa Cường có hạn gì phải nộp không ad"),
    (None, (PH,), ("15/10/2026", "31/10/2026", "14/11/2026", "18/11/2026"),
     "từ 1/10/2026 đến 20/11/2026 phường Hòa Cường có những mốc hạn nào?"),
    ("2026-09-15", (NN,), ("30/9/2026",),
     "sắp tới Sở NN và MT Thanh Hóa có việc gì đến hạn không"),
    (None, (NN,), ("19/3/2026", "31/3/2026"),
     "tháng 3/2026 sở nông nghiệp và môi trường thanh hóa có hạn gì"),
    ("2026-02-20", (BV,), ("27/02/2026", "27/2/2026"),
     "tuần tới bên bệnh viện đa khoa tỉnh Cao Bằng có lịch gì về dân chủ không"),
    (None, (PH,), ("30/4/2026", "05/6/2026", "5/6/2026", "12/6/2026"),
     "quý II năm 2026 phường Hòa Cường phải xong những việc gì"),
    (None, (KHCN,), ("10/12",),
     "tháng 12/2022 Sở Khoa học và Công nghệ Tây Ninh phải gửi gì về Ban Chỉ đạo tỉnh?"),
]

#: (question, asked after the upload)
OUT_OF_SCOPE: list[tuple[str, bool]] = [
    ("Mức lương cơ sở áp dụng từ ngày 1/7/2026 là bao nhiêu?", False),
    ("cho e hỏi phụ cấp ưu đãi nghề của bác sĩ bệnh viện tỉnh được bao nhiêu phần trăm ạ", False),
    ("Nghị định 178/2024/NĐ-CP quy định chính sách nghỉ hưu trước tuổi thế nào?", False),
    ("Bệnh viện Sản Nhi tỉnh Cao Bằng tổ chức hội nghị viên chức ngày nào?", False),
    ("Kế hoạch thực hiện dân chủ năm 2027 của Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa có gì mới?", False),
    ("Hạn nộp báo cáo quyết toán thuế thu nhập cá nhân năm 2026 là ngày nào?", False),
    ("ad ơi tối nay mấy giờ đá bóng vậy", False),
    ("Sở Y tế Cao Bằng tuyển dụng viên chức năm 2026 bao nhiêu chỉ tiêu?", False),
    ("Hạn chót nộp báo cáo thống kê diện tích gieo trồng vụ đông 2026 là ngày nào?", False),
    ("Chi cục Thủy sản tỉnh Thanh Hóa báo cáo dân chủ 6 tháng trước ngày nào?", False),
    ("thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất mất bao lâu", False),
    ("Ủy ban nhân dân xã Quảng Phú năm 2026 tổ chức hội nghị nhân dân khi nào?", False),
    ("Giá dịch vụ khám bệnh theo yêu cầu ở bệnh viện đa khoa tỉnh là bao nhiêu?", False),
    ("hạn nộp hồ sơ xét nâng ngạch công chức năm 2026 là khi nào vậy", False),
    ("Báo cáo công tác phòng cháy chữa cháy quý I/2026 gửi Công an tỉnh trước ngày nào?", False),
    ("bot ơi kể chuyện cười đi", False),
    ("Tiêu chí xét công nhận xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2026-2030 là gì?", False),
    ("Luật Thực hiện dân chủ ở cơ sở có bao nhiêu điều?", False),
    ("Sở Giáo dục và Đào tạo Cao Bằng có kế hoạch dân chủ năm 2026 không, hạn báo cáo khi nào?", False),
    ("Mức thu phí gửi xe máy tại bệnh viện là bao nhiêu?", False),
    ("hạn đóng bảo hiểm xã hội tháng 12/2026 cho người lao động là ngày nào", False),
    ("Kế hoạch chuyển đổi số năm 2026 của tỉnh Thanh Hóa giao chỉ tiêu gì?", False),
    ("Phường Hòa Cường có bao nhiêu tổ dân phố sau khi sắp xếp?", True),
    ("Kinh phí tổ chức Ngày hội Đại đoàn kết ở phường Hòa Cường được hỗ trợ bao nhiêu tiền mỗi khu dân cư?", True),
    ("số điện thoại của chủ tịch phường Hòa Cường là gì", True),
]


def build() -> list[dict]:
    """Every question as a row of the jsonl schema, numbered "v3b-001" on."""
    lists = [(docs, every, q, PH in docs) for docs, every, q in LISTS]
    windows = [(today, docs, anyof, q, PH in docs) for today, docs, anyof, q in WINDOWS]
    return v2.rows_of(FACTS, lists, windows, OUT_OF_SCOPE, make_id=lambda n: f"v3b-{n:03d}")


# --- the gold check -------------------------------------------------------------------------
def normalised(text: str) -> str:
    """Folded text where case, diacritics, leading zeros, dashes, bold marks and spacing do not matter."""
    from index.vietnamese import fold

    text = fold(text).replace("–", "-").replace("*", "")
    text = re.sub(r"\b0+(\d)", r"\1", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"\s+", " ", text)


def document_text(name: str) -> str:
    """A gold document's text: the corpus or web copy as is, the Word file through python-docx,
    the scan from the source it was rendered from."""
    for folder in (ROOT / "corpus", PLANS_V3):
        path = folder / name
        if path.is_file():
            break
    else:
        raise FileNotFoundError(name)
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        source = PLANS_V3 / "src" / f"{path.stem}.scan"
        return source.read_text(encoding="utf-8")
    return path.read_text(encoding="utf-8")


def check_gold(rows: list[dict]) -> list[str]:
    """Problems with the gold: a missing document, an answer string not in its documents' text, a
    repeated question (v2's check, over these plans' texts), an uploaded plan also named by a
    question asked before the upload, a question already in an earlier set."""
    problems = v2.check_gold(rows, text_of=document_text, folded=normalised)
    # out-of-scope rows name no plan, so only their place in the run says they follow the upload
    problems += [f"#{r['id']}: uploaded flag does not match the uploaded plan" for r in rows
                 if r["expect_found"] and bool(r.get("uploaded")) != (PH in r["documents"])]
    earlier = earlier_questions()
    problems += [f"#{r['id']}: already asked in an earlier set" for r in rows
                 if normalised(r["question"]) in earlier]
    return problems


def earlier_questions() -> set[str]:
    """The questions of the project's earlier sets (v3 must not repeat them), normalised."""
    seen: set[str] = set()
    for path in sorted((ROOT / "benchmarks").glob("questions*.jsonl")):
        if path.name.startswith("questions_v3"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(normalised(json.loads(line)["question"]))
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="check the gold only, write nothing")
    args = parser.parse_args()
    rows = build()
    if not v2.write_checked(rows, check_gold(rows), OUT, args.check):
        return 1
    up = sum(1 for r in rows if r.get("uploaded"))
    mine = sum(1 for r in rows if r["expect_found"] and set(r["documents"]) & {BV, NN, PH})
    corpus = sum(1 for r in rows if r["expect_found"] and not set(r["documents"]) & {BV, NN, PH})
    print(f"{len(rows)} questions ({mine} about plans v3b, {corpus} about the shipped corpus, "
          f"{up} asked after the upload of {PH}); gold checked")
    for t in TAGS:
        print(f"  {t:10s} {sum(r['tag'] == t for r in rows):3d}")
    print(f"  chat-ish   {sum(r['tag'] in CHATTY for r in rows):3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
