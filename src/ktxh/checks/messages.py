"""Finding messages: Vietnamese text kept as Jinja2 templates in templates/messages.yaml.

Numbers are written the Vietnamese way through Babel ("1.062", "46,9"), so the
arithmetic in a message reads as the report would write it.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

import yaml
from babel.numbers import format_decimal
from jinja2 import Environment, StrictUndefined, Template

from ktxh.errors import CheckError

MESSAGES_FILE = Path(__file__).resolve().parent / "templates" / "messages.yaml"
LOCALE = "vi_VN"


def num(x: float | None) -> str:
    """A figure as written: thousands dots, decimal comma, no trailing zeros (up to 4 decimals)."""
    if x is None:
        return "?"
    return format_decimal(round(float(x), 4) + 0.0, format="#,##0.####", locale=LOCALE)


def approx(x: float | None) -> str:
    """A derived figure rounded for reading: one decimal from 10 up, three significant digits below."""
    if x is None:
        return "?"
    value = float(x)
    if abs(value) >= 10 or value == 0:
        return num(round(value, 1))
    digits = 2 - math.floor(math.log10(abs(value)))
    return num(round(value, digits))


@functools.cache
def _templates(path: Path = MESSAGES_FILE) -> dict[str, Template]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise CheckError("expected a mapping of message name to template text", where=str(path))
    env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters["num"] = num
    env.filters["approx"] = approx
    return {key: env.from_string(" ".join(text.split())) for key, text in data.items()}


def message_names() -> set[str]:
    return set(_templates())


def render(template: str, **values: Any) -> str:
    """The message `template` with `values` filled in; an unknown template is a CheckError."""
    templates = _templates()
    if template not in templates:
        raise CheckError(f"no message template {template!r} in {MESSAGES_FILE.name}")
    return templates[template].render(**values)
