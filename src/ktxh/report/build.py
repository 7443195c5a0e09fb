"""Building the report's context from the store: one pass over the current observations.

`build_report` reads the store (figures of the period, plans of the year, the same
period a year before, the checks' findings) and `assemble` turns those rows into the
context every writer renders. `assemble` touches no database, so it is tested on rows.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.errors import NotFoundError, ReportError
from ktxh.model import Finding
from ktxh.report.context import Flag, Provenance, ReportContext
from ktxh.report.phrasing import YAML_LOADER
from ktxh.report.sections import SectionInfo, build_sections
from ktxh.report.vi_format import format_date
from ktxh.store import queries
from ktxh.store.queries import ObservationRow
from ktxh.store.schema import Document, Indicator, IndicatorAlias, OrgUnit, Period

REPORT_WORDS_FILE = Path(__file__).resolve().parent / "templates" / "report.vi.yaml"
FIGURE_KINDS = ("actual", "estimate", "preliminary", "official")
PLAN_KINDS = ("revised_plan", "plan", "budget_estimate")  # the first one present wins


@dataclass(frozen=True)
class Header:
    """Who reports on what: the org unit, the period, and the date of the report."""

    org_unit_code: str
    org_unit_name: str
    org_level: str
    period_label: str
    period_start: dt.date | None
    period_end: dt.date | None
    date: dt.date | None


@dataclass(frozen=True)
class Inputs:
    """The rows a report is built from: its figures, and the plans and year-before figures beside them."""

    figures: Sequence[ObservationRow]
    plans: dict[str, float] = field(default_factory=dict)
    same_period: dict[str, float] = field(default_factory=dict)
    findings: Sequence[Finding] = ()
    checks_ran: bool = False
    components: dict[str, list[str]] = field(default_factory=dict)
    span: tuple[dt.date, dt.date] | None = None  # the report's period; figures of other periods name theirs
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the catalog's other names, by code


@lru_cache(maxsize=2)
def load_report_words(path: Path = REPORT_WORDS_FILE) -> dict[str, Any]:
    try:
        return dict(yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER))
    except (OSError, yaml.YAMLError, TypeError, ValueError) as exc:
        raise ReportError(f"cannot read report words: {exc}", where=str(path)) from exc


def build_report(session: Session, org_unit_code: str | None = None, period_label: str | None = None) -> ReportContext:
    """The report of an org unit and period (default: the top org unit and its latest period)."""
    org = _org_unit(session, org_unit_code)
    period = _period(session, org, period_label)
    # the period, a year before it (same period last year) and after it (the year's plans, a
    # school year that starts inside it): not the whole history of the org unit
    window = (_shift_year(period.start), dt.date(period.end.year + 1, 12, 31))
    rows = queries.current_observations(session, org_unit_code=org.code, period_end_between=window)
    findings, ran = run_checks(session, org.code, period.label)
    inputs = replace(
        split_rows(rows, period, findings, ran),
        components=queries.components(session),
        aliases=catalog_aliases(session, {r.indicator_code for r in rows}),
    )
    if not inputs.figures:
        raise ReportError(f"no figures for {org.name}, {period.label}", where=org.code)
    header = Header(
        org.code, org.name, org.level, period.label, period.start, period.end, _report_date(session, org, period)
    )
    sections = [SectionInfo(s.code, s.title, s.parent_code) for s in queries.sections(session)]
    return assemble(header, inputs, sections)


def catalog_aliases(session: Session, codes: set[str]) -> dict[str, tuple[str, ...]]:
    """The catalog's other names of these indicators (learned ones left out: they are how a
    source happened to write it, not a short form the catalog vouches for)."""
    query = (
        select(Indicator.code, IndicatorAlias.alias)
        .join(IndicatorAlias, IndicatorAlias.indicator_id == Indicator.id)
        .where(Indicator.code.in_(codes), IndicatorAlias.origin == "catalog")
    )
    out: dict[str, list[str]] = defaultdict(list)
    for code, alias in session.execute(query):
        out[code].append(alias)
    return {code: tuple(sorted(names)) for code, names in out.items()}


def _org_unit(session: Session, code: str | None) -> OrgUnit:
    org = queries.org_unit_by_code(session, code) if code else queries.top_org_unit(session)
    if org is None:
        raise NotFoundError(f"no org unit {code!r} in the store" if code else "the store holds no figures yet")
    return org


def _period(session: Session, org: OrgUnit, label: str | None) -> Period:
    period = queries.period_by_label(session, label) if label else queries.latest_period(session, org.code)
    if period is None:
        raise NotFoundError(f"no period {label!r} in the store" if label else f"no figures for {org.name}")
    return period


def _report_date(session: Session, org: OrgUnit, period: Period) -> dt.date:
    """The date of the source report of this period when stored, else the period's last day."""
    query = select(Document.date).where(Document.org_unit_id == org.id, Document.period_id == period.id)
    stored = session.scalars(query.where(Document.date.is_not(None)).order_by(Document.date.desc())).first()
    return stored or period.end


def run_checks(session: Session, org_unit_code: str, period_label: str) -> tuple[tuple[Finding, ...], bool]:
    """The checks' findings, or none when the checks package is not installed yet."""
    try:
        checks = importlib.import_module("ktxh.checks")
    except ImportError:
        return (), False
    check_store = getattr(checks, "check_store", None)
    if check_store is None:
        return (), False
    return tuple(check_store(session, org_unit_code=org_unit_code, period_label=period_label)), True


