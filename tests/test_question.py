"""The query stage: intent, report kind, slots, tokens, aliases — with and without diacritics."""
from __future__ import annotations

import pytest

import re

from datetime import date

from index.aliases import document_aliases, named_documents, question_grams
from index.question import MAX_QUESTION_CHARS, Intent, analyze
from index.typos import Vocabulary
from index.search import fts_query, fuse
from index.vietnamese import fold, folded_words, lexical_form


@pytest.mark.parametrize("question, intent", [
    ("Hạn nộp báo cáo 6 tháng là khi nào?", "when"),
    ("han nop bao cao 6 thang la khi nao", "when"),
    ("Báo cáo năm phải gửi trước ngày nào?", "when"),
    ("Báo cáo gửi về đâu?", "to"),
    ("bao cao gui ve dau", "to"),
    ("Ai là cơ quan thường trực?", "who"),
    ("Đơn vị nào chủ trì?", "who"),
    ("Ai ký kế hoạch của Tỉnh đoàn?", "signer"),
    ("nguoi ky ke hoach", "signer"),
    ("Kế hoạch được gửi đến những nơi nào?", "recipients"),
    ("Mục đích của kế hoạch là gì?", "what"),
    ("Những hạn chế trong thực hiện dân chủ", "general"),
    ("Một năm nộp báo cáo mấy lần?", "list"),
])
def test_intent(question: str, intent: str) -> None:
    assert analyze(question).intent == intent


@pytest.mark.parametrize("question, kind", [
    ("Hạn nộp báo cáo 6 tháng?", "6 tháng"),
    ("han bao cao sau thang", "6 tháng"),
    ("Hạn báo cáo năm?", "năm"),
    ("Hạn gửi kế hoạch QCDC?", "kế hoạch"),
    ("hạn tự chấm điểm thi đua", "chấm điểm"),
    ("Ai là cơ quan thường trực?", None),
])
def test_report_kind(question: str, kind: str | None) -> None:
    assert analyze(question).report_kind == kind


def test_folded_and_accented_questions_share_tokens() -> None:
    a = analyze("Hạn nộp báo cáo 6 tháng là khi nào?")
    b = analyze("han nop bao cao 6 thang la khi nao")
    assert a.match_tokens == b.match_tokens
    assert "bao_cao" in a.match_tokens and "khi" not in a.tokens


def test_folded_words_join_folded_syllables_with_single_spaces() -> None:
    assert folded_words("Báo cáo  06 tháng, Đảng ủy_xã") == "bao cao 6 thang dang uy xa"
    assert folded_words("han nop bao cao") == folded_words("Hạn nộp Báo cáo")
    assert folded_words("") == ""


def test_long_and_hostile_questions_are_bounded() -> None:
    a = analyze("<b>Hạn</b> nộp\x00 báo cáo " + "x " * 5000)
    assert len(a.text) <= MAX_QUESTION_CHARS and a.truncated
    assert "\x00" not in a.text
    # user punctuation never breaks FTS5 syntax
    assert fts_query(analyze('"; DROP TABLE chunks; -- OR *').match_tokens).count('"') % 2 == 0


def mentions(folded: str, key: str) -> bool:
    return re.search(r"\b" + re.escape(key) + r"\b", folded) is not None


def test_aliases_come_from_the_documents_own_metadata() -> None:
    keys = document_aliases("Sở Khoa học và Công nghệ")
    assert "khcn" in keys and "khoa hoc cong nghe" in keys
    keys = document_aliases("Sở Văn hóa, Thể thao và Du lịch", "60/KH-SVHTTDL")
    assert any(mentions("so vhttdl", k) for k in keys)
    assert not any(mentions(fold("Sở Nông nghiệp"), k) for k in keys)
    # a generic code after the slash ("UBND") names no particular issuer
    assert "ubnd" not in document_aliases("UBND xã An Bình", "3/KH-UBND")
    assert "an binh" in document_aliases("UBND xã An Bình", "3/KH-UBND")


def test_the_most_specific_alias_names_the_plan() -> None:
    aliases = [(1, document_aliases("Sở Tư pháp", "4/KH-STP")), (2, document_aliases("Sở Nội vụ"))]
    q = analyze("Sở Tư pháp: hạn báo cáo 6 tháng?")
    assert named_documents(question_grams(q.raw_folded.split(), q.folded.split()), aliases)[0] == [1]
    q = analyze("stp bc 6 thang han ngay may")
    assert named_documents(question_grams(q.raw_folded.split(), q.folded.split()), aliases)[0] == [1]


def test_a_code_typed_in_pieces_names_the_plan() -> None:
    aliases = [(1, document_aliases("Trường Trung cấp Kinh tế - Kỹ thuật Bình Minh", "5/KH-TCKTKT")),
               (2, document_aliases("Sở Nội vụ"))]
    for question in ("trường TC KTKT Bình Minh hạn báo cáo 6 tháng", "bc năm của TC KT-KT BM hạn nào"):
        q = analyze(question)
        assert named_documents(question_grams(q.raw_folded.split(), q.folded.split()), aliases)[0] == [1], question


