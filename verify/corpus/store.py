"""The store: chunks and source records in Chroma, embedded on disk or on a Chroma server.

Layout (schema version `SCHEMA_VERSION`, recorded in both collections' metadata):

* `{collection}` holds one entry per chunk: id `{source_id}-{index:04d}`, the chunk text as the
  document, its MiniLM embedding (computed by our embedder through LangChain's `Chroma`), and
  metadata `source_id`, `index`, `start`, `end`.
* `{collection}_sources` holds one record per source: id = source id, the cleaned text as the
  document, a fixed dummy embedding `[1.0]` (records are fetched by id or filter, never by
  similarity), and metadata `kind="source"`, `status`, `title`, `outlet`, `date`, `path`,
  `duplicate_of`, `chunks` and `signature` (MinHash of the text, for near-duplicate detection).
  One more record, `__verify_meta__`, carries a `generation` that changes on every write, so
  readers (the BM25 cache) know when the store changed.

Because everything lives in Chroma, the same store works embedded and on a server.

Writes are atomic per document. `add_many` first writes the batch's source records with status
`pending` (one call), then all chunks, then flips the records to `ready` in one update, which
also flips older versions read from the same paths to `removing`: that update is the commit
point. Readers only see `ready` sources and ignore chunks of any other. Every write starts by
deleting what a killed writer left behind (non-`ready` records and their chunks). `remove` does
the same in reverse: mark `removing`, delete chunks, delete the record. `duplicates` is never
stored: it is derived from the other records' `duplicate_of`, so the two sides cannot disagree
after a crash.

Writers take an exclusive file lock (in the store folder, or under `$VERIFY_HOME/locks` for a
server) for one batch at a time, and wait, with a message on stderr, while another process holds
it. Chunks are embedded before the lock is taken, so it is held only while Chroma writes. Readers
of an embedded store take the same lock shared for each vector query (`reading`): embedded
Chroma rewrites its index files under a reader in another process, whose query then fails.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from verify.config import Settings, get_settings
from verify.errors import InputError, StoreError
from verify.types import Chunk, Source

if TYPE_CHECKING:
    from langchain_chroma import Chroma

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
META_ID = "__verify_meta__"
_DUMMY = [1.0]
_BATCH = 1000
_EMBED_PART = 64  # chunks embedded per call: the unit of ingest progress
_READ_GRACE_S = 0.5  # how long a writer waits silently for readers (each holds one query)
_HINT_LIST = "run `verify sources` to list the ids"


class Store:
    """Sources and their chunks; open one with `open_store(settings)`."""

    def __init__(self, settings: Settings, client: Any, lock_path: Path, cache_key: str) -> None:
        self.settings = settings
        self.lock_path = lock_path
        self.cache_key = cache_key
        self._attach(client)
        self._lock_depth = 0
        self._lock_file: Any = None
        self._cards: tuple[str, dict[str, dict[str, Any]]] | None = None
        self._seen = self.generation() if not settings.chroma_url else ""

    def _attach(self, client: Any) -> None:
        self.client = client
        self.chunks = _open_collection(client, self.settings.collection, cosine=True)
        self.records = _open_collection(client, f"{self.settings.collection}_sources", cosine=False)
        self._vectors: Chroma | None = None

    def refresh(self) -> bool:
        """See other processes' writes to an embedded store; True when it had to reopen.

        Chroma keeps one vector index per folder per process, loaded once: vectors another
        process adds later stay invisible to dense search here (and its ids can fail to
        resolve). When the store's generation moved without this object writing, the client is
        opened afresh, which reloads the index from disk. A server needs none of this."""
        if self.settings.chroma_url or self._lock_depth:
            return False
        generation = self.generation()
        if generation == self._seen:
            return False
        log.info("the store changed in another process; reopening it")
        self._attach(_persistent_client(self.settings, fresh=True))
        self._seen = generation
        return True

    # ---- reading -------------------------------------------------------------------------

    def sources(self) -> list[Source]:
        """All committed sources, sorted by path then id."""
        got = self.records.get(where=_ready(), include=["metadatas", "documents"])
        sources = [_to_source(i, m, d) for i, m, d in _rows(got)]
        dups: dict[str, list[str]] = {}
        for source in sources:
            if source.duplicate_of:
                dups.setdefault(source.duplicate_of, []).append(source.id)
        for source in sources:
            source.duplicates = sorted(dups.get(source.id, []))
        return sorted(sources, key=lambda s: (s.path, s.id))

    def get_source(self, source_id: str) -> Source:
        """One committed source; an unknown id raises InputError."""
        got = self.records.get(ids=[source_id], include=["metadatas", "documents"])
        rows = [r for r in _rows(got) if r[1].get("status") == "ready"]
        if not rows:
            raise InputError(f"no source with id {source_id!r}", _HINT_LIST)
        source = _to_source(*rows[0])
        dup_rows = self.records.get(where=_ready({"duplicate_of": source_id}), include=[])
        source.duplicates = sorted(dup_rows["ids"])
        return source

    def has_source(self, source_id: str) -> bool:
        got = self.records.get(ids=[source_id], include=["metadatas"])
        return any(m.get("status") == "ready" for _, m, _ in _rows(got))

    def chunks_of(self, source_id: str) -> list[Chunk]:
        """The chunks of a committed source, in order; an unknown id raises InputError."""
        if not self.has_source(source_id):
            raise InputError(f"no source with id {source_id!r}", _HINT_LIST)
        got = self.chunks.get(where={"source_id": source_id}, include=["metadatas", "documents"])
        return sorted((_to_chunk(*row) for row in _rows(got)), key=lambda c: c.index)

    def get_chunks(self, ids: Sequence[str]) -> list[Chunk]:
        """Chunks by id, in the order asked; ids not in the store or not committed are left out."""
        if not ids:
            return []
        got = self.chunks.get(ids=list(ids), include=["metadatas", "documents"])
        ready = self.ready_ids()
        found = {row[0]: _to_chunk(*row) for row in _rows(got) if row[1]["source_id"] in ready}
        return [found[i] for i in ids if i in found]

    def count_chunks(self) -> int:
        """Chunks of committed sources."""
        got = self.records.get(where=_ready(), include=["metadatas"])
        return sum(int(m.get("chunks", 0)) for _, m, _ in _rows(got))

    def ready_ids(self) -> set[str]:
        return set(self.records.get(where=_ready(), include=[])["ids"])

    def source_paths(self) -> dict[str, set[str]]:
        """path -> ids of the committed sources ingested from it."""
        got = self.records.get(where=_ready(), include=["metadatas"])
        paths: dict[str, set[str]] = {}
        for i, meta, _ in _rows(got):
            paths.setdefault(str(meta.get("path", "")), set()).add(i)
        return paths

    def signatures(self) -> dict[str, list[int]]:
        """MinHash signature of each committed source that has one."""
        got = self.records.get(where=_ready(), include=["metadatas"])
        return {
            i: [int(x) for x in str(m["signature"]).split()]
            for i, m, _ in _rows(got)
            if m.get("signature")
        }

    def duplicate_links(self) -> dict[str, str]:
        """id -> duplicate_of for each committed source that copies an earlier one."""
        got = self.records.get(where=_ready({"duplicate_of": {"$ne": ""}}), include=["metadatas"])
        return {i: str(m["duplicate_of"]) for i, m, _ in _rows(got)}

    def generation(self) -> str:
        """Changes on every write; '' for a store never written."""
        got = self.records.get(ids=[META_ID], include=["metadatas"])
        rows = list(_rows(got))
        return str(rows[0][1].get("generation", "")) if rows else ""

    def source_cards(self) -> dict[str, dict[str, Any]]:
        """id -> {title, outlet} of committed sources, cached until the store changes."""
        generation = self.generation()
        if self._cards is None or self._cards[0] != generation:
            got = self.records.get(where=_ready(), include=["metadatas"])
            cards = {
                i: {"title": m.get("title", ""), "outlet": m.get("outlet", "")}
                for i, m, _ in _rows(got)
            }
            self._cards = (generation, cards)
        return self._cards[1]

    def iter_chunk_rows(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) of every chunk in the collection, paged."""
        offset = 0
        while True:
            got = self.chunks.get(include=["metadatas", "documents"], limit=5000, offset=offset)
            rows = list(_rows(got))
            for chunk_id, meta, text in rows:
                yield chunk_id, text, meta
            if len(rows) < 5000:
                return
            offset += len(rows)

    def vectors(self) -> Chroma:
        """The chunk collection as a LangChain vector store over our embedder (kept current
        with other processes' writes, see `refresh`)."""
        self.refresh()
        if self._vectors is None:
            from langchain_chroma import Chroma

            from verify.corpus.embed import get_embedder

            self._vectors = Chroma(
                client=self.client,
                collection_name=self.settings.collection,
                embedding_function=get_embedder(self.settings.torch_threads()),
                create_collection_if_not_exists=False,
            )
        return self._vectors

    # ---- writing -------------------------------------------------------------------------

    def add(
        self, source: Source, chunks: Sequence[Chunk], *, signature: Sequence[int] = ()
    ) -> None:
        """Add one source and its chunks atomically (replacing a same-id earlier version)."""
        self.add_many([(source, list(chunks), list(signature))])

    def add_many(
        self,
        items: Sequence[tuple[Source, list[Chunk], list[int]]],
        *,
        on_embedded: Callable[[int], None] | None = None,
    ) -> None:
        """Add several sources atomically: all chunks first, then one write commits them all.

        The commit flips the batch's records to ready and the older versions read from the same
        paths to `removing` in one write, so a reader sees the old version or the new, never
        both. Embedding all chunks of the batch in one call is what makes bulk ingest fast.
        `on_embedded(n)` is told each time n more chunks are embedded.
        """
        if not items:
            return
        ids = [source.id for source, _, _ in items]
        if len(set(ids)) != len(ids):
            raise ValueError("the same source id appears twice in one batch")
        for source, chunks, _ in items:
            _check_chunks(source, chunks)
        rows = [c for _, chunks, _ in items for c in chunks]
        vectors = self._embed([c.text for c in rows], on_embedded)  # before the lock
        with self.writing():
            existing = set(self.records.get(ids=[s.id for s, _, _ in items], include=[])["ids"])
            self._put_records(items, status="pending")
            for source_id in existing:
                self.chunks.delete(where={"source_id": source_id})
            for at in range(0, len(rows), _BATCH):
                part = rows[at : at + _BATCH]
                self.chunks.upsert(
                    ids=[c.id for c in part],
                    embeddings=vectors[at : at + _BATCH],
                    documents=[c.text for c in part],
                    metadatas=[_chunk_meta(c) for c in part],
                )
            for old_id in self._commit_replacing([source for source, _, _ in items]):
                self._drop(old_id)
            self._bump()

    def _embed(
        self, texts: list[str], on_embedded: Callable[[int], None] | None
    ) -> list[list[float]]:
        """Chunk vectors from our embedder (the one LangChain's `Chroma` queries with), a part
        at a time so that progress can be shown within one long document."""
        from verify.corpus.embed import get_embedder

        embedder = get_embedder(self.settings.torch_threads())
        vectors: list[list[float]] = []
        for at in range(0, len(texts), _EMBED_PART):
            part = texts[at : at + _EMBED_PART]
            vectors += embedder.embed_documents(part)
            if on_embedded is not None:
                on_embedded(len(part))
        return vectors

    def remove(self, source_id: str) -> Source:
        """Delete a source and its chunks; its near-duplicates are re-pointed. Returns it."""
        with self.writing():
            source = self.get_source(source_id)
            self.records.update(ids=[source_id], metadatas=[{"status": "removing"}])
            self.chunks.delete(where={"source_id": source_id})
            self._repoint_duplicates(source)
            self.records.delete(ids=[source_id])
            self._bump()
        return source

    def _commit_replacing(self, sources: Sequence[Source]) -> list[str]:
        """Flip `sources` to ready and their paths' older versions to removing in one write."""
        paths = sorted({s.path for s in sources if s.path})
        new = {s.id for s in sources}
        older: list[str] = []
        if paths:
            got = self.records.get(where=_ready({"path": {"$in": paths}}), include=[])
            older = [i for i in got["ids"] if i not in new]
        statuses = [{"status": "ready"} for _ in sources] + [{"status": "removing"} for _ in older]
        self.records.update(ids=[*(s.id for s in sources), *older], metadatas=statuses)
        return older

    def _drop(self, source_id: str) -> None:
        """Delete a source marked removing: its chunks, then re-point its copies, then it."""
        got = self.records.get(ids=[source_id], include=["metadatas", "documents"])
        source = _to_source(*next(_rows(got)))
        copies = self.records.get(where=_ready({"duplicate_of": source_id}), include=[])
        source.duplicates = sorted(copies["ids"])
        self.chunks.delete(where={"source_id": source_id})
        self._repoint_duplicates(source)
        self.records.delete(ids=[source_id])

    def set_duplicate_of(self, source_id: str, duplicate_of: str | None) -> None:
        self.records.update(ids=[source_id], metadatas=[{"duplicate_of": duplicate_of or ""}])

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock (re-entrant) and clean up after any killed writer first."""
        if self._lock_depth == 0:
            self._acquire()
        self._lock_depth += 1
        try:
            if self._lock_depth == 1:
                self._clean_orphans()
            yield
        finally:
            self._lock_depth -= 1
            if self._lock_depth == 0:
                self._release()

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Hold the lock shared for one read of the vector index (embedded store only).

        Embedded Chroma is not safe for a reader while another process writes: the writer
        rewrites the HNSW index files under the reader, whose query then fails with "Error
        finding id". Writers hold the lock exclusively for one batch at a time, so a read
        waits at most one batch, never a whole ingest. A server needs none of this, and a
        process that holds the writer lock already excludes every other writer."""
        if self.settings.chroma_url or self._lock_depth:
            yield
            return
        handle = self._open_lock()
        try:
            fcntl.flock(handle, fcntl.LOCK_SH)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()

    def _open_lock(self) -> Any:
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        return open(self.lock_path, "a+")  # noqa: SIM115 - closed by the caller

    def _acquire(self) -> None:
        handle = self._open_lock()
        if not _try_lock(handle, _READ_GRACE_S):  # a reader lets go within one query
            log.warning("another verify process is using the store; waiting for it...")
            fcntl.flock(handle, fcntl.LOCK_EX)
        self._lock_file = handle

    def _release(self) -> None:
        if self._lock_file is not None:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def _clean_orphans(self) -> None:
        got = self.records.get(
            where={"$and": [{"kind": "source"}, {"status": {"$ne": "ready"}}]}, include=[]
        )
        for orphan in got["ids"]:
            log.info("cleaning up interrupted write of source %s", orphan)
            self.chunks.delete(where={"source_id": orphan})
            self.records.delete(ids=[orphan])

    def _put_records(
        self, items: Sequence[tuple[Source, list[Chunk], list[int]]], status: str
    ) -> None:
        """Write the source records of a batch in one call (one transaction, not one per doc)."""
        metas = [
            {
                "kind": "source",
                "status": status,
                "title": source.title,
                "outlet": source.outlet,
                "date": source.date or "",
                "path": source.path,
                "duplicate_of": source.duplicate_of or "",
                "chunks": len(chunks),
                "signature": " ".join(str(x) for x in signature),
            }
            for source, chunks, signature in items
        ]
        self.records.upsert(
            ids=[source.id for source, _, _ in items],
            embeddings=[_DUMMY for _ in items],
            documents=[source.text for source, _, _ in items],
            metadatas=metas,
        )

    def _repoint_duplicates(self, source: Source) -> None:
        """The first later copy becomes the original; the other copies point at it."""
        copies = source.duplicates
        if not copies:
            return
        heir = copies[0]
        self.set_duplicate_of(heir, source.duplicate_of)
        for other in copies[1:]:
            self.set_duplicate_of(other, heir)

    def _bump(self) -> None:
        meta = {"kind": "meta", "generation": uuid.uuid4().hex, "schema": SCHEMA_VERSION}
        self.records.upsert(ids=[META_ID], embeddings=[_DUMMY], documents=[""], metadatas=[meta])
        self._seen = meta["generation"]  # our own write: this client's index already has it


