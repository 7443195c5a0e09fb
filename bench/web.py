"""Benchmark: the portal's dashboard and observation API on a store of a million observations.

Builds (once; reused when --db already holds enough) an SQLite store with OBSERVATIONS
synthetic observations: catalog indicators x many synthetic districts x the 3-, 6-,
9- and 12-month periods of many years, written with bulk Core inserts. Then serves
the app with uvicorn in a child process on a free loopback port and sends requests
from an async httpx client, CONCURRENCY at a time:

  dashboard (cold)   the first request for each org unit and period (builds the report
                     context and runs the checks: what a new figure costs)
  dashboard (warm)   the same pages again, as visitors see them (target p95 < 200 ms)
  observations API   pages of /api/observations filtered by indicator and org unit,
                     by period and kind, and unfiltered deep in the table (cursor `after`)

Prints p50 / p95 latency (ms) and requests per second for each, warm pages and the
API at 1, 4 and CONCURRENCY requests in flight.

    python bench/web.py [--observations 1000000] [--concurrency 16] [--requests 400] [--db FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ktxh.store.db import Store
from ktxh.store.schema import Indicator, Observation, OrgUnit, Period, StatedComparison
from ktxh.store.vocab import period_words

CHUNK = 50_000


def build_store(url: str, observations: int) -> None:
    """Fill the store at `url` with at least `observations` synthetic rows."""
    store = Store(url)
    store.init()
    with store.transaction() as session:
        have = session.scalar(select(func.count()).select_from(Observation)) or 0
        if have >= observations:
            print(f"store: {have:,} observations already there")
            return
        indicators = list(session.scalars(select(Indicator.id).where(Indicator.status == "catalogued")))
        years = range(2000, 2025)
        per_unit = len(indicators) * len(years) * 4
        units = make_org_units(session, -(-observations // per_unit))
        periods = make_periods(session, years)
    started = time.perf_counter()
    rows = insert_observations(store, indicators, units, periods, observations)
    elapsed = time.perf_counter() - started
    print(
        f"store: {rows:,} observations ({len(indicators)} indicators x {len(units)} org units x "
        f"{len(periods)} periods) inserted in {elapsed:.1f} s ({rows / elapsed:,.0f} rows/s)"
    )
    store.dispose()


def make_org_units(session: Session, count: int) -> list[int]:
    parent = session.scalar(select(OrgUnit.id).where(OrgUnit.level == "province"))
    session.execute(
        insert(OrgUnit),
        [
            {"code": f"SYN{i:04d}", "name": f"Synthetic district {i}", "level": "district", "parent_id": parent}
            for i in range(count)
        ],
    )
    return list(session.scalars(select(OrgUnit.id).where(OrgUnit.code.like("SYN%"))))


def make_periods(session: Session, years: range) -> list[int]:
    """Periods of 3, 6, 9 months and the whole year, labelled as ktxh labels them."""
    labels = period_words()["labels"]
    specs = []
    for year in years:
        for months in (3, 6, 9):
            end = dt.date(year, months + 1, 1) - dt.timedelta(days=1)
            specs.append(("ytd", dt.date(year, 1, 1), end, labels["ytd"].format(n=months, year=year)))
        specs.append(("year", dt.date(year, 1, 1), dt.date(year, 12, 31), labels["year"].format(year=year)))
    existing = {(p.type, p.start, p.end) for p in session.scalars(select(Period))}
    session.execute(
        insert(Period),
        [{"type": t, "start": s, "end": e, "label": label} for t, s, e, label in specs if (t, s, e) not in existing],
    )
    wanted = {(t, s, e) for t, s, e, _ in specs}
    return [p.id for p in session.scalars(select(Period)) if (p.type, p.start, p.end) in wanted]


def synthetic_rows(indicators: list[int], units: list[int], periods: list[int], limit: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(7)
    now = dt.datetime(2025, 1, 1)
    n = 0
    for unit in units:
        for period in reversed(periods):  # latest first, so a unit filled in part has the pages asked for
            for ind in indicators:
                if n >= limit:
                    return
                value = round(rng.uniform(10, 100_000), 1)
                yield {
                    "indicator_id": ind,
                    "org_unit_id": unit,
                    "period_id": period,
                    "value_kind": "actual",
                    "value": value,
                    "unit_written": None,
                    "value_written": str(value),
                    "status": "ok",
                    "source": "bench",
                    "recorded_at": now,
                }
                n += 1


def insert_observations(store: Store, indicators: list[int], units: list[int], periods: list[int], limit: int) -> int:
    """Bulk Core inserts in chunks; every tenth observation gets a stated % of plan."""
    rows = synthetic_rows(indicators, units, periods, limit)
    done = 0
    while True:
        chunk = [r for _, r in zip(range(CHUNK), rows, strict=False)]
        if not chunk:
            return done
        with store.transaction() as session:
            first = (session.scalar(select(func.max(Observation.id))) or 0) + 1
            conn = session.connection()  # plain Core executemany: no ORM bookkeeping per row
            conn.execute(insert(Observation.metadata.tables["observation"]), chunk)
            conn.execute(
                insert(StatedComparison.metadata.tables["stated_comparison"]),
                [
                    {"observation_id": first + i, "type": "pct_of", "base": "plan", "value": 50 + i % 70}
                    for i in range(0, len(chunk), 10)
                ],
            )
        done += len(chunk)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KTXH_DATABASE_URL": url}
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "ktxh.web.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/periods", timeout=60).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start")


async def timed(client: httpx.AsyncClient, url: str, sem: asyncio.Semaphore) -> float:
    async with sem:
        started = time.perf_counter()
        response = await client.get(url)
        elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
    return elapsed


async def measure(name: str, base: str, urls: list[str], concurrency: int) -> None:
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=300) as client:
        started = time.perf_counter()
        times = await asyncio.gather(*(timed(client, u, sem) for u in urls))
        wall = time.perf_counter() - started
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(
        f"{name:<28} n={len(ms):>5}  p50={statistics.median(ms):8.1f} ms  p95={p95:8.1f} ms  "
        f"{len(ms) / wall:8.1f} req/s"
    )


def workload(base: str, requests: int, seed: int = 3) -> dict[str, list[str]]:
    """The URLs of each measured group, drawn from what the store holds."""
    periods = [p["label"] for p in httpx.get(f"{base}/api/periods", timeout=60).json()]
    units = [u["code"] for u in httpx.get(f"{base}/api/org-units", timeout=60).json() if u["code"].startswith("SYN")]
    indicators = [i["code"] for i in httpx.get(f"{base}/api/indicators", timeout=60).json()]
    rng = random.Random(seed)
    full = units[:-1] or units  # the last unit may be filled only in part
    pages = [("", p) for p in periods[:2]] + [(u, periods[0]) for u in rng.sample(full, min(2, len(full)))]
    dash = [f"/?org={u}&period={p}" if u else f"/?period={p}" for u, p in pages]
    obs = [
        f"/api/observations?indicator={rng.choice(indicators)}&org_unit={rng.choice(units)}"
        for _ in range(requests // 3)
    ]
    obs += [f"/api/observations?period={rng.choice(periods)}&kind=actual&limit=100" for _ in range(requests // 3)]
    obs += [f"/api/observations?after={rng.randrange(0, 900_000)}&limit=100" for _ in range(requests // 3)]
    rng.shuffle(obs)
    return {"cold": dash, "warm": [rng.choice(dash) for _ in range(requests)], "obs": obs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "ktxh-bench-web.sqlite")
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    build_store(url, args.observations)
    port = free_port()
    server = start_server(url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        work = workload(base, args.requests)
        print(
            f"server: uvicorn, 1 process, SQLite {args.db}; c = requests in flight; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        asyncio.run(measure("dashboard (cold, per page)", base, work["cold"], 1))
        for concurrency in sorted({1, 4, args.concurrency}):
            asyncio.run(measure(f"dashboard (warm) c={concurrency}", base, work["warm"], concurrency))
            asyncio.run(measure(f"observations API c={concurrency}", base, work["obs"], concurrency))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
