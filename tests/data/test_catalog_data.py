"""Consistency of the catalog data files: sections, indicators, org units, their changes."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from tests.conftest import SEED_GOLD
from tests.data.conftest import CATALOG_DIR, by_code, catalog, figures, read_gold, same_name

from ktxh.store.folding import fold
from ktxh.store.schema import INDICATOR_KINDS, ORG_LEVELS

CODE_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


def test_every_catalog_file_is_nfc() -> None:
    for path in CATALOG_DIR.glob("*.yaml"):
        raw = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", raw) == raw, path.name


def test_section_codes_are_unique_and_parents_come_first() -> None:
    seen: set[str] = set()
    for section in catalog("sections"):
        code = str(section["code"])
        assert code not in seen, f"duplicate section {code}"
        parent = section.get("parent")
        assert parent is None or str(parent) in seen, f"{code}: parent {parent} not defined before it"
        assert parent is None or code.startswith(f"{parent}."), f"{code} is not numbered under {parent}"
        assert section["title"].strip() == section["title"] and section["title"]
        seen.add(code)


def test_indicator_codes_are_unique_ascii_and_dotted() -> None:
    codes = [ind["code"] for ind in catalog("indicators")]
    assert len(codes) == len(set(codes))
    bad = [c for c in codes if not CODE_RE.match(c)]
    assert not bad


@pytest.mark.parametrize("indicator", catalog("indicators"), ids=lambda i: i["code"])
def test_indicator_fields(indicator: dict) -> None:
    assert indicator["kind"] in INDICATOR_KINDS
    assert str(indicator["section"]) in by_code("sections")
    unit, base = indicator["unit"], indicator["base_unit"]
    # the written unit is the base unit, maybe after a magnitude word ("nghìn tấn" -> "tấn")
    assert unit == base or unit.endswith(f" {base}"), f"{unit!r} is not {base!r} with a magnitude"
    if indicator["kind"] == "rate":
        assert base.startswith("%")
    elif base.startswith("%"):
        pytest.fail("a percent indicator must be of kind rate")


def test_no_two_indicators_share_a_name() -> None:
    owner: dict[str, str] = {}
    for ind in catalog("indicators"):
        for name in [ind["name"], *ind.get("aliases", [])]:
            key = fold(name)
            assert owner.setdefault(key, ind["code"]) == ind["code"], f"{name!r}: {owner[key]} and {ind['code']}"


def test_components_exist_share_the_base_unit_and_do_not_loop() -> None:
    indicators = by_code("indicators")
    for code, ind in indicators.items():
        for comp in ind.get("components", []):
            assert comp in indicators, f"{code}: component {comp} is not an indicator"
            assert comp != code
            assert indicators[comp]["base_unit"] == ind["base_unit"], f"{code}: {comp} has another base unit"
            assert indicators[comp]["kind"] == ind["kind"], f"{code}: {comp} is of another kind"
            assert code not in indicators[comp].get("components", []), f"{code} and {comp} contain each other"


def test_identities_exist() -> None:
    # the report's arithmetic implies several identities; losing them silently would blind the checks
    assert sum(1 for ind in catalog("indicators") if ind.get("components")) >= 8


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="the shared corpus is not present")
def test_every_gold_fact_of_the_seed_names_its_catalog_indicator() -> None:
    indicators = by_code("indicators")
    rows = {int(r["source_offset"]): r for r in figures()}
    for fact in read_gold(SEED_GOLD):
        row = rows.get(fact["offset"])
        assert row is not None, f"gold fact at {fact['offset']} has no row in the figures"
        ind = indicators[row["indicator_code"]]
        names = [ind["name"], *ind.get("aliases", [])]
        assert any(same_name(fact["indicator"], n) for n in names), (fact["indicator"], ind["code"])


def test_org_units_have_known_levels_and_existing_parents() -> None:
    units = by_code("org_units")
    for code, unit in units.items():
        assert unit["level"] in ORG_LEVELS
        parent = unit.get("parent")
        if parent is None:
            assert unit["level"] == "country", f"{code} has no parent"
            continue
        assert str(parent) in units, f"{code}: parent {parent} is not defined"
        assert ORG_LEVELS.index(units[str(parent)]["level"]) < ORG_LEVELS.index(unit["level"])


def test_org_unit_validity_is_ordered_and_within_the_parent() -> None:
    units = by_code("org_units")
    for code, unit in units.items():
        start, end = unit.get("valid_from"), unit.get("valid_to")
        if start and end:
            assert start <= end, code
        parent = units.get(str(unit.get("parent")))
        if parent and parent.get("valid_to") and end:
            assert end <= parent["valid_to"], f"{code} outlives its parent"


def test_org_unit_codes_follow_the_gso_shape() -> None:
    widths = {"province": 2, "district": 3, "commune": 5}
    units = by_code("org_units")
    for code, unit in units.items():
        width = widths.get(unit["level"])
        gso, _, until = code.partition("-")
        if width:
            assert gso.isdigit() and len(gso) == width, f"{code} is not a {width}-digit {unit['level']} code"
        if until:
            # a GSO code another unit holds now: "80-2025" is code 80 until 2025, and 80 is that other unit
            assert unit.get("valid_to") and str(unit["valid_to"].year) == until, code
            assert gso in units and units[gso].get("valid_from", dt.date.min) > unit["valid_to"], code


def test_changes_reference_units_alive_at_the_change() -> None:
    units = by_code("org_units")
    for change in catalog("org_unit_changes"):
        src, dst, date = units[str(change["from"])], units[str(change["to"])], change["date"]
        assert isinstance(date, dt.date)
        assert src.get("valid_from") is None or src["valid_from"] < date
        assert dst.get("valid_from") is None or dst["valid_from"] <= date
        assert 0 < change.get("weight", 1.0) <= 1
        assert change.get("note"), "a change names its source"


def test_split_weights_of_one_unit_add_up_to_at_most_one() -> None:
    shares: dict[tuple[str, dt.date], float] = {}
    for change in catalog("org_unit_changes"):
        key = (str(change["from"]), change["date"])
        shares[key] = shares.get(key, 0.0) + change.get("weight", 1.0)
    assert all(total <= 1.0 + 1e-9 for total in shares.values()), shares


def test_a_unit_that_ends_where_its_changes_begin_gives_all_of_itself_away() -> None:
    units = by_code("org_units")
    shares: dict[tuple[str, dt.date], float] = {}
    for change in catalog("org_unit_changes"):
        source = units[str(change["from"])]
        if source.get("valid_to") == change["date"] - dt.timedelta(days=1):
            key = (str(change["from"]), change["date"])
            shares[key] = shares.get(key, 0.0) + change.get("weight", 1.0)
    assert shares, "no change closes a unit"
    for key, total in shares.items():
        assert abs(total - 1.0) < 1e-3, (key, total)


def test_the_two_tier_structure_after_july_2025() -> None:
    units = by_code("org_units")
    reform = dt.date(2025, 7, 1)
    for code, unit in units.items():
        if unit["level"] == "district":
            assert unit.get("valid_to") is not None and unit["valid_to"] < reform, f"{code} outlives the districts"
        if unit["level"] == "commune" and (unit.get("valid_from") or dt.date.min) >= reform:
            assert units[str(unit["parent"])]["level"] == "province", f"{code} is not directly under a province"


def test_the_national_lists_hold_every_district_before_2025_and_every_commune_after() -> None:
    units = by_code("org_units")
    reform = dt.date(2025, 7, 1)
    districts = [u for u in units.values() if u["level"] == "district"]
    communes = [u for u in units.values() if u["level"] == "commune" and u.get("valid_from") == reform]
    # vietnamadminunits 1.0.4: 696 district-level units in admin_units_legacy, 3,321 communes in admin_units
    assert len(districts) == 696 and len(communes) == 3321

    def provinces_on(day: dt.date) -> set[str]:
        def alive(u: dict) -> bool:
            return (u.get("valid_from") or dt.date.min) <= day <= (u.get("valid_to") or dt.date.max)

        return {code for code, u in units.items() if u["level"] == "province" and alive(u)}

    old, new = provinces_on(reform - dt.timedelta(days=1)), provinces_on(reform)
    assert len(old) == 63 and len(new) == 34
    # each province has its units, under its catalog code
    assert {str(u["parent"]) for u in districts} == old and {str(u["parent"]) for u in communes} == new
    assert units["269"]["name"] == "Thị xã Sơn Tây" and units["269"]["parent"] == "01"
    assert units["133"]["parent"] == "15-2025"  # Nghĩa Lộ, Yên Bái: the old province's code


def test_the_national_lists_name_their_source_and_generator() -> None:
    for path in sorted(CATALOG_DIR.glob("org_units_*.yaml")):
        header = path.read_text(encoding="utf-8").split("\nlevel:")[0]
        assert "vietnamadminunits 1.0.4" in header and "tools/build_org_units.py" in header, path.name
