"""Growths written as bare percents: a figure in "%" that the words around it say is a growth, not a level.

"Trong 7,8% tăng trưởng thì khu vực nông nghiệp đóng góp 1,2%": the growth just given, restated as the whole its
parts' contributions share, is a change (`change_pct`) with no level, named by the growth words after it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ktxh.extract.candidates import Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import last_plan_word
from ktxh.extract.rules.sentence import Context
from ktxh.extract.rules.words import alt, capitalise, is_place_name, last_word, whole_words

_NAME_WORDS = 8  # words after the growth's head that may go on naming it ("của quý I/2016")


@functools.cache
def _restated_tail(lexicon: Lexicon) -> re.Pattern[str]:
    """ " tăng trưởng của quý i/2016," " tăng chung của nền kinh tế," " tăng trưởng thì": the growth's words after
    its "%", up to a comma, a semicolon, the end, or a word that opens what is said of it ("thì")."""
    heads = whole_words(lexicon.words("comparisons", "restated_growth_heads"))
    ends = whole_words(lexicon.words("comparisons", "restated_growth_ends"))
    return re.compile(
        rf"[ ]+(?P<name>{heads}(?:[ ]+(?!{ends})[^\s,;.()]+){{0,{_NAME_WORDS}}})(?=[ ]*[,;.]|[ ]+{ends}|[ ]*$)"
    )


def restated_growths(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "Trong 7,8% tăng trưởng thì ...", "Trong 6,78% tăng chung của nền kinh tế, ...": a level in "%" right after an
    opener ("trong") and before growth words is that growth, a change over the same period with no level (the
    contributions after it are its shares), named by those words."""
    openers = lexicon.words("comparisons", "restated_growth_openers")
    for d in drafts:
        if d.unit != "%" or d.value is None or d.comparisons or d.anchor.kind != "level":
            continue
        if last_word(ctx.lower, ctx.start, d.anchor.start) not in openers:
            continue  # most figures: one look at the word before
        m = _restated_tail(lexicon).match(ctx.lower, d.anchor.end, ctx.end)
        if m is None:
            continue
        change = replace(d.anchor, kind="comparison", comp_type="change_pct", comp_base="same_period", unit=None)
        change.rules = [*d.anchor.rules, "comparison:restated-growth"]
        d.value, d.unit, d.comparisons = None, None, [change]
        d.indicator = capitalise(" ".join(ctx.text[m.start("name") : m.end("name")].split()))
        d.rules.append("indicator:restated-growth")


_HEADING_REACH = 400  # characters before and after a heading's line where the growth it gives is named


@functools.cache
def _heading_growth(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("comparisons", "heading_growth_words")))


