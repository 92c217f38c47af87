"""`verify search` output: an empty query is an error; each passage is shown by its best sentence
with how it was found (dense / keyword rank), whole with --full; JSON keeps the whole chunk."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from verify.cli import app
from verify.config import get_settings
from verify.corpus.chunk import sentence_spans
from verify.corpus.store import open_store

pytestmark = pytest.mark.usefixtures("embedder")

runner = CliRunner()
HAARETZ = SEEDS / "002_1604a4c7ff3590ca.txt"
QUERY = "YPG must leave Ain Issa"


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_is_a_one_line_error(query: str) -> None:
    result = runner.invoke(app, ["search", query])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: the search text is empty - ")
    assert "No passages found" not in result.output


def test_best_sentence_and_how_found_or_the_whole_passage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "2000")  # no wrapping inside table cells
    assert runner.invoke(app, ["ingest", str(HAARETZ)]).exit_code == 0
    hits = json.loads(runner.invoke(app, ["search", QUERY, "-k", "1", "--json"]).stdout)
    [chunk] = open_store(get_settings()).get_chunks([hits[0]["chunk_id"]])
    assert hits[0]["text"] == chunk.text  # JSON: the whole chunk
    sentences = [chunk.text[a:b] for a, b in sentence_spans(chunk.text)]
    best = next(s for s in sentences if "YPG must definitely leave Ain Issa" in s)
    others = [s for s in sentences if s != best]
    assert others

    short = runner.invoke(app, ["search", QUERY, "-k", "1"])
    assert short.exit_code == 0, short.stderr
    assert "best sentence" in short.stdout and best in short.stdout
    assert not any(s in short.stdout for s in others)
    assert "dense #" in short.stdout and "keyword #" in short.stdout
    assert "0.0" not in short.stdout  # no bare fused score

    full = runner.invoke(app, ["search", QUERY, "-k", "1", "--full"])
    assert full.exit_code == 0, full.stderr
    assert all(s in full.stdout for s in sentences)
