"""The Store API other stages build on, atomic writes, the writer lock and the schema check."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

from verify.cli import app
from verify.config import get_settings
from verify.corpus.chunk import chunk_source
from verify.corpus.ingest import ingest_paths, source_id
from verify.corpus.search import search
from verify.corpus.store import SCHEMA_VERSION, Store, open_store
from verify.errors import InputError, StoreError
from verify.types import Source

pytestmark = pytest.mark.usefixtures("embedder")

runner = CliRunner()
HAARETZ = SEEDS / "002_1604a4c7ff3590ca.txt"


def _seeded_store() -> Store:
    store = open_store(get_settings())
    result = ingest_paths([SEEDS], store)
    assert not result.failed
    return store


def _chunk_rows(store: Store, sid: str) -> int:
    """Chunks physically in the collection for a source, committed or not."""
    return len(store.chunks.get(where={"source_id": sid}, include=[])["ids"])


@pytest.mark.usefixtures("store_backend")
def test_store_api_round_trip() -> None:
    store = _seeded_store()
    listed = store.sources()
    assert len(listed) == 2
    haaretz = next(s for s in listed if s.outlet == "Haaretz")
    assert store.get_source(haaretz.id) == haaretz
    assert source_id(haaretz.text) == haaretz.id
    chunks = store.chunks_of(haaretz.id)
    assert [c.index for c in chunks] == list(range(haaretz.chunks))
    assert all(haaretz.text[c.start : c.end] == c.text for c in chunks)
    asked = [chunks[1].id, "0000000000000000-0000", chunks[0].id]
    assert store.get_chunks(asked) == [chunks[1], chunks[0]]
    assert store.count_chunks() == sum(s.chunks for s in listed)


@pytest.mark.usefixtures("store_backend")
def test_unknown_ids_raise_input_error_with_hint() -> None:
    store = _seeded_store()
    for call in (store.get_source, store.chunks_of, store.remove):
        with pytest.raises(InputError) as info:
            call("feedfacefeedface")
        assert "verify sources" in info.value.hint


@pytest.mark.usefixtures("store_backend")
def test_add_and_search_by_library_calls() -> None:
    store = open_store(get_settings())
    text = "Lions sleep most of the day.\n\nThey hunt at night in small groups."
    sid = source_id(text)
    source = Source(id=sid, title="Lions", outlet="Zoo News", path="memory:lions", text=text)
    store.add(source, chunk_source(sid, text, chunk_chars=40, overlap=0))
    hits = search(store, "they hunt at night", k=2)
    assert hits[0].text == "They hunt at night in small groups."
    assert hits[0].outlet == "Zoo News" and hits[0].source_id == sid
    assert search(store, "lions", k=2, exclude_sources=[sid]) == []
    assert search(store, "lions", k=5, include_sources=[sid])[0].source_id == sid


@pytest.mark.usefixtures("store_backend")
def test_interrupted_write_is_invisible_then_cleaned_and_completed() -> None:
    store = open_store(get_settings())
    text = HAARETZ.read_text()
    from verify.corpus.clean import clean_text

    cleaned = clean_text(text).text
    sid = source_id(cleaned)
    chunks = chunk_source(sid, cleaned, chunk_chars=1000, overlap=1)
    # exactly what a writer killed after its first chunks leaves behind:
    source = Source(id=sid, title="t", path=str(HAARETZ.resolve()), text=cleaned)
    store._put_records([(source, chunks, [])], status="pending")
    part = chunks[:2]
    store.vectors().add_texts(
        [c.text for c in part],
        metadatas=[
            {"source_id": sid, "index": c.index, "start": c.start, "end": c.end} for c in part
        ],
        ids=[c.id for c in part],
    )
    assert store.sources() == [] and store.count_chunks() == 0
    assert store.get_chunks([c.id for c in part]) == []
    assert search(store, "Ain Issa military police", k=3) == []
    with pytest.raises(InputError):
        store.get_source(sid)

    result = ingest_paths([HAARETZ], store)
    assert [o.status for o in result.outcomes] == ["added"]
    assert _chunk_rows(store, sid) == len(chunks) == store.get_source(sid).chunks
    assert search(store, "Ain Issa military police", k=1)[0].source_id == sid


@pytest.mark.process
def test_killed_ingest_leaves_no_partial_document(tmp_path: Path, verify_home: Path) -> None:
    """kill -9 a real `verify ingest` mid-run; every stored document is whole; rerun completes."""
    total = 200  # one chunk each: the first batch of 128 commits, the rest is in flight
    articles = tmp_path / "many.jsonl"
    with articles.open("w") as out:
        for i in range(total):
            text = (
                f"Report {i}: the council of district {i} voted {i * 7} to {i * 3} on "
                f"measure {i * 11}. Officials said plan {i} costs {i * 13} thousand. "
                f"Residents of block {i} asked for a recount of ballot {i * 17}."
            )
            out.write(json.dumps({"title": f"Vote {i}", "text": text}) + "\n")
    env = {**os.environ, "VERIFY_HOME": str(verify_home), "VERIFY_THREADS": "1"}
    command = [sys.executable, "-m", "verify", "-v", "ingest", str(articles)]
    process = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    deadline = time.monotonic() + 120
    stored = 0
    while stored < 1 and time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        stored += "stored" in line
    time.sleep(0.3)  # into the next batch: its records pending, its chunks being written
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert stored >= 1, "the ingest never committed a batch"

    store = open_store(get_settings())
    done = store.sources()
    assert 0 < len(done) < total
    for source in done:
        assert _chunk_rows(store, source.id) == source.chunks >= 1
    assert store.count_chunks() == sum(s.chunks for s in done)

    result = runner.invoke(app, ["ingest", str(articles), "--json"])
    assert result.exit_code == 0, result.stderr
    statuses = [o["status"] for o in json.loads(result.stdout)]
    assert statuses.count("unchanged") == len(done)
    assert statuses.count("added") == total - len(done)
    final = store.sources()
    assert len(final) == total
    assert len(store.chunks.get(include=[])["ids"]) == sum(s.chunks for s in final)


def test_writer_waits_for_the_lock_with_a_message(caplog: pytest.LogCaptureFixture) -> None:
    """The lock is held until the writer says it waits (a writer embeds its batch before it
    takes the lock, so a fixed delay would race with model loading on a busy machine)."""
    store = open_store(get_settings())
    holder = open(store.lock_path, "a+")  # noqa: SIM115 - another process's lock, in effect
    fcntl.flock(holder, fcntl.LOCK_EX)
    said = threading.Event()

    class Release(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "waiting" in record.getMessage():
                said.set()

    def release_when_waited() -> None:
        said.wait(timeout=120)
        fcntl.flock(holder, fcntl.LOCK_UN)
        holder.close()

    handler = Release()
    logging.getLogger("verify.corpus.store").addHandler(handler)
    releaser = threading.Thread(target=release_when_waited)
    releaser.start()
    try:
        with caplog.at_level(logging.WARNING, logger="verify.corpus.store"):
            result = runner.invoke(app, ["ingest", str(HAARETZ)])
    finally:
        said.set()
        releaser.join()
        logging.getLogger("verify.corpus.store").removeHandler(handler)
    assert result.exit_code == 0, result.stderr
    assert any("waiting" in r.getMessage() for r in caplog.records)
    assert len(store.sources()) == 1


def test_store_of_another_schema_version_is_refused() -> None:
    store = _seeded_store()
    store.chunks.modify(metadata={"verify_schema": SCHEMA_VERSION + 1})
    with pytest.raises(StoreError) as info:
        open_store(get_settings())
    assert "schema version" in info.value.message
    result = runner.invoke(app, ["sources"])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "schema version" in result.stderr


def test_unreachable_server_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["sources", "--chroma-url", "http://127.0.0.1:9"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line and "cannot reach the Chroma server" in line
