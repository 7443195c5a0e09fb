"""`ktxh check`: the arithmetic a careful reader does, on a report's text or on the store."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table

from ktxh.checks import check_facts, check_store, check_text
from ktxh.checks.messages import render
from ktxh.cli.common import DbOption, app, console, friendly_errors
from ktxh.errors import InputError
from ktxh.model import Fact, Finding
from ktxh.store.db import Store
from ktxh.text.reader import read_source

Format = Literal["table", "json"]
SENTENCE_WIDTH = 240  # characters of the quoted sentence shown in a table row


@app.command("check")
@friendly_errors
def check_command(
    file: Annotated[
        Path | None, typer.Argument(help="A report (.txt, .html, .docx); omit it to check the store.")
    ] = None,
    facts: Annotated[
        Path | None,
        typer.Option("--facts", help="Facts of FILE (JSONL, the facts format) to check instead of extracting."),
    ] = None,
    db: DbOption = None,
    org_unit: Annotated[str | None, typer.Option("--org-unit", help="Org unit code (store only).")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Period label (store only).")] = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="table (for reading) or json (an array of findings).")
    ] = "table",
) -> None:
    """Check the figures of a report (within the document) or of the store. Exit code 0 whatever is found."""
    if file is not None:
        text = read_source(file).text
        findings = check_facts(read_facts(facts), text) if facts else check_text(text)
        source = str(file)
    else:
        store = Store(db).ensure()
        with store.reading() as session:
            findings = check_store(session, org_unit_code=org_unit, period_label=period)
        source = store.safe_url
    if fmt == "json":
        # plain echo: rich would wrap long messages inside the JSON strings
        typer.echo(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        print_table(findings, source)


def read_facts(path: Path) -> list[Fact]:
    """Facts from a JSONL file; a bad line is an InputError naming the file and line."""
    if not path.is_file():
        raise InputError("no such file", where=str(path))
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Fact.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not a fact in the facts format: {exc}", where=f"{path}:{number}") from exc
    return out


def print_table(findings: list[Finding], source: str) -> None:
    """One table per report section, one finding a row, with the sentence quoted."""
    by_section: dict[str, list[Finding]] = {}
    for f in findings:
        by_section.setdefault(f.section or render("table_no_section"), []).append(f)
    console.print(render("table_title", source=source), style="bold")
    for section, items in by_section.items():
        table = Table(
            render("table_severity"),
            render("table_rule"),
            render("table_finding"),
            render("table_sentence"),
            title=section,
            title_justify="left",
            show_lines=True,
        )
        for f in items:
            table.add_row(render(f"severity_{f.severity}"), f.rule, f.message, _quote(f.sentence))
        console.print(table)
    counts = Counter(f.severity for f in findings)
    console.print(render("table_summary", errors=counts["error"], warnings=counts["warning"], infos=counts["info"]))


def _quote(sentence: str | None) -> str:
    if not sentence:
        return ""
    text = " ".join(sentence.split())
    return f"“{text[:SENTENCE_WIDTH]}…”" if len(text) > SENTENCE_WIDTH else f"“{text}”"
