"""Hybrid retrieval: dense (MiniLM in Chroma) plus BM25 (bm25s), fused by reciprocal rank.

Dense search finds paraphrases; BM25 finds rare names and numbers ("Ain Issa", "M4"). Each
ranks up to `fetch_k` chunks and a chunk's fused score is the sum of 1 / (RRF_K + rank) over
the rankings it appears in. The BM25 index is built from the store's chunks, saved under
`$VERIFY_HOME/cache/bm25/` with the store generation it was built at, and rebuilt when the
store's generation changes (any add or remove).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from verify.corpus.store import Store
from verify.types import Passage

log = logging.getLogger(__name__)

RRF_K = 60
_WORD = re.compile(r"\w+")


@dataclass
class Bm25Index:
    generation: str
    ids: list[str]
    sources: np.ndarray  # source id of each chunk, aligned with ids
    meta: list[dict[str, Any]]
    texts: list[str]
    retriever: Any

    def ranked(self, query: str, mask: np.ndarray | None, k: int) -> list[tuple[str, float]]:
        tokens = tokenize(query)
        if not tokens or not self.ids:
            return []
        scores = self.retriever.get_scores(tokens)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        top = np.argsort(-scores, kind="stable")[:k]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]


_cache: dict[str, Bm25Index] = {}


TOKENIZER = "snowball-english-1"
"""Names the tokenization below; part of the BM25 cache key, so changing it rebuilds the index."""


@lru_cache(maxsize=1)
def _stopwords_and_stemmer() -> tuple[frozenset[str], Any]:
    import Stemmer
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN), Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens without English stopwords (same for chunks and queries).

    Stemming ("patrolled" -> "patrol") is what BEIR's BM25 baseline does too.
    """
    stop, stemmer = _stopwords_and_stemmer()
    return stemmer.stemWords([t for t in _WORD.findall(text.lower()) if t not in stop])


def search(
    store: Store,
    query: str,
    k: int = 8,
    *,
    include_sources: Collection[str] | None = None,
    exclude_sources: Collection[str] | None = None,
    fetch_k: int | None = None,
) -> list[Passage]:
    """The `k` passages best matching `query`, best first, from committed sources only.

    `include_sources` limits the search to those source ids; `exclude_sources` leaves them out
    (e.g. the article being checked). `score` is the fused reciprocal-rank score.
    """
    found = search_matches(
        store,
        query,
        k,
        include_sources=include_sources,
        exclude_sources=exclude_sources,
        fetch_k=fetch_k,
    )
    return [passage for passage, _ in found]


def search_matches(
    store: Store,
    query: str,
    k: int = 8,
    *,
    include_sources: Collection[str] | None = None,
    exclude_sources: Collection[str] | None = None,
    fetch_k: int | None = None,
) -> list[tuple[Passage, dict[str, int]]]:
    """`search`, with how each passage was found: {"dense": rank, "keyword": rank} (1 = best)
    for the rankings it appears in."""
    if not query.strip() or k <= 0:
        return []
    fetch_k = fetch_k or max(4 * k, 20)
    cards = store.source_cards()
    allowed = _allowed(cards, include_sources, exclude_sources)
    if not allowed:
        return []
    index = bm25_index(store)
    dense = _dense(store, query, fetch_k, allowed, include_sources, exclude_sources)
    mask = np.isin(index.sources, list(allowed)) if len(allowed) < len(cards) else None
    sparse = index.ranked(query, mask, fetch_k)
    rankings = {"dense": [cid for cid, _ in dense], "keyword": [cid for cid, _ in sparse]}
    passages = _passages(store, index, cards, fuse(list(rankings.values())), allowed, k)
    ranks = {name: {cid: i for i, cid in enumerate(ids, 1)} for name, ids in rankings.items()}
    return [
        (p, {name: at[p.chunk_id] for name, at in ranks.items() if p.chunk_id in at})
        for p in passages
    ]


