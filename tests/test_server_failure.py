"""The crash and concurrency checks against a real `chroma run`, and a server that goes away.

The first two tests reuse the session's server (`VERIFY_TEST_CHROMA_URL` from CI, or one the
fixture starts), each in its own collection. The last starts a private server, kills it while an
ingest is writing, and checks that the ingest stops with one clear line (no traceback), that the
restarted server holds no partial document, and that running the ingest again completes it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest_store import CHROMA_BIN, _free_port, _wait_for_heartbeat
from test_concurrency import finish, run_concurrent_ingests, start, wait_for_line
from test_crash_safety import assert_whole_documents, expected_docs, run_killed_ingests, write_feed

from verify.config import Settings

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("embedder")]


def server_env(home: Path, url: str) -> tuple[dict[str, str], Settings]:
    collection = f"t{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "VERIFY_HOME": str(home),
        "VERIFY_THREADS": "1",
        "VERIFY_CHROMA_URL": url,
        "VERIFY_COLLECTION": collection,
    }
    settings = Settings(home=home, chroma_url=url, collection=collection, llm="none", threads=1)
    return env, settings


def test_killed_ingests_on_a_server_leave_whole_documents(
    chroma_server_url: str, tmp_path: Path, verify_home: Path
) -> None:
    env, settings = server_env(verify_home, chroma_server_url)
    run_killed_ingests(tmp_path / "feed.jsonl", env, settings, seed=7, n=100)


def test_two_ingests_on_a_server_both_wait_then_both_complete(
    chroma_server_url: str, tmp_path: Path, verify_home: Path
) -> None:
    env, settings = server_env(verify_home, chroma_server_url)
    run_concurrent_ingests(tmp_path, env, settings)


class PrivateServer:
    """A `chroma run` of this test's own, which the test may kill and start again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.path / "server.log").open("ab")
        command = [str(CHROMA_BIN), "run", "--path", str(self.path / "data")]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        _wait_for_heartbeat(self.url, self.process, 60)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()


@pytest.fixture
def private_server(tmp_path: Path) -> Iterator[PrivateServer]:
    if not CHROMA_BIN.exists():
        pytest.skip("no `chroma` executable to start a private server")
    server = PrivateServer(tmp_path)
    server.start()
    yield server
    server.kill()


def test_server_killed_mid_ingest_is_one_line_and_no_partial_document(
    private_server: PrivateServer, tmp_path: Path, verify_home: Path
) -> None:
    env, settings = server_env(verify_home, private_server.url)
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 140, seed=3)
    expected = expected_docs(feed, settings)

    ingest = start(["-v", "ingest", str(feed)], env)
    wait_for_line(ingest, "stored")
    private_server.kill()
    _, err = finish(ingest, code=1)
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "Traceback" not in err, err[-2000:]
    assert "Chroma server" in errors[0] and private_server.url in errors[0], errors[0]
    assert "unexpected" not in errors[0], errors[0]

    private_server.start()
    partial = assert_whole_documents(settings, {}, expected)
    assert 0 < len(partial) < len(expected)
    rerun = start(["ingest", "--json", str(feed)], env)
    out, _ = finish(rerun)
    statuses = [o["status"] for o in json.loads(out)]
    assert statuses.count("unchanged") == len(partial)
    assert statuses.count("added") == len(expected) - len(partial)
    final = assert_whole_documents(settings, {}, expected)
    assert final == {d.source_id for d in expected.values()}
