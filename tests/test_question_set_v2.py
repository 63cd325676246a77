"""The blind set v2: its gold is checked against the plans' text, never against the system.

Only the build and the check run here (no model, no answers): the set is scored once by
`scripts/eval_questions.py --set v2`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import make_question_set_v2 as v2  # noqa: E402


def test_v2_gold_is_in_the_named_documents() -> None:
    rows = v2.build()
    assert v2.check_gold(rows) == []
    assert len(rows) >= 150
    assert sum(not r["expect_found"] for r in rows) >= 25
    assert any(r.get("uploaded") for r in rows)
    assert {r["tag"] for r in rows} == set(v2.TAGS)


def test_v2_check_reports_an_answer_missing_from_the_text() -> None:
    row = {"id": 1, "tag": "plain", "fact": "x", "question": "?", "documents": [v2.XA],
           "answer_contains": ["31/12/2099"], "expect_found": True}
    missing_doc = dict(row, id=2, question="??", documents=["no_such_plan.txt"], answer_contains=["15 hằng tháng"])
    problems = v2.check_gold([row, missing_doc])
    assert any(p.startswith("#1:") and "31/12/2099" in p for p in problems)
    assert any(p.startswith("#2:") and "does not exist" in p for p in problems)


def test_v2_fold_ignores_case_diacritics_and_leading_zeros() -> None:
    assert v2.fold("Trước ngày 05/6/2026") == v2.fold("truoc  ngay 5/6/2026")
    assert v2.fold("Số: 60 /KH-SVHTTDL") == v2.fold("so: 60/kh-svhttdl")


def test_v2_file_is_the_generator_output() -> None:
    on_disk = [json.loads(x) for x in v2.OUT.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert on_disk == v2.build()
