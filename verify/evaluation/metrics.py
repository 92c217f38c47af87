"""Classification metrics shared by every eval suite: plain Python, no heavy imports.

Labels are strings; `labels` fixes the order of the per-class table and the confusion matrix
(rows = gold, columns = predicted).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel


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
