"""Rounding tolerance from how a figure is written, and interval arithmetic on it.

A figure written "46,9" may be anything from 46,85 to 46,95: half a unit of its last
written digit. Arithmetic on such figures is done on intervals, so a sum, a ratio or a
difference carries the rounding of every figure in it; two results contradict each
other only when their intervals do not meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the number at the start of a figure as written: digits with "." thousands and "," decimals
_WRITTEN_NUMBER = re.compile(r"\d[\d.,]*")


@dataclass(frozen=True)
class Interval:
    """A value known to lie in [lo, hi]; `mid` is the value as written."""

    lo: float
    mid: float
    hi: float

    @classmethod
    def exact(cls, x: float) -> Interval:
        return cls(x, x, x)

    @classmethod
    def around(cls, x: float, half_width: float) -> Interval:
        return cls(x - half_width, x, x + half_width)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.mid + other.mid, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.mid - other.mid, self.hi - other.lo)

    def scale(self, k: float) -> Interval:
        """Multiplied by a constant (a unit's magnitude, a percent as a fraction)."""
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), self.mid * k, max(a, b))

    def divide(self, other: Interval) -> Interval | None:
        """self / other; None when `other` may be zero (no ratio can be inferred)."""
        if other.lo <= 0 <= other.hi:
            return None
        corners = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(corners), self.mid / other.mid, max(corners))

    def meets(self, other: Interval) -> bool:
        """True when the two intervals share a point: the figures may agree once rounding is allowed."""
        return self.lo <= other.hi + _EPS and other.lo <= self.hi + _EPS

    def gap(self, other: Interval) -> float:
        """How far apart the written values are (other - self)."""
        return other.mid - self.mid


def closeness(computed: Interval, stated: Interval) -> str:
    """How a computed value stands to a stated one.

    "apart": the intervals do not meet, a contradiction beyond rounding; "exact": the stated
    figure's own rounding covers the computed value; "close": only the rounding of the figures
    the value was computed from brings them together (worth an info).
    """
    if not computed.meets(stated):
        return "apart"
    if abs(computed.mid - stated.mid) <= stated.hi - stated.mid + _EPS:
        return "exact"
    return "close"


# floating-point slack so that 0.1 + 0.2 meets 0.3
_EPS = 1e-9


def decimals_written(written: str) -> int:
    """Digits after the decimal comma of a number as written: "46,9" -> 1, "1.062" -> 0."""
    match = _WRITTEN_NUMBER.match(written.strip())
    if not match:
        return 0
    token = match.group(0).rstrip(".,")
    if "," not in token:
        return 0
    return len(token.rsplit(",", 1)[1])


def decimals_of(value: float) -> int:
    """Digits after the point of a value when nothing says how it was written: 239.6 -> 1."""
    text = repr(float(value))
    if "e" in text or text.endswith(".0"):
        return 0
    return len(text.split(".", 1)[1])


def half_unit(decimals: int) -> float:
    """Half a unit of the last written digit: 0 decimals -> 0.5, 1 -> 0.05."""
    return 0.5 * 10.0 ** (-decimals)


def written_interval(value: float, written: str | None = None) -> Interval:
    """The interval a written value stands for, from its written form where known."""
    decimals = decimals_written(written) if written else decimals_of(value)
    return Interval.around(value, half_unit(decimals))


def written_at(text: str, offset: int) -> str | None:
    """The number written at `offset` of a text, as written ("1.062", "46,9"), or None."""
    match = _WRITTEN_NUMBER.match(text, offset)
    return match.group(0) if match else None
