"""The extractor: text in, facts and diagnostics out.

Per sentence: scan numbers into candidates (scan.py), group them into facts
(assemble.py), link parts to wholes, name each fact, give it its period. Offsets
are mapped back from the normalised text to the raw text. Odd text never raises:
what cannot be read becomes a Diagnostic.
"""

from __future__ import annotations

import bisect
import functools
import gc
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import ParamSpec, TypeVar

from ktxh.errors import ExtractError
from ktxh.extract.assemble import (
    assemble,
    carried_bases,
    inherit_bases,
    inherit_share_base,
    levels_at_restated_base,
    levels_reached,
    restated_parts,
    shares_of_wholes,
)
from ktxh.extract.candidates import ASIDE_RULE, TARGET_NAME_RULE, TARGET_RULE, Candidate, Draft
from ktxh.extract.grid import read_index_tables
from ktxh.extract.growth_table import read_growth_tables
from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.line_table import read_line_tables
from ktxh.extract.period_table import read_period_tables
from ktxh.extract.rules.comparison import (
    CHANGES,
    TIME_BASES,
    aggregate_growths,
    benchmark_base,
    continues_previous,
    distant_bases,
    monthly_index_bases,
    names_monthly_index,
    stated_bases,
    year_end_bases,
)
from ktxh.extract.rules.consequence import consequence_names
from ktxh.extract.rules.growth import benchmark_growths, clause_growths, heading_growths, restated_growths
from ktxh.extract.rules.indicator import (
    anaphora_names,
    aspect_names,
    aspect_subject_names,
    average_names,
    benchmark_names,
    counted_change_names,
    crop_measure_names,
    is_estimate,
    members_of_count,
    name_fact,
    part_name,
    places_of_previous_measure,
    places_of_subject,
    range_ends,
    respective_names,
    respective_subjects,
    share_descriptions,
    shared_predicates,
    spell_out,
    target_names,
)
from ktxh.extract.rules.level_growth import fold_level_growths
from ktxh.extract.rules.listing import changes_under_label
from ktxh.extract.rules.nonfacts import price_spans
from ktxh.extract.rules.parts import link_parts, part_markers
from ktxh.extract.rules.period import find_periods, opens_with_span
from ktxh.extract.rules.second_base import second_bases
from ktxh.extract.rules.sentence import Context, topics_of
from ktxh.extract.rules.words import LONE_YEAR, alt
from ktxh.extract.scan import scan_sentence
from ktxh.extract.table import Table, read_tables
from ktxh.model import Comparison, Diagnostic, Fact
from ktxh.text import NormalText, Span, inline_labels, normalise, split_sentences, unwrap

# ",", ";", ":" not between two digits. The check sits after the mark, so the engine can skip ahead on
# the set of marks instead of trying a lookbehind at every position (ten times faster).
_BOUNDARY = re.compile(r"[,;:](?:(?<!\d.)|(?!\d))")
_PAREN = re.compile(r"\([^()]*\)")
_OPEN = re.compile(r"\(")


