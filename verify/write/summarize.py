"""The sourced summary of a report: what other sources corroborate, contradict, or never say.

One sentence per checked claim shown (at most `MAX_SENTENCES_PER_SECTION` per section), two
writers. The extractive writer states the claim with the evidence quote that decided its verdict.
The LLM writer (optional) is asked, in one short schema-constrained call per claim, for one
sentence from the evidence sentence that counted most for it (the article's own sentence for a
claim only this outlet makes); the code knows which passage it gave, so the LLM writes no ids,
and the code puts "According to <outlet>," before the sentence. Each LLM sentence, as shown, goes
through `verify.write.llm_write.check_drafts`: it must be about its claim, its quote (the excerpt's
sentence that bears most on it) verbatim, and it must be supported by the excerpt (the evidence
sentence with one sentence either side) under the product's support judgement (`entails`,
`verify.judge.support`: the stance model, coverage and the facts). A sentence that fails is replaced
by the extractive sentence for the same claim, so one bad sentence never costs the whole summary;
each sentence and the summary say who wrote them (`Writer`, `SummaryWriter`). The LLM never
decides a verdict: it sees verdicts already computed, and disputed claims keep their extractive
sentence (both sides' quotes).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import Field

from verify.text import find_verbatim
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
from verify.write.citations import (
    CheckedSentence,
    DraftSentence,
    QuoteRef,
    check_sentences,
    pick_quote,
)
from verify.write.injection import neutralize_delimiters
from verify.write.llm_write import UNSUPPORTED, Draft, Entails, Option, Refused, Request

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
            passages.setdefault(ev.chunk_id, ev.passage)
        if check.verdict is None:
            continue
        if check.verdict is Verdict.NOT_ENOUGH_EVIDENCE:
            allowed = set(own)
        else:
            allowed = {e.chunk_id for e in check.evidence if _counted(e)}
        claims[number] = ClaimSlot(section=_SECTION_OF[check.verdict], allowed=allowed)
    return Writing(passages=passages, claims=claims)


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


class LLMSentence(Model):
    """The sentence the LLM wrote for one claim (prompts/summarize.md)."""

    text: str = Field(max_length=600)


class Excerpt(Model):
    """What the LLM writer gets for one claim: the passage's sentences that hold the evidence
    quote (`focus`, the only text it is shown) and, around them, one sentence either side
    (`passage`, what its sentence must be supported by and cites)."""

    passage: Passage
    focus: str


SENTENCE_CHARS = 220
"""Longest sentence the schema lets the LLM write: one plain sentence, and a bound on a loop
(the 1.5B model once filled a sentence with made-up passage ids until its token budget ran out)."""
SENTENCE_TOKENS = 72
"""Output budget of one call: a 220-character sentence is about 50 tokens, and its JSON 6; the
schema's maxLength stops the sentence before the budget cuts the JSON."""
FOCUS_CHARS = 700
"""Longest evidence text the writer is shown for a claim; a claim with more keeps its extractive
sentence (a long prompt costs prefill time and gives a small model more to mix up)."""
MIN_CLAIM_OVERLAP = 0.3
"""Share of its claim's search terms an LLM sentence must hold: a sentence the excerpt supports
but about something else (another sentence of the passage copied) is not that claim's summary."""

_CITE_MARK = re.compile(r"\s*[\[(][^\[\]()]*\d{4}[^\[\]()]*[\])]")
_ENDINGS = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")
_LOWER_FIRST = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "their", "there"}
    | {"he", "his", "she", "her", "in", "on", "at", "after", "before", "during", "some", "many"}
    | {"more", "most", "several", "two", "three", "four", "five"}
)


