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
from ktxh.extract.rules.words import capitalise, last_word, whole_words

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
