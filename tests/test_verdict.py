"""Verdict aggregation: every branch as a table row (pure code, no models)."""

from __future__ import annotations

import pytest

from verify.judge.align import Alignment
from verify.judge.verdict import (
    DECISIVE_MARGIN,
    DECISIVE_PROB,
    MIN_SUPPORT_COVERAGE,
    RULES,
    ScoredEvidence,
    VerdictRules,
    aggregate,
    decisive_side,
    independent_groups,
)
from verify.types import FactConflict, FactKind, FactRef, Passage, Stance, StanceScore, Verdict


def ev(
    source: str,
    sup: float,
    ref: float,
    *,
    outlet: str = "",
    chunk: int = 0,
    duplicate_of: str | None = None,
    duplicates: tuple[str, ...] = (),
    coverage: float = 1.0,
    alignment: Alignment | None = None,
) -> ScoredEvidence:
    neutral = max(0.0, 1.0 - sup - ref)
    probs = {Stance.SUPPORTS: sup, Stance.REFUTES: ref, Stance.NEUTRAL: neutral}
    label = max(probs, key=lambda s: probs[s])
    return ScoredEvidence(
        passage=Passage(
            chunk_id=f"{source}-{chunk:04d}",
            source_id=source,
            outlet=outlet,
            text=f"passage {chunk} of {source}",
            start=0,
            end=10,
        ),
        stance=StanceScore(label=label, supports=sup, refutes=ref, neutral=neutral),
        duplicate_of=duplicate_of,
        duplicates=list(duplicates),
        coverage=coverage,
        alignment=alignment,
    )


STRONG = 0.9
SOCHI = FactConflict(kind=FactKind.PLACE, claim="Ankara", evidence="Sochi")
RUSSIA, ANKARA = (
    FactRef(kind=FactKind.PLACE, text="Russia"),
    FactRef(kind=FactKind.PLACE, text="Ankara"),
)
KOBANI, UN = FactRef(kind=FactKind.PLACE, text="Kobani"), FactRef(kind=FactKind.ORG, text="UN")
STATES_ALL = Alignment(matched=["Russia", "Ankara"], central=[RUSSIA, ANKARA])
CONTRADICTS = Alignment(
    matched=["Russia"],
    conflicting=[SOCHI],
    central=[RUSSIA, ANKARA],
    unstated=[ANKARA],
    same_event=0.9,
)
OTHER_EVENT = Alignment(
    matched=["Russia"], central=[RUSSIA, ANKARA], unstated=[ANKARA], missing=["Ankara"]
)
LEAVES_OUT = Alignment(
    matched=["Russia"], missing=["Kobani"], central=[RUSSIA, KOBANI], unstated=[KOBANI]
)
NAMES_NONE = Alignment(missing=["UN"], central=[UN], unstated=[UN])
LOSING = FactConflict(kind=FactKind.EVENT, claim="Greenland not lose", evidence="ice sheets lose")
REVERSES = Alignment(matched=["Russia", "Ankara"], central=[RUSSIA, ANKARA], reversals=[LOSING])
WEAK = 0.55

