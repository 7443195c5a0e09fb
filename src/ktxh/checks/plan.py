"""Shares of plan: a stated "% kế hoạch" against the figure and its plan, and plans implied by
different sentences against each other; "vượt kế hoạch 127%" read the way the other figures support.

A figure at p% of plan implies a plan of value / p × 100. The whole's implied plan and its
parts' implied plans must agree when the parts are complete (they add up to the whole), and
the parts' plans may never exceed the whole's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ktxh.checks.arithmetic import adds_up, comparable_parts
from ktxh.checks.figures import Batch, Figure, finding, pct_interval
from ktxh.checks.messages import approx, render
from ktxh.checks.registry import check
from ktxh.checks.tolerance import Interval, closeness
from ktxh.checks.words import load_words
from ktxh.model import Finding

PLAN = "plan"
# "vượt kế hoạch 4%" can only be 104%: below 100 the "X% of plan" reading contradicts "vượt"
AMBIGUOUS_FROM = 100.0


def stated_pct(fig: Figure) -> float | None:
    c = fig.comparison("pct_of", PLAN)
    return None if c is None else c.value


def implied_plan(fig: Figure, pct: float) -> Interval | None:
    """The plan a figure implies: value / pct × 100, with the rounding of both."""
    if fig.value is None or pct <= 0:
        return None
    return fig.value.divide(pct_interval(pct).scale(0.01))


@dataclass(frozen=True)
class Wording:
    """An ambiguous "vượt kế hoạch N%": the phrase as written and its two readings (N and 100 + N)."""

    phrase: str
    readings: tuple[float, float]


def ambiguous_wording(batch: Batch, fig: Figure) -> Wording | None:
    """The ambiguous plan wording in the clause of a figure, if any."""
    clause = batch.clauses.get(fig.key)
    match = _ambiguous_pattern().search(clause) if clause else None
    n = float(match.group(1).replace(",", ".")) if match else 0.0
    if match is None or n < AMBIGUOUS_FROM:
        return None
    return Wording(match.group(0), (n, 100 + n))


@functools.cache
def _ambiguous_pattern() -> re.Pattern[str]:
    """Any ambiguous plan phrase followed by a number and "%"."""
    phrases = "|".join(re.escape(p) for p in load_words().ambiguous_plan)
    return re.compile(rf"(?:{phrases})\s+(\d+(?:,\d+)?)\s*%", flags=re.IGNORECASE)


def readings(batch: Batch, fig: Figure) -> list[float]:
    """The pct-of-plan values a figure may carry: the stated one first, then the other reading."""
    pct = stated_pct(fig)
    if pct is None:
        return []
    wording = ambiguous_wording(batch, fig)
    others = [r for r in (wording.readings if wording else ()) if abs(r - pct) > 1e-9]
    return [pct, *others]


@dataclass(frozen=True)
class PlanGroup:
    """A whole with a plan share and its comparable parts that all have one."""

    whole: Figure
    parts: list[Figure]
    complete: bool


def plan_groups(batch: Batch) -> Iterator[PlanGroup]:
    for whole_key, parts in batch.parts.items():
        whole = batch.by_key.get(whole_key)
        if whole is None or whole.value is None or stated_pct(whole) is None:
            continue
        comparable = comparable_parts(whole, parts)
        if comparable and all(stated_pct(p) is not None for p in comparable):
            yield PlanGroup(whole, comparable, adds_up(whole, parts))


def group_agrees(group: PlanGroup, pcts: dict[int, float]) -> tuple[bool, Interval | None, Interval | None]:
    """Whether the whole's implied plan and the parts' agree for the given pct readings."""
    whole_plan = implied_plan(group.whole, pcts[group.whole.key])
    if whole_plan is None:
        return True, None, None
    total = Interval.exact(0.0)
    for p in group.parts:
        plan = implied_plan(p, pcts[p.key])
        if plan is None:
            return True, None, None
        total = total + plan
    agrees = total.meets(whole_plan) if group.complete else total.lo <= whole_plan.hi
    return agrees, whole_plan, total


def _stated_pcts(group: PlanGroup) -> dict[int, float]:
    return {f.key: stated_pct(f) or 0.0 for f in [group.whole, *group.parts]}


def _alternatives(batch: Batch, group: PlanGroup) -> Iterator[dict[int, float]]:
    """The readings with one ambiguous figure of the group read the other way."""
    for fig in [group.whole, *group.parts]:
        for reading in readings(batch, fig)[1:]:
            yield {**_stated_pcts(group), fig.key: reading}


@check("plan_parts", "error", "The plan a total implies (value / % × 100) equals the sum of its parts' implied plans.")
def plan_parts(batch: Batch) -> Iterator[Finding]:
    for group in plan_groups(batch):
        agrees, whole_plan, total = group_agrees(group, _stated_pcts(group))
        if agrees or whole_plan is None or total is None:
            continue
        if any(group_agrees(group, alt)[0] for alt in _alternatives(batch, group)):
            continue  # an ambiguous wording explains it: plan_wording reports which reading holds
        w = group.whole.in_written_unit
        message = render(
            "plan_parts",
            name=group.whole.indicator,
            whole=w(group.whole.value.mid) if group.whole.value else None,
            pct=stated_pct(group.whole),
            plan=w(whole_plan.mid),
            terms=[approx(w(implied_plan(p, stated_pct(p) or 0).mid)) for p in group.parts],  # type: ignore[union-attr]
            total=w(total.mid),
            diff=abs(w(total.mid - whole_plan.mid)),
            unit=group.whole.unit or "",
        )
        figs = [group.whole, *group.parts]
        yield finding("plan_parts", "error", message, figs, expected=w(total.mid), actual=w(whole_plan.mid))


def share_of_plan(fig: Figure, plan: Figure) -> Interval | None:
    """value / plan × 100 with the rounding of both figures."""
    if fig.value is None or plan.value is None:
        return None
    ratio = fig.value.divide(plan.value)
    return None if ratio is None else ratio.scale(100)


@check("plan_share", "error", "A stated share of plan matches the figure divided by its plan where both are given.")
def plan_share(batch: Batch) -> Iterator[Finding]:
    for fig in batch.figures:
        plan = batch.plans.get(fig.key)
        actual = None if plan is None else share_of_plan(fig, plan)
        if plan is None or actual is None or stated_pct(fig) is None:
            continue
        verdict = closeness(actual, pct_interval(readings(batch, fig)[0]))
        if verdict == "exact":
            continue
        if verdict == "apart" and any(actual.meets(pct_interval(r)) for r in readings(batch, fig)[1:]):
            continue  # the other reading of an ambiguous wording fits: plan_wording reports it
        w = fig.in_written_unit
        pct = stated_pct(fig)
        message = render(
            "plan_share",
            name=fig.indicator,
            value=w(fig.value.mid) if fig.value else None,
            plan=w(plan.value.mid) if plan.value else None,
            pct=actual.mid,
            stated=pct,
            unit=fig.unit or "",
        )
        severity = "error" if verdict == "apart" else "info"
        text = message if verdict == "apart" else render("within_rounding", text=message)
        yield finding("plan_share", severity, text, [fig, plan], expected=actual.mid, actual=pct)


@check(
    "plan_wording",
    "warning",
    '"exceeds plan by 127%" (127% or 227% of plan?): reports the reading the other figures support.',
)
def plan_wording(batch: Batch) -> Iterator[Finding]:
    for fig in batch.figures:
        wording = ambiguous_wording(batch, fig)
        if wording is None or stated_pct(fig) is None:
            continue
        verdicts = {r: _reading_check(batch, fig, r) for r in wording.readings}
        yield _wording_finding(fig, wording, verdicts)


def _reading_check(batch: Batch, fig: Figure, reading: float) -> tuple[bool, str] | None:
    """Whether reading `fig` at `reading`% of plan fits the other figures, and the arithmetic; None if untestable."""
    plan = batch.plans.get(fig.key)
    if plan is not None:
        actual = share_of_plan(fig, plan)
        if actual is not None:
            text = render("plan_wording_share", actual=actual.mid, reading=reading)
            return actual.meets(pct_interval(reading)), text
    for group in plan_groups(batch):
        members = [group.whole, *group.parts]
        if any(m.key == fig.key for m in members):
            agrees, whole_plan, total = group_agrees(group, {**_stated_pcts(group), fig.key: reading})
            if whole_plan is None or total is None:
                return None
            w = group.whole.in_written_unit
            text = render("plan_wording_check", left=w(total.mid), right=w(whole_plan.mid), unit=group.whole.unit or "")
            return agrees, text
    return None


def _wording_finding(fig: Figure, wording: Wording, verdicts: dict[float, tuple[bool, str] | None]) -> Finding:
    fitting = [r for r, v in verdicts.items() if v is not None and v[0]]
    first, second = wording.readings
    if len(fitting) != 1 or any(v is None for v in verdicts.values()):
        message = render(
            "plan_wording_undecided", phrase=wording.phrase, name=fig.indicator, first=first, second=second
        )
        return finding("plan_wording", "info", message, [fig])
    good = fitting[0]
    bad = second if good == first else first
    good_check, bad_check = verdicts[good], verdicts[bad]
    assert good_check is not None and bad_check is not None
    message = render(
        "plan_wording_supported",
        phrase=wording.phrase,
        name=fig.indicator,
        good=good,
        bad=bad,
        good_check=good_check[1],
        bad_check=bad_check[1],
    )
    severity = "info" if abs((stated_pct(fig) or 0) - good) < 1e-9 else "warning"
    return finding("plan_wording", severity, message, [fig], expected=good, actual=stated_pct(fig))
