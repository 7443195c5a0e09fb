"""Exact-fact F1 over the third development set (tests/devset3), micro-averaged over its files."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import goldset
from tests.extract.test_seed_score import load_scorer

FOLDER = Path(__file__).resolve().parents[1] / "devset3"
# 0.624 on first run (commit 54914da's set, the extractor of 9ebf87f), 0.702 after the fixes it steered on
# 2026-11-28; rounded down. Raise it when the extractor improves.
FLOOR = 0.70


def test_devset3_exact_fact_f1_is_at_least_the_floor() -> None:
    if not goldset.passages(FOLDER):
        pytest.skip("no third development set yet")
    f1, count, gold = goldset.micro_exact_f1(FOLDER, load_scorer())
    print(f"devset3 exact-fact F1: {f1:.3f} over {count} passages, {gold} gold facts")
    assert f1 >= FLOOR
