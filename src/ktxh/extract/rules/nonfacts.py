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
from ktxh.extract.rules.words import YEAR, alt, last_word, whole_words, word_alt

_WINDOW = 40
_YEAR_RANGE_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[ ]?[-–][ ]?$")
# After the number: "/TB-UBND" (document), ":2008" (standard), "30a" (a name), "-2015" (a range of years), "-2a" (a
# code); not "30-35 toa/ngày", "400-450 xe" (a range of a count)
_CODE_AFTER = re.compile(r"/[^\W\d_]|:\d|[^\W\d_]|[.,]?-(?:(?:19|20)\d\d(?!\d)|\d+[^\W\d_])")
_THOUSANDS = ("1000", "1.000")
# the unit, then the ")" closing the label at its line's end or before its colon: "(1000 tấn)\n", "(1.000 người):"
_SCALE_LABEL = re.compile(r"[ ]+[^\W\d_][^()\d\n]{0,24}\)[ ]*(?:\n|:|$)")
_GRADE_AFTER = re.compile(r"[ ]?%[ ]?[A-Z](?![\w])")  # "0,05% S", "0,001%S": a grade's letter after its share
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
    listed: re.Pattern[str]  # "phi 6 và ": a word of `before` and its number, then the list goes on
    ordinal: re.Pattern[str]  # "xếp thứ ", "đứng vị trí ": a rank's word right before a number
    among: re.Pattern[str]  # "thứ 1 trong ": the number of those ranked, after a rank
    joiners: frozenset[str]  # "và", "hoặc": the words that join the items of a list
    numbering: frozenset[str]  # "số" before a number: "No." in a name, or the end of "tổng số", "dân số"
    counting: frozenset[str]  # "tổng", "dân": before "số", the words that make it a count's
    rank_step: re.Pattern[str]  # "/63 tỉnh, thành phố; ": a rank's total, its group's words, up to the next rank


