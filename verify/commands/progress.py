"""Progress on stderr for the long commands, drawn only when stderr is a terminal (so logs,
pipes and `--json | jq` see nothing of it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verify.corpus.ingest import Counts


def stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def ingest_progress() -> Iterator[Callable[[Counts], None]]:
    """A bar of chunks embedded (of those read so far) and documents stored of all."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    console = stderr_console()
    columns = (
        "ingesting",
        BarColumn(),
        TextColumn("chunks {task.completed}/{task.fields[chunks]}"),
        TextColumn("documents {task.fields[documents]}"),
        TimeElapsedColumn(),
    )
    bar = Progress(*columns, console=console, transient=True, disable=not console.is_terminal)
    task = bar.add_task("ingesting", total=None, chunks="?", documents="?")

    def show(counts: Counts) -> None:
        documents = f"{counts.documents}/{counts.total_documents or '?'}"
        bar.update(
            task,
            completed=counts.chunks,
            total=counts.total_chunks or None,
            chunks=counts.total_chunks,
            documents=documents,
        )

    with bar:
        yield show


@contextmanager
def stage_progress() -> Iterator[Callable[[str], None] | None]:
    """A spinner naming what a report is doing ("check claims 3/12"); None off a terminal."""
    console = stderr_console()
    if not console.is_terminal:
        yield None
        return
    with console.status("starting...") as status:
        yield lambda text: status.update(f"{text}...")
