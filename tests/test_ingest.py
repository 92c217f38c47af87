"""`verify ingest / sources / remove / search` through the real CLI, embedded and on a server."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from verify.cli import app

pytestmark = pytest.mark.usefixtures("embedder", "store_backend")

runner = CliRunner()
HAARETZ = SEEDS / "002_1604a4c7ff3590ca.txt"
SOUTH_FRONT = SEEDS / "000_819f9236edb07d15.txt"


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result.stdout


def sources() -> list[dict]:
    return json.loads(run("sources", "--json"))


def by_outlet() -> dict[str, dict]:
    return {s["outlet"]: s for s in sources()}


def test_seeds_ingest_with_metadata_and_search_finds_the_reuters_passage() -> None:
    run("ingest", str(SEEDS))
    rows = by_outlet()
    assert set(rows) == {"South Front", "Haaretz"}
    haaretz = rows["Haaretz"]
    assert haaretz["title"] == (
        "Russia Sends Forces to Syrian Territory Facing Renewed Kurdish-Turkish Clashes"
    )
    assert haaretz["date"] is None and rows["South Front"]["date"] is None
    assert haaretz["path"] == str(HAARETZ.resolve())
    assert haaretz["chunks"] >= 2 and haaretz["duplicate_of"] is None
    assert len(haaretz["id"]) == 16

    hits = json.loads(run("search", "Russian military police sent to Ain Issa", "--json"))
    assert hits[0]["source_id"] == haaretz["id"]
    assert hits[0]["outlet"] == "Haaretz"
    assert "Ain Issa" in hits[0]["text"]
    assert hits[0]["chunk_id"].startswith(haaretz["id"] + "-")
    keys = {"chunk_id", "source_id", "title", "outlet", "text", "start", "end", "score"}
    assert keys <= set(hits[0])


def test_search_text_output_and_source_filter() -> None:
    run("ingest", str(SEEDS))
    south = by_outlet()["South Front"]["id"]
    out = run("search", "Ain Issa", "-k", "3", "--source", south, "--json")
    hits = json.loads(out)
    assert hits and {h["source_id"] for h in hits} == {south}
    table = run("search", "improvised explosive device", "-k", "1")
    assert "South Front" in table
    run("search", "x", "--source", "0000000000000000", code=1)


def test_ingesting_again_changes_nothing() -> None:
    run("ingest", str(SEEDS))
    before = sources()
    out = run("ingest", str(SEEDS), "--json")
    assert {o["status"] for o in json.loads(out)} == {"unchanged"}
    assert sources() == before


def test_changed_file_replaces_its_old_version(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    shutil.copy(HAARETZ, article)
    run("ingest", str(article))
    [old] = sources()
    lines = HAARETZ.read_text().split("\n")
    lines.insert(35, "\nA correction was appended on Monday.")  # after the body's last line
    article.write_text("\n".join(lines))
    outcome = json.loads(run("ingest", str(article), "--json"))
    assert [o["status"] for o in outcome] == ["replaced"]
    [new] = sources()
    assert new["id"] != old["id"] and new["path"] == old["path"]
    hits = json.loads(run("search", "correction appended", "--json"))
    assert {h["source_id"] for h in hits} == {new["id"]}


def test_syndicated_copy_is_recorded_as_near_duplicate_on_both(tmp_path: Path) -> None:
    run("ingest", str(HAARETZ))
    haaretz = by_outlet()["Haaretz"]
    body = HAARETZ.read_text().split("\n")[8:35]  # the wire story, without Haaretz furniture
    copy = [
        "Russia sends more military police to Syria's Ain Issa",
        "",
        *body,
        "",
        "Reporting by Reuters; Editing by Someone Else",
    ]
    copy[2] = copy[2].replace("late on Sunday", "on Sunday evening")
    wire = tmp_path / "reuters.txt"
    wire.write_text("\n".join(copy))
    run("ingest", str(wire), "--outlet", "Reuters")
    rows = by_outlet()
    assert rows["Reuters"]["duplicate_of"] == haaretz["id"]
    assert rows["Haaretz"]["duplicates"] == [rows["Reuters"]["id"]]
    assert rows["Haaretz"]["duplicate_of"] is None
    run("remove", haaretz["id"])  # the copy becomes the original
    assert by_outlet()["Reuters"]["duplicate_of"] is None


def test_different_articles_are_not_duplicates() -> None:
    run("ingest", str(SEEDS))
    assert all(s["duplicate_of"] is None and s["duplicates"] == [] for s in sources())


def test_remove_deletes_source_and_its_chunks() -> None:
    run("ingest", str(SEEDS))
    haaretz = by_outlet()["Haaretz"]["id"]
    assert "removed" in run("remove", haaretz)
    assert set(by_outlet()) == {"South Front"}
    hits = json.loads(run("search", "Russian military police sent to Ain Issa", "--json"))
    assert hits and all(h["source_id"] != haaretz for h in hits)


def test_remove_unknown_id_is_one_line_with_hint() -> None:
    result = runner.invoke(app, ["remove", "feedfacefeedface"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "feedfacefeedface" in lines[0] and "verify sources" in lines[0]


def test_empty_store_lists_and_searches_nothing() -> None:
    assert sources() == []
    assert "No sources yet" in run("sources")
    assert json.loads(run("search", "anything", "--json")) == []


def test_ingest_and_search_work_with_the_network_blocked(
    monkeypatch: pytest.MonkeyPatch, store_backend: str
) -> None:
    if store_backend == "server":
        pytest.skip("a Chroma server is reached over a socket by design")

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted in an offline test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    run("ingest", str(SEEDS))
    hits = json.loads(run("search", "Russian military police sent to Ain Issa", "--json"))
    assert hits[0]["outlet"] == "Haaretz"


def test_jsonl_is_streamed_a_batch_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big .jsonl is not read whole before storing: the first batch is committed while
    later lines are still unread, and every line still ends up stored."""
    import verify.corpus.ingest as ingest

    lines_read: list[int] = []
    reads_at_commit: list[int] = []
    original_article, original_commit = ingest._jsonl_article, ingest._commit

    def counting_article(*args, **kwargs):  # type: ignore[no-untyped-def]
        lines_read.append(1)
        return original_article(*args, **kwargs)

    def recording_commit(batch, run, *rest):  # type: ignore[no-untyped-def]
        if batch:
            reads_at_commit.append(len(lines_read))
        return original_commit(batch, run, *rest)

    monkeypatch.setattr(ingest, "BATCH_CHUNKS", 1)
    monkeypatch.setattr(ingest, "_jsonl_article", counting_article)
    monkeypatch.setattr(ingest, "_commit", recording_commit)
    rows = [
        {"text": f"Article {i} says the bridge at Town{i} reopened on day {i}."} for i in range(6)
    ]
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    run("ingest", str(path))
    assert reads_at_commit[0] < len(rows)
    assert len(sources()) == len(rows)
