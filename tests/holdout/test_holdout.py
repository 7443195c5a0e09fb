"""The held-out test set holds together: every passage has its gold facts and its source,
every gold fact is well formed and anchored on a number of its passage, and no page of the
development set was taken again.

These tests guard the blind yardstick itself (a hand-edited gold file that drifts from its text
would silently lower every extractor score); they do not run the extractor.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.conftest import SHARED

HOLDOUT = Path(__file__).resolve().parent
DEVSET = HOLDOUT.parent / "devset"
SCORER = SHARED / "tools" / "score_facts.py"
PASSAGES = sorted(HOLDOUT.glob("*.txt"))
TYPES = {"pct_of", "change_pct", "change_abs", "change_pp", "previous"}
BASES = {"plan", "same_period", "prev_year_end", "prev_period", "other"}
KEYS = {"offset", "indicator", "value", "unit", "total", "comparisons", "period", "part_of"}
NUMBER = re.compile(r"\d[\d.,]*\d|\d")
THOUSANDS = re.compile(r"\.(?=\d{3}(?!\d))")


def gold_path(text_path: Path) -> Path:
    return text_path.with_suffix(".facts.jsonl")


def load_gold(text_path: Path) -> list[dict[str, Any]]:
    lines = gold_path(text_path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_sources(folder: Path = HOLDOUT) -> list[dict[str, Any]]:
    entries = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))
    assert isinstance(entries, list)
    return entries


def read_number(text: str, offset: int) -> float:
    """The number written at `offset`: a dot before three digits groups thousands, a comma (or a
    dot before fewer digits, as in "tăng 0.06%") is the decimal point."""
    match = NUMBER.match(text, offset)
    assert match, f"no number at {offset}"
    return float(THOUSANDS.sub("", match.group(0)).replace(",", "."))


def readings(anchor: float) -> list[float]:
    """How the anchor may be written: as is, or as the "X lần" / "vượt X%" behind a percent."""
    return [abs(anchor), abs(anchor) / 100 + 1, abs(anchor) - 100]


def test_the_set_is_large_and_varied_enough() -> None:
    sources = load_sources()
    assert len(PASSAGES) >= 12
    assert len({entry["source"] for entry in sources}) >= 6
    assert any(entry["scope"] == "national" for entry in sources)
    assert len({entry["scope"] for entry in sources}) >= 6


def test_no_page_of_the_development_set_is_reused() -> None:
    if not (DEVSET / "sources.yaml").exists():
        pytest.skip("no development set")
    seen = {entry["url"] for entry in load_sources(DEVSET)}
    assert not seen & {entry["url"] for entry in load_sources()}
    assert not {path.name for path in DEVSET.glob("*.txt")} & {path.name for path in PASSAGES}


def test_every_passage_has_gold_and_a_source_entry() -> None:
    listed = [entry["file"] for entry in load_sources()]
    assert len(listed) == len(set(listed)), "a file is listed twice in sources.yaml"
    assert sorted(listed) == [path.name for path in PASSAGES]
    for path in PASSAGES:
        assert gold_path(path).exists(), f"{path.name} has no gold file"


@pytest.mark.parametrize("entry", load_sources(), ids=lambda entry: entry["file"])
def test_source_entries_name_where_the_text_came_from(entry: dict[str, Any]) -> None:
    assert set(entry) == {"file", "source", "url", "published", "period", "scope"}
    assert str(entry["url"]).startswith("http")
    assert entry["scope"] == "national" or str(entry["scope"]).startswith("province:")


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_passage_is_a_report_excerpt_of_reasonable_size(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert 400 <= len(text) <= 1500
    assert load_gold(path), f"{path.name} has no facts"


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_gold_facts_are_well_formed(path: Path) -> None:
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


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_gold_offsets_rise_and_anchor_on_the_fact_number(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    offsets = [fact["offset"] for fact in load_gold(path)]
    assert offsets == sorted(set(offsets)), f"{path.name}: offsets repeat or are out of order"
    for fact in load_gold(path):
        offset = fact["offset"]
        assert text[offset].isdigit() and not text[offset - 1].isdigit(), f"{path.name} at {offset}"
        # the anchor is the level where there is one, else the first comparison
        anchor = fact["value"] if fact["value"] is not None else fact["comparisons"][0]["value"]
        assert any(math.isclose(read_number(text, offset), reading) for reading in readings(anchor)), (
            f"{path.name} at {offset}"
        )


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not available")
@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_the_shared_scorer_accepts_each_gold_file(path: Path) -> None:
    gold = str(gold_path(path))
    result = subprocess.run(
        [sys.executable, str(SCORER), gold, gold, "--text", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("exact-fact F1: 1.000")
