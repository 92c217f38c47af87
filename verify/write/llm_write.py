"""The one loop every LLM writer goes through: draft -> check citations -> check support -> keep.

    drafts = [Draft(key, text, options=((QuoteRef(chunk_id=..., quote=...),),)), ...]
    written = check_drafts(drafts, passages, support)   # what passed, and why the rest did not
    shown = [written.accepted.get(key) or fallback(key) for key in keys]

A writer (the answer in `verify.write.ask`, the summary in `verify.write.summarize`, rewritten
claims in `verify.write.claims`) asks the LLM with `draft` (`LLM.generate_json`: a versioned prompt,
a schema, validated, retried once, cached), turns the reply into `Draft`s (one per item, keyed as
the writer likes: a sentence number, a claim number, a span) or `Refused` items (its own checks
failed: the wrong claim, a cut-off sentence), and hands them to `check_drafts`:

1. **Citations** (`verify.write.citations`): each cited id must be one of the `passages` given to
the
   writer and each quote verbatim in it. A draft may offer several citation options (the
   summary tries the excerpt it cited, then its claim's other one); options that fail are
   skipped. `vet` adds a writer's own check of the verified citations (`ask` refuses quotes
   from instruction-like text).
2. **Support**: a sentence that is exactly its verified quote is its own evidence; any other is
   judged, all in one batch, by `support` (`verify.judge.support`, the product's one support
   judgement; `pairs_support` adapts its (text, statement) form), and the first option whose
   evidence supports it is kept. `support=None` checks citations only.
3. **Keep or fall back**: `Written.accepted` holds the checked sentences (writer `llm`) in
   draft order, `Written.rejected` says why each other item was refused; the writer falls back
   per item (the extractive sentence, the rule claim) and words its own flags.

The LLM never decides anything alone: nothing it writes is shown unless it passes 1 and 2.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from verify.llm import DEFAULT_MAX_TOKENS
from verify.text import normalize, unique
from verify.types import Passage, Writer
from verify.write.citations import (
    CheckedSentence,
    DraftSentence,
    QuoteRef,
    check_sentence_citations,
)

if TYPE_CHECKING:
    from pydantic import BaseModel

    from verify.llm import LLM, LLMResult

K = TypeVar("K", bound=Hashable)
M = TypeVar("M", bound="BaseModel")

Entails = Callable[[Sequence[tuple[str, str]]], Sequence[bool]]
"""For (text, statement) pairs: does the text clearly support the statement?
(`verify.judge.support`)"""


@dataclass(frozen=True)
class Option:
    """One way a draft may be sourced: its citations, and the text its support is judged
    against (default: the cited passages, joined)."""

    citations: tuple[QuoteRef, ...]
    premise: str | None = None


@dataclass(frozen=True)
class Draft(Generic[K]):
    """One item the LLM wrote, before the checks: its key, its text and its citation options,
    tried in order."""

    key: K
    text: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Refused(Generic[K]):
    """An item the writer's own checks refused before the shared ones (and why)."""

    key: K
    why: str


@dataclass(frozen=True)
class Try:
    """A draft's option whose citations checked out, waiting for the support judgement."""

    text: str
    checked: CheckedSentence
    premise: str

    @property
    def verbatim(self) -> bool:
        """The sentence is exactly the (verified) quote of each of its citations."""
        text = normalize(self.text)
        cites = self.checked.citations
        return bool(cites) and all(normalize(c.quote) == text for c in cites)


UNSUPPORTED = "its cited passages do not support it"

Support = Callable[[Sequence[Try]], Sequence[bool]]
"""For checked drafts that are not their own quote: does their evidence support them?"""
Vet = Callable[[CheckedSentence], list[str]]
"""A writer's own check of a draft's verified citations: problems, or none."""


