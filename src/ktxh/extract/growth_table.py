"""Tables of growths by period under a line of their unit, as a web page's table is copied out: a cell a paragraph
(cells apart by blank lines), the head with no column of units ("Đơn vị tính") but a line of the unit alone above it
("%", "(%)"), the table's title often before that line.

The head names the columns: a group's head comparing with a base over the periods under it ("Tốc độ tăng so với
quý I năm trước", then "Quý I/2010", "Quý I/2011"), a column naming its own period and base ("Năm 2011 so với năm
2010"), a column of contributions ("Đóng góp của các khu vực vào tăng trưởng quý I/2011", its figures levels in
"điểm phần trăm", named "<head>: <row>"), or a bare period (under no group: a growth when the title names one; a
head of bare periods alone, levels in the unit, is left unread). A column comparing with a base is a growth when its
group's head or the title names a growth ("Tốc độ tăng"), else a share of the base ("pct_of", as the tables write
indices, named by the title's subject and the row). Each row is its name and one figure a column; a row of a name
alone heads the rows under it. The table ends at the first cell that is neither a figure nor a row's name. A growth
is a fact with no level named by the growth's words and the row ("Tốc độ tăng dịch vụ"), of its column's period.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ktxh.extract.lexicon import Lexicon
from ktxh.extract.period_table import base_marker, column_base, paragraph_cells, row_figures
from ktxh.extract.rules.numeral import parse_number
from ktxh.extract.rules.period import find_periods
from ktxh.extract.rules.words import ROW_NUMBER, alt, in_running_text
from ktxh.extract.rules.words import capitalise as _capitalise
from ktxh.extract.table import Cell, Table
from ktxh.model import Comparison, Fact
from ktxh.text.normalise import NormalText

_UNIT_LINE = re.compile(r"\(?\s*%\s*\)?")  # "%", "(%)": the unit of every figure under it
# a line that may be (part of) such a paragraph: a text with none holds no table, and its paragraphs need no cells
_UNIT_LINE_IN_TEXT = re.compile(r"^\s*\(?\s*%\s*\)?\s*$", re.MULTILINE)
_FIGURE = re.compile(r"[-–]?\d[\d.,]*")
_MAX_CELL = 120  # characters: a longer paragraph is prose
_PROSE_END = re.compile(r"[.;:]$")  # a paragraph ending so is a sentence, no cell of a head or a row's name
_LEFTOVER = re.compile(r"[\s()%/,\-–]*")  # what may stand beside a bare period in its head: "(%)", "năm"


@dataclass(frozen=True)
class _Column:
    kind: str  # growth | share | points | level
    period: str | None  # as written
    base: str | None = None  # a growth's or a share's base
    name: str = ""  # what names its figures before the row's name: "Tốc độ tăng", "Đóng góp ... vào tăng trưởng"
    unit: str | None = None  # a column of contributions': "điểm phần trăm"


@dataclass
class _Group:
    """A head comparing with a base over the bare periods of the head's second row."""

    kind: str  # growth | share
    base: str
    name: str
    columns: list[_Column]


@dataclass(frozen=True)
class _Words:
    growth: re.Pattern[str]
    contribution: re.Pattern[str]
    points: str


@functools.cache
def _words(lexicon: Lexicon) -> _Words:
    w = lexicon.words
    return _Words(
        growth=re.compile(rf"(?<!\w){alt(w('comparisons', 'growth_words'))}(?!\w)"),
        contribution=re.compile(rf"{alt(w('tables', 'contribution_heads'))}(?!\w)"),
        points=lexicon.data["tables"]["contribution_unit"],
    )


def read_growth_tables(nt: NormalText, lexicon: Lexicon, taken: list[Table]) -> list[Table]:
    """Every table under a unit line in the text (outside the tables `taken` already), with its figures."""
    if "\n\n" not in nt.text or _UNIT_LINE_IN_TEXT.search(nt.text) is None:
        return []
    cells_of = paragraph_cells(nt)
    out: list[Table] = []
    for i, cell in enumerate(cells_of):
        if _UNIT_LINE.fullmatch(cell.text) is None or any(t.start <= cell.start <= t.end for t in taken + out):
            continue
        title = cells_of[i - 1] if i and _is_head_cell(cells_of[i - 1]) else Cell(cell.start, "", "")
        columns, first = _columns(cells_of, i + 1, title, lexicon)
        if len(columns) < 2 or all(c.kind == "level" for c in columns):
            continue
        table = _body(nt, cells_of, first, columns, cell.start)
        if table is not None:
            out.append(table)
    return out


def _is_head_cell(cell: Cell) -> bool:
    return len(cell.text) <= _MAX_CELL and _PROSE_END.search(cell.text) is None and not _is_figure(cell)


