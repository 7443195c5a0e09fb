"""Index tables flattened into lines: a statistics office's table of price or production indices, each row a name
and as many index figures as the table has columns, every figure against one base.

The title names the index ("Chỉ số giá tiêu dùng các tháng năm 2020 so với tháng trước") and, with it or in a line
of its own ("Tháng trước = 100"), the base its figures are shares of; a line of that kind between rows changes the
base of the rows after it, and a row naming its own base ("Tháng 12 năm báo cáo so với tháng 12 năm trước",
"Năm trước = 100") keeps it to itself. A row's figures stand on its line after its name ("Lương thực - Food 98,52
100,14 ...") or one a line after it, the way a .docx or HTML table is read out; a gloss in English, on its own line
or after " - ", is left out. Each figure is a fact with no level: a share of the base ("pct_of"). A row named by a
period ("Tháng 1 - Jan.") or a base is the index the title names; a group's row is that index's head and the group
("Chỉ số giá lương thực"). A table whose head holds two bases (a column each) is not read here, nor one whose figures
are no indices (levels, in a unit).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import stated_bases
from ktxh.extract.rules.numeral import parse_number
from ktxh.extract.rules.words import LONE_YEAR, ROW_NUMBER, alt
from ktxh.extract.rules.words import capitalise as _capitalise
from ktxh.extract.rules.words import in_running_text as _in_running_text
from ktxh.extract.table import Table
from ktxh.model import Comparison, Fact
from ktxh.text.normalise import NormalText

# A line's figures: numbers separated by spaces, tabs or "|" up to its end ("100,39  101,54  100,42")
_FIGURES_AT_END = re.compile(r"(?:^|(?<=[ \t|]))(\d[\d.,]*)(?=(?:[ \t|]+\d[\d.,]*)*[ \t|]*$)")
_NUMBER = re.compile(r"\d[\d.,]*")
_SEPARATOR_ONLY = re.compile(r"^[\s|]*$")
_LOWEST, _HIGHEST = 20.0, 500.0  # an index is a share of its base: figures outside these are levels, not indices
_MIN_ROWS = 3  # rows of as many figures before a run of lines is taken for a table
_TITLE_REACH = 30  # lines before the first row where the title naming the index is looked for


@dataclass(frozen=True)
class _Patterns:
    heads: re.Pattern[str]  # "chỉ số giá", "chỉ số sản xuất": what an index table's title names
    name_end: re.Pattern[str]  # where the index's name in the title ends ("... tiêu dùng| các tháng")
    index_bases: dict[str, str]  # "tháng trước = 100" -> "prev_period"
    index_base: re.Pattern[str]
    period_row: re.Pattern[str]  # "tháng 1", "quý ii": a row named by a period
    open_marker: re.Pattern[str]  # "so với:" ending a line of the head: the columns' heads name the bases
    base_marker: re.Pattern[str]  # "so với" in a column's head: a comparison of its own
    marker: str  # the marker put before a column's head to read its base as prose does
    month_year: re.Pattern[str]  # "tháng 3 năm 2023": the period a lead line names
    month_column: re.Pattern[str]  # "tháng 12 năm trước", "tháng 2 năm 2023": a column of a month
    average: re.Pattern[str]  # "bình quân": a column of an average


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    w = lexicon.words
    bases = {phrase: base for base, phrases in lexicon.lists("tables", "index_bases").items() for phrase in phrases}
    units = alt(w("periods", "period_units"))
    month, year = alt(w("tables", "month_word")), alt(w("tables", "year_word"))
    return _Patterns(
        heads=re.compile(rf"(?<!\w){alt(w('tables', 'index_heads'))}(?!\w)"),
        name_end=re.compile(rf"\s+(?:{alt(w('tables', 'index_name_ends'))})(?!\w)"),
        index_bases=bases,
        index_base=re.compile(rf"(?<!\w)({alt(list(bases))})"),
        period_row=re.compile(rf"(?:{units})\s+(?:\d{{1,2}}|[ivx]+)(?:\s*[-–]\s*\S+)?$"),
        open_marker=re.compile(rf"(?<!\w){alt(w('periods', 'base_markers'))}\s*:?\s*$"),
        base_marker=re.compile(rf"(?<!\w){alt(w('periods', 'base_markers'))}(?!\w)"),
        marker=w("periods", "base_markers")[0],
        month_year=re.compile(rf"{month}\s+(\d{{1,2}})\s+{year}\s+(\d{{4}})"),
        month_column=re.compile(rf"{month}\s+(\d{{1,2}})\s+{year}\s+(?:(\d{{4}})|{alt(w('tables', 'previous_year'))})"),
        average=re.compile(rf"(?<!\w){alt(w('tables', 'average_words'))}(?!\w)"),
    )


@dataclass
class _Line:
    start: int
    text: str  # stripped
    lower: str
    figures: list[tuple[int, str]]  # (where, as written) of the figures ending the line
    label: str  # the words before them


@dataclass
class _Row:
    label: str  # its name as written, in Vietnamese
    start: int  # where its name (or its first figure) stands
    figures: list[tuple[int, str]] = field(default_factory=list)
    section: str | None = None  # the base a line of nothing but a base before it stated


def read_index_tables(nt: NormalText, lexicon: Lexicon, taken: list[Table]) -> list[Table]:
    """Every index table in the text (outside the tables `taken` already), with its figures."""
    if "\n" not in nt.text or "," not in nt.text:
        return []
    p = _patterns(lexicon)
    lines = _lines(nt)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        rows, end = _rows(p, lines, i, lexicon)
        if len(rows) < _MIN_ROWS:
            i = max(end, i + 1)
            continue
        table = _table(p, nt, lines, i, rows, lexicon)
        if table is not None and not any(t.start <= table.start <= t.end for t in taken):
            out.append(table)
        i = end
    return out


def _lines(nt: NormalText) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in nt.text.split("\n"):
        stripped = raw.strip()
        if stripped and not _SEPARATOR_ONLY.match(stripped):
            start = pos + len(raw) - len(raw.lstrip())
            lower = nt.lower[start : start + len(stripped)]
            figures = _figures_at_end(stripped, start)
            while len(figures) > 1 and not _decimal(figures[0][1]) and _decimal(figures[-1][1]):
                figures = figures[1:]  # "Năm trước = 100   102,84  102,19": the "100" names the base
            label = stripped[: figures[0][0] - start].rstrip(" \t|") if figures else stripped
            if figures and not any(_decimal(f) for _, f in figures):
                # "2019  2020  2021": the columns' years; "Kỳ trước = 100": a base: lines of words, no index figures
                figures, label = [], stripped
            out.append(_Line(start, stripped, lower, figures, label))
        pos += len(raw) + 1
    return out


def _figures_at_end(stripped: str, start: int) -> list[tuple[int, str]]:
    """The figures that end a line, with where each starts in the text."""
    tail = stripped.rstrip(_AFTER_LAST_DIGIT)
    if not tail or not tail[-1].isdecimal():
        return []  # most lines end in a word or a mark: no figures at their end, and no scan of them
    return [(start + m.start(1), m.group(1)) for m in _FIGURES_AT_END.finditer(stripped)]


_AFTER_LAST_DIGIT = " \t|.,"  # what may follow a line's last digit when figures end it ("102,5 |")


def _rows(p: _Patterns, lines: list[_Line], i: int, lexicon: Lexicon) -> tuple[list[_Row], int]:
    """The rows of index figures from line `i` on, all with as many figures, and the line after them."""
    rows: list[_Row] = []
    pending: list[_Line] = []  # the lines of words since the last row's figures
    open_row: _Row | None = None
    j = i
    while j < len(lines):
        line = lines[j]
        if line.figures and not all(_is_index(f) for _, f in line.figures):
            break
        if line.figures and not line.label and open_row is not None:
            open_row.figures.extend(line.figures)  # a figure a line: the row read out cell by cell
        elif line.figures:
            own = " ".join(_vietnamese_parts(line.label))
            named = line if own else _last_name_line(p, pending, lexicon)
            label = own if own else (" ".join(_vietnamese_parts(named.label)) if named else "")
            start = named.start if named else line.figures[0][0]
            open_row = _Row(label, start, list(line.figures), _section(p, pending, lexicon))
            rows.append(open_row)
            pending = []
        else:
            if len(line.text) > _MAX_LABEL:
                break  # prose: the table is over
            pending.append(line)
            open_row = None
        j += 1
    width = _width(rows)
    kept = [r for r in rows if len(r.figures) == width]
    return (kept if len(kept) >= _MIN_ROWS else []), j


def _last_name_line(p: _Patterns, pending: list[_Line], lexicon: Lexicon) -> _Line | None:
    """The last line of words in Vietnamese before a row's figures, not a line of nothing but a base."""
    for ln in reversed(pending):
        if _vietnamese_parts(ln.label) and not _base_only(p, ln.lower, lexicon):
            return ln
    return None


