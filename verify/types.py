"""Typed data passed between pipeline stages.

Every model forbids unknown fields so a typo in a stage is an error, not a silent drop.
Labels are enums: prompts render them from here and parsers accept exactly these.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Stance(StrEnum):
    """How one passage relates to one claim (output of the stance model)."""

    SUPPORTS = "SUPPORTS"
    REFUTES = "REFUTES"
    NEUTRAL = "NEUTRAL"


class Verdict(StrEnum):
    """What all the evidence says about one claim (output of verdict aggregation)."""

    SUPPORTED = "SUPPORTED"
    REFUTED = "REFUTED"
    CONFLICTING = "CONFLICTING"
    NOT_ENOUGH_EVIDENCE = "NOT_ENOUGH_EVIDENCE"


class ClaimKind(StrEnum):
    FACTUAL = "factual"
    OPINION = "opinion"
    PREDICTION = "prediction"
    QUOTE = "quote"
    OTHER = "other"


class FactKind(StrEnum):
    NUMBER = "number"
    DATE = "date"
    PLACE = "place"
    PERSON = "person"
    ORG = "organisation"
    GROUP = "group"
    NAME = "name"
    """A proper name spaCy could not type (a highway, a weapon, a code)."""
    EVENT = "event"


class FactRef(Model):
    """One fact of a claim, by kind and as written."""

    kind: FactKind
    text: str


class FactConflict(Model):
    """A claim fact and what the evidence says instead."""

    kind: FactKind
    claim: str
    evidence: str
    tied: bool = Field(
        default=False,
        description="Stated of the claim's own act (its verb and another of its facts on it), "
        "so that it counts in a sentence that clears the event's bar",
    )


class Source(Model):
    """One ingested article, with its cleaned text kept so spans can be shown later."""

    id: str = Field(description="Stable id derived from the cleaned content")
    title: str = ""
    outlet: str = ""
    date: str | None = Field(default=None, description="ISO date when one was found")
    path: str = Field(default="", description="File path or URL the article came from")
    text: str = Field(description="Cleaned article text; chunk offsets index into it")
    duplicate_of: str | None = Field(
        default=None, description="Id of an earlier near-duplicate source (syndicated copy)"
    )
    duplicates: list[str] = Field(default_factory=list, description="Later near-duplicates")
    chunks: int = 0


class Chunk(Model):
    id: str = Field(description="Stable id: source id plus chunk index")
    source_id: str
    index: int
    text: str
    start: int = Field(description="Offset of the first character in Source.text")
    end: int = Field(description="Offset after the last character in Source.text")


class Passage(Model):
    """A retrieved chunk with where it came from and how well it matched."""

    chunk_id: str
    source_id: str
    title: str = ""
    outlet: str = ""
    text: str
    start: int
    end: int
    score: float = 0.0


class StanceScore(Model):
    """Stance model probabilities for one (passage, claim) pair."""

    label: Stance
    supports: float
    refutes: float
    neutral: float


class Claim(Model):
    text: str = Field(description="Decontextualized claim that stands on its own")
    start: int = Field(description="Span of the source text the claim came from")
    end: int
    kind: ClaimKind = ClaimKind.FACTUAL
    attribution: str | None = Field(default=None, description="Who asserts it, if reported")
    check_worthy: bool = True
    source_id: str | None = None


class Evidence(Model):
    """A retrieved passage as evidence for one claim: the passage whole (ids, title, outlet,
    offsets), the quote that bears on the claim, its stance and the claim's facts in it."""

    passage: Passage = Field(description="The retrieved chunk, as search returned it")
    quote: str = Field(description="Verbatim substring of passage that bears on the claim")
    stance: Stance
    score: float = Field(description="Probability of the stance label")
    coverage: float | None = Field(
        default=None,
        description="Share of the claim's content words in the text the stance was read from; "
        "support below verify.judge.verdict.VerdictRules.min_support_coverage is not counted",
    )
    counted: bool | None = Field(
        default=None, description="Whether the verdict counted this passage (None: older report)"
    )
    matched: list[str] = Field(
        default_factory=list, description="Facts of the claim the passage states the same"
    )
    conflicting: list[FactConflict] = Field(
        default_factory=list, description="Facts of the claim the passage states differently"
    )
    missing: list[str] = Field(
        default_factory=list,
        description="Checkable facts of the claim (numbers, dates, names) the passage leaves out",
    )

    @property
    def chunk_id(self) -> str:
        return self.passage.chunk_id

    @property
    def source_id(self) -> str:
        return self.passage.source_id

    @property
    def outlet(self) -> str:
        return self.passage.outlet


