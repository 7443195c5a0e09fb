"""Readers shared by the data-file tests: the catalog YAML and the bundled figures CSV, as plain data.

These tests check the data files on their own (no database, no loader), so they read
the files with PyYAML and csv directly.
"""

from __future__ import annotations

import csv
import functools
import json
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from ktxh.settings import DATA_DIR

CATALOG_DIR = DATA_DIR / "catalog"
FIGURES_CSV = DATA_DIR / "figures" / "laichau-2012-9t.csv"


@functools.cache
def catalog(name: str) -> list[dict[str, Any]]:
    """The list under the top key of catalog/<name>.yaml (the file's name is its top key)."""
    data = yaml.safe_load((CATALOG_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    return list(data[name] or [])


def by_code(name: str) -> dict[str, dict[str, Any]]:
    return {str(entry["code"]): entry for entry in catalog(name)}


@functools.cache
def figures() -> list[dict[str, str]]:
    with FIGURES_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def figures_header() -> list[str]:
    with FIGURES_CSV.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def same_name(a: str, b: str) -> bool:
    """Names equal up to Unicode form, case and spacing."""
    return _norm(a) == _norm(b)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())
