"""read_source: text files as they are, HTML as its visible text, .docx paragraphs; clear errors."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ktxh.errors import InputError
from ktxh.text import read_source
from ktxh.text.reader import html_to_text


def test_txt_is_read_without_normalisation(tmp_path: Path) -> None:
    raw = "Tổng\u00a0thu 1.040 tỷ đồng\r\n"
    path = tmp_path / "r.txt"
    path.write_bytes(raw.encode("utf-8"))
    source = read_source(path)
    assert source.text == raw
    assert source.format == "txt"


def test_html_gives_visible_text_with_block_breaks(tmp_path: Path) -> None:
    page = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<p>Tổng đàn &amp; gia súc <b>318.936</b> con</p><script>var x=1;</script><div>Hết</div></body></html>"
    )
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    assert source.format == "html"
    assert source.text == "Tổng đàn & gia súc 318.936 con\nHết\n"


def test_html_collapses_runs_of_white_space() -> None:
    assert html_to_text("<p>a  \n  b</p><p>c</p>") == "a b\nc\n"


def test_docx_paragraphs_and_table_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Sản lượng 37.070 tấn")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Lúa"
    table.cell(0, 1).text = "24.603 ha"
    path = tmp_path / "r.docx"
    document.save(str(path))
    source = read_source(path)
    assert source.format == "docx"
    assert source.text.splitlines() == ["Sản lượng 37.070 tấn", "Lúa", "24.603 ha"]


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_source(tmp_path / "nope.txt")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02abc")
    with pytest.raises(InputError, match="binary"):
        read_source(path)


def test_undecodable_file_gives_the_byte_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("dòng một\ndòng hai".encode() + b"\n\xe0 ba")
    with pytest.raises(InputError, match=r"byte \d+ \(line 3\)"):
        read_source(path)


def test_broken_docx_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK not really a zip")
    with pytest.raises(InputError, match=r"broken\.docx"):
        read_source(path)


def test_offsets_of_facts_index_the_extracted_html_text(tmp_path: Path) -> None:
    from ktxh.extract import extract

    page = "<div><h2>Nông nghiệp</h2><p>Diện tích lúa gieo cấy&nbsp;<b>24.603</b> ha, thu hoạch 7.270 ha.</p></div>"
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    text = read_source(path).text
    facts = extract(text).facts
    assert [text[f.offset : f.offset + 6] for f in facts] == ["24.603", "7.270 "]
