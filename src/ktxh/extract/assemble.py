"""Group a sentence's candidates into facts.

A level starts a fact. A comparison joins the fact before it when only
connectors stand between them ("83.992 tấn, bằng 51% kế hoạch"), or words
ending with a comma ("1.040 tỷ đồng (giá so sánh năm 1994), tăng 13,16%");
words right before its verb name a new subject, so it starts a fact of its own
with no level ("khu vực dịch vụ tăng 15%"). Then: parallel lists are zipped,
coordinated levels share a predicate, and unstated bases are filled in.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import replace

from ktxh.extract.candidates import AVERAGE_RULE, TARGET_RULE, Candidate, Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import (
    TIME_BASES,
    base_at,
    fronted_base,
    is_equivalent,
    last_plan_word,
    names_measured_whole,
    names_monthly_index,
    plan_word,
    rate_word_ending,
    starts_with_rate,
    stated_bases,
)
from ktxh.extract.rules.parts import parts_pattern
from ktxh.extract.rules.quantity import base_unit, match_unit, measure_of, split_magnitude
from ktxh.extract.rules.words import ASIDE, alt, is_place_name, whole_words, word_alt
from ktxh.model import Fact

_WORD = re.compile(r"[^\W\d_]+")
_CHANGES = ("change_abs", "change_pct", "change_pp")
_CHANGES_OR_SHARE = (*_CHANGES, "pct_of")


@functools.cache
def _connectors(lexicon: Lexicon) -> frozenset[str]:
    words = lexicon.words("indicators", "connectors") + lexicon.words("comparisons", "markers")
    return frozenset(w for phrase in words for w in phrase.split())


@functools.cache
def _generic_counts(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.words("units", "generic_counts"))


@functools.cache
def _qualifiers_after(lexicon: Lexicon) -> re.Pattern[str]:
    """Qualifier words ("gần", "hơn") ending a gap."""
    return re.compile(rf"(?:\s+{whole_words(lexicon.words('comparisons', 'qualifiers'))})+\s*$")


@functools.cache
def _coordinator(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("indicators", "coordinators")))


def _content_words(lower: str, start: int, end: int, lexicon: Lexicon) -> list[str]:
    stop = _connectors(lexicon)
    return [w for w in _WORD.findall(lower, start, end) if w not in stop]


def assemble(
    cands: list[Candidate], text: str, lower: str, lexicon: Lexicon, paired: tuple[str, ...] = ()
) -> list[Draft]:
    """Facts (as drafts) of one sentence, in text order (`text` as written, `lower` its lower case; `paired`: the
    two bases the sentences before last stated together, which a pair of changes with none goes on with)."""
    drafts: list[Draft] = []
    current: Draft | None = None  # the fact a following comparison may belong to
    pending_from: Candidate | None = None
    for c in cands:
        if c.kind == "from":
            pending_from = c
        elif c.kind == "level" and _listed_count_change(current, c, lower, lexicon):
            # "giảm 2 vụ, 3 người chết và 1 người bị thương": more changes in other units, the verb left out
            assert current is not None
            model = current.comparisons[-1]
            change = replace(c, kind="comparison", cue_start=c.start, unit=None, comp_type="change_abs")
            change.comp_base, change.comp_unit = model.comp_base, c.unit
            change.value = _signed_as(model, c.value)
            change.rules = [*c.rules, "comparison:listed-count"]
            current.comparisons.append(change)  # zipped to the levels before with the others (`_zip_lists`)
            current.last_end = change.end
        elif c.kind in ("level", "maybe") and (listed := _listed_share(current, c, lower, lexicon)) is not None:
            # "bằng 102% KH và 102,9% so CK": a bare percent with its own base, joined right after a share of
            # another base, is the same figure's share of it (the verb left out)
            assert current is not None
            c.kind, c.cue_start, c.unit, c.comp_type = "comparison", c.start, None, "pct_of"
            c.comp_base, c.end = listed
            c.rules.append("comparison:listed-share")
            current.comparisons.append(c)
            current.last_end = c.end
        elif c.kind == "level" and _listed_change(current, c, text, lower, lexicon):
            named = current is not None and is_place_name(text[current.last_end : c.start].strip(" ,;"))
            current = _as_listed_change(current, c, drafts, lower, lexicon, len(paired) == 2, named)
        elif c.kind == "level":
            current = _level(c, current, pending_from, drafts, lower, lexicon)
            pending_from = None
        elif c.kind == "maybe" and (base := _share_in_period_aside(current, c, lower, lexicon)) is not None:
            # "bằng 31,6% kế hoạch năm ... (cùng kỳ năm 2020 bằng 22,8% và tăng 16,2%)": the figure's share, in the
            # period the aside opens with, of the base the figure's own share states: a fact with no level
            c.kind, c.unit, c.comp_base = "comparison", None, base
            c.rules.append("comparison:aside-period")
            current = _bare_comparison(c, drafts)
        elif c.kind == "maybe" and "base:fronted" in c.rules and _share_of_fronted_base(c, lower, lexicon):
            # "so với cùng kỳ, số dự án cấp mới bằng 100%": a share of the base written before it, not a level
            c.kind, c.unit = "comparison", None
            current = _attach(current, c, lower, lexicon, drafts)
        elif c.kind == "maybe" and _growth_part(drafts, c, lower, lexicon):
            # "tốc độ tăng trưởng ... đạt 14,21%; trong đó, khu vực công nghiệp và xây dựng đạt 34,97%": the parts
            # of a growth reached are growths reached
            c.kind, c.unit, c.comp_type = "comparison", None, "change_pct"
            c.rules.append("comparison:growth-part")
            current = _bare_comparison(c, drafts)
        elif c.kind == "maybe" and (base := _base_of_list_head(current, c, lower, lexicon)) is not None:
            # "Một số khoản thu đạt cao so với dự toán năm như: ...; thu tiền sử dụng đất đạt 197,3%": an item's share
            # with no base of its own is of the base the list's head states
            c.kind, c.unit, c.comp_base = "comparison", None, base
            c.rules.append("comparison:list-head-base")
            current = _bare_comparison(c, drafts)
        elif c.kind == "maybe" and not _takes_share(current, c, lower, lexicon) and _share_of_plan(c, lower, lexicon):
            # "thu ngân sách đạt 77,5%": a sum reaching a percent with no base reaches that share of its plan
            c.kind, c.unit, c.comp_base = "comparison", None, "plan"
            c.rules.append("comparison:plan-of-subject")
            current = _bare_comparison(c, drafts)
        elif c.kind == "maybe" and not _takes_share(current, c, lower, lexicon) and not _shares_in_turn(drafts):
            c.kind, c.cue_start = "level", c.start
            current = _level(c, current, None, drafts, lower, lexicon)
        elif c.kind == "maybe" and not _takes_share(current, c, lower, lexicon):
            # "giải ngân đạt 93,57% kế hoạch; vốn trong nước đạt 97,38%, vốn nước ngoài đạt 58,96%": shares in
            # turn, each of the base the first one states
            c.kind, c.unit = "comparison", None
            c.rules.append("comparison:in-turn")
            current = _attach(current, c, lower, lexicon, drafts)
        else:
            current = _attach(current, c, lower, lexicon, drafts)
    _restated_changes(drafts)
    _range_changes_of_range(drafts)
    _range_shares_comparisons(drafts)
    _zip_respective(drafts, lower, lexicon)
    _zip_lists(drafts, lower, lexicon)
    _zip_counted_changes(drafts, lower, lexicon)
    _zip_by_units(drafts, lower, lexicon)
    _share_predicates(drafts, lower, lexicon)
    _rates_of_changes(drafts, lower, lexicon)
    _fill_bases(drafts, lower, lexicon)
    _aspects_apart(drafts, text, lower, lexicon)
    _split_repeated_changes(drafts, lower, lexicon)
    _targets(drafts, lower, lexicon)
    _plan_levels_aside(drafts, lower, lexicon)
    _percent_sign_dropped(drafts, lexicon)
    _percent_pairs(drafts, lower)
    _carried_pairs(drafts, paired)
    _paired_levels_aside(drafts, lower)
    return drafts


def _paired_levels_aside(drafts: list[Draft], lower: str) -> None:
    """ "đạt 1.410,8 tỷ đồng tăng 3,56% so với cùng kỳ (1.410,8/1.362,3 tỷ đồng)": a pair in parentheses whose first
    figure is that of an earlier fact of the sentence, compared with a base in time and not yet with its level there,
    gives that level (the second figure): a comparison of that fact, no fact of its own."""
    for d in list(drafts):
        if d.comparisons or d.total is None or d.value is None or not _after_open_parenthesis(lower, d.anchor.start):
            continue
        before = drafts[: drafts.index(d)]
        earlier = next((e for e in reversed(before) if _pairs_with(e, d)), None)
        if earlier is None or any(x.anchor.share for x in before[before.index(earlier) + 1 :]):
            continue  # ("chiếm 25,6% so với toàn tỉnh (318/1.240 tỷ đồng)": the share's figures, not a base's)
        change = next(c for c in earlier.comparisons if c.comp_type in _CHANGES)
        level = replace(
            d.anchor,
            kind="comparison",
            value=d.total,
            total=None,
            comp_type="previous",
            comp_base=change.comp_base,
            rules=[*d.anchor.rules, "comparison:aside-pair"],
        )
        earlier.comparisons.append(level)
        drafts.remove(d)


def _after_open_parenthesis(lower: str, pos: int) -> bool:
    """An opening parenthesis stands before `pos`, only spaces between (looked for from `pos` back, not by slicing
    the text before it: the text may be megabytes long, the figures thousands)."""
    while pos > 0 and lower[pos - 1].isspace():
        pos -= 1
    return pos > 0 and lower[pos - 1] == "("


def _pairs_with(e: Draft, d: Draft) -> bool:
    """Draft `e` is the figure the pair `d` starts with, changed against a base in time, its level there unstated."""
    if e.value is None or d.value is None or e.unit != d.unit or not math.isclose(e.value, d.value):
        return False
    if any(c.comp_type == "previous" for c in e.comparisons):
        return False
    return any(c.comp_type in _CHANGES and c.comp_base in TIME_BASES for c in e.comparisons)


def shares_of_wholes(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "diện tích thả nuôi đạt 98% diện tích nuôi", "đăng ký qua mạng đạt gần 100% tổng số hồ sơ": a share of a
    whole named after it, reached (`rate_reach_verbs`) with no level of its own, is the subject's rate: a level in
    percent (the sets' reading), not a comparison with a base no figure of the sentence states. (A level's share of a
    whole, "thu hoạch 24 nghìn ha, bằng 75,8% diện tích lúa đã cấy", stays its comparison.) Run once the facts are
    named: the name stays the subject's, as a comparison's is."""
    for d in drafts:
        if d.value is not None or len(d.comparisons) != 1 or d.anchor is not d.comparisons[0]:
            continue
        c = d.anchor
        if c.comp_type != "pct_of" or c.comp_base != "other":
            continue
        if _rate_reach_verb(lexicon).search(lower, c.cue_start, c.start) is None:
            continue  # ("bằng 31% GDP", "bằng 75,8% diện tích lúa đã cấy": set beside another figure, a share)
        percent_at = lower.find("%", c.start, c.end)
        if percent_at < 0 or not names_measured_whole(lower, percent_at, len(lower), lexicon):
            continue
        level = replace(c, kind="level", unit="%", comp_type="", comp_base=None, rules=[*c.rules, "level:of-whole"])
        d.anchor, d.value, d.unit, d.comparisons = level, c.value, "%", []
        d.rules.append("level:of-whole")


