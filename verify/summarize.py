"""The sourced summary of a report: what other sources corroborate, contradict, or never say.

One sentence per checked claim shown (at most `MAX_SENTENCES_PER_SECTION` per section), two
writers. The extractive writer states the claim with the evidence quote that decided its verdict.
The LLM writer (optional) is asked, in one schema-constrained call, for one sentence per claim
from the passage excerpts that counted for it (the article's own sentence for a claim only this
outlet makes). Each LLM sentence must cite one of its claim's excerpts, be about its claim, and be
supported by that excerpt under the product's support judgement (`entails`, `verify.support`:
the stance model, coverage and the facts); its quote is the excerpt's sentence that bears most on
it, checked verbatim by `verify.citations`. A sentence that fails is replaced by the extractive
sentence for the same claim, so one bad sentence never costs the whole summary; each sentence and
the summary say who wrote them (`Writer`, `SummaryWriter`). The LLM never decides a verdict: it
sees verdicts already computed, and disputed claims keep their extractive sentence (both sides'
quotes).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import Field

from verify.citations import (
    CheckedSentence,
    DraftSentence,
    QuoteRef,
    check_sentences,
    find_verbatim,
    pick_quote,
)
from verify.llm_write import Draft, Entails, Option, Refused
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
    """The sourced summary plus flags: extractive sentences, each replaced by the LLM's sentence
    for the same claim when `llm` is given and that sentence passes the checks.

    `entails` (e.g. backed by the stance model) is the support check of LLM sentences; without
    it only their citations are checked.
    """
    writing = writing_context(checks, own_passages)
    slots, totals = summary_plan(source, checks, writing)
    checked = check_sentences([slot.draft for slot in slots], writing.passages)
    flags: list[str] = []
    if llm is not None:
        written, flags = llm_sentences(source, checks, slots, writing, llm, entails)
        checked = [
            written.get(slot.number, item) for slot, item in zip(slots, checked, strict=True)
        ]
    return assemble_summary([slot.section for slot in slots], checked, totals), flags


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


class Slot(Model):
    """One claim shown in the summary: its number (from 1, report order), section and the
    extractive sentence for it."""

    number: int
    section: Section
    draft: DraftSentence


def summary_plan(
    source: Source, checks: Sequence[ClaimCheck], writing: Writing
) -> tuple[list[Slot], dict[Section, int]]:
    """The claims the summary shows, in section order, and how many each section had."""
    found: list[Slot] = []
    for number, check in enumerate(checks, 1):
        if check.verdict is None:
            continue
        draft = _claim_sentence(source, check, writing)
        if draft is not None:
            found.append(Slot(number=number, section=_SECTION_OF[check.verdict], draft=draft))
    sections = {section: [s for s in found if s.section is section] for section in Section}
    shown = [s for section in Section for s in sections[section][:MAX_SENTENCES_PER_SECTION]]
    return shown, {section: len(slots) for section, slots in sections.items()}


def extractive_summary(source: Source, checks: Sequence[ClaimCheck], writing: Writing) -> Summary:
    """One sentence per checked claim, grouped by section, each quoting its best evidence."""
    slots, totals = summary_plan(source, checks, writing)
    checked = check_sentences([slot.draft for slot in slots], writing.passages)
    return assemble_summary([slot.section for slot in slots], checked, totals)


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


def assemble_summary(
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
    sentences = [item.sentence for item in checked]
    return Summary(
        text="\n".join(lines),
        sentences=sentences,
        citations=list(citations.values()),
        writer=Summary.writer_of(sentences),
    )


def sentence_line(item: CheckedSentence) -> str:
    if not item.sentence.verified:
        return f"{item.sentence.text} [unverified: not sourced]"
    return f"{item.sentence.text} [{', '.join(item.sentence.citations)}]"


# ---- LLM -----------------------------------------------------------------------------------


class LLMClaimSentence(Model):
    """One sentence the LLM wrote for one claim (prompts/summarize.md)."""

    claim: int
    text: str = Field(max_length=600)
    citation: str


class LLMClaimSentences(Model):
    sentences: list[LLMClaimSentence]


SENTENCE_CHARS = 220
"""Longest sentence the schema lets the LLM write: one plain sentence, and a bound on a loop
(the 1.5B model once filled a sentence with made-up passage ids until its token budget ran out)."""
TOKENS_PER_SENTENCE = 90
PROMPT_CLAIM_CHARS = 6000
"""Claims and excerpts given to the LLM writer (about 1,500 tokens of the local models' 4,096);
claims past it keep their extractive sentence."""
EXCERPTS_PER_CLAIM = 2
MIN_CLAIM_OVERLAP = 0.3
"""Share of its claim's search terms an LLM sentence must hold: a sentence the excerpt supports
but about something else (another sentence of the passage copied) is not that claim's summary."""

_CITE_MARK = re.compile(r"\s*[\[(][^\[\]()]*\d{4}[^\[\]()]*[\])]")


def llm_sentences(
    source: Source,
    checks: Sequence[ClaimCheck],
    slots: Sequence[Slot],
    writing: Writing,
    llm: LLM,
    entails: Entails | None = None,
) -> tuple[dict[int, CheckedSentence], list[str]]:
    """The LLM's checked sentence per claim number, for those that passed; and flags."""
    from verify.llm_write import Request, draft

    shown = excerpts_for(source, checks, slots, writing)
    if not shown:
        return {}, []
    request = Request(
        variables={"title": source.title or source.id, "claims": claims_block(checks, shown)},
        max_tokens=60 + TOKENS_PER_SENTENCE * len(shown),
        json_schema=sentences_schema(shown),
    )
    result = draft(llm, "summarize", request, LLMClaimSentences)
    if not result.ok or not isinstance(result.value, LLMClaimSentences):
        why = result.error or "no value"
        return {}, [f"summary: LLM output rejected ({why}); extractive sentences used instead"]
    about = {n: checks[n - 1].claim.text for n in shown}
    return gate_llm_sentences(result.value, shown, about, writing, entails)


def excerpts_for(
    source: Source, checks: Sequence[ClaimCheck], slots: Sequence[Slot], writing: Writing
) -> dict[int, list[Passage]]:
    """Per claim number, the excerpts the LLM writer is given, until `PROMPT_CLAIM_CHARS` is
    spent: the sentences around the evidence quotes the verdict counted (at most
    `EXCERPTS_PER_CLAIM`), or around the claim in the article for a claim only it makes.
    Disputed claims and claims without a sourced extractive sentence get none."""
    shown: dict[int, list[Passage]] = {}
    budget = PROMPT_CLAIM_CHARS
    for slot in slots:
        if slot.section is Section.DISPUTED or not slot.draft.citations:
            continue
        refs = slot.draft.citations[:EXCERPTS_PER_CLAIM]
        if slot.section is not Section.ONLY_HERE:
            refs = _counted_refs(checks[slot.number - 1])
        found = [_excerpt(writing.passages[r.chunk_id], r.quote) for r in refs]
        found = [p for p in found if p is not None]
        size = len(checks[slot.number - 1].claim.text) + sum(len(p.text) for p in found)
        if not found or size > budget:
            continue
        shown[slot.number] = found
        budget -= size
    return shown


def _counted_refs(check: ClaimCheck) -> list[QuoteRef]:
    stance = Stance.SUPPORTS if check.verdict is Verdict.SUPPORTED else Stance.REFUTES
    counted = [e for e in check.evidence if e.stance == stance and _counted(e)]
    best = sorted(counted, key=lambda e: -e.score)[:EXCERPTS_PER_CLAIM]
    return [QuoteRef(chunk_id=e.chunk_id, quote=e.quote) for e in best]


def _excerpt(passage: Passage, anchor: str) -> Passage | None:
    """The passage's sentences that hold `anchor`, with one sentence either side."""
    from verify.chunk import sentence_spans

    found = find_verbatim(anchor, passage.text)
    if found is None:
        return None
    at = passage.text.find(found)
    spans = sentence_spans(passage.text) or [(0, len(passage.text))]
    inside = [i for i, (a, b) in enumerate(spans) if a < at + len(found) and at < b]
    if not inside:
        return None
    first, last = max(0, inside[0] - 1), min(len(spans) - 1, inside[-1] + 1)
    lo, hi = spans[first][0], spans[last][1]
    return passage.model_copy(
        update={"text": passage.text[lo:hi], "start": passage.start + lo, "end": passage.start + hi}
    )


def claims_block(checks: Sequence[ClaimCheck], shown: dict[int, list[Passage]]) -> str:
    """The `claims` prompt input: each claim, what its verdict means, and its excerpts."""
    from verify.llm_write import prompt_passage

    blocks = []
    for number, excerpts in shown.items():
        check = checks[number - 1]
        section = SECTION_TITLES[_SECTION_OF[check.verdict]].lower()  # type: ignore[index]
        lines = [f"Claim {number} ({section}): {check.claim.text}"]
        lines += [prompt_passage(passage, " ", flat=True) for passage in excerpts]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def sentences_schema(shown: dict[int, list[Passage]]) -> dict[str, object]:
    """The JSON schema sent with the prompt: exactly one object per claim, in order, its claim
    number fixed and its citation one of that claim's excerpt ids (a tuple schema, which
    llama.cpp turns into a grammar)."""
    items = [
        {
            "type": "object",
            "properties": {
                "claim": {"const": number},
                "text": {"type": "string", "minLength": 1, "maxLength": SENTENCE_CHARS},
                "citation": {"enum": [p.chunk_id for p in excerpts]},
            },
            "required": ["claim", "text", "citation"],
            "additionalProperties": False,
        }
        for number, excerpts in shown.items()
    ]
    return {
        "title": "ClaimSentences",
        "type": "object",
        "properties": {
            "sentences": {
                "type": "array",
                "items": items,
                "minItems": len(items),
                "maxItems": len(items),
            }
        },
        "required": ["sentences"],
        "additionalProperties": False,
    }


def gate_llm_sentences(
    parsed: LLMClaimSentences,
    shown: dict[int, list[Passage]],
    about: dict[int, str],
    writing: Writing,
    entails: Entails | None = None,
) -> tuple[dict[int, CheckedSentence], list[str]]:
    """The LLM sentences that pass, by claim number, and a flag for each that does not.

    A sentence must be for a claim it was asked about (once), cite one of that claim's excerpts,
    hold `MIN_CLAIM_OVERLAP` of the claim's terms, and (given `entails`) be supported by the
    excerpt it cites, or else by its claim's other excerpt, which it then cites; its quote is
    the excerpt's sentence that bears most on it (`verify.llm_write.check_drafts`)."""
    from verify.llm_write import UNSUPPORTED, check_drafts, pairs_support

    drafts = claim_drafts(parsed, shown, about)
    support = pairs_support(entails) if entails is not None else None
    written = check_drafts(drafts, writing.passages, support)
    texts = {d.key: d.text for d in drafts if isinstance(d, Draft)}
    flags = []
    for number, why in written.rejected:
        if why == UNSUPPORTED:
            why = f"its passages do not support it: {texts[number][:60]!r}"
        flags.append(f"summary: claim {number}: LLM sentence replaced ({why})")
    return written.accepted, flags


def claim_drafts(
    parsed: LLMClaimSentences, shown: dict[int, list[Passage]], about: dict[int, str]
) -> list[Draft[int] | Refused[int]]:
    """Each LLM sentence as a draft for its claim (its cited excerpt first, then the claim's
    other one), or refused by the summary's own checks: the claim, the citation, the overlap
    with the claim, the form."""
    drafts: list[Draft[int] | Refused[int]] = []
    seen: set[int] = set()
    for item in parsed.sentences:
        number, text = item.claim, _clean(item.text)
        problem = _first_problem(number, text, item.citation, shown, about, seen)
        problem = problem or _form_problem(item.text, shown[number])
        if problem:
            drafts.append(Refused(number, problem))
            continue
        seen.add(number)
        cited = [p for p in shown[number] if p.chunk_id == item.citation]
        options = [
            Option(citations=(QuoteRef(chunk_id=p.chunk_id, quote=pick_quote(text, p.text)),),
                   premise=p.text)
            for p in cited + [p for p in shown[number] if p not in cited]
        ]  # fmt: skip
        drafts.append(Draft(number, text, tuple(options)))
    return drafts


def _clean(text: str) -> str:
    """The sentence without passage ids in brackets, ending in a full stop."""
    text = " ".join(_CITE_MARK.sub("", text).split()).strip()
    if text and not text.endswith((".", "!", "?", '"', "\u201d")):
        text += "."
    return text


def _first_problem(
    number: int,
    text: str,
    citation: str,
    shown: dict[int, list[Passage]],
    about: dict[int, str],
    seen: set[int],
) -> str | None:
    from verify.support import stemmed_overlap

    if number not in shown or number in seen:
        return "it is for a claim it was not asked about, or a second one"
    if not text.strip(" ."):
        return "it is empty"
    if citation not in {p.chunk_id for p in shown[number]}:
        return f"it cites {citation!r}, which was not given for this claim"
    if stemmed_overlap(about[number], text) < MIN_CLAIM_OVERLAP:
        return f"it is not about its claim: {text[:60]!r}"
    return None


def _form_problem(raw: str, excerpts: Sequence[Passage]) -> str | None:
    """A sentence cut off by the schema's length limit, or with letters of a script its
    excerpts do not use (the 0.5B model once wrote "in the \u672a\u6765" for "in the future")."""
    if len(raw) >= SENTENCE_CHARS:
        return "it was cut off at the length limit"
    given = set("".join(p.text for p in excerpts))
    foreign = sorted({c for c in raw if c.isalpha() and not c.isascii() and c not in given})
    return f"it has letters its passages do not use: {''.join(foreign)[:10]!r}" if foreign else None
