"""The decision's features measured the same way on any plan: years a duty states,
the place that names a plan, the plan's own name words, the answer's retrieval rank
(a hand-built plan of an invented commune)."""
from __future__ import annotations

from index.answer_context import AnswerContext
from index.answer_features import answer_rank, missing_known, plan_agrees, year_agrees
from index.answers import Candidate, CandidateSource
from index.question import analyze
from index.rows import ChunkRow, DocumentRow, ObligationRow
from index.search import Hit

PLAN = DocumentRow(id=1, filename="kh.txt", sha256="x", added_at="", issuer="Ủy ban nhân dân xã Hòa Lạc",
                   place="Hòa Lạc", year=2026, number="12/KH-UBND")
OTHER = DocumentRow(id=2, filename="kh2.txt", sha256="y", added_at="", issuer="Sở Tư pháp", place="Bình Minh", year=2026)
CHUNK = ChunkRow(id=10, document_id=1, ordinal=0, section="3. Phòng Kinh tế",
                 text="Phòng Kinh tế tổng hợp ý kiến về kế hoạch sử dụng đất năm 2027 trước ngày 15/10/2026.",
                 year=2026, issuer=PLAN.issuer)
OTHER_CHUNK = ChunkRow(id=20, document_id=2, ordinal=0, section="1. Văn phòng", text="Văn phòng báo cáo.",
                       year=2026, issuer=OTHER.issuer)
DUTY = ObligationRow(id=1, document_id=1, who="Phòng Kinh tế", what="Tổng hợp ý kiến về kế hoạch sử dụng đất năm 2027",
                     due_on="2026-10-15", year=2026, issuer=PLAN.issuer)


def _context(question: str, pinned: list[int] | None = None, hits: list[int] | None = None) -> AnswerContext:
    idf = {"kinh": 2.0, "te": 2.0, "lac": 3.0, "hoa": 1.0, "dat": 2.0, "van": 1.0, "phong": 1.0, "su": 1.0}
    return AnswerContext(analysis=analyze(question), hits=[Hit(c, 1.0 / (1 + i)) for i, c in enumerate(hits or [10])],
                         chunks={10: CHUNK, 20: OTHER_CHUNK}, obligations=[DUTY], documents={1: PLAN, 2: OTHER},
                         idf=idf, unknown_idf=4.0, pinned_documents=pinned or [])


def _duty_answer() -> Candidate:
    return Candidate(text="…", order=[10], obligations=[DUTY], evidence=f"{DUTY.what} {CHUNK.text}",
                     score=2.0, source=CandidateSource.DUTY)


def test_a_year_the_duty_states_agrees_though_the_plan_is_of_another_year() -> None:
    cand = _duty_answer()
    assert year_agrees(_context("Phòng Kinh tế tổng hợp ý kiến năm 2027 trước ngày nào?"), cand) == 1.0
    assert year_agrees(_context("Phòng Kinh tế báo cáo năm 2026 trước ngày nào?"), cand) == 1.0
    assert year_agrees(_context("Phòng Kinh tế báo cáo năm 2024 trước ngày nào?"), cand) == -1.0
    assert year_agrees(_context("Phòng Kinh tế báo cáo trước ngày nào?"), cand) == 0.0


def test_the_place_of_the_answers_plan_agrees_when_no_alias_named_it() -> None:
    assert plan_agrees(_context("UB Hòa Lạc: phòng kinh tế tổng hợp ý kiến khi nào"), {1}, False) == 1.0
    assert plan_agrees(_context("phòng kinh tế tổng hợp ý kiến khi nào"), {1}, False) == 0.0
    assert plan_agrees(_context("phòng kinh tế tổng hợp ý kiến khi nào", pinned=[2]), {1}, False) == -1.0
    assert plan_agrees(_context("phòng kinh tế tổng hợp ý kiến khi nào", pinned=[1]), {1}, False) == 1.0


def test_a_place_or_a_managing_body_does_not_name_the_plan_beside_an_unknown_agency() -> None:
    # another agency of the plan's place: its place alone no longer says it is this plan
    assert plan_agrees(_context("Sở Y tế Hòa Lạc: phòng kinh tế tổng hợp ý kiến khi nào"), {1}, True) == 0.0
    # pinned without its own issuer's name or number (through its managing body)
    assert plan_agrees(_context("phòng kinh tế tổng hợp ý kiến khi nào", pinned=[1]), {1}, True) == 0.0
    # named by its own issuer, the plan is the one asked about whatever else is named
    assert plan_agrees(_context("UBND xã Hòa Lạc: phòng kinh tế tổng hợp ý kiến khi nào", pinned=[1]), {1},
                       True) == 1.0


def test_a_word_naming_the_answers_plan_is_not_missing_from_the_answer() -> None:
    ctx = _context("Phòng Kinh tế xã Hòa Lạc tổng hợp ý kiến khi nào")
    evidence = "Phòng Kinh tế tổng hợp ý kiến"   # the duty's words, not the plan's place
    assert missing_known(ctx, evidence) > 0.0
    assert missing_known(ctx, evidence + " " + PLAN.issuer) == 0.0


def test_the_answer_rank_is_where_retrieval_put_the_answers_passage() -> None:
    cand = _duty_answer()
    assert answer_rank(_context("kinh tế", hits=[10, 20]), cand) == 1.0
    assert answer_rank(_context("kinh tế", hits=[20, 10]), cand) == 0.5
    assert answer_rank(_context("kinh tế", hits=[20]), cand) == 0.0
