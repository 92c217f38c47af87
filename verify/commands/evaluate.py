"""`verify eval ...`: evaluation suites. Each suite is one subcommand of the `eval` group."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

eval_app = typer.Typer(help="Measure verify's components on labelled data.", no_args_is_help=True)


@eval_app.command("stance")
def stance(
    pairs: Annotated[
        Path, typer.Option("--pairs", help="JSONL of {premise, hypothesis, label} rows.")
    ],
    as_json: bool = typer.Option(False, "--json", help="Print only JSON on stdout."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Pairs per forward pass."),
) -> None:
    """Score the configured stance model: accuracy, macro-F1, per-class F1, confusion, ECE."""
    from verify.evaluation.stance import evaluate_stance, read_pairs, render_stance_result
    from verify.stance import load_stance_model

    rows = read_pairs(pairs)
    result = evaluate_stance(rows, load_stance_model(), batch_size=batch_size)
    typer.echo(result.model_dump_json(indent=2) if as_json else render_stance_result(result))


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
