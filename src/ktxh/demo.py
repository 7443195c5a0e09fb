"""The demo: every stage of the pipeline on the data that ships with ktxh.

init (schema + catalog) -> load the bundled Lai Châu figures -> check them -> write the
report in every format; what each stage did and where the outputs are is printed.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rich.console import Console

from ktxh.checks import check_store
from ktxh.report import write_all
from ktxh.store.db import Store
from ktxh.store.load import load_bundled


def run_demo(db_url: str | None, out_dir: Path, console: Console) -> list[Path]:
    """Run the pipeline on the bundled data; returns the files written."""
    store = Store(db_url)
    counts = store.init()
    console.print(
        f"[bold]1. store[/]  {store.safe_url}: {counts['indicators']} indicators in {counts['sections']} sections, "
        f"{counts['org_units']} org units, {counts['org_unit_changes']} org unit changes"
    )
    result = load_bundled(store)
    console.print(
        f"[bold]2. load[/]   {result.path.name}: {result.rows} figures, {result.added} added, "
        f"{result.unchanged} already stored"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    with store.reading() as session:
        findings = check_store(session)
        findings_path = out_dir / "findings.json"
        findings_path.write_text(
            json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=1), encoding="utf-8"
        )
        by_severity = Counter(f.severity for f in findings)
        console.print(
            f"[bold]3. check[/]  {len(findings)} findings ("
            + ", ".join(f"{n} {sev}" for sev, n in sorted(by_severity.items()))
            + f") -> {findings_path}"
        )
        reports = write_all(session, out_dir)
    console.print(f"[bold]4. report[/] {len(reports)} formats:")
    for path in reports:
        console.print(f"   {path}", highlight=False)
    console.print("Next: [bold]ktxh serve[/] opens the portal on this database.")
    return [findings_path, *reports]
