"""`verify ask`: a question answered from the corpus with checked citations, or an interactive
prompt when no question is given."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from verify.choices import LLMChoice
from verify.commands.options import ChromaUrl, KOpt

if TYPE_CHECKING:
    from verify.config import Settings
    from verify.llm import LLM
    from verify.types import Answer
    from verify.write.ask import Asker

HISTORY_FILE = "ask-history"
HISTORY_LENGTH = 1000
REPL_HELP = "Type a question, :sources to list the sources, :help, or :quit."


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)


def ask(
    question: Annotated[
        str | None,
        typer.Argument(help="The question, in quotes; none opens a prompt.", metavar="QUESTION"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print only JSON on stdout.")] = False,
    llm: Annotated[
        LLMChoice | None,
        typer.Option("--llm", help="Who writes the answer (default: settings; none: extractive)."),
    ] = None,
    k: KOpt = None,
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source", help="Answer only from this source id (repeatable).", metavar="ID"
        ),
    ] = None,
    chroma_url: ChromaUrl = None,
) -> None:
    """Answer a question from the ingested sources, every sentence cited and checked."""
    from verify.config import get_settings
    from verify.llm import get_llm
    from verify.write.ask import answer_question

    settings = get_settings(llm=llm.value if llm else None, chroma_url=chroma_url)
    model = get_llm(settings)
    if question is None:
        repl(settings, model, k=k, sources=source or None)
        return
    stream = _echo_stream if model is not None and not as_json else None
    answer = answer_question(question, settings, model, k=k, sources=source or None, on_text=stream)
    if stream is not None:
        typer.echo("\n")
    if as_json:
        typer.echo(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_answer(answer, _titles(settings)))


def _echo_stream(text: str) -> None:
    typer.echo(text, nl=False)


def _titles(settings: Settings) -> dict[str, str]:
    from verify.write.ask import Asker

    return Asker.open(settings).titles()


def render_answer(answer: Answer, titles: dict[str, str]) -> str:
    """Answer text with [n] marks, then the numbered sources and the flags."""
    from verify.types import FlagCode

    lines = [("Answer: " if answer.answerable else "Cannot answer: ") + answer.answer]
    if answer.citations:
        lines += ["", "Sources:"]
    for n, citation in enumerate(answer.citations, 1):
        title = titles.get(citation.source_id, "") or citation.source_id
        outlet = f"{citation.outlet}: " if citation.outlet else ""
        lines.append(f"[{n}] {outlet}{title} ({citation.chunk_id})")
        lines.append(f"    \u201c{citation.quote}\u201d")
    dropped = sum(1 for f in answer.flags if f.code is FlagCode.DROPPED_SENTENCE)
    if dropped:
        lines += ["", f"{dropped} sentence(s) dropped by the checks."]
    if answer.flags:
        lines += ["", "Flags:", *(f"- {flag.message}" for flag in answer.flags)]
    return "\n".join(lines)


# ---- interactive prompt ----------------------------------------------------------------------


def repl(settings: Settings, llm: LLM | None, *, k: int | None, sources: list[str] | None) -> None:
    """Ask questions one after another with the models loaded once; history under VERIFY_HOME."""
    from verify.judge.check import require_sources, validate_k
    from verify.write.ask import Asker

    asker = Asker.open(settings)
    require_sources(asker.store)
    k = validate_k(k, settings)
    history = settings.home / HISTORY_FILE
    _load_history(history)
    typer.echo(REPL_HELP)
    while (line := _read("ask> ")) is not None:
        line = line.strip()
        if line and not line.startswith(":"):
            _remember(history, line)
        if not _handle(line, asker, llm, k, sources):
            break


def _handle(line: str, asker: Asker, llm: LLM | None, k: int, sources: list[str] | None) -> bool:
    """Act on one line of input; False ends the session."""
    from verify.errors import VerifyError
    from verify.write.ask import validate_question

    if line in (":quit", ":q", ":exit"):
        return False
    if not line:
        return True
    if line == ":help":
        typer.echo(REPL_HELP)
    elif line == ":sources":
        typer.echo(_sources_table(asker))
    elif line.startswith(":"):
        typer.echo(f"unknown command {line!r}. {REPL_HELP}")
    else:
        try:
            question = validate_question(line)
            answer = asker.ask(question, llm=llm, k=k, sources=sources, on_text=_draft_sink(llm))
        except VerifyError as exc:
            typer.echo(f"Error: {exc.message}" + (f" - {exc.hint}" if exc.hint else ""), err=True)
            return True
        if llm is not None:
            typer.echo("\n\nChecked answer:")
        typer.echo(render_answer(answer, asker.titles()))
    return True


def _draft_sink(llm: LLM | None) -> Callable[[str], None] | None:
    if llm is None:
        return None
    typer.echo("Draft (unchecked): ", nl=False)
    return _echo_stream


def _sources_table(asker: Asker) -> str:
    rows = [f"{s.id}  {s.outlet or '-'}: {s.title or s.path}" for s in asker.store.sources()]
    return "\n".join(rows) if rows else "(no sources)"


def _read(prompt: str) -> str | None:
    try:
        return input(prompt) if sys.stdin.isatty() else _read_piped(prompt)
    except (EOFError, KeyboardInterrupt):
        typer.echo("")
        return None


def _read_piped(prompt: str) -> str:
    typer.echo(prompt, nl=False)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    typer.echo(line.rstrip("\n"))
    return line


def _load_history(path: Path) -> None:
    """Earlier questions into readline's history, for the arrow keys at a terminal."""
    if not sys.stdin.isatty() or not path.is_file():
        return
    try:
        import readline
    except ImportError:
        return
    readline.set_history_length(HISTORY_LENGTH)
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[-HISTORY_LENGTH:]:
        readline.add_history(line)


def _remember(path: Path, question: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(question.replace("\n", " ") + "\n")
