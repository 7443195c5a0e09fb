"""Vietnamese words the store needs (period labels, value kinds, national bodies), read from data/vocab/*.yaml.

Each file is validated when loaded: known keys only, text in NFC. The files are read
once per process.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ktxh.errors import CatalogError
from ktxh.settings import DATA_DIR
from ktxh.text.folding import fold, fold_case

VOCAB_DIR = DATA_DIR / "vocab"


def read_yaml(path: Path, loader: type[yaml.CSafeLoader] = yaml.CSafeLoader) -> Any:
    """Parse a YAML data file, naming the file and line of a syntax error; text must be NFC."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror}", where=str(path)) from exc
    if unicodedata.normalize("NFC", raw) != raw:
        raise CatalogError("text is not in Unicode NFC form", where=str(path))
    try:
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise CatalogError(f"not valid YAML: {getattr(exc, 'problem', exc)}", where=where) from exc


def require_keys(data: Any, keys: set[str], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise CatalogError("expected a mapping", where=where)
    unknown = set(data) - keys
    missing = keys - set(data)
    if unknown or missing:
        raise CatalogError(f"unknown keys {sorted(unknown)}, missing keys {sorted(missing)}", where=where)
    return data


@functools.cache
def period_words() -> dict[str, Any]:
    path = VOCAB_DIR / "periods.yaml"
    return require_keys(read_yaml(path), {"words", "quarters", "labels"}, str(path))


@functools.cache
def value_kinds() -> dict[str, dict[str, Any]]:
    """value kind code -> {"label": Vietnamese label, "words": [...]}."""
    from ktxh.store.schema import VALUE_KINDS

    path = VOCAB_DIR / "value_kinds.yaml"
    data = require_keys(read_yaml(path), set(VALUE_KINDS), str(path))
    for code, entry in data.items():
        require_keys(entry, {"label", "words"}, f"{path}: {code}")
    return data


def value_kind_label(code: str) -> str:
    entry = value_kinds().get(code)
    return str(entry["label"]) if entry else code


@functools.cache
def optional_match_words() -> tuple[frozenset[str], int]:
    """Folded words a catalog name may carry that a report leaves out, and how many words must remain."""
    path = VOCAB_DIR / "matching.yaml"
    data = require_keys(read_yaml(path), {"optional_words", "min_required_words", "neutral_phrases"}, str(path))
    return frozenset(str(w) for w in data["optional_words"]), int(data["min_required_words"])


@functools.cache
def neutral_match_phrases() -> tuple[tuple[str, ...], ...]:
    """Phrases a report adds to an indicator's name without changing the indicator, as `fold_case` word tuples
    (diacritics kept: "cả nước" is neutral, "cá nước lạnh" is a fish), longest first (data/vocab/matching.yaml)."""
    path = VOCAB_DIR / "matching.yaml"
    data = require_keys(read_yaml(path), {"optional_words", "min_required_words", "neutral_phrases"}, str(path))
    phrases = {tuple(fold_case(str(p)).split()) for p in data["neutral_phrases"]}
    return tuple(sorted((p for p in phrases if p), key=lambda p: (-len(p), p)))


@dataclass(frozen=True)
class OrgUnitWords:
    """The words ingest reads about org units in a title (data/vocab/org_units.yaml), folded."""

    national_bodies: tuple[str, ...]
    type_words: dict[str, tuple[str, ...]]  # level -> type words, longest first
    not_unit_phrases: tuple[str, ...]
    abbreviated_type_words: dict[str, str]  # "TX." -> "thị xã", as written (not folded: the case tells)


@functools.cache
def org_unit_words() -> OrgUnitWords:
    path = VOCAB_DIR / "org_units.yaml"
    data = require_keys(
        read_yaml(path), {"national_bodies", "type_words", "not_unit_phrases", "abbreviated_type_words"}, str(path)
    )
    types = data["type_words"]
    if not isinstance(types, dict) or not all(isinstance(v, list) for v in types.values()):
        raise CatalogError("type_words: a list of words per level", where=str(path))
    return OrgUnitWords(
        national_bodies=tuple(fold(str(n)) for n in data["national_bodies"]),
        type_words={
            str(level): tuple(sorted((fold(str(w)) for w in words), key=len, reverse=True))
            for level, words in types.items()
        },
        not_unit_phrases=tuple(fold(str(p)) for p in data["not_unit_phrases"]),
        abbreviated_type_words=_abbreviations(data["abbreviated_type_words"], types, str(path)),
    )


def _abbreviations(data: Any, types: dict[str, list[str]], where: str) -> dict[str, str]:
    """Short type words -> type words; each must end in a dot and stand for a type word of some level."""
    known = {str(word) for words in types.values() for word in words}
    if not isinstance(data, dict):
        raise CatalogError("abbreviated_type_words: a map of short form -> type word", where=where)
    for short, word in data.items():
        if not str(short).endswith(".") or str(word) not in known:
            raise CatalogError(f"abbreviated_type_words: {short!r} -> {word!r} is no short type word", where=where)
    return {str(short): str(word) for short, word in data.items()}
