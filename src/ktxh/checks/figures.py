"""What the rules look at: figures with their rounding, and the links between them.

A document's facts and the store's observations are both turned into `Figure`s
(documents.py, stored.py); the links a careful reader makes (this figure is a part of
that one, this is the plan of that, this was last year's level) are resolved there
and handed to the rules in a `Batch`, so each rule is plain arithmetic.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ktxh.checks.tolerance import Interval, written_interval
from ktxh.model import Comparison, Finding


@dataclass(frozen=True)
class Figure:
    """One figure: its level in the base unit (an interval from its rounding), as written beside it.

    `key` is the fact's offset in a document, or the observation id in the store.
    """

    key: int
    indicator: str
    value: Interval | None
    unit: str | None
    bare_unit: str
    factor: float
    comparisons: tuple[Comparison, ...] = ()
    total: float | None = None
    offset: int | None = None
    sentence: str | None = None
    section: str | None = None
    indicator_code: str | None = None
    observation_id: int | None = None
    is_share: bool = False
    is_plan: bool = False

    def comparison(self, type_: str, base: str | None = None) -> Comparison | None:
        """The first stated comparison of a type (and base), if any."""
        for c in self.comparisons:
            if c.type == type_ and (base is None or c.base == base):
                return c
        return None

    def in_written_unit(self, x: float) -> float:
        """A base-unit quantity expressed in this figure's written unit (for messages)."""
        return x / self.factor


@dataclass
class Batch:
    """Figures checked together (one document, or one org unit and period of the store) and their links."""

    figures: list[Figure]
    parts: dict[int, list[Figure]] = field(default_factory=dict)
    plans: dict[int, Figure] = field(default_factory=dict)
    previous: dict[tuple[int, str], Interval] = field(default_factory=dict)
    identities: list[tuple[Figure, list[Figure]]] = field(default_factory=list)
    clauses: dict[int, str] = field(default_factory=dict)

    @functools.cached_property
    def by_key(self) -> dict[int, Figure]:
        """Figures by key (the batch's figures are fixed once it is built)."""
        return {f.key: f for f in self.figures}


def pct_interval(value: float) -> Interval:
    """A stated percent with the rounding of how it reads ("51" -> 50,5..51,5)."""
    return written_interval(value)


def finding(
    rule: str,
    severity: str,
    message: str,
    figures: Iterable[Figure],
    expected: float | None = None,
    actual: float | None = None,
) -> Finding:
    """A finding citing every figure involved: offsets for a text, observation ids for the store."""
    figs = list(figures)
    first = figs[0] if figs else None
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        offsets=tuple(f.offset for f in figs if f.offset is not None),
        expected=expected,
        actual=actual,
        section=first.section if first else None,
        sentence=first.sentence if first else None,
        observation_ids=tuple(f.observation_id for f in figs if f.observation_id is not None),
    )


class Point(NamedTuple):
    """A stored figure placed in its series: which indicator, org unit, value kind and period.

    A named tuple: the store checks make one per stored observation, so it must be cheap.
    """

    figure: Figure
    indicator_code: str
    indicator_kind: str
    org_unit: str
    value_kind: str
    period_label: str
    period_type: str
    start: dt.date
    end: dt.date
