"""Percents listed under a change: "Các mặt hàng chủ yếu tăng so cùng kỳ: tinh bột mì (lượng: 73,58%; trị giá:
25,22%); hạt điều (lượng: 54,18%; ...)", "Riêng kinh tế có vốn ĐTNN tăng (8,4%)". The items name no verb of their
own: the label's verb makes each percent a change (a fall after "giảm"), against the base the label states.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ktxh.extract.candidates import Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.comparison import stated_bases
from ktxh.extract.rules.words import ASIDE, alt, word_alt

_LABEL_REACH = 400  # characters before a figure where the label of its list is looked for
_LABEL_WORDS = 60  # characters between a label's verb and its colon (its base, "so cùng kỳ")
_ITEM_MARKS = ";,(:"  # what may stand between two items of a list


@dataclass(frozen=True)
class _Patterns:
    label: re.Pattern[str]  # a change verb, a few words with no figure, a colon, at the end
    before_paren: re.Pattern[str]  # "tăng (": a change verb right before the parenthesis
    decrease: frozenset[str]
    verbs: re.Pattern[str]  # any verb that gives a figure its own predicate
    change: re.Pattern[str]  # a change verb anywhere
    ranked: re.Pattern[str]  # "nhất là", "thứ hai là": the link of a ranked item
    ranked_with: re.Pattern[str]  # "với " right before the number
    examples: frozenset[str]  # "như": a link to examples, whose verb must stand in its clause


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    verbs = lexicon.lists("comparisons", "verbs")
    changes = [*verbs["increase"], *verbs["decrease"]]
    own = [v for vs in verbs.values() for v in vs] + lexicon.words("comparisons", "share_verbs")
    # "tăng 2 chữ số gồm:": a number before a word that makes it no figure may stand in the label
    nonfigure = rf"\d+\s+{alt(lexicon.words('nonfacts', 'after_words'))}(?!\w)"
    links = lexicon.words("comparisons", "ranked_links") + lexicon.words("comparisons", "example_links")
    return _Patterns(
        label=re.compile(rf"(?P<verb>{word_alt(changes)})(?!\w)(?:[^:;.()\d]|{nonfigure}){{0,{_LABEL_WORDS}}}:[ ]*$"),
        # "tăng (8,4%)", "tăng mạnh nhất (9,39%)"
        before_paren=re.compile(
            rf"(?P<verb>{word_alt(changes)})(?:[ ]+{alt(lexicon.words('comparisons', 'qualifiers'))})*[ ]*\([ ]*$"
        ),
        decrease=frozenset(verbs["decrease"]),
        verbs=re.compile(rf"(?<!\w){alt(own)}(?!\w)"),
        change=re.compile(rf"(?P<verb>{word_alt(changes)})(?!\w)"),
        ranked=re.compile(rf"(?<!\w){alt(links)}(?!\w)"),
        ranked_with=re.compile(rf"(?<!\w){alt(lexicon.words('comparisons', 'ranked_with'))}[ ]*$"),
        examples=frozenset(lexicon.words("comparisons", "example_links")),
    )


def changes_under_label(drafts: list[Draft], lower: str, start: int, lexicon: Lexicon) -> None:
    """Turn each bare percent level listed under a change verb into that change (a fact with no level)."""
    if not any(d.unit == "%" for d in drafts):
        return  # most sentences
    p = _patterns(lexicon)
    for d in drafts:
        if d.value is None or d.unit != "%" or d.comparisons or d.anchor.share or d.target is not None:
            continue
        found = _verb_over(p, d, lower, start, lexicon)
        if found is None:
            continue
        sign, base = found
        change = replace(d.anchor, kind="comparison", comp_type="change_pct", comp_base=base, unit=None)
        change.value = sign * d.anchor.value
        change.rules = [*d.anchor.rules, "comparison:under-label"]
        d.value, d.unit, d.comparisons = None, None, [change]
        d.rules.append("comparison:under-label")


def _verb_over(p: _Patterns, d: Draft, lower: str, start: int, lexicon: Lexicon) -> tuple[float, str | None] | None:
    """(sign, base) of the change verb `d` is listed under, if its own words hold no verb; else None."""
    ranked = _ranked_change(p, d, lower, start)
    if ranked is not None:
        return ranked, None
    item = max(lower.rfind(mark, start, d.anchor.start) for mark in _ITEM_MARKS) + 1
    if p.verbs.search(lower, max(item, start), d.anchor.start):
        return None  # "đạt 95%", "chiếm 20%": the figure's own predicate
    paren = p.before_paren.search(lower, max(start, d.anchor.start - _LABEL_WORDS), d.anchor.start)
    if paren is not None:
        return _sign(p, paren.group("verb")), None
    lo = max(start, d.anchor.start - _LABEL_REACH)
    colon = lower.rfind(":", lo, d.anchor.start)
    while colon >= lo:
        if lower.count("(", lo, colon) <= lower.count(")", lo, colon):
            # a colon outside any aside: the list's label, or no list under a change
            m = p.label.search(lower, max(lo, colon - _LABEL_WORDS - 12), colon + 1)
            if m is None:
                return None
            bases = stated_bases(lower, m.start(), colon, lexicon)
            return _sign(p, m.group("verb")), bases[-1][0] if bases else None
        colon = lower.rfind(":", lo, colon)  # "(lượng: 73,58%": an inner label, the list's is before it
    return None


def _ranked_change(p: _Patterns, d: Draft, lower: str, start: int) -> float | None:
    """The sign of the change verb a ranked item's "với 1,66%" goes with ("tăng nhiều nhất là nhóm giao thông, với
    1,66%"): the last link ("nhất là", "thứ ba là") before it with no figure between, the verb before that."""
    lo = max(start, d.anchor.start - _LABEL_REACH)
    if not p.ranked_with.search(lower, lo, d.anchor.start):
        return None  # most figures: no "với" right before them
    link = None
    for m in p.ranked.finditer(lower, lo, d.anchor.start):
        link = m
    # (the items before it in the same list may stand between, each with its percent in parentheses: "như Phú Thọ
    # (27,7%), Ninh Bình (22%)")
    if link is None or any(c.isdigit() for c in ASIDE.sub("", lower[link.end() : d.anchor.start])):
        return None
    if p.verbs.search(lower, link.end(), d.anchor.start):
        return None  # "nhất là nhóm giao thông, đạt ...": the item's own predicate
    verb = None
    for m in p.change.finditer(lower, lo, link.start()):
        verb = m
    if verb is None:
        return None
    if link.group(0) in p.examples and any(c.isdigit() for c in ASIDE.sub("", lower[verb.end() : link.start()])):
        return None  # the verb of another figure, not of the list ("tăng 5%, ... chiếm tỷ trọng lớn như gạo (20%)")
    return _sign(p, verb.group("verb"))


def _sign(p: _Patterns, verb: str) -> float:
    return -1.0 if verb in p.decrease else 1.0
