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
    """The list under the top key of catalog/<name>.yaml (the file's name is its top key); the org
    units with those of the national lists (org_units_*.yaml)."""
    data = yaml.safe_load((CATALOG_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    entries = list(data[name] or [])
    if name == "org_units":
        entries += [unit for path in sorted(CATALOG_DIR.glob("org_units_*.yaml")) for unit in org_table(path)]
    return entries


def org_table(path: Path) -> list[dict[str, Any]]:
    """The units of a national list: its lines "code | name | parent", with the file's level and dates."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    shared = {key: value for key, value in data.items() if key != "units"}
    rows = [[cell.strip() for cell in line.split("|")] for line in data["units"].splitlines()]
    return [{"code": code, "name": name, "parent": parent, **shared} for code, name, parent in rows]


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
