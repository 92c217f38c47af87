"""The sourced summary of a report: what other sources corroborate, contradict, or never say.

Two writers, one gate. The extractive writer builds sentences from the verdicts and their
evidence quotes; the LLM writer (optional) phrases them. Either way every sentence goes through
`verify.citations.check_sentence_citations` against the passages given to the writer, and a
sentence that fails is dropped (LLM) or kept marked unverified (extractive), never shown as sourced.
The LLM never decides a verdict: it only sees verdicts already computed, and its sentences are
accepted only when they cite passages that back the section they are in.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import ConfigDict, Field

from verify.citations import (
    CheckedSentence,
    DraftSentence,
    QuoteRef,
    check_sentences,
    find_verbatim,
)
from verify.types import (
    Citation,
    ClaimCheck,
    Evidence,
    Model,
    Passage,
    Source,
    Stance,
    Summary,
    Verdict,
)

if TYPE_CHECKING:
    from verify.llm import LLM

log = logging.getLogger(__name__)


class Section(StrEnum):
    """Where a summary sentence belongs; the LLM must pick one of exactly these."""

    CORROBORATED = "corroborated"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    ONLY_HERE = "only_here"


SECTION_TITLES = {
    Section.CORROBORATED: "Corroborated by other sources",
    Section.CONTRADICTED: "Contradicted by other sources",
    Section.DISPUTED: "Disputed between other sources",
    Section.ONLY_HERE: "Only this outlet says",
}
_SECTION_OF = {
    Verdict.SUPPORTED: Section.CORROBORATED,
    Verdict.REFUTED: Section.CONTRADICTED,
    Verdict.CONFLICTING: Section.DISPUTED,
    Verdict.NOT_ENOUGH_EVIDENCE: Section.ONLY_HERE,
}
MAX_SENTENCES_PER_SECTION = 5
"""Longer summaries stop being summaries; the claim list has everything."""


class ClaimSlot(Model):
    """One checked claim as the writer sees it: its section and the chunk ids that back it."""

    section: Section
    allowed: set[str] = Field(default_factory=set)


class Writing(Model):
    """What the writer may cite: passages by chunk id, and per claim number what backs it."""

    passages: dict[str, Passage]
    claims: dict[int, ClaimSlot] = Field(default_factory=dict)


def summarize(
    source: Source,
    checks: Sequence[ClaimCheck],
    own_passages: Sequence[Passage],
    llm: LLM | None = None,
    entails: Entails | None = None,
) -> tuple[Summary, list[str]]:
    """The sourced summary plus flags; extractive when `llm` is None or its output fails checks.

    `entails` (e.g. backed by the stance model) additionally drops LLM sentences that their
    cited passage does not clearly support.
    """
    writing = writing_context(checks, own_passages)
    if llm is None:
        return extractive_summary(source, checks, writing), []
    summary, flags = llm_summary(source, checks, writing, llm, entails)
    if summary is None:
        flags.append("summary: LLM output rejected; extractive summary used instead")
        return extractive_summary(source, checks, writing), flags
    return summary, flags


def writing_context(checks: Sequence[ClaimCheck], own_passages: Sequence[Passage]) -> Writing:
    """The passages a writer is given: the evidence of every check and the article's own chunks.

    Claims are numbered from 1 in report order; a claim with no verdict gets no slot. A claim
    only this outlet makes may cite only the article's own chunks; any other claim only the
    evidence the verdict counted.
    """
    own = {p.chunk_id: p for p in own_passages}
    passages = dict(own)
    claims: dict[int, ClaimSlot] = {}
    for number, check in enumerate(checks, 1):
        for ev in check.evidence:
            passages.setdefault(ev.chunk_id, evidence_passage(ev))
        if check.verdict is None:
            continue
        if check.verdict is Verdict.NOT_ENOUGH_EVIDENCE:
            allowed = set(own)
        else:
            allowed = {e.chunk_id for e in check.evidence if _counted(e)}
        claims[number] = ClaimSlot(section=_SECTION_OF[check.verdict], allowed=allowed)
    return Writing(passages=passages, claims=claims)


def evidence_passage(ev: Evidence) -> Passage:
    return Passage(
        chunk_id=ev.chunk_id,
        source_id=ev.source_id,
        outlet=ev.outlet,
        text=ev.passage,
        start=0,
        end=len(ev.passage),
    )


# ---- extractive ----------------------------------------------------------------------------


def extractive_summary(source: Source, checks: Sequence[ClaimCheck], writing: Writing) -> Summary:
    """One sentence per checked claim, grouped by section, each quoting its best evidence."""
    drafts: list[tuple[Section, DraftSentence]] = []
    for check in checks:
        if check.verdict is None:
            continue
        draft = _claim_sentence(source, check, writing)
        if draft is not None:
            drafts.append((_SECTION_OF[check.verdict], draft))
    sections = {section: [d for s, d in drafts if s is section] for section in Section}
    ordered = [
        (section, d) for section in Section for d in sections[section][:MAX_SENTENCES_PER_SECTION]
    ]
    checked = check_sentences([d for _, d in ordered], writing.passages)
    totals = {section: len(found) for section, found in sections.items()}
    return assemble([s for s, _ in ordered], checked, totals)


def _claim_sentence(source: Source, check: ClaimCheck, writing: Writing) -> DraftSentence | None:
    claim = check.claim.text.strip().rstrip(".")
    if check.verdict is Verdict.NOT_ENOUGH_EVIDENCE:
        ref = _own_quote(source, check, writing)
        return DraftSentence(text=f"{claim}.", citations=[ref] if ref else [])
    wanted = {
        Verdict.SUPPORTED: [Stance.SUPPORTS],
        Verdict.REFUTED: [Stance.REFUTES],
        Verdict.CONFLICTING: [Stance.SUPPORTS, Stance.REFUTES],
    }[check.verdict]  # type: ignore[index]
    picked = [_best(check.evidence, stance) for stance in wanted]
    evidence = [e for e in picked if e is not None]
    if not evidence:
        return None
    said = "; ".join(f"{e.outlet or e.source_id}: \u201c{e.quote}\u201d" for e in evidence)
    return DraftSentence(
        text=f"{claim} ({said}).",
        citations=[QuoteRef(chunk_id=e.chunk_id, quote=e.quote) for e in evidence],
    )


def _counted(ev: Evidence) -> bool:
    """Evidence the verdict counted (reports made before `counted` existed: any side taken)."""
    return ev.counted if ev.counted is not None else ev.stance != Stance.NEUTRAL


def _best(evidence: Sequence[Evidence], stance: Stance) -> Evidence | None:
    """The strongest passage the verdict counted on this side: the summary corroborates or
    disputes a claim only with passages that decided its verdict."""
    candidates = [e for e in evidence if e.stance == stance and _counted(e)]
    return max(candidates, key=lambda e: e.score) if candidates else None


def _own_quote(source: Source, check: ClaimCheck, writing: Writing) -> QuoteRef | None:
    """The claim's own words in the article chunk that holds them."""
    span = source.text[check.claim.start : check.claim.end]
    for passage in writing.passages.values():
        if passage.source_id == source.id and find_verbatim(span, passage.text):
            return QuoteRef(chunk_id=passage.chunk_id, quote=span)
    return None


