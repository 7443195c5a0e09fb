"""Read every number of a sentence into a Candidate: level, comparison or "from" value.

Order of questions for each number: is it part of a date or a ratio ("/")? what
unit follows? is it a non-fact (year, code, ordinal...)? does a comparison verb
lead it? Otherwise it is a level, if it has a unit.
"""

from __future__ import annotations

import functools
import re

from ktxh.extract.candidates import Candidate
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.at_plan import at_plan
from ktxh.extract.rules.comparison import (
    TIME_BASES,
    After,
    Cue,
    Reading,
    after_number,
    as_growth,
    base_at,
    cue_before,
    fronted_base,
    growth_before,
    growth_opens_clause,
    growth_right_before,
    rate_before,
    read_comparison,
    steered_change,
    to_after,
)
from ktxh.extract.rules.growth import is_places_growth_threshold
from ktxh.extract.rules.nonfacts import (
    is_anaphoric,
    is_bracketed_bar,
    is_criteria_met,
    is_damage_band,
    is_described_threshold,
    is_group_threshold,
    is_plan_threshold,
    is_qualifier,
    is_threshold,
    nonfact_reason,
)
from ktxh.extract.rules.numeral import FIGURE, parse_number
from ktxh.extract.rules.quantity import (
    UnitMatch,
    base_unit,
    match_ratio_noun,
    match_unit,
    measure_nouns,
    mixed_magnitudes,
)
from ktxh.extract.rules.ratio import looks_like_date, slash_number
from ktxh.extract.rules.words import alt, last_word, whole_words, word_alt
from ktxh.model import Diagnostic
from ktxh.text import NormalText, Span

_RANGE = re.compile(r"[ ]*-[ ]*(\d+(?:[.,]\d+)*)(?![\d/])")  # "14 - 16%", "7-7,5%" (a year span is a code)
_CLOSING = re.compile(r"\s*\)")
_ASIDE_WINDOW = 16  # characters before a figure where its "(" is looked for: "(khoảng 2,15 tỷ USD)"
_DATE_TAIL = re.compile(r"/\d{1,2}/\d{2,4}(?!\d)")


def scan_sentence(nt: NormalText, span: Span, lexicon: Lexicon) -> tuple[list[Candidate], list[Diagnostic]]:
    """The candidates of one sentence, in text order, and what was skipped and why."""
    found: list[Candidate] = []
    notes: list[Diagnostic] = []
    skip_until = span.start
    carry: dict[int, Cue] = {}  # "tăng từ 14 - 16%": the upper bound shares the lower bound's verb
    for m in FIGURE.finditer(nt.text, span.start, span.end):
        if m.start() < skip_until:
            continue
        cand, stop, why = _read_number(nt, span, m, lexicon, carry)
        skip_until = max(skip_until, stop)
        if cand is not None and found and is_criteria_met(nt.lower, found[-1].end, cand.start, cand.unit, lexicon):
            # "8 xã đạt 19/19 tiêu chí": what the figure before counts, not a figure
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: criteria met", "scan"))
        elif cand is not None and found and _group_threshold(nt.lower, found[-1], cand, lexicon):
            # "Có 7 trường đạt tỷ lệ đỗ tốt nghiệp 100%": which of the counted are meant, not a figure
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: threshold of a group", "scan"))
        elif cand is not None and found and _bracketed_bar(nt.lower, found[-1], cand, lexicon):
            # "30/63 địa phương đảm bảo tiến độ thu theo dự toán (tối thiểu đạt 92%)": the bar the counted met
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: bar met by a group", "scan"))
        elif cand is not None and found and _plan_share_threshold(nt.lower, found[-1], cand, lexicon):
            # "8 chỉ tiêu đạt trên 50% kế hoạch": which of the counted are meant, not a figure's share of its plan
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: threshold of a group", "scan"))
        elif cand is not None and found and _damage_band(nt.lower, found[-1], cand, lexicon):
            # "94 ha thiệt hại trên 70%": how badly the figure's things were hit, which of them are meant
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: share of damage", "scan"))
        elif (
            cand is not None
            and cand.unit in ("%", None)
            and is_places_growth_threshold(nt.lower, span.start, m.start(), lexicon)
        ):
            # "Phần lớn các địa phương có tốc độ tăng trưởng trên 7%": a band of a ranking of places, not a figure
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: threshold of places", "scan"))
        elif cand is not None and found and _described_threshold(nt.lower, found[-1], cand, lexicon):
            # "2.320 ha cho giá trị thu nhập trên 70 triệu đồng/ha/năm": which of the figure's things are meant
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: threshold in a description", "scan"))
        elif cand is not None:
            if found and _bare_growth_aside(nt.lower, found[-1], cand):
                # "tăng 6,28% so với cùng kỳ năm trước (6,1%)": the base period's own growth, against the same base
                cand = _verbless(cand.start, cand.end, cand.value, "change_pct", found[-1].comp_base, _ASIDE_RULE)
            if cand.comp_base is None and (cand.kind in ("comparison", "maybe") or _signed_aside(nt.text, cand)):
                # ("... tăng so với cùng kỳ như: túi xách (+82,3%), ...": a signed aside's base stated before it)
                _front(nt.lower, _front_floor(found, span.start, nt.lower, cand.cue_start), cand, lexicon)
            found.append(cand)
        elif why:
            notes.append(Diagnostic(nt.to_raw(m.start()), f"{m.group()!r} skipped: {why}", "scan"))
    return _with_at_plan(found, nt.lower, span, lexicon), notes


