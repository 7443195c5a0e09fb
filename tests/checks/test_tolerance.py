import pytest

from ktxh.checks.tolerance import (
    Interval,
    decimals_of,
    decimals_written,
    half_unit,
    written_at,
    written_interval,
)


@pytest.mark.parametrize(
    ("written", "decimals"),
    [("46,9", 1), ("1.062", 0), ("2,886", 3), ("2.642.620", 0), ("0,64", 2), ("50", 0), ("239,6ha", 1)],
)
def test_decimals_are_read_from_the_written_form(written, decimals):
    assert decimals_written(written) == decimals


def test_decimals_of_a_bare_value():
    assert (decimals_of(239.6), decimals_of(1062.0), decimals_of(0.64)) == (1, 0, 2)


def test_one_decimal_means_five_hundredths_either_way():
    band = written_interval(46.9, "46,9")
    assert band.lo == pytest.approx(46.85) and band.hi == pytest.approx(46.95)


def test_a_whole_percent_means_half_a_point_either_way():
    band = written_interval(50.0, "50")
    assert (band.lo, band.hi) == (49.5, 50.5)
    assert half_unit(0) == 0.5


def test_thousands_of_tonnes_scale_their_rounding():
    # "46,9 nghìn tấn" stands for 46 850 .. 46 950 tấn
    band = written_interval(46.9, "46,9").scale(1000)
    assert band.lo == pytest.approx(46850) and band.hi == pytest.approx(46950)


def test_sums_and_differences_carry_both_roundings():
    a, b = Interval.around(10, 0.5), Interval.around(4, 0.05)
    total, diff = a + b, a - b
    assert (total.lo, total.hi) == pytest.approx((13.45, 14.55))
    assert (diff.lo, diff.hi) == pytest.approx((5.45, 6.55))


def test_division_keeps_the_widest_corners_and_refuses_zero():
    ratio = Interval(9, 10, 11).divide(Interval(1, 2, 4))
    assert ratio is not None and (ratio.lo, ratio.mid, ratio.hi) == (2.25, 5, 11)
    assert Interval(1, 2, 3).divide(Interval(-1, 0, 1)) is None


def test_meets_is_overlap():
    assert Interval(1, 2, 3).meets(Interval(3, 4, 5))
    assert not Interval(1, 2, 3).meets(Interval(3.01, 4, 5))


def test_written_at_reads_the_number_as_written():
    text = "trồng 1.546,7ha, vượt"
    assert written_at(text, text.index("1")) == "1.546,7"
    assert written_at(text, 0) is None
