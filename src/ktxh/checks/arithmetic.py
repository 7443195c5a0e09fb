"""Sums and bounds: parts against their whole, catalog identities, "X/Y", shares, stated changes.

Every comparison is made on intervals (tolerance.py): a difference the rounding of the
written figures can explain is not an error; it is reported as info when the written
figures do not add up exactly.
"""

from __future__ import annotations

from collections.abc import Iterator

from ktxh.checks.figures import Batch, Figure, finding
from ktxh.checks.messages import num, render
from ktxh.checks.registry import check
from ktxh.checks.tolerance import Interval, closeness, written_interval
from ktxh.checks.words import split_unit
from ktxh.model import Finding

# parts short of a whole by less than this share look like a slip rather than a partial list
NEAR_SHARE = 0.02


def comparable_parts(whole: Figure, parts: list[Figure]) -> list[Figure]:
    """The parts with a level in the whole's unit: only those can be added up against it."""
    return [p for p in parts if p.value is not None and p.bare_unit == whole.bare_unit]


def total_of(parts: list[Figure]) -> Interval:
    total = Interval.exact(0.0)
    for p in parts:
        assert p.value is not None
        total = total + p.value
    return total


def adds_up(whole: Figure, parts: list[Figure]) -> bool:
    """True when at least two parts add up to the whole within rounding: the list is complete."""
    comparable = comparable_parts(whole, parts)
    return whole.value is not None and len(comparable) >= 2 and total_of(comparable).meets(whole.value)


@check(
    "parts_sum",
    "error",
    'The parts of a figure (listed after "of which") never exceed it, and add up to it when complete.',
)
def parts_sum(batch: Batch) -> Iterator[Finding]:
    by_identity = {whole.key for whole, _ in batch.identities}  # the identity rule checks those, exactly
    for whole_key, parts in batch.parts.items():
        whole = batch.by_key.get(whole_key)
        if whole is not None and whole_key not in by_identity:
            yield from sum_findings("parts_sum", whole, parts, exhaustive=False)


@check("identity", "error", "Catalog identities hold: a total equals the sum of its components (grain = rice + maize).")
def identity(batch: Batch) -> Iterator[Finding]:
    for whole, components in batch.identities:
        yield from sum_findings("identity", whole, components, exhaustive=True)


def sum_findings(rule: str, whole: Figure, parts: list[Figure], exhaustive: bool) -> Iterator[Finding]:
    """The finding (if any) for a whole against the sum of its parts."""
    comparable = comparable_parts(whole, parts)
    if whole.value is None or not comparable or (exhaustive and len(comparable) < len(parts)):
        return
    total, level = total_of(comparable), whole.value
    shortfall = level.mid - total.mid
    if total.lo > level.hi:
        severity, template = "error", "parts_exceed"
    elif exhaustive and total.hi < level.lo:
        severity, template = "error", "parts_short"
    elif total.hi < level.lo and len(comparable) >= 2 and shortfall <= NEAR_SHARE * abs(level.mid):
        severity, template = "warning", "parts_near"
    elif closeness(total, level) == "close" and (exhaustive or len(comparable) >= 2):
        severity, template = "info", "parts_rounding"
    else:
        return
    w = whole.in_written_unit
    message = render(
        template,
        name=whole.indicator,
        whole=w(level.mid),
        unit=whole.unit or "",
        terms=[num(w(p.value.mid)) for p in comparable if p.value is not None],
        total=w(total.mid),
        diff=abs(w(shortfall)),
        tol=w(level.hi - level.mid + total.hi - total.mid),
    )
    yield finding(rule, severity, message, [whole, *comparable], expected=w(total.mid), actual=w(level.mid))


@check("ratio_bounds", "error", 'In "X/Y" (46/93 communes) the part X is not larger than the whole Y.')
def ratio_bounds(batch: Batch) -> Iterator[Finding]:
    for fig in batch.figures:
        if fig.total is None or fig.value is None:
            continue
        whole = written_interval(fig.total).scale(fig.factor)
        if fig.value.lo > whole.hi:
            x, y = fig.in_written_unit(fig.value.mid), fig.total
            message = render("ratio_bounds", name=fig.indicator, x=x, y=y, unit=fig.unit or "")
            yield finding("ratio_bounds", "error", message, [fig], expected=y, actual=x)


@check("share_range", "error", "A figure the catalog or its name marks as a share lies between 0 and 100%.")
def share_range(batch: Batch) -> Iterator[Finding]:
    for fig in batch.figures:
        if fig.is_share and fig.value is not None and (fig.value.lo > 100 or fig.value.hi < 0):
            message = render("share_range", name=fig.indicator, value=fig.value.mid)
            expected = min(max(fig.value.mid, 0.0), 100.0)
            yield finding("share_range", "error", message, [fig], expected=expected, actual=fig.value.mid)


@check("change_abs", "error", "A stated absolute change equals the level minus the level at its base.")
def change_abs(batch: Batch) -> Iterator[Finding]:
    for fig, stated, previous, factor in _stated_changes(batch, "change_abs"):
        yield from _change_finding("change_abs", fig, stated, previous, factor)


@check("change_pp", "error", "A change in percentage points equals the difference of the two percentages.")
def change_pp(batch: Batch) -> Iterator[Finding]:
    for fig, stated, previous, factor in _stated_changes(batch, "change_pp"):
        yield from _change_finding("change_pp", fig, stated, previous, factor)


def _stated_changes(batch: Batch, type_: str) -> Iterator[tuple[Figure, float, Interval, float]]:
    """(figure, stated change, level at the base, factor of the change's unit) where both levels are known."""
    for fig in batch.figures:
        for c in fig.comparisons:
            previous = batch.previous.get((fig.key, c.base))
            if c.type == type_ and fig.value is not None and previous is not None:
                factor = split_unit(c.unit)[0] if c.unit else fig.factor
                yield fig, c.value, previous, factor


def _change_finding(rule: str, fig: Figure, stated: float, previous: Interval, factor: float) -> Iterator[Finding]:
    assert fig.value is not None
    diff = fig.value - previous
    claimed = written_interval(stated).scale(factor)
    verdict = closeness(diff, claimed)
    if verdict == "exact":
        return
    w = fig.in_written_unit
    message = render(
        rule,
        name=fig.indicator,
        value=w(fig.value.mid),
        previous=w(previous.mid),
        diff=w(diff.mid),
        stated=stated,
        gap=abs(w(diff.mid) - stated * factor / fig.factor),
        unit=fig.unit or "",
    )
    if verdict == "close":
        yield finding(rule, "info", render("within_rounding", text=message), [fig], expected=w(diff.mid), actual=stated)
    else:
        yield finding(rule, "error", message, [fig], expected=w(diff.mid), actual=stated)
