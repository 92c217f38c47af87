"""Options several commands take, typed and worded once: `-k` and `--chroma-url` (`--llm` is
`verify.config.LLMChoice` everywhere, with help saying what the LLM does in that command).

`-k` is checked by the library (`verify.judge.check.validate_k`: 1 to 50, default `search_k`), so
the commands, the web app and the eval suites refuse the same values with the same message.
"""

from __future__ import annotations

from typing import Annotated

import typer

KOpt = Annotated[
    int | None,
    typer.Option("-k", help="Passages to retrieve (default 8, at most 50).", metavar="N"),
]

ChromaUrl = Annotated[
    str | None,
    typer.Option(
        "--chroma-url",
        help="Chroma server URL (http://host:port) instead of the embedded store.",
        metavar="URL",
    ),
]
