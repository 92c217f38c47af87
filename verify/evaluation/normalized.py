"""Benchmarks in the shared `normalized/` format: reading them, indexing a corpus, scoring.

    corpus.jsonl  {"doc_id", "title", "sentences": [...]}          (text = " ".join(sentences))
    claims.jsonl  {"id", "claim", "label", "evidence": [{"doc_id", "sentences": [...]}]}
    qrels.tsv     query-id <tab> corpus-id <tab> score             (optional, BEIR layout)

A malformed row never stops a run: it is logged with its file and line number, skipped, and
counted in the scorecard. Each corpus is indexed into its own store under
`$VERIFY_HOME/eval-stores/<name>/` (a copy of the settings with `home` moved there), so the
user's own store is never touched; a `complete.json` marker records which corpus file (sha256)
and chunking the store was built from, and a matching marker skips the ingest next time.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.errors import InputError
from verify.text import unique
from verify.types import Verdict

if TYPE_CHECKING:
    from verify.config import Settings

log = logging.getLogger(__name__)

Progress = Callable[[str], None]

GOLD_LABELS = {
    "SUPPORTED": Verdict.SUPPORTED.value,
    "SUPPORTS": Verdict.SUPPORTED.value,
    "REFUTED": Verdict.REFUTED.value,
    "REFUTES": Verdict.REFUTED.value,
    "NOT ENOUGH INFO": Verdict.NOT_ENOUGH_EVIDENCE.value,
    "NOT_ENOUGH_INFO": Verdict.NOT_ENOUGH_EVIDENCE.value,
    "NOT_ENOUGH_EVIDENCE": Verdict.NOT_ENOUGH_EVIDENCE.value,
    "NEI": Verdict.NOT_ENOUGH_EVIDENCE.value,
    "DISPUTED": "DISPUTED",
    "CONFLICTING": Verdict.CONFLICTING.value,
}
"""Gold label spellings -> our verdict names; DISPUTED (Climate-FEVER) is kept as its own class."""

CHUNKS_PER_QUERY = 40
"""Chunks retrieved per query for document-level ranking: a document may fill several slots."""


@dataclass
class Skipped:
    file: str
    line: int
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "reason": self.reason}


@dataclass
class Doc:
    doc_id: str
    title: str
    text: str


@dataclass
class GoldClaim:
    id: str
    claim: str
    label: str
    evidence_docs: list[str] = field(default_factory=list)


@dataclass
class Benchmark:
    """A corpus and its claims, with the rows that could not be read."""

    name: str
    corpus_path: Path
    docs: list[Doc]
    claims: list[GoldClaim]
    qrels: dict[str, set[str]] | None = None
    skipped: list[Skipped] = field(default_factory=list)

    @classmethod
    def read(
        cls,
        name: str,
        corpus: Path,
        claims: Path,
        qrels: Path | None = None,
        keep: Callable[[GoldClaim], bool] = lambda claim: True,
    ) -> Benchmark:
        """The benchmark in these files (`keep` chooses claims, e.g. a held-out split); rows
        that cannot be read are skipped and listed in `skipped`."""
        skipped: list[Skipped] = []
        docs = read_corpus(corpus, skipped)
        chosen = [c for c in read_claims(claims, skipped) if keep(c)]
        relevant = read_qrels(qrels, skipped) if qrels is not None else None
        return cls(name, corpus, docs, chosen, relevant, skipped)


# --- reading ------------------------------------------------------------------------------------


def require_file(path: Path, suite: str, what: str) -> Path:
    """`path` if it is a file; otherwise a one-line InputError naming the suite and the file."""
    if not path.is_file():
        raise InputError(
            f"suite {suite}: expected {what} at {path}, but there is no such file",
            "pass --data DIR pointing at a folder laid out like shared/data "
            "(or set VERIFY_EVAL_DATA)",
        )
    return path


def jsonl_rows(path: Path, skipped: list[Skipped]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) per non-empty line; a line that is not a JSON object is skipped."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                skip_row(skipped, path, number, f"not JSON ({exc.msg})")
                continue
            if not isinstance(row, dict):
                skip_row(skipped, path, number, "not a JSON object")
                continue
            yield number, row


def skip_row(skipped: list[Skipped], path: Path, line: int, reason: str) -> None:
    log.info("%s line %d: %s; row skipped", path, line, reason)
    skipped.append(Skipped(str(path), line, reason))


def read_corpus(path: Path, skipped: list[Skipped]) -> list[Doc]:
    """Documents of a normalized corpus (`sentences`; a plain `text` or `abstract` also works)."""
    docs: list[Doc] = []
    seen: set[str] = set()
    for number, row in jsonl_rows(path, skipped):
        doc_id = row.get("doc_id")
        body = row.get("sentences", row.get("abstract", row.get("text")))
        if isinstance(body, list) and all(isinstance(s, str) for s in body):
            body = " ".join(s.strip() for s in body)
        if doc_id is None or not isinstance(body, str):
            skip_row(skipped, path, number, "needs 'doc_id' and 'sentences' (a list of strings)")
            continue
        text = " ".join(body.split())
        if not text or str(doc_id) in seen:
            reason = "empty text" if not text else f"duplicate doc_id {doc_id}"
            skip_row(skipped, path, number, reason)
            continue
        seen.add(str(doc_id))
        docs.append(Doc(str(doc_id), " ".join(str(row.get("title") or "").split()), text))
    return docs


def read_claims(path: Path, skipped: list[Skipped]) -> list[GoldClaim]:
    """Labelled claims; an unknown label or a missing claim text skips the row."""
    claims: list[GoldClaim] = []
    for number, row in jsonl_rows(path, skipped):
        text, label = row.get("claim"), GOLD_LABELS.get(str(row.get("label", "")).upper())
        if not isinstance(text, str) or not text.strip() or label is None:
            why = (
                "no 'claim' text"
                if not isinstance(text, str) or not text.strip()
                else (
                    f"unknown label {row.get('label')!r} "
                    "(SUPPORTED / REFUTED / NOT ENOUGH INFO / DISPUTED)"
                )
            )
            skip_row(skipped, path, number, why)
            continue
        evidence = row.get("evidence") or []
        docs = [str(e["doc_id"]) for e in evidence if isinstance(e, dict) and "doc_id" in e]
        claim_id = str(row.get("id", number))
        claims.append(GoldClaim(claim_id, " ".join(text.split()), label, unique(docs)))
    return claims


def read_qrels(path: Path, skipped: list[Skipped]) -> dict[str, set[str]]:
    """query id -> relevant doc ids (score > 0) from a BEIR-style TSV with a header line."""
    qrels: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            parts = line.rstrip("\n").split("\t")
            if number == 1 and parts[0] == "query-id" or not line.strip():
                continue
            try:
                query, doc, score = parts[0], parts[1], float(parts[2])
            except (IndexError, ValueError):
                skip_row(skipped, path, number, "expected query-id, corpus-id, score")
                continue
            if score > 0:
                qrels.setdefault(query, set()).add(doc)
    return qrels


# --- the eval store -----------------------------------------------------------------------------


def eval_settings(settings: Settings, name: str) -> Settings:
    """Settings whose store, BM25 cache and logs live in `$VERIFY_HOME/eval-stores/<name>`."""
    home = settings.home / "eval-stores" / name
    return settings.model_copy(update={"home": home, "chroma_url": None, "collection": "verify"})


def doc_text(doc: Doc) -> str:
    """What is stored for a document: the title as its first line, then the text."""
    return f"{doc.title}\n\n{doc.text}" if doc.title else doc.text


def doc_source_ids(docs: Sequence[Doc]) -> dict[str, list[str]]:
    """Store source id -> the doc ids with that text (ids are content hashes, see ingest)."""
    from verify.corpus.ingest import source_id

    mapping: dict[str, list[str]] = {}
    for doc in docs:
        mapping.setdefault(source_id(doc_text(doc)), []).append(doc.doc_id)
    return mapping


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_store(
    docs: Sequence[Doc],
    settings: Settings,
    fingerprint: dict[str, Any],
    progress: Progress | None = None,
) -> tuple[Any, bool]:
    """The eval store holding `docs`, ingesting what is missing; (store, reused)."""
    from verify.corpus.ingest import Article, IngestStatus, ingest_articles
    from verify.corpus.store import open_store

    marker = settings.home / "complete.json"
    fingerprint = {
        **fingerprint,
        "docs": len(docs),
        "chunk_chars": settings.chunk_chars,
        "overlap": settings.chunk_overlap_sentences,
    }
    store = open_store(settings)
    if _read_marker(marker) == fingerprint:
        return store, True
    articles = [
        Article(text=doc_text(d), path=f"doc:{d.doc_id}", title=d.title, outlet=d.title)
        for d in docs
    ]
    step, shown = max(1, len(articles) // 20), [0]

    def report(done: int, total: int) -> None:
        if progress is not None and done != shown[0] and (done - shown[0] >= step or done == total):
            shown[0] = done
            progress(f"indexed {done}/{total} documents into {settings.store_dir}")

    outcomes = ingest_articles(articles, store, progress=report)
    failed = [o for o in outcomes if o.status is IngestStatus.FAILED]
    if failed:
        log.warning("%d documents could not be indexed, e.g. %s", len(failed), failed[0].reason)
    marker.write_text(json.dumps(fingerprint, indent=2) + "\n", encoding="utf-8")
    return store, False


def _read_marker(path: Path) -> dict[str, Any] | None:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


# --- retrieval ----------------------------------------------------------------------------------


def ranked_docs(store: Any, query: str, sources: dict[str, list[str]], depth: int) -> list[str]:
    """Doc ids in the order their best chunk was retrieved, at most `depth`."""
    from verify.corpus.search import search

    ranking: list[str] = []
    for passage in search(store, query, CHUNKS_PER_QUERY):
        for doc_id in sources.get(passage.source_id, []):
            if doc_id not in ranking:
                ranking.append(doc_id)
    return ranking[:depth]


def corpus_fingerprint(path: Path) -> dict[str, Any]:
    """What a complete eval store records about the corpus file it was built from."""
    return {"corpus": str(path.resolve()), "sha256": file_sha256(path)}
