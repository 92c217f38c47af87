"""The report JSON layout (docs/report-schema.md) as typed output models.

`ReportOut.of(report).model_dump(mode="json")` is `verify report --format json`, and
`ClaimOut.of(check)` is one `verify check --json` result. Field order is key order; the `of`
constructors do the rounding. These models are the layout, so a field here and a row of
docs/report-schema.md go together (a test compares them); the stage models in `verify.types`
can change without changing this.
"""

from __future__ import annotations

from pydantic import Field

from verify.types import (
    Citation,
    ClaimCheck,
    Evidence,
    FactConflict,
    Model,
    Report,
    Source,
    Summary,
    SummarySentence,
)

SCHEMA_VERSION = 1


class EvidenceOut(Model):
    """One retrieved passage of another source, with its stance and how the verdict used it."""

    chunk_id: str = Field(description="`{source_id}-{index:04d}`, the citation key")
    source_id: str
    outlet: str
    passage: str = Field(description="The whole chunk text")
    quote: str = Field(description="Verbatim substring of passage that bears most on the claim")
    stance: str = Field(description="SUPPORTS, REFUTES or NEUTRAL")
    score: float = Field(description="Probability of the stance label, 4 decimals")
    coverage: float | None = Field(description="Share of the claim's content words, 4 decimals")
    counted: bool | None = Field(description="Whether the verdict counted this passage")
    matched: list[str]
    conflicting: list[FactConflict]
    missing: list[str]

    @classmethod
    def of(cls, ev: Evidence) -> EvidenceOut:
        return cls(
            chunk_id=ev.chunk_id,
            source_id=ev.source_id,
            outlet=ev.outlet,
            passage=ev.passage.text,
            quote=ev.quote,
            stance=ev.stance.value,
            score=round(ev.score, 4),
            coverage=None if ev.coverage is None else round(ev.coverage, 4),
            counted=ev.counted,
            matched=ev.matched,
            conflicting=ev.conflicting,
            missing=ev.missing,
        )


class ClaimOut(Model):
    """A claim of the article with its verdict and evidence; verdict fields are null when the
    claim was not checked."""

    text: str
    start: int
    end: int
    kind: str
    attribution: str | None
    check_worthy: bool
    verdict: str | None
    confidence: float | None = Field(description="In [0, 1], 4 decimals")
    independent_sources: int | None
    reason: str
    evidence: list[EvidenceOut]

    @classmethod
    def of(cls, check: ClaimCheck) -> ClaimOut:
        claim = check.claim
        checked = check.verdict is not None
        return cls(
            text=claim.text,
            start=claim.start,
            end=claim.end,
            kind=claim.kind.value,
            attribution=claim.attribution,
            check_worthy=claim.check_worthy,
            verdict=check.verdict.value if checked else None,
            confidence=None if check.confidence is None else round(check.confidence, 4),
            independent_sources=check.independent_sources if checked else None,
            reason=check.reason,
            evidence=[EvidenceOut.of(ev) for ev in check.evidence],
        )


class SourceOut(Model):
    """The checked article."""

    id: str
    title: str
    outlet: str
    date: str | None
    path: str
    text: str = Field(description="Cleaned article text; claim offsets index into it")
    duplicates: list[str] = Field(description="Syndicated copies (and the original of a copy)")

    @classmethod
    def of(cls, src: Source) -> SourceOut:
        return cls(
            id=src.id,
            title=src.title,
            outlet=src.outlet,
            date=src.date,
            path=src.path,
            text=src.text,
            duplicates=[*([src.duplicate_of] if src.duplicate_of else []), *src.duplicates],
        )


class SummaryOut(Model):
    text: str
    sentences: list[SummarySentence]
    citations: list[Citation]
    writer: str = Field(description="llm, mixed or extractive")

    @classmethod
    def of(cls, summary: Summary) -> SummaryOut:
        return cls(
            text=summary.text,
            sentences=summary.sentences,
            citations=summary.citations,
            writer=summary.writer.value,
        )


class ReportOut(Model):
    """`verify report --format json`."""

    schema_version: int = SCHEMA_VERSION
    source: SourceOut
    claims: list[ClaimOut]
    summary: SummaryOut
    flags: list[str]
    timings: dict[str, float] = Field(description="Seconds per pipeline stage, 3 decimals")

    @classmethod
    def of(cls, report: Report) -> ReportOut:
        return cls(
            source=SourceOut.of(report.source),
            claims=[ClaimOut.of(check) for check in report.claims],
            summary=SummaryOut.of(report.summary),
            flags=list(report.flags),
            timings={k: round(v, 3) for k, v in report.timings.items()},
        )