def _unit_of_plan_after(text: str, lower: str, end: int, stop: int, lexicon: Lexicon) -> UnitMatch | None:
    """ "ước đạt 110.000/KH 209.000 tấn": a level with no unit before "/" and the plan's figure takes the plan's
    unit (an empty span at its own end: the unit is written once, after the plan)."""
    m = _plan_after_slash(lexicon).match(lower, end, stop)
    if m is None:
        return None
    unit = match_unit(text, lower, m.end(), stop, lexicon)
    return None if unit is None else UnitMatch(unit.unit, end, end, unit.known)


@functools.cache
def _plan_after_slash(lexicon: Lexicon) -> re.Pattern[str]:
    plan = alt(lexicon.lists("comparisons", "bases")["plan"])
    return re.compile(rf"/[ ]*{plan}[ ]+\d[\d.,]*")


def _group_threshold(lower: str, prev: Candidate, cand: Candidate, lexicon: Lexicon) -> bool:
    if prev.kind != "level" or cand.kind not in ("level", "maybe") or prev.value is None or not prev.value.is_integer():
        return False
    return is_group_threshold(lower, (prev.end, prev.unit), cand.start, cand.unit, lexicon)


def _bracketed_bar(lower: str, prev: Candidate, cand: Candidate, lexicon: Lexicon) -> bool:
    if prev.kind != "level" or cand.kind not in ("level", "maybe") or prev.value is None or not prev.value.is_integer():
        return False
    return is_bracketed_bar(lower, (prev.end, prev.unit), cand.start, cand.unit_end, cand.unit, lexicon)


def _plan_share_threshold(lower: str, prev: Candidate, cand: Candidate, lexicon: Lexicon) -> bool:
    if prev.kind != "level" or prev.value is None or not prev.value.is_integer():
        return False
    if cand.comp_type != "pct_of" and not (cand.kind in ("level", "maybe") and cand.unit == "%"):
        return False
    return is_plan_threshold(lower, (prev.end, prev.unit), cand.start, lexicon)


def _damage_band(lower: str, prev: Candidate, cand: Candidate, lexicon: Lexicon) -> bool:
    if prev.kind != "level" or cand.kind not in ("level", "maybe"):
        return False
    return is_damage_band(lower, (prev.end, prev.unit), cand.start, cand.unit, lexicon)


def _described_threshold(lower: str, prev: Candidate, cand: Candidate, lexicon: Lexicon) -> bool:
    # (a threshold is a level per something: "trên 70 triệu đồng/ha/năm"; "15 dự án với tổng số vốn đăng ký trên
    # 1.524 triệu USD" is their amount)
    per_something = "/" in (cand.unit or "")
    if prev.kind != "level" or prev.value is None or cand.kind not in ("level", "maybe") or not per_something:
        return False
    return is_described_threshold(lower, prev.end, cand.start, lexicon)


def _bare_share_of_plan(
    lower: str, span: Span, start: int, after_num: int, value: float, lexicon: Lexicon
) -> Candidate | None:
    """ "đạt gần 91% dự toán địa phương, 96% dự toán Trung ương": a percent with no verb before it, right before
    the plan's word, is a share of the plan (a second one, its verb left out)."""
    if not lower.startswith("%", after_num):
        return None  # most numbers with no verb: no percent sign right after them, nothing more to read
    after = after_number(lower, after_num, span.end, lexicon)
    timed = after.base is None or after.base in TIME_BASES
    growth = growth_opens_clause(lower, start, span.start, lexicon) or growth_right_before(lower, start, span.start)
    if after.kind == "pct" and timed and growth:
        # "Tốc độ tăng trưởng kinh tế trong năm 8,7%, đạt 100% kế hoạch": a growth rate with no verb
        return _verbless(start, after.base_end, value, "change_pct", after.base, "comparison:growth-reached")
    if after.kind != "pct" or after.base != "plan":
        return None
    return _verbless(start, after.base_end, value, "pct_of", "plan", "comparison:bare-share-of-plan")


def _verbless(start: int, end: int, value: float, kind: str, base: str | None, rule: str) -> Candidate:
    """A comparison read with no verb before its number: it starts (and is named from) the number itself."""
    rules = ["numeral", f"comparison:{kind}", rule]
    return Candidate("comparison", start, end, value, cue_start=start, comp_type=kind, comp_base=base, rules=rules)


