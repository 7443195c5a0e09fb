"""Tables of indicators by year flattened a row a line, as a planning department's portal prints them: a head line
naming the rows, the units and one column a year ("Chỉ tiêu ĐV tính 2010 2011 2012 ..."), then a line a row, its
name, its unit and its figures apart by spaces ("Tốc độ tăng trưởng kinh tế GRDP % 9.30 10.20 9.80").

Each figure is a fact of its column's year, read the way `extract/table.py` reads a row of cells (a row naming a
growth gives growths, one naming a fall falls, a unit in parentheses ending a name is the row's unit). The figures
fill the columns from the first on (a row has two at least); a figure of zero ("0.00" under a year the rows leave
unfilled) is an empty cell. A dashed row ("- Dịch vụ %") is a part of the row above it that has no dash, and the
rows with neither a dash nor a number under a numbered row ("1. Tổng giá trị gia tăng (Giá 2010) Tỷ đồng ...",
then "Dịch vụ Tỷ đồng ...") are its parts when they count in its unit; a part named by a branch alone under a total
("Tổng giá trị gia tăng (Giá 2010)") is named by that total's measure ("Giá trị gia tăng dịch vụ (Giá 2010)"). A
row with no unit named by a coefficient ("Hệ số ICOR") counts in that word. The table ends at the first line that is
neither a row nor a short heading ("A. Kinh tế").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.numeral import parse_number
from ktxh.extract.rules.words import YEAR, alt
from ktxh.extract.rules.words import in_running_text as _in_running_text
from ktxh.extract.table import Cell, Row, Table, names_a_unit, row_facts
from ktxh.text.normalise import NormalText

_FIGURE = re.compile(r"[-–+]?\d[\d.,]*")  # a token that is a figure ("9.30", "-1.30", "29315.30")
_NUMBERED = re.compile(r"^(?:[ivxlc]{1,6}|\d{1,2}(?:\.\d{1,2})*)[.)]\s+", re.IGNORECASE)  # "1. ", "II. "
_DASHED = re.compile(r"^[-–+•*]\s*")
_PARENS_END = re.compile(r"\s*\([^()]*\)\s*$")  # "(Giá 2010)" ending a name
_MAX_LINE = 200  # characters: a longer head is prose
_HEADING_WORDS = 8  # a line with no figures of more words is prose, and ends the table
_MAX_UNIT_WORDS = 3


@dataclass(frozen=True)
class _Patterns:
    head: re.Pattern[str]  # "chỉ tiêu đv tính 2010 2011 ...": group 1 holds the years
    year_word: str  # "năm": a year's column is the period "năm 2010"
    totals: re.Pattern[str]  # "tổng": a row naming a total, whose parts may be named by a branch alone
    coefficients: re.Pattern[str]  # "hệ số": a row with no unit named so counts in that word


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    w = lexicon.words
    year = alt(w("tables", "year_word"))
    rows = alt(w("tables", "rows_labels"))
    units = alt(w("tables", "unit_labels"))
    index = alt(w("tables", "index_labels"))
    column = rf"(?:{year}\s+)?{YEAR.pattern}"
    return _Patterns(
        head=re.compile(rf"(?:{index}\s+)?{rows}(?:\s+{units})?\s+({column}(?:\s+{column})+)\s*$"),
        year_word=w("tables", "year_word")[0],
        totals=re.compile(rf"{alt(w('tables', 'total_heads'))}\s+"),
        coefficients=re.compile(rf"{alt(w('tables', 'coefficient_heads'))}(?!\w)"),
    )


def read_line_tables(nt: NormalText, lexicon: Lexicon, taken: list[Table]) -> list[Table]:
    """Every table a row a line with a column a year in the text (outside the tables `taken` already)."""
    if "\n" not in nt.text:
        return []
    p = _patterns(lexicon)
    lines = _lines(nt)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        start, lower = lines[i]
        head = p.head.match(lower) if lower[-1:].isdigit() and len(lower) <= _MAX_LINE else None
        i += 1
        if head is None or any(t.start <= start <= t.end for t in taken):
            continue
        years = YEAR.findall(head.group(1))
        rows, i = _rows(nt, lexicon, lines, i, len(years))
        facts = row_facts(nt, lexicon, [f"{p.year_word} {y}" for y in years], _named(p, rows))
        if facts:
            last = max(c.start + len(c.text) for r in rows for c in r.cells)
            out.append(Table(start, last, facts))
    return out


def _lines(nt: NormalText) -> list[tuple[int, str]]:
    """The text's lines that hold anything, stripped and in lower case, with where each starts."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in nt.lower.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((pos + len(line) - len(line.lstrip()), stripped))
        pos += len(line) + 1
    return out


