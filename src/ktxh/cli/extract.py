"""`ktxh extract`: the facts of one or more reports, in the facts format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table

from ktxh.cli.common import app, console, friendly_errors
from ktxh.extract import extract
from ktxh.extract.jsonl import dumps
from ktxh.model import Fact
from ktxh.text import read_source

Format = Literal["jsonl", "json", "table"]


@app.command("extract")
@friendly_errors
def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Reports to read (.txt, .html, .docx).")],
    fmt: Annotated[
        Format, typer.Option("--format", help="jsonl (one fact a line), json (an array) or table (for reading).")
    ] = "jsonl",
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the rules that produced each fact, and its sentence.")
    ] = False,
) -> None:
    """Read the figures of Vietnamese socio-economic reports: value, unit, comparisons, period, parts."""
    for path in files:
        facts = extract(read_source(path).text).facts
        _print(facts, fmt, explain, path if len(files) > 1 else None)


def _print(facts: list[Fact], fmt: Format, explain: bool, path: Path | None) -> None:
    if fmt == "jsonl":
        typer.echo(_with_source(dumps(facts, explain), path), nl=False)
    elif fmt == "json":
        rows = [dict(f.to_json(explain), **({"source": str(path)} if path else {})) for f in facts]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        console.print(_table(facts, explain, path))


def _with_source(lines: str, path: Path | None) -> str:
    """With several files, each JSON line names its file."""
    if path is None:
        return lines
    out = []
    for line in lines.splitlines():
        row = json.loads(line)
        row["source"] = str(path)
        out.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(out)


def _table(facts: list[Fact], explain: bool, path: Path | None) -> Table:
    table = Table(title=str(path) if path else None, show_lines=False)
    for column in ("offset", "indicator", "value", "unit", "comparisons", "period"):
        table.add_column(column)
    if explain:
        table.add_column("rules")
    for f in facts:
        row = [
            str(f.offset),
            f.indicator,
            "" if f.value is None else f"{f.value:g}",
            f.unit or "",
            "; ".join(f"{c.type} {c.base} {c.value:g}" for c in f.comparisons),
            f.period or "",
        ]
        if explain:
            row.append(" ".join(f.rules))
        table.add_row(*row)
    return table