@dataclass
class Written(Generic[K]):
    """What passed the checks, by key in draft order (writer `llm`), and why the rest did not."""

    accepted: dict[K, CheckedSentence] = field(default_factory=dict)
    rejected: list[tuple[K, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Request:
    """One LLM call of a writer: the prompt's variables, its output budget, and the JSON
    schema sent to constrain decoding (default: the reply model's)."""

    variables: dict[str, Any]
    max_tokens: int = DEFAULT_MAX_TOKENS
    json_schema: dict[str, Any] | None = None


def draft(llm: LLM, prompt: str, request: Request, schema: type[M]) -> LLMResult[M]:
    """The LLM's reply to one request of the versioned prompt named `prompt`, validated against
    `schema` (retried once, cached; an error is returned, never raised)."""
    from verify.llm.prompts import load_prompt

    return llm.generate_json(
        load_prompt(prompt),
        request.variables,
        schema,
        max_tokens=request.max_tokens,
        json_schema=request.json_schema,
    )


def check_drafts(
    drafts: Sequence[Draft[K] | Refused[K]],
    passages: Mapping[str, Passage],
    support: Support | None = None,
    vet: Vet | None = None,
) -> Written[K]:
    """The drafts whose citations check out against `passages` and whose evidence supports
    them (see the module docstring), each with writer `llm`; the reason for each other."""
    written: Written[K] = Written()
    tries: list[tuple[K, list[Try]]] = []
    for item in drafts:
        if isinstance(item, Refused):
            written.rejected.append((item.key, item.why))
            continue
        found, problem = _cited(item, passages, vet)
        if found:
            tries.append((item.key, found))
        else:
            written.rejected.append((item.key, problem))
    verdicts = _supported([t for _, group in tries for t in group], support)
    for key, group in tries:
        kept = next((t for t in group if verdicts[id(t)]), None)
        if kept is None:
            written.rejected.append((key, UNSUPPORTED))
            continue
        kept.checked.sentence.writer = Writer.LLM
        written.accepted[key] = kept.checked
    return written


def _cited(
    item: Draft[K], passages: Mapping[str, Passage], vet: Vet | None
) -> tuple[list[Try], str]:
    """The draft's options whose citations are verified (and pass `vet`); else the first
    option's problems."""
    found: list[Try] = []
    problems: list[str] = []
    for option in item.options:
        sentence = DraftSentence(text=item.text, citations=list(option.citations))
        checked = check_sentence_citations(sentence, passages)
        trouble = checked.problems or (vet(checked) if vet is not None else [])
        if trouble:
            problems = problems or trouble
            continue
        premise = option.premise
        if premise is None:
            premise = " ".join(unique(c.passage for c in checked.citations))
        found.append(Try(text=checked.sentence.text, checked=checked, premise=premise))
    return found, "; ".join(problems) or "it cites nothing"


def _supported(tries: Sequence[Try], support: Support | None) -> dict[int, bool]:
    """Per try (by id): its own quote, or supported by its evidence (one batch for all)."""
    judged = [t for t in tries if not t.verbatim]
    verdicts = [True] * len(judged)
    if support is not None and judged:
        verdicts = list(support(judged))
    out = {id(t): True for t in tries if t.verbatim}
    out.update({id(t): ok for t, ok in zip(judged, verdicts, strict=True)})
    return out


def pairs_support(entails: Entails) -> Support:
    """A (text, statement) judgement (`verify.judge.support.supported`) as the support of tries:
    each try's premise against its sentence."""

    def support(tries: Sequence[Try]) -> list[bool]:
        return list(entails([(t.premise, t.text) for t in tries]))

    return support


def prompt_passage(passage: Passage, separator: str = "\n", flat: bool = False) -> str:
    """A passage as prompt input: `[chunk id] (outlet)`, `separator`, its text (on one line
    when `flat`) with block delimiters neutralized (`verify.write.injection`). The chunk ids are the
    citation keys."""
    from verify.write.injection import neutralize_delimiters

    text = " ".join(passage.text.split()) if flat else passage.text
    head = f"[{passage.chunk_id}] ({passage.outlet or passage.source_id})"
    return f"{head}{separator}{neutralize_delimiters(text)}"
