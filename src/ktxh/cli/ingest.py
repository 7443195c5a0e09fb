"""`ktxh ingest FILE`: store a report and its facts, and show what was matched."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ktxh.cli.common import DbOption, app, console, friendly_errors
from ktxh.store.db import Store
from ktxh.store.ingest import IngestResult, ingest_file


@app.command()
@friendly_errors
def ingest(
    file: Annotated[Path, typer.Argument(help="A report: .txt, .html or .docx.")],
    org_unit: Annotated[str | None, typer.Option("--org-unit", help="Org unit code (default: from the title).")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Period label (default: from the title).")] = None,
    learn_aliases: Annotated[
        bool, typer.Option("--learn-aliases", help="Keep the names matched by word overlap as aliases.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Store a report as a document and its facts as observations (twice changes nothing)."""
    store = Store(db).ensure()
    result = ingest_file(store, file, org_unit_code=org_unit, period_label=period, learn_aliases=learn_aliases)
    _print_result(result)


def _print_result(result: IngestResult) -> None:
    preview = result.preview
    table = Table("offset", "indicator as written", "value", "unit", "status", "catalog code / note")
    for o in preview.outcomes:
        value = "" if o.fact.value is None else f"{o.fact.value:g}"
        table.add_row(
            str(o.fact.offset), o.fact.indicator, value, o.fact.unit or "", o.status, o.indicator_code or o.note
        )
    console.print(table)
    uncatalogued = [o for o in preview.outcomes if o.status == "uncatalogued"]
    if uncatalogued:
        console.print(f"[yellow]{len(uncatalogued)} uncatalogued[/] (stored, to be added to the catalog):")
        for o in uncatalogued:
            console.print(f"  {o.fact.offset}: {o.fact.indicator} ({o.note})", highlight=False)
    state = "new document" if result.new_document else "document already stored"
    console.print(
        f"{preview.title} — {preview.org_unit_code}, {preview.period_label}: {state} #{result.document_id}; "
        f"{preview.count('matched')} matched, {preview.count('uncatalogued')} uncatalogued, "
        f"{preview.count('skipped')} skipped; {result.added} observations added, {result.unchanged} unchanged",
        highlight=False,
    )
