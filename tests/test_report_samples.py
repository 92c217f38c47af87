"""A hand-built report over the two seed articles, shared by render and summary tests."""

from __future__ import annotations

from verify.types import (
    Claim,
    ClaimCheck,
    ClaimKind,
    Evidence,
    Passage,
    Report,
    Source,
    Stance,
    Summary,
    Verdict,
    VerdictResult,
)

ARTICLE = (
    "Three Russian military police officers received light injuries when an improvised "
    "explosive device went off near their armored vehicle.\n\n"
    "Nonetheless, it seems that the radical pro-US faction within the Kurdish leadership is too "
    "strong & provocations will continue.\n\n"
    "Russian and Turkish forces conduct patrol missions under the October 22 memorandum. "
    "<script>alert(1)</script> Turkey says the YPG left Ain Issa."
)
OTHER = (
    "Russia said late on Sunday it had sent more military police to an area in northern Syria "
    "where fighters backed by Turkey have clashed with Kurdish forces near a strategic highway "
    "patrolled by Russian and Turkish troops. \u201cThe YPG must definitely leave Ain Issa,\u201d "
    "the source said."
)
SOURCE = Source(
    id="000aaa", title="Video: Police <Under> Attack", outlet="South Front", text=ARTICLE
)


def span(text: str) -> tuple[int, int]:
    start = ARTICLE.index(text)
    return start, start + len(text)


def claim(text: str, span_text: str, **kw: object) -> Claim:
    start, end = span(span_text)
    return Claim(text=text, start=start, end=end, source_id=SOURCE.id, **kw)  # type: ignore[arg-type]


def evidence(quote: str, stance: Stance, score: float, chunk: str = "002bbb-0000") -> Evidence:
    assert quote in OTHER
    passage = Passage(
        chunk_id=chunk, source_id="002bbb", outlet="Haaretz", text=OTHER, start=0, end=len(OTHER)
    )
    return Evidence(
        passage=passage,
        quote=quote,
        stance=stance,
        score=score,
    )


PATROL_QUOTE = "near a strategic highway patrolled by Russian and Turkish troops"
YPG_QUOTE = "\u201cThe YPG must definitely leave Ain Issa,\u201d the source said."

IED = ClaimCheck(
    claim=claim(
        "Three Russian military police officers were injured by an IED.",
        "Three Russian military police officers received light injuries when an improvised "
        "explosive device went off near their armored vehicle.",
    ),
    result=VerdictResult(
        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
        confidence=0.8,
        independent_sources=0,
        reason="none of 3 retrieved passages clearly supports or refutes it",
    ),
    evidence=[evidence("Russia said late on Sunday", Stance.NEUTRAL, 0.7)],
)
OPINION = ClaimCheck(
    claim=claim(
        "The radical pro-US faction within the Kurdish leadership is too strong.",
        "the radical pro-US faction within the Kurdish leadership is too strong",
        kind=ClaimKind.OPINION,
        check_worthy=False,
    )
)
PATROLS = ClaimCheck(
    claim=claim(
        "Russian and Turkish forces conduct patrol missions.",
        "Russian and Turkish forces conduct patrol missions under the October 22 memorandum.",
    ),
    result=VerdictResult(
        verdict=Verdict.SUPPORTED,
        confidence=0.91,
        independent_sources=1,
        reason="1 independent source clearly supports it and none clearly disagrees",
    ),
    evidence=[evidence(PATROL_QUOTE, Stance.SUPPORTS, 0.91)],
)
YPG = ClaimCheck(
    claim=claim(
        "Turkey says the YPG left Ain Issa.",
        "Turkey says the YPG left Ain Issa.",
        attribution="Turkey",
    ),
    result=VerdictResult(
        verdict=Verdict.REFUTED,
        confidence=0.7,
        independent_sources=1,
        reason="1 independent source clearly refutes it and none clearly disagrees",
    ),
    evidence=[evidence(YPG_QUOTE, Stance.REFUTES, 0.7)],
)
CHECKS = [IED, OPINION, PATROLS, YPG]

OWN_PASSAGES = [
    Passage(
        chunk_id="000aaa-0000",
        source_id=SOURCE.id,
        outlet="South Front",
        text=ARTICLE,
        start=0,
        end=len(ARTICLE),
    )
]


def sample_report(summary: Summary | None = None, flags: list[str] | None = None) -> Report:
    return Report(
        source=SOURCE,
        claims=CHECKS,
        summary=summary or Summary(text=""),
        flags=flags or [],
        timings={"claims": 0.5, "check": 1.25},
    )


def test_samples_are_consistent() -> None:
    for check in CHECKS:
        assert ARTICLE[check.claim.start : check.claim.end]
        for ev in check.evidence:
            assert ev.quote in ev.passage.text
