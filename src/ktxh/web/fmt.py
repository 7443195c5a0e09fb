"""Numbers, dates and labels as a Vietnamese reader expects them; used as Jinja filters.

Babel's "vi" locale gives the thousands dot and decimal comma ("83.992", "46,9").
The words for value kinds come from the store's vocabulary file, not from here.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel.numbers import format_decimal

from ktxh.model import Comparison
from ktxh.store.vocab import value_kind_label, value_kinds

LABELS_FILE = Path(__file__).resolve().parent / "labels.yaml"
SIGNED_TYPES = ("change_pct", "change_abs", "change_pp")


def number(value: float | None, digits: int = 2) -> str:
    """83992 -> "83.992", 46.9 -> "46,9"; None -> "" (a table cell left blank)."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale="vi")


def signed(value: float | None, digits: int = 1) -> str:
    """A change with its sign: 12 -> "+12", -5.7 -> "-5,7"."""
    if value is None:
        return ""
    text = number(abs(value), digits)
    return ("+" if value > 0 else "-" if value < 0 else "") + text


def date(value: dt.date | dt.datetime | None) -> str:
    """The day-first form officers write: 15/09/2012."""
    return value.strftime("%d/%m/%Y") if value else ""


def value_kind_labels() -> dict[str, str]:
    """code -> the Vietnamese word ("estimate" -> "ước"), from the store's vocabulary."""
    return {code: value_kind_label(code) for code in value_kinds()}


def value_kind(code: str | None) -> str:
    """The word for a value kind, the code itself when the vocabulary lacks it."""
    return value_kind_label(code) if code else ""


@cache
def labels() -> dict[str, Any]:
    """The portal's own words kept as data (web/labels.yaml)."""
    data: dict[str, Any] = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    return data


def comparison(c: Comparison) -> str:
    """A stated comparison as a reader says it: "bằng 51% kế hoạch", "+12% so với cùng kỳ"."""
    words = labels()
    template = words["comparisons"].get(c.type, "{value} ({base})")
    value = signed(c.value) if c.type in SIGNED_TYPES else number(c.value, 2)
    return str(template).format(value=value, base=words["bases"].get(c.base, c.base))


FILTERS = {"number": number, "signed": signed, "date": date, "value_kind": value_kind, "comparison": comparison}
