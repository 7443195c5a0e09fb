"""Typed reads of the store, shared by the checks, the report writer and the web portal.

`current_observations` gives the current row (the latest recorded) for each indicator
x org unit x period x value kind, with its stated comparisons, as plain dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from ktxh.model import Comparison
from ktxh.store.folding import fold
from ktxh.store.schema import (
    Document,
    Indicator,
    IndicatorAlias,
    Observation,
    OrgUnit,
    Period,
    Section,
    StatedComparison,
)


@dataclass(frozen=True)
class ObservationRow:
    """An observation joined with its indicator, org unit, period and stated comparisons."""

    id: int
    indicator_code: str
    indicator_name: str
    section_code: str | None
    base_unit: str | None
    indicator_kind: str
    org_unit_code: str
    org_unit_name: str
    period_label: str
    period_type: str
    period_start: dt.date
    period_end: dt.date
    value_kind: str
    value: float | None
    total: float | None
    unit_written: str | None
    value_written: str | None
    document_id: int | None
    source: str | None
    source_offset: int | None
    part_of_offset: int | None
    comparisons: tuple[Comparison, ...]
    recorded_at: dt.datetime
    indicator_text: str | None = None
    status: str = "ok"


def _current_ids(*filters: Any) -> Select[Any]:
    """Ids of the latest row of each indicator x org unit x period x value kind x source place.

    A source place is a document and an offset in it (or a figures file and its row's
    offset), so a report that states one indicator twice keeps both statements. `filters`
    (on Observation columns) are applied before the ranking, so that asking for one org
    unit and period ranks only its rows.
    """
    key = [
        Observation.indicator_id,
        Observation.org_unit_id,
        Observation.period_id,
        Observation.value_kind,
        Observation.document_id,
        Observation.source_offset,
    ]
    rank = (
        func.row_number()
        .over(
            partition_by=key,
            order_by=(Observation.recorded_at.desc(), Observation.id.desc()),
        )
        .label("rank")
    )
    ranked = select(Observation.id, rank).where(*filters).subquery()
    return select(ranked.c.id).where(ranked.c.rank == 1)


# the columns of an ObservationRow, in its field order (comparisons apart), read as plain tuples:
# building ORM objects for a million rows costs minutes, reading columns seconds
_ROW_COLUMNS = (
    Observation.id,
    Indicator.code,
    Indicator.name,
    Indicator.section_code,
    Indicator.base_unit,
    Indicator.kind,
    OrgUnit.code,
    OrgUnit.name,
    Period.label,
    Period.type,
    Period.start,
    Period.end,
    Observation.value_kind,
    Observation.value,
    Observation.total,
    Observation.unit_written,
    Observation.value_written,
    Observation.document_id,
    Observation.source,
    Observation.source_offset,
    Observation.part_of_offset,
    Observation.recorded_at,
    Observation.indicator_text,
    Observation.status,
)


def _rows_query() -> Select:
    return (
        select(*_ROW_COLUMNS)
        .join(Indicator, Indicator.id == Observation.indicator_id)
        .join(OrgUnit, OrgUnit.id == Observation.org_unit_id)
        .join(Period, Period.id == Observation.period_id)
    )


def current_observations(
    session: Session,
    org_unit_code: str | None = None,
    period_label: str | None = None,
    indicator_code: str | None = None,
    value_kind: str | None = None,
    period_end_between: tuple[dt.date, dt.date] | None = None,
    per_source: bool = False,
) -> list[ObservationRow]:
    """Current observations, filtered; in report order (section, indicator, period).

    `period_end_between` keeps the periods ending within those dates (both included).
    A figure both loaded from a file and read from a report (or read from two reports) is
    current once, from the source that recorded it last; with `per_source` every source's
    statement is kept, as the checks need.
    """
    filters: list[Any] = []
    if org_unit_code is not None:
        filters.append(
            Observation.org_unit_id == select(OrgUnit.id).where(OrgUnit.code == org_unit_code).scalar_subquery()
        )
    if period_label is not None:
        filters.append(Observation.period_id.in_(select(Period.id).where(Period.label == period_label)))
    if indicator_code is not None:
        filters.append(
            Observation.indicator_id == select(Indicator.id).where(Indicator.code == indicator_code).scalar_subquery()
        )
    if value_kind is not None:
        filters.append(Observation.value_kind == value_kind)
    if period_end_between is not None:
        first, last = period_end_between
        filters.append(Observation.period_id.in_(select(Period.id).where(Period.end.between(first, last))))
    ids = _current_ids(*filters)
    query = _rows_query().where(Observation.id.in_(ids))
    query = query.order_by(Indicator.sort_order, Indicator.id, Period.end, Observation.source_offset, Observation.id)
    rows = _with_comparisons(session, session.execute(query).all(), ids)
    return rows if per_source else _latest_source_only(rows)


def _latest_source_only(rows: list[ObservationRow]) -> list[ObservationRow]:
    """Of the rows of each indicator x org unit x period x kind, those of the source recorded last."""
    latest: dict[tuple[str, str, str, str], ObservationRow] = {}
    for row in rows:
        key = (row.indicator_code, row.org_unit_code, row.period_label, row.value_kind)
        if key not in latest or (row.recorded_at, row.id) > (latest[key].recorded_at, latest[key].id):
            latest[key] = row

    def same_source(row: ObservationRow) -> bool:
        newest = latest[(row.indicator_code, row.org_unit_code, row.period_label, row.value_kind)]
        return (row.document_id, row.source) == (newest.document_id, newest.source)

    return [row for row in rows if same_source(row)]


def observation_history(session: Session, observation_id: int) -> list[ObservationRow]:
    """Every recorded row of the same indicator x org unit x period x value kind, oldest first."""
    row = session.get(Observation, observation_id)
    if row is None:
        return []
    ids = select(Observation.id).where(
        Observation.indicator_id == row.indicator_id,
        Observation.org_unit_id == row.org_unit_id,
        Observation.period_id == row.period_id,
        Observation.value_kind == row.value_kind,
    )
    query = _rows_query().where(Observation.id.in_(ids)).order_by(Observation.recorded_at, Observation.id)
    return _with_comparisons(session, session.execute(query).all(), ids)


def series(session: Session, indicator_code: str, org_unit_code: str) -> list[ObservationRow]:
    """Every period of an indicator for one org unit, oldest first: each source's current statement,
    so that a figure loaded from a file and read from a report shows both of its sources."""
    rows = current_observations(session, org_unit_code=org_unit_code, indicator_code=indicator_code, per_source=True)
    return sorted(rows, key=lambda r: (r.period_end, r.period_start, r.value_kind))


def _with_comparisons(session: Session, rows: Sequence[Any], ids: Select[Any]) -> list[ObservationRow]:
    """ObservationRows from column tuples, with the stated comparisons of the same `ids` read in one query."""
    comps: dict[int, list[Comparison]] = defaultdict(list)
    query = select(
        StatedComparison.observation_id,
        StatedComparison.type,
        StatedComparison.base,
        StatedComparison.value,
        StatedComparison.unit,
    ).where(StatedComparison.observation_id.in_(ids))
    for obs_id, type_, base, value, unit in session.execute(query.order_by(StatedComparison.id)):
        comps[obs_id].append(Comparison(type_, base, value, unit))
    return [_row(row, tuple(comps.get(row[0], ()))) for row in rows]


def _row(cols: Sequence[Any], comps: tuple[Comparison, ...]) -> ObservationRow:
    (obs_id, code, name, section, base_unit, kind, org_code, org_name, label, ptype, start, end) = cols[:12]
    (value_kind, value, total, unit_written, value_written, document_id, source, offset, part_of) = cols[12:21]
    recorded_at, indicator_text, status = cols[21:24]
    return ObservationRow(
        id=obs_id,
        indicator_code=code,
        indicator_name=name,
        section_code=section,
        base_unit=base_unit,
        indicator_kind=kind,
        org_unit_code=org_code,
        org_unit_name=org_name,
        period_label=label,
        period_type=ptype,
        period_start=start,
        period_end=end,
        value_kind=value_kind,
        value=value,
        total=total,
        unit_written=unit_written,
        value_written=value_written,
        document_id=document_id,
        source=source,
        source_offset=offset,
        part_of_offset=part_of,
        comparisons=comps,
        recorded_at=recorded_at,
        indicator_text=indicator_text,
        status=status,
    )


def top_org_unit(session: Session) -> OrgUnit | None:
    """The highest org unit that has observations (a province before the country)."""
    order = {"country": 0, "region": 1, "province": 2, "district": 3, "commune": 4}
    used = session.scalars(select(OrgUnit).where(OrgUnit.id.in_(select(Observation.org_unit_id).distinct()))).all()
    if not used:
        return None
    return min(used, key=lambda o: (order.get(o.level, 9), o.code))


def latest_period(session: Session, org_unit_code: str | None = None) -> Period | None:
    """The latest period (by end date, then the longest) with observations of the org unit."""
    query = select(Period).join(Observation, Observation.period_id == Period.id)
    if org_unit_code is not None:
        query = query.join(OrgUnit, OrgUnit.id == Observation.org_unit_id).where(OrgUnit.code == org_unit_code)
    counts = func.count(Observation.id)
    query = query.group_by(Period.id).order_by(counts.desc(), Period.end.desc(), Period.start)
    return session.scalars(query.limit(1)).first()


def sections(session: Session) -> list[Section]:
    return list(session.scalars(select(Section).order_by(Section.sort_order, Section.id)))


def indicators(session: Session, query: str | None = None, include_uncatalogued: bool = True) -> list[Indicator]:
    """Indicators in report order; `query` matches code, name or alias ignoring diacritics and case."""
    stmt = select(Indicator).order_by(Indicator.sort_order, Indicator.id)
    if not include_uncatalogued:
        stmt = stmt.where(Indicator.status == "catalogued")
    if query:
        key = f"%{fold(query)}%"
        alias = aliased(IndicatorAlias)
        matching = select(alias.indicator_id).where(alias.key.like(key))
        stmt = stmt.where(or_(Indicator.id.in_(matching), Indicator.code.ilike(f"%{query}%")))
    return list(session.scalars(stmt))


def components(session: Session) -> dict[str, list[str]]:
    """Identities of the catalog: indicator code -> the codes it is the sum of."""
    return {i.code: list(i.components) for i in session.scalars(select(Indicator)) if i.components}


def documents(session: Session) -> list[Document]:
    """Reports in the store, newest first."""
    return list(session.scalars(select(Document).order_by(Document.date.desc().nulls_last(), Document.id.desc())))


def org_unit_by_code(session: Session, code: str) -> OrgUnit | None:
    return session.scalar(select(OrgUnit).where(OrgUnit.code == code))


def period_by_label(session: Session, label: str) -> Period | None:
    """The period of a label as written ("9 tháng 2012") or canonical ("9 tháng đầu năm 2012")."""
    from ktxh.store.periods import PeriodError, parse_period

    row = session.scalar(select(Period).where(Period.label == label))
    if row is not None:
        return row
    try:
        spec = parse_period(label)
    except PeriodError:
        return None
    return session.scalar(
        select(Period).where(Period.type == spec.type, Period.start == spec.start, Period.end == spec.end)
    )
