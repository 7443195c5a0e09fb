"""An economy's level and its growth in one clause: "GRDP ... đạt 8.718 tỷ đồng, tốc độ tăng trưởng GRDP tăng 6,1% so
với cùng kỳ", "tổng sản phẩm ... đạt 9665 tỷ đồng, tốc độ tăng trưởng nền kinh tế đạt 7,8% so với cùng kỳ": the growth
named right after the level is that level's growth, one figure (the sets' convention), not a fact with no level."""

from __future__ import annotations

import functools
from dataclasses import replace

from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import CHANGES, TIME_BASES
from ktxh.model import Fact


@functools.cache
def _words(lexicon: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(the aggregates' names, the growth's heads, what a growth may name besides the aggregate), longest first."""

    def longest(file: str, key: str) -> tuple[str, ...]:
        return tuple(sorted(lexicon.words(file, key), key=len, reverse=True))

    return (
        longest("indicators", "aggregates"),
        longest("comparisons", "economy_growth_heads"),
        longest("comparisons", "economy_growth_subjects"),
    )


def fold_level_growths(found: list[Fact], lexicon: Lexicon) -> list[Fact]:
    """Of a sentence's facts, a change with no level named by a growth's head alone, or by the head and the
    economy's or the level's own name, right after an aggregate's level (not in "%") with no change of its own,
    is that level's growth; the parts that pointed to the change point to the level."""
    out: list[Fact] = []
    moved: dict[int, int] = {}  # the growth's offset -> the level's
    for f in found:
        level = out[-1] if out else None
        if level is None or not _growth_of(level, f, lexicon):
            out.append(f)
            continue
        out[-1] = replace(level, comparisons=level.comparisons + f.comparisons, rules=(*level.rules, "fold:growth"))
        moved[f.offset] = level.offset
    # the parts written after the growth were linked to it: they are the level's
    return [replace(x, part_of=moved[x.part_of]) if x.part_of in moved else x for x in out]


def _growth_of(level: Fact, f: Fact, lexicon: Lexicon) -> bool:
    """`f` is the growth of `level` (see `fold_level_growths`)."""
    if level.value is None or level.unit in (None, "%") or level.part_of is not None:
        return False
    if f.value is not None or not f.comparisons or f.part_of is not None:
        return False
    if not all(c.type == "change_pct" and c.base in TIME_BASES for c in f.comparisons):
        return False
    if any(c.type in CHANGES for c in level.comparisons):
        return False  # its growth already given: "đạt 8.718 tỷ đồng, tăng 6,1%, tốc độ tăng trưởng ..." is another
    if f.period is not None and level.period is not None and f.period != level.period:
        return False
    levels, heads, subjects = _words(lexicon)
    name = level.indicator.lower()
    if not name.startswith(levels):
        return False
    growth = f.indicator.lower()
    head = next((h for h in heads if growth == h or growth.startswith(h + " ")), None)
    if head is None:
        return False
    rest = growth[len(head) :].strip()
    return not rest or rest == name or rest in subjects
