"""Write the report: one context built from the store, rendered to TXT, Markdown, HTML, DOCX and PDF.

build_report(session, org_unit_code=None, period_label=None) -> ReportContext
render(context, fmt) -> bytes                 fmt in txt | md | html | docx | pdf
write_all(session, out_dir) -> list[Path]     every format, for `ktxh demo`
"""

from __future__ import annotations

from ktxh.report.build import build_report
from ktxh.report.context import (
    ChartBar,
    ChartContext,
    FigureContext,
    Flag,
    Provenance,
    ReportContext,
    SectionContext,
    TableContext,
    TableRow,
)
from ktxh.report.render import FORMATS, render, write_all

__all__ = [
    "FORMATS",
    "ChartBar",
    "ChartContext",
    "FigureContext",
    "Flag",
    "Provenance",
    "ReportContext",
    "SectionContext",
    "TableContext",
    "TableRow",
    "build_report",
    "render",
    "write_all",
]
