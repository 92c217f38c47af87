"""Sentence spans and chunks: exact offsets, whole sentences, overlap, stable ids."""

from __future__ import annotations

from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.corpus.chunk import chunk_source, sentence_spans
from verify.corpus.clean import clean_text

HAARETZ = SEEDS / "002_1604a4c7ff3590ca.txt"


def _haaretz_text() -> str:
    return clean_text(HAARETZ.read_text(encoding="utf-8")).text


def test_sentence_spans_are_trimmed_sentences() -> None:
    text = "Dr. Smith arrived in the U.S. on Monday. He left.\n\nA heading\nLast one!"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Dr. Smith arrived in the U.S. on Monday.",
        "He left.",
        "A heading",
        "Last one!",
    ]


def test_a_title_before_a_name_does_not_end_a_sentence() -> None:
    """nupunkt ends a sentence at "Lt." and a few other titles; the name after it is the same
    sentence's (a person named across two sentences is a person lost to the alignment)."""
    text = (
        "Richards faces charges, according to Lt. Lincoln Hoshino of the police. She left.\n"
        "Then Det. Insp. Ray spoke.\nShe was arrested by the Lt.\nLater she left."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Richards faces charges, according to Lt. Lincoln Hoshino of the police.",
        "She left.",
        "Then Det. Insp. Ray spoke.",
        "She was arrested by the Lt.",
        "Later she left.",
    ]


def test_chunks_index_the_text_exactly_and_never_cut_a_sentence() -> None:
    text = _haaretz_text()
    chunks = chunk_source("abc", text, chunk_chars=400, overlap=1)
    spans = sentence_spans(text)
    assert len(chunks) > 3
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        for start, end in spans:
            inside = chunk.start <= start and end <= chunk.end
            outside = end <= chunk.start or start >= chunk.end
            assert inside or outside, f"{chunk.id} cuts the sentence {text[start:end]!r}"
    covered = {s for c in chunks for s in spans if c.start <= s[0] and s[1] <= c.end}
    assert covered == set(spans)


def test_chunk_size_overlap_and_ids() -> None:
    text = _haaretz_text()
    chunks = chunk_source("0a80a17d4828ff0a", text, chunk_chars=400, overlap=1)
    assert [c.id for c in chunks] == [f"0a80a17d4828ff0a-{i:04d}" for i in range(len(chunks))]
    spans = sentence_spans(text)
    for before, after in zip(chunks, chunks[1:], strict=False):
        inside = [s for s in spans if before.start <= s[0] and s[1] <= before.end]
        assert len(before.text) <= 400 or len(inside) == 1
        # neighbours share the last sentence, unless sharing it would leave no room for more
        assert after.start in (inside[-1][0], spans[spans.index(inside[-1]) + 1][0])
    assert chunk_source("0a80a17d4828ff0a", text, chunk_chars=400, overlap=1) == chunks
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.end > before.end, "every chunk adds a sentence its neighbour lacks"


def test_no_overlap_and_long_sentence() -> None:
    long = "word " * 300 + "end."
    text = f"Short one. {long} Another short one."
    chunks = chunk_source("x", text, chunk_chars=100, overlap=0)
    assert [c.text for c in chunks] == ["Short one.", long, "Another short one."]


def test_empty_text_has_no_chunks() -> None:
    assert chunk_source("x", "", chunk_chars=100) == []
    assert sentence_spans("\n\n  \n") == []


_words = st.text(alphabet=st.sampled_from("abcdefgh XYZ,.!?\n"), min_size=0, max_size=400)


@settings(max_examples=60, deadline=None)
@given(text=_words, size=st.integers(20, 300), overlap=st.integers(0, 2))
def test_offsets_hold_for_any_text(text: str, size: int, overlap: int) -> None:
    chunks = chunk_source("x", text, chunk_chars=size, overlap=overlap)
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.text.strip() == chunk.text and chunk.text
    assert [c.index for c in chunks] == list(range(len(chunks)))
