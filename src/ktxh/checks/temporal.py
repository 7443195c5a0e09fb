"""Growth and time: a stated growth rate against the two levels, the parts' implied base-period
levels against the total's, and year-to-date figures that can only grow within a year.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from ktxh.checks.arithmetic import adds_up, comparable_parts
from ktxh.checks.figures import Batch, Figure, Point, finding, pct_interval
from ktxh.checks.messages import approx, render
from ktxh.checks.registry import check
from ktxh.checks.tolerance import Interval, closeness, written_interval
from ktxh.model import Finding

# a year-to-date series is checked for flows only: a stock or a rate may fall within a year
CUMULATIVE_KINDS = ("flow",)


def base_level(batch: Batch, fig: Figure, base: str) -> Interval | None:
    """The level at a base: stated or stored, else implied by a stated absolute change."""
    known = batch.previous.get((fig.key, base))
    if known is not None:
        return known
    change = fig.comparison("change_abs", base)
    if change is None or fig.value is None or change.unit:
        return None
    return fig.value - written_interval(change.value).scale(fig.factor)


def implied_base(fig: Figure, rate: float) -> Interval | None:
    """The base-period level a growth rate implies: value / (1 + rate%)."""
    if fig.value is None:
        return None
    return fig.value.divide(pct_interval(rate).scale(0.01) + Interval.exact(1.0))


@check(
    "growth_level",
    "error",
    "A stated growth rate matches the level against its base-period level where both are known.",
)
def growth_level(batch: Batch) -> Iterator[Finding]:
    for fig in batch.figures:
        for c in fig.comparisons:
            previous = base_level(batch, fig, c.base) if c.type == "change_pct" else None
            ratio = None if previous is None or fig.value is None else fig.value.divide(previous)
            if ratio is None:
                continue
            actual = (ratio - Interval.exact(1.0)).scale(100)
            verdict = closeness(actual, pct_interval(c.value))
            if verdict == "exact":
                continue
            w = fig.in_written_unit
            message = render(
                "growth_level",
                name=fig.indicator,
                value=w(fig.value.mid) if fig.value else None,
                previous=w(previous.mid) if previous else None,
                pct=actual.mid,
                stated=c.value,
                unit=fig.unit or "",
            )
            severity = "error" if verdict == "apart" else "info"
            text = message if verdict == "apart" else render("within_rounding", text=message)
            yield finding("growth_level", severity, text, [fig], expected=actual.mid, actual=c.value)


@check(
    "growth_parts",
    "error",
    "The base-period level a total's growth implies agrees with the sum of its parts' implied base levels.",
)
def growth_parts(batch: Batch) -> Iterator[Finding]:
    for whole_key, parts in batch.parts.items():
        whole = batch.by_key.get(whole_key)
        if whole is None or whole.value is None:
            continue
        for c in whole.comparisons:
            if c.type == "change_pct":
                yield from _growth_group(whole, parts, c.base, c.value, adds_up(whole, parts))


def _growth_group(whole: Figure, parts: list[Figure], base: str, rate: float, complete: bool) -> Iterator[Finding]:
    comparable = comparable_parts(whole, parts)
    rates = [p.comparison("change_pct", base) for p in comparable]
    whole_base = implied_base(whole, rate)
    if not comparable or whole_base is None or any(r is None for r in rates):
        return
    bases = [implied_base(p, r.value) for p, r in zip(comparable, rates, strict=True) if r is not None]
    if any(b is None for b in bases):
        return
    total = Interval.exact(0.0)
    for b in bases:
        assert b is not None
        total = total + b
    if total.meets(whole_base) if complete else total.lo <= whole_base.hi:
        return
    w = whole.in_written_unit
    message = render(
        "growth_parts",
        name=whole.indicator,
        whole=w(whole.value.mid) if whole.value else None,
        sign="+" if rate >= 0 else "−",
        rate=abs(rate),
        base=w(whole_base.mid),
        terms=[approx(w(b.mid)) for b in bases if b is not None],
        total=w(total.mid),
        diff=abs(w(total.mid - whole_base.mid)),
        unit=whole.unit or "",
    )
    yield finding(
        "growth_parts", "error", message, [whole, *comparable], expected=w(total.mid), actual=w(whole_base.mid)
    )


@check(
    "ytd_order",
    "error",
    "A year-to-date figure of a flow is not below the shorter year-to-date figure of the same year.",
    needs="store",
)
def ytd_order(points: list[Point]) -> Iterator[Finding]:
    series: dict[tuple[str, str, str, int, int], list[Point]] = defaultdict(list)
    for p in points:  # one series: an indicator, org unit, value kind, year and start date
        if p.period_type == "ytd" and p.indicator_kind in CUMULATIVE_KINDS and p.figure.value is not None:
            series[(p.indicator_code, p.org_unit, p.value_kind, p.end.year, p.start.toordinal())].append(p)
    for items in series.values():
        items.sort(key=lambda p: p.end)
        for shorter, longer in itertools.pairwise(items):
            yield from _ytd_pair(shorter, longer)


def _ytd_pair(shorter: Point, longer: Point) -> Iterator[Finding]:
    short_value, long_value = shorter.figure.value, longer.figure.value
    if short_value is None or long_value is None or long_value.hi >= short_value.lo:
        return
    fig = longer.figure
    w = fig.in_written_unit
    message = render(
        "ytd_order",
        name=fig.indicator,
        long_period=longer.period_label,
        short_period=shorter.period_label,
        value=w(long_value.mid),
        shorter=w(short_value.mid),
        unit=fig.unit or "",
    )
    yield finding(
        "ytd_order", "error", message, [fig, shorter.figure], expected=w(short_value.mid), actual=w(long_value.mid)
    )