def _columns(cells: list[Cell], i: int, title: Cell, lexicon: Lexicon) -> tuple[list[_Column], int]:
    """The columns the head from cell `i` names, left to right, and the first cell after the head."""
    w = _words(lexicon)
    titled = w.growth.search(title.lower)
    title_base = column_base(title.lower, "", lexicon)
    subject = _subject(title, lexicon)
    slots: list[_Column | _Group] = []
    under: list[str] = []  # the bare periods of the head's second row
    while i < len(cells) and _is_head_cell(cells[i]):
        lower, text = cells[i].lower, cells[i].text
        split = base_marker(lexicon).search(lower)
        own = lower[: split.start()] if split else lower
        periods = find_periods(own, 0, len(own), lexicon)
        period = text[periods[-1][0] : periods[-1][1]] if periods else None
        if w.contribution.match(lower):
            cut = text[: periods[-1][0]] + text[periods[-1][1] :] if periods else text
            slots.append(_Column("points", period, None, " ".join(cut.split()).rstrip(" :"), w.points))
        elif split is not None:
            base = column_base(lower[split.start() :], "", lexicon)
            growth = w.growth.search(own) or titled
            if base is None or (own.strip() and not periods and not w.growth.fullmatch(own.strip())):
                break
            kind, name = ("growth", growth.group(0)) if growth else ("share", subject)
            if period is None:
                slots.append(_Group(kind, base, name, []))  # "Tốc độ tăng so với cùng kỳ": over the periods under it
            else:
                slots.append(_Column(kind, period, base, name))
        elif period is not None and not _LEFTOVER.fullmatch(own.replace(own[periods[-1][0] : periods[-1][1]], "")):
            break  # a row's name holding a period
        elif period is not None:
            under.append(period)
        else:
            break  # a row's name: the head has ended
        i += 1
    return _left_to_right(slots, under, titled.group(0) if titled else None, title_base), i


def _subject(title: Cell, lexicon: Lexicon) -> str:
    """What the title measures, before its first period or base ("Chỉ số sản xuất công nghiệp" of "Chỉ số sản xuất
    công nghiệp quý III năm 2024"): the name of the shares of a base the rows give."""
    cut = len(title.lower)
    split = base_marker(lexicon).search(title.lower)
    cut = split.start() if split else cut
    periods = find_periods(title.lower, 0, cut, lexicon)
    cut = periods[0][0] if periods else cut
    return title.text[:cut].strip(" ,:")


def _left_to_right(
    slots: list[_Column | _Group], under: list[str], growth: str | None, base: str | None
) -> list[_Column]:
    """The columns in the order of the figures: each group's head replaced by the periods under it, a group ending
    where a period repeats one it has; with no group, the bare periods are columns of their own (growths when the
    title names one)."""
    groups = [slot for slot in slots if isinstance(slot, _Group)]
    if not groups:
        kind = "growth" if growth else "level"
        bare = [_Column(kind, p, base or "same_period", growth or "") for p in under]
        return [*(s for s in slots if isinstance(s, _Column)), *bare]
    g = 0
    for period in under:
        if any(c.period == period for c in groups[g].columns) and g + 1 < len(groups):
            g += 1
        group = groups[g]
        group.columns.append(_Column(group.kind, period, group.base, group.name))
    out: list[_Column] = []
    for slot in slots:
        out.extend(slot.columns if isinstance(slot, _Group) else [slot])
    return out


def _body(nt: NormalText, cells: list[Cell], i: int, columns: list[_Column], start: int) -> Table | None:
    facts: list[Fact] = []
    last_end = start
    while i < len(cells) and _is_head_cell(cells[i]):
        name = cells[i]
        j = i + 1
        figures, j = row_figures(cells, j, len(columns), _FIGURE)
        if not figures:
            i = j  # a row of a name alone: a heading
            continue
        if len(figures) != len(columns):
            break
        facts.extend(_row_facts(nt, name, columns, figures))
        last_end = figures[-1].start + len(figures[-1].text)
        i = j
    return Table(start, last_end, facts) if facts else None


def _is_figure(cell: Cell) -> bool:
    return _FIGURE.fullmatch(cell.text) is not None


def _row_facts(nt: NormalText, name: Cell, columns: list[_Column], figures: list[Cell]) -> list[Fact]:
    row = ROW_NUMBER.sub("", name.text).strip()
    out = []
    for column, cell in zip(columns, figures, strict=True):
        value = parse_number(cell.text.lstrip("-–"))
        if value is None:
            continue
        value = -value if cell.text[0] in "-–" else value
        comparisons: tuple[Comparison, ...] = ()
        level: float | None = value
        unit: str | None = "%"
        if column.kind in ("growth", "share") and column.base is not None:
            kind = "change_pct" if column.kind == "growth" else "pct_of"
            comparisons, level, unit = (Comparison(kind, column.base, value),), None, None
        elif column.kind == "points":
            unit = column.unit  # "điểm phần trăm"
        # ("Đóng góp của các khu vực vào tăng trưởng: dịch vụ": the row after a contribution's whole head)
        joint = ": " if column.kind == "points" else " "
        indicator = f"{column.name}{joint}{in_running_text(row)}" if column.name else row
        at = cell.start + (1 if cell.text[0] in "-–" else 0)
        out.append(
            Fact(
                offset=nt.to_raw(at),
                indicator=_capitalise(indicator),
                value=level,
                unit=unit,
                comparisons=comparisons,
                period=column.period,
                value_kind="actual",
                sentence=nt.raw[nt.to_raw(name.start) : nt.to_raw(cell.start) + len(cell.text)],
                rules=("table", f"table:{column.kind}"),
            )
        )
    return out
