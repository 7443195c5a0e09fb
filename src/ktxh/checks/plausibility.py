"""Plausibility: a figure far outside its own history, by a robust z-score (median and MAD).

The modified z-score of Iglewicz and Hoaglin, 0.6745 × (x − median) / MAD, is not moved
by the outlier itself as a mean and a standard deviation would be; beyond 3.5 the figure
is doubtful (a warning: it may be true, a new plant, a drought).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterator

from ktxh.checks.figures import Point, finding
from ktxh.checks.messages import render
from ktxh.checks.registry import check
from ktxh.model import Finding

Z_LIMIT = 3.5
MAD_SCALE = 0.6745
MIN_HISTORY = 5  # fewer points say nothing about what is usual


def series_key(p: Point) -> tuple[str, str, str, str, int, int]:
    """Figures of one series: same indicator, org unit, value kind, and the same span of the year."""
    return (p.indicator_code, p.org_unit, p.value_kind, p.period_type, p.start.month * 100 + p.start.day, p.end.month)


def robust_z(values: list[float]) -> list[float] | None:
    """The modified z-score of each value against all of them; None when they do not vary."""
    median = statistics.median(values)
    mad = statistics.median(abs(x - median) for x in values)
    if mad == 0:
        return None
    return [MAD_SCALE * (x - median) / mad for x in values]


@check(
    "outlier",
    "warning",
    "A figure far outside its own stored history (robust z-score on median and MAD).",
    needs="store",
)
def outlier(points: list[Point]) -> Iterator[Finding]:
    series: dict[tuple[str, str, str, str, int, int], list[Point]] = defaultdict(list)
    for p in points:
        if p.figure.value is not None:
            series[series_key(p)].append(p)
    for items in series.values():
        if len(items) >= MIN_HISTORY:
            yield from _outliers(items)


def _outliers(items: list[Point]) -> Iterator[Finding]:
    values = [p.figure.value.mid for p in items if p.figure.value is not None]
    scores = robust_z(values)
    if scores is None:
        return
    median = statistics.median(values)
    for p, x, z in zip(items, values, scores, strict=True):
        if abs(z) <= Z_LIMIT:
            continue
        fig = p.figure
        w = fig.in_written_unit
        message = render(
            "outlier", name=fig.indicator, period=p.period_label, value=w(x), median=w(median), z=z, unit=fig.unit or ""
        )
        yield finding("outlier", "warning", message, [fig], expected=w(median), actual=w(x))
