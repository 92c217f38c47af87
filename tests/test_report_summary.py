"""The sourced summary: extractive from verdicts, with LLM sentences that pass the checks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from test_report_samples import (
    CHECKS,
    OTHER,
    OWN_PASSAGES,
    PATROL_QUOTE,
    SOURCE,
    YPG_QUOTE,
)

from verify.llm import ScriptedLLM
from verify.summarize import Section, summarize, writing_context
from verify.types import Summary, SummaryWriter, Writer

IED_WORDS = "Three Russian military police officers received light injuries"


def assert_sourced(summary: Summary) -> None:
    """Every verified sentence cites given ids; every citation quote is verbatim in its chunk."""
    passages = writing_context(CHECKS, OWN_PASSAGES).passages
    for sentence in summary.sentences:
        if sentence.verified:
            assert sentence.citations
            assert all(c in passages for c in sentence.citations)
    for citation in summary.citations:
        assert citation.quote in passages[citation.chunk_id].text
        assert citation.quote in citation.passage


def test_extractive_summary_has_a_section_per_verdict() -> None:
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    assert flags == []
    text = summary.text
    assert "Corroborated by other sources:" in text
    assert "Contradicted by other sources:" in text
    assert "Only this outlet says:" in text
    assert PATROL_QUOTE in text and YPG_QUOTE in text
    assert "faction" not in text  # the opinion has no verdict, so no summary sentence
    assert all(s.verified for s in summary.sentences)
    assert_sourced(summary)


def test_extractive_only_here_sentence_cites_the_article_itself() -> None:
    summary, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    own = [c for c in summary.citations if c.source_id == SOURCE.id]
    assert [c.chunk_id for c in own] == ["000aaa-0000"]
    assert own[0].quote.startswith(IED_WORDS)


def test_extractive_without_the_article_chunks_marks_the_sentence_unverified() -> None:
    summary, _ = summarize(SOURCE, CHECKS, [])
    unsourced = [s for s in summary.sentences if not s.verified]
    assert len(unsourced) == 1 and "IED" in unsourced[0].text
    assert unsourced[0].citations == []
    assert "[unverified: not sourced]" in summary.text


def llm_reply(*sentences: dict) -> str:
    return json.dumps({"sentences": list(sentences)})


PATROL_LLM = {
    "claim": 3,
    "text": "Russian and Turkish troops patrol a strategic highway in northern Syria.",
    "citation": "002bbb-0000",
}
YPG_LLM = {
    "claim": 4,
    "text": "The YPG must definitely leave Ain Issa, the source said. [002bbb-0000]",
    "citation": "002bbb-0000",
}
IED_LLM = {
    "claim": 1,
    "text": "Three Russian military police officers were lightly injured by an explosive device.",
    "citation": "000aaa-0000",
}


def test_llm_writes_one_sentence_per_claim_and_each_is_checked(tmp_path: Path) -> None:
    llm = ScriptedLLM([llm_reply(PATROL_LLM, YPG_LLM, IED_LLM)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    assert flags == []
    assert [s.text for s in summary.sentences] == [
        PATROL_LLM["text"],
        "The YPG must definitely leave Ain Issa, the source said.",  # the id mark is removed
        IED_LLM["text"],
    ]
    assert [s.writer for s in summary.sentences] == [Writer.LLM] * 3
    assert summary.writer is SummaryWriter.LLM
    assert "Corroborated by other sources:" in summary.text
    assert "Only this outlet says:" in summary.text
    assert_sourced(summary)


def test_the_prompt_gives_each_claim_its_counted_excerpts_and_the_schema_fixes_them(
    tmp_path: Path,
) -> None:
    llm = ScriptedLLM([llm_reply(PATROL_LLM, YPG_LLM, IED_LLM)], cache_db=tmp_path / "c.sqlite")
    summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    prompt = llm.requests[0]["messages"][-1].content
    assert "Claim 3 (corroborated by other sources): Russian and Turkish forces" in prompt
    assert "Claim 1 (only this outlet says): Three Russian" in prompt
    assert "[002bbb-0000] (Haaretz) Russia said late on Sunday" in prompt
    assert "October 22" not in prompt  # two sentences after the IED one: outside its excerpt
    items = llm.requests[0]["schema"]["properties"]["sentences"]["items"]
    assert [i["properties"]["claim"]["const"] for i in items] == [3, 4, 1]
    assert [i["properties"]["citation"]["enum"] for i in items] == [
        ["002bbb-0000"],
        ["002bbb-0000"],
        ["000aaa-0000"],
    ]


WRONG_SENTENCES = [
    pytest.param({**YPG_LLM, "citation": "ffff-0000"}, "not given for this claim", id="unknown id"),
    pytest.param(
        {**YPG_LLM, "citation": "000aaa-0000"}, "not given for this claim", id="another claim's id"
    ),
    pytest.param(
        {**YPG_LLM, "text": "Russia sent more military police to an area in northern Syria."},
        "not about its claim",
        id="about something else",
    ),
    pytest.param({**YPG_LLM, "text": " [002bbb-0000]"}, "it is empty", id="empty"),
    pytest.param({**YPG_LLM, "claim": 2}, "not asked about", id="claim not asked about"),
    pytest.param(
        {**YPG_LLM, "text": "The YPG must definitely leave Ain Issa, the source said " * 5},
        "cut off at the length limit",
        id="cut off",
    ),
    pytest.param(
        {**YPG_LLM, "text": "The YPG must leave Ain Issa in the \u672a\u6765."},
        "letters its passages do not use",
        id="another script",
    ),
]


@pytest.mark.parametrize(("wrong", "problem"), WRONG_SENTENCES)
def test_a_failing_llm_sentence_is_replaced_by_its_extractive_one(
    tmp_path: Path, wrong: dict, problem: str
) -> None:
    llm = ScriptedLLM([llm_reply(PATROL_LLM, wrong, IED_LLM)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    extractive, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    assert [s.writer for s in summary.sentences] == [Writer.LLM, Writer.EXTRACTIVE, Writer.LLM]
    assert summary.sentences[1] == extractive.sentences[1]
    assert summary.writer is SummaryWriter.MIXED
    assert any(problem in f for f in flags), flags
    assert_sourced(summary)


def test_a_sentence_its_excerpt_does_not_support_is_replaced(tmp_path: Path) -> None:
    """`entails` is the support check (in reports, `verify.support` on the stance model)."""
    llm = ScriptedLLM([llm_reply(PATROL_LLM, YPG_LLM, IED_LLM)], cache_db=tmp_path / "c.sqlite")
    judged: list[tuple[str, str]] = []

    def entails(pairs: Sequence[tuple[str, str]]) -> list[bool]:
        judged.extend(pairs)
        return ["Ain Issa" not in sentence for _, sentence in pairs]

    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm, entails=entails)
    assert [s.writer for s in summary.sentences] == [Writer.LLM, Writer.EXTRACTIVE, Writer.LLM]
    assert any("do not support it" in f and "Ain Issa" in f for f in flags)
    assert judged[0][0] in OTHER and judged[0][1] == PATROL_LLM["text"]


@pytest.mark.parametrize(
    "replies",
    [
        pytest.param(["not json at all", "{still not"], id="invalid JSON twice"),
        pytest.param(["", ""], id="empty"),
        pytest.param(['{"summary": "x"}', '{"sentences": "x"}'], id="off-schema"),
        pytest.param(
            [llm_reply({**PATROL_LLM, "citation": "zzz-0000"})], id="every sentence fails checks"
        ),
    ],
)
def test_unusable_llm_output_leaves_the_extractive_summary(
    tmp_path: Path, replies: list[str]
) -> None:
    llm = ScriptedLLM(replies, cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    extractive, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    assert summary == extractive
    assert summary.writer is SummaryWriter.EXTRACTIVE
    assert flags and all(f.startswith("summary: ") for f in flags)


def test_injected_instruction_cannot_make_an_unsourced_claim(tmp_path: Path) -> None:
    obeying = {**PATROL_LLM, "text": "All claims of the article are supported by other sources."}
    llm = ScriptedLLM([llm_reply(obeying, YPG_LLM, IED_LLM)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    assert "All claims" not in summary.text
    assert any("claim 3" in f and "not about its claim" in f for f in flags)


def test_writing_context_sections() -> None:
    writing = writing_context(CHECKS, OWN_PASSAGES)
    assert set(writing.claims) == {1, 3, 4}  # claim 2 is an opinion: no slot
    assert writing.claims[1].section is Section.ONLY_HERE
    assert writing.claims[1].allowed == {"000aaa-0000"}
    assert writing.claims[3].section is Section.CORROBORATED
    assert writing.claims[4].section is Section.CONTRADICTED


def test_claims_past_the_prompt_budget_keep_their_extractive_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import verify.summarize as summarize_module

    monkeypatch.setattr(summarize_module, "PROMPT_CLAIM_CHARS", len(OTHER) + 60)
    llm = ScriptedLLM([llm_reply(PATROL_LLM)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    prompt = llm.requests[0]["messages"][-1].content
    assert "Claim 3" in prompt and "Claim 4" not in prompt and "Claim 1" not in prompt
    assert [s.writer for s in summary.sentences] == [Writer.LLM, *[Writer.EXTRACTIVE] * 2]
    assert flags == []


def test_long_sections_are_cut_and_say_so() -> None:
    from test_report_samples import IED

    from verify.summarize import MAX_SENTENCES_PER_SECTION

    many = [IED] * (MAX_SENTENCES_PER_SECTION + 2)
    summary, _ = summarize(SOURCE, many, OWN_PASSAGES)
    assert len(summary.sentences) == MAX_SENTENCES_PER_SECTION
    title = summary.text.splitlines()[0]
    assert title == (
        f"Only this outlet says ({MAX_SENTENCES_PER_SECTION} of {len(many)} claims; "
        "all are in the claim list):"
    )


def test_the_summary_quotes_only_evidence_the_verdict_counted() -> None:
    """A passage the model reads as support but the verdict did not count (it leaves out one of
    the claim's facts) is never quoted as corroboration; the counted one is."""
    supported = next(c for c in CHECKS if c.verdict is not None and c.verdict.value == "SUPPORTED")
    counted = supported.evidence[0].model_copy(update={"counted": True})
    uncounted = counted.model_copy(
        update={
            "chunk_id": "0a80a17d4828ff0a-0009",
            "quote": counted.quote,
            "score": 0.99,
            "counted": False,
            "missing": ["Sochi"],
        }
    )
    check = supported.model_copy(update={"evidence": [uncounted, counted]})
    writing = writing_context([check], OWN_PASSAGES)
    assert writing.claims[1].allowed == {counted.chunk_id}
    summary, _ = summarize(SOURCE, [check], OWN_PASSAGES)
    assert [c.chunk_id for c in summary.citations] == [counted.chunk_id]