def assemble(
    sections: Sequence[Section],
    checked: Sequence[CheckedSentence],
    totals: dict[Section, int] | None = None,
) -> Summary:
    """The summary text (section titles, sentences, [chunk ids]) and its verified citations.

    `totals` (claims per section) adds "(5 of 14 claims)" to a title when not all are shown.
    """
    lines: list[str] = []
    current: Section | None = None
    citations: dict[tuple[str, str], Citation] = {}
    for section, item in zip(sections, checked, strict=True):
        if section is not current:
            shown, total = sections.count(section), (totals or {}).get(section, 0)
            more = (
                f" ({shown} of {total} claims; all are in the claim list)" if total > shown else ""
            )
            lines.append(f"{SECTION_TITLES[section]}{more}:")
            current = section
        lines.append(f"- {sentence_line(item)}")
        for citation in item.citations:
            citations.setdefault((citation.chunk_id, citation.quote), citation)
    return Summary(
        text="\n".join(lines),
        sentences=[item.sentence for item in checked],
        citations=list(citations.values()),
    )


def sentence_line(item: CheckedSentence) -> str:
    if not item.sentence.verified:
        return f"{item.sentence.text} [unverified: not sourced]"
    return f"{item.sentence.text} [{', '.join(item.sentence.citations)}]"


