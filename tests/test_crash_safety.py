"""Crash safety: `verify ingest` killed with SIGKILL at seeded random points, and schema versions.

`tests/test_store.py` kills one ingest right after its first committed batch. Here the kill points
are drawn from a seeded generator (after 1-2 committed batches, then up to 2 s more), so they land
while records are pending, while chunks are embedded and written, while records flip to ready,
and while the old versions of changed documents are removed. After every kill the store must hold,
for every document, exactly its state before or after that document: a source is either absent
or ready with all of its chunks (ids, text, offsets) and a working vector index entry for each;
a changed document is its old version or its new one, never both and never neither. A final run
completes the ingest. `run_killed_ingests` is shared with the Chroma server tests.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT

from verify.config import Settings
from verify.corpus.store import Store
from verify.errors import StoreError

pytestmark = pytest.mark.usefixtures("embedder")

WORDS = [
    *("council", "budget", "river", "bridge", "school", "clinic", "harbour", "rail", "station"),
    *("market", "police", "ministry", "village", "border", "patrol", "highway", "power", "water"),
]


@dataclass(frozen=True)
class Expected:
    """A document as the store must hold it once committed: its chunks (id, text, start, end)."""

    path: str
    source_id: str
    chunks: tuple[tuple[str, str, int, int], ...]


def write_feed(file: Path, n: int, *, seed: int, changed: frozenset[int] = frozenset()) -> None:
    """n articles of 1-3 chunks each, one per line, each with its own url (the document key)."""
    rng = random.Random(seed)
    with file.open("w", encoding="utf-8") as out:
        for i in range(n):
            sentences = [
                f"Report {i}.{j}: the {rng.choice(WORDS)} of district {i} voted "
                f"{rng.randint(1, 99)} to {rng.randint(1, 99)} on the {rng.choice(WORDS)} plan, "
                "officials said."
                for j in range(rng.choice([3, 10, 22]))
            ]
            if i in changed:
                sentences.append(f"Correction {i}: the vote was held again on Monday.")
            row = {"title": f"Vote {i}", "url": f"https://example.org/votes/{i}"}
            out.write(json.dumps({**row, "text": " ".join(sentences)}) + "\n")


def expected_docs(feed: Path, settings: Settings) -> dict[str, Expected]:
    """path -> the document as the store must hold it (computed by the same loader and chunker)."""
    from verify.corpus.chunk import chunk_source
    from verify.corpus.ingest import Article, load_file, source_id

    docs = {}
    for article in load_file(feed):
        assert isinstance(article, Article)
        sid = source_id(article.text)
        chunks = chunk_source(
            sid,
            article.text,
            chunk_chars=settings.chunk_chars,
            overlap=settings.chunk_overlap_sentences,
        )
        rows = tuple((c.id, c.text, c.start, c.end) for c in chunks)
        docs[article.path] = Expected(article.path, sid, rows)
    return docs


def assert_whole_documents(
    settings: Settings,
    before: dict[str, Expected],
    after: dict[str, Expected],
    others: Collection[str] = (),
) -> set[str]:
    """Every path holds exactly its `before` or its `after` document; returns the ready ids.
    Sources with paths in `others` (ingested otherwise) are left out of the check."""
    from verify.corpus.search import search

    store = fresh_store(settings)
    sources = [s for s in store.sources() if s.path not in others]
    by_path: dict[str, list[str]] = {}
    for source in sources:
        by_path.setdefault(source.path, []).append(source.id)
    known = {d.source_id: d for d in [*before.values(), *after.values()]}
    for source in sources:
        doc = known.get(source.id)
        assert doc is not None and doc.path == source.path, f"unexpected source {source.id}"
        got = tuple((c.id, c.text, c.start, c.end) for c in store.chunks_of(source.id))
        assert got == doc.chunks, f"{source.id}: chunks differ from the document's"
        physical = store.chunks.get(where={"source_id": source.id}, include=[])["ids"]
        assert sorted(physical) == sorted(c[0] for c in doc.chunks), source.id
    for path in after:
        ids = set(by_path.get(path, []))
        allowed = [set(), {after[path].source_id}]
        if path in before:  # already there before this run: never absent, never doubled
            allowed = [{before[path].source_id}, {after[path].source_id}]
        assert ids in allowed, (path, ids)
    if not others:
        assert store.count_chunks() == sum(len(known[s.id].chunks) for s in sources)
    _assert_vector_index(store, [c[0] for s in sources for c in known[s.id].chunks])
    if sources:  # a committed document is found by search; pending chunks never are
        first = known[sources[0].id].chunks[0]
        hits = search(store, first[1], k=3)
        assert first[0] in [h.chunk_id for h in hits]
        assert {h.source_id for h in hits} <= {s.id for s in sources}
    return {s.id for s in sources}


def fresh_store(settings: Settings) -> Store:
    """The store as a new process sees it. Chroma keeps one client per folder per process, and
    that client's vector index does not see what other processes wrote since it was loaded."""
    from chromadb.api.client import SharedSystemClient

    from verify.corpus.store import open_store

    SharedSystemClient.clear_system_cache()
    return open_store(settings)


