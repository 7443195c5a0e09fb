"""Benchmark: writing one province's report in every format.

Loads the bundled Lai Châu nine-month 2012 figures into a fresh SQLite store (or
uses --db), then times: importing the writers, building the context, and each
format. A cold run draws the charts; a warm run (--repeat) reuses the drawn charts
as a long-running server would. Target: TXT + HTML + DOCX together under 2 s.

    python bench/report.py [--db URL] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

TARGET_S = 2.0
FAST_FORMATS = ("txt", "html", "docx")


def _store(url: str | None, tmp: Path):  # type: ignore[no-untyped-def]
    from ktxh.store.db import Store
    from ktxh.store.load import load_bundled

    store = Store(url or f"sqlite:///{tmp / 'bench.sqlite'}")
    store.init()
    if url is None:
        load_bundled(store)
    return store


def _timed(label: str, func, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func(*args)
    elapsed = time.perf_counter() - start
    print(f"  {label:<18} {elapsed:7.3f} s")
    return result, elapsed


def run(url: str | None, repeat: int) -> None:
    start = time.perf_counter()
    from ktxh.report import FORMATS, build_report, render
    from ktxh.report.writers import docx, html, pdf, txt  # noqa: F401  (import cost counted here)

    print(f"import writers      {time.perf_counter() - start:7.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        store = _store(url, Path(tmp))
        for run_no in range(1, repeat + 1):
            print(f"run {run_no} ({'cold: charts drawn' if run_no == 1 else 'warm: charts cached'})")
            with store.reading() as session:
                ctx, built = _timed("build context", build_report, session)
            # the fast formats first, so the drawing of the charts is counted against them
            order = [*FAST_FORMATS, *(f for f in FORMATS if f not in FAST_FORMATS)]
            times = {fmt: _timed(fmt, render, ctx, fmt)[1] for fmt in order}
            fast = built + sum(times[f] for f in FAST_FORMATS)
            verdict = "ok" if fast < TARGET_S else "over target"
            print(f"  {'context+txt+html+docx':<18} {fast:7.3f} s  (target < {TARGET_S} s: {verdict})")
            print(f"  figures: {len(ctx.figures())}, sections: {len(ctx.sections)}, charts: {len(ctx.charts)}")
        store.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store that already holds figures (default: a fresh SQLite with the seed)")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    run(args.db, args.repeat)


if __name__ == "__main__":
    main()
