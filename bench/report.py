"""Benchmark: writing one province's report in every format.

Loads the bundled Lai Châu nine-month 2012 figures into a fresh SQLite store (or
uses --db), then, in a fresh Python process so that nothing is imported or drawn
yet (a cold run, as `ktxh report` or `ktxh demo` meets it), times: building the
context, then each format, each step including the imports it triggers (matplotlib
with the first chart, python-docx with DOCX, WeasyPrint with PDF). Further runs in
the same process (--repeat) are warm: imports done, charts already drawn, as in a
long-running server. Wall and CPU seconds are printed: on a shared machine the
CPU time is the steadier figure. Target: context + TXT + HTML + DOCX under 2 s cold.

    python bench/report.py [--db URL] [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_S = 2.0
FAST_FORMATS = ("txt", "html", "docx")


def _timed(label: str, func: Callable[..., Any], *args: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = func(*args)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {label:<22} {wall:7.3f} s wall {cpu:7.3f} s cpu", flush=True)
    return result, wall, cpu


def measure(url: str, repeat: int) -> None:
    """Runs in the child process: the store is already filled, nothing of the report imported."""
    from ktxh.store.db import Store

    store = Store(url)
    _, imp_wall, imp_cpu = _timed("import ktxh.report", __import__, "ktxh.report")
    from ktxh.report import FORMATS, build_report, render

    order = [*FAST_FORMATS, *(f for f in FORMATS if f not in FAST_FORMATS)]
    for run_no in range(1, repeat + 1):
        print(f"run {run_no} ({'cold: first imports and drawings' if run_no == 1 else 'warm'})")
        with store.reading() as session:
            ctx, wall, cpu = _timed("build context", build_report, session)
        if run_no == 1:
            wall, cpu = wall + imp_wall, cpu + imp_cpu
        for fmt in order:
            _, w, c = _timed(fmt, render, ctx, fmt)
            if fmt in FAST_FORMATS:
                wall, cpu = wall + w, cpu + c
        verdict = "ok" if wall < TARGET_S else "over target"
        total = f"{wall:7.3f} s wall {cpu:7.3f} s cpu"
        print(f"  {'context+txt+html+docx':<22} {total}  (target < {TARGET_S} s: {verdict})")
        print(f"  figures: {len(ctx.figures())}, sections: {len(ctx.sections)}, charts: {len(ctx.charts)}")
    store.dispose()


def _seeded(tmp: Path) -> str:
    from ktxh.store.db import Store
    from ktxh.store.load import load_bundled

    url = f"sqlite:///{tmp / 'bench.sqlite'}"
    store = Store(url)
    store.init()
    load_bundled(store)
    store.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", help="a store that already holds figures (default: a fresh SQLite with the seed)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure(args.db, args.repeat)
        return
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or _seeded(Path(tmp))
        print(f"cores: {len(os.sched_getaffinity(0))}, load: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        cmd = [sys.executable, __file__, "--child", "--db", url, "--repeat", str(args.repeat)]
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