def _assert_vector_index(store: object, chunk_ids: list[str], sample: int = 12) -> None:
    """Each sampled committed chunk has its embedding, and the index finds it by that vector."""
    if not chunk_ids:
        return
    picked = random.Random(len(chunk_ids)).sample(chunk_ids, min(sample, len(chunk_ids)))
    got = store.chunks.get(ids=picked, include=["embeddings"])  # type: ignore[attr-defined]
    assert sorted(got["ids"]) == sorted(picked)
    found = store.chunks.query(  # type: ignore[attr-defined]
        query_embeddings=[list(map(float, e)) for e in got["embeddings"]], n_results=1
    )
    assert [ids[0] for ids in found["ids"]] == list(got["ids"])


def ingest_command(feed: Path) -> list[str]:
    return [sys.executable, "-m", "verify", "-v", "ingest", str(feed)]


def kill_at(command: list[str], env: dict[str, str], batches: int, delay: float) -> int | None:
    """Run `command`, SIGKILL it `delay` s after its `batches`-th committed batch; exit code if
    it finished first (None when killed)."""
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    assert process.stderr is not None
    seen = 0
    deadline = time.monotonic() + 180
    while seen < batches and time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen += "stored" in line
    time.sleep(delay)
    if process.poll() is not None:
        return process.returncode
    process.send_signal(signal.SIGKILL)
    process.wait()
    return None


def run_killed_ingests(
    feed: Path, env: dict[str, str], settings: Settings, *, seed: int, n: int = 140
) -> None:
    """Ingest `feed`, then a version with a third of its documents changed, each killed twice at
    seeded random points (the second while old versions are retired); after every kill each
    document is whole; a last run of each completes it."""
    rng = random.Random(seed)
    write_feed(feed, n, seed=seed)
    first = expected_docs(feed, settings)
    changed_feed = feed.with_name("changed.jsonl")
    write_feed(changed_feed, n, seed=seed, changed=frozenset(rng.sample(range(n), n // 3)))
    second = expected_docs(changed_feed, settings)  # same urls: the same documents, changed
    plans = [
        (feed, {}, first, [(rng.randint(1, 2), rng.uniform(0, 2.0)) for _ in range(2)]),
        (changed_feed, first, second, [(1, rng.uniform(0, 0.4)) for _ in range(2)]),
    ]
    present: set[str] = set()
    for source, before, after, kills in plans:
        for batches, delay in kills:
            finished = kill_at(ingest_command(source), env, batches, delay)
            now = assert_whole_documents(settings, before, after)
            assert before or present <= now, "a committed document disappeared"
            present = now
            if finished is not None:
                break
        result = subprocess.run(
            [*ingest_command(source)[:-1], "--json", str(source)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert assert_whole_documents(settings, {}, after) == {d.source_id for d in after.values()}
        statuses = [o["status"] for o in json.loads(result.stdout)]
        assert len(statuses) == n and set(statuses) <= {"added", "replaced", "unchanged"}


@pytest.mark.process
def test_ingest_killed_at_random_points_leaves_whole_documents(
    tmp_path: Path, verify_home: Path
) -> None:
    from verify.config import get_settings

    env = {**os.environ, "VERIFY_HOME": str(verify_home), "VERIFY_THREADS": "1"}
    env.pop("VERIFY_CHROMA_URL", None)
    # jsonl rows keyed by url: the changed feed replaces the same documents
    run_killed_ingests(tmp_path / "feed.jsonl", env, get_settings(), seed=20261126)


# ---- schema version ------------------------------------------------------------------------


@pytest.mark.parametrize("collection", ["chunks", "records"])
@pytest.mark.parametrize("found", [None, 0, 2])
def test_store_of_another_schema_version_is_refused_and_left_untouched(
    collection: str, found: int | None
) -> None:
    """Either collection at another version (or none: a foreign Chroma collection) is refused by
    readers and writers alike, with one line naming both versions, and nothing is written."""
    from typer.testing import CliRunner

    from verify.cli import app
    from verify.config import get_settings
    from verify.corpus.store import SCHEMA_VERSION, open_store

    runner = CliRunner()
    store = open_store(get_settings())
    meta = {"verify_schema": found} if found is not None else {"other": "x"}
    getattr(store, collection).modify(metadata=meta)
    with pytest.raises(StoreError) as info:
        open_store(get_settings())
    assert f"schema version {found}" in info.value.message
    assert f"version {SCHEMA_VERSION}" in info.value.message and info.value.hint
    for args in (["sources"], ["ingest", str(ROOT / "seeds")], ["search", "Ain Issa"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1
        [line] = result.stderr.strip().splitlines()
        assert "schema version" in line and "fresh store" in line
    assert store.chunks.count() == 0 and store.records.count() == 0
