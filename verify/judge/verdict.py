"""Verdict aggregation: the stances of retrieved passages -> one verdict for a claim.

Pure decision code, no I/O: the caller passes each scored passage with what it knows about where
the passage came from, and gets back a verdict, a confidence, a reason and the number of
independent sources behind the verdict.

Rules, in order (thresholds are the fields of `VerdictRules`, passed in; `RULES` is the default):

1. A passage is *decisive* for a side when the stance model gives that side at least
   ``decisive_prob`` and beats the opposite side by at least ``decisive_margin``. The stance model
   is small, so a label alone (argmax) is not enough: weak or near-tied passages never decide.
   The model reads passages on the claim's topic as support, so support is checked against the
   claim's facts (`verify.judge.align`): it counts only when
   * the text the model read holds at least ``min_support_coverage`` of the claim's content
     words (stemmed): a passage that leaves out most of what the claim says cannot corroborate it;
   * the passage states the claim's checkable facts: none contradicted, none of the central
     ones (numbers, dates, places, people, organisations, groups) missing;
   * its sentence most about the claim shares more with the claim than its dates and numbers
     (``counts_alone_block``: "at Wembley on Sunday" is no support for "The dairy was robbed
     on Sunday");
   * no organisation or untyped name taking part in the claim goes unnamed in the passage's
     whole source (``absent_names_block``; codes such as gene names, and names that only
     describe a noun, are left out): "Daredevil streamed on Hulu" is not supported by an
     article on Netflix;
   * the passage does not state the claim's own event the other way, negated or by its
     opposite verb, for the same actor, near its sentence most about the claim
     (``reversal_blocks_support``): the model reads "Greenland is not losing ice" as supported
     by "the Greenland ice sheets have been losing mass";
   * for a claim that says which way something goes ("temperatures are declining"), the passage
     does not say only the other way near that sentence (``direction_blocks_support``: "rising",
     with no "declining" or "fall" beside it);
   * for a passage holding less than ``event_needed_below`` of the claim's words, it names the
     claim's event near that sentence, when the event has an opposite ("began", "deny",
     "gaining"): by its verb, a word for the same direction, or another word for causing;
     whatever it holds, when a person or an organisation takes part in the event
     (``event_needed_named``: "Townsend was fined by Tottenham"), or when the event, an act, is
     all the claim says that can be checked (``event_needed_alone``: "The suspect had
     previously been convicted of assault");
   * for a negated claim, the passage says near that sentence that something is not so (a
     negated verb, a negative word such as "no" or "without", or the claim's verb's opposite:
     ``negation_needs_negative``): the model reads "Arctic sea ice has not declined" as supported
     by "Arctic sea ice has declined".
   A passage the model reads as clear support, which holds enough of the claim and states its
   facts, but in which the claim's named actor does the claim's event the other way, or whose
   sentence most about the claim (holding ``min_event_clash`` of it) says it goes the other way,
   *refutes* it (``reversed_support_refutes``): the model read the content, the alignment the
   polarity ("Ultrasound guidance raises the number of traumatic procedures" against
   "ultrasound imaging significantly reduced the risk of traumatic procedures").
   A passage about the same event that states a fact differently (its sentence holds at least
   ``min_same_event`` of the rest of the claim's words, and gives another number for the same
   thing, another date, another place or actor in the same role, or the claim's verb negated or
   turned into its opposite) is evidence *against* the claim, whatever the model reads: a
   changed number, place or date must not read as support. The claim's own event negated or
   reversed by the same actor needs only ``min_event_clash`` of the rest of the claim: the verb
   and its actor already tie the sentence to the claim; so does another date, or another count
   of the same noun, on the claim's own verb with another of the claim's facts on it
   (``FactConflict.tied``: "comes to digital HD on Friday" for "come to digital HD on Monday",
   "Duffy has joined ... on a one-year contract" for "on a two-year contract"). A refutation
   read by the model
   counts when the text holds at least ``min_refute_coverage`` of the claim's words and, if it
   holds less than ``refute_event_needed_below`` of them, names the claim's event or its actor;
   not when one of its sentences says the claim as claimed (``said_as_claimed_blocks_refutation``:
   every word and fact of the claim, nothing stated otherwise or the other way).
2. Decisive passages are grouped into *independent sources*: passages of one source, of syndicated
   copies of it (``Source.duplicate_of`` / ``duplicates``) and of one outlet count once. A group
   that has decisive passages on both sides votes for the side of its strongest passage, unless
   one of its passages refutes by a stated fact (``grounded_refutation_wins``): then it refutes,
   unless another of its passages states the whole claim (every fact, in a sentence holding
   ``min_same_event`` of it: ``stated_support_holds``): then it supports.
3. No group on either side -> ``NOT_ENOUGH_EVIDENCE`` (abstaining is a normal result).
   Groups on one side only -> ``SUPPORTED`` / ``REFUTED``.
   Groups on both sides -> ``CONFLICTING``.
4. Confidence: for a one-sided verdict, the noisy-OR of the groups' strongest probabilities
   (independent sources corroborate each other); for ``CONFLICTING``, the weaker side's strength
   (how sure we are that there really is a disagreement). ``NOT_ENOUGH_EVIDENCE`` has no
   confidence (None): it is the absence of a decision, and its `reason` says what is missing.
   A passage refuting by a contradicted fact counts with the larger of the model's refute
   probability and the share of the rest of the claim its sentence holds; one read as support
   but stating the event the other way, with the model's support probability.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from pydantic import Field

from verify.judge.align import Alignment
from verify.text import unique
from verify.types import (
    FactConflict,
    FactKind,
    Model,
    Passage,
    Stance,
    StanceScore,
    Verdict,
    VerdictResult,
)


@dataclass(frozen=True)
class VerdictRules:
    """The thresholds of every support judgement in the product (verdicts, the summary's and
    `ask`'s support checks, the check of rewritten claims). Pass another instance to try others;
    nothing reads module globals."""

    decisive_prob: float = 0.6
    """Minimum stance probability for a passage to count as clear support or refutation."""

    decisive_margin: float = 0.3
    """Minimum lead of that probability over the opposite side (supports vs refutes)."""

    min_support_coverage: float = 0.3
    """Minimum share of the claim's content words a passage (or sentence) must contain to
    support it. Chosen on the seeds gold set, SciFact dev and Climate-FEVER held-out verdicts
    together: 0.3 is the highest value that loses nothing on any of them; see `eval/README.md`,
    "Verdict rules"."""

    min_refute_coverage: float = 0.3
    """The same for a refutation read by the stance model: a passage sharing less than this of
    the claim's words is about something else."""

    min_refute_facts: float = 0.01
    """Minimum share of the claim's central facts (all kinds) a passage must state for a
    refutation read by the stance model to count; 0.01: at least one, when the claim names any.
    A passage naming none of the claim's people, places, organisations or numbers is about
    something else ("The UN condemned the attack" is not refuted by a passage about an attack
    that never mentions the UN). It costs Climate-FEVER 0.014 macro-F1 against no such rule;
    0.34 and 0.5 cost more (`eval/README.md`, "The claim's facts")."""

    refute_event_needed_below: float = 0.5
    """A refutation read by the stance model, from a passage holding less than this share of
    the claim's content words, counts only if the passage addresses the claim: it names the
    claim's event, states it the other way, or names who does it (`Alignment.event_stated`,
    `Alignment.reversals`, `Alignment.actor_stated`); a negated claim is exempt (the thing it
    denies, stated, refutes it). The model reads "Our analysis places the epicentre of the event
    to within 2km of the Preese Hall site" as refuting "Protesters blocked the entrance to the
    Preese Hall site", which it never addresses. 0: not checked. Replayed with
    `eval/tune_rules.py` (2026-12-03, version 2's readings): no change on the seeds, SciFact dev,
    Climate-FEVER or the perturbation suite; asking for the event alone (not the actor) cost
    SciFact dev 0.539 -> 0.532 and the perturbation suite's changed facts called REFUTED or
    CONFLICTING 31.4 -> 29.1 %."""

    min_same_event: float = 0.7
    """Minimum share of the rest of the claim's content words in a sentence for a fact it
    states differently to count against the claim (it is about the same event)."""

    min_event_clash: float = 0.5
    """The same bar for the claim's own event negated or replaced by its opposite by the same
    actor ("Russia militarily opposes the Syrian government's forces" against "Russia supports
    Assad's forces"): the verb and its actor tie the sentence to the claim more than a number or
    a name does. Chosen with `eval/tune_rules.py` on the four verdict suites: 0.5 against 0.7
    gains SciFact dev 0.018 macro-F1 and the perturbation suite 3 points of changed facts
    called REFUTED, with no change on the seeds or Climate-FEVER; 0.4 costs Climate-FEVER 0.003
    more and 0.3 0.011 (`eval/README.md`, "Verdict rules")."""

    reversal_blocks_support: bool = True
    """A passage that states the claim's event negated or reversed by the same actor, near the
    sentence most about the claim (`verify.judge.align.Alignment.reversals`), cannot support it,
    whatever the model reads: the model reads "not losing ice" as support from "losing mass"."""

    negation_needs_negative: bool = True
    """A negated claim ("Greenland is not losing ice") is supported only by a passage that says,
    near the sentence most about the claim, that something is not so (a negation, a negative
    word, or the opposite of the claim's verb): the model reads a passage on the same topic
    that says nothing negative as support."""

    direction_blocks_support: bool = True
    """A claim that something goes one way ("temperatures are declining") is not supported by a
    passage that, near the sentence most about the claim, says only the other way ("rising")."""

    reversed_support_refutes: bool = True
    """A passage the model reads as clear support, which holds enough of the claim and states
    its facts but states its event the other way, refutes it: the model read the content, the
    alignment the polarity. The other way: the claim's event negated or reversed by its actor,
    named in both ("Russia withdrew" / "units of the Russian military police have arrived"; a
    verb with no subject found is not enough), or, when `direction_blocks_support`, going the
    other way in the passage's sentence most about the claim when that sentence holds
    `min_event_clash` of the claim."""

    denial_blocks_refutation: bool = True
    """A refutation read by the stance model alone does not count for a negated claim when the
    passage, near its sentence most about the claim, negates the claim's verb too, whoever
    its subject (`Alignment.denial_said`): "The school has never expelled a single student for
    sexual assault" says what "The University of Virginia has never expelled a student for
    sexual assault" says, though version 2 read the chunk as refuting it (0.83). A passage
    that states the thing denied still refutes (rule 1, and the negated claim read without its
    negation, `affirmed_refutes_negation`)."""

    said_as_claimed_blocks_refutation: bool = True
    """A refutation read by the stance model alone does not count from a passage whose sentence
    most about the claim holds every content word of it and states all its facts, none
    otherwise, with no negation, reversal or other way in the passage (`_said_as_claimed`):
    version 3 read "Serco Northlink was awarded the six-year £243m Northern Isles contract in
    2012" as refuted by a passage holding that very sentence."""

    refute_needs_stated_detail: bool = True
    """A refutation read by the stance model alone, of a claim that is not negated, does not
    count when it hinges on a date or place of the claim while the passage gives no date (or no
    place) at all: read again without them, the claim is not refuted (`Alignment.
    refuted_detail`). Such a passage neither states nor denies the detail; the model reads
    "Russian military police operate in northern Syria in 1923" as refuted by a report that
    gives no year. A passage giving another date or place still refutes (stated for the claim's
    event, a stated fact, rule 1; elsewhere, the model's reading stands). Costs one more model
    reading per such passage."""

    grounded_refutation_wins: bool = True
    """Within one source, a passage that refutes by what it states (a fact of the claim stated
    differently, or its event the other way) outweighs another of its passages read by the
    model as support, whatever the probabilities: the model reads a study's objective ("to
    determine whether ultrasound can reduce traumatic procedures") as support for "ultrasound
    raises the number of traumatic procedures", which its results sentence states the other way.
    Replayed with `eval/tune_rules.py` (2026-12-02): SciFact dev 0.526 -> 0.532, perturbation
    changed facts called SUPPORTED 11.1 -> 10.9 %, REFUTED or CONFLICTING 28.6 -> 28.8 %; seeds,
    Climate-FEVER, the originals and the added facts unchanged."""

    stated_support_holds: bool = True
    """Within one source, a passage read as clear support that states every fact of the claim
    (none missing or stated differently, its sentence holding `min_same_event` of the claim's
    words) is not outweighed by `grounded_refutation_wins`: the refuting sentence is about
    something else ("Eight Iranian border guards have been killed ... near the border with
    Pakistan" beside "in October 2013, when 14 Iranian border guards were killed"; "at the Lee
    Valley VeloPark on June 7" beside "on June 7 at London's Olympic Velodrome", one place)."""

    affirmed_refutes_negation: bool = True
    """A claim whose event is negated ("Russia does not have military police in Syria") is
    refuted by a passage that clearly supports it with the negation taken away
    (`verify.judge.align.affirmed`: "Russia has military police in Syria"), judged under these
    same rules, when nothing near the passage's sentence most about the claim is negative (no
    negation, negative word or opposite verb: `Alignment.negation_stated` is False, so the
    passage cannot support the negated claim either). The stance model reads negation poorly
    and the claim without it well. Costs a second reading of the passages of negated claims
    only. Replayed with `eval/tune_rules.py` (2026-12-02, version 2's readings): perturbation
    changed facts called REFUTED or CONFLICTING 28.8 -> 31.2 % (negated variants of supported
    originals: 81 -> 93 of 116 REFUTED), SciFact dev 0.533 -> 0.539, Climate-FEVER 0.454 ->
    0.451 (one gold-NOT ENOUGH INFO claim, "We didn't have global warming during the Industrial
    Revolution", now REFUTED), seeds 0.932 unchanged. Such a refutation is the model's
    reading, not a stated fact: a source that also says the negated claim in so many words (the
    same verb negated for the same actor, `Alignment.negated_event_said`: "The cheetahs did not
    approach the boy") is not refuted by it (2026-12-03; no change on any suite's replay)."""

    event_needed_below: float = 0.5
    """A passage holding less than this share of the claim's content words supports it only if
    it names the claim's event near its sentence most about the claim
    (`verify.judge.align.Alignment.event_stated`: the verb by stem or lemma, a word for the same
    direction, for a cause another word for causing, for "continued to rise" the verb it
    governs): the model reads "Greenland's ice cover shows a trend of increased melting" as
    support for "Greenland is gaining ice", and "scientists confirm" and "scientists deny" alike.
    0: not checked. Replayed with `eval/tune_rules.py` (2026-12-02, version 2's readings, with
    `event_needed_polar_only`): perturbation changed facts called SUPPORTED 10.9 -> 9.7 %,
    originals SUPPORTED 47.2 -> 45.3 %; SciFact dev 0.532 -> 0.533, Climate-FEVER 0.458 ->
    0.451 (three gold-SUPPORTED claims whose passages do not say "survived", "allows" or "rise"),
    seeds 0.932 unchanged. 0.4 and 0.7 do about the same; for every event (not only those with
    an opposite) 0.5 costs Climate-FEVER 0.036 and the seeds 0.004."""

    event_needed_polar_only: bool = True
    """Ask only for events that have an opposite (`Alignment.event_polar`: "gaining" /
    "losing", "began" / "stopped", "confirm" / "deny"): a passage that does not name such an
    event may say its opposite; other verbs are paraphrased more than they are reversed."""

    event_needed_named: bool = True
    """A passage supports a claim whose event has a named participant, a person or an organisation
    ("Townsend was fined by Tottenham", "The Hawks fined Sefolosha"), only if it names that
    event (`Alignment.event_named`, `Alignment.event_stated`), however much of the claim it
    holds: the model reads a passage naming the same people as support for an event it never
    reports. Replayed with `eval/tune_rules.py` (2026-12-03, version 2's readings): seeds and
    SciFact dev unchanged, Climate-FEVER 0.452 -> 0.451 ("Steve McIntyre noticed a strange
    discontinuity ...": its passages never say "noticed"), perturbation originals SUPPORTED
    45.69 -> 45.32 % (the same claim), added facts NOT_ENOUGH_EVIDENCE 92.51 -> 92.88 %. With
    places and groups as participants too it cost the seeds 0.932 -> 0.794 ("Russian and Turkish
    forces conduct patrol missions", "Russia militarily supports ..."). Asked of refutations
    read by the model too, it cost Climate-FEVER 0.007 (the IPCC "concedes that there has been
    no increase in extreme weather events", refuted by passages that never say "concedes").
    A name takes part less directly too: as the owner of the event's subject or object ("Luna's
    lawyer said he would appeal the verdict", "he" being the lawyer) or as whom it is told or
    sent to ("reported the incident to the Pentagon"); replayed (2026-12-04, versions 2 and 3):
    no verdict moved on the seeds, SciFact dev, Climate-FEVER or the perturbation suite, and on
    the held-out news sets four added events went from SUPPORTED to NOT_ENOUGH_EVIDENCE, no
    other verdict moving."""

    event_needed_alone: bool = True
    """A passage supports a claim whose only checkable fact is its event, an act with an
    opposite (`Alignment.event_an_act`), only if it names that event, however much of the claim
    it holds: there is nothing else to check ("The suspect had previously been convicted of
    assault", read as support from a passage on the attack that never mentions a conviction).
    Asked of ways a quantity goes too, it cost Climate-FEVER (2026-12-05, both models): "exposure
    to particulate matter increases the risk of ... lung cancer" is supported by passages that
    say "are linked to" and "a risk factor for"."""

    complement_needed_below: float = 0.5
    """A passage holding less than this share of the claim's content words supports a claim
    whose event is a light verb ("Two other people were taken to hospital with serious
    injuries", "made a decision") only if it names the noun that says what happened
    (`verify.judge.align.Alignment.complement_stated`: "hospital", "decision"): the model reads
    a passage on the same story that never mentions a hospital as support. 0: not checked.
    Replayed with `eval/tune_rules.py` (2026-12-05, versions 2 and 3): SciFact dev 0.536 ->
    0.539 and 0.638 -> 0.641 (a gold NOT ENOUGH INFO claim, "The loss of the TET protein
    functions may have dire biological consequences", no longer SUPPORTED), nothing else moved
    on the seeds, Climate-FEVER or the perturbation suite; on the news sets one added fact
    moved, SUPPORTED -> NOT_ENOUGH_EVIDENCE. A noun a number counts ("given two days of
    leave") is left to the count's own check; "become" is a light verb too, its noun the
    attribute ("would become a coach"). Tried and dropped (2026-12-05): asking the noun
    whatever the share where a person or an organisation takes part, as `event_needed_named`
    asks other verbs ("Howard Baker later became Senate majority leader"); no suite item moved,
    but a news paraphrase was lost ("Jake Lawlor gave Guiseley the lead" / "Guiseley went
    ahead"): a light verb's object is often said in other words."""

    counts_alone_block: bool = True
    """A passage whose sentence most about the claim shares only the claim's dates and numbers
    with it (`Alignment.counts_only`: "Sterling ... will lead Liverpool's line at Wembley on
    Sunday" for "The dairy was robbed on Sunday", read as support, 0.75) does not support it.
    Replayed with `eval/tune_rules.py` (2026-12-04): version 2 unchanged on the seeds, SciFact
    dev, Climate-FEVER and the perturbation suite; version 3 Climate-FEVER 0.477 -> 0.479 ("The
    2007's early start to Daylight Saving Time contributed to global warming", gold NOT ENOUGH
    INFO, no longer SUPPORTED), the rest unchanged. Tried and dropped (2026-12-05): a passage
    sharing words only with the claim's clause that describes a noun or sets the scene, and none
    with what the main clause says of its subject ("police responded to reports" for "The
    officers who responded to the man's call have been suspended"), does not support it. It
    fixed that added fact on the news sets, but replayed it cost perturbation originals
    SUPPORTED 45.32 -> 43.82 % (version 2) and 51.31 -> 49.81 % (version 3) and Climate-FEVER
    0.451 -> 0.444 (version 2): science claims say their main clause in other words ("Auditory
    entrainment is strengthened when people see ...", "some plants - like algae which use
    carbon - may even benefit")."""

    facts: bool = True
    """Check the claim's facts against the passage (False: the stance model and coverage only)."""

    required: frozenset[FactKind] = frozenset(
        {FactKind.NUMBER, FactKind.DATE, FactKind.PLACE, FactKind.PERSON}
    )
    """Kinds of the claim's facts a supporting passage must state: numbers, dates, places and
    people. Organisations, groups and untyped names are reported when missing but do not block
    support: in technical and encyclopedic text they are genes, methods and bodies named in
    other words (SciFact and Climate-FEVER lost 0.025 and 0.02 macro-F1 requiring them)."""

    absent_names_block: bool = True
    """An organisation or untyped name taking part in the claim that the passage's whole source
    names nowhere (`Alignment.absent`, narrowed by the checker to the source's other chunks)
    blocks its support, though those kinds need not be stated near the event (`required`):
    "Wiggins will ride a bike built by Pinarello" is not supported by an article that never
    names Pinarello. Codes (genes, cells) and names that only describe a noun ("the Zika
    virus") are left out. Replayed with version 2's readings (2026-12-03): SciFact dev 0.539 ->
    0.536 and Climate-FEVER 0.454 -> 0.451 (one verdict each); read per chunk instead of per
    source, and with codes, it cost 0.025 and 0.016. Codes alone, per source, cost SciFact dev
    0.536 -> 0.517 and Climate-FEVER 0.451 -> 0.441 (2026-12-04): sources write "Wip1" for
    "PPM1D", "carbon dioxide" for "CO2"."""

    fact_window: int | None = 1
    """A fact counts as stated when it is in the passage's sentence most about the claim's
    event or within this many sentences of it (None: anywhere in the passage)."""


RULES = VerdictRules()
DECISIVE_PROB = RULES.decisive_prob
DECISIVE_MARGIN = RULES.decisive_margin
MIN_SUPPORT_COVERAGE = RULES.min_support_coverage


class ScoredEvidence(Model):
    """One retrieved passage, its stance toward the claim and what identifies its origin."""

    passage: Passage
    stance: StanceScore
    duplicate_of: str | None = Field(
        default=None, description="Id of the source this passage's source is a syndicated copy of"
    )
    duplicates: list[str] = Field(
        default_factory=list, description="Ids of syndicated copies of this passage's source"
    )
    coverage: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="Share of the claim's content words in the text the stance was read from",
    )
    alignment: Alignment | None = Field(
        default=None, description="The claim's facts against the passage (None: not aligned)"
    )


