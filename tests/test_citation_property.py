"""Property: every citation a command prints is a verbatim quote of a chunk that is in the store.

Covered outputs: `verify check --json` evidence, `verify ask --json` citations, `verify report
--format json` evidence and summary citations. Claims and questions are drawn by hypothesis from
the seed sentences (some altered, some off-topic); the LLM writers are driven by a `ScriptedLLM`
whose replies cite random ids (real, made-up, of chunks never given) with random quotes (verbatim,
shifted, altered): whatever it writes, what is printed must still be verbatim and in the store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_ask import needs_stance
from typer.testing import CliRunner

from verify.cli import app
from verify.config import Settings, get_settings, reset_settings

pytestmark = [pytest.mark.slow, needs_stance]

runner = CliRunner()
FEW = settings(
    max_examples=6,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def home(seeded_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    import shutil

    home = tmp_path_factory.mktemp("citations") / "verify-home"
    shutil.copytree(seeded_store_dir, home / "store")
    yield home


@pytest.fixture(autouse=True)
def use_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERIFY_HOME", str(home))
    reset_settings()


@pytest.fixture(scope="module")
def chunks(home: Path) -> dict[str, str]:
    from verify.corpus.store import open_store

    store = open_store(Settings(home=home, chroma_url=None, collection="verify", threads=1))
    return {c.id: c.text for s in store.sources() for c in store.chunks_of(s.id)}


def seed_sentences() -> list[str]:
    from verify.corpus.chunk import sentence_spans
    from verify.corpus.clean import clean_text

    found: list[str] = []
    for path in sorted(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt")):
        text = clean_text(path.read_text(encoding="utf-8")).text
        found += [text[a:b] for a, b in sentence_spans(text) if 40 <= b - a <= 300]
    return found


SENTENCES = seed_sentences()


@st.composite
def claims(draw: st.DrawFn) -> str:
    """A seed sentence as is, with words dropped, with its numbers changed, or off-topic."""
    sentence = draw(st.sampled_from(SENTENCES))
    how = draw(st.sampled_from(["as is", "drop", "numbers", "negate", "off-topic"]))
    words = sentence.split()
    if how == "drop":
        keep = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
        words = [w for w, k in zip(words, keep, strict=True) if k] or words[:3]
    elif how == "numbers":
        words = [re.sub(r"\d", "7", w) for w in words]
    elif how == "negate":
        words = ["It is false that", *words]
    elif how == "off-topic":
        words = ["The", "population", "of", "Canberra", "grew", "in", "2019."]
    return " ".join(words)[:900]


def assert_in_store(cite: dict[str, Any], chunks: dict[str, str]) -> None:
    """The cited chunk exists, is the passage shown, and holds the quote verbatim."""
    chunk_id = cite["chunk_id"]
    assert chunk_id in chunks, chunk_id
    assert chunk_id.startswith(cite["source_id"] + "-")
    assert cite["passage"] == chunks[chunk_id]
    assert cite["quote"].strip() and cite["quote"] in chunks[chunk_id], cite["quote"]


def cli_json(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return json.loads(result.stdout)


@FEW
@given(claim=claims())
def test_check_evidence_is_verbatim_in_the_store(claim: str, chunks: dict[str, str]) -> None:
    from verify.judge.check import _claim_problem

    if _claim_problem(claim) is not None:  # a headline or a fragment: refused in one line
        result = runner.invoke(app, ["check", claim, "--json"])
        assert result.exit_code == 1 and result.stdout == ""
        assert "not a claim" in result.stderr or "is a question" in result.stderr
        return
    out = cli_json("check", claim, "--json")
    assert out["evidence"]
    for evidence in out["evidence"]:
        assert_in_store(evidence, chunks)


@FEW
@given(claim=claims())
def test_ask_citations_are_verbatim_in_the_store(claim: str, chunks: dict[str, str]) -> None:
    question = f"Is it true that {claim.rstrip('.')}?"[:480]
    out = cli_json("ask", question, "--json", "--llm", "none")
    for citation in out["citations"]:
        assert_in_store(citation, chunks)
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", out["answer"])}
    assert marks <= set(range(1, len(out["citations"]) + 1))


@pytest.fixture(scope="module")
def south_front_report(home: Path) -> tuple[Any, dict[str, Any]]:
    """The South Front report and what `verify report ID --format json --llm none` prints for it
    (the command is exactly `render_report(run_report(...), "json")`; run once for the module)."""
    from verify.corpus.store import open_store
    from verify.pipeline import render_report, run_report

    settings = Settings(home=home, llm="none", chroma_url=None, collection="verify", threads=1)
    [sid] = [s.id for s in open_store(settings).sources() if s.outlet == "South Front"]
    report = run_report(sid, settings)
    return report, json.loads(render_report(report, "json"))


def test_report_evidence_and_summary_citations_are_verbatim(
    south_front_report: tuple[Any, dict[str, Any]], chunks: dict[str, str]
) -> None:
    _, out = south_front_report
    printed = [e for c in out["claims"] for e in c["evidence"]] + out["summary"]["citations"]
    assert printed and out["summary"]["citations"]
    for cite in printed:
        assert_in_store(cite, chunks)
    listed = {c["chunk_id"] for c in out["summary"]["citations"]}
    for sentence in out["summary"]["sentences"]:
        if sentence["verified"]:
            assert set(sentence["citations"]) <= listed


# ---- whatever an LLM writer cites, only verbatim quotes of stored chunks come out ----------------


@st.composite
def llm_citations(draw: st.DrawFn, ids: list[str], texts: dict[str, str]) -> tuple[str, str]:
    """(chunk id, quote): real or made-up id; quote verbatim, shifted by a character, or altered."""
    chunk_id = draw(st.sampled_from([*ids, "abc-0001", "0000000000000000-0001"]))
    text = texts.get(chunk_id) or draw(st.sampled_from(list(texts.values())))
    start = draw(st.integers(0, max(0, len(text) - 20)))
    end = draw(st.integers(start + 1, min(len(text), start + 200)))
    quote = text[start:end]
    how = draw(st.sampled_from(["verbatim", "verbatim", "altered", "empty", "curly"]))
    if how == "altered":
        quote = quote.replace("e", "a", 1) + " indeed"
    elif how == "empty":
        quote = ""
    elif how == "curly":
        quote = quote.replace('"', "\u201c")
    return chunk_id, quote


@FEW
@given(data=st.data())
def test_ask_with_any_llm_reply_prints_only_verbatim_stored_quotes(
    data: st.DataObject, chunks: dict[str, str]
) -> None:
    from verify.llm import ScriptedLLM
    from verify.write.ask import answer_question

    ids = sorted(chunks)
    cites = data.draw(st.lists(llm_citations(ids, chunks), min_size=1, max_size=4))
    sentence = data.draw(claims())
    answer = " ".join(f"{sentence} [{cid}]" for cid, _ in cites)
    reply = {
        "answerable": True,
        "answer": answer,
        "citations": [{"chunk_id": c, "quote": q} for c, q in cites],
    }
    settings = get_settings()
    llm = ScriptedLLM([json.dumps(reply)] * 2, cache_db=None)
    result = answer_question("Where did Russia send military police units?", settings, llm)
    for citation in result.citations:
        assert_in_store(citation.model_dump(), chunks)


@settings(max_examples=40, deadline=None, database=None)
@given(data=st.data())
def test_summary_gate_keeps_only_verbatim_stored_quotes(
    data: st.DataObject, south_front_report: tuple[Any, dict[str, Any]], chunks: dict[str, str]
) -> None:
    """The LLM summary gate (what `report --llm` prints) on random replies, no model needed:
    any text (a passage piece, altered or not, with any id mark) for each claim."""
    from verify.corpus.store import open_store
    from verify.llm import ScriptedLLM
    from verify.report import own_passages
    from verify.write.summarize import excerpts_for, llm_sentences, summary_plan, writing_context

    report, _ = south_front_report
    store = open_store(get_settings())
    writing = writing_context(report.claims, own_passages(store, report.source))
    slots, _ = summary_plan(report.source, report.claims, writing)
    shown = excerpts_for(report.source, report.claims, slots, writing)
    texts = {cid: p.text for cid, p in writing.passages.items()}
    pieces = st.lists(llm_citations(sorted(texts), texts), min_size=len(shown), max_size=len(shown))
    replies = [json.dumps({"text": f"{quote} [{cid}]"}) for cid, quote in data.draw(pieces)]
    llm = ScriptedLLM(replies, cache_db=None)
    accepted, _ = llm_sentences(report.source, report.claims, slots, writing, llm)
    assert set(accepted) <= set(shown)
    for checked in accepted.values():
        for citation in checked.citations:
            assert_in_store(citation.model_dump(), chunks)
        assert checked.sentence.verified and set(checked.sentence.citations) <= set(texts)
