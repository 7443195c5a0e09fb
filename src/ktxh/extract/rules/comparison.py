"""Comparisons: a number led by a comparison verb and followed by a base.

"bằng 51% kế hoạch" pct_of 51; "vượt kế hoạch 4%" pct_of 104; "vượt 36% kế hoạch"
pct_of 136; "tăng 12% so với cùng kỳ" change_pct 12; "giảm 116 lớp" change_abs
-116; "giảm 18 điểm %" change_pp -18; "tăng gấp 3,85 lần" change_pct 285;
"(cùng thời điểm năm 2011 là 62,9%)" previous 62.9; "từ 38,88% xuống còn" previous.
A share verb ("đạt", "bằng") with a percent and no base is a level, not a comparison.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from ktxh.extract.candidates import Candidate, Draft
from ktxh.extract.lexicon import Lexicon, default_lexicon
from ktxh.extract.rules.period import period_pattern
from ktxh.extract.rules.words import LONE_YEAR, alt, last_word, whole_words, word_alt

_WINDOW = 50  # characters looked at before a number for its verb
_ALL_CUES = frozenset({"contribution", "part", "from", "previous", "verb"})
_MARKS = "%(,;"  # cue phrases may end with these as well as with a word


class Cue(NamedTuple):  # a tuple: built for every number, several times cheaper than a frozen dataclass
    """What precedes a number: a comparison verb (with a base written before the number)."""

    verb_class: str  # increase(_to) | decrease(_to) | share | exceed | times | previous | from | contribution | part
    verb_start: int
    pre_base: str | None = None
    sign: float = 1.0
    caused: bool = False  # a contribution read from the whole's change it causes ("làm CPI tăng")


class After(NamedTuple):
    """What follows a number: "%", "điểm %", "lần", and a base ("so với cùng kỳ năm trước")."""

    kind: str | None  # pct | points | times | None
    end: int
    base: str | None
    base_end: int


@dataclass(frozen=True)
class _Patterns:
    verb: re.Pattern[str]
    verb_class: dict[str, str]
    previous: re.Pattern[str]
    from_: re.Pattern[str]
    to: re.Pattern[str]
    kind: re.Pattern[str]
    base: re.Pattern[str]
    base_of: dict[str, str]
    contribution: re.Pattern[str]
    contribution_sign: dict[str, float]
    share_verb: re.Pattern[str]
    period_base: re.Pattern[str]
    period_words: frozenset[str]
    fronted: re.Pattern[str]
    equivalent: re.Pattern[str]
    last_words: dict[str, frozenset[str]]  # last word of a cue phrase -> the cue kinds that may end with it
    growth: re.Pattern[str]
    rate: re.Pattern[str]  # "tỷ lệ", "lãi suất": a subject that is itself a rate
    month: re.Pattern[str]  # "tháng 5": group 1 the month's number
    of_subject: re.Pattern[str]  # " của CPI tháng 9 " before "so với" or a comma: whose change it is
    of_subject_end: re.Pattern[str]  # " của CPI bình quân chung." ending the clause: whose figure it is
    marker_before: re.Pattern[str]  # "so với " right before a month: the month is a base
    measured_whole: re.Pattern[str]  # "bằng 75,8% [diện tích] lúa đã cấy": a share of a whole named after it
    steered: re.Pattern[str]  # "giảm tỷ lệ hộ nghèo khoảng ": a verb, the rate it steers, then the number
    steering_ends: frozenset[str]  # "xuống", "lên": the number after them is the level steered to
    caused_change: re.Pattern[str]  # "làm CPI chung ": what a part's change makes a whole do, right before its verb
    caused_leads: tuple[str, ...]  # "làm", "kéo": the words opening `caused_change`
    benchmark: re.Pattern[str]  # "cao hơn hẳn mức ", "thấp hơn nhiều so với mức ": a benchmark's own level next
    benchmark_ends: frozenset[str]  # the last words `benchmark` may end with (a guard before searching it)


def _whole_heads(lexicon: Lexicon) -> list[str]:
    """The head nouns that may name a whole after a percent: not a count's head ("số")."""
    counts = set(lexicon.words("units", "count_heads"))
    return [h for h in lexicon.words("indicators", "heads") if h not in counts]


