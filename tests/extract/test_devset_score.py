"""Exact-fact F1 over the whole development set (tests/devset), micro-averaged over its files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.extract.test_seed_score import load_scorer

from ktxh.extract import extract

DEVSET = Path(__file__).resolve().parents[1] / "devset"
FLOOR = 0.94  # the figure reached, rounded down; raise it when the extractor improves


def _exact_counts(scorer: object, text_path: Path) -> tuple[int, int, int]:
    gold_path = text_path.with_suffix(".facts.jsonl")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pred = [f.to_json() for f in extract(text_path.read_text(encoding="utf-8")).facts]
    figures = scorer.score(gold, pred)  # type: ignore[attr-defined]
    exact = round(figures["exact_precision"] * figures["predicted"])
    return exact, figures["gold"], figures["predicted"]


def test_devset_exact_fact_f1_is_at_least_the_floor() -> None:
    passages = sorted(DEVSET.glob("*.txt"))
    if not passages:
        pytest.skip("no development set yet")
    scorer = load_scorer()
    exact = gold = predicted = 0
    for path in passages:
        e, g, p = _exact_counts(scorer, path)
        exact, gold, predicted = exact + e, gold + g, predicted + p
    precision, recall = exact / predicted, exact / gold
    f1 = 2 * precision * recall / (precision + recall) if exact else 0.0
    print(f"devset exact-fact F1: {f1:.3f} over {len(passages)} passages, {gold} gold facts")
    assert f1 >= FLOOR
