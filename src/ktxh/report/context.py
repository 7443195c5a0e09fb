"""The report's context: what every writer renders, and what the web portal shows.

`build_report` (ktxh.report.build) fills these frozen dataclasses once from the
store; the TXT, Markdown, HTML, DOCX and PDF writers, the dashboard and the API
all read the same objects, so they cannot disagree on a number. Every number is
carried twice: as the float it is (in the unit as written) and as the Vietnamese
text the report prints ("1.040,5"), already rounded the way officers round.

The names here are a contract with ktxh.web: add fields at the end, never rename.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ktxh.model import Comparison, Finding


@dataclass(frozen=True)
class Provenance:
    """Where a number comes from: the stored observation and the text it was read from."""

    observation_id: int
    source: str | None = None
    source_offset: int | None = None
    document_id: int | None = None
    recorded_at: dt.datetime | None = None

    @property
    def label(self) -> str:
        """A short tag for a tooltip or footnote: "obs 12 · laichau.txt@1034"."""
        where = f"{self.source}@{self.source_offset}" if self.source_offset is not None else self.source
        return f"obs {self.observation_id}" + (f" · {where}" if where else "")


@dataclass(frozen=True)
class Flag:
    """A finding of the checks attached to a figure: shown in the draft, never hidden."""

    rule: str
    severity: str
    message: str


@dataclass(frozen=True)
class FigureContext:
    """One figure of a section: an indicator's level for the period, with its comparisons.

    `value` and `unit` are as the source wrote them (value in the written unit), so the
    sentence states what the source stated. `value_text` is `value` in Vietnamese format.
    `comparisons` are the stated ones, in the order they are written. `parts` are the
    figures that follow "trong đó:" (components of this one). `sentence` is the house
    sentence built by ktxh.report.phrasing; `flags` the checks' findings about it.
    """

    indicator_code: str
    indicator_name: str
    value: float | None
    unit: str | None
    value_text: str
    value_kind: str
    comparisons: tuple[Comparison, ...]
    sentence: str
    provenance: Provenance
    total: float | None = None
    plan: float | None = None
    same_period: float | None = None
    parts: tuple[FigureContext, ...] = ()
    flags: tuple[Flag, ...] = ()
    anchor: int = 0  # where the anchor number (the level, else the first comparison) starts in `sentence`
    period_label: str | None = None  # the figure's own period when it is not the report's ("8 tháng đầu năm 2012")
    # set when the figure continues the previous figure's sentence, one indicator family sharing its
    # subject ("Diện tích lúa gieo cấy 24.603 ha, thu hoạch 7.270 ha"): the words after the comma
    # ("thu hoạch 7.270 ha") and where its anchor number starts in them. `sentence` stays whole.
    joined_sentence: str | None = None
    joined_anchor: int = 0

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    def comparison(self, type_: str, base: str | None = None) -> Comparison | None:
        """The first stated comparison of this type (and base, when given)."""
        for c in self.comparisons:
            if c.type == type_ and (base is None or c.base == base):
                return c
        return None


@dataclass(frozen=True)
class TableRow:
    """A row of a section's table (Biểu): every cell already formatted; "" where unknown.

    `depth` is 0 for a figure and 1 for a part of it ("trong đó"), so writers can indent.
    """

    indicator_name: str
    unit: str
    plan: str
    actual: str
    pct_plan: str
    same_period: str
    pct_same_period: str
    provenance: Provenance
    depth: int = 0
    flagged: bool = False

    def cells(self) -> tuple[str, ...]:
        """The seven cells in column order (Chỉ tiêu ... % so với cùng kỳ)."""
        return (
            self.indicator_name,
            self.unit,
            self.plan,
            self.actual,
            self.pct_plan,
            self.same_period,
            self.pct_same_period,
        )


@dataclass(frozen=True)
class TableContext:
    """A section's table: its caption, the column headings and the rows."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]


@dataclass(frozen=True)
class ChartBar:
    """One bar of a chart: a label and a value (a percent), with the figure it comes from."""

    label: str
    value: float
    value_text: str
    provenance: Provenance


@dataclass(frozen=True)
class ChartContext:
    """A chart's data; ktxh.report.charts draws it (PNG bytes) for the writers.

    `kind` is "plan_progress" (% of plan by indicator, reference line at 100) or
    "growth" (% change against the same period, reference line at 0).
    """

    kind: str
    title: str
    axis_label: str
    bars: tuple[ChartBar, ...]
    reference: float = 0.0


@dataclass(frozen=True)
class SectionContext:
    """A node of the section tree with its figures, in report order.

    `number` is the heading number as printed ("1.", "1.1.", "a."), `depth` the level
    in the tree (0 for "1.", 1 for "1.1.", 2 for "a."). A section with no figures
    still appears when one below it has figures, so the numbering reads as in the seed.
    """

    code: str
    number: str
    title: str
    depth: int
    figures: tuple[FigureContext, ...] = ()
    table: TableContext | None = None
    charts: tuple[ChartContext, ...] = ()

    @property
    def heading(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True)
class ReportContext:
    """The whole report of one org unit and period.

    `issuer` is the issuing body in capitals ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"),
    `national_title` and `motto` the right-hand header block, `number_line` the
    "Số: .../BC-UBND" line, `place_date` the "Lai Châu, ngày ... tháng ... năm ..." line,
    `title` the document type ("BÁO CÁO") and `subject` what it reports on.
    `findings` are all the checks' findings for the period (empty when the checks
    package is absent or found nothing); `checks_ran` says which.
    """

    org_unit_code: str
    org_unit_name: str
    period_label: str
    period_start: dt.date | None
    period_end: dt.date | None
    issuer: str
    national_title: str
    motto: str
    number_line: str
    place_date: str
    title: str
    subject: str
    sections: tuple[SectionContext, ...]
    charts: tuple[ChartContext, ...] = ()
    findings: tuple[Finding, ...] = ()
    checks_ran: bool = False
    labels: dict[str, str] = field(default_factory=dict)

    def figures(self) -> list[FigureContext]:
        """Every figure of the report with its parts, in report order."""
        out: list[FigureContext] = []
        for section in self.sections:
            for fig in section.figures:
                out.append(fig)
                out.extend(fig.parts)
        return out
