"""The words the checks read in a report, loaded from data/words.yaml and validated."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ktxh.errors import CheckError

WORDS_FILE = Path(__file__).resolve().parent / "data" / "words.yaml"
LIST_KEYS = ("part_markers", "plan_words", "share_words", "ambiguous_plan", "percent_units")


@dataclass(frozen=True)
class Words:
    """Magnitude factors and the phrases the checks look for, all lower case."""

    magnitudes: dict[str, float]
    part_markers: tuple[str, ...]
    plan_words: tuple[str, ...]
    share_words: tuple[str, ...]
    ambiguous_plan: tuple[str, ...]
    percent_units: tuple[str, ...]


@functools.cache
def load_words(path: Path = WORDS_FILE) -> Words:
    """Read and validate the word file; a bad file is a CheckError naming file and key."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise CheckError("expected a mapping at the top", where=str(path))
    unknown = set(data) - {"magnitudes", *LIST_KEYS}
    if unknown:
        raise CheckError(f"unknown keys {sorted(unknown)}", where=str(path))
    lists = {key: _phrases(data.get(key), f"{path}: {key}") for key in LIST_KEYS}
    return Words(magnitudes=_magnitudes(data.get("magnitudes"), f"{path}: magnitudes"), **lists)


def _phrases(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise CheckError("expected a list of non-empty strings", where=where)
    folded = [_nfc(v, where).lower() for v in value]
    if len(set(folded)) != len(folded):
        raise CheckError("duplicate entries", where=where)
    return tuple(folded)


def _magnitudes(value: Any, where: str) -> dict[str, float]:
    if not isinstance(value, dict) or not value:
        raise CheckError("expected a mapping of word to factor", where=where)
    out: dict[str, float] = {}
    for word, factor in value.items():
        if not isinstance(factor, int | float) or factor <= 0:
            raise CheckError(f"factor of {word!r} must be a positive number", where=where)
        out[_nfc(str(word), where).lower()] = float(factor)
    return out


def _nfc(text: str, where: str) -> str:
    if unicodedata.normalize("NFC", text) != text:
        raise CheckError(f"{text!r} is not in NFC form", where=where)
    return text


@functools.lru_cache(maxsize=4096)
def split_unit(unit: str | None) -> tuple[float, str]:
    """A written unit's magnitude factor and bare unit: "nghìn tấn" -> (1000, "tấn")."""
    text = " ".join((unit or "").lower().split())
    magnitudes = load_words().magnitudes
    factor = 1.0
    head, _, rest = text.partition(" ")
    while head in magnitudes and rest:
        factor *= magnitudes[head]
        text = rest
        head, _, rest = text.partition(" ")
    return factor, text


@functools.lru_cache(maxsize=16384)
def has_phrase(text: str | None, phrases: tuple[str, ...]) -> bool:
    """True when `text` contains one of `phrases` as whole words (case-insensitive)."""
    padded = f" {_words(text)} "
    return any(f" {_words(p)} " in padded for p in phrases)


def _words(text: str | None) -> str:
    """Lower case, punctuation turned to spaces, so that "Tỷ lệ," holds the phrase "tỷ lệ"."""
    return " ".join(re.sub(r"[^\w%]+", " ", (text or "").lower()).split())
