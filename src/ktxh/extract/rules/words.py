"""Turning lexicon word lists into regular expressions."""

from __future__ import annotations

import functools
import re


def phrase(word: str) -> str:
    """A regex for one lexicon phrase: its words, any run of spaces between them."""
    return r"\s+".join(re.escape(part) for part in word.split(" "))


def alt(words: list[str]) -> str:
    """A non-capturing alternation of `words`, longest first so the longest phrase wins."""
    return _by_first_char(words, guard=False)


def word_alt(words: list[str]) -> str:
    """Like `alt`, but a phrase may not start inside a word. The check sits after each phrase's first
    character, so the regex engine can still skip ahead on the set of first characters (about 4x
    faster than a leading lookbehind when scanning a sentence)."""
    return _by_first_char(words, guard=True)


def whole_words(words: list[str]) -> str:
    """`word_alt` that may not end inside a word either."""
    return word_alt(words) + r"(?!\w)"


def _by_first_char(words: list[str], guard: bool) -> str:
    """The alternation of `words`, longest first, grouped by first character: "t(?:ính|háng)|đ(?:ến)".

    The regex engine tries the branches of an alternation one by one at every position; grouped, it
    tests one character per group and tries only the group that can match. Two phrases with different
    first characters never match at the same position, so the longest-first order within each group
    gives the same match as one flat longest-first alternation (several times faster on long lists).
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(word)
    out = []
    for first, members in groups.items():
        # The group's letters in common before any space ("giá" of "giá so sánh", "giá cố định") come
        # first, the check after them: the regex engine then looks for those letters at C speed (a
        # lone "g" is in every "ng"), and at a mid-word position fails on a letter before the check.
        low, high = min(members), max(members)  # in string order: what these two share, all share
        n = 0
        while n < len(low) and low[n] == high[n] and low[n] != " ":
            n += 1
        common = re.escape(low[:n])
        head = common + (rf"(?<!\w{common})" if guard and first.isalnum() else "")  # nothing of a word before
        tails = [phrase(w)[len(common) :] for w in members]
        out.append(head + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"))
    return "(?:" + "|".join(out) + ")"


def last_word(text: str, lo: int, hi: int, marks: str = "") -> str | None:
    """The run of letters (or one of `marks`) that ends text[lo:hi], only non-word characters after it.

    The same as searching `([^\\W\\d_]+|[marks])[^\\w marks]*$` in text[lo:hi]; but a `$`-anchored
    search retries at every position of the window (about 5x slower), so this matches once,
    from the end, in the reversed window.
    """
    if hi - lo >= 2 and text[hi - 1] == " ":
        # The usual "... đạt 1.040": one space, then a word of letters before it (its start at a space or at
        # lo); what the match below would give, without building a reversed window.
        space = text.rfind(" ", lo, hi - 1)
        word = text[space + 1 : hi - 1] if space >= 0 else text[lo : hi - 1]
        if word.isalpha():
            return word
    # One reversed slice, not a slice then its reverse (which copies the window twice); from 0 the
    # reversed slice's stop would be -1, the end of the text, hence the plain form there.
    window = text[hi - 1 : lo - 1 : -1] if 0 < lo <= hi else text[lo:hi][::-1]
    m = (_reversed_last_word(marks) if marks else _REVERSED_WORD).match(window)
    return m.group(1)[::-1] if m else None


_REVERSED_WORD = re.compile(r"[^\w]*([^\W\d_]+)")  # with no marks: asked for every figure, no cache look-up


@functools.cache
def _reversed_last_word(marks: str) -> re.Pattern[str]:
    if not marks:
        return _REVERSED_WORD
    m = re.escape(marks)
    return re.compile(rf"[^\w{m}]*([^\W\d_]+|[{m}])")


# A year of the last two centuries as a whole token ("2013"): matched with `fullmatch`.
YEAR = re.compile(r"(?:19|20)\d\d")
# The same found inside a text or a period ("tháng 9/2012"), no part of a longer number.
LONE_YEAR = re.compile(rf"(?<!\d){YEAR.pattern}(?!\d)")
# A closed aside, "(bao gồm cả lúa vụ Mùa)": what some look-ups leave out of the words they read.
ASIDE = re.compile(r"\([^()]*\)")
# A table row's number or bullet before its name: "1.", "1.1.", "I.", "a)", "1-", "- "
ROW_NUMBER = re.compile(r"^(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)\-]\s*|^[\-–+•*]\s*", re.IGNORECASE)

MAX_PLACE_WORDS = 6


def is_place_name(words: str, at_sentence_start: bool = False) -> bool:
    """ "Đồng Nai", "TP Hồ Chí Minh", "Bà Rịa - Vũng Tàu": every word capitalised, a name of some letters
    (one capitalised word opening a sentence is only the sentence's capital)."""
    first = words.lstrip()[:1]
    if first and first not in "-–" and not first.isupper():
        return False  # most calls: the words start in lower case (the first part must be capitalised)
    parts = [w.strip("-–").rstrip(".") for w in words.split() if w.strip("-–.")]  # "Bà Rịa- Vũng Tàu", "TP. Huế"
    if not parts or len(parts) > MAX_PLACE_WORDS or (len(parts) == 1 and at_sentence_start):
        return False
    if not all(w[0].isupper() and w.isalpha() for w in parts):
        return False
    return any(len(w) > 1 and not w.isupper() for w in parts)


def in_running_text(name: str) -> str:
    """A name as it stands inside another: "Tổng đàn gia súc" -> "tổng đàn gia súc"; "CPI" stays."""
    first = name.split(" ", 1)[0]
    return name if first.isupper() and len(first) > 1 else name[:1].lower() + name[1:]


def capitalise(name: str) -> str:
    """A name as it starts a fact's indicator: its first letter upper case, the rest as written."""
    return name[:1].upper() + name[1:] if name else name