def covers_claim(coverage: float, rules: VerdictRules = RULES) -> bool:
    """Whether a text holding this share of the claim's content words may count as support."""
    return coverage >= rules.min_support_coverage


def model_side(score: StanceScore, rules: VerdictRules = RULES) -> Stance:
    """The side the stance model clearly reads (probability and margin), otherwise NEUTRAL."""
    if score.supports >= rules.decisive_prob and score.supports - score.refutes >= (
        rules.decisive_margin
    ):
        return Stance.SUPPORTS
    if score.refutes >= rules.decisive_prob and score.refutes - score.supports >= (
        rules.decisive_margin
    ):
        return Stance.REFUTES
    return Stance.NEUTRAL


def contradicts(alignment: Alignment | None, rules: VerdictRules = RULES) -> bool:
    """The passage states one of the claim's facts differently, in a sentence about its event."""
    if not rules.facts or alignment is None or not alignment.conflicting:
        return False
    events = all(c.kind is FactKind.EVENT or c.tied for c in alignment.conflicting)
    return alignment.same_event >= (rules.min_event_clash if events else rules.min_same_event)


def reversal(
    score: StanceScore, coverage: float, alignment: Alignment | None, rules: VerdictRules = RULES
) -> FactConflict | None:
    """The claim's event as the passage states it the other way, when the model reads clear
    support from a passage that holds enough of the claim and states its facts (see
    `VerdictRules.reversed_support_refutes`): a named actor's event negated or reversed, or,
    in the sentence most about the claim, the claim's event going the other way."""
    if not (rules.facts and rules.reversed_support_refutes) or alignment is None:
        return None
    if model_side(score, rules) is not Stance.SUPPORTS or not covers_claim(coverage, rules):
        return None
    if not alignment.states_facts(rules.required):
        return None
    clash = alignment.direction_clash
    if (
        rules.direction_blocks_support
        and clash is not None
        and clash.evidence in alignment.sentence
        and alignment.same_event >= rules.min_event_clash
    ):
        return alignment.reversed_by_actor or clash
    return alignment.reversed_by_actor


