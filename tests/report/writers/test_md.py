from ktxh.report.writers.md import render_md

from ..conftest import make_row, small_context


def test_markdown_headings_and_pipe_table() -> None:
    text = render_md(small_context([make_row(1, "a", "Sản lượng_lúa", "37070", "tấn")]))
    assert "\n## 1. Phát triển kinh tế\n" in text
    assert "\n#### a. Về Nông nghiệp\n" in text
    assert "| Chỉ tiêu | Đơn vị | Kế hoạch năm |" in text
    assert "| Sản lượng\\_lúa | tấn |  | 37.070 |" in text
