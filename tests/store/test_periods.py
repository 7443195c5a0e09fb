import datetime as dt

import pytest

from ktxh.store.periods import PeriodError, find_period, parse_period


@pytest.mark.parametrize(
    ("label", "kind", "start", "end", "canonical"),
    [
        ("9 tháng đầu năm 2012", "ytd", (2012, 1, 1), (2012, 9, 30), "9 tháng đầu năm 2012"),
        ("8 tháng năm 2012", "ytd", (2012, 1, 1), (2012, 8, 31), "8 tháng đầu năm 2012"),
        ("9 tháng 2025", "ytd", (2025, 1, 1), (2025, 9, 30), "9 tháng đầu năm 2025"),
        ("tháng 9/2012", "month", (2012, 9, 1), (2012, 9, 30), "tháng 9 năm 2012"),
        ("Tháng 02 năm 2024", "month", (2024, 2, 1), (2024, 2, 29), "tháng 2 năm 2024"),
        ("quý III/2012", "quarter", (2012, 7, 1), (2012, 9, 30), "quý III năm 2012"),
        ("quý 1 năm 2013", "quarter", (2013, 1, 1), (2013, 3, 31), "quý I năm 2013"),
        ("6 tháng cuối năm 2012", "half", (2012, 7, 1), (2012, 12, 31), "6 tháng cuối năm 2012"),
        ("năm 2012", "year", (2012, 1, 1), (2012, 12, 31), "năm 2012"),
        ("12 tháng năm 2015", "year", (2015, 1, 1), (2015, 12, 31), "năm 2015"),
        ("đến 31/8/2012", "as_of", (2012, 8, 31), (2012, 8, 31), "đến 31/8/2012"),
        ("đến hết tháng 9/2012", "as_of", (2012, 9, 30), (2012, 9, 30), "đến 30/9/2012"),
        ("năm học 2012-2013", "season", (2012, 9, 1), (2013, 5, 31), "năm học 2012-2013"),
    ],
)
def test_parse_period(label, kind, start, end, canonical):
    spec = parse_period(label)
    assert (spec.type, spec.start, spec.end, spec.label) == (kind, dt.date(*start), dt.date(*end), canonical)


def test_canonical_label_parses_to_itself():
    spec = parse_period("quý II/2020")
    assert parse_period(spec.label) == spec


@pytest.mark.parametrize("label", ["tháng 13/2012", "đến 31/2/2012", "năm học 2012-2015", "hôm qua", "2012", ""])
def test_bad_labels_are_refused_with_the_label_named(label):
    with pytest.raises(PeriodError) as info:
        parse_period(label)
    assert repr(label) in str(info.value)


def test_find_period_in_a_title():
    spec = find_period("Kinh tế - Xã hội, AN-QP tỉnh Lai Châu 9 tháng đầu năm 2012.")
    assert spec is not None and spec.label == "9 tháng đầu năm 2012"
    assert find_period("Tình hình kinh tế - xã hội") is None
    spec = find_period("tăng trưởng kinh tế của tỉnh Đắk Lắk trong 9 tháng 2025.")
    assert spec is not None and spec.label == "9 tháng đầu năm 2025"
    assert find_period("giữ ổn định 9 tháng liền 2025") is None  # a word between the months and the year: none
    spec = find_period("Báo cáo kinh tế - xã hội quận 1 năm 2020")  # a number before "năm" that counts no months
    assert spec is not None and spec.label == "năm 2020"
