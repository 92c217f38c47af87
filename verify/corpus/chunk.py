"""Sentence spans (nupunkt) and sentence-aware chunks with exact offsets into the cleaned text.

A chunk is a run of whole sentences of about `chunk_chars` characters; neighbours share
`overlap` sentences so a fact stated across a boundary is still found whole in one chunk.
`chunk.text == source.text[chunk.start:chunk.end]` always holds, so a span can be shown later.
"""

from __future__ import annotations

import re

from verify.nlp import TITLES
from verify.types import Chunk

_PARAGRAPH = re.compile(r"[^\n]+")
_TITLE_END = re.compile(rf"(?:^|\s)(?:{'|'.join(sorted(TITLES))})\.$")
"""A sentence ending with a title written before a name (`verify.nlp.TITLES`), which nupunkt
takes for a sentence's end ("according to Lt. Lincoln Hoshino of the Beverly Hills Police
Department")."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; no sentence crosses a line break.

    Spans exclude surrounding whitespace, so `text[start:end]` is the sentence itself.
    """
    import nupunkt

    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        base = para.start()
        first = len(spans)
        for start, end in nupunkt.sent_spans(para.group()):
            piece = para.group()[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            span = (base + start + lead, base + start + lead + len(stripped))
            after_title = len(spans) > first and _TITLE_END.search(text[slice(*spans[-1])])
            if after_title and stripped[:1].isupper():  # "Lt." + "Lincoln Hoshino of ..."
                spans[-1] = (spans[-1][0], span[1])
                continue
            spans.append(span)
    return spans


def chunk_id(source_id: str, index: int) -> str:
    return f"{source_id}-{index:04d}"


def chunk_source(
    source_id: str, text: str, *, chunk_chars: int = 1000, overlap: int = 1
) -> list[Chunk]:
    """Split cleaned text into chunks of whole sentences, neighbours sharing `overlap` sentences.

    A sentence longer than `chunk_chars` becomes a chunk of its own rather than being cut.
    """
    spans = sentence_spans(text)
    chunks: list[Chunk] = []
    first = 0
    while first < len(spans):
        last = _last_sentence(spans, first, chunk_chars)
        start, end = spans[first][0], spans[last][1]
        index = len(chunks)
        chunks.append(
            Chunk(
                id=chunk_id(source_id, index),
                source_id=source_id,
                index=index,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
        if last + 1 >= len(spans):
            break
        first = _next_first(spans, first, last, overlap, chunk_chars)
    return chunks


def _next_first(
    spans: list[tuple[int, int]], first: int, last: int, overlap: int, chunk_chars: int
) -> int:
    """Start of the next chunk: `overlap` sentences back, unless that adds nothing new."""
    candidate = max(last + 1 - overlap, first + 1)
    if _last_sentence(spans, candidate, chunk_chars) <= last:
        return last + 1
    return candidate


def _last_sentence(spans: list[tuple[int, int]], first: int, chunk_chars: int) -> int:
    last = first
    while last + 1 < len(spans) and spans[last + 1][1] - spans[first][0] <= chunk_chars:
        last += 1
    return last
