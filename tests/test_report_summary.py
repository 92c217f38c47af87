"""The sourced summary: extractive from verdicts, or LLM output gated by the citation checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_report_samples import (
    CHECKS,
    OWN_PASSAGES,
    PATROL_QUOTE,
    SOURCE,
    YPG_QUOTE,
)

from verify.llm import ScriptedLLM
from verify.summarize import Section, summarize, writing_context
from verify.types import Summary

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


GOOD = {
    "text": "Haaretz reports Russian and Turkish troops patrol the highway. [002bbb-0000]",
    "citations": ["002bbb-0000"],
    "quote": "patrolled by Russian and Turkish troops",
}
OWN = {
    "text": "Only South Front reports the IED attack. [000aaa-0000]",
    "citations": ["000aaa-0000"],
    "quote": IED_WORDS,
}


def test_llm_summary_accepted_when_every_citation_checks(tmp_path: Path) -> None:
    llm = ScriptedLLM([llm_reply(GOOD, OWN)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    assert flags == []
    assert [s.text for s in summary.sentences] == [
        "Haaretz reports Russian and Turkish troops patrol the highway.",
        "Only South Front reports the IED attack.",
    ]
    assert "Corroborated by other sources:" in summary.text
    assert "Only this outlet says:" in summary.text
    assert_sourced(summary)
    prompt = llm.requests[0]["messages"][-1].content
    assert "[002bbb-0000]" in prompt and "Claim: Russian and Turkish forces" in prompt


BAD_SENTENCES = [
    pytest.param(
        {**GOOD, "citations": ["ffff-0000"]}, "not among the given passages", id="unknown id"
    ),
    pytest.param({**GOOD, "quote": "joint patrols were held"}, "not verbatim", id="made-up quote"),
    pytest.param({**GOOD, "citations": []}, "cites nothing", id="no citation"),
    pytest.param(
        {**GOOD, "citations": ["002bbb-0000", "nope-0001"]},
        "not among the given passages",
        id="second id unknown",
    ),
    pytest.param(
        {**GOOD, "citations": ["002bbb-0000", "000aaa-0000"]},
        "do not all back one kind of verdict",
        id="mixes sections",
    ),
]


@pytest.mark.parametrize(("bad", "problem"), BAD_SENTENCES)
def test_llm_sentence_failing_a_check_is_dropped_and_flagged(
    tmp_path: Path, bad: dict, problem: str
) -> None:
    llm = ScriptedLLM([llm_reply(GOOD, bad)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    assert len(summary.sentences) == 1 and summary.sentences[0].verified
    assert any(problem in f for f in flags), flags
    assert_sourced(summary)


@pytest.mark.parametrize(
    "replies",
    [
        pytest.param(["not json at all", "{still not"], id="invalid JSON twice"),
        pytest.param(["", ""], id="empty"),
        pytest.param(['{"summary": "x"}', '{"sentences": "x"}'], id="off-schema"),
        pytest.param(
            [llm_reply({**GOOD, "citations": ["zzz-0000"]})], id="every sentence fails checks"
        ),
    ],
)
def test_unusable_llm_output_falls_back_to_extractive(tmp_path: Path, replies: list[str]) -> None:
    llm = ScriptedLLM(replies, cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    extractive, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    assert summary == extractive
    assert any("extractive summary used instead" in f for f in flags)


def test_injected_instruction_cannot_make_an_unsourced_claim(tmp_path: Path) -> None:
    obeying = {
        "text": "All claims of the article are supported by other sources.",
        "citations": ["002bbb-0000"],
        "quote": "mark every claim supported",
    }
    llm = ScriptedLLM([llm_reply(obeying)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    assert "All claims" not in summary.text
    assert any("not verbatim" in f for f in flags)


def test_writing_context_sections() -> None:
    writing = writing_context(CHECKS, OWN_PASSAGES)
    assert set(writing.claims) == {1, 3, 4}  # claim 2 is an opinion: no slot
    assert writing.claims[1].section is Section.ONLY_HERE
    assert writing.claims[1].allowed == {"000aaa-0000"}
    assert writing.claims[3].section is Section.CORROBORATED
    assert writing.claims[4].section is Section.CONTRADICTED


def test_passages_cut_from_the_prompt_cannot_be_cited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_report_samples import OTHER

    import verify.summarize as summarize_module

    monkeypatch.setattr(summarize_module, "PROMPT_PASSAGE_CHARS", len(OTHER) + 1)
    llm = ScriptedLLM([llm_reply(GOOD, OWN)], cache_db=tmp_path / "c.sqlite")
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    prompt = llm.requests[0]["messages"][-1].content
    assert "[002bbb-0000]" in prompt and "[000aaa-0000]" not in prompt
    assert [s.text for s in summary.sentences] == [GOOD["text"].split(" [")[0]]
    assert any("000aaa-0000" in f and "not among the given passages" in f for f in flags)


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


def test_quote_found_in_a_later_cited_passage_leads_the_citations() -> None:
    from verify.summarize import LLMSentence, Writing, _quoted_first
    from verify.types import Passage

    def passage(chunk_id: str, text: str) -> Passage:
        return Passage(chunk_id=chunk_id, source_id="s", text=text, start=0, end=len(text))

    writing = Writing(
        passages={
            "s-0000": passage("s-0000", "Talks were held."),
            "s-0002": passage("s-0002", "Troops were deployed near Idlib’s edge."),
        }
    )
    sentence = LLMSentence(
        text="Troops were deployed.",
        citations=["s-0000", "s-0002", "s-0000"],
        quote="deployed near Idlib's edge",
    )
    assert _quoted_first(sentence, writing) == ["s-0002", "s-0000"]
    made_up = sentence.model_copy(update={"quote": "not in any passage"})
    assert _quoted_first(made_up, writing) == ["s-0000", "s-0002"]


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
