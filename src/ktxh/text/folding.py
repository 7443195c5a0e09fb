"""Folding names for matching: "Sản lượng lúa" and "san luong  LUA" fold to the same key."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w%]+")


def fold(text: str) -> str:
    """Lower case, no diacritics (đ -> d), words separated by single spaces."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare).strip()


def fold_words(text: str) -> frozenset[str]:
    """The folded words of a name, for word-order tolerant matching."""
    return frozenset(fold(text).split())
