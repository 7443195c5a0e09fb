"""Lexicon phrases as regular expressions: whole words only, longest phrase first."""

from __future__ import annotations

import re

from ktxh.extract.rules.words import alt, phrase, whole_words, word_alt


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
