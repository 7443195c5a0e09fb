"""Exact-fact F1 over the second development set (tests/devset2), micro-averaged over its files."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import goldset
from tests.extract.test_seed_score import load_scorer

FOLDER = Path(__file__).resolve().parents[1] / "devset2"
# 0.627 on first run (commit 15fb49a's extractor), 0.655 once its "gấp N lần" gold followed the other sets'
# convention and after the first fixes of 2026-11-28; 0.762 after the day's fixes; rounded down. Raise it
# when the extractor improves.
FLOOR = 0.76


def test_devset2_exact_fact_f1_is_at_least_the_floor() -> None:
    if not goldset.passages(FOLDER):
        pytest.skip("no second development set yet")
    f1, count, gold = goldset.micro_exact_f1(FOLDER, load_scorer())
    print(f"devset2 exact-fact F1: {f1:.3f} over {count} passages, {gold} gold facts")
    assert f1 >= FLOOR