@functools.cache
def comparison_bases(lexicon: Lexicon) -> dict[str, list[str]]:
    """The bases of the lexicon, the crop seasons a year before among the same period's: "so với vụ Hè thu năm
    trước", "so vụ này năm trước", "so với vụ mùa năm 2012" (the season's word and one of the seasons, then a year
    before, or the year's word that a year follows) compare a season's figure with the same season a year before."""
    bases = lexicon.lists("comparisons", "bases")
    years = lexicon.words("comparisons", "season_years") + lexicon.words("comparisons", "year_words")
    seasons = [
        f"{word} {season} {year}"
        for word in lexicon.words("comparisons", "season_word")
        for season in lexicon.words("comparisons", "seasons")
        for year in years
    ]
    bases["same_period"] = bases["same_period"] + [s for s in seasons if s not in bases["same_period"]]
    return bases


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    verbs = lexicon.lists("comparisons", "verbs")
    bases = comparison_bases(lexicon)
    plan_alt = alt(bases["plan"])
    year = alt(lexicon.words("comparisons", "year_words"))
    year_tail = rf"(?:\s+{year}\s+\d{{4}}|\s*[/.-]\s*\d{{4}}|\s+\d{{4}}|\s+{year}\s+\d{{4}}\s*-\s*\d{{4}})?"
    qual = alt(lexicon.words("comparisons", "qualifiers"))
    # "(cùng thời điểm năm 2011 là 62,9%)": only a base in time, not a plan, states a previous level
    timed = alt([w for k, ws in bases.items() if k not in ("plan", "other") for w in ws])
    # "vượt kế hoạch 4%"; "tăng hơn so với tháng trước gần 6%", "nhanh hơn cùng kỳ 1.200 ha": a base may stand
    # between the verb and its number, after "so với", or with none a base in time ("tăng bình quân 5%" is no base)
    any_base = alt([w for ws in bases.values() for w in ws])
    marker_alt = alt(lexicon.words("comparisons", "markers"))
    # "giảm so với năm 2018 là 2,28%", "tăng so với cùng kỳ là 12%": the base, then the copula, then the number;
    # "tăng mạnh nhất là 8,79%": a superlative, then the copula
    copula = alt(lexicon.words("comparisons", "previous_word"))
    superlative = alt(lexicon.words("comparisons", "superlatives"))
    verb = re.compile(
        rf"(?P<verb>{word_alt([w for ws in verbs.values() for w in ws])})"
        rf"(?:(?:\s+{qual})*(?:\s+{marker_alt}\s+(?P<pre_time>{any_base})|\s+(?P<pre_timed>{timed})"
        rf"|(?:\s+{marker_alt})?\s+(?P<pre_year>{year}\s+\d{{4}}))(?P<copula>\s+{copula})?"
        rf"|\s+(?P<pre_base>{plan_alt}))?(?:\s+{qual})*(?:\s+{superlative}\s+{copula})?\s*$"
    )
    previous = re.compile(
        rf"[(,;]\s*(?P<base>{timed}){year_tail}\s+{alt(lexicon.words('comparisons', 'previous_word'))}\s*$"
    )
    from_ = re.compile(rf"{word_alt(lexicon.words('comparisons', 'from_words'))}\s*$")
    # "từ 90,9% năm 2020 lên 95,2% năm 2025", "từ 25,6% (cuối năm 2011) xuống còn 22,1%": A's time may stand
    # before the word that leads to B
    # ("từ 470 USD/năm (năm 2005) lên 1.070 USD/năm")
    a_time = (
        rf"(?:\s*(?P<open_year>\()?\s*{year}\s+\d{{4}}\s*(?(open_year)\))"
        rf"|\s*(?P<open>\()?\s*(?:{timed}){year_tail}\s*(?(open)\)))"
    )
    # "Đầm Dơi từ 16 đơn vị cấp xã giảm còn 7 xã": a few words may go on naming A's unit before the word to B
    to = re.compile(
        rf"(?:[ ]+[^\W\d_]+){{0,{_TO_WORDS}}}?{a_time}?\s*{alt(lexicon.words('comparisons', 'to_words'))}\s+(?=\d)"
    )
    points = alt(lexicon.words("comparisons", "points_words"))
    times = alt(lexicon.words("comparisons", "times_word"))
    # "tăng bình quân 14,38%/năm": a rate per period is still a percent; its "/năm" names nothing after it
    per_period = alt(lexicon.words("periods", "period_units"))
    percent = alt(lexicon.words("units", "percent_words"))  # "tăng 12 phần trăm": the sign spelled out
    kind = re.compile(
        rf"[ ]*(?:(?P<points>{points})(?!\w)|(?P<pct>(?:%|{percent}(?!\w))(?:[ ]?/[ ]?{per_period}(?!\w))?)"
        rf"|(?P<times>{times})(?!\w))"
    )
    markers = whole_words(lexicon.words("comparisons", "markers"))
    # "so với kỳ báo cáo tháng trước", "so với kỳ báo cáo tháng 10 năm 2023": a survey's rounds, the base the period
    # after these names
    lead = rf"(?:{alt(lexicon.words('comparisons', 'base_period_leads'))}\s+)?"
    base_words = whole_words([w for ws in bases.values() for w in ws])
    base = re.compile(rf"[ ]*(?:{markers}\s*{lead})?(?P<base>{base_words}){year_tail}")
    contributions = lexicon.lists("comparisons", "contributions")
    contribution = re.compile(
        rf"(?P<verb>{word_alt([w for ws in contributions.values() for w in ws])})(?:\s+{qual})*\s*$"
    )
    share_verb = re.compile(rf"{word_alt(lexicon.words('comparisons', 'share_verbs'))}(?:\s+{qual})*\s*$")
    period_words = lexicon.words("comparisons", "period_bases")
    # "so với cuối tháng 9": the end of a period is compared with as the period is
    point = rf"(?:{alt(lexicon.words('periods', 'point_prefixes'))}\s+)?"
    # ("so với 2012": a year alone, its word left out, is compared with as "năm 2012" is)
    # "so với quý I năm trước", "so với tháng 3 năm ngoái": a period of no year, then the year before's words, is the
    # same period a year before
    year_before = rf"(?P<year_before>\s+{alt(lexicon.words('comparisons', 'season_years'))}(?!\w))?"
    period_base = re.compile(
        rf"[ ]*{markers}\s*{lead}{point}(?P<period>{period_pattern(lexicon).pattern}|(?:19|20)\d\d(?![\d/.,-]\d))"
        + year_before
    )
    fronted = re.compile(
        rf"{markers}\s*{lead}(?:(?P<base>{base_words}){year_tail}"
        rf"|{point}(?P<period>{period_pattern(lexicon).pattern}){year_before})"
    )
    # ", tương đương hơn"; ", ước đạt" ("... tăng 4,8%, ước đạt 4.771 tỷ đồng": the change's level follows)
    joiners = (
        lexicon.words("comparisons", "equivalents")
        + lexicon.words("comparisons", "level_joiners")
        + lexicon.lists("comparisons", "verbs")["share"]
    )
    equivalent = re.compile(rf"^[\s,(]*{alt(joiners)}(?:\s+{qual})*\s*$")
    return _Patterns(
        verb,
        {w: k for k, ws in verbs.items() for w in ws},
        previous,
        from_,
        to,
        kind,
        base,
        {w: k for k, ws in bases.items() for w in ws},
        contribution,
        {w: (1.0 if k == "positive" else -1.0) for k, ws in contributions.items() for w in ws},
        share_verb,
        period_base,
        frozenset(period_words),
        fronted,
        equivalent,
        _last_words(lexicon),
        re.compile(
            rf"{whole_words(lexicon.words('comparisons', 'growth_words'))}"
            rf"(?P<level>\s+{alt(lexicon.words('comparisons', 'level_rate_tails'))}(?!\w))?"
        ),
        re.compile(whole_words(lexicon.words("comparisons", "rate_words"))),
        re.compile(rf"{word_alt(lexicon.words('comparisons', 'month_words'))}\s+(\d{{1,2}})(?!\d)"),
        re.compile(
            rf"[ ]+{alt(lexicon.words('comparisons', 'of_words'))}[ ]+(?P<subject>[^,;()]{{1,{_OF_REACH}}}?)"
            rf"(?=[ ]+{whole_words(lexicon.words('periods', 'base_markers'))}|[ ]*,)"
        ),
        re.compile(
            rf"[ ]+{alt(lexicon.words('comparisons', 'of_words'))}[ ]+(?P<subject>[^\d,;.()]{{1,{_OF_REACH}}}?)"
            rf"[ ]*(?=[,;.)]|$)"
        ),
        re.compile(rf"{word_alt(lexicon.words('periods', 'base_markers'))}[ ]*$"),
        # ("đạt 80% số xã đạt chuẩn" is a rate of those things, a level: a count's head names no whole)
        re.compile(rf"[ ]+{whole_words(_whole_heads(lexicon))}"),
        re.compile(
            rf"(?<!\w)(?P<verb>{alt(lexicon.words('indicators', 'steering_verbs'))})\s+"
            rf"{alt(lexicon.words('comparisons', 'rate_words'))}\s[^\d%]*?(?:\s+{qual})*\s*$"
        ),
        frozenset(lexicon.words("indicators", "steering_ends")),
        re.compile(
            rf"(?<!\w){alt(lexicon.words('comparisons', 'contribution_leads'))}[ ]+"
            rf"(?P<whole>{alt(lexicon.words('comparisons', 'contribution_wholes'))}"
            rf"(?:[ ]+[^\W\d_]+){{0,{_WHOLE_WORDS}}})[ ]+$"
        ),
        tuple(lexicon.words("comparisons", "contribution_leads")),
        re.compile(
            rf"(?<!\w){alt(lexicon.words('comparisons', 'benchmark_verbs'))}"
            rf"(?:\s+{alt(lexicon.words('comparisons', 'benchmark_hedges'))})?(?:\s+{marker_alt})?"
            rf"\s+{alt(lexicon.words('comparisons', 'benchmark_levels'))}\s*$"
        ),
        frozenset(w.split()[-1] for w in lexicon.words("comparisons", "benchmark_levels")),
    )


