"""`verify claims ARTICLE`: the claims an article makes, with kind, attribution and span."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from verify.choices import LLMChoice

if TYPE_CHECKING:
    from verify.types import Source
    from verify.write.claims import ClaimExtraction

_LLM_HELP = "LLM provider: local (shipped Qwen GGUF), openai (any compatible server), or none."


def register(app: typer.Typer) -> None:
    app.command("claims")(claims)


def claims(
    article: Annotated[str, typer.Argument(help="Article file, or the id of a stored source.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the claims as JSON.")] = False,
    llm: Annotated[LLMChoice | None, typer.Option("--llm", help=_LLM_HELP)] = None,
) -> None:
    """Extract the claims of an article: decontextualized, attributed, typed, with their span."""
    from verify.config import get_settings
    from verify.write.claims import extract_claims, load_source

    settings = get_settings(llm=llm)
    source = load_source(article, settings)
    extraction = extract_claims(source, settings)
    if as_json:
        typer.echo(extraction.model_dump_json(indent=2))
        return
    for flag in extraction.flags:
        typer.echo(f"Warning: {flag}", err=True)
    typer.echo(render_claims(extraction, source))


def render_claims(extraction: ClaimExtraction, source: Source) -> str:
    by = extraction.method + (f", {extraction.model}" if extraction.model else "")
    lines = [f"{source.title or source.id} ({source.id}): {len(extraction.claims)} claims, by {by}"]
    for number, claim in enumerate(extraction.claims, start=1):
        label = claim.kind.value + (", check-worthy" if claim.check_worthy else "")
        lines.append(f"\n{number}. [{label}] {claim.text}")
        if claim.attribution:
            lines.append(f"   according to: {claim.attribution}")
        span = " ".join(source.text[claim.start : claim.end].split())
        lines.append(f"   span {claim.start}-{claim.end}: {span}")
    return "\n".join(lines)
