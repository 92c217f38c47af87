"""`verify eval ...`: evaluation suites. Each suite is one subcommand of the `eval` group."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verify.config import LLMChoice

eval_app = typer.Typer(help="Measure verify's components on labelled data.", no_args_is_help=True)


@eval_app.command("stance")
def stance(
    pairs: Annotated[
        Path, typer.Option("--pairs", help="JSONL of {premise, hypothesis, label} rows.")
    ],
    as_json: bool = typer.Option(False, "--json", help="Print only JSON on stdout."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Pairs per forward pass."),
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Score a seeded sample of N pairs (for slow judges)."),
    ] = None,
    seed: int = typer.Option(0, "--seed", help="Seed of the --limit sample."),
    llm: Annotated[
        LLMChoice | None,
        typer.Option(
            "--llm", help="LLM for VERIFY_STANCE_MODEL=llm: local, openai [default: settings]."
        ),
    ] = None,
) -> None:
    """Score the configured stance model: accuracy, macro-F1, per-class F1, confusion, ECE.

    The scores are also saved as a scorecard under $VERIFY_HOME/scorecards/ (path on stderr),
    so `verify eval compare` can set two models or two runs side by side."""
    from verify.config import get_settings
    from verify.evaluation.scorecard import save_scorecard
    from verify.evaluation.stance import render_stance_result
    from verify.evaluation.suites import StanceOptions, stance_scorecard

    settings = get_settings(llm=llm)
    options = StanceOptions(pairs=pairs, batch_size=batch_size, limit=limit, seed=seed, llm=llm)
    card, result = stance_scorecard(options, settings)
    json_path, _ = save_scorecard(card, settings.scorecards_dir)
    typer.echo(result.model_dump_json(indent=2) if as_json else render_stance_result(result))
    typer.echo(f"scorecard saved: {json_path}", err=True)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
