"""Vietnamese number format: thousands dot, decimal comma, signs, value-kind words."""

from __future__ import annotations

import datetime as dt

import yaml

from ktxh.model import Comparison
from ktxh.store.vocab import VOCAB_DIR
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
    vocab = yaml.safe_load((VOCAB_DIR / "value_kinds.yaml").read_text(encoding="utf-8"))
    for code, entry in vocab.items():
        assert fmt.value_kind(code) == entry["label"]
    assert fmt.value_kind("no_such_kind") == "no_such_kind"


def test_comparisons_read_as_sentences_with_words_from_the_labels_file() -> None:
    bases = fmt.labels()["bases"]
    plan = fmt.comparison(Comparison("pct_of", "plan", 51))
    growth = fmt.comparison(Comparison("change_pct", "same_period", -5.7))
    assert "51%" in plan and bases["plan"] in plan
    assert "-5,7%" in growth and bases["same_period"] in growth
    assert "+12" in fmt.comparison(Comparison("change_abs", "prev_period", 12))
