"""How one passage's readings (whole, and chosen sentences) become its stance and its quote."""

from __future__ import annotations

from dataclasses import replace

import pytest

from verify.judge.check import SENTENCES_SCORED, Checker, _sentences_to_score, _strongest
from verify.judge.verdict import (
    MIN_SUPPORT_COVERAGE,
    RULES,
    VerdictRules,
    aggregate,
    decisive_side,
)
from verify.text import sentences_of as _sentences
from verify.types import Chunk, Passage, Stance, StanceScore, Verdict, VerdictResult

CLAIM = "Russian and Turkish troops patrol the M4 highway."
PASSAGE = (
    "Battles erupted this month near Ain Issa. "
    "The M4 highway is patrolled by Russian and Turkish troops. "
    "Moscow called for calm."
)
S1, S2, S3 = _sentences(PASSAGE)


def score(sup: float, ref: float) -> StanceScore:
    neutral = 1.0 - sup - ref
    probs = {Stance.SUPPORTS: sup, Stance.REFUTES: ref, Stance.NEUTRAL: neutral}
    return StanceScore(
        label=max(probs, key=lambda s: probs[s]), supports=sup, refutes=ref, neutral=neutral
    )


NEUTRAL = score(0.05, 0.05)


@pytest.mark.parametrize(
    ("whole", "readings", "stance", "quote"),
    [
        pytest.param(
            NEUTRAL,
            [(S1, NEUTRAL), (S2, score(0.9, 0.02)), (S3, None)],
            score(0.9, 0.02),
            S2,
            id="a decisive sentence beats a neutral passage",
        ),
        pytest.param(
            score(0.8, 0.0),
            [(S1, score(0.3, 0.0)), (S2, score(0.7, 0.0)), (S3, None)],
            score(0.8, 0.0),
            S2,
            id="a decisive passage quotes its sentence leaning the same way",
        ),
        pytest.param(
            score(0.02, 0.85),
            [(S1, score(0.0, 0.6)), (S2, score(0.3, 0.1)), (S3, None)],
            score(0.02, 0.85),
            S1,
            id="refuting passage quotes its most refuting sentence",
        ),
        pytest.param(
            NEUTRAL,
            [(S1, score(0.1, 0.1)), (S2, None), (S3, score(0.2, 0.1))],
            NEUTRAL,
            S2,
            id="nothing takes a side: the closest sentence by words",
        ),
        pytest.param(
            NEUTRAL,
            [(S1, None), (S2, None), (S3, None)],
            NEUTRAL,
            S2,
            id="no sentence scored",
        ),
        pytest.param(
            score(0.3, 0.0),
            [(S1, score(0.55, 0.0)), (S2, None), (S3, None)],
            score(0.55, 0.0),
            S1,
            id="weak sentence support is kept as the passage's stance",
        ),
        pytest.param(
            NEUTRAL,
            [(S1, score(0.88, 0.02)), (S2, score(0.85, 0.02)), (S3, None)],
            score(0.85, 0.02),
            S2,
            id="of several decisive sentences, the one sharing the claim's words",
        ),
        pytest.param(
            score(0.9, 0.0),
            [(S1, score(0.86, 0.0)), (S2, score(0.8, 0.0)), (S3, score(0.2, 0.0))],
            score(0.9, 0.0),
            S2,
            id="a decisive passage quotes its most relevant decisive sentence",
        ),
    ],
)
def test_strongest(
    whole: StanceScore,
    readings: list[tuple[str, StanceScore | None]],
    stance: StanceScore,
    quote: str,
) -> None:
    got_stance, got_quote, coverage = _strongest(CLAIM, PASSAGE, whole, readings)
    assert got_stance == stance
    assert got_quote == quote and got_quote in PASSAGE
    assert 0.0 <= coverage <= 1.0


def test_support_needs_a_sentence_covering_the_claim() -> None:
    # S1 shares no word with the claim: its strong "support" is the small model reading the
    # topic, so the passage's stance comes from S2, which says what the claim says.
    whole = score(0.85, 0.02)
    readings = [(S1, score(0.9, 0.02)), (S2, score(0.7, 0.05)), (S3, None)]
    stance, quote, coverage = _strongest(CLAIM, PASSAGE, whole, readings)
    assert quote == S2
    assert coverage == 1.0
    # The same passage without S2: nothing in it covers the claim, so no decisive support.
    lone = "Battles erupted this month near Ain Issa. Moscow called for calm."
    a, b = _sentences(lone)
    stance, quote, coverage = _strongest(CLAIM, lone, whole, [(a, score(0.9, 0.02)), (b, None)])
    assert coverage < MIN_SUPPORT_COVERAGE
    assert decisive_side(stance, coverage) is Stance.NEUTRAL