def refutes_by_facts(
    score: StanceScore, coverage: float, alignment: Alignment | None, rules: VerdictRules = RULES
) -> bool:
    """The passage refutes the claim by what it states, whatever the model reads: a fact stated
    differently (`contradicts`) or the event the other way (`reversal`)."""
    return contradicts(alignment, rules) or reversal(score, coverage, alignment, rules) is not None


def decisive_side(
    score: StanceScore,
    coverage: float = 1.0,
    alignment: Alignment | None = None,
    rules: VerdictRules = RULES,
) -> Stance:
    """SUPPORTS / REFUTES when the passage clearly takes that side, otherwise NEUTRAL: the one
    support judgement of the product (see the module docstring).

    `coverage` is the share of the claim's content words in the text read; `alignment` the
    claim's facts against the passage (None: facts not checked)."""
    if refutes_by_facts(score, coverage, alignment, rules):
        return Stance.REFUTES
    side = model_side(score, rules)
    if side is Stance.SUPPORTS:
        states = (
            alignment is None
            or not rules.facts
            or (
                alignment.states_facts(rules.required)
                and not (rules.absent_names_block and alignment.absent)
                and not (rules.counts_alone_block and alignment.counts_only)
                and not (rules.reversal_blocks_support and alignment.reversals)
                and not (rules.negation_needs_negative and alignment.negation_stated is False)
                and not (rules.direction_blocks_support and alignment.direction_clash)
                and not _event_unsaid(alignment, coverage, rules)
            )
        )
        return Stance.SUPPORTS if covers_claim(coverage, rules) and states else Stance.NEUTRAL
    if side is Stance.REFUTES:
        names_enough = (
            alignment is None
            or not rules.facts
            or (alignment.stated_share() >= rules.min_refute_facts)
        )
        if coverage < rules.min_refute_coverage or not names_enough:
            return Stance.NEUTRAL
        if alignment is not None and rules.facts and _event_unaddressed(alignment, coverage, rules):
            return Stance.NEUTRAL
        if alignment is not None and rules.facts and _refutation_unfounded(alignment, rules):
            return Stance.NEUTRAL
    return side


