"""The third development set holds together: every passage has its gold facts and its source,
every gold fact is well formed and anchored on a number of its passage, and nothing in it was
taken from the other development and held-out sets.

These tests guard the yardstick itself; they do not run the extractor. The checks are
tests/goldset.py's, shared with the other sets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from tests import goldset

FOLDER = Path(__file__).resolve().parent
PASSAGES = goldset.passages(FOLDER)
OTHER_SETS = [FOLDER.parent / name for name in ("devset", "devset2", "holdout", "holdout2", "holdout3")]
# A level misprinted with a dot before four digits ("15.5580 người"): the value drops the dot as a
# thousands separator (155580), but goldset.read_number reads it as a decimal, so the words are
# checked instead.
SPLIT_LEVELS = {("hoabinhgov-2012-nam-giamngheo", 586): "15.5580 người"}


def test_the_set_is_large_and_varied_enough() -> None:
    sources = goldset.load_sources(FOLDER)
    assert len(PASSAGES) >= 12
    assert len({entry["source"] for entry in sources}) >= 8
    assert any(entry["scope"] == "national" for entry in sources)
    assert len({entry["scope"] for entry in sources}) >= 7


def test_every_passage_has_gold_and_a_source_entry() -> None:
    goldset.check_listing(FOLDER)


def test_no_url_or_file_name_is_taken_from_the_other_sets() -> None:
    ours = goldset.load_sources(FOLDER)
    for folder in OTHER_SETS:
        source_file = folder / "sources.yaml"
        if not source_file.exists():
            continue
        theirs = yaml.safe_load(source_file.read_text(encoding="utf-8")) or []
        assert not {entry["url"] for entry in ours} & {entry["url"] for entry in theirs}, folder.name
        assert not {entry["file"] for entry in ours} & {entry["file"] for entry in theirs}, folder.name


@pytest.mark.parametrize("entry", goldset.load_sources(FOLDER), ids=lambda entry: entry["file"])
def test_source_entries_name_where_the_text_came_from(entry: dict[str, Any]) -> None:
    goldset.check_source_entry(entry)


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_passage_is_a_report_excerpt_of_reasonable_size(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert 400 <= len(text) <= 1600
    assert goldset.load_gold(path), f"{path.name} has no facts"


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_gold_facts_are_well_formed(path: Path) -> None:
    goldset.check_well_formed(path)


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_gold_offsets_rise_and_anchor_on_the_fact_number(path: Path) -> None:
    split = {offset: words for (stem, offset), words in SPLIT_LEVELS.items() if stem == path.stem}
    if not split:
        goldset.check_offsets(path)
        return
    text = path.read_text(encoding="utf-8")
    offsets = [fact["offset"] for fact in goldset.load_gold(path)]
    assert offsets == sorted(set(offsets)), f"{path.name}: offsets repeat or are out of order"
    for fact in goldset.load_gold(path):
        offset = fact["offset"]
        if offset in split:
            assert text.startswith(split[offset], offset), f"{path.name} at {offset}"
            continue
        assert text[offset].isdigit() and not text[offset - 1].isdigit(), f"{path.name} at {offset}"
        anchor = fact["value"] if fact["value"] is not None else fact["comparisons"][0]["value"]
        read = goldset.read_number(text, offset)
        assert any(abs(read - reading) < 1e-9 for reading in goldset.readings(anchor)), f"{path.name} at {offset}"


@pytest.mark.skipif(not goldset.SCORER.exists(), reason="the shared scorer is not available")
@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_the_shared_scorer_accepts_each_gold_file(path: Path) -> None:
    goldset.check_scorer_accepts(path)
