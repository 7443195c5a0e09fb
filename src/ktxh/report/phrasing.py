"""The house sentences: "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn, bằng 51% kế hoạch, ...".

The words live in templates/phrases.vi.yaml; this module only chooses which phrase
fits a value (below, at or above the plan; up, down, or a multiple) and fills it.
`figure_sentence` returns the sentence and where its anchor number starts, so the
writers can say where each stored figure stands in the text they write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ktxh.errors import ReportError
from ktxh.model import Comparison
from ktxh.report.vi_format import format_number, format_percent, format_times

PHRASES_FILE = Path(__file__).resolve().parent / "templates" / "phrases.vi.yaml"
# libyaml's safe loader when PyYAML was built with it: ten times the pure-Python one
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_REQUIRED = {
    "verbs", "bases", "pct_of", "change_pct", "change_abs", "change_pp", "previous",
    "from_to", "parts_intro", "flag_mark", "magnitudes", "unit_display", "date_line",
    "verb_by_figure", "family_join", "against",
}  # fmt: skip


@dataclass(frozen=True)
class Sentence:
    """A written sentence and the index of its anchor number (the level, else the first comparison)."""

    text: str
    anchor: int


@dataclass(frozen=True)
class FigureText:
    """What a sentence says about one figure, before it is worded."""

    name: str
    value: float | None
    unit: str | None
    value_kind: str
    comparisons: tuple[Comparison, ...] = ()
    total: float | None = None
    period: str | None = None  # named only when it is not the report's period
    # (type, base) of changes whose base the sentence leaves to the whole it is a part of
    inherited: frozenset[tuple[str, str]] = frozenset()

    @property
    def subject(self) -> str:
        """The name, with the figure's own period after it when it has one: "Tổng thu ... 8 tháng đầu năm 2012"."""
        return f"{self.name} {self.period}" if self.period else self.name


@lru_cache(maxsize=4)
def load_phrases(path: Path = PHRASES_FILE) -> dict[str, Any]:
    """The phrase data, checked for its keys once."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ReportError(f"cannot read phrase data: {exc}", where=str(path)) from exc
    missing = _REQUIRED - set(data or {})
    if missing:
        raise ReportError(f"phrase data lacks {', '.join(sorted(missing))}", where=str(path))
    return dict(data)


def display_unit(unit: str | None, phrases: dict[str, Any]) -> str:
    """The unit as printed ("triệu usd" -> "triệu USD"); "" for none."""
    if not unit:
        return ""
    return str(phrases["unit_display"].get(unit, unit))


def format_level(value: float, unit: str | None, phrases: dict[str, Any], total: float | None = None) -> str:
    """ "83.992 tấn", "45,1%", "166/202 vụ": a level with its unit as the source wrote it."""
    number = format_number(value)
    if total is not None:
        number = f"{number}/{format_number(total)}"
    shown = display_unit(unit, phrases)
    if not shown:
        return number
    return f"{number}{shown}" if shown.startswith("%") else f"{number} {shown}"


def base_word(base: str, phrases: dict[str, Any]) -> str:
    return str(phrases["bases"].get(base, phrases["bases"]["other"]))


def pct_of_phrase(c: Comparison, phrases: dict[str, Any], alone: bool = False) -> str:
    """ "bằng 51% kế hoạch", "đạt kế hoạch", "vượt kế hoạch 4%", "vượt kế hoạch 2,3 lần".

    `alone`: the figure has no level, so "đạt 100% kế hoạch" keeps a number in the sentence.
    """
    p = phrases["pct_of"]
    base = base_word(c.base, phrases)
    if abs(c.value - 100) < 1e-9:
        return str(p["equal_alone" if alone else "equal"]).format(base=base)
    if c.value < 100:
        return str(p["below"]).format(pct=format_number(c.value), base=base)
    if c.value >= float(p["times_from"]):
        return str(p["times"]).format(times=format_times(c.value / 100), base=base)
    return str(p["above"]).format(pct=format_number(c.value - 100), base=base)


def change_pct_phrase(c: Comparison, phrases: dict[str, Any], inherited: bool = False) -> str:
    """ "tăng 12% so với ...", "giảm 5,7% so với ...", "tăng gấp 3,85 lần so với ..."."""
    p = phrases["change_pct"]
    base = base_word(c.base, phrases)
    if c.value >= float(p["times_from"]):
        times = format_times(1 + c.value / 100)
        return str(p["times"]).format(times=times, base=base, against=_against(base, phrases, inherited))
    return _signed(p, c.value, base, pct=format_number(abs(c.value)), against=_against(base, phrases, inherited))


def _against(base: str, phrases: dict[str, Any], inherited: bool) -> str:
    """ " so với cùng kỳ năm trước", or nothing when the whole's sentence already says it."""
    return "" if inherited else str(phrases["against"]).format(base=base)


