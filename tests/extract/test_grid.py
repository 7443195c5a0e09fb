"""Index tables flattened into lines (ktxh.extract.grid): what is read as one and what is left to the prose."""

from __future__ import annotations

import pytest

import ktxh.extract.engine as engine
from ktxh.extract import extract
from ktxh.extract.grid import read_index_tables
from ktxh.extract.lexicon import default_lexicon
from ktxh.extract.table import Table
from ktxh.text import normalise

_YEARBOOK = (
    "Chỉ số giá tiêu dùng tháng 12 so với cùng kỳ năm trước\n"
    "Đơn vị tính - Unit: %\n"
    "2021 2022 2023\n"
    "Chỉ số giá tiêu dùng\n"
    "Consumer price index 101,20 103,10 102,40\n"
    "Lương thực - Food 98,52 100,14 103,67\n"
    "Thực phẩm - Foodstuff 102,42 105,21 93,60\n"
)


def _tables(text: str) -> list[Table]:
    return read_index_tables(normalise(text), default_lexicon(), [])


def test_a_yearbook_grid_gives_one_share_of_the_base_per_figure() -> None:
    facts = extract(_YEARBOOK).facts
    assert len(facts) == 9
    assert {f.value for f in facts} == {None}
    assert {c.base for f in facts for c in f.comparisons} == {"same_period"}
    names = [f.indicator for f in facts]
    assert names[:3] == ["Chỉ số giá tiêu dùng"] * 3  # the English row of figures takes the Vietnamese line above it
    assert names[3] == "Chỉ số giá lương thực"  # the gloss after " - " left out, the index's head before the group
    assert [c.value for c in facts[8].comparisons] == [93.6]


def test_the_table_spans_its_title_to_its_last_figure() -> None:
    (table,) = _tables(_YEARBOOK + "Giá lương thực tăng do nhu cầu tiêu dùng tăng.\n")
    assert table.start == 0
    assert _YEARBOOK[table.end - 5 : table.end] == "93,60"


def test_a_head_with_a_base_a_column_gives_one_fact_a_row() -> None:
    text = (
        "Chỉ số giá tháng 12 năm 2009 so với\nKỳ gốc\n\nTháng 12 năm 2008\n\nTháng 11 năm 2009\n\n"
        "CHỈ SỐ GIÁ TIÊU DÙNG\n104,15\n\n106,52\n\n101,38\nLương thực\n107,14\n\n107,54\n\n106,88\n"
        "Thực phẩm\n102,07\n\n104,29\n\n100,89\n"
    )
    (table,) = _tables(text)
    assert len(table.facts) == 3
    first = table.facts[0]
    assert first.indicator == "Chỉ số giá tiêu dùng"  # the row's capitals made a name's
    assert [(c.base, c.value) for c in first.comparisons] == [
        ("other", 104.15),  # "Kỳ gốc"
        ("prev_year_end", 106.52),  # December of the year before, for a December figure
        ("prev_period", 101.38),  # the month before
    ]


def test_a_column_of_another_month_compares_with_an_other_base() -> None:
    text = (
        "Chỉ số giá tháng 5 năm 2024 so với\nKỳ gốc\n\nTháng 5 năm 2022\n\n"
        "Chỉ số giá tiêu dùng\n104,15\n\n106,52\nLương thực\n107,14\n\n107,54\nThực phẩm\n102,07\n\n104,29\n"
    )
    (table,) = _tables(text)
    assert [c.base for c in table.facts[0].comparisons] == ["other", "other"]


def test_a_column_whose_head_names_no_base_leaves_the_table_alone() -> None:
    text = (
        "Chỉ số giá tháng 5 năm 2024 so với\nKỳ gốc\n\nGhi chú\n\n"
        "Chỉ số giá tiêu dùng\n104,15\n\n106,52\nLương thực\n107,14\n\n107,54\nThực phẩm\n102,07\n\n104,29\n"
    )
    assert _tables(text) == []


def test_figures_no_title_calls_an_index_are_left_alone() -> None:
    text = "Doanh thu các quý\nQuý I 100,50 101,20 99,80\nQuý II 101,50 102,20 98,80\nQuý III 102,50 103,20 97,80\n"
    assert _tables(text) == []


def test_levels_are_no_index_figures() -> None:
    text = (
        "Chỉ số giá và giá trị xuất khẩu so với cùng kỳ năm trước\n"
        "Gạo 1.250,5 1.320,7 1.400,2\nCà phê 2.250,5 2.320,7 2.400,2\nHồ tiêu 750,5 820,7 900,2\n"
    )
    assert _tables(text) == []


def test_prose_with_figures_is_no_table() -> None:
    text = "Chỉ số giá tiêu dùng tháng 3 tăng 0,38% so với tháng trước.\nCPI bình quân quý I tăng 3,2%.\n"
    assert _tables(text) == []


def test_a_failing_index_table_reader_loses_no_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> list[Table]:
        raise ValueError("boom")

    monkeypatch.setattr(engine, "read_index_tables", broken)
    result = extract("Sản lượng lúa đạt 45.000 tấn, tăng 5%.")
    assert [f.value for f in result.facts] == [45000]
    assert any("index tables skipped" in d.message for d in result.diagnostics)
