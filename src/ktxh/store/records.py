"""Writing observations: find-or-create org units' periods, add a row unless it is already there.

Shared by the figures loader (CSV) and ingest (report text), so both keep the same
rule: a figure identical to the current one adds nothing; a different one adds a row
(a revision), never overwriting what was stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ktxh.model import Comparison
from ktxh.store.periods import PeriodSpec
from ktxh.store.schema import Observation, Period, StatedComparison, utcnow


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


Key = tuple[int, int, int, str, int | None, int | None]


def _key(indicator_id: int, org_unit_id: int, period_id: int, kind: str, doc: int | None, offset: int | None) -> Key:
    """What identifies "the same figure": from a document, its place in the text counts too."""
    return (indicator_id, org_unit_id, period_id, kind, doc, offset if doc is not None else None)


@dataclass(frozen=True)
class _Stored:
    value: float | None
    total: float | None
    unit_written: str | None
    comparisons: tuple[tuple[str, str, float, str | None], ...]


def _current_by_key(session: Session, period_ids: set[int]) -> dict[Key, _Stored]:
    """The current stored figure of every key in the given periods, read in two queries."""
    latest: dict[Key, tuple[tuple[object, int], Observation]] = {}
    query = select(Observation).where(Observation.period_id.in_(period_ids))
    for obs in session.scalars(query):
        key = _key(obs.indicator_id, obs.org_unit_id, obs.period_id, obs.value_kind, obs.document_id, obs.source_offset)
        order = (obs.recorded_at, obs.id)
        if key not in latest or order > latest[key][0]:
            latest[key] = (order, obs)
    ids = [obs.id for _, obs in latest.values()]
    comps: dict[int, list[tuple[str, str, float, str | None]]] = {}
    for start in range(0, len(ids), 900):
        chunk = select(StatedComparison).where(StatedComparison.observation_id.in_(ids[start : start + 900]))
        for c in session.scalars(chunk):
            comps.setdefault(c.observation_id, []).append(_comparison_key(Comparison(c.type, c.base, c.value, c.unit)))
    return {
        key: _Stored(obs.value, obs.total, obs.unit_written, tuple(sorted(comps.get(obs.id, []))))
        for key, (_, obs) in latest.items()
    }


def _unchanged(stored: _Stored | None, new: NewObservation) -> bool:
    if stored is None:
        return False
    return (
        _same(stored.value, new.value)
        and _same(stored.total, new.total)
        and (stored.unit_written or "") == (new.unit_written or "")
        and stored.comparisons == tuple(sorted(_comparison_key(c) for c in new.comparisons))
    )


def add_observations(session: Session, news: list[NewObservation]) -> list[bool]:
    """Store each figure unless the current row says the same; True where a row was added.

    The current rows are read once for all the periods involved, and the new rows are
    written in bulk, so a file of thousands of figures loads in seconds.
    """
    current = _current_by_key(session, {n.period_id for n in news})
    added = [not _unchanged(current.get(_new_key(new)), new) for new in news]
    fresh = [new for new, is_added in zip(news, added, strict=True) if is_added]
    if fresh:
        statement = insert(Observation).returning(Observation.id, sort_by_parameter_order=True)
        ids = session.scalars(statement, [_observation_values(new) for new in fresh]).all()
        comparisons = [
            {"observation_id": obs_id, "type": c.type, "base": c.base, "value": c.value, "unit": c.unit}
            for obs_id, new in zip(ids, fresh, strict=True)
            for c in new.comparisons
        ]
        if comparisons:
            session.execute(insert(StatedComparison), comparisons)
    return added


def _new_key(new: NewObservation) -> Key:
    return _key(new.indicator_id, new.org_unit_id, new.period_id, new.value_kind, new.document_id, new.source_offset)


def _observation_values(new: NewObservation) -> dict[str, object]:
    """The column values of a new observation row, for a bulk insert."""
    return {
        "indicator_id": new.indicator_id,
        "org_unit_id": new.org_unit_id,
        "period_id": new.period_id,
        "value_kind": new.value_kind,
        "value": new.value,
        "total": new.total,
        "unit_written": new.unit_written,
        "value_written": new.value_written,
        "status": "ok",
        "document_id": new.document_id,
        "source": new.source,
        "source_offset": new.source_offset,
        "source_line": new.source_line,
        "indicator_text": new.indicator_text,
        "part_of_offset": new.part_of_offset,
        "recorded_at": utcnow(),
    }