def change_abs_phrase(c: Comparison, unit: str | None, phrases: dict[str, Any], inherited: bool = False) -> str:
    """ "tăng 244 tấn so với cùng kỳ năm trước": the change in its own unit, else the figure's."""
    shown = display_unit(c.unit or unit, phrases)
    base = base_word(c.base, phrases)
    return _signed(phrases["change_abs"], c.value, base, amount=format_number(abs(c.value)), unit=shown,
                   against=_against(base, phrases, inherited)).replace("  ", " ").rstrip()  # fmt: skip


def change_pp_phrase(c: Comparison, phrases: dict[str, Any], inherited: bool = False) -> str:
    """ "giảm 18 điểm phần trăm so với cùng kỳ năm trước"."""
    base = base_word(c.base, phrases)
    against = _against(base, phrases, inherited)
    return _signed(phrases["change_pp"], c.value, base, amount=format_number(abs(c.value)), against=against)


def previous_phrase(c: Comparison, unit: str | None, phrases: dict[str, Any]) -> str:
    """ "(cùng kỳ năm trước là 62,9%)"."""
    return str(phrases["previous"]).format(
        base=base_word(c.base, phrases), previous=format_level(c.value, unit, phrases)
    )


def _signed(p: dict[str, Any], value: float, base: str, **fill: str) -> str:
    key = "up" if value > 0 else "down" if value < 0 else "same"
    return str(p[key]).format(base=base, **fill)


def comparison_phrase(
    c: Comparison, unit: str | None, phrases: dict[str, Any], alone: bool = False, inherited: bool = False
) -> str:
    """The phrase of one stated comparison (`alone`: of a figure with no level; `inherited`: its
    base is said by the whole the figure is a part of)."""
    if c.type == "pct_of":
        return pct_of_phrase(c, phrases, alone)
    if c.type == "change_pct":
        return change_pct_phrase(c, phrases, inherited)
    if c.type == "change_abs":
        return change_abs_phrase(c, unit, phrases, inherited)
    if c.type == "change_pp":
        return change_pp_phrase(c, phrases, inherited)
    return previous_phrase(c, unit, phrases)


def figure_sentence(fig: FigureText, phrases: dict[str, Any] | None = None) -> Sentence:
    """The house sentence of one figure, without the final full stop."""
    phrases = phrases or load_phrases()
    from_to = _from_to(fig, phrases)
    if from_to is not None:
        return from_to
    head = fig.subject
    anchor = -1
    if fig.value is not None:
        level = format_level(fig.value, fig.unit, phrases, fig.total)
        counted = _count_first(fig, phrases)
        if counted is not None:
            verb, what = counted
            head = f"{verb[:1].upper()}{verb[1:]} "
            anchor = len(head)
            head += f"{level} {what}"
        else:
            verb = figure_verb(fig, phrases)
            head = f"{fig.subject} {verb} " if verb else f"{fig.subject} "
            anchor = len(head)
            head += level
    return _with_comparisons(head, anchor, fig, phrases)


