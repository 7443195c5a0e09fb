"""The lexicon is validated when loaded: known keys, no duplicates, NFC, lower case."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml

from ktxh.errors import ExtractError
from ktxh.extract.lexicon import LEXICON_DIR, SCHEMA, load_lexicon, validate


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "vi"
    shutil.copytree(LEXICON_DIR, target)
    return target


def _edit(directory: Path, file: str, key: str, value: object) -> None:
    path = directory / f"{file}.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc[key] = value
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")


def test_bundled_lexicon_loads_every_file_of_the_schema() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.data) == set(SCHEMA)
    assert lexicon.mapping("magnitudes", "magnitudes")["nghìn"] == 1000


def test_unknown_key_is_named(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _edit(directory, "units", "unitz", ["tấn"])
    with pytest.raises(ExtractError, match=r"units.yaml: unknown keys \['unitz'\]"):
        load_lexicon(directory)


def test_duplicate_entry_is_named_with_its_key() -> None:
    doc = yaml.safe_load((LEXICON_DIR / "units.yaml").read_text(encoding="utf-8"))
    doc["units"] = [*doc["units"], "tấn"]
    with pytest.raises(ExtractError, match=r"units.yaml:units: entry 'tấn' appears twice"):
        validate("units", doc)


def test_decomposed_entry_is_refused() -> None:
    doc = yaml.safe_load((LEXICON_DIR / "units.yaml").read_text(encoding="utf-8"))
    doc["units"] = [unicodedata.normalize("NFD", "lượt khách mới")]
    with pytest.raises(ExtractError, match="not in NFC"):
        validate("units", doc)


def test_upper_case_entry_is_refused() -> None:
    doc = yaml.safe_load((LEXICON_DIR / "units.yaml").read_text(encoding="utf-8"))
    doc["units"] = ["Tấn"]
    with pytest.raises(ExtractError, match="not lower case"):
        validate("units", doc)


def test_missing_key_and_wrong_shape_are_refused() -> None:
    with pytest.raises(ExtractError, match=r"missing keys \['units'\]"):
        validate(
            "units",
            {
                "compound_joiners": ["/"],
                "compound_tails": ["năm"],
                "share_wholes": ["gdp"],
                "percent_words": ["phần trăm"],
                "ratio_nouns": ["chỉ tiêu"],
                "not_units": ["và"],
                "generic_counts": ["lần"],
                "count_heads": ["số"],
            },
        )
    with pytest.raises(ExtractError, match="needs a number"):
        validate("magnitudes", {"magnitudes": {"nghìn": "một nghìn"}, "abbreviated": {"tr.đ": "triệu đồng"}})


def test_a_word_in_two_bases_is_ambiguous() -> None:
    doc = yaml.safe_load((LEXICON_DIR / "comparisons.yaml").read_text(encoding="utf-8"))
    doc["bases"]["other"] = [*doc["bases"]["other"], "cùng kỳ"]
    with pytest.raises(ExtractError, match="'cùng kỳ' appears twice"):
        validate("comparisons", doc)


def test_every_lexicon_key_is_documented() -> None:
    # docs/lexicon.md is the reference a newcomer reads before adding a word: no key may be missing from it
    doc = (Path(__file__).resolve().parents[2] / "docs" / "lexicon.md").read_text(encoding="utf-8")
    missing = [f"{file}.yaml:{key}" for file, keys in SCHEMA.items() for key in keys if f"`{key}`" not in doc]
    assert not missing, f"keys not in docs/lexicon.md: {missing}"
