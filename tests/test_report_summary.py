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
from verify.types import Summary, SummaryWriter, Writer
from verify.write.summarize import Section, summarize, writing_context

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


def reply(text: str) -> str:
    return json.dumps({"text": text})


PATROL_LLM = "Russian and Turkish troops patrol a strategic highway in northern Syria."
YPG_LLM = "The YPG must definitely leave Ain Issa, the source said. [002bbb-0000]"
IED_LLM = "Three Russian military police officers were lightly injured by an explosive device."
REPLIES = [reply(PATROL_LLM), reply(YPG_LLM), reply(IED_LLM)]  # claims 3, 4, 1: section order


def test_llm_writes_one_sentence_per_claim_attributed_and_each_is_checked(
    tmp_path: Path,
) -> None:
    llm = ScriptedLLM(REPLIES, cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    assert flags == []
    assert [s.text for s in summary.sentences] == [
        f"According to Haaretz, {PATROL_LLM}",
        # the id mark is removed; a common first word is lowercased after the attribution
        "According to Haaretz, the YPG must definitely leave Ain Issa, the source said.",
        "According to South Front, three Russian military police officers were lightly "
        "injured by an explosive device.",
    ]
    assert [s.writer for s in summary.sentences] == [Writer.LLM] * 3
    assert summary.writer is SummaryWriter.LLM
    assert "Corroborated by other sources:" in summary.text
    assert "Only this outlet says:" in summary.text
    assert_sourced(summary)


def test_each_claim_is_one_call_with_its_claim_and_its_evidence_sentence_only(
    tmp_path: Path,
) -> None:
    llm = ScriptedLLM(REPLIES, cache_db=tmp_path / "c.sqlite")
    summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    prompts = [r["messages"][-1].content for r in llm.requests]
    assert len(prompts) == 3
    assert "Claim: Russian and Turkish forces" in prompts[0]
    assert "Passage: Russia said late on Sunday" in prompts[0]
    assert "Claim: Three Russian" in prompts[2] and "Claim: Russian and Turkish" not in prompts[2]
    assert all("October 22" not in p for p in prompts)  # not the sentence of any quote
    assert all("-0000" not in p for p in prompts)  # no ids: the code knows what it gave
    systems = {r["messages"][0].content for r in llm.requests}
    assert len(systems) == 1  # one shared prefix: llama.cpp reuses its cached tokens
    schema = llm.requests[0]["schema"]
    assert schema["properties"]["text"]["maxLength"] == 220
    assert all(r["max_tokens"] <= 80 for r in llm.requests)


WRONG_SENTENCES = [
    pytest.param(
        "Russia sent more military police to an area in northern Syria.",
        "not about its claim",
        id="about something else",
    ),
    pytest.param(" [002bbb-0000]", "it is empty", id="empty"),
    pytest.param(
        "The YPG must definitely leave Ain Issa, the source said " * 5,
        "cut off at the length limit",
        id="cut off",
    ),
    pytest.param(
        "The YPG must definitely leave Ain Issa, the source said to the",
        "does not end as a sentence",
        id="cut off at a quote mark",
    ),
    pytest.param(
        "The YPG must leave Ain Issa in the \u672a\u6765.",
        "letters its passage does not use",
        id="another script",
    ),
]


@pytest.mark.parametrize(("wrong", "problem"), WRONG_SENTENCES)
def test_a_failing_llm_sentence_is_replaced_by_its_extractive_one(
    tmp_path: Path, wrong: str, problem: str
) -> None:
    replies = [reply(PATROL_LLM), reply(wrong), reply(IED_LLM)]
    llm = ScriptedLLM(replies, cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    extractive, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    assert [s.writer for s in summary.sentences] == [Writer.LLM, Writer.EXTRACTIVE, Writer.LLM]
    assert summary.sentences[1] == extractive.sentences[1]
    assert summary.writer is SummaryWriter.MIXED
    assert any("claim 4" in f and problem in f for f in flags), flags
    assert_sourced(summary)


def test_a_sentence_its_excerpt_does_not_support_is_replaced(tmp_path: Path) -> None:
    """`entails` is the support check (in reports, `verify.judge.support` on the stance model); it
    judges the sentence as shown, attribution included, against the excerpt it cites."""
    llm = ScriptedLLM(REPLIES, cache_db=tmp_path / "c.sqlite")
    judged: list[tuple[str, str]] = []

    def entails(pairs: Sequence[tuple[str, str]]) -> list[bool]:
        judged.extend(pairs)
        return ["Ain Issa" not in sentence for _, sentence in pairs]

    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm, entails=entails)
    assert [s.writer for s in summary.sentences] == [Writer.LLM, Writer.EXTRACTIVE, Writer.LLM]
    assert any("does not support it" in f and "Ain Issa" in f for f in flags)
    assert judged[0][0] in OTHER and judged[0][1] == f"According to Haaretz, {PATROL_LLM}"


def test_a_verbatim_copy_of_the_evidence_is_still_judged_once_attributed(tmp_path: Path) -> None:
    """The attribution makes the sentence differ from its quote, so nothing skips the check."""
    from verify.text import sentences_of

    evidence = next(s for s in sentences_of(OTHER) if PATROL_QUOTE in s)
    llm = ScriptedLLM([reply(evidence)] + REPLIES[1:], cache_db=tmp_path / "c.sqlite")
    judged: list[str] = []

    def entails(pairs: Sequence[tuple[str, str]]) -> list[bool]:
        judged.extend(sentence for _, sentence in pairs)
        return [False] * len(pairs)

    summary, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm, entails=entails)
    assert summary.writer is SummaryWriter.EXTRACTIVE
    assert f"According to Haaretz, {evidence}" in judged


