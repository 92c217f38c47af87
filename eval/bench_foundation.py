"""Benchmark of the foundation: CLI cold start, ingest throughput, search latency, memory.

    .venv/bin/python eval/bench_foundation.py --data /work/shared/data --home /tmp/verify-bench

1. `verify --help` cold start: median wall time of several fresh processes (target < 0.5 s).
2. Ingest throughput vs raw MiniLM: ingest the first `--ratio-docs` SciFact abstracts into a
   fresh embedded store (model already loaded) and encode the very same chunk texts with
   sentence-transformers directly, alternating in five slices so a change in machine load hits
   both alike; prints chunks/s of both and their ratio (target >= 80 %).
3. Search latency: build (or reuse) a store of the whole SciFact corpus (about 11.5k chunks) via
   the .jsonl loader, then time `search()` on SciFact dev claims with the model already loaded;
   prints p50 / p95 (target p50 < 50 ms) and, as a sanity check, doc-level recall@k.
4. Peak resident memory of this process (resource.getrusage).

The corpus is read from `--data DIR` (default `$VERIFY_EVAL_DATA`), laid out like shared/data.
Runs with one torch thread unless VERIFY_THREADS says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    args = _parse()
    data = Path(args.data or os.environ.get("VERIFY_EVAL_DATA") or "")
    corpus = data / "scifact" / "corpus.jsonl"
    if not corpus.is_file():
        sys.exit(f"no SciFact corpus at {corpus}; pass --data pointing at the shared data folder")
    os.environ.setdefault("VERIFY_THREADS", "1")
    home = Path(args.home)
    home.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"threads": int(os.environ["VERIFY_THREADS"])}
    parts = set(args.parts.split(","))
    if "cold" in parts:
        results["cold_start"] = cold_start(args.runs)
        _show("verify --help cold start", results["cold_start"])
    rows = scifact_rows(corpus)
    if "ingest" in parts:
        results["ingest"] = ingest_vs_raw(rows[: args.ratio_docs], home / "ratio")
        _show("ingest vs raw encode", results["ingest"])
    if "search" in parts:
        results["search"] = search_latency(rows, home / "scifact", data, args.queries, args.k)
        _show("search on the SciFact store", results["search"])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["peak_rss_mb"] = round(peak, 1)
    print(f"peak memory (max RSS of this process): {peak:.0f} MB")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2))


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="shared data folder (default $VERIFY_EVAL_DATA)")
    parser.add_argument("--home", default="/tmp/verify-bench", help="folder for bench stores")
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs")
    parser.add_argument("--ratio-docs", type=int, default=300, help="docs for the ingest ratio")
    parser.add_argument("--queries", type=int, default=200, help="search queries timed")
    parser.add_argument("-k", type=int, default=8, help="passages per search")
    parser.add_argument("--parts", default="cold,ingest,search", help="which parts to run")
    parser.add_argument("--out", help="write the figures as JSON here")
    return parser.parse_args()


def _show(title: str, figures: dict[str, Any]) -> None:
    print(f"== {title}")
    for key, value in figures.items():
        print(f"   {key}: {value}")
    sys.stdout.flush()


def cold_start(runs: int) -> dict[str, Any]:
    exe = Path(sys.executable).with_name("verify")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "verify"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*command, "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "runs": runs,
        "target": "< 0.5 s",
    }


def scifact_rows(corpus: Path) -> list[dict[str, Any]]:
    """SciFact abstracts as our .jsonl article rows, with the SciFact doc id kept aside."""
    rows = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = " ".join(doc["abstract"]).strip()
        if text:
            rows.append(
                {"doc_id": doc["doc_id"], "title": doc["title"], "text": text, "outlet": "SciFact"}
            )
    return rows


def _write_jsonl(rows: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({k: row[k] for k in ("title", "text", "outlet")}) + "\n")


def _open(home: Path) -> Any:
    from verify.config import get_settings, reset_settings
    from verify.corpus.store import open_store

    os.environ["VERIFY_HOME"] = str(home)
    os.environ.pop("VERIFY_CHROMA_URL", None)
    reset_settings()
    return open_store(get_settings())


def ingest_vs_raw(rows: list[dict[str, Any]], home: Path, rounds: int = 5) -> dict[str, Any]:
    """Ingest and raw encode, interleaved in `rounds` slices so load drift hits both alike."""
    from sentence_transformers import SentenceTransformer

    from verify.corpus.embed import get_embedder, model_path, set_torch_threads
    from verify.corpus.ingest import ingest_paths

    shutil.rmtree(home, ignore_errors=True)
    store = _open(home)
    threads = store.settings.torch_threads()
    get_embedder(threads).embed_documents(["warm up the model"])
    set_torch_threads(threads)
    model = SentenceTransformer(model_path(), device="cpu")
    model.encode(["warm up the model"])
    ingest_s = raw_s = 0.0
    n_chunks = 0
    for part in range(rounds):
        source = home / f"part{part}.jsonl"
        _write_jsonl(rows[part::rounds], source)
        before = {s.id for s in store.sources()}
        start = time.perf_counter()
        result = ingest_paths([source], store)
        ingest_s += time.perf_counter() - start
        assert not result.failed, result.failed
        new = [s for s in store.sources() if s.id not in before]
        texts = [c.text for s in new for c in store.chunks_of(s.id)]
        start = time.perf_counter()
        model.encode(texts, batch_size=32, normalize_embeddings=True)
        raw_s += time.perf_counter() - start
        n_chunks += len(texts)
    ingest_rate, raw_rate = n_chunks / ingest_s, n_chunks / raw_s
    return {
        "docs": len(rows),
        "chunks": n_chunks,
        "rounds": rounds,
        "ingest_s": round(ingest_s, 2),
        "ingest_chunks_per_s": round(ingest_rate, 1),
        "raw_encode_s": round(raw_s, 2),
        "raw_chunks_per_s": round(raw_rate, 1),
        "ratio": f"{100 * ingest_rate / raw_rate:.0f} %",
        "target": ">= 80 %",
    }


def search_latency(
    rows: list[dict[str, Any]], home: Path, data: Path, n_queries: int, k: int
) -> dict[str, Any]:
    from verify.corpus.ingest import ingest_paths
    from verify.corpus.search import search

    source = home / "scifact.jsonl"
    if not source.exists():
        _write_jsonl(rows, source)
    store = _open(home)
    start = time.perf_counter()
    result = ingest_paths([source], store)  # a no-op when the store is already built
    build_s = time.perf_counter() - start
    added = sum(o.status == "added" for o in result.outcomes)
    doc_of = {f"{source.resolve()}#{i}": row["doc_id"] for i, row in enumerate(rows, start=1)}
    paths = {s.id: s.path for s in store.sources()}
    claims = _claims(data)[:n_queries]
    for claim in claims[:5]:
        search(store, claim["claim"], k)  # load the model and the BM25 index
    times, hits = [], 0
    for claim in claims:
        start = time.perf_counter()
        passages = search(store, claim["claim"], k)
        times.append(time.perf_counter() - start)
        found = {doc_of.get(paths.get(p.source_id, "")) for p in passages}
        hits += bool(found & set(claim["cited_doc_ids"]))
    times.sort()
    return {
        "chunks": store.count_chunks(),
        "sources": len(paths),
        "added_now": added,
        "build_s": round(build_s, 1),
        "queries": len(claims),
        "p50_ms": round(1000 * statistics.median(times), 1),
        "p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 1),
        f"recall@{k}_cited_doc": round(hits / max(1, len(claims)), 3),
        "target": "p50 < 50 ms",
    }


def _claims(data: Path) -> list[dict[str, Any]]:
    path = data / "scifact" / "claims_dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r.get("cited_doc_ids")]


if __name__ == "__main__":
    main()
