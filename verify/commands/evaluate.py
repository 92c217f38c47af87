"""`verify eval ...`: the `eval` group (its suite commands: `verify.commands.evaluate_suites`),
and what `verify eval stance` prints: the pair scores rather than a scorecard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from verify.commands.evaluate_suites import SuiteCommands

if TYPE_CHECKING:
    from verify.evaluation.suites import StanceOptions

eval_app = typer.Typer(
    cls=SuiteCommands,
    help="Measure verify's components on labelled data.",
    no_args_is_help=True,
)


def stance(options: StanceOptions, as_json: bool) -> None:
    """Score the configured stance model: accuracy, macro-F1, per-class F1, confusion, ECE.

    The scores are also saved as a scorecard under $VERIFY_HOME/scorecards/ (path on stderr),
    so `verify eval compare` can set two models or two runs side by side."""
    from verify.config import get_settings
    from verify.evaluation.scorecard import save_scorecard
    from verify.evaluation.stance_pairs import render_stance_result
    from verify.evaluation.suites import stance_scorecard

    settings = get_settings(llm=options.llm)
    card, result = stance_scorecard(options, settings)
    json_path, _ = save_scorecard(card, settings.scorecards_dir)
    typer.echo(result.model_dump_json(indent=2) if as_json else render_stance_result(result))
    typer.echo(f"scorecard saved: {json_path}", err=True)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