# ---- LLM -----------------------------------------------------------------------------------


# The JSON schema sent with the prompt is tighter than what validation accepts: it bounds what a
# small local model can emit (it looped one sentence four times and left out every quote, 550
# tokens, all rejected), while answers from other models that break those bounds still parse
# and go through the same citation checks.


class LLMSentence(Model):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"required": ["text", "citations", "quote"]}
    )

    text: str = Field(json_schema_extra={"maxLength": 400})
    citations: list[str] = Field(json_schema_extra={"minItems": 1, "maxItems": 3})
    quote: str = Field(default="", json_schema_extra={"minLength": 1, "maxLength": 200})


class LLMSummary(Model):
    """The JSON the summarize prompt asks for (prompts/summarize.md)."""

    sentences: list[LLMSentence] = Field(json_schema_extra={"minItems": 1, "maxItems": 6})


Entails = Callable[[Sequence[tuple[str, str]]], Sequence[bool]]
"""For (cited passage, sentence) pairs: does the passage clearly support the sentence?"""

_CITE_MARK = re.compile(r"\s*\[[^\[\]]*\]")


def llm_summary(
    source: Source,
    checks: Sequence[ClaimCheck],
    writing: Writing,
    llm: LLM,
    entails: Entails | None = None,
) -> tuple[Summary | None, list[str]]:
    """The LLM's summary with failing sentences dropped, or None when nothing usable came back."""
    from verify.prompts import load_prompt

    passages, writing = llm_passages(checks, writing)  # the gate knows only what was shown
    variables = {"title": source.title or source.id, "passages": passages}
    result = llm.generate_json(
        load_prompt("summarize"), variables, LLMSummary, max_tokens=SUMMARY_MAX_TOKENS
    )
    if not result.ok or not isinstance(result.value, LLMSummary):
        return None, [f"summary: LLM output rejected ({result.error or 'no value'})"]
    return gate_llm_sentences(result.value, writing, entails)


def gate_llm_sentences(
    parsed: LLMSummary, writing: Writing, entails: Entails | None = None
) -> tuple[Summary | None, list[str]]:
    """Keep only sentences whose citations check out and back one section, and (given
    `entails`) that their first cited passage supports. None when no sentence survives."""
    flags: list[str] = []
    kept: list[tuple[Section, CheckedSentence]] = []
    for sentence in parsed.sentences:
        checked, section = _gate_one(sentence, writing)
        if checked.problems or section is None:
            flags.append(f"summary: dropped LLM sentence ({'; '.join(checked.problems)})")
            continue
        kept.append((section, checked))
    kept = _entailed(kept, writing, entails, flags)
    if not kept:
        return None, flags
    kept.sort(key=lambda pair: list(Section).index(pair[0]))
    return assemble([s for s, _ in kept], [c for _, c in kept]), flags


def _gate_one(sentence: LLMSentence, writing: Writing) -> tuple[CheckedSentence, Section | None]:
    """The prompt asks for one quote, from the first cited passage; all ids must be given.

    A quote found verbatim in another of the sentence's cited passages counts for that one, which
    then leads the citations (small models list ids in the order the passages came)."""
    text = _CITE_MARK.sub("", sentence.text).strip()
    cited = _quoted_first(sentence, writing)
    first = [QuoteRef(chunk_id=c, quote=sentence.quote) for c in cited[:1]]
    checked = check_sentences([DraftSentence(text=text, citations=first)], writing.passages)[0]
    unknown = [c for c in cited[1:] if c not in writing.passages]
    if unknown:
        checked.problems.append(f"cites {unknown}, which were not among the given passages")
    section = section_of(set(sentence.citations), writing)
    if section is None and not checked.problems:
        checked.problems.append("its citations do not all back one kind of verdict")
    if not checked.problems:
        checked.sentence.citations = cited
    return checked, section


