"""Time phrases in questions about a deliverable's deadline: "cuối năm" names the yearly
report (unless the question names another deliverable), "tháng nào cũng" is a recurrence, a year after a budget noun dates the budget, not the plan; a bare
head word ("Văn phòng") read as an issuer names no plan; a quarter with "có mốc nào" asks
what falls in it. Hand-built plans, then the shipped corpus."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from index.aliases import document_aliases
from index.intents import Intent
from index.question import analyze

TODAY = date(2026, 3, 1)


def test_cuoi_nam_names_the_yearly_report_when_no_other_is_named() -> None:
    q = analyze("cuối năm trung tâm nộp bc cho Sở Y tế trễ nhất ngày nào", today=TODAY)
    assert q.report_kind == "năm" and q.intent == Intent.WHEN
    assert "cuoi" not in q.focus_terms and "nam" not in q.focus_terms


def test_a_named_deliverable_wins_over_the_time_of_year() -> None:
    q = analyze("cuối năm Sở gửi kết quả chấm điểm thi đua cho BCĐ tỉnh trễ nhất ngày nào", today=TODAY)
    assert q.report_kind == "chấm điểm"
    assert analyze("báo cáo 6 tháng và báo cáo năm gửi khi nào", today=TODAY).report_kind == "6 tháng"


def test_thang_nao_cung_reads_as_every_month() -> None:
    q = analyze("khoa em tháng nào cũng phải nộp bc hả, hạn ngày mấy", today=TODAY)
    assert "hang thang" in q.folded and q.window is None


def test_a_year_after_a_budget_noun_is_no_plan_year() -> None:
    assert analyze("quyết toán ngân sách xã An Bình năm 2025 công khai khi nào", today=TODAY).years == []
    assert analyze("phòng tài chính công khai quyết toán 2025 tháng mấy", today=TODAY).years == []
    assert analyze("kế hoạch QCDC 2025 của xã An Bình gửi khi nào", today=TODAY).years == [2025]


def test_a_quarter_with_mot_moc_asks_what_falls_in_it() -> None:
    q = analyze("quý I năm 2026 trung tâm có mốc nào về dân chủ cơ sở", today=TODAY)
    assert q.intent == Intent.WINDOW and q.window is not None and q.window.label == "quý I/2026"


def test_a_bare_head_word_issuer_names_no_plan() -> None:
    assert document_aliases("Văn phòng", "27/KH-VP") == []
    assert document_aliases("Sở", None) == []
    assert "van phong so" in document_aliases("Văn phòng Sở", None)


def test_cdc_reads_the_disease_control_centre() -> None:
    q = analyze("CDC An Phú nộp bc 6 tháng hạn nào", today=TODAY)
    assert "trung tam kiem soat benh tat" in q.folded


def test_nam_nay_frames_the_question_and_names_nothing() -> None:
    q = analyze("đợt kiểm tra các khoa năm nay làm khi nào ạ", today=TODAY)
    assert "nam" not in q.focus_terms and "nay" not in q.focus_terms


def test_department_codes_and_through_whom_read_as_the_plans_write() -> None:
    assert "phong ke hoach tai chinh" in analyze("Phòng KH-TC công khai quyết toán tháng mấy", today=TODAY).folded
    assert analyze("báo cáo của cơ quan gửi cấp trên qua đơn vị nào ạ", today=TODAY).intent == Intent.TO


def test_tong_ket_stays_the_deliverables_own_word() -> None:
    q = analyze("Tổng kết thực hiện dân chủ năm 2026 của xã hoàn thành trước ngày nào", today=TODAY)
    assert {"tong", "ket"} <= set(q.focus_terms)


def test_a_recurring_day_or_a_month_asked_is_a_when_question() -> None:
    assert analyze("Chủ tịch xã tiếp dân định kỳ ngày mấy hằng tháng vậy ad", today=TODAY).intent == Intent.WHEN
    assert analyze("phòng đi kiểm tra các đơn vị vào tháng nào vậy", today=TODAY).intent == Intent.WHEN
    assert analyze("kế hoạch ký ngày nào", today=TODAY).intent == Intent.ISSUED


PLAN = """SỞ Y TẾ TỈNH AN PHÚ
TRUNG TÂM KIỂM SOÁT BỆNH TẬT
Số: 12/KH-KSBT
An Phú, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở tại Trung tâm Kiểm soát bệnh tật năm 2026
I. NỘI DUNG
1. Công khai quyết toán ngân sách năm 2025 trong quý III/2026.
2. Tập huấn pháp luật về dân chủ ở cơ sở cho viên chức trong tháng 4/2026.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Tổ chức - Hành chính tổng hợp báo cáo kết quả thực hiện dân chủ ở cơ sở gửi Sở Y tế: báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 20/11/2026.
2. Các khoa gửi báo cáo tình hình tiếp nhận ý kiến của viên chức về Phòng Tổ chức - Hành chính trước ngày 15 hằng tháng.
Nơi nhận:
- Sở Y tế;
- Lưu: VT.
GIÁM ĐỐC
Lê Văn Hải
"""


def test_time_phrases_answer_from_a_disease_control_plan(tmp_path: Path) -> None:
    from index.config import Settings
    from index.engine import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ksbt.txt").write_text(PLAN, encoding="utf-8")
    with Engine(Settings.from_env(data_dir=tmp_path / "data", corpus_dir=corpus, embed_model="hashing")) as eng:
        eng.ensure_index()
        yearly = eng.ask("cuối năm CDC An Phú nộp bc dân chủ cho Sở Y tế trễ nhất ngày nào", log=False, today=TODAY)
        assert yearly.found and "20/11/2026" in yearly.answer
        budget = eng.ask("CDC An Phú công khai quyết toán ngân sách 2025 khi nào", log=False, today=TODAY)
        assert budget.sources and "quý III/2026" in budget.answer
