"""The report's sections: figures placed in the catalog's section tree, each section with its table.

A figure goes to its indicator's section; one with no section (an uncatalogued
indicator) to a closing "other" section. Figures stated as parts of another
("trong đó:") hang under it. Sections with no figures anywhere below them are left
out, since a generated report has nothing to say there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ktxh.report.context import FigureContext, SectionContext, TableContext, TableRow
from ktxh.report.phrasing import FigureText, Sentence, display_unit, figure_sentence, load_phrases
from ktxh.report.vi_format import format_number, format_percent, scale
from ktxh.store.queries import ObservationRow

if TYPE_CHECKING:
    from ktxh.report.build import Inputs

OTHER_CODE = "_other"
INHERITED_CHANGES = ("change_pct", "change_abs", "change_pp")  # changes whose base a part may leave to its whole
MIN_SHARED_WORDS = 2  # "Diện tích lúa" is a subject to share; "Số" or "Tổng" alone is not


@dataclass(frozen=True)
class SectionInfo:
    """A node of the catalog's section tree."""

    code: str
    title: str
    parent_code: str | None = None


def section_number(code: str) -> str:
    """The heading number as printed: "1" -> "1.", "1.1" -> "1.1.", "1.1.a" -> "a."."""
    last = code.rsplit(".", 1)[-1]
    return f"{last}." if last.isalpha() else f"{code}."


def section_depth(code: str) -> int:
    return code.count(".")


def build_sections(inputs: Inputs, sections: Sequence[SectionInfo], words: dict[str, Any]) -> list[SectionContext]:
    """Sections in report order, each with its figures (parts nested) and its table."""
    from ktxh.report.build import flags_by_observation

    flags = flags_by_observation(inputs.findings)
    figures = {row.id: _figure(row, inputs, flags) for row in inputs.figures}
    known = {s.code for s in sections}
    by_section = _group(inputs.figures, figures, known, inputs.components, inputs.aliases)
    wanted = _with_ancestors(set(by_section), sections)
    out = [_section(s.code, s.title, by_section.get(s.code, []), words) for s in sections if s.code in wanted]
    if OTHER_CODE in by_section:
        out.append(_section(OTHER_CODE, str(words["other_section"]), by_section[OTHER_CODE], words, number=""))
    return out


def _group(
    rows: Sequence[ObservationRow],
    figures: dict[int, FigureContext],
    known: set[str],
    components: dict[str, list[str]],
    aliases: dict[str, tuple[str, ...]] | None = None,
) -> dict[str, list[FigureContext]]:
    """Top-level figures by section, in the order of the source; parts attached to their whole."""
    ordered = [
        r
        for _, r in sorted(
            enumerate(rows), key=lambda ir: (ir[1].source_offset is None, ir[1].source_offset or 0, ir[0])
        )
    ]
    whole_of = _wholes(ordered, components)
    parts: dict[int, list[FigureContext]] = defaultdict(list)
    out: dict[str, list[FigureContext]] = defaultdict(list)
    for row in ordered:
        if row.id in whole_of:
            whole = figures[whole_of[row.id]]
            names = (aliases or {}).get(row.indicator_code, ())
            parts[whole.provenance.observation_id].append(as_part(figures[row.id], row, names, whole))
    for row in ordered:
        if row.id not in whole_of:
            code = row.section_code if row.section_code in known else OTHER_CODE
            out[code].append(_with_parts(figures[row.id], parts.get(row.id, [])))
    return {code: join_families(figs, {r.id: r for r in rows}) for code, figs in out.items()}


def as_part(
    fig: FigureContext, row: ObservationRow, aliases: Sequence[str], whole: FigureContext | None = None
) -> FigureContext:
    """A part after "trong đó:" as the seed writes it ("trong đó khu vực dịch vụ tăng 15%" for
    "GRDP khu vực dịch vụ"): under the catalog's short form of its name when it has one, and
    without the base of a change its whole states against the same base."""
    short = short_name(fig.indicator_name, aliases)
    said = {(c.type, c.base) for c in (whole.comparisons if whole else ()) if c.type in INHERITED_CHANGES}
    inherited = frozenset(k for k in said if any((c.type, c.base) == k for c in fig.comparisons))
    if (short is None and not inherited) or fig.period_label or not fig.sentence.startswith(fig.indicator_name):
        return fig
    text = _sentence_of(row, fig, short or fig.indicator_name, inherited)
    return replace(fig, sentence=text.text, anchor=text.anchor)