def _said_as_claimed(alignment: Alignment) -> bool:
    """The sentence most about the claim holds all of its content words, every fact of the
    claim is stated, none otherwise, and nothing near it negates, reverses or turns the claim's
    event; where the claim or that sentence negates anything, the words do not tell ("Hanan
    and the others decided not to escape" has all its words in "Hanan and the others decided
    they had to try to escape", "there were plans" in "there were no plans")."""
    return (
        alignment.same_event >= 1.0
        and not alignment.unstated
        and not alignment.conflicting
        and not alignment.reversals
        and alignment.direction_clash is None
        and alignment.negation_stated is None
        and not alignment.negation_written
        and alignment.event_stated is not False
    )


def _refutation_unfounded(alignment: Alignment, rules: VerdictRules) -> bool:
    return bool(_unfounded_because(alignment, rules))


def _unfounded_because(alignment: Alignment, rules: VerdictRules) -> str:
    """Why the model's refutation does not count, "" when it does: it hinges on a detail the
    passage never gives (`VerdictRules.refute_needs_stated_detail`), the passage says the
    negated claim's denial itself (`VerdictRules.denial_blocks_refutation`), or it says the
    claim as claimed (`VerdictRules.said_as_claimed_blocks_refutation`)."""
    if rules.refute_needs_stated_detail and alignment.refuted_detail:
        return f"never gives {_listing(alignment.refuted_detail)}"
    if rules.denial_blocks_refutation and alignment.denial_said:
        return f"denies {_quoted(alignment.event_word)} too"
    if rules.said_as_claimed_blocks_refutation and _said_as_claimed(alignment):
        return "says it as the claim does"
    return ""


