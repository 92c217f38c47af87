"""Regression: cheap samples of the eval suites must not fall below their committed baselines.

Baselines are scorecards in `eval/baselines/`, measured by the commands in their `command`
field. A metric may drop by at most its tolerance below (TOLERANCES): the runs are deterministic
on one machine, the slack covers thread-count and library float noise, and a drop past it is a
real change in retrieval or verdicts (one seeds claim is 1/35 = 0.029 of accuracy).

Tests needing the shared data folder (../shared/data beside the checkout, as in CI) or the
shipped stance model skip with the reason when they are absent (e.g. a fresh clone).
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SHARED_DATA
from typer.testing import CliRunner

from verify.cli import app
from verify.evaluation.scorecard import Scorecard, flat_metrics

BASELINES = ROOT / "eval" / "baselines"
TOLERANCES = {
    "retrieval.ndcg@10": 0.02,
    "retrieval.recall@10": 0.034,  # one of the 30 sampled claims' documents
    "verdict.accuracy": 0.058,  # two of the 35 seeds claims
    "verdict.macro_f1": 0.08,
}
runner = CliRunner()


def _shipped_model() -> bool:
    from verify.judge.stance import SHIPPED_DIR, STANCE_FILE

    return (SHIPPED_DIR / STANCE_FILE).is_file()


def _baseline(name: str) -> Scorecard:
    return Scorecard.model_validate_json((BASELINES / f"{name}.json").read_text())


def _run(args: list[str]) -> Scorecard:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.stderr
    return Scorecard.model_validate(json.loads(result.stdout))


def _assert_not_worse(card: Scorecard, baseline: Scorecard, metrics: list[str]) -> None:
    got, want = flat_metrics(card), flat_metrics(baseline)
    drops = [
        f"{m}: {got[m]:.4f} < baseline {want[m]:.4f} - {TOLERANCES[m]}"
        for m in metrics
        if got[m] < want[m] - TOLERANCES[m]
    ]
    assert not drops, "; ".join(drops)


def _same_options(card: Scorecard, baseline: Scorecard) -> None:
    """The sample must be the one the baseline measured, or the comparison means nothing."""

    def strip(options: dict) -> dict:
        return {k: v for k, v in options.items() if k not in ("data", "resume")}

    assert strip(card.options) == strip(baseline.options)
    assert card.n == baseline.n


@pytest.mark.parametrize("name", ["seeds", "scifact-sample", "scifact", "climate-fever"])
def test_baselines_are_scorecards_with_their_command(name: str) -> None:
    path = BASELINES / f"{name}.json"
    if not path.is_file():
        pytest.skip(f"no baseline {path.name} measured yet")
    card = _baseline(name)
    assert card.command.startswith("verify eval ")
    assert card.versions.get("git_sha") and card.n > 0
    assert card.retrieval is not None or card.verdict is not None


@pytest.mark.slow
def test_seeds_verdicts_hold_their_baseline() -> None:
    if not _shipped_model():
        pytest.skip("the shipped stance model is not in verify/models/stance")
    card = _run(["eval", "seeds"])
    baseline = _baseline("seeds")
    _same_options(card, baseline)
    _assert_not_worse(card, baseline, ["verdict.accuracy", "verdict.macro_f1"])


@pytest.mark.slow
def test_scifact_retrieval_sample_holds_its_baseline() -> None:
    if not (SHARED_DATA / "scifact" / "normalized").is_dir():
        pytest.skip(f"no SciFact data at {SHARED_DATA} (CI has ../shared/data)")
    sample = ["--limit", "30", "--corpus-sample", "100", "--retrieval-only"]
    card = _run(["eval", "scifact", "--data", str(SHARED_DATA), *sample])
    baseline = _baseline("scifact-sample")
    _same_options(card, baseline)
    _assert_not_worse(card, baseline, ["retrieval.ndcg@10", "retrieval.recall@10"])