# "đồng/bình 12 kg", "đ/bình 12-13 kg": a number right after a price's "/<word>" sizes what the price is per
_PER_CONTAINER = re.compile(r"(?<![^\W\d_])[^\W\d_]+/[^\W\d_]+ (?:\d+(?:[.,]\d+)?[ ]?[-–][ ]?)?$")  # "12-13 kg"
_CONTAINER_REACH = 24  # characters before a number where such a price unit is looked for


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    year = alt(lexicon.words("comparisons", "year_words"))
    joiners = lexicon.words("nonfacts", "list_joiners")
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
        joiners=frozenset(joiners),
        numbering=frozenset(lexicon.words("nonfacts", "numbering_words")),
        counting=frozenset(lexicon.words("nonfacts", "counting_before_numbering")),
        # up to the next ratio: "/63 tỉnh, thành phố; ", "/63 tỉnh và "
        rank_step=re.compile(rf"/\d+[^\d()/:]{{1,60}}?(?:[;,]|[ ]{alt(joiners)})[ ]*"),
        magnitude=re.compile(rf"[ ]+{alt(list(lexicon.mapping('magnitudes', 'magnitudes')))}(?!\w)"),
        listed=re.compile(
            rf"{word_alt(lexicon.words('nonfacts', 'before_words'))}[ ]+\d+[ ]*(?:,|{alt(joiners)}(?!\w))[ ]*$"
        ),
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
    if start > 0 and text[start - 1] == "(" and text[start:end] in _THOUSANDS and _SCALE_LABEL.match(text, end):
        return "scale of a label"  # "Tổng vốn đầu tư toàn xã hội (1000 tỷ đồng)": a table row's unit, in thousands
    if _GRADE_AFTER.match(text, end):
        return "code or name"  # "dầu diezel 0,05% S": a product's grade, the share of sulphur it may hold
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return "code or name"  # "Covid-19", "SARS-CoV-2": a name's number, glued to it by a hyphen
    lo = max(sentence_start, start - _CONTAINER_REACH)
    if text.find("/", lo, start) >= 0 and _PER_CONTAINER.search(text, lo, start):  # (most have no "/" before)
        return "size of what a price is per"  # "16.000 đồng/bình 12 kg": the cylinder's size, no figure
    if _from_zero(text, lower, start, end, sentence_start, lexicon or default_lexicon()):
        return "band"  # "quy mô nhỏ (từ 0 - 10 tỷ đồng)": a range from nothing is a class of things, no figure
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
    if text.startswith("/", end) and _rank_continued(text, lower, sentence_start, start, p):
        return "rank"  # "xếp thứ 20/63 tỉnh, thành phố; 3/14 tỉnh vùng trung du": the same rank in a smaller group
    if "before" in kinds and p.before.search(lower, lo, start) and not _measured(text, start, end, has_known_unit):
        return "date, ordinal or name"
    if _listed_after_name(lower, lo, start, last, p) and not _measured(text, start, end, has_known_unit):
        return "date, ordinal or name"  # "sắt phi 6 và 8", "cơn bão số 8, 9": the next of a list of them
    if not has_known_unit and last in p.numbering and _numbered_name(lower, lo, start, last, p):
        # "cầu số 2 hoàn thành", "bão số 9 làm": "số" as "No.", not a count's "tổng số" (before a unit the lexicon
        # knows the number may still count: "với số 25 hộ")
        return "name"
    if has_known_unit and last in p.numbering and _name_numbered(text, lower, lo, start, last, p, sentence_start):
        return "name"  # "Trường THCS số 2 thị trấn": a named thing's "No.", whatever noun follows
    if "price" in kinds and _base_year_like(text[start:end]) and p.price.search(lower, lo, start):
        return "price base"  # ("thu nhập bình quân theo giá hiện hành 31,4 triệu đồng": a level at those prices)
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
    if _season_count(lower, lo, start, end, last, lexicon or default_lexicon()):
        return "crops a year"  # "đất 2 lúa", "diện tích lúa 2 vụ", "từ 2 đến 3 vụ lúa mỗi năm": a kind of land
    if _doses(lexicon or default_lexicon()).match(lower, end) and _few(text[start:end]):
        return "doses of one person"  # "tiêm ít nhất 01 mũi": a regimen; "tiêm 1.250.000 liều" is a count
    if _kind_size(lower, lo, start, end, lexicon or default_lexicon()):
        return "size of a kind"  # "xe ô tô 16 chỗ", "trạm biến áp 110 kV": a vehicle's seats, a line's voltage
    if p.after.match(lower, end) and "," not in text[start:end]:
        return "age or duration"  # (a fraction is measured: "tuổi thọ trung bình đạt 74,8 tuổi")
    upper = _UPPER_END.match(lower, end)
    if upper is not None and p.after.match(lower, upper.end()):
        return "age or duration"  # "trẻ em từ 12-17 tuổi": the lower end of a range of ages
    return None


_RANK_LIST_REACH = 80  # characters before a ratio where the ratio before it in a list of ranks is looked for
_RANK_LIST_STEPS = 3  # ratios a list of ranks may run back to its rank's word


def _rank_continued(text: str, lower: str, sentence_start: int, start: int, p: _Patterns) -> bool:
    """The ratio at `start` follows, with a comma, a semicolon or "và" and only words between, a ratio that is a rank
    (or follows one so): "đứng thứ 5/63 tỉnh, thành và 1/6 tỉnh vùng Bắc Trung Bộ", the rank's word written once."""
    pos = start
    for _ in range(_RANK_LIST_STEPS):
        slash = text.rfind("/", max(sentence_start, pos - _RANK_LIST_REACH), pos)
        if slash < 0 or p.rank_step.fullmatch(lower, slash, pos) is None:
            return False  # most ratios: none before them in the sentence, or a figure's words between
        first = slash
        while first > sentence_start and text[first - 1].isdigit():
            first -= 1
        if first == slash:
            return False
        if p.ordinal.search(lower, max(sentence_start, first - _WINDOW), first) is not None:
            return True
        pos = first
    return False


@functools.cache
def _seasons(lexicon: Lexicon) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    w = lexicon.words
    units = alt(w("nonfacts", "season_units"))
    upper = rf"(?:[ ]*(?:[-–]|{alt(w('comparisons', 'range_words'))})[ ]*\d+)?"  # "2-3 vụ", "2 đến 3 vụ"
    return (
        frozenset(w("nonfacts", "season_holders")),
        re.compile(rf"[ ]*{units}(?!\w)"),
        re.compile(rf"{upper}[ ]*{units}[ ]*{alt(w('nonfacts', 'season_tails'))}(?!\w)"),
    )


