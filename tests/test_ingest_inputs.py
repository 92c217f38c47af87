"""Every input format, and bad input: one line per bad file, the rest still ingested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from verify.cli import app
from verify.config import get_settings
from verify.corpus.ingest import MAX_FILE_BYTES
from verify.corpus.store import open_store

pytestmark = pytest.mark.usefixtures("embedder")

runner = CliRunner()
HAARETZ = SEEDS / "002_1604a4c7ff3590ca.txt"

ARTICLE_HTML = """<html><head><title>Troops move north</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-12-06T09:00:00Z">
<link rel="canonical" href="https://www.example-news.com/world/troops"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article>
<h1>Troops move north</h1>
<p>Russian military police arrived in the Ain Issa area on Sunday, the ministry said.</p>
<p>The deployment follows weeks of clashes between Turkish-backed fighters and Kurdish forces
near the M4 highway, which links the major cities of the north.</p>
<p>Talks between the two foreign ministers are planned for Tuesday.</p>
</article><footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"""


def sources() -> list[dict]:
    result = runner.invoke(app, ["sources", "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_bad_files_each_get_one_line_and_the_good_one_is_ingested(tmp_path: Path) -> None:
    bad = {
        "missing.txt": None,
        "empty.txt": b"",
        "blank.md": b"\n   \n\t\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "menu.html": b"<html><body><nav><a href='/'>Home</a> | <a>Sport</a></nav></body></html>",
        "boiler.txt": b"Share this\nPayPal: give@example.org\n*\n",
        "huge.txt": b"All work and no play. " * (50_000_000 // 22),
    }
    for name, data in bad.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / name) for name in bad] + [str(HAARETZ)]
    result = runner.invoke(app, ["ingest", *paths])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(bad), lines
    reasons = {
        "missing.txt": "no such file",
        "empty.txt": "empty file",
        "blank.md": "empty file",
        "binary.txt": "binary file",
        "menu.html": "no article text",
        "boiler.txt": "no article text",
        "huge.txt": f"over the {MAX_FILE_BYTES / 1e6:.0f} MB limit",
    }
    for name, reason in reasons.items():
        [line] = [ln for ln in lines if f"{tmp_path / name}:" in ln]
        assert reason in line, line
    assert [s["outlet"] for s in sources()] == ["Haaretz"]


def test_utf16_and_latin1_text_is_read_in_its_encoding(tmp_path: Path) -> None:
    body = (
        "Caf\u00e9 owners in M\u00fcnster said prices rose by a fifth this year. The "
        "S\u00e3o Paulo r\u00e9sum\u00e9 fair, na\u00efvely planned, opened on Monday with 300 "
        "stalls and the mayor said the \u00e9lite schools would take part next spring."
    )
    (tmp_path / "utf16.txt").write_bytes(
        "Prices rise\n\n".encode("utf-16") + body.encode("utf-16-le")
    )
    (tmp_path / "latin1.txt").write_bytes(("Fair opens\n\n" + body).encode("latin-1"))
    assert (tmp_path / "utf16.txt").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    with pytest.raises(UnicodeDecodeError):
        (tmp_path / "latin1.txt").read_bytes().decode("utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    stored = {Path(s["path"]).name: s for s in sources()}
    assert {stored[n]["title"] for n in stored} == {"Prices rise", "Fair opens"}
    store = open_store(get_settings())
    for name in ("utf16.txt", "latin1.txt"):
        assert body in store.get_source(stored[name]["id"]).text


def test_undecodable_text_says_how_to_convert_it(tmp_path: Path) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xfe\xff\xd8\x00")  # a UTF-16 BOM, then a lone surrogate
    result = runner.invoke(app, ["ingest", str(odd)])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert f"{odd}: not utf-16-be text" in line and "iconv" in line


@pytest.mark.parametrize("url", ["https://www.reuters.com/world", "http://example.org/a.html"])
def test_a_url_is_not_fetched_and_the_error_says_what_to_do(url: str) -> None:
    result = runner.invoke(app, ["ingest", url])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {url}: URLs are not fetched")
    assert "save the page as an .html file" in line


def test_unsupported_files_in_a_folder_are_reported_not_failed(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(HAARETZ.read_text())
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "notes.txt").write_text("private notes, not an article")
    result = runner.invoke(app, ["ingest", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "photo.jpg" in result.stderr and "not a supported type" in result.stderr
    assert len(sources()) == 1
    explicit = runner.invoke(app, ["ingest", str(tmp_path / "photo.jpg")])
    assert explicit.exit_code == 1


def test_html_article_with_metadata(tmp_path: Path) -> None:
    page = tmp_path / "troops.html"
    page.write_text(ARTICLE_HTML)
    result = runner.invoke(app, ["ingest", str(page)])
    assert result.exit_code == 0, result.stderr
    [source] = sources()
    assert source["title"] == "Troops move north"
    assert source["date"] == "2020-12-06"
    assert source["outlet"] in {"Example News", "example-news.com"}
    hits = json.loads(runner.invoke(app, ["search", "M4 highway", "--json"]).stdout)
    assert "Home" not in hits[0]["text"] and "Copyright" not in hits[0]["text"]


def test_jsonl_articles_fields_and_bad_lines(tmp_path: Path) -> None:
    rows = [
        {
            "text": "Officials confirmed the bridge reopened on Monday after repairs.",
            "title": "Bridge reopens",
            "url": "https://www.reuters.com/world/bridge",
            "date": "2021-03-04",
        },
        "this line is not json",
        {"title": "no text field"},
        {
            "text": "The council approved a new budget for schools and parks.",
            "outlet": "Town Gazette",
            "date": "March 5, 2021",
        },
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    result = runner.invoke(app, ["ingest", str(feed)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert f"{feed}:2" in lines[0] and "not a JSON object" in lines[0]
    assert f"{feed}:3" in lines[1] and "no 'text' field" in lines[1]
    got = {s["outlet"]: s for s in sources()}
    assert set(got) == {"Reuters", "Town Gazette"}
    assert got["Reuters"]["title"] == "Bridge reopens"
    assert got["Reuters"]["date"] == "2021-03-04"
    assert got["Reuters"]["path"] == "https://www.reuters.com/world/bridge"
    assert got["Town Gazette"]["date"] == "2021-03-05"
    assert got["Town Gazette"]["path"] == f"{feed.resolve()}#4"


def test_markdown_and_outlet_flag(tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Harbour closed\n\nThe [port authority](http://x.org) closed the harbour.\n")
    result = runner.invoke(app, ["ingest", str(note), "--outlet", "Harbour Times"])
    assert result.exit_code == 0, result.stderr
    [source] = sources()
    assert (source["title"], source["outlet"]) == ("Harbour closed", "Harbour Times")


WIRE_BODY = (
    "The Senate voted 52 to 48 on Tuesday to pass the infrastructure bill, which now goes to the"
    " House for a vote later this month, leaders of both parties said after the vote."
)


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("(CNN)", "CNN"),
        ("WASHINGTON (Reuters) -", "Reuters"),
        ("LONDON (AP) \u2014", "AP"),
        ("NEW YORK, June 3 (AFP) --", "AFP"),
        ("Washington (CNN)", "CNN"),
        ("Des Moines, Iowa (CNN)", "CNN"),
    ],
)
def test_dateline_names_the_outlet_and_the_first_sentence_the_title(
    tmp_path: Path, lead: str, outlet: str
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(f"{lead} {WIRE_BODY}\n\nA second paragraph follows here.\n")
    result = runner.invoke(app, ["ingest", str(article)])
    assert result.exit_code == 0, result.stderr
    [source] = sources()
    assert source["outlet"] == outlet
    title = source["title"]
    assert title.startswith("The Senate voted 52 to 48") and title.endswith("\u2026")
    assert len(title) <= 80 and str(article) not in result.stdout
    assert f"{outlet}: {title}" in result.stdout


def test_outlet_flag_wins_over_a_dateline_and_a_headline_stays_the_title(tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(f"Senate passes the bill\n\nWASHINGTON (Reuters) - {WIRE_BODY}\n")
    result = runner.invoke(app, ["ingest", "--outlet", "Daily Mirror", str(article)])
    assert result.exit_code == 0, result.stderr
    [source] = sources()
    assert (source["outlet"], source["title"]) == ("Daily Mirror", "Senate passes the bill")


def test_a_parenthesis_that_is_no_dateline_names_no_outlet(tmp_path: Path) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("(UN) officials met on Monday. " + WIRE_BODY + "\n")
    assert runner.invoke(app, ["ingest", str(article)]).exit_code == 0
    [source] = sources()
    assert source["outlet"] == "" and source["title"] == "(UN) officials met on Monday."
