"""Tables flattened into lines, one cell a line: a .docx or HTML table as the readers give it, or a report's table
of main targets copied as text ("Chỉ tiêu / Đơn vị / Kế hoạch năm 2019 / Ước thực hiện năm 2019 / Đánh giá").

A table starts at its head: a cell naming the rows ("Chỉ tiêu"), then the cells naming the columns (a period alone,
"Năm 2011", names a column of what was done then; "Kết quả đạt được" over such columns is none). Each row is a
cell naming an indicator, its unit's cell when the head has one (else the unit in parentheses ending the name:
"Giá trị xuất khẩu (triệu USD)"), then one cell per column of figures. A figure in a plan's column is named
"Kế hoạch ..." (as a plan in parentheses is); one in a column of a year before takes that year as its period; a
range in a cell ("6,6-6,8") is two figures; a row naming a growth ("Tốc độ tăng ...", "- Dịch vụ tăng (%)") gives
growths, one naming a fall ("Mức giảm tỷ lệ hộ nghèo ...") falls, a sign printed in its cell ("(+0,6)") kept. A
column comparing with a base ("So với cùng kỳ (%)", "So với KH (%)", "Tăng/giảm so với tháng trước (%)") gives no
figure of its own: each of its cells is a comparison of the row's figure in the column of figures before it, a
share of the base ("bằng 105,2%") or, when the label says "tăng"/"giảm", a change. Rows after "Trong đó:", and
dashed rows in "%" under a growth, are parts of the row before them; a section's row ("I / Kinh tế") has blank
cells, and a note in parentheses under a row's name is no row; rows that share their cells (two names, then more
figures than columns) take them in turn, column by column. The table ends at the first line that is prose, not
a cell.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import stated_bases
from ktxh.extract.rules.numeral import parse_number
from ktxh.extract.rules.period import find_periods
from ktxh.extract.rules.words import alt, whole_words
from ktxh.extract.rules.words import capitalise as _capitalise
from ktxh.extract.rules.words import in_running_text as _in_running_text
from ktxh.model import Comparison, Fact
from ktxh.text.normalise import NormalText

_MAX_CELL = 200  # characters: a longer line is prose, and ends a table
_HEAD_REACH = 10  # cells after the rows' label where the columns' labels are read
_NUMBER = re.compile(r"\(?[-–+]?\s*(\d[\d.,]*)")  # "(+0,6)": a change printed with its sign, in parentheses
_RANGE = re.compile(r"(\d[\d.,]*)\s*[-–]\s*(\d[\d.,]*)")
_INDEX = re.compile(r"(?:\d{1,3}|[ivxlc]{1,6}|[a-zđ])[.)]?")
# "(tỷ đồng)", "(1000 tỷ đồng)": a unit in parentheses ending a row's name, a power of ten before it at most
_UNIT_IN_NAME = re.compile(r"\s*\(((?:10+\s+|1\.000\s+)?[^()\d]{1,20})\)\s*:?\s*$")
_POWER_OF_TEN = re.compile(r"10+|1\.000")
_UNIT_INSIDE = re.compile(r"\s*\(([^()\d]{1,20})\)\s*(?=\w[^()]{0,30}$)")  # "Trồng mới (ha) rừng": no other ( )
_BULLET = re.compile(r"^[\s\-+•*–]+")


@dataclass(frozen=True)
class _Patterns:
    rows_label: re.Pattern[str]
    index_label: re.Pattern[str]
    unit_label: re.Pattern[str]
    plan_label: re.Pattern[str]
    estimate_label: re.Pattern[str]
    actual_label: re.Pattern[str]
    note_label: re.Pattern[str]
    group_label: re.Pattern[str]  # "Kết quả đạt được": a head over the columns of figures after it
    note_word: re.Pattern[str]
    parts: re.Pattern[str]
    qualifier: re.Pattern[str]
    growth: re.Pattern[str]
    growth_tail: re.Pattern[str]  # "- Các ngành dịch vụ tăng (%)": a row naming a growth by its last word
    left: re.Pattern[str]  # "(còn 4,33%)": under a fall in its cell, the level left after it
    fall: re.Pattern[str]
    fall_tail: re.Pattern[str]
    points: frozenset[str]
    year_end: re.Pattern[str]
    plan_name: str
    units: frozenset[str]  # the units a cell or a name in parentheses may give
    magnitudes: frozenset[str]
    change_label: re.Pattern[str]  # "tăng", "giảm" in a comparison column's label: its cells are changes


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    w = lexicon.words
    verbs = lexicon.lists("comparisons", "verbs")

    def label(key: str) -> re.Pattern[str]:
        return re.compile(rf"{alt(w('tables', key))}(?!\w)")

    return _Patterns(
        rows_label=re.compile(rf"{alt(w('tables', 'rows_labels'))}$"),
        index_label=re.compile(rf"{alt(w('tables', 'index_labels'))}$"),
        unit_label=re.compile(rf"{alt(w('tables', 'unit_labels'))}$"),
        plan_label=label("plan_labels"),
        estimate_label=label("estimate_labels"),
        actual_label=label("actual_labels"),
        note_label=re.compile(rf"{alt(w('tables', 'note_labels'))}$"),
        group_label=re.compile(rf"{alt(w('tables', 'group_labels'))}$"),
        note_word=re.compile(rf"{alt(w('tables', 'note_words'))}$"),
        parts=re.compile(rf"^[\s\-+•*–]*{alt(w('tables', 'part_markers'))}\s*:?\s*"),
        qualifier=re.compile(rf"^(?:{alt(w('comparisons', 'qualifiers'))}|[<>≤≥~])\s*"),
        # ("Tỷ lệ tăng dân số tự nhiên" is a demographic rate: a level, as in prose)
        growth=re.compile(
            rf"{whole_words(w('comparisons', 'growth_words'))}(?!\s+{alt(w('comparisons', 'level_rate_tails'))}(?!\w))"
        ),
        growth_tail=re.compile(rf"\s+{alt(w('tables', 'growth_tails'))}$"),
        left=re.compile(rf"\(\s*{alt(w('tables', 'left_words'))}\s+(\d[\d.,]*)\s*%?\s*\)"),
        fall=re.compile(rf"^{alt(w('tables', 'fall_heads'))}\s+"),
        fall_tail=re.compile(rf"\s+{alt(w('tables', 'fall_tails'))}$"),
        points=frozenset(w("comparisons", "points_words")),
        year_end=re.compile(whole_words(w("comparisons", "year_end_stocks"))),
        plan_name=lexicon.data["tables"]["plan_name"].capitalize(),
        units=frozenset([*w("units", "units"), *w("tables", "extra_units")]),
        magnitudes=frozenset(lexicon.mapping("magnitudes", "magnitudes")),
        change_label=re.compile(whole_words([*verbs["increase"], *verbs["decrease"]])),
    )


@dataclass(frozen=True)
class Cell:
    """A cell of a table flattened into text (a line here; a paragraph for `period_table`)."""

    start: int  # where its text starts in the normalised text
    text: str  # stripped
    lower: str


@dataclass(frozen=True)
class _Column:
    kind: str  # index | name | unit | plan | estimate | actual | compare | note | other
    period: str | None = None
    base: str | None = None  # a compare column's base ("same_period", "plan", ...)
    change: bool = False  # a compare column of changes ("Tăng/giảm so với cùng kỳ (%)"), not shares of the base


@dataclass
class Table:
    """A table read: where it stands in the normalised text, and its figures."""

    start: int
    end: int
    facts: list[Fact] = field(default_factory=list)


def read_tables(nt: NormalText, lexicon: Lexicon) -> list[Table]:
    """Every table flattened into lines in the text, with its figures."""
    if "\n" not in nt.text:
        return []
    p = _patterns(lexicon)
    cells = _cells(nt)
    tables: list[Table] = []
    i = 0
    while i < len(cells):
        head = _head(p, cells, i, lexicon) if p.rows_label.match(cells[i].lower) else None
        if head is None:
            i += 1
            continue
        columns, first_row = head
        start = cells[_head_start(p, cells, i)].start
        table, i = _body(p, nt, cells, columns, first_row)
        table.start = start
        if table.facts:
            tables.append(table)
    return tables


def _cells(nt: NormalText) -> list[Cell]:
    """The text's lines, stripped, with where they start; empty lines are no cells, a line of spaces is an
    empty cell."""
    out: list[Cell] = []
    pos = 0
    for line in nt.text.split("\n"):
        if line:
            stripped = line.strip()
            start = pos + len(line) - len(line.lstrip())
            out.append(Cell(start, stripped, nt.lower[start : start + len(stripped)]))
        pos += len(line) + 1
    return out


def _head_start(p: _Patterns, cells: list[Cell], i: int) -> int:
    """The index label's cell before the rows' label ("STT"), if any."""
    return i - 1 if i > 0 and p.index_label.match(cells[i - 1].lower) else i


def _head(p: _Patterns, cells: list[Cell], i: int, lexicon: Lexicon) -> tuple[list[_Column], int] | None:
    """The columns named after the rows' label at `i` (the rows' label itself first), and the first row's cell;
    None when no column of figures is named."""
    columns = [_Column("name")]
    j = i + 1
    while j < len(cells) and j <= i + _HEAD_REACH:
        column = _column(p, cells[j].lower, lexicon)
        if column is None:
            break
        if column.kind != "group":  # "Kết quả đạt được": a head over the columns after it, no column itself
            columns.append(column)
        j += 1
    if not any(c.kind in ("plan", "estimate", "actual") for c in columns):
        return None
    if i > 0 and p.index_label.match(cells[i - 1].lower):
        columns.insert(0, _Column("index"))
    return columns, j


def _column(p: _Patterns, label: str, lexicon: Lexicon) -> _Column | None:
    """What a column's label says it holds ("kh năm 2019": a plan's figures, of "năm 2019"); None for a cell that
    names no column (the head has ended)."""
    if len(label) > _MAX_CELL // 4:
        return None
    if not label:
        return _Column("other")
    if p.unit_label.match(label):
        return _Column("unit")
    if p.note_label.match(label):
        return _Column("note")
    if p.group_label.match(label):
        return _Column("group")
    bases = stated_bases(label, 0, len(label), lexicon)
    if bases:
        # "so với cùng kỳ (%)", "ước th so với kh (%)": a column comparing the figure before it with a base
        base, at, _ = bases[0]
        return _Column("compare", base=base, change=p.change_label.search(label, 0, at) is not None)
    for kind, pattern in (("plan", p.plan_label), ("estimate", p.estimate_label), ("actual", p.actual_label)):
        m = pattern.match(label)
        if m is not None:
            rest = label[m.end() :].strip()  # "năm 2019", "10 tháng": the period, when the rest names one
            periods = find_periods(rest, 0, len(rest), lexicon)
            return _Column(kind, rest[periods[0][0] : periods[0][1]] if periods else None)
    periods = find_periods(label, 0, len(label), lexicon)
    if periods and periods[0][0] == 0 and not _UNIT_IN_NAME.sub("", label[periods[0][1] :]).strip():
        return _Column("actual", label[: periods[0][1]])  # "Năm 2011" alone: what was done in that year
    return None


@dataclass
class Row:
    """A table's row: its name as written, where it starts, its cells of figures (one a column), whether it is a
    part of the row above."""

    name: str
    start: int
    cells: list[Cell]
    part: bool
    unit: str | None = None  # its unit's cell, when the table has a column of units
    bullet: bool = False  # "- Dịch vụ": opened by a dash, a row under the row before
    left: dict[int, Cell] = field(default_factory=dict)  # a cell's "(còn 4,33%)" under its fall, by the cell's place


def _body(p: _Patterns, nt: NormalText, cells: list[Cell], columns: list[_Column], i: int) -> tuple[Table, int]:
    """The rows from cell `i` to the table's end, read into figures; and the cell after the table."""
    rows: list[Row] = []
    in_parts = False
    heading = ""  # "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng:": a row of no figures naming the rows under it
    units = any(c.kind == "unit" for c in columns)
    # the figures a whole row holds (a compare column's too): a number after them may open the next row
    figures = sum(1 for c in columns if c.kind in ("plan", "estimate", "actual", "compare"))
    end = cells[i - 1].start + len(cells[i - 1].text) if i else 0
    number = -1  # the last row's number ("1", "2."), in a numbered table
    while i < len(cells):
        cell = cells[i]
        if len(cell.text) > _MAX_CELL or (cell.text.endswith(".") and len(cell.text.split()) > _PROSE_WORDS):
            break  # prose: the table has ended
        i += 1
        end = cell.start + len(cell.text)
        full = not rows or len(rows[-1].cells) >= figures  # a row still short of figures takes "2" as one
        # In a numbered table, the next number opens the next row even after a row short of figures: a section's
        # ("I / Kinh tế / blank cells"), or a row left without figures ("1 / Xã Tân Lập / 2 / ...").
        blank = bool(rows and rows[-1].cells) and not any(c.text for c in rows[-1].cells)
        numbered = columns[0].kind == "index" and (blank or _number(cell) == number + 1)
        if (full or numbered) and _is_index(cell) and i < len(cells) and _names_a_row(p, cells[i]):
            in_parts, heading = False, ""
            number = _number(cell) if _number(cell) >= 0 else number  # "II" keeps the count going
            continue
        marker = p.parts.match(cell.lower)
        rest = cell.text[marker.end() :] if marker else cell.text
        if marker and not rest.strip():
            in_parts = True  # "Tr.đó:" alone: the rows after it are parts
            continue
        if _is_value(p, cell) or p.note_word.match(cell.lower):
            if rows:
                rows[-1].cells.append(cell)
            continue
        if rows and rows[-1].cells and p.left.fullmatch(cell.lower):
            rows[-1].left[len(rows[-1].cells) - 1] = cell  # "0,7%" then "(còn 4,33%)": one cell's two lines
            continue
        if rows and not rows[-1].cells and cell.text.startswith("(") and cell.text.endswith(")"):
            continue  # "(Giá trị xuất khẩu của công ty Alcan)": a note under the row's name, no row of its own
        if units and rows and not rows[-1].cells and rows[-1].unit is None and len(cell.text.split()) <= _UNIT_WORDS:
            rows[-1].unit = cell.text.lower()  # "%", "giường bệnh", "điểm": the row's unit cell
            continue
        name = _BULLET.sub("", rest).strip()
        if rows and not rows[-1].cells and rows[-1].name.endswith(":"):
            heading = rows.pop().name.rstrip(" :")
        if heading and cell.text.lstrip().startswith(("-", "+", "–")):
            name = f"{heading} {_in_running_text(name)}"
        else:
            heading = ""
        bullet = _BULLET.match(rest) is not None
        rows.append(Row(name, cell.start, [], in_parts or bool(marker), bullet=bullet))
    table = Table(0, end)
    table.facts = _facts(p, nt, columns, _unstacked(p, nt, rows, figures))
    return table, i


