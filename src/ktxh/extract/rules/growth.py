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
from ktxh.extract.rules.sentence import Context
from ktxh.extract.rules.words import capitalise, is_place_name, last_word, whole_words

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
