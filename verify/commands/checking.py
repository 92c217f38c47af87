"""`verify check` (one claim) and `verify report` (a whole article): parse, call, render."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from verify.choices import LLMChoice
from verify.commands.options import ChromaUrl, KOpt


class Format(StrEnum):
    md = "md"
    json = "json"
    html = "html"


def register(app: typer.Typer) -> None:
    app.command("check")(check)
    app.command("report")(report)


def check(
    claim: Annotated[str, typer.Argument(help="The claim to check, in quotes.", metavar="CLAIM")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    k: KOpt = None,
    chroma_url: ChromaUrl = None,
) -> None:
    """Check one claim against every source in the store."""
    import json

    from verify.config import get_settings
    from verify.judge.check import check_claim
    from verify.render import check_to_dict, claim_markdown

    result = check_claim(claim, get_settings(chroma_url=chroma_url), k=k)
    if as_json:
        typer.echo(json.dumps(check_to_dict(result), ensure_ascii=False, indent=2))
    else:
        typer.echo("\n".join(claim_markdown(result, max_evidence=len(result.evidence))).rstrip())


def report(
    article: Annotated[
        str,
        typer.Argument(help="An article file (ingested if new) or a source id.", metavar="ARTICLE"),
    ],
    fmt: Annotated[
        Format, typer.Option("--format", help="md (terminal), json or html.")
    ] = Format.md,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Write to this file (folders are created).", metavar="FILE"
        ),
    ] = None,
    llm: Annotated[
        LLMChoice | None,
        typer.Option("--llm", help="LLM for claims and summary (default: settings; none: rules)."),
    ] = None,
    include_outlet: Annotated[
        bool, typer.Option("--include-outlet", help="Count the article's own outlet as evidence.")
    ] = False,
    chroma_url: ChromaUrl = None,
) -> None:
    """Check every check-worthy claim of an article against the other sources."""
    from verify.commands.progress import stage_progress
    from verify.config import get_settings
    from verify.pipeline import render_report, run_report

    settings = get_settings(llm=llm.value if llm else None, chroma_url=chroma_url)
    if output is not None:
        writable_output(output)  # before the work, not after minutes of it
    with stage_progress() as progress:
        result = run_report(article, settings, include_outlet=include_outlet, progress=progress)
    text = render_report(result, fmt.value)
    if output is None:
        typer.echo(text)
        return
    output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)


def writable_output(output: Path) -> None:
    """Create the folders of `output`; InputError when it cannot be written there."""
    from verify.errors import InputError

    if output.is_dir():
        raise InputError(f"{output} is a folder", "give a file name, e.g. -o report.html")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in output.parents if p.is_file()), None)
        what = f"{blocker} is a file, not a folder" if blocker else exc.strerror
        raise InputError(f"cannot write {output}: {what}", "choose another -o path") from exc
    if not os.access(output.parent, os.W_OK):
        raise InputError(f"cannot write {output}: no permission", "choose another -o path")
