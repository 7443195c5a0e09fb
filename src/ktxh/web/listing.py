"""Paginated listing of stored observations, filtered by indicator, org unit, period and kind.

The store's typed reads return whole lists; the API needs pages of a table that may
hold millions of rows, so this one query pages in the database (ordered by id, the
`ix_observation_*` indexes serve the filters) and fetches one row more than asked to
know whether a next page exists without counting them all. The next page starts
after the last id seen (a cursor), so deep pages cost no more than the first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ktxh.model import Comparison
from ktxh.store.schema import Indicator, Observation, OrgUnit, Period, StatedComparison


@dataclass(frozen=True)
class ObservationFilter:
    indicator: str | None = None
    org_unit: str | None = None
    period: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class ObservationItem:
    id: int
    indicator_code: str
    indicator_name: str
    org_unit_code: str
    period_label: str
    period_start: dt.date
    period_end: dt.date
    value_kind: str
    value: float | None
    unit: str | None
    total: float | None
    unit_written: str | None
    document_id: int | None
    source: str | None
    source_offset: int | None
    recorded_at: dt.datetime
    comparisons: tuple[Comparison, ...]


@dataclass(frozen=True)
class Page:
    items: tuple[ObservationItem, ...]
    limit: int
    offset: int
    has_next: bool


def _query(flt: ObservationFilter) -> Select[*tuple[Any, ...]]:
    stmt: Select[*tuple[Any, ...]] = (
        select(
            Observation.id.label("id"),
            Indicator.code.label("indicator_code"),
            Indicator.name.label("indicator_name"),
            OrgUnit.code.label("org_unit_code"),
            Period.label.label("period_label"),
            Period.start.label("period_start"),
            Period.end.label("period_end"),
            Observation.value_kind.label("value_kind"),
            Observation.value.label("value"),
            Indicator.base_unit.label("unit"),
            Observation.total.label("total"),
            Observation.unit_written.label("unit_written"),
            Observation.document_id.label("document_id"),
            Observation.source.label("source"),
            Observation.source_offset.label("source_offset"),
            Observation.recorded_at.label("recorded_at"),
        )
        .join(Indicator, Indicator.id == Observation.indicator_id)
        .join(OrgUnit, OrgUnit.id == Observation.org_unit_id)
        .join(Period, Period.id == Observation.period_id)
    )
    if flt.indicator is not None:
        stmt = stmt.where(Indicator.code == flt.indicator)
    if flt.org_unit is not None:
        stmt = stmt.where(OrgUnit.code == flt.org_unit)
    if flt.period is not None:
        stmt = stmt.where(Period.label == flt.period)
    if flt.kind is not None:
        stmt = stmt.where(Observation.value_kind == flt.kind)
    return stmt


def observations(
    session: Session, flt: ObservationFilter, limit: int = 100, offset: int = 0, after: int | None = None
) -> Page:
    """One page of observations matching `flt`, in id order: those with an id above `after`
    (a cursor: as fast on the last page as on the first), then skipping `offset`."""
    stmt = _query(flt) if after is None else _query(flt).where(Observation.id > after)
    fetched = session.execute(stmt.order_by(Observation.id).limit(limit + 1).offset(offset)).all()
    rows = fetched[:limit]
    comps = comparisons(session, [r[0] for r in rows])
    items = tuple(ObservationItem(**r._asdict(), comparisons=comps.get(r.id, ())) for r in rows)
    return Page(items, limit, offset, has_next=len(fetched) > limit)


def observation(session: Session, obs_id: int) -> ObservationItem | None:
    row = session.execute(_query(ObservationFilter()).where(Observation.id == obs_id)).first()
    if row is None:
        return None
    return ObservationItem(**row._asdict(), comparisons=comparisons(session, [obs_id]).get(obs_id, ()))


def comparisons(session: Session, ids: list[int]) -> dict[int, tuple[Comparison, ...]]:
    """observation id -> its stated comparisons, in the order stored."""
    if not ids:
        return {}
    stmt = select(StatedComparison).where(StatedComparison.observation_id.in_(ids))
    out: dict[int, list[Comparison]] = {}
    for c in session.scalars(stmt.order_by(StatedComparison.id)):
        out.setdefault(c.observation_id, []).append(Comparison(c.type, c.base, c.value, c.unit))
    return {k: tuple(v) for k, v in out.items()}
