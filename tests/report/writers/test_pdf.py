"""The PDF shows every Vietnamese letter: render them, extract the text, compare."""

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ktxh.report.writers.pdf import render_pdf

from ..conftest import make_row, small_context

LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
LETTERS = LOWER + LOWER.upper()


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian poppler-utils)")
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFC", out)


def test_every_vietnamese_letter_survives_into_the_pdf(tmp_path: Path) -> None:
    name = " ".join(LETTERS[i : i + 20] for i in range(0, len(LETTERS), 20))
    pdf = render_pdf(small_context([make_row(1, "a", name, "10", "tấn")]))
    assert pdf.startswith(b"%PDF")
    text = _pdf_text(pdf, tmp_path)
    missing = [ch for ch in LETTERS if ch not in text]
    assert missing == []


def test_the_pdf_says_what_the_html_says(tmp_path: Path) -> None:
    ctx = small_context([make_row(1, "a", "Tổng sản lượng lương thực có hạt", "83992", "tấn")])
    text = " ".join(_pdf_text(render_pdf(ctx), tmp_path).split())
    assert "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn." in text


def test_the_pdf_fetches_nothing_but_its_own_charts() -> None:
    from ktxh.errors import ReportError
    from ktxh.report.writers.pdf import BASE_URL, _fetcher

    fetcher = _fetcher({BASE_URL + "chart-1.png": b"\x89PNG"})
    assert fetcher.fetch(BASE_URL + "chart-1.png").read() == b"\x89PNG"
    for url in (BASE_URL + "other.png", "https://example.org/x.png", "file:///etc/hostname"):
        with pytest.raises(ReportError):
            fetcher.fetch(url)
