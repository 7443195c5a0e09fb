"""Exact-fact F1 over the blind held-out set (tests/holdout), micro-averaged over its files."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import goldset
from tests.extract.test_seed_score import load_scorer

FOLDER = Path(__file__).resolve().parents[1] / "holdout"
# the figure reached (0.597 at commit 2b8d074, 0.725 after the fixes of 2026-11-27, 0.911 on 2026-11-28),
# rounded down. The set has steered two rounds of fixes and is no longer blind (tests/holdout2 and
# tests/holdout3 are); it stays as another development yardstick
FLOOR = 0.91


def test_holdout_exact_fact_f1_is_at_least_the_floor() -> None:
    if not goldset.passages(FOLDER):
        pytest.skip("no held-out set yet")
    f1, count, gold = goldset.micro_exact_f1(FOLDER, load_scorer())
    print(f"holdout exact-fact F1: {f1:.3f} over {count} passages, {gold} gold facts")
    assert f1 >= FLOOR
