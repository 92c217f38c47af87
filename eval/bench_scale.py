"""Scale benchmark: ingest up to 100k chunks built from SciFact sentences, then search.

    nice -n 19 .venv/bin/python eval/bench_scale.py --data /work/shared/data \\
        [--sizes 1000,10000,100000] [--chroma-url http://127.0.0.1:8000 --server-data DIR]

Articles are made of SciFact abstract sentences (`scifact/corpus.jsonl` under `--data`, default
`$VERIFY_EVAL_DATA`): each pass shuffles all sentences with its own seed and cuts them into
articles of `--sentences` sentences, so every pass gives new articles and new chunk texts. They go
through the real ingest (`.jsonl` loader, cleaner, chunker, MiniLM, store) in slices of about
`--slice` chunks, one model load for the whole run, until the store holds each size in `--sizes`.
At each size it prints: ingest time and rate of that stage, store size on disk, RSS sampled
during the stage (min-max) and peak RSS of the process, the first search after the stage (it
builds the BM25 index) and search p50/p95 over `--queries` SciFact claims. RSS samples are printed
while ingesting, to show that memory stays flat (bounded batches) apart from the vector index.

`--time-budget` (seconds of ingest) stops between slices when the next one would not fit; the
last row then says how far it got, and the rate shows how long the rest would take.
The whole table is printed as Markdown at the end (and as JSON with `--out`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def main() -> None:
    args = _parse()
    data = Path(args.data or os.environ.get("VERIFY_EVAL_DATA") or "")
    corpus = data / "scifact" / "corpus.jsonl"
    if not corpus.is_file():
        sys.exit(f"no SciFact corpus at {corpus}; pass --data pointing at the shared data folder")
    os.environ.setdefault("VERIFY_THREADS", "1")
    settings = _settings(args)
    from verify.corpus.store import open_store

    store = open_store(settings)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    claims = _claims(data)[: args.queries]
    articles = _articles(_sentences(corpus), args.sentences)
    work = Path(args.home) / "slices"
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"# {_backend(settings)}, {settings.torch_threads()} torch thread(s), chunk_chars "
        f"{settings.chunk_chars}, {args.sentences} sentences per article",
        flush=True,
    )
    rows: list[dict[str, Any]] = []
    deadline = time.monotonic() + args.time_budget
    for size in sizes:
        row = _stage(store, size, articles, work, args.slice, deadline)
        row.update(_search_figures(store, claims, args.k))
        row["store_mb"] = _disk_mb(
            Path(args.server_data) if args.server_data else settings.store_dir
        )
        row["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        rows.append(row)
        print(_table([row], header=not rows[:-1]), flush=True)
        if row.get("stopped"):
            break
    print("\n" + _table(rows))
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=2))


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="shared data folder (default $VERIFY_EVAL_DATA)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="chunk counts to reach")
    parser.add_argument("--chroma-url", help="Chroma server URL (default: embedded store)")
    parser.add_argument("--server-data", help="the server's --path, to measure its disk size")
    parser.add_argument("--home", default="/tmp/verify-scale", help="VERIFY_HOME for the run")
    parser.add_argument("--collection", default="scale", help="collection name")
    parser.add_argument("--chunk-chars", type=int, default=1000, help="chunk size (default 1000)")
    parser.add_argument("--sentences", type=int, default=12, help="sentences per article")
    parser.add_argument("--slice", type=int, default=2000, help="chunks per ingested file")
    parser.add_argument("--queries", type=int, default=100, help="searches timed per size")
    parser.add_argument("-k", type=int, default=8, help="passages per search")
    parser.add_argument("--time-budget", type=float, default=1e9, help="seconds of ingest")
    parser.add_argument("--out", help="write the rows as JSON here")
    return parser.parse_args()


def _settings(args: argparse.Namespace) -> Any:
    from verify.config import Settings

    return Settings(
        home=Path(args.home),
        chroma_url=args.chroma_url,
        collection=args.collection,
        chunk_chars=args.chunk_chars,
        llm="none",
    )


def _backend(settings: Any) -> str:
    return f"Chroma server {settings.chroma_url}" if settings.chroma_url else "embedded Chroma"


# ---- data ------------------------------------------------------------------------------------


def _sentences(corpus: Path) -> list[str]:
    seen: dict[str, None] = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        for sentence in json.loads(line)["abstract"]:
            sentence = " ".join(sentence.split())
            if len(sentence) >= 20:
                seen.setdefault(sentence, None)
    return list(seen)


def _articles(sentences: list[str], per_article: int) -> Iterator[dict[str, str]]:
    """Endless articles: each pass is a new seeded shuffle of all sentences, cut in runs."""
    for number in range(1_000_000):
        order = list(sentences)
        random.Random(number).shuffle(order)
        for at in range(0, len(order) - per_article + 1, per_article):
            run = order[at : at + per_article]
            title = f"SciFact mix {number}.{at // per_article}"
            yield {"title": title, "text": " ".join(run), "outlet": f"Outlet {at % 97}"}


def _claims(data: Path) -> list[str]:
    path = data / "scifact" / "claims_dev.jsonl"
    return [json.loads(line)["claim"] for line in path.read_text(encoding="utf-8").splitlines()]


# ---- ingest ----------------------------------------------------------------------------------


class RssSampler:
    """Resident memory of this process every `every` seconds while ingesting (from /proc)."""

    def __init__(self, every: float = 5.0) -> None:
        self.every = every
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.progress = "starting"

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stop.wait(self.every):
            rss = _rss_mb()
            self.samples.append(rss)
            print(
                f"  rss {rss:6.0f} MB  t={time.monotonic() - started:5.0f}s  {self.progress}",
                flush=True,
            )

    def __enter__(self) -> RssSampler:
        self.samples.append(_rss_mb())
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(_rss_mb())


def _rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _stage(
    store: Any,
    size: int,
    articles: Iterator[dict[str, str]],
    work: Path,
    slice_chunks: int,
    deadline: float,
) -> dict[str, Any]:
    """Ingest slices until the store holds `size` chunks (or the time budget runs out)."""
    from verify.corpus.ingest import ingest_paths

    start_chunks = store.count_chunks()
    chunks = start_chunks
    started = time.perf_counter()
    stopped = False
    with RssSampler() as sampler:
        while chunks < size:
            elapsed = time.perf_counter() - started
            rate = (chunks - start_chunks) / elapsed if chunks > start_chunks else 0.0
            if rate and time.monotonic() + min(slice_chunks, size - chunks) / rate > deadline:
                stopped = True
                break
            file = _write_slice(work, articles, min(slice_chunks, size - chunks), store)
            result = ingest_paths([file], store)
            if result.failed:
                raise SystemExit(f"ingest failed: {result.failed[0].reason}")
            file.unlink()
            chunks = store.count_chunks()
            sampler.progress = f"{chunks:,} chunks"
    seconds = time.perf_counter() - started
    added = chunks - start_chunks
    return {
        "chunks": chunks,
        "sources": len(store.ready_ids()),
        "stage_ingest_s": round(seconds, 1),
        "chunks_per_s": round(added / seconds, 1) if seconds else 0.0,
        "rss_min_mb": round(min(sampler.samples)),
        "rss_max_mb": round(max(sampler.samples)),
        "stopped": stopped,
    }


def _write_slice(work: Path, articles: Iterator[dict[str, str]], chunks: int, store: Any) -> Path:
    """A .jsonl file of articles holding about `chunks` chunks (counted with the real chunker)."""
    from verify.corpus.chunk import chunk_source

    settings = store.settings
    path = work / f"slice-{time.monotonic_ns()}.jsonl"
    total = 0
    with path.open("w", encoding="utf-8") as out:
        while total < chunks:
            row = next(articles)
            total += len(
                chunk_source(
                    "x",
                    row["text"],
                    chunk_chars=settings.chunk_chars,
                    overlap=settings.chunk_overlap_sentences,
                )
            )
            out.write(json.dumps(row) + "\n")
    return path


# ---- search and size -------------------------------------------------------------------------


def _search_figures(store: Any, claims: list[str], k: int) -> dict[str, Any]:
    from verify.corpus.search import search

    started = time.perf_counter()
    search(store, claims[0], k)  # rebuilds the BM25 index after the writes
    first = time.perf_counter() - started
    times = []
    for claim in claims:
        started = time.perf_counter()
        search(store, claim, k)
        times.append(time.perf_counter() - started)
    times.sort()
    return {
        "first_search_s": round(first, 2),
        "search_p50_ms": round(1000 * statistics.median(times), 1),
        "search_p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 1),
    }


def _disk_mb(folder: Path) -> float:
    if not folder.exists():
        return float("nan")
    out = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True, check=True)
    return round(int(out.stdout.split()[0]) / 1024, 1)


COLUMNS = [
    ("chunks", "chunks"),
    ("sources", "sources"),
    ("stage_ingest_s", "stage ingest s"),
    ("chunks_per_s", "chunks/s"),
    ("store_mb", "store on disk MB"),
    ("rss_min_mb", "RSS in stage min MB"),
    ("rss_max_mb", "RSS in stage max MB"),
    ("peak_rss_mb", "peak RSS MB"),
    ("first_search_s", "first search s"),
    ("search_p50_ms", "search p50 ms"),
    ("search_p95_ms", "search p95 ms"),
]


def _table(rows: list[dict[str, Any]], header: bool = True) -> str:
    lines = []
    if header:
        lines.append("| " + " | ".join(title for _, title in COLUMNS) + " |")
        lines.append("|" + "---:|" * len(COLUMNS))
    for row in rows:
        cells = [
            f"{row[key]:,}" if isinstance(row[key], int) else str(row[key]) for key, _ in COLUMNS
        ]
        if row.get("stopped"):
            cells[0] += " (time budget)"
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
