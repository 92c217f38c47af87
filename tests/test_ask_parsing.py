"""Pure pieces of `verify ask`: splitting an LLM answer into cited sentences, streaming its
`answer` field, numbering citations, choosing what the stance model reads. No models loaded."""

from __future__ import annotations

import json

import pytest

from verify.llm.prompts import CANNOT_ANSWER
from verify.types import Citation, Passage
from verify.write.ask import (
    AnswerFieldStream,
    Checked,
    LLMAnswer,
    LLMCitation,
    answer_units,
    assemble_answer,
    evidence_windows,
    split_answer,
)

PASSAGE = Passage(
    chunk_id="aaaa-0001",
    source_id="aaaa",
    outlet="Haaretz",
    text="Battles erupted near Ain Issa. Additional units arrived in the Ain Issa area. It rained.",
    start=0,
    end=90,
)


@pytest.mark.parametrize(
    ("answer", "units"),
    [
        ("One. [a-1]", [("One.", ["a-1"])]),
        ("One [a-1]. Two [a-2, b-3]", [("One", ["a-1"]), ("Two", ["a-2", "b-3"])]),
        ("One. [a-1][b-2] Two.", [("One.", ["a-1", "b-2"]), ("Two.", [])]),
        ("No marks at all.", [("No marks at all.", [])]),
        ("[a-1]", []),
        ("", []),
    ],
    ids=[
        "one",
        "comma ids, mark before period",
        "adjacent marks, uncited tail",
        "none",
        "only",
        "",
    ],
)
def test_answer_units(answer: str, units: list[tuple[str, list[str]]]) -> None:
    assert answer_units(answer) == units


def test_cited_id_without_a_quote_gets_a_verbatim_sentence_of_its_passage() -> None:
    parsed = LLMAnswer(answerable=True, answer="Units went to Ain Issa. [aaaa-0001]")
    drafts = split_answer(parsed, {PASSAGE.chunk_id: PASSAGE})
    quote = drafts.sentences[0].citations[0].quote
    assert quote == "Additional units arrived in the Ain Issa area."


def test_given_quotes_are_kept_as_given_so_the_check_can_reject_them() -> None:
    parsed = LLMAnswer(
        answerable=True,
        answer="Units went to Ain Issa. [aaaa-0001]",
        citations=[LLMCitation(chunk_id="aaaa-0001", quote="made up words")],
    )
    drafts = split_answer(parsed, {PASSAGE.chunk_id: PASSAGE})
    assert [c.quote for c in drafts.sentences[0].citations] == ["made up words"]


@pytest.mark.parametrize("answerable", [False, True])
def test_model_saying_it_cannot_answer_gives_no_sentences(answerable: bool) -> None:
    parsed = LLMAnswer(answerable=answerable, answer=CANNOT_ANSWER)
    drafts = split_answer(parsed, {})
    assert drafts.sentences == [] and "do not answer" in drafts.flags[0]


def test_answer_field_streams_decoded_and_stops_at_its_end() -> None:
    reply = json.dumps(
        {"answerable": True, "answer": 'He said "go" \u2014 now.\nDone [x-1]', "citations": []}
    )
    seen: list[str] = []
    stream = AnswerFieldStream(seen.append)
    for end in range(1, len(reply) + 1):
        stream.feed(reply[:end])
    assert "".join(seen) == 'He said "go" \u2014 now.\nDone [x-1]'


def citation(chunk: str, quote: str, outlet: str) -> Citation:
    return Citation(chunk_id=chunk, source_id=chunk[:4], outlet=outlet, passage=quote, quote=quote)


def test_citations_are_numbered_once_in_order_of_first_use() -> None:
    a, b = citation("aaaa-0001", "A said so.", "A"), citation("bbbb-0002", "B said so.", "B")
    kept = [Checked("First", [a, b, a]), Checked("Second.", [b])]
    answer = assemble_answer("Q?", kept, [], [])
    assert answer.answer == "First. [1][2] Second. [2]"
    assert [c.chunk_id for c in answer.citations] == ["aaaa-0001", "bbbb-0002"]


def test_disagreement_is_told_outlet_by_outlet() -> None:
    a, b = citation("aaaa-0001", "It opened.", "A"), citation("bbbb-0002", "It stayed shut.", "B")
    answer = assemble_answer(
        "Q?", [Checked("It opened.", [a]), Checked("It stayed shut.", [b])], ["A", "B"], []
    )
    assert answer.answer == (
        "The sources disagree. A says: It opened. [1] B says: It stayed shut. [2]"
    )


def test_stance_model_reads_the_passage_the_quote_window_and_best_windows() -> None:
    windows = evidence_windows("Units went to Ain Issa.", PASSAGE.text, quote="It rained.")
    assert windows[0] == PASSAGE.text
    assert "Additional units arrived in the Ain Issa area. It rained." in windows
    assert len(windows) == len(set(windows))