@pytest.mark.parametrize(
    "replies",
    [
        pytest.param(["not json at all", "{still not"] * 3, id="invalid JSON twice"),
        pytest.param(["", ""] * 3, id="empty"),
        pytest.param(['{"summary": "x"}', '{"sentences": "x"}'] * 3, id="off-schema"),
        pytest.param([reply("Nothing about anything here.")] * 3, id="every sentence fails"),
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
    assert len(flags) == 3 and all(f.startswith("summary: claim ") for f in flags)


def test_injected_instruction_cannot_make_an_unsourced_claim(tmp_path: Path) -> None:
    obeying = reply("All claims of the article are supported by other sources.")
    llm = ScriptedLLM([obeying, *REPLIES[1:]], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    assert "All claims" not in summary.text
    assert any("claim 3" in f and "not about its claim" in f for f in flags)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The YPG must leave.", "According to Haaretz, the YPG must leave."),
        ("Battles erupted near Ain Issa.", "According to Haaretz, battles erupted near Ain Issa."),
        ("Russia sent police.", "According to Haaretz, Russia sent police."),
        ("IED attacks rose.", "According to Haaretz, IED attacks rose."),
        ("Haaretz reports that police came.", "Haaretz reports that police came."),
        ("According to the ministry, police came.", "According to the ministry, police came."),
    ],
)
def test_attribution_names_the_outlet_of_the_cited_passage(sentence: str, shown: str) -> None:
    from verify.write.summarize import attributed

    passage = "Fighting went on. Several battles followed. Officials in Russia said so."
    assert attributed(sentence, "Haaretz", passage) == shown


def test_writing_context_sections() -> None:
    writing = writing_context(CHECKS, OWN_PASSAGES)
    assert set(writing.claims) == {1, 3, 4}  # claim 2 is an opinion: no slot
    assert writing.claims[1].section is Section.ONLY_HERE
    assert writing.claims[1].allowed == {"000aaa-0000"}
    assert writing.claims[3].section is Section.CORROBORATED
    assert writing.claims[4].section is Section.CONTRADICTED


def test_claims_whose_evidence_is_too_long_keep_their_extractive_sentence(
    tmp_path: Path,
) -> None:
    from verify.write.summarize import FOCUS_CHARS

    long_check = CHECKS[2].model_copy(deep=True)
    for ev in long_check.evidence:
        longer = ev.quote[:-1] + " and" + " more" * FOCUS_CHARS
        ev.passage = ev.passage.model_copy(
            update={"text": ev.passage.text.replace(ev.quote, longer)}
        )
        ev.quote = longer
    checks = [CHECKS[0], CHECKS[1], long_check, CHECKS[3]]
    llm = ScriptedLLM(REPLIES[1:], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, checks, OWN_PASSAGES, llm=llm)
    assert len(llm.requests) == 2
    assert [s.writer for s in summary.sentences][1:] == [Writer.LLM, Writer.LLM]


def test_a_claim_whose_evidence_is_not_about_it_is_not_given_to_the_llm(tmp_path: Path) -> None:
    """No sentence of an unrelated passage could pass as the claim's: no call is spent on it."""
    unrelated = CHECKS[2].model_copy(deep=True)
    unrelated.claim.text = "The council closed the Elm River bridge on May 3."
    checks = [CHECKS[0], CHECKS[1], unrelated, CHECKS[3]]
    llm = ScriptedLLM(REPLIES[1:], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, checks, OWN_PASSAGES, llm=llm)
    assert len(llm.requests) == 2 and "Elm River" not in llm.requests[0]["messages"][-1].content
    assert [s.writer for s in summary.sentences] == [Writer.EXTRACTIVE, Writer.LLM, Writer.LLM]
    assert flags == []


def test_long_sections_are_cut_and_say_so() -> None:
    from test_report_samples import IED

    from verify.write.summarize import MAX_SENTENCES_PER_SECTION

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
