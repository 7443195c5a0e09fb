"""`ktxh init`, `ktxh catalog`, `ktxh load`: the store and its catalog."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ktxh.cli.common import DbOption, app, console, friendly_errors
from ktxh.store import queries
from ktxh.store.db import Store
from ktxh.store.load import BUNDLED_FIGURES, load_figures


@app.command()
@friendly_errors
def init(db: DbOption = None) -> None:
    """Create the database, or migrate it to the newest schema, and load the catalog."""
    store = Store(db)
    counts = store.init()
    console.print(f"Database ready: {store.safe_url}")
    console.print(", ".join(f"{n} {what.replace('_', ' ')}" for what, n in counts.items()))


@app.command()
@friendly_errors
def catalog(
    query: Annotated[str | None, typer.Argument(help="Words to look for (diacritics and case ignored).")] = None,
    db: DbOption = None,
) -> None:
    """List the indicators of the catalog, or those matching QUERY."""
    store = Store(db).ensure()
    with store.reading() as session:
        found = queries.indicators(session, query)
        table = Table("code", "section", "name", "unit", "kind", title=f"{len(found)} indicators")
        for ind in found:
            table.add_row(ind.code, ind.section_code or "", ind.name, ind.unit or "", ind.kind)
    console.print(table)


@app.command()
@friendly_errors
def load(
    file: Annotated[
        Path | None,
        typer.Argument(help="A figures file (CSV or XLSX; columns in docs/figures.md). Default: the bundled figures."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Load a figures file into the store (all rows or none; loading twice adds nothing)."""
    store = Store(db).ensure()
    result = load_figures(store, file or BUNDLED_FIGURES)
    console.print(
        f"{result.path.name}: {result.rows} rows, {result.added} observations added, {result.unchanged} already stored"
    )