def _event_unsaid(alignment: Alignment, coverage: float, rules: VerdictRules) -> bool:
    """The passage does not name the claim's event, and either a person or an organisation
    takes part in it (`VerdictRules.event_needed_named`) or the passage holds little of the
    claim (`VerdictRules.event_needed_below`) or nothing else of the claim can be checked
    (`VerdictRules.event_needed_alone`); or it holds little of the claim and does not name
    what the claim's light verb says happened (`VerdictRules.complement_needed_below`)."""
    if alignment.complement_stated is False and coverage < rules.complement_needed_below:
        return True
    if alignment.event_stated is not False:
        return False
    if rules.event_needed_named and alignment.event_named:
        return True
    if rules.event_needed_polar_only and not alignment.event_polar:
        return False
    alone = not (alignment.matched or alignment.missing or alignment.conflicting)
    if rules.event_needed_alone and alignment.event_an_act and alone:
        return True  # the event is all the claim says that can be checked
    return coverage < rules.event_needed_below


def _event_unaddressed(alignment: Alignment, coverage: float, rules: VerdictRules) -> bool:
    """The passage holds little of the claim and names neither its event (either way) nor who
    does it (`VerdictRules.refute_event_needed_below`)."""
    if (
        alignment.negation_stated is not None  # a negated claim is refuted by the thing stated
        or alignment.event_stated is not False
        or alignment.reversals
        or alignment.direction_clash is not None
    ):
        return False
    return coverage < rules.refute_event_needed_below and alignment.actor_stated is False


