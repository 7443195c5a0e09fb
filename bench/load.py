"""Benchmark: loading a figures file and reading it back, on SQLite (or --db).

Builds a synthetic CSV of ROWS figures (catalog indicators x org units x monthly
periods), then times `load_figures` (one transaction), a second idempotent load, and
`current_observations` for one org unit and period. Prints rows per second.

    python bench/load.py [--rows 20000] [--db URL]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import tempfile
import time
from pathlib import Path

from ktxh.store import queries
from ktxh.store.catalog import read_catalog
from ktxh.store.db import Store
from ktxh.store.load import load_figures
from ktxh.store.vocab import period_words


def synthetic_csv(path: Path, rows: int) -> None:
    cat = read_catalog()
    indicators = [(e.data["code"], e.data["unit"]) for e in cat.indicators]
    org_units = [str(e.data["code"]) for e in cat.org_units if e.data["level"] in ("province", "district")]
    month_label = str(period_words()["labels"]["month"])
    periods = [month_label.format(month=m, year=y) for y in range(2010, 2026) for m in range(1, 13)]
    rng = random.Random(7)
    keys = itertools.islice(itertools.product(periods, org_units, indicators), rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["indicator_code", "org_unit", "period", "value_kind", "value", "unit", "pct_of:plan"])
        for period, org, (code, unit) in keys:
            w.writerow([code, org, period, "actual", round(rng.uniform(1, 10000), 1), unit, rng.randint(20, 120)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "figures.csv"
        synthetic_csv(path, args.rows)
        store = Store(args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        store.init()
        t0 = time.perf_counter()
        first = load_figures(store, path)
        t1 = time.perf_counter()
        again = load_figures(store, path)
        t2 = time.perf_counter()
        month_label = str(period_words()["labels"]["month"])
        with store.reading() as session:
            rows = queries.current_observations(
                session, org_unit_code="12", period_label=month_label.format(month=1, year=2010)
            )
        t3 = time.perf_counter()
        store.dispose()
    print(f"backend: {store.dialect}")
    print(f"first load:  {first.added} rows in {t1 - t0:.2f} s = {first.added / (t1 - t0):,.0f} rows/s")
    print(f"second load: {again.unchanged} unchanged in {t2 - t1:.2f} s = {again.rows / (t2 - t1):,.0f} rows/s")
    print(f"current_observations(org 12, one month): {len(rows)} rows in {(t3 - t2) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
