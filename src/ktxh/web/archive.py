"""The report archive: published reports, and the org units and periods ktxh can write a report of.

A stored document opens as the report of its org unit and period, written by
ktxh.report from the store, so the page, its print view and its DOCX, PDF and TXT
downloads all come from one context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ktxh.errors import NotFoundError
from ktxh.report import ReportContext
from ktxh.store.schema import Document, Observation, OrgUnit, Period


@dataclass(frozen=True)
class ReportSummary:
    id: int
    title: str
    date: dt.date | None
    org_unit_code: str | None
    org_unit_name: str | None
    period_label: str | None
    observations: int


def reports(session: Session) -> list[ReportSummary]:
    """Published reports, newest first."""
    stmt = _report_query().where(Document.status == "published")
    stmt = stmt.order_by(Document.date.desc().nulls_last(), Document.id.desc())
    return [ReportSummary(*row) for row in session.execute(stmt)]


def report(session: Session, doc_id: int) -> ReportSummary:
    row = session.execute(_report_query().where(Document.id == doc_id)).first()
    if row is None:
        raise NotFoundError(f"no report with id {doc_id}", where="document")
    return ReportSummary(*row)


def document(session: Session, doc_id: int) -> Document:
    found = session.get(Document, doc_id)
    if found is None:
        raise NotFoundError(f"no report with id {doc_id}", where="document")
    return found


def _report_query() -> Select[Any]:
    count = (
        select(func.count(Observation.id))
        .where(Observation.document_id == Document.id)
        .correlate(Document)
        .scalar_subquery()
    )
    return (
        select(Document.id, Document.title, Document.date, OrgUnit.code, OrgUnit.name, Period.label, count)
        .outerjoin(OrgUnit, OrgUnit.id == Document.org_unit_id)
        .outerjoin(Period, Period.id == Document.period_id)
    )


@dataclass(frozen=True)
class ReportPeriod:
    """An org unit and period the store holds figures for: a report ktxh can write."""

    org_unit_code: str
    org_unit_name: str
    period_label: str
    period_end: dt.date
    observations: int


def report_periods(session: Session, limit: int = 200) -> list[ReportPeriod]:
    """The org units and periods with figures, latest period first, fullest first."""
    count = func.count(Observation.id)
    stmt = (
        select(OrgUnit.code, OrgUnit.name, Period.label, Period.end, count)
        .join(Observation, Observation.org_unit_id == OrgUnit.id)
        .join(Period, Period.id == Observation.period_id)
        .group_by(OrgUnit.code, OrgUnit.name, Period.label, Period.end)
        .order_by(Period.end.desc(), count.desc(), OrgUnit.code)
        .limit(limit)
    )
    return [ReportPeriod(*row) for row in session.execute(stmt)]


def report_context(session: Session, org_code: str | None, period_label: str | None) -> ReportContext:
    """The report the writer makes of an org unit and period (the defaults of build_report)."""
    from ktxh.report.build import build_report

    return build_report(session, org_code, period_label)
