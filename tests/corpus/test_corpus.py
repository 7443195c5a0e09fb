"""The corpus is the specification (duckling's habit): each example of tests/corpus/<dimension>.yaml
must give exactly its facts, each text of negative.yaml must give none, and every word of the
lexicon must stand in some example, so no entry is there untested."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from ktxh.extract import extract
from ktxh.extract.lexicon import default_lexicon
from ktxh.model import Fact

CORPUS = Path(__file__).resolve().parent
DIMENSIONS = ["numeral", "quantity", "ratio", "comparison", "period", "indicator", "parts", "table"]


def _examples() -> list[tuple[str, int, dict[str, Any]]]:
    out = []
    for dimension in DIMENSIONS:
        for i, example in enumerate(yaml.safe_load((CORPUS / f"{dimension}.yaml").read_text(encoding="utf-8"))):
            out.append((dimension, i, example))
    return out


def _negatives() -> list[str]:
    return list(yaml.safe_load((CORPUS / "negative.yaml").read_text(encoding="utf-8")))


def anchor_offset(text: str, written: str) -> int:
    """Where the number `written` first stands in `text` as a whole number."""
    m = re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", text)
    assert m is not None, f"{written!r} is not a number of {text!r}"
    return m.start()


_KEYS = {
    "at",
    "value",
    "unit",
    "total",
    "period",
    "comparisons",
    "part_of",
    "indicator",
    "indicator_has",
    "indicator_lacks",
}


def _check_fact(fact: Fact, want: dict[str, Any], text: str) -> None:
    assert set(want) <= _KEYS, f"unknown keys {sorted(set(want) - _KEYS)}: a key no check reads tests nothing"
    if "indicator" in want:
        assert fact.indicator == want["indicator"]
    if "value" in want:
        assert fact.value == (None if want["value"] is None else pytest.approx(want["value"]))
    for key in ("unit", "total", "period"):
        if key in want:
            assert getattr(fact, key) == want[key], key
    if "comparisons" in want:
        got = sorted((c.type, c.base, round(c.value, 6)) for c in fact.comparisons)
        assert got == sorted((t, b, round(float(v), 6)) for t, b, v in want["comparisons"])
    if "part_of" in want:  # null: a part of nothing
        assert fact.part_of == (None if want["part_of"] is None else anchor_offset(text, want["part_of"]))
    name = fact.indicator.lower()
    for words in want.get("indicator_has", []):
        assert words.lower() in name, f"{words!r} not in {fact.indicator!r}"
    for words in want.get("indicator_lacks", []):
        assert words.lower() not in name, f"{words!r} in {fact.indicator!r}"


@pytest.mark.parametrize(("dimension", "index", "example"), _examples(), ids=lambda x: str(x)[:30])
def test_example_gives_exactly_its_facts(dimension: str, index: int, example: dict[str, Any]) -> None:
    text = example["text"]
    facts = {f.offset: f for f in extract(text).facts}
    expected = {anchor_offset(text, want["at"]): want for want in example["facts"]}
    assert sorted(facts) == sorted(expected), f"{dimension}[{index}]: {[f.to_json() for f in facts.values()]}"
    for offset, want in expected.items():
        _check_fact(facts[offset], want, text)


@pytest.mark.parametrize("text", _negatives())
def test_negative_text_gives_no_fact(text: str) -> None:
    assert [f.to_json() for f in extract(text).facts] == []


def _corpus_text() -> str:
    texts = [e["text"] for _, _, e in _examples()] + _negatives()
    return unicodedata.normalize("NFC", "\n".join(texts)).lower()


def _bounded(word: str) -> str:
    """A whole-word pattern; ends that are not letters ("% vốn", "/") need no boundary."""
    before = r"(?<!\w)" if word[0].isalnum() else ""
    after = r"(?!\w)" if word[-1].isalnum() else ""
    return before + re.escape(word) + after


def test_every_lexicon_entry_stands_in_some_corpus_text() -> None:
    corpus = _corpus_text()
    missing = sorted(
        {
            f"{file}:{key}: {word}"
            for file, key, word in default_lexicon().entries()
            if not re.search(_bounded(word), corpus)
        }
    )
    assert not missing, f"{len(missing)} lexicon entries in no corpus line:\n" + "\n".join(missing)
