from ktxh.model import Finding
from ktxh.report.context import ReportContext
from ktxh.report.writers.txt import render_txt, render_with_anchors, section_text

from ..conftest import make_row, small_context


def test_the_seed_report_has_the_seed_headings_in_order(seed_context: ReportContext) -> None:
    text = render_txt(seed_context)
    headings = ["1. Phát triển kinh tế", "1.1. Sản xuất nông - lâm nghiệp - thủy sản", "a. Về Nông nghiệp",
                "1.2. Sản xuất công nghiệp", "2. Văn hóa - Xã hội"]  # fmt: skip
    positions = [text.find("\n" + h + "\n") for h in headings]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_the_header_block_comes_first(seed_context: ReportContext) -> None:
    text = render_txt(seed_context)
    first = text.splitlines()[0]
    assert first.startswith("ỦY BAN NHÂN DÂN TỈNH") and first.endswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert "\nBÁO CÁO\n" in text


def test_each_anchor_points_at_its_figures_number(seed_context: ReportContext) -> None:
    text, anchors = render_with_anchors(seed_context)
    figures = seed_context.figures()
    assert len(anchors) == len(figures)
    for fig in figures:
        if fig.value is not None:
            assert text[anchors[fig.provenance.observation_id] :].startswith(fig.value_text), fig.indicator_name


def test_the_seed_grain_sentence_reads_as_the_issue_says(seed_context: ReportContext) -> None:
    text = render_txt(seed_context)
    assert "ước đạt 83.992 tấn, bằng 51% kế hoạch, tăng 12% so với cùng kỳ năm trước" in text


def test_each_section_ends_with_its_table() -> None:
    ctx = small_context([make_row(1, "a", "Sản lượng lúa", "37070", "tấn")])
    text = section_text(ctx.sections[-1])
    assert text.index("Sản lượng lúa ước đạt 37.070 tấn.") < text.index("Biểu: Về Nông nghiệp")
    assert text.rstrip().endswith("Sản lượng lúa | tấn |  | 37.070 |  |  |")


def test_flagged_figures_are_marked_not_hidden() -> None:
    finding = Finding("sum_of_parts", "warning", "tổng các phần khác tổng", observation_ids=(1,))
    text = render_txt(small_context([make_row(1, "a", "A", "10", "tấn")], findings=[finding]))
    assert "A ước đạt 10 tấn. [cần kiểm tra: tổng các phần khác tổng]" in text


def test_one_finding_about_a_whole_and_its_parts_is_marked_once() -> None:
    finding = Finding("sum_of_parts", "error", "tổng các phần khác tổng", observation_ids=(1, 2, 3))
    rows = [
        make_row(1, "nn.lt", "Tổng sản lượng lương thực", "83992", "tấn"),
        make_row(2, "nn.lua", "Sản lượng lúa", "37070", "tấn", part_of_offset=100),
        make_row(3, "nn.ngo", "Sản lượng ngô", "46900", "tấn", part_of_offset=100),
    ]
    text = render_txt(small_context(rows, findings=[finding]))
    assert "trong đó:" in text
    assert text.count("[cần kiểm tra: tổng các phần khác tổng]") == 1
