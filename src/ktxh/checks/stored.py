"""Checking what the store holds: current observations become figures, grouped by org unit and
period, and linked through the catalog (identities), plan rows, last year's rows and the
"trong đó" links kept from the source document (part_of_offset).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ktxh.checks.documents import sentence_spans
from ktxh.checks.figures import Batch, Figure, Point
from ktxh.checks.tolerance import Interval, decimals_of, half_unit, written_interval
from ktxh.checks.words import has_phrase, load_words, split_unit
from ktxh.store.queries import ObservationRow as Row

PLAN_KINDS = ("plan", "revised_plan", "budget_estimate")
LEVEL_KINDS = ("official", "actual", "preliminary", "estimate")
# bases whose level is the same span of the year before
YEAR_BEFORE_BASES = ("same_period",)


@dataclass
class StoreView:
    """Everything the store checks need besides the rows: identities, section titles, document texts."""

    components: dict[str, list[str]] = field(default_factory=dict)
    section_titles: dict[str, str] = field(default_factory=dict)
    texts: dict[int, str] = field(default_factory=dict)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def sentence_at(self, document_id: int | None, offset: int | None) -> str | None:
        """The sentence of a stored document holding an offset, when the document's text is known."""
        text = self.texts.get(document_id) if document_id is not None else None
        if text is None or offset is None or document_id is None:
            return None
        if document_id not in self.spans:
            self.spans[document_id] = [(s.start, s.end) for s in sentence_spans(text)]
        for start, end in self.spans[document_id]:
            if start <= offset < end:
                return text[start:end].strip()
        return None


def stored_decimals(written: str | None, value: float | None) -> int:
    """Decimals of a stored written value: "46.9" or "46,9" -> 1, "1040" -> 0; from the value if unreadable."""
    text = (written or "").strip()
    if not text or "e" in text.lower():
        return decimals_of(value) if value is not None else 0
    sep = "," if "," in text else "."  # a comma is Vietnamese writing; else the point is a decimal point
    _, found, tail = text.rpartition(sep)
    return len(tail) if found and tail.isdigit() else 0


def to_figure(row: Row, view: StoreView, sentence: str | None = None) -> Figure:
    """A stored observation as a figure, in its written unit's bare unit."""
    unit = row.unit_written or row.base_unit
    factor, bare = split_unit(unit)
    value = None
    if row.value is not None:
        base_factor = split_unit(row.base_unit)[0] if row.base_unit else 1.0
        written = row.value * base_factor / factor  # the value in its written unit
        value = Interval.around(written, half_unit(stored_decimals(row.value_written, written))).scale(factor)
    words = load_words()
    section = row.section_code
    return Figure(
        key=row.id,
        indicator=row.indicator_name,
        value=value,
        unit=unit,
        bare_unit=bare,
        factor=factor,
        comparisons=row.comparisons,
        total=row.total,
        offset=row.source_offset,
        sentence=sentence,
        section=view.section_titles.get(section or "", section),
        indicator_code=row.indicator_code,
        observation_id=row.id,
        is_share=(unit or "") in words.percent_units
        and (row.indicator_kind == "rate" or has_phrase(row.indicator_name, words.share_words)),
    )


def point(row: Row, fig: Figure) -> Point:
    return Point(
        figure=fig,
        indicator_code=row.indicator_code,
        indicator_kind=row.indicator_kind,
        org_unit=row.org_unit_code,
        value_kind=row.value_kind,
        period_label=row.period_label,
        period_type=row.period_type,
        start=row.period_start,
        end=row.period_end,
    )


