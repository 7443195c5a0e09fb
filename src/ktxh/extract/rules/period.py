"""Periods as written: "9 tháng đầu năm 2012", "8 tháng", "đến hết tháng 9/2012",
"đến 31/8/2012", "Đến nay", "quý III". The rules find every period of a sentence;
a fact takes the last one written before its number."""

from __future__ import annotations

import functools
import re

from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.rules.words import YEAR, alt, phrase, word_alt


@functools.cache
def period_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    w = lexicon.words
    year = alt(w("comparisons", "year_words"))
    year_tail = rf"(?:\s+{year}\s+\d{{4}}|\s*[/.]\s*\d{{4}}(?!\d)|\s+\d{{4}})?"  # "tháng 11/2014", "tháng 11.2014"
    count = (
        rf"\s+{alt(w('periods', 'period_units'))}"
        rf"(?:\s+{alt(w('periods', 'period_tails'))})?{year_tail}"
    )
    # "đến 31/8/2012", "đến hết tháng 9/2012", "đến ngày 15" -- not "lên đến 50 dự án"
    date = r"\d{1,2}(?:/\d{1,2})?(?:/\d{4})?"
    slash_date = r"\d{1,2}/\d{1,2}(?:/\d{4})?"
    until = rf"\s+(?:{alt(w('periods', 'date_words'))}\s+{date}|{slash_date})"
    # "năm học 2024-2025", "niên vụ 2023 - 2024": a span of years; "tháng 580 tấn" is no period (a day, a month
    # or a quarter has two digits at most, a year four); "ngày 25/7": a day and its month
    # "dịch vụ năm 2020", "vụ năm nay": a number word before a year or "nay" is the year's word, not the
    # number five of "vụ năm"
    year_after = rf"(?!\s+(?:\d{{4}}|{alt(w('periods', 'year_after_words'))}(?!\w)))"
    named = (
        rf"\s+(?:\d{{4}}|\d{{1,2}}|{alt(w('periods', 'number_words'))}{year_after})"
        rf"(?!\w|,\d|\.(?!\d{{4}}(?!\d))\d)(?:/\d{{1,2}}(?!\d))?(?:\s*[-–]\s*\d{{4}}(?!\d))?{year_tail}"
    )
    # a year's word takes a year, never a day's or a month's number: "(mục tiêu cả năm 12%)", "sinh viên năm 2"
    years = set(w("comparisons", "year_words"))
    year_named = rf"\s+(?:\d{{4}}|{alt(w('periods', 'number_words'))}{year_after})(?!\w|,\d|\.\d)"
    year_named += r"(?:\s*[-–]\s*\d{4}(?!\d))?"  # "năm 2024-2025"
    # "trong tháng", not "trong tháng 9"; but "cả năm 5.200 tỷ đồng"
    numbers = alt(w("periods", "number_words"))
    fixed = rf"(?!\s+(?:\d{{1,2}}(?:[./]\d{{4}})?(?!\d|[.,]\d)|{numbers}(?!\w)))"  # not "trong tháng 10.2012"
    # In this order, each: the phrases that start a word, whether a run of digits is one, what follows:
    # "(đến) 31/8", "(9|chín) tháng", "(tháng) 9", "(trong tháng)".
    # "quý III": a Roman numeral only after the words that take one ("vụ vi phạm" is no period)
    year_fixed = rf"{_YEAR_AFTER}(?!\s+(?:{numbers})(?!\w))"  # "cả năm", "cả năm 2022", not "cả năm 5 tỷ"
    roman = rf"\s+[ivx]+(?!\w)(?:\s*[-–]\s*\d{{4}}(?!\d))?{year_tail}"  # "quý I-2011" too
    branches = [
        (w("periods", "until_words"), False, until),
        (w("periods", "number_words"), True, count),
        ([x for x in w("periods", "before_number") if x not in years], False, named),
        ([x for x in w("periods", "before_number") if x in years], False, year_named),
        (w("periods", "roman_before"), False, roman),
        ([x for x in w("periods", "fixed") if x.split()[-1] not in years], False, fixed),
        # "cả năm 12%": a number after a year's word is no day or month of it ("trong tháng 9" is a month); a year
        # is ("ước thực hiện cả năm 2022 là 5.620 tỷ đồng": the year is of the period, not the figure's name)
        ([x for x in w("periods", "fixed") if x.split()[-1] in years], False, year_fixed),
    ]
    return re.compile(_by_first_character(branches) + r"(?!\w)")


# "cả năm 2022": a year after a fixed period ending in a year's word
_YEAR_AFTER = r"(?:\s+(?:19|20)\d{2}(?!\d|[.,]\d))?"
_DIGIT_RUN = r"|\d(?<!\w.)\d*"  # a run of digits that starts a word, as a further alternative


