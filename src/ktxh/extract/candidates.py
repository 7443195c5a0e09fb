"""The numbers of one sentence, read and classified, before they are grouped into facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from ktxh.model import Comparison

# Rules a fact carries that later steps look for (in `Draft.rules`, then `Fact.rules`).
TARGET_RULE = "target"  # a plan's level stated beside a figure ("(kế hoạch 1.260 tỷ đồng)"): see assemble.py
TARGET_NAME_RULE = "indicator:target"  # a figure named as a plan's or an aim's: see rules/indicator.py
AVERAGE_RULE = "comparison:average"  # a change of an average split off the month's figure: see assemble.py
ASIDE_RULE = "context:aside"  # a figure standing in parentheses that hold figures or a long aside: see engine.py


@dataclass
class Candidate:
    """One number of a sentence: a level ("1.040 tỷ đồng"), a comparison ("tăng 12%"),
    or the "from" value of "từ A xuống còn B". Positions are in the normalised text."""

    kind: str  # level | comparison | from | maybe (a pct_of with no base, or a level in percent)
    start: int  # the number
    end: int  # the end of what it consumed: unit, base
    value: float
    unit: str | None = None
    unit_end: int = 0
    unit_text: str = ""  # the unit as written, with any listed co-units: "xã, phường, thị trấn"
    total: float | None = None
    cue_start: int = 0  # where its verb starts (comparisons), else `start`
    comp_type: str = ""
    comp_base: str | None = None
    comp_unit: str | None = None
    share: bool = False  # "chiếm 24,3%": a share, which takes no comparison
    aside: bool = False  # "(23.600 tỷ đồng)": a figure alone in parentheses
    range_low: bool = False  # "tăng 14 - 16%": the lower bound, a fact apart from the upper
    front: tuple[int, int] = (0, 0)  # where a base written before the verb stands ("so với cùng kỳ ... tăng 5%")
    rules: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """A fact being built: its anchor candidate and the comparisons attached to it."""

    anchor: Candidate
    value: float | None
    unit: str | None
    total: float | None
    comparisons: list[Candidate] = field(default_factory=list)
    last_end: int = 0
    name_end: int = 0  # where the text naming it ends (the number, or the verb of a bare comparison)
    attached_after_gap: bool = False  # a comparison was attached across words ("..., đạt 100%")
    part_of: Draft | None = None
    indicator: str = ""
    pre_words: str = ""  # the words before the figure that went into its name
    after_words: str = ""  # the words after its unit that describe it
    after_end: int = 0  # where `after_words` end in the text
    clause_lo: int = 0  # where the words naming it begin
    head_words: str = ""  # the head noun its name starts with ("Diện tích"), for ellipsis
    period: str | None = None
    estimate: bool = False
    target: tuple[int, int] | None = None  # "(kế hoạch là 4%)": where the plan's words stand
    restates: Draft | None = None  # "90,04 triệu đồng, tương đương 3.602 USD": the figure this one restates
    aspect: str = ""  # "tăng 34,12% về sản lượng": what a change with no level measures, as written
    rules: list[str] = field(default_factory=list)

    def comparison_objects(self) -> tuple[Comparison, ...]:
        # a list, not a generator: built for every fact with a comparison
        return tuple(
            [
                Comparison(c.comp_type, c.comp_base or "same_period", c.value, _extra_unit(c, self.unit))
                for c in self.comparisons
            ]
        )


def _extra_unit(c: Candidate, fact_unit: str | None) -> str | None:
    """A change_abs keeps its own unit only when it differs from the fact's ("tăng 605 giáo viên")."""
    if c.comp_type != "change_abs" or not c.comp_unit or c.comp_unit == fact_unit:
        return None
    return c.comp_unit