class VerdictResult(Model):
    """What `verify.judge.verdict.aggregate` decided for one claim."""

    verdict: Verdict
    confidence: float | None = Field(
        ge=0.0, le=1.0, description="None for NOT_ENOUGH_EVIDENCE (see verify.judge.verdict)"
    )
    reason: str
    independent_sources: int = Field(description="Independent sources behind the verdict")
    decisive: list[str] = Field(
        default_factory=list, description="Chunk ids of the passages that decided the verdict"
    )


class ClaimCheck(Model):
    """One claim with its verdict and evidence, or with why it was not checked."""

    claim: Claim
    result: VerdictResult | None = Field(default=None, description="None: not checked")
    skipped: str = Field(default="", description="Why the claim was not checked")
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def verdict(self) -> Verdict | None:
        return self.result.verdict if self.result else None

    @property
    def confidence(self) -> float | None:
        """How sure the verdict is (see verify.judge.verdict); None for NOT_ENOUGH_EVIDENCE and for
        claims not checked."""
        return self.result.confidence if self.result else None

    @property
    def independent_sources(self) -> int:
        return self.result.independent_sources if self.result else 0

    @property
    def reason(self) -> str:
        return self.result.reason if self.result else self.skipped


class Citation(Model):
    chunk_id: str
    source_id: str
    outlet: str = ""
    passage: str
    quote: str


class Writer(StrEnum):
    """Who wrote one summary sentence: the LLM (its sentence passed the citation and support
    checks) or the extractive writer (the claim with its evidence quote)."""

    LLM = "llm"
    EXTRACTIVE = "extractive"


class SummaryWriter(StrEnum):
    """Who wrote a whole summary: every sentence by the LLM, some, or none."""

    LLM = "llm"
    MIXED = "mixed"
    EXTRACTIVE = "extractive"


class SummarySentence(Model):
    text: str
    citations: list[str] = Field(default_factory=list, description="Cited chunk ids")
    verified: bool = True
    writer: Writer = Writer.EXTRACTIVE


class Summary(Model):
    text: str
    sentences: list[SummarySentence] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    writer: SummaryWriter = SummaryWriter.EXTRACTIVE

    @staticmethod
    def writer_of(sentences: list[SummarySentence]) -> SummaryWriter:
        by_llm = sum(s.writer is Writer.LLM for s in sentences)
        if by_llm == 0:
            return SummaryWriter.EXTRACTIVE
        return SummaryWriter.LLM if by_llm == len(sentences) else SummaryWriter.MIXED


class Report(Model):
    source: Source
    claims: list[ClaimCheck]
    summary: Summary
    flags: list[str] = Field(default_factory=list, description="Warnings, e.g. LLM output rejected")
    timings: dict[str, float] = Field(default_factory=dict)


class FlagCode(StrEnum):
    """What a flag is about, for code that acts on it (its message is for people)."""

    DROPPED_SENTENCE = "dropped_sentence"
    """A written sentence failed the citation or support check and was left out."""
    NOTE = "note"
    """Anything else worth telling the reader."""


class Flag(Model):
    """A warning attached to a result: a code to act on and the message shown (in JSON, a flag
    is its message, as before)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: FlagCode
    message: str

    def __str__(self) -> str:
        return self.message


def _as_flag(value: Any) -> Any:
    return Flag(code=FlagCode.NOTE, message=value) if isinstance(value, str) else value


FlagItem = Annotated[
    Flag,
    BeforeValidator(_as_flag),
    PlainSerializer(lambda flag: flag.message, return_type=str),
]
"""A flag field: accepts a plain message (code NOTE), writes the message."""


class Answer(Model):
    question: str
    answer: str
    answerable: bool
    citations: list[Citation] = Field(default_factory=list)
    flags: list[FlagItem] = Field(default_factory=list)
