"""One entry point for every format: render(context, fmt) -> bytes, write_all(session, out_dir)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from ktxh.errors import ReportError
from ktxh.report.context import ReportContext

FORMATS = ("txt", "md", "html", "docx", "pdf")


def _writer(fmt: str) -> Callable[[ReportContext], bytes]:
    """The writer of a format, imported on demand (WeasyPrint and python-docx are slow to import)."""
    if fmt == "txt":
        from ktxh.report.writers.txt import render_txt

        return lambda ctx: render_txt(ctx).encode("utf-8")
    if fmt == "md":
        from ktxh.report.writers.md import render_md

        return lambda ctx: render_md(ctx).encode("utf-8")
    if fmt == "html":
        from ktxh.report.writers.html import render_html

        return lambda ctx: render_html(ctx).encode("utf-8")
    if fmt == "docx":
        from ktxh.report.writers.docx import render_docx

        return render_docx
    if fmt == "pdf":
        from ktxh.report.writers.pdf import render_pdf

        return render_pdf
    raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def render(context: ReportContext, fmt: str) -> bytes:
    """The report in one format, as bytes (UTF-8 for the text formats)."""
    return _writer(fmt)(context)


def file_stem(context: ReportContext) -> str:
    """A file name for the report: "bao-cao-12-9-thang-dau-nam-2012"."""
    from ktxh.store.folding import fold

    slug = re.sub(r"[^a-z0-9]+", "-", fold(f"bao cao {context.org_unit_code} {context.period_label}")).strip("-")
    return slug or "bao-cao"


def write_all(
    session: Session, out_dir: Path | str, org_unit_code: str | None = None, period_label: str | None = None
) -> list[Path]:
    """Every format of the report into `out_dir`; returns the files written."""
    from ktxh.report.build import build_report

    context = build_report(session, org_unit_code, period_label)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in FORMATS:
        path = out / f"{file_stem(context)}.{fmt}"
        path.write_bytes(render(context, fmt))
        paths.append(path)
    return paths