def _section(p: _Patterns, pending: list[_Line], lexicon: Lexicon) -> str | None:
    """The base the last line of nothing but a base ("Tháng trước = 100 - Previous month = 100") states."""
    for ln in reversed(pending):
        if _base_only(p, ln.lower, lexicon):
            return _bases(p, ln.lower, lexicon)[0]
    return None


def _base_only(p: _Patterns, lower: str, lexicon: Lexicon) -> bool:
    return bool(_bases(p, lower, lexicon)) and not _words_besides_base(p, lower)


_MAX_LABEL = 160  # characters: a longer line is prose


def _decimal(written: str) -> bool:
    return "," in written or "." in written


def _is_index(written: str) -> bool:
    value = parse_number(written)
    return value is not None and _LOWEST <= value <= _HIGHEST and _decimal(written)


def _width(rows: list[_Row]) -> int:
    counts: dict[int, int] = {}
    for r in rows:
        counts[len(r.figures)] = counts.get(len(r.figures), 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else 0


def _table(
    p: _Patterns, nt: NormalText, lines: list[_Line], i: int, rows: list[_Row], lexicon: Lexicon
) -> Table | None:
    top = next((k for k in range(i, len(lines)) if lines[k].start >= rows[0].start), len(lines))
    head = lines[max(0, top - _TITLE_REACH) : top]
    title = next((ln for ln in head if p.heads.search(ln.lower)), None)
    if title is None:
        return None  # figures that no title calls an index
    below_title = head[head.index(title) :]
    name = _index_name(p, title)
    lead = next((ln for ln in below_title if p.open_marker.search(ln.lower)), None)
    if lead is not None:
        # "Tháng 3 năm 2023 so với: | Kỳ gốc 2019 | Tháng 3 năm trước | ...": a base a column
        facts = _by_columns(p, nt, lead, rows, name, lexicon)
    else:
        facts = _by_rows(p, nt, below_title, rows, name, lexicon)
    if not facts:
        return None
    last = rows[-1].figures[-1]
    return Table(start=title.start, end=last[0] + len(last[1]), facts=facts)


def _index_fact(nt: NormalText, row: _Row, at: int, indicator: str, comparisons: list[Comparison]) -> Fact:
    return Fact(
        offset=nt.to_raw(at),
        indicator=indicator,
        value=None,
        unit=None,
        comparisons=tuple(comparisons),
        value_kind="actual",
        sentence=nt.raw[nt.to_raw(row.start) : nt.to_raw(at) + 1],
        rules=("table", "table:index"),
    )


def _by_columns(p: _Patterns, nt: NormalText, lead: _Line, rows: list[_Row], name: str, lexicon: Lexicon) -> list[Fact]:
    """One fact a row for the period the lead line names, a share of each column's base in column order; a column
    naming its own comparison ("Bình quân quý I năm 2023 so với cùng kỳ năm trước") a fact of its own."""
    period = p.month_year.search(lead.lower)
    if period is None:
        return []
    month, year = int(period.group(1)), int(period.group(2))
    labels = _column_labels(nt, lead.start + len(lead.text), rows[0].start)
    own = [lbl for lbl in labels if p.base_marker.search(lbl)]
    kept = [lbl for lbl in labels if not p.base_marker.search(lbl)]
    bases = [_column_base(p, lbl, month, year, lexicon) for lbl in kept]
    own_bases = [_own_base(p, lbl, lexicon) for lbl in own]
    if not bases or None in bases or None in own_bases or len(bases) + len(own) != len(rows[0].figures):
        return []
    facts: list[Fact] = []
    for row in rows:
        indicator = _row_name(p, name, ROW_NUMBER.sub("", row.label).strip(), False)
        values = [parse_number(w) for _, w in row.figures]
        if None in values:
            continue
        shares = [Comparison("pct_of", b, v) for b, v in zip(bases, values, strict=False) if b and v is not None]
        facts.append(_index_fact(nt, row, row.figures[0][0], indicator, shares))
        for (at, _), value, label, base in zip(
            row.figures[len(bases) :], values[len(bases) :], own, own_bases, strict=True
        ):
            averaged = p.average.search(label)
            shown = f"{indicator} {averaged.group(0)}" if averaged else indicator
            assert value is not None and base is not None
            facts.append(_index_fact(nt, row, at, shown, [Comparison("pct_of", base, value)]))
    return facts


def _column_labels(nt: NormalText, lo: int, hi: int) -> list[str]:
    """The columns' heads between the lead line and the first row: runs of lines between blank or "|" lines, in
    Vietnamese, a unit ("%") left out."""
    labels: list[str] = []
    run: list[str] = []
    for raw in [*nt.lower[lo:hi].split("\n"), ""]:
        text = raw.strip()
        if text and not _SEPARATOR_ONLY.match(text):
            if any(c.isalpha() for c in text) and not _english(text):
                run.append(text)
            continue
        if run:
            labels.append(" ".join(run))
            run = []
    return labels


def _column_base(p: _Patterns, label: str, month: int, year: int, lexicon: Lexicon) -> str | None:
    """A column's base for the index of month/year: "Tháng 12 năm trước" (or of the year before) the year's end,
    "Tháng 3 năm trước" the same month a year before, "Tháng 2 năm 2023" the month before, another month "other";
    a head naming no month as prose reads it ("Kỳ gốc 2019")."""
    m = p.month_column.search(label)
    if m is not None:
        m_month = int(m.group(1))
        m_year = year - 1 if m.group(2) is None else int(m.group(2))
        if m_month == 12 and m_year == year - 1:
            return "prev_year_end"
        if m_month == month and m_year == year - 1:
            return "same_period"
        if (m_month, m_year) == ((month - 1, year) if month > 1 else (12, year - 1)):
            return "prev_period"
        return "other"  # "Tháng 5 năm 2022" for May 2024: neither a year nor a month before
    found = stated_bases(f"{p.marker} {label}", 0, len(p.marker) + 1 + len(label), lexicon)
    return found[0][0] if found else None


def _own_base(p: _Patterns, label: str, lexicon: Lexicon) -> str | None:
    found = _bases(p, label, lexicon)
    return found[0] if found else _year_on_year(p, label)


def _year_on_year(p: _Patterns, label: str) -> str | None:
    """ "Chỉ số giá năm 2009 so với năm 2008": a year against the year before it."""
    years = [int(y) for y in LONE_YEAR.findall(label)]
    return "same_period" if len(years) == 2 and years[0] - years[1] == 1 else None


def _by_rows(
    p: _Patterns, nt: NormalText, below_title: list[_Line], rows: list[_Row], name: str, lexicon: Lexicon
) -> list[Fact]:
    """One fact a figure, each a share of the base the title, a section line or its row states."""
    head_bases = {b for ln in below_title for b in _bases(p, ln.lower, lexicon)}
    if len(head_bases) != 1:
        return []  # no base, or several
    base = head_bases.pop()
    facts: list[Fact] = []
    for row in rows:
        stated = _bases(p, row.label.lower(), lexicon)
        base = row.section or base
        row_base = stated[0] if stated else base
        indicator = _row_name(p, name, ROW_NUMBER.sub("", row.label).strip(), bool(stated))
        for at, written in row.figures:
            value = parse_number(written)
            if value is not None:
                facts.append(_index_fact(nt, row, at, indicator, [Comparison("pct_of", row_base, value)]))
    return facts


def _bases(p: _Patterns, lower: str, lexicon: Lexicon) -> list[str]:
    found = [p.index_bases[m.group(1)] for m in p.index_base.finditer(lower)]
    return found + [b for b, _, _ in stated_bases(lower, 0, len(lower), lexicon)]


def _words_besides_base(p: _Patterns, lower: str) -> bool:
    vietnamese = _vietnamese_parts(lower)
    rest = p.index_base.sub("", " ".join(vietnamese)).strip(" -–:")
    return bool(rest)


def _vietnamese_parts(text: str) -> list[str]:
    """`text` without its English gloss: "Lương thực - Food" -> ["Lương thực"]; "Consumer price index" -> []."""
    return [part.strip() for part in re.split(r"\s+[-–]\s+", text) if part.strip() and not _english(part)]


def _english(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


def _index_name(p: _Patterns, title: _Line) -> str:
    """ "Chỉ số giá tiêu dùng các tháng năm 2020 so với tháng trước" -> "Chỉ số giá tiêu dùng"."""
    m = p.heads.search(title.lower)
    assert m is not None
    text = title.text[m.start() :]
    cut = p.name_end.search(text.lower())
    return _capitalise(text[: cut.start()] if cut else text)


def _row_name(p: _Patterns, index: str, label: str, states_base: bool) -> str:
    lower = label.lower()
    if label.isupper() and " " in label:
        label = lower  # "CHỈ SỐ GIÁ TIÊU DÙNG": a row printed in capitals ("CPI" alone stays)
    if not label or states_base or p.period_row.match(lower) or p.index_base.match(lower):
        return index  # "Tháng 1", "Năm trước = 100": the index the title names
    if p.heads.match(lower):
        return _capitalise(label)  # "Chỉ số giá vàng"
    head = p.heads.search(index.lower())
    assert head is not None
    return f"{index[: head.end()]} {_in_running_text(label)}"
