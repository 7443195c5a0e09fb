"""The store checks: observations as figures, linked by plan rows, last year's rows, identities and sources."""

import dataclasses
import datetime as dt

import pytest

from ktxh.checks import check_store
from ktxh.checks.run import check_rows
from ktxh.checks.stored import StoreView, stored_decimals
from ktxh.model import Comparison
from ktxh.store.queries import ObservationRow

COTTON = {1695, 1767, 1806}


def row(id_, value, *comps, year=2012, kind="estimate", period="ytd", code="nn.che", **kw):
    start, end = (dt.date(year, 1, 1), dt.date(year, 12, 31) if period == "year" else dt.date(year, 9, 30))
    base = ObservationRow(
        id=id_, indicator_code=code, indicator_name="Sản lượng chè", section_code="1.1.a", base_unit="tấn",
        indicator_kind="flow", org_unit_code="12", org_unit_name="Lai Châu",
        period_label=f"{'năm' if period == 'year' else '9 tháng'} {year}", period_type=period,
        period_start=start, period_end=end, value_kind=kind, value=value, total=None, unit_written="tấn",
        value_written=None if value is None else f"{value:g}", document_id=None, source=None, source_offset=None,
        part_of_offset=None, comparisons=tuple(Comparison(*c) for c in comps), recorded_at=dt.datetime(2012, 10, 1),
    )  # fmt: skip
    return dataclasses.replace(base, **kw)


def rules_fired(rows, keep=None):
    return [(f.rule, f.severity, f.observation_ids) for f in check_rows(rows, StoreView(), keep)]


@pytest.mark.parametrize(("written", "decimals"), [("46.9", 1), ("46,9", 1), ("1040", 0), ("2.64262e+06", 0)])
def test_stored_decimals(written, decimals):
    assert stored_decimals(written, 2642620.0 if "e" in written else None) == decimals


def test_a_share_of_the_year_plan_matching_is_silent():
    rows = [row(1, 3093, ("pct_of", "plan", 82.6)), row(2, 3745, kind="plan", period="year")]
    assert rules_fired(rows) == []


def test_a_share_of_the_year_plan_not_matching_is_an_error_citing_both_rows():
    rows = [row(1, 3093, ("pct_of", "plan", 92.6)), row(2, 3745, kind="plan", period="year")]
    assert rules_fired(rows) == [("plan_share", "error", (1, 2))]


def test_growth_against_last_years_stored_level():
    last_year = row(2, 2723, year=2011)
    assert rules_fired([row(1, 3093, ("change_pct", "same_period", 13.6)), last_year], keep={"9 tháng 2012"}) == []
    fired = rules_fired([row(1, 3093, ("change_pct", "same_period", 23.6)), last_year], keep={"9 tháng 2012"})
    assert fired == [("growth_level", "error", (1,))]


def test_parts_linked_through_their_source_document():
    whole = row(1, 1062, document_id=7, source_offset=100, code="a")
    parts = [
        row(2, 283, document_id=7, source_offset=120, part_of_offset=100, code="b"),
        row(3, 788, document_id=7, source_offset=140, part_of_offset=100, code="c"),
    ]
    assert rules_fired([whole, *parts]) == [("parts_sum", "error", (1, 2, 3))]


def test_identities_from_the_catalog_are_exact():
    rows = [row(1, 1000, code="tong"), row(2, 300, code="a"), row(3, 600, code="b")]
    found = check_rows(rows, StoreView(components={"tong": ["a", "b"]}))
    assert [(f.rule, f.severity, f.expected, f.actual) for f in found] == [("identity", "error", 900, 1000)]


def test_an_outlier_in_the_stored_series_is_a_warning_for_the_period_asked():
    values = [3000, 3100, 2950, 3050, 3020, 2990, 30930]
    rows = [row(y - 2000, v, year=y) for y, v in zip(range(2006, 2013), values, strict=True)]
    assert rules_fired(rows, keep={"9 tháng 2012"}) == [("outlier", "warning", (12,))]
    assert rules_fired(rows, keep={"9 tháng 2011"}) == []


def test_the_seed_store_has_the_cotton_contradiction_and_no_other_error(seed_store):
    with seed_store.reading() as session:
        findings = check_store(session)
    errors = [f for f in findings if f.severity == "error"]
    assert [set(f.offsets) for f in errors] == [COTTON]
    assert len(errors[0].observation_ids) == 3
    assert [f for f in findings if f.severity == "warning"] == []


def test_the_seed_store_checked_for_one_org_unit_and_period(seed_store):
    with seed_store.reading() as session:
        one = check_store(session, org_unit_code="12", period_label="9 tháng đầu năm 2012")
        other = check_store(session, org_unit_code="105")
    assert COTTON in [set(f.offsets) for f in one if f.severity == "error"]
    assert other == []
