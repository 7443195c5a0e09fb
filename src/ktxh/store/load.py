"""Loading a figures file (CSV, or XLSX with the same columns) into the store.

One row a figure: indicator_code, org_unit, period, value_kind, value, unit, and
optionally total, one column a stated comparison named "type:base" (e.g.
"pct_of:plan", "change_pct:same_period"), indicator_name, source_offset, note.
Every row is checked before anything is written; a bad row stops the load with
the file and line, and the database is left as it was (one transaction a file).
Loading the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.errors import LoadError
from ktxh.model import COMPARISON_BASES, COMPARISON_TYPES, Comparison
from ktxh.settings import DATA_DIR
from ktxh.store.db import Store
from ktxh.store.periods import PeriodError, parse_period
from ktxh.store.records import NewObservation, add_observations, get_or_create_period
from ktxh.store.schema import VALUE_KINDS, Indicator, OrgUnit
from ktxh.store.units import scale_to_base

BUNDLED_FIGURES = DATA_DIR / "figures" / "laichau-2012-9t.csv"
REQUIRED_COLUMNS = ("indicator_code", "org_unit", "period", "value_kind", "value", "unit")
OPTIONAL_COLUMNS = ("indicator_name", "total", "source_offset", "note")
_CELL_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)(?:\s+([^\W\d][^,;]*?))?\s*$")


@dataclass
class LoadResult:
    path: Path
    rows: int = 0
    added: int = 0
    unchanged: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class FigureRow:
    line: int
    cells: dict[str, str]


def load_bundled(store: Store) -> LoadResult:
    """Load the Lai Châu nine-month 2012 figures that ship with ktxh."""
    return load_figures(store, BUNDLED_FIGURES)


def load_figures(store: Store, path: Path | str) -> LoadResult:
    """Load a figures file in one transaction: all rows or none."""
    path = Path(path)
    rows = list(read_rows(path))
    result = LoadResult(path=path, rows=len(rows))
    with store.transaction() as session:
        context = _Lookup(session, path)
        news = [_to_observation(context, row) for row in rows]
        _reject_duplicate_keys(path, rows, news)
        for new, added in zip(news, add_observations(session, news), strict=True):
            if added:
                result.added += 1
                result.by_kind[new.value_kind] = result.by_kind.get(new.value_kind, 0) + 1
            else:
                result.unchanged += 1
    return result


def read_rows(path: Path) -> Iterator[FigureRow]:
    if not path.exists():
        raise LoadError("no such file", where=str(path))
    if path.suffix.lower() == ".xlsx":
        yield from _xlsx_rows(path)
        return
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            _check_header(path, list(reader.fieldnames or []))
            for row in reader:
                cells = {k: (v or "").strip() for k, v in row.items() if k is not None}
                if None in row:
                    raise LoadError("more cells than columns", where=f"{path}:{reader.line_num}")
                if any(cells.values()):
                    yield FigureRow(reader.line_num, cells)
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", where=str(path)) from exc
    except csv.Error as exc:
        raise LoadError(f"not a valid CSV file: {exc}", where=str(path)) from exc


def _xlsx_rows(path: Path) -> Iterator[FigureRow]:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise LoadError(f"not a readable XLSX file: {exc}", where=str(path)) from exc
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    _check_header(path, header)
    for line, values in enumerate(rows, start=2):
        cells = {h: _cell_text(v) for h, v in zip(header, values, strict=False) if h}
        if any(cells.values()):
            yield FigureRow(line, cells)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _check_header(path: Path, header: list[str]) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise LoadError(f"missing columns: {', '.join(missing)}", where=f"{path}:1")
    for name in header:
        if name not in REQUIRED_COLUMNS and name not in OPTIONAL_COLUMNS and _comparison_column(name) is None:
            raise LoadError(
                f"unknown column {name!r} (a comparison column is named type:base, "
                f"type in {COMPARISON_TYPES}, base in {COMPARISON_BASES})",
                where=f"{path}:1",
            )


def _comparison_column(name: str) -> tuple[str, str] | None:
    kind, _, base = name.partition(":")
    return (kind, base) if kind in COMPARISON_TYPES and base in COMPARISON_BASES else None


class _Lookup:
    """Catalog lookups for one load, cached."""

    def __init__(self, session: Session, path: Path) -> None:
        self.session, self.path = session, path
        self.indicators = {i.code: i for i in session.scalars(select(Indicator))}
        # code -> id: thousands of units since the national lists, and only the id is needed
        self.org_units: dict[str, int] = {code: id_ for code, id_ in session.execute(select(OrgUnit.code, OrgUnit.id))}
        self.periods: dict[str, int] = {}

    def period_id(self, label: str, where: str) -> int:
        if label not in self.periods:
            try:
                spec = parse_period(label)
            except PeriodError as exc:
                raise LoadError(str(exc), where=where) from exc
            self.periods[label] = get_or_create_period(self.session, spec).id
        return self.periods[label]


def _number(text: str, column: str, where: str, unit_allowed: bool = False) -> tuple[float, str]:
    m = _CELL_NUMBER.match(text)
    if not m or (m.group(2) and not unit_allowed):
        raise LoadError(f"column {column}: not a number: {text!r} (write 46.9, not 46,9)", where=where)
    return float(m.group(1)), m.group(2) or ""


def _to_observation(ctx: _Lookup, row: FigureRow) -> NewObservation:
    where = f"{ctx.path}:{row.line}"
    cells = row.cells
    indicator = ctx.indicators.get(cells["indicator_code"])
    if indicator is None:
        raise LoadError(f"unknown indicator code {cells['indicator_code']!r}", where=where)
    org_id = ctx.org_units.get(cells["org_unit"])
    if org_id is None:
        raise LoadError(f"unknown org unit {cells['org_unit']!r}", where=where)
    if cells["value_kind"] not in VALUE_KINDS:
        raise LoadError(f"value_kind must be one of {', '.join(VALUE_KINDS)}, not {cells['value_kind']!r}", where=where)
    value_written = _number(cells["value"], "value", where)[0] if cells["value"] else None
    comparisons = _comparisons(cells, where)
    if value_written is None and not comparisons:
        raise LoadError("a row needs a value or a stated comparison", where=where)
    unit = cells["unit"] or indicator.unit
    value = None if value_written is None else scale_to_base(value_written, unit, indicator.base_unit)
    total = _number(cells["total"], "total", where)[0] if cells.get("total") else None
    offset = int(_number(cells["source_offset"], "source_offset", where)[0]) if cells.get("source_offset") else None
    return NewObservation(
        indicator_id=indicator.id,
        org_unit_id=org_id,
        period_id=ctx.period_id(cells["period"], where),
        value_kind=cells["value_kind"],
        value=value,
        unit_written=unit,
        value_written=cells["value"] or None,
        comparisons=comparisons,
        total=None if total is None else scale_to_base(total, unit, indicator.base_unit),
        source=ctx.path.name,
        source_line=row.line,
        source_offset=offset,
    )


def _comparisons(cells: dict[str, str], where: str) -> tuple[Comparison, ...]:
    out = []
    for name, text in cells.items():
        column = _comparison_column(name)
        if column and text:
            value, unit = _number(text, name, where, unit_allowed=True)
            out.append(Comparison(column[0], column[1], value, unit or None))
    return tuple(out)


def _reject_duplicate_keys(path: Path, rows: list[FigureRow], news: list[NewObservation]) -> None:
    seen: dict[tuple[int, int, int, str], int] = {}
    for row, new in zip(rows, news, strict=True):
        key = (new.indicator_id, new.org_unit_id, new.period_id, new.value_kind)
        if key in seen:
            raise LoadError(
                f"the same indicator, org unit, period and value kind as line {seen[key]}",
                where=f"{path}:{row.line}",
            )
        seen[key] = row.line
