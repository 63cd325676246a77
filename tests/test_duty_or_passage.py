"""Which duty or passage a question gets, on a small hand-built plan: the plan's own event
rather than its sub-units' one, the passage stating a cited document or a period rather
than a duty the question's words also name, a unit's own duties, and the named deliverable
among duties of the same rhythm. The decision is replaced by one that always answers: these
tests check what is composed, not whether it is given."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import numpy as np
import pytest

from index.decision import FEATURES, DecisionModel
from index.engine import Engine
from index.aliases import naming_words
from index.question import analyze
from tests.support.plans import engine_over_plan

PLAN = """TRUNG TÂM KIỂM ĐỊNH BẮC SƠN

Số: 21/KH-TTKĐ

Bắc Sơn, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện dân chủ ở cơ sở tại Trung tâm Kiểm định Bắc Sơn năm 2027

Căn cứ Quy chế thực hiện dân chủ của Trung tâm ban hành kèm theo Quyết định số 77/QĐ-TTKĐ ngày 02/11/2026;
Căn cứ Chỉ thị số 05-CT/TU ngày 20/7/2026 của Ban Thường vụ Tỉnh ủy về tăng cường kỷ cương công vụ;
Căn cứ Chỉ thị số 15-CT/TU ngày 02/8/2026 của Ban Thường vụ Tỉnh ủy về chuyển đổi số;
Thực hiện Kế hoạch số 640/KH-SKH ngày 05/01/2027 của Sở Khoa học về thực hiện dân chủ năm 2027;
Trung tâm Kiểm định Bắc Sơn (sau đây gọi là Trung tâm) ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Gắn thực hiện dân chủ với Chương trình chuyển đổi số của Trung tâm giai đoạn 2026-2030.

II. NỘI DUNG
1. Hội nghị viên chức
Trung tâm tổ chức Hội nghị viên chức năm 2027 vào ngày 12/3/2027 tại hội trường; các Trạm Kiểm định tổ chức hội nghị cấp trạm trước ngày 05/3/2027.
2. Thi đua
Phong trào thi đua "Kiểm định an toàn" được phát động trong toàn Trung tâm; các phòng tự chấm điểm thi đua gửi Phòng Hành chính trước ngày 20/11/2027.
3. Hội nghị khách hàng
Các Trạm Kiểm định tổ chức hội nghị khách hàng ít nhất 02 lần trong năm: lần thứ nhất xong trước ngày 30/4/2027, lần thứ hai xong trước ngày 31/10/2027.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Hành chính
- Tổng hợp phản ánh, kiến nghị của khách hàng do các Trạm Kiểm định gửi về, báo cáo Giám đốc trước ngày 20 hằng tháng.
- Chủ trì sửa đổi Quy chế thực hiện dân chủ của Trung tâm, trình Giám đốc ban hành chậm nhất ngày 30/5/2027.
2. Các Trạm Kiểm định
- Báo cáo tình hình tiếp nhận, giải quyết phản ánh, kiến nghị của khách hàng trước ngày 15 hằng tháng, gửi về Phòng Hành chính.
- Báo cáo kết quả thực hiện dân chủ 6 tháng gửi về Trung tâm (qua Phòng Hành chính) chậm nhất ngày 10/6/2027.
3. Phòng Kỹ thuật, Trung tâm Dịch vụ Đo lường Chất lượng khu vực, Ban Biên tập Trang thông tin điện tử
- Kiểm tra thiết bị đo tại các Trạm Kiểm định trong quý II/2027.

Nơi nhận:
- Sở Khoa học;
- Lưu: VT.

GIÁM ĐỐC

