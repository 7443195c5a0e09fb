"""What the pages and the API show, read from the store once for both.

Each function takes an open Session and returns plain frozen dataclasses; the HTML
pages (ktxh.web.pages) and the JSON API (ktxh.web.api) only format them. The
dashboard's numbers come from ktxh.report's context, so the portal and the written
report cannot disagree. Unknown codes and ids raise NotFoundError (404 on the web).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ktxh.errors import NotFoundError
from ktxh.model import Finding
from ktxh.report import FigureContext, ReportContext
from ktxh.store import queries
from ktxh.store.schema import Document, Indicator, Observation, OrgUnit, Period

PLAN_KINDS = ("plan", "revised_plan", "budget_estimate")
# how close to the year's pace a figure may lag and still be "near" (percentage points)
NEAR_PACE_PP = 10.0


@dataclass(frozen=True)
class Choice:
    """An org unit or period offered in a selector: its code and its name."""

    code: str
    name: str


@dataclass(frozen=True)
class Card:
    """One indicator card of the dashboard.

    `plan_pct` is how much of the plan is done; `expected_pct` how much of the year the
    period covers, so a flow on pace has plan_pct >= expected_pct. `pace` is
    "ahead", "near" or "behind" (the bar's colour), None without a plan.
    """

    indicator_code: str
    name: str
    value: float | None
    value_text: str
    unit: str | None
    value_kind: str
    plan_pct: float | None
    expected_pct: float | None
    pace: str | None
    change_pct: float | None
    observation_id: int
    flags: int
    part: bool = False


@dataclass(frozen=True)
class SectionCards:
    code: str
    heading: str
    depth: int
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Dashboard:
    org_unit: Choice
    period_label: str
    sections: tuple[SectionCards, ...]
    findings: int | None
    org_units: tuple[Choice, ...]
    periods: tuple[str, ...]


def org_units(session: Session) -> list[OrgUnit]:
    return list(session.scalars(select(OrgUnit).order_by(OrgUnit.id)))


def offered_org_units(session: Session, current: str | None = None) -> list[OrgUnit]:
    """The units a page offers to choose: the country, the provinces, every unit with figures or
    reports, and the current one. Not the catalog's thousands of districts and communes, which
    would make each page some hundred kilobytes longer (the API lists them all)."""
    used = select(Observation.org_unit_id).union(select(Document.org_unit_id).where(Document.org_unit_id.is_not(None)))
    offered = or_(OrgUnit.level.in_(("country", "province")), OrgUnit.id.in_(used), OrgUnit.code == current)
    return list(session.scalars(select(OrgUnit).where(offered).order_by(OrgUnit.id)))


def org_unit(session: Session, code: str) -> OrgUnit:
    found = queries.org_unit_by_code(session, code)
    if found is None:
        raise NotFoundError(f"no org unit with code {code!r}", where="org_unit")
    return found


def periods(session: Session) -> list[Period]:
    """Every stored period, latest first."""
    return list(session.scalars(select(Period).order_by(Period.end.desc(), Period.start.desc())))


def period(session: Session, label: str) -> Period:
    """The period of a label as stored or as written ("9 tháng 2012")."""
    found = queries.period_by_label(session, label)
    if found is None:
        raise NotFoundError(f"no period labelled {label!r}", where="period")
    return found


def resolve(session: Session, org_code: str | None, period_label: str | None) -> tuple[OrgUnit, Period]:
    """The org unit and period asked for, defaulting to the top unit and its latest period."""
    unit = org_unit(session, org_code) if org_code else queries.top_org_unit(session)
    if unit is None:
        raise NotFoundError("the store holds no org unit yet; run `ktxh init`", where="org_unit")
    per = period(session, period_label) if period_label else queries.latest_period(session, unit.code)
    if per is None:
        raise NotFoundError(f"no figures stored for {unit.name}", where="period")
    return unit, per


def dashboard(session: Session, org_code: str | None = None, period_label: str | None = None) -> Dashboard:
    """The home page: the report context of one org unit and period, as cards per section."""
    from ktxh.report.build import build_report

    unit, per = resolve(session, org_code, period_label)
    context = build_report(session, unit.code, per.label)
    expected = expected_pct(per)
    seen: set[str] = set()
    sections = tuple(
        SectionCards(s.code, s.heading, s.depth, tuple(card(f, expected, p) for f, p in flatten(s.figures, seen)))
        for s in context.sections
    )
    return Dashboard(
        org_unit=Choice(unit.code, unit.name),
        period_label=per.label,
        sections=sections,
        findings=findings_count(context),
        org_units=tuple(Choice(u.code, u.name) for u in offered_org_units(session, unit.code)),
        periods=tuple(dict.fromkeys(p.label for p in periods(session))),
    )


def findings_count(context: ReportContext) -> int | None:
    """How many findings the checks gave; None when the checks did not run."""
    return len(context.findings) if context.checks_ran else None


def flatten(figures: Sequence[FigureContext], seen: set[str]) -> list[tuple[FigureContext, bool]]:
    """Each figure followed by its parts ("trong đó"), each marked whether it is a part.

    One card an indicator: a figure already shown (as a part, or from a second source
    of the same period) is not shown again; `seen` holds the codes shown so far.
    """
    out = []
    for f in figures:
        for g in (f, *f.parts):
            if g.indicator_code not in seen:
                seen.add(g.indicator_code)
                out.append((g, g is not f))
    return out


def card(figure: FigureContext, expected: float | None, part: bool = False) -> Card:
    pct = plan_pct(figure)
    return Card(
        indicator_code=figure.indicator_code,
        name=figure.indicator_name,
        value=figure.value,
        value_text=figure.value_text,
        unit=figure.unit,
        value_kind=figure.value_kind,
        plan_pct=pct,
        expected_pct=expected if pct is not None else None,
        pace=pace(pct, expected),
        change_pct=change_pct(figure),
        observation_id=figure.provenance.observation_id,
        flags=len(figure.flags),
        part=part,
    )


def plan_pct(figure: FigureContext) -> float | None:
    """The share of plan done: as the text states it, else computed from the stored plan."""
    stated = figure.comparison("pct_of", "plan")
    if stated is not None:
        return stated.value
    if figure.plan and figure.value is not None:
        return figure.value / figure.plan * 100
    return None


def change_pct(figure: FigureContext) -> float | None:
    """The change against the same period: as stated, else computed from the stored level."""
    stated = figure.comparison("change_pct", "same_period")
    if stated is not None:
        return stated.value
    if figure.same_period and figure.value is not None:
        return (figure.value / figure.same_period - 1) * 100
    return None


def expected_pct(per: Period) -> float | None:
    """How much of its year a period covers by its end (9 months -> 75); None for a season."""
    if per.type == "season":
        return None
    if per.type == "year":
        return 100.0
    return per.end.month / 12 * 100


def pace(pct: float | None, expected: float | None) -> str | None:
    if pct is None:
        return None
    target = 100.0 if expected is None else expected
    if pct >= target:
        return "ahead"
    return "near" if pct >= target - NEAR_PACE_PP else "behind"


# --- checks -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FindingGroup:
    section_code: str | None
    title: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class ChecksPage:
    org_unit: Choice
    period_label: str
    groups: tuple[FindingGroup, ...]
    figures: dict[int, str] = field(default_factory=dict)  # observation id -> indicator name

    @property
    def total(self) -> int:
        return sum(len(g.findings) for g in self.groups)


def checks(session: Session, org_code: str | None = None, period_label: str | None = None) -> ChecksPage:
    """The checks' findings for an org unit and period, grouped by report section."""
    from ktxh.checks import check_store

    unit, per = resolve(session, org_code, period_label)
    found = list(check_store(session, unit.code, per.label))
    titles = {s.code: s.title for s in queries.sections(session)}
    groups: dict[str | None, list[Finding]] = {}
    for f in found:
        groups.setdefault(f.section, []).append(f)
    ordered = sorted(groups.items(), key=lambda kv: list(titles).index(kv[0]) if kv[0] in titles else 10**6)
    return ChecksPage(
        Choice(unit.code, unit.name),
        per.label,
        tuple(FindingGroup(code, titles.get(code or "", code or ""), tuple(fs)) for code, fs in ordered),
        figure_names(session, {i for f in found for i in f.observation_ids}),
    )


def figure_names(session: Session, ids: set[int]) -> dict[int, str]:
    """observation id -> the name of its indicator, for the links of a finding."""
    if not ids:
        return {}
    stmt = select(Observation.id, Indicator.name).join(Indicator, Indicator.id == Observation.indicator_id)
    return {obs_id: name for obs_id, name in session.execute(stmt.where(Observation.id.in_(ids)))}


def observation(session: Session, obs_id: int) -> tuple[str, str]:
    """(indicator code, org unit code) of an observation, for a link to its indicator page."""
    row = session.execute(
        select(Indicator.code, OrgUnit.code)
        .join(Observation, Observation.indicator_id == Indicator.id)
        .join(OrgUnit, OrgUnit.id == Observation.org_unit_id)
        .where(Observation.id == obs_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no observation with id {obs_id}", where="observation")
    return row[0], row[1]
