"""The tables the pages show, as `Table`s for the CSV and XLSX downloads.

Headings come from web/labels.yaml; the rows from the same services the pages use,
so a download holds exactly what the page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from ktxh.errors import NotFoundError
from ktxh.web import archive, fmt, series, services
from ktxh.web.tables import Table


@cache
def _labels() -> dict[str, Any]:
    tables: dict[str, Any] = fmt.labels()["tables"]
    return tables


def _table(name: str, rows: list[tuple[Any, ...]]) -> Table:
    spec = _labels()[name]
    return Table(spec["title"], tuple(spec["columns"]), tuple(rows))


def dashboard_table(session: Session, params: dict[str, str]) -> Table:
    board = services.dashboard(session, params.get("org"), params.get("period"))
    rows = [
        (s.heading, c.indicator_code, c.name, c.value, c.unit, fmt.value_kind(c.value_kind), c.plan_pct, c.change_pct)
        for s in board.sections
        for c in s.cards
    ]
    return _table("dashboard", rows)


def indicator_table(session: Session, params: dict[str, str]) -> Table:
    code = params.get("code")
    if not code:
        raise NotFoundError("which indicator? give ?code=", where="table")
    page = series.indicator_page(session, code, params.get("org"))
    rows = [
        (
            p.row.period_label,
            p.row.period_start,
            p.row.period_end,
            fmt.value_kind(p.row.value_kind),
            p.row.value,
            p.row.base_unit,
            p.document_title or p.row.source,
            "".join((p.sentence.before, p.sentence.mark, p.sentence.after)) if p.sentence else None,
        )
        for p in page.points
    ]
    return _table("indicator", rows)


def reports_table(session: Session, params: dict[str, str]) -> Table:
    rows = [(r.id, r.title, r.date, r.org_unit_name, r.period_label, r.observations) for r in archive.reports(session)]
    return _table("reports", rows)


def checks_table(session: Session, params: dict[str, str]) -> Table:
    page = services.checks(session, params.get("org"), params.get("period"))
    rows = [
        (g.title, f.rule, f.severity, f.message, f.expected, f.actual, f.sentence)
        for g in page.groups
        for f in g.findings
    ]
    return _table("checks", rows)


BUILDERS: dict[str, Callable[[Session, dict[str, str]], Table]] = {
    "dashboard": dashboard_table,
    "indicator": indicator_table,
    "reports": reports_table,
    "checks": checks_table,
}


def build(session: Session, name: str, params: dict[str, str]) -> Table:
    builder = BUILDERS.get(name)
    if builder is None:
        raise NotFoundError(f"no table named {name!r} (one of {', '.join(BUILDERS)})", where="table")
    return builder(session, params)
