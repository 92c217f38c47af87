"""Every input format, and bad input: one line per bad file, the rest still ingested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from verify.cli import app
from verify.ingest import MAX_FILE_BYTES

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
        "latin1.txt": "Caf\u00e9 owners in M\u00fcnster said prices rose.".encode("latin-1"),
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
        "latin1.txt": "not UTF-8",
        "menu.html": "no article text",
        "boiler.txt": "no article text",
        "huge.txt": f"over the {MAX_FILE_BYTES / 1e6:.0f} MB limit",
    }
    for name, reason in reasons.items():
        [line] = [ln for ln in lines if f"{tmp_path / name}:" in ln]
        assert reason in line, line
    assert [s["outlet"] for s in sources()] == ["Haaretz"]


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
