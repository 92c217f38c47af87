"""Property-based tests of the loaders, the text cleaner and the chunker on arbitrary input.

* Any bytes, text, HTML or JSON lines given to the loaders give articles or a failed outcome with
  a reason (our `InputError`), never another exception: one bad file must not stop an ingest.
* Chunk spans always slice the cleaned text exactly, cover every sentence, numbered in order.
* On generated articles (plausible news sentences with boilerplate lines interleaved) the cleaner
  drops the boilerplate and keeps every body sentence.

No model is loaded here; example counts are kept small so the file runs in about 20 seconds.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from verify.corpus.chunk import chunk_source, sentence_spans
from verify.corpus.clean import clean_html, clean_text
from verify.corpus.ingest import Article, Outcome, load_file, read_text, source_id
from verify.errors import InputError

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Text with the characters that break naive code: line and paragraph separators of every kind,
# NUL, BOM, combining marks, right-to-left text, emoji, lone surrogates excluded (not encodable).
TRICKY = "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u00a0\ufeff\u200b\u0301\u202e.!?\"'“”«»"
texts = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(list(TRICKY))),
    max_size=600,
)
urls = st.one_of(
    st.just("http://[bad"),
    st.just("https://www.reuters.com/world/x"),
    st.builds(lambda s: f"http://{s}", st.text(max_size=30)),
    st.text(max_size=40),
)


def _load(name: str, data: bytes) -> list[Article | Outcome]:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / name
        file.write_bytes(data)
        return load_file(file)


def _assert_loaded(items: list[Article | Outcome]) -> None:
    assert items
    for item in items:
        if isinstance(item, Outcome):
            assert item.status == "failed" and item.reason and "\n" not in item.reason
        else:
            assert item.text.strip() and source_id(item.text)


# ---- loaders: never an exception other than ours ---------------------------------------------


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
@example(data=b"\xef\xbb\xbf", suffix=".txt")  # a BOM and nothing else
@example(data=b"\x00" * 10, suffix=".jsonl")
@example(data=b"\t", suffix=".jsonl")  # only blank lines
def test_loaders_on_arbitrary_bytes_give_articles_or_a_reason(data: bytes, suffix: str) -> None:
    _assert_loaded(_load(f"input{suffix}", data))


@FUZZ
@given(text=texts, suffix=st.sampled_from([".txt", ".md"]))
def test_text_loaders_on_arbitrary_text(text: str, suffix: str) -> None:
    _assert_loaded(_load(f"input{suffix}", text.encode("utf-8", "surrogatepass")))


tags = st.sampled_from(["p", "div", "article", "nav", "footer", "script", "h1", "a", "li", "br"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Random markup: nested tags, text, attributes, broken closing tags, a canonical link."""
    parts = ["<html><head>"]
    if draw(st.booleans()):
        parts.append(f'<link rel="canonical" href="{draw(urls)}">')
    if draw(st.booleans()):
        parts.append(f"<title>{draw(texts)}</title>")
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(tags)
        parts.append(f"<{tag} class='{draw(st.text(max_size=8))}'>{draw(texts)}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    parts.append(draw(st.sampled_from(["</body></html>", "", "<!--", "<![CDATA[", "</p></div>"])))
    return "".join(parts)


@FUZZ
@given(page=st.one_of(html_pages(), texts))
@example(page='<html><head><link rel="canonical" href="http://[bad"></head><body></body></html>')
def test_html_loader_on_arbitrary_markup(page: str) -> None:
    _assert_loaded(_load("page.html", page.encode("utf-8", "surrogatepass")))
    cleaned = clean_html(page)  # the library call itself never raises either
    assert isinstance(cleaned.text, str)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
rows = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(texts, json_values),
        "title": st.one_of(texts, json_values),
        "url": st.one_of(urls, json_values),
        "outlet": st.one_of(texts, json_values),
        "date": st.one_of(st.just("2021-13-45"), st.just("March 5, 2021"), texts, json_values),
    },
)


@FUZZ
@given(lines=st.lists(st.one_of(rows, json_values, texts), min_size=1, max_size=5))
@example(lines=[{"text": "The bridge reopened on Monday.", "url": "http://[bad"}])
def test_jsonl_loader_on_arbitrary_rows(lines: list[object]) -> None:
    body = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines)
    data = body.encode("utf-8", "surrogatepass")
    if not data.strip():
        data = b"{}"
    items = _load("feed.jsonl", data)
    _assert_loaded(items)


@FUZZ
@given(data=st.binary(max_size=300))
def test_read_text_raises_only_input_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "x.txt"
        file.write_bytes(data)
        try:
            text = read_text(file, 10_000)
        except InputError as exc:
            assert exc.message
        else:
            assert data.strip() and text.strip() and "\x00" not in text
            with contextlib.suppress(UnicodeDecodeError):  # else read in another encoding
                if b"\x00" not in data:  # NULs: binary, or UTF-16/32 without a BOM
                    assert text == data.decode("utf-8-sig")


# ---- the chunker: spans slice the cleaned text exactly -----------------------------------------


def _assert_chunks_exact(text: str, chunk_chars: int, overlap: int) -> None:
    sid = source_id(text)
    chunks = chunk_source(sid, text, chunk_chars=chunk_chars, overlap=overlap)
    spans = sentence_spans(text)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.text == text[chunk.start : chunk.end]
        assert chunk.text and chunk.text == chunk.text.strip()
        assert chunk.id == f"{sid}-{chunk.index:04d}"
    assert bool(chunks) == bool(spans)
    for start, end in spans:  # every sentence lies whole inside some chunk
        assert text[start:end].strip()
        assert any(c.start <= start and end <= c.end for c in chunks), (start, end)
    starts = [c.start for c in chunks]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


