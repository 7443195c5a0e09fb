import io

from matplotlib import image
from matplotlib.ft2font import FT2Font

from ktxh.model import Comparison as C
from ktxh.report.charts import PROBE, chart_fonts, chart_png
from ktxh.report.charts_data import short_label, split_chart
from ktxh.report.context import ChartBar, ChartContext, Provenance

from .conftest import make_row, small_context


def _context():  # type: ignore[no-untyped-def]
    grain = (C("pct_of", "plan", 51), C("change_pct", "same_period", 12))
    power = (C("pct_of", "plan", 38.4), C("change_pct", "same_period", 285))
    rows = [
        make_row(1, "a", "Tổng sản lượng lương thực có hạt", "83992", "tấn", *grain),
        make_row(2, "b", "Điện phát ra", "33", "triệu kwh", *power),
        make_row(3, "c", "Số vụ cháy", "24", "vụ"),
    ]
    return small_context(rows)


def test_charts_of_plan_progress_and_growth_take_the_figures_that_state_them() -> None:
    charts = {c.kind: c for c in _context().charts}
    assert set(charts) == {"plan_progress", "growth"}
    assert [b.value for b in charts["plan_progress"].bars] == [51, 38.4]
    assert charts["plan_progress"].reference == 100
    assert [b.provenance.observation_id for b in charts["growth"].bars] == [1, 2]


def test_chart_is_a_png_that_grows_with_its_bars() -> None:
    chart = _context().charts[0]
    img = image.imread(io.BytesIO(chart_png(chart)), format="png")
    assert img.shape[0] > 100 and img.shape[1] > 500


def test_the_chart_fonts_carry_vietnamese_letters() -> None:
    fonts = chart_fonts()
    for path in (fonts.regular, fonts.bold):
        assert all(ord(ch) in FT2Font(path).get_charmap() for ch in PROBE + "ăâđêôơưẠỹ")


def test_long_labels_are_cut_at_a_word() -> None:
    label = short_label("Số xã, phường, thị trấn triển khai thực hiện mô hình một cửa và một cửa liên thông", 30)
    assert label.endswith("…") and len(label) <= 30 and " " in label


def test_a_long_chart_is_cut_into_parts_that_keep_every_bar_in_order() -> None:
    bars = tuple(ChartBar(f"chỉ tiêu {i}", float(i), f"{i}%", Provenance(i)) for i in range(61))
    chart = ChartContext("growth", "Tăng trưởng", "%", bars)
    parts = split_chart(chart, "{title} ({part}/{parts})", max_bars=30)
    assert [len(p.bars) for p in parts] == [21, 21, 19]
    assert [b for p in parts for b in p.bars] == list(bars)
    assert [p.title for p in parts] == ["Tăng trưởng (1/3)", "Tăng trưởng (2/3)", "Tăng trưởng (3/3)"]
    assert split_chart(chart, "{title} ({part}/{parts})", max_bars=61) == [chart]


def test_the_same_chart_is_drawn_once() -> None:
    chart = _context().charts[0]
    assert chart_png(chart) is chart_png(chart)
