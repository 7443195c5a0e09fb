"""Parts and wholes: after "trong đó" the figures are parts of the figure before it
("... 172,4 tỷ đồng ..., trong đó: Khu vực kinh tế nhà nước đạt 26,4 tỷ đồng").
Inside parentheses "(trong đó: ...)" the parts end at the closing parenthesis;
otherwise at the end of the sentence. A later, nested "trong đó" wins for its span."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ktxh.extract.candidates import TARGET_RULE, Draft
from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.rules.quantity import measure_of
from ktxh.extract.rules.words import whole_words


@functools.cache
def parts_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("indicators", "parts")))


def part_markers(lower: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each "trong đó" of the span."""
    return [(m.start(), m.end()) for m in parts_pattern(lexicon).finditer(lower, start, end)]


def link_parts(
    drafts: list[Draft],
    lower: str,
    start: int,
    end: int,
    markers: Sequence[tuple[int, int]],
    lexicon: Lexicon | None = None,
) -> None:
    """Set `part_of` on each fact that a "trong đó" makes a part of an earlier fact.

    One sweep over the facts in text order: a marker opens a scope when passed, a parenthesised
    one closes at its ")"; a fact belongs to the innermost open scope. `markers`: `part_markers` of the span.
    A level of another measure is no part ("diện tích 55,3 ngàn ha, năng suất đạt 55,74 tạ/ha": a yield is
    no part of an area), though it stays in the scope."""
    lex = lexicon or default_lexicon()
    scopes: list[tuple[int, Draft | None]] = []  # (stop, whole), innermost last
    last_whole: Draft | None = None
    i = 0
    for d in drafts:
        while i < len(markers) and markers[i][1] <= d.anchor.start:
            scopes.append((_scope_end(lower, start, markers[i][0], markers[i][1], end), last_whole))
            i += 1
        while scopes and scopes[-1][0] <= d.anchor.start:
            scopes.pop()
        whole = scopes[-1][1] if scopes else None
        if (
            whole is not None
            and whole is not d
            and not _other_measure(d, whole, lex)
            and not _change_of_member(d, whole)
            and not _change_of_counted(d, whole, lex)
        ):
            d.part_of = whole
            d.rules.append("parts")
        if _can_be_whole(d):
            last_whole = d


def _other_measure(d: Draft, whole: Draft, lexicon: Lexicon) -> bool:
    """Both levels in units of a measure ("ha": area, "tạ/ha": yield), and not of the same one."""
    if d.value is None or whole.value is None:
        return False
    mine, its = measure_of(d.unit, lexicon), measure_of(whole.unit, lexicon)
    return mine is not None and its is not None and mine != its


def _change_of_member(d: Draft, whole: Draft) -> bool:
    """ "tăng tại 9/11 nhóm hàng, trong đó: nhóm giao thông tăng 1,2%": a percent change after a count of ratios
    ("9/11") is a member's change, no part of the count."""
    return d.value is None and whole.total is not None and whole.unit != "%"


def _change_of_counted(d: Draft, whole: Draft, lexicon: Lexicon) -> bool:
    """ "6 địa phương có GRDP tăng 2 chữ số gồm: Bắc Giang (13,89%), ...": a percent change with no level after a
    count of things (no measure: "địa phương", not "ha" or "tỷ đồng") is one of them's change, no part of the count."""
    if d.value is not None or not d.comparisons or any(c.comp_type != "change_pct" for c in d.comparisons):
        return False
    return whole.unit not in (None, "%") and whole.total is None and measure_of(whole.unit, lexicon) is None


def _can_be_whole(d: Draft) -> bool:
    # a share ("chiếm 24,3%") or a contribution ("đóng góp 7,18 điểm phần trăm") is no whole; nor is a plan stated
    # beside a figure ("... ước đạt 3,8% (NQ 2,11%); trong đó nông nghiệp tăng 5,39%": the parts are the figure's)
    if TARGET_RULE in d.rules:
        return False
    return d.value is not None and not d.anchor.share and "contribution" not in d.anchor.rules


def _scope_end(lower: str, floor: int, m_start: int, m_end: int, end: int) -> int:
    """The closing parenthesis when the marker opens a parenthesis, else the sentence end."""
    before = lower[max(floor, m_start - 3) : m_start].rstrip()
    if not before.endswith("("):
        return end
    close = lower.find(")", m_end, end)
    return end if close < 0 else close
