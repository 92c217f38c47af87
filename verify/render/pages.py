"""HTML pages: the report page (static `--format html` and `verify serve`), and the pieces the
web app reuses (claim cards, evidence, the article with its cited chunk).

Every piece of text from an article, a claim, a passage or a flag goes through `html.escape`;
no page has a script or an external resource, so a report opens from disk and offline. Clicking
a claim works without scripts: each claim card is a `:target` of a link, and CSS opens its
evidence. Text blocks carry `dir="auto"` so Arabic or Hebrew reads right to left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote as url_quote
from urllib.parse import urlencode

from verify.types import ClaimCheck, Evidence, FactConflict, Report, Stance, Summary, Verdict

VERDICT_LABELS = {
    Verdict.SUPPORTED: "supported",
    Verdict.REFUTED: "refuted",
    Verdict.CONFLICTING: "conflicting",
    Verdict.NOT_ENOUGH_EVIDENCE: "not enough evidence",
}
VERDICT_CLASS = {
    Verdict.SUPPORTED: "v-supported",
    Verdict.REFUTED: "v-refuted",
    Verdict.CONFLICTING: "v-conflicting",
    Verdict.NOT_ENOUGH_EVIDENCE: "v-nei",
    None: "v-none",
}
STANCE_CLASS = {
    Stance.SUPPORTS: "s-supports",
    Stance.REFUTES: "s-refutes",
    Stance.NEUTRAL: "s-neutral",
}

CSS = """
:root{--fg:#1d1f23;--muted:#5c6370;--line:#dfe3e8;--bg:#fff;--panel:#f7f8fa;
--sup:#1a7f37;--sup-bg:#dcf4e2;--ref:#c0262d;--ref-bg:#fde2e1;--con:#9a6200;--con-bg:#fff0c7;
--nei:#44546f;--nei-bg:#e4e9f2;--none-bg:#eef0f2;--link:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",
"Noto Sans Arabic",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
header.top{padding:1rem 1.25rem;border-bottom:1px solid var(--line);background:var(--panel)}
nav.app{display:flex;gap:1rem;flex-wrap:wrap;padding:.5rem 1.25rem;background:#1d2733}
nav.app a{color:#fff;text-decoration:none;font-weight:600}
h1{font-size:1.45rem;line-height:1.25;margin:.2rem 0}
h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);
margin:1.4rem 0 .6rem}
h3{font-size:1rem;margin:1rem 0 .3rem}
.meta,.muted{color:var(--muted);font-size:.9rem}
main{padding:.6rem 1.25rem 2rem}
.cols{display:grid;grid-template-columns:minmax(0,1.05fr) minmax(0,1fr);gap:1.5rem}
.article-col{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;
padding-right:.5rem}
.article{white-space:pre-wrap;font-family:Georgia,"Noto Serif","Noto Naskh Arabic",serif;
font-size:1.05rem;line-height:1.7;unicode-bidi:plaintext}
.article mark{border-radius:.2rem;padding:.05rem 0;color:inherit}
.article mark a{color:inherit;text-decoration:none}
.article mark.v-none{background:none;border-bottom:2px dotted #9aa1ab}
.v-supported{background:var(--sup-bg)}.v-refuted{background:var(--ref-bg)}
.v-conflicting{background:var(--con-bg)}.v-nei{background:var(--nei-bg)}
.v-none{background:var(--none-bg)}
.badge{display:inline-block;font:700 .72rem/1.6 system-ui,sans-serif;text-transform:uppercase;
letter-spacing:.03em;padding:0 .45rem;border-radius:.3rem;white-space:nowrap}
.badge.v-supported{color:var(--sup)}.badge.v-refuted{color:var(--ref)}
.badge.v-conflicting{color:var(--con)}.badge.v-nei{color:var(--nei)}.badge.v-none{color:#555}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 0;padding:0;list-style:none}
ol.claims{list-style:none;margin:0;padding:0}
.claim{border:1px solid var(--line);border-left:5px solid #c9ced6;border-radius:.4rem;
padding:.6rem .8rem;margin:0 0 .6rem;scroll-margin-top:.5rem}
.claim.v-supported{border-left-color:var(--sup);background:none}
.claim.v-refuted{border-left-color:var(--ref);background:none}
.claim.v-conflicting{border-left-color:var(--con);background:none}
.claim.v-nei{border-left-color:var(--nei);background:none}.claim.v-none{background:none}
.claim:target,.claim.open{box-shadow:0 0 0 3px #7fb0e6}
.claim .text{margin:.3rem 0}
.claim .why{color:var(--muted);font-size:.9rem}
.claim .tools{font-size:.85rem;display:flex;gap:.9rem;flex-wrap:wrap}
.evidence{display:none;list-style:none;margin:.5rem 0 0;padding:0}
.claim:target .evidence,#all:target .evidence,.open .evidence{display:block}
.claim:target .show,.claim.open .show{display:none}
.ev{margin:.45rem 0;padding:.45rem .6rem;border-radius:.3rem;border:1px solid var(--line);
border-left-width:4px}
.ev.counted{border-left-style:solid}
.ev.uncounted{border-left-style:dashed;opacity:.72;background:var(--panel)}
.ev.s-supports{border-left-color:var(--sup)}.ev.s-refutes{border-left-color:var(--ref)}
.ev.s-neutral{border-left-color:#9aa1ab}
.stance{font:700 .72rem system-ui,sans-serif;letter-spacing:.03em}
.s-supports .stance{color:var(--sup)}.s-refutes .stance{color:var(--ref)}
.s-neutral .stance{color:var(--muted)}
.state{font-size:.8rem;font-weight:600;margin-left:.3rem}
.counted .state{color:var(--fg)}.uncounted .state{color:var(--muted)}
.conflict{font-size:.88rem;color:var(--ref);margin:.2rem 0}
blockquote{margin:.3rem 0;padding:0 .6rem;border-left:2px solid var(--line);
font-family:Georgia,"Noto Serif","Noto Naskh Arabic",serif}
.cite{font:.85rem ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.summary ul{margin:.2rem 0 .6rem;padding-inline-start:1.2rem}
.summary li{margin:.25rem 0}
.unverified{color:var(--ref);font-size:.85rem}
.passage{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;margin:.6rem 0;
scroll-margin-top:.5rem}
.passage:target,.chunk{background:#fff8d6}
mark.cited{background:#ffd84d;color:inherit;border-radius:.15rem;padding:.05rem 0}
.flags li{color:var(--con)}
form.box{display:flex;gap:.5rem;flex-wrap:wrap;margin:.4rem 0 1rem}
form.box input[type=text],form.box input[type=search]{flex:1 1 18rem;font:inherit;
padding:.45rem .6rem;border:1px solid #b9c0c9;border-radius:.3rem}
button,input[type=submit]{font:inherit;padding:.4rem .9rem;border-radius:.3rem;border:1px solid
#1d2733;background:#1d2733;color:#fff;cursor:pointer}
button.quiet{background:#fff;color:var(--ref);border-color:var(--ref);padding:.15rem .5rem;
font-size:.85rem}
table{border-collapse:collapse;width:100%}td,th{text-align:start;padding:.4rem;
border-bottom:1px solid var(--line);vertical-align:top}
.notice{padding:.6rem .8rem;border-radius:.3rem;background:var(--nei-bg)}
.error{background:var(--ref-bg)}
progress{width:100%;max-width:30rem}
@media (max-width:820px){.cols{display:block}.article-col{position:static;max-height:none;
overflow:visible;padding:0}main,header.top{padding-left:.8rem;padding-right:.8rem}
table,tbody,tr,td{display:block}thead{display:none}td{border:0;padding:.15rem 0}
tr{border-bottom:1px solid var(--line);padding:.4rem 0}}
"""


@dataclass(frozen=True)
class Links:
    """Where a page's links point: inside the page (the static report) or into the web app."""

    app: bool = False

    def chunk(self, chunk_id: str, source_id: str, quote: str = "") -> str:
        """The cited chunk shown with its quote highlighted."""
        if not self.app:
            return f"#chunk-{chunk_id}"
        query = urlencode({"chunk": chunk_id, "quote": quote})
        return f"/sources/{url_quote(source_id, safe='')}?{query}#chunk-{chunk_id}"


STATIC = Links()
APP = Links(app=True)


# ---- the page shell ---------------------------------------------------------------------------


def page(title: str, body: str, *, nav: bool = False, refresh: int | None = None) -> str:
    """A whole HTML document: inline CSS, no script, no external resource."""
    head = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
    ]
    if refresh is not None:
        head.append(f'<meta http-equiv="refresh" content="{int(refresh)}">')
    head.append(f"<title>{escape(title)}</title><style>{CSS}</style></head><body>")
    return "\n".join([*head, _nav() if nav else "", body, "</body></html>"])


def _nav() -> str:
    links = [("/", "Sources"), ("/check", "Check a claim"), ("/ask", "Ask"), ("/api", "JSON API")]
    items = "".join(f'<a href="{href}">{text}</a>' for href, text in links)
    return f'<nav class="app"><span style="color:#9fb3c8">verify</span>{items}</nav>'


# ---- the report page --------------------------------------------------------------------------


def report_page(
    report: Report, links: Links = STATIC, *, nav: bool = False, open_claim: int | None = None
) -> str:
    """The report as one page: article with claims highlighted by verdict, claim cards with
    their evidence, the summary with linked citations; the static page adds the cited passages.
    `open_claim` shows that claim's evidence without a click."""
    src = report.source
    title = src.title or src.path or src.id
    body = [
        _report_header(report),
        '<main><div class="cols">',
        '<section class="article-col"><h2>Article</h2>',
        f'<div class="article" dir="auto">{article_html(src.text, report.claims)}</div>',
        "</section><section>",
        "<h2>Summary</h2>",
        summary_html(report.summary, links),
        '<h2>Claims <a class="muted" href="#all">show all evidence</a></h2>',
        '<ol class="claims" id="all">',
        *[
            claim_card(check, n, links, open_=n == open_claim)
            for n, check in enumerate(report.claims, 1)
        ],
        "</ol></section></div>",
    ]
    if not links.app:
        body.append(cited_passages(report))
    if report.flags:
        items = "".join(f'<li dir="auto">{escape(f)}</li>' for f in report.flags)
        body.append(f'<h2>Flags</h2><ul class="flags">{items}</ul>')
    body.append("</main>")
    return page(f"Report: {title}", "\n".join(body), nav=nav)


def _report_header(report: Report) -> str:
    src = report.source
    title = escape(src.title or src.path or src.id)
    meta = escape(", ".join(x for x in [src.outlet, src.date or "", f"id {src.id}"] if x))
    return (
        f'<header class="top"><h1 dir="auto">{title}</h1><div class="meta">{meta}</div>'
        f"{verdict_legend(report.claims)}</header>"
    )


def verdict_legend(claims: Sequence[ClaimCheck]) -> str:
    """One chip per verdict with how many claims got it (the colour key of the article)."""
    counts: dict[Verdict | None, int] = {}
    for check in claims:
        counts[check.verdict] = counts.get(check.verdict, 0) + 1
    items = [
        f'<li class="badge {VERDICT_CLASS[v]}">{VERDICT_LABELS[v]} {counts.get(v, 0)}</li>'
        for v in Verdict
    ]
    items.append(f'<li class="badge v-none">not checked {counts.get(None, 0)}</li>')
    return f'<ul class="legend">{"".join(items)}</ul>'


def article_html(text: str, claims: Sequence[ClaimCheck]) -> str:
    """The article, escaped, each claim span in <mark data-claims> linking to its card.

    Overlapping spans are cut at every boundary; a piece lists every claim covering it and takes
    the colour of the first. An empty anchor `span-N` marks where claim N starts.
    """
    bounds = {0, len(text)}
    for check in claims:
        bounds |= {_clamp(check.claim.start, text), _clamp(check.claim.end, text)}
    cuts = sorted(bounds)
    starts: dict[int, list[int]] = {}
    for n, check in enumerate(claims, 1):
        starts.setdefault(_clamp(check.claim.start, text), []).append(n)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        out += [f'<span id="span-{n}"></span>' for n in starts.get(a, [])]
        covering = [n for n, c in enumerate(claims, 1) if c.claim.start <= a and b <= c.claim.end]
        out.append(_marked_piece(text[a:b], covering, claims))
    return "".join(out)


def _marked_piece(piece: str, covering: list[int], claims: Sequence[ClaimCheck]) -> str:
    if not covering:
        return escape(piece)
    verdict = claims[covering[0] - 1].verdict
    label = VERDICT_LABELS[verdict] if verdict else "not checked"
    ids = " ".join(str(n) for n in covering)
    return (
        f'<mark class="{VERDICT_CLASS[verdict]}" data-claims="{ids}" '
        f'title="claim {covering[0]}: {label}"><a href="#claim-{covering[0]}">'
        f"{escape(piece)}</a></mark>"
    )


def _clamp(offset: int, text: str) -> int:
    return max(0, min(offset, len(text)))


# ---- claims and evidence ----------------------------------------------------------------------


def claim_card(
    check: ClaimCheck,
    number: int,
    links: Links = STATIC,
    *,
    open_: bool = False,
    in_article: bool = True,
) -> str:
    """One claim: verdict, confidence, sources, reason, and its evidence (shown when targeted);
    `in_article`: link to the claim's span (a report page; not a checked claim alone)."""
    claim = check.claim
    css = VERDICT_CLASS[check.verdict]
    who = ""
    if claim.attribution:
        who = f' <span class="muted">according to {escape(claim.attribution)}</span>'
    head = [f'<span class="muted">{number}.</span> {_verdict_badge(check)}']
    tools = [f'<a href="#span-{number}">in the article</a>'] if in_article else []
    if check.evidence:
        counted = sum(1 for ev in check.evidence if ev.counted)
        tools.insert(
            0,
            f'<a class="show" href="#claim-{number}">evidence ({len(check.evidence)}, '
            f"{counted} counted)</a>",
        )
    parts = [
        f'<li id="claim-{number}" class="claim {css}{" open" if open_ else ""}">',
        " ".join(head),
        f'<div class="text" dir="auto">{escape(claim.text)}{who}</div>',
        f'<div class="why" dir="auto">{escape(check.reason)}</div>' if check.reason else "",
        f'<div class="tools">{"".join(tools)}</div>' if tools else "",
    ]
    if check.evidence:
        items = "".join(evidence_item(ev, links) for ev in check.evidence)
        parts.append(f'<ul class="evidence">{items}</ul>')
    return "".join([*parts, "</li>"])


def _verdict_badge(check: ClaimCheck) -> str:
    css = VERDICT_CLASS[check.verdict]
    if check.verdict is None:
        kind = escape(check.claim.kind.value)
        return f'<span class="badge {css}">not checked ({kind})</span>'
    sure = "" if check.confidence is None else f"confidence {check.confidence:.2f}, "
    n = check.independent_sources
    return (
        f'<span class="badge {css}">{VERDICT_LABELS[check.verdict]}</span> '
        f'<span class="muted">{sure}{n} independent source{"" if n == 1 else "s"}</span>'
    )


def evidence_item(ev: Evidence, links: Links = STATIC) -> str:
    """One passage: stance and score, counted or not (and why), conflicting facts, the quote
    and a link to the cited chunk."""
    state, note = counted_state(ev)
    conflicts = "".join(
        f'<div class="conflict" dir="auto">{conflict_text(c)}</div>' for c in ev.conflicting
    )
    href = escape(links.chunk(ev.chunk_id, ev.source_id, ev.quote))
    return (
        f'<li class="ev {STANCE_CLASS[ev.stance]} {state}" data-chunk="{escape(ev.chunk_id)}">'
        f'<span class="stance">{escape(ev.stance.value)}</span> '
        f'<span class="muted">{ev.score:.2f}</span>'
        f'<span class="state">{escape(note)}</span>{conflicts}'
        f'<blockquote dir="auto"><span class="quote">{escape(ev.quote)}</span></blockquote>'
        f'<span class="muted">\u2014 {escape(ev.outlet or ev.source_id)}, </span>'
        f'<a class="cite" href="{href}">{escape(ev.chunk_id)}</a></li>'
    )


def counted_state(ev: Evidence) -> tuple[str, str]:
    """('counted' | 'uncounted' | '', what to say): did the verdict count this passage?"""
    from verify.render import uncounted_note

    note = uncounted_note(ev).strip().removeprefix("(").removesuffix(")")
    if ev.counted is True:
        return "counted", "counted"
    if ev.counted is False or note:
        return "uncounted", note or "not counted"
    return "", ""


def conflict_text(conflict: FactConflict) -> str:
    """ "the claim says X; the source says Y", escaped."""
    return (
        f"{escape(conflict.kind.value)}: the claim says \u201c{escape(conflict.claim)}\u201d; "
        f"the source says \u201c{escape(conflict.evidence)}\u201d"
    )


# ---- summary ----------------------------------------------------------------------------------

_CITED = re.compile(r"\[([^\[\]]+)\]\s*$")
_UNVERIFIED = "[unverified: not sourced]"


def summary_html(summary: Summary, links: Links = STATIC) -> str:
    """Section titles as headings, sentences as list items, cited chunk ids as links."""
    if not summary.text.strip():
        return "<p><em>No claim could be checked against other sources.</em></p>"
    quotes = {c.chunk_id: (c.source_id, c.quote) for c in summary.citations}
    known = set(quotes) | {cid for s in summary.sentences for cid in s.citations}
    out: list[str] = ['<div class="summary" dir="auto">']
    in_list = False
    for line in summary.text.splitlines():
        item = line.startswith("- ")
        if item and not in_list:
            out.append("<ul>")
        if not item and in_list:
            out.append("</ul>")
        in_list = item
        if item:
            out.append(f"<li>{_summary_line(line[2:], known, quotes, links)}</li>")
        elif line.strip():
            out.append(f"<h3>{escape(line)}</h3>")
    from verify.render import writers_line

    out.append("</ul>" if in_list else "")
    out.append(f'<p class="writer"><em>{escape(writers_line(summary).strip("_"))}</em></p></div>')
    return "".join(out)


def _summary_line(
    line: str, known: set[str], quotes: dict[str, tuple[str, str]], links: Links
) -> str:
    if line.endswith(_UNVERIFIED):
        text = line.removesuffix(_UNVERIFIED)
        return f'{escape(text)}<span class="unverified">{escape(_UNVERIFIED)}</span>'
    found = _CITED.search(line)
    ids = [i.strip() for i in found.group(1).split(",")] if found else []
    if not found or not ids or not set(ids) <= known:
        return escape(line)
    cites = []
    for cid in ids:
        source_id, quote = quotes.get(cid, (cid.rsplit("-", 1)[0], ""))
        href = escape(links.chunk(cid, source_id, quote))
        cites.append(f'<a class="cite" href="{href}">{escape(cid)}</a>')
    return f"{escape(line[: found.start()])} [{', '.join(cites)}]"


# ---- cited passages -----------------------------------------------------------------------------


def cited_passages(report: Report) -> str:
    """Every chunk the report cites, quotes highlighted: the static page's link targets."""
    cited = [
        (e.chunk_id, e.outlet or e.source_id, e.passage.text, e.quote) for e in _evidence(report)
    ]
    cited += [
        (c.chunk_id, c.outlet or c.source_id, c.passage, c.quote) for c in report.summary.citations
    ]
    chunks: dict[str, tuple[str, str, list[str]]] = {}
    for cid, outlet, passage, quote in cited:
        chunks.setdefault(cid, (outlet, passage, []))[2].append(quote)
    if not chunks:
        return ""
    sections = [
        f'<section class="passage" id="chunk-{escape(cid)}"><div class="muted">{escape(outlet)}, '
        f'<span class="cite">{escape(cid)}</span></div>'
        f'<div class="article" dir="auto">{mark_quotes(passage, quotes)}</div></section>'
        for cid, (outlet, passage, quotes) in chunks.items()
    ]
    return "<h2>Cited passages</h2>" + "".join(sections)


def _evidence(report: Report) -> list[Evidence]:
    return [ev for check in report.claims for ev in check.evidence]


def mark_quotes(text: str, quotes: Iterable[str], start: int = 0, end: int | None = None) -> str:
    """TEXT escaped, with each quote found in text[start:end] inside <mark class="cited">."""
    end = len(text) if end is None else end
    spans = sorted(s for s in (_find(text, q, start, end) for q in set(quotes)) if s)
    out, at = [], 0
    for a, b in spans:
        if a < at:
            continue
        out += [escape(text[at:a]), f'<mark class="cited">{escape(text[a:b])}</mark>']
        at = b
    out.append(escape(text[at:]))
    return "".join(out)


def _find(text: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    quote = quote.strip()
    at = text.find(quote, start, end) if quote else -1
    return None if at < 0 else (at, at + len(quote))