CASES = [
    # (id, evidence, verdict, independent sources)
    ("nothing retrieved", [], Verdict.NOT_ENOUGH_EVIDENCE, 0),
    ("only neutral", [ev("a", 0.05, 0.05), ev("b", 0.1, 0.0)], Verdict.NOT_ENOUGH_EVIDENCE, 0),
    ("weak support", [ev("a", WEAK, 0.05, outlet="A")], Verdict.NOT_ENOUGH_EVIDENCE, 0),
    ("weak refute", [ev("a", 0.05, WEAK, outlet="A")], Verdict.NOT_ENOUGH_EVIDENCE, 0),
    (
        "support without a clear margin over refute",
        [ev("a", 0.62, 0.38, outlet="A")],
        Verdict.NOT_ENOUGH_EVIDENCE,
        0,
    ),
    ("one strong support", [ev("a", STRONG, 0.02, outlet="A")], Verdict.SUPPORTED, 1),
    (
        "one strong support among neutrals",
        [ev("a", 0.1, 0.0, outlet="A"), ev("b", STRONG, 0.02, outlet="B"), ev("c", 0.0, 0.1)],
        Verdict.SUPPORTED,
        1,
    ),
    ("one strong refute", [ev("a", 0.02, STRONG, outlet="A")], Verdict.REFUTED, 1),
    (
        "two passages of one source count once",
        [ev("a", STRONG, 0.0, chunk=0), ev("a", 0.8, 0.0, chunk=1)],
        Verdict.SUPPORTED,
        1,
    ),
    (
        "two sources of one outlet count once",
        [ev("a", STRONG, 0.0, outlet="Reuters"), ev("b", 0.8, 0.0, outlet="reuters ")],
        Verdict.SUPPORTED,
        1,
    ),
    (
        "syndicated copy counts once (duplicate_of)",
        [ev("a", STRONG, 0.0, outlet="Haaretz"), ev("b", 0.8, 0.0, outlet="Y", duplicate_of="a")],
        Verdict.SUPPORTED,
        1,
    ),
    (
        "syndicated copy counts once (duplicates)",
        [ev("a", STRONG, 0.0, outlet="X", duplicates=("b",)), ev("b", 0.8, 0.0, outlet="Y")],
        Verdict.SUPPORTED,
        1,
    ),
    (
        "two outlets support",
        [ev("a", STRONG, 0.0, outlet="A"), ev("b", 0.8, 0.0, outlet="B")],
        Verdict.SUPPORTED,
        2,
    ),
    (
        "two outlets refute",
        [ev("a", 0.0, STRONG, outlet="A"), ev("b", 0.0, 0.8, outlet="B")],
        Verdict.REFUTED,
        2,
    ),
    (
        "support and refute from different outlets",
        [ev("a", STRONG, 0.0, outlet="A"), ev("b", 0.0, STRONG, outlet="B")],
        Verdict.CONFLICTING,
        2,
    ),
    (
        "support and weak refute is still support",
        [ev("a", STRONG, 0.0, outlet="A"), ev("b", 0.0, WEAK, outlet="B")],
        Verdict.SUPPORTED,
        1,
    ),
    (
        "one outlet both ways votes with its strongest passage",
        [ev("a", STRONG, 0.0, outlet="A", chunk=0), ev("a", 0.0, 0.7, outlet="A", chunk=1)],
        Verdict.SUPPORTED,
        1,
    ),
    (
        "one outlet equally both ways decides nothing",
        [ev("a", 0.8, 0.0, outlet="A", chunk=0), ev("a", 0.0, 0.8, outlet="A", chunk=1)],
        Verdict.NOT_ENOUGH_EVIDENCE,
        0,
    ),
    (
        "strong support from a passage that leaves out most of the claim",
        [ev("a", STRONG, 0.0, outlet="A", coverage=MIN_SUPPORT_COVERAGE - 0.01)],
        Verdict.NOT_ENOUGH_EVIDENCE,
        0,
    ),
    (
        "support at the coverage threshold",
        [ev("a", STRONG, 0.0, outlet="A", coverage=MIN_SUPPORT_COVERAGE)],
        Verdict.SUPPORTED,
        1,
    ),
    (
        "an uncovered support does not make a refutation conflicting",
        [ev("a", STRONG, 0.0, outlet="A", coverage=0.1), ev("b", 0.0, STRONG, outlet="B")],
        Verdict.REFUTED,
        1,
    ),
    (
        "a model refutation from a passage sharing few of the claim's words is not counted",
        [ev("a", 0.0, STRONG, outlet="A", coverage=0.1)],
        Verdict.NOT_ENOUGH_EVIDENCE,
        0,
    ),
    (
        "a changed fact refutes whatever the coverage",
        [ev("a", 0.0, 0.0, outlet="A", coverage=0.1, alignment=CONTRADICTS)],
        Verdict.REFUTED,
        1,
    ),
    (
        "copy of a refuting source does not make a second refuter",
        [
            ev("a", STRONG, 0.0, outlet="A"),
            ev("b", 0.0, STRONG, outlet="B"),
            ev("c", 0.0, STRONG, outlet="C", duplicate_of="b"),
        ],
        Verdict.CONFLICTING,
        2,
    ),
]