def short_name(name: str, aliases: Sequence[str]) -> str | None:
    """The longest alias of at least two words with which the name ends ("GRDP khu vực dịch vụ" ->
    "Khu vực dịch vụ", not "Dịch vụ"): the same words, less only what the whole already said."""
    folded = f" {name.lower()}"
    fits = [a for a in aliases if len(a.split()) >= MIN_SHARED_WORDS and len(a) < len(name)]
    fits = [a for a in fits if folded.endswith(f" {a.lower()}")]
    return max(fits, key=len) if fits else None


def join_families(figures: list[FigureContext], rows: dict[int, ObservationRow]) -> list[FigureContext]:
    """Figures of one indicator family that follow each other and share their subject become one
    sentence: "Diện tích lúa gieo cấy 24.603 ha, thu hoạch 7.270 ha". Each later figure gets its
    words after the shared subject as `joined_sentence`; a figure with parts, or one whose
    sentence does not start with its name, stands alone."""
    out: list[FigureContext] = []
    head: FigureContext | None = None
    for fig in figures:
        shared = _shared_subject(head, fig) if head is not None else None
        if shared is None:
            out.append(fig)
            head = None if fig.parts else fig
            continue
        rest = fig.indicator_name[len(shared) :].strip()
        text = _sentence_of(rows[fig.provenance.observation_id], fig, rest)
        out.append(replace(fig, joined_sentence=text.text, joined_anchor=text.anchor))
    return out


def _shared_subject(head: FigureContext, fig: FigureContext) -> str | None:
    """The words both names start with, when the figures are of one family and may share a sentence."""
    family = head.indicator_code.rpartition(".")[0]
    if not family or fig.indicator_code.rpartition(".")[0] != family or fig.parts or fig.period_label:
        return None
    if head.period_label or not (
        fig.sentence.startswith(fig.indicator_name) and head.sentence.startswith(head.indicator_name)
    ):
        return None
    a, b = head.indicator_name.split(" "), fig.indicator_name.split(" ")
    n = 0
    while n < min(len(a), len(b)) - 1 and a[n] == b[n]:
        n += 1
    return " ".join(b[:n]) if n >= MIN_SHARED_WORDS else None


def _wholes(rows: Sequence[ObservationRow], components: dict[str, list[str]]) -> dict[int, int]:
    """Observation id of a part -> id of its whole: by the stated "trong đó", else by the catalog's identity.

    Only one level deep, and only within a section, so every figure is printed once.
    """
    at = {(r.document_id, r.source, r.source_offset): r for r in rows if r.source_offset is not None}
    from ktxh.report.build import PLAN_KINDS

    # a plan stated beside its figure is neither a whole nor a part: the figure is
    by_code = {r.indicator_code: r for r in rows if r.value_kind not in PLAN_KINDS}
    whole_of: dict[int, int] = {}
    for row in rows:
        whole = at.get((row.document_id, row.source, row.part_of_offset)) if row.part_of_offset is not None else None
        if whole is not None and whole.id != row.id and whole.section_code == row.section_code:
            whole_of[row.id] = whole.id
    for code, parts in components.items():
        whole = by_code.get(code)
        if whole is None or whole.id in whole_of:
            continue
        for part_code in parts:
            part = by_code.get(part_code)
            if part is not None and part.id not in whole_of and part.section_code == whole.section_code:
                whole_of[part.id] = whole.id
    return {p: w for p, w in whole_of.items() if p not in set(whole_of.values())}


def _with_parts(fig: FigureContext, parts: list[FigureContext]) -> FigureContext:
    from dataclasses import replace

    return replace(fig, parts=tuple(parts)) if parts else fig


def _with_ancestors(codes: set[str], sections: Sequence[SectionInfo]) -> set[str]:
    parent = {s.code: s.parent_code for s in sections}
    out = set()
    for code in codes:
        current: str | None = code
        while current is not None and current not in out:
            out.add(current)
            current = parent.get(current)
    return out


def _sentence_of(
    row: ObservationRow, fig: FigureContext, name: str, inherited: frozenset[tuple[str, str]] = frozenset()
) -> Sentence:
    """The house sentence of a figure under another name (the words after a shared subject)."""
    text = FigureText(name, fig.value, fig.unit, row.value_kind, row.comparisons, fig.total, inherited=inherited)
    return figure_sentence(text)


