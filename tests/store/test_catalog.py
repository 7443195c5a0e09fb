from pathlib import Path

import pytest
from sqlalchemy import func, select

from ktxh.errors import CatalogError
from ktxh.store.catalog import IndicatorMatcher, load_catalog, read_catalog
from ktxh.store.folding import fold
from ktxh.store.schema import Indicator, IndicatorAlias, OrgUnit, Section

SECTIONS = """sections:
  - {code: "1", title: "Phát triển kinh tế"}
  - {code: "1.1", title: "Sản xuất nông nghiệp", parent: "1"}
"""
INDICATORS = """indicators:
  - code: nn.lua.san_luong
    name: "Sản lượng lúa"
    unit: "tấn"
    base_unit: "tấn"
    kind: flow
    section: "1.1"
  - code: nn.ngo.san_luong
    name: "Sản lượng ngô"
    aliases: ["Sản lượng cây ngô"]
    unit: "nghìn tấn"
    base_unit: "tấn"
    kind: flow
    section: "1.1"
  - code: nn.luong_thuc.san_luong
    name: "Tổng sản lượng lương thực có hạt"
    unit: "tấn"
    base_unit: "tấn"
    kind: flow
    section: "1.1"
    components: [nn.lua.san_luong, nn.ngo.san_luong]
"""
ORG_UNITS = """org_units:
  - {code: "VN", name: "Việt Nam", level: country}
  - {code: "12", name: "Lai Châu", level: province, parent: "VN"}
"""


def write_catalog(directory: Path, sections=SECTIONS, indicators=INDICATORS, org_units=ORG_UNITS) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sections.yaml").write_text(sections, encoding="utf-8")
    (directory / "indicators.yaml").write_text(indicators, encoding="utf-8")
    (directory / "org_units.yaml").write_text(org_units, encoding="utf-8")
    return directory


def test_fold_ignores_diacritics_case_and_spacing():
    assert fold("Sản lượng  LÚA") == fold("san luong lua") == "san luong lua"
    assert fold("Đường giao thông") == "duong giao thong"


def test_a_small_catalog_reads(tmp_path):
    cat = read_catalog(write_catalog(tmp_path))
    assert [e.data["code"] for e in cat.indicators] == [
        "nn.lua.san_luong",
        "nn.ngo.san_luong",
        "nn.luong_thuc.san_luong",
    ]
    assert cat.changes == []


@pytest.mark.parametrize(
    ("indicators", "message", "line"),
    [
        (
            INDICATORS.replace(
                'kind: flow\n    section: "1.1"\n  - code: nn.ngo',
                'kind: flux\n    section: "1.1"\n  - code: nn.ngo',
                1,
            ),
            "kind must be one of",
            2,
        ),
        (
            INDICATORS.replace('section: "1.1"\n  - code: nn.ngo', 'section: "9.9"\n  - code: nn.ngo', 1),
            "section '9.9' is not defined",
            2,
        ),
        (
            INDICATORS.replace("components: [nn.lua.san_luong", "components: [nn.khoai.san_luong"),
            "is not a catalog indicator",
            15,
        ),
        (INDICATORS.replace("code: nn.ngo.san_luong", "code: nn.lua.san_luong"), "duplicate indicator code", 8),
        (
            INDICATORS.replace(
                '    kind: flow\n    section: "1.1"\n  - code: nn.ngo',
                '    kinds: flow\n    section: "1.1"\n  - code: nn.ngo',
                1,
            ),
            "unknown keys ['kinds']",
            2,
        ),
    ],
)
def test_bad_catalog_entries_name_file_and_line(tmp_path, indicators, message, line):
    directory = write_catalog(tmp_path, indicators=indicators)
    with pytest.raises(CatalogError) as info:
        read_catalog(directory)
    assert message in str(info.value)
    assert f"indicators.yaml:{line}" in str(info.value)


def test_yaml_syntax_error_names_the_line(tmp_path):
    directory = write_catalog(tmp_path, sections='sections:\n  - {code: "1", title: [oops\n')
    with pytest.raises(CatalogError, match=r"sections.yaml:\d+: not valid YAML"):
        read_catalog(directory)


