"""The DOCX against Nghị định 30/2020: page, margins, fonts, header block, page numbers; and LibreOffice."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from ktxh.report.context import ReportContext
from ktxh.report.writers.docx import render_docx


@pytest.fixture(scope="module")
def docx_bytes(seed_context: ReportContext) -> bytes:
    return render_docx(seed_context)


def _mm(length: int | None) -> float:
    assert length is not None
    return length / Mm(1)


def test_a4_with_the_decrees_margins(docx_bytes: bytes) -> None:
    sec = Document(io.BytesIO(docx_bytes)).sections[0]
    assert round(_mm(sec.page_width)) == 210 and round(_mm(sec.page_height)) == 297
    assert 20 <= round(_mm(sec.top_margin)) <= 25 and 20 <= round(_mm(sec.bottom_margin)) <= 25
    assert 30 <= round(_mm(sec.left_margin)) <= 35 and 15 <= round(_mm(sec.right_margin)) <= 20


def test_body_in_times_new_roman_13_to_14_pt_justified_with_indent(docx_bytes: bytes) -> None:
    normal = Document(io.BytesIO(docx_bytes)).styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert Pt(13) <= normal.font.size <= Pt(14)
    fmt = normal.paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert fmt.first_line_indent is not None and 1.0 <= fmt.first_line_indent.cm <= 1.27
    assert 1.0 <= fmt.line_spacing <= 1.5
    fonts = normal.element.rPr.rFonts
    assert {fonts.get(f"{{{fonts.nsmap['w']}}}{k}") for k in ("ascii", "hAnsi", "eastAsia")} == {"Times New Roman"}


def test_header_block_left_and_right_with_room_for_the_national_title(docx_bytes: bytes) -> None:
    doc = Document(io.BytesIO(docx_bytes))
    left, right = doc.tables[0].rows[0].cells
    assert left.paragraphs[0].text == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"
    assert [p.text for p in right.paragraphs[:2]] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    # 13 pt bold capitals take about 2.6 mm a letter: the national title needs more than 90 mm
    assert right.width is not None and _mm(right.width) >= 95


def test_page_numbers_from_page_two(docx_bytes: bytes) -> None:
    sec = Document(io.BytesIO(docx_bytes)).sections[0]
    assert sec.different_first_page_header_footer
    assert "PAGE" in sec.header._element.xml
    assert "PAGE" not in sec.first_page_header._element.xml


def test_title_tables_and_charts(docx_bytes: bytes, seed_context: ReportContext) -> None:
    doc = Document(io.BytesIO(docx_bytes))
    texts = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in texts and seed_context.subject in texts
    tables = sum(1 for s in seed_context.sections if s.table is not None)
    assert len(doc.tables) == 1 + tables
    assert doc.tables[1].rows[0].cells[0].text == "Chỉ tiêu"
    assert len(doc.inline_shapes) == len(seed_context.charts)


@pytest.mark.slow
def test_libreoffice_opens_it_and_converts_to_pdf(docx_bytes: bytes, tmp_path: Path) -> None:
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if binary is None:
        pytest.skip("libreoffice is not installed (Debian libreoffice-writer-nogui)")
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(docx_bytes)
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    cmd = [binary, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "bao-cao.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        assert "BÁO CÁO" in text and "83.992" in text
