"""The facts format on disk round-trips, and a bad line is named."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ktxh.errors import InputError
from ktxh.extract import extract
from ktxh.extract.jsonl import dumps, read_facts


def test_round_trip(tmp_path: Path) -> None:
    facts = extract("Đã trồng 1.025 ha cây cao su, đạt 103% kế hoạch; 46/93 xã.").facts
    path = tmp_path / "f.jsonl"
    path.write_text(dumps(facts), encoding="utf-8")
    assert read_facts(path) == [replace(f, sentence=None) for f in facts]  # the sentence is written by --explain
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert first["value"] == 1025 and first["comparisons"] == [{"type": "pct_of", "base": "plan", "value": 103}]


def test_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"offset": 1, "value": 2}\n{"value": 3}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        read_facts(path)