def llm_sentences(
    source: Source,
    checks: Sequence[ClaimCheck],
    slots: Sequence[Slot],
    writing: Writing,
    llm: LLM,
    entails: Entails | None = None,
) -> tuple[dict[int, CheckedSentence], list[str]]:
    """The LLM's checked sentence per claim number, for those that passed; and flags.

    One short call per claim (its claim and its evidence only: a small model given every claim
    at once repeated one sentence for all of them), the system prompt shared so that llama.cpp
    reuses its cached prefix. (Asking once more with the reason a sentence was refused was
    measured and dropped: under greedy decoding the 0.5B model wrote the same sentence again
    for 9 of 10 retries.)"""
    from verify.write.llm_write import check_drafts, draft, pairs_support

    shown = excerpts_for(source, checks, slots, writing)
    drafts: list[Draft[int] | Refused[int]] = []
    flags: list[str] = []
    for number, excerpt in shown.items():
        claim = checks[number - 1].claim.text
        result = draft(llm, "summarize", sentence_request(claim, excerpt), LLMSentence)
        if not result.ok or not isinstance(result.value, LLMSentence):
            flags.append(f"summary: claim {number}: LLM output rejected ({result.error})")
            if result.unavailable:
                break
            continue
        drafts.append(claim_draft(number, result.value.text, excerpt, claim))
    support = pairs_support(entails) if entails is not None else None
    written = check_drafts(drafts, writing.passages, support)
    texts = {d.key: d.text for d in drafts if isinstance(d, Draft)}
    for number, why in written.rejected:
        if why == UNSUPPORTED:
            why = f"its passage does not support it: {texts[number][:60]!r}"
        flags.append(f"summary: claim {number}: LLM sentence replaced ({why})")
    return written.accepted, flags


def sentence_request(claim: str, excerpt: Excerpt) -> Request:
    """The prompt inputs of one claim, its budget, and the schema: one bounded string."""
    schema = {
        "title": "ClaimSentence",
        "type": "object",
        "properties": {"text": {"type": "string", "minLength": 1, "maxLength": SENTENCE_CHARS}},
        "required": ["text"],
        "additionalProperties": False,
    }
    passage = neutralize_delimiters(" ".join(excerpt.focus.split()))
    variables = {"claim": neutralize_delimiters(claim), "passage": passage}
    return Request(variables, max_tokens=SENTENCE_TOKENS, json_schema=schema)


def excerpts_for(
    source: Source, checks: Sequence[ClaimCheck], slots: Sequence[Slot], writing: Writing
) -> dict[int, Excerpt]:
    """Per claim number, the excerpt the LLM writer is given: around the strongest evidence
    quote the verdict counted, or around the claim in the article for a claim only it makes.
    Disputed claims, claims without a sourced extractive sentence, and claims whose evidence
    sentence is longer than `FOCUS_CHARS` or not about the claim (`_fits`) get none."""
    shown: dict[int, Excerpt] = {}
    for slot in slots:
        if slot.section is Section.DISPUTED or not slot.draft.citations:
            continue
        refs = slot.draft.citations[:1]
        if slot.section is not Section.ONLY_HERE:
            refs = _counted_refs(checks[slot.number - 1])[:1]
        found = [_excerpt(writing.passages[r.chunk_id], r.quote) for r in refs]
        excerpt = found[0] if found else None
        if excerpt is not None and _fits(excerpt.focus, checks[slot.number - 1].claim.text):
            shown[slot.number] = excerpt
    return shown


def _fits(focus: str, claim: str) -> bool:
    """Worth a call: short enough, and about the claim. A sentence holding less than
    `MIN_CLAIM_OVERLAP` of the claim's terms gives no sentence that could pass as the claim's
    (stance v3 counts some unrelated passages as support; the verdict is not the writer's to
    change, and its extractive sentence shows the quote as it is)."""
    from verify.judge.support import stemmed_overlap

    return len(focus) <= FOCUS_CHARS and stemmed_overlap(claim, focus) >= MIN_CLAIM_OVERLAP


def _counted_refs(check: ClaimCheck) -> list[QuoteRef]:
    stance = Stance.SUPPORTS if check.verdict is Verdict.SUPPORTED else Stance.REFUTES
    counted = [e for e in check.evidence if e.stance == stance and _counted(e)]
    best = sorted(counted, key=lambda e: -e.score)
    return [QuoteRef(chunk_id=e.chunk_id, quote=e.quote) for e in best]


