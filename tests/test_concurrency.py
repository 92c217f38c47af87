"""Concurrency: two `verify ingest` processes on one store, and an ingest during a report.

The test holds the writer lock while both ingests start, so both must wait and say so on stderr
(not fail); released, they race each other batch by batch. Afterwards every document of both
feeds is whole, with an embedding the vector index finds, and nothing else is in the store.
A report running while an ingest writes sees only committed documents and finishes; a report of
a new article file (which must ingest it, so it is a writer too) waits for the lock. Searches in a
loop while another process ingests batch after batch never fail (embedded Chroma's vector index
is rewritten under a reader; reads take the lock shared, per query).
`run_concurrent_ingests` is shared with the Chroma server tests.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import ROOT
from test_ask import needs_stance
from test_crash_safety import assert_whole_documents, expected_docs, fresh_store, write_feed

from verify.config import Settings, get_settings

pytestmark = [pytest.mark.usefixtures("embedder"), pytest.mark.process]

WAITING = "waiting for it"


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    """`verify ARGS` in a new process; stdout goes to a temporary file (`finish` reads it), so a
    long result cannot fill a pipe while the test reads stderr line by line."""
    out = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed by finish
    process = subprocess.Popen(
        [sys.executable, "-m", "verify", *args],
        env=env,
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.PIPE,
        text=True,
    )
    process.out_file = out  # type: ignore[attr-defined]
    return process


def finish(process: subprocess.Popen[str], code: int = 0) -> tuple[str, str]:
    """Wait for the process to exit with `code`; its (stdout, rest of stderr)."""
    _, err = process.communicate(timeout=600)
    assert process.returncode == code, err[-2000:]
    out = process.out_file  # type: ignore[attr-defined]
    out.seek(0)
    text = out.read()
    out.close()
    return text, err


def wait_for_line(process: subprocess.Popen[str], text: str, seconds: float = 120) -> str:
    """Read stderr until a line holding `text`; returns what was read."""
    assert process.stderr is not None
    seen = ""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen += line
        if text in line:
            return seen
    raise AssertionError(f"no {text!r} on stderr; got: {seen[-2000:]}")


def hold_lock(path: Path) -> object:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")  # noqa: SIM115 - released by the caller
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def run_concurrent_ingests(tmp_path: Path, env: dict[str, str], settings: Settings) -> None:
    """Two ingests of different feeds on one store: both wait on the lock with a message, both
    finish, and the store holds exactly the documents of both feeds, whole."""
    feeds = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    for n, feed in enumerate(feeds):
        write_feed(feed, 70, seed=n)
        feed.write_text(feed.read_text().replace("/votes/", f"/votes-{n}/"))
    expected = {**expected_docs(feeds[0], settings), **expected_docs(feeds[1], settings)}
    store = fresh_store(settings)  # creates the store, so its lock path is known
    holder = hold_lock(store.lock_path)
    processes = [start(["ingest", "--json", str(feed)], env) for feed in feeds]
    try:
        for process in processes:
            wait_for_line(process, WAITING)
    finally:
        fcntl.flock(holder, fcntl.LOCK_UN)  # type: ignore[arg-type]
        holder.close()  # type: ignore[attr-defined]
    for process in processes:
        out, _ = finish(process)
        assert [o["status"] for o in json.loads(out)] == ["added"] * 70
    ids = assert_whole_documents(settings, {}, expected)
    assert ids == {d.source_id for d in expected.values()}
    store = fresh_store(settings)
    every = [c[0] for d in expected.values() for c in d.chunks]
    assert store.chunks.count() == len(every)
    got = store.chunks.get(ids=every, include=["embeddings"])
    found = store.chunks.query(query_embeddings=[list(map(float, e)) for e in got["embeddings"]])
    assert [ids[0] for ids in found["ids"]] == list(got["ids"])


def test_two_ingests_at_once_both_wait_then_both_complete(
    tmp_path: Path, verify_home: Path
) -> None:
    env = {**os.environ, "VERIFY_HOME": str(verify_home), "VERIFY_THREADS": "1"}
    env.pop("VERIFY_CHROMA_URL", None)
    run_concurrent_ingests(tmp_path, env, get_settings())


@pytest.mark.slow
@needs_stance
def test_ingest_during_a_report(seeded_home: Path, tmp_path: Path) -> None:
    """A report runs while another process ingests; a report of a new file waits for the lock."""
    env = {**os.environ, "VERIFY_HOME": str(seeded_home), "VERIFY_THREADS": "1"}
    env.pop("VERIFY_CHROMA_URL", None)
    settings = get_settings()
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 140, seed=7)
    expected = expected_docs(feed, settings)
    seeds = {Path(s.path).name: s for s in fresh_store(settings).sources()}
    south_front = seeds["000_819f9236edb07d15.txt"].id

    ingest = start(["-v", "ingest", str(feed)], env)
    wait_for_line(ingest, "stored")  # the ingest is writing: the report reads mid-ingest
    report = start(["report", south_front, "--format", "json", "--llm", "none"], env)
    out, _ = finish(report)
    data = json.loads(out)
    assert data["claims"] and data["source"]["id"] == south_front
    evidence = {e["source_id"] for c in data["claims"] for e in c["evidence"]}
    assert south_front not in evidence

    article = tmp_path / "new.txt"
    article.write_text(
        "Bridge reopens\n\nThe council said the Elm River bridge reopened on Monday after repairs"
        " that cost 2 million dollars, and that Russian military police were not involved.\n"
    )
    store = fresh_store(settings)
    holder = hold_lock(store.lock_path)
    second = start(["report", str(article), "--format", "json", "--llm", "none"], env)
    try:
        wait_for_line(second, WAITING)
    finally:
        fcntl.flock(holder, fcntl.LOCK_UN)  # type: ignore[arg-type]
        holder.close()  # type: ignore[attr-defined]
    out, _ = finish(second)
    assert json.loads(out)["source"]["path"] == str(article.resolve())
    finish(ingest)
    others = {s.path for s in seeds.values()} | {str(article.resolve())}
    ids = assert_whole_documents(settings, {}, expected, others)
    assert ids == {d.source_id for d in expected.values()}


def test_searches_never_fail_while_another_process_ingests(
    tmp_path: Path, verify_home: Path
) -> None:
    """Searches in a loop, through the library (the article excluded, as a report searches) and
    through `verify search`, while another process commits batch after batch: none fails, and
    the loop sees the store change several times, so reads really overlapped the writes."""
    from typer.testing import CliRunner

    from verify.cli import app
    from verify.corpus.ingest import ingest_paths
    from verify.corpus.search import search
    from verify.corpus.store import open_store

    seed, feed = tmp_path / "seed.jsonl", tmp_path / "feed.jsonl"
    write_feed(seed, 3, seed=99)
    seed.write_text(seed.read_text().replace("/votes/", "/seed/"))
    write_feed(feed, 240, seed=1)
    store = open_store(get_settings())
    ingest_paths([seed], store)
    article = store.sources()[0].id
    env = {**os.environ, "VERIFY_HOME": str(verify_home), "VERIFY_THREADS": "1"}
    env.pop("VERIFY_CHROMA_URL", None)
    ingest = start(["ingest", str(feed)], env)
    runner = CliRunner()
    query = "the council bridge vote in district 5"
    rounds, generations, errors = 0, set(), []
    while ingest.poll() is None:
        generations.add(store.generation())
        try:
            search(store, query, 8, exclude_sources={article})
            result = runner.invoke(app, ["search", query, "--json"])
            if result.exit_code:
                errors.append(result.stderr)
        except Exception as exc:  # any failure of a read is what this test looks for
            errors.append(repr(exc))
        rounds += 1
    finish(ingest)
    assert errors == []
    assert rounds >= 20 and len(generations) >= 3, (rounds, len(generations))
    found = search(store, "Report 239.0 district 239", 3, exclude_sources={article})
    assert found and found[0].title == "Vote 239"


def test_a_vector_read_waits_for_a_writer_batch(verify_home: Path) -> None:
    """While the writer lock is held (a batch being written), a dense search waits; it runs as
    soon as the batch is done."""
    import threading

    from conftest import SEEDS

    from verify.corpus.ingest import ingest_paths
    from verify.corpus.search import search
    from verify.corpus.store import open_store

    store = open_store(get_settings())
    ingest_paths([SEEDS / "002_1604a4c7ff3590ca.txt"], store)
    assert search(store, "Ain Issa", 3)  # BM25 index and vectors loaded before the lock is held
    holder = hold_lock(store.lock_path)
    found: list[int] = []
    reader = threading.Thread(target=lambda: found.append(len(search(store, "Ain Issa", 3))))
    reader.start()
    reader.join(1.5)
    assert reader.is_alive() and not found
    fcntl.flock(holder, fcntl.LOCK_UN)  # type: ignore[arg-type]
    holder.close()  # type: ignore[attr-defined]
    reader.join(30)
    assert found and found[0] > 0


def test_a_long_lived_reader_sees_documents_another_process_adds(verify_home: Path) -> None:
    """An open embedded store (as `verify ask` keeps one) finds by dense search a document that
    another process stored after the reader loaded its vector index."""
    from conftest import SEEDS

    from verify.corpus.ingest import ingest_paths
    from verify.corpus.store import open_store

    store = open_store(get_settings())
    ingest_paths([SEEDS / "000_819f9236edb07d15.txt"], store)
    query = "Russia Sends Forces to Syrian Territory Facing Renewed Kurdish-Turkish Clashes"
    before = store.vectors().similarity_search_with_score(query, k=20)
    assert {d.metadata["source_id"] for d, _ in before} == {store.sources()[0].id}

    env = {**os.environ, "VERIFY_HOME": str(verify_home), "VERIFY_THREADS": "1"}
    finish(start(["ingest", str(SEEDS / "002_1604a4c7ff3590ca.txt")], env))
    haaretz = {s.id for s in store.sources() if s.outlet == "Haaretz"}
    assert len(haaretz) == 1
    after = store.vectors().similarity_search_with_score(query, k=3)
    assert after[0][0].metadata["source_id"] in haaretz
