from dataclasses import replace

from ktxh.model import Comparison
from ktxh.report.sections import OTHER_CODE, section_depth, section_number
from ktxh.store.queries import ObservationRow

from .conftest import make_row, small_context


def test_heading_numbers_as_printed_in_the_seed() -> None:
    assert [section_number(c) for c in ("1", "1.1", "1.1.a")] == ["1.", "1.1.", "a."]
    assert [section_depth(c) for c in ("1", "1.1", "1.1.a")] == [0, 1, 2]


def test_sections_without_figures_are_left_out_but_ancestors_stay() -> None:
    ctx = small_context([make_row(1, "a", "A", "10", "tấn")])
    assert [s.code for s in ctx.sections] == ["1", "1.1", "1.1.a"]
    assert [s.table is not None for s in ctx.sections] == [False, False, True]


def test_uncatalogued_figures_close_the_report() -> None:
    ctx = small_context([make_row(1, "a", "A", "10", "tấn"), make_row(2, "z", "Z", "3", "vụ", section_code=None)])
    assert ctx.sections[-1].code == OTHER_CODE
    assert [f.indicator_code for f in ctx.sections[-1].figures] == ["z"]


def test_figures_follow_the_order_of_the_source() -> None:
    rows = [make_row(1, "a", "A", "1", "ha", source_offset=900), make_row(2, "b", "B", "2", "ha", source_offset=100)]
    assert [f.indicator_code for f in small_context(rows).figures()] == ["b", "a"]


def test_parts_hang_under_their_whole_by_offset_or_by_identity() -> None:
    stated = [make_row(1, "t", "T", "10", "tấn"), make_row(2, "p", "P", "4", "tấn", part_of_offset=100)]
    ctx = small_context(stated)
    assert [(f.indicator_code, [p.indicator_code for p in f.parts]) for f in ctx.sections[-1].figures] == [("t", ["p"])]
    by_catalog = [
        make_row(1, "t", "T", "10", "tấn"),
        make_row(2, "p", "P", "4", "tấn"),
        make_row(3, "q", "Q", "6", "tấn"),
    ]
    ctx = small_context(by_catalog, components={"t": ["p", "q"]})
    assert [p.indicator_code for p in ctx.figures()[0].parts] == ["p", "q"]
    assert len(ctx.figures()) == 3


def test_table_row_cells() -> None:
    row = make_row(
        1,
        "a",
        "Sản lượng",
        "83992",
        "tấn",
        Comparison("pct_of", "plan", 51),
        Comparison("change_pct", "same_period", 12),
    )
    table = small_context([row], plans={"a": 164690.0}).sections[-1].table
    assert table is not None
    assert table.columns[0] == "Chỉ tiêu" and len(table.columns) == 7
    assert table.rows[0].cells() == ("Sản lượng", "tấn", "164.690", "83.992", "51%", "", "112%")


def test_percent_of_plan_is_computed_when_not_stated() -> None:
    table = small_context([make_row(1, "a", "A", "50", "tấn")], plans={"a": 200.0}).sections[-1].table
    assert table is not None
    assert table.rows[0].pct_plan == "25%"


def test_a_figure_stored_only_in_its_base_unit_is_written_in_a_magnitude_that_reads() -> None:
    row = replace(make_row(1, "a", "Vốn", None, None, base_unit="đồng"), value=2642620000000.0)
    fig = small_context([row]).figures()[0]
    assert (fig.value, fig.unit) == (2642.62, "tỷ đồng")
    assert fig.sentence == "Vốn ước đạt 2.642,62 tỷ đồng"


def test_a_figure_as_written_is_never_rescaled() -> None:
    fig = small_context([make_row(1, "a", "Vốn", "2642620", "triệu đồng", base_unit="đồng")]).figures()[0]
    assert (fig.value, fig.unit) == (2642620, "triệu đồng")


