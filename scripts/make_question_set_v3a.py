#!/usr/bin/env python3
"""Build writer v3a's half of the blind test set v3 (benchmarks/questions_v3a.jsonl).

Nobody tunes on this set before its one first contact, `python scripts/eval_questions.py --set v3`
(figures only). Its three plans (benchmarks/plans_v3/v3a_*, rendered by scripts/make_plans_v3a.py;
the .txt is typed by hand) are of agencies and provinces found nowhere else in the project; about a
fifth of the in-scope questions ask about the shipped corpus in new words. Questions marked
`"uploaded": true` are about the plan the harness adds with `qcdc add` after `qcdc index`.

Schema as benchmarks/questions_v2.jsonl: id ("v3a-NNN"), tag, fact, question, documents (a source
from one of them in the top 5), answer_contains (any one), answer_all (every one), expect_found,
optional today (YYYY-MM-DD) and uploaded.

Gold check, on every build: each named document exists, and every answer string appears in the text
of the named documents as the project's reader (index.reading) extracts it, compared folded
(index.vietnamese.fold; leading zeros of numbers and spacing do not matter either).

    python scripts/make_question_set_v3a.py          # check, then write the set
    python scripts/make_question_set_v3a.py --check  # check only
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the row type, the tags, the shipped corpus's file names and the folded comparison are shared
from blindset.question_sets import (KHCN, SNN, TAGS, TD, TP, VH, GoldReport, comparable,  # noqa: E402,F401
                                    gold_main, summary_line)
from blindset.question_sets import QuestionV3 as Question  # noqa: E402
from blindset.question_sets import check_gold as shared_check_gold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PLANS_V3 = ROOT / "benchmarks" / "plans_v3"
OUT = ROOT / "benchmarks" / "questions_v3a.jsonl"

# plans v3a
BQ = "v3a_bqlda_camau_2026.docx"          # uploaded during the run
CT = "v3a_cct_kv14_daklak_2025.pdf"
TH = "v3a_th_hoaloc_vinhlong_2025.txt"


# (fact, documents, answer_contains, [(tag, question), ...])
FACTS: list[tuple[str, tuple[str, ...], tuple[str, ...], list[tuple[str, str]]]] = [
    # --- Ban QLDA ĐTXD (docx, header table, deadline table; uploaded)
    ("bq-conf", (BQ,), ("06/02/2026",), [
        ("plain", "Ban Quản lý dự án đầu tư xây dựng tỉnh Cà Mau tổ chức Hội nghị viên chức, người lao động năm 2026 vào ngày nào?"),
        ("chat", "cho e hỏi hội nghị VC-NLĐ bên Ban QLDA Cà Mau năm nay họp ngày mấy ạ"),
        ("nodiac", "ban qlda ca mau hoi nghi vien chuc nguoi lao dong 2026 ngay nao")]),
    ("bq-rule", (BQ,), ("31/3/2026",), [
        ("plain", "Theo kế hoạch của Ban QLDA đầu tư xây dựng tỉnh Cà Mau, Quy chế thực hiện dân chủ sửa đổi phải ban hành chậm nhất ngày nào?"),
        ("role", "em ở Phòng HCTH Ban QLDA Cà Mau, việc sửa quy chế dân chủ của Ban hạn chót khi nào")]),
    ("bq-budget", (BQ,), ("23/01/2026",), [
        ("plain", "Phòng Kế hoạch - Tài chính Ban QLDA tỉnh Cà Mau phải công khai dự toán ngân sách năm 2026 trước ngày nào?"),
        ("abbrev", "P.KHTC BQLDA Cà Mau công khai dự toán 2026 hạn nào")]),
    ("bq-settle", (BQ,), ("quý III/2026",), [
        ("colloquial", "công khai quyết toán năm 2025 bên ban quản lý dự án cà mau làm hồi nào")]),
    ("bq-monthly", (BQ,), ("ngày 25",), [
        ("role", "mình ở Phòng Quản lý dự án 2 của Ban QLDA Cà Mau, báo cáo tiến độ giải ngân nộp ngày nào trong tháng")]),
    ("bq-monthly-to", (BQ,), ("Kế hoạch - Tài chính",), [
        ("chat", "ad ơi bc giải ngân hằng tháng của các phòng QLDA ở Cà Mau gửi cho phòng nào vậy")]),
    ("bq-quarter-who", (BQ,), ("Kỹ thuật - Thẩm định",), [
        ("plain", "Kết quả lựa chọn nhà thầu của Ban QLDA đầu tư xây dựng tỉnh Cà Mau do phòng nào công khai?")]),
    ("bq-quarter", (BQ,), ("ngày 10",), [
        ("typo", "kết quả lựa chọn nhà thầu Ban QLDA Cà Mau công khai trướcc ngày mấy mỗi quý")]),
    ("bq-dialog", (BQ,), ("7/2026",), [
        ("colloquial", "giám đốc ban qlda cà mau đối thoại với anh em viên chức bữa nào")]),
    ("bq-ttnd-plan", (BQ,), ("27/02/2026",), [
        ("plain", "Ban Thanh tra nhân dân của Ban QLDA tỉnh Cà Mau phải xây dựng chương trình giám sát năm 2026 trước ngày nào?")]),
    ("bq-ttnd-year", (BQ,), ("15/12/2026",), [
        ("abbrev", "Ban TTND BQLDA Cà Mau bc năm gửi đâu, hạn nào")]),
    ("bq-6m-units", (BQ,), ("05/6/2026",), [
        ("plain", "Các phòng thuộc Ban QLDA đầu tư xây dựng tỉnh Cà Mau nộp báo cáo thực hiện dân chủ 6 tháng năm 2026 trước ngày nào?"),
        ("chat", "bc 6 tháng QCDC phòng em ở Ban QLDA Cà Mau deadline ngày mấy v ạ")]),
    ("bq-6m", (BQ,), ("15/6/2026",), [
        ("nodiac", "ban qlda ca mau gui bao cao 6 thang cho so noi vu truoc ngay nao")]),
    ("bq-year-units", (BQ,), ("06/11/2026",), [
        ("colloquial", "báo cáo cuối năm của các phòng Ban QLDA Cà Mau trễ nhất hôm nào")]),
    ("bq-email", (BQ,), ("hcth.bqlda@camau.gov.vn",), [
        ("chat", "bản mềm báo cáo gửi Ban QLDA Cà Mau qua mail nào ạ")]),
    # --- Chi cục Thuế khu vực (text-layer pdf, duties per unit in prose)
    ("ct-conf", (CT,), ("25/4/2025",), [
        ("plain", "Chi cục Thuế khu vực XIV tổ chức Hội nghị công chức, người lao động năm 2025 vào ngày nào?"),
        ("chat", "hội nghị CC-NLĐ chi cục thuế KV14 họp bữa nào vậy mn")]),
    ("ct-conf-base", (CT,), ("22/4/2025",), [
        ("role", "em ở một Thuế cơ sở thuộc Chi cục Thuế khu vực XIV, hội nghị cấp cơ sở phải làm xong trước ngày nào")]),
    ("ct-rule", (CT,), ("30/5/2025",), [
        ("plain", "Phòng Tổ chức cán bộ Chi cục Thuế khu vực XIV phải trình ban hành Quy chế thực hiện dân chủ sửa đổi chậm nhất ngày nào?"),
        ("abbrev", "P.TCCB CCT KV XIV trình quy chế dân chủ hạn chót")]),
    ("ct-rotation", (CT,), ("quý III/2025",), [
        ("plain", "Chi cục Thuế khu vực XIV công khai kế hoạch luân phiên, luân chuyển, chuyển đổi vị trí công tác năm 2025 khi nào?")]),
    ("ct-dialog", (CT,), ("9/2025",), [
        ("plain", "Hội nghị đối thoại với người nộp thuế năm 2025 của Chi cục Thuế khu vực XIV tổ chức trong tháng nào?")]),
    ("ct-dialog-who", (CT,), ("Nghiệp vụ - Dự toán - Pháp chế",), [
        ("chat", "đối thoại doanh nghiệp bên chi cục thuế khu vực 14 phòng nào lo vậy ạ")]),
    ("ct-dialog-report", (CT,), ("07 ngày làm việc",), [
        ("colloquial", "đối thoại người nộp thuế xong thì mấy ngày phải có báo cáo kết quả, chi cục thuế KV XIV")]),
    ("ct-vp-monthly", (CT,), ("ngày 20",), [
        ("role", "mình làm ở Văn phòng Chi cục Thuế khu vực XIV thì tháng nào cũng phải báo cáo gì, hạn ngày mấy")]),
    ("ct-base-monthly", (CT,), ("ngày 15",), [
        ("plain", "Các Thuế cơ sở thuộc Chi cục Thuế khu vực XIV báo cáo tình hình giải quyết phản ánh, kiến nghị của người nộp thuế trước ngày nào hằng tháng?"),
        ("typo", "thuế cơ sở báo cáo phản ánh kiến nghj hằng tháng hạn ngày mấy chi cục thuế khu vực XIV")]),
    ("ct-base-monthly-to", (CT,), ("Văn phòng",), [
        ("nodiac", "thue co so bao cao phan anh kien nghi nguoi nop thue gui ve dau chi cuc thue khu vuc xiv")]),
    ("ct-quarter", (CT,), ("ngày 18",), [
        ("plain", "Phòng Kiểm tra nội bộ Chi cục Thuế khu vực XIV báo cáo kết quả kiểm tra công vụ hằng quý trước ngày nào?"),
        ("abbrev", "P.KTNB chi cục thuế KV XIV bc kiểm tra công vụ hạn ngày mấy mỗi quý")]),
    ("ct-6m-units", (CT,), ("10/6/2025",), [
        ("plain", "Các phòng và Thuế cơ sở thuộc Chi cục Thuế khu vực XIV gửi báo cáo thực hiện dân chủ 6 tháng chậm nhất ngày nào?"),
        ("colloquial", "báo cáo giữa năm dân chủ bên thuế cơ sở nộp chi cục thuế khu vực XIV trễ nhất bữa nào")]),
    ("ct-6m-via", (CT,), ("Tổ chức cán bộ", "TCCB"), [
        ("chat", "cho em hỏi bc 6 tháng dân chủ của Thuế cơ sở gửi Chi cục KV XIV qua phòng nào ạ")]),
    ("ct-6m", (CT,), ("16/6/2025",), [
        ("nodiac", "chi cuc thue khu vuc xiv gui cuc thue bao cao 6 thang truoc ngay nao")]),
    ("ct-year-units", (CT,), ("12/11/2025",), [
        ("typo", "báo cáo năm 2025 của Thuế cơ sở gửi Chi cục Thuế khu vựv XIV chậm nhất ngày nào")]),
    ("ct-year", (CT,), ("24/11/2025",), [
        ("plain", "Chi cục Thuế khu vực XIV gửi báo cáo thực hiện dân chủ năm 2025 về Cục Thuế trước ngày nào?")]),
    ("ct-email", (CT,), ("tccb.kv14@gdt.gov.vn",), [
        ("abbrev", "bản điện tử bc QCDC gửi CCT KV XIV mail gì")]),
    ("ct-eval", (CT,), ("10 ngày làm việc",), [
        ("plain", "Kết quả đánh giá, xếp loại chất lượng công chức năm 2025 của Chi cục Thuế khu vực XIV được công khai trong thời hạn bao lâu?")]),
    # --- Trường Tiểu học (clerk-typed .txt)
    ("th-conf", (TH,), ("03/10/2025",), [
        ("plain", "Trường Tiểu học Hòa Lộc tổ chức Hội nghị viên chức, người lao động năm học 2025 - 2026 vào ngày nào?"),
        ("nodiac", "truong tieu hoc hoa loc hop hoi nghi vien chuc ngay nao")]),
    ("th-conf-team", (TH,), ("28/9/2025",), [
        ("role", "em là tổ trưởng tổ khối 3 trường TH Hòa Lộc, hội nghị cấp tổ phải họp trước ngày nào ạ")]),
    ("th-public", (TH,), ("30/10/2025",), [
        ("plain", "Trường Tiểu học Hòa Lộc phải công khai cam kết chất lượng giáo dục trên trang thông tin điện tử trước ngày nào?"),
        ("colloquial", "trường th hòa lộc đăng công khai các khoản thu lên web trường trễ nhất hôm nào")]),
    ("th-monthly", (TH,), ("ngày 05",), [
        ("role", "mình là kế toán trường tiểu học Hòa Lộc, tháng nào cũng phải công khai gì, trước ngày mấy")]),
    ("th-settle", (TH,), ("3/2026",), [
        ("plain", "Trường Tiểu học Hòa Lộc công khai quyết toán kinh phí năm 2025 vào thời gian nào?")]),
    ("th-parents", (TH,), ("15/10/2025",), [
        ("plain", "Ban đại diện cha mẹ học sinh Trường Tiểu học Hòa Lộc họp với Hiệu trưởng đầu năm học trước ngày nào?"),
        ("abbrev", "BĐD CMHS trường TH Hòa Lộc họp đầu năm hạn ngày mấy")]),
    ("th-forum-report", (TH,), ("05 ngày làm việc",), [
        ("role", "em là Tổng phụ trách Đội trường TH Hòa Lộc, sau diễn đàn mấy ngày phải báo cáo Hiệu trưởng")]),
    ("th-hk1-teams", (TH,), ("10/01/2026",), [
        ("plain", "Các tổ chuyên môn Trường Tiểu học Hòa Lộc nộp báo cáo sơ kết học kỳ I trước ngày nào?"),
        ("typo", "tổ chuyen môn trường tiểu học Hòa Lộc nộp báo cáo sơ kết học kỳ I cho phó hiệu trưởng hạn nào")]),
    ("th-hk1", (TH,), ("16/01/2026",), [
        ("nodiac", "truong tieu hoc hoa loc gui bao cao so ket hoc ky 1 cho ubnd xa truoc ngay nao")]),
    ("th-hk1-via", (TH,), ("Văn hóa - Xã hội",), [
        ("chat", "bc sơ kết HK1 của trường Hòa Lộc gửi xã qua phòng nào vậy ạ")]),
    ("th-end-teams", (TH,), ("20/5/2026",), [
        ("colloquial", "báo cáo cuối năm học của tổ văn phòng trường TH Hòa Lộc trễ nhất bữa nào")]),
    ("th-end", (TH,), ("29/5/2026",), [
        ("plain", "Trường Tiểu học Hòa Lộc gửi báo cáo tổng kết năm học 2025 - 2026 về UBND xã trước ngày nào?")]),
    ("th-ttnd-plan", (TH,), ("20/10/2025",), [
        ("plain", "Ban Thanh tra nhân dân Trường Tiểu học Hòa Lộc phải hoàn thành kế hoạch kiểm tra, giám sát năm học trước ngày nào?")]),
    ("th-ttnd-report", (TH,), ("25/5/2026",), [
        ("abbrev", "Ban TTND TH Hòa Lộc bc giám sát năm học gửi ai hạn nào")]),
    ("th-email", (TH,), ("c1hoaloc@vinhlong.edu.vn",), [
        ("chat", "gửi báo cáo cho cô hiệu trưởng trường TH Hòa Lộc qua email nào vậy mọi người")]),
    # --- the shipped corpus, facts and phrasings no earlier set asks
    ("c-snn-score", (SNN,), ("03-QĐ/BCĐ",), [
        ("plain", "Ban Chỉ đạo QCDC của Sở Nông nghiệp và PTNT Tây Ninh tự chấm điểm thi đua theo tiêu chí ban hành kèm quyết định nào?"),
        ("typo", "Sở Nông nghiêp và PTNT Tây Ninh tự đánh giá chấm điểm QCDC 2024 theo quyết định số mấy")]),
    ("c-snn-board", (SNN,), ("kiện toàn",), [
        ("chat", "ad ơi đơn vị em thuộc Sở NN&PTNT, Ban chỉ đạo QCDC bị khuyết thành viên thì làm sao ạ")]),
    ("c-snn-focus", (SNN,), ("người dân, doanh nghiệp",), [
        ("role", "em ở chi cục thuộc Sở Nông nghiệp Tây Ninh, kế hoạch QCDC của đơn vị cần chú trọng lĩnh vực nào")]),
    ("c-td-watch", (TD,), ("cán bộ, công chức, viên chức",), [
        ("plain", "Ban Chỉ đạo QCDC cơ quan Tỉnh đoàn Tây Ninh xây dựng kế hoạch giám sát ai?")]),
    ("c-td-ttnd", (TD,), ("thu chi ngân sách",), [
        ("nodiac", "tinh doan tay ninh nam 2023 phat huy vai tro ban thanh tra nhan dan de phat hien sai sot gi")]),
    ("c-td-basis", (TD,), ("19-KH/BCĐ",), [
        ("plain", "Kế hoạch QCDC năm 2023 của Tỉnh đoàn Tây Ninh thực hiện theo kế hoạch số mấy của Ban Chỉ đạo tỉnh?")]),
    ("c-td-members", (TD,), ("địa bàn được phân công",), [
        ("chat", "thành viên Ban Chỉ đạo QCDC cơ quan Tỉnh đoàn triển khai ở đâu vậy ạ")]),
    ("c-tp-inspect", (TP,), ("UBND xã, phường",), [
        ("plain", "Phòng Nội vụ thành phố Tây Ninh phối hợp thành lập đoàn kiểm tra thực hiện quy chế dân chủ ở những nơi nào?")]),
    ("c-tp-duty", (TP,), ("thực thi công vụ",), [
        ("nodiac", "thanh pho tay ninh nguoi dung dau co quan phai kiem tra gi cua can bo cong chuc")]),
    ("c-tp-radio", (TP,), ("tuyên truyền", "phát thanh"), [
        ("role", "tôi ở Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố Tây Ninh thì phải làm gì trong kế hoạch QCDC 2024")]),
    ("c-khcn-conduct", (KHCN,), ("168/QĐ-KHCN",), [
        ("plain", "Quy tắc ứng xử của công chức, viên chức Sở Khoa học và Công nghệ Tây Ninh ban hành theo quyết định nào?")]),
    ("c-khcn-ct05", (KHCN,), ("kỷ luật, kỷ cương",), [
        ("abbrev", "CT 05-CT/TU của BTV TU mà KH QCDC 2022 Sở KH&CN nhắc tới là về nội dung gì")]),
    ("c-khcn-inspect", (KHCN,), ("tiếp công dân",), [
        ("typo", "Thanh tra Sở Khoa học và Công nghệ Tây Ninh làm nhiệm vụ gì trong kế hoach QCDC 2022")]),
    ("c-vh-period", (VH,), ("2021-2025",), [
        ("plain", "Phong trào thi đua \"Dân vận khéo\" trong kế hoạch của Sở Văn hóa, Thể thao và Du lịch Tây Ninh thuộc giai đoạn nào?")]),
    ("c-vh-reward", (VH,), ("Văn phòng",), [
        ("chat", "bên Sở VHTTDL Tây Ninh phòng nào lo khen thưởng mô hình Dân vận khéo vậy ạ")]),
    ("c-vh-cchc", (VH,), ("cải cách hành chính",), [
        ("colloquial", "kế hoạch dân vận chính quyền 2023 Sở Văn hóa Tây Ninh muốn nâng chỉ số gì lên")]),
    ("c-vh-basis", (VH,), ("765/KH-UBND",), [
        ("abbrev", "KH DVCQ 2023 Sở VHTTDL TN căn cứ KH số mấy của UBND tỉnh")]),
]

# (documents, every answer string, question)
LISTS: list[tuple[tuple[str, ...], tuple[str, ...], str]] = [
    ((BQ,), ("15/6/2026", "20/11/2026"), "Ban QLDA đầu tư xây dựng tỉnh Cà Mau một năm gửi mấy báo cáo dân chủ lên cấp trên, hạn nào?"),
    ((BQ,), ("05/6/2026", "06/11/2026"), "các phòng thuộc Ban QLDA Cà Mau phải nộp những báo cáo dân chủ nào cho Phòng HCTH, hạn khi nào"),
    ((BQ,), ("31/3/2026", "15/6/2026", "20/11/2026"), "Phòng Hành chính - Tổng hợp Ban QLDA Cà Mau chủ trì những việc gì có hạn, hạn nào?"),
    ((CT,), ("16/6/2025", "24/11/2025"), "Chi cục Thuế khu vực XIV một năm gửi Cục Thuế mấy báo cáo dân chủ, hạn nào?"),
    ((CT,), ("30/5/2025", "16/6/2025", "24/11/2025"), "phòng TCCB chi cục thuế KV XIV có những việc gì phải làm, hạn nào"),
    ((CT,), ("10/6/2025", "12/11/2025"), "các Thuế cơ sở thuộc Chi cục Thuế khu vực XIV phải nộp những báo cáo dân chủ nào, hạn khi nào?"),
    ((CT,), ("15/5/2025", "30/6/2025"), "Ban Thanh tra nhân dân Chi cục Thuế khu vực XIV có những hạn nào trong năm 2025?"),
    ((TH,), ("16/01/2026", "29/5/2026"), "Trường Tiểu học Hòa Lộc phải gửi UBND xã những báo cáo dân chủ nào trong năm học, hạn khi nào?"),
    ((TH,), ("10/01/2026", "20/5/2026"), "các tổ chuyên môn trường tiểu học Hòa Lộc năm học này nộp mấy lần báo cáo, hạn nào"),
    ((TH,), ("20/10/2025", "25/5/2026"), "Ban TTND trường Tiểu học Hòa Lộc có những mốc nào phải làm"),
]

# (today or None, documents, any answer string, question)
WINDOWS: list[tuple[str | None, tuple[str, ...], tuple[str, ...], str]] = [
    ("2026-06-01", (BQ,), ("05/6/2026", "15/6/2026"), "tháng này Ban QLDA Cà Mau có hạn báo cáo nào"),
    (None, (BQ,), ("quý III/2026", "7/2026"), "quý III/2026 Ban QLDA Cà Mau phải làm những gì"),
    ("2026-01-15", (BQ,), ("23/01/2026",), "từ giờ đến cuối tháng 1 Ban QLDA Cà Mau có việc gì phải xong"),
    ("2025-06-05", (CT,), ("10/6/2025",), "tuần sau chi cục thuế khu vực XIV có hạn gì không"),
    (None, (CT,), ("12/11/2025", "24/11/2025"), "tháng 11/2025 Chi cục Thuế khu vực XIV phải nộp những gì"),
    ("2025-04-20", (CT,), ("22/4/2025", "25/4/2025"), "sắp tới Chi cục Thuế khu vực XIV có lịch gì phải làm"),
    (None, (CT,), ("15/5/2025", "30/5/2025"), "từ 1/5/2025 đến 31/5/2025 Chi cục Thuế khu vực XIV có hạn nào"),
    (None, (TH,), ("03/10/2025", "15/10/2025", "20/10/2025", "30/10/2025"),
     "tháng 10/2025 trường Tiểu học Hòa Lộc có những việc gì có hạn"),
    ("2026-05-15", (TH,), ("20/5/2026", "25/5/2026", "29/5/2026"), "sắp tới trường TH Hòa Lộc phải nộp báo cáo gì"),
    (None, (TH,), ("10/01/2026", "16/01/2026", "3/2026"), "quý I/2026 Trường Tiểu học Hòa Lộc có hạn nào"),
]

# (question, asked after the upload)
OUT_OF_SCOPE: list[tuple[str, bool]] = [
    ("Mức lương cơ sở năm 2026 là bao nhiêu?", False),
    ("Nghị định 73/2024/NĐ-CP quy định tiền thưởng cho cán bộ, công chức thế nào?", False),
    ("cho e hỏi hạn nộp tờ khai quyết toán thuế TNCN năm 2025 là ngày nào ạ", False),
    ("Chi cục Thuế khu vực XIV có bao nhiêu công chức?", False),
    ("Trường Tiểu học Hòa Lộc tuyển sinh lớp 1 năm học 2026 - 2027 khi nào?", False),
    ("Kế hoạch QCDC năm 2027 của Sở Nông nghiệp Tây Ninh có những hạn báo cáo nào?", False),
    ("Bệnh viện Đa khoa tỉnh Cà Mau nộp báo cáo dân chủ 6 tháng hạn nào?", False),
    ("hạn nộp báo cáo thống kê đầu năm học của ngành giáo dục là ngày nào", False),
    ("chào bot, hôm nay trời đẹp nhỉ", False),
    ("bot ơi kể chuyện cười đi", False),
    ("thủ tục đăng ký hộ kinh doanh cần những giấy tờ gì", False),
    ("Quy trình xét nâng lương trước thời hạn cho viên chức thế nào?", False),
    ("Công an xã Hòa Lộc nộp báo cáo dân chủ khi nào?", False),
    ("Kế hoạch dân chủ năm 2023 của Chi cục Thuế khu vực XIV có hạn nào?", False),
    ("ad ơi phụ cấp thâm niên nhà giáo tính sao", False),
    ("Luật Đất đai 2024 có hiệu lực từ ngày nào?", False),
    ("hạn nộp hồ sơ thi đua khen thưởng cuối năm của Sở Nội vụ tỉnh Cà Mau là ngày nào", False),
    ("Ban QLDA giao thông tỉnh Đắk Lắk nộp báo cáo dân chủ 6 tháng trước ngày nào?", False),
    ("mấy giờ rồi bot", False),
    ("Nghị định 59/2023/NĐ-CP có bao nhiêu điều?", False),
    ("thuế suất thuế giá trị gia tăng năm 2025 là bao nhiêu phần trăm", False),
    ("lịch nghỉ Tết Nguyên đán 2026 của công chức thế nào", False),
    ("trường tiểu học có được thu tiền dạy thêm không ạ", False),
    ("Ban QLDA Cà Mau năm 2026 được giao tổng vốn đầu tư công bao nhiêu tỷ đồng?", True),
    ("hồ sơ tạm ứng hợp đồng xây lắp ở Ban QLDA Cà Mau cần những gì", True),
]


def build() -> list[Question]:
    """Every question, numbered in order; a question about the uploaded plan is marked so."""
    rows: list[Question] = []

    def add(tag: str, fact_id: str, question: str, docs: tuple[str, ...], contains: tuple[str, ...] | None, *,
            found: bool = True, every: tuple[str, ...] | None = None, today: str | None = None,
            uploaded: bool | None = None) -> None:
        assert tag in TAGS, tag
        rows.append(Question(id=f"v3a-{len(rows) + 1:03d}", tag=tag, fact=fact_id, question=question,
                             documents=list(docs), answer_contains=list(contains) if contains else None,
                             expect_found=found, answer_all=list(every) if every else None, today=today,
                             uploaded=BQ in docs if uploaded is None else uploaded))

    for fact_id, docs, contains, phrasings in FACTS:
        for tag, q in phrasings:
            add(tag, fact_id, q, docs, contains)
    for i, (docs, every, q) in enumerate(LISTS):
        add("list", f"list-{i}", q, docs, None, every=every)
    for i, (today, docs, anyof, q) in enumerate(WINDOWS):
        add("window", f"window-{i}", q, docs, anyof, today=today)
    for i, (q, up) in enumerate(OUT_OF_SCOPE):
        add("oos", f"oos-{i}", q, (), None, found=False, uploaded=up)
    return rows


# --- the gold check -------------------------------------------------------------------------
def plan_text(name: str) -> str | None:
    """The comparable text of a gold document (corpus/ or benchmarks/plans_v3/); None if missing."""
    from blindset.question_sets import CORPUS, find_document
    from index.reading import read_document   # the project's own reader, as the system reads the file

    path = find_document(name, (CORPUS, PLANS_V3))
    return comparable(read_document(path)) if path else None


def check_gold(rows: list[Question]) -> list[str]:
    """Problems with the gold: a missing document, an answer string (every alternative) not in its
    documents' text, an out-of-scope question with gold, a repeated question or id."""
    return shared_check_gold(rows, plan_text, {BQ}, alternatives="all").problems


def main() -> int:
    """Check the gold; unless `--check`, write the set; print its counts. 1 when the gold is wrong."""
    return gold_main(__doc__, build, lambda rows: GoldReport(check_gold(rows)), OUT,
                     lambda rows: summary_line(rows, "v3a", (BQ, CT, TH), per_plan=False))


if __name__ == "__main__":
    sys.exit(main())
