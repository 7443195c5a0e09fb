"""Plain types that cross stages: facts read from text, findings of the checks.

These are frozen dataclasses with no behaviour beyond conversion to and from the
facts format (see docs/facts-format.md); every stage may import them.
"""

from __future__ import annotations

import inspect
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal

ComparisonType = Literal["pct_of", "change_pct", "change_abs", "change_pp", "previous"]
ComparisonBase = Literal["plan", "same_period", "prev_year_end", "prev_period", "other"]
Severity = Literal["error", "warning", "info"]

COMPARISON_TYPES: tuple[str, ...] = ("pct_of", "change_pct", "change_abs", "change_pp", "previous")
COMPARISON_BASES: tuple[str, ...] = ("plan", "same_period", "prev_year_end", "prev_period", "other")


# Fact and Comparison are built for every figure of a report. A frozen dataclass's generated __init__
# sets each field through object.__setattr__; theirs, written out below, fill the instance's __dict__
# in one step (2-3x faster). Their parameters must stay the fields, in order, with the same defaults:
# _check_init enforces it when the module loads.


@dataclass(frozen=True, init=False)
class Comparison:
    """What the text says about a figure against a base: "bằng 51% kế hoạch"."""

    type: str
    base: str
    value: float
    unit: str | None = None

    def __init__(self, type: str, base: str, value: float, unit: str | None = None) -> None:
        d = self.__dict__
        d["type"], d["base"], d["value"], d["unit"] = type, base, value, unit

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "base": self.base, "value": _num(self.value)}
        if self.unit:
            out["unit"] = self.unit
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Comparison:
        return cls(str(data["type"]), str(data["base"]), float(data["value"]), data.get("unit"))


@dataclass(frozen=True, init=False)
class Fact:
    """One figure read out of a report, in the facts format.

    `offset` counts code points of the raw decoded text (no normalisation).
    `value` is the level as written (unit not applied), None when only a change is given.
    `value_kind` is "estimate" for "ước ...", "actual" otherwise; it is not part of the
    interchange format's scored fields but travels with it.
    """

    offset: int
    indicator: str
    value: float | None
    unit: str | None
    comparisons: tuple[Comparison, ...] = ()
    total: float | None = None
    period: str | None = None
    part_of: int | None = None
    value_kind: str | None = None
    sentence: str | None = None
    rules: tuple[str, ...] = field(default=(), compare=False)

    def __init__(
        self,
        offset: int,
        indicator: str,
        value: float | None,
        unit: str | None,
        comparisons: tuple[Comparison, ...] = (),
        total: float | None = None,
        period: str | None = None,
        part_of: int | None = None,
        value_kind: str | None = None,
        sentence: str | None = None,
        rules: tuple[str, ...] = (),
    ) -> None:
        self.__dict__.update(
            offset=offset,
            indicator=indicator,
            value=value,
            unit=unit,
            comparisons=comparisons,
            total=total,
            period=period,
            part_of=part_of,
            value_kind=value_kind,
            sentence=sentence,
            rules=rules,
        )

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "offset": self.offset,
            "indicator": self.indicator,
            "value": _num(self.value),
            "unit": self.unit,
        }
        if self.total is not None:
            out["total"] = _num(self.total)
        out["comparisons"] = [c.to_json() for c in self.comparisons]
        if self.period:
            out["period"] = self.period
        if self.part_of is not None:
            out["part_of"] = self.part_of
        if self.value_kind:
            out["value_kind"] = self.value_kind
        if explain:
            out["rules"] = list(self.rules)
            if self.sentence:
                out["sentence"] = self.sentence
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fact:
        value = data.get("value")
        total = data.get("total")
        return cls(
            offset=int(data["offset"]),
            indicator=str(data.get("indicator") or ""),
            value=None if value is None else float(value),
            unit=data.get("unit"),
            comparisons=tuple(Comparison.from_json(c) for c in data.get("comparisons") or []),
            total=None if total is None else float(total),
            period=data.get("period"),
            part_of=data.get("part_of"),
            value_kind=data.get("value_kind"),
            sentence=data.get("sentence"),
        )


def _check_init(cls: type) -> None:
    """Raise unless the hand-written __init__ of dataclass `cls` takes its fields, in order, with their
    defaults (what the generated one would take; from_json and dataclasses.replace rely on it)."""
    params = list(inspect.signature(cls).parameters.values())
    got = [(p.name, MISSING if p.default is p.empty else p.default) for p in params]
    if got != [(f.name, f.default) for f in fields(cls)]:
        raise TypeError(f"{cls.__name__}.__init__ does not take the fields of {cls.__name__}")


_check_init(Comparison)
_check_init(Fact)


@dataclass(frozen=True)
class Diagnostic:
    """Something the extractor noticed but could not turn into a fact (never an exception)."""

    offset: int
    message: str
    rule: str = ""


@dataclass(frozen=True)
class Finding:
    """One result of a check: what does not add up, where, and by how much."""

    rule: str
    severity: str
    message: str
    offsets: tuple[int, ...] = ()
    expected: float | None = None
    actual: float | None = None
    section: str | None = None
    sentence: str | None = None
    observation_ids: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "offsets": list(self.offsets),
            "expected": _num(self.expected),
            "actual": _num(self.actual),
            "section": self.section,
            "sentence": self.sentence,
            "observation_ids": list(self.observation_ids),
        }


def _num(x: float | None) -> float | int | None:
    """Integers print as integers in JSON ("1040", not "1040.0")."""
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return float(x)
