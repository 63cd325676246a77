"""How a question names the body or place it asks about, against the documents' own
metadata: initials no plan's metadata or text holds, a place none of the answer's plans
holds, a plan named only through its managing body, a duty's delivery words (a hand-built
health centre plan under an invented province, and a commune's plan)."""
from __future__ import annotations

from index.answer_context import AnswerContext
from index.answer_features import delivered, missing_known, parent_named
from index.answers import Candidate, CandidateSource
from index.naming_features import named_places, unknown_initials, unknown_place
from index.question import analyze
from index.rows import ChunkRow, DocumentRow, ObligationRow
from index.search import Hit

HOSPITAL = DocumentRow(id=1, filename="bv.txt", sha256="x", added_at="", issuer="Trung tâm Y tế huyện Hòa Lạc",
                       parent="UBND tỉnh An Phú", place="Hòa Lạc", year=2026, number="12/KH-TTYT")
COMMUNE = DocumentRow(id=2, filename="xa.txt", sha256="y", added_at="", issuer="Ủy ban nhân dân xã Tân Bình",
                      place="Tân Bình", year=2026, number="3/KH-UBND")
CHUNK = ChunkRow(id=10, document_id=1, ordinal=0, section="1. Phòng Tổ chức",
                 text="Phòng Tổ chức báo cáo kết quả 6 tháng trước ngày 10/6/2026.", year=2026, issuer=HOSPITAL.issuer)
DUTY = ObligationRow(id=1, document_id=1, who="Phòng Tổ chức", what="Báo cáo kết quả 6 tháng",
                     due_on="2026-06-10", year=2026, issuer=HOSPITAL.issuer)
#: the words the plans' text uses (the lexical index's document frequencies)
IDF = {w: 2.0 for w in ("phong", "to", "chuc", "bao", "cao", "ket", "qua", "thang", "gui", "trung", "tam",
                        "y", "te", "hoa", "lac", "tan", "binh", "kiem", "soat")}


def _context(question: str, pinned: list[int] | None = None) -> AnswerContext:
    return AnswerContext(analysis=analyze(question), hits=[Hit(10, 1.0)], chunks={10: CHUNK}, obligations=[DUTY],
                         documents={1: HOSPITAL, 2: COMMUNE}, idf=dict(IDF), unknown_idf=4.0,
                         pinned_documents=pinned or [])


def _duty() -> Candidate:
    return Candidate(text="…", order=[10], obligations=[DUTY], evidence=f"{DUTY.what} {CHUNK.text}",
                     score=2.0, source=CandidateSource.DUTY)


def test_initials_no_plan_holds_are_an_unknown_body() -> None:
    assert unknown_initials(_context("BQLDA huyện Hòa Lạc nộp báo cáo 6 tháng khi nào")) == 1.0
    # the lexicon reads them, but neither a plan's metadata nor its text says the reading
    assert unknown_initials(_context("CDC tỉnh An Phú nộp báo cáo 6 tháng khi nào")) == 1.0


def test_initials_a_plan_holds_are_known_unless_typed_with_another_place() -> None:
    assert unknown_initials(_context("TTYT Hòa Lạc nộp báo cáo 6 tháng khi nào")) == 0.0
    assert unknown_initials(_context("ttyt nộp báo cáo 6 tháng khi nào")) == 0.0
    assert unknown_initials(_context("TTYT Đức Sơn nộp báo cáo 6 tháng khi nào")) == 1.0
    # words with no initials in them, and chat words, are no name
    assert unknown_initials(_context("phòng tổ chức nộp báo cáo 6 tháng khi nào ạ")) == 0.0


def test_a_place_none_of_the_answers_plans_holds_is_another_body() -> None:
    assert named_places("Trung tâm Y tế huyện Đức Sơn báo cáo khi nào") == ["duc son"]
    assert named_places("xã ĐTT báo cáo khi nào") == []
    assert unknown_place(_context("Trung tâm Y tế huyện Đức Sơn báo cáo 6 tháng khi nào"), {1}, CHUNK.text) == 1.0
    assert unknown_place(_context("Trung tâm Y tế huyện Hòa Lạc báo cáo 6 tháng khi nào"), {1}, CHUNK.text) == 0.0
    # the managing body's place is the plan's too
    assert unknown_place(_context("Trung tâm Y tế tỉnh An Phú báo cáo 6 tháng khi nào"), {1}, CHUNK.text) == 0.0
    assert unknown_place(_context("phòng tổ chức báo cáo 6 tháng khi nào"), {1}, CHUNK.text) == 0.0


def test_a_plan_named_only_through_its_managing_body() -> None:
    assert parent_named(_context("UBND tỉnh An Phú báo cáo 6 tháng khi nào", pinned=[1]), {1}) == 1.0
    assert parent_named(_context("Trung tâm Y tế Hòa Lạc báo cáo 6 tháng khi nào", pinned=[1]), {1}) == 0.0
    assert parent_named(_context("kế hoạch 12/KH-TTYT: báo cáo 6 tháng khi nào", pinned=[1]), {1}) == 0.0
    assert parent_named(_context("báo cáo 6 tháng khi nào"), {1}) == 0.0


def test_a_duty_is_delivered_so_the_word_sending_it_is_not_missing() -> None:
    ctx = _context("Phòng Tổ chức nộp báo cáo 6 tháng khi nào")
    cand = _duty()
    assert missing_known(ctx, cand.evidence) > 0.0
    assert missing_known(ctx, f"{cand.evidence} {delivered(cand)}") == 0.0
    assert delivered(Candidate(text="…", order=[10], evidence=CHUNK.text, score=1.0,
                               source=CandidateSource.PASSAGE)) == ""
