"""The HTML pages: dashboard, indicator, report archive, checks, search, upload, downloads.

Each route calls one service and renders one template; Jinja2 autoescapes every
value, so text that came from an upload is shown, never run.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Path, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from ktxh.errors import NotFoundError
from ktxh.report import ReportContext
from ktxh.store.db import Store
from ktxh.web import archive, series, services, tables, uploads
from ktxh.web import search as search_service
from ktxh.web.cache import VersionedCache
from ktxh.web.deps import CacheDep, SessionDep, StoreDep
from ktxh.web.fmt import value_kind_labels
from ktxh.web.pages import tables as page_tables

router = APIRouter(include_in_schema=False)

Param = Annotated[str | None, Query(max_length=200)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
REPORT_FORMATS = {
    "txt": "text/plain; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def html(request: Request, name: str, **context: Any) -> str:
    """A page as text; it depends only on `context` (links are relative), so it can be cached."""
    template = request.app.state.templates.get_template(name)
    return str(template.render(request=request, **context))


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
        page = await run_in_threadpool(build_dashboard, request, store, cache, org, period)
    return HTMLResponse(page)


def build_dashboard(request: Request, store: Store, cache: VersionedCache, org: str | None,
                    period: str | None) -> str:
    with store.reading() as session:

        def build() -> str:
            board = services.dashboard(session, org, period)
            return html(request, "dashboard.html", board=board)

        return cache.get(session, ("dashboard.html", org, period), build)


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


@router.get("/reports", response_class=HTMLResponse)
def reports(request: Request, session: SessionDep, cache: CacheDep) -> Response:
    """Các báo cáo đã đăng, and below them the reports ktxh can write from the stored figures."""
    periods = cache.get(session, ("report-periods",), lambda: archive.report_periods(session))
    return render(request, "reports.html", reports=archive.reports(session), periods=periods)


def report_context(session: Session, cache: VersionedCache, org: str | None, period: str | None) -> ReportContext:
    return cache.get(session, ("report", org, period), lambda: archive.report_context(session, org, period))


def report_page(request: Request, context: ReportContext, base: str, query: str, title: str) -> Response:
    return render(request, "report.html", report=context, base=base, query=query, title=title,
                  formats=list(REPORT_FORMATS))


def report_file(session: Session, cache: VersionedCache, context: ReportContext, fmt: str, name: str) -> Response:
    """A download of the report as written by ktxh.report (rendered once per store version)."""
    from ktxh.report import render as render_report

    if fmt not in REPORT_FORMATS:
        raise NotFoundError(f"no download format {fmt!r} (one of {', '.join(REPORT_FORMATS)})", where="report")
    key = ("file", context.org_unit_code, context.period_label, fmt)
    body = cache.get(session, key, lambda: render_report(context, fmt))
    disposition = f'attachment; filename="{name}.{fmt}"'
    return Response(body, media_type=REPORT_FORMATS[fmt], headers={"Content-Disposition": disposition})


def print_view(context: ReportContext) -> Response:
    """The report writer's own HTML, made for paper."""
    from ktxh.report import render as render_report

    return HTMLResponse(render_report(context, "html"))


@router.get("/reports/{doc_id}", response_class=HTMLResponse)
def report(request: Request, session: SessionDep, cache: CacheDep, doc_id: Id) -> Response:
    """A published report: the report of its org unit and period."""
    doc = archive.report(session, doc_id)
    context = report_context(session, cache, doc.org_unit_code, doc.period_label)
    return report_page(request, context, f"/reports/{doc_id}", "", doc.title)


@router.get("/reports/{doc_id}/print", response_class=HTMLResponse)
def report_print(session: SessionDep, cache: CacheDep, doc_id: Id) -> Response:
    doc = archive.report(session, doc_id)
    return print_view(report_context(session, cache, doc.org_unit_code, doc.period_label))


@router.get("/reports/{doc_id}/download/{fmt}")
def report_download(session: SessionDep, cache: CacheDep, doc_id: Id, fmt: str) -> Response:
    doc = archive.report(session, doc_id)
    context = report_context(session, cache, doc.org_unit_code, doc.period_label)
    return report_file(session, cache, context, fmt, f"ktxh-report-{doc_id}")


@router.get("/report", response_class=HTMLResponse)
def written_report(request: Request, session: SessionDep, cache: CacheDep, org: Param = None,
                   period: Param = None) -> Response:
    """The report ktxh writes of any org unit and period with figures (no document needed)."""
    context = report_context(session, cache, org, period)
    query = "?" + urlencode({"org": context.org_unit_code, "period": context.period_label})
    return report_page(request, context, "/report", query, context.subject)


@router.get("/report/print", response_class=HTMLResponse)
def written_report_print(session: SessionDep, cache: CacheDep, org: Param = None, period: Param = None) -> Response:
    return print_view(report_context(session, cache, org, period))


@router.get("/report/download/{fmt}")
def written_report_download(session: SessionDep, cache: CacheDep, fmt: str, org: Param = None,
                            period: Param = None) -> Response:
    context = report_context(session, cache, org, period)
    return report_file(session, cache, context, fmt, f"ktxh-report-{context.org_unit_code}")


@router.get("/checks", response_class=HTMLResponse)
def checks(
    request: Request, session: SessionDep, cache: CacheDep, org: Param = None, period: Param = None
) -> Response:
    page = cache.get(session, ("checks", org, period), lambda: services.checks(session, org, period))
    return render(request, "checks.html", page=page)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, session: SessionDep, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    return render(request, "search.html", result=search_service.search(session, q))


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, session: SessionDep) -> Response:
    return render(request, "upload.html", org_units=services.org_units(session))


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
    return Response(tables.render(table, fmt), media_type=tables.FORMATS[fmt],
                    headers={"Content-Disposition": disposition})
