"""Numbers that are not facts: dates, years, document numbers, codes, ordinals,
section numbers, price bases, ages and durations, numbers inside names.

Each test looks only at the few characters around the number, so the whole scan
stays linear in the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.rules.words import YEAR, alt, last_word, word_alt

_WINDOW = 40
_YEAR_RANGE_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[ ]?[-–][ ]?$")
# After the number: "/TB-UBND" (document), ":2008" (standard), "30a" (a name), "-2015" (a range of years), "-2a" (a
# code); not "30-35 toa/ngày", "400-450 xe" (a range of a count)
_CODE_AFTER = re.compile(r"/[^\W\d_]|:\d|[^\W\d_]|[.,]?-(?:(?:19|20)\d\d(?!\d)|\d+[^\W\d_])")
_SECTION = re.compile(r"(?:\.\d+)*[.)](?:\s|$)")
_CAPS_BEFORE = re.compile(r"(?<!\w)[A-ZĐ][A-ZĐ0-9&]+[ ]*$")
_NO_KINDS: frozenset[str] = frozenset()
_ONE = ("1", "01")


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern[str]
    after: re.Pattern[str]
    price: re.Pattern[str]
    name: re.Pattern[str]
    year_word: re.Pattern[str]
    last_words: dict[str, frozenset[str]]  # last word of a phrase -> the checks that may end with it
    magnitude: re.Pattern[str]  # "1 nghìn hộ": a magnitude after the number
    each: re.Pattern[str]  # "mỗi đối tượng ": "each" and the noun it counts, right before a number
    ordinal: re.Pattern[str]  # "xếp thứ ", "đứng vị trí ": a rank's word right before a number
    among: re.Pattern[str]  # "thứ 1 trong ": the number of those ranked, after a rank


# "đồng/bình 12 kg", "đ/bình 12-13 kg": a number right after a price's "/<word>" sizes what the price is per
_PER_CONTAINER = re.compile(r"(?<![^\W\d_])[^\W\d_]+/[^\W\d_]+ (?:\d+(?:[.,]\d+)?[ ]?[-–][ ]?)?$")  # "12-13 kg"
_CONTAINER_REACH = 24  # characters before a number where such a price unit is looked for


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    year = alt(lexicon.words("comparisons", "year_words"))
    return _Patterns(
        before=re.compile(rf"{word_alt(lexicon.words('nonfacts', 'before_words'))}[ ]*$"),
        after=re.compile(
            rf"[ ]*(?!{alt(lexicon.words('nonfacts', 'after_word_nouns'))}(?!\w))"
            rf"{alt(lexicon.words('nonfacts', 'after_words'))}(?!\w)"
        ),
        price=re.compile(rf"{word_alt(lexicon.words('nonfacts', 'price_bases'))}(?:[ ]+{year})?[ ]*$"),
        name=re.compile(rf"{word_alt(lexicon.words('nonfacts', 'name_phrases'))}[ ]*$"),
        year_word=re.compile(rf"{word_alt(lexicon.words('comparisons', 'year_words'))}[ ]*$"),
        last_words=_last_words(lexicon),
        magnitude=re.compile(rf"[ ]+{alt(list(lexicon.mapping('magnitudes', 'magnitudes')))}(?!\w)"),
        each=re.compile(rf"{word_alt(lexicon.words('nonfacts', 'each_words'))}(?:[ ]+[^\W\d_]+){{1,3}}[ ]*$"),
        ordinal=re.compile(rf"{word_alt(lexicon.words('nonfacts', 'ordinal_words'))}[ ]*$"),
        among=re.compile(
            rf"{word_alt(lexicon.words('nonfacts', 'ordinal_words'))}[ ]+\d+[ ]+"
            rf"{word_alt(lexicon.words('nonfacts', 'rank_among'))}[ ]*$"
        ),
    )


def _last_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    groups = {
        "before": lexicon.words("nonfacts", "before_words"),
        "price": lexicon.words("nonfacts", "price_bases") + lexicon.words("comparisons", "year_words"),
        "name": lexicon.words("nonfacts", "name_phrases"),
        "year": lexicon.words("comparisons", "year_words"),
        "per": lexicon.words("nonfacts", "per_words"),
        "ordinal": lexicon.words("nonfacts", "ordinal_words"),
        "among": lexicon.words("nonfacts", "rank_among"),
    }
    out: dict[str, set[str]] = {}
    for kind, phrases in groups.items():
        for phrase_ in phrases:
            out.setdefault(phrase_.split()[-1], set()).add(kind)
    return {w: frozenset(kinds) for w, kinds in out.items()}


@functools.cache
def _price_phrase(lexicon: Lexicon) -> re.Pattern[str]:
    year = alt(lexicon.words("comparisons", "year_words"))
    return re.compile(rf"{word_alt(lexicon.words('nonfacts', 'price_bases'))}(?:[ ]+{year})?[ ]+\d{{2,4}}(?!\d)")


def price_spans(lower: str, start: int, end: int, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """ "giá so sánh 1994", "giá cố định 94": phrases left out of indicator names."""
    return [m.span() for m in _price_phrase(lexicon or default_lexicon()).finditer(lower, start, end)]


def nonfact_reason(
    text: str,
    lower: str,
    start: int,
    end: int,
    sentence_start: int,
    has_known_unit: bool,
    lexicon: Lexicon | None = None,
) -> str | None:
    """Why the number at text[start:end] is not a fact, or None when it may be one."""
    if start == sentence_start and _SECTION.match(text, end):
        return "section number"
    if not has_known_unit and _CODE_AFTER.match(text, end):
        return "code or name"
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return "code or name"  # "Covid-19", "SARS-CoV-2": a name's number, glued to it by a hyphen
    lo = max(sentence_start, start - _CONTAINER_REACH)
    if text.find("/", lo, start) >= 0 and _PER_CONTAINER.search(text, lo, start):  # (most have no "/" before)
        return "size of what a price is per"  # "16.000 đồng/bình 12 kg": the cylinder's size, no figure
    year = end - start == 4 and YEAR.fullmatch(text, start, end) is not None
    if year and not has_known_unit:
        return "year"  # with no unit of its own, a year whatever word stands before it
    if year and _YEAR_RANGE_BEFORE.search(text, max(sentence_start, start - 8), start):
        return "year"  # "nhiệm kỳ 2016 - 2021 tổ chức kỳ họp": the end of a span of years, whatever follows
    p = _patterns(lexicon or default_lexicon())
    lo = max(sentence_start, start - _WINDOW)
    last = last_word(lower, lo, start)
    kinds = p.last_words.get(last, _NO_KINDS) if last else _NO_KINDS
    if year and "year" in kinds and p.year_word.search(lower, lo, start):
        return "year"  # "năm 2013 tổ máy số 01": after "năm" a year even before a noun
    if "ordinal" in kinds and p.ordinal.search(lower, lo, start):
        return "rank"  # "xếp thứ 56/63 tỉnh": a rank, whatever unit follows and however large
    if "among" in kinds and p.among.search(lower, lo, start):
        return "rank"  # "thứ 1 trong 5 địa phương": how many were ranked
    if "before" in kinds and p.before.search(lower, lo, start) and not _measured(text, start, end, has_known_unit):
        return "date, ordinal or name"
    if "price" in kinds and p.price.search(lower, lo, start):
        return "price base"
    if "name" in kinds and p.name.search(lower, lo, start):
        return "name"
    if "per" in kinds and has_known_unit and text[start:end] in _ONE and not p.magnitude.match(lower, end):
        return "per unit"  # "giá trị sản phẩm thu được trên 1 ha đất trồng trọt": the unit a figure is per
    if text[start:end] in _ONE and p.each.search(lower, lo, start):
        return "one for each"  # "mỗi đối tượng 01 suất quà trị giá 500.000 đồng": what each gets, no count
    if not has_known_unit and _caps_before(text, lo, start):
        return "name"
    if not has_known_unit and _in_quoted_name(text, sentence_start, start, end):
        return "name"  # "chương trình “Thành phố 4 an”", "“5 không, 3 sạch”": a slogan's number
    if p.after.match(lower, end) and "," not in text[start:end]:
        return "age or duration"  # (a fraction is measured: "tuổi thọ trung bình đạt 74,8 tuổi")
    upper = _UPPER_END.match(lower, end)
    if upper is not None and p.after.match(lower, upper.end()):
        return "age or duration"  # "trẻ em từ 12-17 tuổi": the lower end of a range of ages
    return None


_UPPER_END = re.compile(r"[ ]*[-–][ ]*\d+")  # "-17" in "12-17 tuổi"


def _in_quoted_name(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The number stands inside a short quoted phrase (quotes are straight once normalised)."""
    opening = text.rfind('"', max(sentence_start, start - _QUOTED_REACH), start)
    if opening < 0 or text.count('"', sentence_start, opening) % 2:
        return False  # no quote before it, or that quote closes an earlier phrase
    closing = text.find('"', end, end + _QUOTED_REACH)
    return closing >= 0 and "\n" not in text[opening:closing]


