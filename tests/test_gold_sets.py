"""Every set of report passages with hand-made gold (tests/devset*, tests/holdout*) holds together: each
passage has its gold facts and its source, each gold fact is well formed and anchored on a number of its
passage, the shared scorer accepts each gold file, and no page is taken into two sets.

These tests guard the yardsticks themselves (a hand-edited gold file that drifts from its text would
silently lower every extractor score); they do not run the extractor. The sets, and how large and varied
each must be, are listed in tests/goldset.py (SETS); the checks are goldset's too.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from tests import goldset
from tests.goldset import SETS, GoldSet

PRESENT = [s for s in SETS if s.folder.is_dir()]
PASSAGES = [(s, path) for s in PRESENT for path in goldset.passages(s.folder)]
ENTRIES = [(s, entry) for s in PRESENT for entry in goldset.load_sources(s.folder)]


def _passage_id(value: Any) -> str:
    return value.name if isinstance(value, GoldSet) else value.stem if isinstance(value, Path) else str(value)


@pytest.mark.parametrize("gold_set", PRESENT, ids=lambda s: s.name)
def test_the_set_is_large_and_varied_enough(gold_set: GoldSet) -> None:
    sources = goldset.load_sources(gold_set.folder)
    assert len(goldset.passages(gold_set.folder)) >= gold_set.min_passages
    assert len({entry["source"] for entry in sources}) >= gold_set.min_sources
    assert any(entry["scope"] == "national" for entry in sources) or not gold_set.national
    assert len({entry["scope"] for entry in sources}) >= gold_set.min_scopes


@pytest.mark.parametrize("gold_set", PRESENT, ids=lambda s: s.name)
def test_every_passage_has_gold_and_a_source_entry(gold_set: GoldSet) -> None:
    goldset.check_listing(gold_set.folder)


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(PRESENT, 2)), ids=_passage_id)
def test_no_page_or_file_is_in_two_sets(one: GoldSet, other: GoldSet) -> None:
    ours, theirs = goldset.load_sources(one.folder), goldset.load_sources(other.folder)
    assert not {entry["url"] for entry in ours} & {entry["url"] for entry in theirs}
    assert not {entry["file"] for entry in ours} & {entry["file"] for entry in theirs}


@pytest.mark.parametrize(("gold_set", "entry"), ENTRIES, ids=lambda v: v.name if isinstance(v, GoldSet) else v["file"])
def test_source_entries_name_where_the_text_came_from(gold_set: GoldSet, entry: dict[str, Any]) -> None:
    goldset.check_source_entry(entry)


@pytest.mark.parametrize(("gold_set", "path"), PASSAGES, ids=_passage_id)
def test_passage_is_a_report_excerpt_of_reasonable_size(gold_set: GoldSet, path: Path) -> None:
    low, high = gold_set.sizes
    assert low <= len(path.read_text(encoding="utf-8")) <= high
    assert goldset.load_gold(path), f"{path.name} has no facts"


@pytest.mark.parametrize(("gold_set", "path"), PASSAGES, ids=_passage_id)
def test_gold_facts_are_well_formed(gold_set: GoldSet, path: Path) -> None:
    goldset.check_well_formed(path)


@pytest.mark.parametrize(("gold_set", "path"), PASSAGES, ids=_passage_id)
def test_gold_offsets_rise_and_anchor_on_the_fact_number(gold_set: GoldSet, path: Path) -> None:
    written = {offset: words for (stem, offset), words in gold_set.written.items() if stem == path.stem}
    goldset.check_offsets(path, written)


@pytest.mark.skipif(not goldset.SCORER.exists(), reason="the shared scorer is not available")
@pytest.mark.parametrize(("gold_set", "path"), PASSAGES, ids=_passage_id)
def test_the_shared_scorer_accepts_each_gold_file(gold_set: GoldSet, path: Path) -> None:
    goldset.check_scorer_accepts(path)
