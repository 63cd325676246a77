"""A date window asked about a named plan reads that plan's deadlines only; when the window
holds none of them the reply says so, names the plan and its nearest deadlines on either
side, cites it, and stays "not found" (hand-built duties, then the shipped corpus)."""
from __future__ import annotations

from datetime import date

from index.answer_context import AnswerContext
from index.duty_windows import in_window, nearest_outside
from index.question import analyze
from index.rows import ObligationRow

TODAY = date(2026, 1, 10)


def _duty(i: int, document_id: int, due_on: str) -> ObligationRow:
    return ObligationRow(id=i, document_id=document_id, what=f"Báo cáo {i}", who="Văn phòng",
                         due_on=due_on, due_text=f"trước ngày {due_on}", issuer=f"Sở {document_id}",
                         year=int(due_on[:4]))


DUTIES = [_duty(1, 1, "2026-03-20"), _duty(2, 1, "2026-11-10"), _duty(3, 2, "2026-08-15"),
          _duty(4, 1, "2026-06-05")]


def _context(question: str, pinned: list[int]) -> AnswerContext:
    return AnswerContext(analysis=analyze(question, today=TODAY), hits=[], chunks={}, obligations=[],
                         documents={}, idf={}, unknown_idf=1.0, today=TODAY, pinned_documents=pinned,
                         all_obligations=DUTIES)


def test_a_window_naming_a_plan_lists_only_that_plans_deadlines() -> None:
    ctx = _context("quý III/2026 có hạn gì", pinned=[1])
    found = in_window(ctx, ctx.analysis.window)
    window, chosen = found.window, found.chosen
    assert chosen == []                                   # the other plan's 15/8 is no answer
    before, after = nearest_outside(ctx, window)
    assert (before.id, after.id) == (4, 2)


def test_a_window_naming_no_plan_reads_every_plan() -> None:
    ctx = _context("quý III/2026 có hạn gì", pinned=[])
    chosen = in_window(ctx, ctx.analysis.window).chosen
    assert [ob.id for _, ob in chosen] == [3]


def test_nothing_on_either_side_is_none() -> None:
    ctx = _context("tháng 12/2026 có hạn gì", pinned=[2])
    found = in_window(ctx, ctx.analysis.window)
    assert found.chosen == [] and nearest_outside(ctx, found.window) == (DUTIES[2], None)


def test_an_empty_window_of_a_named_plan_is_said_with_its_nearest_deadlines(engine) -> None:
    answer = engine.ask("tháng 8/2024 Sở Nông nghiệp và PTNT có hạn gì", log=False, today=date(2024, 7, 1))
    assert not answer.found
    assert "Sở Nông nghiệp và PTNT" in answer.answer and "tháng 8/2024" in answer.answer
    assert "20/5/2024" in answer.answer and "10/11/2024" in answer.answer
    assert answer.sources and answer.sources[0].document.startswith("000_")


def test_a_window_of_a_named_plan_answers_from_it(engine) -> None:
    answer = engine.ask("tháng 5/2024 Sở NN và PTNT có những hạn gì", log=False, today=date(2024, 4, 1))
    assert answer.found and "20/5/2024" in answer.answer
    assert {d.document for d in answer.deadlines} == {"000_dba3e34fd191b3d8.txt"}