def _by_first_character(branches: list[tuple[list[str], bool, str]]) -> str:
    """The alternation `(?:words1)then1|(?:words2)then2|...` (a branch's words may include a run of
    digits), written so that it starts with the set of the first characters: the regex engine then
    skips ahead to a character of that set instead of trying every branch at every position (the
    pattern runs over every sentence). Past the first character, checked to start a word, the phrases
    are tried by their second character, which the engine tests before going into a branch, then a
    lookbehind on both characters (one on the first only where the second is a space): a word start
    that begins no phrase costs a few tests, not one lookbehind per first character. Two phrases that
    differ in their first two characters never match at the same position, so trying those that share
    them in the order of `branches`, longest first within a branch, gives the plain alternation's
    matches (about 2x faster than it)."""
    if not all(w[0].isalpha() for words, _, _ in branches for w in words):
        # A phrase starting with a digit or a mark could match where the run of digits does, or start
        # no word: the plain alternation keeps the branches' order and each phrase's own check.
        plain = [f"(?:{word_alt(words)}{_DIGIT_RUN if digits else ''}){then}" for words, digits, then in branches]
        return "(?:" + "|".join(plain) + ")"
    firsts: dict[str, None] = {}
    after_digit: list[str] = []
    groups: dict[tuple[str, str], list[str]] = {}  # (first, second character, "" for a space) -> rests
    for words, digits, then in branches:
        if digits:
            firsts[r"\d"] = None
            after_digit.append(r"\d*" + then)
        for word in sorted(set(words), key=lambda w: (-len(w), w)):
            first = re.escape(word[0])
            second = re.escape(word[1]) if len(word) > 1 and word[1] != " " else ""
            firsts[first] = None
            groups.setdefault((first, second), []).append(phrase(word)[len(first) + len(second) :] + then)
    alternatives = [rf"(?<=\d)(?:{'|'.join(after_digit)})"] if after_digit else []
    for (first, second), rests in groups.items():
        alternatives.append(f"{second}(?<={first}{second})(?:{'|'.join(rests)})")
    return rf"[{''.join(firsts)}](?<!\w.)(?:{'|'.join(alternatives)})"


@functools.cache
def price_base_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A price base just before a year ("giá so sánh năm 1994"): that year names prices, not a period."""
    return re.compile(rf"{alt(lexicon.words('nonfacts', 'price_bases'))}\s*$")


PRICE_BASE_REACH = 20  # characters before a period phrase where a price base is looked for


@functools.cache
def reference_before(lexicon: Lexicon) -> re.Pattern[str]:
    """ "cùng kỳ" just before a period ("cùng kỳ năm 2022"): part of it, the year-earlier period; so is
    "cuối", "hết" ("cuối năm 2020"): a point of it."""
    prefixes = lexicon.words("periods", "reference_prefixes") + lexicon.words("periods", "point_prefixes")
    return re.compile(rf"(?<!\w){alt(prefixes)}\s+$")


REFERENCE_REACH = 12  # characters before a period phrase where "cùng kỳ" is looked for


@functools.cache
def base_marker_before(lexicon: Lexicon) -> re.Pattern[str]:
    """ "so với" just before a period ("so với cùng kỳ năm trước"): a base, not the period of a figure."""
    return re.compile(rf"{word_alt(lexicon.words('periods', 'base_markers'))}\s+$")


BASE_MARKER_REACH = 12  # characters before a period phrase where "so với" is looked for


def find_periods(lower: str, start: int, end: int, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """(start, end) of every period phrase in lower[start:end], price bases' years and bases ("so với cùng
    kỳ năm trước") left out; one written as the year-earlier period ("cùng kỳ năm 2022") starts at "cùng kỳ"."""
    lex = lexicon or default_lexicon()
    pattern, price_base, reference = period_pattern(lex), price_base_before(lex), reference_before(lex)
    base_marker = base_marker_before(lex)
    out = []
    for m in pattern.finditer(lower, start, end):
        lo = max(start, m.start() - PRICE_BASE_REACH)
        if price_base.search(lower, lo, m.start()):
            continue
        ref = reference.search(lower, max(start, m.start() - REFERENCE_REACH), m.start())
        first = ref.start() if ref else m.start()
        if base_marker.search(lower, max(0, first - BASE_MARKER_REACH), first):
            continue
        out.append((first, m.end()))
    return out


def opens_with_span(lower: str, start: int, end: int, lexicon: Lexicon | None = None) -> bool:
    """Whether the first period in lower[start:end] spans more than a month: "cả năm", "Tính chung 9 tháng", "năm
    2013" (lexicon `span_periods`, `span_units`, `year_units`)."""
    lex = lexicon or default_lexicon()
    found = find_periods(lower, start, end, lex)
    if not found:
        return False
    spans, units, years = _span_words(lex)
    words = lower[found[0][0] : found[0][1]].split()
    if " ".join(words) in spans:
        return True
    if len(words) >= 2 and YEAR.fullmatch(words[-1]) is not None and " ".join(words[:-1]) in spans:
        return True  # "cả năm 2013"
    if len(words) >= 2 and words[0].isdigit() and int(words[0]) > 1 and words[1] in units:
        return True  # "9 tháng", "9 tháng đầu năm"
    return len(words) == 2 and words[0] in years and YEAR.fullmatch(words[1]) is not None  # "năm 2013"


@functools.cache
def _span_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    w = lexicon.words
    return (
        frozenset(w("periods", "span_periods")),
        frozenset(w("periods", "span_units")),
        frozenset(w("periods", "year_units")),
    )
