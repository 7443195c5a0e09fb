"""Normalisation for matching, with a map back to the raw text.

The facts' offsets count code points of the raw text, but the rules match a
cleaner form: NFC (decomposed diacritics composed), every kind of space a plain
space, curly quotes straight, dashes plain, lower case, a figure glued to the
word before it ("đạt16.743") set apart by a space, a bound sign before a figure
(">16%") made a space. Each normalised character remembers the raw offset it came
from, so a match maps straight back.
"""

from __future__ import annotations

import re
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
        offsets: list[int] | None = None
    else:
        parts: list[str] = []
        offsets = []
        for start, cluster in _clusters(raw):
            composed = unicodedata.normalize("NFC", cluster).translate(_TRANSLATE)
            parts.append(composed)
            offsets.extend([start] * len(composed))
        text = "".join(parts)
    text, offsets = _unglue(_unbound(text), offsets)
    return NormalText(raw, text, _lower_same_length(text), None if offsets is None else tuple(offsets))


# A bound sign right before a figure ("(mục tiêu cả năm >16%)", "< 7,6"): a qualifier, dropped as "trên" and
# "tối thiểu" are, so that the figure reads as one without it (a space in its place keeps the offsets).
_BOUND = re.compile(r"[<>≤≥](?=[ ]?\d)")
_BOUND_SIGNS = "<>≤≥"


def _unbound(text: str) -> str:
    """`text` with each bound sign right before a figure made a space (the same text when it holds none)."""
    if not any(sign in text for sign in _BOUND_SIGNS):
        return text
    return _BOUND.sub(" ", text)


# A figure glued to the lower-case word before it ("ước đạt16.743 tỷ đồng", "tăng1,36%"): two digits at least or
# a digit, a mark and a digit, so that units ("m2", "km2") and codes in capitals ("H5N1", "PM2.5") stay whole.
# The pattern starts with a digit: the regex engine skips ahead to the next digit.
_GLUED = re.compile(r"\d(?<=[^\W\d_]\d)(?=\d|[.,]\d)")


_MAX_SYLLABLE = 6  # letters of one Vietnamese syllable, as a verb glued to a figure is ("đạt", "tăng", "khoảng")


def _glued_to_a_word(text: str, digit: int) -> bool:
    """One lower-case word of a syllable before the figure: "đạt16.743", not "chế tạotăng1,36%" (two words glued
    together as well, whose verb no rule could read: better left unread than read as a level)."""
    start = digit
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:digit]
    return word.islower() and len(word) <= _MAX_SYLLABLE


def _unglue(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """`text` with a space before each figure glued to a word, and the raw offsets of the result (the space
    maps to the figure's first digit); the same text and offsets when nothing is glued (most texts)."""
    cuts = [m.start() for m in _GLUED.finditer(text) if _glued_to_a_word(text, m.start())]
    if not cuts:
        return text, offsets
    base: list[int] | range = offsets if offsets is not None else range(len(text))
    parts: list[str] = []
    mapped: list[int] = []
    last = 0
    for cut in cuts:
        parts.append(text[last:cut])
        mapped.extend(base[last:cut])
        parts.append(" ")
        mapped.append(base[cut])
        last = cut
    parts.append(text[last:])
    mapped.extend(base[last:])
    return "".join(parts), mapped
