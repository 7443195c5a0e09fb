"""Tables flattened into lines: a .docx table as the reader gives it, one cell a line, read column by column."""

from __future__ import annotations

from pathlib import Path

import docx

from ktxh.extract import extract
from ktxh.text.reader import read_source

ROWS = [
    ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2019", "Ước thực hiện năm 2019", "Đánh giá"],
    ["1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "7-7,5", "7,12", "Đạt"],
    ["2", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "12.000", "12.450", "Vượt"],
    ["3", "Mức giảm tỷ lệ hộ nghèo", "điểm", "2", "Chưa có số liệu", ""],
]


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Báo cáo tình hình kinh tế - xã hội năm 2019")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for i, row in enumerate(ROWS):
        for j, value in enumerate(row):
            table.rows[i].cells[j].text = value
    document.save(str(path))
    return path


def test_a_docx_table_gives_one_fact_per_figure_named_by_its_row(tmp_path: Path) -> None:
    text = read_source(_docx(tmp_path / "report.docx")).text
    facts = extract(text).facts
    got = [(f.indicator, f.value, f.unit, [(c.type, c.base, c.value) for c in f.comparisons]) for f in facts]
    assert got == [
        ("Kế hoạch tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", None, None, [("change_pct", "same_period", 7)]),
        ("Kế hoạch tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", None, None, [("change_pct", "same_period", 7.5)]),
        ("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", None, None, [("change_pct", "same_period", 7.12)]),
        ("Kế hoạch tổng vốn đầu tư toàn xã hội", 12000, "tỷ đồng", []),
        ("Tổng vốn đầu tư toàn xã hội", 12450, "tỷ đồng", []),
        ("Kế hoạch giảm tỷ lệ hộ nghèo", None, None, [("change_pp", "prev_year_end", -2)]),
    ]
    assert [f.value_kind for f in facts] == ["actual", "actual", "estimate", "actual", "estimate", "actual"]
    assert facts[4].period == "năm 2019"
    # each offset stands at its figure in the text as read
    written = ["7", "7,5", "7,12", "12.000", "12.450", "2"]
    assert [text[f.offset : f.offset + len(w)] for f, w in zip(facts, written, strict=True)] == written


def test_text_with_no_table_head_reads_as_sentences() -> None:
    text = "Chỉ tiêu\n\nThu ngân sách ước đạt 2.500 tỷ đồng, tăng 8% so với cùng kỳ.\n"
    facts = extract(text).facts
    assert [(f.indicator, f.value) for f in facts] == [("Thu ngân sách", 2500)]
    assert "table" not in facts[0].rules


COMPARED = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Lũy kế 9 tháng", "So với cùng kỳ (%)", "So với KH (%)"],
    ["1", "Tổng thu ngân sách nhà nước", "tỷ đồng", "2.500", "1.850", "108,5", "74"],
    ["2", "Kim ngạch xuất khẩu", "triệu USD", "900", "655,2", "-", "72,8"],
]


def test_a_docx_tables_comparison_columns_compare_the_figure_before_them(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=len(COMPARED), cols=len(COMPARED[0]))
    for i, row in enumerate(COMPARED):
        for j, value in enumerate(row):
            table.rows[i].cells[j].text = value
    document.save(str(tmp_path / "compared.docx"))
    facts = extract(read_source(tmp_path / "compared.docx").text).facts
    got = [(f.indicator, f.value, f.period, [(c.type, c.base, c.value) for c in f.comparisons]) for f in facts]
    assert got == [
        ("Kế hoạch tổng thu ngân sách nhà nước", 2500, None, []),
        ("Tổng thu ngân sách nhà nước", 1850, "9 tháng", [("pct_of", "same_period", 108.5), ("pct_of", "plan", 74)]),
        ("Kế hoạch kim ngạch xuất khẩu", 900, None, []),
        ("Kim ngạch xuất khẩu", 655.2, "9 tháng", [("pct_of", "plan", 72.8)]),  # "-": no comparison with last year
    ]
    assert all("table" in f.rules for f in facts)