@functools.cache
def _rate_reach_verb(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(word_alt(lexicon.words("comparisons", "rate_reach_verbs")))


def _carried_pairs(drafts: list[Draft], paired: tuple[str, ...]) -> None:
    """ "tăng 1,6% so với tháng 6 và tăng 13,3% so với cùng kỳ. Trong đó, doanh thu bán lẻ ... tăng lần lượt 1,6%
    và 14%": a pair of changes with no base, in a sentence after one that stated two bases together, is against
    those two, in turn."""
    if len(paired) != 2:
        return
    for d in drafts:
        changes = [c for c in d.comparisons if c.comp_type in _CHANGES]
        if len(changes) != 2 or any(c.comp_base is not None for c in changes):
            continue
        if "comparison:listed-pair" not in changes[1].rules:
            continue
        for c, base in zip(changes, paired, strict=True):
            c.comp_base = base
            c.rules.append("base:carried-pair")


def _percent_pairs(drafts: list[Draft], lower: str) -> None:
    """ "cao hơn mức bình quân chung của tỉnh (13,86/9,15%)": a pair of percents opening an aside restates the two
    figures its sentence compares (this place's and another's), so the figure after its slash is a fact of its own,
    named as the first (`name_fact`), and the first has no total. A pair in the running text ("Tỷ lệ suy dinh dưỡng
    ... là 21%/20%") is the figure reached of its target, as any "X/Y": value X, total Y, the target no fact of its
    own (docs/devset.md, convention 7)."""
    for i in range(len(drafts) - 1, -1, -1):
        d = drafts[i]
        if d.value is None or d.total is None or d.unit != "%":
            continue
        if not _after_open_parenthesis(lower, d.anchor.start):
            continue
        slash = lower.find("/", d.anchor.start, d.anchor.end)
        at = slash + 1
        while at < d.anchor.end and lower[at] == " ":
            at += 1
        if slash < 0 or not lower[at : at + 1].isdigit():
            continue
        rules = [*d.anchor.rules, "ratio:pair"]
        other = replace(d.anchor, start=at, cue_start=at, value=d.total, total=None, rules=rules)
        pair = Draft(other, d.total, d.unit, None, [], last_end=d.last_end, name_end=at, rules=rules[-1:])
        drafts.insert(i + 1, pair)
        d.total = None
        d.rules.append("ratio:pair")


def _split_repeated_changes(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "Tốc độ tăng trưởng giá trị sản xuất đạt 11,01%, tăng 0,26% so với năm 2022", "tăng 5,04% – cao hơn mức 4,49%
    cùng kỳ năm trước": a second change in percent against the same base as one the figure already has, after a
    growth the figure reached or set beside it as a benchmark ("cao hơn mức"), is no comparison of the figure but
    a figure of its own (the growth of a growth, an earlier period's growth), named apart. (Two changes of one
    level in two measures, "giảm 9,21% về người và giảm 9,80% về người.km", stay together.)"""
    benchmark = _benchmark_words(lexicon)
    i = 0
    while i < len(drafts):
        d = drafts[i]
        for k, (first, c) in enumerate(itertools.pairwise(d.comparisons), start=1):
            if _average_after_same_base(d, d.comparisons[:k], c, lower, lexicon):
                drafts.insert(i + 1, _figure_of([c], AVERAGE_RULE))
                d.comparisons = d.comparisons[:k] + d.comparisons[k + 1 :]
                d.last_end = d.comparisons[-1].end
                break
            if first.comp_type != "change_pct" or c.comp_type != "change_pct" or first.comp_base != c.comp_base:
                continue
            reached = "comparison:growth-reached" in first.rules and "comparison:growth-reached" not in c.rules
            if not reached and benchmark.search(lower, first.end, c.start) is None:
                continue
            rest = d.comparisons[k:]
            d.comparisons = d.comparisons[:k]
            d.last_end = d.comparisons[-1].end
            drafts.insert(i + 1, _figure_of(rest, "comparison:repeated-base"))
            break
        i += 1


def _average_after_same_base(d: Draft, before: list[Candidate], c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """ "CPI tháng 10 tăng 1,95% so với cùng kỳ năm trước, ... và tăng 2,7% so với bình quân cùng kỳ năm 2018": a
    change against an average of the base, after a change against the base itself, is the change of the average of
    the months so far (a figure of its own), not a second change of the month's figure."""
    if d.value is not None or c.comp_type != "change_pct" or not _against_average(c, lower, lexicon):
        return False
    lo = max(0, before[0].cue_start - _INDEX_REACH)
    if not names_monthly_index(lower[lo : before[0].cue_start], lexicon):
        return False  # (the average of the months so far is a monthly price index's)
    return any(
        b.comp_type == "change_pct" and b.comp_base == c.comp_base and not _against_average(b, lower, lexicon)
        for b in before
    )


_INDEX_REACH = 120  # characters before a figure's first change where the month's index it is of is looked for


def _against_average(c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """ "so với bình quân cùng kỳ năm trước tăng 8,53%", "tăng 2,7% so với bình quân cùng kỳ": the change's base,
    fronted or after its number, opens with a word of averaging (the average of the months so far is compared)."""
    lo, hi = c.front if c.front != (0, 0) else (c.start, c.end)
    return _average_base(lexicon).search(lower, lo, hi) is not None


@functools.cache
def _average_base(lexicon: Lexicon) -> re.Pattern[str]:
    markers = alt(lexicon.words("comparisons", "markers"))
    return re.compile(rf"(?<!\w){markers}\s+{alt(lexicon.words('comparisons', 'average_words'))}(?!\w)")


def _figure_of(comparisons: list[Candidate], rule: str) -> Draft:
    """A fact of no level holding `comparisons`, split off the figure they were attached to (`rule` says why)."""
    first = comparisons[0]
    figure = Draft(first, None, None, None, comparisons, last_end=comparisons[-1].end, name_end=first.cue_start)
    figure.rules = [*first.rules, rule]
    return figure


@functools.cache
def _benchmark_words(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(alt(lexicon.words("indicators", "benchmarks")))


def _rates_of_changes(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "tăng 2.960 tỷ đồng (bằng 7,6%) so với đầu năm", "so với đầu năm tăng 16.842 tỷ đồng, bằng 11,2%": a share
    with no base of its own in parentheses, or "bằng" after a comma, right after a change in the figure's unit is
    that change as a rate, not a share of the plan."""
    equal = _period_share_verb(lexicon)
    for d in drafts:
        for change, share in itertools.pairwise(d.comparisons):
            if change.comp_type != "change_abs" or share.comp_type != "pct_of":
                continue
            if share.comp_base is not None and (
                share.comp_base not in TIME_BASES or change.comp_base not in (None, share.comp_base)
            ):
                continue
            between = lower[change.end : share.cue_start].strip()
            if between != "(" and not (between == "," and equal.match(lower, share.cue_start)):
                continue
            change.comp_base = change.comp_base or share.comp_base
            share.comp_base = share.comp_base or change.comp_base
            share.comp_type = "change_pct"
            share.value = _signed_as(change, share.value)
            share.rules.append("comparison:rate-of-change")


def _plan_levels_aside(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "12.221 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)", "bằng 48,6% dự toán (4.420 tỷ
    đồng)": a level alone in parentheses right after a figure's share of its plan, in the figure's measure, is
    the plan's level: named by the plan's words and the figure's name (`name_fact`, rule "target")."""
    for prev, d in itertools.pairwise(drafts):
        if not d.anchor.aside or d.value is None or d.comparisons or d.target is not None or not _same_unit(d, prev):
            continue
        # the share right before the "(" (a change may have joined the figure after the aside)
        share = next((c for c in prev.comparisons if lower[c.end : d.anchor.start].strip(" ") == "("), None)
        if share is None or share.comp_type != "pct_of" or share.comp_base != "plan":
            continue
        # the last plan word of the share: "so với nghị quyết đề ra", "dự toán"
        plan = last_plan_word(lower, share.start, share.end, lexicon)
        if plan is not None:
            d.target = (plan.start(), share.end)
            d.rules.append(TARGET_RULE)


def _percent_sign_dropped(drafts: list[Draft], lexicon: Lexicon) -> None:
    """ "Diện tích rừng trồng 16.170,1 ha, tăng 9,5.", "Bia giảm 12,23%; Gỗ cưa xẻ giảm 15,38, săm xe máy giảm 12,65%":
    a change with a decimal part and no unit at all, of a figure in a measure (its change in that measure would
    be written with its unit) or between changes in percent, is a percent whose sign was dropped."""
    for i, d in enumerate(drafts):
        for c in d.comparisons:
            if c.comp_type != "change_abs" or c.comp_unit or c.value == int(c.value):
                continue
            measured = d.value is not None and measure_of(d.unit, lexicon) is not None
            around = [
                x
                for n in (drafts[i - 1] if i else None, drafts[i + 1] if i + 1 < len(drafts) else None)
                if n is not None
                for x in n.comparisons
            ]
            listed = d.value is None and any(x.comp_type == "change_pct" for x in around)
            if measured or listed:
                c.comp_type = "change_pct"
                c.rules.append("comparison:percent-dropped")


@functools.cache
def _target_words(lexicon: Lexicon) -> re.Pattern[str]:
    """ "(kế hoạch là 4%)", "(KH 8%)", "(so với mục tiêu cả năm là 8%)": the plan's word, a few more words, "là"."""
    plan = word_alt(lexicon.lists("comparisons", "bases")["plan"])
    markers = alt(lexicon.words("periods", "base_markers"))
    joiner = alt(lexicon.words("comparisons", "previous_word"))
    year = rf"(?:[ ]+(?:{alt(lexicon.words('comparisons', 'year_words'))}[ ]+)?(?:19|20)\d\d)?"
    words = rf"(?P<plan>{plan}(?:[ ]+[^\W\d_]+){{0,3}}?){year}"
    # "(KH 4,4%)", ", kế hoạch là 4%", "3,10%/KH 4,4%", "(KH 2014 : 750 triệu USD)"
    return re.compile(rf"[ ]*[(,;/][ ]*(?:{markers}[ ]+)?{words}(?:[ ]+{joiner})?[ ]*:?[ ]*")


def _targets(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "tổng đàn gia súc tăng 5,69% so với cùng kỳ (kế hoạch là 4%)": a percent right after a figure's change,
    said to be the plan's, is the change planned, a fact with no level; after a level in percent ("tỷ lệ hộ
    nghèo còn 3,5% (KH 3,8%)") or in the figure's own unit ("65,3 triệu đồng (KH 64 triệu đồng)") it stays the
    level planned; a change said to be the plan's ("giảm 1,5% (KH giảm 1,5%)") is the change planned. Each is
    named by the plan's words and the figure's name (`name_fact`, rule "target")."""
    for prev, d in itertools.pairwise(drafts):
        if prev.target is not None and _upper_bound_of(prev, d, lower):
            # "(KH 37,5-38%)", "(kế hoạch 8,5-9,5%)": the range's upper bound is planned as its lower bound is
            _plan_as(d, prev, d.unit == "%")
            continue
        # (a change may have joined the figure after the plan's aside: "đạt 98% so kế hoạch (kế hoạch 77.000 ha),
        # giảm 1,5%"; the plan's words are read from the figure's last part before it)
        lo = _end_before(prev, d.anchor.start)
        if d.anchor.share or lo is None:
            continue
        if d.value is not None and (d.comparisons or (d.unit != "%" and not _same_measure(d, prev))):
            continue
        if d.value is None and not all(c.comp_type in _CHANGES for c in d.comparisons):
            continue
        m = _target_after(lexicon, lower, lo, d.name_end if d.value is None else d.anchor.start)
        if m is None:
            _target_of_plan_compared(prev, d, lower, lexicon)
            continue
        d.rules.append(TARGET_RULE)
        d.target = (m.start("plan"), m.end("plan"))
        change = next((c for c in prev.comparisons if c.end == lo), None)
        if d.unit != "%" or change is None or change.comp_type not in _CHANGES:
            continue
        _as_planned_change(d, change)


def _end_before(d: Draft, start: int) -> int | None:
    """Where the last part of `d` (its figure or a comparison) standing before `start` ends; None if its figure
    does not stand before `start`."""
    if d.anchor.end > start:
        return None
    return max([d.anchor.end] + [c.end for c in d.comparisons if c.end <= start])


def _target_of_plan_compared(prev: Draft, d: Draft, lower: str, lexicon: Lexicon) -> None:
    """ "GDP tăng 6,68% so với năm 2014, cao hơn 0,48% so với mục tiêu Quốc hội đề ra là 6,2%", "... đạt 9,63%, vượt
    1,13 điểm phần trăm so với mục tiêu Chính phủ giao (8,5%)": a percent right after a growth's comparison with the
    plan, once the plan's giver is named ("Quốc hội đề ra là", "Chính phủ giao ("), is the growth planned: a change
    of the growth's kind and base, named by the plan's words."""
    if d.value is None or d.unit != "%" or d.comparisons or len(prev.comparisons) < 2 or prev.value is not None:
        return
    last = prev.comparisons[-1]
    # (a growth's base may be filled in later: "đạt 9,63%" states none)
    growth = next((c for c in prev.comparisons if c.comp_type == "change_pct" and c.comp_base != "plan"), None)
    if last.comp_base != "plan" or last.end != prev.last_end or growth is None:
        return
    given = _plan_given(lexicon).fullmatch(lower, last.end, d.anchor.start)

    plan = last_plan_word(lower, last.start, last.end, lexicon)
    if given is None or plan is None:
        return
    d.rules.append(TARGET_RULE)
    d.target = (plan.start(), given.end("giver"))
    _as_planned_change(d, growth)


@functools.cache
def _plan_given(lexicon: Lexicon) -> re.Pattern[str]:
    """ " Quốc hội đề ra là ", " Chính phủ giao (": who set the plan (a few words ending in a giver's verb), then
    "là" or "(" before the plan's figure."""
    ends = alt(lexicon.words("comparisons", "plan_giver_ends"))
    joiner = alt(lexicon.words("comparisons", "previous_word"))
    return re.compile(rf"(?P<giver>(?:[ ]+[^\W\d_]+){{1,{_GIVER_WORDS}}}?[ ]+{ends})[ ]*(?:{joiner}[ ]+|\()[ ]*")


_GIVER_WORDS = 3  # words naming who set a plan: "Quốc hội", "Chính phủ", "HĐND tỉnh"


def _target_after(lexicon: Lexicon, lower: str, lo: int, hi: int) -> re.Match[str] | None:
    """The plan's words right before `hi`, from `lo` ("(KH "), or from a "(" after words that only go on
    describing the figure before (" cho giá trị cao (KH ": no figure or semicolon among them, and no comma unless
    the clause speaks of the plan)."""
    m = _target_words(lexicon).fullmatch(lower, lo, hi)
    if m is not None:
        return m
    paren = lower.rfind("(", lo, hi)
    if paren <= lo or any(ch.isdigit() or ch in ";()" for ch in lower[lo:paren]):
        return None
    if "," in lower[lo:paren] and plan_word(lexicon).search(lower, lo, paren) is None:
        return None  # (", vượt kế hoạch đề ra (Kế hoạch đề ra là 7,6%)": a clause on the plan may stand between)
    return _target_words(lexicon).fullmatch(lower, paren, hi)


def _upper_bound_of(low: Draft, d: Draft, lower: str) -> bool:
    """`d` is the upper bound of the range whose lower bound is `low`: "37,5-38%", "2.200-3.000 ha"."""
    return low.anchor.range_low and lower[low.anchor.end : d.anchor.start].strip() in ("-", "–")


def _plan_as(d: Draft, low: Draft, percent: bool) -> None:
    """Make `d` a plan figure as `low` was made one: the same plan's words, and a change if `low` became one."""
    d.target = low.target
    d.rules.append(TARGET_RULE)
    if low.value is None and low.comparisons and percent:
        _as_planned_change(d, low.comparisons[0])


def _as_planned_change(d: Draft, change: Candidate) -> None:
    """Make the percent `d` the change planned, of the kind, sign and base of `change`: a fact with no level."""
    planned = replace(d.anchor, kind="comparison", comp_type=change.comp_type, comp_base=change.comp_base)
    planned.value = _signed_as(change, d.anchor.value)
    planned.rules = [*d.anchor.rules, "comparison:target"]
    d.value, d.unit, d.comparisons = None, None, [planned]


def _same_unit(d: Draft, other: Draft) -> bool:
    return bool(d.unit) and base_unit(d.unit) == base_unit(other.unit)


def _same_measure(d: Draft, other: Draft) -> bool:
    """The same unit, or the same but for what it is per: "38 triệu đồng (kế hoạch là 35 triệu đồng/người)"."""
    return bool(d.unit) and base_unit(d.unit).split("/")[0] == base_unit(other.unit).split("/")[0]


def _level(
    c: Candidate,
    current: Draft | None,
    pending_from: Candidate | None,
    drafts: list[Draft],
    lower: str,
    lexicon: Lexicon,
) -> Draft | None:
    """Start a fact at level `c`; return the fact later comparisons may join."""
    owner = _owner_of_last_change(current, drafts, c, lower, lexicon) if c.unit == "%" else None
    if current is not None and owner is not None:
        # "tăng khoảng 1 triệu người, tương đương xấp xỉ 1% so với năm 2024": that change as a rate (of the figure
        # the change went to: "136 người; so với cùng kỳ giảm 11 vụ (tương đương 4,5%)" is the 230 vụ's)
        change = owner.comparisons[-1]
        rate = replace(
            c, kind="comparison", comp_type="change_pct", comp_base=c.comp_base or change.comp_base, unit=None
        )
        rate.value = _signed_as(change, c.value)
        rate.rules = [*c.rules, "comparison:rate-of-change"]
        owner.comparisons.append(rate)
        if owner is current:
            current.last_end = c.end
        return current
    if current is not None and current.value is None and is_equivalent(lower[current.last_end : c.start], lexicon):
        # "tăng 10,43% so với cùng kỳ, tương đương hơn 3 tỷ USD": the change is this level's
        current.anchor, current.value, current.unit, current.total = c, c.value, c.unit, c.total
        current.last_end = c.end
        current.rules.append("equivalent")
        return current
    base = _level_at_base(current, c, lower, lexicon) if current is not None and c.aside else None
    if base is None and current is not None and not c.aside:
        base = _level_compared_with(current, c, lower, lexicon)
    if current is not None and base is not None:
        # "1,93 con/phụ nữ, tăng nhẹ so với năm 2024 (1,91 con/phụ nữ)": the level at the base the words compare with
        current.comparisons.append(
            replace(c, kind="comparison", comp_type="previous", comp_base=base, rules=[*c.rules, "comparison:at-base"])
        )
        current.last_end = c.end
        return current
    if current is not None and _restated_in_words(current, c, lower, lexicon):
        # "xuống giống 55.940 ha, giảm 7,8% hay 4.737 ha so với cùng kỳ": the percent change again, in the unit
        last = current.comparisons[-1]
        current.comparisons.append(
            replace(
                c,
                kind="comparison",
                value=_signed_as(last, c.value),
                comp_type="change_abs",
                comp_base=last.comp_base,
                comp_unit=c.unit,
                rules=[*c.rules, "comparison:restated-in-words"],
            )
        )
        current.last_end = c.end
        return current
    restated = c.aside or _inside_aside(lower, c.start)  # "(tăng 7,7% tương đương 1,6 triệu đồng)"
    # (not a count out of a whole in another unit: "13.653 tỷ đồng, tăng 41% ... (12/17 khoản thu đạt dự toán)")
    counted = current is not None and current.unit is not None and c.total is not None and c.unit != current.unit
    if restated and not counted and current is not None and _restates_change(current, c, lower):
        return current
    sign = _sign_before(lower, c.start) if c.aside else 0.0
    if sign:
        # "giảm nhiều như Nam Trực (-182 ha), Giao Thủy (-117 ha)": a signed figure alone in parentheses after
        # its subject is that subject's change, in its unit
        # (or the comma opening the clause: "2.350 tỷ đồng, +12,5% so với cùng kỳ")
        lo = max(0, c.start - _SIGN_REACH)
        paren = max(lower.rfind(mark, lo, c.start) for mark in "(,;")
        # ("đồ dùng gia đình (+0,17%)": a signed percent is the subject's change in percent)
        percent = c.unit == "%"
        kind, unit = ("change_pct", None) if percent else ("change_abs", c.unit)
        change = replace(c, kind="comparison", comp_type=kind, comp_unit=unit, unit=None, aside=False)
        change.cue_start = paren  # named by the words before the parenthesis
        change.value, change.rules = sign * c.value, [*c.rules, "comparison:signed-aside"]
        if current is not None and _right_after_level(current, c, paren, lower, lexicon, percent):
            # "diện tích sản xuất giống là 905 ha (+251 ha)": the level's own change, in its unit
            change.comp_unit = None
            current.comparisons.append(change)
            current.last_end = c.end
            return current
        return _bare_comparison(change, drafts)
    draft = Draft(c, c.value, c.unit, c.total, last_end=c.end, name_end=c.start, rules=list(c.rules))
    # "90,04 triệu đồng (...), tương đương 3.602 USD, tăng 12,09%": the same figure in another currency; the
    # changes after it are the first figure's (moved there once the sentence is read: `_restated_changes`)
    draft.restates = _restated_figure(drafts, c, lower, lexicon) if current is not None else None
    if pending_from is not None and pending_from.end == c.start:
        draft.comparisons.append(pending_from)
        draft.name_end = pending_from.cue_start
        draft.rules.append("comparison:from-to")
    drafts.append(draft)
    if c.share and _share_alone(current, c, lower):
        return draft  # "khu vực I chiếm 17,36%, giảm 1,19 điểm phần trăm": no figure before it to keep them
    if c.share and _named_rate_before_aside(c, lower, lexicon):
        return draft  # "23.100 hộ nghèo, chiếm tỷ lệ 5,01% (giảm so với năm 2018 là 2,28%)": the rate's change
    if c.share or c.aside:
        return current  # a share or an aside takes no comparison; the figure before it keeps them
    return draft


_PAREN_REACH = 60  # characters before a share where an unclosed "(" is looked for


def _share_alone(current: Draft | None, c: Candidate, lower: str) -> bool:
    """A share with no figure of its own clause before it (none, another share, or one across a ";"),
    not written in parentheses ("thị trường châu Âu (chiếm 6,3%) tăng 70,9%": the change is the market's)."""
    lo = max(0, c.start - _PAREN_REACH)  # a window: a look-up per figure must not scan the whole text
    if lower.rfind("(", lo, c.start) > lower.rfind(")", lo, c.start):
        return False
    return current is None or current.anchor.share or ";" in lower[current.last_end : c.start]


def _named_rate_before_aside(c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """A share written as a rate ("chiếm tỷ lệ 5,01%") with a parenthesis right after it."""
    if _PAREN_NEXT.match(lower, c.end) is None:
        return False
    return rate_word_ending(lower, 0, c.start, lexicon) is not None


_PAREN_NEXT = re.compile(r" *\(")


def _range_changes_of_range(drafts: list[Draft]) -> None:
    """ "đạt từ 80,4 triệu đồng đến 80,8 triệu đồng, tăng từ 10,20% đến 10,71%": a range of changes right after a
    range of levels goes to them bound by bound (the lower change had joined the upper level, the upper change
    stood alone)."""
    i = 0
    while i + 2 < len(drafts):
        low, high, bare = drafts[i], drafts[i + 1], drafts[i + 2]
        if _ranged_levels(low, high) and high.comparisons and high.comparisons[-1].range_low and _bare_change(bare):
            low.comparisons.append(high.comparisons.pop())
            high.comparisons.extend(bare.comparisons)
            low.rules.append("comparison:range-of-range")
            del drafts[i + 2]
        i += 1


def _range_shares_comparisons(drafts: list[Draft]) -> None:
    """ "đạt 1.100 - 1.350 xe/ngày, tăng trên 100% so với năm 2022": comparisons after a range of levels, none itself
    a range, are of both its ends (one predicate of two levels, as of coordinated ones); they had joined the upper."""
    for low, high in itertools.pairwise(drafts):
        if not _ranged_levels(low, high) or not high.comparisons or any(c.range_low for c in high.comparisons):
            continue
        if high.comparisons[0].start < high.anchor.end:
            continue  # (a change written before the range is the upper end's own reading)
        low.comparisons = [replace(c, rules=[*c.rules, "comparison:range-shared"]) for c in high.comparisons]


def _ranged_levels(low: Draft, high: Draft) -> bool:
    return low.anchor.range_low and low.value is not None and high.value is not None and not low.comparisons


def _restated_changes(drafts: list[Draft]) -> None:
    """A figure restated in another unit keeps the comparisons written after the restatement."""
    for d in drafts:
        if d.restates is not None and d.comparisons:
            d.restates.comparisons.extend(d.comparisons)
            d.restates.rules.append("comparison:after-restatement")
            d.comparisons = []


def _restated_figure(drafts: list[Draft], c: Candidate, lower: str, lexicon: Lexicon) -> Draft | None:
    """The figure `c` restates in another unit of the same measure (another currency), joined to it by "tương
    đương" alone, asides left out ("90,04 triệu đồng (kế hoạch 88,84 triệu đồng), tương đương 3.602 USD")."""
    if c.aside or not c.unit or not drafts:
        return None
    measure = measure_of(_measure_root(c.unit), lexicon)  # "USD/người/năm": money, per head and year
    if measure is None:
        return None
    for d in reversed(drafts[-_RESTATED_REACH:]):
        if d.value is None or not d.unit or _measure_root(d.unit) == _measure_root(c.unit):
            continue
        gap = ASIDE.sub("", lower[d.last_end : c.start])
        if measure_of(_measure_root(d.unit), lexicon) == measure and is_equivalent(gap, lexicon):
            return d
    return None


_RESTATED_REACH = 2  # figures before a restatement where the one restated is looked for (the figure, its aside)


def _shares_in_turn(drafts: list[Draft]) -> bool:
    """The fact before is a share of a base with no level of its own ("giải ngân đạt 93,57% kế hoạch")."""
    if not drafts or drafts[-1].value is not None or not drafts[-1].comparisons:
        return False
    last = drafts[-1].comparisons[-1]
    return last.comp_type == "pct_of" and (last.comp_base is not None or "comparison:in-turn" in last.rules)


def _listed_change(current: Draft | None, c: Candidate, text: str, lower: str, lexicon: Lexicon) -> bool:
    """ "tăng 4,7% và 5,17%": a bare percent joined by "và" right after a percent change is a change too;
    so is one after a place, in a list of places ("Quảng Ngãi tăng 11,51%, Hải Phòng 11,2%")."""
    if current is None or not current.comparisons or c.unit != "%" or c.share or c.aside:
        return False
    if current.comparisons[-1].comp_type != "change_pct" or current.last_end > c.start:
        return False
    gap = _qualifiers_after(lexicon).sub("", lower[current.last_end : c.start]).strip()  # "và gần 16%"
    if gap.startswith((",", ";")):  # "tăng lần lượt 2,1%, 3,4% và 5,6%"
        gap = gap[1:].strip()
        if not gap:
            return True
        if is_place_name(text[current.last_end : c.start].strip(" ,;")):
            return True
        if current.value is None and _listed_item(gap.rstrip(" :"), lexicon):
            return True
    return _coordinator(lexicon).fullmatch(gap) is not None


def _listed_share(current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """ "đạt 101,3% KH và 97,4% so CK": the base (and its end) of a bare percent joined by a coordinator or a comma
    right after a share with a stated base, when a base of its own follows it; else None."""
    if current is None or not current.comparisons or c.unit != "%" or c.share or c.aside:
        return None
    model = current.comparisons[-1]
    if model.comp_type != "pct_of" or model.comp_base in (None, "other") or current.last_end > c.start:
        return None
    gap = _qualifiers_after(lexicon).sub("", lower[current.last_end : c.start]).strip()
    if gap != "," and _coordinator(lexicon).fullmatch(gap.lstrip(", ")) is None:
        return None  # most percents: words of their own (a verb, a name) before them
    base = base_at(lower, c.end, len(lower), lexicon)
    return None if base is None or base[0] == "other" else base


def _listed_item(words: str, lexicon: Lexicon) -> bool:
    """ "nông nghiệp tăng 2,76%, lâm nghiệp 6,47%; ngư nghiệp: 7,42%": a few words naming another item of a list
    of changes, its verb left out (no verb of their own, no rate: "tỷ trọng 30%" is a level)."""
    parts = words.split()
    if not parts or len(parts) > _ITEM_WORDS or not all(w.isalpha() for w in parts):
        return False
    return _verb_or_rate(lexicon).search(words) is None


@functools.cache
def _verb_or_rate(lexicon: Lexicon) -> re.Pattern[str]:
    verbs = [w for key in ("verbs", "contributions") for ws in lexicon.lists("comparisons", key).values() for w in ws]
    # ("giảm 2%, còn 5,3%": the level reached; "so với ...": a base)
    others = [
        *lexicon.words("comparisons", "share_verbs"),
        *lexicon.words("comparisons", "rate_words"),
        *lexicon.words("comparisons", "to_words"),
        *lexicon.words("comparisons", "markers"),
    ]
    return re.compile(whole_words(verbs + others))


_ITEM_WORDS = 4  # words naming a list's item: "ngành công nghiệp chế biến"


def _listed_count_change(current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """A count right after a change in counted things that belongs to no level before it (a change with no level,
    or one in another unit than the level it follows, waiting to be zipped to the levels before), joined by a comma
    or "và" only: the same verb's change in that unit ("giảm 2 vụ, 3 người chết và 1 người bị thương")."""
    if current is None or not current.comparisons or current.last_end > c.start:
        return False
    last = current.comparisons[-1]
    if last.comp_type != "change_abs" or not last.comp_unit or c.share or c.aside or c.total is not None:
        return False
    first = current.comparisons[0]
    if current.value is not None and base_unit(first.comp_unit or "") == base_unit(current.unit or ""):
        return False  # "14 vụ, giảm 2 vụ": the level's own change; a count after it is a figure of its own
    if not c.unit or c.unit == "%":
        return False
    # (the words describing the count before may stand in the gap: "3 người chết và 1 người bị thương")
    words, _, joint = lower[current.last_end : c.start].strip().rpartition(" ")
    joined = not words or joint == "," or joint in lexicon.words("indicators", "coordinators")
    gap = joint if joined else words + " " + joint
    if words and _verb_or_rate(lexicon).search(words):
        return False
    described = words.rstrip(",").split()
    if len(described) > _ITEM_WORDS or not all(w.isalpha() for w in described):
        return False
    return gap.rstrip(",") == "" or gap == "," or _coordinator(lexicon).fullmatch(gap.lstrip(", ")) is not None


def _as_listed_change(
    current: Draft | None,
    c: Candidate,
    drafts: list[Draft],
    lower: str,
    lexicon: Lexicon,
    paired: bool = False,
    named: bool = False,
) -> Draft:
    """A fact of its own with no level: the same kind of change, of the same subject, in another period,
    against the base written after it ("và gần 16% so với cùng kỳ năm 2010"), else the same base. (`named`: a
    place stands before it, "Lâm Đồng tăng 12,7%, Bình Định 12,4%": another place's change, never the second of
    a pair.)"""
    model = current.comparisons[-1] if current is not None else None
    c.kind, c.cue_start, c.unit = "comparison", c.start, None
    c.comp_type = model.comp_type if model is not None else "change_pct"
    c.comp_base = model.comp_base if model is not None else None
    if model is not None and model.value < 0 < c.value:
        c.value = -c.value  # "giảm lần lượt là 2,6% và 12,8%": the verb left out of the second is the first's
    base = base_at(lower, c.end, len(lower), lexicon)
    if base is not None:
        c.comp_base, c.end = base
        if current is not None and model is not None and model.comp_base not in (None, c.comp_base):
            # "tăng gần 3% so với tháng 5/2011 và gần 16% so với cùng kỳ năm 2010": the same figure
            # against another base
            c.rules.append("comparison:listed-base")
            current.comparisons.append(c)
            current.last_end = c.end
            return current
    pair = (
        current is not None
        and not named
        and ((paired and len(current.comparisons) == 1) or _paired_bases(drafts, current))
    )
    if current is not None and model is not None and model.comp_base is None and pair:
        # "tăng 1,9% so với tháng trước và tăng 11,4% so với cùng kỳ, trong đó: ... 48,7 nghìn tỷ đồng, tăng 2,3%
        # và 9,6%": the figure's change against each base of the pair the sentence states (`_parallel_bases`)
        c.rules.append("comparison:listed-pair")
        current.comparisons.append(c)
        current.last_end = c.end
        return current
    c.rules.append("comparison:listed")
    draft = Draft(c, None, None, None, [c], last_end=c.end, name_end=c.start, rules=list(c.rules))
    drafts.append(draft)
    return draft


def _paired_bases(drafts: list[Draft], current: Draft) -> bool:
    """An earlier figure of the sentence has two changes against two stated bases, and `current` one change
    with none: a bare percent after it is its change against the second base."""
    if len(current.comparisons) != 1:
        return False
    for d in drafts[-_PAIR_REACH:]:  # the figures just before: a long sentence stays linear
        if d is current:
            return False
        bases = [x.comp_base for x in d.comparisons if x.comp_type in _CHANGES]
        if len(bases) == 2 and None not in bases and bases[0] != bases[1]:
            return True
    return False


_PAIR_REACH = 12  # figures back where the pair of bases may be stated


def _restates_change(current: Draft, c: Candidate, lower: str) -> bool:
    """ "giảm 461 ha (-0,36%)", "giảm 1,2% (-560 ha)": a figure in parentheses right after a change restates
    it, in percent after an absolute change, in the figure's unit after a percent one. Attach it as that
    change and say so."""
    gap = lower[current.last_end : c.start]
    if not current.comparisons or (_restating_gap(gap) and not _equivalent_in_aside(gap, lower, c.start)):
        return False
    last = current.comparisons[-1]
    if (last.comp_type, c.unit == "%") not in (("change_abs", True), ("change_pct", False)):
        return False
    percent = c.unit == "%"
    signed = gap.strip(" (") != "" and not _equivalent_in_aside(gap, lower, c.start)
    if last.comp_base is None and c.comp_base is not None:
        last.comp_base = c.comp_base  # "tăng 1.234 tỷ đồng (+11,1%) so với cuối năm 2015": the base after both
    if c.total is not None and current.value is not None and math.isclose(c.value, current.value):
        c = replace(c, value=c.total, total=None)  # "(186,6/191,6 tỷ đồng)": the figure, then its level at the base
    if not percent and not signed and _is_base_level(current, last, c):
        # "1.986 tỉ đồng, tăng 113% so với cùng kỳ năm trước (921 tỉ đồng)": the level at the base
        current.comparisons.append(
            replace(
                c,
                kind="comparison",
                comp_type="previous",
                comp_base=last.comp_base,
                rules=[*c.rules, "comparison:aside"],
            )
        )
        current.last_end = c.end
        return True
    current.comparisons.append(
        replace(
            c,
            kind="comparison",
            value=_signed_as(last, c.value),
            comp_type="change_pct" if percent else "change_abs",
            comp_base=last.comp_base,
            comp_unit=c.comp_unit if percent else c.unit,
            rules=[*c.rules, "comparison:aside"],
        )
    )
    current.last_end = c.end
    return True


def _restating_gap(gap: str) -> bool:
    """Words other than the words describing a change's counted noun ("giảm 107 người chết (-16,09%)") between a
    change and the aside restating it: True when the aside restates nothing."""
    head, paren, tail = gap.rpartition("(")
    if not paren:
        return bool(gap.strip(" -+"))
    words = head.split()
    return bool(tail.strip(" -+")) or len(words) > _DESCRIBING_WORDS or not all(w.isalpha() for w in words)


_DESCRIBING_WORDS = 3  # words after a change's counted noun that may still describe it ("người bị thương")


def _equivalent_in_aside(gap: str, lower: str, pos: int) -> bool:
    """ "(tăng 7,7% tương đương 1,6 triệu đồng)": in an aside, "tương đương" joins a change to its restatement."""
    return _inside_aside(lower, pos) and bool(gap.strip()) and is_equivalent(gap)


def _level_compared_with(current: Draft, c: Candidate, lower: str, lexicon: Lexicon) -> str | None:
    """ "chiếm 11,1%, giảm so với tỷ trọng 19,7% cuối năm trước", "58,2 tạ/ha, tăng so với mức 56,1 tạ/ha của cùng
    kỳ năm trước": a figure in the level's unit, after a marker and a word naming a level ("mức", "tỷ trọng"), with a
    base in time right after it, is the level at that base (a `previous`), no figure of its own."""
    if current.value is None or current.comparisons or not c.unit or c.unit != current.unit or c.total is not None:
        return None
    if _compared_level(lexicon).fullmatch(lower, current.last_end, c.start) is None:
        return None
    after = base_at(lower, c.end, min(len(lower), c.end + _BASE_AFTER_REACH), lexicon)
    return after[0] if after is not None and after[0] in TIME_BASES else None


_BASE_AFTER_REACH = 40  # characters after a compared level where its base is looked for
_LEVEL_WORDS = 8  # words that may go on describing the level before the one compared with ("tổng dư nợ cho vay VND")


@functools.cache
def _compared_level(lexicon: Lexicon) -> re.Pattern[str]:
    """What stands between a level and the level it is compared with: ", giảm so với tỷ trọng ", " so với mức " (a few
    words describing the level may come first)."""
    verbs = lexicon.lists("comparisons", "verbs")
    change = alt(verbs["increase"] + verbs["decrease"])
    qual = alt(lexicon.words("comparisons", "qualifiers"))
    markers = alt(lexicon.words("periods", "base_markers"))
    return re.compile(
        rf"(?:[ ]+[^\W\d_]+){{0,{_LEVEL_WORDS}}}?[\s,]*(?:{change}\s+)?{markers}\s+"
        rf"{alt(lexicon.words('comparisons', 'previous_levels'))}(?:\s+{qual})*\s*"
    )


def _level_at_base(current: Draft, c: Candidate, lower: str, lexicon: Lexicon) -> str | None:
    """The base a figure in parentheses, in the unit of the level before it, is the level at: the base stated, with
    no figure, right before the parenthesis ("tăng nhẹ so với năm 2024 ("), or inside it before the figure
    ("(cùng kỳ ")."""
    if current.value is None or not c.unit or not current.unit or base_unit(c.unit) != base_unit(current.unit):
        return None
    paren = lower.rfind("(", current.last_end, c.start)
    if paren < 0:
        return None
    if lower[paren + 1 : c.start].strip():
        # "chiếm 38% (cùng kỳ 40,8%)": the base written inside the parenthesis, right before the figure
        # (a plan's figure, "(KH 4.000 lao động)", is a target of its own)
        inside = base_at(lower, paren + 1, c.start, lexicon)
        if inside is None or inside[0] not in TIME_BASES or lower[inside[1] : c.start].strip(" :"):
            return None
        return inside[0]
    bases = stated_bases(lower, current.last_end, paren, lexicon)
    if not bases or lower[bases[-1][2] : paren].strip():
        return None
    return bases[-1][0]


def _restated_in_words(current: Draft, c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """A level in the unit of the figure before it, right after that figure's percent change and a word saying
    "that is" ("hay", "tương đương"), smaller than the figure: the change in the figure's unit."""
    if current.value is None or not current.comparisons or current.comparisons[-1].comp_type != "change_pct":
        return False
    if not c.unit or c.unit == "%" or base_unit(c.unit) != base_unit(current.unit):
        return False
    if c.value * split_magnitude(c.unit)[0] >= current.value * split_magnitude(current.unit or "")[0]:
        return False  # "55.940 ha ... hay 4.737 ha": the change is smaller than the level
    gap = lower[current.last_end : c.start].strip(" ,-")  # "tăng 4,48% so với năm 2019 - tương đương 50.454 người"
    return _restating_word(lexicon).fullmatch(gap) is not None


@functools.cache
def _restating_word(lexicon: Lexicon) -> re.Pattern[str]:
    words = lexicon.words("comparisons", "restating_words") + lexicon.words("comparisons", "equivalents")
    return re.compile(rf"{alt(words)}(?:\s+{alt(lexicon.words('comparisons', 'qualifiers'))})*")


def _signed_as(change: Candidate, value: float) -> float:
    """`value` with the sign of `change`: a restatement of a decrease is a decrease."""
    return -value if change.value < 0 else value


def _is_base_level(current: Draft, last: Candidate, c: Candidate) -> bool:
    """A figure in the level's unit after a percent change is nearer the level at the base than the
    change itself: the arithmetic tells which of the two the text gave. A doubling ("gấp 2 lần cùng kỳ năm trước
    (146 triệu USD)") leaves the two equal: the figure written after the base's words is then the level at it."""
    if current.value is None or current.unit != c.unit or last.value <= -100:
        return False
    base = current.value / (1 + last.value / 100)
    return abs(c.value - base) <= abs(c.value - abs(current.value - base))


def _takes_share(current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """ "bằng 96,5%" with no base compares the figure just before it, if there is one not in percent."""
    if current is None or current.value is None or current.unit == "%":
        return False
    return _joins(current, c, lower, lexicon)


def _joins(current: Draft, c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """Nothing but connectors between them, or words closed by a comma, "và" or "("."""
    return _joins_over(current, c, lower, lexicon, _content_words(lower, current.last_end, c.cue_start, lexicon))


@functools.cache
def _share_as_rate(lexicon: Lexicon) -> re.Pattern[str]:
    """ ", đạt tỷ lệ": a share's verb and the rate's word, nothing else."""
    verbs = alt(lexicon.lists("comparisons", "verbs")["share"])
    return re.compile(rf"[\s,]*{verbs}\s+{alt(lexicon.words('comparisons', 'rate_words'))}\s*")


@functools.cache
def _rate_word_in_aside(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"^[\s,]*\(\s*{alt(lexicon.words('comparisons', 'rate_words'))}\s*$")


def _owner_of_last_change(
    current: Draft | None, drafts: list[Draft], c: Candidate, lower: str, lexicon: Lexicon
) -> Draft | None:
    """The figure whose change in its own unit stands right before the percent `c`, joined by "tương đương": the
    current one, or one a change went to across a list ("so với cùng kỳ giảm 11 vụ (tương đương 4,5%)")."""
    if current is None or c.total is not None:
        return None
    for d in [current, *reversed(drafts[-_OWNER_REACH:])]:
        change = d.comparisons[-1] if d.comparisons else None
        if change is None or change.comp_type != "change_abs" or change.end > c.start:
            continue
        gap = _DESCRIBED_ASIDE.sub("(", lower[change.end : c.start], count=1)  # "giảm 26 người bị thương (tương đương"
        if _EQUIVALENT_ONLY.search(gap) is None and is_equivalent(gap, lexicon):
            return d
    return None


_OWNER_REACH = 8  # figures back where the change a rate restates is looked for (a list's figures)
_DESCRIBED_ASIDE = re.compile(r"^(?:[ ]+[^\W\d_]+){1,3}[ ]*\(")  # a change's describing words, then its aside
_EQUIVALENT_ONLY = re.compile(r"[;:)]")  # the joiner alone, no clause or aside closed between


def _joins_over(current: Draft, c: Candidate, lower: str, lexicon: Lexicon, words: list[str]) -> bool:
    """`_joins`, given the content `words` between them (read once by a caller that needs them too)."""
    if current.value is None and (_other_unit(current, c, lexicon) or _other_description(current, c, lower)):
        # "giảm 98 vụ (-6,89%), giảm 107 người chết (-16,09%), tăng 37 người bị thương": a change in another unit,
        # or in the same one described otherwise, is another subject's
        return False
    gap = lower[current.last_end : c.cue_start].rstrip()
    if not words:
        # "tăng cả 3 tiêu chí: Tăng 233 vụ (+17,35%); ...": after a colon, a change in another unit opens a list of
        # other subjects' changes
        return ":" not in gap or not _other_unit(current, c, lexicon)
    if _other_unit(current, c, lexicon):
        return False
    if _rate_word_in_aside(lexicon).search(gap):
        return True  # "tăng 5 vụ (tỷ lệ tăng 9,4%)": the change restated as a rate
    if c.comp_type == "pct_of" and c.comp_base == "plan" and _share_as_rate(lexicon).fullmatch(gap):
        return True  # "58.486 tỷ đồng, đạt tỷ lệ 83% dự toán": the figure's share of its plan, called a rate
    if parts_pattern(lexicon).search(ASIDE.sub("", gap)):
        # "..., trong đó ngành khai khoáng sụt giảm mạnh, bằng 90%": a part's own comparison ("(bao gồm cả lúa vụ
        # Mùa)" is an aside, not a list of parts)
        return False
    if gap.endswith("("):
        # "1.040 tỷ đồng (giá so sánh năm 1994) (tăng 5%)" joins; "bia (giảm 6,12%) và tinh bột mì (giảm 1,37%)":
        # words after a coordinator name a subject of their own
        after_change = bool(current.comparisons) and current.last_end == current.comparisons[-1].end
        return not _new_subject_before_paren(gap, lexicon, after_change)
    if is_equivalent(gap, lexicon):
        return True  # "8.510 ha, giảm 15,07% (tương ứng giảm 1.510 ha)": the same change restated
    if ";" in gap and (_fared_after_semicolon(gap, lexicon) or _subject_clause_after_semicolon(gap, lexicon)):
        # "nhóm giao thông tăng 7,04%; nhóm giáo dục tăng mạnh, tăng 5,2%": after a semicolon, a subject and how
        # it fared: the change is that subject's
        return False
    if _fared_with_growth(lexicon).search(gap):
        return True  # "1.518 nghìn tỷ đồng, ... và tăng khá với mức tăng 12,7%": how it fared, then its growth
    if c.comp_type == "change_pct" and _growth_noun_alone(lexicon).fullmatch(gap):
        return True  # "đạt 18.537 tỷ đồng, tốc độ tăng trưởng đạt 6,76%": the growth, with no subject of its own
    # "644.000 tấn- tăng hơn 2%", "23.887 tỷ đồng (giá 2010)- tăng 4,98%": a dash joins as a comma does
    return gap.endswith((",", "-", "–")) or _ends_with_coordinator(gap, lexicon)


@functools.cache
def _growth_noun_alone(lexicon: Lexicon) -> re.Pattern[str]:
    """A clause of nothing but the noun of a growth after a comma: ", tốc độ tăng trưởng"; ", mức" when its verb
    ("mức tăng 9,1%") was read as the change's."""
    return re.compile(rf",\s*{alt(sorted(set(lexicon.words('comparisons', 'growth_words')) | _growth_nouns(lexicon)))}")


@functools.cache
def _growth_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of the growth words ("tốc độ tăng" -> "tốc độ", "mức tăng" -> "mức")."""
    return frozenset(g.rsplit(" ", 1)[0] for g in lexicon.words("comparisons", "growth_words") if " " in g)


@functools.cache
def _fared_with_growth(lexicon: Lexicon) -> re.Pattern[str]:
    """A clause of nothing but how the figure's subject fared and the noun of its growth: ", tăng khá với mức"."""
    w = lexicon.words
    nouns = sorted(_growth_nouns(lexicon))
    return re.compile(
        rf"(?:[,;]|\s{alt(w('indicators', 'coordinators'))})\s*{word_alt(w('indicators', 'manner_predicates'))}"
        rf"(?:\s+{alt(w('indicators', 'head_intros'))}\s+{alt(nouns)})?\s*$"
    )


def _fared_after_semicolon(gap: str, lexicon: Lexicon) -> bool:
    """The gap ends, after its last semicolon, with words and how their subject fared ("tăng mạnh", "giảm nhiều
    nhất") before a comma."""
    clause = gap[gap.rfind(";") + 1 :].rstrip()
    if not clause.endswith(","):
        return False
    clause = clause[:-1].rstrip()[-_FARED_REACH:]  # a predicate is a few words: a bounded, anchored search
    m = _fared_end(lexicon).search(clause)
    return m is not None and any(ch.isalpha() for ch in clause[: m.start()])


def _subject_clause_after_semicolon(gap: str, lexicon: Lexicon) -> bool:
    """The gap ends, after its last semicolon, with a clause of its own before a comma: more words than a
    subject's qualifier, no number, no base ("; khối lượng hàng hóa vận chuyển giữ mức ổn định hơn, giảm 1,1%",
    "; khu vực công nghiệp và xây dựng, tăng 2,78%"): the change after it is that clause's subject's. (A fronted
    base, "; so với cùng kỳ năm trước, tăng 5%", or period, "; tính chung 9 tháng, tăng 5%", names none.)"""
    clause = gap[gap.rfind(";") + 1 :].rstrip()
    if not clause.endswith(",") or any(ch.isdigit() for ch in clause):
        return False
    words = _WORD.findall(clause)
    if _base_marker_words(lexicon).intersection(words):
        return False
    stop = _connectors(lexicon)
    return sum(w not in stop for w in words) > _SEMICOLON_SUBJECT_WORDS


@functools.cache
def _base_marker_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w for phrase in lexicon.words("periods", "base_markers") for w in phrase.split())


_FARED_REACH = 40  # characters before the comma where how a subject fared is looked for


@functools.cache
def _fared_end(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"{word_alt(lexicon.words('indicators', 'manner_predicates'))}$")


def _new_subject_before_paren(gap: str, lexicon: Lexicon, after_change: bool = False) -> bool:
    """Words right before the "(" that ends the gap, after a coordinator ("... và tinh bột mì ("), after an
    aside closed and a comma ("bia (giảm 6,12%), tinh bột mì ("), or after a comma or a semicolon that ends
    a change (`after_change`: "văn hóa tăng 0,05%; giáo dục ("). (Words right after a closed aside may still
    describe the figure: "xã (chiếm 70,2%) đạt chuẩn nông thôn mới (tăng".)"""
    head = gap[:-1]
    cut = max(head.rfind(")"), head.rfind(","), head.rfind(";"), head.rfind(":"))
    words = _WORD.findall(head[cut + 1 :])
    if words and cut >= 0 and head[cut] == ":":
        # "(có 23/27 sản phẩm) tăng, cụ thể như: túi xách (tăng 38,3%)": a list's first item after its colon
        return True
    for i, w in enumerate(words):
        if _coordinator(lexicon).fullmatch(w):
            return bool(words[i + 1 :])
    if after_change and _aspect_named(head[cut + 1 :], lexicon):
        # "giảm về số vụ (giảm 9 vụ) ... nhưng tăng về số người chết (tăng 10 người": after a change, a change's
        # verb and the aspect it is of name the aside's subject
        return True
    if not words or cut < 0 or head[cut] not in ",;":
        return False
    if head[cut] == ";" and len(words) > _SEMICOLON_SUBJECT_WORDS:
        # "thu ngân sách hơn 24.000 tỷ đồng; giải ngân vốn đầu tư công đạt kết quả rất cao (": a clause of its own
        return True
    return after_change or head[:cut].rstrip().endswith(")")


_SEMICOLON_SUBJECT_WORDS = 3  # words after a semicolon that make a clause of a subject of its own


@functools.cache
def _aspect_after_verb(lexicon: Lexicon) -> re.Pattern[str]:
    """A change's verb, then "về" and the words of an aspect: "tăng về số người chết"."""
    verbs = lexicon.lists("comparisons", "verbs")
    heads = alt([*verbs["increase"], *verbs["decrease"]])
    return re.compile(
        rf"(?<!\w){heads}[ ]+{alt(lexicon.words('comparisons', 'aspect_markers'))}(?:[ ]+[^\W\d_]+)+[ ]*$"
    )


def _aspect_named(words: str, lexicon: Lexicon) -> bool:
    return _aspect_after_verb(lexicon).search(words) is not None


def _outside_aside(
    current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon, drafts: list[Draft]
) -> Draft | None:
    """The plain level right before a parenthesis that `current`, a level, opens and that closes before `c` with
    nothing but connectors after it; else None."""
    if current is None or current.value is None or current.comparisons or len(drafts) < 2 or drafts[-1] is not current:
        return None
    outer = drafts[-2]
    before = lower[max(outer.last_end, current.anchor.start - _PAREN_GAP) : current.anchor.start]
    if outer.value is None or outer.comparisons or not before.rstrip().endswith("("):
        return None
    gap = lower[current.last_end : c.cue_start]
    close = gap.find(")")
    if close < 0 or "(" in gap or _content_words(lower, current.last_end + close + 1, c.cue_start, lexicon):
        return None
    paren = lower.rfind("(", outer.last_end, current.anchor.start)
    between = lower[outer.last_end : paren] if paren >= 0 else ","
    # the words describing the outer level may stand before the parenthesis ("6.392 ca sốt xuất huyết (")
    return outer if not _CLAUSE_MARKS.search(between) and len(between.split()) <= _DESCRIBING_WORDS + 3 else None


_CLAUSE_MARKS = re.compile(r"[,;:.()]")
_PAREN_GAP = 8  # characters before a figure where the parenthesis it opens is looked for


def _restated_change(drafts: list[Draft], c: Candidate, lower: str) -> Draft | None:
    """The figure whose last comparison is a change in a unit right before `c`, a percent change opening a
    parenthesis ("giảm 93 xã (giảm 1%)"); else None."""
    if c.comp_type != "change_pct":
        return None
    for d in reversed(drafts[-_RESTATED_REACH:]):
        if d.comparisons and d.comparisons[-1].comp_type == "change_abs":
            last = d.comparisons[-1]
            if last.end <= c.cue_start and lower[last.end : c.cue_start].strip() == "(":
                return d
    return None


_RESTATED_REACH = 4  # figures back where the change a parenthesis restates is looked for


def _ends_with_coordinator(gap: str, lexicon: Lexicon) -> bool:
    """ "500 tỷ đồng và tăng 5%"; not "; xi măng và gạch cùng tăng 3%", whose subjects share a change of their own."""
    last = _WORD.findall(gap[-12:])
    if not last or _coordinator(lexicon).fullmatch(last[-1]) is None:
        return False
    return last[-1] not in lexicon.words("comparisons", "joint_words") or len(_WORD.findall(gap)) == 1


def _attach(current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon, drafts: list[Draft]) -> Draft | None:
    """Attach comparison `c` to `current`, or start a fact with no level; return the current fact."""
    outer = _outside_aside(current, c, lower, lexicon, drafts)
    if outer is not None:
        # "6.392 ca sốt xuất huyết (2 ca tử vong), tăng 2,7 lần": the figure the parenthesis stands after changed
        outer.comparisons.append(c)
        outer.last_end = c.end
        outer.rules.append("comparison:after-aside")
        return outer
    aspect = _by_aspect(drafts, c, lower, lexicon)
    if aspect is not None:
        # "1.898 ngàn người, 140.847 ngàn người.km; ... giảm 6,33% về người và giảm 9,09% về người.km"
        target, c.end = aspect
        base = base_at(lower, c.end, len(lower), lexicon) if c.comp_base is None else None
        if base is not None:  # "giảm 23,8% về số vốn đăng ký so với tháng 04/2019"
            c.comp_base, c.end = base
        target.comparisons.append(c)
        target.rules.append("comparison:by-aspect")
        if target is current:
            current.last_end = c.end
        return current
    restated = _restated_change(drafts, c, lower)
    if restated is not None and restated is not current:
        # "8.978 xã, 79.899 thôn; giảm 93 xã (giảm 1%)": the percent restates the change just before it, whichever
        # figure that change went to
        restated.comparisons.append(c)
        restated.rules.append("comparison:restated")
        return current
    # (once one change of the list went by its unit, the next ones do too, no ";" needed: "; so với cùng kỳ giảm
    # 11 vụ (tương đương 4,5%), giảm 26 người bị thương ... nhưng tăng 5 người chết")
    by_unit = current is not None and bool(c.comp_unit) and ";" in lower[current.last_end : c.cue_start]
    if current is not None and c.comp_unit and not by_unit:
        by_unit = any("comparison:by-unit" in d.rules for d in drafts[-_BY_UNIT_REACH:])
    if current is not None and c.comp_unit and by_unit:
        # "15 vụ, làm chết 8 người, bị thương 12 người; so với cùng kỳ giảm 3 vụ, giảm 2 người chết":
        # a change whose unit is followed by words names the figure those words describe
        described = _described_by(drafts, c, lower, lexicon)
        if described is not None and _joins(current, c, lower, lexicon):
            described.comparisons.append(c)
            described.rules.append("comparison:by-unit")
            return current
    apart = current is not None and (";" in lower[current.last_end : c.cue_start] or current.unit == "%")
    if current is not None and apart and _other_unit(current, c, lexicon):
        # (after a rate, a comma will do: "97/108 xã, đạt tỷ lệ 90%, tăng 02 xã so với năm 2013")
        # "12 vụ, ... 6 người; so với cùng kỳ giảm 3 vụ": a change in another unit is the figure's in that unit
        same = next(
            (d for d in reversed(drafts) if d.value is not None and d.unit and not _other_unit(d, c, lexicon)), None
        )
        if same is not None and _joins(current, c, lower, lexicon):
            same.comparisons.append(c)
            same.rules.append("comparison:by-unit")
            return current
    over = _subject_over_descriptor(drafts, current, c, lower, lexicon)
    if over is not None:
        # "249 đơn vị cấp huyện thuộc 57 tỉnh, thành phố ..., tăng 36 đơn vị", "15 vụ cháy tại 6 huyện, tăng 4 vụ": a
        # change in the unit of the figure a count in another unit only describes is that figure's
        over.comparisons.append(c)
        over.rules.append("comparison:over-descriptor")
        return current
    verbed = _unit_after_fronted_base(drafts, c, lower, lexicon)
    if verbed is not None:
        # "318 vụ vi phạm pháp luật, so với cùng kỳ năm 2022 phát hiện nhiều hơn 15 vụ": a clause of a base, a
        # verb and a change in the unit of a figure before it is that figure's change
        verbed.comparisons.append(c)
        verbed.rules.append("comparison:fronted-base-verb")
        if verbed is not current:
            return current
        verbed.last_end = c.end
        return verbed
    if current is not None and _continues_after_fronted_base(current, c, lower):
        # "chỉ số giá ăn uống giảm 1,49% so với tháng trước do ...; so với tháng 12 năm trước tăng 0,52%": a change
        # led by its own base, with no subject of its own, goes on with the figure before
        current.comparisons.append(c)
        current.last_end = c.end
        current.rules.append("comparison:fronted-base")
        return current
    if current is not None and _own_unit_after_list_mark(current, c, lower):
        # "Nợ xấu ... 360 tỷ đồng, chiếm 1,46% trên tổng dư nợ; so với 31/12/2021 tăng 208 tỷ đồng": a change in
        # the figure's own unit, with no subject of its own after the semicolon, is the figure's
        current.comparisons.append(c)
        current.last_end = c.end
        current.rules.append("comparison:own-unit")
        return current
    after_range = current is not None and current.comparisons and current.comparisons[-1].range_low
    if current is not None and _subjects_growth_after_share(current, c, lower, lexicon):
        # "tiền gửi tiết kiệm chiếm 70,9% trên tổng số dư ... và tăng 0,78% so với cuối năm": the share's whole
        # written out, then a growth in percent: the subject's, a fact apart (right after a share, ", giảm 1,19%"
        # or "giảm 1,19 điểm phần trăm" is the share's)
        return _bare_comparison(c, drafts)
    if current is not None and _other_growth_in_aside(current, c, lower):
        # "tăng 16,22% so cùng kỳ năm 2017 (tăng 13,28%)", "tăng gần 14% so cùng kỳ (tăng 10,7% sau khi trừ trượt
        # giá)": a growth in parentheses after the figure's growth against a stated base is another growth (the
        # base period's own, or one measured otherwise), against the same base: a fact of its own
        c.comp_base = c.comp_base or current.comparisons[-1].comp_base
        c.rules.append("comparison:other-growth-aside")
        _bare_comparison(c, drafts)
        return current
    whole = _whole_before_parts_aside(drafts, current, c, lower, lexicon) if current is not None else None
    if whole is not None:
        # "8.038 tỷ đồng (trong đó, bán lẻ hàng hóa ước 5.093 tỷ đồng), giảm 2,41% so với tháng trước": after an
        # aside of parts, a change is the whole's
        whole.comparisons.append(c)
        whole.last_end = c.end
        whole.rules.append("comparison:after-parts")
        return whole
    if current is not None and _same_count_run_on(current, c, lower, lexicon):
        # "Triệt xóa 465 tụ điểm tệ nạn xã hội (TNXH) tăng 336 tụ điểm so cùng kỳ": with no mark between, a change
        # counted in the figure's own noun is the figure's
        current.comparisons.append(c)
        current.last_end = c.end
        current.rules.append("comparison:same-count-run-on")
        return current
    if current is not None and c.range_low and current.value is not None and not _ends_range(drafts, current):
        # "đạt 49,3 tạ/ha, tăng 0,3-0,5 tạ/ha", "giảm còn 3,18% (giảm 2,5-3,5%)": a range of changes is no change
        # a single figure had (it had one); its two ends are facts apart, as its upper end is (after a range of
        # levels, "56.000 - 61.000 tỷ đồng, tăng từ 0,25% đến 9,2%", each end has its change)
        return _bare_comparison(c, drafts)
    if current is not None and not after_range:
        words = _content_words(lower, current.last_end, c.cue_start, lexicon)
        if _joins_over(current, c, lower, lexicon, words):
            if c.comp_unit in _generic_counts(lexicon):
                c.comp_unit = None  # "tăng 37 trường hợp": in the figure's own unit
            current.comparisons.append(c)
            current.last_end = c.end
            current.attached_after_gap = current.attached_after_gap or bool(words)
            current.rules.extend(c.rules[1:])
            return current
    if "comparison:at-plan" in c.rules:
        return current  # "đạt kế hoạch" with no number is a figure's comparison, never a fact of its own
    return _bare_comparison(c, drafts)


def _ends_range(drafts: list[Draft], current: Draft) -> bool:
    """Whether `current` is the upper end of a range of levels (the draft before it its lower end)."""
    return len(drafts) > 1 and drafts[-1] is current and drafts[-2].anchor.range_low


def _subject_over_descriptor(
    drafts: list[Draft], current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon
) -> Draft | None:
    """The figure right before `current`, in the unit of the change `c` that `current` is not in, when `current`
    follows it closely with no mark of a clause between (a count describing it: "thuộc 57 tỉnh", "tại 6 huyện")
    and the change comes after `current`'s words and a comma, no other mark; else None."""
    if current is None or current.value is None or len(drafts) < 2 or drafts[-1] is not current:
        return None
    if not c.comp_unit or not _other_unit(current, c, lexicon):
        return None  # most changes: in the figure's own unit, or in percent
    subject = drafts[-2]
    if subject.value is None or not subject.unit or _other_unit(subject, c, lexicon) or subject.unit == current.unit:
        return None
    if any(x.comp_type == "change_abs" for x in subject.comparisons) or current.comparisons:
        return None
    gap = lower[subject.last_end : current.anchor.start]
    if len(gap) > _DESCRIPTOR_GAP or _CLAUSE_MARK.search(gap):
        return None
    # the words after the describing count, closed by a comma, and the change: "..., tăng 36 đơn vị"
    after = lower[current.last_end : c.cue_start].rstrip()
    if not after.endswith(",") or _CLAUSE_MARK.search(after, 0, len(after) - 1):
        return None
    return None if parts_pattern(lexicon).search(after) else subject


_DESCRIPTOR_GAP = 30  # characters between a figure and a count describing it ("đơn vị cấp huyện thuộc ")
_CLAUSE_MARK = re.compile(r"[,;:()]")  # a mark that closes the figure's words: the count after it is a subject


def _same_count_run_on(current: Draft, c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """`c` a change counted in `current`'s own noun, with nothing but words (and asides) between."""
    if current.value is None or current.comparisons or c.comp_type != "change_abs" or not c.comp_unit:
        return False
    if c.comp_unit != current.unit or c.comp_unit in _generic_counts(lexicon):
        return False
    gap = _ASIDE.sub("", lower[current.last_end : c.cue_start])
    return _RUN_ON_MARKS.search(gap) is None and not _ends_with_coordinator(gap.rstrip(), lexicon)


_RUN_ON_MARKS = re.compile(r"[,;:.()\-–\d]")


def _whole_before_parts_aside(
    drafts: list[Draft], current: Draft, c: Candidate, lower: str, lexicon: Lexicon
) -> Draft | None:
    """The figure before a closed "(trong đó, ...)" or "(KH ...)" aside holding `current`, when only a comma or "và"
    stands between the aside's end and `c`; else None."""
    gap = lower[current.last_end : c.cue_start]
    close = gap.find(")")
    if close < 0 or gap[:close].strip():
        return None
    rest = gap[close + 1 :].strip(" ,")
    if rest and not _coordinator(lexicon).fullmatch(rest):
        return None  # "), giảm 2,41%", ") và tăng 10,81%"
    opening = _unclosed_paren(lower, current.anchor.start)
    if opening < 0:
        return None
    lead = opening + 1 + _lead(lower, opening + 1)
    # "22.710 tỷ đồng, đạt 102,3% KH (KH 22.200 tỷ đồng), tăng 15,3%": the plan's level stands aside as parts do
    if not parts_pattern(lexicon).match(lower, lead) and not _plan_opening(lexicon).match(lower, lead):
        return None
    for d in reversed(drafts):
        if d.last_end <= opening and d.value is not None and not _inside_aside(lower, d.anchor.start):
            return d  # (a part in an earlier aside of parts is no whole)
    return None


def _unclosed_paren(lower: str, pos: int) -> int:
    """Where the parenthesis `pos` stands in opens, passing over those closed before it ("(trong đó nuôi tôm
    siêu thâm canh (STC) 24.050 ha; ... 3.959 ha)"); -1 when there is none within reach."""
    lo, end, depth = max(0, pos - _ASIDE_REACH), pos, 0
    while True:
        opening, closing = lower.rfind("(", lo, end), lower.rfind(")", lo, end)
        if closing > opening:
            depth, end = depth + 1, closing
        elif opening < 0 or not depth:
            return opening
        else:
            depth, end = depth - 1, opening


_ASIDE_REACH = 600  # characters before a figure where the parenthesis it stands in is looked for


@functools.cache
def _plan_opening(lexicon: Lexicon) -> re.Pattern[str]:
    """A plan's word and a figure right after it: "KH 22.200", "kế hoạch 1.260"."""
    return re.compile(rf"{plan_word(lexicon).pattern}\s*:?\s*\d")


def _inside_aside(lower: str, pos: int) -> bool:
    return lower.rfind("(", 0, pos) > lower.rfind(")", 0, pos)


def _lead(lower: str, pos: int) -> int:
    """How many spaces stand at `pos`."""
    return len(lower[pos : pos + 8]) - len(lower[pos : pos + 8].lstrip(" "))


def _share_of_fronted_base(c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """The base written before `c` stands in its clause (no label's colon between) and the words after it name
    no rate: "so với cùng kỳ, số dự án cấp mới bằng 100%", not "... so với cùng kỳ: tỷ lệ tiêm chủng đạt 98%"."""
    found = fronted_base(lower, max(0, c.cue_start - _FRONT_REACH), c.cue_start, lexicon)
    if found is None or ":" in lower[found[2] : c.cue_start]:
        return False
    return not starts_with_rate(lower[found[2] : c.cue_start].strip(" ,"), lexicon)


_FRONT_REACH = 120  # characters before a share where its fronted base is read again


def _subjects_growth_after_share(current: Draft, c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    if not current.anchor.share or current.unit != "%" or c.comp_type != "change_pct":
        return False
    if lower[current.last_end : c.cue_start].strip() in lexicon.words("comparisons", "share_growth_joiners"):
        # "dư nợ trung, dài hạn chiếm 38,5% và tăng 1,95%": joined by "và", not a comma, the growth is the subject's
        return True
    return bool(_content_words(lower, current.last_end, c.cue_start, lexicon))


def _right_after_level(
    current: Draft, c: Candidate, paren: int, lower: str, lexicon: Lexicon, percent: bool = False
) -> bool:
    """A level in `c`'s unit (any unit, for a change in percent), with no comparison yet, ends right before the
    parenthesis."""
    if current.value is None or current.comparisons or not current.unit or not c.unit:
        return False
    same = percent or base_unit(current.unit) == base_unit(c.unit)
    # ("12 vụ cháy (+3 vụ)": a word or two may go on describing the counted noun)
    described = lower[current.last_end : paren].split()
    return (
        same
        and len(described) <= _DESCRIBING_WORDS
        and all(w.isalpha() for w in described)
        and not (set(described) & _list_words(lexicon))
    )


_DESCRIBING_WORDS = 2


@functools.cache
def _list_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of the phrases that open a list ("như", "gồm"): no description of a counted noun holds them."""
    phrases = lexicon.words("indicators", "list_intros") + lexicon.words("indicators", "example_intros")
    return frozenset(w for phrase in phrases for w in phrase.split())


def _sign_before(lower: str, start: int) -> float:
    """-1.0 or 1.0 for a number written "(-182", "(+5" or ", +12,5" (a clause's), else 0.0."""
    before = lower[max(0, start - _SIGN_REACH) : start].rstrip()
    if before.endswith(("(-", "(+", ", -", ", +", "; -", "; +")) or before.endswith(("( -", "( +")):
        return -1.0 if before.endswith("-") else 1.0
    return 0.0


_SIGN_REACH = 4  # characters before a number where "(-" is looked for


def _growth_part(drafts: list[Draft], c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """A percent "đạt" after "trong đó" that follows a growth reached (its parts before it being growths too)."""
    for d in reversed(drafts):
        if d.value is not None or not d.comparisons:
            return False
        if "comparison:growth-part" in d.anchor.rules:
            continue  # an earlier part of the same list
        grown = any("comparison:growth-reached" in x.rules for x in d.comparisons)
        return grown and parts_pattern(lexicon).search(lower, d.last_end, c.cue_start) is not None
    return False


def _share_of_plan(c: Candidate, lower: str, lexicon: Lexicon) -> bool:
    """`c` ("đạt 77,5%", no base) stands in a clause that opens with a sum of money or output (`plan_subjects`)
    and holds no figure before it; a share this large is no growth ("ngành dịch vụ đạt 7,5%" is one)."""
    if c.value < _PLAN_SHARE_FLOOR or _whole_after(lexicon).match(lower, c.end):
        return False  # (a share of a whole named after it: "bằng 31% GDP")
    lo = max(lower.rfind(mark, max(0, c.cue_start - _SUBJECT_WINDOW), c.cue_start) for mark in ",;:(\n.") + 1
    words = lower[lo : c.cue_start]
    if any(ch.isdigit() for ch in words):
        return False
    return _plan_subject(lexicon).match(words.strip()) is not None


@functools.cache
def _plan_subject(lexicon: Lexicon) -> re.Pattern[str]:
    leading = alt(lexicon.words("indicators", "leading"))
    return re.compile(rf"(?:{leading}\s+)*{alt(lexicon.words('comparisons', 'plan_subjects'))}(?!\w)")


@functools.cache
def _whole_after(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[ ]*{alt(lexicon.words('comparisons', 'share_wholes'))}(?!\w)")


_PLAN_SHARE_FLOOR = 30.0  # a percent below this reached by a sum may be its growth ("GRDP đạt 9,63%")
_SUBJECT_WINDOW = 120  # characters before the verb where the clause's opening is looked for


def _base_of_list_head(current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon) -> str | None:
    """The base a list's head states with no figure right before its colon ("so với dự toán năm như:"), for a share
    `c` with none of its own among the items after it; None for a rate ("tỷ lệ ... đạt 98%" is a level) or a share
    that takes the figure before it."""
    colon = lower.rfind(":", max(0, c.cue_start - _LIST_HEAD_REACH), c.cue_start)
    if colon < 0 or "\n" in lower[colon : c.cue_start] or _takes_share(current, c, lower, lexicon):
        return None
    found = fronted_base(lower, max(0, colon - _FRONT_REACH), colon, lexicon)
    if found is None:
        return None
    between = lower[found[2] : colon].strip()  # (no starred tuple after "in": mypyc cannot compile one)
    if between and between not in lexicon.words("indicators", "list_intros"):
        return None
    clause = max(lower.rfind(mark, colon, c.cue_start) for mark in ",;:") + 1
    return None if starts_with_rate(lower[clause : c.cue_start].strip(), lexicon) else found[0]


_LIST_HEAD_REACH = 300  # characters back from an item's share where its list's colon may stand


def _bare_comparison(c: Candidate, drafts: list[Draft]) -> Draft:
    """A fact with no level, of comparison `c` alone (more may attach to it)."""
    draft = Draft(c, None, None, None, [c], last_end=c.end, name_end=c.cue_start, rules=list(c.rules))
    drafts.append(draft)
    return draft


def _share_in_period_aside(current: Draft | None, c: Candidate, lower: str, lexicon: Lexicon) -> str | None:
    """The base of the share `c` with none of its own, in an aside that opens with a period ("(cùng kỳ năm 2020
    bằng 22,8%"), right after a figure with a share of a base stated: that base; else None."""
    if current is None or c.comp_type != "pct_of":
        return None
    shares = [x.comp_base for x in current.comparisons if x.comp_type == "pct_of" and x.comp_base]
    paren = lower.rfind("(", current.last_end, c.cue_start)
    if not shares or paren < 0 or lower.find(")", paren, c.cue_start) >= 0:
        return None
    opening = base_at(lower, paren + 1, c.cue_start, lexicon)
    return shares[-1] if opening is not None and opening[0] in TIME_BASES else None


def _continues_after_fronted_base(current: Draft, c: Candidate, lower: str) -> bool:
    # ("là 2.542.357 triệu đồng; so với dự toán Trung ương giao đạt 151%; so với dự toán HĐND tỉnh giao đạt 126%":
    # a level's shares, each led by its base; two plans may each have one)
    share = c.comp_type == "pct_of" and current.value is not None
    if "base:fronted" not in c.rules or not (current.comparisons or share):
        return False
    if c.comp_type not in _CHANGES and not share:
        return False
    repeated = any(x.comp_type == c.comp_type and x.comp_base == c.comp_base for x in current.comparisons)
    if repeated and not (share and c.comp_base == "plan"):
        return False  # the figure has that comparison already: another subject
    mark = max(lower.rfind(";", current.last_end, c.cue_start), lower.rfind(",", current.last_end, c.cue_start))
    return mark >= 0 and not lower[mark + 1 : c.cue_start].strip()


_VERB_WORDS = 2  # words a clause may hold between its fronted base and its change: a verb ("phát hiện")


def _unit_after_fronted_base(drafts: list[Draft], c: Candidate, lower: str, lexicon: Lexicon) -> Draft | None:
    if "base:fronted" not in c.rules or c.comp_type != "change_abs" or not c.comp_unit:
        return None
    lo, hi = c.front
    verb = lower[hi : c.cue_start]
    words = verb.split()
    if not words or len(words) > _VERB_WORDS or any(ch.isdigit() or ch in ",;()" for ch in verb):
        return None
    if words[0] == lexicon.data["measures"]["count"] or c.comp_unit in words:
        return None  # "so với cùng kỳ số vụ giảm 3 vụ": a subject named anew, a fact of its own
    if not lower[max(0, lo - 3) : lo].rstrip().endswith((",", ";")):
        return None  # the base opens a clause of its own
    for d in reversed(drafts):
        if d.value is not None and d.unit == c.comp_unit and d.last_end <= lo:
            taken = any(x.comp_type == c.comp_type and x.comp_base == c.comp_base for x in d.comparisons)
            return None if taken else d
    return None


def _other_growth_in_aside(current: Draft, c: Candidate, lower: str) -> bool:
    if c.comp_type != "change_pct" or not current.comparisons:
        return False
    last = current.comparisons[-1]
    if last.comp_type != "change_pct" or last.comp_base is None or last.end != current.last_end:
        return False
    if c.comp_base not in (None, last.comp_base):
        return False  # "(tăng 3% so với tháng trước)": the figure against another base
    return lower[current.last_end : c.cue_start].strip() == "("


def _own_unit_after_list_mark(current: Draft, c: Candidate, lower: str) -> bool:
    if current.value is None or not c.comp_unit or c.comp_unit != current.unit:
        return False
    mark = lower.rfind(";", current.last_end, c.cue_start)
    return mark >= 0 and not lower[mark + 1 : c.cue_start].strip(" ,")


_DESCRIPTION_REACH = 30  # characters after a change's unit where the words describing it are read
_FIGURE_REACH = 40  # characters around a figure where those words are looked for
_DESCRIPTION_END = re.compile(r"[\d,;:.()]")


_BY_UNIT_REACH = 6  # figures back where a change of the same list gone by its unit is looked for


def _described_by(drafts: list[Draft], c: Candidate, lower: str, lexicon: Lexicon) -> Draft | None:
    """The one figure in the change's unit whose surrounding words hold the words written after the
    change's unit ("giảm 2 người chết" -> "làm chết 8 người"), else None."""
    hi = min(len(lower), c.end + _DESCRIPTION_REACH)
    stop = _DESCRIPTION_END.search(lower, c.end, hi)
    words = _content_words(lower, c.end, stop.start() if stop else hi, lexicon)
    if not words:
        return None
    found: list[Draft] = []
    for i, d in enumerate(drafts):
        if d.value is None or not d.unit or _other_unit(d, c, lexicon):
            continue
        lo = max(drafts[i - 1].last_end if i else 0, d.anchor.start - _FIGURE_REACH)
        up = min(drafts[i + 1].anchor.start if i + 1 < len(drafts) else len(lower), d.last_end + _FIGURE_REACH)
        around = set(_WORD.findall(lower, lo, min(up, c.cue_start)))
        if all(w in around for w in words):
            found.append(d)
    return found[0] if len(found) == 1 else None


_ASPECT_FIGURES = 8  # how many figures back a change "về" a unit may reach


@functools.cache
def _aspect_stops(lexicon: Lexicon) -> frozenset[str]:
    """Words that end an aspect's words: "và", "so", the first word of a comparison verb ("giảm 5,6% về vốn
    và tăng ...")."""
    verbs = [v for vs in lexicon.lists("comparisons", "verbs").values() for v in vs]
    single = lexicon.words("indicators", "coordinators") + lexicon.words("comparisons", "markers")
    return frozenset([w for w in single if " " not in w] + [v.split()[0] for v in verbs])


_ASPECT_END = re.compile(r"[\d,;:()]|\.(?!\w)")  # "người.km" is one unit


@functools.cache
def _aspect_marker(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[ ]*{word_alt(lexicon.words('comparisons', 'aspect_markers'))}[ ]+")


def _aspect_words(c: Candidate, lower: str, lexicon: Lexicon) -> tuple[list[str], int, int] | None:
    """The words after "về" right after a change ("tăng 12,3% về số doanh nghiệp"), up to a mark, a coordinator or a
    verb, with where they start and end; None when no "về" follows."""
    m = _aspect_marker(lexicon).match(lower, c.end)
    if m is None:
        return None
    hi = min(len(lower), m.end() + _DESCRIPTION_REACH)
    stop = _ASPECT_END.search(lower, m.end(), hi)
    hi = stop.start() if stop else hi
    words: list[str] = []
    end = m.end()
    stops = _aspect_stops(lexicon)
    for w in re.finditer(r"\S+", lower[m.end() : hi]):
        if w.group() in stops:
            break
        words.append(w.group())
        end = m.end() + w.end()
    return words, m.end(), end


def _aspects_apart(drafts: list[Draft], text: str, lower: str, lexicon: Lexicon) -> None:
    """ "mặt hàng gạo tăng 34,12% về sản lượng, tăng 51,66% về giá trị", "hoàn thành 81,6% về xuất khẩu và 81,75% về
    nhập khẩu": changes with no level, each followed by "về" and the words of a different thing it measures (not all
    of them units: "giảm 6,33% về người và 9,09% về người.km" are one figure's), are figures apart, each named by
    those words and the subject (`aspect_subject_names`)."""
    i = 0
    while i < len(drafts):
        d = drafts[i]
        i += 1
        if d.value is not None or len(d.comparisons) < 2:
            continue
        read = [_aspect_written(c, text, lower, lexicon) for c in d.comparisons]
        aspects = [aspect for aspect, _ in read]
        if not all(aspects) or len({a.lower() for a in aspects}) < len(aspects) or all(unit for _, unit in read):
            continue
        d.aspect = aspects[0]
        apart = []
        for c, aspect in zip(d.comparisons[1:], aspects[1:], strict=True):
            figure = _figure_of([c], "comparison:aspect-apart")
            figure.aspect = aspect
            apart.append(figure)
        d.comparisons = d.comparisons[:1]
        d.last_end = d.comparisons[0].end
        drafts[i:i] = apart
        i += len(apart)


def _aspect_written(c: Candidate, text: str, lower: str, lexicon: Lexicon) -> tuple[str, bool]:
    """The words after "về" right after the change, as written ("" for none), and whether they are a unit."""
    read = _aspect_words(c, lower, lexicon)
    if read is None or not read[0]:
        return "", False
    _, start, end = read
    unit = match_unit(text, lower, start, end, lexicon)
    return text[start:end], unit is not None and unit.end >= end


def _by_aspect(drafts: list[Draft], c: Candidate, lower: str, lexicon: Lexicon) -> tuple[Draft, int] | None:
    """ "giảm 6,33% về người", "tăng 12,3% về số doanh nghiệp, giảm 5,6% về vốn đăng ký": a change said
    to be "about" a unit or a noun is the change of the one figure before it in that unit or so described;
    returns that figure and where the aspect's words end, else None."""
    read = _aspect_words(c, lower, lexicon) if drafts else None
    if read is None:
        return None
    words, _, end = read
    count = lexicon.data["measures"]["count"]
    if words and words[0] == count:
        words = words[1:]  # "về số doanh nghiệp": the noun counted
    if not words:
        return None
    aspect = "".join(words).replace(".", "")
    recent = drafts[-_ASPECT_FIGURES:]  # the figures of its own clause or so: a long sentence stays linear
    figures = [d for d in recent if d.value is not None and d.unit]
    by_unit = [d for d in figures if base_unit(d.unit).replace(" ", "").replace(".", "") == aspect]
    if len(by_unit) == 1:
        return by_unit[0], end
    if by_unit:
        return None
    described = [d for d in figures if all(w in _words_around(recent, d, lower) for w in words)]
    return (described[0], end) if len(described) == 1 else None


def _words_around(drafts: list[Draft], d: Draft, lower: str) -> set[str]:
    """The words from the figure before `d` to `d`'s unit: what names it."""
    i = drafts.index(d)
    lo = max(drafts[i - 1].last_end if i else 0, d.anchor.start - _FIGURE_REACH)
    return set(_WORD.findall(lower, lo, d.anchor.unit_end or d.anchor.end))


def _other_unit(current: Draft, c: Candidate, lexicon: Lexicon) -> bool:
    """ "13 HTX giải thể, giảm 2.875 xã viên": a change in another unit is another subject (not one in a
    noun that counts anything: "119 doanh nghiệp ..., tăng 37 trường hợp")."""
    # a change with no level is in the unit of its own first change ("giảm 98 vụ (-6,89%), giảm 107 người chết")
    own = current.unit or next((x.comp_unit for x in current.comparisons if x.comp_type == "change_abs"), None)
    if c.comp_type != "change_abs" or not c.comp_unit or not own:
        return False
    if c.comp_unit in _generic_counts(lexicon):
        return False
    if _measure_root(c.comp_unit) == _measure_root(own):
        return False  # "7,1 triệu đồng/tháng, tăng 6,9%, tương ứng tăng 459.000 đồng": the same measure
    a, b = c.comp_unit.split(), own.split()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_[: len(short)] != short


def _other_description(current: Draft, c: Candidate, lower: str) -> bool:
    """Both the change with no level and `c` count in one noun, described by other words after it."""
    first = next((x for x in current.comparisons if x.comp_type == "change_abs" and x.comp_unit), None)
    if first is None or c.comp_type != "change_abs" or c.comp_unit != first.comp_unit:
        return False
    mine, its = _describing(lower, first.end), _describing(lower, c.end)
    return bool(mine) and bool(its) and mine != its


_DESCRIBING = re.compile(r"[ ]+([^\W\d_]+(?:[ ]+[^\W\d_]+){0,2})")


def _describing(lower: str, pos: int) -> str:
    m = _DESCRIBING.match(lower, pos, pos + _DESCRIBING_REACH)
    return m.group(1) if m else ""


_DESCRIBING_REACH = 30  # characters after a counted noun where the words describing it are read


def _measure_root(unit: str) -> str:
    """ "triệu đồng/tháng" -> "đồng": the unit without its magnitude and what it is per."""
    return base_unit(unit).split("/")[0]


def _zip_lists(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "417 trường, 6.047 lớp học, tăng 11 trường, giảm 116 lớp": i-th change to i-th level."""
    for i, d in enumerate(drafts):
        k = len(d.comparisons)
        if k < 2 or d.value is None or len({c.comp_type for c in d.comparisons}) != 1:
            continue
        if d.comparisons[0].comp_type not in _CHANGES or i + 1 < k:
            continue
        run = drafts[i - k + 1 : i + 1]
        if all(_plain_level(x) for x in run[:-1]) and (
            _joined(run, lower, lexicon) or _units_align(run, d.comparisons)
        ):
            comps = d.comparisons
            for level, comp in zip(run, comps, strict=True):
                level.comparisons = [comp]
                level.rules.append("zip")


_RESPECTIVE_REACH = 16  # characters before a change's verb where "lần lượt" may stand


@functools.cache
def _respectively(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("comparisons", "respectively")))


def _zip_respective(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "Tổng đàn trâu 5.200 con, đàn bò 3.100 con, đàn lợn 45.000 con, tăng lần lượt 2,1%, 3,4% và 5,6%":
    a change said to be respective, with the changes listed after it, goes in order to as many plain
    levels before it, the listed changes making no facts of their own. Anything else is left as it is."""
    i = 0
    while i < len(drafts):
        d = drafts[i]
        i += 1
        if d.value is None or not d.comparisons or not _only_changes(d):
            continue
        first = d.comparisons[0]
        if not _respectively(lexicon).search(lower, max(0, first.cue_start - _RESPECTIVE_REACH), first.start):
            continue
        j = i
        while j < len(drafts) and drafts[j].value is None and _only_changes(drafts[j]):
            j += 1
        comps = d.comparisons + [c for x in drafts[i:j] for c in x.comparisons]
        k = len(comps)
        levels = drafts[i - k : i]
        if k < 2 or i < k or not all(_plain_level(x) for x in levels[:-1]):
            continue
        for level, comp in zip(levels, comps, strict=True):
            level.comparisons = [comp]
            level.rules.append("zip:respective")
        del drafts[i:j]


def _only_changes(d: Draft) -> bool:
    return all(c.comp_type in _CHANGES for c in d.comparisons)


def _plain_level(d: Draft) -> bool:
    return d.value is not None and not d.comparisons


def _zip_counted_changes(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "cả nước có 8.978 xã, 79.899 thôn; giảm 93 xã (giảm 1%) và giảm 1.005 thôn (giảm 1,2%)": changes with no
    level and no subject of their own, each counting in the unit of the plain level in its place of as many levels
    right before them (their units not all one), are those levels' changes, and no facts of their own. (Changes
    named by their own subjects, "số vụ giảm 3 vụ, số người chết tăng 1 người", stay facts of their own.)"""
    i = 0
    while i < len(drafts):
        j = i
        while j < len(drafts) and drafts[j].value is None and _counted_change_unit(drafts[j]):
            before = drafts[j - 1].last_end if j else 0
            if _words_outside_asides(lower, before, drafts[j].comparisons[0].cue_start, lexicon):
                break
            j += 1
        k = j - i
        if k >= 2 and i >= k and _counted_in_turn(drafts[i - k : i], drafts[i:j]):
            for level, change in zip(drafts[i - k : i], drafts[i:j], strict=True):
                level.comparisons = change.comparisons
                level.rules.append("zip:counted-changes")
            del drafts[i:j]
            continue
        i = max(j, i + 1)


def _zip_by_units(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "có 417 trường, 6.047 lớp, 185.320 học sinh; so với năm học trước tăng 11 trường, giảm 116 lớp", "245 trường
    với 2.345 nhóm lớp, 56.780 trẻ; tăng 5 trường, 120 nhóm lớp và 1.250 trẻ": counts listed in units all different,
    then changes listed in those units (fewer of them, or the verb left out after the first): each change is the
    count's in its unit, wherever the list put it; counts after a change, its verb left out, are changes too."""
    i = 0
    while i < len(drafts):
        run = _count_run(drafts, i, lower, lexicon)
        if len(run) < 2:
            i += 1
            continue
        j = i + len(run)
        tail, used = _counted_tail(drafts, run, j, lower, lexicon)
        owners = _owners_by_unit(run, tail)
        if owners is None or all(c in owner.comparisons for owner, c in zip(owners, tail, strict=True)):
            i = j
            continue
        for d in run:
            d.comparisons = [c for c in d.comparisons if c not in tail]
        for owner, c in zip(owners, tail, strict=True):
            owner.comparisons.append(c)  # (its end left as it is: the names of the counts after it start there)
            owner.rules.append("zip:by-unit")
        del drafts[j : j + used]
        i = j


def _counted(d: Draft) -> bool:
    """A level counting something (no percent, no ratio)."""
    return d.value is not None and d.unit not in (None, "%") and d.total is None


def _count_run(drafts: list[Draft], i: int, lower: str, lexicon: Lexicon) -> list[Draft]:
    """Counts from drafts[i] on, in units all different, joined by commas and connectors only, each with no
    comparison but changes in counted units written after the last of them."""
    run: list[Draft] = []
    for d in itertools.islice(drafts, i, None):  # (not a slice: most runs stop at their first draft)
        if not _counted(d) or any(base_unit(d.unit or "") == base_unit(x.unit or "") for x in run):
            break
        if run and not _list_gap(lower, run[-1].anchor.unit_end, d.anchor.start, lexicon):
            break
        run.append(d)
    if not run:
        return run
    end = run[-1].anchor.unit_end
    for d in run:
        if any(c.comp_type != "change_abs" or c.cue_start < end for c in d.comparisons):
            return []
    return run


def _list_gap(lower: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Between two counts of a list: a comma or a connector, after a few words describing the first ("245 trường mầm
    non với 2.345 nhóm lớp"), no verb, no rate, no semicolon."""
    gap = lower[start:end]
    words = _content_words(lower, start, end, lexicon)
    if ";" in gap or ":" in gap or _verb_or_rate(lexicon).search(" ".join(words)):
        return False
    return len(words) <= _ITEM_WORDS


def _counted_tail(
    drafts: list[Draft], run: list[Draft], j: int, lower: str, lexicon: Lexicon
) -> tuple[list[Candidate], int]:
    """The changes after the counts of `run` (theirs, then those of the drafts from `j` on with no level), in text
    order, with counts right after a change and joined to it by a comma or a coordinator read as changes (the verb
    left out); and how many drafts from `j` they take. Empty when words other than a base stand between them."""
    tail = sorted((c for d in run for c in d.comparisons), key=lambda c: c.start)
    used = 0
    for d in drafts[j:]:
        if d.value is None and d.comparisons and all(_counted_change(c) for c in d.comparisons):
            tail.extend(d.comparisons)
        elif tail and _counted(d) and not d.comparisons and _list_gap(lower, tail[-1].end, d.anchor.start, lexicon):
            model = tail[-1]
            change = replace(d.anchor, kind="comparison", cue_start=d.anchor.start, unit=None, comp_type="change_abs")
            change.comp_base, change.comp_unit = model.comp_base, d.unit
            change.value = _signed_as(model, d.anchor.value)
            change.rules = [*d.anchor.rules, "comparison:listed-count"]
            tail.append(change)
        else:
            break
        used += 1
    if not tail or not _opens_changes(lower, run[-1].anchor.unit_end, tail[0].cue_start, lexicon):
        return [], 0
    if any(not _list_gap(lower, a.end, b.cue_start, lexicon) for a, b in itertools.pairwise(tail)):
        return [], 0
    return tail, used


def _counted_change(c: Candidate) -> bool:
    return c.comp_type == "change_abs" and bool(c.comp_unit)


def _opens_changes(lower: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Only a base ("; so với năm học trước"), commas and connectors between the counts and their first change."""
    gap = lower[start:end]
    lead = len(gap) - len(gap.lstrip(" ,;"))
    marker = re.match(r"(?:\w+ )?", gap[lead:])  # "so với ...": the base may open after its marker word
    for pos in (start + lead, start + lead + (marker.end() if marker else 0)):
        base = base_at(lower, pos, end, lexicon)
        if base is not None:
            start = base[1]
            break
    return not _words_outside_asides(lower, start, end, lexicon)


def _owners_by_unit(run: list[Draft], tail: list[Candidate]) -> list[Draft] | None:
    """The count of `run` in the unit of each change of `tail`, all different; None when one has none, or when
    the changes are fewer than two."""
    if len(tail) < 2 or len(tail) > len(run):
        return None
    owners: list[Draft] = []
    for c in tail:
        unit = c.comp_unit
        match = [d for d in run if unit and _units_agree(unit, d.unit or "")]
        if len(match) != 1 or match[0] in owners:
            return None
        owners.append(match[0])
    return owners


def _units_agree(a: str, b: str) -> bool:
    """ "lớp" and "lớp học": the same counted noun, one written in full."""
    x, y = base_unit(a).split(), base_unit(b).split()
    n = min(len(x), len(y))
    return n > 0 and x[:n] == y[:n]


def _words_outside_asides(lower: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether lower[start:end] holds a word other than a connector outside parentheses ("(ấp, bản)")."""
    stop = _connectors(lexicon)
    return any(w not in stop for w in _WORD.findall(_ASIDE.sub(" ", lower[start:end])))


_ASIDE = re.compile(r"\([^()]*\)")


def _counted_in_turn(levels: list[Draft], changes: list[Draft]) -> bool:
    if not all(_plain_level(x) for x in levels) or len({x.unit for x in levels}) != len(levels):
        return False
    pairs = zip(levels, changes, strict=True)
    return all(base_unit(x.unit) == base_unit(_counted_change_unit(c)) for x, c in pairs)


def _counted_change_unit(d: Draft) -> str | None:
    first = d.comparisons[0] if d.comparisons else None
    return first.comp_unit if first is not None and first.comp_type == "change_abs" else None


def _units_align(run: list[Draft], comps: list[Candidate]) -> bool:
    """ "xảy ra 25 vụ tai nạn, làm chết 24 người, bị thương 10 người, giảm 6 vụ, giảm 6 người chết, giảm 1
    người bị thương": changes each in the unit of the level in its place, the units not all one, are the levels'
    in order however many words name them."""
    if len({x.unit for x in run}) < 2:
        return False
    pairs = zip(run, comps, strict=True)
    return all(c.comp_unit and x.unit and base_unit(c.comp_unit) == base_unit(x.unit) for x, c in pairs)


def _joined(run: list[Draft], lower: str, lexicon: Lexicon) -> bool:
    """Levels separated only by commas and connectors."""
    return all(not _content_words(lower, a.last_end, b.anchor.start, lexicon) for a, b in itertools.pairwise(run))


def _share_predicates(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "01/07 đơn vị và 42 xã ..., đạt 100% kế hoạch": the predicate is each level's."""
    for prev, d in itertools.pairwise(drafts):
        if not d.attached_after_gap or not _plain_level(prev) or d.value is None or prev.anchor.share:
            continue  # a share takes no comparison ("chiếm 85,78% tổng mức và tăng 10,97%; doanh thu ...")
        if ";" in lower[prev.last_end : d.anchor.start]:
            continue  # the levels of two items of a list
        if _coordinator(lexicon).search(lower, prev.last_end, d.anchor.start):
            prev.comparisons = [replace(c) for c in d.comparisons]
            prev.rules.append("share")


def levels_at_restated_base(drafts: list[Draft], lower: str) -> None:
    """ "giảm 48 vụ, giảm 29 người chết so với năm 2019 (năm 2019 xảy ra 73 vụ, 53 người chết)": levels listed in
    parentheses that open by restating the base just written are the levels at that base of the changes right
    before, in order, each in its change's unit: comparisons of those facts, no facts of their own. (Run once the
    bases are settled: a distant year's base is "other".)"""
    i = 1
    while i < len(drafts):
        run = _restated_base_run(drafts, i, lower)
        changes = drafts[i - len(run) : i] if len(run) <= i else []  # as many facts before as levels listed
        pairs = [(e, _unit_change(e, d)) for e, d in zip(changes, run, strict=False)] if changes else []
        if not pairs or any(c is None for _, c in pairs):
            i += 1
            continue
        for (e, change), d in zip(pairs, run, strict=True):
            assert change is not None
            rules = [*d.anchor.rules, "comparison:restated-base"]
            e.comparisons.append(
                replace(d.anchor, kind="comparison", comp_type="previous", comp_base=change.comp_base, rules=rules)
            )
        del drafts[i : i + len(run)]
        i += 1


def _restated_base_run(drafts: list[Draft], i: int, lower: str) -> list[Draft]:
    """The levels from `drafts[i]` on in a parenthesis opened right after the fact before, by words its base ends
    with ("so với năm 2019 (năm 2019 xảy ra 73 vụ, ..."), joined by their units' words, the parenthesis closing
    after them; else none."""
    before, first = drafts[i - 1], drafts[i]
    if not before.comparisons or before.comparisons[-1].comp_base is None or not _bare_level(first):
        return []
    opening = _BASE_AGAIN.fullmatch(lower, before.last_end, first.anchor.start)
    if opening is None or opening.group(1) not in lower[before.last_end - _BASE_REACH : before.last_end]:
        return []
    run = [first]
    for d in drafts[i + 1 :]:
        if not _bare_level(d) or _LIST_GAP.fullmatch(lower, run[-1].last_end, d.anchor.start) is None:
            break
        run.append(d)
    return run if _CLOSES.match(lower, run[-1].last_end) else []


def _bare_level(d: Draft) -> bool:
    return d.value is not None and d.unit not in (None, "%") and not d.comparisons and d.total is None


def _unit_change(e: Draft, d: Draft) -> Candidate | None:
    """The change of `e` in the unit of level `d` ("giảm 29 người chết" for "53 người chết"), or None."""
    for c in e.comparisons:
        unit = c.comp_unit or e.unit
        if c.comp_type == "change_abs" and unit is not None and base_unit(unit) == base_unit(d.unit):
            return c
    return None


_BASE_AGAIN = re.compile(r"[ ]*\([ ]*([^\W\d_]+[ ]+\w+)[^\d,;:()]*")  # "(năm 2019 xảy ra ", "(cùng kỳ có "
_BASE_REACH = 24  # characters before the parenthesis where the base's words it opens with are looked for
_LIST_GAP = re.compile(r"[^\d;:()]*")  # "53 người chết, 50 người bị thương": a unit's words and a comma between
_CLOSES = re.compile(r"[^\d,;:()]*\)")


def _fill_bases(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """A comparison with no stated base takes the bases of a parallel fact before it ("giảm 3,1% so với
    tháng trước và tăng 44,2% so với cùng kỳ; ..., tăng 33,4% và tăng 35,6%"), else the next stated
    base of its kind in its part of the sentence (between semicolons), else the one before in it, else the next
    or the one before in the sentence; a share with none is of the plan."""
    _parallel_bases(drafts)
    _second_share_of_period(drafts, lower, lexicon)
    _share_of_change_base(drafts, lower, lexicon)
    _restated_in_parentheses(drafts, lower)
    comps = sorted((c for d in drafts for c in d.comparisons), key=lambda c: c.start)
    if comps:  # many sentences have none: no two passes over their facts
        _fill_kind(comps, _CHANGES, None, frozenset({"plan"}), lower)
        _fill_kind(comps, ("pct_of",), "plan", frozenset(), lower)


def _restated_in_parentheses(drafts: list[Draft], lower: str) -> None:
    """ "giảm 3,71% kế hoạch (giảm 62.466 tấn) và tăng 0,23% so vụ này năm trước", "đạt 102,42% kế hoạch (tăng
    2.182 ha)": a change in a unit with no base, opening a parenthesis right after a comparison in percent the same
    way, restates it in that unit: its base."""
    for d in drafts:
        for prev, c in itertools.pairwise(d.comparisons):
            # (in the figure's unit: "(tăng 6,1% so với vụ cùng kỳ)" is a change against another time)
            if c.comp_base is not None or prev.comp_base is None or c.comp_type != "change_abs":
                continue
            if prev.comp_type not in _CHANGES_OR_SHARE or prev.comp_type == c.comp_type:
                continue
            change = prev.value - 100 if prev.comp_type == "pct_of" else prev.value
            if change == 0 or (change < 0) != (c.value < 0):
                continue
            opening = lower.rfind("(", prev.end, c.cue_start)
            if opening >= 0 and not lower[opening + 1 : c.cue_start].strip() and ")" not in lower[prev.end : opening]:
                c.comp_base = prev.comp_base
                c.rules.append("base:restated")


def _second_share_of_period(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "39.078 ha, đạt 81,70% kế hoạch và bằng 96,94%": a figure's second share, "bằng" with no base, right after
    one of the plan is of the same period a year before (one figure is not twice a share of its plan)."""
    equal = _period_share_verb(lexicon)
    for d in drafts:
        of_plan = False
        for c in d.comparisons:
            if c.comp_type == "pct_of" and c.comp_base == "plan":
                of_plan = True
            elif of_plan and c.comp_type == "pct_of" and c.comp_base is None and equal.match(lower, c.cue_start):
                c.comp_base = "same_period"
                c.rules.append("base:second-share")


def _share_of_change_base(drafts: list[Draft], lower: str, lexicon: Lexicon) -> None:
    """ "2.726 ha, bằng 90,87%, thấp hơn 270 ha so cùng kỳ năm trước": a share "bằng" with no base, right before a
    change of the same figure against a base in time that goes the same way (under 100% and a fall, over it and a
    rise), is against that base too: one comparison said twice, not a share of the plan."""
    equal = _period_share_verb(lexicon)
    for d in drafts:
        for share, change in itertools.pairwise(d.comparisons):
            if share.comp_type != "pct_of" or share.comp_base is not None or not equal.match(lower, share.cue_start):
                continue
            if change.comp_type not in _CHANGES or change.comp_base not in TIME_BASES:
                continue
            if lower[share.end : change.cue_start].strip() not in (",", "(") or share.value == 100:
                continue
            if (share.value < 100) == (change.value < 0):
                share.comp_base = change.comp_base
                share.rules.append("base:share-of-change")


@functools.cache
def _period_share_verb(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("comparisons", "period_share_verbs")))


def _parallel_bases(drafts: list[Draft]) -> None:
    for i, d in enumerate(drafts):
        k = len(d.comparisons)
        if k < 2 or any(c.comp_base is not None for c in d.comparisons):
            continue
        for prev in reversed(drafts[:i]):
            if len(prev.comparisons) == k and all(c.comp_base for c in prev.comparisons):
                if not all(_same_kind(c, model) for c, model in zip(d.comparisons, prev.comparisons, strict=True)):
                    break  # ("đạt 56,3% kế hoạch, tăng 32,8% ...; ... tăng 34,45% ... và tăng 144,55%": no pair)
                for c, model in zip(d.comparisons, prev.comparisons, strict=True):
                    c.comp_base = model.comp_base
                    c.rules.append("base:parallel")
                break


def _same_kind(c: Candidate, model: Candidate) -> bool:
    """A change takes no base from a share of the plan in the same place of a pair ("đạt 56,3% kế hoạch"); a share
    of a base in time may stand for a change ("tăng 6,16% so tháng trước và tăng 0,62% so với cùng kỳ; ... (tăng
    14,34% và bằng 96,37%)": the 96,37% is of the same period)."""
    return c.comp_type not in _CHANGES or model.comp_type in _CHANGES or model.comp_base != "plan"


def _fill_kind(
    comparisons: list[Candidate], kinds: tuple[str, ...], default: str | None, kept: frozenset[str], lower: str
) -> None:
    """Bases of `kinds` left unsaid, from the next stated one in its part of the sentence, else the one before in
    it, else the next, else the one before; the `kept` bases are lent to none ("đạt 9,63%, vượt 1,13 điểm phần
    trăm so với mục tiêu": a growth is no growth against the plan). "... 149,9 triệu tấn, tăng 2,4% so với tháng
    trước và 28,6 tỷ tấn.km, tăng 2%; quý IV ... tăng 11% so với cùng kỳ": the 2% is against the month before."""
    comps = [c for c in comparisons if c.comp_type in kinds]
    if not comps:
        return
    stated = [c.comp_base if c.comp_base not in kept else None for c in comps]
    own = [c.comp_base for c in comps]
    part = _parts_by_semicolon(comps, lower)
    later: list[tuple[str, int] | None] = [None] * len(comps)  # the next stated base after each, and its part
    upcoming: tuple[str, int] | None = None
    for i in range(len(comps) - 1, -1, -1):
        later[i] = upcoming
        base = stated[i]
        upcoming = (base, part[i]) if base is not None else upcoming
    earlier: tuple[str, int] | None = None
    for i, c in enumerate(comps):
        if own[i] is not None:
            base = stated[i]
            earlier = (base, part[i]) if base else earlier
            continue
        after, before = later[i], earlier
        chosen: str | None
        if after is not None and after[1] == part[i]:
            chosen = after[0]
        elif before is not None and before[1] == part[i]:
            chosen = before[0]
        else:
            chosen = after[0] if after else before[0] if before else default
        c.comp_base = chosen
        c.rules.append("base:inherited" if after or before else "base:default")


def _parts_by_semicolon(comps: list[Candidate], lower: str) -> list[int]:
    """For each comparison (in text order), how many semicolons stand before it since the first one."""
    out, count, pos = [], 0, comps[0].start
    for c in comps:
        count += lower.count(";", pos, c.start) if c.start > pos else 0
        pos = max(pos, c.start)
        out.append(count)
    return out


def inherit_share_base(drafts: list[Draft], previous: list[Fact]) -> None:
    """ "Cây lúa thực hiện 23.410,8 ha, so cùng kỳ năm trước bằng 95,3%. Trong đó: Lúa tái sinh 9.073 ha, bằng
    94,9%.", "... 3036,7 nghìn ha lúa đông xuân, bằng 99,5% cùng kỳ năm trước. Các tỉnh miền Bắc gieo cấy đạt 1.095,1
    nghìn ha, bằng 99,7%": in the sentence after one with facts, a share whose base is stated nowhere in it is of the
    base in time the last share before it was of (not the plan). (A share of the plan before it leaves it so.)"""
    base = next(
        (c.base for f in reversed(previous) for c in f.comparisons if c.type == "pct_of"),
        None,
    )
    if base not in TIME_BASES:
        return
    for d in drafts:
        for c in d.comparisons:
            if c.comp_type == "pct_of" and "base:default" in c.rules:
                c.comp_base = base
                c.rules.append("base:previous-sentence")


def carried_bases(drafts: list[Draft], in_aside: Callable[[int], bool] | None = None) -> tuple[str, ...]:
    """The bases of the changes of a sentence's last fact that has any, when every one is known: what a
    list in the next sentence, its changes' bases left unsaid, goes on comparing with. Figures in parentheses
    (where `in_aside`) only when none outside has changes: "CPI tháng 12 tăng 0,53% so với tháng trước (thấp hơn mức
    tăng 1,38% của cùng kỳ năm 2010). Trong đó, nhóm hàng ăn tăng 0,69%" goes on against the month before."""
    outside = drafts if in_aside is None else [d for d in drafts if not in_aside(d.anchor.start)]
    for group in (outside, drafts) if len(outside) < len(drafts) else (drafts,):
        for d in reversed(group):
            changes = [c for c in d.comparisons if c.comp_type in _CHANGES]
            if changes:
                bases = tuple(c.comp_base for c in changes if c.comp_base is not None)
                return bases if len(bases) == len(changes) else ()
    return ()


def inherit_bases(
    drafts: list[Draft], carried: tuple[str, ...], continuing: bool = False, parallel: tuple[str, ...] = ()
) -> None:
    """ "CPI tháng 10 tăng 0,5% so với tháng trước. Trong đó, nhóm giao thông tăng 1,2%; nhóm giáo dục
    giảm 0,3%.": the changes with no level of a sentence that states no base and has no level with a change
    of its own ("8/11 nhóm hàng tăng giá" may stand beside them) go on with the bases of the sentence
    before, one base for all, or base by base when the changes run in parallel. A sentence `continuing`
    the one before ("Cụ thể, du lịch lữ hành 10 tỷ đồng, giảm 40,78%") passes them to levels' changes too.
    Changes in pairs ("tăng 1,7% và tăng 13,5%") are against two bases, not the one base in force: they take the
    last `parallel` bases stated ("tăng 1,5% so với tháng trước và tăng 11,3% so với cùng kỳ")."""
    if not carried or not drafts:
        return
    with_levels = continuing
    if not continuing and any(
        d.value is not None and any(c.comp_type in _CHANGES for c in d.comparisons) for d in drafts
    ):
        return  # a level with a change of its own: a new subject, on the usual base
    changes = [[c for c in d.comparisons if c.comp_type in _CHANGES] for d in drafts if with_levels or d.value is None]
    if not any(changes) or any(c.comp_base is not None for cs in changes for c in cs):
        return
    if len(set(carried)) == 1 and len(parallel) > 1 and {len(cs) for cs in changes if cs} == {len(parallel)}:
        carried = parallel
    single = len(set(carried)) == 1
    for cs in changes:
        if continuing and not single and len(cs) == 1:
            # "tăng 0,23% so tháng trước và tăng 3,94% so tháng 12/2011. Trong đó: nhóm nhà ở tăng 10,02%": one change
            # of a part goes on with the last base stated
            cs[0].comp_base = carried[-1]
            cs[0].rules.append("base:previous-sentence-last")
            continue
        if not single and len(cs) != len(carried):
            continue
        for c, base in zip(cs, carried * len(cs) if single else carried, strict=False):
            c.comp_base = base
            c.rules.append("base:previous-sentence")


@functools.cache
def _reached_gap(lexicon: Lexicon) -> re.Pattern[str]:
    """What stands between a change and the level it reached: "(lên", ", lên", ", xuống còn"."""
    return re.compile(rf"[\s,(]*{alt(lexicon.words('comparisons', 'to_words'))}\s*")


def levels_reached(drafts: list[Draft], lower: str, lexicon: Lexicon) -> list[Draft]:
    """ "thịt heo đùi tăng 5.000 đ/kg (lên 80.000 đ/kg)", "heo hơi tăng từ 1.000-2.000 đ/kg (lên 36.000-38.000
    đ/kg)": the level a change reached carries the change and its name; the change is no fact of its own. A range
    of changes before a range of levels goes to them bound by bound."""
    if len(drafts) < 2:
        return drafts
    gap = _reached_gap(lexicon)
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        d = drafts[i]
        change = out[-1] if out else None
        if change is None or d.value is None or not _bare_change(change):
            out.append(d)
            i += 1
            continue
        if not gap.fullmatch(lower, change.last_end, d.anchor.start):
            out.append(d)
            i += 1
            continue
        low = out[-2] if len(out) > 1 and out[-2].anchor.range_low and _bare_change(out[-2]) else None
        upper = drafts[i + 1] if i + 1 < len(drafts) and d.anchor.range_low else None
        out.pop()
        if low is not None:
            out.pop()
        _take_change(d, low or change)
        out.append(d)
        if upper is not None and upper.value is not None:
            _take_change(upper, change)
            out.append(upper)
            i += 1
        i += 1
    return out


def _bare_change(d: Draft) -> bool:
    return d.value is None and bool(d.comparisons) and all(c.comp_type in _CHANGES for c in d.comparisons)


def _take_change(level: Draft, change: Draft) -> None:
    level.comparisons = [replace(c) for c in change.comparisons] + level.comparisons
    level.indicator = change.indicator or level.indicator
    level.rules.append("comparison:reached")


def restated_parts(drafts: list[Draft], lower: str) -> list[Draft]:
    """ "8.038 tỷ đồng (trong đó, bán lẻ hàng hóa ước 5.093 tỷ đồng), giảm 2,41% so với tháng trước (trong đó, bán
    lẻ hàng hóa giảm 1,05%)": a part's change given in a later aside, under the part's own name, is that part's,
    against the base of the whole's change the aside follows; it is no fact of its own. (Names given: run after
    naming.)"""
    out: list[Draft] = []
    for d in drafts:
        part = _restated_part(out, d, lower) if d.value is None and d.part_of is not None else None
        if part is None:
            out.append(d)
            continue
        base = _base_before_aside(d, part.part_of, lower)
        for c in d.comparisons:
            moved = replace(c)
            if base is not None and "base:inherited" in c.rules:
                moved.comp_base = base
            part.comparisons.append(moved)
        part.rules.append("comparison:restated-part")
    return out


def _restated_part(earlier: list[Draft], d: Draft, lower: str) -> Draft | None:
    if not _inside_aside(lower, d.anchor.start) or not d.indicator or not d.comparisons:
        return None
    for p in reversed(earlier):
        # (the change may have been linked as a part of that part, the last level before its "trong đó")
        same_whole = p.part_of is d.part_of or p is d.part_of
        if p.value is not None and p.part_of is not None and same_whole and _same_subject(p.indicator, d.indicator):
            return p
    return None


def _same_subject(one: str, other: str) -> bool:
    """ "Giá trị bán lẻ hàng hóa", "Bán lẻ hàng hóa", "Tổng mức bán lẻ hàng hóa": one name ends with the other, or
    both with the same three words."""
    a, b = one.lower().split(), other.lower().split()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[len(long_) - len(short) :] == short:
        return True
    return len(short) >= _SAME_TAIL and short[-_SAME_TAIL:] == long_[-_SAME_TAIL:]


_SAME_TAIL = 3  # last words two names of one subject share


def _base_before_aside(d: Draft, whole: Draft | None, lower: str) -> str | None:
    """The base of the whole's change right before the aside holding `d`."""
    opening = lower.rfind("(", 0, d.anchor.start)
    if whole is None or opening < 0:
        return None
    before = [c for c in whole.comparisons if c.end <= opening and c.comp_type in _CHANGES]
    return before[-1].comp_base if before else None
