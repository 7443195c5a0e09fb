"""Tables as CSV and XLSX: headings first, values kept, Vietnamese text intact."""

from __future__ import annotations

import csv
import datetime as dt
import io

from openpyxl import load_workbook

from ktxh.web.tables import Table, render, to_csv, to_xlsx

TABLE = Table(
    "Chuỗi số liệu: lúa/ngô [2012]",
    ("Chỉ tiêu", "Giá trị", "Ngày"),
    (("Sản lượng lúa", 37070.0, dt.date(2012, 9, 30)), ("Đàn gia súc", None, None)),
)


def test_csv_has_bom_headings_and_rows() -> None:
    data = to_csv(TABLE)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(TABLE.columns)
    assert rows[1] == ["Sản lượng lúa", "37070.0", "2012-09-30"]
    assert rows[2] == ["Đàn gia súc", "", ""]


def test_xlsx_keeps_numbers_as_numbers() -> None:
    book = load_workbook(io.BytesIO(to_xlsx(TABLE)))
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == list(TABLE.columns)
    assert sheet["A2"].value == "Sản lượng lúa"
    assert sheet["B2"].value == 37070
    assert sheet["B3"].value is None


def test_xlsx_sheet_name_is_made_valid() -> None:
    sheet = load_workbook(io.BytesIO(to_xlsx(TABLE))).active
    assert sheet is not None
    assert len(sheet.title) <= 31
    assert not set("[]:*?/\\") & set(sheet.title)


def test_render_picks_the_format() -> None:
    assert render(TABLE, "csv") == to_csv(TABLE)
    assert render(TABLE, "xlsx")[:2] == b"PK"