@pytest.mark.parametrize(
    ("evidence", "verdict", "independent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_aggregate(evidence: list[ScoredEvidence], verdict: Verdict, independent: int) -> None:
    result = aggregate(evidence)
    assert result.verdict is verdict
    assert result.independent_sources == independent
    if verdict is Verdict.NOT_ENOUGH_EVIDENCE:
        assert result.confidence is None  # abstaining has no confidence (verify.judge.verdict)
    else:
        assert result.confidence is not None and 0.0 <= result.confidence <= 1.0
    assert result.reason


@pytest.mark.parametrize(
    ("sup", "ref", "side"),
    [
        (DECISIVE_PROB, DECISIVE_PROB - DECISIVE_MARGIN, Stance.SUPPORTS),
        (DECISIVE_PROB - 0.01, 0.0, Stance.NEUTRAL),
        (DECISIVE_PROB, DECISIVE_PROB - DECISIVE_MARGIN + 0.01, Stance.NEUTRAL),
        (0.0, DECISIVE_PROB, Stance.REFUTES),
        (0.33, 0.33, Stance.NEUTRAL),
    ],
)
def test_decisive_side_thresholds(sup: float, ref: float, side: Stance) -> None:
    assert decisive_side(ev("a", sup, ref).stance) is side


def test_corroboration_raises_confidence() -> None:
    one = aggregate([ev("a", 0.8, 0.0, outlet="A")])
    two = aggregate([ev("a", 0.8, 0.0, outlet="A"), ev("b", 0.8, 0.0, outlet="B")])
    same_outlet = aggregate([ev("a", 0.8, 0.0, outlet="A"), ev("b", 0.8, 0.0, outlet="A")])
    assert one.confidence == pytest.approx(0.8)
    assert two.confidence == pytest.approx(0.96)
    assert same_outlet.confidence == pytest.approx(0.8)


def test_weak_evidence_reason_names_the_threshold() -> None:
    result = aggregate([ev("a", WEAK, 0.0, outlet="A")])
    assert "weak support" in result.reason
    assert result.confidence is None


def test_uncovered_support_reason_names_the_coverage() -> None:
    result = aggregate([ev("a", 0.83, 0.05, outlet="A", coverage=0.25)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "read as support (0.83)" in result.reason
    assert "at most 25% of its content words" in result.reason
    assert result.confidence is None


# ---- the claim's facts (verify.judge.align) ------------------------------------------------------


@pytest.mark.parametrize(
    ("sup", "ref", "alignment", "side"),
    [
        (STRONG, 0.0, STATES_ALL, Stance.SUPPORTS),
        (STRONG, 0.0, LEAVES_OUT, Stance.NEUTRAL),
        (STRONG, 0.0, CONTRADICTS, Stance.REFUTES),
        (0.1, 0.1, CONTRADICTS, Stance.REFUTES),
        (STRONG, 0.0, OTHER_EVENT, Stance.NEUTRAL),
        (0.0, STRONG, NAMES_NONE, Stance.NEUTRAL),
        (0.0, STRONG, LEAVES_OUT, Stance.REFUTES),
        (STRONG, 0.0, None, Stance.SUPPORTS),
        (STRONG, 0.0, REVERSES, Stance.NEUTRAL),
    ],
    ids=[
        "states every fact",
        "leaves out a central fact",
        "contradicts a fact while the model reads support",
        "contradicts a fact while the model reads nothing",
        "different fact in a sentence about another event",
        "model refutes but names none of the claim's facts",
        "model refutes and names half of them",
        "not aligned",
        "states the facts but the claim's event the other way",
    ],
)
def test_facts_decide_what_a_reading_counts_for(
    sup: float, ref: float, alignment: Alignment | None, side: Stance
) -> None:
    assert decisive_side(ev("a", sup, ref).stance, 1.0, alignment) is side


def test_without_facts_the_rules_are_the_stance_model_and_coverage_only() -> None:
    rules = VerdictRules(facts=False)
    assert decisive_side(ev("a", STRONG, 0).stance, 1.0, LEAVES_OUT, rules) is Stance.SUPPORTS
    assert decisive_side(ev("a", 0.1, 0.1).stance, 1.0, CONTRADICTS, rules) is Stance.NEUTRAL
    assert RULES.facts


def test_a_contradicted_fact_refutes_and_the_reason_names_it() -> None:
    result = aggregate([ev("a", STRONG, 0.0, outlet="South Front", alignment=CONTRADICTS)])
    assert result.verdict is Verdict.REFUTED
    assert result.reason == "the claim says \u201cAnkara\u201d; South Front says \u201cSochi\u201d"
    assert result.decisive == ["a-0000"] and result.independent_sources == 1


def test_support_and_a_contradiction_from_two_outlets_conflict() -> None:
    result = aggregate(
        [
            ev("a", STRONG, 0.0, outlet="A", alignment=STATES_ALL),
            ev("b", STRONG, 0.0, outlet="B", alignment=CONTRADICTS),
        ]
    )
    assert result.verdict is Verdict.CONFLICTING


def test_a_fact_no_passage_mentions_is_named() -> None:
    result = aggregate([ev("a", STRONG, 0.0, outlet="A", alignment=LEAVES_OUT)] * 2)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.startswith("no source mentions \u201cKobani\u201d")
    assert result.independent_sources == 0 and result.decisive == []


def test_only_passages_that_counted_are_independent_sources() -> None:
    result = aggregate(
        [
            ev("a", STRONG, 0.0, outlet="A", alignment=STATES_ALL),
            ev("b", STRONG, 0.0, outlet="B", alignment=LEAVES_OUT),
        ]
    )
    assert result.verdict is Verdict.SUPPORTED
    assert result.independent_sources == 1 and result.decisive == ["a-0000"]


def test_decisive_lists_the_deciding_chunks() -> None:
    result = aggregate([ev("a", STRONG, 0.0, chunk=3), ev("b", 0.1, 0.0)])
    assert result.decisive == ["a-0003"]


def test_independent_groups_are_transitive() -> None:
    items = [
        ev("a", 0, 0, outlet="X"),
        ev("b", 0, 0, outlet="Y", duplicate_of="a"),
        ev("c", 0, 0, outlet="Y"),
        ev("d", 0, 0, outlet="Z"),
        ev("e", 0, 0),
    ]
    groups = independent_groups(items)
    assert groups[0] == groups[1] == groups[2]
    assert len({groups[0], groups[3], groups[4]}) == 3


def test_a_reversed_event_blocks_support_and_the_reason_names_it() -> None:
    result = aggregate([ev("a", STRONG, 0.0, outlet="Wikipedia", alignment=REVERSES)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.endswith(
        "state the opposite: the claim says \u201cGreenland not lose\u201d; "
        "Wikipedia says \u201cice sheets lose\u201d"
    )
    rules = VerdictRules(reversal_blocks_support=False)
    assert aggregate([ev("a", STRONG, 0.0, alignment=REVERSES)], rules).verdict is (
        Verdict.SUPPORTED
    )


def test_a_reversed_event_needs_only_its_own_bar_to_refute() -> None:
    rules = VerdictRules(min_event_clash=0.5, min_same_event=0.7)
    clash = Alignment(conflicting=[LOSING], central=[], same_event=0.55)
    assert decisive_side(ev("a", STRONG, 0.0).stance, 1.0, clash, rules) is Stance.REFUTES
    strict = VerdictRules(min_event_clash=0.7)
    assert decisive_side(ev("a", STRONG, 0.0).stance, 1.0, clash, strict) is Stance.NEUTRAL
    fact = Alignment(conflicting=[SOCHI], central=[ANKARA], same_event=0.55)
    assert decisive_side(ev("a", STRONG, 0.0).stance, 1.0, fact, rules) is Stance.NEUTRAL


GAIN_LOSE = FactConflict(kind=FactKind.EVENT, claim="Greenland gain", evidence="losing")


def test_support_for_the_event_said_the_other_way_by_its_actor_refutes() -> None:
    """The model read the content as support; the alignment reads the polarity."""
    by_actor = REVERSES.model_copy(update={"reversed_by_actor": LOSING})
    result = aggregate([ev("a", STRONG, 0.0, outlet="Wikipedia", alignment=by_actor)])
    assert result.verdict is Verdict.REFUTED
    assert result.reason == (
        "the claim says \u201cGreenland not lose\u201d; Wikipedia says \u201cice sheets lose\u201d"
    )
    rules = VerdictRules(reversed_support_refutes=False)
    items = [ev("a", STRONG, 0.0, alignment=by_actor)]
    assert aggregate(items, rules).verdict is Verdict.NOT_ENOUGH_EVIDENCE


def test_a_text_that_says_only_the_other_way_blocks_support_and_refutes_from_its_sentence() -> None:
    near = STATES_ALL.model_copy(update={"direction_clash": GAIN_LOSE})
    result = aggregate([ev("a", STRONG, 0.0, outlet="Wikipedia", alignment=near)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.endswith(
        "say it goes the other way: the claim says \u201cGreenland gain\u201d; "
        "Wikipedia says \u201closing\u201d"
    )
    plain = VerdictRules(direction_blocks_support=False, reversed_support_refutes=False)
    assert aggregate([ev("a", STRONG, 0.0, alignment=near)], plain).verdict is Verdict.SUPPORTED
    said = near.model_copy(
        update={"sentence": "The ice sheets are losing mass.", "same_event": 0.6}
    )
    result = aggregate([ev("a", STRONG, 0.0, outlet="Wikipedia", alignment=said)])
    assert result.verdict is Verdict.REFUTED
    assert result.reason.endswith("Wikipedia says \u201closing\u201d")


def test_within_one_source_a_stated_fact_outweighs_a_reading_of_support() -> None:
    """A source whose passage states the claim's fact differently refutes it, though the model
    reads another of its passages as stronger support; a refutation read by the model alone
    does not."""
    stated = CONTRADICTS.model_copy(update={"same_event": 0.8})
    items = [
        ev("a", 0.95, 0.0, outlet="A", chunk=0, alignment=STATES_ALL),
        ev("a", 0.0, 0.0, outlet="A", chunk=1, alignment=stated),
    ]
    result = aggregate(items, VerdictRules(grounded_refutation_wins=True))
    assert result.verdict is Verdict.REFUTED
    assert result.decisive == ["a-0001"] and "Sochi" in result.reason
    assert aggregate(items, VerdictRules(grounded_refutation_wins=False)).verdict is (
        Verdict.SUPPORTED
    )
    read = [items[0], ev("a", 0.0, 0.8, outlet="A", chunk=1, alignment=STATES_ALL)]
    result = aggregate(read, VerdictRules(grounded_refutation_wins=True))
    assert result.verdict is Verdict.SUPPORTED


def test_within_one_source_a_passage_that_states_the_whole_claim_is_not_outweighed() -> None:
    """ "Eight Iranian border guards have been killed ... near the border with Pakistan" states
    the claim; the same article's "14 Iranian border guards were killed" (in 2013) does not
    make the source refute it. A passage that only reads as support still loses."""
    whole = STATES_ALL.model_copy(update={"same_event": 0.9})
    stated = CONTRADICTS.model_copy(update={"same_event": 0.8})
    items = [
        ev("a", 0.9, 0.0, outlet="A", chunk=0, alignment=whole),
        ev("a", 0.0, 0.0, outlet="A", chunk=1, alignment=stated),
    ]
    assert aggregate(items, VerdictRules()).verdict is Verdict.SUPPORTED
    off = VerdictRules(stated_support_holds=False)
    assert aggregate(items, off).verdict is Verdict.REFUTED
    partly = [ev("a", 0.9, 0.0, outlet="A", chunk=0, alignment=STATES_ALL), items[1]]
    assert aggregate(partly, VerdictRules()).verdict is Verdict.REFUTED


def test_a_negated_claim_is_not_supported_by_a_text_that_says_nothing_is_not_so() -> None:
    silent = STATES_ALL.model_copy(update={"negation_stated": False})
    result = aggregate([ev("a", STRONG, 0.0, alignment=silent)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.endswith("none of them says, as the claim does, that it is not so")
    says_no = STATES_ALL.model_copy(update={"negation_stated": True})
    assert aggregate([ev("a", STRONG, 0.0, alignment=says_no)]).verdict is Verdict.SUPPORTED
    rules = VerdictRules(negation_needs_negative=False)
    assert aggregate([ev("a", STRONG, 0.0, alignment=silent)], rules).verdict is Verdict.SUPPORTED


def test_an_organisation_the_passage_names_nowhere_blocks_support_and_is_named() -> None:
    """Organisations need not be stated near the claim's event, but a passage that never names
    one (`Alignment.absent`) does not support the claim: a gene swapped for another."""
    elsewhere = STATES_ALL.model_copy(update={"absent": ["WAT"]})
    result = aggregate([ev("a", STRONG, 0.0, alignment=elsewhere)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert "\u201cWAT\u201d" in result.reason
    rules = VerdictRules(absent_names_block=False)
    assert aggregate([ev("a", STRONG, 0.0, alignment=elsewhere)], rules).verdict is (
        Verdict.SUPPORTED
    )


def test_a_passage_sharing_only_the_claims_date_does_not_support_it() -> None:
    """ "Sterling will lead Liverpool's line at Wembley on Sunday" is read as support for "The
    dairy was robbed on Sunday": a sentence that shares only dates and numbers with the claim is
    about something else (`Alignment.counts_only`)."""
    elsewhere = STATES_ALL.model_copy(update={"counts_only": True})
    assert aggregate([ev("a", STRONG, 0.0, alignment=elsewhere)]).verdict is (
        Verdict.NOT_ENOUGH_EVIDENCE
    )
    rules = VerdictRules(counts_alone_block=False)
    assert aggregate([ev("a", STRONG, 0.0, alignment=elsewhere)], rules).verdict is (
        Verdict.SUPPORTED
    )


def test_a_passage_holding_little_of_the_claim_must_name_its_event() -> None:
    """The model reads "water vapour is a greenhouse gas" as support for "water vapour in the
    stratosphere began global warming": a passage holding less than `event_needed_below` of the
    claim supports it only if it names the claim's event, when that event has an opposite."""
    rules = VerdictRules(event_needed_below=0.5, event_needed_polar_only=True)
    unsaid = STATES_ALL.model_copy(
        update={"event_stated": False, "event_word": "began", "event_polar": True}
    )
    result = aggregate([ev("a", STRONG, 0.0, coverage=0.4, alignment=unsaid)], rules)
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.endswith("but none of them says \u201cbegan\u201d")
    held = [ev("a", STRONG, 0.0, coverage=0.6, alignment=unsaid)]
    assert aggregate(held, rules).verdict is Verdict.SUPPORTED
    said = unsaid.model_copy(update={"event_stated": True})
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.4, alignment=said)], rules).verdict is (
        Verdict.SUPPORTED
    )
    light = unsaid.model_copy(update={"event_polar": False})
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.4, alignment=light)], rules).verdict is (
        Verdict.SUPPORTED
    )
    off = VerdictRules(event_needed_below=0.0)
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.4, alignment=unsaid)], off).verdict is (
        Verdict.SUPPORTED
    )


def test_a_refutation_read_by_the_model_must_address_the_claim() -> None:
    """The model reads "Our analysis places the epicentre of the event to within 2km of the
    Preese Hall site" as refuting "Protesters blocked the entrance to the Preese Hall site": a
    passage holding less than `refute_event_needed_below` of the claim, naming neither its
    event nor who does it, refutes nothing."""
    aside = STATES_ALL.model_copy(
        update={"event_stated": False, "actor_stated": False, "event_word": "blocked"}
    )
    result = aggregate([ev("a", 0.05, STRONG, coverage=0.4, alignment=aside)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason == (
        "a passage reads as refuting it (0.90) but names neither \u201cblocked\u201d nor who "
        "does it"
    )
    held = [ev("a", 0.05, STRONG, coverage=0.6, alignment=aside)]
    assert aggregate(held).verdict is Verdict.REFUTED
    for said in ({"event_stated": True}, {"actor_stated": True}, {"actor_stated": None}):
        addressed = aside.model_copy(update=said)
        got = aggregate([ev("a", 0.05, STRONG, coverage=0.4, alignment=addressed)])
        assert got.verdict is Verdict.REFUTED, said
    negated = aside.model_copy(update={"negation_stated": False})  # the claim says "not"
    got = aggregate([ev("a", 0.05, STRONG, coverage=0.4, alignment=negated)])
    assert got.verdict is Verdict.REFUTED
    off = VerdictRules(refute_event_needed_below=0.0)
    got = aggregate([ev("a", 0.05, STRONG, coverage=0.4, alignment=aside)], off)
    assert got.verdict is Verdict.REFUTED


def test_an_event_with_a_named_participant_must_be_named_by_the_support() -> None:
    """The model reads a passage about Townsend, Tottenham and the Burnley game as support for
    "Townsend was fined by Tottenham after the Burnley game", which it never reports: however
    much of the claim a passage holds, it must name an event that a person or an organisation
    takes part in."""
    unsaid = STATES_ALL.model_copy(
        update={"event_stated": False, "event_word": "fined", "event_named": True}
    )
    result = aggregate([ev("a", STRONG, 0.0, coverage=0.9, alignment=unsaid)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.endswith("but none of them says \u201cfined\u201d")
    said = unsaid.model_copy(update={"event_stated": True})
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.9, alignment=said)]).verdict is (
        Verdict.SUPPORTED
    )
    unnamed = unsaid.model_copy(update={"event_named": False})
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.9, alignment=unnamed)]).verdict is (
        Verdict.SUPPORTED
    )
    off = VerdictRules(event_needed_named=False)
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.9, alignment=unsaid)], off).verdict is (
        Verdict.SUPPORTED
    )


