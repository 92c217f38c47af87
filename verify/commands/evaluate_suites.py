"""`verify eval SUITE ...` for every suite of `verify.evaluation.registry`, and `verify eval
compare A B`.

Each suite's command is built from its options class: one command-line option per field that
carries a flag (`verify.evaluation.harness.option`), plus `--json`. It runs the suite, saves the
scorecard under `$VERIFY_HOME/scorecards/` and prints it (Markdown, or JSON with `--json`) on
stdout; progress and the saved paths go to stderr. The `eval` group itself is
`verify.commands.evaluate`.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer
import typer.main
from typer.core import TyperGroup

if TYPE_CHECKING:
    from verify.evaluation.harness import Suite, SuiteOptions

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
Body = Callable[[Any, bool], None]
"""What a suite's command does with its options and --json."""


class SuiteCommands(TyperGroup):
    """The `eval` group: besides its own commands, one per registered suite, built when first
    asked for, so that `verify` starts without importing the evaluation package."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        from verify.evaluation.registry import SUITES

        return sorted({*super().list_commands(ctx), *SUITES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None:
            return found
        from verify.commands.evaluate import stance
        from verify.evaluation.registry import SUITES

        if cmd_name not in SUITES:
            return None
        own: dict[str, Body] = {"stance": stance}  # prints the pair scores, not the scorecard
        single = typer.Typer(add_completion=False, rich_markup_mode=None)
        single.command(cmd_name)(suite_command(SUITES[cmd_name], own.get(cmd_name)))
        return typer.main.get_command(single)


def register(app: typer.Typer) -> None:
    from verify.commands.evaluate import eval_app

    eval_app.command("compare")(compare)
    eval_app.command("list")(list_suites)


def option_parameters(options_type: type[SuiteOptions]) -> list[inspect.Parameter]:
    """A typer parameter for each flagged field of a suite's options class."""
    hints = typing.get_type_hints(options_type)
    params = []
    for f, flag in options_type.flags():
        info = typer.Option(flag.name, help=flag.help, min=flag.min, max=flag.max)
        if flag.metavar:
            info.metavar = flag.metavar
        kind = hints[f.name]
        if flag.required:  # `X | None` in the options (library callers), required here
            kind = next(t for t in typing.get_args(kind) if t is not type(None))
        default = inspect.Parameter.empty if flag.required else f.default
        params.append(
            inspect.Parameter(
                f.name,
                inspect.Parameter.KEYWORD_ONLY,
                default=default,
                annotation=Annotated[kind, info],
            )
        )
    return params


def suite_command(suite: Suite[Any], body: Body | None = None) -> Callable[..., None]:
    """`verify eval NAME`: the suite's options as command-line options, and --json; it runs
    `body(options, as_json)`, by default the suite with its scorecard saved and printed."""
    params = option_parameters(suite.options_type)
    params.append(
        inspect.Parameter(
            "as_json", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=JsonOpt
        )
    )

    def command(**values: Any) -> None:
        as_json = values.pop("as_json")
        options = suite.options_type(**values)
        if body is None:
            _run(suite.name, options, as_json)
        else:
            body(options, as_json)

    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    command.__doc__ = body.__doc__ if body is not None else suite.description
    command.__name__ = suite.name.replace("-", "_")
    return command


def compare(
    a: Annotated[str, typer.Argument(help="Scorecard A: a .json path or a saved scorecard name.")],
    b: Annotated[str, typer.Argument(help="Scorecard B, compared against A.")],
    as_json: JsonOpt = False,
) -> None:
    """Metrics of two scorecards side by side, with B minus A."""
    import json

    from verify.config import get_settings
    from verify.evaluation.scorecard import compare as compare_cards
    from verify.evaluation.scorecard import load_scorecard, render_compare

    folder = get_settings().scorecards_dir
    card_a, card_b = load_scorecard(a, folder), load_scorecard(b, folder)
    if as_json:
        rows = [
            {"metric": m, "a": va, "b": vb, "delta": None if va is None or vb is None else vb - va}
            for m, va, vb in compare_cards(card_a, card_b)
        ]
        typer.echo(json.dumps(rows, indent=2))
    else:
        typer.echo(render_compare(card_a, card_b, a, b))


def list_suites() -> None:
    """The evaluation suites and what each measures."""
    from verify.evaluation.registry import SUITES

    for name in sorted(SUITES):
        typer.echo(f"{name:<15} {SUITES[name].description}")


def _run(suite: str, options: SuiteOptions, as_json: bool) -> None:
    from verify.config import get_settings
    from verify.evaluation.registry import run_suite
    from verify.evaluation.scorecard import render_markdown, save_scorecard, to_json

    settings = get_settings(llm=getattr(options, "llm", None))
    options.progress = lambda message: typer.echo(message, err=True)
    card = run_suite(suite, options, settings)
    for row in card.skipped:
        typer.echo(f"skipped {row['file']} line {row['line']}: {row['reason']}", err=True)
    if card.skipped_rows > len(card.skipped):
        typer.echo(f"... {card.skipped_rows} malformed rows skipped in all", err=True)
    json_path, md_path = save_scorecard(card, settings.scorecards_dir)
    typer.echo(to_json(card) if as_json else render_markdown(card))
    typer.echo(f"scorecard saved: {json_path} (and {md_path.name})", err=True)
