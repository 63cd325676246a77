"""What the blind-set generators share (scripts/blindset/): a question set's rows, ids and gold
check, and a plan's Nghị định 30/2020 layout in Word as the product reads it back."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from blindset import nd30_layout as nd30  # noqa: E402
from blindset.question_sets import (UP, GoldReport, Question, check_gold, comparable, date_forms,  # noqa: E402
                                    numbered, write_jsonl)
from index.reading import read_document  # noqa: E402

PLAN = "a.docx"
TEXTS = {PLAN: comparable("Báo cáo 6 tháng gửi Sở Nội vụ trước ngày 05/6/2026; năm: trước 20/11/2026.")}


def _check(rows: list[Question], **options) -> GoldReport:
    return check_gold(rows, TEXTS.get, {PLAN}, **options)


def test_a_date_gets_its_other_zero_padding_and_other_strings_stay_as_they_are() -> None:
    assert date_forms(["5/6/2026", "Sở Nội vụ"]) == ["5/6/2026", "05/06/2026", "Sở Nội vụ"]
    assert date_forms(["05/6"]) == ["05/6", "5/6", "05/06"]


def test_raw_rows_are_numbered_and_flagged_uploaded_by_their_documents() -> None:
    rows = numbered("v9a", [("plain", "f", "q1?", [PLAN], ["5/6/2026"], [], None),
                            ("oos", "o", "q2?", UP, [], [], None),
                            ("oos", "o2", "q3?", [], [], [], "2026-03-01")], {PLAN})
    assert [r.id for r in rows] == ["v9a-001", "v9a-002", "v9a-003"]
    assert [(r.uploaded, r.expect_found) for r in rows] == [(True, True), (True, False), (False, False)]
    assert rows[0].answer_contains == ["5/6/2026", "05/06/2026"]
    assert list(rows[2].row()) == ["id", "tag", "fact", "question", "documents", "expect_found", "today"]


def test_the_gold_check_finds_an_answer_missing_from_the_text_and_a_missing_plan() -> None:
    good = Question("x-1", "plain", "f", "q1?", [PLAN], ["05/06/2026"], ["Sở Nội vụ"], uploaded=True)
    wrong = Question("x-2", "plain", "f", "q2?", [PLAN], ["31/12/2099"], uploaded=True)
    absent = Question("x-3", "plain", "f", "q3?", ["none.docx"], ["5/6/2026"])
    problems = _check([good, wrong, absent]).problems
    assert not any(p.startswith("x-1:") for p in problems)
    assert any(p.startswith("x-2:") and "31/12/2099" in p for p in problems)
    assert any(p.startswith("x-3:") and "does not exist" in p for p in problems)


def test_the_gold_check_finds_a_wrong_upload_flag_and_a_repeated_question() -> None:
    not_flagged = Question("x-1", "plain", "f", "q?", [PLAN], ["5/6/2026"])
    again = Question("x-2", "chat", "f", "Q?", [PLAN], ["5/6/2026"], uploaded=True)
    problems = _check([not_flagged, again]).problems
    assert any(p.startswith("x-1:") and "uploaded" in p for p in problems)
    assert "a question or an id is repeated" in problems


def test_alternatives_any_wordy_all() -> None:
    row = Question("x-1", "plain", "f", "q?", [PLAN], ["5/6/2026", "sáu tháng đầu", "01/6/2026"], uploaded=True)
    assert _check([row]).problems == []
    assert any("sáu tháng đầu" in p for p in _check([row], alternatives="wordy").problems)
    assert any("01/6/2026" in p for p in _check([row], alternatives="all").problems)


def test_a_string_only_the_scans_source_holds_is_a_misread_not_a_problem() -> None:
    row = Question("x-1", "plain", "f", "q?", [PLAN], ["Phòng Nội vụ"], uploaded=True)
    report = _check([row], fallback={PLAN: comparable("Phòng Nội vụ")})
    assert report.problems == [] and report.misread == ["x-1: 'Phòng Nội vụ'"]


def test_the_jsonl_keeps_vietnamese_as_is(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "q.jsonl", [{"question": "hạn nộp?"}])
    assert (tmp_path / "q.jsonl").read_text(encoding="utf-8") == '{"question": "hạn nộp?"}\n'
    assert json.loads((tmp_path / "q.jsonl").read_text(encoding="utf-8")) == {"question": "hạn nộp?"}


def test_a_plan_laid_out_by_the_shared_helpers_reads_back_with_its_letterhead_and_closing(tmp_path: Path) -> None:
    d = nd30.new_document(14)
    nd30.front_matter(d, "UBND TỈNH MẪU", "SỞ THỬ NGHIỆM", "12/KH-STN", "Mẫu, ngày 05 tháng 01 năm 2026",
                      ["Thực hiện dân chủ ở cơ sở năm 2026"])
    nd30.para(d, "Phòng Một gửi báo cáo trước ngày 05/6/2026.", indent=True)
    nb = nd30.Numbering(d)
    nb.kind("outline", [("decimal", "%1.", 720, True)])
    nd30.numbered_all(d, nb.start("outline"), 0, ["Mục một", "Mục hai"])
    nd30.landscape_section(d)
    nd30.annex_heading(d, "LỊCH THỰC HIỆN", "(Kèm theo Kế hoạch số 12/KH-STN)")
    t = nd30.grid_table(d, ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
                        [["1", "Báo cáo quý", "Phòng Một", "", "Trước 20/3/2026"],
                         ["2", "Báo cáo năm", "", "", "Trước 20/11/2026"]], [1, 6, 4, 4, 4])
    nd30.merge_down(t, 2, 1, 2)
    nd30.sign_table(d, ["- Sở Nội vụ;", "- Lưu: VT."], nd30.signature_block(["GIÁM ĐỐC"], "Người Ký", "(Đã ký)"))
    d.save(tmp_path / "plan.docx")
    text = read_document(tmp_path / "plan.docx")
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-STN", "KẾ HOẠCH", "1. Mục một", "2. Mục hai",
                 "PHỤ LỤC", "Trước 20/11/2026", "Nơi nhận:", "Người Ký"):
        assert line in text, line
    assert text.index("SỞ THỬ NGHIỆM") < text.index("KẾ HOẠCH") < text.index("PHỤ LỤC") < text.index("Người Ký")


def test_the_letterhead_blocks_follow_the_decree() -> None:
    assert nd30.name_block(["UBND TỈNH MẪU", "SỞ", "THỬ NGHIỆM"], "Số: 1/KH-S") == [
        ("UBND TỈNH MẪU", False, False), ("SỞ", True, False), ("THỬ NGHIỆM", True, False),
        ("_______", False, False), ("Số: 1/KH-S", False, False)]
    assert nd30.motto_block("Mẫu, ngày 05 tháng 01 năm 2026")[:2] == [(m, True, False) for m in nd30.MOTTO]
    assert nd30.signature_block(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "A")[2:] == [("", False, False)] * 3 + [
        ("A", True, False)]