def _excerpt(passage: Passage, anchor: str) -> Excerpt | None:
    """The passage's sentences that hold `anchor` (the focus), with one sentence either side."""
    from verify.corpus.chunk import sentence_spans

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
    window = passage.model_copy(
        update={"text": passage.text[lo:hi], "start": passage.start + lo, "end": passage.start + hi}
    )
    focus = passage.text[spans[inside[0]][0] : spans[inside[-1]][1]]
    return Excerpt(passage=window, focus=focus)


def claim_draft(number: int, raw: str, excerpt: Excerpt, claim: str) -> Draft[int] | Refused[int]:
    """The LLM's sentence for claim `number`, attributed to the excerpt's outlet, citing the
    excerpt's sentence that bears most on it; or refused by the summary's own checks: empty,
    not about its claim, cut off, or in letters its passage does not use."""
    text = _clean(raw)
    problem = _first_problem(text, claim) or _form_problem(raw, excerpt.passage)
    if problem:
        return Refused(number, problem)
    text = attributed(text, excerpt.passage.outlet, excerpt.passage.text)
    quote = pick_quote(text, excerpt.passage.text)
    cites = (QuoteRef(chunk_id=excerpt.passage.chunk_id, quote=quote),)
    return Draft(number, text, (Option(cites, premise=excerpt.passage.text),))


def attributed(text: str, outlet: str, passage: str = "") -> str:
    """ "According to <outlet>, ..." unless the sentence already names who says it: the reader
    sees whose report the sentence restates (the outlet of the passage it cites, set by code).
    The first word is lowercased when it is a common word: a function word, or one `passage`
    writes in lower case and never capitalizes inside a sentence."""
    if not outlet or outlet.lower() in text.lower() or text.lower().startswith("according to"):
        return text
    first = text.split(" ", 1)[0]
    if _common_word(first, passage):
        text = text[0].lower() + text[1:]
    return f"According to {outlet}, {text}"


def _common_word(word: str, passage: str) -> bool:
    if word.lower() in _LOWER_FIRST:
        return True
    if not word[:1].isupper() or not word[1:].islower():
        return False  # "IED", "McDonald", "2020"
    lower = re.search(rf"\b{re.escape(word.lower())}\b", passage)
    inside = re.search(rf"[^.!?\s\"\u201c]\s+{re.escape(word)}\b", passage)
    return lower is not None and inside is None


def _clean(text: str) -> str:
    """The sentence without passage ids in brackets, ending in a full stop."""
    text = " ".join(_CITE_MARK.sub("", text).split()).strip()
    if text and not text.endswith((".", "!", "?", '"', "\u201d")):
        text += "."
    return text


def _first_problem(text: str, claim: str) -> str | None:
    from verify.judge.support import stemmed_overlap

    if not text.strip(" ."):
        return "it is empty"
    if stemmed_overlap(claim, text) < MIN_CLAIM_OVERLAP:
        return f"it is not about its claim: {text[:60]!r}"
    return None


def _form_problem(raw: str, passage: Passage) -> str | None:
    """A sentence cut off by the schema's length limit or before its end (a `"` the model means
    as part of the sentence ends the JSON string: "... apologized for the"), or with letters of
    a script its passage does not use (the 0.5B model once wrote "in the \u672a\u6765" for "in
    the future")."""
    if len(raw) >= SENTENCE_CHARS:
        return "it was cut off at the length limit"
    if not _CITE_MARK.sub("", raw).strip().endswith(_ENDINGS):
        return "it does not end as a sentence does"
    foreign = sorted({c for c in raw if c.isalpha() and not c.isascii() and c not in passage.text})
    return (
        f"it has letters its passage does not use: {''.join(foreign)[:10]!r}" if foreign else None
    )