def side_strength(item: ScoredEvidence, side: Stance, rules: VerdictRules = RULES) -> float:
    """How strongly a passage takes the side it was judged to take: the model's probability, or
    for a contradicted fact, how much of the rest of the claim its sentence holds."""
    if side is Stance.REFUTES and contradicts(item.alignment, rules):
        assert item.alignment is not None
        return max(item.stance.refutes, item.alignment.same_event)
    turned = reversal(item.stance, item.coverage, item.alignment, rules)
    if side is Stance.REFUTES and turned is not None:
        return item.stance.supports  # the model's reading of the content, turned round
    return item.stance.supports if side is Stance.SUPPORTS else item.stance.refutes


def judged_side(item: ScoredEvidence, rules: VerdictRules = RULES) -> Stance:
    return decisive_side(item.stance, item.coverage, item.alignment, rules)


def aggregate(evidence: Sequence[ScoredEvidence], rules: VerdictRules = RULES) -> VerdictResult:
    """The verdict for one claim from all its scored passages (see the module docstring)."""
    if not evidence:
        return VerdictResult(
            verdict=Verdict.NOT_ENOUGH_EVIDENCE,
            confidence=None,
            reason="no passage from another source was retrieved",
            independent_sources=0,
        )
    votes = _group_votes(evidence, rules)
    supports = {g: p for g, (side, p, _) in votes.items() if side is Stance.SUPPORTS}
    refutes = {g: p for g, (side, p, _) in votes.items() if side is Stance.REFUTES}
    decisive = [cid for _, _, ids in votes.values() for cid in ids]
    if supports and refutes:
        weaker = min(max(supports.values()), max(refutes.values()))
        return VerdictResult(
            verdict=Verdict.CONFLICTING,
            confidence=round(weaker, 4),
            reason=f"{_sources(len(supports))} {_verb('support', len(supports))} it and "
            f"{_sources(len(refutes))} {_verb('refute', len(refutes))} it",
            independent_sources=len(supports) + len(refutes),
            decisive=decisive,
        )
    if supports or refutes:
        side = supports or refutes
        verdict = Verdict.SUPPORTED if supports else Verdict.REFUTED
        verb = "support" if supports else "refute"
        reason = (_conflict_reason(evidence, decisive, rules) if refutes else "") or (
            f"{_sources(len(side))} clearly {_verb(verb, len(side))} it and none clearly disagrees"
        )
        return VerdictResult(
            verdict=verdict,
            confidence=round(_noisy_or(side.values()), 4),
            reason=reason,
            independent_sources=len(side),
            decisive=decisive,
        )
    return _not_enough(evidence, rules)


def _conflict_reason(
    evidence: Sequence[ScoredEvidence], decisive: Sequence[str], rules: VerdictRules
) -> str:
    """'the claim says Ankara; South Front says Sochi' for the strongest contradicted fact, or
    'the claim says Ultrasound guidance raises; BMJ says reduced' for a passage read as support
    that states the claim's event the other way."""
    clashing = [
        e
        for e in evidence
        if e.passage.chunk_id in decisive and contradicts(e.alignment, rules) and e.alignment
    ]
    if clashing:
        best = max(clashing, key=lambda e: e.alignment.same_event if e.alignment else 0.0)
        assert best.alignment is not None
        return "; ".join(_says(c, _who(best.passage)) for c in best.alignment.conflicting[:2])
    turned = [
        (e, t)
        for e in evidence
        if e.passage.chunk_id in decisive
        and (t := reversal(e.stance, e.coverage, e.alignment, rules)) is not None
    ]
    if not turned:
        return ""
    best_item, conflict = max(turned, key=lambda pair: pair[0].stance.supports)
    return _says(conflict, _who(best_item.passage))


def _who(passage: Passage) -> str:
    """How a why line names a passage's source: its outlet, else its title, else its id."""
    return passage.outlet or passage.title or passage.source_id


def _says(conflict: FactConflict, who: str) -> str:
    return f"the claim says {_quoted(conflict.claim)}; {who} says {_quoted(conflict.evidence)}"


def _quoted(text: str) -> str:
    return f"\u201c{text}\u201d"