_WHOLE_WORDS = 3  # words that may go on naming the whole after its head: "CPI bình quân chung"


def _last_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Which cue patterns can end with a word: only those are searched (a qualifier may end any)."""
    words, lists = lexicon.words, lexicon.lists
    groups = {
        "contribution": [w for ws in lists("comparisons", "contributions").values() for w in ws],
        "part": words("comparisons", "share_verbs"),
        "from": words("comparisons", "from_words"),
        "previous": words("comparisons", "previous_word"),
        "verb": [w for ws in lists("comparisons", "verbs").values() for w in ws]
        + [w for ws in comparison_bases(lexicon).values() for w in ws]
        + words("comparisons", "previous_word"),
        "any": words("comparisons", "qualifiers"),
    }
    out: dict[str, set[str]] = {}
    for kind, phrases in groups.items():
        for phrase_ in phrases:
            out.setdefault(phrase_.split()[-1], set()).add(kind)
    return {w: frozenset(kinds) for w, kinds in out.items()}


def _norm(words: str) -> str:
    return " ".join(words.split())


@functools.cache
def plan_word(lexicon: Lexicon) -> re.Pattern[str]:
    """The plan's words ("kế hoạch", "dự toán", "mục tiêu": the bases of kind plan) as whole words."""
    return re.compile(whole_words(lexicon.lists("comparisons", "bases")["plan"]))


def last_plan_word(lower: str, start: int, end: int, lexicon: Lexicon) -> re.Match[str] | None:
    """The last of the plan's words in lower[start:end] (a comparison's base: "so với mục tiêu ..."), or None."""
    return max(plan_word(lexicon).finditer(lower, start, end), key=lambda m: m.start(), default=None)


def cue_before(
    lower: str, start: int, floor: int, lexicon: Lexicon | None = None, *, caused: bool = True
) -> Cue | None:
    """The comparison cue ending right before position `start` (not before `floor`); with `caused` false, a change
    a part causes its whole ("làm CPI tăng") is read as the whole's change."""
    p = _patterns(lexicon or default_lexicon())
    lo = max(floor, start - _WINDOW)
    last = last_word(lower, lo, start, _MARKS)
    kinds = p.last_words.get(last) if last else None
    if not kinds:
        return _qualified_before_comma(lower, lo, start, p) if last == "," else None
    run = _ALL_CUES if "any" in kinds else kinds
    # No cue phrase holds a comma: a cue's match starts after the last comma before the number ("previous"
    # at it, its first mark), so the searches, which try every position, skip the clauses before it.
    previous_lo = lo
    comma = lower.rfind(",", lo, start) if _comma_free(lexicon or default_lexicon()) else -1
    if comma >= 0:  # found within [lo, start)
        lo, previous_lo = comma + 1, comma
    m = p.contribution.search(lower, lo, start) if "contribution" in run else None
    if m:
        return Cue("contribution", m.start(), sign=p.contribution_sign[_norm(m.group("verb"))])
    m = p.share_verb.search(lower, lo, start) if "part" in run else None
    if m:
        return Cue("part", m.start())
    m = p.from_.search(lower, lo, start) if "from" in run else None
    if m:
        return Cue("from", m.start())
    m = p.previous.search(lower, previous_lo, start) if "previous" in run else None
    if m:
        return Cue("previous", m.start(), p.base_of[_norm(m.group("base"))])
    m = p.benchmark.search(lower, lo, start) if last in p.benchmark_ends else None
    if m:
        # "GDP tăng 6,78%, cao hơn hẳn mức 5,32% của năm 2009", "thấp hơn mức 2,9% năm 2014": the benchmark's own
        # growth, as written (not the gap between them, nor a fall): its base is the figure's (`benchmark_base`)
        return Cue("increase", m.start())
    m = p.verb.search(lower, lo, start) if "verb" in run else None
    if m:
        verb, pre = m.group("verb"), m.group("pre_base") or m.group("pre_time") or m.group("pre_timed")
        # most verbs are written with single spaces: the class by the words as they stand, else normalised
        cls = p.verb_class.get(verb) or p.verb_class[_norm(verb)]
        if m.group("copula") and not _copula_reading(lower, lo, m, p):
            return None
        if _named_change(lexicon or default_lexicon()).search(lower, lo, m.end("verb")):
            return None  # "vốn đăng ký mới và tăng thêm 11.614 tỷ đồng": the verb names the level, it changes nothing
        at = _doubled_start(lower, lo, m.start(), verb)
        cause = _caused_change(lower, (floor, lo), at, cls, p) if caused else None
        if cause is not None:
            return cause
        if m.group("pre_year"):
            return Cue(cls, at, "same_period")  # "thấp hơn năm 2018 gần 17%": the year before
        return Cue(cls, at, pre and p.base_of[_norm(pre)])
    return None


@functools.cache
def _named_change(lexicon: Lexicon) -> re.Pattern[str]:
    """ "mới và tăng thêm" ending at a verb of change: the verb is coordinated into a name ("vốn cấp mới và tăng
    thêm"), it states no change."""
    return re.compile(rf"(?<!\w){alt(lexicon.words('comparisons', 'named_changes'))}$")


def _qualified_before_comma(lower: str, lo: int, start: int, p: _Patterns) -> Cue | None:
    """ "lương thực là nhóm tăng mạnh nhất, 0,6%", "dịch vụ ăn uống tăng không đáng kể, 0,08%": a verb of change and
    how it changed (a qualifier at least), then a comma and the number alone: the number is that change."""
    comma = lower.rfind(",", lo, start)
    if lower[comma + 1 : start].strip():
        return None  # ", cơ sở sản xuất 6 vụ": words of their own before the number
    word = last_word(lower, lo, comma)
    if word is None or "any" not in p.last_words.get(word, ()):
        return None  # most numbers after a comma: no qualifier ends the clause before it, no search
    m = p.verb.search(lower, lo, comma)
    if m is None or not lower[m.end("verb") : m.end()].strip() or m.group("copula"):
        return None
    cls = p.verb_class.get(m.group("verb")) or p.verb_class[_norm(m.group("verb"))]
    return Cue(cls, m.start()) if cls in ("increase", "decrease") else None


def _caused_change(lower: str, bounds: tuple[int, int], at: int, cls: str, p: _Patterns) -> Cue | None:
    """ "nhóm giáo dục tăng 15,64% (tác động làm CPI tăng 0,33%)", "kéo CPI chung giảm 0,3 điểm phần trăm": after the
    figure of a part's change, in its clause, what that change makes its whole (an index, a growth) do is its
    contribution, a level of its own (negative for a fall), as "làm giảm 0,4 điểm phần trăm" is. (With no figure
    before it, "giá xăng giảm làm CPI giảm 0,3%" is the whole's own change.) `bounds`: the sentence's start and
    where the verb's window starts."""
    floor, lo = bounds
    if cls not in ("increase", "decrease") or not any(lower.find(w, lo, at) >= 0 for w in p.caused_leads):
        return None  # most verbs: no lead before them, no pattern to try at every position
    m = p.caused_change.search(lower, lo, at)
    if m is None:
        return None
    clause = lower[max(floor, m.start() - _CAUSE_REACH) : m.start()].rsplit(";", 1)[-1]
    if not any(ch.isdigit() for ch in clause):
        return None
    return Cue("contribution", m.start(), sign=1.0 if cls == "increase" else -1.0, caused=True)