def _season_count(lower: str, lo: int, start: int, end: int, last: str | None, lexicon: Lexicon) -> bool:
    """How many crops a year a piece of land bears: the number of a kind of land, no figure. Either a word of land
    or rice right before it and "vụ"/"lúa" after ("đất 2 lúa", "lúa 2 vụ"), or "vụ" and a word of rice or of a year
    after it ("2 vụ lúa", "3 vụ/năm", "từ 2 đến 3 vụ lúa mỗi năm")."""
    holders, unit_only, with_tail = _seasons(lexicon)
    if last == "từ":  # "sản xuất từ 2 đến 3 vụ lúa": a range's first word, the land's word before it
        last = last_word(lower, max(lo, start - _WINDOW), lower.rfind("từ", lo, start))
    if last in holders and unit_only.match(lower, end) is not None:
        return True
    return with_tail.match(lower, end) is not None


_MOST_DOSES = 4  # doses one person may get ("mũi 4"): a count of doses given is larger


@functools.cache
def _doses(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[ ]*{alt(lexicon.words('nonfacts', 'dose_words'))}(?!\w)")


def _few(token: str) -> bool:
    """A whole number of at most `_MOST_DOSES`."""
    return token.isdecimal() and int(token) <= _MOST_DOSES


@functools.cache
def _sizes(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(
            rf"{word_alt(lexicon.words('nonfacts', 'size_holders'))}"
            rf"(?:[ ]+{alt(lexicon.words('nonfacts', 'size_bounds'))})?[ ]*$"
        ),
        re.compile(rf"[ ]*{alt(lexicon.words('nonfacts', 'size_units'))}(?!\w)"),
    )


def _kind_size(lower: str, lo: int, start: int, end: int, lexicon: Lexicon) -> bool:
    """A number sizing a kind of thing: a holder's word right before it, a size's unit right after."""
    holder, unit = _sizes(lexicon)
    return unit.match(lower, end) is not None and holder.search(lower, lo, start) is not None


def _base_year_like(token: str) -> bool:
    """ "1994", "2010", "94": a price base's year is written whole or by its last two digits, no separator."""
    return token.isdigit() and len(token) in (2, 4)


_LIST_REACH = 30  # characters before a number where "phi 6 và " is looked for


def _listed_after_name(lower: str, lo: int, start: int, last: str | None, p: _Patterns) -> bool:
    """ "phi 6 và 8", "bão số 8, 9": the number goes on a list whose first number a `before_words` word names. Asked
    only after a comma or a list's joiner: the `$`-anchored search retries at every position of its window."""
    if last not in p.joiners and lower[max(lo, start - 2) : start].strip() != ",":
        return False
    return p.listed.search(lower, max(lo, start - _LIST_REACH), start) is not None


@functools.cache
def _zero_range(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    joiner = rf"(?:[-–]|{alt(lexicon.words('comparisons', 'range_words'))}(?!\w))"
    return re.compile(rf"[ ]*{joiner}[ ]*\d"), re.compile(rf"(?<![\d.,])0[ ]*{joiner}[ ]*$")


def _from_zero(text: str, lower: str, start: int, end: int, sentence_start: int, lexicon: Lexicon) -> bool:
    """Either end of a range from zero ("từ 0 - 10 tỷ đồng", "0 đến 5 lao động"): a class of things by size."""
    low, high = _zero_range(lexicon)
    if text[start:end] == "0":
        return low.match(lower, end) is not None
    zero = lower.rfind("0", max(sentence_start, start - _ZERO_REACH), start)  # (most numbers have no "0" before)
    return zero >= 0 and high.search(lower, zero, start) is not None


_ZERO_REACH = 8  # characters before the upper end of a range where its "0" is looked for


def _numbered_name(lower: str, lo: int, start: int, last: str, p: _Patterns) -> bool:
    """ "cầu số 2", "bão số 3": "số" after a noun numbers a thing; after "tổng", "dân", "trong", "chỉ" it ends a
    count's head ("tổng số 7.180 thuê bao", "dân số 2.210.387 người"), and alone it opens one."""
    at = lower.rfind(last, lo, start)
    before = last_word(lower, lo, at) if at > lo else None
    return before is not None and before not in p.counting


def _name_numbered(text: str, lower: str, lo: int, start: int, last: str, p: _Patterns, sentence_start: int) -> bool:
    """ "Trường THCS số 2", "Nhà máy Thủy điện số 3", "Trạm bơm Số 3": "số" right after a capitalised word within the
    sentence (or an acronym), or itself capitalised there, numbers a named thing, not a count ("Tổng số 25 hộ" opens
    the sentence; "tổng" counts)."""
    at = lower.rfind(last, lo, start)
    words = text[lo:at].split()
    if not words or words[-1].lower() in p.counting:
        return False
    word = words[-1]
    acronym = len(word) > 1 and word.isupper()
    inside = text[sentence_start:at].strip() != word  # (not the sentence's first word, capitalised as all are)
    return acronym or (inside and (word[:1].isupper() or text[at].isupper()))  # "Trạm bơm Số 3": "Số" in a name


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
    lexicon = lexicon or default_lexicon()
    before, after = _threshold(lexicon)
    lo = max(sentence_start, start - _THRESHOLD_REACH)
    # "từ" in the few characters before is rarer, and cheaper to look for, than the words after the unit
    if before.search(lower, lo, start) is None or after.match(lower, after_unit) is None:
        return False
    return not _strived_for(lower, start, sentence_start, lexicon)


def _strived_for(lower: str, start: int, sentence_start: int, lexicon: Lexicon) -> bool:
    """ "năng suất phấn đấu đạt từ 66 tạ/ha trở lên", "mục tiêu phấn đấu có từ 91% dân số trở lên tham gia": a verb of
    striving in the clause before makes "từ ... trở lên" the least a target sets, a figure (lexicon
    `indicators.target_verbs`), not a threshold that picks things out."""
    lo = max(sentence_start, *(lower.rfind(mark, sentence_start, start) + 1 for mark in ",;:("))
    striving = _striving(lexicon).search(lower, lo, start) is not None
    return striving or _listed_target(lower, start, sentence_start, lexicon)


def _listed_target(lower: str, start: int, sentence_start: int, lexicon: Lexicon) -> bool:
    """ "với một số chỉ tiêu trọng tâm: Tốc độ tăng trưởng GRDP đạt từ 10% trở lên; tổng vốn đầu tư từ 20.000 tỷ đồng
    trở lên": after a colon whose lead names targets (lexicon `indicators.target_heads`), the items are targets, and
    "từ ... trở lên" is the least each sets."""
    colon = lower.rfind(":", sentence_start, start)
    return colon > sentence_start and _target_lead(lexicon).search(lower, sentence_start, colon) is not None


@functools.cache
def _striving(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("indicators", "target_verbs")))


@functools.cache
def _target_lead(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("indicators", "target_heads")))


