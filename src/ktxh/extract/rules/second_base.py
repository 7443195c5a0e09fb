"""One change stated against two bases: "cùng giảm 0,19 điểm phần trăm so với quý trước và so với cùng kỳ năm
trước" is the same change against each (two comparisons of the one figure)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ktxh.extract.candidates import Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import CHANGES, base_at
from ktxh.extract.rules.words import word_alt


@functools.cache
def _joiner(lexicon: Lexicon) -> re.Pattern[str]:
    """ " và ", ", cũng như ": what joins a second base right after the first."""
    return re.compile(rf"[ ]*,?[ ]*{word_alt(lexicon.words('comparisons', 'base_joiners'))}[ ]+")


_CLAUSE_END = re.compile(r"[ ]*(?:[,;.:)]|$)")


def second_bases(drafts: list[Draft], lower: str, end: int, lexicon: Lexicon) -> None:
    """A change whose base is followed by a joiner and another base that ends the clause ("so với quý trước và so với
    cùng kỳ năm trước;") is that change against the second base too: no figure of its own follows it."""
    for d in drafts:
        if not d.comparisons:
            continue
        c = d.comparisons[-1]
        if c.comp_type not in CHANGES or c.comp_base is None or c.end >= end:
            continue
        j = _joiner(lexicon).match(lower, c.end, end)
        if j is None:
            continue  # most changes: one match at the base's end
        second = base_at(lower, j.end(), end, lexicon)
        if second is None or second[0] == c.comp_base or second[0] == "other":
            continue
        if _CLAUSE_END.match(lower, second[1], end) is None:
            continue  # "so với tháng trước và so với cùng kỳ tăng 7%": the second base is the next change's
        d.comparisons.append(replace(c, comp_base=second[0], rules=[*c.rules, "comparison:second-base"]))
