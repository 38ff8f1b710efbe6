"""The review web app: the findings table, one finding in context with its decision form, the latest changes."""

from __future__ import annotations

import contextlib
import hmac
import secrets
import socket
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from findings.review import queries
from findings.review.decisions import DecisionError, export_reviewed, parse_decision, save_decision
from findings.review.highlight import passage_around
from findings.review.rendering import environment
from findings.store import CORRECTABLE, DATABASE, REVIEW_STATUSES, StoreBusy, latest_run, open_store, store_lock
from findings.table import QUALIFIERS, UNITS

LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
EXPORT_WAIT_SECONDS = 5.0


def create_app(out_dir: Path | str) -> Starlette:
    """The review app over `out_dir/findings.db` (the schema is created when missing).

    Forms carry a per-process token against cross-site posts, and only loopback host names are
    answered, against DNS rebinding.
    """
    out_dir = Path(out_dir)
    open_store(out_dir).close()
    routes = [
        Route("/", show_table),
        Route("/finding/{finding_id}", show_finding, methods=["GET"]),
        Route("/finding/{finding_id}", decide, methods=["POST"]),
        Route("/changes", show_changes),
        Route("/next", review_next),
        Route("/review.js", keyboard_script),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=list(LOOPBACK_HOSTS)), Middleware(SecurityHeaders)]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.out_dir = out_dir
    app.state.token = secrets.token_urlsafe(32)
    app.state.templates = Jinja2Templates(env=environment())
    return app


# Every response: no framing by another page, no script but the app's own file (`/review.js`, the
# keyboard; no inline script), styles and forms from this app only.
SECURITY_HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
        b"form-action 'self'; base-uri 'none'",
    ),
]


class SecurityHeaders:
    """ASGI middleware that adds `SECURITY_HEADERS` to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


def listen(port: int) -> socket.socket:
    """A socket bound to 127.0.0.1:`port`, for `serve`.

    Raises:
        OSError: the port cannot be bound (in use, or not allowed).
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", port))
    except OSError:
        listener.close()
        raise
    return listener


def serve(out_dir: Path | str, listener: socket.socket) -> None:
    """Serve the review app on a bound socket (see `listen`) until interrupted."""
    import uvicorn

    host, port = listener.getsockname()
    config = uvicorn.Config(create_app(out_dir), host=host, port=port, log_level="warning")
    uvicorn.Server(config).run(sockets=[listener])


@contextlib.contextmanager
def _store(request: Request) -> Iterator[sqlite3.Connection]:
    """A connection for one request (not open_store, whose schema step waits for a running pipeline's lock)."""
    conn = sqlite3.connect(request.app.state.out_dir / DATABASE, isolation_level=None, timeout=30)
    try:
        yield queries.prepare(conn)
    finally:
        conn.close()


def _render(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, name, {"out_dir": request.app.state.out_dir} | context, status_code=status_code
    )


# The query-string keys that make a view of the table: its filters and its order.
VIEW_KEYS = (*(field.name for field in fields(queries.Filters)), "sort", "dir")
KEYBOARD_SCRIPT = Path(__file__).parent / "templates" / "review.js"


def view_of(request: Request) -> tuple[queries.Filters, str, bool, str]:
    """The table view a request names (filters without problems, sort, descending) and its query string."""
    params = {key: request.query_params[key] for key in VIEW_KEYS if request.query_params.get(key, "").strip()}
    filters = queries.Filters.from_params(params)
    if filters.problems():
        filters, params = queries.Filters(), {key: value for key, value in params.items() if key in ("sort", "dir")}
    sort = params.get("sort") if params.get("sort") in queries.SORTABLE else "doc_id"
    return filters, sort, params.get("dir") == "desc", urlencode(params)


def review_next(request: Request) -> Response:
    """The first unreviewed finding of the table's view, or the table saying none is left."""
    filters, sort, descending, view = view_of(request)
    with _store(request) as conn:
        queue = queries.queue_around(conn, filters, sort, descending, None)
    if queue.next_unreviewed is None:
        return RedirectResponse(f"/?{view}&reviewed=all" if view else "/?reviewed=all", status_code=303)
    return RedirectResponse(f"/finding/{quote(queue.next_unreviewed)}?{view}", status_code=303)


def keyboard_script(request: Request) -> Response:
    """The keys of the review pages (see the help on every page, `?`)."""
    return Response(KEYBOARD_SCRIPT.read_bytes(), media_type="text/javascript")


def show_table(request: Request) -> HTMLResponse:
    """The findings table: filtered, sorted and paginated by the query string."""
    params = dict(request.query_params)
    filters = queries.Filters.from_params(params)
    problems = filters.problems()
    page_text = params.get("page", "").strip()
    if page_text and not queries.is_whole_number(page_text, digits=9):
        problems.append(f"page {page_text!r} is not a page number (a whole number from 1)")
    sort = params["sort"] if params.get("sort") in queries.SORTABLE else "doc_id"
    descending = params.get("dir") == "desc"
    page_number = int(page_text) if page_text and not problems else 1
    with _store(request) as conn:
        page = queries.query_findings(conn, queries.Filters() if problems else filters, sort, descending, page_number)
        context = {"page": page, "languages": queries.languages(conn), "run": latest_run(conn)}
    context |= {
        "filters": filters,
        "problems": problems,
        "sort": sort,
        "descending": descending,
        "qualifiers": QUALIFIERS,
        "units": UNITS,
        "statuses": REVIEW_STATUSES,
        "sortable": queries.SORTABLE,
        "link": lambda **changes: "/?" + urlencode({k: v for k, v in (params | changes).items() if v}),
        "view": view_of(request)[3],
        "all_reviewed": params.get("reviewed") == "all",
    }
    return _render(request, "table.html", context, 400 if problems else 200)


