"""A report whose other sources all share the article's outlet says so, and names
--include-outlet, instead of claiming the store holds no other sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_ask import needs_stance
from typer.testing import CliRunner

from verify.cli import app
from verify.report import report_flags
from verify.types import Source

runner = CliRunner()
ARTICLES = {
    "bridge.txt": "Bridge reopens\n\nThe council said the Elm River bridge reopened on Monday"
    " after repairs that cost 2 million dollars.\n",
    "school.txt": "School opens\n\nThe council said the new school on Elm Street opened on"
    " Tuesday with 300 pupils, and that the bridge had reopened on Monday.\n",
}
SOURCE = Source(id="a", title="t", outlet="CNN", path="p", text="x")


def test_flags_tell_an_empty_store_from_one_of_the_same_outlet() -> None:
    [alone] = report_flags(SOURCE, [], 0, 0)[:1]
    assert alone.startswith("no other sources in the store")
    [same] = report_flags(SOURCE, [], 0, 3)[:1]
    assert "(3) is from the article's own outlet, CNN" in same and "--include-outlet" in same
    assert not any("outlet" in f for f in report_flags(SOURCE, [], 2, 3))


@pytest.mark.slow
@needs_stance
@pytest.mark.usefixtures("embedder")
def test_report_on_a_store_of_one_outlet_names_include_outlet(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    assert runner.invoke(app, ["ingest", "--outlet", "CNN", str(tmp_path)]).exit_code == 0
    sources = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)
    bridge = next(s["id"] for s in sources if s["path"].endswith("bridge.txt"))

    result = runner.invoke(app, ["report", bridge, "--format", "json", "--llm", "none"])
    assert result.exit_code == 0, result.stderr
    flags = json.loads(result.stdout)["flags"]
    assert any("(1) is from the article's own outlet, CNN" in f for f in flags), flags
    assert not any(f.startswith("no other sources") for f in flags)

    args = ["report", bridge, "--format", "json", "--llm", "none", "--include-outlet"]
    included = runner.invoke(app, args)
    assert included.exit_code == 0, included.stderr
    assert not any("own outlet" in f for f in json.loads(included.stdout)["flags"])
