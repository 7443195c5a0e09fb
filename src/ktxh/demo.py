"""The demo: every stage of the pipeline on the data that ships with ktxh.

Each stage is run only if its package is there, so the demo grows with the project;
what it did and where the outputs are is printed on the console it is given.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from ktxh.store.db import Store
from ktxh.store.load import load_bundled


def run_demo(db_url: str | None, out_dir: Path, console: Console) -> list[Path]:
    """init + load the bundled figures + later stages; returns the files written."""
    store = Store(db_url)
    counts = store.init()
    console.print(
        f"[bold]1. store[/] {store.safe_url}: catalog of {counts['indicators']} indicators, "
        f"{counts['sections']} sections, {counts['org_units']} org units"
    )
    result = load_bundled(store)
    console.print(
        f"[bold]2. load[/] {result.path.name}: {result.rows} figures, {result.added} added, "
        f"{result.unchanged} already stored"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for stage in _later_stages():
        written.extend(stage(store, out_dir, console))
    for path in written:
        console.print(f"   wrote {path}")
    return written


def _later_stages() -> list:  # type: ignore[type-arg]
    """The stages after load that exist in this installation, in pipeline order."""
    from ktxh import demo_stages

    return demo_stages.STAGES
