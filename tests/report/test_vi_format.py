import datetime as dt

import pytest
from babel.numbers import parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from ktxh.report.vi_format import format_date, format_number, format_percent, format_times, scale


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1040.5, "1.040,5"), (83992, "83.992"), (2642620, "2.642.620"), (0.64, "0,64"), (-5.7, "-5,7"), (46.9, "46,9")],
)
def test_numbers_use_dot_for_thousands_and_comma_for_decimals(value: float, expected: str) -> None:
    assert format_number(value) == expected


def test_percent_keeps_two_stated_decimals() -> None:
    assert format_percent(13.16) == "13,16%"


def test_binary_noise_from_the_database_is_not_printed() -> None:
    assert format_number(45.099999999999994) == "45,1"


def test_a_stated_figure_keeps_every_decimal_but_a_computed_one_two() -> None:
    assert format_number(1.0005) == "1,0005"
    assert format_number(1.0005, computed=True) == "1"
    assert format_times(3.8499999) == "3,85"


def test_not_a_number_is_refused() -> None:
    with pytest.raises(ValueError, match="nan"):
        format_number(float("nan"))


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_babel_reads_back_what_we_write(value: object) -> None:
    written = format_number(float(value))  # type: ignore[arg-type]
    assert float(parse_decimal(written, locale="vi_VN")) == pytest.approx(float(value), abs=1e-9)  # type: ignore[arg-type]


def test_large_computed_figures_take_a_magnitude_word() -> None:
    assert scale(2.1e9, "đồng", [(1e9, "tỷ"), (1e6, "triệu")]) == (pytest.approx(2.1), "tỷ đồng")
    assert scale(950, "đồng", [(1e9, "tỷ"), (1e6, "triệu")]) == (950, "đồng")


def test_date_line_pads_days_below_ten_and_months_one_and_two() -> None:
    template = "{place}, ngày {day} tháng {month} năm {year}"
    assert format_date(dt.date(2012, 2, 5), template, "Lai Châu") == "Lai Châu, ngày 05 tháng 02 năm 2012"
    assert format_date(dt.date(2012, 9, 30), template, "Lai Châu") == "Lai Châu, ngày 30 tháng 9 năm 2012"
