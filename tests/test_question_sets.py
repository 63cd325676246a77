"""The blind question sets v2, v3a and v3b: each set's gold is checked against the plans' text,
never against the system. Only the build and the check run here (no model, no answers): a
set is scored by `scripts/eval_questions.py`. One parametrised test per property, one case
per set, then what only one set has (v3a's uploaded plan, v3b's scan and upload flag)."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import make_question_set_v2 as v2  # noqa: E402
from scripts import make_question_set_v3a as v3a  # noqa: E402
from scripts import make_question_set_v3b as v3b  # noqa: E402


@dataclass(frozen=True)
class SetCase:
    """One generated set, what its build must hold, and how to make a row of it."""

    name: str
    module: ModuleType
    min_rows: int
    min_out_of_scope: int
    min_uploaded: int
    id_prefix: str                              # every id starts with it ("" for none)
    plan: str                                   # a plan of the set that exists
    # (id, documents, answer_contains) -> a row as the set's check_gold takes it
    make_row: Callable[[str, list[str], list[str]], object]
    problem_prefix: str                         # how check_gold names a row: "{id}" in it
    same_text: Callable[[str], str]             # the set's comparison form of a text

    def rows(self) -> list[dict]:
        """The built set as jsonl objects."""
        return [r if isinstance(r, dict) else r.row() for r in self.module.build()]


def _dict_row(row_id: object, documents: list[str], contains: list[str]) -> dict:
    return {"id": row_id, "tag": "plain", "fact": "x", "question": f"? {row_id}", "documents": documents,
            "answer_contains": contains, "expect_found": True}


CASES = [
    SetCase("v2", v2, 150, 25, 1, "", v2.XA, lambda i, d, c: _dict_row(int(i), d, c), "#{id}:", v2.fold),
    SetCase("v3a", v3a, 110, 20, 20, "v3a-", v3a.TH,
            lambda i, d, c: v3a.Question(f"t-{i}", "plain", "x", f"? {i}", d, c, True), "t-{id}:", v3a.comparable),
    SetCase("v3b", v3b, 110, 20, 20, "v3b-", v3b.NN, lambda i, d, c: _dict_row(f"v3b-x{i}", d, c),
            "#v3b-x{id}:", v3b.normalised),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_gold_is_in_the_named_documents(case: SetCase) -> None:
    assert case.module.check_gold(case.module.build()) == []
    rows = case.rows()
    assert len(rows) >= case.min_rows
    assert sum(not r["expect_found"] for r in rows) >= case.min_out_of_scope
    assert sum(bool(r.get("uploaded")) for r in rows) >= case.min_uploaded
    assert {r["tag"] for r in rows} == set(case.module.TAGS)
    assert all(str(r["id"]).startswith(case.id_prefix) for r in rows)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_check_reports_an_answer_missing_from_the_text_and_a_missing_plan(case: SetCase) -> None:
    wrong = case.make_row("1", [case.plan], ["31/12/2099"])
    absent = case.make_row("2", ["no_such_plan.txt"], ["15 hằng tháng"])
    problems = case.module.check_gold([wrong, absent])
    assert any(p.startswith(case.problem_prefix.format(id=1)) and "31/12/2099" in p for p in problems)
    assert any(p.startswith(case.problem_prefix.format(id=2)) and "does not exist" in p for p in problems)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_comparison_ignores_case_diacritics_leading_zeros_and_spacing(case: SetCase) -> None:
    assert case.same_text("Trước  ngày 05/6/2026") == case.same_text("truoc ngay 5 / 6/2026")
    assert case.same_text("Số: 60 /KH-SVHTTDL") == case.same_text("so: 60/kh-svhttdl")
    assert case.same_text("ngày 05/6/2026") != case.same_text("ngày 06/5/2026")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_file_is_the_generator_output(case: SetCase) -> None:
    on_disk = [json.loads(x) for x in case.module.OUT.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert on_disk == case.rows()


def test_v3a_uploaded_questions_name_only_the_uploaded_plan() -> None:
    rows = v3a.build()
    uploaded = [r for r in rows if r.uploaded]
    assert {d for r in uploaded for d in r.documents} == {v3a.BQ}
    assert all(v3a.BQ not in r.documents for r in rows if not r.uploaded)


def test_v3b_check_reports_a_question_on_the_uploaded_plan_not_flagged_uploaded() -> None:
    not_flagged = _dict_row("v3b-x3", [v3b.PH], ["14/11/2026"])
    assert any(p.startswith("#v3b-x3:") and "uploaded" in p for p in v3b.check_gold([not_flagged]))


def test_v3b_scan_has_no_text_layer_and_keeps_its_source() -> None:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(v3b.PLANS_V3 / v3b.BV))
    assert len(pdf) >= 2
    assert all(not pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    assert "Số: 58/KH-BVĐK" in v3b.document_text(v3b.BV)
