"""Numbers and dates in Vietnamese format, through Babel.

"1.040,5" for a number (dot for thousands, comma for decimals), "13,16%" for a
percent. A stated number keeps every decimal the source gave; a
number we compute is rounded to two. Nothing here rounds a stated figure away.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

LOCALE = "vi_VN"
# Babel's pattern: grouping, and up to three decimals shown only when present
_STATED = "#,##0.######"
_COMPUTED = "#,##0.##"


def format_number(value: float, *, computed: bool = False) -> str:
    """`1040.5` -> "1.040,5"; every decimal stated figures, two for computed ones."""
    if not math.isfinite(value):
        raise ValueError(f"cannot format {value!r} as a Vietnamese number")
    pattern = _pattern(_COMPUTED if computed else _STATED)
    return str(pattern.apply(_clean(value), _locale()))


# format_decimal parses the locale and the pattern on every call: a report formats ~900 numbers
@lru_cache(maxsize=1)
def _locale() -> Locale:
    return Locale.parse(LOCALE)


@lru_cache(maxsize=4)
def _pattern(text: str) -> NumberPattern:
    return parse_pattern(text)


def format_percent(value: float, *, computed: bool = False) -> str:
    """A percent already scaled to 100: `13.16` -> "13,16%"."""
    return f"{format_number(value, computed=computed)}%"


def format_times(pct_change_or_ratio: float) -> str:
    """A multiple as officers write it: `3.85` -> "3,85" (two decimals at most)."""
    return format_number(round(pct_change_or_ratio, 2), computed=True)


def scale(value: float, unit: str, magnitudes: list[tuple[float, str]]) -> tuple[float, str]:
    """A computed large figure in the biggest magnitude word that fits ("tỷ đồng" for 2.1e9 đồng)."""
    for factor, word in magnitudes:
        if abs(value) >= factor:
            return value / factor, f"{word} {unit}"
    return value, unit


def format_date(day: dt.date, template: str, place: str) -> str:
    """The Nghị định 30 date line, with a leading zero on days below 10 and on months 1 and 2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return template.format(place=place, day=f"{day.day:02d}", month=month, year=day.year)


def _clean(value: float) -> float | int:
    """Floats read from a database carry binary noise (45.099999...): round it off at 9 decimals."""
    rounded = round(float(value), 9)
    return int(rounded) if rounded.is_integer() else rounded
