"""Benchmark: every check rule over a synthetic store of >= 1,000,000 observations, and one report.

Builds an SQLite store (catalog indicators x province and district org units x monthly
periods, bulk-inserted with Core executemany, not the ORM): levels that grow by a
stated rate each year, the catalog's identities holding, plan rows for each year with
stated shares of plan, and a few planted contradictions and outliers. Then times
reading the current observations and running every rule over them (`check_store`, split
in its two halves) and prints observations per second,
and times the checks of one province's report (the seed: from its facts, and from its
text through the extractor).

    python bench/check.py [--observations 1000000] [--db URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from ktxh.checks import check_facts, check_store, check_text
from ktxh.checks.run import check_rows
from ktxh.checks.stored import StoreView
from ktxh.checks.words import split_unit
from ktxh.model import Fact
from ktxh.store import queries
from ktxh.store.db import Store
from ktxh.store.schema import Indicator, Observation, OrgUnit, Period, StatedComparison
from ktxh.store.vocab import period_words

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "laichau-2012-9t"
CHUNK = 50_000
PLANTED_SHARE = 1e-4  # one figure in ten thousand gets a wrong growth rate or a tenfold value
LAST_YEAR = 2026


@dataclass(frozen=True)
class Shape:
    indicators: list[tuple[int, str, str | None, str | None, list[str]]]  # id, code, unit, base unit, components
    org_units: list[tuple[int, str]]
    years: range


def shape(store: Store, observations: int) -> Shape:
    with store.reading() as s:
        inds = [(i.id, i.code, i.unit, i.base_unit, list(i.components or [])) for i in s.scalars(select(Indicator))]
        orgs = [(o.id, o.code) for o in s.scalars(select(OrgUnit).where(OrgUnit.level.in_(["province", "district"])))]
    per_month = len(inds) * len(orgs)
    years = math.ceil(observations / (per_month * 13))  # 12 months and one year-plan row per indicator
    return Shape(inds, orgs, range(LAST_YEAR - years + 1, LAST_YEAR + 1))


def insert_periods(store: Store, years: range) -> dict[tuple[int, int], int]:
    """Month periods (and whole years, key month 0) -> period id."""
    labels = period_words()["labels"]
    rows = []
    for y in years:
        rows.append(
            {
                "type": "year",
                "start": dt.date(y, 1, 1),
                "end": dt.date(y, 12, 31),
                "label": labels["year"].format(year=y),
            }
        )
        for m in range(1, 13):
            end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
            rows.append(
                {
                    "type": "month",
                    "start": dt.date(y, m, 1),
                    "end": end,
                    "label": labels["month"].format(month=m, year=y),
                }
            )
    with store.transaction() as s:
        s.execute(insert(Period), rows)
        return {(p.start.year, 0 if p.type == "year" else p.start.month): p.id for p in s.scalars(select(Period))}


def synthetic(
    sh: Shape, periods: dict[tuple[int, int], int], rng: random.Random
) -> tuple[list[dict], list[tuple[int, dict]]]:
    """Observation rows and (row index, comparison) pairs."""
    obs: list[dict[str, Any]] = []
    comps: list[tuple[int, dict[str, Any]]] = []
    by_code = {code: (iid, unit, base) for iid, code, unit, base, _ in sh.indicators}
    now = dt.datetime(2026, 11, 1)
    for org_id, _ in sh.org_units:
        for iid, _code, unit, base, components in sh.indicators:
            if components and all(c in by_code for c in components):
                continue  # a total is written after its components, as their sum
            _series(obs, comps, rng, periods, sh.years, iid, org_id, unit, base, now)
        _totals(obs, sh, by_code, org_id, now)
    return obs, comps


def _level(base_level: float, growth: float, year: int, month: int, y0: int) -> float:
    return base_level * (1 + growth) ** (year - y0) * (1 + 0.1 * math.sin(month))


def _series(obs, comps, rng, periods, years, iid, org_id, unit, base, now) -> None:
    if (unit or "").startswith("%"):  # a rate stays a plausible percentage over the years
        base_level, growth = rng.uniform(5, 50), rng.uniform(-0.02, 0.02)
    else:
        base_level, growth = rng.uniform(100, 10_000), rng.uniform(-0.05, 0.15)
    factor = split_unit(unit)[0] / split_unit(base)[0]
    last_year: dict[int, float] = {}  # month -> last year's value, as written
    for y in years:
        plan = round(sum(_level(base_level, growth, y, m, years.start) for m in range(1, 13)) * 1.1, 1)
        obs.append(_obs(iid, org_id, periods[(y, 0)], "plan", plan, unit, factor, now))
        for m in range(1, 13):
            value = round(_level(base_level, growth, y, m, years.start), 1)
            # the rate a report states: computed from the two written levels, rounded to one decimal
            stated = round((value / last_year[m] - 1) * 100, 1) if m in last_year else None
            if rng.random() < PLANTED_SHARE:
                value = round(value * 10, 1)  # an outlier
            elif stated is not None and rng.random() < PLANTED_SHARE:
                stated += 10  # a contradiction
            last_year[m] = value
            obs.append(_obs(iid, org_id, periods[(y, m)], "estimate", value, unit, factor, now))
            if stated is not None:
                comps.append((len(obs) - 1, {"type": "change_pct", "base": "same_period", "value": stated}))
            if m == 12:
                comps.append((len(obs) - 1, {"type": "pct_of", "base": "plan", "value": round(value / plan * 100, 1)}))


def _totals(obs, sh: Shape, by_code, org_id: int, now) -> None:
    """Identity totals: the sum of their components' rows of the same period."""
    start = {iid: None for iid, *_ in sh.indicators}
    values: dict[tuple[int, int, str], float] = {}
    for o in obs:
        if o["org_unit_id"] == org_id:
            values[(o["indicator_id"], o["period_id"], o["value_kind"])] = o["value"]
    for iid, _code, unit, base, components in sh.indicators:
        if not components or not all(c in by_code for c in components) or iid not in start:
            continue
        keys = {(p, k) for (i, p, k) in values if i == by_code[components[0]][0]}
        factor = split_unit(unit)[0] / split_unit(base)[0]
        for period_id, kind in keys:
            total = sum(values.get((by_code[c][0], period_id, kind), 0.0) for c in components)
            obs.append(
                _obs(iid, org_id, period_id, kind, total, base, 1.0, now, written_unit=unit, factor_written=factor)
            )


