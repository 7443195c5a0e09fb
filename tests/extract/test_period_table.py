"""Tables of levels by period with comparison columns (ktxh.extract.period_table): what is read and what is not."""

from __future__ import annotations

from ktxh.extract import extract
from ktxh.extract.lexicon import default_lexicon
from ktxh.extract.period_table import read_period_tables
from ktxh.extract.table import Table
from ktxh.text import normalise

_HEAD = (
    "Đơn\nvị\ntính\n\nThực hiện\n8 tháng/2015\n\nDự ước\ntháng 9/2015\n\nLũy kế 9 tháng năm 2015\n\n"
    "Lũy kế 9 tháng năm 2015 so với cùng kỳ\n năm trước (%)\n\n"
)
_ROWS = (
    "1. Tổng lượt khách phục vụ\n\nLượt khách\n\n1260601\n\n124541\n\n1385142\n\n96,20\n\n"
    '1.1. Lượt khách ngủ qua đêm\n\n"\n\n1130908\n\n109937\n\n1240845\n\n96,15\n\n'
)


def _tables(text: str) -> list[Table]:
    return read_period_tables(normalise(text), default_lexicon(), [])


def test_each_level_is_a_fact_of_its_columns_period_and_a_comparison_joins_the_level_of_its_period() -> None:
    facts = extract(_HEAD + _ROWS).facts
    assert [(f.value, f.period) for f in facts[:3]] == [
        (1260601, "8 tháng/2015"),
        (124541, "tháng 9/2015"),
        (1385142, "9 tháng năm 2015"),
    ]
    assert [len(f.comparisons) for f in facts[:3]] == [0, 0, 1]
    assert (facts[2].comparisons[0].base, facts[2].comparisons[0].value) == ("same_period", 96.2)
    assert {f.unit for f in facts} == {"lượt khách"}  # the ditto mark repeats the unit above
    assert facts[3].indicator == "Lượt khách ngủ qua đêm"  # the row's number left out


def test_a_head_with_no_column_of_levels_is_no_table() -> None:
    head = "Đơn vị tính\n\nSo với cùng kỳ năm trước (%)\n\nSo với tháng trước (%)\n\n"
    assert _tables(head + "Lượt khách\n\nLượt\n\n96,20\n\n101,30\n\n") == []


def test_a_row_short_of_figures_ends_the_table() -> None:
    broken = _HEAD + "1. Tổng lượt khách phục vụ\n\nLượt khách\n\n1260601\n\n124541\n\nGhi chú: số liệu sơ bộ.\n"
    assert _tables(broken) == []


def test_prose_paragraphs_are_no_table() -> None:
    text = "Đơn vị tính: tỷ đồng.\n\nTháng 5 năm 2024 doanh thu tăng.\n\nLũy kế 5 tháng năm 2024 đạt 1.200 tỷ đồng.\n"
    assert _tables(text) == []


_TWO_ROWS = (
    "Thực hiện\n\nƯớc tính tháng 9 năm 2019 (Tỷ đồng)\n\nSo với cùng kỳ năm trước (%)\n\n"
    "Tháng 7 năm 2019 (Tỷ đồng)\n\nTháng 8 năm 2019 (Tỷ đồng)\n\nTháng 7 năm 2019\n\nTháng 8 năm 2019\n\n"
    "Tháng 9 năm 2019\n\nDoanh thu bán lẻ\n\n812,4\n\n830,1\n\n845,9\n\n110,20\n\n109,85\n\n111,07\n\n"
)


def test_a_head_of_two_rows_gives_its_groups_the_second_rows_periods_in_order() -> None:
    (table,) = _tables(_TWO_ROWS)
    assert [(f.value, f.period, f.unit) for f in table.facts] == [
        (812.4, "tháng 7 năm 2019", "tỷ đồng"),
        (830.1, "tháng 8 năm 2019", "tỷ đồng"),
        (845.9, "tháng 9 năm 2019", "tỷ đồng"),  # the first row's own column stands between the groups
    ]
    assert [[c.value for c in f.comparisons] for f in table.facts] == [[110.2], [109.85], [111.07]]


def test_a_groups_head_with_no_second_row_is_no_table() -> None:
    assert _tables("Thực hiện\n\nSo với cùng kỳ năm trước (%)\n\nDoanh thu bán lẻ\n\n812,4\n\n110,20\n\n") == []