def heading_growths(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "Bắc Giang: 13,85%" on a line of its own, in a passage on growth (its words within a few lines before or
    after): a ranking's heading giving the place's growth, a change with no level named by the growth and the
    place; not a level in "%"."""
    if len(drafts) != 1 or drafts[0].unit != "%" or drafts[0].value is None or drafts[0].comparisons:
        return
    d = drafts[0]
    colon = ctx.text.rfind(":", ctx.start, d.anchor.start)
    if colon < 0 or ctx.text[colon + 1 : d.anchor.start].strip() or ctx.text[d.anchor.end : ctx.end].strip(" ."):
        return  # most sentences: no colon right before their only figure
    place = ctx.text[ctx.start : colon].strip()
    if not is_place_name(place) or not _line_of_its_own(ctx):
        return
    lo, hi = max(0, ctx.start - _HEADING_REACH), min(len(ctx.lower), ctx.end + _HEADING_REACH)
    m = _heading_growth(lexicon).search(ctx.lower, lo, hi)
    if m is None:
        return
    change = replace(d.anchor, kind="comparison", comp_type="change_pct", comp_base="same_period", unit=None)
    change.rules = [*d.anchor.rules, "comparison:heading-growth"]
    d.value, d.unit, d.comparisons = None, None, [change]
    d.indicator = capitalise(f"{m.group(0)} {place}")
    d.rules.append("indicator:heading-growth")


def _line_of_its_own(ctx: Context) -> bool:
    """The sentence is the whole of its line."""
    before = ctx.text.rfind("\n", 0, ctx.start) + 1
    after = ctx.text.find("\n", ctx.end)
    return not ctx.text[before : ctx.start].strip() and not ctx.text[ctx.end : after if after >= 0 else None].strip()


_BENCHMARK_GAP = 80  # characters between a growth and a percent set beside it ("..., thấp hơn trung bình cả nước là")
_GROWTH_TYPES = ("change_pct", "change_pp")


@functools.cache
def _growth_benchmark(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("comparisons", "growth_benchmarks")))


def benchmark_growths(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "Năm ngoái tỉnh chỉ tăng trưởng 4,07%, thấp hơn trung bình cả nước là 8,02%", "vượt 1,13 điểm phần trăm so
    với mục tiêu Chính phủ giao (8,5%)", "tăng 11,66% (các năm trước dao động từ 8,02% đến 10,12%)": a percent with
    no verb of its own, right after a growth (a change with no level) and set beside it by a word of comparison, is
    a growth too (of another place, period or plan: a change over the same period with no level), not a level."""
    prev: Draft | None = None
    for d in drafts:
        plan = _benchmarks_growth(d, prev, ctx, lexicon) if prev is not None else None
        if plan is not None:
            growth = replace(d.anchor, kind="comparison", unit=None, comp_type="change_pct", comp_base="same_period")
            growth.rules = [*d.anchor.rules, "comparison:growth-benchmark"]
            named = _plan_name(ctx, plan, d.anchor.start, lexicon) if plan != _NO_PLAN else ""
            d.indicator = named or _unrated(d, ctx, lexicon)
            d.anchor, d.value, d.unit, d.comparisons = growth, None, None, [growth]
            d.rules.append("indicator:growth-benchmark")
        # a growth (a benchmark too: a range's upper end goes with its lower end) is what the next percent may be set
        # beside; any other figure ends the run
        grown = d.value is None and any(c.comp_type in _GROWTH_TYPES for c in d.comparisons)
        prev = d if grown else None


_NO_PLAN = -1


def _benchmarks_growth(d: Draft, prev: Draft, ctx: Context, lexicon: Lexicon) -> int | None:
    """None when `d` is no growth set beside `prev`; else where the words of the plan it is the growth of start, or
    `_NO_PLAN`."""
    if d.unit != "%" or d.value is None or d.comparisons or d.anchor.kind not in ("level", "maybe"):
        return None
    if d.anchor.share:
        return None  # "chiếm 24,3%": a share
    if "comparison:growth-benchmark" in prev.anchor.rules:
        # "dao động từ 8,02% đến 10,12%": the upper end of a range whose lower end was read as a benchmark
        gap = ctx.lower[prev.anchor.start : d.anchor.start].lstrip("0123456789.,% ").rstrip()
        return _NO_PLAN if gap in _range_words(lexicon) else None
    last = prev.comparisons[-1]
    gap = ctx.lower[last.end : d.anchor.start]
    if len(gap) > _BENCHMARK_GAP or "%" in gap:
        return None  # far, or another percent between
    clause = _CLAUSE_MARK.split(gap)[-1]  # the words of the percent's own clause: ", thấp hơn trung bình cả nước là"
    if _rate_word(lexicon).search(clause) is not None:
        return None  # "..., lãi suất cho vay cao hơn ở mức 9%": a rate's level, not a growth
    one_clause = _CLAUSE_MARK.search(gap.rstrip().removesuffix("(")) is None
    if last.comp_base == "plan" and one_clause and _plan_level(lexicon).search(gap) is not None:
        # "vượt 1,13 điểm phần trăm so với mục tiêu Chính phủ giao (8,5%)", "... so với mục tiêu Quốc hội đề ra là
        # 6,2%": the plan's own growth, named by the words of the plan the growth was compared with
        plan = last_plan_word(ctx.lower, last.cue_start, last.end, lexicon)  # the comparison's base
        return plan.start() if plan is not None else _NO_PLAN
    return _NO_PLAN if _growth_benchmark(lexicon).search(clause) is not None else None


def _plan_name(ctx: Context, start: int, end: int, lexicon: Lexicon) -> str:
    """ "mục tiêu Chính phủ giao (": the plan's words up to its level, without the mark or copula before it."""
    m = _plan_level(lexicon).search(ctx.lower, start, end)
    return capitalise(" ".join(ctx.text[start : m.start() if m else end].split()))


_CLAUSE_MARK = re.compile(r"[,;:(]")


@functools.cache
def _rate_word(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("comparisons", "rate_words")))


@functools.cache
def _plan_level(lexicon: Lexicon) -> re.Pattern[str]:
    """The end of a plan's words right before its level: "(", "là"."""
    return re.compile(rf"(?:\(|(?<!\w){alt(lexicon.words('comparisons', 'previous_word'))})[ ]*$")


@functools.cache
def _range_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(["-", "–", *lexicon.words("comparisons", "range_words")])


def _unrated(d: Draft, ctx: Context, lexicon: Lexicon) -> str:
    """The name of a percent read as a level, without the rate's noun put before it ("Tỷ lệ thấp hơn ...") when its
    words do not write it."""
    noun = lexicon.mapping("measures", "measures").get("%", "")
    name = d.indicator
    if not noun or not name.lower().startswith(noun + " ") or noun in ctx.lower[d.clause_lo : d.anchor.start]:
        return name
    return capitalise(name[len(noun) + 1 :])


