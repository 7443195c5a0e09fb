"""Writing observations: find-or-create org units' periods, add a row unless it is already there.

Shared by the figures loader (CSV) and ingest (report text), so both keep the same
rule: a figure identical to the current one adds nothing; a different one adds a row
(a revision), never overwriting what was stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.model import Comparison
from ktxh.store.periods import PeriodSpec
from ktxh.store.schema import Observation, Period, StatedComparison


@dataclass(frozen=True)
class NewObservation:
    indicator_id: int
    org_unit_id: int
    period_id: int
    value_kind: str
    value: float | None
    unit_written: str | None
    value_written: str | None
    comparisons: tuple[Comparison, ...] = ()
    total: float | None = None
    document_id: int | None = None
    source: str | None = None
    source_offset: int | None = None
    source_line: int | None = None
    indicator_text: str | None = None
    part_of_offset: int | None = None


def get_or_create_period(session: Session, spec: PeriodSpec) -> Period:
    row = session.scalar(
        select(Period).where(Period.type == spec.type, Period.start == spec.start, Period.end == spec.end)
    )
    if row is None:
        row = Period(type=spec.type, start=spec.start, end=spec.end, label=spec.label)
        session.add(row)
        session.flush()
    return row


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _comparison_key(c: Comparison) -> tuple[str, str, float, str | None]:
    return (c.type, c.base, round(c.value, 9), c.unit)


def current_row(session: Session, new: NewObservation) -> Observation | None:
    """The latest stored row for the same indicator, org unit, period, value kind and source offset."""
    query = (
        select(Observation)
        .where(
            Observation.indicator_id == new.indicator_id,
            Observation.org_unit_id == new.org_unit_id,
            Observation.period_id == new.period_id,
            Observation.value_kind == new.value_kind,
        )
        .order_by(Observation.recorded_at.desc(), Observation.id.desc())
    )
    if new.document_id is not None:
        query = query.where(Observation.document_id == new.document_id, Observation.source_offset == new.source_offset)
    return session.scalars(query.limit(1)).first()


def stated_comparisons(session: Session, observation_id: int) -> list[Comparison]:
    rows = session.scalars(select(StatedComparison).where(StatedComparison.observation_id == observation_id))
    return [Comparison(r.type, r.base, r.value, r.unit) for r in rows]


def is_unchanged(session: Session, row: Observation, new: NewObservation) -> bool:
    if not (_same(row.value, new.value) and _same(row.total, new.total)):
        return False
    if (row.unit_written or "") != (new.unit_written or ""):
        return False
    have = sorted(_comparison_key(c) for c in stated_comparisons(session, row.id))
    return have == sorted(_comparison_key(c) for c in new.comparisons)


def add_observation(session: Session, new: NewObservation) -> Observation | None:
    """Store `new` unless the current row says the same; returns the new row, or None."""
    existing = current_row(session, new)
    if existing is not None and is_unchanged(session, existing, new):
        return None
    row = Observation(
        indicator_id=new.indicator_id,
        org_unit_id=new.org_unit_id,
        period_id=new.period_id,
        value_kind=new.value_kind,
        value=new.value,
        total=new.total,
        unit_written=new.unit_written,
        value_written=new.value_written,
        document_id=new.document_id,
        source=new.source,
        source_offset=new.source_offset,
        source_line=new.source_line,
        indicator_text=new.indicator_text,
        part_of_offset=new.part_of_offset,
    )
    session.add(row)
    session.flush()
    for c in new.comparisons:
        session.add(StatedComparison(observation_id=row.id, type=c.type, base=c.base, value=c.value, unit=c.unit))
    return row
