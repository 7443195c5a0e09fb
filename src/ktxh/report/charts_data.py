"""The data of the report's charts, taken from the sections' figures (drawing is charts.py's job)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ktxh.report.context import ChartBar, ChartContext, FigureContext, SectionContext
from ktxh.report.vi_format import format_percent

LABEL_WIDTH = 48  # characters of an indicator name kept on a bar's label
# bars a chart holds at most: 30 bars are 9,6 inches at 0,28 inch a bar, which fits a page
# of A4 at 16 cm wide; a longer chart is cut into parts of equal size ("... (1/2)")
MAX_BARS = 30


def report_charts(sections: Sequence[SectionContext], words: dict[str, Any]) -> tuple[ChartContext, ...]:
    """Progress against plan by indicator, and growth against the same period; empty charts left out."""
    figures = [f for s in sections for f in s.figures]
    plan = _bars(figures, "pct_of", "plan", 0.0)
    growth = _bars(figures, "change_pct", "same_period", 0.0)
    charts = [
        ChartContext("plan_progress", str(words["chart_plan_title"]), str(words["chart_plan_axis"]), plan, 100.0),
        ChartContext("growth", str(words["chart_growth_title"]), str(words["chart_growth_axis"]), growth, 0.0),
    ]
    return tuple(part for c in charts if c.bars for part in split_chart(c, str(words["chart_part"])))


def split_chart(chart: ChartContext, part_title: str, max_bars: int = MAX_BARS) -> list[ChartContext]:
    """A chart of more than `max_bars` bars as parts of near-equal size, in order, each titled "… (i/n)"."""
    parts = -(-len(chart.bars) // max_bars)
    if parts <= 1:
        return [chart]
    size = -(-len(chart.bars) // parts)
    return [
        replace(chart, title=part_title.format(title=chart.title, part=i + 1, parts=parts),
                bars=chart.bars[i * size : (i + 1) * size])
        for i in range(parts)
    ]  # fmt: skip


def _bars(figures: Sequence[FigureContext], type_: str, base: str, shift: float) -> tuple[ChartBar, ...]:
    out = []
    for fig in figures:
        c = fig.comparison(type_, base)
        if c is not None:
            out.append(
                ChartBar(short_label(fig.indicator_name), c.value + shift, format_percent(c.value), fig.provenance)
            )
    return tuple(out)


def short_label(name: str, width: int = LABEL_WIDTH) -> str:
    """An indicator name cut at a word boundary to fit a bar label."""
    if len(name) <= width:
        return name
    cut = name[: width - 1].rsplit(" ", 1)[0]
    return cut + "…"
