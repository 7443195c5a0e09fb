"""The data of the report's charts, taken from the sections' figures (drawing is charts.py's job)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ktxh.report.context import ChartBar, ChartContext, FigureContext, SectionContext
from ktxh.report.vi_format import format_percent

LABEL_WIDTH = 48  # characters of an indicator name kept on a bar's label


def report_charts(sections: Sequence[SectionContext], words: dict[str, Any]) -> tuple[ChartContext, ...]:
    """Progress against plan by indicator, and growth against the same period; empty charts left out."""
    figures = [f for s in sections for f in s.figures]
    plan = _bars(figures, "pct_of", "plan", 0.0)
    growth = _bars(figures, "change_pct", "same_period", 0.0)
    charts = [
        ChartContext("plan_progress", str(words["chart_plan_title"]), str(words["chart_plan_axis"]), plan, 100.0),
        ChartContext("growth", str(words["chart_growth_title"]), str(words["chart_growth_axis"]), growth, 0.0),
    ]
    return tuple(c for c in charts if c.bars)


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
