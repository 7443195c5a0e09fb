"""The report pages: the archive, a report as ktxh writes it, its print view and downloads.

A published document opens as the report of its org unit and period; any org unit
and period with figures can be opened the same way at /report?org=&period=. The
print view and the DOCX, PDF and TXT files come from ktxh.report.render.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from ktxh.errors import NotFoundError
from ktxh.report import ReportContext
from ktxh.web import archive
from ktxh.web.cache import VersionedCache
from ktxh.web.deps import CacheDep, SessionDep
from ktxh.web.pages.routes import Id, Param, render

router = APIRouter(include_in_schema=False)

REPORT_FORMATS = {
    "txt": "text/plain; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


@router.get("/reports", response_class=HTMLResponse)
def reports(request: Request, session: SessionDep, cache: CacheDep) -> Response:
    """Các báo cáo đã đăng, and below them the reports ktxh can write from the stored figures."""
    periods = cache.get(session, ("report-periods",), lambda: archive.report_periods(session))
    return render(request, "reports.html", reports=archive.reports(session), periods=periods)


def report_context(session: Session, cache: VersionedCache, org: str | None, period: str | None) -> ReportContext:
    return cache.get(session, ("report", org, period), lambda: archive.report_context(session, org, period))


def report_page(request: Request, context: ReportContext, base: str, query: str, title: str) -> Response:
    return render(
        request, "report.html", report=context, base=base, query=query, title=title, formats=list(REPORT_FORMATS)
    )


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
def written_report(
    request: Request, session: SessionDep, cache: CacheDep, org: Param = None, period: Param = None
) -> Response:
    """The report ktxh writes of any org unit and period with figures (no document needed)."""
    context = report_context(session, cache, org, period)
    query = "?" + urlencode({"org": context.org_unit_code, "period": context.period_label})
    return report_page(request, context, "/report", query, context.subject)


@router.get("/report/print", response_class=HTMLResponse)
def written_report_print(session: SessionDep, cache: CacheDep, org: Param = None, period: Param = None) -> Response:
    return print_view(report_context(session, cache, org, period))


@router.get("/report/download/{fmt}")
def written_report_download(
    session: SessionDep, cache: CacheDep, fmt: str, org: Param = None, period: Param = None
) -> Response:
    context = report_context(session, cache, org, period)
    return report_file(session, cache, context, fmt, f"ktxh-report-{context.org_unit_code}")