def test_a_passage_holding_little_of_the_claim_must_name_what_its_light_verb_says() -> None:
    """The model reads a passage on the same story as support for "Two other people were taken
    to hospital with serious injuries": a passage holding less than `complement_needed_below`
    of the claim supports a light verb's claim only if it names the noun that says what
    happened ("hospital")."""
    unsaid = STATES_ALL.model_copy(
        update={"complement_stated": False, "complement_word": "hospital", "event_word": "taken"}
    )
    result = aggregate([ev("a", STRONG, 0.0, coverage=0.4, alignment=unsaid)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.endswith("but none of them says \u201chospital\u201d")
    held = [ev("a", STRONG, 0.0, coverage=0.6, alignment=unsaid)]
    assert aggregate(held).verdict is Verdict.SUPPORTED
    said = unsaid.model_copy(update={"complement_stated": True})
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.4, alignment=said)]).verdict is (
        Verdict.SUPPORTED
    )
    off = VerdictRules(complement_needed_below=0.0)
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.4, alignment=unsaid)], off).verdict is (
        Verdict.SUPPORTED
    )


def test_a_source_that_says_the_negated_claim_outweighs_its_affirmed_reading() -> None:
    """ "The cheetahs did not approach the boy": one passage of the source says so in so many
    words; another is read by the model as support for "The cheetahs approached the boy" (the
    claim without its negation) and says nothing negative. What the source says wins."""
    said = STATES_ALL.model_copy(update={"negation_stated": True, "negated_event_said": True})
    affirmed = STATES_ALL.model_copy(
        update={
            "negation_stated": False,
            "affirmed": True,
            "same_event": 0.8,
            "conflicting": [
                FactConflict(kind=FactKind.EVENT, claim="not approach", evidence="fell in")
            ],
        }
    )
    items = [
        ev("a", 0.84, 0.0, outlet="A", chunk=0, alignment=said),
        ev("a", 0.0, 0.83, outlet="A", chunk=1, alignment=affirmed),
    ]
    assert aggregate(items).verdict is Verdict.SUPPORTED
    alone = [items[1]]
    assert aggregate(alone).verdict is Verdict.REFUTED


