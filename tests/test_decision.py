"""The answerability decision: the stored model, its three outcomes, and the calibration
script (run on a few dev questions with the hashing embedder, so it stays reproducible)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.decision import FEATURES, DecisionModel, Features, Outcome, load_model, model_from_json
from index.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


def model(coef: dict[str, float], intercept: float, answer: float = 0.6, unsure: float = 0.3) -> DecisionModel:
    return DecisionModel(mean=np.zeros(len(FEATURES)), scale=np.ones(len(FEATURES)),
                         coef=np.array([coef.get(f, 0.0) for f in FEATURES]), intercept=intercept,
                         answer_threshold=answer, unsure_threshold=unsure)


def test_probability_rises_with_evidence_and_outcomes_follow_thresholds() -> None:
    m = model({"relevance": 4.0, "focus_coverage": 2.0}, -3.0)
    weak, strong = Features(relevance=0.1), Features(relevance=0.9, focus_coverage=1.0)
    assert m.probability(weak) < m.probability(strong)
    assert m.outcome(m.probability(strong)) == Outcome.ANSWER
    assert m.outcome(0.4) == Outcome.UNSURE and m.outcome(0.1) == Outcome.NOT_FOUND


def test_stored_model_loads_and_refuses_other_features() -> None:
    shipped = load_model()
    assert 0 < shipped.unsure_threshold <= shipped.answer_threshold < 1
    data = json.loads((ROOT / "index" / "data" / "decision.json").read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError):
        model_from_json(data)


def test_a_model_reads_only_the_features_it_was_fitted_on() -> None:
    m = DecisionModel(mean=np.zeros(1), scale=np.ones(1), coef=np.array([3.0]), intercept=-1.5,
                      answer_threshold=0.5, unsure_threshold=0.3, features=("focus_coverage",))
    # features it does not read change nothing
    assert m.probability(Features(focus_coverage=1.0, relevance=0.0)) == m.probability(
        Features(focus_coverage=1.0, relevance=1.0, missing_focus=1.0))
    assert m.probability(Features(focus_coverage=0.0)) < 0.5 < m.probability(Features(focus_coverage=1.0))
    data = {"features": ["focus_coverage", "no_such_feature"], "mean": [0, 0], "scale": [1, 1], "coef": [1, 1],
            "intercept": 0.0, "answer_threshold": 0.5, "unsure_threshold": 0.3}
    with pytest.raises(ValueError):
        model_from_json(data)


def test_a_named_document_number_agrees_or_conflicts_with_the_answer(engine: Engine) -> None:
    always = model({}, 0.0, answer=0.0, unsure=0.0)
    own = engine.retriever.ask("Kế hoạch 60/KH-SVHTTDL do ai ký?", log=False, decision_model=always)
    cited = engine.retriever.ask("Nghị định 59/2023/NĐ-CP quy định những gì?", log=False, decision_model=always)
    assert own.features.number_agrees == 1.0 and own.features.slot_conflict == 0.0
    # a decree the plans only cite: whatever passage comes closest is from another document
    assert cited.features.number_agrees == -1.0 and cited.features.slot_conflict == 1.0


def test_unsure_lists_the_closest_passages_with_found_false(engine: Engine) -> None:
    unsure = model({}, 0.0, answer=0.9, unsure=0.1)   # p = 0.5 for every question
    answer = engine.retriever.ask("Hạn nộp báo cáo 6 tháng là khi nào?", log=False, decision_model=unsure)
    assert answer.found is False and answer.sources
    assert answer.answer.startswith("Tôi chưa chắc chắn") and "không tìm thấy" in answer.answer


def test_calibration_script_runs_on_a_small_set(tmp_path: Path) -> None:
    out = tmp_path / "decision.json"
    proc = subprocess.run([sys.executable, "scripts/fit_decision.py", "--limit", "40", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    fitted = model_from_json(json.loads(out.read_text(encoding="utf-8")))
    assert 0 < fitted.answer_threshold < 1
    assert "grouped_cv_auc" in proc.stdout
