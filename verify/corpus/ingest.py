"""Ingest: load files (.txt .md .html .htm .jsonl), clean, chunk, detect duplicates, store.

* Ids: a source id is the first 16 hex digits of sha256 of its cleaned text, so ingesting the
  same content again changes nothing, and a changed file (same path, new content) gets a new id;
  the old version is removed once the new one is committed.
* Near-duplicates (a syndicated copy of the same wire story): MinHash over word 5-shingles; an
  estimated Jaccard of at least `DUPLICATE_JACCARD` with an earlier source sets `duplicate_of`
  on the new source (the store derives `duplicates` on the earlier one).
* Bad input never stops the run: each file that cannot be used gets an `Outcome` with status
  `failed` and a one-line reason (missing, a URL, empty, binary, text in an encoding that cannot
  be told, over `MAX_FILE_BYTES`, no article text); every other file is still ingested. Text
  need not be UTF-8: a byte-order mark (UTF-16/32) or charset-normalizer tells the encoding.
* Chunks of several documents are embedded in one batch; each document is still committed on its
  own (see `verify.corpus.store`), so an interrupted run leaves no partial document.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from verify.corpus.chunk import chunk_source
from verify.corpus.clean import CleanText, clean_html, clean_text, normalize_date, outlet_from_url
from verify.corpus.store import Store
from verify.errors import InputError
from verify.types import Chunk, Source

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}
MAX_FILE_BYTES = 10_000_000  # one article; a .jsonl file may be larger, each line is one article
MAX_JSONL_BYTES = 2_000_000_000
MIN_HTML_WORDS = 15  # fewer words than this extracted from a page is navigation, not an article
DUPLICATE_JACCARD = 0.5
SHINGLE_WORDS = 5
MINHASH_PERMUTATIONS = 64
BATCH_CHUNKS = 128
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
URL_REASON = (
    "URLs are not fetched (verify works offline): save the page as an .html file "
    "(in a browser: Save Page As) and ingest that file"
)

Progress = Callable[[int, int | None], None]
"""Called with (articles done, articles in all); the total is None while a stream is read."""


@dataclass
class Counts:
    """How far an ingest is: documents stored of all, chunks embedded of those read so far."""

    documents: int = 0
    total_documents: int | None = None
    chunks: int = 0
    total_chunks: int = 0


Status = Callable[[Counts], None]
"""Told the counts whenever they change (a batch read, a part of its chunks embedded)."""


@dataclass
class Article:
    """A cleaned article, ready to be chunked and stored."""

    text: str
    path: str
    title: str = ""
    outlet: str = ""
    date: str | None = None


class IngestStatus(StrEnum):
    """What ingesting one article or file did."""

    ADDED = "added"
    REPLACED = "replaced"
    """A new version of a file ingested before."""
    UNCHANGED = "unchanged"
    FAILED = "failed"
    SKIPPED = "skipped"
    """Not an article (a file of another type inside a folder)."""


@dataclass
class Outcome:
    """What happened to one article or file."""

    path: str
    status: IngestStatus
    source_id: str | None = None
    title: str = ""
    outlet: str = ""
    chunks: int = 0
    duplicate_of: str | None = None
    reason: str = ""


@dataclass
class IngestResult:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status is IngestStatus.FAILED]

    def as_json(self) -> list[dict[str, Any]]:
        return [asdict(o) for o in self.outcomes]


def source_id(text: str) -> str:
    """First 16 hex digits of sha256 of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


SOURCE_ID = re.compile(r"[0-9a-f]{16}")
"""What `source_id` returns."""


def is_source_id(text: str) -> bool:
    return SOURCE_ID.fullmatch(text) is not None