@FUZZ
@given(text=texts, chunk_chars=st.integers(1, 400), overlap=st.integers(0, 3))
def test_chunk_spans_slice_arbitrary_text_exactly(
    text: str, chunk_chars: int, overlap: int
) -> None:
    _assert_chunks_exact(text, chunk_chars, overlap)


@FUZZ
@given(raw=texts, markdown=st.booleans(), chunk_chars=st.integers(20, 1000))
def test_chunk_spans_slice_cleaned_text_exactly(raw: str, markdown: bool, chunk_chars: int) -> None:
    cleaned = clean_text(raw, markdown=markdown)
    assert "\r\n" not in cleaned.text
    _assert_chunks_exact(cleaned.text, chunk_chars, 1)


# ---- the cleaner keeps every body sentence of a generated article -------------------------------

NAMES = [
    "Maria Lopez",
    "the ministry",
    "Officials",
    "The council",
    "Dr. Chen",
    "Residents",
    "Police",
]
VERBS = ["said", "reported", "confirmed", "denied", "announced", "estimated", "warned"]
OBJECTS = [
    "that the bridge would reopen on Monday",
    "that 1,250 people were evacuated from the valley",
    "a budget of $4.5 million for the new clinic",
    "that talks with the union had stalled",
    "the closure of three schools near the river",
    "that prices rose 3.2% in March",
    "an agreement with the neighbouring district",
]
PLACES = ["in Ain Issa", "near the M4 highway", "in Lyon", "on Tuesday", "after the vote", ""]


@st.composite
def body_sentences(draw: st.DrawFn) -> str:
    who, verb, what, where = (draw(st.sampled_from(x)) for x in (NAMES, VERBS, OBJECTS, PLACES))
    sentence = " ".join(w for w in (who, verb, what, where) if w)
    if draw(st.booleans()):
        sentence = f"“{sentence[0].upper()}{sentence[1:]},” a spokesperson said"
    return sentence + draw(st.sampled_from([".", ".", "!", "?"]))


BOILERPLATE = [
    "Share this article",
    "Share on Facebook",
    "Advertisement",
    "Subscribe now for unlimited access",
    "Sign up for our newsletter to get the news first",
    "Read more: Storm closes airport",
    "Related coverage",
    "Follow us on Twitter",
    "Please support our journalism on Patreon",
    "Copyright 2021 Example News. All rights reserved.",
    "Tags: politics, bridge, council",
    "Residents line the street in Lyon, 2020.Credit: ,AP",
    "Storm closes the airport for a second day WATCH",
    "***",
    "Log in",
]
ENDINGS = ["Note to readers: please click the share buttons above.", "You may also like", ""]


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """(raw text, body sentences, boilerplate lines) with boilerplate between paragraphs."""
    paragraphs = draw(st.lists(st.lists(body_sentences(), min_size=1, max_size=4), max_size=6))
    paragraphs = [p for p in paragraphs if p] or [[draw(body_sentences())]]
    lines: list[str] = []
    junk: list[str] = []
    for paragraph in paragraphs:
        for _ in range(draw(st.integers(0, 2))):
            junk.append(draw(st.sampled_from(BOILERPLATE)))
            lines += [junk[-1], ""]
        if draw(st.booleans()):  # hard-wrapped: each sentence on its own line
            lines += [*paragraph, ""]
        else:
            lines += [" ".join(paragraph), ""]
    ending = draw(st.sampled_from(ENDINGS))
    if ending:
        lines += [ending, draw(st.sampled_from(BOILERPLATE)), "Related article text here."]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines), [s for p in paragraphs for s in p], junk


@FUZZ
@given(article=articles())
@example(
    article=(
        "Prices rose in March.\n\nComments\n\nThe council met on Monday.",
        ["Prices rose in March.", "The council met on Monday."],
        ["Comments"],
    )
)
def test_cleaner_keeps_every_body_sentence_and_drops_boilerplate(
    article: tuple[str, list[str], list[str]],
) -> None:
    raw, body, junk = article
    cleaned = clean_text(raw)
    flat = " ".join(cleaned.text.split())
    for sentence in body:
        assert sentence in flat, (sentence, cleaned.removed)
    kept_lines = set(cleaned.text.split("\n"))
    for line in junk:
        assert line not in kept_lines, line
    assert "Related article text here." not in cleaned.text


@pytest.mark.parametrize("wrapper", ["<p>{}</p>", "<div><p>{}</p></div>"])
@FUZZ
@given(article=articles())
def test_html_article_keeps_every_body_sentence(
    wrapper: str, article: tuple[str, list[str], list[str]]
) -> None:
    """The same generated article as a page: body paragraphs in <article>, junk in nav/footer."""
    _, body, junk = article
    paragraphs = "".join(wrapper.format(s) for s in body)
    menus = "".join(f"<li><a href='/x'>{j}</a></li>" for j in junk)
    page = (
        "<html><head><title>Council news</title></head><body>"
        f"<nav><ul>{menus}</ul></nav><article><h1>Council news</h1>{paragraphs}</article>"
        "<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"
    )
    cleaned = clean_html(page)
    flat = " ".join(cleaned.text.split())
    for sentence in body:
        assert sentence in flat, (sentence, cleaned.text)
    assert "All rights reserved" not in cleaned.text
