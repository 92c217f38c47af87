"""The evaluation suites by name, and running one.

    card = run_suite("seeds", SeedsOptions(limit=5))
    save_scorecard(card, settings.scorecards_dir)

A suite is listed here and nowhere else: `verify eval NAME` is built from this table and the
suite's options class (`verify.commands.evaluate_suites`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verify.errors import InputError
from verify.evaluation.factcheck_gpt import FACTCHECK_GPT
from verify.evaluation.harness import Suite, SuiteOptions
from verify.evaluation.perturb import PERTURB
from verify.evaluation.scorecard import Scorecard, peak_rss_mb
from verify.evaluation.seeds import SEEDS
from verify.evaluation.suites import CLIMATE_FEVER, EXPERTQA, JSONL, SCIFACT, STANCE

if TYPE_CHECKING:
    from verify.config import Settings

SUITES: dict[str, Suite[Any]] = {
    suite.name: suite
    for suite in (SCIFACT, CLIMATE_FEVER, JSONL, SEEDS, PERTURB, FACTCHECK_GPT, EXPERTQA, STANCE)
}


def get_suite(name: str) -> Suite[Any]:
    if name not in SUITES:
        raise InputError(f"no eval suite {name!r}", f"choose one of: {', '.join(sorted(SUITES))}")
    return SUITES[name]


def run_suite(name: str, options: SuiteOptions, settings: Settings | None = None) -> Scorecard:
    """Run one suite with its options (an instance of its `options_type`) and return its
    scorecard (not yet saved)."""
    from verify.config import get_settings
    from verify.judge.check import validate_k

    suite = get_suite(name)
    if not isinstance(options, suite.options_type):
        raise TypeError(f"suite {name} takes {suite.options_type.__name__}")
    limit = getattr(options, "limit", None)
    if limit is not None and limit < 1:
        raise InputError(f"--limit must be at least 1, not {limit}", "")
    settings = settings or get_settings(llm=getattr(options, "llm", None))
    k = getattr(options, "k", None)
    if k is not None:
        validate_k(k, settings)
    card = suite.runner(options, settings)
    card.peak_rss_mb = peak_rss_mb()
    return card
