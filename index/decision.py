"""The one answerability decision: P(the composed answer is right) from a handful of
retrieval features, by logistic regression whose coefficients and thresholds live in
`index/data/decision.json` (fitted by scripts/fit_decision.py on the tuning questions).

Three outcomes: answer (p ≥ answer threshold); unsure (p ≥ unsure threshold: "Tôi chưa
chắc chắn" with the closest passages, found stays false); or an honest "không tìm thấy".
Applied with numpy only: no learning library is imported at query time. No feature reads
dense scores or their agreement alone: the decision must hold whichever embedder is in use.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

import numpy as np

from .errors import DataFileError
from .lexicon import data_json

#: Every measured feature, in a fixed order. A fitted model uses a subset of them (its
#: own list in decision.json): features that only help within one plan are left out by
#: scripts/fit_decision.py, which compares them under cross-validation grouped by plan.
FEATURES = ("relevance", "focus_coverage", "missing_focus", "lexical_top", "candidate_score",
            "named_plan", "year_agrees", "unknown_share", "structured", "from_duty", "from_passage",
            "unknown_agency", "slot_agreement", "plan_agrees", "kind_agrees", "slots_agree",
            "hit_margin", "rank_agreement", "number_agrees", "missing_known", "slot_conflict", "answer_rank",
            "unknown_initials", "unknown_place", "parent_named")

#: Features that by their meaning can only lower P(answerable): a word or an agency the
#: plans do not know never makes an answer likelier. The fit drops one whose coefficient
#: comes out positive (a correlation of the pool, which the next phrasing would break).
NON_POSITIVE = ("missing_focus", "unknown_share", "unknown_agency", "missing_known", "slot_conflict",
                "unknown_initials", "unknown_place")
#: Features that by their meaning can only raise it: more of the question said by the
#: answer, or the slots it names agreeing, never makes an answer less likely right.
NON_NEGATIVE = ("relevance", "focus_coverage", "slots_agree", "slot_agreement", "year_agrees",
                "plan_agrees", "kind_agrees", "number_agrees", "answer_rank")


@dataclass
class Features:
    """What the decision looks at for one question and its composed candidate answer."""

    relevance: float = 0.0        # words of the question in the top passages, phrases the corpus knows
    focus_coverage: float = 0.0   # focus terms (cue words left out) said by the evidence
    missing_focus: float = 0.0    # rarity of the rarest focus term the evidence lacks
    lexical_top: float = 0.0      # BM25 of the best lexical passage, squashed to 0..1
    candidate_score: float = 0.0  # the composer's own score of what it chose
    named_plan: float = 0.0       # the question names a plan (issuer, number)
    year_agrees: float = 0.0      # +1 the answer's plan has the year asked, -1 another year, 0 none asked
    unknown_share: float = 0.0    # share of content words the corpus never uses
    structured: float = 0.0       # metadata, list or window answer
    from_duty: float = 0.0        # answer drawn from an obligation
    from_passage: float = 0.0     # answer drawn from a sentence of a passage
    unknown_agency: float = 0.0   # share of the agencies named that no plan names
    slot_agreement: float = 0.0   # the unit / recipient named are (+1) or are not (-1) in the answer
    plan_agrees: float = 0.0      # +1 the answer is from a plan the question names, -1 another, 0 none named
    kind_agrees: float = 0.0      # +1 the duty shown is the report kind asked, -1 another, 0 none asked
    slots_agree: float = 0.0      # mean of the slot agreements above over the slots the question names
    hit_margin: float = 0.0       # (best - second) / best fused score of the retrieved passages
    rank_agreement: float = 0.0   # 1 when the best lexical and the best dense passage are of one plan
    number_agrees: float = 0.0    # +1 the answer is from the document whose number is asked, -1 another, 0 none asked
    missing_known: float = 0.0    # rarity of the rarest focus term the corpus knows but the evidence lacks
    slot_conflict: float = 0.0    # 1 when the year, plan or document number the question names is not the answer's
    answer_rank: float = 0.0      # 1 / (1 + rank among the retrieved passages of the answer's first passage)
    unknown_initials: float = 0.0  # 1 when initials the question types are in no plan's metadata (or not with the place typed)
    unknown_place: float = 0.0    # 1 when a place the question names is in none of the answer's plans' metadata
    parent_named: float = 0.0     # 1 when the answer's plan was named only through its managing body

    def vector(self, names: tuple[str, ...] = FEATURES) -> np.ndarray:
        """The features named by `names`, in that order, as the model's input row."""
        return np.array([getattr(self, name) for name in names], dtype=np.float64)

    def to_json(self) -> dict:
        """Every feature by name (logged with the question, read back by the fitting script)."""
        return asdict(self)


class Outcome(StrEnum):
    """What the decision chose: an answer, the closest passages marked unsure, or not found."""

    ANSWER = "answer"
    UNSURE = "unsure"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class DecisionModel:
    """The features it reads, their standardization, logistic coefficients and the two
    thresholds."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    answer_threshold: float
    unsure_threshold: float
    features: tuple[str, ...] = FEATURES

    def probability(self, features: Features) -> float:
        """P(the candidate answer is right) under the logistic model."""
        z = (features.vector(self.features) - self.mean) / self.scale
        return float(1.0 / (1.0 + np.exp(-(z @ self.coef + self.intercept))))

    def outcome(self, p: float) -> Outcome:
        """Answer at or above the answer threshold, unsure in the band under it, else not found."""
        if p >= self.answer_threshold:
            return Outcome.ANSWER
        if p >= self.unsure_threshold:
            return Outcome.UNSURE
        return Outcome.NOT_FOUND


def model_from_json(data: dict) -> DecisionModel:
    """Read the stored model; every feature it names must be one this module measures, and
    each must have its mean, scale and coefficient."""
    names = tuple(data["features"])
    if not names or set(names) - set(FEATURES) or len(set(names)) != len(names) or any(
            len(data[key]) != len(names) for key in ("mean", "scale", "coef")):
        raise DataFileError("decision.json was fitted on other features: run scripts/fit_decision.py")
    return DecisionModel(features=names,
        mean=np.array(data["mean"], dtype=np.float64), scale=np.array(data["scale"], dtype=np.float64),
        coef=np.array(data["coef"], dtype=np.float64), intercept=float(data["intercept"]),
        answer_threshold=float(data["answer_threshold"]), unsure_threshold=float(data["unsure_threshold"]))


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> DecisionModel:
    """The shipped model (package data) or the one at `path`."""
    if path:
        return model_from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    return model_from_json(data_json("decision.json"))
