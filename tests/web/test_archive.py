"""The report archive: published documents, and the org units and periods with figures."""

from __future__ import annotations

import pytest
from tests.web.conftest import P2011, P2012, PROVINCE, YEAR2012, Seeded

from ktxh.errors import NotFoundError
from ktxh.web import archive


def test_reports_list_the_published_document(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        listed = archive.reports(session)
        one = archive.report(session, web_store.document_id)
    assert [r.id for r in listed] == [web_store.document_id]
    assert one.observations == 2
    assert one.period_label == P2012


def test_unknown_report_is_not_found(web_store: Seeded) -> None:
    with web_store.store.reading() as session, pytest.raises(NotFoundError, match="999"):
        archive.report(session, 999)


def test_report_periods_are_the_units_and_periods_with_figures(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        periods = archive.report_periods(session)
    assert [(p.org_unit_code, p.period_label, p.observations) for p in periods] == [
        (PROVINCE, YEAR2012, 1),
        (PROVINCE, P2012, 2),
        (PROVINCE, P2011, 1),
    ]


def test_report_context_of_a_unit_and_period(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        context = archive.report_context(session, PROVINCE, P2012)
    assert (context.org_unit_code, context.period_label) == (PROVINCE, P2012)
    codes = {f.indicator_code for s in context.sections for f in s.figures}
    assert codes
