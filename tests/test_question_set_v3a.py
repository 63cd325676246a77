"""Writer v3a's half of the blind set v3: its gold is checked against the plans' text, never
against the system. Only the build and the check run here (no model, no answers): the set is
scored once by `scripts/eval_questions.py --set v3`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import make_question_set_v3a as v3a  # noqa: E402


def test_v3a_gold_is_in_the_named_documents() -> None:
    rows = v3a.build()
    assert v3a.check_gold(rows) == []
    assert len(rows) >= 110
    assert sum(not r.expect_found for r in rows) >= 20
    assert {r.tag for r in rows} == set(v3a.TAGS)
    assert all(r.id.startswith("v3a-") for r in rows)


def test_v3a_uploaded_questions_name_only_the_uploaded_plan() -> None:
    rows = v3a.build()
    uploaded = [r for r in rows if r.uploaded]
    assert len(uploaded) >= 20
    assert {d for r in uploaded for d in r.documents} == {v3a.BQ}
    assert all(v3a.BQ not in r.documents for r in rows if not r.uploaded)


def test_v3a_check_reports_a_missing_answer_and_a_missing_document() -> None:
    wrong = v3a.Question("t-1", "plain", "x", "?", [v3a.TH], ["31/12/2099"], True)
    absent = v3a.Question("t-2", "plain", "x", "??", ["no_such_plan.txt"], ["15 hằng tháng"], True)
    problems = v3a.check_gold([wrong, absent])
    assert any(p.startswith("t-1:") and "31/12/2099" in p for p in problems)
    assert any(p.startswith("t-2:") and "does not exist" in p for p in problems)


def test_v3a_comparable_ignores_case_diacritics_leading_zeros_and_spacing() -> None:
    assert v3a.comparable("Trước  ngày 05/6/2026") == v3a.comparable("truoc ngay 5 / 6/2026")


def test_v3a_file_is_the_generator_output() -> None:
    on_disk = [json.loads(x) for x in v3a.OUT.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert on_disk == [r.row() for r in v3a.build()]
