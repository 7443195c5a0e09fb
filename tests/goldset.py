"""What the development set (tests/devset) and the held-out set (tests/holdout) share: reading a gold
set, the checks that keep one consistent with its texts, and its micro-averaged exact-fact F1.

A gold set is a folder of `<name>.txt` passages, each with `<name>.facts.jsonl` gold facts, and a
`sources.yaml` saying where each passage was published.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from tests.conftest import SHARED

from ktxh.extract import extract

SCORER = SHARED / "tools" / "score_facts.py"
TESTS = Path(__file__).resolve().parent
TYPES = {"pct_of", "change_pct", "change_abs", "change_pp", "previous"}
BASES = {"plan", "same_period", "prev_year_end", "prev_period", "other"}
KEYS = {"offset", "indicator", "value", "unit", "total", "comparisons", "period", "part_of"}
SOURCE_KEYS = {"file", "source", "url", "published", "period", "scope"}
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_THOUSANDS = re.compile(r"\.(?=\d{3}(?!\d))")


def passages(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def gold_path(text_path: Path) -> Path:
    return text_path.with_suffix(".facts.jsonl")


def load_gold(text_path: Path) -> list[dict[str, Any]]:
    lines = gold_path(text_path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_sources(folder: Path) -> list[dict[str, Any]]:
    entries = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))
    assert isinstance(entries, list), f"{folder / 'sources.yaml'} is not a list"
    return entries


def read_number(text: str, offset: int) -> float:
    """The number written at `offset`: a dot before three digits groups thousands, a comma (or a
    dot before fewer digits, as in "tăng 0.06%") is the decimal point."""
    match = _NUMBER.match(text, offset)
    assert match, f"no number at {offset}"
    return float(_THOUSANDS.sub("", match.group(0)).replace(",", "."))


def readings(anchor: float) -> list[float]:
    """How the anchor may be written: as is, or as the "X lần" / "vượt X%" behind a percent."""
    return [abs(anchor), abs(anchor) / 100 + 1, abs(anchor) - 100]


def check_listing(folder: Path) -> None:
    """Every passage has gold and exactly one source entry."""
    listed = [entry["file"] for entry in load_sources(folder)]
    assert len(listed) == len(set(listed)), "a file is listed twice in sources.yaml"
    assert sorted(listed) == [path.name for path in passages(folder)]
    for path in passages(folder):
        assert gold_path(path).exists(), f"{path.name} has no gold file"


def check_source_entry(entry: dict[str, Any]) -> None:
    assert set(entry) == SOURCE_KEYS
    assert str(entry["url"]).startswith("http")
    assert entry["scope"] == "national" or str(entry["scope"]).startswith("province:")


def check_well_formed(path: Path) -> None:
    for fact in load_gold(path):
        where = f"{path.name} at {fact.get('offset')}"
        assert set(fact) <= KEYS, where
        assert isinstance(fact["indicator"], str) and fact["indicator"].strip(), where
        assert fact["unit"] is None or fact["unit"] == fact["unit"].lower(), where
        assert (fact["value"] is None) == (fact["unit"] is None), where
        assert fact["value"] is not None or fact["comparisons"], f"{where}: neither level nor comparison"
        for comparison in fact["comparisons"]:
            assert comparison["type"] in TYPES, where
            assert comparison["base"] in BASES, where
            assert isinstance(comparison["value"], int | float), where


def check_offsets(path: Path, written: dict[int, str] | None = None) -> None:
    """Offsets rise, and each starts the number its fact is anchored on; `written` gives, by offset, the
    words a level that cannot be read as a number starts with ("7 triệu 520 nghìn con")."""
    text = path.read_text(encoding="utf-8")
    gold = load_gold(path)
    offsets = [fact["offset"] for fact in gold]
    assert offsets == sorted(set(offsets)), f"{path.name}: offsets repeat or are out of order"
    for fact in gold:
        offset = fact["offset"]
        if written and offset in written:
            assert text.startswith(written[offset], offset), f"{path.name} at {offset}"
            continue
        assert text[offset].isdigit() and not text[offset - 1].isdigit(), f"{path.name} at {offset}"
        # the anchor is the level where there is one, else the first comparison
        anchor = fact["value"] if fact["value"] is not None else fact["comparisons"][0]["value"]
        assert any(math.isclose(read_number(text, offset), reading) for reading in readings(anchor)), (
            f"{path.name} at {offset}"
        )


def check_scorer_accepts(path: Path) -> None:
    """The shared scorer reads the gold file against its own text and scores it 1.000 against itself."""
    gold = str(gold_path(path))
    result = subprocess.run(
        [sys.executable, str(SCORER), gold, gold, "--text", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("exact-fact F1: 1.000")


def micro_exact_f1(folder: Path, scorer: Any) -> tuple[float, int, int]:
    """(exact-fact F1, passages, gold facts) of the extractor over the set, counts summed over files."""
    exact = gold_total = predicted = 0
    for path in passages(folder):
        pred = [f.to_json() for f in extract(path.read_text(encoding="utf-8")).facts]
        figures = scorer.score(load_gold(path), pred)
        exact += round(figures["exact_precision"] * figures["predicted"])
        gold_total += figures["gold"]
        predicted += figures["predicted"]
    if not exact:
        return 0.0, len(passages(folder)), gold_total
    precision, recall = exact / predicted, exact / gold_total
    return 2 * precision * recall / (precision + recall), len(passages(folder)), gold_total


@dataclass(frozen=True)
class GoldSet:
    """One set of report passages with hand-made gold: how large and varied it must be."""

    name: str
    min_passages: int
    min_sources: int
    min_scopes: int
    sizes: tuple[int, int]  # characters a passage may have
    # levels that do not read as their number, by (passage, offset): the words they start with
    written: dict[tuple[str, int], str] = field(default_factory=dict)
    national: bool = True  # holds a national passage (a set of district and commune reports need not)

    @property
    def folder(self) -> Path:
        return TESTS / self.name


SETS = (
    GoldSet("devset", 10, 5, 6, (450, 3000)),
    # "7 triệu 520 nghìn con": a level written partly in words, anchored on its first digit
    GoldSet("devset2", 14, 8, 7, (400, 1600), {("namdinhtv-2016-6t-nongnghiep", 650): "7 triệu 520 nghìn con"}),
    # "15.5580 người": a misprint whose value drops the dot as a thousands separator (155580)
    GoldSet("devset3", 12, 8, 7, (400, 1600), {("hoabinhgov-2012-nam-giamngheo", 586): "15.5580 người"}),
    GoldSet("holdout", 12, 6, 6, (400, 1500)),
    GoldSet("holdout2", 12, 8, 7, (400, 1500)),
    GoldSet("holdout3", 12, 9, 8, (400, 1500)),
    # "167, 2 tấn": a level broken by a space, read as 167.2
    GoldSet("devset4", 12, 9, 8, (400, 1600), {("bachthong-2014-nam-luongthuc", 619): "167, 2 tấn"}),
    GoldSet("holdout4", 12, 9, 8, (400, 1500)),
    GoldSet("holdout5", 10, 9, 8, (1200, 3000)),
    GoldSet("devset6", 10, 10, 7, (1000, 3000)),
    GoldSet("devset7", 10, 9, 7, (1000, 3000)),
    # "1 095,1 nghìn ha": thousands grouped by a space, read as 1095.1
    GoldSet(
        "devset5",
        9,
        6,
        6,
        (1200, 3000),
        {
            ("bkhdt-2011-t3-nongnghiep", 258): "1 095,1 nghìn ha",
            ("bkhdt-2011-t3-nongnghiep", 554): "1 941,6 nghìn ha",
            ("bkhdt-2011-t3-nongnghiep", 650): "1 568,4 nghìn ha",
            ("bkhdt-2011-t3-nongnghiep", 896): "1 111,1 nghìn ha",
            ("bkhdt-2011-t3-nongnghiep", 1300): "10 290,9 nghìn tấn",
        },
    ),
    GoldSet("devset8", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout6", 10, 9, 8, (1200, 3000)),
    GoldSet("devset9", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout7", 10, 9, 8, (1200, 3000)),
    # "287 tỷ 824 triệu đồng": a level written partly in words, anchored on its first digit
    GoldSet(
        "devset10", 11, 10, 8, (1000, 3000), {("qtv-2016-nam-haiha", 307): "287 tỷ 824 triệu đồng"}, national=False
    ),
    GoldSet("holdout8", 10, 9, 8, (1200, 3000)),
    GoldSet("devset11", 12, 11, 7, (1000, 3000)),
    GoldSet("devset12", 11, 10, 8, (1000, 3000)),
    GoldSet("devset13", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout9", 10, 9, 8, (1200, 3000)),
    GoldSet("devset14", 11, 10, 8, (1000, 3000)),
    GoldSet("devset15", 11, 10, 8, (1000, 3000)),
    GoldSet("devset16", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout10", 10, 9, 8, (1200, 3000)),
    GoldSet("devset17", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout11", 10, 9, 8, (1200, 3000)),
    GoldSet("devset18", 11, 10, 8, (1000, 3000)),
    GoldSet("devset19", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout12", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout13", 10, 9, 8, (1200, 3000)),
    GoldSet("devset20", 11, 10, 8, (1000, 3000)),
    GoldSet("devset21", 11, 10, 8, (1000, 3000)),
    GoldSet("devset22", 11, 10, 8, (1000, 3000)),
    GoldSet("devset23", 11, 10, 8, (1000, 3000)),
    GoldSet("devset24", 11, 10, 8, (1000, 3000)),
    GoldSet("devset25", 11, 10, 8, (1000, 3000)),
    GoldSet("devset26", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout14", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout15", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout16", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout17", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout18", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout19", 10, 9, 8, (1200, 3000)),
    # seventh day: the search budget ran out early, so these are smaller or narrower than asked
    GoldSet("holdout20", 8, 8, 6, (1200, 3000)),
    GoldSet("devset28", 11, 10, 8, (1000, 3000)),
    GoldSet("devset30", 11, 10, 3, (1000, 3000)),
    GoldSet("devset29", 2, 2, 1, (1000, 3000), national=False),
    GoldSet("holdout21", 10, 9, 8, (1200, 3000)),
    GoldSet("devset31", 11, 10, 8, (1000, 3000)),
    GoldSet("devset32", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout22", 10, 9, 8, (1200, 3000)),
    GoldSet("devset33", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout23", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout24", 10, 9, 8, (1200, 3000)),
    GoldSet("devset34", 11, 10, 8, (1000, 3000)),
    GoldSet("devset35", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout25", 10, 9, 8, (1200, 3000)),
    GoldSet("holdout26", 10, 9, 8, (1200, 3000)),
    GoldSet("devset36", 10, 8, 7, (800, 3000)),
    GoldSet("devset37", 8, 7, 5, (1000, 3000)),
    GoldSet("devset38", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout27", 10, 9, 8, (1000, 3000)),
    GoldSet("devset39", 11, 10, 9, (1000, 2000), national=False),
    GoldSet("devset40", 11, 10, 8, (1000, 3000)),
    GoldSet("holdout28", 10, 10, 8, (1000, 3000)),
    GoldSet("holdout30", 10, 10, 8, (1000, 3000)),
    GoldSet("devset42", 11, 10, 8, (1000, 2000), national=False),
    GoldSet("devset41", 11, 10, 8, (1000, 2000)),
    GoldSet("holdout29", 10, 10, 8, (1000, 2000)),
    GoldSet("devset43", 11, 10, 1, (1000, 2000)),
    GoldSet("devset44", 11, 10, 10, (1000, 2000), national=False),
    GoldSet("holdout31", 10, 10, 8, (1000, 2000)),
    GoldSet("devset46", 11, 10, 10, (1000, 2000), national=False),
    GoldSet("devset45", 11, 10, 11, (1000, 2000), national=False),
    GoldSet("holdout32", 10, 10, 8, (1000, 2000)),
    # "134.7000 ha": a level misprinted with a fourth digit (134700); "0 68%": a decimal comma printed as a space
    GoldSet(
        "holdout33",
        10,
        10,
        9,
        (1000, 2000),
        {
            ("diendannongnghiep-2013-nam-trongtrot", 501): "134.7000 ha",
            ("baonghean-2021-nam-quynhluu", 862): "0 68%",
        },
    ),
    GoldSet("devset48", 11, 10, 8, (1000, 2000)),
    GoldSet("devset47", 11, 10, 8, (1000, 3000)),
    GoldSet("devset49", 11, 10, 8, (1000, 2000)),
    GoldSet("holdout34", 10, 10, 8, (1000, 2000)),
    GoldSet("devset51", 11, 10, 8, (1000, 2000)),
    GoldSet("holdout35", 10, 10, 8, (1000, 2000)),
    # social sections (11th session): passages of 600-1,999 characters, the stored copies of social pages not
    # yet in a set being short; "3 tỷ 714 triệu 800 nghìn đồng": a level written partly in words (3.7148 tỷ)
    GoldSet(
        "devset52",
        11,
        10,
        8,
        (600, 2000),
        {("vinhphuctv-2020-tet-lapthach", 504): "3 tỷ 714 triệu 800 nghìn đồng"},
    ),
    GoldSet("devset53", 11, 10, 8, (1000, 2000), national=False),
    GoldSet("holdout36", 10, 10, 8, (1000, 2000)),
    # provincial quarter, six- and nine-month reports against the year's plan (11th session); "3 tỷ 362 triệu
    # USD": a level written partly in words (3.362 tỷ usd)
    GoldSet(
        "devset54",
        11,
        10,
        8,
        (1000, 2000),
        {("vneconomy-2023-9t-thaibinh", 331): "3 tỷ 362 triệu USD"},
        national=False,
    ),
    # blind, every kind (11th session); "3,489,6 tỷ đồng": a level misprinted with two commas (3489.6)
    GoldSet("holdout37", 10, 10, 8, (1000, 2000), {("baokiemtoan-2023-9t-daknong", 353): "3,489,6 tỷ đồng"}),
    # quarterly and monthly reports of statistics offices and UBNDs with cumulative months (12th session)
    GoldSet("devset55", 11, 10, 8, (1000, 2000)),
    # year-end and six-month accounts with the next period's targets (12th session)
    GoldSet("devset56", 11, 10, 8, (1000, 2000)),
    # whole stored reports with their section headings, rarely covered provinces (12th session); the brief asked
    # for 3,000-6,000 characters, but the stored copies end near 2,000 (see its README); "158, 019 ha": a level
    # broken by a comma and a space, read as 158019
    GoldSet("devset57", 8, 8, 7, (700, 1500), {("sokhdtcamau-2021-t3-camau", 675): "158, 019 ha"}),
    # blind, every kind (12th session): a year, a month, a quarter, six and nine months, a town, a department,
    # GSO, Cà Mau after the July 2025 merger, Sơn La's ten months of 2025
    GoldSet("holdout38", 10, 10, 8, (1000, 2000)),
    # reports of 2010-2017 of every kind (older wording: "so cùng kỳ", "KH tăng 10,5-11%", "giảm 2,4% kế hoạch",
    # "8.795/ 8.995 tỷ đồng"), provinces the sets hold least of and a GSO release (12th session)
    GoldSet("devset58", 11, 10, 8, (1000, 2000)),
    # blind, every kind (12th session): a province's year and nine months, a statistics office's six months, month
    # and quarter, a department, a district, GSO's nine months of 2016; four of 2014-2016, rarely covered provinces
    GoldSet("holdout39", 10, 10, 8, (1000, 2000)),
)
