"""`verify check` (one claim) and `verify report` (a whole article): parse, call, render."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    md = "md"
    json = "json"
    html = "html"


class LLMChoice(StrEnum):
    local = "local"
    openai = "openai"
    none = "none"


def register(app: typer.Typer) -> None:
    app.command("check")(check)
    app.command("report")(report)


def check(
    claim: Annotated[str, typer.Argument(help="The claim to check, in quotes.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    k: Annotated[
        int | None, typer.Option("-k", help="Passages to retrieve (default 8, at most 50).")
    ] = None,
) -> None:
    """Check one claim against every source in the store."""
    import json

    from verify.check import check_claim
    from verify.render import check_to_dict, claim_markdown

    result = check_claim(claim, k=k)
    if as_json:
        typer.echo(json.dumps(check_to_dict(result), ensure_ascii=False, indent=2))
    else:
        typer.echo("\n".join(claim_markdown(result, max_evidence=len(result.evidence))).rstrip())


def report(
    article: Annotated[
        str, typer.Argument(help="An article file (ingested if new) or a source id.")
    ],
    fmt: Annotated[
        Format, typer.Option("--format", help="md (terminal), json or html.")
    ] = Format.md,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file.")
    ] = None,
    llm: Annotated[
        LLMChoice | None,
        typer.Option("--llm", help="LLM for claims and summary (default: settings; none: rules)."),
    ] = None,
    include_outlet: Annotated[
        bool, typer.Option("--include-outlet", help="Count the article's own outlet as evidence.")
    ] = False,
) -> None:
    """Check every check-worthy claim of an article against the other sources."""
    from verify.config import get_settings
    from verify.pipeline import render_report, run_report

    settings = get_settings(llm=llm.value if llm else None)
    text = render_report(run_report(article, settings, include_outlet=include_outlet), fmt.value)
    if output is None:
        typer.echo(text)
        return
    output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)
