"""Builders for the checks' tests: facts placed in a small text by the number they anchor on."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from tests.conftest import SEED_GOLD

from ktxh.model import Comparison, Fact


def _number(written: str) -> float:
    return float(written.replace(".", "").replace(",", "."))


class FactKit:
    """Facts of one text: `kit.fact("1.062", "Diện tích cây bông", "ha")` anchors on the first "1.062"."""

    def __init__(self, text: str) -> None:
        self.text = text

    def offset(self, written: str, nth: int = 0) -> int:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(written, start + 1)
        return start

    def fact(self, written: str, indicator: str, unit: str | None, *comps: tuple[str, str, float], **kw: Any) -> Fact:
        nth = kw.pop("nth", 0)
        return Fact(
            offset=self.offset(written, nth),
            indicator=indicator,
            value=_number(written),
            unit=unit,
            comparisons=tuple(Comparison(t, b, v) for t, b, v in comps),
            **kw,
        )


@pytest.fixture
def kit() -> Callable[[str], FactKit]:
    return FactKit


@pytest.fixture(scope="session")
def gold_facts() -> list[Fact]:
    lines = SEED_GOLD.read_text(encoding="utf-8").splitlines()
    return [Fact.from_json(json.loads(line)) for line in lines if line.strip()]
