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

import re
from collections.abc import Callable, Mapping, Sequence

from pydantic import Field

from verify.types import Citation, Model, Passage, SummarySentence

_QUOTE_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_SPACE = re.compile(r"\s+")


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


def normalize(text: str) -> str:
    """Curly quotes made straight and runs of whitespace made one space; nothing else."""
    return _SPACE.sub(" ", text.translate(_QUOTE_CHARS)).strip()


def find_verbatim(quote: str, passage: str) -> str | None:
    """The exact text of `passage` that `quote` matches up to whitespace and quote style."""
    wanted = normalize(quote)
    if not wanted:
        return None
    flat, offsets = _normalize_with_offsets(passage)
    at = flat.find(wanted)
    if at < 0:
        return None
    return passage[offsets[at] : offsets[at + len(wanted) - 1] + 1]


def _normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize(text)` plus, per output character, its offset in `text`."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text.translate(_QUOTE_CHARS)):
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                offsets.append(i)
            continue
        chars.append(ch)
        offsets.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


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
            problems.append(f"quote {_short(ref.quote)!r} is not verbatim in {ref.chunk_id}")
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


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ---- quote picking -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOPWORD_TEXT = """
a an the and or but of to in on at by for with from as is are was were be been being it its
this that these those he she they them his her their we our you your i not no so than then
has have had do does did will would can could may might should about into over after before
also said says say which who whom what when where while there here"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

SentenceScorer = Callable[[Sequence[str]], Sequence[float]]
"""Scores candidate sentences for a claim (e.g. the stance model's support probability)."""


def content_words(text: str) -> set[str]:
    """Lower-cased words minus stop words, with a plural 's' dropped (crude on purpose)."""
    words = (w.lower() for w in _WORD.findall(normalize(text)))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _STOPWORDS}


def lexical_overlap(claim: str, sentence: str) -> float:
    """Share of the claim's content words found in the sentence (ties favour shorter sentences)."""
    wanted = content_words(claim)
    have = content_words(sentence)
    if not wanted or not have:
        return 0.0
    shared = len(wanted & have)
    return shared / len(wanted) + 0.01 * shared / len(have)


def pick_quote(
    claim: str,
    passage: str,
    *,
    spans: Sequence[tuple[int, int]] | None = None,
    scorer: SentenceScorer | None = None,
) -> str:
    """The sentence of `passage` that bears most on `claim`, verbatim.

    `spans` are sentence offsets into `passage` (default: `verify.chunk.sentence_spans`).
    `scorer` ranks the sentences (e.g. by stance probability); lexical overlap breaks its ties and
    is the ranking when no scorer is given. Falls back to the whole passage when it has no sentence.
    """
    if spans is None:
        from verify.chunk import sentence_spans

        spans = sentence_spans(passage)
    sentences = [passage[a:b].strip() for a, b in spans]
    sentences = [s for s in sentences if s]
    if not sentences:
        return passage.strip()
    lexical = [lexical_overlap(claim, s) for s in sentences]
    model = list(scorer(sentences)) if scorer is not None else [0.0] * len(sentences)
    best = max(range(len(sentences)), key=lambda i: (round(model[i], 3), lexical[i]))
    return sentences[best]