def test_a_date_tied_to_the_claims_act_counts_at_the_events_bar() -> None:
    """Another date on the claim's own verb, with another of its facts on it, is held to the bar
    of the claim's event negated ("comes to digital HD on Friday" / "on Monday"); any other
    changed fact to the higher bar of a sentence about the same event."""
    from verify.judge.verdict import contradicts

    between = (RULES.min_event_clash + RULES.min_same_event) / 2
    date = FactConflict(kind=FactKind.DATE, claim="Monday", evidence="Friday")
    loose = Alignment(conflicting=[date], same_event=between)
    tied = Alignment(conflicting=[date.model_copy(update={"tied": True})], same_event=between)
    assert not contradicts(loose) and contradicts(tied)


def test_a_fact_named_only_away_from_the_rest_of_the_claim_is_said_so() -> None:
    """A passage that names the fact, but not beside what it says of the rest of the claim, is
    not "no source mentions" it."""
    item = ev("a", STRONG, 0.0, outlet="A", alignment=LEAVES_OUT)
    text = "Kobani was shelled on Monday. Later, Russia sent police to the north."
    apart = item.model_copy(update={"passage": item.passage.model_copy(update={"text": text})})
    result = aggregate([apart])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.startswith(
        "no source states \u201cKobani\u201d beside the rest of the claim"
    ), result.reason
    assert aggregate([item]).reason.startswith("no source mentions \u201cKobani\u201d")


