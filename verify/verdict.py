"""Verdict aggregation: the stances of retrieved passages -> one verdict for a claim.

Pure decision code, no I/O: the caller passes each scored passage with what it knows about where
the passage came from, and gets back a verdict, a confidence, a reason and the number of
independent sources behind the verdict.

Rules, in order (thresholds are the named constants below):

1. A passage is *decisive* for a side when the stance model gives that side at least
   ``DECISIVE_PROB`` and beats the opposite side by at least ``DECISIVE_MARGIN``. The stance model
   is small, so a label alone (argmax) is not enough: weak or near-tied passages never decide.
   Support also needs *coverage*: the text the model read must contain at least
   ``MIN_SUPPORT_COVERAGE`` of the claim's content words (stemmed). The small model reads
   passages on the same topic as support ("more military police arrived in Ain Issa" for "an IED
   injured three military police officers near Ain Issa"); a passage that leaves out most of
   what the claim says cannot corroborate it.
2. Decisive passages are grouped into *independent sources*: passages of one source, of syndicated
   copies of it (``Source.duplicate_of`` / ``duplicates``) and of one outlet count once. A group
   that has decisive passages on both sides votes for the side of its strongest passage.
3. No group on either side -> ``NOT_ENOUGH_EVIDENCE`` (abstaining is a normal result).
   Groups on one side only -> ``SUPPORTED`` / ``REFUTED``.
   Groups on both sides -> ``CONFLICTING``.
4. Confidence: for a one-sided verdict, the noisy-OR of the groups' strongest probabilities
   (independent sources corroborate each other); for ``CONFLICTING``, the weaker side's strength
   (how sure we are that there really is a disagreement); for ``NOT_ENOUGH_EVIDENCE``, one minus
   the strongest support or refute probability seen (how clearly nothing decided it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import Field

from verify.types import Model, Passage, Stance, StanceScore, Verdict

DECISIVE_PROB = 0.6
"""Minimum stance probability for a passage to count as clear support or refutation."""

DECISIVE_MARGIN = 0.3
"""Minimum lead of that probability over the opposite side (supports vs refutes)."""

MIN_SUPPORT_COVERAGE = 0.3
"""Minimum share of the claim's content words a passage (or sentence) must contain to support it.

Chosen on the seeds gold set, SciFact dev and Climate-FEVER held-out verdicts together: 0.3 is
the highest value that loses nothing on any of them (0.4 gains more on the seeds and costs
Climate-FEVER 0.02 macro-F1, whose paraphrased Wikipedia evidence shares fewer words); see
`eval/README.md`, "Verdict rules"."""


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


class VerdictResult(Model):
    verdict: Verdict
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str
    independent_sources: int = Field(description="Independent sources behind the verdict")
    decisive: list[str] = Field(
        default_factory=list, description="Chunk ids of the passages that decided the verdict"
    )


def covers_claim(coverage: float) -> bool:
    """Whether a text holding this share of the claim's content words may count as support."""
    return coverage >= MIN_SUPPORT_COVERAGE


def decisive_side(score: StanceScore, coverage: float = 1.0) -> Stance:
    """SUPPORTS / REFUTES when the passage clearly takes that side, otherwise NEUTRAL.

    `coverage` is the share of the claim's content words in the text read; support below
    ``MIN_SUPPORT_COVERAGE`` is not decisive (see the module docstring)."""
    if score.supports >= DECISIVE_PROB and score.supports - score.refutes >= DECISIVE_MARGIN:
        return Stance.SUPPORTS if covers_claim(coverage) else Stance.NEUTRAL
    if score.refutes >= DECISIVE_PROB and score.refutes - score.supports >= DECISIVE_MARGIN:
        return Stance.REFUTES
    return Stance.NEUTRAL


def aggregate(evidence: Sequence[ScoredEvidence]) -> VerdictResult:
    """The verdict for one claim from all its scored passages (see the module docstring)."""
    if not evidence:
        return VerdictResult(
            verdict=Verdict.NOT_ENOUGH_EVIDENCE,
            confidence=1.0,
            reason="no passage from another source was retrieved",
            independent_sources=0,
        )
    votes = _group_votes(evidence)
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
        return VerdictResult(
            verdict=verdict,
            confidence=round(_noisy_or(side.values()), 4),
            reason=f"{_sources(len(side))} clearly {_verb(verb, len(side))} it and none clearly "
            "disagrees",
            independent_sources=len(side),
            decisive=decisive,
        )
    return _not_enough(evidence)


def _not_enough(evidence: Sequence[ScoredEvidence]) -> VerdictResult:
    best = max(evidence, key=lambda e: max(e.stance.supports, e.stance.refutes))
    strongest = max(best.stance.supports, best.stance.refutes)
    uncovered = [
        e
        for e in evidence
        if decisive_side(e.stance) is Stance.SUPPORTS
        and decisive_side(e.stance, e.coverage) is Stance.NEUTRAL
    ]
    if uncovered:
        covered = max(e.coverage for e in uncovered)
        lean = max(e.stance.supports for e in uncovered)
        return VerdictResult(
            verdict=Verdict.NOT_ENOUGH_EVIDENCE,
            confidence=round(1.0 - strongest, 4),
            reason=(
                f"passages on the topic read as support ({lean:.2f}) but none contains enough of "
                f"the claim (at most {covered:.0%} of its content words, needs "
                f"{MIN_SUPPORT_COVERAGE:.0%})"
            ),
            independent_sources=0,
        )
    if best.stance.label is Stance.NEUTRAL or strongest < 0.5:
        reason = f"none of {len(evidence)} retrieved passages clearly supports or refutes it"
    else:
        side = "support" if best.stance.supports >= best.stance.refutes else "refutation"
        reason = (
            f"only weak {side} (best {strongest:.2f}, needs {DECISIVE_PROB:.2f} "
            f"and a lead of {DECISIVE_MARGIN:.2f})"
        )
    return VerdictResult(
        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
        confidence=round(1.0 - strongest, 4),
        reason=reason,
        independent_sources=0,
    )


def _group_votes(evidence: Sequence[ScoredEvidence]) -> dict[str, tuple[Stance, float, list[str]]]:
    """Per independent group: the side it votes for, its strongest probability, deciding chunks."""
    groups = independent_groups(evidence)
    best: dict[str, dict[Stance, tuple[float, list[str]]]] = {}
    for item, group in zip(evidence, groups, strict=True):
        side = decisive_side(item.stance, item.coverage)
        if side is Stance.NEUTRAL:
            continue
        prob = item.stance.supports if side is Stance.SUPPORTS else item.stance.refutes
        current, ids = best.setdefault(group, {}).get(side, (0.0, []))
        best[group][side] = (max(current, prob), [*ids, item.passage.chunk_id])
    votes: dict[str, tuple[Stance, float, list[str]]] = {}
    for group, sides in best.items():
        side = max(sides, key=lambda s: sides[s][0])
        if len(sides) == 2 and sides[Stance.SUPPORTS][0] == sides[Stance.REFUTES][0]:
            continue  # one source clearly saying both, equally: it decides nothing
        votes[group] = (side, sides[side][0], sides[side][1])
    return votes


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
