"""The standalone HTML report: one file, charts inlined, every number with its provenance on hover.

The same page, printed through WeasyPrint, is the PDF (see pdf.py): the @page rules
in the template give A4, the Nghị định 30 margins and page numbers from page 2.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ktxh.report.charts import chart_png
from ktxh.report.context import ReportContext
from ktxh.report.writers.paragraphs import figure_segments

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@dataclass(frozen=True)
class InlineChart:
    title: str
    png: str  # base64


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["segments"] = figure_segments
    return env


def render_html(context: ReportContext) -> str:
    charts = [InlineChart(c.title, base64.b64encode(chart_png(c)).decode("ascii")) for c in context.charts]
    flagged = any(f.flagged for f in context.figures())
    return environment().get_template("report.html.j2").render(ctx=context, charts=charts, flagged=flagged)
