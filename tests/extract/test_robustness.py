"""Random and adversarial text: extract() finishes in a generous time and never raises."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from ktxh.extract import extract

# The characters of report text random strings are drawn from (test_compiled.py draws from them too).
REPORT_CHARACTERS = "0123456789.,;:/%()- \n\u00a0tăngiảmbằđạvượkếhoạchtỷđồngnghìn"
ALPHABET = st.sampled_from(list(REPORT_CHARACTERS))
GENEROUS_SECONDS_PER_MB = 30.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_random_report_like_text_never_raises(text: str) -> None:
    result = extract(text)
    for fact in result.facts:
        assert 0 <= fact.offset < len(text)
        assert text[fact.offset].isdigit()


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_never_raises(text: str) -> None:
    extract(text)


def _finishes_quickly(text: str) -> None:
    # CPU time of this process, not wall time: other work on the machine must not fail the bound
    start = time.process_time()
    extract(text)
    elapsed = time.process_time() - start
    assert elapsed < GENEROUS_SECONDS_PER_MB * max(len(text) / 1e6, 0.1)


def test_long_digit_runs() -> None:
    _finishes_quickly("Tổng " + "9" * 100_000 + " tấn, tăng " + "1" * 50_000 + "%")


def test_repeated_separators() -> None:
    _finishes_quickly("1.0" + ".0" * 50_000 + " tấn " + ",;:" * 30_000 + " tăng 5%")


def test_one_megabyte_without_punctuation() -> None:
    _finishes_quickly(("sản lượng lúa ước đạt 37 tấn bằng 32 kế hoạch tăng " * 20_000)[:1_000_000])


def test_many_parentheses_and_slashes() -> None:
    _finishes_quickly("(" * 100_000 + "46/93/" * 20_000 + ")" * 100_000)


def test_one_sentence_of_many_figures_and_clauses() -> None:
    # every look-up within a sentence must stay logarithmic, or this becomes quadratic
    _finishes_quickly("diện tích 5 ha, " * 20_000 + "tổng 5 tấn, tăng 2% so với cùng kỳ; " * 10_000)


def test_many_parts_and_periods_in_one_sentence() -> None:
    _finishes_quickly("trong đó: 9 tháng đầu năm 5 tỷ đồng (tăng 3%), " * 10_000)


def test_many_changes_about_units_and_listed_subjects() -> None:
    # the look-ups of "về <unit>" and of respective subjects stay within a window
    _finishes_quickly("A, B và C tăng lần lượt là 1%, 2% và 3%; 5 tấn, 7 tấn.km, tăng 2% về tấn, " * 10_000)