def file_or_source_id(ref: str) -> Path | str:
    """What an ARTICLE argument names: a file (its `Path`, tried first), else a source id (`ref`
    itself, not looked up). A folder, or text that is neither, is an `InputError`. Every command
    and the web app decide it here, so they agree on what a name means."""
    path = Path(ref).expanduser()
    if path.is_file():
        return path
    if path.exists():
        raise InputError(f"{ref} is not a file", "pass one article file or a source id")
    if not is_source_id(ref):
        raise InputError(
            f"{ref!r} is neither a file nor a source id",
            "give an article file, or an id from `verify sources`",
        )
    return ref


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    *,
    outlet: str | None = None,
    progress: Progress | None = None,
    status: Status | None = None,
) -> IngestResult:
    """Ingest files and folders (recursively) into `store`; bad files become failed outcomes.

    Articles are read as they are stored (a .jsonl line at a time), so memory holds one batch,
    not the whole input. `status`, when given, is told the documents' total up front."""
    result = IngestResult()
    total = count_documents(paths) if status is not None else None

    def articles() -> Iterator[Article]:
        for file, problem in expand_paths(paths):
            if problem:
                result.outcomes.append(problem)
                continue
            for item in iter_file(file, outlet=outlet):
                if isinstance(item, Outcome):
                    result.outcomes.append(item)
                else:
                    yield item

    outcomes = ingest_articles(articles(), store, progress=progress, status=status, total=total)
    result.outcomes.extend(outcomes)
    return result


def count_documents(paths: Sequence[str | Path]) -> int:
    """How many articles `paths` hold: one per file, one per non-blank line of a .jsonl file
    (a .jsonl file of blank lines counts one: its failed outcome)."""
    total = 0
    for file, problem in expand_paths(paths):
        if problem is not None:
            continue
        if file.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with file.open("rb") as handle:
                total += max(1, sum(1 for line in handle if line.strip()))  # blank: 1 failure
        except OSError:
            continue
    return total


def expand_paths(paths: Sequence[str | Path]) -> Iterator[tuple[Path, Outcome | None]]:
    """Files to load, with an outcome instead for a missing path or an unsupported file."""
    for raw in paths:
        if _URL.match(str(raw)):
            yield Path(str(raw)), Outcome(str(raw), IngestStatus.FAILED, reason=URL_REASON)
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in file.relative_to(path).parts):
                    continue
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield file, None
                else:
                    reason = f"not a supported type ({_supported()})"
                    yield file, Outcome(str(file), IngestStatus.SKIPPED, reason=reason)
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path, None
            else:
                reason = f"not a supported type ({_supported()})"
                yield path, Outcome(str(path), IngestStatus.FAILED, reason=reason)
        else:
            yield path, Outcome(str(path), IngestStatus.FAILED, reason="no such file or folder")


def load_file(file: Path, *, outlet: str | None = None) -> list[Article | Outcome]:
    """The articles in one file, or a failed outcome saying why it cannot be used."""
    return list(iter_file(file, outlet=outlet))


def iter_file(file: Path, *, outlet: str | None = None) -> Iterator[Article | Outcome]:
    """`load_file` lazily: a .jsonl file is read a line at a time."""
    if file.suffix.lower() == ".jsonl":
        try:
            _check_jsonl_size(file)
        except InputError as exc:
            yield Outcome(str(file), IngestStatus.FAILED, reason=exc.message)
            return
        yield from _load_jsonl(file, outlet)
        return
    yield from _load_single(file, outlet)


def _load_single(file: Path, outlet: str | None) -> list[Article | Outcome]:
    try:
        raw = read_text(file, MAX_FILE_BYTES)
        if file.suffix.lower() in HTML_SUFFIXES:
            cleaned = clean_html(raw)
            if len(cleaned.text.split()) < MIN_HTML_WORDS:
                raise InputError("no article text found in the page (menus or markup only)")
        else:
            cleaned = clean_text(raw, markdown=file.suffix.lower() in {".md", ".markdown"})
        return [_article(cleaned, str(file.resolve()), outlet)]
    except InputError as exc:
        return [Outcome(str(file), IngestStatus.FAILED, reason=exc.message)]


