import io

from matplotlib import image
from matplotlib.ft2font import FT2Font

from ktxh.model import Comparison as C
from ktxh.report.charts import PROBE, chart_fonts, chart_png
from ktxh.report.charts_data import short_label

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
