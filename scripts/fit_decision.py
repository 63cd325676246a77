#!/usr/bin/env python3
"""Fit the answerability decision (index/data/decision.json) on the dev questions.

For every dev question the engine composes its candidate answer with the decision switched
off; the label is 1 when that candidate is right (the eval's judge: found, expected
strings present) and 0 when it is wrong or the question is out of scope. A logistic
regression over index.decision.FEATURES is cross-validated (stratified 5-fold) on part of
dev; the answer threshold is then chosen on held-out predictions (the rest of dev, and the
folds' out-of-fold predictions on the fitted part; out-of-scope questions
refused at the required rate with a margin, then as many in-scope questions answered right
as possible; the middle of that plateau), and the unsure threshold below it.
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

from index.decision import FEATURES, NON_POSITIVE, DecisionModel, model_from_json  # noqa: E402
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


#: The product must refuse at least this share of out-of-scope questions (issue #15).
REQUIRED_REFUSAL = 0.9


def rates(p: np.ndarray, y: np.ndarray, in_scope: np.ndarray, threshold: float) -> tuple[float, float]:
    """(in-scope questions answered right, out-of-scope questions withheld) at a threshold."""
    answered = p >= threshold
    right = float(np.mean((answered & (y == 1))[in_scope])) if in_scope.any() else 1.0
    refused = float(np.mean(~answered[~in_scope])) if (~in_scope).any() else 1.0
    return right, refused


def choose_threshold(p: np.ndarray, y: np.ndarray, in_scope: np.ndarray) -> tuple[float, list[float]]:
    """The answer threshold: among those refusing at least REQUIRED_REFUSAL of the
    out-of-scope questions plus one binomial standard error (the held-out part is small),
    the ones answering the most in-scope questions right; the middle of that plateau.
    Returns it and the plateau's ends."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    n_out = max(1, int((~in_scope).sum()))
    need = REQUIRED_REFUSAL + float(np.sqrt(REQUIRED_REFUSAL * (1 - REQUIRED_REFUSAL) / n_out))
    table = [(t, *rates(p, y, in_scope, t)) for t in grid]
    allowed = [(t, right) for t, right, refused in table if refused >= need] or [
        (t, right) for t, right, refused in table if refused == max(r for _, _, r in table)]
    best = max(right for _, right in allowed)
    plateau = [float(t) for t, right in allowed if right == best]
    return plateau[len(plateau) // 2], [plateau[0], plateau[-1]]


def fit(x: np.ndarray, y: np.ndarray, in_scope: np.ndarray) -> tuple[dict, dict]:
    """Fit and cross-validate on 70 % of dev; choose the answer threshold on the held-out
    30 % and the cross-validation folds' held-out predictions on the 70 % (`choose_threshold`
    over all of dev, each question scored by a model that did not see it). A NON_POSITIVE feature whose coefficient comes out
    positive is dropped (coefficient 0) and the model refitted. The stored model is the
    one the threshold was chosen for."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict, cross_val_score, train_test_split
    from sklearn.preprocessing import StandardScaler

    idx = np.arange(len(y))
    # stratified by kind of question and label, so both parts hold out-of-scope questions
    strata = y * 2 + in_scope.astype(int)
    fit_idx, hold_idx = train_test_split(idx, test_size=HOLDOUT_SHARE, random_state=SEED, stratify=strata)
    scaler = StandardScaler().fit(x[fit_idx])
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    z = (x - scaler.mean_) / scale
    clf = LogisticRegression(C=1.0, max_iter=1000)
    dropped: list[str] = []
    while True:
        clf.fit(z[fit_idx], y[fit_idx])
        wrong = [(c, n) for n, c in zip(FEATURES, clf.coef_[0]) if n in NON_POSITIVE and c > 0]
        if not wrong:
            break
        # the most positive one out (its column held at the mean, so its coefficient is 0)
        name = max(wrong)[1]
        dropped.append(name)
        z[:, FEATURES.index(name)] = 0.0
    folds = StratifiedKFold(n_splits=min(5, int(min(np.bincount(y[fit_idx])))), shuffle=True, random_state=SEED)
    cv = cross_val_score(LogisticRegression(C=1.0, max_iter=1000), z[fit_idx], y[fit_idx], cv=folds,
                         scoring="roc_auc")
    p_hold = clf.predict_proba(z[hold_idx])[:, 1]
    # held-out probabilities of every dev question: the fitted model's on the held-out 30 %,
    # the cross-validation folds' on the 70 % (each from a model that never saw it)
    p_fit_oof = cross_val_predict(LogisticRegression(C=1.0, max_iter=1000), z[fit_idx], y[fit_idx], cv=folds,
                                  method="predict_proba")[:, 1]
    p_all = np.concatenate([p_fit_oof, p_hold])
    order = np.concatenate([fit_idx, hold_idx])
    for name in dropped:   # stored so that the feature cannot move the probability
        scale[FEATURES.index(name)] = 1.0
        clf.coef_[0][FEATURES.index(name)] = 0.0
    threshold, plateau = choose_threshold(p_all, y[order], in_scope[order])
    oof_right, oof_refused = rates(p_all, y[order], in_scope[order], threshold)
    hold_answered = p_hold >= threshold
    hold_scope = in_scope[hold_idx]
    model = {
        "features": list(FEATURES), "mean": scaler.mean_.tolist(), "scale": scale.tolist(),
        "coef": clf.coef_[0].tolist(), "intercept": float(clf.intercept_[0]),
        "answer_threshold": threshold, "unsure_threshold": float(round(threshold * 0.6, 3)),
    }
    report = {"cv_roc_auc_mean": float(cv.mean()), "cv_roc_auc_std": float(cv.std()),
              "threshold_plateau": plateau, "dropped_for_sign": dropped,
              "heldout_all_in_scope_right": oof_right, "heldout_all_oos_refused": oof_refused,
              "holdout_in_scope_right": float(np.mean((hold_answered & (y[hold_idx] == 1))[hold_scope])),
              "holdout_oos_refused": float(np.mean(~hold_answered[~hold_scope])),
              "n_fit": int(len(fit_idx)), "n_holdout": int(len(hold_idx)),
              "positives": int(y.sum()), "out_of_scope": int((~in_scope).sum()), "n": int(len(y))}
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