def _unstacked(p: _Patterns, nt: NormalText, rows: list[Row], width: int) -> list[Row]:
    """Rows that share their cells, as a merged cell holding two rows' names is copied out ("Độ che phủ rừng (%)",
    "- Trồng mới (ha) rừng", then "56,8", "4.180", "57,1", ...): the names come one after the other, all but the
    last with no figures, the last with more figures than the table has columns. Each column's cell holds a figure
    of each of them in turn, in the rows' order (a row left out of a cell has none)."""
    out: list[Row] = []
    for row in rows:
        room = 1  # the row and the rows right above it with no cells
        while room <= len(out) and not out[-room].cells:
            room += 1
        shared = _shared_cells(p, nt, row, width, room) if room > 1 else None
        if shared is None:
            out.append(row)
            continue
        k, groups = shared
        fresh = [replace(r, cells=[]) for r in [*out[len(out) - k + 1 :], row]]
        for column, group in enumerate(groups):
            for r, cell in zip(fresh, group, strict=False):
                r.cells.extend([Cell(cell.start, "", "")] * (column - len(r.cells)))  # a cell left empty
                r.cells.append(cell)
        out[len(out) - k + 1 :] = fresh
    return out


def _shared_cells(p: _Patterns, nt: NormalText, row: Row, width: int, room: int) -> tuple[int, list[list[Cell]]] | None:
    """How many rows share `row`'s cells (`room` at most) and each column's cell of them; None when the cells are
    the row's own. Blank cells between the runs of figures part the columns' cells ("7,6 / 10,4 / blank / < 7,6 /
    <10,4 / blank"); else, when the figures' paragraphs are as many as the columns ("80\n50", "85", "90"), each
    paragraph is a column's cell; else each column holds a figure of each row in turn."""
    values = [c for c in row.cells if c.text and not p.note_word.match(c.lower)]
    if not width or len(values) <= width:
        return None
    groups = _runs(row.cells)
    if len(groups) > 1:
        k = max(sum(1 for c in g if c in values) for g in groups)
        return (k, groups) if 2 <= k <= room else None
    k = -(-len(row.cells) // width)
    if k > room:
        return None
    groups = _paragraphs(nt, row.cells)
    if len(groups) != width or any(len(g) > k for g in groups):
        groups = [row.cells[m : m + k] for m in range(0, len(row.cells), k)]
    return k, groups


def _runs(cells: list[Cell]) -> list[list[Cell]]:
    """The cells in runs apart by blank cells."""
    groups: list[list[Cell]] = [[]]
    for cell in cells:
        if not cell.text:
            groups.append([])
        else:
            groups[-1].append(cell)
    return [g for g in groups if g]


def _paragraphs(nt: NormalText, cells: list[Cell]) -> list[list[Cell]]:
    """The cells in runs of lines with no blank line between them."""
    groups: list[list[Cell]] = []
    for cell in cells:
        if groups and "\n\n" not in nt.text[groups[-1][-1].start : cell.start].replace(" ", ""):
            groups[-1].append(cell)
        else:
            groups.append([cell])
    return groups


_NO_FIGURE = frozenset({"-", "–", "x", "...", "…"})  # marks of a cell left without a figure
_PROSE_WORDS = 12  # a cell of more words that ends with a full stop is a sentence of prose
_UNIT_WORDS = 3  # a unit's cell has at most these words


def _number(cell: Cell) -> int:
    """A row's number in arabic digits ("2", "2."), else -2 (no number follows another)."""
    digits = cell.text.rstrip(".)")
    return int(digits) if digits.isdecimal() and len(digits) <= 3 else -2


def _is_index(cell: Cell) -> bool:
    return bool(cell.text) and _INDEX.fullmatch(cell.lower) is not None


def _names_a_row(p: _Patterns, cell: Cell) -> bool:
    """A cell of words that are no note ("Vượt") and no figure: a row's name."""
    return bool(cell.text) and not _is_value(p, cell) and not p.note_word.match(cell.lower)


def _is_value(p: _Patterns, cell: Cell) -> bool:
    """An empty cell, or a figure with at most a qualifier ("Khoảng 4", "Dưới 3", "-4,13%")."""
    text = p.qualifier.sub("", cell.lower).strip()
    if text in _NO_FIGURE:
        return True  # "-", "x": a cell with no figure in it, standing in its column
    return not text or _VALUE.fullmatch(text) is not None


# a figure, a range, a percent; "(+0,6)": a change printed with its sign, in parentheses
_VALUE = re.compile(r"[-–]?\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?|\([-–+]\s*\d[\d.,]*\s*%?\)")


def row_facts(nt: NormalText, lexicon: Lexicon, periods: list[str], rows: list[Row]) -> list[Fact]:
    """The facts of rows read by another reader (`extract/line_table.py`), whose cells stand in columns of what was
    done in `periods`: named, in units, as growths, falls and parts the way this module reads its own rows."""
    columns = [_Column("name"), *(_Column("actual", period) for period in periods)]
    return _facts(_patterns(lexicon), nt, columns, rows)


def _facts(p: _Patterns, nt: NormalText, columns: list[_Column], rows: list[Row]) -> list[Fact]:
    after_name = columns[[c.kind for c in columns].index("name") + 1 :]  # the unit's column is read with the name
    facts: list[Fact] = []
    whole: dict[int, Fact] = {}  # column -> the last main row's first figure in it
    columns_here = [c for c in after_name if c.kind != "unit"]
    growth = ""  # the growth the last main row names ("Tốc độ tăng"): its parts' figures are growths too
    for row in rows:
        name, unit = _name_and_unit(p, row.name)
        unit = row.unit or unit
        # "- Các ngành dịch vụ tăng (%)" right under a growth: a part of it, as after "Trong đó"
        part = row.part or (row.bullet and bool(growth) and unit == "%")
        if part and growth:
            tail = p.growth_tail.search(name)
            name = name[: tail.start()] if tail else name
        if not part:
            m = p.growth.match(name.lower())
            growth = name[: m.end()] if m else ""
        elif growth:
            name = f"{growth} {_in_running_text(name)}"  # "- Dịch vụ (%)" under a growth: "Tốc độ tăng dịch vụ"
        compared: int | None = None  # where in `facts` the row's last figure a compare column may compare stands
        for k, (column, cell) in enumerate(zip(columns_here, row.cells, strict=False)):
            if column.kind == "compare":
                if compared is not None:
                    facts[compared] = _compared(facts[compared], column, cell)
                continue
            if column.kind not in ("plan", "estimate", "actual"):
                continue
            made = _cell_facts(p, nt, name, unit, column, cell, row, part and bool(growth))
            if k in row.left and len(made) == 1 and made[0].value is None:
                made = [_left(p, nt, made[0], row.left[k], name, unit, column.kind == "plan")]
            if made and not part:
                whole[k] = made[0]
            elif made and k in whole:
                made = [_part(f, whole[k]) for f in made]
            facts.extend(made)
            compared = len(facts) - 1 if len(made) == 1 and column.kind != "plan" else None
    return facts


def _compared(f: Fact, column: _Column, cell: Cell) -> Fact:
    """The figure `f` with the comparison its row's cell in a compare column states (none for an empty or a wordy
    cell): "105,2" under "So với cùng kỳ (%)" is 105.2% of the same period; "-3,1" under "Tăng/giảm ..." a fall."""
    m = _NUMBER.fullmatch(cell.lower.rstrip(" %"))
    value = parse_number(m.group(1).rstrip(".,")) if m is not None else None
    if value is None or column.base is None:
        return f
    negative = cell.lower.lstrip().startswith(("-", "–"))
    kind = "change_pct" if column.change else "pct_of"
    comparison = Comparison(kind, column.base, -value if negative else value)
    return replace(f, comparisons=(*f.comparisons, comparison), rules=(*f.rules, "table:compare"))


def _name_and_unit(p: _Patterns, name: str) -> tuple[str, str | None]:
    """ "Giá trị xuất khẩu (triệu USD)" -> ("Giá trị xuất khẩu", "triệu usd"); "... (GRDP)" keeps its name; a unit
    in parentheses before the name's last words ("Trồng mới (ha) rừng") is the row's unit too."""
    m = _UNIT_IN_NAME.search(name)
    if m is None or not _is_unit(p, m.group(1).strip().lower()):
        inside = _UNIT_INSIDE.search(name)
        if inside is not None and _is_unit(p, inside.group(1).strip().lower()):
            return f"{name[: inside.start()]} {name[inside.end() :].strip()}".rstrip(" :"), inside.group(1).lower()
        return name.rstrip(" :"), None
    return name[: m.start()].rstrip(" :"), m.group(1).strip().lower()


def names_a_unit(lexicon: Lexicon, written: str) -> bool:
    """ "tỷ đồng", "%", "nghìn người": words that are a unit, as a row's unit cell or its name's parentheses give."""
    return _is_unit(_patterns(lexicon), written)


def _is_unit(p: _Patterns, written: str) -> bool:
    """ "triệu usd", "tỷ đồng", "%", "‰", "nghìn người": a unit, its magnitude word aside."""
    words = written.split()
    while words and (words[0] in p.magnitudes or _POWER_OF_TEN.fullmatch(words[0])):
        words.pop(0)
    return " ".join(words) in p.units


def _cell_facts(
    p: _Patterns,
    nt: NormalText,
    name: str,
    unit: str | None,
    column: _Column,
    cell: Cell,
    row: Row,
    growth: bool = False,
) -> list[Fact]:
    """The figures of one cell: one, or two for a range ("6,6-6,8"); none for words ("Xuất siêu")."""
    offset = cell.start + len(cell.lower) - len(p.qualifier.sub("", cell.lower))  # after "Khoảng", "Dưới"
    rng = _RANGE.match(nt.lower, offset, cell.start + len(cell.text))
    if rng is not None:
        numbers = [(rng.start(1), rng.group(1)), (rng.start(2), rng.group(2))]
    else:
        m = _NUMBER.match(nt.lower, offset, cell.start + len(cell.text))
        if m is None:
            return []
        numbers = [(m.start(1), m.group(1))]
    unit = unit or ("%" if cell.text.endswith("%") else None)
    sign = nt.lower[offset : numbers[0][0]].strip(" (")
    negative = sign in ("-", "–")
    out = []
    for at, written in numbers:
        value = parse_number(written.rstrip(".,"))
        if value is not None:
            value = -value if negative else value
            out.append(_fact(p, nt, name, unit, column, at, value, row, growth, signed=bool(sign)))
    return out


def _fact(
    p: _Patterns,
    nt: NormalText,
    name: str,
    unit: str | None,
    column: _Column,
    at: int,
    value: float,
    row: Row,
    part_of_growth: bool = False,
    signed: bool = False,
) -> Fact:
    lower = name.lower()
    plan = column.kind == "plan"
    tail = p.growth_tail.search(name)
    growth = (p.growth.match(lower) is not None or part_of_growth or tail is not None) and unit == "%"
    fall = p.fall.match(lower) or p.fall_tail.search(lower)
    comparisons: tuple[Comparison, ...] = ()
    level: float | None = value
    shown = name
    if fall is not None:
        # "Mức giảm tỷ lệ hộ nghèo | điểm | 1-1,5 | 1,1": the fall of the rate; the plan's named "Kế hoạch giảm ..."
        subject = name[fall.end() :] if fall.start() == 0 else name[: fall.start()]
        base = "prev_year_end" if p.year_end.search(lower) else "same_period"
        kind = "change_pp" if unit in p.points else "change_pct" if unit == "%" else "change_abs"
        extra = unit if kind == "change_abs" else None
        # (a sign printed in the cell, "(+0,6)" in a row of falls, is kept: that year it rose)
        comparisons = (Comparison(kind, base, value if signed else -abs(value), extra),)
        level, unit = None, None
        shown = f"{fall.group(0).split()[-1]} {_in_running_text(subject)}" if plan else subject
    elif growth:
        comparisons = (Comparison("change_pct", "same_period", value),)
        level, unit = None, None
        shown = name[: tail.start()] if tail is not None and not part_of_growth else name
    indicator = f"{p.plan_name} {_in_running_text(shown)}" if plan else _capitalise(shown)
    return Fact(
        offset=nt.to_raw(at),
        indicator=indicator,
        value=level,
        unit=unit,
        comparisons=comparisons,
        period=None if plan else column.period,
        value_kind="estimate" if column.kind == "estimate" else "actual",
        sentence=nt.raw[nt.to_raw(row.start) : nt.to_raw(at) + 1],
        rules=("table", f"table:{column.kind}"),
    )


def _left(p: _Patterns, nt: NormalText, fall: Fact, cell: Cell, name: str, unit: str | None, plan: bool) -> Fact:
    """ "0,7%" over "(còn 4,33%)" in a row of falls: the level left, 4.33, is the fact, the fall its comparison (as
    "giảm 0,7%, còn 4,33%" reads in prose)."""
    m = p.left.fullmatch(cell.lower)
    value = parse_number(m.group(1).rstrip(".,")) if m is not None else None
    if m is None or value is None:
        return fall
    found = p.fall.match(name.lower()) or p.fall_tail.search(name.lower())
    subject = (name[found.end() :] if found.start() == 0 else name[: found.start()]) if found else name
    indicator = f"{p.plan_name} {_in_running_text(subject)}" if plan else _capitalise(subject)
    at = nt.to_raw(cell.start + m.start(1))
    return replace(
        fall, offset=at, indicator=indicator, value=value, unit=unit or "%", rules=(*fall.rules, "table:left")
    )


def _part(f: Fact, whole: Fact) -> Fact:
    return replace(f, part_of=whole.offset, rules=(*f.rules, "table:part"))
