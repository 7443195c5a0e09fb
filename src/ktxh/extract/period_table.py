"""Tables of levels by period, with columns comparing some of them with a base, as a web page's table is copied out:
a cell a paragraph (cells apart by blank lines, a cell's own line breaks only wrapping it).

The head opens with the column of units ("Đơn vị tính") and names each column after it: a column of levels names
its period ("Thực hiện tháng 4 năm 2024", "Ước tính tháng 5 năm 2024", "Lũy kế 5 tháng năm 2024"), a column of
comparisons the period it compares and the base ("Lũy kế 5 tháng năm 2024 so với năm trước (%)"). Each row is its
name, its unit (a ditto mark '"' repeats the one above) and one figure a column. A level is a fact named by its row,
in its unit, with its column's period; a comparison goes to the level of the row whose column names the same period,
a share of the base ("pct_of", as the tables write indices). A row of a name alone heads the rows under it and gives
no figure. The table ends at the first cell that is neither a figure nor a row's name or unit.

A head of two rows comes out row after row: the first row's cells, some of them heads of a group of columns with
no period of their own ("Thực hiện", "So với cùng kỳ năm trước (%)"), then the second row's, each a bare period
under one of those groups. The groups take the second row's cells in order, the next group starting where a period
repeats one the group already has (or the unit in parentheses changes): "Thực hiện / Ước tính quý III năm 2018 /
So với cùng kỳ (%) / Quý I / Quý II / Quý I / Quý II / Quý III" gives levels of quý I, II and III and their
comparisons. A unit in parentheses in a column's head ("(Tỷ đồng)") serves rows that give none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import stated_bases
from ktxh.extract.rules.numeral import parse_number
from ktxh.extract.rules.period import find_periods
from ktxh.extract.rules.words import ROW_NUMBER, alt
from ktxh.extract.rules.words import capitalise as _capitalise
from ktxh.extract.table import Cell, Table
from ktxh.model import Comparison, Fact
from ktxh.text.folding import fold
from ktxh.text.normalise import NormalText

_BLANK = re.compile(r"\n[ \t|]*\n")
_FIGURE = re.compile(r"\d[\d.,]*")
_UNIT_IN_NAME = re.compile(r"\s*\(([^()\d]{1,30})\)\s*$")  # "Lượt khách phục vụ (Lượt khách)"
_DITTO = frozenset({'"', "“", "”", "''"})
_MAX_CELL = 120  # characters: a longer paragraph is prose
_MAX_UNIT_WORDS = 3


@dataclass(frozen=True)
class _Column:
    period: str  # as written, lower case
    base: str | None  # a comparison column's base; None for a column of levels
    unit: str | None = None  # "(Tỷ đồng)" in the column's head


@dataclass
class _Group:
    """A head over columns of the second row: "Thực hiện" (levels) or "So với cùng kỳ (%)" (comparisons)."""

    base: str | None
    columns: list[_Column]


@functools.cache
def _unit_label(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"{alt(lexicon.words('tables', 'unit_labels'))}$")


@functools.cache
def _level_label(lexicon: Lexicon) -> re.Pattern[str]:
    """ "Thực hiện", "Ước tính", "Cộng dồn", "Kế hoạch": a column of levels."""
    words = [*lexicon.words("tables", "actual_labels"), *lexicon.words("tables", "estimate_labels")]
    return re.compile(rf"{alt(words + lexicon.words('tables', 'plan_labels'))}(?!\w)")


@functools.cache
def base_marker(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alt(lexicon.words('periods', 'base_markers'))}(?!\w)")


def read_period_tables(nt: NormalText, lexicon: Lexicon, taken: list[Table]) -> list[Table]:
    """Every table of levels by period in the text (outside the tables `taken` already), with its figures."""
    if "\n\n" not in nt.text:
        return []
    cells = paragraph_cells(nt)
    label = _unit_label(lexicon)
    out: list[Table] = []
    level = _level_label(lexicon)
    for i, cell in enumerate(cells):
        units = label.match(cell.lower) is not None
        # ("Thực hiện 8 tháng năm 2018 / Ước tính tháng 9 năm 2018 / ...": a head may open with its first column of
        # levels, the units then in the rows' names)
        opens = units or (level.match(cell.lower) is not None and (i == 0 or not _head_like(cells[i - 1], lexicon)))
        if not opens or any(t.start <= cell.start <= t.end for t in taken + out):
            continue
        columns, first = _columns(cells, i + 1 if units else i, lexicon)
        if len(columns) < 2 or not any(c.base is None for c in columns):
            continue
        table = _body(nt, cells, first, columns, cell.start)
        if table is not None:
            out.append(table)
    return out


def _head_like(cell: Cell, lexicon: Lexicon) -> bool:
    """A cell that may be a column's head (of levels, or comparing with a base): a head does not open after it."""
    return _level_label(lexicon).match(cell.lower) is not None or base_marker(lexicon).search(cell.lower) is not None


