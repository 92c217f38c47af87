"""Command-line details: readable help placeholders, --chroma-url everywhere the store is read,
an unwritable report output path refused before any work, no stray lines before an error."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

import verify.pipeline
from verify.cli import app

runner = CliRunner()
UNREACHABLE = "http://127.0.0.1:9"
TYPE_PLACEHOLDER = re.compile(r"<(str|int|float|bool|path|Path|list\[\w+\])( range)?>")


def all_help_pages() -> dict[str, str]:
    pages: dict[str, str] = {}

    def walk(command: Any, path: list[str]) -> None:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, result.output
        pages[" ".join(path) or "verify"] = result.output
        if hasattr(command, "list_commands"):  # the eval group builds its suites' commands lazily
            context = command.context_class(command)
            for name in command.list_commands(context):
                walk(command.get_command(context, name), [*path, name])

    walk(typer.main.get_command(app), [])
    return pages


def test_help_shows_plain_placeholders_not_python_types() -> None:
    pages = all_help_pages()
    assert {"ingest", "report", "eval scifact", "train stance"} <= set(pages)
    for name, text in pages.items():
        usage = next(line for line in text.splitlines() if line.startswith("Usage:"))
        assert "{" not in usage, (name, usage)
        assert not TYPE_PLACEHOLDER.search(text), (name, TYPE_PLACEHOLDER.search(text))
    assert "PATH..." in pages["ingest"] and "--outlet NAME" in pages["ingest"]
    assert "-o, --output FILE" in pages["report"]
    assert "Usage: root ask [OPTIONS] [QUESTION]" in pages["ask"]


@pytest.mark.parametrize(
    "args",
    [
        ["check", "The bridge reopened on Monday."],
        ["report", "0123456789abcdef", "--llm", "none"],
        ["ask", "Where did the police go?", "--llm", "none"],
        ["search", "bridge"],
        ["sources"],
        ["ingest", "x.txt"],
    ],
)
def test_every_store_command_takes_chroma_url(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--chroma-url", UNREACHABLE])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: cannot reach the Chroma server at http://127.0.0.1:9")


def test_ingest_error_is_the_first_line_on_stderr(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert (
        result.stderr.splitlines()[0]
        == f"Error: {tmp_path / 'missing.txt'}: no such file or folder"
    )


@pytest.fixture
def fake_report(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The report pipeline replaced by a stub that records the articles it was asked for."""
    calls: list[str] = []

    def run_report(article: str, settings: Any, **_: Any) -> str:
        calls.append(article)
        return "report"

    monkeypatch.setattr(verify.pipeline, "run_report", run_report)
    monkeypatch.setattr(verify.pipeline, "render_report", lambda report, fmt: f"<p>{report}</p>")
    return calls


def test_report_output_folders_are_created(tmp_path: Path, fake_report: list[str]) -> None:
    out = tmp_path / "nodir" / "deeper" / "x.html"
    result = runner.invoke(app, ["report", "some-id", "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text() == "<p>report</p>\n" and fake_report == ["some-id"]
    assert f"wrote {out}" in result.stderr


@pytest.mark.parametrize("where", ["under a file", "a folder"])
def test_unwritable_report_output_fails_before_any_work(
    tmp_path: Path, fake_report: list[str], where: str
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    out = blocker / "x.html" if where == "under a file" else tmp_path
    result = runner.invoke(app, ["report", "some-id", "-o", str(out)])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    expected = f"{blocker} is a file, not a folder" if where == "under a file" else "is a folder"
    assert line.startswith("Error: ") and expected in line
    assert fake_report == []