def _quoted_first(sentence: LLMSentence, writing: Writing) -> list[str]:
    """The sentence's cited ids without repeats, the first whose passage holds the quote first."""
    cited = list(dict.fromkeys(sentence.citations))
    for chunk_id in cited:
        passage = writing.passages.get(chunk_id)
        if passage is not None and find_verbatim(sentence.quote, passage.text) is not None:
            return [chunk_id, *(c for c in cited if c != chunk_id)]
    return cited


def section_of(cited: set[str], writing: Writing) -> Section | None:
    """The section every cited chunk backs (the first in section order), or None."""
    for section in Section:
        allowed = set().union(*(s.allowed for s in writing.claims.values() if s.section is section))
        if cited and cited <= allowed:
            return section
    return None


def _entailed(
    kept: list[tuple[Section, CheckedSentence]],
    writing: Writing,
    entails: Entails | None,
    flags: list[str],
) -> list[tuple[Section, CheckedSentence]]:
    if entails is None or not kept:
        return kept
    pairs = [(writing.passages[c.citations[0].chunk_id].text, c.sentence.text) for _, c in kept]
    verdicts = list(entails(pairs))
    for (_, c), ok in zip(kept, verdicts, strict=True):
        if not ok:
            text = c.sentence.text[:50]
            flags.append(f"summary: dropped LLM sentence its source does not support: {text!r}")
    return [pair for pair, ok in zip(kept, verdicts, strict=True) if ok]


SUMMARY_MAX_TOKENS = 600
"""Output budget of the LLM writer: 3 to 6 sentences of JSON with quotes fit in about 400."""

PROMPT_PASSAGE_CHARS = 8000
"""Passage text given to the LLM writer (about 2,000 tokens: the local model has 4,096 in all,
including the instructions and its answer). Sections come in order, so what gets cut first is
"only this outlet says"."""


def llm_passages(checks: Sequence[ClaimCheck], writing: Writing) -> tuple[str, Writing]:
    """The `passages` prompt input, and the writing context narrowed to what it shows.

    Per section: its claims, then the passages that back them, each written out once, until
    `PROMPT_PASSAGE_CHARS` is spent. A claim whose passages were all cut loses its slot.
    """
    from verify.injection import neutralize_delimiters

    blocks: list[str] = []
    shown: set[str] = set()
    budget = PROMPT_PASSAGE_CHARS
    for section in Section:
        slots = [(n, s) for n, s in writing.claims.items() if s.section is section]
        ids = sorted(set().union(*(s.allowed for _, s in slots))) if slots else []
        fresh = []
        for chunk_id in ids:
            text = writing.passages[chunk_id].text
            if chunk_id not in shown and len(text) <= budget:
                fresh.append(chunk_id)
                budget -= len(text)
        shown |= set(fresh)
        kept = [(n, s) for n, s in slots if s.allowed & shown]
        if not kept:
            continue
        blocks.append(f"## {SECTION_TITLES[section]}")
        blocks += [f"Claim: {checks[n - 1].claim.text}" for n, _ in kept]
        for chunk_id in ids:
            passage = writing.passages[chunk_id]
            if chunk_id in fresh:
                text = neutralize_delimiters(passage.text)  # cannot close the <passages> block
                blocks.append(f"[{chunk_id}] ({passage.outlet or passage.source_id})\n{text}")
            elif chunk_id in shown:
                blocks.append(f"[{chunk_id}] (given above)")
    narrowed = Writing(
        passages={i: p for i, p in writing.passages.items() if i in shown},
        claims={
            n: ClaimSlot(section=s.section, allowed=s.allowed & shown)
            for n, s in writing.claims.items()
            if s.allowed & shown
        },
    )
    return "\n\n".join(blocks), narrowed