def paragraph_cells(nt: NormalText) -> list[Cell]:
    """The text's paragraphs as cells (a web page's table copied out a cell a paragraph), spaces collapsed."""
    out: list[Cell] = []
    pos = 0
    for m in [*_BLANK.finditer(nt.text), None]:
        end = m.start() if m is not None else len(nt.text)
        raw = nt.text[pos:end]
        text = " ".join(raw.split())
        if text and text != "|":
            start = pos + len(raw) - len(raw.lstrip())
            out.append(Cell(start, text, " ".join(nt.lower[pos:end].split())))
        pos = m.end() - 1 if m is not None else end
    return out


def _columns(cells: list[Cell], i: int, lexicon: Lexicon) -> tuple[list[_Column], int]:
    """The columns the head names from cell `i` on, left to right, and the first cell after the head."""
    slots: list[_Column | _Group] = []  # the first row: columns and heads of groups
    under: list[_Column] = []  # the second row: bare periods under the groups
    marker, level = base_marker(lexicon), _level_label(lexicon)
    grouped_at = -1  # the cell of the last group's head
    while i < len(cells) and len(cells[i].text) <= _MAX_CELL:
        lower = cells[i].lower
        split = marker.search(lower)
        own = lower[: split.start()] if split else lower
        periods = find_periods(own, 0, len(own), lexicon)
        unit = _head_unit(lower)
        if split is not None and not own.strip():
            slots.append(_Group(column_base(lower, "", lexicon), []))  # "So với cùng kỳ": over the columns under it
            grouped_at = i
            i += 1
            continue
        if not periods and split is None and _is_level_head(lower, lexicon):
            slots.append(_Group(None, []))  # "Thực hiện": over columns of levels under it
            grouped_at = i
            i += 1
            continue
        if not periods:
            break  # a row's name: the head has ended
        period = own[periods[-1][0] : periods[-1][1]]
        if i == grouped_at + 1 and "%" not in cells[grouped_at].lower and _is_group_tail(lower, period):
            i += 1  # "năm 2017 (%)": the rest of the group's head, cut off by a blank line
            continue
        if split is None and grouped_at >= 0 and not level.match(lower):
            under.append(_Column(period, None, unit))  # "Quý I năm 2018" under a group's head
        elif split is None:
            slots.append(_Column(period, None, unit))
        else:
            base = column_base(lower[split.start() :], period, lexicon)
            if base is None:
                break
            slots.append(_Column(period, base))
        i += 1
    return _left_to_right(slots, under), i


def _is_level_head(lower: str, lexicon: Lexicon) -> bool:
    """ "Thực hiện", "Ước tính (Tỷ đồng)": a label of levels and nothing else (its unit aside)."""
    found = _level_label(lexicon).match(lower)
    return found is not None and not _UNIT_IN_NAME.sub("", lower[found.end() :]).strip()


def _is_group_tail(lower: str, period: str) -> bool:
    """ "năm 2017 (%)": nothing but the period and the percent sign."""
    return not lower.replace(period, "").replace("(%)", "").strip()


def _head_unit(lower: str) -> str | None:
    found = _UNIT_IN_NAME.search(lower)
    return found.group(1).strip() if found is not None and found.group(1).strip() != "%" else None


def _left_to_right(slots: list[_Column | _Group], under: list[_Column]) -> list[_Column]:
    """The columns in the order of the figures: each group's head replaced by the cells of the second row under
    it; a group ends where a period repeats one it has or the unit in parentheses changes."""
    groups = [slot for slot in slots if isinstance(slot, _Group)]
    g = 0
    for column in under:
        if not groups:
            break
        taken = groups[g].columns
        repeats = any(c.period == column.period for c in taken)
        if taken and (repeats or taken[-1].unit != column.unit) and g + 1 < len(groups):
            g += 1
        group = groups[g]
        group.columns.append(_Column(column.period, group.base, column.unit if group.base is None else None))
    out: list[_Column] = []
    for slot in slots:
        out.extend(slot.columns if isinstance(slot, _Group) else [slot])
    return out


