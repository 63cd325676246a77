#!/usr/bin/env python3
"""Write writer v6b's half of the blind set v6: benchmarks/questions_v6b.jsonl.

Questions about the three plans of scripts/plans_v6b_text.py (the water company's .docx is added with
`qcdc add` during the run: its questions are `uploaded`) and out of scope (agencies of the same kinds
no plan covers, other provinces, topics the plans do not mention). Most are typed the way staff write
in Zalo or Telegram. Dates in the gold are written without leading zeros (the judge drops them from
answers too).

Before writing, the gold is checked against the plans' text as standard tools extract it
(python-docx, pypdfium2, lxml), never against the system: each answer string must be in its plan,
and an `answer_contains` string must occur once in its plan and in no other plan of the run (the
shipped corpus and benchmarks/plans_v6/), so that a wrong date cannot hold it.

    PYTHONPATH=$PWD python scripts/make_question_set_v6b.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
import lxml.html
import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_questions import norm  # noqa: E402  (the judge's own normalisation)
from make_question_set_v5b import rows  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "questions_v6b.jsonl"
PLANS = ROOT / "benchmarks" / "plans_v6"
C = "v6b_ctn_laocai_2026.docx"                       # uploaded
D = "v6b_sdttg_gialai_2026.pdf"
W = "v6b_ubnd_phuong_haichau_danang_2026_web.html"
UPLOADED = {C}

# (tag, fact, question, gold document or "" / "oos-up" for out of scope, answer_contains, answer_all, today)
Q = [
    # ---- the water company (.docx, uploaded)
    ("plain", "c-unit-conf", "Các xí nghiệp, nhà máy của Công ty TNHH MTV Cấp thoát nước Lào Cai phải tổ chức hội nghị người lao động cấp đơn vị xong trước ngày nào?", C, ["13/3"], None, None),
    ("role", "c-unit-conf", "em ở Xí nghiệp cấp nước Sa Pa bên cty cấp thoát nước Lào Cai, xí nghiệp em họp hội nghị NLĐ trước ngày mấy ạ", C, ["13/3"], None, None),
    ("nodiac", "c-unit-conf", "nha may nuoc coc san cong ty cap thoat nuoc lao cai to chuc hoi nghi nguoi lao dong cap don vi truoc ngay nao", C, ["13/3"], None, None),
    ("plain", "c-conf", "Hội nghị người lao động năm 2026 của Công ty TNHH MTV Cấp thoát nước Lào Cai tổ chức vào ngày nào?", C, ["27/3"], None, None),
    ("chat", "c-conf", "ad ơi hội nghị nld 2026 bên cty cấp nước lào cai họp bữa nào vậy ạ", C, ["27/3"], None, None),
    ("abbrev", "c-conf", "Cty CTN Lào Cai HN NLĐ 2026 ngày nào, ở đâu", C, ["27/3"], None, None),
    ("typo", "c-conf", "hôi nghị người lao động công ty cấp thoát nươc lào cai năm 2026 là ngày nào", C, ["27/3"], None, None),
    ("plain", "c-dialogue", "Công ty TNHH MTV Cấp thoát nước Lào Cai tổ chức đối thoại định kỳ lần thứ nhất năm 2026 vào thời gian nào?", C, ["7/2026"], None, None),
    ("chat", "c-dialogue", "cho e hỏi đối thoại định kỳ lần 1 bên cấp thoát nước lào cai tháng mấy ạ", C, ["7/2026"], None, None),
    ("nodiac", "c-dialogue", "cong ty cap thoat nuoc lao cai doi thoai dinh ky lan thu nhat vao thang may", C, ["7/2026"], None, None),
    ("plain", "c-finance", "Phòng Kế toán - Tài chính Công ty Cấp thoát nước Lào Cai công khai báo cáo tài chính năm 2025 và quỹ phúc lợi trước ngày nào?", C, ["24/4"], None, None),
    ("abbrev", "c-finance", "P. KTTC cty CTN LC công khai BCTC 2025, quỹ khen thưởng phúc lợi hạn?", C, ["24/4"], None, None),
    ("colloquial", "c-finance", "Bao giờ thì công ty cấp nước Lào Cai phải dán công khai quỹ phúc lợi lên bảng tin?", C, ["24/4"], None, None),
    ("plain", "c-feedback", "Số điện thoại đường dây nóng của Công ty TNHH MTV Cấp thoát nước Lào Cai là số nào?", C, ["3840.567"], None, None),
    ("chat", "c-feedback", "hotline cty cấp thoát nước lào cai số mấy ad", C, ["3840.567"], None, None),
    ("colloquial", "c-feedback", "Hòm thư góp ý ở công ty cấp nước Lào Cai bao giờ mới được mở?", C, ["ngày làm việc cuối cùng"], None, None),
    ("role", "c-quarterly", "em ở phòng Kinh doanh - CSKH cty cấp thoát nước Lào Cai, báo cáo quý về phản ánh khách hàng nộp GĐ hạn ngày mấy ạ", C, ["5 của tháng đầu quý"], None, None),
    ("plain", "c-quarterly", "Phòng Kinh doanh - Chăm sóc khách hàng của Công ty Cấp thoát nước Lào Cai báo cáo Giám đốc về phản ánh của khách hàng vào thời điểm nào?", C, ["5 của tháng đầu quý"], None, None),
    ("nodiac", "c-quarterly", "phong kinh doanh cham soc khach hang cong ty cap thoat nuoc lao cai bao cao quy cho giam doc truoc ngay nao", C, ["5 của tháng đầu quý"], None, None),
    ("plain", "c-6m", "Công ty TNHH MTV Cấp thoát nước Lào Cai gửi báo cáo 6 tháng đầu năm về dân chủ ở cơ sở cho những cơ quan nào, trước ngày nào?", C, ["18/6"], ["sở tài chính", "liên đoàn lao động"], None),
    ("chat", "c-6m", "cho em hỏi bc 6th dân chủ cơ sở bên cty cấp thoát nước lào cai deadline bữa nào ạ", C, ["18/6"], None, None),
    ("typo", "c-6m", "công ty cấp thoát nưóc lào cai báo cáo sáu tháng dân chu cơ sở nộp trước ngày nào", C, ["18/6"], None, None),
    ("plain", "c-year", "Báo cáo năm về thực hiện dân chủ ở cơ sở tại nơi làm việc của Công ty Cấp thoát nước Lào Cai gửi trước ngày nào?", C, ["27/11"], None, None),
    ("colloquial", "c-year", "Cuối năm công ty cấp nước Lào Cai nộp báo cáo dân chủ cho tỉnh trễ nhất hôm nào?", C, ["27/11"], None, None),
    ("abbrev", "c-year", "CTN Lào Cai bc năm DCCS gửi UBND tỉnh qua đâu, hạn?", C, ["27/11"], ["sở tài chính"], None),
    ("role", "c-unit-reports", "em ở Xí nghiệp cấp nước Bắc Hà (cty cấp thoát nước Lào Cai), báo cáo 6 tháng về dân chủ nộp cho phòng nào, trước ngày nào ạ?", C, ["10/6"], ["tổ chức - hành chính"], None),
    ("colloquial", "c-unit-reports", "Xí nghiệp ở công ty cấp nước Lào Cai nộp báo cáo cả năm về phòng tổ chức muộn nhất ngày nào?", C, ["16/11"], None, None),
    ("list", "c-unit-reports", "Các phòng, xí nghiệp của Công ty Cấp thoát nước Lào Cai phải nộp báo cáo 6 tháng và báo cáo năm về dân chủ cho Phòng Tổ chức - Hành chính vào những ngày nào?", C, None, ["10/6", "16/11"], None),
    ("window", "c-unit-reports", "tháng này cty cấp thoát nước lào cai có hạn báo cáo dân chủ nào k ạ", C, None, ["10/6", "18/6"], "2026-06-03"),
    ("window", "c-conf", "Trong tháng này Công ty Cấp thoát nước Lào Cai có những việc gì về dân chủ ở cơ sở phải xong?", C, None, ["13/3", "27/3"], "2026-03-02"),
    ("list", "c-6m", "Liệt kê các báo cáo dân chủ ở cơ sở mà Công ty TNHH MTV Cấp thoát nước Lào Cai phải gửi Sở Tài chính và hạn của từng báo cáo", C, None, ["18/6", "27/11"], None),
    ("oos", "c-oos-price", "giá nước sinh hoạt của cty cấp nước lào cai năm 2026 bao nhiêu 1 khối vậy", "oos-up", None, None, None),
    ("oos", "c-oos-bonus", "cty ctn lào cai lương tháng 13 với thưởng tết 2026 được bao nhiêu ạ", "oos-up", None, None, None),
    ("oos", "c-oos-equitise", "Công ty TNHH MTV Cấp thoát nước Lào Cai khi nào cổ phần hóa?", "oos-up", None, None, None),
    ("oos", "c-oos-quangninh", "Công ty TNHH MTV Cấp thoát nước Quảng Ninh tổ chức hội nghị người lao động năm 2026 vào ngày nào?", "oos-up", None, None, None),
    ("oos", "c-oos-moitruong", "Công ty Môi trường đô thị Lào Cai đối thoại định kỳ với người lao động vào tháng mấy?", "oos-up", None, None, None),
    # ---- the department (.pdf, indexed)
    ("plain", "d-unit-conf", "Các phòng thuộc Sở Dân tộc và Tôn giáo tỉnh Gia Lai tổ chức hội nghị cấp phòng xong trước ngày nào?", D, ["26/2"], None, None),
    ("role", "d-unit-conf", "em ở phòng Tôn giáo sở DTTG gia lai, phòng em họp hội nghị cấp phòng hạn chót ngày mấy ạ", D, ["26/2"], None, None),
    ("nodiac", "d-unit-conf", "cac phong so dan toc va ton giao gia lai hop hoi nghi cap phong truoc ngay nao", D, ["26/2"], None, None),
    ("plain", "d-conf", "Hội nghị cán bộ, công chức, người lao động năm 2026 của Sở Dân tộc và Tôn giáo Gia Lai tổ chức vào ngày nào?", D, ["19/3"], None, None),
    ("chat", "d-conf", "ad ơi hội nghị ccvc bên sở dân tộc tôn giáo gia lai năm nay họp bữa nào vậy", D, ["19/3"], None, None),
    ("abbrev", "d-conf", "Sở DTTG GL HN CBCC NLĐ 2026 ngày?", D, ["19/3"], None, None),
    ("typo", "d-conf", "hội nghi cán bộ công chức sở dân tôc và tôn giáo gia lai năm 2026 ngày nao", D, ["19/3"], None, None),
    ("plain", "d-budget", "Văn phòng Sở Dân tộc và Tôn giáo Gia Lai phải công khai dự toán ngân sách năm 2026 trong thời hạn bao lâu?", D, ["30 ngày"], None, None),
    ("colloquial", "d-budget", "Sở dân tộc tôn giáo Gia Lai được giao dự toán rồi thì bao lâu phải công khai?", D, ["30 ngày"], None, None),
    ("nodiac", "d-budget", "so dan toc va ton giao gia lai cong khai du toan ngan sach 2026 trong bao lau", D, ["30 ngày"], None, None),
    ("plain", "d-reception", "Giám đốc Sở Dân tộc và Tôn giáo tỉnh Gia Lai tiếp công dân định kỳ vào ngày nào?", D, ["thứ năm", "thứ 5"], None, None),
    ("chat", "d-reception", "muốn gặp gđ sở dân tộc tôn giáo gia lai để phản ánh thì đi hôm nào ạ", D, ["thứ năm", "thứ 5"], None, None),
    ("nodiac", "d-reception", "giam doc so dan toc ton giao gia lai tiep cong dan vao thu may", D, ["thứ năm", "thứ 5"], None, None),
    ("chat", "d-email", "sở dttg gia lai có mail nào nhận góp ý về dân chủ k ad", D, ["gopy.sdttg@gialai.gov.vn"], None, None),
    ("plain", "d-email", "Địa chỉ thư điện tử tiếp nhận góp ý về thực hiện dân chủ của Sở Dân tộc và Tôn giáo Gia Lai là gì?", D, ["gopy.sdttg@gialai.gov.vn"], None, None),
    ("abbrev", "d-email", "email góp ý DCCS của SDTTG GL là gì", D, ["gopy.sdttg@gialai.gov.vn"], None, None),
    ("plain", "d-quarterly", "Thanh tra Sở Dân tộc và Tôn giáo Gia Lai báo cáo Giám đốc Sở kết quả tiếp công dân, giải quyết khiếu nại hằng quý vào thời điểm nào?", D, ["12 của tháng cuối quý"], None, None),
    ("role", "d-quarterly", "em làm ở Thanh tra sở dân tộc và tôn giáo GL, bc quý tiếp dân khiếu nại tố cáo nộp GĐ trước ngày mấy ạ", D, ["12 của tháng cuối quý"], None, None),
    ("typo", "d-quarterly", "thanh tra sở dân tộc tôn giáo gia lai bao cáo quý cho giám đôc trước ngày nào", D, ["12 của tháng cuối quý"], None, None),
    ("colloquial", "d-incident", "Có vụ việc phức tạp về tôn giáo thì phòng ở Sở Dân tộc và Tôn giáo Gia Lai phải báo giám đốc trong bao lâu?", D, ["48 giờ"], None, None),
    ("nodiac", "d-incident", "vu viec phuc tap ve dan toc ton giao thi phong chuyen mon so dttg gia lai bao cao giam doc trong bao lau", D, ["48 giờ"], None, None),
    ("chat", "d-incident", "sở dttg gia lai có vụ việc phức tạp về dân tộc thì phòng phải báo gđ trong mấy tiếng ạ", D, ["48 giờ"], None, None),
    ("plain", "d-rules", "Sở Dân tộc và Tôn giáo Gia Lai phải sửa đổi Quy chế thực hiện dân chủ trong hoạt động của cơ quan xong trước ngày nào?", D, ["31/3/2026"], None, None),
    ("chat", "d-rules", "bên sở dân tộc tôn giáo gia lai sửa quy chế dân chủ hạn chót bữa nào v ad", D, ["31/3/2026"], None, None),
    ("plain", "d-rules", "Sản phẩm của nhiệm vụ rà soát, sửa đổi Quy chế thực hiện dân chủ ở Sở Dân tộc và Tôn giáo Gia Lai là gì?", D, ["quyết định ban hành quy chế"], None, None),
    ("plain", "d-training", "Sở Dân tộc và Tôn giáo Gia Lai bồi dưỡng, phổ biến pháp luật về thực hiện dân chủ cho công chức vào thời gian nào?", D, ["quý ii/2026"], None, None),
    ("abbrev", "d-training", "Sở DTTG Gia Lai bồi dưỡng PL về DCCS cho CCVC khi nào, phòng nào phối hợp", D, ["quý ii/2026"], ["chính sách dân tộc"], None),
    ("chat", "d-training", "cho em hỏi sở dân tộc tôn giáo gia lai bồi dưỡng về dân chủ cho công chức quý mấy ạ", D, ["quý ii/2026"], None, None),
    ("plain", "d-dialogue", "Giám đốc Sở Dân tộc và Tôn giáo Gia Lai đối thoại với công chức, người lao động vào thời gian nào?", D, ["quý iii/2026"], None, None),
    ("chat", "d-dialogue", "gđ sở dân tộc tôn giáo gia lai năm nay đối thoại với anh em công chức quý mấy ạ", D, ["quý iii/2026"], None, None),
    ("typo", "d-dialogue", "giam đốc sơ dân tộc và tôn giáo gia lai đối thoai với công chức khi nào", D, ["quý iii/2026"], None, None),
    ("plain", "d-inspection", "Thanh tra Sở Dân tộc và Tôn giáo Gia Lai kiểm tra việc thực hiện dân chủ tại các phòng vào thời gian nào?", D, ["10/2026"], None, None),
    ("colloquial", "d-inspection", "Mấy phòng ở sở dân tộc tôn giáo Gia Lai bị kiểm tra dân chủ vào tháng nào?", D, ["10/2026"], None, None),
    ("abbrev", "d-inspection", "TT Sở DTTG GL kiểm tra DCCS tại các phòng khi nào", D, ["10/2026"], None, None),
    ("plain", "d-awards", "Hồ sơ đề nghị khen thưởng thực hiện tốt dân chủ ở cơ sở của Sở Dân tộc và Tôn giáo Gia Lai phải xong trước ngày nào?", D, ["11/12"], None, None),
    ("nodiac", "d-awards", "ho so de nghi khen thuong dan chu co so so dan toc ton giao gia lai han cuoi ngay nao", D, ["11/12"], None, None),
    ("chat", "d-awards", "hồ sơ khen thưởng dân chủ cơ sở bên sở dân tộc tôn giáo gia lai nộp hạn chót bữa nào ad", D, ["11/12"], None, None),
    ("plain", "d-6m", "Sở Dân tộc và Tôn giáo Gia Lai gửi báo cáo 6 tháng đầu năm về thực hiện dân chủ cho UBND tỉnh qua cơ quan nào, trước ngày nào?", D, ["17/6"], ["sở nội vụ"], None),
    ("chat", "d-6m", "cho em hỏi bc 6 tháng dân chủ sở dttg gia lai gửi ubnd tỉnh hạn chót bữa nào ạ", D, ["17/6"], None, None),
    ("abbrev", "d-6m", "SDTTG GL bc DCCS 6th gửi UBND tỉnh qua SNV hạn?", D, ["17/6"], None, None),
    ("colloquial", "d-6m", "Báo cáo dân chủ giữa năm của sở dân tộc tôn giáo Gia Lai nộp muộn nhất là hôm nào?", D, ["17/6"], None, None),
    ("plain", "d-year", "Báo cáo năm về thực hiện dân chủ của Sở Dân tộc và Tôn giáo Gia Lai phải gửi trước ngày nào?", D, ["24/11"], None, None),
    ("chat", "d-year", "bc năm dân chủ bên sở dân tộc tôn giáo gia lai deadline khi nào v ad", D, ["24/11"], None, None),
    ("typo", "d-year", "báo cáo năm dân chủ sở dân tôc tôn giáo gia lai gưi trước ngày nào", D, ["24/11"], None, None),
    ("role", "d-unit-reports", "em ở phòng Công tác dân tộc sở DTTG Gia Lai, báo cáo dân chủ 6 tháng nộp cho ai, hạn ngày nào ạ?", D, ["9/6"], ["văn phòng sở"], None),
    ("role", "d-unit-reports", "Em làm ở Phòng Chính sách dân tộc, Sở Dân tộc và Tôn giáo Gia Lai, báo cáo năm về dân chủ em nộp trước ngày mấy?", D, ["13/11"], None, None),
    ("list", "d-unit-reports", "Các phòng thuộc Sở Dân tộc và Tôn giáo Gia Lai nộp báo cáo 6 tháng và báo cáo năm về Văn phòng Sở vào những ngày nào?", D, None, ["9/6", "13/11"], None),
    ("window", "d-unit-reports", "Tháng này Sở Dân tộc và Tôn giáo Gia Lai có những hạn báo cáo dân chủ nào?", D, None, ["9/6", "17/6"], "2026-06-01"),
    ("window", "d-unit-reports", "tháng này sở dttg gia lai có hạn báo cáo dân chủ gì k ạ", D, None, ["13/11", "24/11"], "2026-11-04"),
    ("window", "d-conf", "tháng này sở dân tộc tôn giáo GL phải xong những việc gì về dân chủ cơ sở", D, None, ["19/3", "31/3/2026"], "2026-03-02"),
    ("list", "d-6m", "Liệt kê các hạn báo cáo dân chủ ở cơ sở mà Sở Dân tộc và Tôn giáo Gia Lai phải gửi UBND tỉnh năm 2026", D, None, ["17/6", "24/11"], None),
    ("list", "d-rules", "Các nhiệm vụ sửa đổi quy chế, đối thoại và khen thưởng về dân chủ của Sở Dân tộc và Tôn giáo Gia Lai có thời hạn thế nào?", D, None, ["31/3/2026", "quý iii/2026", "11/12"], None),
    # ---- the ward (portal page, indexed)
    ("plain", "w-tdp-conf", "Các tổ dân phố ở phường Hải Châu, Đà Nẵng tổ chức hội nghị để Nhân dân bàn và quyết định xong trước ngày nào?", W, ["23/3"], None, None),
    ("role", "w-tdp-conf", "em là tổ trưởng tổ dân phố ở P. Hải Châu, hội nghị tổ dân phố bàn việc đóng góp phải xong trước ngày mấy ạ", W, ["23/3"], None, None),
    ("nodiac", "w-tdp-conf", "to dan pho phuong hai chau hop dan ban va quyet dinh sua quy uoc truoc ngay nao", W, ["23/3"], None, None),
    ("plain", "w-conf", "Ủy ban nhân dân phường Hải Châu tổ chức Hội nghị cán bộ, công chức, người lao động năm 2026 vào ngày nào?", W, ["27/2"], None, None),
    ("chat", "w-conf", "ad ơi hội nghị cbcc ub phường hải châu năm nay họp bữa nào vậy ạ", W, ["27/2"], None, None),
    ("typo", "w-conf", "hội nghi cán bộ công chưc phường hải châu 2026 ngày nào", W, ["27/2"], None, None),
    ("plain", "w-reception", "Chủ tịch UBND phường Hải Châu tiếp công dân định kỳ vào thời gian nào?", W, ["thứ ba", "thứ 3"], None, None),
    ("colloquial", "w-reception", "Muốn gặp chủ tịch phường Hải Châu để kiến nghị thì đến hôm nào, ở đâu?", W, ["thứ ba", "thứ 3"], None, None),
    ("nodiac", "w-reception", "chu tich ubnd phuong hai chau tiep dan vao thu may", W, ["thứ ba", "thứ 3"], None, None),
    ("chat", "w-phone", "phường hải châu có số đt nào để dân phản ánh k ad", W, ["3821.459"], None, None),
    ("plain", "w-phone", "Người dân phường Hải Châu phản ánh, kiến nghị qua số điện thoại nào?", W, ["3821.459"], None, None),
    ("abbrev", "w-phone", "sđt tiếp nhận phản ánh của UBND P. Hải Châu", W, ["3821.459"], None, None),
    ("plain", "w-dialogue", "Chủ tịch UBND phường Hải Châu đối thoại với Nhân dân năm 2026 vào thời gian nào?", W, ["8/2026"], None, None),
    ("chat", "w-dialogue", "năm nay chủ tịch p. hải châu đối thoại với dân tháng mấy vậy ạ", W, ["8/2026"], None, None),
    ("nodiac", "w-dialogue", "chu tich phuong hai chau doi thoai voi nhan dan thang may nam 2026", W, ["8/2026"], None, None),
    ("plain", "w-ttnd", "Ban Thanh tra nhân dân phường Hải Châu báo cáo kết quả hoạt động với Ủy ban MTTQ phường vào thời điểm nào?", W, ["22 của tháng cuối quý"], None, None),
    ("abbrev", "w-ttnd", "Ban TTND P. Hải Châu bc quý với MTTQ phường hạn ngày mấy", W, ["22 của tháng cuối quý"], None, None),
    ("role", "w-ttnd", "em ở ban thanh tra nhân dân phường hải châu, báo cáo hằng quý gửi mặt trận trước ngày nào ạ", W, ["22 của tháng cuối quý"], None, None),
    ("plain", "w-community", "Phường Hải Châu kiện toàn Ban giám sát đầu tư của cộng đồng ở các tổ dân phố vào thời gian nào?", W, ["tháng 4/2026"], None, None),
    ("colloquial", "w-community", "Ban giám sát đầu tư cộng đồng ở tổ dân phố phường Hải Châu khi nào thì kiện toàn xong?", W, ["tháng 4/2026"], None, None),
    ("chat", "w-community", "ban giám sát đầu tư cộng đồng ở tdp p. hải châu kiện toàn tháng mấy v ad", W, ["tháng 4/2026"], None, None),
    ("plain", "w-6m", "UBND phường Hải Châu gửi báo cáo 6 tháng đầu năm về thực hiện dân chủ ở cơ sở cho UBND thành phố trước ngày nào?", W, ["16/6"], None, None),
    ("chat", "w-6m", "cho em hỏi bc 6th dân chủ cơ sở của ub phường hải châu gửi thành phố deadline bữa nào ạ", W, ["16/6"], None, None),
    ("abbrev", "w-6m", "UBND P. Hải Châu bc DCCS 6 tháng gửi UBND TP qua đâu, hạn?", W, ["16/6"], ["sở nội vụ"], None),
    ("nodiac", "w-6m", "ubnd phuong hai chau bao cao dan chu co so 6 thang gui thanh pho han cuoi ngay nao", W, ["16/6"], None, None),
    ("plain", "w-year", "Báo cáo năm về thực hiện dân chủ ở cơ sở của UBND phường Hải Châu phải gửi trước ngày nào?", W, ["21/11"], None, None),
    ("colloquial", "w-year", "Cuối năm phường Hải Châu nộp báo cáo dân chủ lên thành phố trễ nhất hôm nào?", W, ["21/11"], None, None),
    ("typo", "w-year", "bao cáo năm dân chủ cơ sơ phường hải châu hạn chót ngày nào", W, ["21/11"], None, None),
    ("plain", "w-incident", "Khi có vụ việc đông người, phức tạp về an ninh trật tự, Văn phòng HĐND và UBND phường Hải Châu phải báo cáo Chủ tịch trong bao lâu?", W, ["6 giờ"], None, None),
    ("chat", "w-incident", "p hải châu có vụ việc đông người thì vp phải báo ct phường trong mấy tiếng v ad", W, ["6 giờ"], None, None),
    ("abbrev", "w-incident", "VP HĐND-UBND P. Hải Châu báo cáo CT về vụ việc đông người trong bao lâu", W, ["6 giờ"], None, None),
    ("role", "w-tdp-reports", "em là trưởng tổ dân phố ở phường Hải Châu, báo cáo dân chủ 6 tháng nộp về đâu, trước ngày nào ạ?", W, ["30/5"], ["văn phòng hđnd và ubnd"], None),
    ("colloquial", "w-tdp-reports", "Tổ trưởng tổ dân phố ở Hải Châu nộp báo cáo dân chủ cả năm cho phường muộn nhất ngày nào?", W, ["14/11"], None, None),
    ("list", "w-tdp-reports", "Các tổ dân phố phường Hải Châu phải nộp báo cáo 6 tháng và báo cáo năm về thực hiện dân chủ vào những ngày nào?", W, None, ["30/5", "14/11"], None),
    ("window", "w-tdp-reports", "Tháng này phường Hải Châu có những hạn báo cáo dân chủ ở cơ sở nào?", W, None, ["14/11", "21/11"], "2026-11-02"),
    ("window", "w-tdp-conf", "tháng này p. hải châu có việc gì về dân chủ cơ sở phải xong k ạ", W, ["23/3"], None, "2026-03-03"),
    ("window", "w-tdp-reports", "từ giờ tới hết tháng 6 phường Hải Châu có những hạn báo cáo dân chủ nào", W, None, ["30/5", "16/6"], "2026-05-20"),
    ("list", "w-6m", "Liệt kê các hạn báo cáo dân chủ ở cơ sở mà UBND phường Hải Châu phải gửi UBND thành phố", W, None, ["16/6", "21/11"], None),
    # ---- out of scope, asked before the upload
    ("oos", "o-thanhkhe", "UBND phường Thanh Khê nộp báo cáo dân chủ ở cơ sở 6 tháng năm 2026 trước ngày nào?", "", None, None, None),
    ("oos", "o-sdttg-daklak", "Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk tổ chức hội nghị cán bộ, công chức năm 2026 vào ngày nào?", "", None, None, None),
    ("oos", "o-support", "sở dân tộc tôn giáo gia lai hỗ trợ hộ nghèo dân tộc thiểu số bao nhiêu tiền 1 hộ vậy ad", "", None, None, None),
    ("oos", "o-fee", "Phường Hải Châu năm 2026 thu phí vệ sinh môi trường bao nhiêu một hộ?", "", None, None, None),
    ("oos", "o-residence", "cho em hỏi thủ tục đăng ký tạm trú online ở Đà Nẵng cần giấy tờ gì ạ", "", None, None, None),
    ("oos", "o-fireworks", "Lễ hội pháo hoa quốc tế Đà Nẵng năm 2026 diễn ra vào ngày nào?", "", None, None, None),
    ("oos", "o-school", "Trường THPT Phan Châu Trinh Đà Nẵng tổ chức hội nghị viên chức năm học 2025-2026 ngày nào?", "", None, None, None),
    ("oos", "o-deputies", "Sở DTTG Gia Lai có mấy phó giám đốc vậy ạ", "", None, None, None),
    ("oos", "o-allowance", "mức phụ cấp công chức công tác ở vùng đồng bào dân tộc thiểu số là bao nhiêu ạ", "", None, None, None),
    ("oos", "o-central", "Ban Tôn giáo Chính phủ gửi báo cáo công tác tôn giáo năm 2026 trước ngày nào?", "", None, None, None),
]

# a date-like gold string: "13/3", "31/3/2026", "7/2026", "quý ii/2026"
_DATE = re.compile(r"\d{1,2}/\d{1,4}")


def plan_text(path: Path) -> str:
    """A plan's text as a standard tool extracts it, whitespace collapsed, in the judge's form."""
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    elif path.suffix == ".pdf":
        parts = [page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(str(path))]
    elif path.suffix in (".html", ".htm"):
        parts = [lxml.html.parse(str(path)).getroot().text_content()]
    else:
        parts = [path.read_text(encoding="utf-8")]
    return norm(re.sub(r"\s+", " ", " ".join(parts)))


def check_gold(data: list[dict]) -> list[str]:
    """Problems of the gold against the plans' own text (empty when the gold holds)."""
    texts = {f.name: plan_text(f) for f in [*PLANS.iterdir(), *(ROOT / "corpus").iterdir()]
             if f.is_file() and f.suffix in (".docx", ".pdf", ".html", ".txt")}
    problems = []
    for r in data:
        for doc in r["documents"]:
            own = texts[doc]
            if r.get("answer_contains") and not any(norm(x) in own for x in r["answer_contains"]):
                problems.append(f"{r['id']}: none of {r['answer_contains']} in {doc}")
            problems += [f"{r['id']}: {x!r} not in {doc}" for x in r.get("answer_all") or [] if norm(x) not in own]
            for x in r.get("answer_contains") or []:
                n = own.count(norm(x))
                elsewhere = [name for name, t in texts.items() if name != doc and norm(x) in t]
                if n > 1:
                    problems.append(f"{r['id']}: {x!r} occurs {n} times in {doc}")
                if elsewhere and _DATE.search(x):
                    problems.append(f"{r['id']}: {x!r} also in {elsewhere}")
    return problems


def main() -> None:
    data = rows(Q, UPLOADED, "v6b")
    problems = check_gold(data)
    if problems:
        raise SystemExit("gold does not hold:\n" + "\n".join(problems))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    in_scope = [r for r in data if r["expect_found"]]
    print(OUT.relative_to(ROOT), len(data), "questions,", len(in_scope), "in scope,",
          sum(1 for r in data if r.get("uploaded")), "uploaded,", len({r["fact"] for r in in_scope}), "facts")
    print(dict(Counter(r["tag"] for r in data)))


if __name__ == "__main__":
    main()
