"""Boilerplate removal: exactly which seed lines go, and that no body sentence does."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from verify.corpus.clean import (
    clean_html,
    clean_text,
    detect_outlet,
    normalize_date,
    outlet_from_url,
    parse_date_line,
)

SOUTH_FRONT = SEEDS / "000_819f9236edb07d15.txt"
HAARETZ = SEEDS / "002_1604a4c7ff3590ca.txt"

# 1-based line numbers of the raw seed files that are boilerplate.
REMOVED = {
    SOUTH_FRONT: [19, 21, 23, 25, 28, 30, 32, 34],
    HAARETZ: [5, 6, 7, 13, 37, 41, 42, 44, 47, 49, 51, 53, 55, 57, 60, 62, 64, 66, 68],
}


def _norm(line: str) -> str:
    """A raw line with its whitespace runs (non-breaking spaces too) made single spaces."""
    return " ".join(line.split())


@pytest.mark.parametrize("seed", sorted(REMOVED), ids=lambda p: p.name)
def test_seed_removes_exactly_the_boilerplate_lines(seed) -> None:
    lines = seed.read_text(encoding="utf-8").split("\n")
    cleaned = clean_text(seed.read_text(encoding="utf-8"))
    expected = [_norm(lines[n - 1]) for n in REMOVED[seed]]
    assert cleaned.removed == expected


@pytest.mark.parametrize("seed", sorted(REMOVED), ids=lambda p: p.name)
def test_seed_keeps_every_body_line(seed) -> None:
    lines = seed.read_text(encoding="utf-8").split("\n")
    cleaned = clean_text(seed.read_text(encoding="utf-8"))
    body = [
        _norm(line) for n, line in enumerate(lines, 1) if line.strip() and n not in REMOVED[seed]
    ]
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs == body


def test_seed_metadata() -> None:
    south = clean_text(SOUTH_FRONT.read_text(encoding="utf-8"))
    assert south.title == "Video: Russian Military Police Under Attack in Northern Syria"
    assert south.outlet == "South Front"
    assert south.date is None  # "reported on December 2" is not a full date
    haaretz = clean_text(HAARETZ.read_text(encoding="utf-8"))
    assert haaretz.title == (
        "Russia Sends Forces to Syrian Territory Facing Renewed Kurdish-Turkish Clashes"
    )
    assert haaretz.outlet == "Haaretz"
    assert haaretz.date is None  # the caption's "November 19, 2020" is not the article date


def test_hard_wrapped_lines_are_rejoined_and_headings_kept_apart() -> None:
    raw = "A Heading\nThe first sentence runs over\ntwo lines. Then another.\n\nNext para."
    assert clean_text(raw).text == (
        "A Heading\n\nThe first sentence runs over two lines. Then another.\n\nNext para."
    )


def test_body_sentences_that_mention_junk_words_are_kept() -> None:
    body = [
        "PayPal shares rose after the company reported higher payment volumes.",
        "Unemployment fell for the first month since the spring, the agency said.",
        "The artist raised money on Patreon to finish the mural.",
        "Copyright law in the EU changed in 2019.",
    ]
    assert clean_text("\n\n".join(body)).removed == []


def test_full_date_line_sets_the_date_and_leaves_the_text() -> None:
    cleaned = clean_text("Title Here\nPublished: March 3, 2021\n\nBody sentence one.")
    assert cleaned.date == "2021-03-03"
    assert "March 3" not in cleaned.text


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("December 2, 2019", "2019-12-02"),
        ("2 Dec 2019", "2019-12-02"),
        ("Updated 2019-12-02 10:30 UTC", "2019-12-02"),
        ("reported on December 2", None),
        ("The army moved on December 2, 2019 at dawn.", None),
    ],
)
def test_date_lines(line: str, date: str | None) -> None:
    assert parse_date_line(line) == date


def test_outlet_from_byline_url_and_signature() -> None:
    assert detect_outlet("body\nArticles by: Some Outlet\n") == "Some Outlet"
    assert detect_outlet("body", url="https://www.reuters.com/world/x") == "Reuters"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"
    assert detect_outlet("Send in e-mailSend in e-mail\nbody") == "Haaretz"
    assert detect_outlet("nothing to go on") == ""


def test_normalize_date() -> None:
    assert normalize_date("2020-12-06T10:00:00Z") == "2020-12-06"
    assert normalize_date("December 6, 2020") == "2020-12-06"
    assert normalize_date("sometime") is None


def test_markdown_markup_is_stripped() -> None:
    cleaned = clean_text("# The Title\n\nSee [the report](http://x.org) today.", markdown=True)
    assert cleaned.text == "The Title\n\nSee the report today."
    assert cleaned.title == "The Title"


def test_html_article_is_extracted_with_metadata() -> None:
    html = """<html><head><title>Troops move north | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2020-12-06T09:00:00Z">
    <link rel="canonical" href="https://www.example-news.com/a/1"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Troops move north</h1>
    <p>Russian military police arrived in the Ain Issa area on Sunday, the ministry said.</p>
    <p>The deployment follows clashes between Turkish-backed fighters and Kurdish forces.</p>
    <p>Talks between the two foreign ministers are planned for Tuesday in Sochi.</p>
    </article><footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"""
    cleaned = clean_html(html)
    assert "Russian military police arrived in the Ain Issa area" in cleaned.text
    assert "Talks between the two foreign ministers" in cleaned.text
    assert "Home | World" not in cleaned.text and "Copyright" not in cleaned.text
    assert cleaned.title == "Troops move north"
    assert cleaned.date == "2020-12-06"
    assert cleaned.outlet in {"Example News", "example-news.com"}


def test_wire_byline_names_the_outlet_but_an_unknown_one_does_not() -> None:
    from verify.corpus.clean import clean_text

    body = "The council met on Monday. It voted to reopen the bridge."
    assert clean_text(f"Bridge reopens\nBy Jane Doe, CNN\n\n{body}").outlet == "CNN"
    assert clean_text(f"Bridge reopens\nBy Jane Doe, Staff\n\n{body}").outlet == ""