_CAUSE_REACH = 120  # characters before "làm" where the figure of the part's change is looked for


def caused_whole(lower: str, lo: int, hi: int, lexicon: Lexicon | None = None) -> tuple[int, int, int] | None:
    """Where a caused change's words stand in lower[lo:hi], which ends at its number: (the lead's start, the whole's
    start, the whole's end) for "làm CPI chung tăng ", or None."""
    p = _patterns(lexicon or default_lexicon())
    verb = p.verb.search(lower, lo, hi)
    m = p.caused_change.search(lower, lo, verb.start()) if verb is not None else None
    return None if m is None else (m.start(), m.start("whole"), m.end("whole"))


def _doubled_start(lower: str, lo: int, at: int, verb: str) -> int:
    """ "tăng tăng 1,08%": a verb's first word written twice (a slip) starts the cue at the first."""
    first = verb.split()[0]
    before = lower[lo:at].rstrip()
    if before.endswith(first) and (len(before) == len(first) or before[-len(first) - 1] == " "):
        return lo + len(before) - len(first)
    return at


def _copula_reading(lower: str, lo: int, m: re.Match[str], p: _Patterns) -> bool:
    """ "(giảm so với năm 2018 là 2,28%)", ", tăng so với cùng kỳ là 12%": a change whose number follows its base
    and a copula opens its clause and is against a time ("vượt so với Nghị quyết đề ra là 40%" states the target;
    "Tỷ lệ hộ ... không thay đổi và tăng lên so với cùng kỳ là 94,8%" describes whom the level counts)."""
    base = m.group("pre_time")
    if base is not None and p.base_of[_norm(base)] not in TIME_BASES:
        return False
    before = lower[lo : m.start()].rstrip()
    return not before or before[-1] in "(;,:\n"


@functools.cache
def _comma_free(lexicon: Lexicon) -> bool:
    """No phrase of a cue before a number holds a comma (what cue_before's narrowed searches rely on)."""
    lists = [lexicon.lists("comparisons", "verbs"), comparison_bases(lexicon)]
    lists.append(lexicon.lists("comparisons", "contributions"))
    words = [w for key in _CUE_WORDS for w in lexicon.words("comparisons", key)]
    return not any("," in w for w in words + [w for ls in lists for ws in ls.values() for w in ws])


_CUE_WORDS = ("qualifiers", "share_verbs", "from_words", "previous_word", "year_words")


