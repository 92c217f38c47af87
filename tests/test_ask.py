"""`verify ask` through the CLI on the seeds: answered and cited, or "cannot answer"; the REPL."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_check import one_line_error
from typer.testing import CliRunner

from verify.cli import app
from verify.llm.prompts import CANNOT_ANSWER

runner = CliRunner()

AIN_ISSA = "Where did Russia send additional military police units?"
CANBERRA = "What is the population of Canberra?"
HAARETZ_TITLE = "Russia Sends Forces to Syrian Territory Facing Renewed Kurdish-Turkish Clashes"


def stance_model_missing() -> bool:
    from verify.judge.stance import SHIPPED_DIR, STANCE_FILE

    chosen = os.environ.get("VERIFY_STANCE_MODEL", "shipped")
    return chosen == "shipped" and not (SHIPPED_DIR / STANCE_FILE).is_file()


needs_stance = pytest.mark.skipif(
    stance_model_missing(), reason="the shipped stance model is not in place"
)


def ask_json(*args: str) -> dict:
    result = runner.invoke(app, ["ask", "--json", "--llm", "none", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # stdout holds only the JSON


def source_id(home: Path, outlet: str) -> str:
    from verify.config import get_settings
    from verify.corpus.store import open_store

    return next(s.id for s in open_store(get_settings()).sources() if s.outlet == outlet)


@pytest.mark.usefixtures("seeded_home")
@pytest.mark.slow
@needs_stance
def test_where_question_is_answered_with_ain_issa_cited_to_haaretz() -> None:
    out = ask_json(AIN_ISSA)
    assert set(out) == {"question", "answer", "answerable", "citations", "flags"}
    assert out["answerable"] is True
    assert "Ain Issa" in out["answer"] and "[1]" in out["answer"]
    ain_issa = [c for c in out["citations"] if "Ain Issa" in c["quote"]]
    assert ain_issa and all(c["outlet"] == "Haaretz" for c in ain_issa)
    for citation in out["citations"]:
        assert set(citation) == {"chunk_id", "source_id", "outlet", "passage", "quote"}
        assert citation["quote"] in citation["passage"]
        assert citation["chunk_id"].startswith(citation["source_id"] + "-")


@pytest.mark.usefixtures("seeded_home")
@pytest.mark.slow
def test_question_the_sources_do_not_cover_is_not_answerable() -> None:
    out = ask_json(CANBERRA)
    assert out["answerable"] is False
    assert out["answer"] == CANNOT_ANSWER
    assert out["citations"] == []
    assert any(flag.startswith("not answerable") for flag in out["flags"])


@pytest.mark.usefixtures("seeded_home")
@pytest.mark.slow
@needs_stance
def test_human_output_numbers_citations_with_outlet_and_title() -> None:
    result = runner.invoke(app, ["ask", "--llm", "none", AIN_ISSA])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Answer: ")
    assert "Sources:\n[1] " in result.stdout
    assert f"] Haaretz: {HAARETZ_TITLE} (" in result.stdout


@pytest.mark.slow
@needs_stance
def test_source_option_limits_the_answer_to_those_sources(seeded_home: Path) -> None:
    south_front = source_id(seeded_home, "South Front")
    out = ask_json(AIN_ISSA, "--source", south_front)
    assert all(c["source_id"] == south_front for c in out["citations"])
    assert "Ain Issa" not in " ".join(c["quote"] for c in out["citations"])


@pytest.mark.slow
@needs_stance
def test_repl_answers_lists_sources_quits_and_keeps_history(seeded_home: Path) -> None:
    result = runner.invoke(app, ["ask", "--llm", "none"], input=f"{AIN_ISSA}\n:sources\n:quit\n")
    assert result.exit_code == 0, result.output
    assert "Ain Issa" in result.stdout and "Sources:" in result.stdout
    assert source_id(seeded_home, "South Front") in result.stdout  # from :sources
    assert (seeded_home / "ask-history").read_text() == AIN_ISSA + "\n"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["  "], "the question is empty"),
        (["x" * 600], "the limit is 500"),
        (["Who?", "-k", "0"], "-k must be between 1"),
        (["Who sent police?"], "the store is empty"),
    ],
    ids=["blank", "too long", "bad k", "empty store"],
)
def test_bad_input_is_a_one_line_error(args: list[str], words: str) -> None:
    assert words in one_line_error(["ask", "--llm", "none", *args])


@pytest.mark.usefixtures("seeded_home")
def test_unknown_source_is_a_one_line_error() -> None:
    line = one_line_error(["ask", "--llm", "none", AIN_ISSA, "--source", "ffffffffffffffff"])
    assert "ffffffffffffffff" in line and "verify sources" in line


def test_repl_on_an_empty_store_says_what_to_do() -> None:
    assert "the store is empty" in one_line_error(["ask", "--llm", "none"])


BRIDGE = [
    {
        "title": "City desk",
        "outlet": "Daily Courier",
        "text": "The Tarnow bridge reopened on Monday. The mayor cut a ribbon at noon.",
    },
    {
        "title": "Roads report",
        "outlet": "Weekly Herald",
        "text": "The Tarnow bridge did not reopen on Monday. Engineers found cracks in a pillar.",
    },
]


@pytest.mark.slow
@needs_stance
def test_sources_that_disagree_are_reported_outlet_by_outlet(tmp_path: Path) -> None:
    corpus = tmp_path / "bridge.jsonl"
    corpus.write_text("\n".join(json.dumps(row) for row in BRIDGE) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    out = ask_json("Did the Tarnow bridge reopen on Monday?")
    assert out["answerable"] is True
    assert any(f.startswith("sources disagree") for f in out["flags"])
    assert out["answer"].startswith("The sources disagree.")
    assert "Daily Courier says:" in out["answer"] and "Weekly Herald says:" in out["answer"]
    assert {c["outlet"] for c in out["citations"]} == {"Daily Courier", "Weekly Herald"}