_MONTH_YEAR = re.compile(r"(\d{1,2})\D+(\d{4})")


def column_base(compared: str, period: str, lexicon: Lexicon) -> str | None:
    """The base of "so với năm trước (%)"; a month of a year two or more back is "other" ("Tháng 5 năm 2024 so với
    tháng 5 năm 2022")."""
    own, other = _MONTH_YEAR.search(period), _MONTH_YEAR.search(compared)
    if own is not None and other is not None and int(own.group(2)) - int(other.group(2)) >= 2:
        return "other"
    found = stated_bases(compared, 0, len(compared), lexicon)
    return found[0][0] if found else None


def _body(nt: NormalText, cells: list[Cell], i: int, columns: list[_Column], start: int) -> Table | None:
    facts: list[Fact] = []
    unit: str | None = None
    last_end = start
    while i < len(cells):
        name = cells[i]
        if _is_figure(name) or len(name.text) > _MAX_CELL:
            break
        j = i + 1
        named_unit = _UNIT_IN_NAME.search(name.text)
        if named_unit is not None:
            unit = named_unit.group(1).lower()  # "1. Lượt khách phục vụ (Lượt khách)"
            cut = named_unit.start()
            name = Cell(name.start, name.text[:cut].rstrip(), name.lower[:cut].rstrip())
        elif j < len(cells) and not _is_figure(cells[j]) and _is_unit(cells[j]):
            unit = unit if cells[j].text in _DITTO else cells[j].lower
            j += 1
        figures, j = row_figures(cells, j, len(columns), _FIGURE)
        if not figures:
            i = j  # a row of a name alone: a heading
            continue
        if len(figures) != len(columns) or (unit is None and any(c.unit is None for c in columns if not c.base)):
            break
        facts.extend(_row_facts(nt, name, unit, columns, figures))
        last_end = figures[-1].start + len(figures[-1].text)
        i = j
    return Table(start, last_end, facts) if facts else None


def _is_figure(cell: Cell) -> bool:
    return _FIGURE.fullmatch(cell.text) is not None


def row_figures(cells: list[Cell], j: int, count: int, figure: re.Pattern[str]) -> tuple[list[Cell], int]:
    """A row's figure cells from `j` on (each wholly a `figure`), at most `count` of them, and where they end."""
    figures: list[Cell] = []
    while j < len(cells) and figure.fullmatch(cells[j].text) is not None and len(figures) < count:
        figures.append(cells[j])
        j += 1
    return figures, j


def _is_unit(cell: Cell) -> bool:
    if cell.text in _DITTO:
        return True
    return len(cell.text.split()) <= _MAX_UNIT_WORDS and not any(c.isdigit() for c in cell.text)


def _row_facts(nt: NormalText, name: Cell, unit: str | None, columns: list[_Column], figures: list[Cell]) -> list[Fact]:
    """A fact a level of the row, with the comparisons of its column's period; the row's unit, else its column's."""
    indicator = _capitalise(ROW_NUMBER.sub("", name.text).strip())
    levels: dict[str, tuple[_Column, Cell, float]] = {}
    compared: dict[str, list[Comparison]] = {}
    for column, cell in zip(columns, figures, strict=True):
        value = parse_number(cell.text)
        if value is None:
            continue
        if column.base is None:
            levels[fold(column.period)] = (column, cell, value)  # "Qúy I" (misspelt) is "Quý I"
        else:
            compared.setdefault(fold(column.period), []).append(Comparison("pct_of", column.base, value))
    return [
        Fact(
            offset=nt.to_raw(cell.start),
            indicator=indicator,
            value=value,
            unit=unit or column.unit,
            comparisons=tuple(compared.get(key, ())),
            period=column.period,
            value_kind="actual",
            sentence=nt.raw[nt.to_raw(name.start) : nt.to_raw(cell.start) + len(cell.text)],
            rules=("table", "table:period"),
        )
        for key, (column, cell, value) in levels.items()
    ]
