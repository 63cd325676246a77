"""Answer text: signers from the signature block fields, short citations, compact lists."""
from __future__ import annotations

from datetime import date

from index.answers import signer_phrase
from index.answer_context import AnswerContext
from index.duty_text import cut_at_word, list_line, render_duties, section_label, short_citation
from index.engine import Engine
from index.question import analyze
from index.rows import DocumentRow, ObligationRow


def _document(**fields: object) -> DocumentRow:
    return DocumentRow.from_mapping({"id": 1, "filename": "a.txt", "sha256": "s", "added_at": "t", **fields})


def test_signer_is_title_name_and_authority() -> None:
    doc = _document(signer="Trần Văn An", signer_title="TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN PHÓ BÍ THƯ",
                    issuer="Ban Thường vụ Huyện đoàn")
    assert signer_phrase(doc) == "Phó Bí thư Trần Văn An (thay mặt Ban Thường vụ Huyện đoàn)"
    doc = _document(signer="Lê Thị Bình", signer_title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", issuer="Sở X")
    assert signer_phrase(doc) == "Phó Giám đốc Lê Thị Bình (ký thay Giám đốc)"
    assert signer_phrase(_document(signer="", signer_title="")) is None


def test_signer_authority_in_capitals_is_cased_like_a_letterhead() -> None:
    doc = _document(signer="Võ Thị Hoa", signer_title="TM. BAN THƯỜNG VỤ CHỦ TỊCH", issuer="Liên đoàn Lao động tỉnh")
    assert signer_phrase(doc) == "Chủ tịch Võ Thị Hoa (thay mặt Ban Thường vụ)"
    doc = _document(signer="Đỗ Văn Nam", signer_title="TM. UBND HUYỆN CHỦ TỊCH", issuer="UBND huyện Đông Thành")
    assert signer_phrase(doc) == "Chủ tịch Đỗ Văn Nam (thay mặt UBND huyện)"


def test_citation_names_number_issuer_year_and_cuts_labels_at_a_word() -> None:
    row = ObligationRow(id=1, document_id=1, number="7/KH-STNMT", issuer="Sở Tài nguyên và Môi trường", year=2025,
                        filename="abc.txt")
    assert short_citation(row) == "Kế hoạch số 7/KH-STNMT của Sở Tài nguyên và Môi trường (2025)"
    label = section_label("III. TỔ CHỨC THỰC HIỆN > 2. Các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Sở", 40)
    assert label.endswith("…") and len(label) <= 41 and not label[:-1].endswith(" ")
    assert cut_at_word("một hai ba", 5) == "một…"


def test_list_lines_mark_past_and_upcoming_deadlines() -> None:
    ob = ObligationRow(id=1, document_id=1, due_on="2025-06-10", due_text="trước ngày 10/6", what="Báo cáo 6 tháng",
                       who="Văn phòng", number="7/KH-X")
    assert "(còn 3 ngày)" in list_line(ob, date(2025, 6, 7), with_plan=True)
    assert "(đã qua)" in list_line(ob, date(2025, 6, 11), with_plan=False)


def test_a_recurring_duty_is_one_line_with_its_dates_and_the_next_one() -> None:
    quarterly = [ObligationRow(id=i, document_id=1, due_on=f"2025-{m:02d}-15", due_text="trước ngày 15 của tháng cuối quý",
                               what="Báo cáo quý", who="Các đơn vị", number="7/KH-X")
                 for i, m in enumerate((3, 6, 9, 12), 1)]
    yearly = ObligationRow(id=9, document_id=1, due_on="2025-11-10", due_text="trước ngày 10/11", what="Báo cáo năm",
                           who="Các đơn vị", number="7/KH-X")
    ctx = AnswerContext(analysis=analyze("các hạn báo cáo"), hits=[], chunks={}, obligations=quarterly + [yearly],
                        documents={}, idf={}, unknown_idf=1.0, today=date(2025, 5, 1))
    text = render_duties(ctx, sorted(quarterly + [yearly], key=lambda o: o.due_on), heading="Các hạn:")
    lines = text.splitlines()
    assert lines[1] == "Đơn vị: Các đơn vị"       # the same unit everywhere: said once
    assert "(15/3, 15/6, 15/9, 15/12/2025; lần tới 15/6: còn 45 ngày)" in lines[2]
    assert "Báo cáo năm" in lines[3] and "(còn 193 ngày)" in lines[3] and len(lines) == 5
    # one instance chosen: the answer still gives every date of the duty
    single = render_duties(ctx, [quarterly[0]])
    assert "lần tới 15/6: còn 45 ngày" in single


def test_a_direct_deadline_answer_fits_a_phone_screen(engine: Engine) -> None:
    answer = engine.ask("Sở Khoa học và Công nghệ: hạn nộp báo cáo năm là khi nào?", log=False)
    assert answer.found and len(answer.answer) < 600
    assert answer.answer.count("Nguồn:") == 1 and ".txt" not in answer.answer
