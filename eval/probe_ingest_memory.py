"""Ingest memory probe: RSS and Python-level allocations while ingesting 6 slices of 1000 chunks.

    .venv/bin/python eval/probe_ingest_memory.py      (needs ../shared/data; about 3 minutes)

Prints, per slice, the chunks stored, the process RSS and the memory Python itself holds
(tracemalloc). On 2026-11-27 (2 cores, 300-character SciFact chunks): before
`verify.corpus.ingest.release_freed_memory` RSS went 987 -> 1368 MB while Python held 0.8 -> 3.3 MB
(the growth was glibc heap fragmentation, not a leak); with it, 658 -> 699 MB.
"""

import gc
import os
import sys
import tracemalloc

sys.path.insert(0, "eval")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["VERIFY_THREADS"] = "2"
from pathlib import Path

import bench_scale as b

from verify.config import Settings
from verify.corpus.ingest import ingest_paths
from verify.corpus.store import open_store

settings = Settings(home=Path("/tmp/memprobe"), collection="scale", chunk_chars=300, llm="none")
store = open_store(settings)
arts = b._articles(
    b._sentences(
        Path(
            str(
                Path(__file__).resolve().parents[2] / "shared" / "data" / "scifact" / "corpus.jsonl"
            )
        )
    ),
    12,
)
work = Path("/tmp/memprobe/slices")
work.mkdir(parents=True, exist_ok=True)
f = b._write_slice(work, arts, 500, store)
ingest_paths([f], store)  # warm
tracemalloc.start(25)
snap0 = tracemalloc.take_snapshot()
rss0 = b._rss_mb()
for i in range(6):
    f = b._write_slice(work, arts, 1000, store)
    ingest_paths([f], store)
    f.unlink()
    gc.collect()
    print(
        i,
        store.count_chunks(),
        "rss",
        round(b._rss_mb()),
        "py",
        round(tracemalloc.get_traced_memory()[0] / 2**20, 1),
        flush=True,
    )
snap1 = tracemalloc.take_snapshot()
for st in snap1.compare_to(snap0, "traceback")[:3]:
    print(round(st.size_diff / 2**20, 2), "MB", st.count_diff, st.traceback.format()[-1])
