"""The HTML pages: dashboard, indicator, checks, search, upload, table downloads (reports: pages/reports.py).

Each route calls one service and renders one template; Jinja2 autoescapes every
value, so text that came from an upload is shown, never run.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Form, Path, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from ktxh.errors import KtxhError, NotFoundError
from ktxh.store.db import Store
from ktxh.web import search as search_service
from ktxh.web import series, services, tables, uploads
from ktxh.web.cache import VersionedCache
from ktxh.web.deps import CacheDep, SessionDep, StoreDep
from ktxh.web.fmt import value_kind_labels
from ktxh.web.pages import tables as page_tables

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)

Param = Annotated[str | None, Query(max_length=200)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def html(templates: Jinja2Templates, name: str, **context: Any) -> str:
    """A page as text; it depends only on `context` (links are relative), so it can be cached."""
    return str(templates.get_template(name).render(**context))


@router.get("/", response_class=HTMLResponse)
async def dashboard(
    request: Request, store: StoreDep, cache: CacheDep, org: Param = None, period: Param = None
) -> Response:
    """The home page; rendered once per org unit, period and store version (hundreds of cards).

    A page already built is answered on the event loop, with no thread or session;
    building one (the report context and the checks) runs in the thread pool.
    """
    key = ("dashboard.html", org, period)
    page = cache.peek(store, key)
    if page is None:
        page = await run_in_threadpool(build_dashboard, request.app.state.templates, store, cache, org, period)
    return HTMLResponse(page)


def build_dashboard(
    templates: Jinja2Templates, store: Store, cache: VersionedCache, org: str | None, period: str | None
) -> str:
    """The page of the org unit and period asked for; "/" and the same page named in full
    share one build."""
    with store.reading() as session:

        def resolved() -> str:
            unit, per = services.resolve(session, org, period)
            return cache.get(session, ("dashboard.html", unit.code, per.label), lambda: build(unit.code, per.label))

        def build(unit: str, label: str) -> str:
            return html(templates, "dashboard.html", board=services.dashboard(session, unit, label))

        return cache.get(session, ("dashboard.html", org, period), resolved)


@router.get("/indicators/{code}", response_class=HTMLResponse)
def indicator(request: Request, session: SessionDep, code: str, org: Param = None) -> Response:
    page = series.indicator_page(session, code, org)
    traces = series.chart_traces(page.points, value_kind_labels())
    return render(request, "indicator.html", page=page, traces=traces)


@router.get("/observations/{obs_id}")
def observation(session: SessionDep, obs_id: Id) -> Response:
    """A figure named by a finding: its indicator's page, scrolled to its row."""
    code, org = services.observation(session, obs_id)
    return RedirectResponse(f"/indicators/{code}?org={org}#obs-{obs_id}", status_code=303)


@router.get("/checks", response_class=HTMLResponse)
def checks(request: Request, session: SessionDep, cache: CacheDep, org: Param = None, period: Param = None) -> Response:
    page = cache.get(session, ("checks", org, period), lambda: services.checks(session, org, period))
    return render(request, "checks.html", page=page)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, session: SessionDep, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    return render(request, "search.html", result=search_service.search(session, q))


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, session: SessionDep) -> Response:
    return render(request, "upload.html", org_units=services.offered_org_units(session))


@router.post("/upload", response_class=HTMLResponse)
def upload_preview(
    request: Request,
    session: SessionDep,
    file: UploadFile | None = None,
    text: Annotated[str, Form()] = "",
    org: Annotated[str, Form(max_length=40)] = "",
    period: Annotated[str, Form(max_length=120)] = "",
) -> Response:
    """Read and check the report; show what would be stored. Nothing is written yet."""
    has_file = file is not None and bool(file.filename)
    name = file.filename if file is not None and file.filename else "upload.txt"
    content = uploads.read_upload(name, file.file.read()) if file is not None and has_file else text
    preview = uploads.preview(session, content, org, period)
    return render(request, "upload_preview.html", preview=preview, source=name, org=org, period=period)


@router.post("/upload/confirm")
def upload_confirm(
    store: StoreDep,
    cache: CacheDep,
    text: Annotated[str, Form()],
    source: Annotated[str, Form(max_length=500)] = "upload.txt",
    org: Annotated[str, Form(max_length=40)] = "",
    period: Annotated[str, Form(max_length=120)] = "",
) -> Response:
    doc_id = uploads.confirm(store, text, source, org, period)
    cache.clear()
    target = f"/reports/{doc_id}" if doc_id else "/reports"
    return RedirectResponse(target, status_code=303)


@router.get("/tables/{name}.{fmt}")
def table_download(request: Request, session: SessionDep, name: str, fmt: str) -> Response:
    """Any table of the pages as CSV or XLSX; the page's own query parameters select it."""
    if fmt not in tables.FORMATS:
        raise NotFoundError(f"no table format {fmt!r} (csv or xlsx)", where="table")
    table = page_tables.build(session, name, dict(request.query_params))
    disposition = f'attachment; filename="ktxh-{name}.{fmt}"'
    return Response(
        tables.render(table, fmt), media_type=tables.FORMATS[fmt], headers={"Content-Disposition": disposition}
    )


def warm_up(app: FastAPI) -> None:
    """Build the home page ahead of the first visitor (run in a thread by `ktxh serve`)."""
    try:
        build_dashboard(app.state.templates, app.state.store, app.state.cache, None, None)
    except KtxhError as exc:  # an empty store has no home page yet; the visitor will be told why
        log.info("home page not built ahead: %s", exc)