def _obs(iid, org_id, period_id, kind, value, unit, factor, now, written_unit=None, factor_written=None) -> dict:
    """A row: `value` is in `unit`; stored in the base unit, written in the indicator's unit."""
    base_value = value * factor
    written = base_value / (factor_written or factor)
    return {
        "indicator_id": iid, "org_unit_id": org_id, "period_id": period_id, "value_kind": kind,
        "value": base_value, "unit_written": written_unit or unit, "value_written": f"{round(written, 1)}",
        "status": "ok", "recorded_at": now,
    }  # fmt: skip


def bulk_insert(store: Store, obs: list[dict], comps: list[tuple[int, dict]]) -> None:
    with store.engine.begin() as conn:
        for i in range(0, len(obs), CHUNK):
            conn.execute(insert(Observation.__table__), obs[i : i + CHUNK])
        first_id = conn.execute(select(Observation.id).order_by(Observation.id).limit(1)).scalar_one()
        rows = [{"observation_id": first_id + i, **c} for i, c in comps]
        for i in range(0, len(rows), CHUNK):
            conn.execute(insert(StatedComparison.__table__), rows[i : i + CHUNK])


def one_report() -> None:
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    lines = SEED.with_suffix(".facts.jsonl").read_text(encoding="utf-8").splitlines()
    facts = [Fact.from_json(json.loads(line)) for line in lines if line.strip()]
    t0 = time.perf_counter()
    from_facts = check_facts(facts, text)
    t1 = time.perf_counter()
    from_text = check_text(text)
    t2 = time.perf_counter()
    print(f"one report (seed, {len(facts)} facts): check_facts {(t1 - t0) * 1000:.0f} ms, {len(from_facts)} findings")
    print(
        f"one report (seed text, extraction included): check_text {(t2 - t1) * 1000:.0f} ms, {len(from_text)} findings"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--observations", type=int, default=1_000_000)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    one_report()  # first: the catalog and lexicon caches are cold, as in a fresh `ktxh check`
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        store.init()
        sh = shape(store, args.observations)
        t0 = time.perf_counter()
        periods = insert_periods(store, sh.years)
        obs, comps = synthetic(sh, periods, random.Random(4))
        bulk_insert(store, obs, comps)
        t1 = time.perf_counter()
        print(f"store: {len(obs):,} observations, {len(comps):,} stated comparisons, inserted in {t1 - t0:.1f} s")
        with store.reading() as session:
            rows = queries.current_observations(session)
            t2 = time.perf_counter()
            view = StoreView(components=queries.components(session))
            found = Counter((f.rule, f.severity) for f in check_rows(rows, view))
            t3 = time.perf_counter()
            month = period_words()["labels"]["month"].format(month=9, year=sh.years[-1])
            one = check_store(session, org_unit_code=sh.org_units[0][1], period_label=month)
            t4 = time.perf_counter()
        store.dispose()
    n = len(rows)
    print(f"read current observations: {n:,} in {t2 - t1:.1f} s = {n / (t2 - t1):,.0f} obs/s")
    print(f"all rules over them: {t3 - t2:.1f} s = {n / (t3 - t2):,.0f} obs/s")
    print(f"check_store (read + rules): {n / (t3 - t1):,.0f} obs/s")
    print(f"check_store, one org unit and month ({month}): {(t4 - t3) * 1000:.0f} ms, {len(one)} findings")
    print("findings:", ", ".join(f"{rule} {severity} {n}" for (rule, severity), n in sorted(found.items())))


if __name__ == "__main__":
    main()
