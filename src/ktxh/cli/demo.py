"""`ktxh demo`: the whole pipeline on the bundled Lai Châu data, printing what it did."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ktxh.cli.common import DbOption, app, console, friendly_errors
from ktxh.demo import run_demo
from ktxh.settings import home_dir


@app.command()
@friendly_errors
def demo(
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the outputs (default: ktxh-data/demo).")] = None,
    db: DbOption = None,
) -> None:
    """Build the store from the bundled data and run every stage on it."""
    run_demo(db, out or home_dir() / "demo", console)
