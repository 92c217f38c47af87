"""Progress of long work: ingest counts chunks embedded and documents stored as it goes (within
one long document too); a report names its stage and the claims checked. Drawn on stderr only
when it is a terminal (`TTY_COMPATIBLE=1` makes rich treat the test's stderr as one)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import verify.corpus.store
import verify.pipeline
from verify.cli import app
from verify.config import get_settings
from verify.corpus.ingest import Counts, ingest_paths
from verify.corpus.store import open_store
from verify.report import check_claims
from verify.types import Claim, ClaimCheck, ClaimKind

pytestmark = pytest.mark.usefixtures("embedder")

runner = CliRunner()


def sentences(n: int, tag: str) -> str:
    return " ".join(f"The {tag} council met on day {i} and voted {i} to {i + 1}." for i in range(n))


def feed(tmp_path: Path) -> list[Path]:
    jsonl = tmp_path / "feed.jsonl"
    rows = [{"title": f"Vote {i}", "text": sentences(3 + i, f"north{i}")} for i in range(3)]
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    text = tmp_path / "long.txt"
    text.write_text("A long day\n\n" + sentences(60, "harbour"))
    return [jsonl, text]


def test_ingest_counts_documents_up_front_and_chunks_as_they_are_embedded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify.corpus.store, "_EMBED_PART", 2)
    seen: list[Counts] = []
    result = ingest_paths(
        feed(tmp_path), open_store(get_settings()), status=lambda c: seen.append(replace(c))
    )
    stored = sum(o.chunks for o in result.outcomes)
    assert [o.status for o in result.outcomes] == ["added"] * 4 and stored > 4
    assert all(c.total_documents == 4 for c in seen)
    assert [c.chunks for c in seen] == sorted(c.chunks for c in seen)
    assert seen[-1] == Counts(documents=4, total_documents=4, chunks=stored, total_chunks=stored)
    mid_batch = [c for c in seen if c.documents == 0 and 0 < c.chunks < c.total_chunks]
    assert len(mid_batch) >= 2  # progress inside one batch, before any document is stored


def test_ingest_bar_on_a_terminal_and_silence_off_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(p) for p in feed(tmp_path)]
    quiet = runner.invoke(app, ["ingest", *paths])
    assert quiet.exit_code == 0, quiet.stderr
    assert quiet.stderr == ""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    again = tmp_path / "again"
    again.mkdir()
    (again / "other.txt").write_text("Another day\n\n" + sentences(20, "river"))
    shown = runner.invoke(app, ["ingest", str(again)])
    assert shown.exit_code == 0, shown.stderr
    [chunks] = [s.chunks for s in open_store(get_settings()).sources() if "other" in s.path]
    assert f"chunks {chunks}/{chunks}" in shown.stderr and "documents 1/1" in shown.stderr


class FakeChecker:
    def __init__(self, told: list[tuple[int, int]]) -> None:
        self.told = told

    def check(self, claim: Claim, **_: Any) -> ClaimCheck:
        self.told.append((-1, -1))  # marks where a check ran among the progress calls
        return ClaimCheck(claim=claim)


def test_check_claims_tells_each_check_worthy_claim() -> None:
    claims = [
        Claim(text="The bridge reopened.", start=0, end=1),
        Claim(text="It is a disgrace.", start=1, end=2, kind=ClaimKind.OPINION, check_worthy=False),
        Claim(text="It cost 2 million.", start=2, end=3),
    ]
    told: list[tuple[int, int]] = []
    checker: Any = FakeChecker(told)
    check_claims(checker, claims, exclude_sources=(), on_claim=lambda d, n: told.append((d, n)))
    assert told == [(0, 2), (-1, -1), (1, 2), (-1, -1), (2, 2)]


def test_report_shows_its_stages_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[Any] = []

    def run_report(article: str, settings: Any, **kwargs: Any) -> str:
        given.append(kwargs["progress"])
        if kwargs["progress"] is not None:
            timings = verify.pipeline.Timings(kwargs["progress"])
            with timings.stage("extract_claims"):
                kwargs["progress"]("check claims 3/12")
        return "report"

    monkeypatch.setattr(verify.pipeline, "run_report", run_report)
    monkeypatch.setattr(verify.pipeline, "render_report", lambda report, fmt: report)
    quiet = runner.invoke(app, ["report", "some-id"])
    assert quiet.exit_code == 0 and quiet.stdout == "report\n" and quiet.stderr == ""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    shown = runner.invoke(app, ["report", "some-id"])
    assert shown.exit_code == 0 and shown.stdout.endswith("report\n")
    assert given[0] is None and callable(given[1])