def figure_verb(fig: FigureText, phrases: dict[str, Any]) -> str:
    """The verb before a level: none when the name says what was done or is of an adverse event,
    else the value kind's ("đạt", "ước đạt", "theo kế hoạch")."""
    rules = phrases["verb_by_figure"]
    last_word = fig.subject.rsplit(" ", 1)[-1].lower()
    if (
        fig.value_kind in rules["for_kinds"]
        and not last_word[-1:].isdigit()
        and last_word not in rules["keep_verb_after"]
    ):
        name = f" {fig.name.lower()} "
        if any(name.rstrip().endswith(f" {w}") for w in rules["no_verb_endings"]):
            return ""
        if any(f" {w} " in name for w in rules["no_verb_words"]):
            return ""
    return str(phrases["verbs"].get(fig.value_kind, phrases["verbs"]["actual"]))


def _count_first(fig: FigureText, phrases: dict[str, Any]) -> tuple[str, str] | None:
    """(verb, what was counted) for a count of events written count first, else None."""
    rules = phrases["verb_by_figure"]
    verbs = rules["count_first"]["verbs"]
    if fig.value_kind not in rules["for_kinds"] or fig.unit not in verbs or fig.total is not None:
        return None
    lead = f"{rules['count_first']['prefix']} {fig.unit} "
    if not fig.name.lower().startswith(lead.lower()) or len(fig.name) <= len(lead):
        return None
    what = fig.name[len(lead) :]
    if any(f" {w} " in f" {what.lower()} " for w in rules["count_first"]["not_with"]):
        return None
    return str(verbs[fig.unit]), f"{what} {fig.period}" if fig.period else what


def _with_comparisons(head: str, anchor: int, fig: FigureText, phrases: dict[str, Any]) -> Sentence:
    """Adds the comparisons after the level: changes after commas, an earlier level in brackets."""
    text = head
    brackets = [c for c in fig.comparisons if c.type == "previous"]
    for i, c in enumerate(c for c in fig.comparisons if c.type != "previous"):
        sep = ", " if (fig.value is not None or i > 0) else " "
        text += sep
        inherited = (c.type, c.base) in fig.inherited
        phrase = comparison_phrase(c, fig.unit, phrases, alone=fig.value is None, inherited=inherited)
        if anchor < 0:
            anchor = len(text) + _first_digit(phrase)
        text += phrase
    for c in brackets:
        text += " "
        if anchor < 0:
            anchor = len(text) + _first_digit(previous_phrase(c, fig.unit, phrases))
        text += previous_phrase(c, fig.unit, phrases)
    return Sentence(text, max(anchor, 0))


def _from_to(fig: FigureText, phrases: dict[str, Any]) -> Sentence | None:
    """ "Tỷ lệ hộ nghèo từ 38,88% xuống còn 35,38%": a share stated against an earlier one alone."""
    if fig.value is None or len(fig.comparisons) != 1 or fig.comparisons[0].type != "previous":
        return None
    prev = fig.comparisons[0]
    if prev.base != "other" or fig.unit != "%":
        return None
    key = "down" if fig.value < prev.value else "up"
    level = format_percent(fig.value)
    body = str(phrases["from_to"][key]).format(previous=format_percent(prev.value), value=level)
    text = f"{fig.subject} {body}"
    return Sentence(text, len(text) - len(level))


def _first_digit(text: str) -> int:
    for i, ch in enumerate(text):
        if ch.isdigit():
            return i
    return 0


def join_parts(
    head: Sentence, parts: Sequence[Sentence], phrases: dict[str, Any] | None = None
) -> tuple[str, list[int]]:
    """A figure's sentence with its parts after "trong đó:", and the anchor of each piece."""
    phrases = phrases or load_phrases()
    text = head.text
    anchors = [head.anchor]
    for i, part in enumerate(parts):
        text += f", {phrases['parts_intro']} " if i == 0 else "; "
        anchors.append(len(text) + part.anchor)
        text += part.text
    return text + ".", anchors
