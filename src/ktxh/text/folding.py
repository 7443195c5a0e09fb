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


def fold_case(text: str) -> str:
    """Lower case, words separated by single spaces, diacritics kept but each word's tone mark put
    last, so that "Thanh Hoá" and "Thanh Hóa" agree while "Xã Văn Lăng" and "xã Văn Lang" (two
    communes of Thái Nguyên that `fold` makes one) and "Quảng Nam" and "Quang năm" do not."""
    return " ".join(_tone_last(word) for word in _NON_WORD.sub(" ", unicodedata.normalize("NFC", text).lower()).split())


# grave, acute, tilde, hook above, dot below: the five tones; the other marks (breve, circumflex,
# horn) make another letter and stay on theirs
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _tone_last(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(ch for ch in decomposed if ch in _TONES)
    if not tones:
        return word
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES)) + tones


def fold_words(text: str) -> frozenset[str]:
    """The folded words of a name, for word-order tolerant matching."""
    return frozenset(fold(text).split())