def after_number(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> After:
    """The kind mark ("%", "lần", "điểm %") at `pos` and the base right after it or after `pos`."""
    p = _patterns(lexicon or default_lexicon())
    m = p.kind.match(lower, pos, end)
    kind = None
    stop = pos
    if m:
        kind = "points" if m.group("points") else "pct" if m.group("pct") else "times"
        stop = m.end()
    found = _base(p, lower, stop, end)
    note = _FOOTNOTE.match(lower, stop, end) if found is None else None
    if note is not None:  # "tăng 8,01% (1) so với cùng kỳ": a footnote's mark stands between
        found = _base(p, lower, note.end(), end)
    if found is None and kind is not None:
        closing = _CLOSING_PAREN.match(lower, stop, end)
        if closing is not None:  # "tăng 2.960 tỷ đồng (tăng 7,6%) so với đầu năm": the base after the aside
            found = _base(p, lower, closing.end(), end)
    if found is None and kind is not None:
        # "Trong mức tăng 0,42% của CPI tháng 9 so với tháng trước": the base after whose change it is
        of = p.of_subject.match(lower, stop, end)
        found = _base(p, lower, of.end(), end) if of is not None else None
    if found is None and kind == "pct" and p.measured_whole.match(lower, stop, end):
        # "thu hoạch 24,0 nghìn ha lúa, bằng 75,8% diện tích lúa đã cấy": a share of another figure
        return After(kind, stop, "other", stop)
    if found is None:
        return After(kind, stop, None, stop)
    return After(kind, stop, found[0], found[1])


def subject_after(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> tuple[int, int] | None:
    """ "0,42% của CPI tháng 9 so với": where the words naming whose change it is stand, from `pos` (after
    the percent), or None."""
    m = _patterns(lexicon or default_lexicon()).of_subject.match(lower, pos, end)
    return m.span("subject") if m is not None else None


def subject_ending_clause(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> tuple[int, int] | None:
    """ "3,27% của CPI bình quân chung.": where the words after "của" that run to the clause's end stand, from `pos`
    (after the percent), or None."""
    m = _patterns(lexicon or default_lexicon()).of_subject_end.match(lower, pos, end)
    return m.span("subject") if m is not None else None


def base_at(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> tuple[str, int] | None:
    """A base ("so với cùng kỳ năm trước") starting at `pos`: (base, end) or None."""
    return _base(_patterns(lexicon or default_lexicon()), lower, pos, end)


def _base(p: _Patterns, lower: str, pos: int, end: int) -> tuple[str, int] | None:
    b = p.base.match(lower, pos, end)
    if b is not None:
        return p.base_of[_norm(b.group("base"))], b.end()
    m = p.period_base.match(lower, pos, end)
    if m is not None:
        kind = "same_period" if m.group("year_before") else _period_kind(p, m.group("period"), lower, pos)
        return (kind, m.end()) if kind else None
    return None


_FOOTNOTE = re.compile(r"[ ]*\(\d\)")
_OF_REACH = 50  # characters of the words after "của" that may name whose change it is

_YEAR_IN = re.compile(r"\d{4}")
_MONTH_REACH = 1500  # characters before a base where the month the figure is of is looked for
_MARKER_REACH = 8  # characters before a month where "so với" makes it a base


def _period_kind(p: _Patterns, period: str, lower: str, pos: int) -> str | None:
    """ "tháng 3", "quý II" (no year): the period before; "6 tháng đầu năm 2021": the same period.
    A month with a year is the same period only when it is the month written before it
    ("CPI tháng 6/2023 ... so với tháng 6/2022"); another month is the one before ("tháng 6 tăng 3%
    so với tháng 5/2011")."""
    if not _YEAR_IN.search(period):
        return "prev_period" if period.split()[0] in p.period_words else None
    month = p.month.match(period)
    if month is None:
        return "same_period"
    before = None
    for m in p.month.finditer(lower, max(0, pos - _MONTH_REACH), pos):
        # a month compared with is no month a figure is of: "so với tháng 8/2013, ... so với tháng 9/2012"
        if not p.marker_before.search(lower, max(0, m.start() - _MARKER_REACH), m.start()):
            before = m
    if before is None:
        return _month_of_year_read(period, lower, pos)
    # ("so với tháng 07/2017" after "tháng 7/2018": the month as a number, its leading zero or none)
    return "same_period" if int(before.group(1)) == int(month.group(1)) else "prev_period"


def _month_of_year_read(period: str, lower: str, pos: int) -> str:
    """ "từ ngày 16/8/2015 đến ngày 15/9/2015 ... So với tháng 8 năm 2015, tăng 129 vụ", "Tính đến ngày 28/2 (hai tháng
    đầu năm 2025) ... tăng 6,92% so với tháng 1/2025": with no month written before, a month of the year last
    written is an earlier month of the figure's own year, the one before; of another year, the same month a year
    before."""
    years = LONE_YEAR.findall(lower, max(0, pos - _MONTH_REACH), pos)
    own = LONE_YEAR.findall(period)
    return "prev_period" if years and own and years[-1] == own[-1] else "same_period"


def steered_change(lower: str, start: int, floor: int, lexicon: Lexicon | None = None) -> float:
    """ "giảm tỷ lệ hộ nghèo khoảng 2%", "tăng tỷ lệ che phủ rừng 0,5%": a verb steering a rate, then the number in
    percent, is the rate's change: its sign (1.0 or -1.0), else 0.0. With "xuống"/"lên" before the number ("giảm tỷ
    lệ hộ nghèo xuống 10%") the number is the level steered to, no change."""
    p = _patterns(lexicon or default_lexicon())
    lo = max(floor, start - _STEER_REACH)
    mark = max(lower.rfind(ch, lo, start) for ch in ",;:(")
    m = p.steered.search(lower, mark + 1 if mark >= 0 else lo, start)
    if m is None or not p.steering_ends.isdisjoint(m.group().split()):
        return 0.0
    cls = p.verb_class.get(_norm(m.group("verb")))
    return 1.0 if cls == "increase" else -1.0 if cls == "decrease" else 0.0


_STEER_REACH = 80  # characters before a percent where the verb steering a rate is looked for


def fronted_base(lower: str, floor: int, cue_start: int, lexicon: Lexicon | None = None) -> tuple[str, int, int] | None:
    """ "So với tháng 12/2022, CPI tháng 9 tăng 3,12%": the last base written before the verb,
    as (base, start, end), or None."""
    lex = lexicon or default_lexicon()
    p = _patterns(lex)
    last = None
    for m in p.fronted.finditer(lower, floor, cue_start):
        last = m
    if last is None:
        return None
    if _closes_predicate(lex).match(lower, last.end(), cue_start):
        return None  # "tăng 2.960 tỷ đồng (bằng 7,6%) so với đầu năm và tăng 5.895 ...": the base of the one before
    kind = _fronted_kind(p, last, lower)
    return None if kind is None else (kind, last.start(), last.end())


@functools.cache
def _closes_predicate(lexicon: Lexicon) -> re.Pattern[str]:
    """A coordinator right after a base: the base ends the predicate before it, it fronts none after it."""
    return re.compile(rf"[ ,]*{word_alt(lexicon.words('indicators', 'coordinators'))}\s")


def stated_bases(lower: str, lo: int, hi: int, lexicon: Lexicon | None = None) -> list[tuple[str, int, int]]:
    """Every base written after a marker in lower[lo:hi] ("lại giảm so với tháng trước", "so với tháng
    12-2015, có 10/11 nhóm tăng"), as (base, start, end): what a sentence compares with, figure or none."""
    p = _patterns(lexicon or default_lexicon())
    out = []
    for m in p.fronted.finditer(lower, lo, hi):
        kind = _fronted_kind(p, m, lower)
        if kind is not None:
            out.append((kind, m.start(), m.end()))
    return out


def stated_base_at(lower: str, pos: int, hi: int, lexicon: Lexicon | None = None) -> tuple[str, int] | None:
    """The base written after a marker that starts right at `pos` in lower[:hi], as (base, end), or None: the
    first of `stated_bases` when it starts at `pos`, from one match instead of a search of the span."""
    p = _patterns(lexicon or default_lexicon())
    m = p.fronted.match(lower, pos, hi)
    kind = _fronted_kind(p, m, lower) if m is not None else None
    return None if m is None or kind is None else (kind, m.end())


def _fronted_kind(p: _Patterns, m: re.Match[str], lower: str) -> str | None:
    """The kind of base a `fronted` match names: a base word's, or its period's (None: no base)."""
    if m.group("base"):
        return p.base_of[_norm(m.group("base"))]
    return "same_period" if m.group("year_before") else _period_kind(p, m.group("period"), lower, m.start())


@functools.cache
def _continuation(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[\s\-+•*–]*{whole_words(lexicon.words('comparisons', 'continuations'))}")


def continues_previous(lower: str, start: int, end: int, lexicon: Lexicon | None = None) -> bool:
    """The sentence at lower[start:end] opens with "Cụ thể", "Trong đó": it goes on with the one before."""
    return _continuation(lexicon or default_lexicon()).match(lower, start, end) is not None


TIME_BASES = frozenset({"same_period", "prev_period", "prev_year_end"})  # bases in time, not a plan or another figure
CHANGES = frozenset({"change_abs", "change_pct", "change_pp"})  # comparison types that are changes


@functools.cache
def _year_end_stock(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("comparisons", "year_end_stocks")))


_DISTANT_YEARS = 2  # a base this many years or more before the figure's own year is no period a year before
_DISTANT_YEARS_READ = 3  # ... before the year of the last period read, for a figure of no period of its own


@functools.cache
def _marked_year(lexicon: Lexicon) -> re.Pattern[str]:
    """ "so với năm 2015", "so với cùng kỳ năm 2019", "so thời điểm 01/7/2011": a year written in a base, after its
    marker."""
    date = r"(?:\d{1,2}\s*[/.-]\s*){1,2}"  # "so thời điểm 01/7/2011": the year of a date
    marker = whole_words(lexicon.words("periods", "base_markers"))
    return re.compile(rf"{marker}[^\d;()]{{0,30}}?(?<!\d)(?:{date})?((?:19|20)\d\d)(?!\d)")


def distant_bases(drafts: list[Draft], lower: str, lexicon: Lexicon, year_before: int | None = None) -> None:
    """ "năm 2020 ước đạt 5.342 tỷ đồng, tăng 2 lần so với năm 2015": a base in a year two or more years before
    the year of the figure's own period is another time (`other`), not the same period a year before. (A year
    after "của", "cao hơn tốc độ tăng 4,7% của năm 2020", is the benchmark's own, no base.) A figure of no period
    of its own is of the year of the last period read before it, in its sentence or those before (`year_before`):
    "Dự kiến năm 2020, tổng giá trị sản xuất ... Thu nhập bình quân đầu người ước đạt 37,1 triệu đồng (tăng 8,9
    triệu đồng so với năm 2015)"; a year so far from it that no slip of a year read elsewhere makes it the year
    before."""
    marked = _marked_year(lexicon)
    distant: list[Candidate] = []
    year = year_before
    for d in drafts:
        own = LONE_YEAR.findall(d.period) if d.period else []
        year = int(own[-1]) if own else year
        if year is None:
            continue
        gap = _DISTANT_YEARS if own else _DISTANT_YEARS_READ
        for c in d.comparisons:
            if c.comp_base not in (None, "same_period"):
                continue
            written = [m.group(1) for m in marked.finditer(lower, c.start, c.end)]
            if not written and c.front[1]:  # "giảm đáng kể so với năm 2011, ... trong đó vùng A giảm 43 xã"
                written = [m.group(1) for m in marked.finditer(lower, *c.front)]
            if written and year - int(written[-1]) >= gap:
                c.comp_base = "other"
                c.rules.append("base:distant-year")
                distant.append(c)
                _same_base_for_unstated(d, c)
    if distant:
        _lent_distant_bases(drafts, distant)


def _lent_distant_bases(drafts: list[Draft], distant: list[Candidate]) -> None:
    """ "giảm 93 xã (giảm 1%) và giảm 1.005 thôn (giảm 1,2%) so thời điểm 01/7/2011": the changes right before a
    distant base, which took it as theirs (no base of their own), go with it, whichever figure they are of; so do
    those after a base fronted before its verb ("giảm so với năm 2011, trong đó vùng A giảm 43 xã (giảm 2,2%), vùng
    B giảm 40 xã (giảm 1,6%)")."""
    comps = sorted((c for d in drafts for c in d.comparisons), key=lambda c: c.start)
    for stated in distant:
        at = comps.index(stated)
        # (those of the stated one's own figure were given it already: they are passed over)
        i = at
        while i > 0 and _took_base(comps[i - 1]):
            i -= 1
            _as_distant(comps[i])
        i = at
        while stated.front[1] and i + 1 < len(comps) and _took_base(comps[i + 1]):
            i += 1
            _as_distant(comps[i])


def _took_base(c: Candidate) -> bool:
    return c.comp_base in ("same_period", "other") and "base:inherited" in c.rules


def _as_distant(c: Candidate) -> None:
    if c.comp_base == "same_period":
        c.comp_base = "other"
        c.rules.append("base:distant-year")


def _same_base_for_unstated(d: Draft, stated: Candidate) -> None:
    """ "giảm 48 vụ (giảm 65%) so với năm 2019": the figure's other changes that state no base of their own took
    the one stated with it; they go with it. ("gấp 5,4 lần cùng kỳ năm trước" states its own.)"""
    for c in d.comparisons:
        if c is not stated and "base:inherited" in c.rules:
            _as_distant(c)


def aggregate_growths(drafts: list[Draft], lexicon: Lexicon) -> None:
    """ "Giá trị tăng thêm khu vực nông lâm thủy sản ước đạt 3,8%", "GRDP của Sơn La đạt 9,2%": an aggregate measured
    by its growth (lexicon `growth_aggregates`), reaching a percent as its level, reaches that growth: a change
    against the same period a year before, no level (no sum is a percent; one of a share's size is left as read)."""
    aggregate, blocked = _aggregates(lexicon)
    grown = False  # the figure before was read as a growth: the plan's percent after it ("(NQ 2,11%)") is one too
    for d in drafts:
        planned = grown and d.target is not None and d.unit == "%"
        grown = False
        if d.unit != "%" or d.value is None or d.anchor.kind != "level" or d.total is not None:
            continue
        if not 0 < d.value < _GROWTH_CEILING:
            continue
        name = d.indicator.lower()
        if not planned and (aggregate.match(name) is None or blocked.search(name) is not None):
            continue
        growth = replace(d.anchor, kind="comparison", unit=None, comp_type="change_pct", comp_base=None)
        growth.rules = [*d.anchor.rules, "comparison:aggregate-growth"]
        d.anchor, d.value, d.unit = growth, None, None
        d.comparisons.insert(0, growth)
        grown = not planned


_GROWTH_CEILING = 30.0  # an aggregate's percent this high or higher is no growth a report states as its level


@functools.cache
def _aggregates(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon.words
    return (
        re.compile(whole_words(words("comparisons", "growth_aggregates"))),
        re.compile(whole_words(words("comparisons", "growth_aggregate_blockers"))),
    )


def benchmark_base(d: Draft, figure: Draft, lower: str, lexicon: Lexicon) -> None:
    """ "CPI tháng 12 tăng 0,53% so với tháng trước (thấp hơn mức tăng 1,38% của cùng kỳ năm 2010)", "so với tháng
    12/2011, CPI tăng 2,49% (thấp hơn mức tăng 10,78% của tháng 5/2011)": a rate set beside a figure's change as
    its benchmark is a change against the base of the figure's (the same measure, of another period); a period
    after "của" is the benchmark's own ("của cùng kỳ năm 2010": the same month a year before), no base."""
    base = next((c.comp_base for c in reversed(figure.comparisons) if c.comp_type in CHANGES), None)
    if base is None:
        return
    for c in d.comparisons:
        if c.comp_type not in CHANGES or c.comp_base == base:
            continue
        pct = lower.find("%", c.start, c.end)
        if c.comp_base is None or (pct >= 0 and _of_base(lexicon).match(lower, pct)):
            c.comp_base = base
            c.rules.append("base:benchmark")


@functools.cache
def _of_base(lexicon: Lexicon) -> re.Pattern[str]:
    """ "1,38% của cùng kỳ", "1,38% và 1,98% của cùng kỳ": the base of a comparison read after "của"."""
    also = rf"[ ]+{alt(lexicon.words('indicators', 'coordinators'))}[ ]+[\d.,]+[ ]*%"
    return re.compile(rf"%(?:{also})?[ ]+{alt(lexicon.words('comparisons', 'of_words'))}[ ]")


def monthly_index_bases(
    drafts: list[Draft], lexicon: Lexicon, monthly_release: bool = False, relayed: bool = False
) -> bool:
    """ "Chỉ số giá tiêu dùng tháng 3/2017 giảm 0,38%": a price index of one month, changed with no base stated
    anywhere, changed since the month before (the first figure every monthly release gives). In a text naming a
    month's price index (`monthly_release`: see `names_monthly_index`), so is a price group's or a good's price
    ("nhóm giao thông tăng 0,49%", "giá dầu hỏa tăng 0,87%") of no period but that month, with no base stated or
    carried from the sentence before: a release lists its groups' changes over the month. A base `relayed` to them
    by a sentence that compares nothing ("Bình quân 11 tháng, CPI tăng 3,29% so với cùng kỳ. Có 9/11 nhóm hàng tăng
    giá. Nhóm giao thông tăng 1,07%") is the earlier figure's, no base of the list: theirs is the month before.
    True when such a relayed base was replaced (the list goes on with the month before)."""
    p = _monthly(lexicon)
    replaced = False
    for d in drafts:
        if not d.comparisons:
            continue
        one_month = d.period is not None and p.month.fullmatch(d.period.lower()) is not None
        index = one_month and p.index.search(d.indicator.lower()) is not None
        item = monthly_release and (one_month or not d.period) and p.item.match(d.indicator.lower()) is not None
        if not index and not item:
            continue
        for c in d.comparisons:
            passed_on = item and not index and relayed and "base:previous-sentence" in c.rules
            if (c.comp_base is None or passed_on) and c.comp_type in CHANGES:
                c.comp_base = "prev_period"
                replaced = replaced or passed_on
    if replaced:  # "Nhóm giáo dục tăng 1,5%, thịt lợn tăng 2%": the list's other changes went on with the same base
        for c in (c for d in drafts for c in d.comparisons if "base:previous-sentence" in c.rules):
            c.comp_base = "prev_period"
            c.rules.append("base:monthly-release")
    return replaced


def names_monthly_index(lower: str, lexicon: Lexicon) -> bool:
    """The text names a price index of one month ("CPI tháng 10", "chỉ số giá tiêu dùng (CPI) tháng 7/2018")."""
    return _monthly(lexicon).named.search(lower) is not None


@dataclass(frozen=True)
class _MonthlyPatterns:
    index: re.Pattern[str]  # a monthly price index's name
    month: re.Pattern[str]  # one month, as a period
    named: re.Pattern[str]  # the index named with its month
    item: re.Pattern[str]  # a price group's or a good's price, opening a name


@functools.cache
def _monthly(lexicon: Lexicon) -> _MonthlyPatterns:
    indices = whole_words(lexicon.words("comparisons", "monthly_indices"))
    year = alt(lexicon.words("comparisons", "year_words"))
    month = (
        rf"{alt(lexicon.words('comparisons', 'month_words'))}\s+\d{{1,2}}(?:\s*[/.-]\s*\d{{4}}|\s+{year}\s+\d{{4}})?"
    )
    named = rf"{indices}(?:\s*\([^()]{{1,12}}\))?\s+{month}"
    items = whole_words(lexicon.words("comparisons", "price_items"))
    blocked = whole_words(lexicon.words("comparisons", "price_item_blockers"))
    item = re.compile(rf"(?!{blocked}){items}")
    return _MonthlyPatterns(re.compile(indices), re.compile(month), re.compile(named), item)


def year_end_bases(drafts: list[Draft], lexicon: Lexicon) -> None:
    """ "Tỷ lệ hộ nghèo giảm 1,5%": a stock counted once a year, at its end (the poor households), changed with
    no base stated, changed since the end of the year before (not since a period a year before)."""
    stock = _year_end_stock(lexicon)
    for d in drafts:
        if not d.comparisons or not stock.search(d.indicator.lower()):
            continue
        for c in d.comparisons:
            # a base carried from the sentence before, or lent by another figure's change in its own sentence
            # ("tỷ lệ hộ nghèo giảm bình quân 6,7%/năm; ... đạt 60,89% (tăng 12,03% so với năm 2020)"), is none the
            # stock's own clause states
            unstated = c.comp_base is None or any(r in _UNSTATED_BASES for r in c.rules)
            if unstated and c.comp_type in CHANGES:
                c.comp_base = "prev_year_end"


_UNSTATED_BASES = frozenset({"base:previous-sentence", "base:inherited", "base:default"})
_GROWTH_WINDOW = 60
_TO_WORDS = 3  # words between "từ A <unit>" and the word that leads to B
_CLAUSE_REACH = 160  # characters before the verb where the clause's opening is looked for
_CLAUSE_MARK = re.compile(r"[;:\n]|,(?!\d)")  # not the comma of "8,05"
_CLOSING_PAREN = re.compile(r"[ ]*\)")


def as_growth(reading: Reading, cue: Cue, lower: str, floor: int, lexicon: Lexicon | None = None) -> Reading:
    """ "tốc độ tăng giá trị tăng thêm ước đạt 3,6% so với cùng kỳ": a share of a base in time whose
    subject is a growth rate is that growth, a change_pct."""
    if reading.type != "pct_of" or cue.verb_class != "share" or reading.base not in TIME_BASES:
        return reading
    if not growth_before(lower, cue, floor, lexicon):
        return reading
    return Reading("change_pct", reading.value, reading.base)


def starts_with_rate(subject: str, lexicon: Lexicon | None = None) -> bool:
    """ "tỷ lệ tiêm chủng": a subject (lower case) that is itself a rate."""
    return _patterns(lexicon or default_lexicon()).rate.match(subject) is not None


def rate_before(lower: str, cue: Cue, floor: int, lexicon: Lexicon | None = None) -> bool:
    """A rate ("tỷ lệ", "tỷ trọng", "lãi suất") shortly before the verb: what the figure reaches is a rate."""
    p = _patterns(lexicon or default_lexicon())
    return p.rate.search(lower, max(floor, cue.verb_start - _GROWTH_WINDOW), cue.verb_start) is not None


def growth_before(lower: str, cue: Cue, floor: int, lexicon: Lexicon | None = None) -> bool:
    """A growth word ("tốc độ tăng", "tăng trưởng") shortly before the verb, or opening its clause: the figure is a
    growth rate. (Anywhere in a long clause is too far: "... có động lực tăng trưởng ..., đạt 1.200 tỷ đồng".)"""
    p = _patterns(lexicon or default_lexicon())
    last = None
    for m in p.growth.finditer(lower, max(floor, cue.verb_start - _GROWTH_WINDOW), cue.verb_start):
        last = m
    if last is not None:
        return last.group("level") is None  # "tỷ lệ tăng dân số tự nhiên đạt 1,2%": a demographic rate, a level
    return growth_opens_clause(lower, cue.verb_start, floor, lexicon)


def growth_right_before(lower: str, pos: int, floor: int, lexicon: Lexicon | None = None) -> bool:
    """ "hoàn thành mục tiêu tăng trưởng kinh tế 9-10%": a growth word a few words before a number with no verb,
    nothing but its subject's words between: the number is a growth rate."""
    p = _patterns(lexicon or default_lexicon())
    last = None
    for m in p.growth.finditer(lower, max(floor, pos - _GROWTH_WINDOW), pos):
        last = m
    if last is None or last.group("level") is not None:
        return False
    # "9-10%": the upper end too; "tốc độ tăng trưởng kinh tế cao (12,5%)": the rate alone in an aside after its words
    between = _RANGE_LOW.sub("", lower[last.end() : pos]).rstrip().removesuffix("(").split()
    return len(between) <= _GROWTH_SUBJECT_WORDS and all(w.isalpha() for w in between)


_GROWTH_SUBJECT_WORDS = 4  # "tăng trưởng [kinh tế quốc gia]", "tốc độ tăng [GRDP bình quân]"
_RANGE_LOW = re.compile(r"\d[\d.,]*\s*[-–]\s*$")


def growth_opens_clause(lower: str, pos: int, floor: int, lexicon: Lexicon | None = None) -> bool:
    """ "Tốc độ tăng trưởng kinh tế GRDP 6 tháng đầu năm 2023 của tỉnh Hậu Giang đạt 14,21%", "Tốc độ tăng trưởng
    kinh tế trong năm 8,7%": the clause ending at `pos` opens with the growth word, however long its subject (within
    reach)."""
    p = _patterns(lexicon or default_lexicon())
    lo = max(floor, pos - _CLAUSE_REACH)
    mark = _clause_opening(lower, lo, pos)
    if mark >= 0 and lower[mark] == "(":
        # "... (GRDP) quý 4 đạt 8,05% (cả năm ước đạt 8,44%)": an aside goes on with the clause it stands in
        mark = _clause_opening(lower, lo, mark)
    start = mark + 1 if mark >= 0 else floor
    if start < lo:
        return False  # the clause opens beyond reach
    start = _after_reporting_verb(lower, start, pos, lexicon)
    words = lower[start:pos]
    at = start + len(words) - len(words.lstrip())
    lead = _target_lead(lexicon or default_lexicon()).match(lower, at, pos)
    # "Mục tiêu tăng trưởng năm 2024 là 8%", "Chỉ tiêu tăng trưởng kinh tế đặt ra là 8,5%": a target's growth
    m = p.growth.match(lower, lead.end() if lead else at)
    return m is not None and m.group("level") is None


@functools.cache
def _target_lead(lexicon: Lexicon) -> re.Pattern[str]:
    """A target's head word before a growth word opening a clause ("mục tiêu tăng trưởng")."""
    return re.compile(rf"{whole_words(lexicon.words('indicators', 'target_heads'))}[ ]+")


def _after_reporting_verb(lower: str, start: int, pos: int, lexicon: Lexicon | None) -> int:
    """ "UBND tỉnh cho biết tốc độ tăng trưởng ... là 9,63%", "Kết quả ước tính cho thấy tốc độ tăng GRDP ...": where
    the clause reported opens, after the last reporting verb in the clause (with no comma after it), else `start`."""
    lex = lexicon or default_lexicon()
    if not any(v in lower[start:pos] for v in lex.words("comparisons", "reporting_verbs")):
        return start  # most clauses: no reporting verb, one substring test per verb
    last = start
    for m in _reporting_verb(lex).finditer(lower, start, pos):
        last = m.end()
    return last


@functools.cache
def _reporting_verb(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(whole_words(lexicon.words("comparisons", "reporting_verbs")))


def _clause_opening(lower: str, lo: int, hi: int) -> int:
    """Where the clause ending at `hi` opens: the last ",", ";", ":" or line break, or an aside's "(" still open
    at `hi` (a closed one, "(GRDP)", opens nothing); -1 for none after `lo`."""
    mark = -1
    for m in _CLAUSE_MARK.finditer(lower, lo, hi):  # a window of a few words: the last of few matches
        mark = m.start()
    paren = lower.rfind("(", lo, hi)
    while paren > mark and lower.find(")", paren, hi) >= 0:
        paren = lower.rfind("(", lo, paren)
    return max(mark, paren)


def rate_word_ending(lower: str, lo: int, hi: int, lexicon: Lexicon | None = None) -> re.Match[str] | None:
    """The rate's word ("tỷ lệ", group 1) ending lower[lo:hi], looked for a few characters before `hi` ("chiếm tỷ lệ
    5,01%")."""
    return _rate_word_end(lexicon or default_lexicon()).search(lower, max(lo, hi - _RATE_WORD_REACH), hi)


@functools.cache
def _rate_word_end(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({alt(lexicon.words('comparisons', 'rate_words'))})\s*$")


_RATE_WORD_REACH = 20  # characters before a figure where the rate's word is looked for


def is_equivalent(gap: str, lexicon: Lexicon | None = None) -> bool:
    """ ", tương đương hơn": the words between a change and the level it belongs to."""
    return _patterns(lexicon or default_lexicon()).equivalent.match(gap) is not None


def names_measured_whole(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> bool:
    """ "% diện tích nuôi", "% tổng số hồ sơ": at `pos`, a percent sign and the whole it is a share of, named as a
    figure is (see `after_number`)."""
    p = _patterns(lexicon or default_lexicon())
    m = p.kind.match(lower, pos, end)
    return m is not None and m.group("pct") is not None and p.measured_whole.match(lower, m.end(), end) is not None


def to_after(lower: str, pos: int, end: int, lexicon: Lexicon | None = None) -> int | None:
    """Where the "B" number starts in "từ A xuống còn B", given the end of A (and its unit)."""
    p = _patterns(lexicon or default_lexicon())
    m = p.to.match(lower, pos, end)
    return m.end() if m else None


class Reading(NamedTuple):
    """A comparison read off one number: its type, signed value and base (None: not stated)."""

    type: str
    value: float
    base: str | None


def read_comparison(cue: Cue, value: float, after: After, has_unit: bool) -> Reading | None:
    """Turn cue + number + after-mark into a comparison; None means the number is a level."""
    base = after.base or cue.pre_base
    cls = cue.verb_class
    if cls in ("increase_to", "decrease_to") and base is None:
        return None  # "tăng lên 54,2%", "giảm xuống 3,5%" with no base: the level reached
    if cls in ("increase", "decrease", "increase_to", "decrease_to"):
        sign = 1.0 if cls.startswith("increase") else -1.0
        if after.kind == "points":
            return Reading("change_pp", sign * value, base)
        if after.kind == "pct":
            return Reading("change_pct", sign * value, base)
        if after.kind == "times":
            return Reading("change_pct", _times_change(value, sign), base)
        return Reading("change_abs", sign * value, base)
    if cls == "times" and base == "plan":
        # "gấp 1,8 lần kế hoạch": a share of the plan, as "vượt kế hoạch 1,8 lần"
        return Reading("pct_of", round(value * 100, 6), base) if after.kind != "pct" else None
    if cls == "times":
        return Reading("change_pct", _times_change(value, 1.0), base) if after.kind != "pct" else None
    if cls == "exceed":
        return _exceed(value, after, base)
    if cls == "share" and base is not None and after.kind in ("pct", "times"):
        return Reading("pct_of", value if after.kind == "pct" else value * 100, base)
    if cls == "share" and after.kind is None and not has_unit and after.base == "same_period":
        return Reading("pct_of", value, after.base)  # "bằng 70,6 cùng kỳ năm trước": the "%" left out
    if cls == "previous":
        return Reading("previous", value, cue.pre_base)
    return None


def _times_change(n: float, sign: float) -> float:
    """ "tăng gấp 3,85 lần" is +285%; "giảm 2 lần" is -50%."""
    if sign > 0:
        return round((n - 1) * 100, 6)
    return round(-(1 - 1 / n) * 100, 6) if n else 0.0


def _exceed(value: float, after: After, base: str | None) -> Reading | None:
    if after.kind == "points":
        return Reading("change_pp", value, base or "plan")  # "vượt 1,13 điểm phần trăm so với mục tiêu"
    if after.kind == "pct" and base in ("same_period", "prev_period"):
        # "vượt 2,3% so với cùng kỳ": outdoing a base in time by 2,3% is a growth of 2,3%, not a share
        return Reading("change_pct", value, base)
    if after.kind == "pct":
        return Reading("pct_of", round(100 + value, 6), base or "plan")
    if after.kind == "times":
        return Reading("pct_of", round(value * 100, 6), base or "plan")
    return Reading("change_abs", value, base or "plan")
