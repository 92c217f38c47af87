"""`verify serve`: the local web app, with the models loaded once."""

from __future__ import annotations

from typing import Annotated

import typer

from verify.choices import LLMChoice
from verify.commands.options import ChromaUrl

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback by default).", metavar="HOST")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", metavar="PORT")] = 8000,
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Allow a non-loopback --host: anyone who reaches it can read, add and remove.",
        ),
    ] = False,
    llm: Annotated[
        LLMChoice | None,
        typer.Option("--llm", help="LLM for claims, summaries, answers (default: settings)."),
    ] = None,
    chroma_url: ChromaUrl = None,
) -> None:
    """Read reports, check claims and ask questions in a browser (http://127.0.0.1:8000)."""
    from verify.config import get_settings
    from verify.serve.service import Service, run_server

    check_host(host, allow_remote)
    settings = get_settings(llm=llm.value if llm else None, chroma_url=chroma_url)
    typer.echo("loading models...", err=True)
    service = Service(settings)
    service.warm()
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    run_server(service, host, port, lambda: typer.echo(f"verify serve: {url} (Ctrl-C stops)"))


def check_host(host: str, allow_remote: bool) -> None:
    """Loopback, or a non-loopback address with --allow-remote and a warning."""
    from verify.errors import InputError

    if host in LOOPBACK:
        return
    if not allow_remote:
        raise InputError(
            f"--host {host} would let other machines read and change the store",
            "add --allow-remote to mean it, or keep the default 127.0.0.1",
        )
    typer.echo(
        f"Warning: listening on {host}: anyone who can reach this address can read every "
        "source and add or remove sources; there is no login.",
        err=True,
    )
