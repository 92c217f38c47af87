"""Rendering a `Report`: Markdown for the terminal, JSON with a stable schema, one HTML page.

The JSON layout is documented in docs/report-schema.md; `report_to_dict` is its one definition.
The HTML page is self-contained (inline CSS, no scripts, no external resources) so it opens from
disk with no server.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from verify.types import ClaimCheck, Evidence, Report, Stance, Summary, Verdict
from verify.verdict import covers_claim

SCHEMA_VERSION = 1

VERDICT_LABELS = {
    Verdict.SUPPORTED: "supported",
    Verdict.REFUTED: "refuted",
    Verdict.CONFLICTING: "conflicting",
    Verdict.NOT_ENOUGH_EVIDENCE: "not enough evidence",
}


# ---- JSON ----------------------------------------------------------------------------------


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report in the documented JSON layout (docs/report-schema.md)."""
    src = report.source
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "id": src.id,
            "title": src.title,
            "outlet": src.outlet,
            "date": src.date,
            "path": src.path,
            "text": src.text,
            "duplicates": [*([src.duplicate_of] if src.duplicate_of else []), *src.duplicates],
        },
        "claims": [_claim_dict(check) for check in report.claims],
        "summary": {
            "text": report.summary.text,
            "sentences": [s.model_dump() for s in report.summary.sentences],
            "citations": [c.model_dump() for c in report.summary.citations],
        },
        "flags": list(report.flags),
        "timings": {k: round(v, 3) for k, v in report.timings.items()},
    }


def _claim_dict(check: ClaimCheck) -> dict[str, Any]:
    claim = check.claim
    checked = check.verdict is not None
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind.value,
        "attribution": claim.attribution,
        "check_worthy": claim.check_worthy,
        "verdict": check.verdict.value if checked else None,
        "confidence": None if check.confidence is None else round(check.confidence, 4),
        "independent_sources": check.independent_sources if checked else None,
        "reason": check.reason,
        "evidence": [_evidence_dict(ev) for ev in check.evidence],
    }


def _evidence_dict(ev: Evidence) -> dict[str, Any]:
    return {
        "chunk_id": ev.chunk_id,
        "source_id": ev.source_id,
        "outlet": ev.outlet,
        "passage": ev.passage,
        "quote": ev.quote,
        "stance": ev.stance.value,
        "score": round(ev.score, 4),
        "coverage": None if ev.coverage is None else round(ev.coverage, 4),
        "counted": ev.counted,
        "matched": ev.matched,
        "conflicting": [c.model_dump(mode="json") for c in ev.conflicting],
        "missing": ev.missing,
    }


def _confidence_html(confidence: float | None) -> str:
    return "" if confidence is None else f"confidence {confidence:.2f}, "


def uncounted_note(ev: Evidence) -> str:
    """A note for support the verdict did not count: the text leaves out the claim, or one of
    its facts."""
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
    """One `verify check` result in the layout of a report's claim entry."""
    return _claim_dict(check)


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
    return summary.text.splitlines()


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

_CSS = """
body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;
color:#222;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}
.meta{color:#666;font-size:.9rem}
.article,.summary{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:1rem}
mark{padding:0 .1rem;border-radius:.2rem}
.v-supported{background:#c8f0c8}.v-refuted{background:#f7c1c1}
.v-conflicting{background:#f8e3a3}.v-nei{background:#dde3f0}.v-none{background:#eee}
.badge{font:bold .75rem sans-serif;padding:.1rem .4rem;border-radius:.3rem;white-space:nowrap}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #bbb;color:#333}
.src{color:#666;font-size:.85rem}.unverified{color:#a00}
.legend mark{margin-right:.5rem}
"""

_CLASS = {
    Verdict.SUPPORTED: "v-supported",
    Verdict.REFUTED: "v-refuted",
    Verdict.CONFLICTING: "v-conflicting",
    Verdict.NOT_ENOUGH_EVIDENCE: "v-nei",
    None: "v-none",
}