def show_finding(request: Request) -> Response:
    """One finding in context, with its decision form."""
    return _finding_page(request)


def _finding_page(
    request: Request, form: dict | None = None, problems: Sequence[str] = (), status_code: int = 200
) -> Response:
    finding_id = request.path_params["finding_id"]
    filters, sort, descending, view = view_of(request)
    with _store(request) as conn:
        finding = queries.get_finding(conn, finding_id)
        if finding is None:
            return PlainTextResponse(f"No finding {finding_id!r} in the store.", 404)
        articles = queries.get_articles(conn, finding["docs"].split(";"))
        queue = queries.queue_around(conn, filters, sort, descending, finding_id)
        decided = queries.get_finding(conn, request.query_params.get("decided", ""))
    first = next((a for a in articles if a["doc_id"] == finding["doc_id"]), None)
    passage = first and passage_around(first["text"], first["kind"], finding["char_start"], finding["char_end"])
    context = {
        "finding": finding,
        "articles": articles,
        "article": first,
        "passage": passage,
        "form": {name: form.get(name, "") for name in (*CORRECTABLE, "note")}
        if form
        else {name: finding[name] for name in CORRECTABLE} | {"note": finding["note"] or ""},
        "problems": problems,
        "saved": request.query_params.get("saved", ""),
        "decided": decided,
        "queue": queue,
        "view": view,
        "stale": request.query_params.get("stale", ""),
        "token": request.app.state.token,
        "correctable": CORRECTABLE,
        "qualifiers": QUALIFIERS,
        "units": UNITS,
    }
    return _render(request, "finding.html", context, status_code)


# A decision form is a few hundred bytes; a larger body is refused before it is read.
MAX_FORM_BYTES = 64 * 1024


async def decide(request: Request) -> Response:
    """Store an accept, reject or correct decision and re-export; bad input re-shows the form with the problems."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none") or not same_origin(request):
        return PlainTextResponse("Decisions are taken from this app's own pages only.", 403)
    body = await limited_body(request, MAX_FORM_BYTES)
    if body is None:
        return PlainTextResponse(f"The form is larger than {MAX_FORM_BYTES} bytes.", 413)
    form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    if not hmac.compare_digest(form.get("csrf", ""), request.app.state.token):
        return PlainTextResponse("The form is stale or came from another site: reload the page and try again.", 403)
    return await run_in_threadpool(_apply_decision, request, form)


def same_origin(request: Request) -> bool:
    """Whether a POST's Origin, when it names one, is this app's own address."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    return origin == f"{request.url.scheme}://{request.headers.get('host', '')}"


async def limited_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it is longer than `limit` bytes (or says so)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def _apply_decision(request: Request, form: dict) -> Response:
    finding_id = request.path_params["finding_id"]
    out_dir = request.app.state.out_dir
    with _store(request) as conn:
        finding = queries.get_finding(conn, finding_id)
        if finding is None:
            return PlainTextResponse(f"No finding {finding_id!r} in the store.", 404)
        try:
            decision = parse_decision(form, {name: finding[f"extracted_{name}"] for name in CORRECTABLE})
        except DecisionError as error:
            return _finding_page(request, form, error.problems, 400)
        save_decision(conn, finding_id, decision)
        try:
            with store_lock(out_dir, timeout=EXPORT_WAIT_SECONDS):
                export_reviewed(conn, out_dir)
            stale = ""
        except StoreBusy:
            stale = "&stale=1"
        filters, sort, descending, view = view_of(request)
        following = queries.queue_around(conn, filters, sort, descending, finding_id).next_unreviewed or finding_id
    # on to the next unreviewed finding of the same view, saying what was saved
    notice = urlencode({"saved": decision.status, "decided": finding_id})
    return RedirectResponse(f"/finding/{quote(following)}?{notice}{stale}{'&' + view if view else ''}", status_code=303)


def show_changes(request: Request) -> HTMLResponse:
    """The findings a run added, changed and removed: the latest run, or the one `?run=N` picks."""
    asked = request.query_params.get("run", "")
    with _store(request) as conn:
        runs = queries.runs(conn)
        run = next((r for r in runs if str(r["run_id"]) == asked), runs[0] if runs else None)
        changes = queries.run_changes(conn, run["run_id"]) if run else {}
    problem = f"No run {asked!r} in this store: the latest is shown." if asked and run and str(run["run_id"]) != asked else ""
    return _render(request, "changes.html", {"run": run, "runs": runs, "changes": changes, "problem": problem})
