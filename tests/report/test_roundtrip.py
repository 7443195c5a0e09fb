"""Round trip: the text report, read back by the extractor, gives the stored figures.

Each stored figure is looked up at the offset where the text writer put its anchor
number (as the scorer matches facts by offset); it comes back identical when the
extracted value, unit and comparisons equal the stored value as written, unit as
written and stated comparisons. The share is printed; the floor is 95%.
"""

from __future__ import annotations

from ktxh.model import Comparison, Fact
from ktxh.report import build_report
from ktxh.report.writers.txt import render_with_anchors
from ktxh.store import queries
from ktxh.store.db import Store
from ktxh.store.queries import ObservationRow

FLOOR = 0.95


def _comparisons(comps: tuple[Comparison, ...]) -> list[tuple[str, str, float]]:
    return sorted((c.type, c.base, round(c.value, 6)) for c in comps)


def _identical(row: ObservationRow, fact: Fact | None) -> bool:
    if fact is None:
        return False
    stated = None if row.value_written is None else float(row.value_written)
    same_value = fact.value == stated
    same_unit = (fact.unit or None) == (row.unit_written or None) or stated is None
    return same_value and same_unit and _comparisons(fact.comparisons) == _comparisons(row.comparisons)


def round_trip(store: Store, label: str) -> float:
    """Write the text report of the store's latest period, read it back, and return the share identical."""
    from ktxh.extract import extract

    with store.reading() as session:
        ctx = build_report(session)
        stored = {r.id: r for r in queries.current_observations(session, ctx.org_unit_code)}
        in_period = {r.id for r in queries.current_observations(session, ctx.org_unit_code, ctx.period_label)}
    text, anchors = render_with_anchors(ctx)
    facts = {f.offset: f for f in extract(text).facts}
    misses = [stored[i] for i, at in anchors.items() if not _identical(stored[i], facts.get(at))]
    share = 1 - len(misses) / len(anchors)
    print(f"\nround trip ({label}): {len(anchors) - len(misses)}/{len(anchors)} figures identical ({share:.1%})")
    for row in misses:
        print(f"  differs: {row.indicator_name} = {row.value_written} {row.unit_written} {row.comparisons}")
    assert in_period <= set(anchors)
    return share


def test_generated_text_gives_back_the_stored_figures(seed_store: Store) -> None:
    assert round_trip(seed_store, "bundled figures") >= FLOOR


def test_after_ingesting_the_seed_the_generated_text_gives_back_its_figures(store: Store, seed_path) -> None:
    from ktxh.store.ingest import ingest_file

    ingest_file(store, seed_path)
    assert round_trip(store, "seed ingested") >= FLOOR