def written_value(row: ObservationRow) -> float | None:
    """The value in the unit as written (the store keeps the base unit beside the written text)."""
    if row.value_written:
        try:
            return float(row.value_written.replace(",", "."))
        except ValueError:
            pass
    return row.value


def split_rows(
    rows: Iterable[ObservationRow], period: Any, findings: Sequence[Finding] = (), ran: bool = False
) -> Inputs:
    """The period's figures; the plans of its year and the figures of a year before, by indicator code.

    Figures of a period that starts within the report's ("8 tháng đầu năm", "đến
    15/9/2012", "năm học 2012-2013") are figures of the report too, as in the seed; their
    sentence names their period. A plan stated for such a period ("Kế hoạch giao 311.300
    triệu đồng"), or a year's plan with no figure beside it, is a figure of its own, so
    nothing the source stated drops out of the report.
    """
    figures: list[ObservationRow] = []
    plans: dict[str, tuple[int, float]] = {}
    plan_rows: list[ObservationRow] = []
    before: dict[str, float] = {}
    span = (period.start, period.end)
    year_before = (_shift_year(period.start), _shift_year(period.end))
    for row in rows:
        value = written_value(row)
        if row.value_kind in PLAN_KINDS and row.period_end.year == period.end.year:
            plan_rows.append(row)
            rank = PLAN_KINDS.index(row.value_kind)
            if value is not None and (row.indicator_code not in plans or rank < plans[row.indicator_code][0]):
                plans[row.indicator_code] = (rank, value)
        elif row.value_kind in FIGURE_KINDS and (_within(row, span) or _year_of(row, span)):
            figures.append(row)
        elif row.value_kind in FIGURE_KINDS and (row.period_start, row.period_end) == year_before and value is not None:
            before[row.indicator_code] = value
    stated = {r.indicator_code for r in figures}
    figures.extend(r for r in plan_rows if _within(r, span) or r.indicator_code not in stated)
    return Inputs(figures, {k: v for k, (_, v) in plans.items()}, before, findings, ran, span=span)


def _within(row: ObservationRow, span: tuple[dt.date, dt.date]) -> bool:
    """The report's period itself, or a shorter one starting inside it (never a whole year's plan)."""
    if (row.period_start, row.period_end) == span:
        return True
    return row.period_type != "year" and span[0] <= row.period_start <= span[1]


def _year_of(row: ObservationRow, span: tuple[dt.date, dt.date]) -> bool:
    """A figure of the whole year the report's period falls in ("trong năm 2012 đã giao 50 dự án"):
    a report on part of a year states such figures too; its sentence names the year."""
    return row.period_type == "year" and row.period_start <= span[0] and span[1] <= row.period_end


def _shift_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


FLAGGED_SEVERITIES = ("error", "warning")  # an info finding (agrees within rounding) is no reason to recheck


def flags_by_observation(findings: Iterable[Finding]) -> dict[int, tuple[Flag, ...]]:
    out: dict[int, list[Flag]] = defaultdict(list)
    for f in findings:
        if f.severity not in FLAGGED_SEVERITIES:
            continue
        for obs_id in f.observation_ids:
            out[obs_id].append(Flag(f.rule, f.severity, f.message))
    return {k: tuple(v) for k, v in out.items()}


def provenance(row: ObservationRow) -> Provenance:
    return Provenance(row.id, row.source, row.source_offset, row.document_id, row.recorded_at)


def header_lines(header: Header, words: dict[str, Any]) -> dict[str, str]:
    """Issuer, place and date lines from the org unit's name and level."""
    level_word = str(words["level_words"].get(header.org_level, ""))
    name = header.org_unit_name
    if level_word and name.lower().startswith(level_word + " "):
        name = name[len(level_word) + 1 :]
    template = str(words["issuer"].get(header.org_level, words["issuer"]["province"]))
    date_tpl = str(_phrases()["date_line"])
    place_date = format_date(header.date, date_tpl, name) if header.date else name
    return {"issuer": template.format(name=name.upper()), "place_date": place_date, "place": name}


def _phrases() -> dict[str, Any]:
    from ktxh.report.phrasing import load_phrases

    return load_phrases()


def assemble(header: Header, inputs: Inputs, sections: Sequence[SectionInfo]) -> ReportContext:
    """The report context from rows: sections with figures, tables and charts, and the header block."""
    from ktxh.report.charts_data import report_charts

    words = load_report_words()
    lines = header_lines(header, words)
    built = build_sections(inputs, sections, words)
    return ReportContext(
        org_unit_code=header.org_unit_code,
        org_unit_name=header.org_unit_name,
        period_label=header.period_label,
        period_start=header.period_start,
        period_end=header.period_end,
        issuer=lines["issuer"],
        national_title=str(words["national_title"]),
        motto=str(words["motto"]),
        number_line=str(words["number_line"]),
        place_date=lines["place_date"],
        title=str(words["title"]),
        subject=str(words["subject"]).format(period=header.period_label),
        sections=tuple(built),
        charts=report_charts(built, words),
        findings=tuple(inputs.findings),
        checks_ran=inputs.checks_ran,
        labels={k: v for k, v in words.items() if isinstance(v, str)},
    )
