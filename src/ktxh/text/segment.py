"""Sentences and clauses, as spans of the normalised text.

A sentence ends at a line break (unless the line only wraps: a word before it,
lower case or a figure after it, as in text taken out of a PDF), or at ".", "!",
"?" followed by a space and a capital letter or a digit, or glued to a capital
after a lower-case word or a percent ("năm trước.Cụ thể"); a dot between digits
("1.040") never ends one.
Clauses split a sentence at ",", ";", ":" and parentheses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line break, or ".", "!", "?" (more may follow), closing marks, spaces, then a word character
# (group 1). Written to start with the set [\n.!?] rather than as "\n|[.!?]+...", so the regex engine
# skips ahead to the next such character instead of trying both branches at every position (2.5x faster).
# A third branch takes a mark glued to the next sentence ("năm trước.Cụ thể", "11,5%...Một số ngành"; group 2).
_SENTENCE_END = re.compile(r"[\n.!?](?:(?<=\n)|[.!?]*[\"')\]]*\s+(?=[\"'(]?(\w))|[.!?]*(?=([^\W\d_])))")
_CLAUSE_END = re.compile(r"[,;:()]")
_ABBREVIATION = re.compile(r"(?<!\w)[A-ZĐ][A-Za-zĐđ]?$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of `text`, blank ones left out."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        mark, after, glued = m.group(0, 1, 2)  # one call: each group() builds a new string
        if after is not None and not (after.isupper() or after.isdigit()):
            continue
        if glued is not None and not _glued_end(text, m.start(), glued):
            continue
        newline = mark.startswith("\n")
        if mark == "\n" and _wrapped(text, m.start()):
            continue  # "tăng\n12,2%", "giày dép thể\nthao": a line wrapped inside a sentence (text out of a PDF)
        if (
            not newline
            and _ABBREVIATION.search(text, max(0, m.start() - 4), m.start())
            and _name_follows(text, m.end())
            and not _name_ends(text, m.start())
        ):
            continue  # "TP. Hồ Chí Minh", "TX. Lai Châu": an abbreviation ("39% KH. Nộp ngân sách" ends)
        _add(spans, text, start, m.start() + (0 if newline else 1))
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


_NAME_END = re.compile(r"([^\W\d_]+)[ ][A-ZĐ][a-zđ]$")  # a word, a space, a syllable of two letters before the dot


def _name_ends(text: str, dot: int) -> bool:
    """ "Long An.", "Nghệ An.", "Tân An.": a name's last syllable, not an abbreviation ("TP.", "Tp."), when the word
    before it is capitalised too: the sentence ends there even if the next one opens with a name ("Tây Ninh")."""
    m = _NAME_END.search(text, max(0, dot - 24), dot)
    return m is not None and m.group(1).istitle()


_NEXT_WORDS = re.compile(r"[^\W\d_]+(?:[ ]+[^\W\d_]+)?")


def _name_follows(text: str, pos: int) -> bool:
    """The words after an abbreviation's dot are a name, each capitalised ("Hồ Chí Minh", "Huế,"), not a
    sentence going on in lower case ("Nộp ngân sách")."""
    m = _NEXT_WORDS.match(text, pos)
    return m is None or all(w[0].isupper() for w in m.group(0).split())


def _glued_end(text: str, mark: int, after: str) -> bool:
    """ "năm trước.Cụ thể", "tăng 11,5%...Một số": a sentence ends with no space before the next one, in
    text pasted from a page. Only after a word all in lower case or a percent and before a capital:
    "gso.gov.vn", "1.040", "TP.HCM", "nghìn Tấn.Km" and "45 tr.USD" go on."""
    if not after.isupper() or not mark:
        return False
    if text[mark - 1] == "%":
        return True
    start = mark
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if mark - start <= _SHORT_WORD and _acronym_at(text, mark + 1):
        return False  # "45 tr.USD": a unit written short, its magnitude abbreviated
    return start < mark and text[start:mark].islower()


_SHORT_WORD = 2
_WORD_AT = re.compile(r"[^\W\d_]+")


def _acronym_at(text: str, pos: int) -> bool:
    m = _WORD_AT.match(text, pos)
    return m is not None and len(m.group(0)) > 1 and m.group(0).isupper()


_ENUMERATOR = re.compile(r"\w{1,3}[.)]\s")  # "a) ", "1. ", "IV. ": a list item, not a wrapped line


def unwrap(text: str) -> str:
    """`text` with each line break that only wraps a line (see `_wrapped`) made a space, the same length: the
    rules read "320,3 nghìn\ntấn" and "658 ha,\nbằng 109,65% kế hoạch" as written on one line."""
    wraps = [m.start() for m in _NEWLINE.finditer(text) if _wrapped(text, m.start())]
    if not wraps:
        return text
    parts, last = [], 0
    for at in wraps:
        parts.append(text[last:at])
        last = at + 1
    parts.append(text[last:])
    return " ".join(parts)


_NEWLINE = re.compile("\n")


def inline_labels(text: str) -> str:
    """`text` with each colon that only joins a list item's short name to its figure made a space, the same length:
    the rules read "Trong đó: nông nghiệp tăng: 2,76%, Lâm nghiệp: 6,47%" as "nông nghiệp tăng 2,76%, Lâm nghiệp
    6,47%". An item is one to four words after a comma, a semicolon or another colon, in the line and outside
    parentheses; a colon after a line's own label ("- Bác sỹ: 1.082 người") stays."""
    if ":" not in text:
        return text
    colons = [at for lo, hi in _lines_with_figure_colon(text) for at in _label_colons(text, lo, hi)]
    if not colons:
        return text
    chars = list(text)
    for at in colons:
        chars[at] = " "
    return "".join(chars)


