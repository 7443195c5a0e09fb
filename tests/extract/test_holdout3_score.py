"""Exact-fact F1 over the third blind held-out set (tests/holdout3), micro-averaged over its files."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import goldset
from tests.extract.test_seed_score import load_scorer

FOLDER = Path(__file__).resolve().parents[1] / "holdout3"
# The set's gold was committed (5a363e7) before any extractor ran on it; first run with the extractor of
# commit e6197f1: 0.591 (78 exact of 121 gold, 143 predicted; detection F1 0.917). The extractor of the
# session before (208270f) scores 0.556 on it. Rounded down; raise it when the extractor improves, but never
# tune rules on these passages, nor read them: the set is blind.
FLOOR = 0.59


def test_holdout3_exact_fact_f1_is_at_least_the_floor() -> None:
    if not goldset.passages(FOLDER):
        pytest.skip("no third held-out set yet")
    f1, count, gold = goldset.micro_exact_f1(FOLDER, load_scorer())
    print(f"holdout3 exact-fact F1: {f1:.3f} over {count} passages, {gold} gold facts")
    assert f1 >= FLOOR
