"""The unit after a number: magnitude words, then a unit or a counted noun.

"46,9 nghìn tấn" -> magnitude 1000, unit "nghìn tấn"; "239,6ha" -> "ha";
"16.451 nghìn lượt người.km" -> "nghìn lượt người.km"; "2 xã Tả Lèng" -> "xã".
A word the lexicon does not list is still a counted noun ("1.064 giáo viên")
unless it is one of `not_units` or starts with a capital (a name).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.rules.words import alt


class UnitMatch(NamedTuple):  # a tuple: built for every number, several times cheaper than a frozen dataclass
    unit: str  # lower case, with its magnitude words: "nghìn tấn"
    start: int
    end: int  # where the unit (and any listed co-units: "xã, phường, thị trấn") ends
    known: bool  # found in the lexicon (not a guessed counted noun)


# UnitMatch((unit, start, end, known)) without the NamedTuple's own __new__, a Python function (4x slower)
_unit_match = functools.partial(tuple.__new__, UnitMatch)


@dataclass(frozen=True)
class _Patterns:
    unit: re.Pattern[str]
    co_units: re.Pattern[str]
    bare: re.Pattern[str]
    magnitudes: dict[str, float]
    abbreviated: dict[str, str]  # "tr.đ" -> "triệu đồng": a unit written short, magnitude and all
    points_after: re.Pattern[str]  # "% điểm phần trăm": the points word after a percent sign
    not_units: frozenset[str]
    measures: frozenset[str]  # units that measure (ha, tấn, đồng), not counted nouns
    not_unit_phrases: tuple[str, ...]  # "lần lượt": a phrase whose first word alone would be a counted noun


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    mags = lexicon.mapping("magnitudes", "magnitudes")
    units = lexicon.words("units", "units")
    known = alt([u for u in units if u != "%"])
    # "%/năm", "tấn.km", "tiêu chí/xã": a joiner and a tail word or another unit
    tail = alt(lexicon.words("units", "compound_tails") + [u for u in units if u != "%"])
    join = "[" + "".join(re.escape(j) for j in lexicon.words("units", "compound_joiners")) + "]"
    mag = alt(list(mags))
    spelled = alt(lexicon.words("units", "percent_words"))  # "12 phần trăm": the percent sign spelled out
    wholes = alt(lexicon.words("units", "share_wholes"))
    # "5.420 tỷđồng": a magnitude glued to a known unit (a space lost in copying) is read as if written apart, unless
    # the two are a known unit together ("trđ")
    unit = re.compile(
        rf"[ ]*(?P<mag>(?:{mag}[ ]+)*(?:{mag}(?!\w)|(?!(?:{known})(?!\w)){mag}(?=(?:{known})(?!\w))))?[ ]*"
        rf"(?:(?P<pct>(?:%|(?P<spelled>{spelled})(?!\w))(?:[ ]+{wholes}(?!\w))?)|(?P<known>{known})(?!\w)"
        rf"|(?P<word>[^\W\d_]+))"
        # "triệu đồng/ năm" as "triệu đồng/năm"; two tails: "USD/người/năm", "triệu đồng/ha/năm"
        rf"(?P<tail>(?:[ ]?{join}[ ]?{tail}(?!\w)){{1,2}})?"
    )
    co_units = re.compile(rf"(?:[ ]*,[ ]*(?:{known})(?!\w))+")
    bare = re.compile(rf"[ ]*((?:{mag}[ ]+)*{mag})(?!\w)")
    measures = frozenset(lexicon.mapping("measures", "measures"))
    not_units = lexicon.words("units", "not_units")
    phrases = tuple(w for w in not_units if " " in w)
    abbreviated = lexicon.mapping("magnitudes", "abbreviated")
    points = [w for w in lexicon.words("comparisons", "points_words") if " " in w and "%" not in w]
    points_after = re.compile(rf"[ ]+({alt(points)})(?!\w)")
    return _Patterns(unit, co_units, bare, mags, abbreviated, points_after, frozenset(not_units), measures, phrases)


_AROUND_JOINER = re.compile(r"[ ]?([/.])[ ]?")  # a compound unit's joiner with a space written beside it


def match_unit(text: str, lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> UnitMatch | None:
    """The unit starting at `pos` (spaces allowed before it), or None."""
    p = _patterns(lexicon or default_lexicon())
    m = p.unit.match(lower, pos, end)
    if m is None:
        return _bare_magnitude(p, lower, pos, end)
    word = m.group("word")
    if word is not None:
        written = text[m.start("word") : m.end("word")]
        is_name = written[0].isupper() and not (len(written) > 1 and written.isupper())
        phrase = any(lower.startswith(x, m.start("word")) for x in p.not_unit_phrases)
        if word in p.not_units or is_name or word in p.magnitudes or phrase:
            return _bare_magnitude(p, lower, pos, end)
    if m.group("pct") is not None:
        points = p.points_after.match(lower, m.end(), end)
        if points is not None:  # "đóng góp 2,98% điểm phần trăm": points, the percent sign written as well
            return _unit_match((points.group(1), points.start(1), points.end(), True))
    head, head_end = m.group(), m.end()
    written = " ".join(head.split())
    if m.group("spelled") is not None:  # "12 phần trăm": the sign spelled out, a percent all the same
        written = " ".join(("%" + lower[m.end("spelled") : m.end("pct")]).split())
    if m.group("mag") is not None and m.end("mag") == m.start("known"):
        written = f"{' '.join(m.group('mag').split())} {m.group('known')}{m.group('tail') or ''}"  # "tỷđồng"
    co = p.co_units.match(lower, head_end, end)  # most units have none: the match fails on its first character
    if co is not None and not _takes_co_units(p, m.group("known"), word):
        co = None
    if co is not None and any(w[:1].isupper() for w in text[head_end : co.end()].replace(",", " ").split()):
        co = None  # "ngàn người, Đồng Nai": a name follows, not another unit
    if co is not None and _next_item_of(lower, co.end(), end, written):
        co = None  # "8 vụ, cơ sở sản xuất kinh doanh 6 vụ": the next item of a list, named by its own words
    stop = co.end() if co else head_end
    start = head_end - len(head.lstrip(" "))
    if m.group("tail"):
        written = _AROUND_JOINER.sub(r"\1", written)  # "triệu đồng/ năm" -> "triệu đồng/năm"
    return _unit_match((written, start, stop, word is None))


_NEXT_ITEM = re.compile(r"[^\d,;.:()]{0,40}?\d[\d.,]*[ ]+")  # a number after a few words, no mark between


def _next_item_of(lower: str, pos: int, end: int, unit: str) -> bool:
    """A few words, then a number in `unit` again: the next item of a list ("..., cơ sở sản xuất kinh doanh 6 vụ")."""
    m = _NEXT_ITEM.match(lower, pos, end)
    return m is not None and bool(unit) and lower.startswith(unit, m.end())


@functools.cache
def _ratio_nouns(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[ ]*({alt(lexicon.words('units', 'ratio_nouns'))})(?!\w)")


def match_ratio_noun(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> UnitMatch | None:
    """A noun of two words counted after a ratio ("13/13 chỉ tiêu"), where the first word alone would be taken
    as the noun: "chỉ tiêu", not "chỉ"."""
    m = _ratio_nouns(lexicon or default_lexicon()).match(lower, pos, end)
    return None if m is None else _unit_match((m.group(1), m.start(1), m.end(), False))


def _takes_co_units(p: _Patterns, known: str | None, word: str | None) -> bool:
    """Only a counted noun is listed with others ("xã, phường, thị trấn"); a measure ("tỷ đồng, khu vực
    ...") is not, nor a percent sign (no noun: "đóng góp 1,2%, khu vực công nghiệp ..." names the next item)."""
    noun = known or word or ""
    return bool(noun) and noun.split("/")[0].split(".")[0] not in p.measures


def _bare_magnitude(p: _Patterns, lower: str, pos: int, end: int) -> UnitMatch | None:
    """ "2 tỷ" with no unit after the magnitude: the magnitude is the unit."""
    m = p.bare.match(lower, pos, end)
    if m is None:
        return None
    return _unit_match((" ".join(m.group(1).split()), m.start(1), m.end(), True))


_SMALLER_PART = re.compile(r"[ ]+(\d{1,3})(?![\d.,])")  # "287 tỷ [824] triệu đồng": the smaller part's number


def mixed_magnitudes(
    text: str, lower: str, unit: UnitMatch, value: float, end: int, lexicon: Lexicon | None = None
) -> tuple[float, UnitMatch] | None:
    """ "287 tỷ 824 triệu đồng", "7 triệu 520 nghìn con", "3 tỷ 714 triệu 800 nghìn đồng": a level written in two
    or three magnitudes, each smaller than the one before, read as one: (287.824, "tỷ đồng" spanning all parts); or
    thousands of a larger one ("5 ngàn 200 tỷ đồng": 5.200 tỷ đồng); None for any other unit."""
    p = _patterns(lexicon or default_lexicon())
    if unit.unit not in p.magnitudes:
        return None  # most figures: a unit of their own, not a bare magnitude
    part = _SMALLER_PART.match(lower, unit.end, end)
    if part is None:
        return None
    rest = match_unit(text, lower, part.end(), end, lexicon)
    if rest is None:
        return None
    small = float(part.group(1))
    if rest.unit in p.magnitudes:
        # "3 tỷ 714 triệu 800 nghìn đồng": the smaller part is itself written in two magnitudes
        inner = mixed_magnitudes(text, lower, rest, small, end, lexicon)
        if inner is None:
            return None
        small, rest = inner
    scale, base = split_magnitude(rest.unit, lexicon)
    big = p.magnitudes[unit.unit]
    if base and scale > big and small < big:
        # "5 ngàn 200 tỷ đồng": thousands of the larger magnitude after, 5.200 tỷ đồng
        return value * big + small, _unit_match((rest.unit, unit.start, rest.end, rest.known))
    if not base or scale >= big or scale <= 1:
        return None
    whole = _unit_match((f"{unit.unit} {base}", unit.start, rest.end, rest.known))
    return value + small * scale / big, whole


def measure_of(unit: str | None, lexicon: Lexicon | None = None) -> str | None:
    """ "nghìn ha" -> "diện tích", "tạ/ha" -> "năng suất": what a unit measures; None for a counted noun."""
    lex = lexicon or default_lexicon()
    return measure_nouns(lex).get(base_unit(unit, lex))


@functools.cache
def measure_nouns(lexicon: Lexicon) -> dict[str, str]:
    """Unit -> the noun naming what it measures ("ha" -> "diện tích"); a unit not here counts things."""
    return lexicon.mapping("measures", "measures")


def split_magnitude(unit: str, lexicon: Lexicon | None = None) -> tuple[float, str]:
    """ "nghìn tấn" -> (1000.0, "tấn"); "tỷ đồng" -> (1e9, "đồng"); "%" -> (1.0, "%")."""
    return _split(unit, lexicon or default_lexicon())


def base_unit(unit: str | None, lexicon: Lexicon | None = None) -> str:
    """ "nghìn tấn" -> "tấn": a unit without its magnitude words ("" for none), to tell two figures' units apart."""
    return split_magnitude(unit or "", lexicon)[1]


@functools.lru_cache(maxsize=4096)
def _split(unit: str, lexicon: Lexicon) -> tuple[float, str]:
    p = _patterns(lexicon)
    words = " ".join(unit.lower().split()).split(" ") if unit.strip() else []
    scale = 1.0
    while words and words[0] in p.magnitudes:
        scale *= p.magnitudes[words.pop(0)]
    rest = " ".join(words)
    short, joiner, per = rest.partition("/")
    full = p.abbreviated.get(short)
    if full is not None:
        # "tr.đ" is "triệu đồng"; "tỷ đ" is "tỷ đồng"; "ng.đ/tháng" is "nghìn đồng/tháng"
        more, rest = _split(full, lexicon)
        scale *= more
        rest += joiner + per
    return scale, rest