def test_sentences_are_verbatim() -> None:
    assert [S1, S2, S3] == [
        "Battles erupted this month near Ain Issa.",
        "The M4 highway is patrolled by Russian and Turkish troops.",
        "Moscow called for calm.",
    ]
    assert _sentences("One sentence only") == ["One sentence only"]


def test_sentences_to_score_prefers_shared_words_and_is_capped() -> None:
    many = [[S1, S2, S3]] * 10
    chosen = _sentences_to_score(CLAIM, many)
    assert len(chosen) == SENTENCES_SCORED
    assert all(j == 1 for _, j in chosen)  # the patrol sentence of each passage first
    assert _sentences_to_score(CLAIM, [[PASSAGE]]) == []  # one-sentence passages: whole only
    assert _sentences_to_score("Unrelated words entirely", [[S1, S3]]) == []


class TopicReader:
    """A stance model with the small model's failing: any statement without a negation on the
    passage's topic reads as support; a negated one as neutral."""

    name = "topic-reader"

    def predict(self, pairs: list[tuple[str, str]], batch_size: int = 32) -> list[StanceScore]:
        negated = ("not", "n't", "never")
        return [
            NEUTRAL if any(w in claim.split() or w in claim for w in negated) else score(0.9, 0.02)
            for _, claim in pairs
        ]


class NoLinks:
    def duplicate_links(self) -> dict[str, str]:
        return {}


def _verdict_of(claim: str, text: str, rules: VerdictRules = RULES) -> VerdictResult:
    from verify.config import get_settings

    passage = Passage(
        chunk_id="c1", source_id="s1", outlet="Haaretz", text=text, start=0, end=len(text)
    )
    checker = Checker(NoLinks(), get_settings(), TopicReader(), rules)  # type: ignore[arg-type]
    return aggregate([item for item, _ in checker.score(claim, [passage])], rules)


def test_a_negated_claim_is_refuted_by_a_passage_that_supports_it_without_the_negation() -> None:
    result = _verdict_of("Russian and Turkish troops do not patrol the M4 highway.", PASSAGE)
    assert result.verdict is Verdict.REFUTED
    assert "Haaretz says" in result.reason and "patrolled by Russian and Turkish" in result.reason
    assert result.reason.count("the claim says") == 1


def test_a_passage_saying_something_is_not_so_does_not_refute_a_negated_claim() -> None:
    text = "The M4 highway is not patrolled by Russian and Turkish troops. Moscow called for calm."
    result = _verdict_of("Russian and Turkish troops do not patrol the M4 highway.", text)
    assert result.verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    "objective",
    [
        "OBJECTIVE To examine whether current use of ADHD medications is associated with "
        "increased risk of serious cardiovascular events.",
        "OBJECTIVE To assess whether use of ADHD medications among adults leads to increased "
        "risk of serious cardiovascular events.",
    ],
    ids=["whether under its verb", "whether split off by the parser"],
)
def test_a_sentence_that_only_asks_does_not_refute_a_negated_claim(objective: str) -> None:
    """A study's objective names what it asked, not what it found: read as support for the
    claim without its negation, it is no statement that the negated claim is wrong."""
    claim = "Uses of ADHD medications do not increase the risk of serious cardiovascular events."
    result = _verdict_of(claim, objective)
    assert result.verdict is not Verdict.REFUTED, result.reason


def test_the_affirmed_reading_is_a_rule_that_can_be_turned_off() -> None:
    rules = replace(RULES, affirmed_refutes_negation=False)
    claim = "Russian and Turkish troops do not patrol the M4 highway."
    assert _verdict_of(claim, PASSAGE, rules).verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert _verdict_of(claim.replace("do not patrol", "patrol"), PASSAGE).verdict is (
        Verdict.SUPPORTED
    )


class OneSource(NoLinks):
    """A store holding one source, in two chunks."""

    def __init__(self, *texts: str) -> None:
        self.texts = texts

    def chunks_of(self, source_id: str) -> list[Chunk]:
        return [
            Chunk(id=f"{source_id}-{i}", source_id=source_id, index=i, text=t, start=0, end=len(t))
            for i, t in enumerate(self.texts)
        ]


