"""Vietnamese number format: thousands dot, decimal comma, signs, value-kind words."""

from __future__ import annotations

import datetime as dt

import yaml

from ktxh.web import fmt


def test_number_uses_thousands_dot_and_decimal_comma() -> None:
    assert fmt.number(83992) == "83.992"
    assert fmt.number(46.9) == "46,9"
    assert fmt.number(1234567.891) == "1.234.567,89"


def test_number_of_none_is_blank() -> None:
    assert fmt.number(None) == ""


def test_signed_shows_the_direction() -> None:
    assert fmt.signed(12) == "+12"
    assert fmt.signed(-5.7) == "-5,7"
    assert fmt.signed(0) == "0"


def test_date_is_day_first() -> None:
    assert fmt.date(dt.date(2012, 9, 15)) == "15/09/2012"


def test_value_kind_words_come_from_the_vocabulary_file() -> None:
    vocab = yaml.safe_load(fmt.VALUE_KINDS_FILE.read_text(encoding="utf-8"))
    for code, entry in vocab.items():
        assert fmt.value_kind(code) == entry["label"]
    assert fmt.value_kind("no_such_kind") == "no_such_kind"