def _figure(row: ObservationRow, inputs: Inputs, flags: dict[int, Any]) -> FigureContext:
    from ktxh.report.build import provenance

    value, unit = stated_level(row)
    total = _written_total(row, value)
    own_period = None if inputs.span in (None, (row.period_start, row.period_end)) else row.period_label
    text = FigureText(row.indicator_name, value, unit, row.value_kind, row.comparisons, total, own_period)
    sentence = figure_sentence(text)
    return FigureContext(
        indicator_code=row.indicator_code,
        indicator_name=row.indicator_name,
        value=value,
        unit=unit,
        value_text="" if value is None else format_number(value),
        value_kind=row.value_kind,
        comparisons=row.comparisons,
        sentence=sentence.text,
        provenance=provenance(row),
        total=total,
        plan=inputs.plans.get(row.indicator_code),
        same_period=None if own_period else inputs.same_period.get(row.indicator_code),
        flags=flags.get(row.id, ()),
        anchor=sentence.anchor,
        period_label=own_period,
    )


def stated_level(row: ObservationRow) -> tuple[float | None, str | None]:
    """The level and unit as the source wrote them; a figure stored only in its base unit is
    rescaled to the biggest magnitude that fits ("2,64 tỷ đồng") and rounded to two decimals."""
    from ktxh.report.build import written_value

    if row.value_written or row.value is None or not row.base_unit or row.base_unit.startswith("%"):
        return written_value(row), row.unit_written
    magnitudes = [(float(f), str(w)) for f, w in load_phrases()["magnitudes"]]
    value, unit = scale(row.value, row.base_unit, magnitudes)
    return round(value, 2), unit


def _written_total(row: ObservationRow, written: float | None) -> float | None:
    """The total in the written unit: the store scales it to the base unit like the value."""
    if row.total is None:
        return None
    if written is None or not row.value:
        return row.total
    return round(row.total * written / row.value, 9)


def _section(
    code: str, title: str, figures: list[FigureContext], words: dict[str, Any], number: str | None = None
) -> SectionContext:
    table = _table(title, figures, words) if figures else None
    shown = section_number(code) if number is None else number
    depth = 0 if code == OTHER_CODE else section_depth(code)
    return SectionContext(code, shown, title, depth, tuple(figures), table)


def _table(title: str, figures: list[FigureContext], words: dict[str, Any]) -> TableContext:
    rows: list[TableRow] = []
    for fig in figures:
        rows.append(table_row(fig, 0))
        rows.extend(table_row(part, 1) for part in fig.parts)
    caption = str(words["table_caption"]).format(section=title)
    return TableContext(caption, tuple(str(c) for c in words["table_columns"]), tuple(rows))


def table_row(fig: FigureContext, depth: int) -> TableRow:
    """One row of a section's table; a percent computed by us is rounded to two decimals."""
    phrases = load_phrases()
    actual = "" if fig.value is None else fig.value_text
    if fig.total is not None and actual:
        actual = f"{actual}/{format_number(fig.total)}"
    return TableRow(
        indicator_name=f"{fig.indicator_name} ({fig.period_label})" if fig.period_label else fig.indicator_name,
        unit=display_unit(fig.unit, phrases),
        plan="" if fig.plan is None else format_number(fig.plan),
        actual=actual,
        pct_plan=_pct_plan(fig),
        same_period="" if fig.same_period is None else format_number(fig.same_period),
        pct_same_period=_pct_same_period(fig),
        provenance=fig.provenance,
        depth=depth,
        flagged=fig.flagged,
    )


def _pct_plan(fig: FigureContext) -> str:
    stated = fig.comparison("pct_of", "plan")
    if stated is not None:
        return format_percent(stated.value)
    if fig.value is not None and fig.plan:
        return format_percent(round(fig.value / fig.plan * 100, 2), computed=True)
    return ""


def _pct_same_period(fig: FigureContext) -> str:
    """The figure as a percent of the same period a year before (112% for "tăng 12%")."""
    stated = fig.comparison("change_pct", "same_period")
    if stated is not None:
        return format_percent(round(100 + stated.value, 6))
    if fig.value is not None and fig.same_period:
        return format_percent(round(fig.value / fig.same_period * 100, 2), computed=True)
    return ""