def test_an_organisation_named_only_in_another_chunk_of_the_source_is_not_absent() -> None:
    """A name the passage never names blocks its support, unless its source names it in
    another chunk: articles name a firm once, then write "the firm" or "it"."""
    from verify.config import get_settings

    claim = "Wiggins will ride a bike built by Pinarello for the attempt."
    second = "Wiggins will ride a bike built for the attempt at the Lee Valley VeloPark."
    passage = Passage(
        chunk_id="s1-1", source_id="s1", outlet="BBC", text=second, start=0, end=len(second)
    )
    named = OneSource("Wiggins has signed with Pinarello for the hour record.", second)
    silent = OneSource("Wiggins has signed with Sky for the hour record.", second)
    verdicts = {}
    for name, store in (("named", named), ("silent", silent)):
        checker = Checker(store, get_settings(), TopicReader(), RULES)  # type: ignore[arg-type]
        verdicts[name] = aggregate([item for item, _ in checker.score(claim, [passage])], RULES)
    assert verdicts["named"].verdict is Verdict.SUPPORTED, verdicts["named"].reason
    assert verdicts["silent"].verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "\u201cPinarello\u201d" in verdicts["silent"].reason


class YearReader:
    """A stance model with the larger model's failing: a claim naming a year the premise does
    not give reads as refuted; anything else on the topic as support."""

    name = "year-reader"

    def predict(self, pairs: list[tuple[str, str]], batch_size: int = 32) -> list[StanceScore]:
        import re

        return [
            score(0.05, 0.85)
            if any(y not in premise for y in re.findall(r"\b1[89]\d\d\b", claim))
            else score(0.9, 0.02)
            for premise, claim in pairs
        ]


class AlwaysRefutes:
    name = "always-refutes"

    def predict(self, pairs: list[tuple[str, str]], batch_size: int = 32) -> list[StanceScore]:
        return [score(0.05, 0.85) for _ in pairs]


def _read_by(reader: object, claim: str, text: str, rules: VerdictRules = RULES) -> VerdictResult:
    from verify.config import get_settings

    passage = Passage(
        chunk_id="c1", source_id="s1", outlet="Haaretz", text=text, start=0, end=len(text)
    )
    checker = Checker(NoLinks(), get_settings(), reader, rules)  # type: ignore[arg-type]
    return aggregate([item for item, _ in checker.score(claim, [passage])], rules)


def test_a_refutation_hinging_on_a_year_the_passage_never_gives_does_not_count() -> None:
    """The passage is silent on the year: it neither states nor denies it, so the claim with
    an added year is not refuted by it (nor supported: the year is a fact it must state)."""
    claim = "Russian and Turkish troops patrol the M4 highway in 1923."
    result = _read_by(YearReader(), claim, PASSAGE)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE, result.reason
    assert "1923" in result.reason
    off = replace(RULES, refute_needs_stated_detail=False)
    assert _read_by(YearReader(), claim, PASSAGE, off).verdict is Verdict.REFUTED


def test_a_refutation_that_stands_without_the_detail_still_counts() -> None:
    """Read again without its year the claim is still refuted, so the year was not what the
    refutation hinged on. (Against `PASSAGE`, which says the claim without its year word for
    word, a refutation read by the model alone no longer counts at all:
    `VerdictRules.said_as_claimed_blocks_refutation`.)"""
    claim = "Russian and Turkish troops patrol the M4 highway in 1923."
    other_words = (
        "Battles erupted this month near Ain Issa. Russian and Turkish troops guard the M4 "
        "highway. Moscow called for calm."
    )
    assert _read_by(AlwaysRefutes(), claim, other_words).verdict is Verdict.REFUTED
    verbatim = _read_by(AlwaysRefutes(), claim, PASSAGE)
    assert verbatim.verdict is Verdict.NOT_ENOUGH_EVIDENCE, verbatim.reason


def test_a_passage_giving_another_date_keeps_the_models_refutation() -> None:
    """Only silence on the date lifts the refutation: a passage that gives a date of its own
    may give it for the claim's event, where the alignment did not pair the two."""
    claim = "Russian and Turkish troops patrol the M4 highway in 1923."
    dated = "The M4 highway is patrolled by Russian and Turkish troops. Talks began in 2019."
    assert _read_by(YearReader(), claim, dated).verdict is Verdict.REFUTED


def test_a_passage_that_denies_the_same_thing_does_not_refute_a_negated_claim() -> None:
    """A passage saying the claim's verb negated, whoever its subject, says what the negated
    claim says: the model's reading of refutation is not counted, and the why line says so."""
    claim = "The University of Virginia has never expelled a student for sexual assault."
    text = (
        "The University of Virginia is under investigation over how it handles sexual assault. "
        "The school has never expelled a single student for sexual assault."
    )
    result = _read_by(AlwaysRefutes(), claim, text)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE, result.reason
    assert "denies \u201cexpelled\u201d too" in result.reason
    off = replace(RULES, denial_blocks_refutation=False)
    assert _read_by(AlwaysRefutes(), claim, text, off).verdict is Verdict.REFUTED
