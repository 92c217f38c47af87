"""The report pipeline, one line per step, each step timed into `Report.timings`.

    load source -> extract claims -> check each check-worthy claim -> summarize -> render

The LLM (when configured) only extracts claims and phrases the summary; verdicts come from the
stance model and `verify.judge.verdict`, so nothing an LLM writes can change one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from verify.text import unique
from verify.types import ClaimCheck, Report

if TYPE_CHECKING:
    from verify.config import Settings
    from verify.judge.check import Checker
    from verify.llm import LLM


Progress = Callable[[str], None]
"""Told what a report is doing now: a stage's name, or "check claims 3/12"."""


class Timings(dict[str, float]):
    """Seconds per stage, accumulated; `on_stage` is told each stage's name as it starts."""

    def __init__(self, on_stage: Progress | None = None) -> None:
        super().__init__()
        self.on_stage = on_stage

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.on_stage is not None:
            self.on_stage(name.replace("_", " "))
        started = time.perf_counter()
        try:
            yield
        finally:
            self[name] = self.get(name, 0.0) + time.perf_counter() - started


def run_report(
    article: str,
    settings: Settings | None = None,
    *,
    include_outlet: bool = False,
    k: int | None = None,
    llm: LLM | None = None,
    progress: Progress | None = None,
) -> Report:
    """Check every check-worthy claim of ARTICLE (a path or source id) against the other sources.

    `llm` overrides the one the settings name (tests pass `verify.llm.ScriptedLLM`); `progress`
    is told each stage as it starts and each claim as it is checked.
    """
    from verify.config import get_settings
    from verify.judge.check import Checker
    from verify.llm import get_llm
    from verify.report import (
        check_claims,
        excluded_sources,
        own_passages,
        report_flags,
        resolve_article,
    )
    from verify.write.claims import extract_claims
    from verify.write.summarize import summarize

    settings = settings or get_settings()
    t = Timings(progress)
    with t.stage("load_source"):
        checker = Checker.open(settings, load_model=False)
        source, flags = resolve_article(article, checker.store)
        exclude = excluded_sources(source, checker.store, include_outlet=include_outlet)
        ready = checker.store.ready_ids()
        others = len(ready - exclude)
        family = excluded_sources(source, checker.store, include_outlet=True)
        same_outlet = len(ready - family) - others
    with t.stage("load_models"):
        checker.load_model()
        llm = llm if llm is not None else get_llm(settings)
    with t.stage("extract_claims"):
        extraction = extract_claims(source, settings, llm=llm, progress=progress)
    with t.stage("check_claims"):
        checks = check_claims(
            checker, extraction.claims, exclude_sources=exclude, k=k, on_claim=_claims(progress)
        )
    with t.stage("summarize"):
        summary, summary_flags = summarize(
            source, checks, own_passages(checker.store, source), llm, entails_by(checker)
        )
    # extraction.flags already carry the article's injection flags (`extract_claims`)
    flags += list(extraction.flags) + evidence_injection_flags(checks) + summary_flags
    flags += report_flags(source, checks, others, same_outlet)
    return Report(source=source, claims=checks, summary=summary, flags=unique(flags), timings=t)


def render_report(report: Report, fmt: str) -> str:
    """The report as md, json or html; the render time is added to `report.timings` afterwards."""
    from verify.render import render_html, render_json, render_markdown

    renderers = {"md": render_markdown, "json": render_json, "html": render_html}
    started = time.perf_counter()
    text = renderers[fmt](report)
    report.timings["render"] = time.perf_counter() - started
    return text


def entails_by(checker: Checker) -> Callable[[Sequence[tuple[str, str]]], list[bool]]:
    """The product's support judgement (`verify.judge.support`) as the judge of summary sentences:
    does the passage clearly support the sentence, facts included?"""
    from verify.judge.support import supported

    def entails(pairs: Sequence[tuple[str, str]]) -> list[bool]:
        return supported(checker.stance, pairs, checker.rules)

    return entails


def evidence_injection_flags(checks: Sequence[ClaimCheck]) -> list[str]:
    """One flag per instruction-like snippet in the passages other sources gave as evidence."""
    from verify.write.injection import injection_flags

    passages: dict[str, str] = {}
    for check in checks:
        for ev in check.evidence:
            passages.setdefault(ev.chunk_id, ev.passage.text)
    return [f for cid, text in passages.items() for f in injection_flags(text, f"passage {cid}")]


def _claims(progress: Progress | None) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(f"check claims {done}/{total}")
