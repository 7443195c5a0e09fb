"""The sentence a fact stands in, as the naming rules see it: its text, clause boundaries,
period phrases and parenthetical asides to leave out, and "Label:" topics."""

from __future__ import annotations

import bisect
import functools
import inspect
import re
from dataclasses import MISSING, dataclass, fields

from ktxh.extract.candidates import Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.words import alt, whole_words

TRIM = " \t\n-–,.;:()\"'…/+*"
_OPENING = re.compile(r"\s*\(")


@functools.cache
def _intro(lexicon: Lexicon) -> re.Pattern[str]:
    """A label ending with one of these introduces a list: "các ngành như:", "gồm:", "như sau:"; so does one
    starting with a quantity: "Một số sản phẩm chủ yếu tăng khá:"."""
    w = lexicon.words
    openers = w("indicators", "list_openers") + w("indicators", "breakdowns")  # "Phân theo loại hình kinh tế:"
    return re.compile(rf"(?<!\w){alt(w('indicators', 'list_intros'))}$|^{alt(openers)}(?!\w)")


_ENUMERATOR = re.compile(r"^(?:[0-9]{1,2}|[a-zđ]|[ivx]{1,4})[.)]\s+", re.IGNORECASE)  # "a) ", "1. ", "II. "


@functools.cache
def _leading(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[\s{re.escape(TRIM)}]*{alt(lexicon.words('indicators', 'leading'))}(?!\w)")


@dataclass(frozen=True, init=False)
class Context:
    """The sentence a fact stands in: normalised text, lower case, and clause boundaries."""

    text: str
    lower: str
    start: int
    end: int
    boundaries: tuple[int, ...]  # positions just after a clause boundary
    blanks: tuple[tuple[int, int], ...]  # period phrases, left out of names
    topics: tuple[tuple[int, str], ...] = ()  # (position after ":", the short label before it)
    inherited_topic: str = ""  # the last label of the paragraph's earlier sentences
    asides: tuple[tuple[int, int], ...] = ()  # parentheses holding figures or long asides
    markers: tuple[tuple[int, int], ...] = ()  # (start, end) of each "trong đó", "gồm"

    # Built for every sentence with a figure: the generated __init__ of a frozen dataclass sets each field
    # through object.__setattr__; this one fills the instance's __dict__ in one step. Its parameters must stay
    # the fields, in order, with the same defaults (_check_init below enforces it).
    def __init__(
        self,
        text: str,
        lower: str,
        start: int,
        end: int,
        boundaries: tuple[int, ...],
        blanks: tuple[tuple[int, int], ...],
        topics: tuple[tuple[int, str], ...] = (),
        inherited_topic: str = "",
        asides: tuple[tuple[int, int], ...] = (),
        markers: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.__dict__.update(
            text=text,
            lower=lower,
            start=start,
            end=end,
            boundaries=boundaries,
            blanks=blanks,
            topics=topics,
            inherited_topic=inherited_topic,
            asides=asides,
            markers=markers,
        )

    # Sorted positions for bisection: a sentence may hold thousands of clauses and figures,
    # and every look-up must stay logarithmic for the whole text to stay linear.
    @functools.cached_property
    def _topic_at(self) -> list[int]:
        return [at for at, _ in self.topics]

    @functools.cached_property
    def _blank_starts(self) -> list[int]:
        return [s for s, _ in self.blanks]

    @functools.cached_property
    def _aside_starts(self) -> list[int]:
        return [s for s, _ in self.asides]

    def topic(self, pos: int, inherited: bool = True) -> str:
        """The label of the nearest "Label:" before `pos` in the sentence ("Vốn TPCP: Kế hoạch giao ..."),
        else, when `inherited`, the one in force from the paragraph's earlier sentences."""
        if self.topics:  # most sentences have none: no list of positions to build
            i = bisect.bisect_right(self._topic_at, pos)
            if i:
                return self.topics[i - 1][1]
        return self.inherited_topic if inherited else ""

    def boundary_before(self, pos: int) -> int:
        """The last clause boundary at or before `pos`, else the sentence start."""
        i = bisect.bisect_right(self.boundaries, pos)
        return self.boundaries[i - 1] if i else self.start

    def boundary_after(self, pos: int) -> int | None:
        """The first clause boundary after `pos`, if any."""
        i = bisect.bisect_right(self.boundaries, pos)
        return self.boundaries[i] if i < len(self.boundaries) else None

    def blanks_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return _overlapping(self.blanks, self._blank_starts, lo, hi) if self.blanks else []

    def asides_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return _overlapping(self.asides, self._aside_starts, lo, hi) if self.asides else []

    def in_aside(self, pos: int) -> bool:
        """`pos` stands in parentheses holding a figure or a long aside (bisected: long sentences stay linear)."""
        return bool(self.asides) and bool(self.asides_in(pos, pos + 1))


def _check_init(cls: type) -> None:
    """Raise unless the hand-written __init__ of dataclass `cls` takes its fields, in order, with their defaults."""
    params = list(inspect.signature(cls).parameters.values())
    got = [(p.name, MISSING if p.default is p.empty else p.default) for p in params]
    if got != [(f.name, f.default) for f in fields(cls)]:
        raise TypeError(f"{cls.__name__}.__init__ does not take the fields of {cls.__name__}")


_check_init(Context)


def _overlapping(spans: tuple[tuple[int, int], ...], starts: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a sorted, non-overlapping list that overlap [lo, hi)."""
    out: list[tuple[int, int]] = []
    i = bisect.bisect_left(starts, hi)
    while i > 0:
        i -= 1
        if spans[i][1] <= lo:
            break
        out.append(spans[i])
    return out


def _in_closed_aside(ctx: Context, pos: int, before: int) -> bool:
    """`pos` is inside parentheses that close at or before `before`."""
    return bool(ctx.asides) and any(s < pos <= e and e <= before for s, e in ctx.asides_in(pos - 1, pos + 1))


def clause_start(d: Draft, prev: Draft | None, ctx: Context) -> int:
    """Where the words naming `d` begin: after the last boundary or the previous fact."""
    i = bisect.bisect_right(ctx.boundaries, d.name_end)
    start = ctx.start
    asides = bool(ctx.asides)  # most sentences have none: no look-up to call
    while i > 0:
        i -= 1
        if not (asides and _in_closed_aside(ctx, ctx.boundaries[i], d.name_end)):
            start = max(start, ctx.boundaries[i])
            break
    if (
        prev is not None
        and prev.last_end <= d.name_end
        and not (asides and _in_closed_aside(ctx, prev.anchor.start, d.name_end))
    ):
        start = max(start, prev.last_end)
        if prev.after_end <= d.name_end:
            start = max(start, prev.after_end)
    return start


def as_written(ctx: Context, lo: int, hi: int) -> str:
    return " ".join(ctx.text[lo:hi].split()).strip(TRIM)


def left_out(ctx: Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of [lo, hi) left out of a name ending at `hi`: periods, and asides closed before it."""
    # Called several times per figure: most sentences have no aside, so no generator is built for them.
    out = _overlapping(ctx.blanks, ctx._blank_starts, lo, hi) if ctx.blanks else []
    if ctx.asides:
        out += [(s, e) for s, e in _overlapping(ctx.asides, ctx._aside_starts, lo, hi) if e <= hi]
    return out


def blanked(ctx: Context, lo: int, hi: int) -> str:
    """lower[lo:hi] with period phrases and closed asides turned to spaces (same length)."""
    spans = left_out(ctx, lo, hi) if ctx.blanks or ctx.asides else None
    if not spans:
        return ctx.lower[lo:hi]  # the common case: nothing to blank, no list of characters
    chars = list(ctx.lower[lo:hi])
    for s, e in spans:
        a, b = max(s, lo) - lo, min(e, hi) - lo
        if a < b:
            chars[a:b] = " " * (b - a)  # one slice, not a loop over its characters
    return "".join(chars)


def words(ctx: Context, lo: int, hi: int) -> str:
    """The original-case words of text[lo:hi], period phrases left out."""
    spans = left_out(ctx, lo, hi) if ctx.blanks or ctx.asides else None  # most calls: nothing to look up
    if not spans:
        return tidy(" ".join(ctx.text[lo:hi].split()))
    chars = list(ctx.text[lo:hi])
    for s, e in spans:
        a, b = max(s, lo) - lo, min(e, hi) - lo
        if a < b:
            chars[a:b] = " " * (b - a)
    return tidy(" ".join("".join(chars).split()))


def tidy(name: str) -> str:
    """Punctuation off both ends, but a closing parenthesis stays when it closes one: "(CPI)"."""
    out = name.strip(TRIM)
    if "(" in out and out.count("(") > out.count(")") and name.rstrip().endswith(")"):
        out += ")"
    return out


def skip_aside(ctx: Context, pos: int) -> int:
    """ "5.775/8.227 xã (chiếm 70,2%) đạt chuẩn": the description goes on after the parenthesis."""
    if not _OPENING.match(ctx.text, pos, ctx.end):
        return pos
    close = ctx.text.find(")", pos, ctx.end)
    return pos if close < 0 else close + 1


@functools.cache
def _statement(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("indicators", "statement_words")))


def _is_label(label: str) -> bool:
    return bool(label) and len(label.split()) <= _MAX_TOPIC_WORDS and not any(map(str.isdigit, label))


_TOPIC = re.compile(r":(?:(?<!\d.)|(?!\d))")  # not between digits; the mark first, as in engine._BOUNDARY
_TOPIC_START = re.compile(r"[;:.]")
_MAX_TOPIC_WORDS = 12


def topics_of(text: str, lower: str, start: int, end: int, lexicon: Lexicon) -> tuple[tuple[int, str], ...]:
    """Short labels ending in ":" in a sentence ("Vốn TPCP: Kế hoạch giao ..."), with where they apply; and the
    subject a sentence opens with "Về ...," ("Về giải ngân vốn đầu tư công, đến nay đã đạt 823 tỷ đồng")."""
    opened = _opened_topic(text, lower, start, end, lexicon)
    if lower.find(":", start, end) < 0:
        return (opened,) if opened else ()  # most sentences: no colon, nothing to set up
    leading = _leading(lexicon)
    out: list[tuple[int, str]] = [opened] if opened else []
    outer = opened[1] if opened else ""  # the label in force outside any aside
    floor = opened[0] if opened else start
    for m in _TOPIC.finditer(lower, start, end):
        lo = floor
        for b in _TOPIC_START.finditer(lower, floor, m.start()):
            lo = b.end()
        lead = leading.match(lower, lo, m.start())
        if lead:
            lo = lead.end()
        opener = _topic_opener(lexicon).match(lower, lo, m.start())
        if opener:
            lo = opener.end()  # "- Về trồng trọt: ...": the label is "trồng trọt"
        label = tidy(_ENUMERATOR.sub("", " ".join(text[lo : m.start()].split())))  # "a) Trồng trọt", "... (FDI)"
        paren = _open_paren(lower, max(start, m.start() - _ITEM_REACH), m.start())
        if paren is not None:
            # "tinh bột mì (lượng: 73,58%; trị giá: 25,22%)": a label inside an aside is an aspect of the item
            # before it, and holds to the aside's end, where the label before the aside holds again
            item = _item_before(text, lower, max(start, paren - _ITEM_REACH), paren)
            inner = " ".join(text[max(lo, paren + 1) : m.start()].split())
            if item and _is_label(inner):
                out.append((m.end(), tidy(f"{item} {inner}")))
                close = lower.find(")", m.end(), end)
                out.append((close + 1 if close >= 0 else end, outer))
            floor = m.end()
            continue
        # a label that introduces a list ("Cụ thể các ngành như:") names nothing, and ends the label before it
        if _is_label(label):
            # a label that introduces a list, or a statement ending in a colon ("Cơ cấu kinh tế tiếp tục chuyển dịch
            # theo hướng tích cực:"), names nothing
            named = not _intro(lexicon).search(label.lower()) and not _statement(lexicon).search(label.lower())
            outer = label if named else ""
            out.append((m.end(), outer))
        floor = m.end()
    return tuple(sorted(out, key=lambda entry: entry[0]))  # an aside's end comes after its inner labels


@functools.cache
def _topic_opener(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[\s{re.escape(TRIM)}]*{alt(lexicon.words('indicators', 'topic_openers'))}\s+")


@functools.cache
def _field_opener(lexicon: Lexicon) -> re.Pattern[str]:
    """ "Trong sản xuất công nghiệp, ...": the opener, before a field's word (the label starts there)."""
    kinds = alt(lexicon.words("indicators", "topic_fields"))
    return re.compile(
        rf"[\s{re.escape(TRIM)}]*{alt(lexicon.words('indicators', 'field_topic_openers'))}\s+(?={kinds}\s)"
    )


def _opened_topic(text: str, lower: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """(where it applies, label) of a subject the sentence opens with and closes with a comma ("Về X, ...";
    "Trong sản xuất công nghiệp, ...": a field, not a period, after "Trong")."""
    m = _topic_opener(lexicon).match(lower, start, end) or _field_opener(lexicon).match(lower, start, end)
    if m is None:
        return None
    comma = lower.find(",", m.end(), min(end, m.end() + _OPENER_REACH))
    label = tidy(" ".join(text[m.end() : comma].split())) if comma > 0 else ""
    return (comma + 1, label) if _is_label(label) else None


_OPENER_REACH = 120  # characters after "Về" where its subject's comma is looked for
_ITEM_REACH = 80  # characters before a colon where the aside holding it, and the item before that, are read


def _open_paren(lower: str, lo: int, hi: int) -> int | None:
    """Where the parenthesis still open at `hi` opened, looking back to `lo`."""
    paren = lower.rfind("(", lo, hi)
    return paren if paren >= 0 and lower.find(")", paren, hi) < 0 else None


def _item_before(text: str, lower: str, lo: int, paren: int) -> str:
    """The words of the list item before an aside: back to the last ";", ":", "," or `lo`."""
    mark = max(lower.rfind(c, lo, paren) for c in ";:,")
    words = " ".join(text[max(mark + 1, lo) : paren].split())
    return words if _is_label(words) else ""
