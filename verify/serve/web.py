"""The `verify serve` web app (Starlette): HTML pages for people, JSON endpoints for scripts.

Routes are listed in `docs/web-api.md` and at `/api`. JSON bodies are exactly the CLI's `--json`
output (`verify.render.report_to_dict`, `check_to_dict`, `verify.write.ask.answer_dict`); an error
is `{"error": ..., "hint": ...}` with status 400, 404 for an unknown source id, 403 for a write from
another site. Handlers run the library's (blocking) calls in Starlette's thread pool;
`verify.serve.service.Service` serializes the model work.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from verify.errors import InputError, VerifyError
from verify.render import pages
from verify.serve.service import MAX_UPLOAD_BYTES, JobStatus, NotFound, Service

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class Forbidden(InputError):
    """A write sent by a page of another site (HTTP 403)."""


def create_app(service: Service, host: str = "127.0.0.1") -> Starlette:
    """The ASGI app over `service`. Bound to loopback, it answers only loopback Host names
    (a page elsewhere cannot reach it by DNS rebinding)."""
    web = Web(service)
    middleware = []
    if host in LOOPBACK:
        hosts = ["127.0.0.1", "localhost", "[::1]", "::1"]
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts))
    return Starlette(routes=web.routes(), middleware=middleware)


class Web:
    def __init__(self, service: Service) -> None:
        self.service = service

    def routes(self) -> list[Route]:
        html, api = _html_errors, _json_errors
        return [
            Route("/", html(self.home)),
            Route("/sources", html(self.upload), methods=["POST"]),
            Route("/sources/{sid}", html(self.source_page)),
            Route("/sources/{sid}/remove", html(self.remove), methods=["POST"]),
            Route("/sources/{sid}/report", html(self.report_page)),
            Route("/search", html(self.search_page)),
            Route("/check", html(self.check_page)),
            Route("/ask", html(self.ask_page)),
            Route("/api", html(self.api_page)),
            Route("/api/sources", api(self.api_sources), methods=["GET", "POST"]),
            Route("/api/sources/{sid}", api(self.api_source), methods=["GET", "DELETE"]),
            Route("/api/sources/{sid}/report", api(self.api_report)),
            Route("/api/search", api(self.api_search)),
            Route("/api/check", api(self.api_check), methods=["GET", "POST"]),
            Route("/api/ask", api(self.api_ask), methods=["GET", "POST"]),
        ]

    # ---- JSON ------------------------------------------------------------------------------

    async def api_sources(self, request: Request) -> Response:
        if request.method == "POST":
            outcomes = await self._upload(request)
            failed = any(o["status"] == "failed" for o in outcomes)
            return JSONResponse(outcomes, status_code=400 if failed else 200)
        return JSONResponse(await _run(self.service.sources))

    async def api_source(self, request: Request) -> Response:
        sid = request.path_params["sid"]
        if request.method == "DELETE":
            _same_origin(request)
            return JSONResponse(await _run(self.service.remove, sid))
        return JSONResponse(await _run(self.service.source, sid))

    async def api_report(self, request: Request) -> Response:
        from verify.render import report_to_dict

        job = await _run(self.service.report_job, request.path_params["sid"])
        if job.report is not None:
            return JSONResponse(report_to_dict(job.report))
        status = 202 if job.status is JobStatus.RUNNING else 400
        return JSONResponse(job.as_dict(), status_code=status)

    async def api_search(self, request: Request) -> Response:
        params = await _params(request)
        found = await _run(self.service.search, params.get("q", ""), _int(params.get("k")))
        return JSONResponse(found)

    async def api_check(self, request: Request) -> Response:
        from verify.render import check_to_dict

        params = await _params(request)
        result = await _run(self.service.check, params.get("claim", ""), _int(params.get("k")))
        return JSONResponse(check_to_dict(result))

    async def api_ask(self, request: Request) -> Response:
        from verify.write.ask import answer_dict

        params = await _params(request)
        question, k = params.get("question", params.get("q", "")), _int(params.get("k"))
        answer = await _run(self.service.ask, question, k, _sources(params))
        return JSONResponse(answer_dict(answer))

    async def _upload(self, request: Request) -> list[dict[str, Any]]:
        _same_origin(request)
        form = await request.form(max_files=1, max_fields=5)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise InputError("no file in the upload", "send a form field named file")
        data = await upload.read(MAX_UPLOAD_BYTES + 1)  # the service refuses more
        outlet = form.get("outlet")
        outlet = outlet if isinstance(outlet, str) else None
        return await _run(self.service.ingest_upload, upload.filename or "", data, outlet)

    # ---- HTML ------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        rows = await _run(self.service.sources)
        note = request.query_params.get("note", "")
        return _page("verify: sources", home_body(rows, note))

    async def upload(self, request: Request) -> Response:
        outcomes = await self._upload(request)
        failed = any(o["status"] == "failed" for o in outcomes)
        body = outcomes_body(outcomes)
        return _page("verify: upload", body, status=400 if failed else 200)

    async def remove(self, request: Request) -> Response:
        _same_origin(request)
        removed = await _run(self.service.remove, request.path_params["sid"])
        note = f"removed {removed['id']}: {removed['title'] or removed['path']}"
        return RedirectResponse(f"/?{urlencode({'note': note})}", status_code=303)

    async def source_page(self, request: Request) -> Response:
        data = await _run(self.service.source, request.path_params["sid"])
        chunk = request.query_params.get("chunk", "")
        quote_text = request.query_params.get("quote", "")
        return _page(f"Source: {data['title'] or data['id']}", source_body(data, chunk, quote_text))

    async def report_page(self, request: Request) -> Response:
        job = await _run(self.service.report_job, request.path_params["sid"])
        if job.report is not None:
            shown = _int(request.query_params.get("claim"), "claim")
            html = pages.report_page(job.report, pages.APP, nav=True, open_claim=shown)
            return HTMLResponse(html)
        if job.error:
            return _page("Report failed", _error_html(*job.error), status=400)
        return HTMLResponse(pages.page("Report: working", progress_body(job), nav=True, refresh=1))

    async def search_page(self, request: Request) -> Response:
        q = request.query_params.get("q", "")
        found = await _run(self.service.search, q) if q.strip() else []
        return _page("verify: search", search_body(q, found))

    async def check_page(self, request: Request) -> Response:
        claim = request.query_params.get("claim", "")
        body = _form("/check", "claim", claim, "A claim, e.g. Russia sent military police.")
        if claim.strip():
            result = await _run(self.service.check, claim)
            card = pages.claim_card(result, 1, pages.APP, open_=True, in_article=False)
            body += f'<ol class="claims">{card}</ol>'
        return _page("verify: check a claim", f"<main><h1>Check a claim</h1>{body}</main>")

    async def ask_page(self, request: Request) -> Response:
        question = request.query_params.get("q", "")
        body = _form("/ask", "q", question, "A question, e.g. Where did Russia send police?")
        if question.strip():
            answer = await _run(self.service.ask, question)
            body += answer_html(answer, await _run(self.service.titles))
        return _page("verify: ask", f"<main><h1>Ask</h1>{body}</main>")

    async def api_page(self, request: Request) -> Response:
        return _page("verify: JSON API", API_HTML)


# ---- helpers ------------------------------------------------------------------------------------


async def _run(func: Callable[..., Any], *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)


def _json_errors(handler: Callable[[Request], Awaitable[Response]]) -> Any:
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except VerifyError as exc:
            return JSONResponse({"error": exc.message, "hint": exc.hint}, status_code=_status(exc))

    return wrapped


def _html_errors(handler: Callable[[Request], Awaitable[Response]]) -> Any:
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except VerifyError as exc:
            return _page("verify: error", _error_html(exc.message, exc.hint), status=_status(exc))

    return wrapped


def _same_origin(request: Request) -> None:
    """Refuse a write sent by a page of another site (a form posted from elsewhere)."""
    origin = request.headers.get("origin")
    if origin and origin.split("://", 1)[-1] != request.headers.get("host", ""):
        raise Forbidden(f"cross-site request from {origin[:80]} refused", "open the app itself")


async def _params(request: Request) -> dict[str, Any]:
    """Query parameters, or the JSON object of a POST."""
    if request.method != "POST":
        return dict(request.query_params) | {"source": request.query_params.getlist("source")}
    try:
        body = await request.json()
    except ValueError as exc:
        raise InputError(
            "the body is not JSON", 'send {"claim": "..."} or {"question": "..."}'
        ) from exc
    if not isinstance(body, dict):
        raise InputError("the body is not a JSON object", 'send {"claim": "..."}')
    return body


def _status(exc: VerifyError) -> int:
    return 404 if isinstance(exc, NotFound) else 403 if isinstance(exc, Forbidden) else 400


def _int(value: Any, name: str = "k") -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        shown = str(value)[:20]
        raise InputError(f"{name} must be a whole number, not {shown!r}", f"e.g. {name}=8") from exc


def _sources(params: dict[str, Any]) -> list[str] | None:
    given = params.get("source") or params.get("sources")
    if isinstance(given, str):
        given = [given]
    return [str(s) for s in given] if given else None


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(pages.page(title, body, nav=True), status_code=status)


def _error_html(message: str, hint: str) -> str:
    hint_html = f"<p>{escape(hint)}</p>" if hint else ""
    message_html = f'<p class="notice error" dir="auto">{escape(message)}</p>'
    return f"<main><h1>Error</h1>{message_html}{hint_html}</main>"


def _form(action: str, name: str, value: str, placeholder: str) -> str:
    return (
        f'<form class="box" method="get" action="{action}"><input type="text" name="{name}" '
        f'value="{escape(value)}" placeholder="{escape(placeholder)}" dir="auto" required>'
        "<button>Go</button></form>"
    )


# ---- page bodies ----------------------------------------------------------------------------


def home_body(rows: list[dict[str, Any]], note: str = "") -> str:
    notice = f'<p class="notice" dir="auto">{escape(note)}</p>' if note else ""
    upload = (
        '<form class="box" method="post" action="/sources" enctype="multipart/form-data">'
        '<input type="file" name="file" accept=".txt,.md,.html,.htm,.jsonl" required>'
        '<input type="text" name="outlet" placeholder="outlet (optional)">'
        "<button>Ingest</button></form>"
    )
    search = _form("/search", "q", "", "Search the sources")
    table = sources_table(rows) if rows else "<p>No sources yet: upload an article above.</p>"
    return (
        f"<main><h1>Sources</h1>{notice}{upload}{search}{table}"
        '<p class="muted">Or <a href="/check">check a claim</a> or '
        '<a href="/ask">ask a question</a> against them.</p></main>'
    )


def sources_table(rows: list[dict[str, Any]]) -> str:
    head = "<tr><th>outlet</th><th>title</th><th>chunks</th><th>id</th><th></th></tr>"
    body = "".join(_source_row(row) for row in rows)
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def _source_row(row: dict[str, Any]) -> str:
    sid = quote(row["id"], safe="")
    title = escape(row["title"] or row["path"] or row["id"])
    dup = (
        f' <span class="muted">(copy of {escape(row["duplicate_of"])})</span>'
        if row["duplicate_of"]
        else ""
    )
    actions = (
        f'<a href="/sources/{sid}/report"><b>report</b></a> '
        f'<form method="post" action="/sources/{sid}/remove" style="display:inline">'
        '<button class="quiet">remove</button></form>'
    )
    return (
        f'<tr><td dir="auto">{escape(row["outlet"] or "-")}</td>'
        f'<td dir="auto"><a href="/sources/{sid}">{title}</a>{dup}</td>'
        f'<td>{row["chunks"]}</td><td class="cite">{escape(row["id"])}</td><td>{actions}</td></tr>'
    )


def outcomes_body(outcomes: list[dict[str, Any]]) -> str:
    items = []
    for o in outcomes:
        what = escape(o.get("title") or o.get("path") or "")
        if o["status"] in ("added", "replaced", "unchanged") and o.get("source_id"):
            sid = quote(o["source_id"], safe="")
            what = (
                f'<a href="/sources/{sid}">{what}</a> (<a href="/sources/{sid}/report">report</a>)'
            )
        reason = f": {escape(o['reason'])}" if o.get("reason") else ""
        items.append(f'<li dir="auto"><b>{escape(o["status"])}</b> {what}{reason}</li>')
    back = '<p><a href="/">back to the sources</a></p>'
    return f"<main><h1>Upload</h1><ul>{''.join(items)}</ul>{back}</main>"


def source_body(data: dict[str, Any], chunk_id: str, quote_text: str) -> str:
    """The article; the chunk named by `chunk_id` shaded, `quote_text` inside it highlighted."""
    text = data["text"]
    chunk = next((c for c in data["chunks"] if c["id"] == chunk_id), None)
    if chunk is None:
        article = escape(text)
    else:
        start, end = chunk["start"], chunk["end"]
        inner = pages.mark_quotes(text[start:end], [quote_text] if quote_text else [])
        article = (
            f'{escape(text[:start])}<span class="chunk" id="chunk-{escape(chunk["id"])}">'
            f"{inner}</span>{escape(text[end:])}"
        )
    sid = quote(data["id"], safe="")
    meta = escape(
        ", ".join(x for x in [data["outlet"], data["date"] or "", f"id {data['id']}"] if x)
    )
    cited = f" Cited passage {escape(chunk_id)} is shaded." if chunk else ""
    return (
        f'<header class="top"><h1 dir="auto">{escape(data["title"] or data["id"])}</h1>'
        f'<div class="meta">{meta}.{cited} <a href="/sources/{sid}/report">Report on this '
        f'article</a></div></header><main><div class="article" dir="auto">{article}</div></main>'
    )


def progress_body(job: Any) -> str:
    return (
        f"<main><h1>Making the report</h1><p>{escape(job.stage)}&hellip; "
        f"({job.percent}%, {job.as_dict()['seconds']} s)</p>"
        f'<progress max="100" value="{job.percent}"></progress>'
        '<p class="muted">This page reloads every second until the report is ready '
        "(a report takes 10-30 s on a laptop).</p></main>"
    )


def search_body(q: str, found: list[dict[str, Any]]) -> str:
    from verify.write.citations import pick_quote

    items = []
    for p in found:
        best = pick_quote(q, p["text"])
        href = escape(pages.APP.chunk(p["chunk_id"], p["source_id"], best))
        items.append(
            f'<li class="ev"><blockquote dir="auto">{escape(best)}</blockquote>'
            f'<span class="muted">\u2014 {escape(p["outlet"] or p["source_id"])}, </span>'
            f'<a class="cite" href="{href}">{escape(p["chunk_id"])}</a></li>'
        )
    results = f'<ol class="claims">{"".join(items)}</ol>' if items else ""
    if q.strip() and not items:
        results = "<p>No passages found.</p>"
    return f"<main><h1>Search</h1>{_form('/search', 'q', q, 'Words to look for')}{results}</main>"


def answer_html(answer: Any, titles: dict[str, str]) -> str:
    """The answer as `verify ask` prints it: text with [n] marks, numbered sources, flags."""
    from verify.types import FlagCode

    head = "Answer" if answer.answerable else "Cannot answer"
    parts = [f'<h2>{head}</h2><p dir="auto">{escape(answer.answer)}</p>']
    if answer.citations:
        items = []
        for c in answer.citations:
            title = escape(titles.get(c.source_id, "") or c.source_id)
            href = escape(pages.APP.chunk(c.chunk_id, c.source_id, c.quote))
            items.append(
                f'<li><span dir="auto">{escape(c.outlet + ": " if c.outlet else "")}{title}</span> '
                f'(<a class="cite" href="{href}">{escape(c.chunk_id)}</a>)'
                f'<blockquote dir="auto">{escape(c.quote)}</blockquote></li>'
            )
        parts.append(f"<h2>Sources</h2><ol>{''.join(items)}</ol>")
    dropped = sum(1 for f in answer.flags if f.code is FlagCode.DROPPED_SENTENCE)
    if dropped:
        parts.append(f"<p>{dropped} sentence(s) dropped by the checks.</p>")
    if answer.flags:
        flags = "".join(f'<li dir="auto">{escape(f.message)}</li>' for f in answer.flags)
        parts.append(f'<h2>Flags</h2><ul class="flags">{flags}</ul>')
    return "".join(parts)


API_HTML = """<main><h1>JSON API</h1>
<p>Every JSON body is what the CLI prints with <code>--json</code>. Errors:
<code>{"error": "...", "hint": "..."}</code>, status 400 (404 for an unknown source id).</p>
<table><thead><tr><th>request</th><th>answer</th></tr></thead><tbody>
<tr><td><code>GET /api/sources</code></td><td><code>verify sources --json</code></td></tr>
<tr><td><code>POST /api/sources</code> (multipart: <code>file</code>,
optional <code>outlet</code>)</td>
<td><code>verify ingest --json</code>; 400 when the file failed</td></tr>
<tr><td><code>GET /api/sources/ID</code></td><td>the source with its text and chunks</td></tr>
<tr><td><code>DELETE /api/sources/ID</code></td><td>the removed source</td></tr>
<tr><td><code>GET /api/sources/ID/report</code></td><td>202 <code>{"status": "running", "stage",
"percent"}</code> while it runs (poll it), then 200 with
<code>verify report --format json</code></td></tr>
<tr><td><code>GET /api/search?q=TEXT&amp;k=8</code></td>
<td><code>verify search --json</code></td></tr>
<tr><td><code>GET /api/check?claim=TEXT</code> or <code>POST {"claim": "..."}</code></td>
<td><code>verify check --json</code></td></tr>
<tr><td><code>GET /api/ask?q=TEXT&amp;source=ID</code> or <code>POST {"question": "..."}</code></td>
<td><code>verify ask --json</code></td></tr>
</tbody></table></main>"""
