"""Stance suite: score a stance model on a JSONL file of labelled (premise, hypothesis) pairs.

Rows are `{"premise", "hypothesis", "label"}`; labels SUPPORTS / REFUTES / NEUTRAL or their
NLI (entailment / contradiction / neutral) and verdict (SUPPORTED / REFUTED / NOT ENOUGH INFO)
names, any case. `eval/make_stance_pairs.py` writes the two benchmark files.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from pydantic import BaseModel

from verify.errors import InputError
from verify.evaluation.metrics import (
    ClassScores,
    accuracy,
    confusion_matrix,
    expected_calibration_error,
    macro_f1,
    per_class_scores,
)
from verify.judge.stance import LABELS, StanceJudge, parse_stance
from verify.types import Stance

_HINT = 'each line must be a JSON object {"premise": ..., "hypothesis": ..., "label": ...}'


class LabelledPair(BaseModel):
    premise: str
    hypothesis: str
    label: Stance


class StanceEvalResult(BaseModel):
    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScores]
    confusion: dict[str, dict[str, int]]
    ece: float
    pairs_per_s: float
    model: str = ""


def read_pairs(path: Path) -> list[LabelledPair]:
    """Labelled pairs from JSONL; a malformed row is an InputError naming its line."""
    if not path.is_file():
        raise InputError(f"pairs file {path} not found", "make one with eval/make_stance_pairs.py")
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                pairs.append(_parse_row(line, number, path))
    if not pairs:
        raise InputError(f"{path} holds no pairs", _HINT)
    return pairs


def _parse_row(line: str, number: int, path: Path) -> LabelledPair:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} line {number}: not JSON ({exc.msg})", _HINT) from exc
    if not isinstance(row, dict):
        raise InputError(f"{path} line {number}: not a JSON object", _HINT)
    for key in ("premise", "hypothesis", "label"):
        if not isinstance(row.get(key), str) or not row[key].strip():
            raise InputError(f"{path} line {number}: missing or empty {key!r}", _HINT)
    label = parse_stance(row["label"])
    if label is None:
        raise InputError(
            f"{path} line {number}: unknown label {row['label']!r}",
            "use SUPPORTS / REFUTES / NEUTRAL (or entailment / contradiction / neutral)",
        )
    return LabelledPair(premise=row["premise"], hypothesis=row["hypothesis"], label=label)


def evaluate_stance(
    pairs: list[LabelledPair], model: StanceJudge, batch_size: int = 32
) -> StanceEvalResult:
    started = time.perf_counter()
    scores = model.predict([(p.premise, p.hypothesis) for p in pairs], batch_size=batch_size)
    seconds = time.perf_counter() - started
    names = [s.value for s in LABELS]
    gold = [p.label.value for p in pairs]
    pred = [s.label.value for s in scores]
    matrix = confusion_matrix(gold, pred, names)
    confidence = [max(s.supports, s.refutes, s.neutral) for s in scores]
    return StanceEvalResult(
        n=len(pairs),
        accuracy=accuracy(gold, pred),
        macro_f1=macro_f1(gold, pred, names),
        per_class=per_class_scores(gold, pred, names),
        confusion={
            g: dict(zip(names, row, strict=True)) for g, row in zip(names, matrix, strict=True)
        },
        ece=expected_calibration_error(
            confidence, [g == p for g, p in zip(gold, pred, strict=True)]
        ),
        pairs_per_s=len(pairs) / seconds if seconds > 0 else 0.0,
        model=model.name,
    )


def render_stance_result(result: StanceEvalResult) -> str:
    names = list(result.per_class)
    lines = [
        f"pairs      {result.n}",
        f"accuracy   {result.accuracy:.3f}",
        f"macro-F1   {result.macro_f1:.3f}",
        f"ECE        {result.ece:.3f}",
        f"pairs/s    {result.pairs_per_s:.1f}",
        "",
        f"{'class':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}",
    ]
    for name, s in result.per_class.items():
        lines.append(f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:6d}")
    lines += [
        "",
        "confusion (rows gold, columns predicted)",
        " " * 10 + "".join(f"{n:>10}" for n in names),
    ]
    for gold, row in result.confusion.items():
        lines.append(f"{gold:<10}" + "".join(f"{row[n]:>10}" for n in names))
    return "\n".join(lines)