def _lines_with_figure_colon(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a colon before a figure: the only lines an item's label can stand in (a
    label's match never crosses a line), so the label pattern runs over them alone, not over the whole text."""
    out: list[tuple[int, int]] = []
    for m in _FIGURE_COLON.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # a second such colon on a line already taken
        lo = text.rfind("\n", 0, m.start()) + 1
        hi = text.find("\n", m.start())
        out.append((lo, len(text) if hi < 0 else hi))
    return out


def _label_colons(text: str, lo: int, hi: int) -> list[int]:
    return [m.start(1) for m in _INLINE_LABEL.finditer(text, lo, hi) if not _in_parentheses(text, m.start(1))]


_FIGURE_COLON = re.compile(r":(?=[ ]*\d)")


def _in_parentheses(text: str, at: int) -> bool:
    """`at` stands in parentheses opened on its line ("cà phê (lượng: 12,5%; trị giá: 30,2%)": aspects, kept)."""
    line = text.rfind("\n", 0, at) + 1
    return text.rfind("(", line, at) > text.rfind(")", line, at)


# a separator, one to four words (no digits, no marks), a colon, then a figure
_INLINE_LABEL = re.compile(r"[,;:][ ]*(?:[^\W\d_]+[ ]+){0,3}[^\W\d_]+(:)(?=[ ]*\d)")


def _wrapped(text: str, newline: int) -> bool:
    """The line break at `newline` only wraps a line: a word or a figure before it (or a comma after one), no
    other punctuation, and the next line going on in lower case or with a figure, not opening a list item."""
    before = newline - 1 if newline > 1 and text[newline - 1] == "," else newline
    if before == 0 or not (text[before - 1].isalnum() or text[before - 1] == "%"):
        return False
    j = newline + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or not (text[j].islower() or text[j].isdigit()):
        return False
    return _ENUMERATOR.match(text, j) is None


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clause spans of one sentence."""
    spans: list[Span] = []
    start = sentence.start
    for m in _CLAUSE_END.finditer(text, sentence.start, sentence.end):
        _add(spans, text, start, m.start())
        start = m.end()
    _add(spans, text, start, sentence.end)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    """Append the span trimmed of spaces, unless it is empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
