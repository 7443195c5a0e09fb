"""Periods as written: "9 tháng đầu năm 2012", "8 tháng", "đến hết tháng 9/2012",
"đến 31/8/2012", "Đến nay", "quý III". The rules find every period of a sentence;
a fact takes the last one written before its number."""

from __future__ import annotations

import functools
import re

from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.rules.words import alt, word_alt


@functools.cache
def period_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    w = lexicon.words
    year = alt(w("comparisons", "year_words"))
    year_tail = rf"(?:\s+{year}\s+\d{{4}}|\s*/\s*\d{{4}}|\s+\d{{4}})?"
    count = (
        rf"(?:\d(?<!\w.)\d*|{word_alt(w('periods', 'number_words'))})\s+{alt(w('periods', 'period_units'))}"
        rf"(?:\s+{alt(w('periods', 'period_tails'))})?{year_tail}"
    )
    # "đến 31/8/2012", "đến hết tháng 9/2012", "đến ngày 15" -- not "lên đến 50 dự án"
    date = r"\d{1,2}(?:/\d{1,2})?(?:/\d{4})?"
    slash_date = r"\d{1,2}/\d{1,2}(?:/\d{4})?"
    until = rf"{word_alt(w('periods', 'until_words'))}\s+(?:{alt(w('periods', 'date_words'))}\s+{date}|{slash_date})"
    named = (
        rf"{word_alt(w('periods', 'before_number'))}\s+(?:\d{{1,4}}|[ivx]+|{alt(w('periods', 'number_words'))})"
        rf"(?!\w|[.,]\d){year_tail}"
    )
    # "trong tháng", not "trong tháng 9"; but "cả năm 5.200 tỷ đồng"
    numbers = alt(w("periods", "number_words"))
    fixed = word_alt(w("periods", "fixed")) + rf"(?!\s+(?:\d{{1,2}}(?!\d|[.,]\d)|{numbers}(?!\w)))"
    return re.compile(f"(?:{until}|{count}|{named}|{fixed})(?!\\w)")


@functools.cache
def price_base_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A price base just before a year ("giá so sánh năm 1994"): that year names prices, not a period."""
    return re.compile(rf"{alt(lexicon.words('nonfacts', 'price_bases'))}\s*$")


PRICE_BASE_REACH = 20  # characters before a period phrase where a price base is looked for


@functools.cache
def reference_before(lexicon: Lexicon) -> re.Pattern[str]:
    """ "cùng kỳ" just before a period ("cùng kỳ năm 2022"): part of it, the year-earlier period."""
    return re.compile(rf"(?<!\w){alt(lexicon.words('periods', 'reference_prefixes'))}\s+$")


REFERENCE_REACH = 12  # characters before a period phrase where "cùng kỳ" is looked for


def find_periods(lower: str, start: int, end: int, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """(start, end) of every period phrase in lower[start:end], price bases' years left out;
    one written as the year-earlier period ("cùng kỳ năm 2022") starts at "cùng kỳ"."""
    lex = lexicon or default_lexicon()
    pattern, price_base, reference = period_pattern(lex), price_base_before(lex), reference_before(lex)
    out = []
    for m in pattern.finditer(lower, start, end):
        lo = max(start, m.start() - PRICE_BASE_REACH)
        if price_base.search(lower, lo, m.start()):
            continue
        ref = reference.search(lower, max(start, m.start() - REFERENCE_REACH), m.start())
        out.append((ref.start() if ref else m.start(), m.end()))
    return out
