"""`ktxh report`: the Vietnamese report of an org unit and period, in one format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ktxh.cli.common import DbOption, app, err_console, friendly_errors
from ktxh.errors import ReportError
from ktxh.report import FORMATS, build_report, render
from ktxh.store.db import Store

BINARY_FORMATS = ("docx", "pdf")


@app.command()
@friendly_errors
def report(
    org_unit: Annotated[
        str | None, typer.Option("--org-unit", help="Org unit code (default: the top org unit in the store).")
    ] = None,
    period: Annotated[
        str | None, typer.Option("--period", help="Period label, e.g. '9 tháng đầu năm 2012' (default: the latest).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "txt",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write the report: sections, house sentences, tables and charts, from the stored figures."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", where="--format")
    if output is None and fmt in BINARY_FORMATS and sys.stdout.isatty():
        raise ReportError(f"{fmt} is binary: give a file with -o", where="--output")
    store = Store(db).ensure()
    with store.reading() as session:
        data = render(build_report(session, org_unit, period), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    err_console.print(f"{output}: {len(data):,} bytes ({fmt})")
