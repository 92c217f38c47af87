"""Citation checks: ids must have been given, quotes must be verbatim; quote picking."""

from __future__ import annotations

import pytest

from verify.text import find_verbatim, lexical_overlap, normalize, stemmed_overlap
from verify.types import Passage
from verify.write.citations import (
    DraftSentence,
    QuoteRef,
    check_sentence_citations,
    check_sentences,
    pick_quote,
)

TEXT = (
    "Russia said late on Sunday it had sent more military police to an area in northern Syria.\n"
    "The  deployment comes ahead of talks, the \u201cofficial\u201d said.\n"
    "It said it had not detected shelling from Turkish-backed fighters in the last 24 hours."
)
PASSAGE = Passage(
    chunk_id="002-0001", source_id="002", outlet="Haaretz", text=TEXT, start=0, end=len(TEXT)
)
GIVEN = {PASSAGE.chunk_id: PASSAGE}


def sentence(*refs: tuple[str, str], text: str = "Russia sent police.") -> DraftSentence:
    return DraftSentence(text=text, citations=[QuoteRef(chunk_id=c, quote=q) for c, q in refs])


@pytest.mark.parametrize(
    ("refs", "ok", "problem"),
    [
        ([("002-0001", "sent more military police")], True, ""),
        ([("002-0001", "The deployment comes ahead")], True, ""),  # whitespace differs
        ([("002-0001", 'the "official" said')], True, ""),  # straight vs curly quotes
        ([("002-0001", "northern Syria. The deployment")], True, ""),  # across a line break
        ([("002-0009", "sent more military police")], False, "not among the given passages"),
        ([("002-0001", "sent more troops")], False, "not verbatim"),
        ([("002-0001", "SENT MORE MILITARY POLICE")], False, "not verbatim"),  # no case folding
        ([("002-0001", "")], False, "not verbatim"),
        ([("002-0001", "   ")], False, "not verbatim"),
        ([], False, "cites nothing"),
        (
            [("002-0001", "sent more military police"), ("other-0000", "x")],
            False,
            "not among the given passages",
        ),
    ],
)
def test_check_sentence_citations(refs: list[tuple[str, str]], ok: bool, problem: str) -> None:
    checked = check_sentence_citations(sentence(*refs), GIVEN)
    assert checked.sentence.verified is ok
    if ok:
        assert checked.problems == []
        assert checked.sentence.citations == ["002-0001"]
        for citation in checked.citations:
            assert citation.quote in citation.passage  # verbatim, original spacing and quotes
            assert citation.outlet == "Haaretz"
    else:
        assert any(problem in p for p in checked.problems)
        assert checked.citations == []
        assert checked.sentence.citations == []  # a failing sentence never looks sourced


def test_empty_sentence_is_not_verified() -> None:
    checked = check_sentence_citations(sentence(("002-0001", "Russia said"), text="  "), GIVEN)
    assert not checked.sentence.verified
    assert "empty sentence" in checked.problems


def test_check_sentences_keeps_order() -> None:
    good = sentence(("002-0001", "Russia said"))
    bad = sentence(("nope", "Russia said"))
    assert [c.sentence.verified for c in check_sentences([good, bad, good], GIVEN)] == [
        True,
        False,
        True,
    ]


def test_find_verbatim_returns_the_original_text() -> None:
    assert find_verbatim('the "official" said', TEXT) == "the \u201cofficial\u201d said"
    assert find_verbatim("The deployment", TEXT) == "The  deployment"
    assert find_verbatim("Syria. The", TEXT) == "Syria.\nThe"
    assert find_verbatim("absent", TEXT) is None


def test_normalize_only_touches_space_and_quotes() -> None:
    assert normalize("  \u2018A\u2019  \n b\u201c ") == "'A' b\""
    assert normalize("Caf\u00e9 -- X") == "Caf\u00e9 -- X"


def spans_of(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def test_pick_quote_by_lexical_overlap_is_verbatim() -> None:
    quote = pick_quote("No shelling was detected in 24 hours", TEXT, spans=spans_of(TEXT))
    assert quote.startswith("It said it had not detected shelling")
    assert quote in TEXT


def test_pick_quote_prefers_the_scorer() -> None:
    def scorer(sentences: list[str]) -> list[float]:
        return [0.9 if "deployment" in s else 0.1 for s in sentences]

    quote = pick_quote(
        "No shelling was detected in 24 hours", TEXT, spans=spans_of(TEXT), scorer=scorer
    )
    assert quote.startswith("The  deployment")


def test_pick_quote_of_empty_passage() -> None:
    assert pick_quote("anything", "   ", spans=[]) == ""


@pytest.mark.parametrize(
    ("claim", "sentence_text", "expected"),
    [
        ("Russian patrols", "Joint Russian patrols continued.", 1.0),
        ("Russian patrols", "Nothing related here.", 0.0),
        ("the of and", "the of and", 0.0),
    ],
)
def test_lexical_overlap(claim: str, sentence_text: str, expected: float) -> None:
    assert lexical_overlap(claim, sentence_text) == pytest.approx(expected, abs=0.011)


@pytest.mark.parametrize(
    ("claim", "sentence_text", "expected"),
    [
        # words of speech and the "s" of a possessive say nothing of the claim: "Rebbie" and
        # "his" of "rebbie, lawyer, his, client, would, plead, guilty" are shared
        (
            "Rebbie's lawyer said his client would plead not guilty.",
            "Rebbie uploaded the videos to his computer to view later, prosecutors said.",
            2 / 7,
        ),
        ("Troponin T may not be diagnostic", "troponin T is diagnostic", 3 / 4),
        ("Russian patrols were stopped", "The patrol stopped near Russian posts", 3 / 4),
    ],
    ids=["words of speech", "a letter that names", "stems"],
)
def test_stemmed_overlap(claim: str, sentence_text: str, expected: float) -> None:
    assert stemmed_overlap(claim, sentence_text) == pytest.approx(expected)
