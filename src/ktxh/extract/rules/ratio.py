"""Ratios "X/Y": "46/93 xã" is value 46, total 93. Dates ("15/9/2012", "tháng 9/2012",
"31/8") are not ratios; the caller drops them."""

from __future__ import annotations

import re

from ktxh.extract.rules.words import YEAR

# "46/93", "2.761,11 /2.945,0 ha", "500 / 600 ha": a space may stand on either side of the slash; the unit may be
# written against the second ("40/38ha")
_SLASH_NUMBER = re.compile(r"[ ]?/[ ]?(\d+(?:[.,]\d+)*)(?![\d/])")


def slash_number(text: str, end: int) -> tuple[str, int] | None:
    """The "Y" of "X/Y" right after a number ending at `end`: (Y as written, where it ends). Only the caller
    knows whether a slash follows (one look at one character, for every number): it asks then."""
    m = _SLASH_NUMBER.match(text, end)
    return None if m is None else (m.group(1), m.end())


def looks_like_date(first: float, second: str, has_unit_after: bool) -> bool:
    """ "9/2012" and "31/8" are dates; "46/93 xã" and "6/7 huyện" are ratios."""
    if not first.is_integer():
        return False
    if YEAR.fullmatch(second):
        return 1 <= first <= 12 or not has_unit_after
    return not has_unit_after and 1 <= first <= 31 and second.isdigit() and 1 <= int(second) <= 12
