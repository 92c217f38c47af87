"""The library behind `verify serve`: store and models opened once, reports run in the background.

A `Service` holds one `Checker` (store + stance model) and an `Asker` sharing them, so a check or
a question costs the work itself, not a model load. Everything that touches the store or a model
runs under one lock (torch and the store's writers are used from one thread at a time), except
reads of source records, so pages stay quick while a report runs. A report runs in a background
thread, tells its progress to its `ReportJob`, and its result is kept in memory per source
until the store changes.

Requests never name a file: sources are addressed by id (16 hex digits, checked), and an upload
is written under `VERIFY_HOME/uploads/<random>/` with a name made of safe characters only.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.config import Settings, get_settings
from verify.errors import InputError, VerifyError

if TYPE_CHECKING:
    from verify.judge.check import Checker
    from verify.llm import LLM
    from verify.types import Answer, ClaimCheck, Report
    from verify.write.ask import Asker

log = logging.getLogger(__name__)

SOURCE_FIELDS = {"id", "title", "outlet", "date", "path", "chunks", "duplicate_of", "duplicates"}
"""The fields of `verify sources --json`."""
MAX_UPLOAD_BYTES = 10_000_000
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_STAGES = {"load source": 3, "load models": 6, "extract claims": 10, "summarize": 97}


class NotFound(InputError):
    """An id that names nothing in the store (HTTP 404)."""


class JobStatus(StrEnum):
    """Where a report job stands (the `status` of its JSON)."""

    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@dataclass
class ReportJob:
    """One report being made or made: what it is doing now, and its result or error."""

    source_id: str
    generation: str
    stage: str = "waiting for other work to finish"
    percent: int = 0
    started: float = field(default_factory=time.monotonic)
    report: Report | None = None
    error: tuple[str, str] | None = None

    @property
    def status(self) -> JobStatus:
        if self.report:
            return JobStatus.DONE
        return JobStatus.FAILED if self.error else JobStatus.RUNNING

    def tell(self, stage: str) -> None:
        self.stage = stage
        self.percent = max(self.percent, stage_percent(stage))

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "source_id": self.source_id}
        out |= {"stage": self.stage, "percent": 100 if self.report else self.percent}
        out["seconds"] = round(time.monotonic() - self.started, 1)
        if self.error:
            out |= {"error": self.error[0], "hint": self.error[1]}
        return out


def stage_percent(stage: str) -> int:
    """Rough progress of a report from its stage ("check claims 3/12" -> 10 + 85 * 3/12)."""
    found = re.fullmatch(r"check claims (\d+)/(\d+)", stage)
    if found:
        done, total = int(found.group(1)), max(1, int(found.group(2)))
        return 10 + 85 * done // total
    return _STAGES.get(stage, 0)


class Service:
    """Store, stance model, embedder and LLM loaded once; what the web app calls."""

    def __init__(self, settings: Settings | None = None) -> None:
        from verify.judge.check import Checker
        from verify.write.ask import Asker

        self.settings = settings or get_settings()
        self.checker: Checker = Checker.open(self.settings, load_model=False)
        self.asker: Asker = Asker(self.checker.store, self.settings)
        self.llm: LLM | None = None
        self.jobs: dict[str, ReportJob] = {}
        self._work = threading.Lock()
        self._jobs = threading.Lock()
        self.uploads = self.settings.home / "uploads"

    def warm(self) -> None:
        """Load every model now (stance, embedder, LLM, keyword index), not on the first request."""
        from verify.corpus.embed import get_embedder
        from verify.corpus.search import bm25_index
        from verify.judge.check import validate_claim
        from verify.llm import get_llm

        with self.working():
            self.asker._model = self.checker.load_model()
            get_embedder(self.settings.torch_threads())
            validate_claim("The model loads now.")  # spaCy, which checks every claim
            self.llm = get_llm(self.settings)
            if self.checker.store.ready_ids():
                bm25_index(self.checker.store)

    @contextmanager
    def working(self) -> Iterator[None]:
        """One piece of store or model work at a time, on a store that sees other processes."""
        with self._work:
            self.checker.store.refresh()
            yield

    # ---- sources -------------------------------------------------------------------------

    def sources(self) -> list[dict[str, Any]]:
        return [s.model_dump(include=SOURCE_FIELDS) for s in self.checker.store.sources()]

    def source(self, source_id: str) -> dict[str, Any]:
        """A source with its text and chunks (offsets into the text)."""
        sid = self.known(source_id)
        source = self.checker.store.get_source(sid)
        chunks = self.checker.store.chunks_of(sid)
        return source.model_dump() | {"chunks": [c.model_dump() for c in chunks]}

    def known(self, source_id: str) -> str:
        """The id when it names a committed source; NotFound otherwise (nothing else is tried)."""
        from verify.corpus.ingest import is_source_id

        if not is_source_id(source_id):
            raise NotFound(f"{source_id[:40]!r} is not a source id", "ids are 16 hex digits")
        if not self.checker.store.has_source(source_id):
            raise NotFound(f"no source with id {source_id!r}", "list them at /api/sources")
        return source_id

    def ingest_upload(self, filename: str, data: bytes, outlet: str | None = None) -> list[dict]:
        """Store an uploaded file under uploads/ and ingest it like `verify ingest`."""
        from verify.corpus.ingest import ingest_paths

        path = self._upload_path(filename, len(data))
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
        with self.working():
            result = ingest_paths([path], self.checker.store, outlet=outlet or None)
        return result.as_json()

    def _upload_path(self, filename: str, size: int) -> Path:
        from verify.corpus.ingest import SUPPORTED_SUFFIXES

        name = _SAFE_NAME.sub("_", Path(filename.replace("\\", "/")).name).strip("._")[-100:]
        suffix = Path(name).suffix.lower()
        if not name or suffix not in SUPPORTED_SUFFIXES:
            raise InputError(
                f"cannot ingest {filename[:80]!r}: not a supported file type",
                f"upload one of {', '.join(sorted(SUPPORTED_SUFFIXES))}",
            )
        if size == 0:
            raise InputError(f"{name} is empty", "upload a file with article text")
        if size > MAX_UPLOAD_BYTES:
            raise InputError(f"{name} is over 10 MB", "upload one article at a time")
        return self.uploads / uuid.uuid4().hex / name

    def remove(self, source_id: str) -> dict[str, Any]:
        sid = self.known(source_id)
        with self.working():
            source = self.checker.store.remove(sid)
        with self._jobs:
            self.jobs.pop(sid, None)
        return source.model_dump(include=SOURCE_FIELDS)

    def search(self, query: str, k: int | None = None) -> list[dict[str, Any]]:
        """`verify search --json`: whole passages, best first."""
        from verify.corpus.search import search_matches
        from verify.judge.check import validate_k

        if not query.strip():
            raise InputError("the search text is empty", "give words to look for")
        k = validate_k(k, self.settings)
        with self.working():
            found = search_matches(self.checker.store, query, k)
        return [p.model_dump() for p, _ in found]

    # ---- check, ask ------------------------------------------------------------------------

    def check(self, text: str, k: int | None = None) -> ClaimCheck:
        """`verify check`: one claim against every source."""
        from verify.judge.check import require_sources, validate_claim, validate_k
        from verify.types import Claim

        claim = validate_claim(text)
        k = validate_k(k, self.settings)
        with self.working():
            require_sources(self.checker.store)
            return self.checker.check(Claim(text=claim, start=0, end=len(claim)), k=k)

    def ask(self, question: str, k: int | None = None, sources: list[str] | None = None) -> Answer:
        """`verify ask`: an answer with checked citations, or why there is none."""
        from verify.judge.check import require_sources, validate_k
        from verify.write.ask import validate_question

        question = validate_question(question)
        k = validate_k(k, self.settings)
        with self.working():
            require_sources(self.asker.store)
            return self.asker.ask(question, llm=self.llm, k=k, sources=sources or None)

    def titles(self) -> dict[str, str]:
        return self.asker.titles()

    # ---- reports ---------------------------------------------------------------------------

    def report_job(self, source_id: str, *, start: bool = True) -> ReportJob | None:
        """The report job for a source: the finished one while the store is unchanged, else a
        new one started in the background (`start=False`: None instead). A running job is
        answered at once, without waiting for the store."""
        with self._jobs:
            running = self.jobs.get(source_id)
        if running is not None and running.status is JobStatus.RUNNING:
            return running
        sid = self.known(source_id)
        generation = self.checker.store.generation()
        with self._jobs:
            job = self.jobs.get(sid)
            stale = (
                job is not None
                and job.status is not JobStatus.RUNNING
                and job.generation != generation
            )
            if job is None or stale:
                if not start:
                    return None
                job = self.jobs[sid] = ReportJob(sid, generation)
                threading.Thread(target=self._run, args=(job,), daemon=True).start()
            return job

    def _run(self, job: ReportJob) -> None:
        from verify.corpus.ingest import file_or_source_id
        from verify.pipeline import run_report

        try:
            with self.working():
                if isinstance(file_or_source_id(job.source_id), Path):  # run_report reads it
                    raise InputError("a file in the server's folder has this id's name", "")
                job.report = run_report(
                    job.source_id, self.settings, llm=self.llm, progress=job.tell
                )
        except VerifyError as exc:
            job.error = (exc.message, exc.hint)
        except Exception as exc:  # a bug: shown on the page, traceback in the server log
            log.exception("report for %s failed", job.source_id)
            job.error = (f"unexpected {type(exc).__name__}: {exc}", "see the server log")

    def wait_report(self, source_id: str, timeout: float = 300.0) -> ReportJob:
        """Start (or find) a report and wait for it: for scripts and tests."""
        job = self.report_job(source_id)
        assert job is not None
        deadline = time.monotonic() + timeout
        while job.status is JobStatus.RUNNING and time.monotonic() < deadline:
            time.sleep(0.1)
        return job


def run_server(service: Service, host: str, port: int, on_ready: Callable[[], None]) -> None:
    """Serve the web app with uvicorn until interrupted."""
    import uvicorn

    from verify.serve.web import create_app

    config = uvicorn.Config(create_app(service, host), host=host, port=port, log_level="warning")
    server = uvicorn.Server(config)
    on_ready()
    server.run()