def render_html(report: Report) -> str:
    src = report.source
    title = escape(src.title or src.path or src.id)
    meta = escape(", ".join(x for x in [src.outlet, src.date or "", f"id {src.id}"] if x))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Report: {title}</title><style>{_CSS}</style></head><body>",
        f'<h1>{title}</h1><p class="meta">{meta}</p>',
        _legend_html(),
        "<h2>Summary</h2>",
        _summary_html(report.summary),
        "<h2>Article</h2>",
        f'<div class="article">{highlight_claims(src.text, report.claims)}</div>',
        "<h2>Claims</h2><ol>",
        *[_claim_html(check, number) for number, check in enumerate(report.claims, 1)],
        "</ol>",
    ]
    if report.flags:
        parts += ["<h2>Flags</h2><ul>", *[f"<li>{escape(f)}</li>" for f in report.flags], "</ul>"]
    parts.append("</body></html>")
    return "\n".join(parts)


def _legend_html() -> str:
    items = [f'<mark class="{_CLASS[v]}">{VERDICT_LABELS[v]}</mark>' for v in Verdict]
    items.append(f'<mark class="{_CLASS[None]}">not checked</mark>')
    return f'<p class="legend">{"".join(items)}</p>'


def highlight_claims(text: str, claims: list[ClaimCheck]) -> str:
    """The article text, escaped, with each claim span inside <mark> elements.

    Overlapping spans are cut at every boundary; each piece is one <mark> whose `data-claims`
    lists every claim covering it, coloured by the first of them.
    """
    bounds = {0, len(text)}
    for check in claims:
        bounds |= {_clamp(check.claim.start, text), _clamp(check.claim.end, text)}
    cuts = sorted(bounds)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [
            n for n, c in enumerate(claims, 1) if c.claim.start <= a and b <= c.claim.end and a < b
        ]
        piece = escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        first = claims[covering[0] - 1]
        ids = " ".join(str(n) for n in covering)
        label = VERDICT_LABELS.get(first.verdict, "not checked") if first.verdict else "not checked"
        out.append(
            f'<mark class="{_CLASS[first.verdict]}" data-claims="{ids}" '
            f'title="{escape(label)}"><a href="#claim-{covering[0]}">{piece}</a></mark>'
        )
    return "".join(out)


def _clamp(offset: int, text: str) -> int:
    return max(0, min(offset, len(text)))


def _claim_html(check: ClaimCheck, number: int) -> str:
    claim = check.claim
    css = _CLASS[check.verdict]
    if check.verdict is None:
        badge = f'<span class="badge {css}">not checked ({escape(claim.kind.value)})</span>'
    else:
        badge = (
            f'<span class="badge {css}">{escape(VERDICT_LABELS[check.verdict])}</span> '
            f'<span class="src">{_confidence_html(check.confidence)}'
            f"{check.independent_sources} independent source(s)</span>"
        )
    who = ""
    if claim.attribution:
        who = f' <span class="src">according to {escape(claim.attribution)}</span>'

    reason = f'<div class="src">{escape(check.reason)}</div>' if check.reason else ""
    evidence = "".join(_evidence_html(ev) for ev in check.evidence)
    return f'<li id="claim-{number}">{badge} {escape(claim.text)}{who}{reason}{evidence}</li>'


def _evidence_html(ev: Evidence) -> str:
    source = escape(ev.outlet or ev.source_id)
    return (
        f'<blockquote class="evidence" data-chunk="{escape(ev.chunk_id)}">'
        f'<span class="quote">{escape(ev.quote)}</span><br>'
        f'<span class="src">\u2014 {source}, {escape(ev.chunk_id)}: '
        f"{escape(ev.stance.value)} {ev.score:.2f}{escape(uncounted_note(ev))}</span></blockquote>"
    )


def _summary_html(summary: Summary) -> str:
    if not summary.text.strip():
        return "<p><em>No claim could be checked against other sources.</em></p>"
    return f'<div class="summary">{escape(summary.text)}</div>'