Trần Văn Bình
"""

TODAY = date(2027, 1, 15)
ALWAYS = DecisionModel(mean=np.zeros(len(FEATURES)), scale=np.ones(len(FEATURES)), coef=np.zeros(len(FEATURES)),
                       intercept=5.0, answer_threshold=0.5, unsure_threshold=0.3)


@pytest.fixture(scope="module")
def plan_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    eng = engine_over_plan(tmp_path_factory.mktemp("duty_or_passage"), "ttkd_bacson_2027.txt", PLAN)
    yield eng
    eng.close()


def _answer(engine: Engine, question: str) -> str:
    return engine.retriever.ask(question, log=False, today=TODAY, decision_model=ALWAYS).answer


def test_the_plans_own_event_not_its_sub_units(plan_engine: Engine) -> None:
    text = _answer(plan_engine, "Trung tâm Kiểm định Bắc Sơn tổ chức Hội nghị viên chức năm 2027 vào ngày nào?")
    assert "12/3/2027" in text and "05/3/2027" not in text


def test_the_sub_units_event_when_the_question_names_them(plan_engine: Engine) -> None:
    assert "05/3/2027" in _answer(plan_engine, "các Trạm Kiểm định tổ chức hội nghị cấp trạm trước ngày nào?")


def test_a_unit_sharing_words_with_the_issuers_name_is_still_the_unit_asked(plan_engine: Engine) -> None:
    # "kiểm định" names the plan (Trung tâm Kiểm định …) and, in "Trạm Kiểm định", the unit
    text = _answer(plan_engine, "Trạm Kiểm định báo cáo phản ánh kiến nghị hằng tháng trước ngày nào, "
                                "Trung tâm Kiểm định Bắc Sơn")
    assert "15 hằng tháng" in text and "20 hằng tháng" not in text


def test_a_unit_named_in_a_long_heading_listing_several_units_gets_its_items(plan_engine: Engine) -> None:
    text = _answer(plan_engine, "tôi ở Trung tâm Dịch vụ Đo lường Chất lượng khu vực thì phải làm gì trong kế hoạch")
    assert "quý II/2027" in text


def test_words_that_only_name_the_plan() -> None:
    question = "tram kiem dinh bao cao hang thang trung tam kiem dinh bac son nam 2027".split()
    phrases = {"trung_tam", "tam_kiem", "kiem_dinh", "dinh_bac", "bac_son"}
    names = [["trung", "tam", "kiem", "dinh", "bac", "son"], ["kiem", "dinh"]]
    named = naming_words(question, {"trung", "tam", "kiem", "dinh", "bac", "son", "2027"}, phrases, names)
    assert named == {"trung", "tam", "bac", "son", "2027"}
    # a short name that pinned the plan names it, though the title gives a longer run
    question = "ben tinh doan bao cao quy che dan chu thi gui ve dau".split()
    named = naming_words(question, {"tinh", "doan", "quy", "che", "dan", "chu"},
                         {"quy_che", "che_dan", "dan_chu", "tinh_doan"}, [["tinh", "doan"]])
    assert named == {"tinh", "doan", "quy", "che", "dan", "chu"}
    # "số điện thoại … Sở Kiểm định": "so" (Sở / số) stays a word of the plan's name
    question = "so dien thoai cua so kiem dinh bac son".split()
    assert "so" in naming_words(question, {"so", "kiem", "dinh"}, {"so_kiem", "kiem_dinh", "dinh_bac"}, [])


def test_a_question_for_a_cited_decision_gets_the_sentence_citing_it(plan_engine: Engine) -> None:
    text = _answer(plan_engine, "Quy chế thực hiện dân chủ của Trung tâm Kiểm định ban hành kèm theo quyết định nào?")
    assert "77/QĐ-TTKĐ" in text


def test_a_question_for_a_period_gets_the_passage_stating_it_not_a_duty(plan_engine: Engine) -> None:
    # "thi đua" names a report kind (scoring): the question still asks for what the text states
    query = analyze("Chương trình chuyển đổi số trong kế hoạch thi đua thuộc giai đoạn nào?")
    assert query.asks_statement and query.report_kind
    assert "2026-2030" in _answer(plan_engine, "Chương trình chuyển đổi số trong kế hoạch thi đua thuộc giai đoạn nào?")


def test_a_duty_question_is_not_a_statement_question() -> None:
    assert not analyze("hạn nộp báo cáo 6 tháng cho Phòng Hành chính").asks_statement
    assert not analyze("Phòng Hành chính có những nhiệm vụ gì?").asks_statement


def test_the_asking_unit_ends_at_its_parent_and_is_not_cut_at_co_so() -> None:
    assert analyze("em ở một Trạm Kiểm định thuộc Trung tâm Kiểm định Bắc Sơn thì phải làm gì").unit == "tram kiem dinh"
    assert analyze("tôi ở Trường cơ sở 2 có phải nộp báo cáo không").unit == "truong co so 2"


def test_the_clause_that_dates_a_duty() -> None:
    from index.duties import duty_clause
    from index.rows import ObligationRow

    quote = ("Chủ trì lấy ý kiến về phương án chỉnh trang vỉa hè trong quý III/2027 và tổng hợp kết quả "
             "báo cáo UBND phường trước ngày 15/10/2027.")
    first = ObligationRow(id=1, document_id=1, what="Phương án chỉnh trang vỉa hè", who="Phòng Kinh tế",
                          quote=quote, due_text="trong quý III/2027")
    second = ObligationRow(id=2, document_id=1, what="Báo cáo", who="Phòng Kinh tế", quote=quote,
                           due_text="trước ngày 15/10/2027")
    assert duty_clause(first).startswith("Chủ trì lấy ý kiến") and duty_clause(first).endswith("quý III/2027")
    assert duty_clause(second).strip() == "và tổng hợp kết quả báo cáo UBND phường trước ngày 15/10/2027"


def test_a_recipient_is_not_the_tail_of_a_longer_head() -> None:
    from index.duties import recipient_match
    from index.rows import ObligationRow

    def duty(to_whom: str) -> ObligationRow:
        return ObligationRow(id=1, document_id=1, what="Báo cáo năm", who="Phòng Hành chính", to_whom=to_whom,
                             issuer="Chi cục Kiểm định Bắc Sơn")

    assert recipient_match(duty("Cục Kiểm định"), "cuc kiem dinh") == 1.0
    # a bare head is the plan's issuer, whose name holds the words but under "Chi cục"
    assert recipient_match(duty("Chi cục (qua Phòng Hành chính)"), "cuc kiem dinh") < 1.0
    assert recipient_match(duty("Chi cục (qua Phòng Hành chính)"), "chi cuc kiem dinh") == 1.0


def test_the_named_time_of_a_duty_done_twice(plan_engine: Engine) -> None:
    second = _answer(plan_engine, "các Trạm Kiểm định tổ chức hội nghị khách hàng lần thứ hai xong trước ngày nào")
    assert "31/10/2027" in second and "30/4/2027" not in second
    assert "30/4/2027" in _answer(plan_engine, "hội nghị khách hàng của các Trạm Kiểm định lần đầu xong trước ngày nào")
    assert analyze("một năm nộp báo cáo mấy lần").occurrence is None


def test_a_roman_numeral_of_the_issuers_name_is_also_named_in_digits() -> None:
    from index.aliases import document_aliases

    assert "chi cuc kiem dinh khu vuc 14" in document_aliases("Chi cục Kiểm định khu vực XIV", "3/KH-KĐXIV")
    assert not any(a.endswith("200") for a in document_aliases("Ban Điều phối CC", "3/KH-BĐP"))


def test_a_document_the_question_cites_by_its_identifier_gets_the_sentence_citing_it(plan_engine: Engine) -> None:
    text = _answer(plan_engine, "Chỉ thị 05-CT/TU mà kế hoạch của Trung tâm nhắc tới là về nội dung gì")
    assert "kỷ cương công vụ" in text and "chuyển đổi số" not in text


def test_a_name_found_only_once_folded_must_be_spelled_out_by_the_lexicon() -> None:
    # "về phương án" folds to the words of "về phường"; "gửi SYT" is the lexicon's Sở Y tế
    assert analyze("Trạm lấy ý kiến về phương án giao đất trước ngày nào?").recipient is None
    assert analyze("báo cáo năm gửi SYT trước ngày nào").recipient == "so y te"
    # "… nhắc tới là về …": "tới" folds to the pronoun "tôi", no unit is named
    assert analyze("Chỉ thị mà kế hoạch nhắc tới là về nội dung gì").unit is None


def test_a_report_handed_in_through_an_intermediary_is_sent_there_too() -> None:
    from index.duties import recipient_match
    from index.rows import ObligationRow

    duty = ObligationRow(id=1, document_id=1, what="Báo cáo năm", who="Văn phòng", to_whom="UBND tỉnh (qua Sở Nội vụ)",
                         issuer="Trung tâm Kiểm định Bắc Sơn")
    direct = ObligationRow(id=2, document_id=1, what="Kế hoạch", who="Văn phòng", to_whom="Sở Nội vụ",
                           issuer="Trung tâm Kiểm định Bắc Sơn")
    assert recipient_match(direct, "so noi vu") > recipient_match(duty, "so noi vu") > 0.5
    assert recipient_match(duty, "so tai chinh") < 0.5
    assert recipient_match(duty, "uy ban nhan dan tinh") == 1.0   # a head with its level is no bare head


def test_one_shared_word_names_a_longer_unit_only_inside_one_of_its_phrases() -> None:
    from index.answer_context import AnswerContext
    from index.duties import field_match

    def share(question: str, who: str) -> float:
        ctx = AnswerContext(analysis=analyze(question), hits=[], chunks={}, obligations=[], documents={}, idf={},
                            unknown_idf=1.0, plan_tokens={"so", "nong", "nghiep"})
        return field_match(ctx, who)

    assert share("Sở Nông nghiệp tỉnh Thanh Hóa báo cáo mấy lần", "Thanh tra Sở") == 0.0
    assert share("Thanh tra Sở phải làm gì", "Thanh tra Sở") == 1.0
    assert share("Văn phòng nộp gì", "Văn phòng Sở") > 0.5


def test_how_many_deadlines_asks_for_a_list() -> None:
    from index.question import Intent

    assert analyze("Các Trạm có mấy hạn phải gửi trong kế hoạch?").intent == Intent.LIST
    assert analyze("kế hoạch có mấy hạn chế").intent != Intent.LIST
