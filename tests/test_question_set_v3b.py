"""Writer v3b's half of the blind set v3: its gold is checked against the plans' text, never
against the system.

Only the build and the check run here (no model, no answers): the set is scored once by
`scripts/eval_questions.py --set v3`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import make_question_set_v3b as v3b  # noqa: E402


def test_v3b_gold_is_in_the_named_documents() -> None:
    rows = v3b.build()
    assert v3b.check_gold(rows) == []
    assert len(rows) >= 110
    assert sum(not r["expect_found"] for r in rows) >= 20
    assert sum(bool(r.get("uploaded")) for r in rows) >= 20
    assert {r["tag"] for r in rows} == set(v3b.TAGS)
    assert all(r["id"].startswith("v3b-") for r in rows)


def test_v3b_check_reports_a_missing_answer_a_missing_plan_and_a_wrong_upload_flag() -> None:
    row = {"id": "v3b-x1", "tag": "plain", "fact": "x", "question": "?", "documents": [v3b.NN],
           "answer_contains": ["31/12/2099"], "expect_found": True}
    missing_doc = dict(row, id="v3b-x2", question="??", documents=["no_such_plan.txt"],
                       answer_contains=["15 hằng tháng"])
    not_flagged = dict(row, id="v3b-x3", question="???", documents=[v3b.PH], answer_contains=["14/11/2026"])
    problems = v3b.check_gold([row, missing_doc, not_flagged])
    assert any(p.startswith("#v3b-x1:") and "31/12/2099" in p for p in problems)
    assert any(p.startswith("#v3b-x2:") and "does not exist" in p for p in problems)
    assert any(p.startswith("#v3b-x3:") and "uploaded" in p for p in problems)


def test_v3b_scan_has_no_text_layer_and_keeps_its_source() -> None:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(v3b.PLANS_V3 / v3b.BV))
    assert len(pdf) >= 2
    assert all(not pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    assert "Số: 58/KH-BVĐK" in v3b.document_text(v3b.BV)


def test_v3b_file_is_the_generator_output() -> None:
    on_disk = [json.loads(x) for x in v3b.OUT.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert on_disk == v3b.build()
