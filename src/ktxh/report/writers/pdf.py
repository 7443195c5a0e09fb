"""The PDF report: the HTML report printed by WeasyPrint, so both show the same words and numbers."""

from __future__ import annotations

from ktxh.errors import ReportError
from ktxh.report.context import ReportContext
from ktxh.report.writers.html import render_html


def render_pdf(context: ReportContext) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as exc:  # Pango or HarfBuzz missing from the system
        raise ReportError(f"WeasyPrint cannot start (system libraries missing?): {exc}") from exc
    result = HTML(string=render_html(context)).write_pdf()
    if result is None:
        raise ReportError("WeasyPrint returned no PDF")
    return bytes(result)
