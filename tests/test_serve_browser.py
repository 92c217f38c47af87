"""The report page in a real browser: headless Chromium renders it, its DOM keeps the links and
highlights, and the screenshot shows the verdict colours. Skips where no Chromium is installed.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from serve_helpers import parse, running_server, wait_report
from test_render import summarized_report

from verify.render import pages

CHROMIUM = next(
    (p for p in map(shutil.which, ["chromium", "chromium-browser", "google-chrome"]) if p), None
)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium (apt-get install chromium)"),
]
SUPPORTED_BG = (0xDC, 0xF4, 0xE2)  # --sup-bg in verify.render.pages.CSS
NEI_BG = (0xE4, 0xE9, 0xF2)  # --nei-bg
FOCUS_RING = (0x7F, 0xB0, 0xE6)  # the outline of the open claim


def chromium(url: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    with tempfile.TemporaryDirectory() as profile:
        command = [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--virtual-time-budget=3000",
            f"--user-data-dir={profile}",
            *args,
            url,
        ]
        return subprocess.run(command, capture_output=True, timeout=120, check=True)


def screenshot(url: str, out: Path, size: str = "1200,1500") -> Counter[tuple[int, int, int]]:
    chromium(url, f"--screenshot={out}", f"--window-size={size}")
    return Counter(png_pixels(out.read_bytes()))


def png_pixels(data: bytes) -> Iterator[tuple[int, int, int]]:
    """RGB of every pixel of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, header = 8, b"", b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        at += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and color in (2, 6)
    bpp = 3 if color == 2 else 4
    raw, stride, previous = zlib.decompress(idat), width * bpp, bytearray(width * bpp)
    for y in range(height):
        start = y * (stride + 1)
        row = _unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, bpp)
        for x in range(0, stride, bpp):
            yield row[x], row[x + 1], row[x + 2]
        previous = row


def _unfilter(kind: int, row: bytearray, prev: bytearray, bpp: int) -> bytearray:
    for i in range(len(row)):
        a = row[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if kind == 1:
            row[i] = (row[i] + a) & 255
        elif kind == 2:
            row[i] = (row[i] + b) & 255
        elif kind == 3:
            row[i] = (row[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return row


def test_static_report_renders_with_links_and_highlights(tmp_path: Path) -> None:
    report = summarized_report()
    file = tmp_path / "report.html"
    file.write_text(pages.report_page(report, open_claim=1), encoding="utf-8")
    dom = parse(chromium(file.as_uri(), "--dump-dom").stdout.decode("utf-8"))
    assert "script" not in dom.tags
    for number, check in enumerate(report.claims, 1):
        assert dom.marked[number] == report.source.text[check.claim.start : check.claim.end]
    assert [h for h in dom.hrefs if h.startswith("#") and h[1:] not in dom.ids] == []
    pixels = screenshot(file.as_uri(), tmp_path / "shot.png")
    assert pixels[NEI_BG] > 500  # claim 1 (NOT_ENOUGH_EVIDENCE) highlighted in the article
    assert pixels[FOCUS_RING] > 200  # its card is open
    phone = screenshot(file.as_uri(), tmp_path / "phone.png", size="390,1200")
    assert phone[NEI_BG] > 200


@pytest.fixture(scope="module")
def server(seeded_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("serve-browser-home")
    shutil.copytree(seeded_store_dir, home / "store")
    with running_server(home) as url:
        yield url


@pytest.mark.slow
@pytest.mark.process
def test_served_report_page_renders_links_and_highlights(server: str, tmp_path: Path) -> None:
    import httpx

    with httpx.Client(base_url=server, timeout=120) as http:
        sid = next(r["id"] for r in http.get("/api/sources").json() if r["outlet"] == "South Front")
        report = wait_report(http, sid).json()
    supported = [n for n, c in enumerate(report["claims"], 1) if c["verdict"] == "SUPPORTED"]
    assert supported
    url = f"{server}/sources/{sid}/report?claim=1"  # the first card, inside the screenshot
    dom = parse(chromium(url, "--dump-dom").stdout.decode("utf-8"))
    text = report["source"]["text"]
    for number, claim in enumerate(report["claims"], 1):
        assert dom.marked[number] == text[claim["start"] : claim["end"]]
    chunk_links = [h for h in dom.hrefs if h.startswith("/sources/") and "chunk=" in h]
    assert len(chunk_links) >= sum(len(c["evidence"]) for c in report["claims"])
    pixels = screenshot(url, tmp_path / "report.png")
    assert pixels[SUPPORTED_BG] > 500 and pixels[NEI_BG] > 500 and pixels[FOCUS_RING] > 200
    query = parse_qs(urlsplit(chunk_links[0]).query)
    cited = parse(chromium(f"{server}{chunk_links[0]}", "--dump-dom").stdout.decode("utf-8"))
    assert cited.cited == query["quote"]  # the quoted sentence highlighted in its article
    assert f"chunk-{query['chunk'][0]}" in cited.ids