_GROUP_REACH = 100  # characters before a threshold where the group of places it picks out is looked for


@functools.cache
def _threshold_before(lexicon: Lexicon) -> re.Pattern[str]:
    """ "trên ", "dưới ", "từ ", "từ 7,0% - " (a range's upper end) right before a number."""
    w = lexicon.words
    low = rf"\d[\d.,]*[ ]*%?[ ]*(?:[-–]|{alt(w('comparisons', 'range_words'))})[ ]*"
    return re.compile(rf"(?<!\w){alt(w('comparisons', 'growth_thresholds'))}[ ]+(?:{low})?$")


@functools.cache
def _places_group(lexicon: Lexicon) -> re.Pattern[str]:
    """ "các địa phương", "nhóm tỉnh", "5 tỉnh", "6/34 tỉnh, thành phố": places counted or grouped, then (with no
    figure) a growth word."""
    w = lexicon.words
    marker = rf"(?:{alt(w('comparisons', 'place_group_markers'))}|\d+)"
    return re.compile(
        rf"(?<!\w){marker}[ ]+{alt(w('comparisons', 'place_group_nouns'))}(?!\w)[^\d;.]*?"
        rf"(?<!\w){alt(w('comparisons', 'threshold_growth_words'))}(?!\w)[^\d;.]*$"
    )


def is_places_growth_threshold(lower: str, floor: int, start: int, lexicon: Lexicon) -> bool:
    """ "Phần lớn các địa phương có tốc độ tăng trưởng trên 7%", "Nhóm 5 địa phương tăng trưởng thấp nhất, dưới 7%",
    "một trong 6 tỉnh, thành phố tăng GRDP trên 10%", "Nhóm tỉnh có tăng trưởng từ 7,0% - 10%": a growth after a
    threshold's word, of a group of places, says which places are meant (a ranking's band): no figure."""
    lo = max(floor, start - _GROUP_REACH)
    m = _threshold_before(lexicon).search(lower, max(lo, start - 40), start)
    if m is None:
        return False  # most numbers: no threshold's word right before them
    return _places_group(lexicon).search(lower, lo, m.start()) is not None


_CLAUSE_GROWTH_REACH = 80  # characters before a percent where the growth's head that makes it a growth is looked for
_CLAUSE_GROWTH_CEILING = 100.0  # a percent this high or higher, said of a growth, is no growth a report states so
_PAIRED = "ratio:pair"  # "(13,86/9,15%)": two levels set side by side, each a level as written


@functools.cache
def _clause_growth(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A growth rate's head not followed by a demographic rate's tail ("tỷ lệ tăng dân số"); the words that make a
    percent after it something else (a rate, a share, a per-capita level, a contribution)."""
    w = lexicon.words
    tails = alt(w("comparisons", "level_rate_tails"))
    growth = re.compile(rf"{whole_words(w('comparisons', 'clause_growth_heads'))}(?![ ]+{tails}(?!\w))")
    blockers = [*w("comparisons", "growth_aggregate_blockers"), *w("comparisons", "rate_words")]
    return growth, re.compile(whole_words([*blockers, *w("comparisons", "share_verbs")]))


def clause_growths(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "tốc độ tăng GRDP của các địa phương dao động trong khoảng từ 5,84% đến 11,89%", "với mức tăng tháng 10 đạt
    36,46%, đưa mức tăng 10 tháng lên 34,16%": a percent read as a level, after a growth rate's head in its clause
    (no semicolon or colon between, no rate, share, per-capita or contribution word after the head), is that
    growth: a change with no level, its base the usual one (the same period a year before). Not a bare "tăng
    trưởng" ("động lực tăng trưởng", a verb of a change before), nor one of two levels set side by side."""
    growth, blocked = _clause_growth(lexicon)
    for d in drafts:
        if d.unit != "%" or d.value is None or d.comparisons or d.anchor.kind != "level" or d.total is not None:
            continue
        if not 0 < d.value < _CLAUSE_GROWTH_CEILING or _PAIRED in d.anchor.rules or _PAIRED in d.rules:
            continue
        lo = max(ctx.start, d.anchor.start - _CLAUSE_GROWTH_REACH)
        lo = max(lo, ctx.lower.rfind(";", lo, d.anchor.start) + 1, ctx.lower.rfind(":", lo, d.anchor.start) + 1)
        heads = list(growth.finditer(ctx.lower, lo, d.anchor.start))
        if not heads or blocked.search(ctx.lower, heads[-1].end(), d.anchor.start) is not None:
            continue
        change = replace(d.anchor, kind="comparison", comp_type="change_pct", comp_base=None, unit=None)
        change.rules = [*d.anchor.rules, "comparison:clause-growth"]
        d.anchor, d.value, d.unit = change, None, None
        d.comparisons.insert(0, change)
