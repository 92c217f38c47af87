"""Rendering a `Report`: Markdown for the terminal, JSON with a stable schema, one HTML page.

The JSON layout is documented in docs/report-schema.md and defined once, by the output models
of `verify.render.schema`; `report_to_dict`, `check_to_dict` and `render_json` dump them.
The HTML page is self-contained (inline CSS, no scripts, no external resources) so it opens from
disk with no server.
"""

from __future__ import annotations

import json
from typing import Any

from verify.judge.verdict import covers_claim
from verify.render.pages import VERDICT_LABELS  # noqa: F401  (re-exported for older callers)
from verify.render.schema import SCHEMA_VERSION, ClaimOut, ReportOut  # noqa: F401  (re-exported)
from verify.types import ClaimCheck, Evidence, Report, Stance, Summary, Writer

# ---- JSON ----------------------------------------------------------------------------------


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report in the documented JSON layout (docs/report-schema.md, `ReportOut`)."""
    return ReportOut.of(report).model_dump(mode="json")


def uncounted_note(ev: Evidence) -> str:
    """A note for a reading the verdict did not count: support whose text leaves out the claim,
    or one of its facts; a refutation that does not address the claim (the why line says how)."""
    if ev.stance is Stance.REFUTES and ev.counted is False:
        return " (not counted)"
    if ev.stance is not Stance.SUPPORTS or ev.counted is True:
        return ""
    if ev.coverage is not None and not covers_claim(ev.coverage):
        return f" (not counted: {ev.coverage:.0%} of the claim's words)"
    if ev.counted is False and ev.missing:
        return f" (not counted: does not mention {', '.join(ev.missing[:3])})"
    return " (not counted)" if ev.counted is False else ""


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2)


def check_to_dict(check: ClaimCheck) -> dict[str, Any]:
    """One `verify check` result in the layout of a report's claim entry (`ClaimOut`)."""
    return ClaimOut.of(check).model_dump(mode="json")


# ---- Markdown ------------------------------------------------------------------------------


def render_markdown(report: Report) -> str:
    src = report.source
    meta = ", ".join(x for x in [src.outlet, src.date or "", f"id {src.id}"] if x)
    lines = [f"# {src.title or src.path or src.id}", "", meta, "", "## Summary", ""]
    lines += _summary_markdown(report.summary)
    lines += ["", "## Claims", ""]
    for number, check in enumerate(report.claims, 1):
        lines += claim_markdown(check, number)
    if report.flags:
        lines += ["## Flags", "", *[f"- {flag}" for flag in report.flags], ""]
    return "\n".join(lines).rstrip() + "\n"


def _summary_markdown(summary: Summary) -> list[str]:
    if not summary.text.strip():
        return ["_No claim could be checked against other sources._"]
    return [*summary.text.splitlines(), "", writers_line(summary)]


def writers_line(summary: Summary) -> str:
    """Who wrote the summary: "_Written by the LLM: 5 of 7 sentences (the others extractive:
    the claim and its evidence quote)._" """
    by_llm = sum(s.writer is Writer.LLM for s in summary.sentences)
    total = len(summary.sentences)
    if by_llm == 0:
        return "_Extractive summary: each claim with its evidence quote._"
    if by_llm == total:
        return (
            f"_Written by the LLM: all {total} sentences passed the citation and support checks._"
        )
    return (
        f"_Written by the LLM: {by_llm} of {total} sentences passed the citation and support "
        "checks; the others are extractive (the claim and its evidence quote)._"
    )


MARKDOWN_EVIDENCE = 3
"""Evidence lines per claim in Markdown (deciding passages come first); JSON has them all."""


def claim_markdown(
    check: ClaimCheck, number: int | None = None, max_evidence: int = MARKDOWN_EVIDENCE
) -> list[str]:
    """A claim with its verdict, reason and evidence quotes, as Markdown lines."""
    claim = check.claim
    prefix = f"{number}. " if number is not None else ""
    who = f" (according to {claim.attribution})" if claim.attribution else ""
    if check.verdict is None:
        head = f"{prefix}_not checked ({claim.kind.value})_ {claim.text}{who}"
        return [head, ""]
    sources = f"{check.independent_sources} independent source"
    sources += "" if check.independent_sources == 1 else "s"
    sure = f"{check.confidence:.2f}, " if check.confidence is not None else ""
    head = f"{prefix}**{check.verdict.value}** ({sure}{sources}) {claim.text}{who}"
    lines = [head]
    if check.reason:
        lines.append(f"   - why: {check.reason}")
    for ev in check.evidence[:max_evidence]:
        lines.append(
            f"   - {ev.stance.value} {ev.score:.2f}{uncounted_note(ev)} \u2014 "
            f"{ev.outlet or ev.source_id} "
            f"[{ev.chunk_id}]: \u201c{ev.quote}\u201d"
        )
    hidden = len(check.evidence) - max_evidence
    if hidden > 0:
        lines.append(f"   - ({hidden} more passage{'s' if hidden > 1 else ''} in --format json)")
    return [*lines, ""]


# ---- HTML ----------------------------------------------------------------------------------


def render_html(report: Report) -> str:
    """One self-contained page (inline CSS, no script, no external resource), the design of
    `verify serve`'s report page; links point inside the page (`verify.render.pages`)."""
    from verify.render.pages import report_page

    return report_page(report)


def highlight_claims(text: str, claims: list[ClaimCheck]) -> str:
    """The article text, escaped, with each claim span inside <mark data-claims> elements."""
    from verify.render.pages import article_html

    return article_html(text, claims)