def _rows(nt: NormalText, lexicon: Lexicon, lines: list[tuple[int, str]], i: int, width: int) -> tuple[list[Row], int]:
    """The rows from line `i` to the table's end (`width` columns of figures), and the line after them."""
    rows: list[Row] = []
    numbered: Row | None = None  # the numbered row above: the plain rows under it in its unit are its parts
    while i < len(lines):
        start, lower = lines[i]
        text = nt.text[start : start + len(lower)]
        label, figures = _split(text, start, width)
        if len(figures) < 2:  # (a head has two year columns at least: `width` >= 2)
            if figures or len(lower.split()) > _HEADING_WORDS or lower.endswith((".", ";", ":")):
                break  # prose, or a line of one figure ("Giai đoạn 2021 - 2025"): the table has ended
            i += 1
            continue  # a heading's line ("A. Kinh tế"), no figures
        name, unit = _name_and_unit(lexicon, label)
        dashed = _DASHED.match(name) is not None
        number = _NUMBERED.match(name)
        name = name[number.end() :] if number else _DASHED.sub("", name)
        part = dashed or (numbered is not None and number is None and unit == numbered.unit)
        cells = [c for c in figures if parse_number(c.text.lstrip("-–+")) != 0]  # "0.00": a column left unfilled
        rows.append(Row(name, start, _padded(figures, cells), part, unit, bullet=dashed))
        numbered = rows[-1] if number is not None else numbered
        i += 1
    return rows, i


def _split(text: str, start: int, width: int) -> tuple[str, list[Cell]]:
    """A row's line cut into the words before its figures and its figures (as many as `width` at most)."""
    tokens = list(re.finditer(r"\S+", text))
    k = len(tokens)
    while k > 0 and len(tokens) - k < width and _FIGURE.fullmatch(tokens[k - 1].group()):
        k -= 1
    if k == 0 or k == len(tokens):
        return text, []  # no name, or no figures
    cells = [Cell(start + t.start(), t.group(), t.group().lower()) for t in tokens[k:]]
    return text[: tokens[k - 1].end()], cells


def _padded(figures: list[Cell], kept: list[Cell]) -> list[Cell]:
    """The row's cells in column order, an empty cell where a zero stood."""
    return [c if c in kept else Cell(c.start, "", "") for c in figures]


def _name_and_unit(lexicon: Lexicon, label: str) -> tuple[str, str | None]:
    """ "Tổng giá trị gia tăng (Giá 2010) Tỷ đồng" -> (its name, "tỷ đồng"): the unit, the last words of the label
    that name one; none when they name none ("Hệ số ICOR")."""
    words = label.split()
    for n in range(min(_MAX_UNIT_WORDS, len(words) - 1), 0, -1):
        written = " ".join(words[-n:]).lower()
        if names_a_unit(lexicon, written):
            return " ".join(words[:-n]), written
    return label.strip(), None


def _named(p: _Patterns, rows: list[Row]) -> list[Row]:
    """The rows with the names their parts take from a total above them, and a coefficient's unit."""
    whole: Row | None = None
    for row in rows:
        if not row.part:
            whole = row
            coefficient = p.coefficients.match(row.name.lower())
            if row.unit is None and coefficient is not None:
                row.unit = coefficient.group(0)  # "Hệ số ICOR": counted in "hệ số"
            continue
        if whole is None or row.bullet:
            continue
        total = p.totals.match(whole.name.lower())
        if total is not None and not _shares_a_word(whole.name, row.name):
            measure = whole.name[total.end() :]
            qualifier = _PARENS_END.search(measure)
            head = measure[: qualifier.start()] if qualifier else measure
            tail = qualifier.group(0) if qualifier else ""
            row.name = f"{head[:1].upper()}{head[1:]} {_in_running_text(row.name)}{tail}"
    return rows


def _shares_a_word(a: str, b: str) -> bool:
    return bool(set(re.findall(r"\w+", a.lower())) & set(re.findall(r"\w+", b.lower())))
