"""Units after a number, and magnitudes split off for the store."""

from __future__ import annotations

import pytest

from ktxh.extract import split_magnitude
from ktxh.extract.rules.quantity import match_unit


def _unit(text: str) -> str | None:
    pos = text.index(" ") if " " in text else len(text.rstrip("ha%"))
    found = match_unit(text, text.lower(), pos, len(text))
    return None if found is None else found.unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("46,9 nghìn tấn,", "nghìn tấn"),
        ("16.451 nghìn lượt người.km", "nghìn lượt người.km"),
        ("15 %/năm", "%/năm"),
        ("2 tỷ,", "tỷ"),
        ("17.499 nghìn Tấn.Km", "nghìn tấn.km"),
        ("1.064 giáo viên cho", "giáo viên"),
        ("13 HTX giải thể", "htx"),
        ("17 tiêu chí/xã", "tiêu chí/xã"),
    ],
)
def test_units(text: str, unit: str) -> None:
    assert _unit(text) == unit


@pytest.mark.parametrize("text", ["5 Tả Lèng", "7 so với", "9 của"])
def test_names_and_function_words_are_not_units(text: str) -> None:
    assert _unit(text) is None


def test_listed_units_extend_the_span_but_not_the_unit() -> None:
    text = "34 xã, phường, thị trấn có Internet"
    found = match_unit(text, text.lower(), 2, len(text))
    assert found is not None
    assert found.unit == "xã"
    assert text[found.start : found.end] == "xã, phường, thị trấn"


@pytest.mark.parametrize(
    ("unit", "scale", "base"),
    [
        ("nghìn tấn", 1e3, "tấn"),
        ("tỷ đồng", 1e9, "đồng"),
        ("nghìn tỷ đồng", 1e12, "đồng"),
        ("triệu USD", 1e6, "usd"),
        ("%", 1.0, "%"),
        ("ngàn con", 1e3, "con"),
        ("tỷ", 1e9, ""),
        # units written short: kept as written by the extractor, read in full here
        ("tr.đ", 1e6, "đồng"),
        ("Tr.USD", 1e6, "usd"),
        ("tỷ đ", 1e9, "đồng"),
        ("ng.đ/tháng", 1e3, "đồng/tháng"),
        ("ng.tấn", 1e3, "tấn"),
    ],
)
def test_split_magnitude(unit: str, scale: float, base: str) -> None:
    assert split_magnitude(unit) == (scale, base)