@dataclass(frozen=True)
class ExtractResult:
    facts: list[Fact] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _without_gc(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run `func` with the cyclic garbage collector paused. An extraction keeps every fact and note it
    makes, and creates no reference cycles: each collection the growing result triggers only walks it
    again (10-15% of the time on a 10 MB text). The collector is enabled again after, if it was before."""

    @functools.wraps(func)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return run


# What a bug in a rule raises on odd text. TypeError and AttributeError too: the compiled extractor (setup.py) checks
# the types its annotations state, where plain Python would go on with a None that a regex's optional group gave.
_BUGS = (
    ValueError,
    IndexError,
    KeyError,
    OverflowError,
    ZeroDivisionError,
    RecursionError,
    TypeError,
    AttributeError,
)


@_without_gc
def extract(text: str, lexicon: Lexicon | None = None) -> ExtractResult:
    """Every fact of a report's text, in text order (see docs/facts-format.md)."""
    if not isinstance(text, str):
        raise ExtractError(f"extract() needs text (str), not {type(text).__name__}")
    lex = lexicon or default_lexicon()
    nt = normalise(text)
    facts: list[Fact] = []
    notes: list[Diagnostic] = []
    topic, last_end = "", 0
    previous: list[Fact] = []  # the facts of the last sentence that had any
    bases: tuple[str, ...] = ()  # the bases of the last stated changes, for a list that goes on without them
    parallel: tuple[str, ...] = ()  # the last two or more bases stated together, for changes in pairs
    heading = False  # the last sentence was a line of nothing but a label
    relayed = False  # the bases in force were passed on by a sentence that compared nothing and stated none
    year: int | None = None  # the year of the last period a figure read was of
    whole: Fact | None = None  # the fact a "trong đó:" before a run of bullet lines makes them parts of
    tables = read_tables(nt, lex)  # (a table's cells stand a line each: read before lines are unwrapped)
    try:
        tables += read_index_tables(nt, lex, tables)
        tables += read_line_tables(nt, lex, tables)
        tables += read_period_tables(nt, lex, tables)
        tables = sorted(tables + read_growth_tables(nt, lex, tables), key=lambda t: t.start)
    except _BUGS as exc:
        # A bug in these tables' readers must not lose the report: their text is read as prose instead.
        notes.append(Diagnostic(0, f"index tables skipped: {exc!r}", "engine"))
    table_starts = [t.start for t in tables]
    nt = _unwrapped(nt)
    monthly = names_monthly_index(nt.lower, lex)  # a month's price release: its groups' changes are over the month
    for span in split_sentences(nt.text):
        if tables and _in_table(tables, table_starts, span.start, span.end):
            continue  # a table's cells are read by its columns, not as sentences
        if "\n" in nt.text[last_end : span.start] and not heading:
            topic = ""  # a label ("Thuỷ điện Sơn La:") holds to the end of its paragraph
        # The bases of the last stated changes go on past a paragraph's end too: a list of changes with no base
        # of their own often runs on in the next paragraph ("So với tháng trước, ... Cụ thể, nhóm hàng ăn tăng
        # 1,01%; ...\nNhóm may mặc, mũ nón, giày dép giảm 1,22%."). (Resetting them there lost more than it saved
        # on every set of report passages, the blind ones included.)
        last_end = span.end
        try:
            before = bases
            found, skipped, topic, bases = _sentence(
                nt, span, lex, topic, previous, bases, parallel, (monthly, relayed), year
            )
            year = _last_year(found, year)
            parallel = bases if len(bases) > 1 else parallel
            relayed = bases == before and not any(f.comparisons for f in found)
        except _BUGS as exc:
            # A bug must not lose the rest of the report; it is reported where it happened.
            notes.append(Diagnostic(nt.to_raw(span.start), f"sentence skipped: {exc!r}", "engine"))
            continue
        # a line of nothing but a label ("Tình hình tai nạn giao thông:") heads the paragraph after it too
        heading = not found and not skipped and bool(topic) and _label_line(nt, span)
        found = fold_level_growths(found, lex)
        found, whole = _bullet_parts(nt, span, lex, found, whole)
        found = _parts_of_previous(nt, span, lex, found, previous, facts)
        found = _fold_nameless(found, previous, facts)
        found = _fold_same_subject(found, previous, facts)
        found = _places_of_previous_subject(found, previous, facts, lex)
        found = places_of_previous_measure(found, previous)
        facts.extend(found)
        notes.extend(skipped)
        previous = found or previous
    if tables:
        facts = sorted(facts + [f for t in tables for f in t.facts], key=lambda f: f.offset)
    return ExtractResult(facts, notes)


def _label_line(nt: NormalText, span: Span) -> bool:
    """The sentence is a line of its own, after no more than a section's number or a bullet, ending with a colon."""
    line_start = nt.text.rfind("\n", 0, span.start) + 1
    line_end = nt.text.find("\n", span.end)
    if nt.text[span.end : line_end if line_end >= 0 else len(nt.text)].strip():
        return False
    opener = nt.text[line_start : span.start].strip()
    colon = nt.text[span.start : span.end].rstrip().endswith(":")
    return colon and (not opener or _LINE_OPENER.fullmatch(opener) is not None)


# "1.", "2.1.", "b)", "II.", "-": what may open a label's line before it
_LINE_OPENER = re.compile(r"(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[a-zđ]|[ivx]{1,4})[.)]|[-+•*–]", re.IGNORECASE)


def _unwrapped(nt: NormalText) -> NormalText:
    """`nt` with the line breaks that only wrap a line made spaces (text taken out of a PDF), and the colons that
    only join a list item's name to its figure, offsets unchanged."""
    text = inline_labels(unwrap(nt.text))
    return nt if text is nt.text else replace(nt, text=text, lower=inline_labels(unwrap(nt.lower)))


def _in_table(tables: list[Table], starts: list[int], start: int, end: int) -> bool:
    """The sentence stands wholly inside a table read by `read_tables` (`starts`: theirs, in text order)."""
    i = bisect.bisect_right(starts, start)
    return bool(i) and end <= tables[i - 1].end + 1


def _fold_nameless(found: list[Fact], previous: list[Fact], read: list[Fact]) -> list[Fact]:
    """ "... chỉ số giá vàng tháng 2 tăng 4,72% so với tháng trước. Đồng thời, tăng 32,57% so với cùng kỳ": a
    sentence's first fact, changes with no subject and no level, against bases in time the last fact read is not
    compared with, are more bases of that fact (one figure, one fact: the sets' convention); so is a share of the
    plan alone ("Trong đó lúa là 115 ha. Đạt 99,13% so với kế hoạch.")."""
    if not found or not previous or not read or previous[-1] is not read[-1]:
        return found
    first, last = found[0], read[-1]
    if first.indicator or first.value is not None or not first.comparisons:
        return found
    if not all(_folds(c) for c in first.comparisons):
        return found
    if {c.base for c in last.comparisons} & {c.base for c in first.comparisons}:
        return found
    if last.part_of is not None and not all(c.type == "pct_of" for c in first.comparisons):
        return found  # (a part's share of the plan: "Trong đó lúa là 115/116 ha. Đạt 99,13% so với kế hoạch.")
    merged = replace(last, comparisons=last.comparisons + first.comparisons, rules=(*last.rules, "fold:nameless"))
    read[-1] = previous[-1] = merged
    return found[1:]


def _folds(c: Comparison) -> bool:
    """A change against a base in time, or a share of the plan ("Đạt 99,13% so với kế hoạch.")."""
    return (c.type in CHANGES and c.base in TIME_BASES) or (c.type == "pct_of" and c.base == "plan")


def _places_of_previous_subject(found: list[Fact], previous: list[Fact], read: list[Fact], lex: Lexicon) -> list[Fact]:
    """ "Doanh thu bán lẻ ... tăng 11,7%. Trong đó, ... Một số địa phương có mức tăng khá là Thái Nguyên tăng
    13,3%, ...": places listed after a label that only picks places out are places of the subject of the sentence
    before (of the whole its last figure is a part of)."""
    if not previous or not any("indicator:place" in f.rules for f in found):
        return found
    # the last figure named by no place (the places listed before were that subject's too)
    last = next((f for f in reversed(read[-_SUBJECT_REACH:]) if not _named_by_place(f)), previous[-1])
    if last.part_of is not None:
        last = next((f for f in reversed(read) if f.offset == last.part_of), last)
    renamed = []
    for f in found:
        name = places_of_subject(f.indicator, last.indicator, lex) if "indicator:place" in f.rules else ""
        renamed.append(replace(f, indicator=name, rules=(*f.rules, "indicator:places-of-before")) if name else f)
    return renamed


def _named_by_place(f: Fact) -> bool:
    return "indicator:place" in f.rules or "indicator:places-of-before" in f.rules


_SUBJECT_REACH = 12  # facts back where the subject of a list of places is looked for


def _fold_same_subject(found: list[Fact], previous: list[Fact], read: list[Fact]) -> list[Fact]:
    """ "CPI tháng 5 tăng 0,06% so với tháng trước. So với tháng 12/2011, chỉ số giá tiêu dùng tăng 2,49%" is one
    figure: a change with no level against a base fronted in its sentence, named as a fact of the sentence before
    or of an earlier one of its own sentence ("Chỉ số giá tiêu dùng (CPI) tháng 11 giảm 0,01% so với tháng trước;
    so với tháng 12/2022, CPI tháng 11 tăng 1,72%") that has no comparison on that base, is another base of that
    fact. (The changes after it that go on with its base, "..., chỉ số giá đô la Mỹ tăng 1,14%", stay facts of their
    own: sets join them as seldom as they keep them apart.)"""
    if not found:
        return found
    kept: list[Fact] = []
    for f in found:
        # ("So với cùng kỳ, số thu này tăng 23,4%", "So với tháng 8, tăng 129 vụ": a subject pointed back to, or a
        # count named after the figure before, stays a fact of its own, as sets keep it)
        named_after = "indicator:anaphor" in f.rules or "indicator:counted-before" in f.rules
        restated = f.value is None and "base:fronted" in f.rules and not named_after
        target = _same_subject_before(f, previous, kept) if restated else None
        if target is None:
            kept.append(f)
            continue
        merged = replace(target, comparisons=target.comparisons + f.comparisons, rules=(*target.rules, "fold:subject"))
        if target in kept:
            kept[kept.index(target)] = merged
            continue
        previous[previous.index(target)] = merged
        where = len(read) - 1 - next(i for i, x in enumerate(reversed(read)) if x is target)
        read[where] = merged
    return kept


def _same_subject_before(f: Fact, previous: list[Fact], own: list[Fact]) -> Fact | None:
    """The fact `f` restates, of its own sentence (`own`, named as written or through an acronym) or else of the
    one before (named as `_restates_before` says: sets keep "So với tháng 12/2022, CPI tháng 3 tăng 0,74%" apart from
    the "Chỉ số giá tiêu dùng (CPI) tháng 3" of the sentence before as often as they join them)."""
    if not f.comparisons or not all(c.type in CHANGES and c.base in TIME_BASES for c in f.comparisons):
        return None
    earlier = next((e for e in reversed(own) if _same_name(e.indicator, f.indicator)), None)
    if earlier is None:
        earlier = next((e for e in reversed(previous) if _restates_before(e, f)), None)
    if earlier is None:
        return None
    taken = {c.base for c in earlier.comparisons} & {c.base for c in f.comparisons}
    return None if taken or earlier.part_of is not None else earlier


def _restates_before(earlier: Fact, later: Fact) -> bool:
    """The later fact, of the sentence after, names the earlier's subject: as written, or through its acronym when it
    states no period of its own ("CPI tháng 5 tăng 0,06% so với tháng trước. So với tháng 12/2011, chỉ số giá tiêu
    dùng tăng 2,49%": one figure; "..., CPI tháng 9 tăng 3,12%" names its month again, a statement of its own)."""
    if earlier.indicator.lower() == later.indicator.lower():
        return True
    return later.period is None and _same_name(earlier.indicator, later.indicator)


_SPELLED = re.compile(r"^(?P<long>[^()]+?)\s*\((?P<short>[A-Z][A-Z0-9]{1,7})\)(?P<rest>.*)$")


def _same_name(earlier: str, later: str) -> bool:
    """The later name is the earlier's, as written or through the acronym the earlier spells out: "Chỉ số giá tiêu
    dùng (CPI)" is named again "CPI", "Chỉ số giá tiêu dùng" or "Chỉ số CPI" (words of the spelled-out form before
    the acronym), the words after it alike."""
    a, b = earlier.lower(), later.lower()
    if a == b:
        return True
    m = _SPELLED.match(earlier)
    if m is None:
        return False
    long_, short, rest = m.group("long").lower().split(), m.group("short").lower(), m.group("rest").lower().split()
    words = b.split()
    if words == long_ + rest:
        return True  # the acronym left out
    if short not in words:
        return False
    at = words.index(short)
    return words[at + 1 :] == rest and all(w in long_ for w in words[:at])


def _parts_of_previous(
    nt: NormalText, span: Span, lex: Lexicon, found: list[Fact], previous: list[Fact], read: list[Fact]
) -> list[Fact]:
    """ "Giá trị sản xuất đạt 500 tỷ đồng. Trong đó: khu vực nhà nước đạt 120 tỷ đồng": a sentence that opens
    with "trong đó" holds parts of the last figure of the sentence before, or, when that one is no level in the
    parts' unit, of the last level in it read a few sentences before ("Tổng mức bán lẻ ... 225 tỷ đồng ...
    Giá cả ... chỉ số giá tiêu dùng tăng 0,08% ... Phân theo loại hình kinh tế: Kinh tế nhà nước ước đạt 63 tỷ
    đồng"). (Their names stay as written, but for a level named only by its unit's noun and a sector, which
    takes the whole's name: see `part_name`.)"""
    if not found or not previous:
        return found
    head = nt.lower[span.start : span.start + _OPENING_REACH]
    marker = part_markers(head, 0, len(head), lex)
    opened = bool(marker) and not head[: marker[0][0]].strip(" " + _BULLETS)
    breakdown = not opened and _breakdown(lex).match(nt.lower, span.start, min(span.end, span.start + _BREAKDOWN_REACH))
    if not opened and not breakdown:
        return found
    last = _whole_before(previous)
    if breakdown and last.part_of is not None:
        # "Chia theo nguồn vốn: ... Xét theo ngành kinh tế: ...": another breakdown of the same whole
        last = next((f for f in reversed(read[-_WHOLE_REACH:]) if f.offset == last.part_of), last)
    whole = _whole_in_unit(found, last, read)
    member_whole = _whole_of_members(whole, read)
    return [f if f.part_of is not None else _as_part(f, member_whole if f.value is None else whole, lex) for f in found]


def _whole_before(previous: list[Fact]) -> Fact:
    """The figure of the sentence before that parts opening a sentence are of: its last one reached, not a plan stated
    beside it ("... đạt 3,10%/KH 4,4%. Trong đó: nông nghiệp tăng 2,76%") nor one in parentheses ("(thấp hơn mức tăng
    1,38% của cùng kỳ năm 2010)"), else its last outside parentheses, else its last."""
    for passed_over in ((ASIDE_RULE, TARGET_RULE), (ASIDE_RULE,)):
        found = next((f for f in reversed(previous) if not any(r in f.rules for r in passed_over)), None)
        if found is not None:
            return found
    return previous[-1]


def _whole_of_members(whole: Fact, read: list[Fact]) -> Fact:
    """ "CPI tăng 0,5%. ... có 10/11 nhóm có chỉ số giá tăng. Trong đó, nhóm giáo dục tăng 10,53%": a change of one
    of the groups counted is a part of the figure before the count, not of the count."""
    if whole.total is None or whole.unit == "%":
        return whole
    for f in reversed(read[-_WHOLE_REACH:]):
        if f.total is None and f.part_of is None and f is not whole:
            return f
    return whole


def _whole_in_unit(found: list[Fact], last: Fact, read: list[Fact]) -> Fact:
    """The whole of parts that follow: `last`, unless the first part is a level in another unit and a level in
    the part's unit, itself no part, was read within the last few facts."""
    unit = next((f.unit for f in found if f.value is not None and f.unit), None)
    if unit is None or (last.value is not None and last.unit == unit):
        return last
    for f in reversed(read[-_WHOLE_REACH:]):
        # not a level in parentheses ("chiếm tỷ lệ 37,52% so với toàn tỉnh (94,93/253 triệu USD)"): a restatement or
        # another whole's, not what the parts after it make up
        if f.value is not None and f.unit == unit and f.part_of is None and ASIDE_RULE not in f.rules:
            return f
    return last


_WHOLE_REACH = 12  # facts read before a run of parts where their whole is looked for


def _as_part(f: Fact, whole: Fact, lex: Lexicon) -> Fact:
    naming = next((r for r in reversed(f.rules) if r.startswith("indicator:")), "")
    name = part_name(f.indicator, naming, whole.indicator, lex) or f.indicator
    if _growth_reached_part(f, whole):
        # "Tăng trưởng kinh tế ... đạt 8,2%. Trong đó, khu vực dịch vụ đạt 8,6%": the parts of a growth reached are
        # growths reached (as within a sentence: `assemble`)
        growth = Comparison("change_pct", whole.comparisons[0].base, f.value or 0.0)
        f = replace(f, value=None, unit=None, comparisons=(growth,), rules=(*f.rules, "comparison:growth-part"))
    return replace(f, indicator=name, part_of=whole.offset, rules=(*f.rules, "part:previous-sentence"))


def _growth_reached_part(f: Fact, whole: Fact) -> bool:
    """A percent reached with no base ("đạt 8,6%", read as a level) after a whole that is a growth reached."""
    if f.unit != "%" or f.value is None or f.comparisons or "comparison:pct_of" not in f.rules:
        return False
    return "comparison:growth-reached" in whole.rules and len(whole.comparisons) == 1


_OPENING_REACH = 16  # characters at a sentence's start where its "trong đó" is looked for
_BREAKDOWN_REACH = 80  # characters at a sentence's start where a breakdown's label and its colon are looked for


@functools.cache
def _breakdown(lex: Lexicon) -> re.Pattern[str]:
    """ "Phân theo loại hình kinh tế: Kinh tế nhà nước ước đạt 63 tỷ đồng": a sentence that opens with a
    breakdown's label holds parts of the figure before it, as one opening with "Trong đó:" does."""
    return re.compile(rf"[\s{re.escape(_BULLETS)}]*{alt(lex.words('indicators', 'breakdowns'))}\s[^:.;]*:")


_BULLETS = "-+•*–"  # marks that open a bullet line


def _bullet_parts(
    nt: NormalText, span: Span, lex: Lexicon, found: list[Fact], whole: Fact | None
) -> tuple[list[Fact], Fact | None]:
    """ "Diện tích gieo trồng 45.320 ha, trong đó:" then "- Lúa: 24.603 ha;" lines: the bullet lines' facts
    are parts of the last figure before the colon ("- Phòng khám đa khoa khu vực: 86", with no unit of its own,
    in the whole's). Returns the sentence's facts and the whole in force after it."""
    bullet = nt.text[span.start] in _BULLETS
    if whole is not None and bullet:
        found = [f if f.part_of is not None else _bullet_part(f, whole) for f in found]
    elif not bullet:
        whole = None
    if not nt.text[span.start : span.end].rstrip().endswith(":"):
        return found, whole
    markers = part_markers(nt.lower, span.start, span.end, lex)
    if markers and nt.text[markers[-1][1] : span.end].strip() == ":":  # the sentence ends "trong đó:"
        levels = [f for f in found if f.value is not None]
        whole = levels[-1] if levels else whole
    return found, whole


def _bullet_part(f: Fact, whole: Fact) -> Fact:
    if f.unit is None and f.value is not None and whole.unit and "indicator:label" in f.rules:
        return replace(f, part_of=whole.offset, unit=whole.unit)
    return replace(f, part_of=whole.offset)


def _sentence(
    nt: NormalText,
    span: Span,
    lex: Lexicon,
    topic: str,
    previous: list[Fact],
    bases: tuple[str, ...],
    parallel: tuple[str, ...] = (),
    monthly: tuple[bool, bool] = (False, False),
    year: int | None = None,
) -> tuple[list[Fact], list[Diagnostic], str, tuple[str, ...]]:
    """The facts of one sentence (`previous`: the last sentence's; `bases`: the change bases it carries;
    `parallel`: the last bases stated together; `monthly`: the text names a month's price index, and `bases` were
    relayed by a sentence that compared nothing: see `monthly_index_bases`; `year`: that of the last period read,
    see `distant_bases`), what was skipped, and the paragraph label and bases in force after it."""
    cands, notes = scan_sentence(nt, span, lex)
    if not cands:
        topics = topics_of(nt.text, nt.lower, span.start, span.end, lex)
        return [], notes, topics[-1][1] if topics else topic, _base_mentioned(nt, span, lex, cands) or bases
    ctx = _context(nt, span, lex, topic)
    topic = ctx.topic(span.end, inherited=True)
    drafts = assemble(cands, nt.text, nt.lower, lex, parallel)
    second_bases(drafts, nt.lower, span.end, lex)
    changes_under_label(drafts, nt.lower, span.start, lex)
    continuing = continues_previous(nt.lower, span.start, span.end, lex)
    if _MONTH_BEFORE in bases and cands and opens_with_span(nt.lower, span.start, cands[0].cue_start, lex):
        # "CPI tháng 9 tăng 0,5% so với tháng trước. Tính chung 9 tháng, CPI tăng 3,1%": no month's change
        bases = tuple(b for b in bases if b != _MONTH_BEFORE)
    inherit_bases(drafts, bases, continuing, parallel)
    inherit_share_base(drafts, previous)
    if any(d.comparisons for d in drafts):
        bases = carried_bases(drafts, ctx.in_aside) or _base_mentioned(nt, span, lex, cands)
    else:
        # no figure compared ("Có 5/11 nhóm hàng hóa có chỉ số giá giảm."): the bases in force go on
        bases = _base_mentioned(nt, span, lex, cands) or bases
    link_parts(drafts, nt.lower, span.start, span.end, ctx.markers, lex)
    sentence = nt.raw[nt.to_raw(span.start) : nt.to_raw(span.end)]
    prev: Draft | None = None
    periods = _periods_outside_comparisons(ctx.blanks, cands)
    starts = [s for s, _ in periods]
    for d in drafts:
        d.indicator, rule = name_fact(d, prev, ctx, lex)
        d.rules.append(rule)
        if prev is not None and rule in _BENCHMARK_RULES:
            benchmark_base(d, prev, nt.lower, lex)
        d.period = _period_after(nt, periods, starts, d, lex) or _period_before(nt, periods, starts, d.name_end, ctx)
        d.estimate = is_estimate(d, ctx, d.clause_lo, lex)
        # "(KH 7%)", "(tăng 13,28%)" stand aside: the figure before them goes on
        prev = d if d.target is None and "comparison:other-growth-aside" not in d.anchor.rules else prev
    drafts = restated_parts(levels_reached(drafts, nt.lower, lex), nt.lower)
    share_descriptions(drafts, ctx, lex)
    shared_predicates(drafts, ctx, lex)
    members_of_count(drafts, ctx, lex)
    range_ends(drafts, ctx, lex)
    respective_names(drafts, previous, ctx, lex)
    respective_subjects(drafts, ctx, lex)
    anaphora_names(drafts, previous, ctx, lex)
    benchmark_names(drafts, previous, ctx, lex)
    counted_change_names(drafts, previous, ctx, lex)
    aspect_names(drafts, previous, lex)
    crop_measure_names(drafts, ctx, lex)
    aspect_subject_names(drafts)
    average_names(drafts, lex)
    target_names(drafts, ctx, lex)
    consequence_names(drafts, ctx, lex)
    aggregate_growths(drafts, lex)
    restated_growths(drafts, ctx, lex)
    benchmark_growths(drafts, ctx, lex)
    clause_growths(drafts, ctx, lex)
    heading_growths(drafts, ctx, lex)
    year_end_bases(drafts, lex)
    if monthly_index_bases(drafts, lex, *monthly):
        bases = (_MONTH_BEFORE,)  # the list goes on over the month
    distant_bases(drafts, nt.lower, lex, year)
    levels_at_restated_base(drafts, nt.lower)
    spell_out(drafts, lex)
    shares_of_wholes(drafts, nt.lower, lex)
    for d in drafts:
        if ctx.in_aside(d.anchor.start):
            d.rules.append(ASIDE_RULE)  # (a figure in parentheses is no whole of the next sentence's parts)
    return [_to_fact(nt, d, sentence) for d in drafts], notes, topic, bases


_MONTH_BEFORE = "prev_period"
_BENCHMARK_RULES = frozenset({"indicator:benchmark", "indicator:benchmark-of"})  # see rules/indicator.py


def _last_year(found: list[Fact], year: int | None) -> int | None:
    """The year of the last period a figure of `found` is of, else `year`: what a figure of no period of its own in
    the sentences after it is of ("Năm 2020, tổng giá trị sản xuất đạt 5.214 tỷ đồng. Thu nhập bình quân đầu người
    đạt 37,1 triệu đồng, tăng 8,9 triệu đồng so với năm 2015"). A target's year is none a figure read is of ("phấn
    đấu năm 2020 tạo việc làm cho 15.000 người"), nor is a period any sentence names (plans', aims', bases' years)."""
    for f in reversed(found):
        years = LONE_YEAR.findall(f.period) if f.period and not _targets(f) else []
        if years:
            return int(years[-1])
    return year


def _targets(f: Fact) -> bool:
    return TARGET_RULE in f.rules or TARGET_NAME_RULE in f.rules


def _base_mentioned(nt: NormalText, span: Span, lex: Lexicon, cands: list[Candidate]) -> tuple[str, ...]:
    """The last base in time the sentence states outside its figures' comparisons ("... lại giảm so với
    tháng trước.", "so với tháng 12-2015, có 10/11 nhóm tăng"): what the next sentence's changes go on with."""
    taken = sorted((c.cue_start, c.end) for c in cands if c.kind != "level")
    starts = [a for a, _ in taken]
    for base, s, _ in reversed(stated_bases(nt.lower, span.start, span.end, lex)):
        i = bisect.bisect_right(starts, s)
        if i and taken[i - 1][0] <= s < taken[i - 1][1]:
            continue  # a figure's own base
        return (base,) if base in TIME_BASES else ()
    return ()


def _context(nt: NormalText, span: Span, lex: Lexicon, topic: str) -> Context:
    bounds = [m.end() for m in _BOUNDARY.finditer(nt.lower, span.start, span.end)]
    markers = part_markers(nt.lower, span.start, span.end, lex)
    bounds += [e for _, e in markers]
    opens, asides = _parentheses(nt.lower, span)
    asides = tuple(sorted(asides + tuple(price_spans(nt.lower, span.start, span.end, lex))))  # "giá so sánh 1994"
    periods = tuple(find_periods(nt.lower, span.start, span.end, lex))
    topics = topics_of(nt.text, nt.lower, span.start, span.end, lex)
    return Context(
        nt.text,
        nt.lower,
        span.start,
        span.end,
        tuple(sorted(bounds + opens)),
        periods,
        topics,
        topic,
        asides,
        tuple(markers),
    )


def _parentheses(lower: str, span: Span) -> tuple[list[int], tuple[tuple[int, int], ...]]:
    """Parentheses that hold a figure or a long aside, not "(GDP)": their opening bounds the names
    of the figures inside; once closed, the aside is left out of later names."""
    opens: list[int] = []
    asides: list[tuple[int, int]] = []
    if lower.find("(", span.start, span.end) < 0:
        return opens, ()  # most sentences have none: spare the three scans below
    for m in _PAREN.finditer(lower, span.start, span.end):
        inner = m.group()[1:-1]
        if any(map(str.isdigit, inner)) or len(inner.split()) > 6:
            opens.append(m.start() + 1)
            asides.append((m.start(), m.end()))
    last_close = lower.rfind(")", span.start, span.end)
    for m in _OPEN.finditer(lower, max(span.start, last_close), span.end):
        opens.append(m.end())  # an unclosed "(" bounds what follows it
    return opens, tuple(asides)


def _periods_outside_comparisons(periods: tuple[tuple[int, int], ...], cands: list[Candidate]) -> list[tuple[int, int]]:
    """Periods that are not part of a comparison's base ("so với cuối năm 2020")."""
    spans = sorted((c.cue_start, c.end) for c in cands if c.kind != "level")
    starts = [a for a, _ in spans]
    out = []
    for s, e in periods:
        i = bisect.bisect_right(starts, s)
        if not (i and spans[i - 1][0] <= s < spans[i - 1][1]):
            out.append((s, e))
    return out


def _period_before(
    nt: NormalText,
    periods: list[tuple[int, int]],
    starts: list[int],
    pos: int,
    ctx: Context,
) -> str | None:
    """The last period written before `pos`, leaving out those inside parentheses closed before it
    ("tăng 2,1% (cùng kỳ năm 2024 giảm 1,5%), đóng góp ...": that period is the aside's own)."""
    i = bisect.bisect_left(starts, pos)
    while i:
        s, e = periods[i - 1]
        if not any(a <= s and e <= b <= pos for a, b in ctx.asides_in(s, e)):  # bisected: long sentences stay linear
            return " ".join(nt.text[s:e].split())
        i -= 1
    return None


def _period_after(
    nt: NormalText, periods: list[tuple[int, int]], starts: list[int], d: Draft, lex: Lexicon
) -> str | None:
    """ "tăng từ 32,8% đầu năm 2010 lên 50,05% vào cuối năm 2014": a period written right after a level's unit
    (or a lone change), nothing but a linking word between ("vào", "trong", "của"), is the period it is of."""
    if d.value is None and len(d.comparisons) != 1:
        return None
    # a change alone: "thấp hơn mức tăng 6,12% của cùng kỳ năm 2015", "tăng 14,8% trong quý II"
    pos = max(d.anchor.end, d.anchor.unit_end) if d.value is not None else d.comparisons[0].end
    i = bisect.bisect_left(starts, pos)
    if i == len(starts):
        return None
    s, e = periods[i]
    between = nt.lower[pos:s].split()
    if between == ["("] and _CLOSING.match(nt.lower, e):
        return " ".join(nt.text[s:e].split())  # "11.523 tỷ đồng (năm 2010)": the period alone in parentheses
    if len(between) > 1 or (between and between[0] not in _after_links(lex)):
        return None
    return " ".join(nt.text[s:e].split())


_CLOSING = re.compile(r"\s*\)")  # (matched where a period ends: the rest of the text is never copied)


@functools.cache
def _after_links(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.words("periods", "after_figure_links"))


def _to_fact(nt: NormalText, d: Draft, sentence: str) -> Fact:
    return Fact(
        offset=nt.to_raw(d.anchor.start),
        indicator=d.indicator,
        value=d.value,
        unit=d.unit,
        comparisons=d.comparison_objects() if d.comparisons else (),  # most facts have none: no generator
        total=d.total,
        period=d.period,
        part_of=None if d.part_of is None else nt.to_raw(d.part_of.anchor.start),
        value_kind="estimate" if d.estimate else "actual",
        sentence=sentence,
        rules=tuple(dict.fromkeys(d.rules)),
    )