def _try_lock(handle: Any, seconds: float) -> bool:
    """Try for `seconds` to take an exclusive lock on `handle`; False if it stayed held."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)


def open_store(settings: Settings | None = None) -> Store:
    """Open (creating if needed) the embedded store, or the server named by `chroma_url`."""
    settings = settings or get_settings()
    if settings.chroma_url:
        client = _http_client(settings.chroma_url)
        key = hashlib.sha256(f"{settings.chroma_url}|{settings.collection}".encode()).hexdigest()
        lock = settings.home / "locks" / f"{key[:16]}.lock"
        return Store(settings, client, lock, f"server-{key[:16]}")
    settings.store_dir.mkdir(parents=True, exist_ok=True)
    client = _persistent_client(settings)
    return Store(
        settings, client, settings.store_dir / "write.lock", f"embedded-{settings.collection}"
    )


def _persistent_client(settings: Settings, *, fresh: bool = False) -> Any:
    """Chroma's embedded client for the store folder. `fresh`: a new one, not the one Chroma
    cached for this folder in this process (objects made from the old one keep working)."""
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient
    from chromadb.config import Settings as ChromaSettings

    if fresh:
        SharedSystemClient._identifier_to_system.pop(str(settings.store_dir), None)
        SharedSystemClient._identifier_to_refcount.pop(str(settings.store_dir), None)
    try:
        return chromadb.PersistentClient(
            path=str(settings.store_dir), settings=ChromaSettings(anonymized_telemetry=False)
        )
    except Exception as exc:  # chromadb raises many types for a damaged or foreign folder
        raise StoreError(
            f"cannot open the store at {settings.store_dir}: {exc}",
            "move that folder away or set VERIFY_HOME to another folder",
        ) from exc


def _http_client(url: str) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    parsed = urlparse(url)
    if not parsed.hostname:
        raise StoreError(f"not a Chroma server URL: {url!r}", "use http://host:port")
    ssl = parsed.scheme == "https"
    port = parsed.port or (443 if ssl else 8000)
    try:
        client = chromadb.HttpClient(
            host=parsed.hostname,
            port=port,
            ssl=ssl,
            settings=ChromaSettings(anonymized_telemetry=False),
        )
        client.heartbeat()
    except Exception as exc:  # connection errors come from several layers (httpx, chromadb)
        raise StoreError(
            f"cannot reach the Chroma server at {url}: {exc}",
            "start it (chroma run --path DIR) or unset VERIFY_CHROMA_URL for the embedded store",
        ) from exc
    _lost_connection_is_store_error(client, url)
    return client


def _lost_connection_is_store_error(client: Any, url: str) -> None:
    """A server that goes away mid-run becomes one StoreError line, not 'unexpected ConnectError'.

    Every request of chromadb's HTTP client (collections and LangChain's included) goes through
    `_make_request` of the client's server API object; connection failures there are re-raised.
    """
    import httpx

    api = client._server
    if getattr(api, "_verify_guarded", False):
        return
    request = api._make_request

    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return request(*args, **kwargs)
        except httpx.TransportError as exc:
            raise StoreError(
                f"lost the connection to the Chroma server at {url} ({exc})",
                "check that it is running, then run the command again: committed documents "
                "are kept, a half-written one is discarded",
            ) from exc

    api._make_request = guarded
    api._verify_guarded = True


def _open_collection(client: Any, name: str, *, cosine: bool) -> Any:
    from chromadb.errors import NotFoundError

    try:
        collection = client.get_collection(name)
    except NotFoundError:
        config = {"hnsw": {"space": "cosine"}} if cosine else None
        collection = client.get_or_create_collection(
            name, metadata={"verify_schema": SCHEMA_VERSION}, configuration=config
        )
    found = (collection.metadata or {}).get("verify_schema")
    if found != SCHEMA_VERSION:
        raise StoreError(
            f"the store's collection {name!r} has schema version {found}, "
            f"this verify reads version {SCHEMA_VERSION}",
            "ingest into a fresh store: set VERIFY_HOME (or --chroma-url/collection) elsewhere",
        )
    return collection


def _ready(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    clauses: list[dict[str, Any]] = [{"kind": "source"}, {"status": "ready"}]
    if extra:
        clauses.append(extra)
    return {"$and": clauses}


def _rows(got: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    metas = got.get("metadatas") or [{}] * len(got["ids"])
    docs = got.get("documents") or [""] * len(got["ids"])
    yield from zip(got["ids"], metas, docs, strict=True)


def _to_source(source_id: str, meta: dict[str, Any], text: str) -> Source:
    return Source(
        id=source_id,
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        date=meta.get("date") or None,
        path=meta.get("path", ""),
        text=text or "",
        duplicate_of=meta.get("duplicate_of") or None,
        chunks=int(meta.get("chunks", 0)),
    )


def _to_chunk(chunk_id: str, meta: dict[str, Any], text: str) -> Chunk:
    return Chunk(
        id=chunk_id,
        source_id=meta["source_id"],
        index=int(meta["index"]),
        text=text,
        start=int(meta["start"]),
        end=int(meta["end"]),
    )


def _chunk_meta(chunk: Chunk) -> dict[str, Any]:
    return {
        "source_id": chunk.source_id,
        "index": chunk.index,
        "start": chunk.start,
        "end": chunk.end,
    }


def _check_chunks(source: Source, chunks: Sequence[Chunk]) -> None:
    for chunk in chunks:
        if chunk.source_id != source.id or source.text[chunk.start : chunk.end] != chunk.text:
            raise ValueError(f"chunk {chunk.id} does not match source {source.id}")