_QUOTED_REACH = 30  # characters a quoted name may run before and after its number


@functools.cache
def _threshold(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"{word_alt(lexicon.words('nonfacts', 'threshold_before'))}[ ]+$"),
        # a word or two may stand between a guessed unit and "trở lên": "2 chức năng trở lên"
        re.compile(rf"(?:[ ]+[^\W\d_]+){{0,2}}[ ]*{alt(lexicon.words('nonfacts', 'threshold_after'))}(?!\w)"),
    )


def is_threshold(lower: str, start: int, after_unit: int, sentence_start: int, lexicon: Lexicon | None = None) -> bool:
    """ "xe ô tô từ 5 chỗ trở lên": "từ" before the number, "trở lên" right after its unit."""
    before, after = _threshold(lexicon or default_lexicon())
    lo = max(sentence_start, start - _THRESHOLD_REACH)
    # "từ" in the few characters before is rarer, and cheaper to look for, than the words after the unit
    return before.search(lower, lo, start) is not None and after.match(lower, after_unit) is not None


_THRESHOLD_REACH = 6  # characters before the number where "từ" is looked for


@functools.cache
def _criteria(lexicon: Lexicon) -> tuple[frozenset[str], re.Pattern[str]]:
    verbs = lexicon.words("nonfacts", "criteria_verbs")
    # "21 xã đạt từ 15-18 tiêu chí": a threshold's word, and a range's lower end, may stand before the number
    low = rf"(?:[ ]+{alt(lexicon.words('nonfacts', 'threshold_before'))})?(?:[ ]+\d+[ ]*[-–])?"
    return frozenset(lexicon.words("nonfacts", "criteria_units")), re.compile(rf"[^,;:()]*{word_alt(verbs)}{low}[ ]*$")


