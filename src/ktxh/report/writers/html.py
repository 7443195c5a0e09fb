"""The standalone HTML report: one file, charts inlined, every number with its provenance on hover.

The same page, printed through WeasyPrint, is the PDF (see pdf.py): the @page rules
in the template give A4, the Nghị định 30 margins and page numbers from page 2. For
print the page is written lean (`for_print`): no hover titles or links inside the
tables, which paper cannot show and which cost WeasyPrint time on ~2 000 cells, and
charts named by a short URL that the PDF writer answers from memory instead of a
base64 copy in the page.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ktxh.report.charts import chart_png
from ktxh.report.context import ReportContext
from ktxh.report.writers.paragraphs import group_segments, paragraph_groups

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
CHART_URL = "chart-{index}.png"  # the name of a chart in the printed page; pdf.py serves it


@dataclass(frozen=True)
class InlineChart:
    title: str
    src: str  # a data: URL in the standalone page, CHART_URL in the printed one


@dataclass(frozen=True)
class PrintPage:
    """The page for print and the PNG of each chart by the name the page gives it."""

    html: str
    charts: dict[str, bytes]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["segments"] = group_segments
    env.globals["paragraphs"] = paragraph_groups
    return env


def render_html(context: ReportContext) -> str:
    """The standalone page: charts as data: URLs, provenance on every number."""
    charts = [InlineChart(c.title, _data_url(chart_png(c))) for c in context.charts]
    return _page(context, charts, for_print=False)


def render_print(context: ReportContext) -> PrintPage:
    """The page WeasyPrint prints: the same words and numbers, lean markup, charts by name."""
    pngs = {CHART_URL.format(index=i): chart_png(c) for i, c in enumerate(context.charts, 1)}
    charts = [InlineChart(c.title, name) for c, name in zip(context.charts, pngs, strict=True)]
    return PrintPage(_page(context, charts, for_print=True), pngs)


def _data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _page(context: ReportContext, charts: list[InlineChart], for_print: bool) -> str:
    flagged = any(f.flagged for f in context.figures())
    template = environment().get_template("report.html.j2")
    return template.render(ctx=context, charts=charts, flagged=flagged, for_print=for_print)
