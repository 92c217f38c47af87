"""Store fixtures: the real embedder once per session, and a real Chroma server.

`chroma_server_url` uses `VERIFY_TEST_CHROMA_URL` when set (CI starts `chroma run` itself);
otherwise it starts `.venv/bin/chroma run` on a free loopback port for the session.
`store_backend` parametrizes a test over the embedded store and that server; with the server,
each test gets its own collection so tests cannot see each other's data.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMA_BIN = Path(sys.executable).with_name("chroma")


@pytest.fixture(scope="session")
def embedder() -> object:
    """Load the shipped MiniLM once for the whole session (get_embedder caches it)."""
    from verify.corpus.embed import get_embedder

    return get_embedder(1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_heartbeat(url: str, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no Chroma heartbeat at {url} after {seconds:.0f}s")


@pytest.fixture(scope="session")
def chroma_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    given = os.environ.get("VERIFY_TEST_CHROMA_URL")
    if given:
        yield given.rstrip("/")
        return
    if not CHROMA_BIN.exists() and not shutil.which("chroma"):
        pytest.skip("no `chroma` executable to start a test server")
    binary = str(CHROMA_BIN if CHROMA_BIN.exists() else shutil.which("chroma"))
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    url = f"http://127.0.0.1:{port}"
    log = (path / "server.log").open("wb")
    process = subprocess.Popen(
        [binary, "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for_heartbeat(url, process, 60)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def store_backend(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, verify_home: Path
) -> str:
    """Run the test on the embedded store, then on a Chroma server (own collection each)."""
    from verify.config import reset_settings

    if request.param == "server":
        url = request.getfixturevalue("chroma_server_url")
        monkeypatch.setenv("VERIFY_CHROMA_URL", url)
        monkeypatch.setenv("VERIFY_COLLECTION", f"t{uuid.uuid4().hex[:12]}")
        reset_settings()
    return str(request.param)
