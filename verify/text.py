"""Text helpers every stage shares: normalizing quotes and spaces, content words and word
overlap, the sentences of a passage, and short forms for messages.

Two overlap measures exist on purpose: `lexical_overlap` (plain words, a plural 's' dropped)
ranks sentences and quotes; `stemmed_overlap` uses the search tokenizer (Snowball stems), so the
coverage a verdict needs counts the same words BM25 matches.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from typing import TypeVar

H = TypeVar("H", bound=Hashable)

QUOTE_CHARS = str.maketrans(
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
"""Curly and typographic quotes -> straight ones."""
_SPACE = re.compile(r"\s+")
WORD = re.compile(r"[^\W_]+", re.UNICODE)
"""A word: a run of letters and digits."""
_STOPWORD_TEXT = """
a an the and or but of to in on at by for with from as is are was were be been being it its
this that these those he she they them his her their we our you your i not no so than then
has have had do does did will would can could may might should about into over after before
also said says say which who whom what when where while there here"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
"""Words too common to say what a text is about."""


def normalize(text: str) -> str:
    """Curly quotes made straight and runs of whitespace made one space; nothing else."""
    return _SPACE.sub(" ", text.translate(QUOTE_CHARS)).strip()


def content_word_list(
    text: str, stopwords: frozenset[str] = STOPWORDS, word: re.Pattern[str] = WORD
) -> list[str]:
    """The lower-cased words of `text` (matches of `word`) minus `stopwords`, in order, repeats
    kept. Callers whose numbers were tuned on other lists pass theirs (`verify.write.claims`,
    `verify.training.data`), so what they decide stays as measured."""
    return [w for w in (m.lower() for m in word.findall(normalize(text))) if w not in stopwords]


def content_words(
    text: str,
    stopwords: frozenset[str] = STOPWORDS,
    word: re.Pattern[str] = WORD,
    *,
    singular: bool = True,
) -> set[str]:
    """Lower-cased words minus stop words, with a plural 's' dropped (crude on purpose;
    `singular=False` keeps it)."""
    words = content_word_list(text, stopwords, word)
    if not singular:
        return set(words)
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}


def lexical_overlap(claim: str, sentence: str) -> float:
    """Share of the claim's content words found in the sentence (ties favour shorter sentences)."""
    wanted = content_words(claim)
    have = content_words(sentence)
    if not wanted or not have:
        return 0.0
    shared = len(wanted & have)
    return shared / len(wanted) + 0.01 * shared / len(have)


_SPEECH = frozenset({"say", "said", "tell", "told", "accord", "s"})
"""Stems of the words that only say who speaks ("said", "told", "according to"), and the "s" of
a possessive: nearly every news sentence has one, so they are no part of what a claim says.
(Pronouns and auxiliaries, "his", "would", left out too, cost Climate-FEVER 0.006 in a replay
of 2026-12-04: fewer words to hold let on-topic passages support two gold NOT ENOUGH INFO
claims.)"""


def stemmed_overlap(claim: str, sentence: str) -> float:
    """Share of the claim's stemmed search terms found in the sentence ("patrol missions" and
    "patrolled" share "patrol"); the search tokenizer, so the same words count as for BM25. The
    words of speech and the "s" of a possessive (`_SPEECH`) are not counted: "Rebbie's lawyer
    said his client would plead not guilty" shares only "Rebbie" and "his" with "Rebbie uploaded
    the videos ... to his computer, prosecutors said" (2 of 7, not 4 of 9)."""
    from verify.corpus.search import tokenize

    wanted = set(tokenize(claim)) - _SPEECH
    return len(wanted & set(tokenize(sentence))) / len(wanted) if wanted else 0.0


def sentences_of(text: str) -> list[str]:
    """A passage's sentences, verbatim (`verify.corpus.chunk.sentence_spans`: none crosses a line
    break, none has surrounding space); a passage without one is its own only sentence, stripped."""
    from verify.corpus.chunk import sentence_spans

    return [text[a:b] for a, b in sentence_spans(text)] or [text.strip()]


def shorten(text: str, limit: int = 60) -> str:
    """`text`, cut to `limit` characters with '...' when longer (for messages)."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def unique(items: Iterable[H]) -> list[H]:
    """The items without repeats, in their first order."""
    return list(dict.fromkeys(items))


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
    for i, ch in enumerate(text.translate(QUOTE_CHARS)):
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