_THRESHOLD_REACH = 6  # characters before the number where "từ" is looked for


@functools.cache
def _qualifiers(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    w = lexicon.words
    thresholds = w("nonfacts", "described_thresholds")
    return (
        frozenset(w("nonfacts", "threshold_units")),
        frozenset(thresholds),
        # "Dư nợ có lãi suất trên ": a describer and the measure it has before the threshold
        re.compile(rf"{word_alt(w('nonfacts', 'describers'))}(?:[ ]+[^\W\d_]+){{1,4}}[ ]+{word_alt(thresholds)}[ ]+$"),
        # "% một năm chiếm": a word or two, then the share of what the threshold picks out
        re.compile(rf"(?:[ ]+[^\W\d_]+){{0,2}}[ ]+{alt(w('comparisons', 'share_verbs'))}(?!\w)"),
    )


def is_qualifier(
    lower: str, start: int, unit: str, after_unit: int, sentence_start: int, lexicon: Lexicon | None = None
) -> bool:
    """ "bài thi bằng và trên 5 điểm", "xã dưới 8 tiêu chí": a score or a count of criteria after "trên"/"dưới" says
    which things are meant; so does "Dư nợ có lãi suất trên 15% chiếm 3,95%", a threshold in the words of a subject
    whose share follows. No figure."""
    units, thresholds, described, share_after = _qualifiers(lexicon or default_lexicon())
    lo = max(sentence_start, start - _QUALIFIER_REACH)
    if last_word(lower, lo, start) not in thresholds:
        return False  # most numbers: no "trên"/"dưới" right before them
    if unit in units:
        return True
    return share_after.match(lower, after_unit) is not None and described.search(lower, lo, start) is not None


def is_anaphoric(lower: str, after_unit: int, lexicon: Lexicon | None = None) -> bool:
    """ "3 địa phương kể trên": a count whose noun points back at things already counted, no figure of its own."""
    return _anaphora(lexicon or default_lexicon()).match(lower, after_unit) is not None


@functools.cache
def _anaphora(lexicon: Lexicon) -> re.Pattern[str]:
    # a word or two of the noun may stand between the unit and the pointer: "3 tỉnh miền núi nêu trên"
    return re.compile(rf"(?:[ ]+[^\W\d_]+){{0,2}}[ ]+{alt(lexicon.words('nonfacts', 'anaphora_after'))}(?!\w)")


_QUALIFIER_REACH = 50  # characters before a number where a subject's describer is looked for


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


def is_bracketed_bar(
    lower: str, prev: tuple[int, str | None], start: int, end: int, unit: str | None, lexicon: Lexicon | None = None
) -> bool:
    """ "Có 30/63 địa phương đảm bảo được tiến độ thu theo dự toán (tối thiểu đạt 92%)": a percent alone in
    parentheses opened by a bound's word, right after a count whose clause names a plan, is the bar of progress
    the counted things met: which of them are meant, no figure. (Elsewhere "(trên 60%)" may be their share.)"""
    prev_end, prev_unit = prev
    if unit != "%" or prev_unit in (None, "%") or start - prev_end > _CRITERIA_REACH:
        return False
    if lower.find("(", prev_end, start) < 0:
        return False
    opening, plan, measures = _bracketed_bar(lexicon or default_lexicon())
    if prev_unit.split()[-1] in measures or not lower.startswith(")", end):
        return False
    clause = opening.fullmatch(lower, prev_end, start)
    return clause is not None and plan.search(clause.group("clause")) is not None


@functools.cache
def _bracketed_bar(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The count's clause up to "(" and a bound's word ("tối thiểu đạt"); a plan's words; the units that measure."""
    bars, verbs = alt(lexicon.words("nonfacts", "bracketed_bars")), alt(lexicon.words("nonfacts", "group_verbs"))
    opening = re.compile(rf"(?P<clause>[^,;:()]*)\([ ]*{bars}(?:[ ]+{verbs})?[ ]*")
    plan = re.compile(word_alt(lexicon.lists("comparisons", "bases")["plan"]))
    return opening, plan, frozenset(lexicon.mapping("measures", "measures"))


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
    return member_share_end(lower, prev_end, start, lex) is not None  # "18 trường có 100% số học sinh ..."


def is_damage_band(
    lower: str, prev: tuple[int, str | None], start: int, unit: str | None, lexicon: Lexicon | None = None
) -> bool:
    """ "83 ha bị thiệt hại từ 30-70%, 94 ha thiệt hại trên 70%": a share of damage right after a figure in its
    clause (only the damage's word, a threshold's word and a range's lower end between) says how badly its things
    were hit, which of them are meant: no figure."""
    prev_end, prev_unit = prev
    if unit != "%" or prev_unit in (None, "%") or start - prev_end > _CRITERIA_REACH:
        return False
    return _damage_band(lexicon or default_lexicon()).fullmatch(lower, prev_end, start) is not None


@functools.cache
def _damage_band(lexicon: Lexicon) -> re.Pattern[str]:
    w = lexicon.words
    damage, thresholds = word_alt(w("nonfacts", "damage_words")), alt(w("nonfacts", "damage_thresholds"))
    # the lower end of a range, for its upper end: "từ 30-70%", "từ 30% đến 70%"
    low = rf"(?:\d+(?:[.,]\d+)?[ ]*%?[ ]*(?:[-–]|{alt(w('comparisons', 'range_words'))}(?!\w))[ ]*)?"
    return re.compile(rf"[^,;:()\d]*{damage}(?!\w)[ ]+(?:{thresholds}(?!\w)[ ]*)?{low}")


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
    # ("22 tỉnh, thành phố trực thuộc trung ương có": the rest of the counted noun's words may stand before the verb)
    noun_rest = r"(?:[ ]*,?[ ]+[^\W\d_]+){0,6}"
    return re.compile(rf"{noun_rest}[ ]*{verbs}[ ]+"), re.compile(rf"\d[\d.,]*[ ]*(?:{shares})(?!\w)")


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
