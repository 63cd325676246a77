#!/usr/bin/env python3
"""Fit the answerability decision (index/data/decision.json) on the dev questions.

For every dev question the engine composes its candidate answer with the decision switched
off; the label is 1 when that candidate is right (the eval's judge: found, expected
strings present) and 0 when it is wrong or the question is out of scope. A logistic
regression over index.decision.FEATURES is cross-validated (stratified 5-fold) on part of
dev; the answer threshold is then chosen on the held-out rest of dev (the highest accuracy
of the three-way outcome; the middle of the best plateau), and the unsure threshold below it.
The test split is never read. Usage:

    python scripts/fit_decision.py                    # default model, writes index/data/decision.json
    python scripts/fit_decision.py --limit 40 --out /tmp/d.json   # quick run (CI uses the hashing embedder)
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.decision import FEATURES, DecisionModel, model_from_json  # noqa: E402
from scripts.eval_questions import SETS, judge, load, prepare_corpus  # noqa: E402

SEED = 7
HOLDOUT_SHARE = 0.3
ALWAYS_ANSWER = DecisionModel(mean=np.zeros(len(FEATURES)), scale=np.ones(len(FEATURES)),
                              coef=np.zeros(len(FEATURES)), intercept=0.0,
                              answer_threshold=0.0, unsure_threshold=0.0)


def collect(questions: list[dict], workdir: Path) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Features and labels of every question, the decision switched off."""
    from index.config import Settings
    from index.engine import Engine

    prepare_corpus(workdir, with_plans=True)
    settings = Settings.from_env(data_dir=workdir / "data", corpus_dir=workdir / "corpus")
    rows, labels, tags = [], [], []
    with Engine(settings) as engine:
        engine.ensure_index()
        for q in questions:
            today = date.fromisoformat(q["today"]) if q.get("today") else None
            answer = engine.retriever.ask(q["question"], log=False, today=today, decision_model=ALWAYS_ANSWER)
            verdict = judge(q, answer.to_json())
            right = q["expect_found"] and verdict[2]
            rows.append(answer.features.vector() if answer.features is not None else np.zeros(len(FEATURES)))
            labels.append(int(right))
            tags.append(q["tag"])
    return np.vstack(rows), np.array(labels), tags


def outcome_accuracy(p: np.ndarray, y: np.ndarray, in_scope: np.ndarray, threshold: float) -> float:
    """Share of questions handled right at this threshold: right answers given, and wrong
    answers or out-of-scope questions withheld (found false)."""
    answered = p >= threshold
    return float(np.mean(np.where(answered, y == 1, (y == 0) | ~in_scope)))


def fit(x: np.ndarray, y: np.ndarray, in_scope: np.ndarray) -> tuple[dict, dict]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
    from sklearn.preprocessing import StandardScaler

    idx = np.arange(len(y))
    fit_idx, hold_idx = train_test_split(idx, test_size=HOLDOUT_SHARE, random_state=SEED, stratify=y)
    scaler = StandardScaler().fit(x[fit_idx])
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    z_fit = (x[fit_idx] - scaler.mean_) / scale
    clf = LogisticRegression(C=1.0, max_iter=1000)
    folds = StratifiedKFold(n_splits=min(5, int(min(np.bincount(y[fit_idx])))), shuffle=True, random_state=SEED)
    cv = cross_val_score(clf, z_fit, y[fit_idx], cv=folds, scoring="roc_auc")
    clf.fit(z_fit, y[fit_idx])
    p_hold = clf.predict_proba((x[hold_idx] - scaler.mean_) / scale)[:, 1]
    grid = np.round(np.arange(0.2, 0.81, 0.02), 2)
    scores = [(outcome_accuracy(p_hold, y[hold_idx], in_scope[hold_idx], t), t) for t in grid]
    best_acc = max(round(acc, 4) for acc, _ in scores)
    plateau = [t for acc, t in scores if round(acc, 4) == best_acc]
    # On the best plateau, the threshold that serves both kinds of question best: the
    # larger of the lower of (right answers among in-scope, refusals among out-of-scope);
    # then the middle of what remains (farthest from where accuracy drops).
    def balance(t: float) -> float:
        answered = p_hold >= t
        scope = in_scope[hold_idx]
        right = float(np.mean((answered & (y[hold_idx] == 1))[scope])) if scope.any() else 1.0
        refused = float(np.mean(~answered[~scope])) if (~scope).any() else 1.0
        return round(min(right, refused), 4)
    top = max(balance(t) for t in plateau)
    plateau = [t for t in plateau if balance(t) == top]
    threshold = float(plateau[len(plateau) // 2])
    model = {
        "features": list(FEATURES), "mean": scaler.mean_.tolist(), "scale": scale.tolist(),
        "coef": clf.coef_[0].tolist(), "intercept": float(clf.intercept_[0]),
        "answer_threshold": float(threshold), "unsure_threshold": float(round(threshold * 0.6, 3)),
    }
    report = {"cv_roc_auc_mean": float(cv.mean()), "cv_roc_auc_std": float(cv.std()),
              "holdout_accuracy": best_acc, "n_fit": int(len(fit_idx)), "n_holdout": int(len(hold_idx)),
              "positives": int(y.sum()), "n": int(len(y))}
    return model, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "index" / "data" / "decision.json")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N dev questions (quick runs)")
    args = parser.parse_args()
    questions = load("dev")
    if args.limit:
        questions = questions[: args.limit]
    assert SETS["dev"].name.endswith("dev.jsonl")
    with tempfile.TemporaryDirectory(prefix="qcdc-fit-") as tmp:
        x, y, _ = collect(questions, Path(tmp))
    in_scope = np.array([q["expect_found"] for q in questions])
    model, report = fit(x, y, in_scope)
    model_from_json(model)   # the stored form must load
    model["fitted"] = {"questions": "benchmarks/questions_dev.jsonl", "embedding": os.environ.get(
        "QCDC_EMBED_MODEL") or "default", "date": date.today().isoformat(), **report}
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    for name, c in sorted(zip(FEATURES, model["coef"]), key=lambda p: -abs(p[1])):
        print(f"  {name:16s} {c:+.3f}")
    print(f"answer threshold {model['answer_threshold']}, unsure threshold {model['unsure_threshold']}")


if __name__ == "__main__":
    main()