@functools.cache
def _criteria_figure(lexicon: Lexicon) -> re.Pattern[str]:
    # "19/19 tiêu chí", "15-18 tiêu chí"
    return re.compile(rf"(?:\d+[ ]*[-–][ ]*)?\d+(?:/\d+)?[ ]+{alt(lexicon.words('nonfacts', 'criteria_units'))}(?!\w)")


def criteria_end(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> int | None:
    """Where "19/19 tiêu chí" starting at `pos` ends, or None: words that go on describing a figure."""
    m = _criteria_figure(lexicon or default_lexicon()).match(lower, pos, end)
    return m.end() if m else None


def is_criteria_met(lower: str, prev_end: int, start: int, unit: str | None, lexicon: Lexicon | None = None) -> bool:
    """ "8 xã đạt 19/19 tiêu chí", "12,2% tổng số xã đạt 19 tiêu chí": criteria met right after a figure in
    its clause say which of it are counted, not a figure of their own. ("Bình quân mỗi xã đạt 16,5 tiêu chí" has
    no figure before it: a figure.)"""
    units, verb_before = _criteria(lexicon or default_lexicon())
    if unit not in units or start - prev_end > _CRITERIA_REACH:
        return False
    return verb_before.match(lower, prev_end, start) is not None


_CRITERIA_REACH = 80  # characters between the figure and the criteria it meets


@functools.cache
def _group_rate(lexicon: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """The words between a count and a rate it has ("đạt tỷ lệ đỗ tốt nghiệp"), and the units that measure."""
    rates = lexicon.words("comparisons", "rate_words")
    verbs = lexicon.words("nonfacts", "group_verbs")
    pattern = re.compile(rf"[ ]*{alt(verbs)}[ ]+[^,;:()]*{word_alt(rates)}[^,;:()]*$")
    return pattern, frozenset(lexicon.mapping("measures", "measures"))


def is_group_threshold(
    lower: str, prev: tuple[int, str | None], start: int, unit: str | None, lexicon: Lexicon | None = None
) -> bool:
    """ "Có 7 trường đạt tỷ lệ đỗ tốt nghiệp 100%", "10 trường đạt tỷ lệ tốt nghiệp cao từ 95,57%": a rate right after
    a count in its clause, which the counted things have ("đạt", "có" and the rate's word between), says which of
    them are meant: no figure. ("850 hộ nghèo với tỷ lệ 2,5%" is their rate: a figure.)"""
    prev_end, prev_unit = prev
    if unit != "%" or prev_unit in (None, "%") or start - prev_end > _CRITERIA_REACH:
        return False
    lex = lexicon or default_lexicon()
    between, measures = _group_rate(lex)
    if prev_unit.split()[-1] in measures:
        return False  # a measure ("1.200 tỷ đồng, tỷ lệ ..."), not a count of things
    if between.match(lower, prev_end, start) is not None:
        return True
    verb_only, member_share = _member_share(lex)  # "18 trường có 100% số học sinh ..."
    return verb_only.fullmatch(lower, prev_end, start) is not None and member_share.match(lower, start) is not None


def is_plan_threshold(lower: str, prev: tuple[int, str | None], start: int, lexicon: Lexicon | None = None) -> bool:
    """ "8 chỉ tiêu đạt trên 50% kế hoạch; 1 chỉ tiêu đạt dưới 50%": a share of the plan right after a count, with
    only the verb and "trên"/"dưới" between, says which of the counted are meant: no figure."""
    prev_end, prev_unit = prev
    if prev_unit in (None, "%") or start - prev_end > _CRITERIA_REACH:
        return False
    lex = lexicon or default_lexicon()
    between, measures = _plan_threshold(lex)
    return prev_unit.split()[-1] not in measures and between.fullmatch(lower, prev_end, start) is not None


@functools.cache
def _plan_threshold(lexicon: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    verbs = alt(lexicon.words("nonfacts", "group_verbs"))
    thresholds = alt(lexicon.words("nonfacts", "described_thresholds"))
    # ("8 chỉ tiêu đạt trên": a noun's second word may stand before the verb)
    noun_rest = r"(?:[^\W\d_]+[ ]+)?"
    return (
        re.compile(rf"[ ]*{noun_rest}{verbs}[ ]+{thresholds}[ ]*"),
        frozenset(lexicon.mapping("measures", "measures")),
    )


def member_share_end(lower: str, lo: int, pos: int, lexicon: Lexicon | None = None) -> int | None:
    """Where "100% số" starting at `pos` ends, when only a group verb stands between the end of a count's unit (`lo`)
    and it ("16 tỉnh có 100% số xã đạt chuẩn"), or None: words that go on describing the count."""
    verb_only, member_share = _member_share(lexicon or default_lexicon())
    if verb_only.fullmatch(lower, lo, pos) is None:
        return None
    m = member_share.match(lower, pos)
    return m.end() if m else None


@functools.cache
def _member_share(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = alt(lexicon.words("nonfacts", "group_verbs"))
    shares = "|".join(re.escape(w).replace("\\ ", r"\s*") for w in lexicon.words("nonfacts", "member_shares"))
    return re.compile(rf"[ ]*{verbs}[ ]+"), re.compile(rf"\d[\d.,]*[ ]*(?:{shares})(?!\w)")


def is_described_threshold(lower: str, prev_end: int, start: int, lexicon: Lexicon | None = None) -> bool:
    """ "2.320 ha cho giá trị thu nhập trên 70 triệu đồng/ha/năm", "1.200 hộ có thu nhập trên 5 triệu đồng/tháng":
    after a figure, in the words describing it ("có", "cho", "với" and no verb of a comparison), "trên"/"dưới" and a
    number say which of the counted are meant: no figure (the caller asks only for a level per something)."""
    if start - prev_end > _DESCRIBED_REACH:
        return False
    return _described_threshold(lexicon or default_lexicon()).fullmatch(lower, prev_end, start) is not None


_DESCRIBED_REACH = 80  # characters between a figure and a threshold in its description


@functools.cache
def _described_threshold(lexicon: Lexicon) -> re.Pattern[str]:
    w = lexicon.words
    verbs = [v for vs in lexicon.lists("comparisons", "verbs").values() for v in vs]
    no_verb = rf"(?:(?!{word_alt(verbs)}(?!\w))[^,;:()\d])"
    describer, threshold = word_alt(w("nonfacts", "describers")), word_alt(w("nonfacts", "described_thresholds"))
    return re.compile(rf"[ ]+{describer}(?!\w){no_verb}*?[ ]{threshold}[ ]+")


def _measured(text: str, start: int, end: int, has_known_unit: bool) -> bool:
    """ "ước TH 9 tháng 1.520 tỷ đồng", "trong tháng 580 tấn": a number before a known unit written with a
    separator ("1.520", "46,9"), or too large for a day or a month and no year, is a quantity, whatever word
    stands before it."""
    if not has_known_unit:
        return False
    token = text[start:end]
    if "." in token or "," in token:
        return True
    return token.isdigit() and int(token) > _MAX_DAY and not (len(token) == 4 and _YEARS[0] <= int(token) <= _YEARS[1])


_MAX_DAY = 31
_YEARS = (1900, 2100)


def _caps_before(text: str, lo: int, start: int) -> bool:
    """An upper-case code right before the number ("QL 4D", "TCVN 9001"). The `$`-anchored search
    retries at every position of the window, so it runs only when the last character before the
    spaces could end such a code."""
    j = start
    while j > lo and text[j - 1] == " ":
        j -= 1
    if j == lo:
        return False
    c = text[j - 1]
    if not ("A" <= c <= "Z" or "0" <= c <= "9" or c in "Đ&"):
        return False
    return _CAPS_BEFORE.search(text, lo, start) is not None
