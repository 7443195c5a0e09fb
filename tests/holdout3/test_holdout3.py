"""The third held-out set holds together: every passage has its gold facts and its source, every
gold fact is well formed and anchored on a number of its passage, and no page or file name of the
development sets or of the first two held-out sets was taken again.

These tests guard the blind yardstick itself (a hand-edited gold file that drifts from its text
would silently lower every extractor score); they do not run the extractor. The checks are
tests/goldset.py's, shared with the development sets and the earlier held-out sets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests import goldset

FOLDER = Path(__file__).resolve().parent
EARLIER = [FOLDER.parent / name for name in ("devset", "devset2", "holdout", "holdout2")]
PASSAGES = goldset.passages(FOLDER)


def test_the_set_is_large_and_varied_enough() -> None:
    sources = goldset.load_sources(FOLDER)
    assert len(PASSAGES) >= 12
    assert len({entry["source"] for entry in sources}) >= 9
    assert any(entry["scope"] == "national" for entry in sources)
    assert len({entry["scope"] for entry in sources}) >= 8


@pytest.mark.parametrize("earlier", EARLIER, ids=lambda folder: folder.name)
def test_no_page_or_file_of_an_earlier_set_is_reused(earlier: Path) -> None:
    if not (earlier / "sources.yaml").exists():
        pytest.skip(f"no {earlier.name} set")
    seen = {entry["url"] for entry in goldset.load_sources(earlier)}
    assert not seen & {entry["url"] for entry in goldset.load_sources(FOLDER)}
    assert not {path.name for path in goldset.passages(earlier)} & {path.name for path in PASSAGES}


def test_every_passage_has_gold_and_a_source_entry() -> None:
    goldset.check_listing(FOLDER)


@pytest.mark.parametrize("entry", goldset.load_sources(FOLDER), ids=lambda entry: entry["file"])
def test_source_entries_name_where_the_text_came_from(entry: dict[str, Any]) -> None:
    goldset.check_source_entry(entry)


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_passage_is_a_report_excerpt_of_reasonable_size(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert 400 <= len(text) <= 1500
    assert goldset.load_gold(path), f"{path.name} has no facts"


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_gold_facts_are_well_formed(path: Path) -> None:
    goldset.check_well_formed(path)


@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_gold_offsets_rise_and_anchor_on_the_fact_number(path: Path) -> None:
    goldset.check_offsets(path)


@pytest.mark.skipif(not goldset.SCORER.exists(), reason="the shared scorer is not available")
@pytest.mark.parametrize("path", PASSAGES, ids=lambda path: path.stem)
def test_the_shared_scorer_accepts_each_gold_file(path: Path) -> None:
    goldset.check_scorer_accepts(path)
