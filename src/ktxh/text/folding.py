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
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _tone_tables() -> tuple[dict[int, str | None], dict[str, str]]:
    """Each letter with a tone (precomposed, or a lone combining tone): the letter without it, and the tone."""
    strip: dict[int, str | None] = {ord(t): None for t in _TONES}
    tone_of = {t: t for t in _TONES}
    for code in range(0x00C0, 0x1F00):
        decomposed = unicodedata.normalize("NFD", chr(code))
        tones = "".join(ch for ch in decomposed if ch in _TONES)
        if tones:
            strip[code] = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
            tone_of[chr(code)] = tones
    return strip, tone_of


_STRIP_TONES, _TONE_OF = _tone_tables()
_TONED = re.compile("[" + "".join(_TONE_OF) + "]")


def _tone_last(word: str) -> str:
    """The word (NFC) with its tone marks taken off their letters and put last: "hóa" and "hoá" -> "hoa" + acute.

    A table and one pattern, not a decomposition a word: the catalog's thousands of names are
    compared this way every time it is read."""
    toned = _TONED.findall(word)
    if not toned:
        return word
    return word.translate(_STRIP_TONES) + "".join(_TONE_OF[ch] for ch in toned)


def fold_words(text: str) -> frozenset[str]:
    """The folded words of a name, for word-order tolerant matching."""
    return frozenset(fold(text).split())