def test_a_number_inside_another_is_not_named_apart() -> None:
    """ "2" is not named by "2014", nor "50" by "50,000": the fact is still mentioned nowhere."""
    two = FactRef(kind=FactKind.NUMBER, text="2")
    leaves_two = Alignment(matched=["Russia"], missing=["2"], central=[RUSSIA, two], unstated=[two])
    item = ev("a", STRONG, 0.0, outlet="A", alignment=leaves_two)
    text = "In 2014 Russia paid 50,000 roubles."
    inside = item.model_copy(update={"passage": item.passage.model_copy(update={"text": text})})
    assert aggregate([inside]).reason.startswith("no source mentions \u201c2\u201d")


def test_a_passage_that_says_the_claim_as_claimed_does_not_refute_it() -> None:
    """Version 3 read "Serco Northlink was awarded the six-year £243m Northern Isles contract in
    2012" as refuted by a passage holding that very sentence."""
    said = STATES_ALL.model_copy(update={"same_event": 1.0})
    result = aggregate([ev("a", 0.05, STRONG, coverage=1.0, alignment=said)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason == "a passage reads as refuting it (0.90) but says it as the claim does"
    for other in (
        {"same_event": 0.9},
        {"negation_stated": False},
        {"reversals": [LOSING]},
        {"negation_written": True},  # "decided not to escape" / "decided they had to try to"
    ):
        got = aggregate(
            [ev("a", 0.05, STRONG, coverage=1.0, alignment=said.model_copy(update=other))]
        )
        assert got.verdict is Verdict.REFUTED, other
    off = VerdictRules(said_as_claimed_blocks_refutation=False)
    assert aggregate([ev("a", 0.05, STRONG, coverage=1.0, alignment=said)], off).verdict is (
        Verdict.REFUTED
    )


def test_an_event_that_is_all_the_claim_says_must_be_named_by_the_support() -> None:
    """The model reads a passage on an attack as support for "The suspect had previously been
    convicted of assault", which has nothing but its event to check: however much of the claim
    the passage holds, it must name that event."""
    unsaid = Alignment(
        event_stated=False, event_word="convicted", event_polar=True, event_an_act=True
    )
    result = aggregate([ev("a", STRONG, 0.0, coverage=0.6, alignment=unsaid)])
    assert result.verdict is Verdict.NOT_ENOUGH_EVIDENCE
    assert result.reason.endswith("but none of them says \u201cconvicted\u201d")
    said = unsaid.model_copy(update={"event_stated": True})
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.6, alignment=said)]).verdict is (
        Verdict.SUPPORTED
    )
    way = unsaid.model_copy(update={"event_an_act": False})  # "increases the risk"
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.6, alignment=way)]).verdict is (
        Verdict.SUPPORTED
    )
    named = unsaid.model_copy(update={"matched": ["Hamelin"]})  # something else was checked
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.6, alignment=named)]).verdict is (
        Verdict.SUPPORTED
    )
    off = VerdictRules(event_needed_alone=False)
    assert aggregate([ev("a", STRONG, 0.0, coverage=0.6, alignment=unsaid)], off).verdict is (
        Verdict.SUPPORTED
    )