def fuse(rankings: list[list[str]], rrf_k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of several rankings of ids, best first."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (rrf_k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def bm25_index(store: Store) -> Bm25Index:
    """The BM25 index of the store's chunks: from memory, from disk, or rebuilt."""
    generation = f"{store.generation()}+{TOKENIZER}"
    folder = store.settings.home / "cache" / "bm25" / store.cache_key
    cached = _cache.get(str(folder))
    if cached is not None and cached.generation == generation:
        return cached
    index = _load(folder, generation) or _build(store, folder, generation)
    _cache[str(folder)] = index
    return index


def _allowed(
    cards: dict[str, Any],
    include: Collection[str] | None,
    exclude: Collection[str] | None,
) -> set[str]:
    allowed = set(cards)
    if include is not None:
        allowed &= set(include)
    if exclude:
        allowed -= set(exclude)
    return allowed


def _dense(
    store: Store,
    query: str,
    fetch_k: int,
    allowed: set[str],
    include: Collection[str] | None,
    exclude: Collection[str] | None,
) -> list[tuple[str, float]]:
    where: dict[str, Any] | None = None
    if include is not None:
        where = {"source_id": {"$in": sorted(allowed)}}
    elif exclude:
        where = {"source_id": {"$nin": sorted(set(exclude))}}
    with store.reading():
        hits = store.vectors().similarity_search_with_score(query, k=fetch_k, filter=where)
    return [(doc.id, float(dist)) for doc, dist in hits if doc.metadata.get("source_id") in allowed]


def _passages(
    store: Store,
    index: Bm25Index,
    cards: dict[str, dict[str, Any]],
    fused: list[tuple[str, float]],
    allowed: set[str],
    k: int,
) -> list[Passage]:
    position = {cid: i for i, cid in enumerate(index.ids)}
    missing = [cid for cid, _ in fused if cid not in position]
    extra = {c.id: c for c in store.get_chunks(missing)} if missing else {}
    passages: list[Passage] = []
    for cid, score in fused:
        if cid in position:
            i = position[cid]
            meta, text = index.meta[i], index.texts[i]
            source_id, start, end = meta["source_id"], meta["start"], meta["end"]
        elif cid in extra:
            chunk = extra[cid]
            source_id, start, end, text = chunk.source_id, chunk.start, chunk.end, chunk.text
        else:
            continue
        if source_id not in allowed:
            continue
        card = cards[source_id]
        passages.append(
            Passage(
                chunk_id=cid,
                source_id=source_id,
                title=card["title"],
                outlet=card["outlet"],
                text=text,
                start=int(start),
                end=int(end),
                score=round(score, 6),
            )
        )
        if len(passages) == k:
            break
    return passages


def _build(store: Store, folder: Path, generation: str) -> Bm25Index:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    ready = store.ready_ids()
    rows = [r for r in store.iter_chunk_rows() if r[2].get("source_id") in ready]
    log.info("building the BM25 index over %d chunks", len(rows))
    ids = [r[0] for r in rows]
    texts = [r[1] for r in rows]
    meta = [
        {"source_id": r[2]["source_id"], "start": r[2]["start"], "end": r[2]["end"]} for r in rows
    ]
    retriever = bm25s.BM25()
    if texts:
        retriever.index([tokenize(t) or ["\u2205"] for t in texts], show_progress=False)
    index = Bm25Index(
        generation,
        ids,
        np.array([m["source_id"] for m in meta], dtype=object),
        meta,
        texts,
        retriever,
    )
    _save(index, folder)
    return index


def _save(index: Bm25Index, folder: Path) -> None:
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    if index.ids:
        index.retriever.save(str(tmp / "bm25"), show_progress=False)
    rows = {
        "generation": index.generation,
        "ids": index.ids,
        "meta": index.meta,
        "texts": index.texts,
    }
    (tmp / "chunks.json").write_text(json.dumps(rows))
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def _load(folder: Path, generation: str) -> Bm25Index | None:
    import bm25s

    try:
        rows = json.loads((folder / "chunks.json").read_text())
    except (OSError, ValueError):
        return None
    if rows.get("generation") != generation:
        return None
    retriever = bm25s.BM25.load(str(folder / "bm25")) if rows["ids"] else bm25s.BM25()
    sources = np.array([m["source_id"] for m in rows["meta"]], dtype=object)
    return Bm25Index(generation, rows["ids"], sources, rows["meta"], rows["texts"], retriever)