@pytest.mark.parametrize("question, rewritten", [
    ("Sở KH&CN hạn bc 6 tháng", "khoa hoc cong nghe"),
    ("trường CĐ KT-KT Bình Minh hạn bc năm", "truong cao dang kinh te ky thuat"),
    ("Trường ĐH Bình Minh, bc 6 tháng", "dai hoc"),
    ("phải báo cáo Ban Giám hiệu trong thời hạn bao lâu", "khi nao"),
    ("bc nửa năm deadline bữa nào", "bao cao 6 thang han la ngay nao"),
    ("cho em hỏi báo cáo cuối năm trễ nhất khi nào ạ", "bao cao nam cham nhat khi nao"),
])
def test_lexicon_rewrites_staff_words_to_the_plans_wording(question: str, rewritten: str) -> None:
    folded = analyze(question).folded
    assert all(w in folded.split() for w in rewritten.split() if w != "la"), folded
    assert "em" not in folded.split() and "deadline" not in folded


@pytest.mark.parametrize("question, start, end", [
    ("tháng 11 có những hạn nào?", date(2025, 11, 1), date(2025, 11, 30)),
    ("quý IV/2024 có hạn gì", date(2024, 10, 1), date(2024, 12, 31)),
    ("tuần này phải nộp gì", date(2025, 6, 2), date(2025, 6, 8)),
    ("tháng này có hạn gì", date(2025, 6, 1), date(2025, 6, 30)),
    ("tu 1/5 den 30/6 co han gi", date(2025, 5, 1), date(2025, 6, 30)),
])
def test_date_windows(question: str, start: date, end: date) -> None:
    q = analyze(question, today=date(2025, 6, 4))
    assert q.intent == Intent.WINDOW and q.window is not None
    assert (q.window.start, q.window.end) == (start, end)


def test_six_months_is_a_report_not_a_month() -> None:
    q = analyze("hạn báo cáo 6 tháng", today=date(2025, 6, 4))
    assert q.window is None and q.report_kind == "6 tháng"


def test_years_of_cited_documents_and_periods_name_no_plan() -> None:
    q = analyze("Theo Nghị định 59/2023/NĐ-CP, giai đoạn 2023-2025, báo cáo năm 2024 hạn khi nào?")
    assert q.years == [2024]
    assert analyze("tháng 10 năm 2023 có hạn gì", today=date(2025, 1, 1)).years == []


def test_role_questions_name_the_unit_and_ask_for_a_list() -> None:
    q = analyze("Em ở Văn phòng Sở thì phải nộp gì, hạn nào?")
    assert q.unit == "van phong so" and q.intent == Intent.LIST
    assert analyze("tuần này tôi phải nộp gì", today=date(2025, 6, 4)).asks_self


def test_typos_are_corrected_against_the_corpus_vocabulary() -> None:
    vocab = Vocabulary.from_lexical_forms(["tinh doan ke hoach den ngay tinh_doan ke_hoach", "den den"])
    q = analyze("Tỉnh đoen gửi kế hoạh trước nggày nào", vocabulary=vocab)
    assert q.corrections == {"doen": "doan", "hoah": "hoach", "nggay": "ngay"}


def test_lexical_form_has_syllables_and_compounds() -> None:
    form = lexical_form("Hạn nộp báo cáo")
    assert form.split()[:4] == ["han", "nop", "bao", "cao"] and "bao_cao" in form


def test_rank_fusion_rewards_agreement() -> None:
    hits = fuse([(1, 9.0), (2, 8.0), (3, 7.0)], [(3, 0.9), (1, 0.8), (4, 0.7)])
    assert [h.chunk_id for h in hits][:2] == [1, 3]
    assert [h.chunk_id for h in fuse([(1, 9.0)], [(2, 0.9)], mode="dense")] == [2]


def test_an_unknown_search_mode_is_an_error_not_an_empty_ranking() -> None:
    with pytest.raises(ValueError):
        fuse([(1, 9.0)], [(2, 0.9)], mode="hybird")


def test_an_answer_carries_the_intent_enum_and_json_prints_its_value(engine) -> None:
    import json

    from index.models import Answer, AnswerFocus

    answer = engine.ask("Hạn nộp báo cáo 6 tháng là khi nào?", log=False)
    assert type(answer.intent) is Intent and answer.intent is Intent.WHEN
    assert '"intent": "when"' in json.dumps(answer.to_json())
    assert json.dumps(Answer(question="q", found=False, answer="").to_json()).endswith('"intent": "general"}')
    # a focus stored by another version keeps working
    assert AnswerFocus.from_json({"intent": "when"}).intent is Intent.WHEN
    assert AnswerFocus.from_json({"intent": "no-such-intent"}).intent is Intent.GENERAL
    assert AnswerFocus.from_json({}).intent is Intent.GENERAL
