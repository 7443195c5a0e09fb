"""Vietnamese numbers: thousands dots, decimal commas, and what is not a number."""

from __future__ import annotations

import pytest

from ktxh.extract.rules.numeral import NUMBER, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1.040", 1040),
        ("46,9", 46.9),
        ("2.642.620", 2642620),
        ("0,64", 0.64),
        ("2,886", 2.886),
        ("04", 4),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("46.9", 46.9),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("written", ["1.2.3", "1,2,3", "9" * 40, "1.23,4.5"])
def test_malformed_numbers_are_none(written: str) -> None:
    assert parse_number(written) is None


def test_numbers_glued_to_words_are_not_found() -> None:
    assert [m.group() for m in NUMBER.finditer("m3 F1 30.100 m3 và 2,2 triệu")] == ["30.100", "2,2"]