def test_decomposed_text_is_refused(tmp_path):
    import unicodedata

    directory = write_catalog(tmp_path, sections=unicodedata.normalize("NFD", SECTIONS))
    with pytest.raises(CatalogError, match="NFC"):
        read_catalog(directory)


def test_matcher_tolerates_diacritics_case_and_word_order(tmp_path):
    matcher = IndicatorMatcher.from_entries(read_catalog(write_catalog(tmp_path)).indicators)
    assert matcher.match("san luong lua") == "nn.lua.san_luong"
    assert matcher.match("SẢN LƯỢNG CÂY NGÔ") == "nn.ngo.san_luong"
    assert matcher.match("lương thực có hạt tổng sản lượng") == "nn.luong_thuc.san_luong"
    assert matcher.match("Số vụ cháy rừng") is None
    assert matcher.match("") is None


def test_load_catalog_into_the_store_is_idempotent(store, tmp_path):
    cat = read_catalog(write_catalog(tmp_path))
    with store.transaction() as session:
        first = load_catalog(session, cat)
    with store.transaction() as session:
        load_catalog(session, cat)
    with store.reading() as session:
        ngo = session.scalar(select(Indicator).where(Indicator.code == "nn.ngo.san_luong"))
        assert ngo is not None and ngo.base_unit == "tấn"
        aliases = session.scalar(
            select(func.count()).select_from(IndicatorAlias).where(IndicatorAlias.indicator_id == ngo.id)
        )
        assert aliases == 2
        assert session.scalar(select(Section.title).where(Section.code == "1.1")) == "Sản xuất nông nghiệp"
        province = session.scalar(select(OrgUnit).where(OrgUnit.code == "12"))
        country = session.scalar(select(OrgUnit).where(OrgUnit.code == "VN"))
        assert province is not None and country is not None and province.parent_id == country.id
    assert first["indicators"] == 3


def test_bundled_catalog_is_valid_and_covers_the_seed():
    cat = read_catalog()
    assert len(cat.indicators) >= 100
    codes = {e.data["code"] for e in cat.indicators}
    assert all(c in codes for e in cat.indicators for c in e.data.get("components") or [])
    levels = {e.data["level"] for e in cat.org_units}
    assert {"province", "district", "commune"} <= levels


def test_a_shortened_name_matches_only_within_its_section():
    matcher = IndicatorMatcher.from_catalog()
    shortened = "Số con gia súc chữa khỏi"
    assert matcher.match(shortened, section_code="1.1.a") == "nn.dich_benh.gia_suc_chua_khoi"
    assert matcher.match(shortened) is None  # where the section is not known, only full names match


def test_a_name_with_another_word_never_matches_a_neighbour():
    matcher = IndicatorMatcher.from_catalog()
    assert matcher.match("Giá trị sản xuất nông nghiệp") is None
    assert matcher.match("Giá trị sản xuất nông nghiệp", section_code="1.2") is None
    assert matcher.match("Thuế sản phẩm") == "kt.grdp.thue_san_pham"


def test_a_word_more_makes_another_indicator_but_a_neutral_phrase_does_not():
    matcher = IndicatorMatcher.from_catalog()
    assert matcher.match("Tỷ lệ hộ cận nghèo") == "xh.ty_le_ho_can_ngheo"  # never the poverty rate
    assert matcher.match("Kim ngạch xuất khẩu thép", unit="usd") is None  # a product is a part of exports
    assert matcher.match("Sản lượng thủy sản khai thác") is None
    assert matcher.match("Số vụ tai nạn giao thông cả nước") is None  # another unit's figure
    assert matcher.match("Kim ngạch xuất khẩu trên địa bàn tỉnh") == "tm.xuat_khau.gia_tri"
    assert matcher.match("Thu ngân sách nhà nước") == "ns.thu.tren_dia_ban"
    assert matcher.match("Thu ngân sách") is None  # the state's or the local budget's: not told
    assert matcher.match("Sản lượng thể tích nuôi cá nước lạnh") is None  # "cá nước" is no "cả nước"


def test_inside_its_own_section_a_longer_wording_still_matches():
    matcher = IndicatorMatcher.from_catalog()
    assert matcher.match("Số học viên lớp bồi dưỡng mở", section_code="2.1") == "gd.boi_duong.so_hoc_vien"
    assert matcher.match("Số học viên lớp bồi dưỡng mở") is None
