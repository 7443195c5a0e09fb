"""tools/build_bundled_figures.py: the committed CSV is what the script makes of the gold facts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import ROOT, SEED_GOLD, SHARED
from tests.data.conftest import FIGURES_CSV


def load_tool() -> ModuleType:
    path = ROOT / "tools" / "build_bundled_figures.py"
    spec = importlib.util.spec_from_file_location("build_bundled_figures", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


TOOL = load_tool()


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Sản lượng ước đạt 37.070 tấn", "37.070", True),
        ("Ước chỉ số giá tiêu dùng tăng 4,16%", "4,16", True),
        ("nước máy sản xuất 2,2 triệu m3", "2,2", False),  # "ước" inside "nước" is not the word
        ("diện tích ước đạt 10 ha, thu hoạch 7.270 ha", "7.270", False),  # another clause
    ],
)
def test_an_estimate_is_said_in_the_figures_own_clause(text: str, figure: str, expected: bool) -> None:
    assert TOOL.said_estimate(text, text.index(figure)) is expected


@pytest.mark.parametrize(("value", "cell"), [(46.9, "46.9"), (1040, "1040"), (2642620.0, "2642620"), (0.64, "0.64")])
def test_numbers_are_plain_decimals(value: float, cell: str) -> None:
    assert TOOL.number(value) == cell


def test_every_period_label_of_the_gold_is_mapped() -> None:
    if not SEED_GOLD.exists():
        pytest.skip("the shared corpus is not present")
    stated = {f.get("period") for f in TOOL.read_gold(SEED_GOLD)} - {None}
    assert stated <= set(TOOL.GOLD_PERIODS)


def test_the_committed_csv_is_what_the_script_makes(tmp_path: Path) -> None:
    if not SEED_GOLD.exists():
        pytest.skip("the shared corpus is not present")
    out = tmp_path / "figures.csv"
    assert TOOL.main(["--shared", str(SHARED), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == FIGURES_CSV.read_text(encoding="utf-8")
