"""Citation checks: every cited chunk id was given to the writer, every quote is verbatim.

Generated text (LLM or extractive) cites chunk ids and quotes. Before anything is shown, each
sentence goes through `check_sentence_citations`: a cited id must be one of the passages that were
given to the writer, and each quote must be a verbatim substring of that chunk. Only whitespace
and curly vs straight quotes are normalized; nothing else (no case folding, no fuzzy match).
A sentence that fails is returned with ``verified=False`` and the reasons, never as sourced.

`pick_quote` chooses the sentence of a passage that best bears on a claim, so that an evidence
quote is always a verbatim substring of its passage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pydantic import Field

from verify.text import find_verbatim, lexical_overlap, shorten
from verify.types import Citation, Model, Passage, SummarySentence


class QuoteRef(Model):
    """A citation as a writer produced it: a chunk id and the words it quotes from that chunk."""

    chunk_id: str
    quote: str = ""


class DraftSentence(Model):
    """One generated sentence with its citations, before checking."""

    text: str
    citations: list[QuoteRef] = Field(default_factory=list)


class CheckedSentence(Model):
    sentence: SummarySentence
    citations: list[Citation] = Field(default_factory=list, description="Verified citations")
    problems: list[str] = Field(default_factory=list, description="Why it is not verified")


def check_sentence_citations(
    sentence: DraftSentence, passages: Mapping[str, Passage]
) -> CheckedSentence:
    """Verify one sentence against the passages given to the writer (keyed by chunk id)."""
    problems: list[str] = [] if sentence.text.strip() else ["empty sentence"]
    if not sentence.citations:
        problems.append("cites nothing")
    citations: list[Citation] = []
    for ref in sentence.citations:
        passage = passages.get(ref.chunk_id)
        if passage is None:
            problems.append(f"cites {ref.chunk_id!r}, which was not among the given passages")
            continue
        verbatim = find_verbatim(ref.quote, passage.text)
        if verbatim is None:
            problems.append(f"quote {shorten(ref.quote)!r} is not verbatim in {ref.chunk_id}")
            continue
        citations.append(_citation(passage, verbatim))
    if problems:
        citations = []
    checked = SummarySentence(
        text=sentence.text.strip(),
        citations=[c.chunk_id for c in citations],
        verified=not problems,
    )
    return CheckedSentence(sentence=checked, citations=citations, problems=problems)


def check_sentences(
    sentences: Sequence[DraftSentence], passages: Mapping[str, Passage]
) -> list[CheckedSentence]:
    return [check_sentence_citations(s, passages) for s in sentences]


def _citation(passage: Passage, quote: str) -> Citation:
    return Citation(
        chunk_id=passage.chunk_id,
        source_id=passage.source_id,
        outlet=passage.outlet,
        passage=passage.text,
        quote=quote,
    )


# ---- quote picking -------------------------------------------------------------------------

SentenceScorer = Callable[[Sequence[str]], Sequence[float]]
"""Scores candidate sentences for a claim (e.g. the stance model's support probability)."""


def pick_quote(
    claim: str,
    passage: str,
    *,
    spans: Sequence[tuple[int, int]] | None = None,
    scorer: SentenceScorer | None = None,
) -> str:
    """The sentence of `passage` that bears most on `claim`, verbatim.

    `spans` are sentence offsets into `passage` (default: `verify.corpus.chunk.sentence_spans`).
    `scorer` ranks the sentences (e.g. by stance probability); lexical overlap breaks its ties and
    is the ranking when no scorer is given. Falls back to the whole passage when it has no sentence.
    """
    if spans is None:
        from verify.corpus.chunk import sentence_spans

        spans = sentence_spans(passage)
    sentences = [passage[a:b].strip() for a, b in spans]
    sentences = [s for s in sentences if s]
    if not sentences:
        return passage.strip()
    lexical = [lexical_overlap(claim, s) for s in sentences]
    model = list(scorer(sentences)) if scorer is not None else [0.0] * len(sentences)
    best = max(range(len(sentences)), key=lambda i: (round(model[i], 3), lexical[i]))
    return sentences[best]
