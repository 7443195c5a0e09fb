"""Consistency of the bundled Lai Châu 2012 figures CSV with the catalog and with the seed's gold facts."""

from __future__ import annotations

import math
import re

import pytest
from tests.conftest import SEED_GOLD
from tests.data.conftest import by_code, figures, figures_header, read_gold

from ktxh.model import COMPARISON_BASES, COMPARISON_TYPES
from ktxh.store.periods import parse_period
from ktxh.store.schema import VALUE_KINDS

FIXED = ["indicator_code", "indicator_name", "org_unit", "period", "value_kind", "value", "unit", "total"]
PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
CELL = re.compile(r"^(-?\d+(?:\.\d+)?)(?: (.+))?$")


def comparison_columns() -> list[str]:
    return [c for c in figures_header() if ":" in c]


def test_header_has_the_fixed_columns_then_comparisons_then_the_offset() -> None:
    header = figures_header()
    assert header[: len(FIXED)] == FIXED
    assert header[-1] == "source_offset"
    for column in comparison_columns():
        kind, base = column.split(":")
        assert kind in COMPARISON_TYPES and base in COMPARISON_BASES, column


def test_one_row_per_gold_fact() -> None:
    offsets = [int(r["source_offset"]) for r in figures()]
    assert len(offsets) == len(set(offsets))
    if SEED_GOLD.exists():
        assert sorted(offsets) == sorted(f["offset"] for f in read_gold(SEED_GOLD))


@pytest.mark.parametrize("row", figures(), ids=lambda r: r["source_offset"])
def test_row_refers_to_the_catalog_and_reads_cleanly(row: dict[str, str]) -> None:
    indicator = by_code("indicators").get(row["indicator_code"])
    assert indicator is not None, row["indicator_code"]
    assert row["indicator_name"] == indicator["name"]
    assert row["org_unit"] in by_code("org_units")
    assert row["value_kind"] in VALUE_KINDS
    assert parse_period(row["period"]).label == row["period"], "periods are written as ktxh writes them"
    for column in ("value", "total"):
        assert row[column] == "" or PLAIN_NUMBER.match(row[column]), f"{column}: {row[column]!r}"
    if row["value"]:
        unit = row["unit"]
        assert unit == indicator["base_unit"] or unit.endswith(f" {indicator['base_unit']}"), unit
    else:
        assert any(row[c] for c in comparison_columns()), "a row without a value states a change"
    for column in comparison_columns():
        assert row[column] == "" or CELL.match(row[column]), f"{column}: {row[column]!r}"


def test_keys_do_not_repeat() -> None:
    keys = [(r["indicator_code"], r["org_unit"], r["period"], r["value_kind"]) for r in figures()]
    assert len(keys) == len(set(keys))


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="the shared corpus is not present")
def test_figures_equal_the_gold_facts() -> None:
    gold = {f["offset"]: f for f in read_gold(SEED_GOLD)}
    for row in figures():
        fact = gold[int(row["source_offset"])]
        assert _num(row["value"]) == fact["value"]
        assert _num(row["total"]) == fact.get("total")
        assert (row["unit"] or None) == fact["unit"] or fact["unit"] is None
        stated = {(c["type"], c["base"], c["value"], c.get("unit")) for c in fact["comparisons"]}
        assert _row_comparisons(row) == stated, row["source_offset"]


def test_plan_rows_agree_with_the_percent_of_plan_of_their_actual_row() -> None:
    # a "Kế hoạch giao" figure is the plan level of the indicator whose "bằng x% kế hoạch" it explains
    rows = {(r["indicator_code"], r["org_unit"], r["period"], r["value_kind"]): r for r in figures()}
    plans = [r for r in figures() if r["value_kind"] == "plan"]
    checked = 0
    for plan in plans:
        actual = rows.get((plan["indicator_code"], plan["org_unit"], plan["period"], "actual"))
        if not actual or not actual["pct_of:plan"] or plan["unit"] != actual["unit"]:
            continue
        ratio = 100 * float(actual["value"]) / float(plan["value"])
        assert math.isclose(ratio, float(actual["pct_of:plan"]), abs_tol=1.0), plan["indicator_code"]
        checked += 1
    assert checked >= 5


def test_identities_hold_where_the_report_states_every_part() -> None:
    # components are an identity only if the seed's own figures add up (to its rounding)
    rows = {(r["indicator_code"], r["period"], r["value_kind"]): r for r in figures() if r["org_unit"] == "12"}
    checked = 0
    for code, ind in by_code("indicators").items():
        for (row_code, period, kind), row in rows.items():
            if row_code != code or not ind.get("components") or not row["value"]:
                continue
            parts = [rows.get((c, period, kind)) for c in ind["components"]]
            if any(p is None or not p["value"] or p["unit"] != row["unit"] for p in parts):
                continue
            total = sum(float(p["value"]) for p in parts if p)
            assert math.isclose(total, float(row["value"]), rel_tol=0.01), (code, kind, total, row["value"])
            checked += 1
    assert checked >= 6


def _num(cell: str) -> float | None:
    return float(cell) if cell else None


def _row_comparisons(row: dict[str, str]) -> set[tuple[str, str, float, str | None]]:
    out = set()
    for column in comparison_columns():
        if row[column]:
            kind, base = column.split(":")
            m = CELL.match(row[column])
            assert m is not None
            out.add((kind, base, float(m.group(1)), m.group(2)))
    return out


def test_each_figure_is_about_a_unit_that_existed_in_its_period() -> None:
    units = by_code("org_units")
    for row in figures():
        unit, period = units[row["org_unit"]], parse_period(row["period"])
        assert unit.get("valid_from") is None or unit["valid_from"] <= period.start, row["source_offset"]
        assert unit.get("valid_to") is None or unit["valid_to"] >= period.end, row["source_offset"]