def _year_before(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


@dataclass
class Index:
    """Stored figures by what the links look up."""

    rows: list[tuple[Row, Figure]]
    by_period: dict[tuple[str, str, str, dt.date, dt.date], list[tuple[Row, Figure]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def __post_init__(self) -> None:
        for row, fig in self.rows:
            key = (row.indicator_code, row.org_unit_code, row.period_type, row.period_start, row.period_end)
            self.by_period[key].append((row, fig))

    def same_span(self, row: Row, start: dt.date, end: dt.date, kinds: Sequence[str]) -> Figure | None:
        for other, fig in self.by_period.get((row.indicator_code, row.org_unit_code, row.period_type, start, end), []):
            if other.value_kind in kinds and fig.value is not None:
                return fig
        return None

    def plan_of(self, row: Row) -> Figure | None:
        """The plan of a figure: a plan row of its period, else of its year."""
        found = self.same_span(row, row.period_start, row.period_end, PLAN_KINDS)
        if found is not None:
            return found
        year = row.period_end.year
        for other, fig in self.by_period.get(
            (row.indicator_code, row.org_unit_code, "year", dt.date(year, 1, 1), dt.date(year, 12, 31)), []
        ):
            if other.value_kind in PLAN_KINDS and fig.value is not None:
                return fig
        return None

    def year_before(self, row: Row) -> Figure | None:
        return self.same_span(row, _year_before(row.period_start), _year_before(row.period_end), LEVEL_KINDS)


def figures(rows: Iterable[Row], view: StoreView) -> list[tuple[Row, Figure]]:
    """Each stored row with its figure."""
    return [(row, to_figure(row, view, view.sentence_at(row.document_id, row.source_offset))) for row in rows]


def batches(pairs: list[tuple[Row, Figure]], view: StoreView, only: set[int] | None = None) -> list[Batch]:
    """One batch per org unit and period (of the rows whose ids are in `only`, when given), links resolved
    against every row given: plans of the year, levels of the year before."""
    index = Index(pairs)
    groups: dict[tuple[str, str], list[tuple[Row, Figure]]] = defaultdict(list)
    for row, fig in pairs:
        if row.value_kind not in PLAN_KINDS and (only is None or row.id in only):
            groups[(row.org_unit_code, row.period_label)].append((row, fig))
    return [_batch(members, index, view) for members in groups.values()]


def _batch(members: list[tuple[Row, Figure]], index: Index, view: StoreView) -> Batch:
    batch = Batch(figures=[fig for _, fig in members])
    by_source: dict[tuple[int, int], Figure] = {}
    for row, fig in members:
        if row.document_id is not None and row.source_offset is not None:
            by_source[(row.document_id, row.source_offset)] = fig
    for row, fig in members:
        _link(row, fig, index, batch, by_source)
    batch.identities = _identities(members, view.components)
    batch.clauses = _clauses(members, view)
    return batch


def _link(row: Row, fig: Figure, index: Index, batch: Batch, by_source: dict[tuple[int, int], Figure]) -> None:
    if row.part_of_offset is not None and row.document_id is not None:
        whole = by_source.get((row.document_id, row.part_of_offset))
        if whole is not None:
            batch.parts.setdefault(whole.key, []).append(fig)
    plan = index.plan_of(row) if fig.comparison("pct_of", "plan") else None
    if plan is not None:
        batch.plans[fig.key] = plan
    for c in fig.comparisons:
        if c.type == "previous":
            batch.previous[(fig.key, c.base)] = written_interval(c.value).scale(fig.factor)
        elif c.base in YEAR_BEFORE_BASES and (fig.key, c.base) not in batch.previous:
            before = index.year_before(row)
            if before is not None and before.value is not None and before.bare_unit == fig.bare_unit:
                batch.previous[(fig.key, c.base)] = before.value


def _identities(
    members: list[tuple[Row, Figure]], components: dict[str, list[str]]
) -> list[tuple[Figure, list[Figure]]]:
    by_code: dict[str, Figure] = {}
    for row, fig in members:
        if fig.value is not None:
            by_code.setdefault(row.indicator_code, fig)
    out = []
    for code, comps in components.items():
        if code in by_code and comps and all(c in by_code for c in comps):
            out.append((by_code[code], [by_code[c] for c in comps]))
    return out


def _clauses(members: list[tuple[Row, Figure]], view: StoreView) -> dict[int, str]:
    """The text from each figure to the next figure of its document, for wording rules."""
    out: dict[int, str] = {}
    by_doc: dict[int, list[tuple[int, Figure]]] = defaultdict(list)
    for row, fig in members:
        if row.document_id in view.texts and row.source_offset is not None:
            by_doc[row.document_id].append((row.source_offset, fig))
    for doc_id, items in by_doc.items():
        text = view.texts[doc_id]
        items.sort(key=lambda x: x[0])
        for (offset, fig), nxt in zip(items, [*items[1:], None], strict=True):
            out[fig.key] = text[offset : nxt[0] if nxt else len(text)][:300]
    return out


def points(pairs: list[tuple[Row, Figure]]) -> list[Point]:
    return [point(row, fig) for row, fig in pairs]
