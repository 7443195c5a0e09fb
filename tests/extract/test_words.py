"""Lexicon phrases as regular expressions: whole words only, longest phrase first."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktxh.extract.rules.words import alt, last_word, phrase, whole_words, word_alt


def test_phrase_allows_any_run_of_spaces() -> None:
    assert re.fullmatch(phrase("cùng kỳ"), "cùng   kỳ")


def test_longest_phrase_wins() -> None:
    m = re.match(alt(["kế hoạch", "kế hoạch năm"]), "kế hoạch năm 2012")
    assert m is not None and m.group() == "kế hoạch năm"


def test_word_alt_does_not_start_inside_a_word() -> None:
    pattern = re.compile(word_alt(["gồm"]))
    assert pattern.search("bao gồm") is not None
    assert pattern.search("xgồm") is None


def test_whole_words_do_not_end_inside_a_word_and_symbols_need_no_boundary() -> None:
    assert re.search(whole_words(["tăng"]), "tăng trưởng") is not None
    assert re.search(whole_words(["tăng"]), "tăngx") is None
    assert re.search(word_alt(["% vốn"]), "100% vốn") is not None


def _last_word_by_regex(text: str, lo: int, hi: int, marks: str) -> str | None:
    pattern = rf"([^\W\d_]+|[{re.escape(marks)}])[^\w{re.escape(marks)}]*$" if marks else r"([^\W\d_]+)[^\w]*$"
    m = re.compile(pattern).search(text, lo, hi)
    return m.group(1) if m else None


@pytest.mark.parametrize("marks", ["", "%(,;"])
@given(st.text(alphabet="ab đạt1 2_,;(%.²½\n", max_size=14), st.data())
def test_last_word_walk_agrees_with_the_anchored_regex(marks: str, text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert last_word(text, lo, hi, marks) == _last_word_by_regex(text, lo, hi, marks)


def test_grouped_alternation_keeps_the_longest_phrase_of_each_first_character() -> None:
    pattern = re.compile(alt(["tháng", "tháng trước", "tuần", "năm", "năm nay"]))
    assert [m.group() for m in pattern.finditer("tháng trước, tuần này, năm nay")] == ["tháng trước", "tuần", "năm nay"]