def _not_enough(evidence: Sequence[ScoredEvidence], rules: VerdictRules) -> VerdictResult:
    best = max(evidence, key=lambda e: max(e.stance.supports, e.stance.refutes))
    strongest = max(best.stance.supports, best.stance.refutes)
    leaning = [e for e in evidence if model_side(e.stance, rules) is Stance.SUPPORTS]
    unstated = _unstated(evidence) if rules.facts else []
    if unstated:
        reason = _unstated_reason(unstated, evidence)
        if leaning:
            reason += f" (passages on the topic read as support, {_lean(leaning):.2f})"
    elif reversed_ := _reversed_in(leaning, rules):
        assert reversed_.alignment is not None
        reason = (
            f"passages on the topic read as support ({_lean(leaning):.2f}) but state the "
            f"opposite: {_says(reversed_.alignment.reversals[0], _who(reversed_.passage))}"
        )
    elif turned := _other_way_in(leaning, rules):
        item, conflict = turned
        reason = (
            f"passages on the topic read as support ({_lean(leaning):.2f}) but say it goes "
            f"the other way: {_says(conflict, _who(item.passage))}"
        )
    elif _none_negative(leaning, rules):
        reason = (
            f"passages on the topic read as support ({_lean(leaning):.2f}) but none of them "
            "says, as the claim does, that it is not so"
        )
    elif said := _event_unsaid_in(leaning, rules):
        reason = (
            f"passages on the topic read as support ({_lean(leaning):.2f}) but none of them "
            f"says {_quoted(said)}"
        )
    elif leaning and not any(covers_claim(e.coverage, rules) for e in leaning):
        covered = max(e.coverage for e in leaning)
        reason = (
            f"passages on the topic read as support ({_lean(leaning):.2f}) but none contains "
            f"enough of the claim (at most {covered:.0%} of its content words, needs "
            f"{rules.min_support_coverage:.0%})"
        )
    elif leaning:
        missing = _listing(_missing_in(leaning, rules))
        reason = (
            f"passages on the topic read as support ({_lean(leaning):.2f}) but leave out "
            f"{missing or 'the claim'}"
        )
    elif unfounded := _unfounded_in(evidence, rules):
        assert unfounded.alignment is not None
        but = _unfounded_because(unfounded.alignment, rules)
        reason = f"a passage reads as refuting it ({unfounded.stance.refutes:.2f}) but {but}"
    elif aside := _refuting_aside(evidence, rules):
        assert aside.alignment is not None
        reason = (
            f"a passage reads as refuting it ({aside.stance.refutes:.2f}) but names neither "
            f"{_quoted(aside.alignment.event_word)} nor who does it"
        )
    elif best.stance.label is Stance.NEUTRAL or strongest < 0.5:
        reason = f"none of {len(evidence)} retrieved passages clearly supports or refutes it"
    else:
        side = "support" if best.stance.supports >= best.stance.refutes else "refutation"
        reason = (
            f"only weak {side} (best {strongest:.2f}, needs {rules.decisive_prob:.2f} "
            f"and a lead of {rules.decisive_margin:.2f})"
        )
    return VerdictResult(
        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
        confidence=None,
        reason=reason,
        independent_sources=0,
    )


def _reversed_in(leaning: Sequence[ScoredEvidence], rules: VerdictRules) -> ScoredEvidence | None:
    """The passage read as support most strongly that states the claim's event reversed."""
    if not rules.facts or not rules.reversal_blocks_support:
        return None
    found = [e for e in leaning if e.alignment is not None and e.alignment.reversals]
    return max(found, key=lambda e: e.stance.supports) if found else None


def _other_way_in(
    leaning: Sequence[ScoredEvidence], rules: VerdictRules
) -> tuple[ScoredEvidence, FactConflict] | None:
    """The passage read as support most strongly that says the claim's event goes the other
    way, with what it says."""
    if not rules.facts or not rules.direction_blocks_support:
        return None
    found = [
        (e, clash)
        for e in leaning
        if e.alignment is not None and (clash := e.alignment.direction_clash) is not None
    ]
    return max(found, key=lambda pair: pair[0].stance.supports) if found else None


def _none_negative(leaning: Sequence[ScoredEvidence], rules: VerdictRules) -> bool:
    """The claim is negated and no passage read as support says anything is not so."""
    if not rules.facts or not rules.negation_needs_negative or not leaning:
        return False
    return all(e.alignment is not None and e.alignment.negation_stated is False for e in leaning)


def _refuting_aside(
    evidence: Sequence[ScoredEvidence], rules: VerdictRules
) -> ScoredEvidence | None:
    """The strongest passage the model reads as refuting the claim that does not address it
    (`VerdictRules.refute_event_needed_below`), if any."""
    return _strongest_refuting(
        evidence, rules, lambda e, a: _event_unaddressed(a, e.coverage, rules)
    )


def _strongest_refuting(
    evidence: Sequence[ScoredEvidence],
    rules: VerdictRules,
    uncounted: Callable[[ScoredEvidence, Alignment], bool],
) -> ScoredEvidence | None:
    """The strongest passage the model reads as refuting the claim for which `uncounted` holds
    (the reason a rule gives for not counting it), if any."""
    if not rules.facts:
        return None
    found = [
        e
        for e in evidence
        if e.alignment is not None
        and model_side(e.stance, rules) is Stance.REFUTES
        and uncounted(e, e.alignment)
    ]
    return max(found, key=lambda e: e.stance.refutes, default=None)


def _unfounded_in(evidence: Sequence[ScoredEvidence], rules: VerdictRules) -> ScoredEvidence | None:
    """The strongest passage the model reads as refuting the claim whose refutation does not
    count (`_refutation_unfounded`), if any."""
    return _strongest_refuting(evidence, rules, lambda _, a: _refutation_unfounded(a, rules))


def _event_unsaid_in(leaning: Sequence[ScoredEvidence], rules: VerdictRules) -> str:
    """The claim's event as written, when the passage read most strongly as support, of those
    that hold enough of the claim, leaves it out (`VerdictRules.event_needed_below`,
    `VerdictRules.event_needed_named`); "" otherwise."""
    if not rules.facts:
        return ""
    covering = [e for e in leaning if e.alignment is not None and covers_claim(e.coverage, rules)]
    if not covering:
        return ""
    best = max(covering, key=lambda e: e.stance.supports)
    assert best.alignment is not None
    if not _event_unsaid(best.alignment, best.coverage, rules):
        return ""
    if best.alignment.complement_stated is False and best.coverage < rules.complement_needed_below:
        return best.alignment.complement_word
    return best.alignment.event_word


def _lean(leaning: Sequence[ScoredEvidence]) -> float:
    return max(e.stance.supports for e in leaning)


def _unstated(evidence: Sequence[ScoredEvidence]) -> list[str]:
    """Central facts of the claim that no aligned passage states (nor states differently)."""
    aligned = [e.alignment for e in evidence if e.alignment is not None]
    if not aligned:
        return []
    first = aligned[0].unstated_of()  # every kind: the reason names all that no source states
    common = set(first)
    for alignment in aligned[1:]:
        common &= set(alignment.unstated_of())
    return [f for f in first if f in common]


