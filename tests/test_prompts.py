"""Prompt files: front matter, declared inputs, labels from the enums, ids/versions/hashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.llm.prompts import (
    BUILTINS,
    CANNOT_ANSWER,
    PromptError,
    available_prompts,
    load_prompt,
    parse_prompt,
    prompts_dir,
)
from verify.types import ClaimKind

ROOT = Path(__file__).resolve().parent.parent

GOOD = """---
id: demo
version: 2
description: a demo
inputs: passage_id, text
---
[system]
Labels: $claim_kinds. JSON needs no escaping: {"a": 1}
[user]
[$passage_id] $text
"""


def test_prompts_folder_is_found_through_the_package_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert prompts_dir() == ROOT / "prompts"


@pytest.mark.parametrize("name", ["extract_claims", "summarize", "answer"])
def test_shipped_prompts_load_with_id_version_and_hash(name: str) -> None:
    prompt = load_prompt(name)
    assert prompt.id == name
    assert prompt.version >= 1
    assert len(prompt.sha) == 12
    assert prompt.label == f"{name}@{prompt.version}#{prompt.sha}"


def test_every_prompt_file_is_listed_and_valid() -> None:
    assert set(available_prompts()) >= {"extract_claims", "summarize", "answer"}
    for name in available_prompts():
        load_prompt(name)


def test_render_fills_variables_and_keeps_json_braces() -> None:
    prompt = parse_prompt(GOOD)
    messages = prompt.render_messages(passage_id="s1-0001", text="Hello.")
    assert [m.role for m in messages] == ["system", "user"]
    assert '{"a": 1}' in messages[0].content
    assert messages[1].content == "[s1-0001] Hello."
    assert prompt.render(passage_id="x", text="y").endswith("[x] y")


def test_missing_variable_is_named() -> None:
    with pytest.raises(PromptError, match="Missing variables: passage_id"):
        parse_prompt(GOOD).render(text="only text")


def test_unexpected_variable_is_an_error() -> None:
    with pytest.raises(PromptError, match="Unexpected variables: pasage_id"):
        parse_prompt(GOOD).render(passage_id="a", text="b", pasage_id="typo")


def test_labels_come_from_the_enum_not_the_file() -> None:
    rendered = load_prompt("extract_claims").render(title="T", text="Body.")
    assert BUILTINS["claim_kinds"] == ", ".join(k.value for k in ClaimKind)
    assert BUILTINS["claim_kinds"] in rendered
    raw = (prompts_dir() / "extract_claims.md").read_text()
    assert "factual, opinion" not in raw


def test_answer_prompt_carries_the_cannot_answer_sentinel() -> None:
    rendered = load_prompt("answer").render(question="Q?", passages="[a-0000] text")
    assert CANNOT_ANSWER in rendered


def test_hash_changes_when_the_file_changes() -> None:
    assert parse_prompt(GOOD).sha != parse_prompt(GOOD.replace("demo\n", "demo2\n")).sha


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no header\n[user]\nx", "no front matter"),
        ("---\nversion: 1\n---\n[user]\nx", "lacks 'id'"),
        ("---\nid: a\nversion: one\n---\n[user]\nx", "not an integer"),
        ("---\nid: a\nversion: 1\n---\n[system]\nx", "no \\[user\\] section"),
        ("---\nid: a\nversion: 1\n---\n[user]\n$nope", "undeclared placeholders \\['nope'\\]"),
        ("---\nid: a\nversion: 1\ninputs: x\n---\n[user]\nhi", "unused inputs \\['x'\\]"),
    ],
)
def test_malformed_prompt_files_fail_clearly(text: str, message: str) -> None:
    with pytest.raises(PromptError, match=message):
        parse_prompt(text)


def test_unknown_prompt_lists_the_available_ones() -> None:
    with pytest.raises(PromptError) as info:
        load_prompt("nope")
    assert "extract_claims" in info.value.hint
