"""Exact-fact F1 over the whole development set (tests/devset), micro-averaged over its files."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import goldset
from tests.extract.test_seed_score import load_scorer

FOLDER = Path(__file__).resolve().parents[1] / "devset"
# the figure reached, rounded down; raise it when the extractor improves
FLOOR = 0.94


def test_devset_exact_fact_f1_is_at_least_the_floor() -> None:
    if not goldset.passages(FOLDER):
        pytest.skip("no development set yet")
    f1, count, gold = goldset.micro_exact_f1(FOLDER, load_scorer())
    print(f"devset exact-fact F1: {f1:.3f} over {count} passages, {gold} gold facts")
    assert f1 >= FLOOR
