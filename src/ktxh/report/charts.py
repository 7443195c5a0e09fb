"""Drawing the report's charts with matplotlib: horizontal bars, Vietnamese labels, PNG bytes.

"Times New Roman" is named first for machines that have it; on Linux it falls back
to Liberation Serif (same metrics), then DejaVu Serif, all of which carry every
Vietnamese letter. Output is deterministic: no timestamps in the PNG metadata.
"""

from __future__ import annotations

import io
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")  # no display on a server; must precede pyplot

import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from matplotlib.ticker import FuncFormatter

from ktxh.report.context import ChartContext
from ktxh.report.vi_format import format_number

FONTS = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]
BAR_HEIGHT_IN = 0.28  # inches of figure height per bar, so long charts stay readable
DPI = 110
PROBE = "ệ"  # a letter only fonts with the full Vietnamese range carry


@lru_cache(maxsize=1)
def use_vietnamese_fonts() -> list[str]:
    """Drop from matplotlib's font list the files of our families that lack Vietnamese letters.

    Debian may hold both Liberation 1 (no "ệ") and Liberation 2 under the same family
    name; matplotlib could pick either, so the one without the letters is forgotten.
    Returns the families that remain usable.
    """
    manager = font_manager.fontManager
    manager.ttflist = [f for f in manager.ttflist if f.name not in FONTS or _has_probe(f.fname)]
    return [name for name in FONTS if any(f.name == name for f in manager.ttflist)]


def _has_probe(path: str) -> bool:
    try:
        return ord(PROBE) in FT2Font(path).get_charmap()
    except (OSError, RuntimeError):
        return False


def chart_png(chart: ChartContext) -> bytes:
    """The chart as PNG bytes."""
    return _draw(chart)


@lru_cache(maxsize=16)
def _draw(chart: ChartContext) -> bytes:
    families = use_vietnamese_fonts()
    with plt.rc_context({"font.family": "serif", "font.serif": families, "font.size": 9}):
        height = 1.2 + BAR_HEIGHT_IN * len(chart.bars)
        fig, ax = plt.subplots(figsize=(7.5, height))
        # fixed margins instead of tight_layout, which measures every label once more
        fig.subplots_adjust(left=0.42, right=0.97, top=1 - 0.45 / height, bottom=0.55 / height)
        labels = [b.label for b in chart.bars][::-1]
        values = [b.value for b in chart.bars][::-1]
        colors = [_color(chart, v) for v in values]
        bars = ax.barh(range(len(values)), values, color=colors)
        ax.set_yticks(range(len(values)), labels)
        ax.axvline(chart.reference, color="#444444", linewidth=0.8)
        ax.bar_label(bars, labels=[format_number(round(v, 2), computed=True) for v in values], padding=2, fontsize=7)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: format_number(x, computed=True)))
        ax.set_xlabel(chart.axis_label)
        ax.set_title(chart.title, fontweight="bold")
        ax.margins(x=0.12)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
        plt.close(fig)
    return buf.getvalue()


def _color(chart: ChartContext, value: float) -> str:
    """Below the reference line in a muted red, at or above it in blue."""
    return "#b5473a" if value < chart.reference else "#2f5d8a"