def read_text(file: Path, limit: int) -> str:
    """The file as text: UTF-8, UTF-16/32 with a byte-order mark, or another encoding that
    charset-normalizer recognises (Latin-1, Windows-1252, ...). InputError for an empty,
    oversized or binary file, or text in an encoding that cannot be told."""
    try:
        size = file.stat().st_size
        if size > limit:
            raise InputError(f"{size / 1e6:.1f} MB is over the {limit / 1e6:.0f} MB limit")
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read it: {exc.strerror}") from exc
    text = _text_of(data)
    if not text.strip():  # bytes.strip() keeps some Unicode spaces (U+001C): check the text
        raise InputError("empty file")
    return text


def _text_of(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding)
    if b"\x00" in data[:8192]:  # binary, or UTF-16/32 without a byte-order mark
        return _decode_guessed(data, 0)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_guessed(data, exc.start)


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONVERT = "convert it to UTF-8, e.g. iconv -f LATIN1 -t UTF-8 IN > OUT.txt"


def _decode(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not {encoding} text as its byte-order mark says; {_CONVERT}") from exc
    if not text.strip() or "\x00" in text:
        raise InputError("binary file, not text")
    return text


def _decode_guessed(data: bytes, bad_at: int) -> str:
    """Text in an encoding other than UTF-8, as charset-normalizer reads it; a file with NUL
    bytes counts as text only when read as UTF-16 or UTF-32 (a BOM-less Windows export)."""
    from charset_normalizer import from_bytes

    encoding = _likeliest(list(from_bytes(data[:1_000_000])))
    has_nul = b"\x00" in data[:8192]
    if encoding is None or (has_nul and not encoding.startswith(("utf_16", "utf_32"))):
        if has_nul:
            raise InputError("binary file, not text")
        raise InputError(f"not UTF-8 text (invalid byte at offset {bad_at}); {_CONVERT}")
    log.info("reading a file as %s text (not UTF-8)", encoding)
    return _decode(data, encoding)


def _likeliest(matches: list[Any]) -> str | None:
    """The encoding of the least chaotic reading; Windows-1252 (Western, a superset of Latin-1)
    among equals: on a short text charset-normalizer ranks e.g. Baltic cp775 first."""
    if not matches:
        return None
    least = min(m.percent_chaos for m in matches)
    calm = [m.encoding for m in matches if m.percent_chaos <= least]
    return next((e for e in calm if e in ("cp1252", "latin_1", "iso8859_15")), calm[0])


def ingest_articles(
    articles: Iterable[Article],
    store: Store,
    *,
    progress: Progress | None = None,
    status: Status | None = None,
    total: int | None = None,
) -> list[Outcome]:
    """Store new articles in batches; unchanged ones are reported, duplicates recorded.

    `articles` may be a stream (a generator): it is read once, a batch at a time. `total`: how
    many it holds, when the caller knows (a list's length is used otherwise)."""
    total = len(articles) if isinstance(articles, Sized) else total
    counts = Counts(total_documents=total)
    tell = _teller(counts, status)
    run = _Run(store)
    outcomes: list[Outcome] = []
    batch: list[tuple[Source, list[Chunk], list[int]]] = []
    for article in articles:
        outcome, item = _prepare(article, run)
        if item is None:
            outcomes.append(outcome)
            counts.documents += 1
        else:
            batch.append(item)
            counts.total_chunks += len(item[1])
        tell(0)
        if sum(len(chunks) for _, chunks, _ in batch) >= BATCH_CHUNKS:
            outcomes.extend(_commit(batch, run, tell))
            counts.documents += len(batch)
            batch = []
            release_freed_memory()
        if progress is not None:
            progress(counts.documents, total)
    outcomes.extend(_commit(batch, run, tell))
    release_freed_memory()
    counts.documents = counts.total_documents = len(outcomes)
    tell(0)
    if progress is not None:
        progress(len(outcomes), len(outcomes))
    return outcomes


def _teller(counts: Counts, status: Status | None) -> Callable[[int], None]:
    """A callback adding embedded chunks to `counts` and passing them on to `status`."""

    def tell(embedded: int) -> None:
        counts.chunks += embedded
        if status is not None:
            status(counts)

    return tell


def release_freed_memory() -> None:
    """Hand memory freed by a batch back to the OS (glibc only; a no-op elsewhere).

    Embedding batches of varying length leaves glibc's heap fragmented: without this the ingest
    process grew about 75 KB per chunk stored (987 -> 1368 MB over 5k chunks), with it about
    7 KB (656 -> 693 MB), which is the vector index itself (eval probe in docs/scaling.md)."""
    global _malloc_trim
    if _malloc_trim is None:
        import ctypes
        import ctypes.util

        try:
            _malloc_trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim: Any = None


class _Run:
    """What one ingest run knows about the store, read once and kept up to date."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.present = store.ready_ids()
        self.paths = store.source_paths()
        self.dedup = _Deduper(store.signatures(), store.duplicate_links())

    def drop_old_versions(self, path: str, keep: str) -> bool:
        """Remove sources read from `path` other than `keep`; True if there were any."""
        old = self.paths.get(path, set()) - {keep}
        for old_id in sorted(old):
            self.store.remove(old_id)
            self.present.discard(old_id)
        self.paths[path] = self.paths.get(path, set()) - old
        return bool(old)

    def replaced(self, path: str, sid: str) -> bool:
        """`sid` was committed; the store dropped the older versions of `path` in that write."""
        old = self.paths.get(path, set()) - {sid}
        self.present -= old
        self.paths[path] = {sid}
        return bool(old)


def _prepare(
    article: Article, run: _Run
) -> tuple[Outcome, tuple[Source, list[Chunk], list[int]] | None]:
    sid = source_id(article.text)
    outcome = Outcome(article.path, IngestStatus.UNCHANGED, sid, article.title, article.outlet)
    if sid in run.present:
        if run.drop_old_versions(article.path, sid):  # an earlier run stopped before this
            outcome.status = IngestStatus.REPLACED
        return outcome, None
    settings = run.store.settings
    chunks = chunk_source(
        sid,
        article.text,
        chunk_chars=settings.chunk_chars,
        overlap=settings.chunk_overlap_sentences,
    )
    signature = minhash(article.text)
    original = run.dedup.find(signature, ignore=run.paths.get(article.path, set()))
    source = Source(
        id=sid,
        title=article.title,
        outlet=article.outlet,
        date=article.date,
        path=article.path,
        text=article.text,
        duplicate_of=original,
        chunks=len(chunks),
    )
    run.dedup.add(sid, signature, original)
    run.present.add(sid)
    return outcome, (source, chunks, signature)


def _commit(
    batch: list[tuple[Source, list[Chunk], list[int]]],
    run: _Run,
    on_embedded: Callable[[int], None] | None = None,
) -> list[Outcome]:
    """Store a batch; the store drops older versions of the same paths as it commits each."""
    if not batch:
        return []
    run.store.add_many(batch, on_embedded=on_embedded)
    log.info("stored %d sources (%d chunks)", len(batch), sum(len(c) for _, c, _ in batch))
    outcomes = []
    for source, chunks, _ in batch:
        replaced = run.replaced(source.path, source.id)
        outcomes.append(
            Outcome(
                source.path,
                IngestStatus.REPLACED if replaced else IngestStatus.ADDED,
                source.id,
                source.title,
                source.outlet,
                len(chunks),
                source.duplicate_of,
            )
        )
    return outcomes


def _article(cleaned: CleanText, path: str, outlet: str | None) -> Article:
    if not cleaned.text.strip():
        raise InputError("no article text found (only boilerplate or markup)")
    return Article(
        text=cleaned.text,
        path=path,
        title=cleaned.title,
        outlet=outlet or cleaned.outlet,
        date=cleaned.date,
    )


def _load_jsonl(file: Path, outlet: str | None) -> Iterator[Article | Outcome]:
    lines = 0
    with file.open("rb") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            lines += 1
            where = f"{file}:{lineno}"
            try:
                yield _jsonl_article(line, where, file, lineno, outlet)
            except InputError as exc:
                yield Outcome(where, IngestStatus.FAILED, reason=exc.message)
    if not lines:  # only blank lines: reported, not silently dropped
        yield Outcome(str(file), IngestStatus.FAILED, reason="every line is blank: no articles")


def _check_jsonl_size(file: Path) -> None:
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read it: {exc.strerror}") from exc
    if size == 0:
        raise InputError("empty file")
    if size > MAX_JSONL_BYTES:
        raise InputError(f"{size / 1e6:.1f} MB is over the {MAX_JSONL_BYTES / 1e6:.0f} MB limit")
    with file.open("rb") as handle:
        if b"\x00" in handle.read(8192):
            raise InputError("binary file, not text")


def _jsonl_article(line: bytes, where: str, file: Path, lineno: int, outlet: str | None) -> Article:
    if len(line) > MAX_FILE_BYTES:
        raise InputError(f"line is over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
    try:
        row = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not a JSON object ({exc})") from exc
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise InputError("no 'text' field (expected text plus optional title, url, outlet, date)")
    cleaned = clean_text(row["text"])
    title = str(row.get("title") or "").strip()
    if title and cleaned.text and not cleaned.text.startswith(title):
        cleaned.text = f"{title}\n\n{cleaned.text}"
    url = str(row.get("url") or "")
    article = _article(cleaned, url or f"{file.resolve()}#{lineno}", None)
    article.title = title or cleaned.title
    article.outlet = (
        outlet
        or str(row.get("outlet") or "")
        or (outlet_from_url(url) if url else "")
        or cleaned.outlet
    )
    date = row.get("date")
    article.date = normalize_date(str(date)) if date else cleaned.date
    if date and article.date is None:
        log.warning("%s: cannot read the date %r; leaving it empty", where, date)
    return article


def minhash(text: str) -> list[int]:
    """MinHash signature of the text's word 5-shingles (`MINHASH_PERMUTATIONS` values)."""
    import re

    import numpy as np

    words = re.findall(r"\w+", text.lower())
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS])
        for i in range(max(1, len(words) - SHINGLE_WORDS + 1))
    }
    hashes = np.array(
        [
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
            for s in shingles
        ],
        dtype=np.uint64,
    )
    a, b = _permutations()
    values = (np.outer(hashes, a) + b) % np.uint64(_PRIME)
    return [int(v) for v in values.min(axis=0)]


