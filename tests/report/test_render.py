from pathlib import Path

import pytest

from ktxh.errors import ReportError
from ktxh.report import FORMATS, render, write_all
from ktxh.store.db import Store

from .conftest import make_row, small_context


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ReportError, match=r"'odt'.*txt, md, html, docx, pdf"):
        render(small_context([make_row(1, "a", "A", "1", "ha")]), "odt")


def test_every_format_renders_the_same_number() -> None:
    ctx = small_context([make_row(1, "a", "A", "1234.5", "ha")])
    for fmt in ("txt", "md", "html"):
        assert "1.234,5" in render(ctx, fmt).decode("utf-8"), fmt
    assert render(ctx, "docx").startswith(b"PK")


@pytest.mark.slow
def test_write_all_writes_every_format(seed_store: Store, tmp_path: Path) -> None:
    with seed_store.reading() as session:
        paths = write_all(session, tmp_path / "out")
    assert [p.suffix[1:] for p in paths] == list(FORMATS)
    assert all(p.exists() and p.stat().st_size > 1000 for p in paths)
    assert paths[0].read_text(encoding="utf-8").startswith("ỦY BAN NHÂN DÂN")