def _with_at_plan(found: list[Candidate], lower: str, span: Span, lexicon: Lexicon) -> list[Candidate]:
    """`found` with the "đạt kế hoạch" comparisons that no number's reading covers, in text order."""
    if not found:
        return found  # with no figure in the sentence there is nothing at plan to state
    extra = [
        c
        for c in at_plan(lower, span.start, span.end, lexicon)
        if not any(min(f.start, f.cue_start) < c.end and c.start < f.end for f in found)
        and not _met_by_members(found, c, lower, lexicon)
    ]
    return sorted(found + extra, key=lambda c: c.start) if extra else found


def _met_by_members(found: list[Candidate], c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """ "Dự kiến 06/09 chỉ tiêu đạt kế hoạch", "Tỷ lệ hộ sử dụng điện đạt 98%, đạt kế hoạch năm": after a count of
    some of a whole or a rate, "đạt kế hoạch" says those counted, or the rate, met their targets; no level is the
    plan's."""
    before = [f for f in found if f.end <= c.start]
    last = before[-1] if before else None
    if last is None:
        return False
    if last.kind == "maybe" or (last.kind == "level" and (last.total is not None or last.unit == "%")):
        return True
    return last.kind == "level" and _counted_subject(lower, last, c.start, lexicon)


_SUBJECT_REACH = 24  # characters between a count and the "đạt kế hoạch" whose subject it is


def _counted_subject(lower: str, count: Candidate, verb: int, lexicon: Lexicon) -> bool:
    """ "5 chỉ tiêu đạt kế hoạch", "15 địa phương đã hoàn thành dự toán": a count of things (not a measure) right
    before the verb, with no mark between, is its subject: those counted met their plans, the count is not the
    plan's (a measure is: "thu 120 tỷ đồng đạt kế hoạch")."""
    if verb - count.end > _SUBJECT_REACH:
        return False
    noun = base_unit(count.unit, lexicon).split("/")[0].split(".")[0]  # "triệu đồng/người" -> "đồng"
    if not noun or noun in measure_nouns(lexicon):
        return False  # a bare magnitude ("2 tỷ") or a measure
    return _SUBJECT_GAP.fullmatch(lower, count.end, verb) is not None


_SUBJECT_GAP = re.compile(r"[^,;:()\n\d%]*")  # words only: no mark, no other figure


def _total_in_unit(
    text: str, lower: str, unit: UnitMatch, end: int, lexicon: Lexicon
) -> tuple[float | None, UnitMatch]:
    """ "1.440,08 ha/1.593 ha": the level's unit, a slash and a number in the same unit give its total (the unit
    then ends after the second); "20.000 đồng/1 kg" is a price per a quantity, no total."""
    slash = slash_number(text, unit.end)
    if slash is None:
        return None, unit
    second = match_unit(text, lower, slash[1], end, lexicon)
    if second is None or second.unit != unit.unit:
        return None, unit
    return parse_number(slash[0]), UnitMatch(unit.unit, unit.start, second.end, unit.known)


_DASH_DATE = re.compile(r"-(\d{1,2})(?:-(?:19|20)\d\d)?(?![\d,.%])")  # "19-1", "3-10-2024"


def _dash_date(text: str, end: int, day: float) -> int | None:
    """Where "-1" or "-10-2024" after a number of a day ends: a day and a month written with dashes; else None."""
    m = _DASH_DATE.match(text, end)
    dated = m is not None and day.is_integer() and 1 <= day <= 31 and 1 <= int(m.group(1)) <= 12
    return m.end() if m is not None and dated else None


def _day_word_before(lower: str, start: int, floor: int, lexicon: Lexicon, key: str = "day_words") -> bool:
    """A word of a day ("ngày", "sáng", "đến") right before a number: a day/month after it is a date."""
    word = last_word(lower, max(floor, start - _DAY_WORD_REACH), start)
    return word is not None and word in _day_words(lexicon, key)


_DAY_WORD_REACH = 12  # characters before a number where a word of a day is looked for


@functools.cache
def _day_words(lexicon: Lexicon, key: str) -> frozenset[str]:
    return frozenset(lexicon.words("periods", key))


def _read_number(
    nt: NormalText, span: Span, m: re.Match[str], lexicon: Lexicon, carry: dict[int, Cue]
) -> tuple[Candidate | None, int, str]:
    text, lower = nt.text, nt.lower
    start, end = m.span()
    value = parse_number(m.group())
    if value is None:
        return None, end, "not a well-formed number"
    total, after_num = None, end
    # a date ("15/9/2012") and a ratio ("46/93") both go on with "/": most numbers need neither look-up
    slash = None
    if text.startswith("/", end):
        date = _DATE_TAIL.match(text, end)
        if date:
            return None, date.end(), "date"
        slash = slash_number(text, end)
    elif text.startswith(" /", end):
        slash = slash_number(text, end)  # "2.761,11 /2.945,0 ha"
    elif text.startswith("-", end):
        dated = _dash_date(text, end, value)
        if dated is not None and _day_word_before(lower, start, span.start, lexicon, "dash_day_words"):
            return None, dated, "date"  # "ngày 19-1 tổ chức hội nghị"
    if slash is not None:
        second, stop = slash
        unit = match_unit(text, lower, stop, span.end, lexicon)
        counted = (unit is not None and unit.known) or match_ratio_noun(lower, stop, span.end, lexicon) is not None
        day = _day_word_before(lower, start, span.start, lexicon)
        if day:
            counted = False  # "sáng 3/12 tỉnh khai mạc": a day, whatever noun follows
        if looks_like_date(value, second, counted):  # "3/3 chỉ tiêu", "8/9 chỉ tiêu" are no dates
            return None, stop, "date"
        total, after_num = parse_number(second), stop
    rng = _RANGE.match(text, end) if slash is None else None
    if rng is not None:
        after_num = rng.end(1)  # "14 - 16% so với cuối năm": the lower bound reads unit and base after the upper
    unit = (match_ratio_noun(lower, after_num, span.end, lexicon) if total is not None else None) or match_unit(
        text, lower, after_num, span.end, lexicon
    )
    if unit is None and text.startswith("/", end):
        unit = _unit_of_plan_after(text, lower, end, span.end, lexicon)
    shared = _shared_percent(lexicon).match(lower, end) if unit is None and rng is None and slash is None else None
    if shared is not None:
        after_num = shared.end(1)  # "2,6 và 12,8%": the second's "%" and base
        unit = match_unit(text, lower, after_num, span.end, lexicon)
    if unit is not None and total is None and text.startswith("/", unit.end):
        total, unit = _total_in_unit(text, lower, unit, span.end, lexicon)
    mixed = mixed_magnitudes(text, lower, unit, value, span.end, lexicon) if unit is not None else None
    if mixed is not None:
        value, unit = mixed  # "287 tỷ 824 triệu đồng": one level in two magnitudes
    why = nonfact_reason(text, lower, start, end, span.start, bool(unit and unit.known), lexicon)
    if not why and unit is not None and is_threshold(lower, start, unit.end, span.start, lexicon):
        why = "threshold in a name"
    if not why and unit is not None and is_qualifier(lower, start, unit.unit, unit.end, span.start, lexicon):
        why = "threshold of what is meant"
    if not why and unit is not None and is_anaphoric(lower, unit.end, lexicon):
        why = "things already counted"
    if why:
        return None, end, why
    cue = carry.pop(start, None) or cue_before(nt.lower, start, span.start, lexicon)
    if cue is None and _signed_after_word(text, start):
        cue, value = _signed_change(nt, span, start, value, lexicon)
    if cue is not None and cue.caused and base_at(lower, unit.end if unit else after_num, span.end, lexicon):
        # "làm CPI tháng 5 tăng 0,5% so với tháng trước": a change against a base is the whole's own
        cue = cue_before(nt.lower, start, span.start, lexicon, caused=False)
    if cue is None and total is None and unit is not None and unit.unit == "%":
        sign = steered_change(lower, start, span.start, lexicon)
        if sign:  # "giảm tỷ lệ hộ nghèo khoảng 2%": the rate's change
            return _verbless(start, unit.end, sign * value, "change_pct", None, "comparison:steered"), unit.end, ""
    if cue is not None and total is not None and cue.verb_class in ("exceed", "share"):
        cue = None  # "đạt và vượt 13/13 chỉ tiêu": a count of a total reached, no comparison
    # "tăng từ 7% đến 7,5%": a range, not a "from" value; so is "tăng 0,63 đến 0,74%" (no unit after the first)
    bare_change = unit is None and cue is not None and cue.verb_class in ("increase", "decrease")
    if rng is None and slash is None and cue is not None and (cue.verb_class == "from" or bare_change):
        rng = _range_words(lexicon).match(lower, end)
        if rng is not None:
            after_num = rng.end(1)
            unit = match_unit(text, lower, after_num, span.end, lexicon)
    if rng is None and slash is None and cue is not None and cue.verb_class == "from" and unit is not None:
        rng = _range_in_unit(nt, span, cue, unit, lexicon)
    if rng is not None and cue is not None and cue.verb_class == "from":
        cue = cue_before(nt.lower, cue.verb_start, span.start, lexicon)  # "tăng từ 14 - 16%"
    if rng is not None and cue is not None:
        carry[rng.start(1)] = cue
    cand = _comparison(nt, span, start, after_num, value, unit, cue, lexicon)
    if cand is not None and shared is not None:
        cand.end = end  # the second figure is read on its own
        return cand, end, ""
    if cand is not None and rng is not None:
        cand.end, cand.range_low = _low_end(rng, end), True  # the upper bound is a figure of its own
        return cand, end, ""
    if cand is not None:
        return cand, cand.end, ""
    if unit is None:
        labelled = _after_label(nt, span, start, end, value, total, lexicon) if cue is None else None
        if labelled is None:
            noun = _count_before_copula(nt, span, start, total, lexicon) if cue is None else None
            if noun is None and cue is None:
                noun = _noun_opening_copula(nt, span, start, total, lexicon)
            if noun is None:
                return None, end, "no unit"
            # "nâng tổng số HTX đang hoạt động trên địa bàn tỉnh là 1.213": a count in the noun its head counts
            level = Candidate("level", start, end, value, noun, end, noun, None, start, rules=["numeral", "quantity"])
            return level, end, ""
        return _labelled_level(nt, start, end, value, labelled), end, ""
    rules = ["numeral", "quantity"] + (["ratio"] if total is not None else [])
    sign = 1.0
    if cue is not None and cue.verb_class == "contribution":
        sign = cue.sign
        rules.extend(["contribution", "contribution:caused"] if cue.caused else ["contribution"])
    level = Candidate(
        "level",
        start,
        unit.end,
        sign * value,
        unit.unit,
        unit.end,
        nt.text[unit.start : unit.end],
        total,
        start,
        rules=rules,
    )
    if rng is not None:
        level.end, level.range_low = _low_end(rng, end), True
        return level, end, ""
    if shared is not None:
        level.end = end  # "lần lượt là 2,6 và 1,8%": the second figure is read on its own
        return level, end, ""
    level.share = cue is not None and cue.verb_class == "part"
    level.aside = _in_parentheses(nt.text, start, unit.end, span, lexicon)
    signed = start > 0 and nt.text[start - 1] in "+-"
    if not level.aside and not signed and _base_opens_parentheses(nt, start, unit.end, span, lexicon):
        level.aside = True  # "chiếm 38% (cùng kỳ 40,8%)": the figure alone in parentheses but for its base before it
    base = _base_closing_parentheses(nt, start, unit.end, span, lexicon) if signed and not level.aside else None
    if base is not None:
        # "12 vụ cháy (+3 vụ so với cùng kỳ)": a signed figure alone in parentheses but for its base
        level.aside, level.comp_base = True, base
    elif signed and level.aside:
        # "tăng mạnh (+10,92%) so với tháng trước": the base right after the parentheses
        level.comp_base = _base_after_parentheses(nt, unit.end, span, lexicon)
    elif signed and _signed_clause(nt.text, span.start, start):
        # "đạt 2.350 tỷ đồng, +12,5% so với cùng kỳ": a signed figure opening its clause, its base after it, is the
        # change of the figure before, as if in parentheses
        found = base_at(nt.lower, unit.end, span.end, lexicon)
        if found is not None:
            level.aside, level.comp_base = True, found[0]
    return level, unit.end, ""


def _signed_clause(text: str, floor: int, start: int) -> bool:
    """The sign before `start` opens a clause: a comma or a semicolon, then spaces, before it."""
    before = text[max(floor, start - _SIGN_CLAUSE_REACH) : start - 1].rstrip(" ")
    return before.endswith((",", ";"))


_SIGN_CLAUSE_REACH = 4  # characters before a signed number where the clause's comma is looked for


def _signed_after_word(text: str, start: int) -> bool:
    """A sign glued to the number, a space before it: "giảm -2,5%", "tăng +15,2%" (not "5 -10%": a range)."""
    return start >= 3 and text[start - 1] in "+-" and text[start - 2] == " " and text[start - 3].isalpha()


def _signed_change(nt: NormalText, span: Span, start: int, value: float, lexicon: Lexicon) -> tuple[Cue | None, float]:
    """The verb of a change written before a signed number, and the number as the verb reads it: the sign
    restates the verb ("giảm -2,5%": down 2,5%), save a minus after a verb of growth ("tăng -1,5%": down)."""
    cue = cue_before(nt.lower, start - 1, span.start, lexicon)
    if cue is None or cue.verb_class not in ("increase", "decrease"):
        return None, value
    minus = nt.text[start - 1] == "-"
    return cue, -value if minus and cue.verb_class == "increase" else value


_PHONE_DIGITS = 8  # a number written with a leading zero and this many digits is a telephone number
_LABEL_REACH = 160  # characters before a figure where the start of its label is looked for
_LABEL_UNIT = re.compile(r"\(([^\W\d_][^()\d]{0,20})\)[ ]*$")  # "Số bác sỹ bình quân 1 vạn dân (người)"
_TRAILS = re.compile(r"[ ]*(?:[,;.]|$)")


def _after_label(
    nt: NormalText, span: Span, start: int, end: int, value: float, total: float | None, lexicon: Lexicon
) -> str | None:
    """ "- Phòng khám đa khoa khu vực: 86", "Số giường bệnh bình quân 1 vạn dân (giường): 61": a number with no
    unit right after a line's label and ending its clause is the label's figure. Its unit is the one the label
    gives in parentheses, or the noun a count's label counts ("Tổng số giường bệnh": "giường"), else none
    (""); None when the number is no such figure."""
    before = nt.text[max(span.start, start - _LABEL_REACH) : start].rstrip()
    if not before.endswith(":") or total is not None or _TRAILS.match(nt.text, end, span.end) is None:
        return None
    written = nt.text[start:end]
    if value == int(value) and 1900 <= value <= 2100 and "." not in written:
        return None  # "Năm: 2012": a year
    if written.startswith("0") and len(written) >= _PHONE_DIGITS:
        return None  # "Điện thoại: 02133876543"
    unit = _LABEL_UNIT.search(before[:-1])
    if unit:
        return unit.group(1).strip().lower()
    counted = _counted_in_label(lexicon).search(before[:-1].lower())
    return counted.group("noun") if counted else ""


@functools.cache
def _counted_in_label(lexicon: Lexicon) -> re.Pattern[str]:
    """ "tổng số giường bệnh": a count's head, then the noun it counts (its first word), at a label's start."""
    heads = alt(lexicon.words("units", "count_heads"))
    return re.compile(rf"^[\W\d_]*(?:\w{{1,3}}[.)][ ]*)?{heads}[ ]+(?P<noun>[^\W\d_]+)")


def _count_before_copula(nt: NormalText, span: Span, start: int, total: float | None, lexicon: Lexicon) -> str | None:
    """The noun a count's head counts ("tổng số HTX ... là", "tổng số việc làm mới ... là gần"), in the clause right
    before a number with no unit, ending with a copula; else None."""
    if total is not None:
        return None
    lo = max(span.start, start - _COUNT_REACH)
    m = _count_copula(lexicon).search(nt.lower, lo, start)
    if m is None:
        return None
    known = match_unit(nt.text, nt.lower, m.start("noun"), m.end("noun") + _UNIT_REACH, lexicon)
    return known.unit if known is not None and known.known else m.group("noun")


def _noun_opening_copula(nt: NormalText, span: Span, start: int, total: float | None, lexicon: Lexicon) -> str | None:
    """ "trong đó, đảng viên chính thức là 1.497": a clause opening with a counted noun (a known unit) and ending
    with a copula right before a number with no unit counts that noun; else None."""
    if total is not None:
        return None
    m = _clause_copula(lexicon).search(nt.lower, max(span.start, start - _COUNT_REACH), start)
    if m is None:
        return None
    known = match_unit(nt.text, nt.lower, m.start("clause"), m.end("clause"), lexicon)
    if known is None or not known.known or known.start != m.start("clause") or "%" in known.unit:
        return None
    return known.unit


@functools.cache
def _clause_copula(lexicon: Lexicon) -> re.Pattern[str]:
    copula = alt(lexicon.words("comparisons", "previous_word"))
    leading = alt(lexicon.words("indicators", "leading"))
    return re.compile(rf"(?:^|[,;:][ ]*)(?:{leading}[ ,]+)?(?P<clause>[^\W\d_][^,;:()\d]*?)[ ]+{copula}[ ]*$")


@functools.cache
def _count_copula(lexicon: Lexicon) -> re.Pattern[str]:
    heads = alt(lexicon.words("units", "count_heads"))
    copula = alt(lexicon.words("comparisons", "previous_word"))
    qualifiers = alt(lexicon.words("comparisons", "qualifiers"))
    return re.compile(rf"(?<!\w){heads}[ ]+(?P<noun>[^\W\d_]+)[^,;:()]*?[ ]+{copula}(?:[ ]+{qualifiers})*[ ]*$")


_COUNT_REACH = 120  # characters before a number where the count's head and its copula are looked for
_UNIT_REACH = 20  # characters after a counted noun's first word where its known unit may go on


def _labelled_level(nt: NormalText, start: int, end: int, value: float, unit: str) -> Candidate:
    return Candidate("level", start, end, value, unit or None, end, unit, None, start, rules=["numeral", "label-unit"])


def _low_end(rng: re.Match[str], end: int) -> int:
    """Where a range's lower bound ends: its number ("14 - 16%"), or the words joining it to the upper
    bound ("7% đến 7,5%"), which then name nothing."""
    return end if rng.re is _RANGE else rng.start(1)


def _range_in_unit(nt: NormalText, span: Span, cue: Cue, unit: UnitMatch, lexicon: Lexicon) -> re.Match[str] | None:
    """ "đạt từ 80,4 triệu đồng đến 80,8 triệu đồng": both ends in one unit, with no verb of change before "từ"
    (after one, "tăng từ A đồng đến B đồng" goes from A to B): a range."""
    upper = _range_words(lexicon).match(nt.lower, unit.end, span.end)
    if upper is None or unit.unit == "%":
        return None
    after = match_unit(nt.text, nt.lower, upper.end(1), span.end, lexicon)
    if after is None or after.unit != unit.unit:
        return None
    verb = cue_before(nt.lower, cue.verb_start, span.start, lexicon)
    return upper if verb is None or verb.verb_class not in _CHANGE_CLASSES else None


_CHANGE_CLASSES = frozenset({"increase", "decrease", "increase_to", "decrease_to"})


@functools.cache
def _shared_percent(lexicon: Lexicon) -> re.Pattern[str]:
    """ "giảm 2,6 và 12,8%": a figure with no unit joined to a percent right after it; the "%" is both's."""
    joiners = word_alt(lexicon.words("comparisons", "unit_sharing_joiners"))
    return re.compile(rf"[ ]+{joiners}[ ]+(\d+(?:[.,]\d+)*)(?![\d/])(?=[ ]*%)")


@functools.cache
def _range_words(lexicon: Lexicon) -> re.Pattern[str]:
    """ "7% đến 7,5%" after "từ": the upper bound of a range (its own qualifier dropped: "0,3% đến dưới 2%")."""
    words = word_alt(lexicon.words("comparisons", "range_words"))
    qualifier = alt(lexicon.words("comparisons", "qualifiers"))
    return re.compile(rf"[ ]*%?[ ]+{words}(?:[ ]+{qualifier})?[ ]+(\d+(?:[.,]\d+)*)(?![\d/])")


def _in_parentheses(text: str, start: int, end: int, span: Span, lexicon: Lexicon) -> bool:
    """ "(23.600 tỷ đồng)", "(-0,36%)", "(khoảng 2,15 tỷ USD)": a figure standing alone in parentheses."""
    lo = max(span.start, start - _ASIDE_WINDOW)
    if text.find("(", lo, start) < 0:
        return False  # most figures: no "(" just before, no slice to build
    before = _qualifier_end(lexicon).sub("", text[lo:start].lower().rstrip(" -+"))
    return before.endswith("(") and _CLOSING.match(text, end, span.end) is not None


def _base_closing_parentheses(nt: NormalText, start: int, end: int, span: Span, lexicon: Lexicon) -> str | None:
    """ "(+3 vụ so với cùng kỳ)": the base of a figure alone in parentheses but for that base, else None."""
    base = base_at(nt.lower, end, span.end, lexicon)
    return base[0] if base is not None and _in_parentheses(nt.text, start, base[1], span, lexicon) else None


def _base_opens_parentheses(nt: NormalText, start: int, end: int, span: Span, lexicon: Lexicon) -> bool:
    """ "(cùng kỳ 40,8%)", "(cùng kỳ: 25,3%)": a base, then the figure, alone in parentheses."""
    paren = nt.text.rfind("(", max(span.start, start - _BASE_ASIDE_WINDOW), start)
    if paren < 0 or _CLOSING.match(nt.text, end, span.end) is None:
        return False  # most figures: no "(" before them, or no ")" right after
    base = base_at(nt.lower, paren + 1, start, lexicon)
    # (a plan's figure, "(KH 4.000 lao động)", is a target of its own)
    return base is not None and base[0] in TIME_BASES and not nt.lower[base[1] : start].strip(" :")


_BASE_ASIDE_WINDOW = 40  # characters before a figure where the "(" opening its base is looked for


def _bare_growth_aside(lower: str, prev: Candidate, cand: Candidate) -> bool:
    """A percent alone in parentheses ("(6,1%)") right after a growth against a stated base ("tăng 6,28% so với cùng
    kỳ năm trước") restates no level: it is the growth the base period had."""
    if cand.kind not in ("level", "maybe") or cand.unit != "%" or not cand.aside or cand.comp_type:
        return False
    if prev.kind != "comparison" or prev.comp_type != "change_pct" or prev.comp_base is None:
        return False
    return lower[prev.end : cand.start].strip() == "(" and _CLOSING.match(lower, cand.end) is not None


_ASIDE_RULE = "comparison:bare-growth-aside"


def _signed_aside(text: str, cand: Candidate) -> bool:
    return cand.kind == "level" and cand.aside and cand.start > 0 and text[cand.start - 1] in "+-"


def _base_after_parentheses(nt: NormalText, end: int, span: Span, lexicon: Lexicon) -> str | None:
    """The base written right after the parenthesis closing at `end` ("(+10,92%) so với tháng trước"), else None."""
    closing = _CLOSING.match(nt.text, end, span.end)
    base = base_at(nt.lower, closing.end(), span.end, lexicon) if closing is not None else None
    return base[0] if base is not None else None


@functools.cache
def _qualifier_end(lexicon: Lexicon) -> re.Pattern[str]:
    """A qualifier ending the text before a figure: "(khoảng "."""
    return re.compile(rf"(?<=\()[ ]*{word_alt(lexicon.words('comparisons', 'qualifiers'))}[ ]*$")


def _adverbs_only(words: str, lexicon: Lexicon) -> bool:
    """ "so với tháng 12/2011 đã giảm 5,92%", "so với cùng tháng năm trước bắt đầu tăng 0,01%": words of time or
    aspect before a verb (lexicon `comparisons.verb_adverbs`) name no subject: the base and the verb are one
    predicate."""
    return _verb_adverbs(lexicon).fullmatch(words) is not None


@functools.cache
def _verb_adverbs(lexicon: Lexicon) -> re.Pattern[str]:
    adverb = whole_words(lexicon.words("comparisons", "verb_adverbs"))
    return re.compile(rf"{adverb}(?:\s+{adverb})*")


def _plan_giver(words: str, lexicon: Lexicon) -> bool:
    """ "Trung ương giao", "HĐND tỉnh đề ra": who set a plan, a few words ending in a giver's verb."""
    return len(words.split()) <= _GIVER_WORDS and words.endswith(_giver_ends(lexicon))


@functools.cache
def _giver_ends(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(lexicon.words("comparisons", "plan_giver_ends"))


_GIVER_WORDS = 8  # "Thủ tướng Chính phủ giao đầu năm"


def _front_floor(found: list[Candidate], start: int, lower: str, cue: int) -> int:
    """Where the base fronting a comparison may start: after the last figure before it, but a count of ratios
    ("So với tháng 9/2013, CPI tăng tại 9/11 nhóm hàng, trong đó: nhóm giao thông tăng 1,2%") or a count heading a
    list right before it ("so với tháng 9/2019, tai nạn giao thông tăng cả 3 tiêu chí: Tăng 233 vụ") takes no base
    and lets it through."""
    for i, c in enumerate(reversed(found)):
        ratio = c.kind == "level" and c.total is not None and c.unit != "%"
        heading = not i and c.kind == "level" and lower[c.end : cue].strip() == ":"
        if not ratio and not heading:
            return c.end
    return start


def _front(lower: str, floor: int, cand: Candidate, lexicon: Lexicon) -> None:
    """Give a comparison with no base the base written before its verb, if any."""
    found = fronted_base(lower, floor, cand.cue_start, lexicon)
    if found is None:
        return
    cand.comp_base, cand.front = found[0], (found[1], found[2])
    cand.rules.append("base:fronted")
    between = lower[found[2] : cand.cue_start].strip(" ,")
    if not between or _adverbs_only(between, lexicon) or (found[0] == "plan" and _plan_giver(between, lexicon)):
        # "... và so với cùng kỳ năm trước tăng 3,66%", "so với dự toán Trung ương giao đạt 151%": one predicate
        cand.cue_start = found[1]


def _comparison(
    nt: NormalText,
    span: Span,
    start: int,
    after_num: int,
    value: float,
    unit: UnitMatch | None,
    cue: Cue | None,
    lexicon: Lexicon,
) -> Candidate | None:
    lower = nt.lower
    if cue is None:
        return _bare_share_of_plan(lower, span, start, after_num, value, lexicon)
    if cue.verb_class in ("contribution", "part"):
        return None
    if cue.verb_class == "from":
        b_start = to_after(lower, unit.end if unit else after_num, span.end, lexicon)
        if b_start is None:
            return None
        return Candidate(
            "from",
            start,
            b_start,
            value,
            cue_start=cue.verb_start,
            comp_type="previous",
            comp_base="other",
            rules=["comparison:from-to"],
        )
    after = after_number(lower, after_num, span.end, lexicon)
    comp_unit = None
    if after.kind is None and unit is not None:
        comp_unit = unit.unit
        base = base_at(lower, unit.end, span.end, lexicon)
        after = After(None, unit.end, base[0] if base else None, base[1] if base else unit.end)
    if (
        cue.verb_class == "share"
        and after.kind == "pct"
        and after.base == "other"
        and rate_before(lower, cue, span.start)
    ):
        # "tỷ lệ bao phủ bảo hiểm y tế đạt 95,15% dân số": a rate's level, of the whole named after it
        after = After(after.kind, after.end, None, after.end)
    reading = read_comparison(cue, value, after, unit is not None)
    reached = False
    if reading is None and cue.verb_class == "share" and after.kind == "pct" and growth_before(lower, cue, span.start):
        reading = Reading("change_pct", value, None)  # "tốc độ tăng trưởng kinh tế đạt 7,2%": a growth rate
        reached = True
    if (
        reading is None
        and cue.verb_class.endswith("_to")
        and after.kind == "pct"
        and not rate_before(lower, cue, span.start)
    ):
        # "giá trị tăng thêm ... quý II đã tăng lên 4,52%": the growth reached, of a subject that is no rate
        reading = Reading("change_pct", (-1.0 if cue.verb_class.startswith("decrease") else 1.0) * value, None)
    if reading is None and cue.verb_class == "share" and after.kind == "pct":
        # "1098,2 nghìn ha, bằng 96,5%": a share of the figure before it, else a level in percent
        return Candidate(
            "maybe",
            start,
            after.end,
            value,
            "%",
            after.end,
            "%",
            cue_start=cue.verb_start,
            comp_type="pct_of",
            rules=["numeral", "comparison:pct_of"],
        )
    if reading is None:
        return None
    reading = as_growth(reading, cue, lower, span.start, lexicon)
    return Candidate(
        "comparison",
        start,
        after.base_end,
        reading.value,
        cue_start=cue.verb_start,
        comp_type=reading.type,
        comp_base=reading.base,
        comp_unit=comp_unit,
        rules=["numeral", f"comparison:{reading.type}", *(["comparison:growth-reached"] if reached else [])],
    )