def _unstated_reason(unstated: Sequence[str], evidence: Sequence[ScoredEvidence]) -> str:
    """What no passage states: facts no retrieved passage names at all, and facts a passage
    names only away from what it says of the rest of the claim (outside the sentences the
    facts are matched in, `VerdictRules.fact_window`): "Bates posted bail ... after
    surrendering at the Tulsa County Jail" against an article naming the jail three sentences
    before the bail."""
    texts = [e.passage.text for e in evidence]
    apart = [f for f in unstated if any(_names(t, f) for t in texts)]
    nowhere = [f for f in unstated if f not in apart]
    parts = [f"no source mentions {_listing(nowhere)}"] if nowhere else []
    if apart:
        lead = "nor does any state" if nowhere else "no source states"
        parts.append(f"{lead} {_listing(apart)} beside the rest of the claim")
    return ", ".join(parts)


def _names(text: str, fact: str) -> bool:
    """The text holds the fact as written, as a whole ("2" is not in "2014", "50" not in
    "50,000")."""
    pattern = r"(?<![\w.,])" + re.escape(fact) + r"(?!\w|[.,]\d)"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


def _missing_in(leaning: Sequence[ScoredEvidence], rules: VerdictRules) -> list[str]:
    """What the passages read as support leave out: the first that leaves out something, those
    that hold enough of the claim first, each kind by strength of support."""
    aligned = [e for e in leaning if e.alignment is not None]
    aligned.sort(key=lambda e: (not covers_claim(e.coverage, rules), -e.stance.supports))
    for item in aligned:
        assert item.alignment is not None
        absent = item.alignment.absent if rules.absent_names_block else []
        missing = [*item.alignment.unstated_of(rules.required), *absent]
        if missing:
            return missing
    return []


def _listing(items: Sequence[str]) -> str:
    """'“Kobani”', '“Kobani” or “January”', '“A”, “B” or “C”' (at most four)."""
    quoted = [_quoted(item) for item in unique(items)][:4]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _group_votes(
    evidence: Sequence[ScoredEvidence], rules: VerdictRules
) -> dict[str, tuple[Stance, float, list[str]]]:
    """Per independent group: the side it votes for, its strongest probability, deciding chunks."""
    groups = independent_groups(evidence)
    best: dict[str, dict[Stance, tuple[float, list[str]]]] = {}
    grounded: set[str] = set()
    stated: set[str] = set()
    read = [judged_side(item, rules) for item in evidence]
    said = {  # groups that state the negated claim in so many words
        group
        for item, group, side in zip(evidence, groups, read, strict=True)
        if side is Stance.SUPPORTS
        and item.alignment is not None
        and item.alignment.negated_event_said
    }
    for item, group, side in zip(evidence, groups, read, strict=True):
        if side is Stance.NEUTRAL:
            continue
        affirmed = item.alignment is not None and item.alignment.affirmed
        if side is Stance.REFUTES and group in said and affirmed:
            continue  # "The cheetahs did not approach the boy", said by the same source
        prob = side_strength(item, side, rules)
        current, ids = best.setdefault(group, {}).get(side, (0.0, []))
        best[group][side] = (max(current, prob), [*ids, item.passage.chunk_id])
        if side is Stance.REFUTES and refutes_by_facts(
            item.stance, item.coverage, item.alignment, rules
        ):
            grounded.add(group)
        if side is Stance.SUPPORTS and rules.stated_support_holds and states_claim(item, rules):
            stated.add(group)
    votes: dict[str, tuple[Stance, float, list[str]]] = {}
    for group, sides in best.items():
        side = max(sides, key=lambda s: sides[s][0])
        if len(sides) == 2 and group in stated:
            side = Stance.SUPPORTS
        elif len(sides) == 2 and rules.grounded_refutation_wins and group in grounded:
            side = Stance.REFUTES
        elif len(sides) == 2 and sides[Stance.SUPPORTS][0] == sides[Stance.REFUTES][0]:
            continue  # one source clearly saying both, equally: it decides nothing
        votes[group] = (side, sides[side][0], sides[side][1])
    return votes


def states_claim(item: ScoredEvidence, rules: VerdictRules = RULES) -> bool:
    """The passage, read as clear support, states every fact of the claim: none missing, none
    stated differently, at least one of the kinds a support must state (a number, a date, a
    person or a place; a claim with none has only its words), in a sentence that holds
    `min_same_event` of the claim's words."""
    found = item.alignment
    if found is None or found.conflicting or found.missing:
        return False
    checked = [f for f in found.central if f.kind in rules.required and f not in found.unstated]
    return (
        bool(checked)
        and model_side(item.stance, rules) is Stance.SUPPORTS
        and covers_claim(item.coverage, rules)
        and found.same_event >= rules.min_same_event
    )


def independent_groups(evidence: Sequence[ScoredEvidence]) -> list[str]:
    """A group key per item; items share a key when their sources are not independent.

    Sources are linked when one is a syndicated copy of the other, and when they share an
    outlet name (case-insensitive). Links are transitive (union-find).
    """
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for item in evidence:
        source = f"source:{item.passage.source_id}"
        for other in [item.duplicate_of, *item.duplicates]:
            if other:
                union(source, f"source:{other}")
        outlet = item.passage.outlet.strip().casefold()
        if outlet:
            union(source, f"outlet:{outlet}")
    return [find(f"source:{item.passage.source_id}") for item in evidence]


def _noisy_or(probs: Iterable[float]) -> float:
    miss = 1.0
    for p in probs:
        miss *= 1.0 - p
    return 1.0 - miss


def _sources(n: int) -> str:
    return f"{n} independent source{'s' if n != 1 else ''}"


def _verb(verb: str, n: int) -> str:
    """'1 source supports', '2 sources support'."""
    return f"{verb}s" if n == 1 else verb
