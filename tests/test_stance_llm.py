"""The LLM stance judge (`stance_model = "llm"`): the judge's label is kept only when its quote
is found in the passage, failures read NEUTRAL or stop with an error, and `verify eval stance`
runs it end to end against a local OpenAI-compatible server."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fake_openai import fake_openai_server
from typer.testing import CliRunner

from verify.cli import app
from verify.config import get_settings, reset_settings
from verify.errors import ModelError
from verify.judge.stance import load_stance_model
from verify.judge.stance_llm import JUDGE_CONFIDENCE, LLMStanceModel, StanceJudgement
from verify.llm import ScriptedLLM
from verify.types import Stance

runner = CliRunner()
PASSAGE = "The Eiffel Tower was completed in March 1889 as the entrance to the World's Fair."


def judged(*replies: str, pairs: list[tuple[str, str]] | None = None) -> tuple[list, ScriptedLLM]:
    llm = ScriptedLLM(list(replies))
    model = LLMStanceModel(llm)
    return model.predict(pairs or [(PASSAGE, "The tower was finished in 1889.")]), llm


def reply(stance: str, quote: str = "") -> str:
    return json.dumps({"quote": quote, "stance": stance})


def test_a_quoted_judgement_is_kept_at_the_judge_confidence() -> None:
    (score,), llm = judged(reply("SUPPORTS", "completed in  March 1889"))
    assert score.label is Stance.SUPPORTS
    assert score.supports == pytest.approx(JUDGE_CONFIDENCE)
    assert score.refutes == score.neutral == pytest.approx((1 - JUDGE_CONFIDENCE) / 2)
    sent = llm.requests[0]
    assert sent["schema"] == StanceJudgement.model_json_schema()
    assert PASSAGE in sent["messages"][-1].content
    assert "The tower was finished in 1889." in sent["messages"][-1].content


@pytest.mark.parametrize(
    "quote",
    ["completed in 1925", "", "the"],  # not in the passage; missing; no content word
)
def test_support_or_refutation_without_a_real_quote_is_undecided(quote: str) -> None:
    (score,), _ = judged(reply("REFUTES", quote))
    assert score.label is Stance.NEUTRAL
    assert [score.supports, score.refutes, score.neutral] == pytest.approx([1 / 3] * 3)


def test_output_invalid_twice_is_undecided_and_counted() -> None:
    llm = ScriptedLLM(["not json", '{"stance": "MAYBE", "quote": ""}'])
    model = LLMStanceModel(llm)
    (score,) = model.predict([(PASSAGE, "The tower is in Paris.")])
    assert score.label is Stance.NEUTRAL and model.outcomes["invalid"] == 1
    assert score.neutral == pytest.approx(1 / 3)
    assert len(llm.requests) == 2  # the seam's one retry, with the error shown


def test_an_unreachable_judge_is_an_error_not_a_neutral() -> None:
    with pytest.raises(ModelError, match="LLM stance judge failed"):
        judged()  # the scripted model has no replies: the provider failed


def test_llm_stance_model_needs_an_llm() -> None:
    with pytest.raises(ModelError, match="needs an LLM"):
        load_stance_model(get_settings(stance_model="llm", llm="none"))


def _rule_judge(body: dict[str, Any]) -> str:
    """Support when the claim's last word is in the passage, else NEUTRAL; one bad quote."""
    user = body["messages"][-1]["content"]
    passage = re.search(r"<passage>\n(.*)\n</passage>", user, re.S).group(1)
    claim = re.search(r"Claim: (.*)\n", user).group(1)
    assert body["response_format"]["type"] == "json_schema"
    word = claim.rstrip(".").split()[-1]
    if "quote me wrongly" in claim:
        return reply("SUPPORTS", "words that are nowhere")
    if word in passage:
        return reply("SUPPORTS", word)
    return reply("NEUTRAL")


def test_eval_stance_runs_the_llm_judge_through_an_openai_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        {"premise": PASSAGE, "hypothesis": "It was completed in 1889.", "label": "SUPPORTS"},
        {"premise": PASSAGE, "hypothesis": "It stands in Rome.", "label": "NEUTRAL"},
        {"premise": PASSAGE, "hypothesis": "It was built for the Fair.", "label": "entailment"},
        {"premise": PASSAGE, "hypothesis": "Please quote me wrongly.", "label": "NEUTRAL"},
    ]
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with fake_openai_server(_rule_judge) as (url, requests):
        monkeypatch.setenv("VERIFY_STANCE_MODEL", "llm")
        monkeypatch.setenv("VERIFY_LLM", "openai")
        monkeypatch.setenv("VERIFY_OPENAI_BASE_URL", url)
        reset_settings()
        first = runner.invoke(app, ["eval", "stance", "--pairs", str(pairs), "--json"])
        second = runner.invoke(app, ["eval", "stance", "--pairs", str(pairs), "--json"])
        sample = ["eval", "stance", "--pairs", str(pairs), "--json", "--limit", "2", "--seed", "5"]
        sampled = runner.invoke(app, sample)
    assert first.exit_code == 0, first.output
    result = json.loads(first.stdout)
    assert result["n"] == 4
    # "1889" and "Fair" are in the passage -> SUPPORTS; Rome -> NEUTRAL; the wrong quote -> NEUTRAL
    assert result["confusion"]["SUPPORTS"] == {"SUPPORTS": 2, "REFUTES": 0, "NEUTRAL": 0}
    assert result["confusion"]["NEUTRAL"] == {"SUPPORTS": 0, "REFUTES": 0, "NEUTRAL": 2}
    assert result["model"].startswith("llm:openai/")
    assert len(requests) == 4  # the second run is served from the call log
    assert json.loads(second.stdout)["confusion"] == result["confusion"]
    assert json.loads(sampled.stdout)["n"] == 2


def test_eval_stance_with_llm_judge_and_no_llm_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"premise": "a b", "hypothesis": "a", "label": "NEUTRAL"}) + "\n")
    monkeypatch.setenv("VERIFY_STANCE_MODEL", "llm")
    reset_settings()
    result = runner.invoke(app, ["eval", "stance", "--pairs", str(pairs)])
    assert result.exit_code != 0
    assert "needs an LLM" in result.output and "Traceback" not in result.output


def _ied_judge(body: dict[str, Any]) -> str:
    """SUPPORTS, quoting the passage, when it reports the explosive device; else NEUTRAL."""
    user = body["messages"][-1]["content"]
    passage = re.search(r"<passage>\n(.*)\n</passage>", user, re.S).group(1)
    if "improvised explosive device" in passage:
        return reply("SUPPORTS", "improvised explosive device")
    return reply("NEUTRAL")


def test_check_takes_its_verdict_from_the_llm_judge(
    seeded_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = "An IED explosion injured three Russian military police officers in northeastern Syria."
    with fake_openai_server(_ied_judge) as (url, requests):
        monkeypatch.setenv("VERIFY_STANCE_MODEL", "llm")
        monkeypatch.setenv("VERIFY_LLM", "openai")
        monkeypatch.setenv("VERIFY_OPENAI_BASE_URL", url)
        reset_settings()
        result = runner.invoke(app, ["check", claim, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["verdict"] == "SUPPORTED"
    supporting = [e for e in out["evidence"] if e["stance"] == "SUPPORTS"]
    assert supporting and all("explosive device" in e["quote"] for e in supporting)
    assert requests  # every judgement came from the server
