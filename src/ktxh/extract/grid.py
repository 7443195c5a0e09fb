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
from ktxh.extract.rules.words import alt
from ktxh.extract.rules.words import capitalise as _capitalise
from ktxh.extract.rules.words import in_running_text as _in_running_text
from ktxh.extract.table import Table
from ktxh.model import Comparison, Fact
from ktxh.text.normalise import NormalText

# A line's figures: numbers separated by spaces, tabs or "|" up to its end ("100,39  101,54  100,42")
_FIGURES_AT_END = re.compile(r"(?:^|(?<=[ \t|]))(\d[\d.,]*)(?=(?:[ \t|]+\d[\d.,]*)*[ \t|]*$)")
_NUMBER = re.compile(r"\d[\d.,]*")
_SEPARATOR_ONLY = re.compile(r"^[\s|]*$")
_ENUMERATOR = re.compile(r"^(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)\-]\s*|^[\-–+•*]\s*", re.IGNORECASE)
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


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    w = lexicon.words
    bases = {phrase: base for base, phrases in lexicon.lists("tables", "index_bases").items() for phrase in phrases}
    units = alt(w("periods", "period_units"))
    return _Patterns(
        heads=re.compile(rf"(?<!\w){alt(w('tables', 'index_heads'))}(?!\w)"),
        name_end=re.compile(rf"\s+(?:{alt(w('tables', 'index_name_ends'))})(?!\w)"),
        index_bases=bases,
        index_base=re.compile(rf"(?<!\w)({alt(list(bases))})"),
        period_row=re.compile(rf"(?:{units})\s+(?:\d{{1,2}}|[ivx]+)(?:\s*[-–]\s*\S+)?$"),
        open_marker=re.compile(rf"(?<!\w){alt(w('periods', 'base_markers'))}\s*:?\s*$"),
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
            figures = [(start + m.start(1), m.group(1)) for m in _FIGURES_AT_END.finditer(stripped)]
            while len(figures) > 1 and not _decimal(figures[0][1]) and _decimal(figures[-1][1]):
                figures = figures[1:]  # "Năm trước = 100   102,84  102,19": the "100" names the base
            label = stripped[: figures[0][0] - start].rstrip(" \t|") if figures else stripped
            if figures and not any(_decimal(f) for _, f in figures):
                # "2019  2020  2021": the columns' years; "Kỳ trước = 100": a base: lines of words, no index figures
                figures, label = [], stripped
            out.append(_Line(start, stripped, lower, figures, label))
        pos += len(raw) + 1
    return out


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
    title = next((ln for ln in reversed(head) if p.heads.search(ln.lower)), None)
    if title is None:
        return None  # figures that no title calls an index
    below_title = head[head.index(title) :]
    if any(p.open_marker.search(ln.lower) for ln in below_title):
        return None  # "Tháng 3 năm 2023 so với:": a base a column, named by each column's head (not read here)
    head_bases = {b for ln in below_title for b in _bases(p, ln.lower, lexicon)}
    if len(head_bases) != 1:
        return None  # no base, or several
    base = head_bases.pop()
    name = _index_name(p, title)
    facts: list[Fact] = []
    for row in rows:
        stated = _bases(p, row.label.lower(), lexicon)
        base = row.section or base
        row_base = stated[0] if stated else base
        indicator = _row_name(p, name, _ENUMERATOR.sub("", row.label).strip(), bool(stated))
        for at, written in row.figures:
            value = parse_number(written)
            if value is None:
                continue
            facts.append(
                Fact(
                    offset=nt.to_raw(at),
                    indicator=indicator,
                    value=None,
                    unit=None,
                    comparisons=(Comparison("pct_of", row_base, value),),
                    value_kind="actual",
                    sentence=nt.raw[nt.to_raw(row.start) : nt.to_raw(at) + 1],
                    rules=("table", "table:index"),
                )
            )
    if not facts:
        return None
    last = rows[-1].figures[-1]
    return Table(start=title.start, end=last[0] + len(last[1]), facts=facts)


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
    if not label or states_base or p.period_row.match(lower) or p.index_base.match(lower):
        return index  # "Tháng 1", "Năm trước = 100": the index the title names
    if p.heads.match(lower):
        return _capitalise(label)  # "Chỉ số giá vàng"
    head = p.heads.search(index.lower())
    assert head is not None
    return f"{index[: head.end()]} {_in_running_text(label)}"
