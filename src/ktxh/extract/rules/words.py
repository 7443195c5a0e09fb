"""Turning lexicon word lists into regular expressions."""

from __future__ import annotations

import re


def phrase(word: str) -> str:
    """A regex for one lexicon phrase: its words, any run of spaces between them."""
    return r"\s+".join(re.escape(part) for part in word.split(" "))


def alt(words: list[str]) -> str:
    """A non-capturing alternation of `words`, longest first so the longest phrase wins."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(phrase(w) for w in ordered) + ")"


def bounded(pattern: str) -> str:
    """`pattern` as whole words: no word character just before or after it."""
    return rf"(?<!\w){pattern}(?!\w)"
