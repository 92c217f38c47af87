"""`verify ingest`, `verify sources`, `verify remove`, `verify search`: the corpus commands."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verify.commands.options import ChromaUrl, KOpt

if TYPE_CHECKING:
    from verify.corpus.ingest import Outcome
    from verify.corpus.store import Store

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON alone on stdout.")]


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("sources")(sources)
    app.command("remove")(remove)
    app.command("search")(search)


def _store(chroma_url: str | None) -> Store:
    from verify.config import get_settings
    from verify.corpus.store import open_store

    return open_store(get_settings(chroma_url=chroma_url))


def _stderr() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or folders (.txt .md .html .jsonl).", metavar="PATH"),
    ],
    outlet: Annotated[
        str | None, typer.Option(help="Outlet name for these articles.", metavar="NAME")
    ] = None,
    as_json: JsonFlag = False,
    chroma_url: ChromaUrl = None,
) -> None:
    """Clean, chunk, embed and store articles; unchanged ones are left as they are.

    A .jsonl file holds one article per line: text, plus optional title, url, outlet, date.
    Files over 10 MB (a .jsonl line over 10 MB) are refused; every file that cannot be used
    is named on stderr with the reason, and the exit code is then 1.
    """
    from verify.commands.progress import ingest_progress
    from verify.corpus.ingest import IngestStatus, ingest_paths

    store = _store(chroma_url)
    with ingest_progress() as show:
        result = ingest_paths(paths, store, outlet=outlet, status=show)
    for outcome in result.outcomes:
        if outcome.status in (IngestStatus.FAILED, IngestStatus.SKIPPED):
            word = "Error" if outcome.status is IngestStatus.FAILED else "Skipped"
            typer.echo(f"{word}: {outcome.path}: {outcome.reason}", err=True)
    if as_json:
        typer.echo(json.dumps(result.as_json(), indent=2))
    else:
        _print_outcomes(result.outcomes)
    if result.failed:
        raise typer.Exit(1)


def _print_outcomes(outcomes: list[Outcome]) -> None:
    from verify.corpus.ingest import IngestStatus

    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        if outcome.status in (IngestStatus.ADDED, IngestStatus.REPLACED):
            dup = f" (near-duplicate of {outcome.duplicate_of})" if outcome.duplicate_of else ""
            typer.echo(
                f"{outcome.status:8} {outcome.source_id}  {outcome.outlet or '-'}: "
                f"{outcome.title or outcome.path} [{outcome.chunks} chunks]{dup}"
            )
    typer.echo(", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing")


def sources(
    as_json: JsonFlag = False,
    chroma_url: ChromaUrl = None,
) -> None:
    """List the sources in the store."""
    rows = [
        s.model_dump(
            include={
                "id",
                "title",
                "outlet",
                "date",
                "path",
                "chunks",
                "duplicate_of",
                "duplicates",
            }
        )
        for s in _store(chroma_url).sources()
    ]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        typer.echo("No sources yet - add some with `verify ingest PATH`.")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("outlet", "date", "chunks", "title", "duplicate of")
    table.add_column("id", no_wrap=True, min_width=16)
    for row in rows:
        table.add_row(
            row["outlet"] or "-",
            row["date"] or "-",
            str(row["chunks"]),
            row["title"] or row["path"],
            row["duplicate_of"] or "",
            row["id"],
        )
    Console().print(table)


def remove(
    source_id: Annotated[str, typer.Argument(metavar="ID", help="Source id (`verify sources`).")],
    chroma_url: ChromaUrl = None,
) -> None:
    """Remove a source and its chunks from the store."""
    source = _store(chroma_url).remove(source_id)
    typer.echo(f"removed {source.id}: {source.title or source.path}")


def search(
    query: Annotated[str, typer.Argument(metavar="TEXT", help="What to look for.")],
    k: KOpt = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", help="Only these source ids (repeatable).", metavar="ID"),
    ] = None,
    full: Annotated[
        bool, typer.Option("--full", help="Print whole passages, not their best sentence.")
    ] = False,
    as_json: JsonFlag = False,
    chroma_url: ChromaUrl = None,
) -> None:
    """Find the passages that best match TEXT (dense + BM25, fused by reciprocal rank).

    Each passage is shown by its sentence sharing most words with TEXT (--full: whole), with
    how it was found: by meaning (dense) and by words (keyword), and its rank in each.
    """
    from verify.corpus.search import search_matches
    from verify.errors import InputError
    from verify.judge.check import validate_k

    if not query.strip():
        raise InputError("the search text is empty", 'give words to look for: verify search "..."')
    store = _store(chroma_url)
    k = validate_k(k, store.settings)
    include = None
    if source:
        include = [store.get_source(sid).id for sid in source]
    found = search_matches(store, query, k, include_sources=include)
    if as_json:
        typer.echo(json.dumps([p.model_dump() for p, _ in found], indent=2))
        return
    if not found:
        typer.echo("No passages found - is anything ingested? (`verify sources`)")
        return
    _print_matches(query, found, full)


def _print_matches(query: str, found: list[Any], full: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    from verify.write.citations import pick_quote

    table = Table("#", "matched by", "outlet", "passage" if full else "best sentence")
    table.add_column("chunk", no_wrap=True, min_width=21)
    for rank, (p, ranks) in enumerate(found, start=1):
        how = " + ".join(f"{name} #{at}" for name, at in ranks.items())
        text = p.text if full else pick_quote(query, p.text)
        table.add_row(str(rank), how, p.outlet or "-", text, p.chunk_id)
    Console().print(table)
