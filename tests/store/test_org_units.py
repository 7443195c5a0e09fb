"""Org units across the July 2025 merger: the catalog's 63 old and 34 new provinces, aliases, and the
unit a report's title names at its period."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased
from tests.store.test_catalog import write_catalog

from ktxh.errors import CatalogError
from ktxh.store.catalog import CATALOG_DIR, Entry, load_catalog, read_catalog
from ktxh.store.ingest import IngestError, ingest_text, preview_text
from ktxh.store.org_titles import TitleReader
from ktxh.store.periods import parse_period
from ktxh.store.schema import Document, OrgUnit, OrgUnitAlias

MERGER = dt.date(2025, 7, 1)


def provinces_on(day: dt.date) -> list[Entry]:
    def alive(d: dict) -> bool:
        return (d.get("valid_from") or dt.date.min) <= day <= (d.get("valid_to") or dt.date.max)

    return [e for e in read_catalog().org_units if e.data["level"] == "province" and alive(e.data)]


def test_the_catalog_has_the_63_old_provinces_and_the_34_new() -> None:
    before, after = provinces_on(dt.date(2020, 1, 1)), provinces_on(MERGER)
    assert len(before) == 63 and len(after) == 34
    assert provinces_on(MERGER - dt.timedelta(days=1)) == before
    # every old province is there once under its GSO code, a reused one with the "-2025" suffix
    gso = {str(e.data["code"]).split("-")[0] for e in before}
    assert len(gso) == 63
    suffixed = sorted(str(e.data["code"]) for e in before if "-" in str(e.data["code"]))
    assert suffixed == ["15-2025", "24-2025", "44-2025", "52-2025", "80-2025", "82-2025", "91-2025"]
    assert len([e for e in before if e in after]) == 27  # the same code and name: one unit, continued


def test_each_ended_province_merged_wholly_into_a_new_one() -> None:
    cat = read_catalog()
    ended = {str(e.data["code"]) for e in cat.org_units if e.data.get("valid_to") == MERGER - dt.timedelta(days=1)}
    ended = {c for c in ended if len(c.split("-")[0]) == 2}  # provinces (Lai Châu's districts also end then)
    after = {str(e.data["code"]) for e in provinces_on(MERGER)}
    merges = [c.data for c in cat.changes if c.data["date"] == MERGER and c.data.get("kind") == "merge"]
    assert len(ended) == 36 and len(merges) == 36
    assert {str(m["from"]) for m in merges} == ended
    assert all(str(m["to"]) in after and m["weight"] == 1.0 and "202/2025/QH15" in m["note"] for m in merges)
    into_hcm = sorted(str(m["from"]) for m in merges if str(m["to"]) == "79")
    assert into_hcm == ["74", "77"]


def test_a_name_shared_across_the_merger_is_two_units_apart_in_time() -> None:
    units = {str(e.data["code"]): e.data for e in read_catalog().org_units}
    old, new = units["72"], units["80"]
    assert old["name"] == new["name"] == "Tây Ninh"
    assert old["valid_to"] < new["valid_from"] == MERGER
    assert units["80-2025"]["name"] == "Long An"
    assert "Thừa Thiên Huế" in units["46"]["aliases"] and "valid_from" not in units["46"]


ORG_UNITS = """org_units:
  - {code: "VN", name: "Việt Nam", level: country, aliases: ["cả nước"]}
  - {code: "72", name: "Tây Ninh", level: province, parent: "VN", valid_to: 2025-06-30}
  - {code: "80", name: "Tây Ninh", level: province, parent: "VN", valid_from: 2025-07-01, aliases: ["T. Ninh"]}
