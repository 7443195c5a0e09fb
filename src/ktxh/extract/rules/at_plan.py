"""A level at plan with no number: "đạt kế hoạch", "hoàn thành kế hoạch năm".

The facts format writes a level at plan as "đạt 100% kế hoạch" (pct_of plan 100); the
same words without the number state the same. Not after a word saying the plan is
not (yet) reached or only aimed at ("không", "chưa", "phấn đấu"): lexicon
`comparisons.unreached`. Not before a number ("đạt kế hoạch 4%" is read as written).
Only a plan or an estimate (lexicon `comparisons.at_plan_bases`): "đạt mục tiêu Nghị quyết
đề ra", "đạt chỉ tiêu" after a growth or a rate say its target is met, not that the level
is the plan's (the development sets' annotators give those no comparison); nor does one after a
count of some of a whole ("06/09 chỉ tiêu đạt kế hoạch"), a rate, or a count of things it is said of ("15 địa
phương đã hoàn thành dự toán": those places met their plans; see `scan._met_by_members`).
"""

from __future__ import annotations

import functools
import re

from ktxh.extract.candidates import Candidate
from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.rules.words import alt, whole_words, word_alt

AT_PLAN = 100.0  # percent of plan stated by "đạt kế hoạch"
_BLOCKER_WINDOW = 24  # characters before the verb where a negation or an aim is looked for


@functools.cache
def _phrase(lexicon: Lexicon) -> re.Pattern[str]:
    share = word_alt(lexicon.lists("comparisons", "verbs")["share"])
    plan = alt(lexicon.words("comparisons", "at_plan_bases"))
    return re.compile(rf"{share}\s+{plan}(?!\w)(?!\s*[\d%])")


@functools.cache
def _plan_heads(lexicon: Lexicon) -> frozenset[str]:
    """The first word of each plan's phrase: one of them stands in every "đạt kế hoạch" `_phrase` matches."""
    return frozenset(w.split()[0] for w in lexicon.words("comparisons", "at_plan_bases"))


@functools.cache
def _unreached(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"{whole_words(lexicon.words('comparisons', 'unreached'))}\s*$")


def at_plan(lower: str, start: int, end: int, lexicon: Lexicon | None = None) -> list[Candidate]:
    """A pct_of-plan-100 comparison for each "đạt kế hoạch" of lower[start:end] with no number."""
    lex = lexicon or default_lexicon()
    out: list[Candidate] = []
    if not any(lower.find(word, start, end) >= 0 for word in _plan_heads(lex)):
        return out  # no plan's first word in the sentence (most): no search of it for a verb before one
    for m in _phrase(lex).finditer(lower, start, end):
        if _unreached(lex).search(lower, max(start, m.start() - _BLOCKER_WINDOW), m.start()):
            continue
        out.append(
            Candidate(
                "comparison",
                m.start(),
                m.end(),
                AT_PLAN,
                cue_start=m.start(),
                comp_type="pct_of",
                comp_base="plan",
                rules=["lexicon", "comparison:at-plan"],
            )
        )
    return out
