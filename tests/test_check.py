"""`verify check` and `verify report` on bad input: one-line errors, exit code 1, no model load."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from verify.cli import app
from verify.errors import InputError
from verify.judge.check import MAX_CLAIM_CHARS, MAX_K, validate_claim

runner = CliRunner()


def one_line_error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("claim", "words"),
    [
        ("", "the claim is empty"),
        ("   \n\t ", "the claim is empty"),
        ("x" * 10_000, f"the limit is {MAX_CLAIM_CHARS:,}"),
    ],
    ids=["empty", "blank", "10,000 characters"],
)
def test_check_rejects_bad_claims(claim: str, words: str) -> None:
    assert words in one_line_error(["check", claim])


@pytest.mark.parametrize(
    ("claim", "words"),
    [
        ("Russia", "not a claim: it names something but states nothing about it"),
        ("?", "not a claim: it has no words"),
        ("Sergei Lavrov", "not a claim: it names something"),
        ("Russian military police", "not a claim: it names something"),
        ("Did Russia send troops?", "is a question, not a claim"),
        ("What we know about Officer Slager .", "not a claim: it is a heading"),
        ('"I do not know.', "without saying who that is"),
    ],
    ids=["one word", "question mark", "bare name", "noun phrase", "question", "heading", "I"],
)
def test_check_rejects_what_is_not_a_claim(claim: str, words: str) -> None:
    line = one_line_error(["check", claim])
    assert words in line
    assert "verify ask" in line if "question" in words else "state something checkable" in line


@pytest.mark.parametrize(
    "claim",
    [
        "Arsenal face Liverpool on Sunday.",
        "Championship bottom side St Mirren host Falkirk on Sunday.",
    ],
)
def test_a_verb_the_tagger_reads_as_a_noun_still_makes_a_claim(claim: str) -> None:
    """ "Arsenal face Liverpool on Sunday": spaCy tags "face" a noun, with "Liverpool" its
    object; "St Mirren host Falkirk" it parses as one noun phrase, "host" its head. Both are
    statements, not bare names."""
    from verify.judge.check import validate_claim

    assert validate_claim(claim) == claim


@pytest.mark.parametrize("k", ["0", str(MAX_K + 1)])
def test_check_rejects_bad_k(k: str) -> None:
    assert "-k must be between 1" in one_line_error(["check", "Russia sent police.", "-k", k])


def test_check_on_an_empty_store_says_what_to_do() -> None:
    line = one_line_error(["check", "Russia sent police to Ain Issa."])
    assert "the store is empty" in line and "verify ingest" in line


def test_report_on_an_empty_store_says_what_to_do() -> None:
    line = one_line_error(["report", "0123456789abcdef"])
    assert "the store is empty" in line


def test_report_on_a_folder_is_an_error(tmp_path) -> None:
    assert "is not a file" in one_line_error(["report", str(tmp_path)])


def test_validate_claim_normalizes_whitespace() -> None:
    assert validate_claim("  Russia \n sent   police. ") == "Russia sent police."
    longest = ("Russia sent military police to the area " * 30)[:MAX_CLAIM_CHARS]
    assert validate_claim(longest) == longest.strip()
    with pytest.raises(InputError):
        validate_claim("x" * (MAX_CLAIM_CHARS + 1))
