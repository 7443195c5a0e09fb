"""Indicator names: the noun phrase before a figure, cleaned of reporting verbs and
period words, with ellipsis resolved.

- "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn" -> "Tổng sản lượng lương thực có hạt"
- a name that starts with no head noun ("Đã trồng 1.272 ha lạc") is built from what the unit
  measures, the words after the unit and the verb: "Diện tích lạc trồng";
  a counted noun gives "Số ...": "Đăng ký thành lập mới 46 doanh nghiệp" -> "Số doanh nghiệp ...".
- a part whose name starts with "khu vực", "ngành"... takes its whole's name first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ktxh.extract.candidates import Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.quantity import split_magnitude
from ktxh.extract.rules.words import alt, bounded

_MAX_AFTER_WORDS = 10
_TRIM = " \t\n-–,.;:()\"'…/+*"


@dataclass(frozen=True)
class _Patterns:
    leading: re.Pattern[str]
    trailing: re.Pattern[str]
    head: re.Pattern[str]
    part_head: re.Pattern[str]
    after_stop: re.Pattern[str]
    estimate: re.Pattern[str]
    measures: dict[str, str]
    count: str


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    w = lexicon.words
    return _Patterns(
        leading=re.compile(rf"^[\s{re.escape(_TRIM)}]*{alt(w('indicators', 'leading'))}(?!\w)"),
        trailing=re.compile(rf"(?<!\w){alt(w('indicators', 'trailing'))}[\s{re.escape(_TRIM)}]*$"),
        head=re.compile(bounded(alt(w("indicators", "heads")))),
        part_head=re.compile(rf"^{alt(w('indicators', 'part_heads'))}(?!\w)"),
        after_stop=re.compile(bounded(alt(w("indicators", "after_stops")))),
        estimate=re.compile(bounded(alt(w("indicators", "estimate")))),
        measures=lexicon.mapping("measures", "measures"),
        count=lexicon.data["measures"]["count"],
    )


@dataclass(frozen=True)
class Context:
    """The sentence a fact stands in: normalised text, lower case, and clause boundaries."""

    text: str
    lower: str
    start: int
    end: int
    boundaries: tuple[int, ...]  # positions just after a clause boundary
    blanks: tuple[tuple[int, int], ...]  # period phrases, left out of names


def is_estimate(d: Draft, ctx: Context, floor: int, lexicon: Lexicon) -> bool:
    """"ước đạt", "ước tính", "ước" in the words naming the fact."""
    return _patterns(lexicon).estimate.search(ctx.lower, floor, d.name_end) is not None


def clause_start(d: Draft, prev: Draft | None, ctx: Context) -> int:
    """Where the words naming `d` begin: after the last boundary or the previous fact."""
    start = ctx.start
    for b in ctx.boundaries:
        if b <= d.name_end:
            start = max(start, b)
    if prev is not None and prev.last_end <= d.name_end:
        start = max(start, prev.last_end)
    return start


def name_fact(d: Draft, prev: Draft | None, ctx: Context, lexicon: Lexicon) -> tuple[str, str]:
    """The indicator name of `d` and the naming rule used."""
    p = _patterns(lexicon)
    lo, hi = _strip(p, ctx, clause_start(d, prev, ctx), d.name_end)
    head = p.head.search(ctx.lower, lo, hi)
    pre = _words(ctx, head.start() if head else lo, hi)
    rule = "indicator:head" if head else "indicator:verb"
    if not head and d.value is not None:
        pre = " ".join(x for x in (_unit_noun(p, d.unit), _after_unit(p, d, ctx), pre) if x)
        rule = "indicator:unit"
    if d.part_of is not None and (not pre or p.part_head.match(pre.lower())):
        pre = f"{d.part_of.indicator} {pre}".strip()
        rule = "indicator:part"
    if not pre and prev is not None:
        pre, rule = prev.indicator, "indicator:previous"
    return _capitalise(pre), rule


def _strip(p: _Patterns, ctx: Context, lo: int, hi: int) -> tuple[int, int]:
    """Move lo/hi past leading connectors and before trailing reporting verbs."""
    blanked = _blanked(ctx, lo, hi)
    changed = True
    while changed and lo < hi:
        changed = False
        m = p.leading.match(blanked, lo - lo, hi - lo)
        if m and m.end() > 0:
            blanked, lo, changed = blanked[m.end() :], lo + m.end(), True
        m = p.trailing.search(blanked)
        if m:
            blanked, hi, changed = blanked[: m.start()], lo + m.start(), True
        stripped = len(blanked) - len(blanked.lstrip(_TRIM))
        if stripped:
            blanked, lo, changed = blanked[stripped:], lo + stripped, True
    return lo, hi


def _blanked(ctx: Context, lo: int, hi: int) -> str:
    """lower[lo:hi] with period phrases turned to spaces (same length)."""
    chars = list(ctx.lower[lo:hi])
    for s, e in ctx.blanks:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def _words(ctx: Context, lo: int, hi: int) -> str:
    """The original-case words of text[lo:hi], period phrases left out."""
    chars = list(ctx.text[lo:hi])
    for s, e in ctx.blanks:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = " "
    return " ".join("".join(chars).split()).strip(_TRIM)


def _unit_noun(p: _Patterns, unit: str | None) -> str:
    """"ha" -> "diện tích"; "doanh nghiệp" -> "số doanh nghiệp"."""
    if not unit:
        return ""
    _, base = split_magnitude(unit)
    root = base.split("/")[0].split(".")[0]
    if root in p.measures:
        return p.measures[root]
    return f"{p.count} {base}" if base else ""


def _after_unit(p: _Patterns, d: Draft, ctx: Context) -> str:
    """The words describing a counted noun: "ha [lạc]", "trường [đạt chuẩn quốc gia]"."""
    lo = d.anchor.unit_end
    hi = ctx.end
    for b in ctx.boundaries:
        if b > lo:
            hi = min(hi, b - 1)
            break
    stop = p.after_stop.search(ctx.lower, lo, hi)
    if stop:
        hi = stop.start()
    digit = re.search(r"\d", ctx.lower[lo:hi])
    if digit:
        hi = lo + digit.start()
    words = _words(ctx, lo, hi).split()
    return " ".join(words[:_MAX_AFTER_WORDS])


def _capitalise(name: str) -> str:
    return name[:1].upper() + name[1:] if name else name
