"""Every metric the eval suites report: classification (per class, macro-F1, verdicts, binary,
ROC AUC, calibration) and retrieval (nDCG@k, recall@k). Plain Python, no heavy imports.

Labels are strings; `labels` fixes the order of the per-class table and the confusion matrix
(rows = gold, columns = predicted).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from verify.types import Verdict

CORE_LABELS = [
    Verdict.SUPPORTED.value,
    Verdict.REFUTED.value,
    Verdict.NOT_ENOUGH_EVIDENCE.value,
]
"""The three classes every benchmark's macro-F1 is computed over."""

PREDICTED_LABELS = [*CORE_LABELS, Verdict.CONFLICTING.value]
"""What a verdict suite can predict: the core classes and CONFLICTING."""
RETRIEVAL_DEPTH = 10


class ClassScores(BaseModel):
    precision: float
    recall: float
    f1: float
    support: int


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    _check_lengths(gold, pred)
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def confusion_matrix(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]
) -> list[list[int]]:
    _check_lengths(gold, pred)
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        matrix[index[g]][index[p]] += 1
    return matrix


def per_class_scores(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]
) -> dict[str, ClassScores]:
    matrix = confusion_matrix(gold, pred, labels)
    scores = {}
    for i, label in enumerate(labels):
        true_pos = matrix[i][i]
        predicted = sum(row[i] for row in matrix)
        support = sum(matrix[i])
        precision = true_pos / predicted if predicted else 0.0
        recall = true_pos / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = ClassScores(precision=precision, recall=recall, f1=f1, support=support)
    return scores


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    """Mean F1 over `labels` (a class absent from gold and pred counts as F1 0)."""
    scores = per_class_scores(gold, pred, labels)
    return sum(s.f1 for s in scores.values()) / len(labels) if labels else 0.0


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = 15
) -> float:
    """ECE of the top-label confidence with equal-width bins (Guo et al. 2017)."""
    _check_lengths(confidences, correct)
    if not confidences:
        return 0.0
    totals = [[0, 0.0, 0] for _ in range(bins)]  # count, sum confidence, sum correct
    for conf, ok in zip(confidences, correct, strict=True):
        slot = totals[min(int(conf * bins), bins - 1)]
        slot[0] += 1
        slot[1] += conf
        slot[2] += int(ok)
    n = len(confidences)
    return sum(abs(c_sum - ok_sum) / n for count, c_sum, ok_sum in totals if count)


def _check_lengths(a: Sequence[object], b: Sequence[object]) -> None:
    if len(a) != len(b):
        raise ValueError(f"length mismatch: {len(a)} vs {len(b)}")


class VerdictScores(BaseModel):
    labels: list[str] = Field(description="Classes macro-F1 is averaged over")
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScores]
    confusion: dict[str, dict[str, int]] = Field(description="gold -> predicted -> count")


def verdict_scores(gold: Sequence[str], pred: Sequence[str]) -> VerdictScores:
    """Accuracy and macro-F1 over the three core classes; CONFLICTING is a wrong prediction
    for every core class and shows as its own column of the confusion matrix."""
    pairs = [(g, p) for g, p in zip(gold, pred, strict=True) if g in CORE_LABELS]
    g = [a for a, _ in pairs]
    p = [b if b in PREDICTED_LABELS else Verdict.NOT_ENOUGH_EVIDENCE.value for _, b in pairs]
    scores = per_class_scores(g, p, PREDICTED_LABELS)
    core = {label: scores[label] for label in CORE_LABELS}
    counts = {label: dict.fromkeys(PREDICTED_LABELS, 0) for label in CORE_LABELS}
    for a, b in zip(g, p, strict=True):
        counts[a][b] += 1
    return VerdictScores(
        labels=list(CORE_LABELS),
        accuracy=round(sum(a == b for a, b in zip(g, p, strict=True)) / len(g), 4) if g else 0.0,
        macro_f1=round(sum(s.f1 for s in core.values()) / len(CORE_LABELS), 4),
        per_class=core,
        confusion=counts,
    )


def binary_scores(gold: list[str], predicted: list[str], positive: str) -> dict[str, float]:
    """Accuracy, precision / recall / F1 of the `positive` label, and its share of the gold."""
    tp = sum(g == p == positive for g, p in zip(gold, predicted, strict=True))
    fp = sum(g != p == positive for g, p in zip(gold, predicted, strict=True))
    fn = sum(p != g == positive for g, p in zip(gold, predicted, strict=True))
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "base_rate": round(gold.count(positive) / len(gold), 4) if gold else 0.0,
    }


def roc_auc(positive: list[bool], scores: list[float]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos = [s for s, y in zip(scores, positive, strict=True) if y]
    neg = [s for s, y in zip(scores, positive, strict=True) if not y]
    if not pos or not neg:
        return 0.0
    ranked = sorted(scores)
    rank: dict[float, float] = {}
    for value in set(scores):
        first = ranked.index(value)
        rank[value] = first + (ranked.count(value) + 1) / 2
    rank_sum = sum(rank[s] for s in pos)
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


# --- retrieval ----------------------------------------------------------------------------------


def ndcg_at(ranking: Sequence[str], relevant: set[str], k: int = RETRIEVAL_DEPTH) -> float:
    """Binary-relevance nDCG@k (BEIR / trec_eval `ndcg_cut` with grades 0/1)."""
    gain = sum(1.0 / math.log2(i + 2) for i, d in enumerate(ranking[:k]) if d in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return gain / ideal if ideal else 0.0


def recall_at(ranking: Sequence[str], relevant: set[str], k: int = RETRIEVAL_DEPTH) -> float:
    return len(set(ranking[:k]) & relevant) / len(relevant) if relevant else 0.0


def retrieval_scores(rankings: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict[str, Any]:
    """Mean nDCG@10 and recall@10 over the queries that have relevant documents."""
    queries = [q for q in rankings if qrels.get(q)]
    if not queries:
        return {"ndcg@10": 0.0, "recall@10": 0.0, "queries": 0}
    return {
        "ndcg@10": round(sum(ndcg_at(rankings[q], qrels[q]) for q in queries) / len(queries), 4),
        "recall@10": round(
            sum(recall_at(rankings[q], qrels[q]) for q in queries) / len(queries), 4
        ),
        "queries": len(queries),
    }
