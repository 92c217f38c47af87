"""The shipped stance model on hand-written pairs (loads real weights: marked slow)."""

from __future__ import annotations

import pytest

from verify.stance import SHIPPED_DIR, load_stance_model
from verify.types import Stance

TOWER = "The Eiffel Tower was completed in March 1889 as the entrance arch to the World's Fair."
CLEAR = [
    (TOWER, "The Eiffel Tower was completed in 1889.", Stance.SUPPORTS),
    (
        "Mix two cups of flour with one egg and bake the dough for twenty minutes.",
        "The Eiffel Tower was completed in 1889.",
        Stance.NEUTRAL,
    ),
]
CLEAR.append((TOWER, "The Eiffel Tower was completed in 1925.", Stance.REFUTES))
NUMERIC_CONTRADICTIONS = [
    (
        "The town had a population of 8,200 at the 2010 census.",
        "The town had a population of more than two million people in 2010.",
        Stance.REFUTES,
    ),
]


@pytest.mark.slow
def test_shipped_model_is_small_and_cached() -> None:
    assert (SHIPPED_DIR / "model.safetensors").stat().st_size < 25_000_000
    assert load_stance_model() is load_stance_model()


@pytest.mark.slow
@pytest.mark.parametrize(("premise", "claim", "expected"), CLEAR)
def test_shipped_model_clear_cases(premise: str, claim: str, expected: Stance) -> None:
    score = load_stance_model().predict([(premise, claim)])[0]
    assert score.label is expected
    assert abs(score.supports + score.refutes + score.neutral - 1.0) < 1e-6


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="the shipped model reads a figure written in words against one in digits as support "
    "(see MODEL_CARD.md, 'Where it falls short'); strict, so a model that fixes it makes this "
    "test fail until updated",
)
@pytest.mark.parametrize(("premise", "claim", "expected"), NUMERIC_CONTRADICTIONS)
def test_shipped_model_numeric_contradictions(premise: str, claim: str, expected: Stance) -> None:
    assert load_stance_model().predict([(premise, claim)])[0].label is expected
