"""Reading an uploaded report: .txt as UTF-8, .docx by paragraphs, anything else a clear error."""

from __future__ import annotations

import io

import pytest
from docx import Document

from ktxh.errors import InputError
from ktxh.web.uploads import newlines, read_upload


def test_text_file_is_decoded_as_utf8() -> None:
    assert read_upload("bc.txt", "Sản lượng lúa 37.070 tấn".encode()) == "Sản lượng lúa 37.070 tấn"


def test_byte_order_mark_is_dropped() -> None:
    assert read_upload("bc.txt", "\ufeffLúa".encode()) == "Lúa"


def test_docx_paragraphs_become_lines() -> None:
    doc = Document()
    doc.add_paragraph("Về Nông nghiệp")
    doc.add_paragraph("Sản lượng lúa ước đạt 37.070 tấn.")
    out = io.BytesIO()
    doc.save(out)
    assert read_upload("bc.docx", out.getvalue()) == "Về Nông nghiệp\nSản lượng lúa ước đạt 37.070 tấn."


def test_not_utf8_names_the_file() -> None:
    with pytest.raises(InputError, match=r"bc\.txt.*UTF-8"):
        read_upload("bc.txt", "Lúa".encode("cp1258"))


def test_broken_docx_names_the_file() -> None:
    with pytest.raises(InputError, match=r"bc\.docx.*docx"):
        read_upload("bc.docx", b"not a zip")


def test_other_file_types_are_refused() -> None:
    with pytest.raises(InputError, match=r"bc\.pdf"):
        read_upload("bc.pdf", b"%PDF-1.4")


def test_form_line_ends_become_lf() -> None:
    assert newlines("a\r\nb\rc\n") == "a\nb\nc\n"
