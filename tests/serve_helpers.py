"""A real `verify serve` process on a free loopback port, and an HTML parser for its pages."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(home: Path, seconds: float = 180, threads: int = 1) -> Iterator[str]:
    """`verify serve --llm none` on VERIFY_HOME=home; yields its base URL once it answers."""
    port = free_port()
    env = os.environ | {"VERIFY_HOME": str(home), "VERIFY_LLM": "none"}
    env["VERIFY_THREADS"] = str(threads)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    log = (home / "serve.log").open("wb")
    args = [sys.executable, "-m", "verify", "serve", "--port", str(port), "--llm", "none"]
    process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=home)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url, process, seconds, home)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait(url: str, process: subprocess.Popen[bytes], seconds: float, home: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError((home / "serve.log").read_text(errors="replace")[-3000:])
        try:
            httpx.get(f"{url}/api/sources", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.3)
    raise RuntimeError(f"verify serve did not answer at {url} within {seconds:.0f}s")


def wait_report(client: httpx.Client, source_id: str, seconds: float = 300) -> httpx.Response:
    """Poll the report endpoint until it is no longer 202 (running); every 202 names a stage."""
    deadline = time.monotonic() + seconds
    while True:
        response = client.get(f"/api/sources/{source_id}/report")
        if response.status_code != 202:
            return response
        assert response.json()["stage"]
        assert time.monotonic() < deadline, response.json()
        time.sleep(0.5)


class Page(HTMLParser):
    """Tags, links, per-claim highlighted text, ids, and the text of <mark class="cited">."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.marked: dict[int, str] = {}
        self.cited: list[str] = []
        self.quotes: list[str] = []
        self._marks: list[list[int]] = []
        self._cited: str | None = None
        self._quote: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k in ("href", "src", "action") and v]
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "mark" and values.get("data-claims"):
            self._marks.append([int(n) for n in (values["data-claims"] or "").split()])
        if tag == "mark" and values.get("class") == "cited":
            self._cited = ""
        if tag == "span" and values.get("class") == "quote":
            self._quote = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._cited is not None:
            self.cited.append(self._cited)
            self._cited = None
        elif tag == "mark" and self._marks:
            self._marks.pop()
        if tag == "span" and self._quote is not None:
            self.quotes.append(self._quote)
            self._quote = None

    def handle_data(self, data: str) -> None:
        for n in self._marks[-1] if self._marks else []:
            self.marked[n] = self.marked.get(n, "") + data
        if self._cited is not None:
            self._cited += data
        if self._quote is not None:
            self._quote += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page