"""


@pytest.mark.parametrize(
    ("org_units", "message"),
    [
        (ORG_UNITS.replace("valid_to: 2025-06-30", "valid_to: 2025-07-01"), "'tay ninh' is also that of '72'"),
        (ORG_UNITS.replace('aliases: ["T. Ninh"]', 'aliases: ["T. Ninh", "T.Ninh"]'), "fold to the same name"),
        (ORG_UNITS.replace('aliases: ["T. Ninh"]', 'aliases: "T. Ninh"'), "aliases must be a list"),
        (
            ORG_UNITS.replace(
                'aliases: ["cả nước"]', 'aliases: ["cả nước"], valid_from: 2030-01-01, valid_to: 2020-01-01'
            ),
            "is after valid_to",
        ),
    ],
)
def test_bad_aliases_and_clashing_names_are_refused(tmp_path: Path, org_units: str, message: str) -> None:
    with pytest.raises(CatalogError, match=r"org_units\.yaml:\d+") as info:
        read_catalog(write_catalog(tmp_path, org_units=org_units))
    assert message in str(info.value)


def test_aliases_are_stored_and_follow_the_catalog(store, tmp_path: Path) -> None:
    def aliases() -> dict[str, list[str]]:
        with store.reading() as session:
            rows = session.execute(select(OrgUnit.code, OrgUnitAlias.alias).join(OrgUnit).order_by(OrgUnitAlias.id))
            found: dict[str, list[str]] = {}
            for code, alias in rows:
                found.setdefault(code, []).append(alias)
            return found

    bundled = aliases()
    assert {"TPHCM", "TP.HCM", "Thành phố Hồ Chí Minh"} <= set(bundled["79"])
    assert bundled["VN"] == ["cả nước", "toàn quốc"]
    catalog = read_catalog(write_catalog(tmp_path / "a", org_units=ORG_UNITS))
    with store.transaction() as session:
        load_catalog(session, catalog)
    assert aliases()["80"] == ["T. Ninh"]
    # an alias written another way (same folded key) and one taken away
    changed = ORG_UNITS.replace('aliases: ["T. Ninh"]', 'aliases: ["T.Ninh"]').replace(', aliases: ["cả nước"]', "")
    with store.transaction() as session:
        load_catalog(session, read_catalog(write_catalog(tmp_path / "b", org_units=changed)))
    after = aliases()
    assert after["80"] == ["T.Ninh"] and "VN" not in after


def org_unit_of(store, title: str) -> str:
    with store.reading() as session:
        return preview_text(session, f"{title}\n\nKhông có số liệu.\n").org_unit_code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Báo cáo tình hình kinh tế - xã hội tỉnh Tây Ninh năm 2015", "72"),  # the old province
        ("Báo cáo tình hình kinh tế - xã hội tỉnh Tây Ninh 6 tháng đầu năm 2026", "80"),  # the new one
        ("Báo cáo tình hình kinh tế - xã hội tỉnh Tây Ninh năm 2025", "80"),  # both existed: the one at its end
        ("Báo cáo tình hình kinh tế - xã hội tỉnh Tây Ninh 6 tháng đầu năm 2025", "72"),
        ("Tình hình sản xuất công nghiệp tỉnh Yên Bái tháng 8 năm 2013", "15-2025"),
        ("Báo cáo tình hình kinh tế - xã hội tỉnh Lào Cai năm 2013", "10"),
        ("Báo cáo tình hình kinh tế - xã hội tỉnh Lào Cai năm 2026", "15"),
        ("Tình hình kinh tế - xã hội TPHCM quý I năm 2014", "79"),
        ("Kinh tế TP.HCM 9 tháng đầu năm 2014", "79"),
        ("Báo cáo kinh tế - xã hội tỉnh Thừa Thiên Huế năm 2013", "46"),
        ("Báo cáo kinh tế - xã hội thành phố Huế năm 2025", "46"),
        ("Tình hình kinh tế - xã hội tỉnh Bà Rịa-Vũng Tàu năm 2016", "77"),
        # the spellings and short forms newspapers use (aliases in the catalog)
        ("Tình hình kinh tế - xã hội tỉnh BR-VT quý II năm 2021", "77"),
        ("Tình hình kinh tế - xã hội tỉnh Đăk Lăk tháng 6 năm 2014", "66"),
        ("Tình hình kinh tế - xã hội tỉnh Đắc Lắc năm 2013", "66"),
        ("Tình hình kinh tế - xã hội tỉnh KonTum tháng 8 năm 2016", "62"),
        ("Báo cáo kinh tế - xã hội tỉnh Bắc Cạn năm 2015", "06"),
        ("Báo cáo của UBND huyện Tân Uyên, tỉnh Lai Châu năm 2013", "111"),  # the most specific level
        ("Tổng cục Thống kê: tình hình kinh tế - xã hội cả nước 9 tháng đầu năm 2013", "VN"),
        ("Cục Thống kê (Bộ Tài chính) công bố tình hình kinh tế toàn quốc quý I năm 2026", "VN"),
        ("Tổng cục Thống kê: kinh tế tỉnh Bình Dương năm 2013 đứng thứ ba cả nước", "74"),
    ],
)
def test_the_title_names_the_unit_that_existed_at_its_period(store, title: str, code: str) -> None:
    assert org_unit_of(store, title) == code


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Báo cáo tình hình kinh tế - xã hội tỉnh Yên Bái năm 2026", "Yên Bái (15-2025, … to 2025-06-30), none of"),
        # a province's report compares itself with the country: that is no national release
        ("Sáu tháng đầu năm 2013 cùng với cả nước, sản xuất công nghiệp trên địa bàn tỉnh", "cannot tell the org unit"),
        ("Kinh tế - xã hội các tỉnh Long An và Tiền Giang năm 2014", "several org units"),
    ],
)
def test_a_title_that_names_no_unit_of_its_period_is_a_clear_error(store, title: str, message: str) -> None:
    with pytest.raises(IngestError, match="give --org-unit CODE") as info:
        org_unit_of(store, title)
    assert message in str(info.value)


def test_a_report_of_an_old_province_is_stored_under_it(store) -> None:
    text = "Báo cáo tình hình kinh tế - xã hội tỉnh Long An năm 2015\n\nSản lượng lúa đạt 2.500.000 tấn.\n"
    result = ingest_text(store, text)
    with store.reading() as session:
        doc = session.get(Document, result.document_id)
        assert doc is not None
        org = session.get(OrgUnit, doc.org_unit_id)
        assert org is not None and (org.code, org.name) == ("80-2025", "Long An")


# The national lists: every district before 1/7/2025 and every commune after (org_units_*.yaml).
# One test over the table: each store on PostgreSQL costs a second to build.
DISTRICT_AND_COMMUNE_TITLES = [
    ("Báo cáo tình hình kinh tế - xã hội huyện Châu Thành, tỉnh Tiền Giang năm 2018", "821"),
    ("Báo cáo tình hình kinh tế - xã hội huyện Châu Thành tỉnh Bến Tre năm 2018", "831"),
    # a district name that is unique before 2025
    ("Báo cáo tình hình kinh tế - xã hội thị xã Sơn Tây 6 tháng đầu năm 2016", "269"),
    # a name of two provinces, told apart by the one the title names
    ("Báo cáo kinh tế - xã hội huyện Bảo Lâm, tỉnh Cao Bằng năm 2019", "042"),
    ("Báo cáo kinh tế - xã hội huyện Bảo Lâm, tỉnh Lâm Đồng năm 2019", "680"),
    # a ward after July 2025, under the new province
    ("Báo cáo tình hình kinh tế - xã hội phường Bến Thành 9 tháng năm 2025", "26743"),
    ("Báo cáo tình hình kinh tế - xã hội xã Tân Tiến, tỉnh Hưng Yên năm 2026", "12583"),
    # the old province a 2026 title still names merged into the commune's province (Thái Bình into Hưng Yên)
    ("Báo cáo tình hình kinh tế - xã hội xã Tân Tiến, tỉnh Thái Bình năm 2026", "12583"),
    # another type word of the level: thị xã Lai Châu (2012) is Thành phố Lai Châu
    ("Báo cáo kinh tế - xã hội thị xã Lai Châu 9 tháng đầu năm 2012", "105"),
    # a province's name inside a district's names no province: Quảng Ninh is a district of Quảng Bình
    ("Báo cáo kinh tế - xã hội huyện Quảng Ninh năm 2019", "456"),
    ("Báo cáo kinh tế - xã hội huyện Điện Biên Đông năm 2019", "101"),  # not Huyện Điện Biên
    # diacritics tell names apart that folding joins: Văn Lăng and Văn Lang (Thái Nguyên)
    ("Báo cáo kinh tế - xã hội xã Văn Lăng năm 2026", "05665"),
    # "năm" is no "Nam": "Hà năm 2019" is not Hà Nam, "Quang năm" not Quảng Nam
    ("Báo cáo kinh tế - xã hội huyện Thanh Hà năm 2019", "294"),
    ("Báo cáo kinh tế - xã hội huyện Bắc Quang năm 2019", "034"),
    # a type word written short before the name: "TX.", "TP.", "Q.", "H."
    ("Báo cáo kinh tế xã hội TX. Sơn Tây năm 2015", "269"),
    ("Tình hình kinh tế - xã hội TP. Buôn Ma Thuột năm 2017", "643"),
    ("Báo cáo kinh tế - xã hội Q.Bình Thạnh năm 2020", "765"),
    ("Báo cáo tình hình KT-XH H. Châu Thành, tỉnh An Giang năm 2019", "892"),
    ("Tình hình kinh tế - xã hội TP. Hà Nội 11 tháng năm 2025", "01"),  # "thành phố Hà Nội": the province
    # a district named by its number, the number no count of months before "năm"
    ("Báo cáo kinh tế - xã hội quận 1 năm 2020", "760"),
    # a province's report is the province's, whatever communes a folded title seems to name
    ("Tình hình kinh tế - xã hội An Giang năm 2026", "91"),  # not Xã Hội An
    ("Tình hình kinh tế - xã hội Sơn La quý III năm 2025", "14"),  # not Xã Hội Sơn
    ("Báo cáo kinh tế - xã hội thành phố Hà Nội năm 2020", "01"),
]


def test_the_title_names_a_district_or_commune_among_thousands(store) -> None:
    found = {title: org_unit_of(store, title) for title, _ in DISTRICT_AND_COMMUNE_TITLES}
    assert found == dict(DISTRICT_AND_COMMUNE_TITLES)


def test_a_shared_name_without_its_province_is_an_error_that_lists_the_candidates(store) -> None:
    with pytest.raises(IngestError, match="give --org-unit CODE") as info:
        org_unit_of(store, "Báo cáo tình hình kinh tế - xã hội huyện Châu Thành năm 2018")
    message = str(info.value)
    assert "several org units" in message
    assert "Huyện Châu Thành (821, Tiền Giang)" in message and "Huyện Châu Thành (831, Bến Tre)" in message
    assert message.count("Huyện Châu Thành (") == 10
    with pytest.raises(IngestError, match="none of them in the province it names") as info:
        org_unit_of(store, "Báo cáo kinh tế - xã hội huyện Bảo Lâm, tỉnh Lai Châu năm 2019")
    assert "Huyện Bảo Lâm (042, Cao Bằng), Huyện Bảo Lâm (680, Lâm Đồng)" in str(info.value)
    with pytest.raises(IngestError, match="none of which existed in năm 2018"):
        org_unit_of(store, "Báo cáo tình hình kinh tế - xã hội phường Bến Thành năm 2018")


def test_every_province_title_still_names_its_province(store) -> None:
    # no district's or commune's name, folded, hides a province's name at its time
    with store.reading() as session:
        ids = dict(session.execute(select(OrgUnit.code, OrgUnit.id)).all())
        reader = TitleReader.read(session)
    for year, day in ((2020, dt.date(2020, 6, 30)), (2026, dt.date(2026, 6, 30))):
        for e in provinces_on(day):
            title = f"Báo cáo tình hình kinh tế - xã hội tỉnh {e.data['name']} năm {year}"
            assert reader.unit_named_in(title, parse_period(f"năm {year}")) == ids[e.data["code"]], title


def test_a_ward_report_is_stored_under_the_ward(store) -> None:
    text = "Báo cáo tình hình kinh tế - xã hội phường Bến Thành, TP.HCM 9 tháng năm 2025\n\nKhông có số liệu.\n"
    result = ingest_text(store, text)
    with store.reading() as session:
        doc = session.get(Document, result.document_id)
        assert doc is not None
        org = session.get(OrgUnit, doc.org_unit_id)
        assert org is not None and (org.code, org.name, org.level) == ("26743", "Phường Bến Thành", "commune")


def test_the_national_lists_load_in_bulk_and_reload_in_place(store, tmp_path: Path) -> None:
    def units() -> dict[str, tuple[int, str, str | None, str]]:
        with store.reading() as session:
            parent = aliased(OrgUnit)
            rows = session.execute(
                select(OrgUnit.code, OrgUnit.id, OrgUnit.name, parent.code, OrgUnit.level).outerjoin(
                    parent, parent.id == OrgUnit.parent_id
                )
            )
            return {code: (id_, name, parent_code, level) for code, id_, name, parent_code, level in rows}

    loaded = units()
    levels = [level for _, _, _, level in loaded.values()]
    assert (levels.count("district"), levels.count("commune")) == (696, 38 + 3283)
    assert loaded["821"][1:3] == ("Huyện Châu Thành", "82-2025") and loaded["26743"][2] == "79"
    # a national list edited (a name, a parent) and loaded again: the rows are updated in place
    catalog_dir = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, catalog_dir)
    communes = catalog_dir / "org_units_communes.yaml"
    text = communes.read_text(encoding="utf-8")
    assert "  26743 | Phường Bến Thành | 79\n" in text
    communes.write_text(text.replace("  26743 | Phường Bến Thành | 79\n", "  26743 | Phường Chợ Bến Thành | 80\n"))
    with store.transaction() as session:
        load_catalog(session, read_catalog(catalog_dir))
    reloaded = units()
    assert reloaded["26743"] == (loaded["26743"][0], "Phường Chợ Bến Thành", "80", "commune")
    assert {c: u for c, u in reloaded.items() if c != "26743"} == {c: u for c, u in loaded.items() if c != "26743"}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("level: commune\nunits: |\n  00001 | Xã Một | VN\n  00002 | Xã Hai\n", "org_units_x.yaml:4: each line"),
        ("level: commune\nunits:\n  - [00001, Xã Một, VN]\n", "under 'units: |'"),
        ("level: commune\nparent: VN\nunits: |\n  00001 | Xã Một | VN\n", "expected the keys"),
        ("level: commune\nunits: |\n  00001 | Xã Một | 99\n", "org_units_x.yaml:3: parent '99' is not defined"),
        ("level: commune\nunits: |\n  00001 | Xã Một | VN\n  00002 | Xã một | VN\n", "'xa mot' is also that of"),
    ],
)
def test_a_bad_national_list_is_refused_with_its_line(tmp_path: Path, table: str, message: str) -> None:
    directory = write_catalog(tmp_path, org_units=ORG_UNITS)
    (directory / "org_units_x.yaml").write_text(table, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        read_catalog(directory)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("short", "word"),
    [("TX", "thị xã"), ("Tx.", "thị trấn xã")],  # no dot; no type word of any level
)
def test_a_bad_short_type_word_is_refused_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, short: str, word: str
) -> None:
    import ktxh.store.vocab as vocab

    text = (vocab.VOCAB_DIR / "org_units.yaml").read_text(encoding="utf-8")
    bad = text.replace('"Tx.": "thị xã"', f'"{short}": "{word}"')
    assert bad != text
    (tmp_path / "org_units.yaml").write_text(bad, encoding="utf-8")
    monkeypatch.setattr(vocab, "VOCAB_DIR", tmp_path)
    vocab.org_unit_words.cache_clear()
    try:
        with pytest.raises(CatalogError, match="no short type word") as info:
            vocab.org_unit_words()
        assert "org_units.yaml" in str(info.value) and repr(short) in str(info.value)
    finally:
        vocab.org_unit_words.cache_clear()
