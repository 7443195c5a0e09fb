"""Normalisation for matching, with a map back to the raw text.

The facts' offsets count code points of the raw text, but the rules match a
cleaner form: NFC (decomposed diacritics composed), every kind of space a plain
space, curly quotes straight, dashes plain, lower case. Each normalised
character remembers the raw offset it came from, so a match maps straight back.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Characters replaced one for one; why: portals paste NBSP, thin spaces and
# typographic quotes that would otherwise break word matching.
_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u3000\t\u2002\u2003\u2004\u2005\u2006\u2008"
_TRANSLATE = {ord(c): " " for c in _SPACES}
_TRANSLATE.update({ord("\u201c"): '"', ord("\u201d"): '"', ord("\u2018"): "'", ord("\u2019"): "'"})
_TRANSLATE.update({ord("\u2013"): "-", ord("\u2014"): "-", ord("\u2212"): "-", ord("\r"): "\n"})
_TRANSLATE.update({ord("\u200b"): " ", ord("\ufeff"): " ", ord("\u2026"): "."})
# str.translate looks up every character of a non-ASCII text in the table (0.17 s per MB), a regex
# tests each against a set (8 ms per MB); a search per character to replace runs at memchr speed
# (3 ms per MB). No replacement is itself replaced, so one after the other is the same as all at once.
_REPLACEMENTS = tuple((chr(c), r) for c, r in _TRANSLATE.items())


@dataclass(frozen=True)
class NormalText:
    """`text` is NFC with plain spaces and quotes; `lower` is its lower case, same length;
    `raw_offsets[i]` is where `text[i]` starts in the raw text; None when every character
    maps to itself (raw text already NFC), which spares a list as long as the text."""

    raw: str
    text: str
    lower: str
    raw_offsets: tuple[int, ...] | None

    def to_raw(self, index: int) -> int:
        """The raw offset of normalised position `index` (the raw end for the end position)."""
        if self.raw_offsets is None:
            return min(index, len(self.raw))
        if index >= len(self.raw_offsets):
            return len(self.raw)
        return self.raw_offsets[index]


def _clusters(raw: str) -> list[tuple[int, str]]:
    """Split raw text into (start, base character + its combining marks)."""
    out: list[tuple[int, str]] = []
    start = 0
    for i in range(1, len(raw) + 1):
        if i == len(raw) or not unicodedata.combining(raw[i]):
            out.append((start, raw[start:i]))
            start = i
    return out


def _lower_same_length(text: str) -> str:
    """Lower case, keeping any character whose lower form is longer (so offsets line up)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _replace(raw: str) -> str:
    """`raw.translate(_TRANSLATE)`, faster when few characters need replacing."""
    for char, replacement in _REPLACEMENTS:
        if char in raw:
            raw = raw.replace(char, replacement)
    return raw


def normalise(raw: str) -> NormalText:
    """Normalise `raw` for matching; see the module docstring."""
    if raw.isascii() or unicodedata.is_normalized("NFC", raw):
        text = _replace(raw)
        return NormalText(raw, text, _lower_same_length(text), None)
    parts: list[str] = []
    offsets: list[int] = []
    for start, cluster in _clusters(raw):
        composed = unicodedata.normalize("NFC", cluster).translate(_TRANSLATE)
        parts.append(composed)
        offsets.extend([start] * len(composed))
    text = "".join(parts)
    return NormalText(raw, text, _lower_same_length(text), tuple(offsets))
