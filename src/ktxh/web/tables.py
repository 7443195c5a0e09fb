"""Any table a page shows, downloadable as CSV and XLSX.

A page builds a `Table` (headings and rows of plain values); `to_csv` and `to_xlsx`
write it. Numbers stay numbers in XLSX so a spreadsheet can sum them; CSV is UTF-8
with a byte-order mark so that Excel opens Vietnamese text correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# Excel allows at most 31 characters in a sheet name, and none of these
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Table:
    """A titled grid: `columns` are the headings, each row has one value per column."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def to_csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    writer.writerows(_plain(row) for row in table.rows)
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(table: Table) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = (table.title.translate(_SHEET_FORBIDDEN).strip() or "Sheet")[:31]
    sheet.append(list(table.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(_plain(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def render(table: Table, fmt: str) -> bytes:
    """The table as `fmt` ("csv" or "xlsx")."""
    return to_csv(table) if fmt == "csv" else to_xlsx(table)


def _plain(row: Sequence[Any]) -> list[Any]:
    """Cells a writer accepts: None stays empty, dates and numbers as they are, the rest as text."""
    return [c if c is None or isinstance(c, int | float) else str(c) for c in row]
