"""Drawing the report's charts with matplotlib: horizontal bars, Vietnamese labels, PNG bytes.

Speed matters here: a cold report used to spend most of its time in this module. So
it draws on a bare `Figure` with the Agg canvas (pyplot, its state machine and its
import are not needed), and with one font file found once: text is laid out with
`FontProperties(fname=...)`, so no per-label font lookup happens. Labels are plain
`Text` objects (no `Tick` artists, no `bar_label` annotations), and glyphs are
rendered unhinted, which costs less than half the time of the TrueType hinting and
makes no visible difference at these sizes. Each chart's PNG is kept by content
(`ChartContext` is frozen and hashable), so every writer of one report, and a
later report with the same figures, share the one drawing.

"Times New Roman" is preferred when installed; on Linux it is Liberation Serif
(same metrics), then DejaVu Serif, which matplotlib itself ships. A font file
counts only when it carries every Vietnamese letter (Debian's Liberation 1 lacks
"ệ"). Output is deterministic: the PNG carries no timestamp.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ktxh.errors import ReportError
from ktxh.report.context import ChartContext
from ktxh.report.vi_format import format_number

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.font_manager import FontProperties

FONTS = ("Times New Roman", "Liberation Serif", "DejaVu Serif")
PROBE = "ệ"  # a letter only fonts with the full Vietnamese range carry
WIDTH_IN = 7.5
BAR_HEIGHT_IN = 0.28  # inches of figure height per bar, so long charts stay readable
FRAME_IN = 1.2  # title, axis and margins
DPI = 110
FONT_PT, SMALL_PT = 9.0, 7.0
LABEL_AXES_X = -0.012  # bar labels end just left of the axes
PNG_COMPRESSION = 3  # zlib level: level 6 costs twice the time for 3% fewer bytes
RC = {"text.hinting": "none", "font.family": "serif"}


@dataclass(frozen=True)
class ChartFonts:
    """The font files of the charts: regular for labels, bold for the title."""

    family: str
    regular: str
    bold: str


def chart_png(chart: ChartContext) -> bytes:
    """The chart as PNG bytes, drawn once per distinct chart."""
    return _draw(chart)


@lru_cache(maxsize=1)
def chart_fonts() -> ChartFonts:
    """The first family of FONTS with an upright regular and bold file that carry Vietnamese letters."""
    from matplotlib import font_manager

    for family in FONTS:
        files = {
            f.weight: f.fname
            for f in font_manager.fontManager.ttflist
            if f.name == family and f.style == "normal" and f.weight in (400, 700) and _has_probe(f.fname)
        }
        if 400 in files:
            return ChartFonts(family, files[400], files.get(700, files[400]))
    raise ReportError(f"no font with Vietnamese letters among {', '.join(FONTS)}", where="charts")


def _has_probe(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        return ord(PROBE) in FT2Font(path).get_charmap()
    except (OSError, RuntimeError):
        return False


@lru_cache(maxsize=4)
def _font(bold: bool, size: float) -> FontProperties:
    from matplotlib.font_manager import FontProperties

    fonts = chart_fonts()
    return FontProperties(fname=fonts.bold if bold else fonts.regular, size=size)


def figure_height(bars: int) -> float:
    """Inches: the frame plus a fixed height a bar, so every bar reads the same."""
    return FRAME_IN + BAR_HEIGHT_IN * bars


@lru_cache(maxsize=16)
def _draw(chart: ChartContext) -> bytes:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    height = figure_height(len(chart.bars))
    with matplotlib.rc_context({**RC, "font.serif": [chart_fonts().family], "font.size": SMALL_PT}):
        fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
        canvas = FigureCanvasAgg(fig)
        # fixed margins instead of tight_layout, which measures every label once more
        ax = fig.add_axes((0.42, 0.55 / height, 0.55, 1 - 1.0 / height))
        _bars(ax, chart)
        fig.text(0.5, 1 - 0.12 / height, chart.title, ha="center", va="top", fontproperties=_font(True, FONT_PT))
        fig.text(0.695, 0.08 / height, chart.axis_label, ha="center", va="bottom", fontproperties=_font(False, FONT_PT))
        canvas.draw()
    return _png(canvas)


def _png(canvas: FigureCanvasAgg) -> bytes:
    """The drawing as an RGB PNG: no alpha channel (the page is white anyway), so the PDF
    writer embeds it as it is instead of splitting out a mask and compressing again."""
    from PIL import Image

    rgba = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buf = io.BytesIO()
    rgba.convert("RGB").save(buf, format="png", compress_level=PNG_COMPRESSION, dpi=(DPI, DPI))
    return buf.getvalue()


def _bars(ax: Axes, chart: ChartContext) -> None:
    """The bars top-down in report order, each with its label on the left and its value at its end."""
    values = [b.value for b in chart.bars][::-1]
    ys = range(len(values))
    ax.barh(ys, values, color=[_color(chart, v) for v in values], height=0.8)
    ax.axvline(chart.reference, color="#444444", linewidth=0.8)
    ax.set_ylim(-0.6, len(values) - 0.4)
    ax.set_yticks([])
    lo, hi = min(0.0, chart.reference, *values), max(0.0, chart.reference, *values)
    pad = (hi - lo) * 0.14 or 1.0
    ax.set_xlim(lo - (pad if lo < 0 else 0), hi + pad)
    label_font, value_font = _font(False, FONT_PT), _font(False, SMALL_PT)
    transform = ax.get_yaxis_transform()  # x in axes fraction, y in data
    for y, bar in zip(ys, reversed(chart.bars), strict=True):
        ax.text(LABEL_AXES_X, y, bar.label, ha="right", va="center", transform=transform, fontproperties=label_font)
        offset = pad * 0.03 if bar.value >= 0 else -pad * 0.03
        ha = "left" if bar.value >= 0 else "right"
        ax.text(bar.value + offset, y, format_number(round(bar.value, 2), computed=True), ha=ha, va="center",
                fontproperties=value_font)  # fmt: skip
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: format_number(x, computed=True)))


def _color(chart: ChartContext, value: float) -> str:
    """Below the reference line in a muted red, at or above it in blue."""
    return "#b5473a" if value < chart.reference else "#2f5d8a"