_PRIME = 4294967311  # smallest prime above 2**32


def _permutations() -> tuple[Any, Any]:
    import numpy as np

    rng = np.random.default_rng(20240601)
    a = rng.integers(1, 2**31, MINHASH_PERMUTATIONS, dtype=np.uint64)
    b = rng.integers(0, 2**31, MINHASH_PERMUTATIONS, dtype=np.uint64)
    return a, b


class _Deduper:
    """Finds the earlier source an article is a near-duplicate of (by MinHash Jaccard)."""

    def __init__(self, signatures: dict[str, list[int]], links: dict[str, str]) -> None:
        import numpy as np

        self.ids = list(signatures)
        self.matrix = np.zeros((max(64, 2 * len(self.ids)), MINHASH_PERMUTATIONS), np.uint64)
        for row, sid in enumerate(self.ids):
            self.matrix[row] = signatures[sid]
        self.roots: dict[str, str] = dict(links)

    def find(self, signature: list[int], *, ignore: set[str]) -> str | None:
        """The original (root) of the most similar earlier source above the threshold."""
        import numpy as np

        if not self.ids:
            return None
        rows = self.matrix[: len(self.ids)]
        similarity = (rows == np.array(signature, dtype=np.uint64)).mean(axis=1)
        for i in np.argsort(-similarity, kind="stable"):
            if similarity[i] < DUPLICATE_JACCARD:
                return None
            if self.ids[i] not in ignore:
                return self.roots.get(self.ids[i]) or self.ids[i]
        return None

    def add(self, sid: str, signature: list[int], original: str | None) -> None:
        import numpy as np

        if len(self.ids) == len(self.matrix):
            self.matrix = np.concatenate([self.matrix, np.zeros_like(self.matrix)])
        self.matrix[len(self.ids)] = signature
        self.ids.append(sid)
        if original:
            self.roots[sid] = original


def _supported() -> str:
    return " ".join(sorted(SUPPORTED_SUFFIXES))
