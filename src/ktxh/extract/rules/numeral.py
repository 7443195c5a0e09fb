"""Numbers as Vietnamese reports write them: "1.040" (thousands dot), "46,9" (decimal
comma), "2.642.620", "0,64", "04". English-style "1,040.5" is read when both marks
appear with the dot last."""

from __future__ import annotations

import re

# A run of digits with dot or comma groups; not glued to a word or another number. The check on the
# character before sits after the first digit, so the pattern starts with a digit and the regex
# engine skips ahead to the next digit instead of trying the lookbehind at every position.
NUMBER = re.compile(r"\d(?<![\w.,/].)\d*(?:[.,]\d+)*")
# What the extractor reads as one figure: a NUMBER, or thousands grouped by spaces as the national
# statistics office writes them ("1 095,1 nghìn ha", "10 290,9", "2 642 620"): with a decimal part or two
# groups at least, so that "tháng 3 100 ha" stays two numbers.
FIGURE = re.compile(r"\d(?<![\w.,/].)(?:\d{0,2}(?: \d{3})+,\d+(?!\d)|\d{0,2}(?: \d{3}){2,}(?![\d.,])|\d*(?:[.,]\d+)*)")
_THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?:[.]\d{3})+")
_MAX_DIGITS = 30  # longer runs are codes or noise, not figures


def parse_number(token: str) -> float | None:
    """The value of a written number, or None when it is not a well-formed figure."""
    if token.isdecimal():  # most figures: digits only, no mark to read
        return float(token) if len(token) <= _MAX_DIGITS else None
    if " " in token:
        token = token.replace(" ", "")  # "1 095,1": groups of thousands
        if token.isdecimal():
            return float(token) if len(token) <= _MAX_DIGITS else None
    if len(token) > _MAX_DIGITS and sum(c.isdigit() for c in token) > _MAX_DIGITS:  # count only when it may
        return None
    has_dot, has_comma = "." in token, "," in token
    if has_dot and has_comma:
        return _mixed(token)
    if has_comma:
        return _commas(token)
    if has_dot:
        return _dots(token)
    return float(token)


def _mixed(token: str) -> float | None:
    if token.rfind(",") > token.rfind("."):  # Vietnamese: 1.234,5
        head, _, tail = token.rpartition(",")
        whole = _dots(head) if "," not in head else None
        return None if whole is None else whole + float("0." + tail)
    head, _, tail = token.rpartition(".")  # English: 1,234.5
    if "." in head or not re.fullmatch(r"\d{1,3}(?:,\d{3})+", head):
        return None
    return float(head.replace(",", "") + "." + tail)


def _commas(token: str) -> float | None:
    return float(token.replace(",", ".")) if token.count(",") == 1 else None


def _dots(token: str) -> float | None:
    if _THOUSANDS_GROUPS.fullmatch(token):
        return float(token.replace(".", ""))
    parts = token.split(".")
    if len(parts) == 2:
        return float(parts[0] + "." + parts[1])
    return None