def _family_rows() -> list[ObservationRow]:
    return [
        make_row(1, "nn.lua.gieo_cay", "Diện tích lúa gieo cấy", "24603", "ha", value_kind="actual"),
        make_row(2, "nn.lua.thu_hoach", "Diện tích lúa thu hoạch", "7270", "ha", value_kind="actual"),
        make_row(3, "nn.ngo.gieo_trong", "Diện tích ngô gieo trồng", "20070", "ha", value_kind="actual"),
    ]


def test_figures_of_one_family_share_their_subject_in_one_sentence() -> None:
    from ktxh.report.writers.paragraphs import group_paragraph, paragraph_groups

    ctx = small_context(_family_rows())
    groups = paragraph_groups(ctx.sections[-1].figures)
    assert [[f.indicator_code for f in g] for g in groups] == [
        ["nn.lua.gieo_cay", "nn.lua.thu_hoach"],
        ["nn.ngo.gieo_trong"],
    ]
    # the seed: "Diện tích lúa gieo cấy 24.603 ha, thu hoạch 7.270 ha"
    paragraph = group_paragraph(groups[0])
    assert paragraph.text == "Diện tích lúa gieo cấy 24.603 ha, thu hoạch 7.270 ha."
    assert paragraph.text[paragraph.anchors[2] :].startswith("7.270")
    # the whole sentence stays for the portal
    assert groups[0][1].sentence.startswith("Diện tích lúa thu hoạch")


def test_a_figure_with_parts_or_comparisons_is_not_run_into_the_next_with_a_comma() -> None:
    from ktxh.report.writers.paragraphs import group_paragraph, paragraph_groups

    rows = _family_rows()
    rows[0] = replace(rows[0], comparisons=(Comparison("pct_of", "plan", 51),))
    groups = paragraph_groups(small_context(rows).sections[-1].figures)
    text = group_paragraph(groups[0]).text
    assert "kế hoạch; thu hoạch 7.270 ha" in text


def test_a_part_is_written_under_the_catalogs_short_form_of_its_name() -> None:
    from ktxh.report.sections import short_name

    aliases = ("Khu vực dịch vụ", "Tổng sản phẩm (GDP) khu vực dịch vụ", "Dịch vụ")
    assert short_name("GRDP khu vực dịch vụ", aliases) == "Khu vực dịch vụ"
    assert short_name("GRDP khu vực dịch vụ", ("Giá trị tăng thêm khu vực dịch vụ",)) is None
    whole = make_row(1, "kt.grdp", "Tổng sản phẩm (GRDP)", "1040", "tỷ đồng")
    part = make_row(2, "kt.grdp.dv", "GRDP khu vực dịch vụ", None, None, Comparison("change_pct", "same_period", 15))
    ctx = small_context([whole, part], components={"kt.grdp": ["kt.grdp.dv"]}, aliases={"kt.grdp.dv": aliases})
    (fig,) = ctx.sections[-1].figures
    assert fig.parts[0].sentence.startswith("Khu vực dịch vụ tăng 15%")
    assert fig.parts[0].indicator_name == "GRDP khu vực dịch vụ"  # the table keeps the catalog's name


def test_a_part_leaves_the_base_of_a_change_to_its_whole_as_the_seed_does() -> None:
    # the seed: "tăng 13,16% so với cùng kỳ năm 2011, trong đó ... khu vực dịch vụ tăng 15%"
    same, before = Comparison("change_pct", "same_period", 13.16), Comparison("change_pct", "prev_year_end", 2)
    whole = make_row(1, "kt.grdp", "Tổng sản phẩm (GRDP)", "1040", "tỷ đồng", same)
    part = make_row(2, "kt.grdp.dv", "Khu vực dịch vụ", None, None, Comparison("change_pct", "same_period", 15))
    other = make_row(3, "kt.grdp.cn", "Khu vực công nghiệp", None, None, before)
    kw = {"components": {"kt.grdp": ["kt.grdp.dv", "kt.grdp.cn"]}}
    (fig,) = small_context([whole, part, other], **kw).sections[-1].figures
    assert fig.parts[0].sentence == "Khu vực dịch vụ tăng 15%"
    assert "so với" in fig.parts[1].sentence  # a base the whole does not state is kept
