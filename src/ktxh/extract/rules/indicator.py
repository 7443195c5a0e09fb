"""Indicator names: the noun phrase before a figure, cleaned of reporting verbs and
period words, with ellipsis resolved.

- "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn" -> "Tổng sản lượng lương thực có hạt"
- a name that starts with no head noun ("Đã trồng 1.272 ha lạc") is built from what the unit
  measures, the words after the unit and the verb: "Diện tích lạc trồng";
  a counted noun gives "Số ...": "Đăng ký thành lập mới 46 doanh nghiệp" -> "Số doanh nghiệp ...".
- a part whose name starts with "khu vực", "ngành"... takes its whole's name first.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace

from ktxh.extract.candidates import ASIDE_RULE, AVERAGE_RULE, TARGET_NAME_RULE, TARGET_RULE, Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules import sentence
from ktxh.extract.rules.comparison import (
    TIME_BASES,
    base_at,
    caused_whole,
    rate_word_ending,
    stated_base_at,
    stated_bases,
    subject_after,
    subject_ending_clause,
)
from ktxh.extract.rules.nonfacts import criteria_end, member_share_end
from ktxh.extract.rules.period import period_pattern
from ktxh.extract.rules.quantity import base_unit, split_magnitude
from ktxh.extract.rules.sentence import Context, clause_start
from ktxh.extract.rules.words import ASIDE, alt, is_place_name, whole_words, word_alt
from ktxh.extract.rules.words import capitalise as _capitalise
from ktxh.extract.rules.words import in_running_text as _in_running_text
from ktxh.model import Fact

_MAX_AFTER_WORDS = 10
_MAX_NAME_WORDS = 40  # names build on names before them; a cap keeps long sentences linear
_AFTER_WINDOW = 160
# "143 tỷ đồng- tăng gấp 4,45 lần": a dash before a space ends the words describing a figure, as a comma does
_AFTER_END = re.compile(r"[\d(),;:]|[-–](?= )")
_WORD = re.compile(r"[^\W\d_]+")


_AFTER_DANGLING = " -–.,"  # what may follow the last digit of a dangling number ending a name (spaces: single)


@dataclass(frozen=True)
class _Patterns:
    leading: re.Pattern[str]
    steering: re.Pattern[str]  # "giảm" before a head noun: "giảm tỷ lệ hộ nghèo xuống 5%" names "tỷ lệ hộ nghèo"
    steered_to: re.Pattern[str]  # "xuống", "lên" ending the words before the figure: the level steered to
    trailing: re.Pattern[str]
    trailing_ends: dict[str, tuple[str, ...]]  # last character -> the last words of trailing phrases ending with it
    kept_endings: tuple[str, ...]  # nouns that end with a trailing word: "nhà ở"
    unkept_endings: tuple[str, ...]  # " hàng không đạt": a kept ending that is another word's end, so not kept
    head: re.Pattern[str]
    part_head: re.Pattern[str]
    object_verbs: frozenset[str]  # "giải ngân": a name that needs its object, from the clause before
    object_end: re.Pattern[str]  # where that object's words end
    level_reached: re.Pattern[str]  # "và tăng lên mức": all the words between a level and the one its subject reached
    branch_head: re.Pattern[str]  # "sản xuất và phân phối": a branch's name whose first comma part is long
    after_stop: re.Pattern[str]
    age: re.Pattern[str]  # "5 tuổi", "12-17 tuổi": an age in the words describing counted people, no end of them
    estimate: re.Pattern[str]
    coordinator: re.Pattern[str]
    second_predicate: re.Pattern[str]  # a verb opening a second predicate after a long phrase's "và"
    head_intro: re.Pattern[str]
    benchmark: re.Pattern[str]
    benchmark_phrase: re.Pattern[str]  # the phrase alone: whether `benchmark` can match, without its hedges
    compared_growth: re.Pattern[str]  # "so với mức tăng" right before a figure: another time's growth, compared with
    aspect: re.Pattern[str]
    respective: re.Pattern[str]
    comma_names: re.Pattern[str]
    comma_name_starts: frozenset[str]  # their first letters
    restatement: re.Pattern[str]
    anaphor: re.Pattern[str]
    connector: re.Pattern[str]
    attribution: re.Pattern[str]  # "theo Cục Thống kê tỉnh,": a source cited, up to its comma
    respectively: re.Pattern[str]
    list_split: re.Pattern[str]  # the commas and coordinators between the items of a list
    contribution_verb: re.Pattern[str]  # "làm giảm", or what is left of it once "giảm" is stripped
    contribution_tail: re.Pattern[str]  # the same verb ending a subject's words: "chênh lệch xuất nhập khẩu làm"
    contribution: str
    contribution_noun: re.Pattern[str]  # "tác động " right before "làm CPI tăng": the noun naming a contribution
    quantifier_before: re.Pattern[str]
    subject_stop: re.Pattern[str]
    equivalent: re.Pattern[str]
    bare_head: re.Pattern[str]
    measures: dict[str, str]
    count: str
    counted: str  # "số ": how the noun of a counted unit starts (asked several times per figure)
    share: str
    name_nouns: tuple[str, ...]  # count and measure words, longest first
    name_prefixes: tuple[str, ...]  # the same, each followed by a space
    rate_named: re.Pattern[str]  # "đạt tỷ lệ": a rate named by no more than its word
    head_count: str  # "số con": the name of a count of animals
    herd: str  # "đàn"
    herd_animals: frozenset[str]
    rate_start: re.Pattern[str]  # "tỷ lệ nợ xấu": a name that is already a rate
    compared: re.Pattern[str]  # "đã giảm so với": a predicate with no figure of its own inside a name
    head_aspect: re.Pattern[str]  # "năng suất bình quân": a head noun and an aspect of it
    nouns: dict[tuple[str, str], str]  # (unit, unit as written) -> its noun: asked several times per figure
    example_intro: re.Pattern[str]  # "... có mức tăng cao như": the figure's name is the example after it
    aspect_done: re.Pattern[str]  # an aspect, and a verb of doing: "lũy kế", "lũy kế thực hiện"
    place_unit: re.Pattern[str]  # "thành phố ", "tỉnh ": the kind of place before its name
    place_growth_cause: re.Pattern[str]  # "giúp": a place's own growth follows
    superlative: re.Pattern[str]  # " cao nhất", " thấp nhất": a ranking's words after a growth noun
    list_intros: frozenset[str]  # "như", "là": the words opening a list
    copula_words: frozenset[str]  # "nhất là", "nhiều nhất là": a superlative's link to what it picks
    place_measure: re.Pattern[str]  # " là địa phương có ", " có ": a place's measure follows
    place_acronyms: frozenset[str]  # "tphcm": places written in capitals only
    place_set: re.Pattern[str]  # "một số địa phương ...": a label that only picks places out
    place_set_intro: re.Pattern[str]  # "một số địa phương có mức tăng khá là ": such a label, up to its list
    list_intro: re.Pattern[str]  # "như", "gồm": a word that introduces a list
    item_label: re.Pattern[str]  # "3 nhóm hàng ... có chỉ số giá": a label picking items out, up to its measure
    item_set_kept: frozenset[str]  # "nhóm": kinds whose word stands before the item in its name
    item_list_open: re.Pattern[str]  # ":", "như", "gồm", "là": what opens the items after such a label
    item_measure_end: re.Pattern[str]  # where the measure of such a label ends: a mark, a figure, a stop word
    auxiliary: re.Pattern[str]  # "tiếp tục", "đã", "vẫn": words before a verb that name nothing
    base_marker: re.Pattern[str]  # "so với": a name of nothing but it is the figure a figure is compared with
    growth_base: re.Pattern[str]  # "6,28% so với ": a growth in percent and its base's marker, before the base's words
    manner: re.Pattern[str]  # "đạt khá", "tăng mạnh" ending a clause: how its subject fared
    measure_nouns: tuple[str, ...]  # "diện tích", "sản lượng": what units measure, the heads a qualifier goes on
    money_words: re.Pattern[str]  # "giải ngân", "quyết toán": words that already name a sum of money
    purpose_units: frozenset[str]  # "đồng": a sum spent for a purpose
    money_noun: str  # "giá trị": what a sum in a unit of money is named by when nothing else names it
    purpose: re.Pattern[str]  # "để (thực hiện)" right after such a sum
    purpose_end: re.Pattern[str]  # a mark, a figure or a word ("cho") ending the purpose's words
    purpose_noun: str  # "kinh phí": what names a sum by its purpose
    fine: re.Pattern[str]  # "phạt tiền", "xử phạt số tiền" ending the words before a sum: the verb that names it
    fine_noun: str  # "số tiền": what names a sum by the penalty it is
    earned: re.Pattern[str]  # "thu về" ending the words before a sum: it names what the sum is ("doanh thu")
    earned_nouns: dict[str, str]  # "thu về" -> "doanh thu"
    offence: re.Pattern[str]  # "vi phạm": a count's words that name the offence a fine is for
    hedges: re.Pattern[str]  # estimate words, leading words and periods: a name of only these names nothing
    stock_after: re.Pattern[str]  # "% hộ nghèo", "% số hộ nghèo": a stock right after a percent
    trailing_name: re.Pattern[str]  # "xuất siêu": a trailing word that names the figure when no head does
    count_head: re.Pattern[str]  # "số ", "tổng số ": a count's head opening words
    dangling_number: re.Pattern[str]  # " khoảng 400" ending a name: a range's lower end read as no figure
    stock_rate: str  # "tỷ lệ": what names a stock's rate
    turn: re.Pattern[str]  # "tiếp tục", "tăng mạnh": where a clause turns to how its subject fared
    change_verbs: frozenset[str]  # "tăng", "giảm": the verbs of a change
    member_wholes: frozenset[str]  # "trong": the words opening a count whose things later counts count
    manner_ends: tuple[str, ...]  # their last words: a text ending with none of them needs no search
    office: re.Pattern[str]  # "Tổng Bí thư", "Tổng công ty": an office or a body, though it starts with a head
    topic_kinds: re.Pattern[str]  # " một số loại ...", " các ...": the kinds a label counts its items among
    growth: re.Pattern[str]  # "mức tăng", "tăng trưởng": a growth named by its noun
    rank_lead: re.Pattern[str]  # "xếp thứ ba cả nước là" opening a name: a rank, no words of it
    streak_lead: re.Pattern[str]  # "là năm thứ 4 liên tiếp" opening a name: how long, no words of it
    streak_tail: re.Pattern[str]  # "năm thứ hai liên tiếp" ending a name
    streak_ends: tuple[str, ...]  # "liên tiếp": no streak without one
    rank_tail: re.Pattern[str]  # "xếp thứ hai cả nước" ending a name
    copula: re.Pattern[str]  # "nhất là" after a superlative: what follows it is named
    abbreviations: dict[str, str]  # "kh" -> "kế hoạch": a plan's word written out in a name
    age_aside: re.Pattern[str]  # "(15-59 tuổi)", "(từ 60 tuổi trở lên)": an aside of ages or durations
    rank_words: tuple[str, ...]  # the rank verbs' last words ("thứ", "đầu"): a name without one holds no rank
    bare_reach: re.Pattern[str]  # "đạt mức": a share's verb and a growth's noun, naming nothing
    coordinators_set: frozenset[str]
    reach_verbs: frozenset[str]  # "đạt", "vượt": verbs of reaching a plan, two of which join ("đạt và vượt")
    reach_verb: re.Pattern[str]
    kind_blocker: re.Pattern[str]  # "và tăng", "và các": words after "và" that open no second noun of a kind
    head_qualifier: re.Pattern[str]  # "toàn vụ", "trung bình": words qualifying a head noun, naming no subject
    crop_measures: frozenset[str]  # "năng suất", "sản lượng": a crop's measures, a name alone borrowing the crop
    crop_stage: re.Pattern[str]  # "gieo cấy ", "thu hoạch ": a stage of a crop's season, qualifying its area only
    crop_classes: frozenset[str]  # "cây hằng năm": a label naming a class of crops, not one crop
    description: re.Pattern[str]  # " tiếp tục là nguồn thu chủ lực": what a subject is said to be, ending a name
    description_links: tuple[str, ...]  # " là ": a name without one is said to be nothing
    description_blockers: re.Pattern[str]  # "nhất", "thứ": words of a ranking before "là"
    target_verb: re.Pattern[str]  # "phấn đấu": the figures after it in a sentence are targets
    target_head: re.Pattern[str]  # "kế hoạch", "mục tiêu": a name that is already a target's
    target_name: str  # "kế hoạch": what names a target
    reached: re.Pattern[str]  # "đã": a figure described by it is already reached, no target
    part_measure: re.Pattern[str]  # "giá trị", "chỉ số sản xuất": a whole's measure its parts' changes take
    aggregate: re.Pattern[str]  # "gdp", "tổng sản phẩm": a whole whose parts' changes keep their own names
    sector_word: re.Pattern[str]  # " ngành ", " khu vực ": where a whole's own sector starts in its name
    event_units: frozenset[str]  # "vụ": a count of events
    with_predicate: re.Pattern[str]  # "ghi nhận", "cho thấy": what a subject showed, before "với" and a measure
    with_link: re.Pattern[str]  # "với" right after the words naming a figure: its measure follows
    caused: re.Pattern[str]  # "làm " before "ngập úng", "thiệt hại": what befell the things counted follows its cause
    with_role: re.Pattern[str]  # " là động lực tăng trưởng của": a role the subject has, of something
    passive: re.Pattern[str]  # "bị": what befell the things counted follows, maybe a list ("sập đổ, cuốn trôi")
    scope_mark: re.Pattern[str]  # "đối với" right after a figure: what its measure is of follows
    occurred: re.Pattern[str]  # " xảy ra" ending the words before a count of events: the verb of occurring
    person_units: frozenset[str]  # "phiếu": what is counted of a person (votes)
    person_title: re.Pattern[str]  # "ông", "các bà": a title before a person's name
    person_link: str  # "của": what joins a count to its person
    contributing: re.Pattern[str]  # "khu vực", "ngành": a sector whose contribution a bare "đóng góp" figure is
    located_change: re.Pattern[str]  # "tăng ở ", "tăng cao ở cả ": a change verb and a mark right before a count
    located_link: str  # "có": what joins a count of places to the subject that changed in them
    located_verb: re.Pattern[str]  # the same verb and mark anywhere
    sector_end: re.Pattern[str]  # "tăng", "vẫn", "(": where the words naming such a sector end
    plan_object_blocker: re.Pattern[str]  # "của", "giai đoạn" after a plan's word: no words of what it is of
    plan_giver_end: re.Pattern[str]  # "giao", "đề ra" ending the words after a plan's word: who set it, not what


_ATTRIBUTION_REACH = 60  # characters of a cited source's words ("Cục Thống kê tỉnh Đồng Tháp") before its comma
_ROLE_REACH = 60  # characters after "là" where the "của" of a role ("là động lực tăng trưởng của") is looked for


def _reaching_verbs(lexicon: Lexicon) -> list[str]:
    """The verbs of a level reached: "tăng lên", "giảm xuống" (lexicon comparisons `verbs`)."""
    verbs = lexicon.lists("comparisons", "verbs")
    return verbs["increase_to"] + verbs["decrease_to"]


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    w = lexicon.words
    return _Patterns(
        leading=re.compile(rf"[\s{re.escape(sentence.TRIM)}]*{alt(w('indicators', 'leading'))}(?!\w)"),
        steering=re.compile(
            rf"[\s{re.escape(sentence.TRIM)}]*{alt(w('indicators', 'steering_verbs'))}\s+"
            rf"(?={alt(w('indicators', 'heads'))}(?!\w))"
        ),
        steered_to=re.compile(
            rf"{word_alt(w('indicators', 'steering_ends'))}"
            rf"(?:\s+{alt(w('comparisons', 'qualifiers'))})*[\s{re.escape(sentence.TRIM)}]*$"
        ),
        trailing=re.compile(rf"{word_alt(w('indicators', 'trailing'))}[\s{re.escape(sentence.TRIM)}]*$"),
        trailing_ends=_by_last_character({phrase.split()[-1] for phrase in w("indicators", "trailing")}),
        kept_endings=tuple(f" {noun}" for noun in w("indicators", "kept_endings")),
        unkept_endings=tuple(f" {words}" for words in w("indicators", "unkept_endings")),
        head=re.compile(whole_words(w("indicators", "heads"))),
        part_head=re.compile(rf"^{alt(w('indicators', 'part_heads'))}(?!\w)"),
        object_verbs=frozenset(w("indicators", "object_verbs")),
        object_end=re.compile(rf"[\d,;:()]|\s{whole_words(w('indicators', 'object_ends'))}"),
        level_reached=re.compile(
            rf"[\s,]*(?:{alt(w('indicators', 'coordinators'))}\s+)?"
            rf"{alt(_reaching_verbs(lexicon))}"
            rf"(?:\s+{alt(w('comparisons', 'qualifiers'))})*\s*"
        ),
        branch_head=re.compile(rf"{alt(w('indicators', 'branch_heads'))}(?!\w)"),
        age=re.compile(rf"\d+(?:[ ]*[-–][ ]*\d+)?[ ]*{alt(w('indicators', 'age_words'))}(?!\w)"),
        after_stop=re.compile(
            rf"(?!{alt(w('indicators', 'after_kept'))}(?!\w)){whole_words(w('indicators', 'after_stops'))}"
        ),
        estimate=re.compile(whole_words(w("indicators", "estimate"))),
        coordinator=re.compile(whole_words(w("indicators", "coordinators"))),
        second_predicate=re.compile(rf"^{alt(w('indicators', 'second_predicates'))}(?!\w)"),
        head_intro=re.compile(
            rf"{word_alt(w('indicators', 'head_intros'))}\s+(?P<head>{alt(w('indicators', 'heads'))})(?!\w)"
        ),
        benchmark=re.compile(rf"(?:\w+\s+){{0,{_BENCHMARK_HEDGES}}}{alt(w('indicators', 'benchmarks'))}"),
        benchmark_phrase=re.compile(alt(w("indicators", "benchmarks"))),
        compared_growth=re.compile(
            rf"{whole_words(w('periods', 'base_markers'))}\s+{alt(w('comparisons', 'growth_words'))}"
            rf"(?:\s+{alt(w('comparisons', 'qualifiers'))})*\s*$"
        ),
        aspect=re.compile(alt(w("indicators", "aspects"))),
        respective=re.compile(whole_words(w("indicators", "respective"))),
        comma_names=re.compile(whole_words(w("indicators", "comma_names"))),
        comma_name_starts=frozenset(name[0] for name in w("indicators", "comma_names")),
        anaphor=re.compile(alt(w("indicators", "anaphors"))),
        connector=re.compile(f"{whole_words(w('indicators', 'clause_connectors'))}|{_contrast(lexicon)}"),
        attribution=re.compile(
            rf"(?<!\w){alt(w('indicators', 'attribution_marks'))}\s+{alt(w('indicators', 'attribution_sources'))}"
            rf"(?!\w)[^,;:()\d]{{0,{_ATTRIBUTION_REACH}}},"
        ),
        respectively=re.compile(whole_words(w("comparisons", "respectively"))),
        list_split=re.compile(rf"\s*[,;]\s*|\s+{whole_words(w('indicators', 'coordinators'))}\s+"),
        contribution_verb=re.compile(alt(_contribution_verbs(lexicon))),
        contribution_tail=re.compile(rf"\s{alt(_contribution_verbs(lexicon))}$"),
        contribution=lexicon.data["measures"]["contribution"],
        contribution_noun=re.compile(rf"{word_alt(lexicon.words('measures', 'contribution_nouns'))}[ ]+$"),
        restatement=re.compile(
            rf"(?:{word_alt(w('indicators', 'conditionals'))}\s+)?"
            rf"(?P<what>{whole_words(w('indicators', 'restatements'))})"
        ),
        quantifier_before=re.compile(rf"{word_alt(w('indicators', 'quantifiers'))}\s+$"),
        subject_stop=re.compile(whole_words(w("indicators", "subject_stops"))),
        equivalent=re.compile(whole_words(w("comparisons", "equivalents"))),
        bare_head=re.compile(
            rf"{alt(w('indicators', 'heads'))}"
            rf"(?:\s*(?:{alt(w('indicators', 'heads') + w('indicators', 'head_qualifiers'))}))*\s*"
        ),
        measures=lexicon.mapping("measures", "measures"),
        count=lexicon.data["measures"]["count"],
        counted=lexicon.data["measures"]["count"] + " ",
        share=lexicon.data["measures"]["share"],
        name_nouns=_name_nouns(lexicon),
        name_prefixes=tuple(f"{w} " for w in _name_nouns(lexicon)),
        rate_named=re.compile(
            rf"(?:{alt(lexicon.lists('comparisons', 'verbs')['share'])}\s+)?"
            rf"(?P<rate>{alt(w('comparisons', 'rate_words'))})"
        ),
        head_count=f"{lexicon.data['measures']['count']} {lexicon.data['measures']['herd_unit']}",
        herd=lexicon.data["measures"]["herd"],
        herd_animals=frozenset(w("measures", "herd_animals")),
        rate_start=re.compile(whole_words(w("comparisons", "rate_words"))),
        head_aspect=re.compile(rf"{alt(w('indicators', 'heads'))}(?:\s+{alt(w('indicators', 'aspects'))})?"),
        compared=re.compile(
            rf"\s{word_alt([v for vs in lexicon.lists('comparisons', 'verbs').values() for v in vs])}"
            rf"\s+{whole_words(w('periods', 'base_markers'))}"
        ),
        nouns={},
        example_intro=re.compile(rf"{word_alt(w('indicators', 'example_intros'))}\s+"),
        aspect_done=re.compile(rf"{alt(w('indicators', 'aspects'))}(?:\s+{alt(w('indicators', 'done_verbs'))})?"),
        base_marker=re.compile(alt(w("periods", "base_markers"))),
        growth_base=re.compile(rf"[^%]*%\s*{whole_words(w('periods', 'base_markers'))}\s+"),
        manner=re.compile(rf"{word_alt(w('indicators', 'manner_predicates'))}[\s{re.escape(sentence.TRIM)}]*$"),
        measure_nouns=tuple(sorted(set(lexicon.mapping("measures", "measures").values()))),
        money_words=re.compile(rf"{alt(w('measures', 'money_words'))}(?!\w)"),
        purpose_units=frozenset(w("measures", "purpose_units")),
        money_noun=lexicon.mapping("measures", "measures")[lexicon.words("measures", "purpose_units")[0]],
        purpose=re.compile(
            rf"\s*{alt(w('measures', 'purpose_marks'))}\s+(?:{alt(w('indicators', 'done_verbs'))}\s+)?(?=[^\W\d_])"
        ),
        purpose_end=re.compile(rf"[,;.:()\d]|{whole_words(w('measures', 'purpose_ends'))}"),
        purpose_noun=lexicon.data["measures"]["purpose_noun"],
        fine=re.compile(rf"(?:^|\s)({alt(w('measures', 'fine_verbs'))})(?:\s+{alt(w('measures', 'fine_fillers'))})?$"),
        fine_noun=lexicon.data["measures"]["fine_noun"],
        earned=re.compile(rf"(?:^|\s)({alt(list(lexicon.mapping('measures', 'earned_verbs')))})$"),
        earned_nouns=lexicon.mapping("measures", "earned_verbs"),
        offence=re.compile(rf"(?:^|\s){alt(w('measures', 'fine_offences'))}(?!\w)"),
        stock_after=re.compile(
            # "3% hộ nghèo", "2 đến 3% số hộ nghèo" (the range's lower end too)
            rf"\d[\d.,]*(?:[ ]*(?:[-–]|{alt(w('comparisons', 'range_words'))})[ ]*\d[\d.,]*)?[ ]*%[ ]*"
            rf"(?:{alt(w('units', 'count_heads'))}[ ]+)?(?P<stock>{alt(w('comparisons', 'year_end_stocks'))})(?!\w)"
        ),
        stock_rate=lexicon.data["comparisons"]["stock_rate_word"],
        trailing_name=re.compile(whole_words(w("indicators", "trailing_names"))),
        count_head=re.compile(rf"{alt(w('units', 'count_heads'))}\s+"),
        dangling_number=re.compile(
            rf"(?:\s+{alt(w('comparisons', 'qualifiers'))})*\s+(?!(?:19|20)\d\d$)\d[\d.,]*\s*[-–]?$"
        ),
        hedges=re.compile(
            rf"(?<=\s)(?:{alt(w('indicators', 'estimate') + w('indicators', 'leading'))}"
            rf"|{period_pattern(lexicon).pattern})(?=\s)"
        ),
        turn=re.compile(
            rf"(?<!\w){alt(w('indicators', 'manner_predicates') + w('indicators', 'statement_words'))}(?!\w)"
        ),
        member_wholes=frozenset(w("indicators", "member_wholes")),
        coordinators_set=frozenset(w("indicators", "coordinators")),
        reach_verbs=frozenset(_reach_verbs(lexicon)),
        reach_verb=re.compile(rf"\s*{alt(_reach_verbs(lexicon))}(?!\w)"),
        kind_blocker=re.compile(rf"\s*{alt(_kind_blockers(lexicon))}(?!\w)"),
        change_verbs=frozenset(_change_verbs(lexicon)),
        manner_ends=tuple({phrase.split()[-1] for phrase in w("indicators", "manner_predicates")}),
        place_unit=re.compile(rf"{alt(w('indicators', 'place_units'))}\s+"),
        place_growth_cause=re.compile(whole_words(w("indicators", "place_growth_causes"))),
        superlative=re.compile(rf"\s+{whole_words(w('comparisons', 'superlatives'))}"),
        list_intros=frozenset(w("indicators", "list_intros") + w("indicators", "example_intros")),
        copula_words=frozenset(
            w("indicators", "superlative_links")
            + [f"{s} {c}" for s in w("comparisons", "superlatives") for c in w("indicators", "description_links")]
        ),
        place_measure=re.compile(rf"\s+{whole_words(w('indicators', 'place_measure_links'))}\s+"),
        place_acronyms=frozenset(w("indicators", "place_acronyms")),
        place_set=re.compile(rf"{alt(w('indicators', 'place_sets'))}(?!\w)"),
        place_set_intro=re.compile(
            rf"{alt(w('indicators', 'place_sets'))}(?:\s+[^\W\d_]+){{0,{_PLACE_SET_WORDS}}}?"
            rf"\s+{alt(w('indicators', 'place_set_links'))}\s+"
        ),
        list_intro=re.compile(alt(w("indicators", "list_intros"))),
        item_label=re.compile(
            rf"(?:{word_alt(w('indicators', 'item_set_quantifiers'))}|(?<![\d.,])\d+(?:/\d+)?)\s+"
            rf"(?P<kind>{alt(w('indicators', 'item_sets'))})(?![\w,])(?:\s+[^\s:;()]+){{0,{_ITEM_LABEL_WORDS}}}?"
            rf"\s+{alt(w('indicators', 'item_set_links'))}\s+(?P<measure>{alt(w('indicators', 'heads'))})(?!\w)"
        ),
        item_set_kept=frozenset(w("indicators", "item_set_kept")),
        item_list_open=re.compile(
            rf":|{whole_words(w('indicators', 'list_intros') + w('indicators', 'example_intros'))}"
        ),
        item_measure_end=re.compile(
            rf"[,:;()\d]|{whole_words(w('indicators', 'subject_stops') + w('indicators', 'list_intros'))}"
        ),
        auxiliary=re.compile(whole_words(w("indicators", "connectors"))),
        office=re.compile(whole_words(w("indicators", "offices"))),
        growth=re.compile(whole_words(w("comparisons", "growth_words"))),
        topic_kinds=re.compile(rf"\s{whole_words(w('indicators', 'quantifiers'))}\s"),
        streak_lead=re.compile(
            rf"[\s{re.escape(sentence.TRIM)}]*(?:{alt(w('indicators', 'streak_copulas'))}\s+)?"
            rf"{alt(w('indicators', 'streak_heads'))}\s+\S+\s+{whole_words(w('indicators', 'streak_ends'))}"
        ),
        streak_tail=re.compile(
            rf"\s+{alt(w('indicators', 'streak_heads'))}\s+\S+\s+{alt(w('indicators', 'streak_ends'))}"
            rf"[\s{re.escape(sentence.TRIM)}]*$"
        ),
        streak_ends=tuple(w("indicators", "streak_ends")),
        rank_lead=re.compile(
            rf"[\s{re.escape(sentence.TRIM)}]*{_rank(lexicon)}(?:\s+{alt(w('indicators', 'rank_links'))})?(?!\w)"
        ),
        rank_tail=re.compile(rf"{_rank(lexicon)}[\s{re.escape(sentence.TRIM)}]*$"),
        copula=re.compile(whole_words(w("indicators", "superlative_links"))),
        abbreviations=lexicon.mapping("indicators", "abbreviations"),
        age_aside=re.compile(
            rf"\((?:[^\W\d_]+\s+)?\d+(?:\s*[-–]\s*\d+)?\s+{alt(w('nonfacts', 'after_words'))}(?!\w)[^()\d]*\)"
        ),
        rank_words=tuple({phrase.split()[-1] for phrase in w("indicators", "rank_verbs")}),
        crop_measures=frozenset(w("indicators", "crop_measures")),
        crop_stage=re.compile(rf"(?:{alt(w('indicators', 'crop_stages'))}(?!\w)\s*)+"),
        crop_classes=frozenset(w("indicators", "crop_classes")),
        head_qualifier=re.compile(rf"{alt(w('indicators', 'head_qualifiers'))}(?!\w)"),
        bare_reach=re.compile(
            rf"{alt(lexicon.lists('comparisons', 'verbs')['share'])}"
            rf"(?:\s+{alt(sorted({g.rsplit(' ', 1)[0] for g in w('comparisons', 'growth_words') if ' ' in g}))})?"
        ),
        description=re.compile(
            rf"\s+{alt(w('indicators', 'description_adverbs'))}\s+{alt(w('indicators', 'description_links'))}"
            rf"\s+[^\W\d][^\d]*$"
        ),
        description_links=tuple(f" {link} " for link in w("indicators", "description_links")),
        description_blockers=re.compile(whole_words(w("indicators", "description_blockers"))),
        target_verb=re.compile(whole_words(w("indicators", "target_verbs"))),
        target_head=re.compile(rf"{alt(w('indicators', 'target_heads'))}(?!\w)"),
        target_name=lexicon.data["indicators"]["target_name"],
        reached=re.compile(rf"{alt(w('indicators', 'reached_marks'))}(?!\w)"),
        part_measure=re.compile(rf"{alt(w('indicators', 'part_measures'))}(?!\w)"),
        aggregate=re.compile(whole_words(w("indicators", "aggregates"))),
        sector_word=re.compile(rf"\s{whole_words(w('indicators', 'part_heads'))}"),
        event_units=frozenset(w("indicators", "event_units")),
        occurred=re.compile(rf"(?:^|\s){alt(w('indicators', 'occurrence_verbs'))}$"),
        with_predicate=re.compile(whole_words(w("indicators", "with_predicates"))),
        passive=re.compile(whole_words(w("indicators", "passive_marks"))),
        scope_mark=re.compile(rf"[ ]*{alt(w('indicators', 'scope_marks'))}(?!\w)"),
        with_role=re.compile(
            rf"(?<!\w){alt(w('indicators', 'description_links'))}\s"
            rf"(?=[^\d,;:()]{{0,{_ROLE_REACH}}}\s{alt(w('indicators', 'role_links'))}\s)"
        ),
        caused=re.compile(
            rf"(?<!\w){alt(w('indicators', 'disaster_links'))}\s+(?={alt(w('indicators', 'damage_effects'))}(?!\w))"
        ),
        with_link=re.compile(rf"[\s{re.escape(sentence.TRIM)}]*{alt(w('indicators', 'with_links'))}(?!\w)"),
        person_units=frozenset(w("indicators", "person_units")),
        person_title=re.compile(rf"{whole_words(w('indicators', 'person_titles'))}[ ]+"),
        person_link=lexicon.data["indicators"]["person_link"],
        contributing=re.compile(whole_words(w("indicators", "contributing_sectors"))),
        located_change=re.compile(rf"{_located(lexicon)}\s+$"),
        located_link=lexicon.data["indicators"]["located_link"],
        located_verb=re.compile(rf"{_located(lexicon)}\s"),
        sector_end=re.compile(rf"[\d,;:()]|\s{whole_words(w('indicators', 'sector_ends'))}"),
        plan_object_blocker=re.compile(rf"{alt(w('indicators', 'plan_object_blockers'))}(?!\w)"),
        plan_giver_end=re.compile(rf"(?<!\w){alt(w('comparisons', 'plan_giver_ends'))}$"),
    )


def _located(lexicon: Lexicon) -> str:
    """A change verb (a manner word kept with it) and the words up to the count of places it was in: a mark and a
    word for all the places ("tăng cao ở cả 10 huyện", "tăng tại 34 tỉnh")."""
    w = lexicon.data["indicators"]
    verb, manner = alt(_change_verbs(lexicon)), alt(w["located_manners"])
    return rf"(?<!\w)(?P<verb>{verb}(?:\s+{manner}(?!\w))?)\s+{alt(w['located_marks'])}(?:\s+{alt(w['located_all'])})?"


def _rank(lexicon: Lexicon) -> str:
    """ "xếp thứ hai cả nước", "đứng thứ 4", "đứng đầu khu vực": a place in a ranking (the number of it is no
    figure: nonfacts), with its scope."""
    w = lexicon.words
    ordinal = rf"(?:\d{{1,2}}|{alt(w('indicators', 'rank_ordinals'))})"
    return (
        rf"{word_alt(w('indicators', 'rank_verbs'))}(?:\s+{ordinal})?(?!\w)"
        rf"(?:\s+{alt(w('indicators', 'rank_scopes'))}(?!\w))?"
    )


def _contrast(lexicon: Lexicon) -> str:
    """A contrast ("nhưng") not followed by a predicate word that goes on about the subject before it ("vẫn tăng"),
    unless that word opens a head noun ("chỉ số")."""
    w = lexicon.words
    goes_on = rf"(?!{alt(w('indicators', 'heads'))}(?!\w)){alt(w('indicators', 'contrast_predicates'))}(?!\w)"
    return rf"{whole_words(w('indicators', 'contrast_connectors'))}(?!\s+{goes_on})"


def _reach_verbs(lexicon: Lexicon) -> list[str]:
    verbs = lexicon.lists("comparisons", "verbs")
    return sorted({*verbs["share"], *verbs["exceed"]}, key=len, reverse=True)


def _kind_blockers(lexicon: Lexicon) -> list[str]:
    """Words that, right after "và", start a predicate or another set of things rather than a second noun of the
    counted kind: verbs of change, of reaching, of reporting, and quantifiers ("và các xã")."""
    verbs = [v for kind in lexicon.lists("comparisons", "verbs").values() for v in kind]
    return sorted(
        {*verbs, *lexicon.words("indicators", "trailing"), *lexicon.words("indicators", "quantifiers")},
        key=len,
        reverse=True,
    )


def _by_last_character(words: set[str]) -> dict[str, tuple[str, ...]]:
    """The words grouped by their last character: a text ends with one of them only if it ends with that
    character, so `endswith` is asked of a handful of words, not of all."""
    out: dict[str, list[str]] = {}
    for word in sorted(words):
        out.setdefault(word[-1], []).append(word)
    return {last: tuple(ws) for last, ws in out.items()}


def _change_verbs(lexicon: Lexicon) -> list[str]:
    verbs = lexicon.lists("comparisons", "verbs")
    return [*verbs["increase"], *verbs["decrease"]]


def _contribution_verbs(lexicon: Lexicon) -> list[str]:
    """ "làm giảm", "đóng góp", and each without its last word ("làm"), as a name is left once trailing
    verbs such as "giảm" are stripped."""
    verbs = [v for vs in lexicon.lists("comparisons", "contributions").values() for v in vs]
    return sorted({*verbs, *(v.rsplit(" ", 1)[0] for v in verbs if " " in v)})


def _name_nouns(lexicon: Lexicon) -> tuple[str, ...]:
    words = {lexicon.data["measures"]["count"], *lexicon.mapping("measures", "measures").values()}
    return tuple(sorted(words, key=len, reverse=True))


def is_estimate(d: Draft, ctx: Context, floor: int, lexicon: Lexicon) -> bool:
    """ "ước đạt", "ước tính", "ước" in the words naming the fact."""
    return _patterns(lexicon).estimate.search(ctx.lower, floor, d.name_end) is not None


def places_of_subject(name: str, subject: str, lexicon: Lexicon) -> str:
    """ "Một số địa phương có mức tăng khá Thái Nguyên", named by a label that only picks places out, as the place
    of `subject` ("Doanh thu bán lẻ hàng hóa Thái Nguyên"); "" when `name` is no such label's place."""
    p = _patterns(lexicon)
    if not subject or not p.place_set.match(name.lower()):
        return ""
    words = name.split()
    for i in range(1, len(words)):
        place = " ".join(words[i:])
        if _are_places(p, place, False):
            return f"{_capitalise(subject)} {place}"
    return ""


PLACE_MEASURE_RULE = "indicator:place-measure"


def places_of_previous_measure(found: list[Fact], previous: list[Fact]) -> list[Fact]:
    """ "Hải Phòng là địa phương có chỉ số sản xuất công nghiệp tăng cao nhất, tăng 12,3%. Tiếp đến là Long An tăng
    12,2%; Đà Nẵng tăng 10,9%": changes named only by a place, right after a place's measure (in the sentence before
    or the same one), are that measure's of their places ("Chỉ số sản xuất công nghiệp Long An")."""
    source = previous[-1] if previous and PLACE_MEASURE_RULE in previous[-1].rules else None
    if source is None and not any(PLACE_MEASURE_RULE in f.rules for f in found):
        return found  # most sentences: no place's measure before them
    out: list[Fact] = []
    for f in found:
        measure = _measure_without_place(source.indicator) if source is not None else ""
        if measure and _named_by_place_only(f):
            f = replace(f, indicator=f"{measure} {f.indicator}", rules=(*f.rules, PLACE_MEASURE_RULE))
        source = f if PLACE_MEASURE_RULE in f.rules else None
        out.append(f)
    return out


def _named_by_place_only(f: Fact) -> bool:
    """A change named by a place of two words or more alone ("Long An"; one word may be a product's: "Dệt")."""
    subject = f.rules[-1:] == ("indicator:subject",)
    return f.value is None and subject and len(f.indicator.split()) > 1 and is_place_name(f.indicator)


def _measure_without_place(name: str) -> str:
    """ "Chỉ số sản xuất công nghiệp Hải Phòng" -> "Chỉ số sản xuất công nghiệp": the name before its place."""
    words = name.split()
    for i in range(1, len(words)):
        if is_place_name(" ".join(words[i:])) and not words[i - 1][:1].isupper():
            return " ".join(words[:i])
    return ""


def name_fact(d: Draft, prev: Draft | None, ctx: Context, lexicon: Lexicon) -> tuple[str, str]:
    """The indicator name of `d` and the naming rule used; sets `d.pre_words` and `d.after_words`."""
    name, rule = _name_fact(d, prev, ctx, lexicon)
    p = _patterns(lexicon)
    name = _plan_word_fronted(p, name)
    if base_unit(d.unit) in p.person_units or (d.unit == "%" and prev is not None and _of_person(p, d, prev, rule)):
        person = _person_before(p, ctx, d.anchor.start)
        if person:
            # "ông Vũ Hồng Bắc, Chủ tịch HĐND tỉnh, có số phiếu tín nhiệm cao nhất với 53 phiếu": that person's votes
            # ("Số phiếu của ông Vũ Hồng Bắc"; the words before the figure are the person's titles and verbs)
            own = name if d.unit == "%" else " ".join(x for x in (_unit_noun(p, d), d.after_words) if x)
            return _capitalise(f"{own} {p.person_link} {person}"), f"{rule}+person"
    return name, rule


def _plan_word_fronted(p: _Patterns, name: str) -> str:
    """ "Tổng vốn KH", "Diện tích KH": a plan's abbreviated word left after a figure's words ("(KH 22.200 tỷ đồng)"
    named by what it elides) names the plan of that figure, written out before it ("Kế hoạch tổng vốn")."""
    rest, _, last = name.rpartition(" ")
    full = p.abbreviations.get(last.lower()) if rest and last.isupper() else None
    return _capitalise(f"{full} {_in_running_text(rest)}") if full else name


def _of_person(p: _Patterns, d: Draft, prev: Draft, rule: str) -> bool:
    """A share right after a count of a person's votes ("53 phiếu (chiếm 76,81% phiếu bầu)") is that person's."""
    return rule == "indicator:share-of" and prev.value is not None and base_unit(prev.unit) in p.person_units


_PERSON_REACH = 240  # characters before a figure where the person it is of is looked for
_NAME_WORDS = 2  # a person's name has at least two capitalised words ("Hồ Văn Mười")


def _person_before(p: _Patterns, ctx: Context, pos: int) -> str:
    """The last person the sentence names before `pos` by a title and a capitalised name ("ông Hồ Văn Mười",
    "các ông Lưu Văn Trung"), else ""."""
    lo = max(ctx.start, pos - _PERSON_REACH)
    last = ""
    for m in p.person_title.finditer(ctx.lower, lo, pos):
        name = _capitalised_words(ctx.text[m.end() : pos])
        if len(name) >= _NAME_WORDS:
            last = " ".join([ctx.text[m.start() : m.end()].strip().lower(), *name])
    return last


def _capitalised_words(text: str) -> list[str]:
    """The capitalised words `text` opens with, up to a mark: "Vũ Hồng Bắc, Chủ tịch" -> ["Vũ", "Hồng", "Bắc"]."""
    out: list[str] = []
    for word in text.split(" ", _MAX_PERSON_WORDS):
        bare = word.rstrip(",;:.")
        if not bare[:1].isupper() or not bare.isalpha():
            break
        out.append(bare)
        if bare != word:
            break
    return out


_MAX_PERSON_WORDS = 6


def _growth_base_words(p: _Patterns, ctx: Context, prev: Draft) -> str:
    """The words of the base of `prev`'s last growth ("cùng kỳ năm 2017" of "tăng 16,22% so cùng kỳ năm 2017"), else
    ""."""
    if not prev.comparisons:
        return ""
    last = prev.comparisons[-1]
    m = p.growth_base.match(ctx.lower, last.start, last.end)
    return " ".join(ctx.text[m.end() : last.end].split()) if m is not None else ""


def _name_fact(d: Draft, prev: Draft | None, ctx: Context, lexicon: Lexicon) -> tuple[str, str]:
    p = _patterns(lexicon)
    if "label-unit" in d.anchor.rules:
        # "- Số bác sỹ bình quân 1 vạn dân (người): 15": the line's label, its unit in parentheses left out
        d.clause_lo = ctx.start
        return _capitalise(_line_label(ctx, d)), "indicator:label"
    stock = _stock_after(p, ctx, d)
    if stock:
        # "phấn đấu giảm 2 đến 3% hộ nghèo": the change of the stock's rate named after it ("Tỷ lệ hộ nghèo")
        return _capitalise(f"{p.stock_rate} {stock}"), "indicator:stock-rate"
    if "comparison:other-growth-aside" in d.anchor.rules and prev is not None and prev.indicator:
        # "tăng gần 14% so cùng kỳ (tăng 10,7% sau khi trừ trượt giá)": the figure's, measured as the words after it
        # in the parentheses say
        d.clause_lo = prev.clause_lo
        close = ctx.lower.find(")", d.anchor.end, ctx.end)
        after = " ".join(ctx.text[d.anchor.end : close].split()) if close >= 0 else ""
        # "tăng 16,22% so cùng kỳ năm 2017 (tăng 13,28%)": with no words of its own, the growth the base period had
        after = after or _growth_base_words(p, ctx, prev)
        return " ".join(x for x in (prev.indicator, after) if x), "indicator:other-growth"
    caused = _caused_name(p, ctx, prev, d, lexicon) if "contribution:caused" in d.anchor.rules else ""
    if caused:
        # "nhóm giáo dục tăng 15,64% (tác động làm CPI tăng 1,24%)": that subject's contribution to the whole
        return caused, "indicator:caused"
    if "ratio:pair" in d.anchor.rules and prev is not None and prev.indicator:
        # "21%/20%": the same measure as the figure before the slash
        d.clause_lo = prev.clause_lo
        return prev.indicator, "indicator:pair"
    if d.target is not None and prev is not None and prev.indicator:
        # "tổng đàn gia súc tăng 5,69% (kế hoạch là 4%)": the plan of that figure
        d.clause_lo = d.target[0]
        plan = _plan_name(p, sentence.as_written(ctx, *d.target))
        return _capitalise(f"{plan} {_in_running_text(prev.indicator)}"), TARGET_NAME_RULE
    if prev is not None and prev.indicator and _range_right_after(ctx, prev, d):
        # "đạt 49,3 tạ/ha, tăng 0,3-0,5 tạ/ha": a range of changes with no words of its own, right after a figure, is
        # of that figure's measure
        d.clause_lo = prev.clause_lo
        return prev.indicator, "indicator:range-after"
    if prev is not None and prev.indicator and _upper_bound(ctx, prev, d):
        # "chỉ số giá tăng 0,63 đến 0,74%", "(KH 2.200-3.000 ha)": the range's upper bound, named as its lower
        d.clause_lo = prev.clause_lo
        d.pre_words, d.head_words = prev.pre_words, prev.head_words
        return prev.indicator, "indicator:range"
    if prev is not None and d.unit == "%" and d.anchor.aside and _alone_after(ctx, d, prev) and prev.unit != "%":
        # "nông, lâm, thủy sản đạt 289 tỷ đồng (8,69%)": a percent alone in parentheses is that figure's share
        d.clause_lo = d.anchor.start
        return _capitalise(f"{p.share} {_in_running_text(_description(p, prev.indicator))}"), "indicator:share-of"
    if d.restates is not None and d.restates.indicator:
        # "GRDP bình quân đầu người đạt 90,04 triệu đồng, tương đương 3.602 USD": the same figure, named alike
        d.clause_lo = d.anchor.start
        return d.restates.indicator, "indicator:restated"
    if prev is not None and _restated_in_other_unit(ctx, d, prev):
        # "49.681 tỷ đồng (khoảng 2,15 tỷ USD)": the same figure in another unit
        d.clause_lo = d.anchor.start
        return prev.indicator, "indicator:aside-of"
    start = lo = d.clause_lo = _over_comma_name(p, ctx, prev, clause_start(d, prev, ctx), d.name_end)
    end = d.name_end
    joined = False  # the name holds comma-joined parts: "văn hóa, giải trí và du lịch"
    named = ctx.lower[lo : d.name_end]
    if not p.head.match(ctx.lower, lo + len(named) - len(named.lstrip())):
        # a name that starts with a head noun after a comma is whole; else it may hold comma-joined parts
        clause = lo
        lo, wordless = _extend_over_commas(p, ctx, prev, d, lo, d.name_end)
        start = lo
        if lo < clause and wordless:
            end = clause - 1  # the clause before the comma is the whole name: "..., thực hiện đạt"
        joined = lo < clause and end == d.name_end
    if prev is not None and lo - prev.last_end <= _LIST_GAP:
        lo = _after_last_coordinator(p, ctx, lo, d.name_end)
    intro = _after_intro(p, ctx, lo, end)
    unstripped = intro if intro is not None else lo
    lo, hi = _strip(p, ctx, unstripped, end)
    connected = _after_last(p.connector, p, ctx, lo, hi)
    with_next = hi < end and _with_next(p, ctx, hi, end)  # "... với mức tăng": a measure named after "với"
    if connected > lo and with_next:
        connected = lo  # "ngành nông nghiệp đã cho thấy dấu hiệu khả quan với mức tăng": the subject before the verb
    if connected > lo:
        # "Du lịch khởi sắc khi toàn tỉnh đón 3,85 triệu lượt khách": the clause after the connector opens as a name
        # does, its leading words ("toàn tỉnh") naming nothing
        lo = _strip(p, ctx, connected, hi)[0]
    lo = _after_cause(p, ctx, lo, hi)
    lo = _after_last(p.attribution, p, ctx, lo, hi)
    if hi < end and d.value is not None and _counted(p, d) and p.connector.search(ctx.lower, hi, end):
        lo = hi  # "Trong 11 nhóm hàng ... thì có 6 nhóm tăng giá": the count's words are after it, not before "thì"
    lo = _after_fronted_base(ctx, lo, hi, lexicon)
    lo = _after_example_intro(p, ctx, lo, hi)
    pre = _after_copula(p, sentence.words(ctx, lo, hi))
    restated = _restated_level(p, ctx, d, prev, start) if not pre or _restated(p, pre) else ""
    if restated:
        # "Thu từ hải quan đạt 1.311 tỷ đồng ...; theo giá so sánh 2010 đạt 739 tỷ đồng": that level, restated
        return _capitalise(restated), "indicator:restated-level"
    said = _described(p, pre)
    pre = pre[: said.start()] if said is not None else pre  # "Thu nội địa tiếp tục là nguồn thu chủ lực"
    if pre and with_next:
        pre = _subject_of_with(p, pre)  # "ngành nông nghiệp đã cho thấy dấu hiệu khả quan với mức tăng 1,38%"
    if pre and d.unit in p.event_units:
        pre = _without_occurring(p, pre)
    if pre.rstrip(_AFTER_DANGLING)[-1:].isdecimal():  # (a name ending in a figure is rare: most skip the regex)
        pre = p.dangling_number.sub("", pre)  # "xuất khẩu khoảng 400-450 xe": the range's lower end names nothing
    trailing = p.trailing_name.search(ctx.lower, hi, d.name_end) if hi < d.name_end else None
    if trailing is not None and pre and p.head.match(pre.lower()) is None:
        pre = ctx.text[trailing.start() : trailing.end()]  # "Việt Nam duy trì xuất siêu 16,8 tỷ USD": "Xuất siêu"
    held = _held_by_count(p, ctx, prev, d) if not pre and prev is not None and d.value is not None else ""
    if held:
        # "1.575 doanh nghiệp có dư nợ 16.457 tỷ đồng": the head noun closing the count's words names this figure
        return _capitalise(held), "indicator:held-by"
    if prev is not None and _compared_with(p, d, prev, pre, lexicon):
        # "1.071 tỉ đồng (so với 79 tỉ đồng cùng kỳ năm trước)": the same figure, at the time compared with
        return prev.indicator, "indicator:compared-with"
    whose = _whose_change(ctx, d, lexicon) if not pre and d.value is None else None
    if whose is not None:
        # "Trong mức tăng 0,42% của CPI tháng 9 so với tháng trước": the change of the words after "của"
        return _capitalise(sentence.as_written(ctx, *whose)), "indicator:of"
    if not pre and d.value is not None and unstripped > ctx.start and ctx.text[unstripped - 1] == "(":
        # "kim ngạch xuất khẩu (ước đạt 1,1 tỷ USD, ...)": a level's aside opened by verbs only, after its name (not
        # "... tăng 1,8% (quý III đạt 20 nghìn tấn": a figure stands before that aside)
        named = _before_parenthesis(p, ctx, unstripped - 1)
        pre = named if named and not any(ch.isdigit() for ch in named) else pre
    if not pre and lo > ctx.start and ctx.text[lo - 1] == "(":
        right_after = prev is not None and prev.anchor.start < lo and not ctx.lower[prev.last_end : lo - 1].strip()
        # "3.373 hộ nghèo vùng đồng bào dân tộc (chiếm 13,13% ...)": the figure's description may come first
        described = (
            prev is not None
            and bool(prev.after_words)
            and prev.after_end <= lo - 1
            and not ctx.lower[max(prev.last_end, prev.after_end) : lo - 1].strip()
        )
        if d.anchor.share and prev is not None and prev.value is not None and (right_after or described):
            # "5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới": the share of that figure's noun
            if not _counted(p, prev) and prev.indicator:
                # "đạt 110,3 tỷ USD (chiếm 71% tổng kim ngạch)": a sum or an area is no noun counted; the share is
                # of what that figure measures, of the whole the words after it name, as after a comma
                return _share_of_measured(p, ctx, d, prev, lexicon), "indicator:share-of"
            noun = _description(p, _unit_noun(p, prev))
            return _capitalise(" ".join(x for x in (p.share, noun, prev.after_words) if x)), "indicator:share-of"
        pre = _before_parenthesis(p, ctx, lo - 1)  # "thị trường châu Âu (chiếm tỷ trọng 6,33%)"
    rate = p.rate_named.fullmatch(pre.lower()) if d.unit == "%" and pre else None
    if rate and prev is not None and prev.indicator and _right_after_figure(ctx, prev, lo):
        # "huy động được 23.921 trẻ đến nhà trẻ, đạt tỷ lệ 34,36%": the rate that figure makes
        d.pre_words = pre
        return _capitalise(f"{pre[rate.start('rate') :]} {_description(p, prev.indicator)}"), "indicator:rate-of"
    if not pre and d.anchor.share and prev is not None and _right_after_figure(ctx, prev, lo):
        # "Toàn tỉnh có 50.770 hộ nghèo, chiếm 26,09% tổng số hộ": the share that figure makes (of the whole
        # the words after it name)
        return _share_of_measured(p, ctx, d, prev, lexicon), "indicator:share-of"
    if d.unit == "%" and prev is not None and prev.total is not None and p.equivalent.fullmatch(pre.lower()):
        # "320/411 xã đạt chuẩn nông thôn mới, tương đương 77,86%": the share that count makes
        noun = _description(p, _unit_noun(p, prev))
        return _capitalise(" ".join(x for x in (p.share, noun, prev.after_words) if x)), "indicator:share-of"
    borrowed = not pre and prev is not None and d.value is not None and _listed(p, ctx, prev, d)
    if borrowed and prev is not None and _opens_whole(p, ctx, prev):
        borrowed = False  # "Trong tổng số 130 xã, có 120 xã đạt chuẩn": some of that whole, not the next of a list
    if borrowed and prev is not None and _counted(p, d) and not _counted(p, prev) and _new_count(p, ctx, prev, d):
        # "thu nhập bình quân đầu người đạt 69,41 triệu đồng/năm, 47/47 xã ... thoát khỏi ...", "40 dự án với tổng
        # vốn đăng ký 573,6 triệu USD và 542 dự án trong nước": a count after a measure shares no words with it
        borrowed = False
    if borrowed and prev is not None:
        pre = prev.pre_words  # "khai thác sử dụng 8.476 tin, 3.099 bài": the verb is shared
    head = p.head.match(pre.lower()) if not p.office.match(pre.lower()) else None
    if head and d.value is not None and _counted(p, d) and p.part_head.match(pre.lower()):
        head = None  # "Ngành Du lịch đón 9,8 triệu lượt du khách": a sector says who, the counted noun what
    if head:
        pre = _before_predicate(p, pre)
    long_verb = not head and not joined and d.value is not None and len(pre.split()) > _LONG_VERB_PHRASE
    if long_verb and not p.comma_names.search(pre.lower()):
        pre = _after_last_word(p, pre)
    listed = "comparison:listed" in d.anchor.rules and not pre
    if (
        prev is not None
        and prev.indicator
        and (listed or _is_benchmark(p, ctx, pre, start, d.name_end, d.anchor.start))
    ):
        # "GDP tăng 5,92%, tuy cao hơn tốc độ tăng 4,7% của năm 2020": the rate of the same subject, unless the
        # words after "của" name another ("thấp hơn mức tăng 3,27% của CPI bình quân chung.")
        d.pre_words, d.head_words = pre, prev.head_words
        other = _benchmark_subject(p, ctx, d, lexicon) if d.value is None else ""
        if other:
            return other, "indicator:benchmark-of"
        return prev.indicator, "indicator:benchmark"
    if not pre and d.anchor.share and prev is not None and _second_share(p, ctx, prev, lo):
        # "chiếm 13,13% tổng số hộ nghèo DTTS và chiếm 31,56% tổng số hộ nghèo toàn tỉnh": the share of the same
        # subject in another whole
        return _share_of_measured(p, ctx, d, prev, lexicon, _share_subject(p, prev)), "indicator:share-of"
    d.pre_words = pre
    d.after_words = _after_unit(p, d, ctx) if d.value is not None else _change_description(p, ctx, d)
    if not pre and prev is not None and _scope_of_same_measure(p, d, prev):
        # "Lãi suất ... ở mức 0,3-0,5%/năm đối với tiền gửi không kỳ hạn; 4,3-5,5%/năm đối với kỳ hạn từ 1 tháng":
        # the same measure, of another scope
        pre = d.pre_words = prev.pre_words
        head = p.head.match(pre.lower())
    bare = p.bare_head.match(pre.lower())
    d.head_words = pre[: bare.end()].strip() if bare else ""
    fine = _fine(p, ctx, d, prev, pre) if not head and d.value is not None and not d.after_words else ""
    if fine:
        # "lập biên bản 27 trường hợp vi phạm, ra quyết định xử phạt số tiền hơn 13 triệu đồng": a sum named by the
        # penalty it is and the offence counted before it ("Số tiền xử phạt vi phạm", not "Giá trị ra quyết định ...")
        return _capitalise(" ".join(fine.split()[:_MAX_NAME_WORDS])), "indicator:sum-verb"
    purpose = _purpose(p, ctx, d) if not head and d.value is not None and not d.after_words else ""
    if purpose:
        # "tỉnh đã dành hơn 26,5 tỷ đồng để thực hiện chúc thọ, mừng thọ": a sum spent is named by what it is for, not
        # by who spent it ("Kinh phí chúc thọ", not "Giá trị tỉnh đã dành")
        return _capitalise(" ".join(f"{p.purpose_noun} {purpose}".split()[:_MAX_NAME_WORDS])), "indicator:purpose"
    name, rule = _compose(p, d, pre, head)
    if not pre and d.value is None and prev is not None and prev.anchor.share and prev.pre_words:
        # "tiền gửi tiết kiệm chiếm 70,9% trên tổng số dư ... và tăng 0,78%": the growth of the share's subject
        return _capitalise(prev.pre_words), "indicator:share-subject"
    subject = _list_subject(p, d, prev, ctx, lo) if not head and _are_places(p, pre, lo <= ctx.start) else ""
    if subject:
        # "Một số địa phương có chỉ số sản xuất công nghiệp tăng cao: Phú Thọ tăng 21,3%; Hà Nội tăng 9%"
        name, rule = f"{subject} {pre}", "indicator:place"
        d.head_words = subject
    elif rule == "indicator:subject" and (item := _item_measure(p, ctx, d, prev, lo, pre, head)):
        # "3 nhóm hàng có chỉ số giá giảm gồm: giao thông giảm 1,2%; ...": an item named by its own words only, after
        # a label picking items out, is named by the label's measure ("Chỉ số giá nhóm giao thông")
        name, rule = _item_name(p, item, pre), LIST_ITEM_RULE
        d.head_words = item
    elif not head and prev is not None and _elliptic(p, d, prev, pre):
        name, rule = f"{prev.head_words} {pre}", "indicator:ellipsis"
        d.head_words = prev.head_words
    elif not head and prev is not None and (contrast := _contrasted(ctx, d, prev, pre)):
        # "lao động trong tỉnh 8.500 người, ngoài tỉnh 2.800 người": the figure before's name, its scope swapped
        name, rule = contrast, "indicator:ellipsis"
        d.head_words = prev.head_words
    elif not head and prev is not None and d.value is None and _restated(p, pre) and _subject_of_period(prev):
        # "tăng 9,3% so với cùng kỳ (...), nếu loại trừ yếu tố giá tăng 7,2%": the same subject, restated
        subject = _unrestated(p, _subject_of_period(prev))
        name, rule = f"{subject} {_restated(p, pre)}", "indicator:restated"
        d.head_words = subject
    elif (
        not head
        and prev is not None
        and _bare_subject(d, prev, pre)
        and not _places(pre, prev)
        and not _relabelled(ctx, d, prev)
    ):
        # "Sản lượng lúa tăng 5%, ngô tăng 3%": the head noun goes on ("tivi tăng 36,6%; thép cán tăng 25,2%":
        # none to lend); with no words but a period ("(cùng kỳ năm 2012 tăng 7,7%)") the whole subject goes on
        # (a name that was itself only a period, "quý I tăng 3,28%, quý II tăng 4,05%", lends nothing)
        if pre:
            subject, rule = prev.head_words, "indicator:ellipsis" if prev.head_words else "indicator:subject"
        else:
            subject, rule = _subject_of_period(prev), "indicator:period-of"
        name = f"{subject} {pre or _bare_written(p, ctx, start, d.name_end)}".strip()
        rule = rule if subject or pre else "indicator:as-written"
        d.head_words = subject
    elif (
        not head
        and not borrowed
        and prev is not None
        and (prev.value is None or not _counted(p, d) or "contribution" in d.anchor.rules)
        and not _named_by_unit_only(prev)
        and _predicate_of(d, prev, pre, ctx, lo, _contributes(p, d, pre))
    ):
        # "khu vực dịch vụ tăng 5,57%, đóng góp 2,35 điểm phần trăm": the contribution of that subject
        # (after "(cùng kỳ năm 2024 giảm 1,5%)" the subject is that aside's subject, not its period)
        subject = prev.head_words if prev.rules and prev.rules[-1] == "indicator:period-of" else prev.indicator
        whole = ""
        if "contribution" in d.anchor.rules and p.contribution_verb.fullmatch(pre.lower()):
            whole = _contributed_whole(p, pre)
            pre = p.contribution  # "làm giảm 0,4 điểm phần trăm": the contribution, as "đóng góp" names it
        subject = _in_running_text(subject) if pre else subject  # "Đóng góp khu vực dịch vụ"
        name, rule = " ".join(x for x in (pre, subject, whole, d.after_words) if x), "indicator:subject-of"
    if head and intro is not None and _measured_with(p, ctx, prev, pre, intro):
        name, rule = _with_rule(p, ctx, d, prev, intro, name, rule)
    elif head and prev is not None and d.part_of is None and _aspect_of_change(p, d, prev, pre):
        # "CPI tháng 6 tăng 0,55%; bình quân 6 tháng tăng 3,68%": the average of the same index
        name, rule = f"{prev.indicator} {pre}", "indicator:aspect"
        d.head_words = prev.head_words or d.head_words  # (what an ellipsis after it borrows: the subject's head)
    elif head and prev is not None and d.part_of is None and _shares_qualifier(p, d, prev, pre):
        # "Năng suất lúa mùa của các tỉnh phía Bắc đạt 48,9 tạ/ha; sản lượng đạt 5,8 triệu tấn"
        name, rule = f"{pre} {_without_stage(p, prev.indicator[len(_named_head(p, prev)) :])}", "indicator:qualifier"
    elif head and d.value is not None and _counted(p, d) and p.aspect.match(pre.lower()):
        # "bình quân mỗi xã đạt 17 tiêu chí": an average of what the unit counts
        name, rule = " ".join(x for x in (_unit_noun(p, d), d.after_words, pre) if x), "indicator:average"
    elif (
        head and prev is not None and (d.part_of is None or d.part_of is prev.part_of) and _bare_after(p, d, prev, pre)
    ):
        # "Kim ngạch xuất khẩu tháng 10 đạt 85 triệu USD ...; lũy kế 10 tháng đạt 780 triệu USD"
        name, rule = f"{prev.indicator} {_aspect_words(p, prev, pre)}", "indicator:aspect"
        d.head_words = prev.head_words or d.head_words
    elif not pre and rule == "indicator:unit" and prev is not None and _level_reached(p, d, prev, ctx):
        # "kim ngạch xuất khẩu tháng 7 đạt 7,9 tỷ USD và tăng lên mức 8,7 tỷ USD trong tháng 8": the level the same
        # subject reached
        name, rule = prev.indicator, "indicator:same-subject"
    elif head and (aspect_subject := _aspect_clause_before(p, ctx, d, prev, pre, start)):
        # "Diện tích nuôi tôm thâm canh ổn định, lũy kế 8.530,8 ha": an aspect's subject is the clause before the
        # comma, when no figure of it stands there
        name, rule = f"{aspect_subject} {pre}", "indicator:aspect"
        d.head_words = aspect_subject
    elif not pre and rule == "indicator:unit" and prev is not None and _period_only(d, prev, ctx, start):
        # "Kim ngạch xuất khẩu tháng 8 đạt 120 triệu USD ...; tính chung 8 tháng đạt 890 triệu USD"
        name, rule = prev.indicator, "indicator:same-subject"
    if rule == "indicator:ellipsis" and d.anchor.share and not _names_rate(p, name):
        # "ngành công nghiệp chiếm 25,5%; dịch vụ chiếm 36,5%": a share is named as one ("Tỷ trọng ngành dịch vụ")
        name = f"{p.share} {_in_running_text(name)}"
    if "contribution" in d.anchor.rules and rule in ("indicator:unit", "indicator:head"):
        name, rule = _contribution_of(p, d, name, rule, pre)
    if "contribution" in d.anchor.rules and rule == "indicator:unit" and p.contribution_verb.fullmatch(pre.lower()):
        # "Khu vực công nghiệp và xây dựng tăng mạnh nhất là 9,64%, ..., đóng góp 3,2 điểm phần trăm": a contribution
        # named by its verb alone is of the last sector the sentence names before it
        sector = _contributing_sector(p, ctx, d)
        if sector:
            name, rule = " ".join(x for x in (p.contribution, sector, d.after_words) if x), "indicator:sector-share"
    name, rule = _with_whole(p, d, name, rule, pre)
    located = _located_change(p, ctx, d, lo) if rule == "indicator:unit" or rule == "indicator:head" else ""
    if located:
        # "GRDP quý I so với cùng kỳ năm trước tăng ở 58 địa phương và giảm ở 5 địa phương": the places where the
        # sentence's subject changed so ("Số địa phương có GRDP quý I giảm")
        name, rule = located, "indicator:located"
    if rule == "indicator:unit" and d.part_of is None and not _counted(p, d):
        name, rule = _with_listed_subject(p, ctx, d, name, rule, pre)
    noun = _unit_noun(p, d)
    # "Khách du lịch: tháng 9 đón 125.000 lượt": a short verb of its own after the unit's noun, the label goes between
    # (not one written with a capital, opening a clause of its own: "Công tác cải cách hành chính: Hướng dẫn 06 đơn vị")
    short = pre[:1].islower() and len(pre.split()) <= _BARE_VERB
    verb = pre if short and name.lower() == f"{noun} {pre}".lower() else ""
    over_period = name.lower() in (noun.lower(), f"{noun} {verb}".lower()) and _label_over_period(p, ctx, d)
    if (not pre or verb) and d.value is not None and (_label_right_before(ctx, d) or over_period):
        # "- Bác sỹ: 1.082 người", "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm đầy đủ: 92,55%": a figure right after its
        # line's label is what the label names (a label may hold numbers of its own here: "dưới 1 tuổi")
        line = _line_label(ctx, d)
        if line and over_period and not _label_right_before(ctx, d):
            line = _in_running_text(line)  # the label goes on the count's noun: "Số lượt khách du lịch"
        if line and _is_line_label(line) and not _figure_in_label(ctx, prev, d) and not (verb and not over_period):
            named = _with_topic(p, noun if verb else name, line, d.unit != "%")
            name, rule = f"{named} {verb}".strip(), rule + "+label"
    elif ctx.topics or ctx.inherited_topic:  # most sentences have no label to take: no name to measure
        # a label of the paragraph names only a bare verb ("Thực hiện giải ngân 26,5 tỷ đồng")
        # (a sum named after "với" is as short as its own words: "Tổng vốn đăng ký", whatever it borrows)
        core = _core_size(p, pre if rule == "indicator:with" else name)
        inherit = rule.startswith("indicator:unit") and core <= _BARE_VERB and not _opens_with_parts(ctx)
        topic = ctx.topic(d.name_end, inherited=inherit)
        if topic and rule == "indicator:unit" and _crop_of_class(p, name, topic):
            topic = ""  # "Cây hằng năm: ... ngô 1.300 ha": the crop named is one of the label's class
        if topic and core <= _SHORT_NAME and not _counted(p, d) and not _has_acronym(name):
            name, rule = _with_topic(p, name, topic, d.unit != "%"), rule + "+topic"
    if name.lower() in p.object_verbs and (object_ := _object_before(p, ctx, d)):
        # "Tiếp đó là vốn chương trình mục tiêu, giải ngân được gần 92 tỷ đồng": what was disbursed is what the
        # clause before names
        name, rule = f"{name} {object_}", rule + "+object"
    grown = _grown_place(p, pre) if rule == "indicator:subject" and d.value is None else ""
    if grown:
        growth = _growth_before(p, ctx, hi, d.anchor.start)
        ranked = p.superlative.search(growth.lower()) if growth else None
        growth = growth[: ranked.start()] if ranked is not None else growth  # "Vĩnh Long có mức tăng thấp nhất là"
        if growth:
            # "tỉnh Bắc Giang xếp thứ hai cả nước với mức tăng trưởng 10,94%": a place's growth
            place = _in_running_text(grown) if p.place_unit.match(grown.lower()) else grown  # "tỉnh ...", "Long An"
            name, rule = f"{growth} {place}", "indicator:growth-of"
    measured = _place_measure(p, pre) if rule == "indicator:subject" and d.value is None else ""
    if measured:
        # "Hải Phòng là địa phương có chỉ số sản xuất công nghiệp năm 2014 tăng cao nhất, tăng 12,3%"
        name, rule = measured, PLACE_MEASURE_RULE
    clause_words = ""  # the words of the clause before a comma right before the figure, when no head opens them
    if not name and d.value is None and ctx.text[max(ctx.start, start - 3) : start].rstrip().endswith(","):
        # "Ngành nông, lâm nghiệp và thủy sản duy trì tốc độ tăng trưởng ổn định, ước tăng 3,5%": after the comma
        # only an estimate's word; the clause before it names the change
        floor = max(prev.last_end if prev is not None else ctx.start, ctx.start)
        before = _over_comma_name(p, ctx, prev, max(ctx.boundary_before(start - 2), floor), start)
        comma = ctx.text.rfind(",", before, start)
        words = sentence.words(ctx, *_strip(p, ctx, before, comma)) if before < comma else ""
        words = _after_copula(p, words)  # "tăng cao nhất là nhóm giáo dục, tăng 8,79%": "nhóm giáo dục"
        opens = p.head.match(words.lower()) is not None or p.part_head.match(words.lower()) is not None
        if words and opens and not any(map(str.isdigit, words)):
            name, rule = words, "indicator:clause-before"
        elif words and not any(map(str.isdigit, words)):
            clause_words = _trim_manner(p, words)
    if not name:
        name, rule = _fallback(ctx, prev, start, d.name_end)
        if (
            rule in ("indicator:as-written", "indicator:none")
            and clause_words
            and (_only_hedges(p, name) or p.bare_reach.fullmatch(name.lower()) is not None)
        ):
            # "Hoạt động kinh doanh bảo hiểm ... tiếp tục đạt mức tăng trưởng cao, ước tính tăng 18%": after the comma
            # only an estimate's word (or "đạt mức": "..., đạt mức tăng trưởng 2,55%"); the clause before names the
            # change, whatever its first word
            name, rule = clause_words, "indicator:clause-before"
        subject = _subject_of_label_before(p, ctx, d) if rule == "indicator:as-written" and d.value is None else ""
        aside = rule == "indicator:as-written" and d.value is None and ctx.in_aside(d.anchor.start)
        opening = _subject_before_aside(p, ctx, prev, d) if not subject and aside else ""
        if opening:
            # "Tốc độ tăng trưởng kinh tế năm 2014 cao hơn ... (năm 2013 tăng 10,26%, năm 2014 tăng 11,28%)": the
            # sentence's subject in the aside's period, as the periods after it are ("indicator:period-of")
            opening += ")" * (opening.count("(") - opening.count(")"))  # "(GRDP": its parenthesis closed
            d.head_words = opening
            return _capitalise(f"{opening} {name}"), "indicator:period-of"
        if subject:
            # "... chỉ số giá tiêu dùng ... trong những tháng gần đây: Tháng 6 tăng 0,87%": a change named only by its
            # period, right after a label, is the label subject's (the periods after it go on with it)
            name, rule = subject, "indicator:label-subject"
            d.head_words = subject
    if d.value is None and d.part_of is None and rule in _UNNAMED_RULES and not ctx.in_aside(d.anchor.start):
        aimed = _plan_object(p, ctx, d, lexicon) if p.head.match(name.lower()) is None else ""
        if aimed:
            # "..., hoàn thành 100% chỉ tiêu giao quân": a share of a plan whose words before name no measure is
            # named by what the plan is of, written after the plan's word ("Giao quân")
            name, rule = aimed, "indicator:plan-object"
    return _capitalise(" ".join(name.split()[:_MAX_NAME_WORDS])), rule


# the rules that name a figure by the words before it as written, with no head noun, measure or other figure
_UNNAMED_RULES = frozenset({"indicator:subject", "indicator:as-written", "indicator:none", "indicator:clause-before"})


def _plan_object(p: _Patterns, ctx: Context, d: Draft, lexicon: Lexicon) -> str:
    """ "đạt 37,29% kế hoạch sản xuất nông nghiệp": the words after a share of a plan's word, up to a mark or a
    figure, naming what the plan is of; "" when there are none, or they only say who set the plan ("kế hoạch UBND
    tỉnh giao") or when ("kế hoạch giai đoạn 2021-2025")."""
    c = d.comparisons[0] if d.comparisons else None
    if c is None or c.comp_type != "pct_of" or c.comp_base != "plan":
        return ""
    percent = _PERCENT.match(ctx.lower, c.start, ctx.end)
    if percent is None:
        return ""
    base = base_at(ctx.lower, percent.end(), ctx.end, lexicon)
    if base is None or base[0] != "plan" or base[1] <= percent.end():
        return ""
    stop = _AFTER_END.search(ctx.lower, base[1], min(ctx.end, base[1] + _AFTER_WINDOW))
    words = sentence.words(ctx, base[1], stop.start() if stop else min(ctx.end, base[1] + _AFTER_WINDOW)).split()
    if words and p.coordinator.fullmatch(words[0].lower()):
        return ""  # "đạt 107% KH và ngành dịch vụ ...": the next item of a list, not the plan's words
    while words and p.coordinator.fullmatch(words[-1].lower()):
        words.pop()  # "kế hoạch sản xuất nông nghiệp và 46,67% ...": the next share's "và"
    aimed = _trim_trailing(p, " ".join(words[:_MAX_AFTER_WORDS]))
    low = aimed.lower()
    if not aimed or p.plan_object_blocker.match(low) or p.hedges.fullmatch(f" {low} ") is not None:
        return ""
    return "" if p.plan_giver_end.search(low) else aimed


def _fine(p: _Patterns, ctx: Context, d: Draft, prev: Draft | None, pre: str) -> str:
    """ "phạt tiền hơn 2.311 triệu đồng": a sum of money (`purpose_units`) whose words end in a verb of penalty, named
    `fine_noun` and that verb, with the offence a count of cases right before it names ("3.462 trường hợp vi phạm an
    toàn giao thông"); or whose words end in a verb of earning, named by its noun ("thu về": "Doanh thu"); else ""."""
    if not d.unit or split_magnitude(d.unit)[1] not in p.purpose_units:
        return ""  # most figures: no sum of money
    m = p.fine.search(pre.lower())
    if m is None:
        earned = p.earned.search(pre.lower())
        # "đón 18,4 triệu lượt khách, thu về 48.400 tỷ đồng": the sum earned, "Doanh thu"
        return p.earned_nouns[earned.group(1)] if earned else ""
    name = f"{p.fine_noun} {pre[m.start(1) : m.end(1)]}"
    if prev is None or not prev.after_words or p.offence.match(prev.after_words.lower()) is None:
        return name
    gap = len(_WORD.findall(ctx.lower, max(prev.last_end, prev.after_end), d.anchor.start))
    return f"{name} {prev.after_words}" if gap <= len(pre.split()) + _WITH_GAP else name


def _purpose(p: _Patterns, ctx: Context, d: Draft) -> str:
    """The words of a purpose ("để xây mới và sửa chữa nhà") right after a sum of money, up to a mark, a figure or
    a word ending it; else ""."""
    if not d.unit or split_magnitude(d.unit)[1] not in p.purpose_units:
        return ""  # most figures: no sum of money, no look at the words after them
    m = p.purpose.match(ctx.lower, sentence.skip_aside(ctx, d.anchor.unit_end), ctx.end)
    if m is None:
        return ""
    hi = min(ctx.end, m.end() + _AFTER_WINDOW)
    end = p.purpose_end.search(ctx.lower, m.end(), hi)
    return _trim_trailing(p, sentence.words(ctx, m.end(), end.start() if end else hi))


def _share_of_measured(p: _Patterns, ctx: Context, d: Draft, prev: Draft, lexicon: Lexicon, subject: str = "") -> str:
    """The share `prev`'s figure (or `subject`) makes of the whole the words after `d` name ("chiếm 26,09% tổng số
    hộ"), named by the rate word the text writes ("chiếm tỷ lệ 5,01%") or else as a share; sets `d.after_words`."""
    d.after_words = _after_unit(p, d, ctx)
    measure = _rate_word_written(ctx, d.anchor.start, lexicon) or p.share
    subject = subject or _description(p, prev.indicator)
    return _capitalise(" ".join(x for x in (measure, _in_running_text(subject), d.after_words) if x))


def _second_share(p: _Patterns, ctx: Context, prev: Draft, lo: int) -> bool:
    """A share right after another share (and the whole it is of), joined to it by a coordinator or a comma."""
    if not prev.anchor.share or not (prev.unit or "").startswith("%") or prev.rules[-1:] != ["indicator:share-of"]:
        return False
    gap = ctx.lower[prev.last_end : lo].strip(" ,")
    if not gap or ";" in gap:
        return not gap
    last = gap.rsplit(" ", 1)[-1]
    return p.coordinator.fullmatch(last) is not None or ctx.lower[prev.last_end : lo].rstrip().endswith(",")


def _share_subject(p: _Patterns, prev: Draft) -> str:
    """What the share `prev` is of: its name without its rate word and the whole written after it."""
    name = prev.indicator
    if prev.after_words and name.endswith(prev.after_words):
        name = name[: len(name) - len(prev.after_words)].rstrip()
    rate = p.rate_start.match(name.lower())
    return name[rate.end() :].strip() if rate else name


def _without_occurring(p: _Patterns, pre: str) -> str:
    """The words before a count of events without the verb of occurring that ends them: "toàn quốc xảy ra 234 vụ
    cháy" is "Số vụ cháy toàn quốc". The events occur; the verb names nothing a count of them does not (a count of
    other things keeps it: "153 thôn đã xảy ra dịch" are the villages where it did)."""
    m = p.occurred.search(pre.lower())
    return _trim_trailing(p, pre[: m.start()]) if m else pre


def _stock_after(p: _Patterns, ctx: Context, d: Draft) -> str:
    """The stock counted at the year's end ("hộ nghèo") right after a percent change with no level, as written."""
    if d.value is not None or not d.comparisons or d.comparisons[0].comp_type != "change_pct":
        return ""
    m = p.stock_after.match(ctx.lower, d.anchor.start)
    return ctx.text[m.start("stock") : m.end("stock")] if m else ""


def _only_hedges(p: _Patterns, name: str) -> bool:
    """A name of nothing but estimate words, leading words and periods ("Ước", "Ước tính", "9 tháng")."""
    rest = p.hedges.sub(" ", f" {name.lower()} ")
    return not rest.strip()


def _trim_manner(p: _Patterns, words: str) -> str:
    """The clause's words up to how its subject fared ("... tiếp tục đạt mức tăng trưởng cao" -> "...")."""
    m = p.turn.search(words.lower())
    return _trim_trailing(p, words[: m.start()].strip(sentence.TRIM)) if m and m.start() > 0 else words


def _growth_before(p: _Patterns, ctx: Context, lo: int, number: int) -> str:
    """The growth noun between a name and its number ("với mức tăng trưởng", "tăng trưởng mức"), as written."""
    m = p.growth.search(ctx.lower, lo, number)
    return _trim_trailing(p, sentence.words(ctx, m.start(), number)) if m else ""


def _with_next(p: _Patterns, ctx: Context, hi: int, end: int) -> bool:
    """ "với" stands at `hi`, or right after a ranking's words ("... khi vươn lên đứng thứ 2 với mức tăng")."""
    if p.with_link.match(ctx.lower, hi, end):
        return True
    ranked = p.rank_lead.match(ctx.lower, hi, end) if _holds_rank(p, ctx.lower[hi:end]) else None
    return ranked is not None and p.with_link.match(ctx.lower, ranked.end(), end) is not None


def _grown_place(p: _Patterns, pre: str) -> str:
    """The place(s) `pre` names, or those after its last cause of a place's growth ("tiêu dùng tăng giúp Quảng Ngãi":
    "Quảng Ngãi"), else ""."""
    if _are_places(p, pre, False):
        return pre
    if not pre[-1:].isalpha() or not pre.rsplit(" ", 1)[-1][:1].isupper():
        return ""  # most names: no capitalised word at their end, no search
    fronted = pre.rsplit(",", 1)[-1].strip() if "," in pre else ""
    if fronted and _are_places(p, fronted, True):
        return fronted  # "Lĩnh vực kinh tế, Quảng Ngãi đạt mức tăng trưởng 6,05%": a topic fronted before the place
    last = None
    for m in p.place_growth_cause.finditer(pre.lower()):
        last = m
    place = pre[last.end() :].strip() if last is not None else ""
    return place if place and _are_places(p, place, False) else ""


def _place_measure(p: _Patterns, pre: str) -> str:
    """ "Hải Phòng là địa phương có chỉ số sản xuất công nghiệp": the measure (a head noun and its words) of the place
    before the link, named as the place's ("Chỉ số sản xuất công nghiệp Hải Phòng"); else ""."""
    if not pre[:1].isupper():
        return ""  # most names: no place opens them
    link = p.place_measure.search(pre.lower())
    if link is None or not _are_places(p, pre[: link.start()], True):
        return ""  # (one capitalised word may only open the sentence: "Nhóm có CPI tăng cao thứ hai")
    measure = pre[link.end() :].strip()
    return f"{_capitalise(measure)} {pre[: link.start()]}" if p.head.match(measure.lower()) else ""


def _upper_bound(ctx: Context, low: Draft, d: Draft) -> bool:
    """`d` is the upper bound of the range `low` is the lower bound of: "0,63 đến 0,74%" (the lower bound's end
    is the upper one's number), "2.200-3.000 ha"."""
    if not low.anchor.range_low:
        return False
    return low.anchor.end == d.anchor.start or ctx.lower[low.anchor.end : d.anchor.start].strip() in ("-", "–")


def _range_right_after(ctx: Context, prev: Draft, d: Draft) -> bool:
    """`d` is the lower bound of a range of changes with no level, only marks between it and the figure `prev`."""
    if not d.anchor.range_low or d.value is not None or prev.value is None:
        return False
    return not ctx.lower[prev.last_end : d.name_end].strip(" ,;(")


def _label_span(ctx: Context, d: Draft) -> tuple[int, int]:
    """(start, colon) of the words before the colon a figure follows: from the last ";" or ":" before it."""
    colon = ctx.lower.rfind(":", ctx.start, d.anchor.start)
    lo = max(ctx.lower.rfind(c, ctx.start, colon) for c in ";:") + 1 if colon > ctx.start else ctx.start
    return max(lo, ctx.start), colon


def _line_label(ctx: Context, d: Draft) -> str:
    """The words before the colon a figure follows, from the clause's start, without a last "(unit)"."""
    lo, colon = _label_span(ctx, d)
    label = _PARENS_END.sub("", " ".join(ctx.text[lo:colon].split()))
    return label.strip(" " + sentence.TRIM)


def _figure_in_label(ctx: Context, prev: Draft | None, d: Draft) -> bool:
    """A figure of the sentence, or an aside left open, in the words before the colon: no line's label
    ("cháy rừng xảy ra 13 vụ ... (CK 2009: 1 vụ")."""
    lo, colon = _label_span(ctx, d)
    opened = ctx.lower.count("(", lo, colon) > ctx.lower.count(")", lo, colon)
    return opened or (prev is not None and prev.anchor.start >= lo)


def _is_line_label(label: str) -> bool:
    return len(label.split()) <= _MAX_LINE_LABEL_WORDS and not label[0].isdigit()


_MAX_LINE_LABEL_WORDS = 16
_PARENS_END = re.compile(r"\s*\([^()]*\)\s*$")


def _label_right_before(ctx: Context, d: Draft) -> bool:
    """Only a colon (and spaces) between the sentence's label and the figure."""
    return ctx.lower[max(ctx.start, d.anchor.start - _LABEL_GAP) : d.anchor.start].rstrip().endswith(":")


_LABEL_GAP = 4  # characters between a label's colon and its figure


def _label_over_period(p: _Patterns, ctx: Context, d: Draft) -> bool:
    """ "Khách du lịch: tháng 9 đạt 125.000 lượt": a count whose own words are only a period and a verb of reaching
    (named by its unit alone) after the sentence's label, in one clause: the label names what it counts."""
    if not _counted(p, d):
        return False
    lo = max(ctx.start, d.anchor.start - _PERIOD_LABEL_GAP)
    colon = ctx.lower.rfind(":", lo, d.anchor.start)
    return colon >= 0 and not any(mark in ctx.lower[colon + 1 : d.anchor.start] for mark in ",;()")


_PERIOD_LABEL_GAP = 32  # characters between a label's colon and a count, a period and a verb between


def _bare_written(p: _Patterns, ctx: Context, lo: int, hi: int) -> str:
    """The words in [lo, hi) as written, periods kept, leading and trailing words off: "sang quý II đã" -> "quý II"."""
    written = sentence.as_written(ctx, lo, hi)
    lead = p.leading.match(written.lower())
    if lead is not None and lead.end() > 0:
        written = written[lead.end() :]
    return _trim_trailing(p, written.strip(sentence.TRIM))


def _relabelled(ctx: Context, d: Draft, prev: Draft) -> bool:
    """A label of the sentence that starts between the figure before and this one ("...; trị giá: 25,22%"):
    the label names it, the subject before does not go on."""
    own = ctx.topic(d.name_end, inherited=False)
    return bool(own) and own != ctx.topic(prev.name_end, inherited=False)


def _compared_with(p: _Patterns, d: Draft, prev: Draft, pre: str, lexicon: Lexicon) -> bool:
    """A level named by nothing but "so với", in the measure of the level before."""
    if d.value is None or prev.value is None or not prev.indicator or not p.base_marker.fullmatch(pre.lower()):
        return False
    return base_unit(d.unit, lexicon) == base_unit(prev.unit, lexicon)


def _alone_after(ctx: Context, d: Draft, prev: Draft) -> bool:
    """`d` stands alone in parentheses right after the figure `prev` (no word between them)."""
    if prev.value is None or not prev.indicator:
        return False
    paren = ctx.lower.rfind("(", prev.anchor.end, d.anchor.start)
    if paren < 0 or ctx.lower[paren + 1 : d.anchor.start].strip():
        return False
    return not _WORD.search(ctx.lower, prev.anchor.end, paren)


def _restated_in_other_unit(ctx: Context, d: Draft, prev: Draft) -> bool:
    """A figure alone in parentheses right after another figure, in another unit ("49.681 tỷ đồng (khoảng 2,15 tỷ
    USD)"); a percent there is a share of it, no restatement ("289 tỷ đồng (8,69%)")."""
    if not d.anchor.aside or prev.value is None or not prev.indicator or prev.unit == d.unit or d.unit == "%":
        return False
    figure_end = prev.anchor.end  # its unit's end (its comparisons after the aside may end later)
    paren = ctx.lower.rfind("(", figure_end, d.anchor.start)
    return paren >= 0 and not _WORD.search(ctx.lower, figure_end, paren)


def _right_after_figure(ctx: Context, prev: Draft, lo: int) -> bool:
    """Only a comma, or an aside's "(", between a figure (not itself a percent) and `lo` ("44 phiếu tín nhiệm cao
    (tỷ lệ 89,8%)")."""
    if prev.value is None or prev.unit == "%" or not prev.indicator or prev.anchor.share:
        return False
    return not ctx.lower[max(prev.last_end, prev.after_end) : lo].strip(" ,(")


def _opens_with_parts(ctx: Context) -> bool:
    """ "Trong đó, thương nghiệp ước đạt ...": a sentence opening with a parts marker lists the parts of the figure
    before it, whose name holds what they are parts of."""
    return bool(ctx.markers) and not ctx.lower[ctx.start : ctx.markers[0][0]].strip(_SPACE_OR_TRIM)


def _crop_of_class(p: _Patterns, name: str, topic: str) -> bool:
    """A label naming a class of crops ("Cây hằng năm") over a name its unit's measure and its own words give
    ("ngô 2.310 ha": "Diện tích ngô"): the crop is one of the class, which adds nothing to its name."""
    if topic.lower().rstrip(" :") not in p.crop_classes:
        return False
    described = _description(p, name)
    return described != name and bool(described.strip())


def _with_topic(p: _Patterns, name: str, topic: str, replaces_noun: bool) -> str:
    """ "Sản lượng lúa: 45.000 tấn": a label that already names the figure replaces the unit's noun; so does one
    that starts with a head noun where the name is only that noun (`replaces_noun`: not a rate's, whose "Tỷ lệ"
    the label's words go on: "Tổng thu ngân sách: 5.200 tỷ đồng", but "Tỷ lệ số đã tiêm đủ liều: 99,2%")."""
    if name and topic.lower().startswith(name.lower()):
        return topic
    if topic.lower() in name.lower():
        return name  # "Đối với thu ngân sách, 9 tháng ước đạt ...": the name holds its label already
    if replaces_noun and name.lower() in p.name_nouns and p.head.match(topic.lower()):
        return topic
    counted = name.lower().removeprefix(f"{p.count} ")
    if counted != name.lower() and counted and topic.lower().startswith(counted):
        return f"{name[: len(p.count)]} {_in_running_text(topic)}"  # "Doanh nghiệp thành lập mới: ... 356 doanh nghiệp"
    described = _description(p, name)
    if described != name and topic.lower().startswith(name[: len(name) - len(described)].lower()):
        # "Diện tích gieo trồng: lúa 1.200 ha": a label that starts with the name's measure word, then the item
        # ("Diện tích gieo trồng lúa", not "Diện tích lúa Diện tích gieo trồng"); the kinds the label counts the
        # item among are no part of it ("Diện tích một số loại cây trồng chủ yếu: ngô 9.796 ha": "Diện tích ngô")
        kinds = p.topic_kinds.search(topic.lower())
        label = topic[: kinds.start()] if kinds else topic
        return f"{label} {_in_running_text(described.strip())}"
    return f"{name} {topic}".strip()


def _held_by_count(p: _Patterns, ctx: Context, prev: Draft, d: Draft) -> str:
    """The name of a figure that the count right before it "has": the head noun its words end with, then what
    is counted ("Dư nợ doanh nghiệp"); "" when the count's words do not run up to the figure or hold no head."""
    if not prev.after_words or not _counted(p, prev) or ctx.lower[prev.after_end : d.anchor.start].strip():
        return ""
    head = p.head.search(prev.after_words.lower())
    if head is None or head.start() == 0:
        return ""
    return f"{prev.after_words[head.start() :]} {_description(p, _unit_noun(p, prev))}"


def _caused_name(p: _Patterns, ctx: Context, prev: Draft | None, d: Draft, lexicon: Lexicon) -> str:
    """ "Tác động nhóm giáo dục CPI bình quân chung": what the figure before (a change) contributes to the whole
    that "làm CPI bình quân chung tăng" names, by the noun written before "làm" ("tác động") or the contribution's
    word; "" with no figure before it in the sentence."""
    if prev is None or not prev.indicator or prev.anchor.start >= d.anchor.start:
        return ""
    found = caused_whole(ctx.lower, max(prev.last_end, ctx.start), d.anchor.start, lexicon)
    if found is None:
        return ""
    lead, lo, hi = found
    d.clause_lo = lead
    noun = p.contribution_noun.search(ctx.lower, max(ctx.start, lead - _NOUN_REACH), lead)
    measure = ctx.text[noun.start() : noun.end()].strip().lower() if noun is not None else p.contribution
    subject = prev.head_words if prev.rules and prev.rules[-1] == "indicator:period-of" else prev.indicator
    return _capitalise(f"{measure} {_in_running_text(subject)} {ctx.text[lo:hi]}")


_NOUN_REACH = 16  # characters before "làm" where the noun naming the contribution is looked for


_WHOLE_WORDS = 3  # "vào tăng trưởng", "cho tăng trưởng chung": a marker and the whole, not "tăng trưởng" alone


def _contributed_whole(p: _Patterns, pre: str) -> str:
    """ "đóng góp cho tăng trưởng chung 2,17 điểm phần trăm": the whole a contribution is to, written between its
    verb and its number with a marker before it, as written; else ""."""
    if not pre.lower().startswith(f"{p.contribution} "):
        return ""
    tail = pre[len(p.contribution) :].strip()
    return tail if len(tail.split()) >= _WHOLE_WORDS else ""


def _contribution_of(p: _Patterns, d: Draft, name: str, rule: str, pre: str) -> tuple[str, str]:
    """ "Chênh lệch xuất nhập khẩu làm giảm 3,71 điểm phần trăm vào mức tăng trưởng chung": the contribution of the
    subject before the verb, as "đóng góp" names it."""
    verb = p.contribution_tail.search(pre.lower())
    if verb is None or not pre[: verb.start()].strip():
        return name, rule
    subject = _in_running_text(pre[: verb.start()].strip())
    return " ".join(x for x in (p.contribution, subject, d.after_words) if x), "indicator:contribution"


def _located_change(p: _Patterns, ctx: Context, d: Draft, name_lo: int) -> str:
    """The count of places where a subject changed, when a change verb and a mark ("ở", "tại"; a manner word and
    "cả" may stand between) are right before the count: "Chỉ số sản xuất công nghiệp năm 2024 so với năm trước tăng
    ở 60 địa phương" -> "Số địa phương có chỉ số sản xuất công nghiệp năm 2024 tăng"; the subject opens the change's
    clause, the sentence or the clause the name was read from (`_located_subject_start`); else ""."""
    if d.value is None or not _counted(p, d):
        return ""
    m = p.located_change.search(ctx.lower, max(ctx.start, d.anchor.start - _LOCATED_REACH), d.anchor.start)
    if m is None:
        return ""
    start = _located_subject_start(p, ctx, m.start(), name_lo)
    if start is None:
        return ""
    base = p.base_marker.search(ctx.lower, start, m.start())
    # the first located change after the subject (or after its base: "so với cùng kỳ tăng ở 41 địa phương và giảm ở
    # 22 địa phương"); the subject ends at its base, or at that change ("tăng tại 8 huyện và giảm tại 2 huyện")
    first = p.located_verb.search(ctx.lower, base.start() if base is not None else start, m.end())
    written = ctx.text[start : base.start() if base is not None else first.start() if first is not None else m.start()]
    acronym = _ACRONYM_ASIDE.search(written)
    if acronym is not None:
        written = acronym.group(1) + written[acronym.end() :]  # "Tổng sản phẩm ... (GRDP) quý I": "GRDP quý I"
    words = written.strip(_SPACE_OR_TRIM).split()
    if not words or len(words) > _MAX_LABEL_WORDS or any(map(str.isdigit, "".join(words[:2]))):
        return ""
    if _FIGURE_PERCENT.search(written):
        return ""  # "GRDP ước tăng 10,04% so với năm 2023, tăng ở tất cả 3 khu vực": the subject's own change between
    # the base the change is against goes after its verb, as written: "... tăng so với cùng kỳ năm trước"
    against = " ".join(ctx.text[base.start() : first.start()].split()) if base is not None and first else ""
    subject = _in_running_text(" ".join(words))
    return " ".join(x for x in (_unit_noun(p, d), p.located_link, subject, m.group("verb"), against) if x)


def _located_subject_start(p: _Patterns, ctx: Context, verb: int, name_lo: int) -> int | None:
    """Where the subject of a located change starts: its clause's first word, when a head noun opens the clause ("Đáng
    chú ý, chỉ số sản xuất công nghiệp ... tăng ở cả 34 địa phương"), else the sentence's, when one opens it, else
    the clause the name was read from ("Tuy nhiên, ..., số ca mắc mới ... tăng cao ở cả 10 huyện")."""
    clause = ctx.boundary_before(verb)
    clause += len(ctx.lower[clause:verb]) - len(ctx.lower[clause:verb].lstrip(_SPACE_OR_TRIM))
    for start in (clause, ctx.start, name_lo):
        if start >= verb:
            continue
        if p.head.match(ctx.lower, start) is not None:
            return start
    return None


_ACRONYM_ASIDE = re.compile(r"\(([A-Z]{2,})\)")
_FIGURE_PERCENT = re.compile(r"\d\s*%")


_LOCATED_REACH = 24  # characters before a count where "tăng ở", "tăng cao ở cả" is looked for


def _contributing_sector(p: _Patterns, ctx: Context, d: Draft) -> str:
    """The last sector ("khu vực công nghiệp và xây dựng") named before `d` in its sentence, up to a verb, a mark
    or a figure (a name holding commas whole: "khu vực nông, lâm nghiệp và thủy sản"); else ""."""
    last = None
    for m in p.contributing.finditer(ctx.lower, ctx.start, d.anchor.start):
        last = m
    if last is None:
        return ""
    named = p.comma_names.match(ctx.lower, last.end() + 1)
    start = named.end() if named is not None else last.end()
    end = p.sector_end.search(ctx.lower, start, d.anchor.start)
    words = ctx.text[last.start() : end.start() if end is not None else d.anchor.start].split()
    return _in_running_text(" ".join(words)) if 1 < len(words) <= _MAX_SECTOR_WORDS else ""


_MAX_SECTOR_WORDS = 8


def _listed_item(p: _Patterns, whole: str, pre: str) -> str:
    """ "Doanh thu dịch vụ lưu trú, ăn uống" and "lưu trú": the whole's name ends with a list of items of one length
    and the part is one of them, named by the whole's words before the list and its own ("Doanh thu dịch vụ lưu
    trú"), not the whole's name and the item again; "" when not so."""
    segments = p.list_split.split(whole)  # "lưu trú, ăn uống", "lưu trú và ăn uống"
    size = len(segments[-1].split())
    first = segments[0].split()
    if len(segments) < 2 or len(first) <= size or any(len(x.split()) != size for x in segments[1:]):
        return ""
    items = [" ".join(first[-size:]), *segments[1:]]
    if pre.lower() not in (x.lower() for x in items):
        return ""
    return " ".join([*first[:-size], pre])


def _with_whole(p: _Patterns, d: Draft, name: str, rule: str, pre: str) -> tuple[str, str]:
    """A part named only by a sector or a product takes its whole's name first:
    "trong đó khu vực dịch vụ tăng 15%", "gồm ... may mặc 66,4 triệu USD"."""
    whole = d.part_of
    if whole is None or not whole.indicator:
        return name, rule
    if name and p.part_head.match(name.lower()) and p.part_head.match(whole.indicator.lower()):
        # "Khu vực công nghiệp và xây dựng tăng 20%, trong đó ngành công nghiệp tăng 20,1%": a sector
        # within a sector names itself; the whole's name would only stand before it as noise
        return name, "indicator:part-sector"
    if pre and p.part_head.match(whole.indicator.lower()) and _within_sector(pre, whole.indicator):
        # "Khu vực công nghiệp - xây dựng tăng 19,3% (trong đó công nghiệp tăng 21,5%)": a branch its sector's own
        # name holds names itself, as written; the sector's name before it would say it twice
        return _capitalise(pre), "indicator:part-sector"
    if not name or p.part_head.match(name.lower()):
        return f"{whole.indicator} {name}".strip(), "indicator:part"
    measure = _measure_of(p, whole.indicator) if rule == "indicator:subject" and d.value is None else ""
    if measure and name and not p.head.match(name.lower()):
        # "Giá trị tăng thêm khu vực I giảm 5,3%, trong đó nông nghiệp giảm 6,1%": the part's change is of the
        # whole's measure ("Giá trị tăng thêm nông nghiệp")
        return f"{measure} {_in_running_text(name)}", "indicator:part-measure"
    named_by_unit = rule in ("indicator:unit", "indicator:ellipsis")
    short = len(pre.split()) <= _SHORT_NAME - 1  # a product or sector: "may mặc", "dầu FO"
    if not short and p.part_head.match(pre.lower()) and not p.part_head.match(whole.indicator.lower()):
        short = True  # "trong đó kinh tế ngoài nhà nước đạt 208,1 nghìn tỷ đồng": a sector of any length
    item = _listed_item(p, whole.indicator, pre) if named_by_unit and short and not d.after_words else ""
    if item:
        # "Doanh thu dịch vụ lưu trú, ăn uống ..., trong đó lưu trú 470 tỷ đồng": an item the whole's name lists
        return item, "indicator:part"
    if named_by_unit and short and d.value is not None and not _counted(p, d) and not d.anchor.share:
        return " ".join(x for x in (whole.indicator, d.after_words, pre) if x), "indicator:part"
    # (a name its unit's noun does not open stays: "gà 8.743 nghìn con" is "Đàn gà")
    opens = name.lower().startswith(_unit_noun(p, d))
    counted = _counted_as_whole(p, d, whole, pre) if named_by_unit and short and opens and d.value is not None else ""
    if counted:
        # "sửa chữa 703 căn nhà cho người có công, trong đó, xây mới 304 căn": the part counts the whole's things, as
        # the words after the whole's unit describe them ("Số căn nhà cho người có công xây mới")
        return " ".join(x for x in (counted, pre) if x), "indicator:part-counted"
    if named_by_unit and not pre and opens and d.value is not None and _counted(p, d) and _place_subject(p, whole):
        # "Tỉnh Đồng Nai có 95 đơn vị hành chính cấp xã, gồm 23 phường và 72 xã": other things counted, of the
        # whole's subject ("Số phường Tỉnh Đồng Nai")
        return f"{name} {whole.pre_words}", "indicator:part-of-subject"
    return name, rule


def _place_subject(p: _Patterns, whole: Draft) -> bool:
    """The whole's words before it open with a kind of place ("Tỉnh Đồng Nai mới có ...", "huyện ...")."""
    return bool(whole.pre_words) and p.place_unit.match(whole.pre_words.lower()) is not None


def _within_sector(pre: str, whole: str) -> bool:
    """Whether every word of a part's name stands in its whole's (a sector's) name: "công nghiệp" in "Khu vực công
    nghiệp - xây dựng", "nông nghiệp" in "Khu vực nông, lâm nghiệp và thủy sản"."""
    words = re.findall(r"\w+", pre.lower())
    return bool(words) and set(words) <= set(re.findall(r"\w+", whole.lower()))


def _counted_as_whole(p: _Patterns, d: Draft, whole: Draft, pre: str) -> str:
    """The whole's counted noun and its description, when `d` counts the same things with no words after its own
    unit ("703 căn nhà cho người có công" -> "Số căn nhà cho người có công"); else "" (also when the part's words
    open with a word of that description: "200 nghìn lượt khách lưu trú, trong đó khách quốc tế 50 nghìn lượt"
    names its own kind of the thing)."""
    if d.after_words or not whole.after_words or whole.value is None or not _counted(p, d):
        return ""
    noun, whole_noun = _unit_noun(p, d), _unit_noun(p, whole)
    if pre and pre.split()[0].lower() in f"{whole_noun} {whole.after_words}".lower().split():
        return ""
    if not whole_noun.startswith(p.counted) or not f"{whole_noun} ".startswith(f"{noun} "):
        return ""
    return _capitalise(f"{whole_noun} {whole.after_words}")


def _measure_of(p: _Patterns, whole: str) -> str:
    """The measure a whole's name opens with, up to the sector it is of ("Giá trị tăng thêm khu vực I": "Giá trị
    tăng thêm"; "Chỉ số sản xuất công nghiệp": all of it); "" when it opens with none, or is an aggregate ("Tổng
    sản phẩm (GDP)": its sectors' changes are named as written)."""
    lower = whole.lower()
    if not p.part_measure.match(lower) or p.aggregate.search(lower):
        return ""
    sector = p.sector_word.search(lower)
    return whole[: sector.start()].strip() if sector else whole


_SUBJECT_WORDS = 4
_SUBJECT_WINDOW = 200  # characters before the list marker where its subject is looked for


def _with_listed_subject(p: _Patterns, ctx: Context, d: Draft, name: str, rule: str, pre: str) -> tuple[str, str]:
    """ "Nhiều mặt hàng có kim ngạch xuất khẩu tăng, gồm ... may mặc 66,4 triệu USD": an item of a
    list whose whole has no figure takes the head noun named before the list."""
    if not ctx.markers or ctx.markers[0][0] >= d.anchor.start:
        return name, rule
    first = ctx.markers[0][0]
    head = p.head.search(ctx.lower, max(ctx.start, first - _SUBJECT_WINDOW), first)
    if head is None:
        return name, rule
    subject = " ".join(ctx.text[head.start() : first].split()[:_SUBJECT_WORDS]).strip(sentence.TRIM)
    subject = _trim_trailing(p, subject)
    return " ".join(x for x in (subject, d.after_words, pre) if x), "indicator:listed"


def _plan_name(p: _Patterns, written: str) -> str:
    """ "KH trên" -> "Kế hoạch", "kế hoạch là" -> "kế hoạch": the plan's words, written out, no hedges or verbs."""
    words = _trim_trailing(p, written)
    first, _, rest = words.partition(" ")
    full = p.abbreviations.get(first.lower())
    return f"{full} {rest}".strip() if full else words


def _names_rate(p: _Patterns, name: str) -> bool:
    lower = name.lower()
    return lower.startswith(p.share) or p.rate_start.match(lower) is not None


def _after_copula(p: _Patterns, words: str) -> str:
    """The words after the last "nhất là" of a clause, when they open with a head noun: what a superlative names
    ("cao nhất là nhóm giáo dục"); a place after it is where the subject before it is highest, so no name."""
    last = None
    for m in p.copula.finditer(words.lower()):
        last = m
    if last is None:
        return words
    after = words[last.end() :].strip()
    opens = p.head.match(after.lower()) is not None or p.part_head.match(after.lower()) is not None
    return after if opens else words


def _fallback(ctx: Context, prev: Draft | None, lo: int, hi: int) -> tuple[str, str]:
    """No words left: the words as written, period included ("quý I tăng 3,28%"), else the previous name."""
    raw = " ".join(ctx.text[lo:hi].split()).strip(sentence.TRIM)
    if raw:
        return raw, "indicator:as-written"
    return (prev.indicator, "indicator:previous") if prev is not None else ("", "indicator:none")


def _counted(p: _Patterns, d: Draft) -> bool:
    return _unit_noun(p, d).startswith(p.counted)


def _has_acronym(name: str) -> bool:
    return any(len(w) >= 2 and w.isupper() for w in _WORD.findall(name))


def _named_by_unit_only(prev: Draft) -> bool:
    """ "vận chuyển ước đạt 13.706 ngàn người, luân chuyển 929.456 ngàn người.km": a figure named by its unit's noun
    and a verb has no subject to lend the verb after it."""
    return prev.value is not None and bool(prev.rules) and prev.rules[-1] == "indicator:unit"


def _predicate_of(d: Draft, prev: Draft, pre: str, ctx: Context, lo: int, contributes: bool = False) -> bool:
    """A short verb right after another figure, in another unit, names that figure's subject (so does a
    contribution's verb however long: "đóng góp vào tăng trưởng chung")."""
    if d.value is None or not pre or (len(pre.split()) > _SHORT_NAME - 1 and not contributes):
        return False
    if lo < prev.last_end or _WORD.search(ctx.lower, prev.last_end, lo) or ";" in ctx.lower[prev.last_end : lo]:
        return False
    return prev.value is None or base_unit(d.unit) != base_unit(prev.unit)


def _contributes(p: _Patterns, d: Draft, pre: str) -> bool:
    """The words before a contribution are nothing but its verb ("đóng góp vào tăng trưởng")."""
    return "contribution" in d.anchor.rules and p.contribution_verb.fullmatch(pre.lower()) is not None


_WORD_AFTER = re.compile(r"[ ]+[^\W\d_]")


def _described_count(p: _Patterns, ctx: Context, d: Draft) -> bool:
    """ "hơn 79.000 con lợn bị tiêu hủy": a count whose noun has words of its own after it."""
    return d.value is not None and _counted(p, d) and _WORD_AFTER.match(ctx.lower, d.anchor.unit_end) is not None


def _extend_over_commas(p: _Patterns, ctx: Context, prev: Draft | None, d: Draft, lo: int, hi: int) -> tuple[int, bool]:
    """ "khu vực nông, lâm nghiệp và thủy sản tăng 2,81%": a name may hold short comma-joined parts; with no
    words after the comma, the clause before it names the figure, unless the figure is a count described by
    words after its noun ("Ngành chăn nuôi chịu ảnh hưởng ..., hơn 79.000 con lợn bị tiêu hủy"); a rate takes
    a short clause of any words ("Đỗ thấp nhất là Trường THPT Co Mạ, chỉ đạt 52,92%"). Returns where the name
    starts and whether the comma before `lo` has no words of the name after it (then known, the caller need
    not strip and read them again)."""
    floor = max(prev.last_end, prev.after_end) if prev is not None else ctx.start
    if lo <= floor or ctx.text[lo - 1] != ",":
        return lo, False  # no comma before the name: nothing to extend over (and no need to count its words)
    size = len(sentence.words(ctx, *_strip(p, ctx, lo, hi)).split())
    if size > _MAX_PART_WORDS + 2:
        return lo, False  # the words after the comma are a name of their own
    if not size:
        # (whether the count is described is asked only here: most names never need it)
        return (lo if _described_count(p, ctx, d) else _clause_before(p, ctx, floor, lo, d.unit == "%")), True
    for _ in range(_MAX_COMMA_PARTS):
        if lo <= floor or ctx.text[lo - 1] != ",":
            return lo, False
        before = max(ctx.boundary_before(lo - 2), floor, ctx.start)
        part = ctx.text[before : lo - 1]
        # a part that starts with a head noun may be longer: "Ngành sản xuất các sản phẩm điện tử, máy vi tính"; so
        # may a branch's name ("sản xuất và phân phối điện, khí đốt")
        at = before + len(part) - len(part.lstrip())
        longer = p.head.match(ctx.lower, at) or p.branch_head.match(ctx.lower, at)
        limit = _MAX_PART_WORDS + 2 if longer else _MAX_PART_WORDS
        if len(part.split()) > limit or any(map(str.isdigit, part)) or "(" in part or ")" in part:
            return lo, False
        lo = before
    return lo, False


def _clause_before(p: _Patterns, ctx: Context, floor: int, lo: int, rate: bool = False) -> int:
    """ "với kim ngạch xuất khẩu chính, thực hiện đạt 3,13 tỷ USD": only reporting verbs after the
    comma, so the clause before it names the figure, if that clause holds a head noun where a name
    starts (its first word, or after "với") and no figure of its own; for a rate, any short clause does
    ("Huyện Tam Đường, đạt 92,5%": its rate)."""
    before = max(ctx.boundary_before(lo - 2), floor, ctx.start)
    if ctx.text.find(",", max(ctx.start, before - 2), before) >= 0:
        # "Khu vực nông, lâm nghiệp và thủy sản, ước đạt 2.131 tỷ đồng": the clause is a name holding commas
        before = _comma_name_start(p, ctx, floor, before, lo - 1)
    before = _over_closed_aside(ctx, before, floor)
    part = sentence.blanked(ctx, before, lo - 1)  # periods ("6 tháng đầu năm") are no figures
    ranked = _ranked(p, part.lower())  # "Thu ngân sách của tỉnh xếp thứ 10 toàn quốc, đạt": a rank is no figure
    if ranked is not None:
        part = part[: ranked.start()]
    part = p.age_aside.sub(" ", part)  # "(15-59 tuổi)": which people are meant, no figure of the clause's own
    for _, s, e in stated_bases(ctx.lower, before, lo - 1):
        # "Tổng sản lượng lương thực cả năm đã tăng so với năm 2016,": a base's year is no figure of the clause
        part = part[: s - before] + " " * (e - s) + part[e - before :]
    if any(map(str.isdigit, part)) or part.count("(") != part.count(")"):
        return lo  # a figure of its own, or an aside left open; "(mới)" is only a word
    named = p.head.match(ctx.lower, before + len(part) - len(part.lstrip())) or p.head_intro.search(part)
    # "khu vực công nghiệp – xây dựng tiếp tục duy trì đà tăng trưởng cao, 9 tháng ước đạt 13,73%": a sector
    sector = p.part_head.match(part.lstrip())
    short = rate and len(part.split()) <= _MAX_PART_WORDS + 3
    # "Thu hút đầu tư ngoài ngân sách đạt kết quả cao, đạt hơn 194.000 tỷ đồng": a subject and how it fared
    fared = _fared(p, part.lower()) is not None or ranked is not None
    return before if named or sector or short or fared else lo


def _over_closed_aside(ctx: Context, before: int, floor: int) -> int:
    """ "Nhóm dân số trong độ tuổi lao động (15-59 tuổi) vẫn duy trì ở mức cao,": a clause that starts at an aside's
    "(" or right after its ")" starts where the words before the aside do."""
    lo = max(floor, ctx.start)
    if before <= lo:
        return before
    head = ctx.text[lo:before].rstrip()  # within the sentence: never the text before it
    last = head[-1:]
    if not last or last not in "()":
        return before
    mark = lo + len(head) - 1
    opening = mark if last == "(" else ctx.text.rfind("(", max(floor, ctx.start), mark)
    return before if opening < 0 else max(ctx.boundary_before(opening - 1), floor, ctx.start)


def _before_parenthesis(p: _Patterns, ctx: Context, paren: int) -> str:
    floor = max(ctx.boundary_before(paren - 1), ctx.start)
    if ctx.text.find(",", max(ctx.start, floor - 2), floor) >= 0:
        # "...; Công nghiệp chế biến, chế tạo (tăng 31,9%)": the words before the parenthesis are a name holding commas
        floor = _comma_name_start(p, ctx, ctx.start, floor, paren)
    lo, hi = _strip(p, ctx, floor, paren)
    return sentence.words(ctx, lo, hi)


def _is_benchmark(p: _Patterns, ctx: Context, pre: str, lo: int, hi: int, number: int) -> bool:
    """A rate set beside the figure's own: "cao hơn tốc độ" once trailing words are off, or, as written up
    to the verb, "cao hơn nhiều mức [tăng 5,5%]" (whose "mức" the trailing words would take)."""
    if p.benchmark.fullmatch(pre.lower()):
        return True
    if p.compared_growth.search(ctx.lower, max(lo, number - _COMPARED_GROWTH_REACH), number):
        return True  # "(giảm đáng kể so với mức tăng 9,70% của cùng kỳ năm 2015)": the growth compared with
    if p.benchmark_phrase.search(ctx.lower, lo, hi) is None:
        # most names: one search, no words to build (the phrase alone: searched with its optional hedge words
        # before it, the pattern would try a word at every position)
        return False
    written = sentence.words(ctx, lo, hi).lower()
    return bool(written) and p.benchmark.fullmatch(written) is not None


_COMMA_NAME_REACH = 120  # characters before a figure where a name holding commas is looked for
_COMPARED_GROWTH_REACH = 40  # characters before a figure where "so với mức tăng" is looked for


def _over_comma_name(p: _Patterns, ctx: Context, prev: Draft | None, lo: int, hi: int) -> int:
    """ "ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 9,1%": a name that
    holds commas (a sector of the national classification, a product group) is one name; the clause
    naming the figure starts where the clause holding its first word starts."""
    if lo <= ctx.start or ctx.text.find(",", max(ctx.start, lo - 2), lo) < 0:
        return lo  # the name starts at no comma: nothing to look for
    floor = max(prev.last_end, prev.after_end) if prev is not None else ctx.start
    return _comma_name_start(p, ctx, floor, lo, hi)


def _comma_name_start(p: _Patterns, ctx: Context, floor: int, lo: int, hi: int) -> int:
    """Where the clause holding the first word of a name with commas that `lo` is inside starts, else `lo`."""
    for m in p.comma_names.finditer(ctx.lower, max(floor, lo - _COMMA_NAME_REACH), hi):
        if m.start() >= lo:
            break  # the matches come in order: none after this one starts before the name
        if lo <= m.end():
            return max(ctx.boundary_before(m.start()), floor)
    return lo


_BENCHMARK_HEDGES = 2  # words like "tuy", "chỉ" before a benchmark phrase
_LIST_GAP = 3  # characters between two figures of a list: ", "
_LONG_VERB_PHRASE = 6
_SHORT_NAME = 4
_BARE_VERB = 2
_MAX_COMMA_PARTS = 3
_MAX_PART_WORDS = 5


def _bare_after(p: _Patterns, d: Draft, prev: Draft, pre: str) -> bool:
    """A name that is only a head noun ("lũy kế"), in the unit of the figure before it, or of the change before it
    that has no level ("Diện tích lúa tăng 500 ha, lũy kế 8.530 ha")."""
    same_unit = base_unit(d.unit) == base_unit(prev.unit) != "" or _change_unit_before(d, prev)
    # "Kim ngạch xuất khẩu tháng 10 đạt 85 triệu USD; lũy kế 10 tháng đạt 78% kế hoạch": a share of plan alone, of
    # the same measure
    planned = d.value is None and prev.value is not None and any(c.comp_type == "pct_of" for c in d.comparisons)
    aside = prev.anchor.share or prev.anchor.aside
    repeated = pre.lower() == prev.head_words.lower()  # "diện tích 5 ha, diện tích 6 ha": a new figure
    return (same_unit or planned) and not aside and not repeated and bool(_aspect_words(p, prev, pre))


def _aspect_clause_before(p: _Patterns, ctx: Context, d: Draft, prev: Draft | None, pre: str, start: int) -> str:
    """The clause before a comma right before a name that is only an aspect ("lũy kế"), when it opens with a head
    noun and holds no figure ("Diện tích nuôi tôm ổn định, lũy kế 8.530 ha"); else ""."""
    if d.value is None or p.aspect_done.fullmatch(pre.lower()) is None:
        return ""
    if not ctx.text[max(ctx.start, start - 3) : start].rstrip().endswith(","):
        return ""
    floor = max(prev.last_end if prev is not None else ctx.start, ctx.start)
    before = max(ctx.boundary_before(start - 2), floor)
    comma = ctx.text.rfind(",", before, start)
    words = sentence.words(ctx, *_strip(p, ctx, before, comma)) if before < comma else ""
    if not words or any(map(str.isdigit, words)) or p.head.match(words.lower()) is None:
        return ""
    return _trim_manner(p, words)


def _change_unit_before(d: Draft, prev: Draft) -> bool:
    """A change with no level before, counted in this figure's unit ("tăng 65 ha; lũy kế 2.997 ha")."""
    if prev.value is not None or d.value is None or not d.unit:
        return False
    units = {base_unit(c.comp_unit) for c in prev.comparisons if c.comp_type == "change_abs" and c.comp_unit}
    return base_unit(d.unit) in units


def _aspect_words(p: _Patterns, prev: Draft, pre: str) -> str:
    """ "lũy kế", "lũy kế thực hiện": the words of a name that is only an aspect (and a verb of doing), or the aspect
    of one whose verb repeats the figure before's ("Thu ngân sách ước đạt 693 tỷ đồng, lũy kế 10 tháng thu trên 13.059
    tỷ đồng": "lũy kế"); else ""."""
    lower = pre.lower()
    if p.aspect_done.fullmatch(lower) is not None:
        return pre
    aspect = p.aspect.match(lower)
    if aspect is None:
        return ""
    rest = lower[aspect.end() :].strip()
    return pre[: aspect.end()] if rest and f"{prev.indicator.lower()} ".startswith(f"{rest} ") else ""


def _aspect_of_change(p: _Patterns, d: Draft, prev: Draft, pre: str) -> bool:
    """A change named only by "bình quân", "lũy kế" right after another change."""
    if d.value is not None or prev.value is not None or not prev.indicator:
        return False
    return p.aspect.fullmatch(pre.lower()) is not None


_MAX_QUALIFIER_WORDS = 10


def _shares_qualifier(p: _Patterns, d: Draft, prev: Draft, pre: str) -> bool:
    """A lone head noun ("sản lượng") after a figure in another unit whose own words name it as a head
    noun and a qualifier ("năng suất lúa mùa"): the qualifier goes on."""
    if d.value is None or prev.value is None or p.head_aspect.fullmatch(pre.lower()) is None:
        return False  # a head noun alone, or with an aspect: "sản lượng", "năng suất bình quân"
    if p.aspect.fullmatch(pre.lower()):
        return False  # "lũy kế 10 tháng có 812 doanh nghiệp": an aspect of its own unit's noun, no qualifier
    if not pre.lower().startswith(p.measure_nouns):
        return False  # "lãi suất cho vay 9%/năm; nợ xấu chiếm 1,2%": a subject of its own, not a measure of a crop
    head = _named_head(p, prev)  # a name itself borrowed ("Diện tích ... thu hoạch") lends no qualifier
    if not head or pre.lower() == head.lower() or not prev.indicator.lower().startswith(head.lower()):
        return False
    qualifier = _without_stage(p, prev.indicator[len(head) :]).split()
    other_unit = base_unit(d.unit) != base_unit(prev.unit)
    return other_unit and 0 < len(qualifier) <= _MAX_QUALIFIER_WORDS


# Rules whose name starts with the figure's own head noun: written ("Năng suất lúa mùa"), lent by the figure
# before to a short name ("Diện tích lúa 55,3 ngàn ha; sắn 5.300 ha": "Diện tích sắn"), or written with the
# qualifier of the figure before ("năng suất 45 tạ/ha": "Năng suất ngô")
_OWN_HEAD_RULES = frozenset({"indicator:head", "indicator:ellipsis", "indicator:qualifier", "indicator:unit-inside"})


def _named_head(p: _Patterns, d: Draft) -> str:
    """The head noun a figure's name starts with, when the name is its own (`_OWN_HEAD_RULES`) or its whole's
    and its own, or the measure its unit names ("khoai lang đạt 106,43 tạ/ha": "Năng suất khoai lang"); else ""."""
    if not d.rules:
        return ""
    if d.rules[-1] in _OWN_HEAD_RULES:
        return d.head_words
    if d.rules[-1] == "indicator:part" and d.part_of is not None:
        return _named_head(p, d.part_of)  # "Diện tích gieo trồng ngô": its whole's name, then its own words
    if d.rules[-1] == "indicator:unit":
        noun = _unit_noun(p, d)
        return "" if noun.startswith(p.counted) else noun
    return ""


def _bare_subject(d: Draft, prev: Draft, pre: str) -> bool:
    """A change with a subject of a word or two after another change ("bình quân 6 tháng tăng 3,68%"), or
    named only by a period after a figure's change ("tăng 9,3% (cùng kỳ năm 2024 tăng 8,9%)"): the
    subject goes on."""
    if d.value is not None or _counts_other_noun(d, prev):
        return False
    if prev.value is None:
        return len(pre.split()) <= _BARE_VERB
    return not pre and any(c.comp_type in ("change_pct", "change_abs") for c in prev.comparisons)


def _counts_other_noun(d: Draft, prev: Draft) -> bool:
    """ "giảm 98 vụ (-6,89%), giảm 107 người chết, tăng 37 người bị thương": a change counting in its own noun, or
    in the same one described otherwise, than the change before it has a subject of its own."""
    mine = next((c.comp_unit for c in d.comparisons if c.comp_type == "change_abs" and c.comp_unit), None)
    theirs = prev.unit or next((c.comp_unit for c in prev.comparisons if c.comp_type == "change_abs"), None)
    if mine is None or theirs is None:
        return False
    return mine != theirs or (prev.value is None and d.after_words != prev.after_words)


def _change_description(p: _Patterns, ctx: Context, d: Draft) -> str:
    """The words describing the noun a change with no level counts in: "giảm 107 người [chết] (-16,09%)"."""
    change = next((c for c in d.comparisons if c.comp_type == "change_abs" and c.comp_unit), None)
    if change is None:
        return ""
    lo = change.end
    hi = min(ctx.end, lo + _CHANGE_DESCRIPTION_REACH)
    stop = _AFTER_END.search(ctx.lower, lo, hi) or p.after_stop.search(ctx.lower, lo, hi)
    words = sentence.words(ctx, lo, stop.start() if stop else hi)
    if not words or words.count(" ") >= _DESCRIBING_WORDS or not all(w.isalpha() for w in words.split()):
        return ""
    return _trim_trailing(p, words)


_CHANGE_DESCRIPTION_REACH = 24  # characters after a change's counted noun where the words describing it stand
_DESCRIBING_WORDS = 3


def _places(pre: str, prev: Draft) -> bool:
    """Two places of a list ("Quảng Ngãi tăng 11,51%, Hải Phòng 11,2%"): the one lends the other nothing."""
    return is_place_name(pre) and is_place_name(prev.pre_words)


def _restated(p: _Patterns, pre: str) -> str:
    """The name's words from a restatement ("loại trừ yếu tố giá") on, if it starts with one
    (after a "nếu"), else ""."""
    m = p.restatement.match(pre.lower())
    return pre[m.start("what") :] if m else ""


def _restated_level(p: _Patterns, ctx: Context, d: Draft, prev: Draft | None, lo: int) -> str:
    """ "Giá trị sản xuất (theo giá hiện hành) đạt 19.357 tỷ đồng, theo giá so sánh 2010 đạt 14.150 tỷ đồng": a
    level in the unit of the level before it in its sentence, its own words only a restatement (another price
    basis, its year included), is that level restated: the name before it, restated. Else ""."""
    if d.value is None or prev is None or prev.value is None or not prev.indicator or prev.anchor.start < ctx.start:
        return ""
    if base_unit(d.unit) != base_unit(prev.unit):
        return ""
    written = " ".join(ctx.text[lo : d.name_end].split())
    lower = written.lower()  # the same length: the text's lower case is aligned with it
    lead = p.leading.match(lower)
    at = lead.end() if lead else 0
    at += len(lower[at:]) - len(lower[at:].lstrip(_SPACE_OR_TRIM))
    m = p.restatement.match(lower, at)
    if m is None:
        return ""
    tail = _trailing(p, lower)
    words = sentence.tidy(written[m.start("what") : tail.start() if tail else len(written)])
    return f"{sentence.tidy(_unrestated(p, prev.indicator))} {words}"


def _unrestated(p: _Patterns, name: str) -> str:
    """A name without a restatement of its own ("... theo giá hiện hành"), which another would contradict."""
    m = p.restatement.search(name.lower())
    return name[: m.start("what")].strip() if m and m.start("what") > 0 else name


def _subject_of_period(prev: Draft) -> str:
    """The subject a change named only by its period shares with the change before it: that change's
    name, or its subject when it too was named by its period; none after a name that was only a period."""
    rule = prev.rules[-1] if prev.rules else ""
    if rule == "indicator:as-written":
        return ""
    return prev.head_words if rule == "indicator:period-of" else prev.indicator


def _are_places(p: _Patterns, pre: str, at_sentence_start: bool) -> bool:
    """A place's name, or places joined by commas and "và" ("TP. Hồ Chí Minh và Hải Phòng cùng tăng 8,3%")."""
    if is_place_name(pre, at_sentence_start) or pre.strip().lower() in p.place_acronyms:
        return True
    unit = p.place_unit.match(pre.lower())
    if unit is not None and is_place_name(pre[unit.end() :]):
        return True  # "thành phố Hồ Chí Minh", "tỉnh Lào Cai": a place named with its kind
    parts = p.list_split.split(pre) if pre[:1].isupper() else []
    return len(parts) > 1 and all(is_place_name(x) for x in parts)


def _list_subject(p: _Patterns, d: Draft, prev: Draft | None, ctx: Context, lo: int) -> str:
    """What a change named only by a place measures: the subject of the place listed before it, the
    change before it, or the head noun of the label the list follows; else nothing. A level named only by a
    place ("... như: Tiền Giang đạt 88,2%; Vĩnh Long 95,6%") takes the first or the last."""
    if prev is not None and prev.rules and prev.rules[-1] == "indicator:place":
        return prev.head_words
    at = max(d.clause_lo, lo)  # where the place's name starts (after an example's word: `_after_example_intro`)
    before = ctx.lower[max(ctx.start, at - _INTRO_REACH) : at].rstrip()
    # "Một số địa phương có doanh thu tăng khá như Bình Định tăng 20,7%": an example's word opens a list as a colon
    # does
    intro = p.example_intro.search(before + " ", len(before) - _INTRO_REACH // 2)
    picked = _place_set_before(p, ctx, at)
    after_colon = before.endswith(":") or intro is not None or picked is not None
    before_label = prev is not None and after_colon and prev.last_end < at  # a figure of the label's own
    if d.value is not None:
        if prev is not None and not before_label:
            # "... nhiều nhất là TPHCM (282 ngàn người); Hà Nội (138 ngàn người)": places each with its count in
            # parentheses share the first place's measure
            asides = d.anchor.aside and prev.anchor.aside and prev.value is not None and prev.unit == d.unit
            return _without_own_place(p, prev) if asides else ""
    elif prev is not None and prev.value is None and prev.indicator and not _are_places(p, prev.pre_words, False):
        return _without_own_place(p, prev) or prev.indicator
    if (prev is not None and not before_label) or not after_colon:
        return ""
    label = _label_subject(p, ctx, d.clause_lo if before.endswith(":") else at)
    if picked is not None and (not label or p.place_set.match(label.lower())):
        # "Doanh thu bán lẻ tăng 11%. Một số địa phương có mức tăng khá như Thái Nguyên tăng 13,3%": the label
        # only picks places out; the places' figures are the figure's before it (in an earlier sentence: see
        # `places_of_subject`, which the label's words, kept in the name, call for)
        label = " ".join(ctx.text[picked.start() : picked.end()].split()[:-1])
        return _in_running_text(prev.indicator) if prev is not None and prev.indicator else label
    return label


LIST_ITEM_RULE = "indicator:list-item"
_ITEM_GAP = re.compile(r"[\s,;)….]*")  # what stands between two items of a list: "); ", ", "
_ITEM_LABEL_REACH = 300  # characters before a list's first item where its label is looked for
_ITEM_LABEL_WORDS = 12  # words between a label's kind ("các sản phẩm") and the "có" before its measure


def _item_measure(
    p: _Patterns, ctx: Context, d: Draft, prev: Draft | None, lo: int, pre: str, head: re.Match[str] | None
) -> str:
    """The measure, and the kind's word kept with it, that a change named by its own words only takes as an item of a
    list after a label picking items out ("3 nhóm hàng hóa có chỉ số giá giảm so với tháng trước gồm:" -> "chỉ số giá
    nhóm"): the item's before it in the same list, else the last such label before it in the sentence whose list
    opens before the item with no figure between; else "" (also for a name with a measure of its own: "Chỉ số giá
    nhóm giáo dục"; a group's word may open it: "Nhóm giáo dục"; and for an office: "Sở Y tế")."""
    if d.value is not None or not pre or p.office.match(pre.lower()):
        return ""  # (an office, "Sở Y tế", is no item of a kind)
    if head is not None and not p.part_head.match(pre.lower()):
        return ""
    if prev is not None and prev.rules and prev.rules[-1] == LIST_ITEM_RULE:
        # the next item of the same list: only the marks between items stand between them
        return prev.head_words if _next_item(ctx, prev, lo, pre) else ""
    label = None
    for m in p.item_label.finditer(ctx.lower, max(ctx.start, lo - _ITEM_LABEL_REACH), lo):
        label = m
    if label is None:
        return ""
    end = _item_measure_end(p, ctx, label.start("measure"), lo)
    opening = p.item_list_open.search(ctx.lower, end, lo)
    if opening is None or (prev is not None and prev.last_end > opening.start()):
        return ""
    measure = _trim_trailing(p, sentence.words(ctx, label.start("measure"), end).strip(sentence.TRIM))
    if not measure or measure.lower() in pre.lower():
        return ""
    kind = label.group("kind").split()[0]
    return f"{measure} {kind}" if kind in p.item_set_kept else measure


def _next_item(ctx: Context, prev: Draft, lo: int, pre: str) -> bool:
    """Only the marks between two items stand between the figure before and the item's words, which may come before
    the parenthesis holding its figure ("thép (giảm 12,5%); xi măng (giảm 8,1%)")."""
    gap = " ".join(ctx.lower[prev.last_end : lo].split()).rstrip(" (")
    item = pre.lower()
    return _ITEM_GAP.fullmatch(gap[: -len(item)] if gap.endswith(item) else gap) is not None


def _item_measure_end(p: _Patterns, ctx: Context, lo: int, hi: int) -> int:
    """Where the measure a label names from `lo` ends: at a mark, a figure, a period or a stop word ("chỉ số sản xuất
    [2 tháng đầu năm]", "sản lượng [tăng]"), a head noun right after a stop kept ("tốc độ tăng trưởng")."""
    named = p.head.match(ctx.lower, lo)
    stop = p.item_measure_end.search(ctx.lower, named.end() if named else lo, hi)
    if stop and named and stop.start() == named.end() + 1 and (more := p.head.match(ctx.lower, stop.start())):
        stop = p.item_measure_end.search(ctx.lower, more.end(), hi)
    end = stop.start() if stop else hi
    blanks = ctx.blanks_in(lo, end)
    return min([end, *(s for s, _ in blanks)])


def _item_name(p: _Patterns, measure: str, pre: str) -> str:
    """The measure before the item's words; the kind's word it keeps left out when such a word opens them ("Chỉ số giá"
    + "Nhóm giáo dục"; not "hàng": "Chỉ số giá nhóm hàng ăn và dịch vụ ăn uống")."""
    first, _, last = measure.rpartition(" ")
    if first and last.lower() in p.item_set_kept and pre.split()[0].lower() in p.item_set_kept:
        measure = first
    return f"{_capitalise(measure)} {_in_running_text(pre)}"


def _without_own_place(p: _Patterns, prev: Draft) -> str:
    """The name of the figure before a place's, its own place (ending its words and its name) and the link before it
    cut off: "Nhiều tỉnh đạt mức hai con số như Phú Thọ" -> "Nhiều tỉnh đạt mức hai con số"; else ""."""
    if not prev.pre_words[-1:].isalpha() or not prev.indicator.endswith(prev.pre_words.rsplit(" ", 1)[-1]):
        return ""  # most names: no place ends them
    words = prev.indicator.split()
    cut = next((i for i in range(1, len(words)) if _is_place_at(p, words, i)), 0)
    if not cut or not prev.pre_words.endswith(" ".join(words[cut:])):
        return ""
    words = words[:cut]
    for size in (3, 2, 1):  # "như", "chẳng hạn như", "nhất là": the words opening the list
        tail = " ".join(words[-size:]).lower()
        if len(words) > size and (tail in p.list_intros or tail in p.copula_words):
            words = words[:-size]
            break
    return " ".join(words)


def _is_place_at(p: _Patterns, words: list[str], i: int) -> bool:
    """words[i:] are a place's name ("TPHCM", "Phú Thọ") after a word of lower case."""
    return not words[i - 1][:1].isupper() and _are_places(p, " ".join(words[i:]), False)


_INTRO_REACH = 24  # characters before a list's first place where its colon or example word is looked for
_PLACE_SET_WORDS = 8  # words between a label's "một số địa phương" and the "là" opening its places


def _place_set_before(p: _Patterns, ctx: Context, at: int) -> re.Match[str] | None:
    """The label picking places out and its link ("Một số địa phương có mức tăng khá là ") right before `at`."""
    lo = max(ctx.start, at - _PLACE_SET_REACH)  # (its words hold no comma: the pattern crosses none)
    return next((m for m in p.place_set_intro.finditer(ctx.lower, lo, at) if m.end() == at), None)


_PLACE_SET_REACH = 120  # characters before a list of places where a label picking places out is looked for


def _subject_of_label_before(p: _Patterns, ctx: Context, d: Draft) -> str:
    """The subject of the label whose colon comes right before the words naming `d`, or ""."""
    colon = ctx.text.rfind(":", max(ctx.start, d.clause_lo - 3), d.clause_lo)
    if colon < 0 or ctx.text[colon + 1 : d.clause_lo].strip():
        return ""
    return _label_subject(p, ctx, colon)


def _subject_before_aside(p: _Patterns, ctx: Context, prev: Draft | None, d: Draft) -> str:
    """ "Tốc độ tăng trưởng kinh tế năm 2014 cao hơn mức tăng của năm 2013 (năm 2013 tăng 10,26%, ...)": a change
    opening an aside, named only by its period, with no figure before it in its sentence, is the subject's the
    sentence opens with, as after a label's colon (the periods after it go on with it); else ""."""
    if prev is not None and prev.anchor.start >= ctx.start:
        return ""
    paren = ctx.text.rfind("(", ctx.start, d.clause_lo)
    if paren < 0 or ctx.text[paren + 1 : d.clause_lo].strip():
        return ""
    return _label_subject(p, ctx, paren)


def _label_subject(p: _Patterns, ctx: Context, colon: int) -> str:
    """The subject of the label a list of places follows ("Chỉ số sản xuất công nghiệp hai tháng đầu năm
    so với cùng kỳ của một số tỉnh như sau:", "Một số địa phương có chỉ số sản xuất công nghiệp tăng cao:"):
    its first head noun that is not a quantity's ("một số"), up to a period, a base, a verb or "của"."""
    for m in p.head.finditer(ctx.lower, ctx.start, colon):
        if p.quantifier_before.search(ctx.lower, max(ctx.start, m.start() - _QUANTIFIER_REACH), m.start()):
            continue
        hi = colon
        blanks = ctx.blanks_in(m.end(), colon)
        if blanks:
            hi = min(hi, min(s for s, _ in blanks))
        stop = p.subject_stop.search(ctx.lower, m.end(), hi)
        if stop and (named := p.head.match(ctx.lower, stop.start())) and stop.start() == m.end() + 1:
            # "tốc độ tăng trưởng": a stop opening a head noun right after the head is part of the name
            stop = p.subject_stop.search(ctx.lower, named.end(), hi)
        if stop:
            hi = stop.start()
        label = " ".join(ctx.text[m.start() : hi].split()[:_MAX_LABEL_WORDS])
        return _trim_trailing(p, _without_respective(p, label.strip(sentence.TRIM)).strip(sentence.TRIM))
    return _label_predicate(p, ctx, colon)


def _label_predicate(p: _Patterns, ctx: Context, colon: int) -> str:
    """A label with no head noun that introduces a list ("... tiếp tục tạo được nhiều việc làm cho người lao động,
    như:"): the last words of the clause before its list word say what the places' figures are."""
    lo = max(ctx.boundary_before(max(ctx.start, colon - 1)), ctx.start)
    words = sentence.words(ctx, lo, colon).split()
    if not words or not p.list_intro.fullmatch(words[-1].lower()):
        return ""  # "Các địa phương tăng khá:": a label that names its items' change, not a list's subject
    while words and p.list_intro.fullmatch(words[-1].lower()):
        words.pop()  # "như"
    if not words:  # the list word stood alone after a comma: the clause before it
        lo = max(ctx.boundary_before(max(ctx.start, lo - 2)), ctx.start)
        words = sentence.words(ctx, lo, colon).split()
        while words and p.list_intro.fullmatch(words[-1].lower()):
            words.pop()
    if any(map(str.isdigit, "".join(words))):
        words = words[max(i for i, w in enumerate(words) if any(map(str.isdigit, w))) + 1 :]
    tail = _without_respective(p, " ".join(words))
    last = None
    for m in p.auxiliary.finditer(tail.lower()):  # "... trọng điểm tiếp tục [tạo được nhiều việc làm ...]"
        last = m
    if last is not None and tail[last.end() :].strip():
        tail = tail[last.end() :]
    return _trim_trailing(p, " ".join(tail.split()[-_LABEL_TAIL_WORDS:]).strip(sentence.TRIM))


_LABEL_TAIL_WORDS = 10


def _without_respective(p: _Patterns, words: str) -> str:
    """ "Các trường xếp thứ 3, 4 và 5 lần lượt là:": the words saying the figures are respective name nothing."""
    ends = [m for m in p.respectively.finditer(words.lower()) if not words[m.end() :].strip()]
    return words[: ends[-1].start()].rstrip() if ends else words


_MAX_LABEL_WORDS = 14  # "Vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước": a list's subject may be long
_QUANTIFIER_REACH = 8  # characters before a head noun where "một" may stand


def _period_only(d: Draft, prev: Draft, ctx: Context, lo: int) -> bool:
    """Only a period (and connectors) before a figure in the unit of the named figure before it."""
    if d.value is None or d.after_words or not prev.indicator or prev.anchor.share or prev.anchor.aside:
        return False
    same_unit = base_unit(d.unit) == base_unit(prev.unit) != ""
    return same_unit and bool(ctx.blanks_in(lo, d.name_end))


def _object_before(p: _Patterns, ctx: Context, d: Draft) -> str:
    """The words opening the clause before the one of `d` (after its leading connectors), up to an `object_ends` word
    or a figure: "các chương trình mục tiêu quốc gia được triển khai quyết liệt, giải ngân ước đạt 96,8%" -> "các
    chương trình mục tiêu quốc gia"; "" when that clause is none of the sentence or names nothing short."""
    own = ctx.boundary_before(d.clause_lo)
    if own <= ctx.start or ctx.lower[own - 1] != ",":
        return ""
    lo, hi = _strip(p, ctx, ctx.boundary_before(own - 1), own - 1)
    end = p.object_end.search(ctx.lower, lo, hi)
    words = sentence.words(ctx, lo, end.start() if end is not None else hi).split()
    return _in_running_text(" ".join(words)) if 0 < len(words) <= _MAX_SECTOR_WORDS else ""


def _level_reached(p: _Patterns, d: Draft, prev: Draft, ctx: Context) -> bool:
    """A level in the unit of the named level right before it, only a verb of reaching ("tăng lên", "giảm xuống", a
    coordinator and qualifiers: "và tăng lên mức") between them."""
    if d.value is None or prev.value is None or d.after_words or not prev.indicator or prev.anchor.share:
        return False
    if base_unit(d.unit) != base_unit(prev.unit) or not base_unit(d.unit):
        return False
    return p.level_reached.fullmatch(ctx.lower, prev.last_end, d.anchor.start) is not None


def _elliptic(p: _Patterns, d: Draft, prev: Draft, pre: str) -> bool:
    """ "Diện tích lúa gieo cấy 24.603 ha, thu hoạch 7.270 ha": a short name with the unit of the
    figure before it shares that figure's head noun. Not a count's head ("tổng số 13 chỉ tiêu, dự kiến có 12/13
    chỉ tiêu vượt"): a count is named by its own noun, "Số chỉ tiêu vượt", not "Tổng số dự kiến"."""
    if not prev.head_words or not pre or len(pre.split()) > _SHORT_NAME - 1:
        return False
    if _counted(p, d) and p.count_head.fullmatch(prev.head_words.lower() + " "):
        return False
    return base_unit(d.unit) == base_unit(prev.unit) != ""


def _contrasted(ctx: Context, d: Draft, prev: Draft, pre: str) -> str:
    """ "lao động trong tỉnh 8.500 người, ngoài tỉnh 2.800 người": a figure whose own words are a scope of two words
    ending as the last two of the name before it do, the first word other ("trong"/"ngoài"), in the same unit, is
    the same thing in the other scope: that name with the scope swapped ("" when not so). Only the scope's words stand
    between the two figures (not "41% đường ... được nhựa hóa, cứng hóa, 100% xã": the words before's own)."""
    words, before = pre.split(), prev.indicator.split()
    if len(_WORD.findall(ctx.lower[prev.last_end : d.anchor.start])) != _SCOPE_WORDS:
        return ""
    if len(words) != _SCOPE_WORDS or len(before) <= _SCOPE_WORDS + 1 or not d.unit or d.unit != prev.unit:
        return ""
    tail = before[-_SCOPE_WORDS:]
    if tail[-1].lower() != words[-1].lower() or tail[0].lower() == words[0].lower():
        return ""
    return " ".join(before[:-_SCOPE_WORDS] + words)


_SCOPE_WORDS = 2  # "trong tỉnh", "ngoài tỉnh": a scope's words


def _new_count(p: _Patterns, ctx: Context, prev: Draft, d: Draft) -> bool:
    """A ratio of a count ("47/47 xã"), or a count joined by a coordinator ("... 573,6 triệu USD và 542 dự án"), after
    another figure is a figure of its own (not one "với 104 tàu": what the figure before was for)."""
    gap = " ".join(ASIDE.sub(" ", ctx.lower[prev.last_end : d.anchor.start]).split())
    return d.total is not None or gap in p.coordinators_set


def _listed(p: _Patterns, ctx: Context, prev: Draft, d: Draft) -> bool:
    """Two figures of one list: at most a couple of words between them ("8.476 tin, 3.099 bài")."""
    gap = ASIDE.sub(" ", ctx.lower[prev.last_end : d.anchor.start])
    return len(_WORD.findall(gap)) <= 2 and not any(c in gap for c in ";:")


_PERCENT = re.compile(r"[\d.,]*[ ]*%")


def _whose_change(ctx: Context, d: Draft, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where the words after "X% của" that name whose change `d` is stand, if any."""
    m = _PERCENT.match(ctx.lower, d.anchor.start, ctx.end)
    where = subject_after(ctx.lower, m.end(), ctx.end, lexicon) if m is not None else None
    if where is not None and _time_words(ctx.lower, where[0], lexicon):
        return None  # "cao hơn hẳn mức 5,32% của năm 2009", "... của năm trước": a time the change was of
    return where


def _time_words(lower: str, pos: int, lexicon: Lexicon) -> bool:
    """A period ("năm 2009") or a base in time ("năm trước", "cùng kỳ") starts at `pos`."""
    if period_pattern(lexicon).match(lower, pos) is not None:
        return True
    base = base_at(lower, pos, len(lower), lexicon)
    return base is not None and base[0] in TIME_BASES


def _benchmark_subject(p: _Patterns, ctx: Context, d: Draft, lexicon: Lexicon) -> str:
    """ "thấp hơn mức tăng 3,27% của CPI bình quân chung": the subject named after "của" and ending the clause, when
    it is a subject (a head noun or a name in capitals), not a time ("của năm 2020", "của quý IV")."""
    percent = _PERCENT.match(ctx.lower, d.anchor.start, ctx.end)
    where = subject_ending_clause(ctx.lower, percent.end(), ctx.end, lexicon) if percent is not None else None
    if where is None:
        return ""
    subject = " ".join(ctx.text[where[0] : where[1]].split())
    first = subject.split(" ", 1)[0]
    if not (p.head.match(subject.lower()) or (len(first) > 1 and first.isupper())):
        return ""
    return _capitalise(subject)


def _before_predicate(p: _Patterns, pre: str) -> str:
    """ "Tỷ lệ nợ xấu đã giảm so với cuối năm 2017 và hiện [chiếm 1,31%]": a subject, a predicate compared with
    a base but given no figure, then the figure's own predicate; the subject names the figure."""
    m = p.compared.search(pre.lower())
    if m is None:
        return pre
    subject = _trim_trailing(p, pre[: m.start()].rstrip(sentence.TRIM))
    return subject or pre


def _after_last_word(p: _Patterns, pre: str) -> str:
    """A long verb phrase keeps what follows its last "và": "... thăm hỏi và tặng" -> "tặng"."""
    last = None
    for m in p.coordinator.finditer(pre.lower()):
        last = m
    rest = pre[last.end() :].strip(sentence.TRIM) if last else ""
    # a short verb phrase ("tặng", "tổ chức đưa"); a longer rest is a noun phrase coordinated with the one
    # before it ("phụ tùng và bộ phận phụ trợ")
    if not rest or len(rest.split()) >= _SHORT_NAME:
        return pre
    # a short rest opened by no verb of a second predicate joins two nouns or modifiers of one name ("trình độ đào
    # tạo cao đẳng và trung cấp", "vùng đồng bào dân tộc thiểu số và miền núi"): kept whole (words holding a
    # figure name nothing either way)
    if p.second_predicate.match(rest.lower()) is None and not any(ch.isdigit() for ch in pre):
        return pre
    return rest


def _core_size(p: _Patterns, name: str) -> int:
    """Syllables of a name without its count or measure word ("công nghiệp - xây dựng": four; a dash is none)."""
    return len(_WORD.findall(_description(p, name)))


def _measured_with(p: _Patterns, ctx: Context, prev: Draft | None, pre: str, intro: int) -> bool:
    """A name after "với" that says what is measured but not of what: a head noun alone ("với kinh phí"), or one
    with a couple of words qualifying it ("với tổng vốn đăng ký", "với số tiền hỗ trợ") right after the figure
    whose it is ("cấp phép cho 6 dự án đầu tư trong nước với tổng vốn đăng ký 1.382 tỷ đồng"; not after a
    clause of its own: "17 đợt mưa lớn, ..., gây thiệt hại về người, tài sản với tổng thiệt hại ...")."""
    lower = pre.lower()
    if p.bare_head.fullmatch(lower):
        return True
    bare = p.bare_head.match(lower)
    if bare is None or prev is None or len(pre[bare.end() :].split()) > _BARE_VERB:
        return False
    return len(_WORD.findall(ctx.lower, max(prev.last_end, prev.after_end), intro)) <= _WITH_GAP


_WITH_GAP = 4  # words between a figure and the "với" of the figure measured with it (its description's last words)


def _with_rule(
    p: _Patterns, ctx: Context, d: Draft, prev: Draft | None, intro: int | None, name: str, rule: str
) -> tuple[str, str]:
    """ "tặng 1.000 xuất quà với kinh phí 300 triệu đồng": "Kinh phí xuất quà tặng"."""
    # a sum of money (`purpose_units`) is named by what its own clause says was paid for; a count in a clause before
    # it does not lend its words across a semicolon
    money = d.unit is not None and split_magnitude(d.unit)[1] in p.purpose_units
    clause = _own_clause(ctx, prev, intro) if money and prev is not None and intro is not None else -1
    before = _before_with(p, ctx, intro, clause) if intro is not None else ""
    if before and prev is not None and _are_places(p, before, False):
        # "...; xếp ở vị trí thứ ba là Bình Định với GRDP tăng 7,6%": the place's own, not the figure's before
        return f"{name} {before}", "indicator:with"
    if prev is not None and clause < 0:
        described = _description(p, prev.indicator)
        if p.crop_stage.fullmatch(described.lower()) and name.lower() in p.crop_measures:
            # "thu hoạch 7.900 ha, với sản lượng 51.000 tấn": a stage qualifies the area, not the output; the
            # measure stays alone and takes its crop (`crop_measure_names`)
            return name, rule
        return f"{name} {described}", "indicator:with"
    if before:
        # "tiếp nhận 7.300 suất quà ...; vận động ủng hộ đồng bào bị thiên tai với số tiền 152 triệu đồng": a figure
        # before a clause of its own names nothing of the sum; that clause's words before "với" do
        return f"{name} {before}", "indicator:with"
    return name, rule


def _before_with(p: _Patterns, ctx: Context, intro: int, clause: int = -1) -> str:
    """The subject of the words before "với" (a head noun after it at `intro`), from the clause's start (or from
    `clause`, a clause of its own past a semicolon), a ranking's words cut off their start ("Đứng ở vị trí thứ hai
    là Khánh Hòa [với GRDP tăng 12,73%]")."""
    floor = clause if clause >= 0 else max(ctx.boundary_before(intro), ctx.start)
    before = sentence.words(ctx, floor, intro)
    before = _trim_trailing(p, before[: -len(before.split()[-1])].strip() if before else "")
    before = _subject_of_with(p, before)
    ranked = p.rank_lead.match(before.lower()) if _holds_rank(p, before.lower()) else None
    return before[ranked.end() :].strip(_SPACE_OR_TRIM) if ranked is not None else before


def _own_clause(ctx: Context, prev: Draft, intro: int) -> int:
    """Where the clause of its own words that "với" closes starts, past a semicolon after `prev` ("...; vận động ủng
    hộ đồng bào bị thiên tai tại các tỉnh với số tiền"), else -1 ("...; với tổng kinh phí")."""
    semi = ctx.lower.rfind(";", prev.last_end, intro)
    return semi + 1 if semi >= 0 and len(_WORD.findall(ctx.lower, semi, intro)) > _WITH_GAP else -1


def _subject_of_with(p: _Patterns, words: str) -> str:
    """ "Ngành nông nghiệp đã cho thấy dấu hiệu khả quan [với mức tăng 1,38%]": the words before "với" and a figure's
    measure, cut before what their subject is said to have shown or kept (the first predicate word after two words
    or more, none of a ranking's), or the role it has ("Ngành sản xuất điện là động lực tăng trưởng của toàn nền kinh
    tế": "là" with "của" after it; not "Mặt hàng chủ lực là gạo", the item itself)."""
    m = p.with_predicate.search(words.lower()) or p.with_role.search(words.lower())
    if m is None:
        return words
    subject = words[: m.start()].strip(_SPACE_OR_TRIM)
    ranked = p.description_blockers.search(subject.lower()) is not None
    if len(subject.split()) < 2 or subject.count("(") != subject.count(")") or ranked:
        return words
    return _trim_trailing(p, subject)


def _compose(p: _Patterns, d: Draft, pre: str, head: re.Match[str] | None) -> tuple[str, str]:
    """Name from the words before the figure, or from its unit when they start with no head noun."""
    if d.value is None:
        unit = d.comparisons[0].comp_unit if d.comparisons else None
        # "giảm 3 vụ": the count of a noun; "giá lợn hơi giảm 5.000 đồng/kg": a measure's change names no count
        if unit and not head and not (pre and _noun_of(p, unit, unit) in p.measures.values()):
            # "giảm 107 người chết": the count of the noun, as the words after it describe it
            return " ".join(x for x in (p.count, unit, d.after_words, pre) if x), "indicator:change-unit"
        return pre, "indicator:subject"
    noun = _unit_noun(p, d)
    if d.anchor.share and not pre.lower().startswith(p.share) and not p.rate_start.match(pre.lower()):
        return " ".join(x for x in (p.share, pre, d.after_words) if x), "indicator:share"
    if head and noun.startswith(p.counted) and d.total is not None and d.after_words:
        # "CPI tháng 2 có 4/11 nhóm hàng hóa và dịch vụ có chỉ số giá tăng": a count of ratios names its things
        return " ".join((noun, d.after_words)), "indicator:ratio-count"
    if head and head.end() == len(pre) and noun.startswith(p.counted):
        return " ".join(x for x in (pre, noun[len(p.count) + 1 :], d.after_words) if x), "indicator:head+unit"
    if head and p.scope_mark.match(d.after_words.lower()):
        return f"{pre} {d.after_words}", "indicator:head+scope"  # "Lãi suất cho vay 6%/năm đối với ngắn hạn"
    if head:
        return pre, "indicator:head"
    if noun == p.head_count and (d.after_words or pre).lower() in p.herd_animals:
        noun = p.herd  # "18.987 con trâu", "gà 8.743 nghìn con": "Đàn trâu", "Đàn gà"
    if noun and pre.lower().startswith(noun + " "):
        noun = ""  # "giá gas 300.000 đ/bình": "Giá gas", not "Giá giá gas"
    elif noun and not noun.startswith(p.counted) and p.money_words.match(pre.lower()):
        noun = ""  # "quyết toán trên 106.000 tỉ đồng": "Quyết toán", not "Giá trị quyết toán"
    elif noun and (steer := p.steering.match(pre.lower())) and pre.lower().startswith(noun + " ", steer.end()):
        return _capitalise(pre), "indicator:steered"  # "giảm tỷ lệ hộ nghèo là 1,5%": the fall, its verb named
    elif noun and not noun.startswith(p.counted) and (at := f" {pre.lower()} ".find(f" {noun} ")) > 0:
        # "giai đoạn 2006-2016 tỷ lệ thôn có điện ... đạt 97,8%": the noun stands inside; the words before it follow
        name = " ".join(x for x in (pre[at:], d.after_words, _after_noun(pre[: at - 1])) if x)
        d.head_words = pre[at : at + len(noun)]
        return _capitalise(name), "indicator:unit-inside"
    counted = noun[len(p.counted) :] if noun.startswith(p.counted) else ""
    if counted and f"{pre.lower()} ".startswith(f"{counted} "):
        # "Hộ cận nghèo còn 10.000 hộ": the words start with the counted noun ("Số hộ cận nghèo", not "Số hộ hộ ...")
        return " ".join(x for x in (p.count, _in_running_text(pre), d.after_words) if x), "indicator:unit"
    after = d.after_words
    if d.unit == "%" and (m := p.count_head.match(after.lower())):
        after = after[m.end() :]  # "80% số xã đạt chuẩn": "Tỷ lệ xã đạt chuẩn"
    return " ".join(filter(None, (noun, after, _after_noun(pre)))), "indicator:unit"  # no generator


def _scope_of_same_measure(p: _Patterns, d: Draft, prev: Draft) -> bool:
    """`d`, with no words before it, in `prev`'s unit, names its scope after it ("đối với ..."): `prev`'s measure,
    of another scope, when `prev` was named by a head noun."""
    if d.value is None or d.unit != prev.unit or not prev.pre_words or not p.scope_mark.match(d.after_words.lower()):
        return False
    return p.head.match(prev.pre_words.lower()) is not None


def _after_noun(pre: str) -> str:
    """Words written at a sentence's start, put after a noun: "Lạc hè thu trồng" -> "Diện tích lạc hè thu trồng";
    a name keeps its capitals ("Hà Nội", "CPI")."""
    words = pre.split(" ", 2)
    if len(words) < 2 or not words[0][:1].isupper() or words[1][:1].isupper() or words[0].isupper():
        return pre
    return pre if is_place_name(pre) else pre[:1].lower() + pre[1:]


def range_ends(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "tăng từ 14 - 16%", "(KH 2.200-3.000 ha)": the two ends of a range, named alike, told apart ("..., mức
    thấp", "..., mức cao")."""
    low_end, high_end = lexicon.data["indicators"]["range_low_end"], lexicon.data["indicators"]["range_high_end"]
    for low, high in itertools.pairwise(drafts):
        if low.indicator and low.indicator == high.indicator and _upper_bound(ctx, low, high):
            low.indicator, high.indicator = f"{low.indicator}, {low_end}", f"{high.indicator}, {high_end}"


def members_of_count(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "Trong 12 nhóm ngành hàng, có 6 nhóm tăng và 6 nhóm giảm": a count named by its noun alone (and how its
    things fared) after a count of the same noun that the words describe counts some of those things: "Số nhóm
    ngành hàng tăng"."""
    p = _patterns(lexicon)
    whole: Draft | None = None
    for d in drafts:
        if d.value is None or not d.unit or not _counted(p, d):
            continue
        noun = _unit_noun(p, d)
        fared = not d.after_words or d.after_words.lower() in p.change_verbs  # nothing, or "tăng"
        bare = fared and d.indicator.lower() == f"{noun} {d.after_words.lower()}".strip() and not d.pre_words
        if whole is not None and bare and _unit_noun(p, whole) == noun:
            d.indicator = _capitalise(" ".join(x for x in (noun, whole.after_words, d.after_words) if x))
            d.rules.append("indicator:members")
        elif not fared:
            whole = d if _opens_whole(p, ctx, d) else None


def _opens_whole(p: _Patterns, ctx: Context, d: Draft) -> bool:
    """A count opened by "trong" (lexicon `indicators.member_wholes`): a whole whose things later counts count."""
    opening = ctx.lower[max(ctx.start, d.clause_lo) : d.anchor.start].strip(" " + sentence.TRIM)
    return opening in p.member_wholes


def share_descriptions(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "14/21 sở, ngành, 7/7 huyện, thị xã, 100/103 xã ... triển khai ...": a bare count in a list
    takes the description of the figure after it."""
    p = _patterns(lexicon)
    for d, nxt in reversed(list(itertools.pairwise(drafts))):
        if d.value is None or d.after_words or not nxt.after_words:
            continue
        if nxt.part_of is d:
            continue  # "có 1.250 doanh nghiệp, trong đó 980 doanh nghiệp đang hoạt động": a part's words are its own
        if d.pre_words and not _cases_and_people(p, d, nxt):
            continue  # a count with words of its own before it keeps them ("xây mới 304 căn, sửa chữa 399 căn")
        if d.anchor.share and d.unit != nxt.unit:
            continue  # "17.100 hộ nghèo, chiếm 8%, 23.200 hộ cận nghèo": the share is of the figure before it
        between = sentence.blanked(ctx, d.anchor.end, nxt.anchor.start)
        if _WORD.search(between) and not _listed(p, ctx, d, nxt):
            continue  # "12 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt": words of its own, trimmed away
        if _inside_aside(ctx, d.anchor.start) and ctx.lower.find(")", d.anchor.end, nxt.anchor.start) >= 0:
            continue  # "(gồm 2 thành phố, 2 thị xã, 7 huyện), 155 đơn vị hành chính cấp xã": the aside ends the list
        if not _listed(p, ctx, d, nxt) and not p.coordinator.search(ctx.lower, d.last_end, nxt.anchor.start):
            continue
        if _opens_whole(p, ctx, d):
            continue  # "Trong 26 xã, có 22 xã đạt chuẩn": the whole those after it count some of, not a list's item
        d.after_words = nxt.after_words
        d.pre_words = nxt.pre_words
        pre = _after_noun(d.pre_words)
        d.indicator = _capitalise(" ".join(x for x in (_unit_noun(p, d), d.after_words, pre) if x))
        d.rules.append("indicator:shared")


def _cases_and_people(p: _Patterns, d: Draft, nxt: Draft) -> bool:
    """ "Phát hiện 07 vụ, 11 đối tượng phạm tội về kinh tế": a count of cases (`event_units`) right before a count of
    those involved, both the objects of one verb, takes the offence the second's words name."""
    if d.pre_words != nxt.pre_words or not d.unit or not nxt.unit:
        return False
    return base_unit(d.unit) in p.event_units and base_unit(nxt.unit) not in p.event_units


def shared_predicates(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "3 ngàn con gia súc và 600,5 nghìn con gia cầm bị chết": of two counts in one unit joined by "và" or a comma,
    the second described by what befell its things ("gia cầm bị chết"), the first, described by its things alone
    ("gia súc"), shares what befell them: "Số con gia súc bị chết"."""
    p = _patterns(lexicon)
    for d, nxt in reversed(list(itertools.pairwise(drafts))):
        if d.value is None or nxt.value is None or not d.after_words or not d.rules or d.rules[-1] != "indicator:unit":
            continue
        befell = p.passive.search(nxt.after_words.lower())
        if befell is None or befell.start() == 0 or p.passive.search(d.after_words.lower()):
            continue
        if base_unit(d.unit) != base_unit(nxt.unit) or not _joined(p, ctx, d.after_end, nxt.anchor.start):
            continue
        d.after_words = f"{d.after_words} {nxt.after_words[befell.start() :]}"
        words = (_unit_noun(p, d), d.after_words, _after_noun(d.pre_words))
        d.indicator = _capitalise(" ".join(x for x in words if x))
        d.rules.append("indicator:shared-predicate")


def _joined(p: _Patterns, ctx: Context, lo: int, hi: int) -> bool:
    """Only a comma or a coordinator ("và") between `lo` and `hi`."""
    between = ctx.lower[lo:hi].strip(" ,") if 0 < lo <= hi else "x"
    return not between or between in p.coordinators_set


def _inside_aside(ctx: Context, pos: int) -> bool:
    """`pos` stands in parentheses opened before it in the sentence."""
    return ctx.lower.rfind("(", ctx.start, pos) > ctx.lower.rfind(")", ctx.start, pos)


def respective_names(drafts: list[Draft], previous: list[Fact], ctx: Context, lexicon: Lexicon) -> None:
    """ "Cơ cấu tương ứng của cùng kỳ năm 2022 là 11,57%; 37,08%": a list of figures said to be
    "respective" takes, in order, the names of the last as many figures in its unit before it."""
    if len(drafts) < 2 or drafts[0].value is None:
        return
    if not _patterns(lexicon).respective.search(ctx.lower, ctx.start, drafts[0].anchor.start):
        _respective_aside(drafts, ctx, lexicon)
        return
    if not previous:
        return
    unit = drafts[0].unit
    listed = [d for d in drafts if d.value is not None and d.unit == unit and not d.comparisons]
    named = [f for f in previous if f.unit == unit and f.value is not None]
    if len(listed) != len(drafts) or len(named) < len(listed):
        return
    for d, f in zip(listed, named[-len(listed) :], strict=True):
        d.indicator = f.indicator
        d.rules.append("indicator:respective")


def _respective_aside(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "... dịch vụ chiếm 29,03%; thuế sản phẩm chiếm 5,06% (Cơ cấu tương ứng của năm 2023 là 28,34%; ...; 5,43%)":
    the same list said to be respective in parentheses closing the sentence takes, in order, the names of the last
    as many figures in its unit before the parentheses."""
    if not ctx.asides:
        return
    lo, hi = ctx.asides[-1]
    run = [d for d in drafts if lo < d.anchor.start < hi]
    before = [d for d in drafts if d.anchor.start < lo and d.value is not None]
    if len(run) < 2 or any(d.anchor.start > hi for d in drafts):
        return
    unit = run[0].unit
    if any(d.value is None or d.unit != unit or d.comparisons for d in run):
        return
    if not _patterns(lexicon).respective.search(ctx.lower, lo, run[0].anchor.start):
        return
    named = [d for d in before if d.unit == unit]
    if len(named) < len(run):
        return
    for d, f in zip(run, named[-len(run) :], strict=True):
        d.indicator = f.indicator
        d.rules.append("indicator:respective")


def respective_subjects(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "CPI của Hà Nội, TP. Hồ Chí Minh và Đà Nẵng tăng lần lượt là 0,5%, 0,3% và 0,2%", "Tỷ lệ thất nghiệp
    ở khu vực thành thị và nông thôn lần lượt là 2,6% và 1,8%": figures said to be respective, with as many
    subjects listed before them, take one subject each, in order. So do figures joined by dashes, the way a
    structure is written ("Cơ cấu GDP, ngành nông nghiệp, công nghiệp và dịch vụ là 27,2% - 27,6% - 45,2%"); a
    second such run with no subjects of its own ("trong khi kế hoạch là 27,5% - 28% - 44,5%") takes the first's."""
    if len(drafts) < 2:
        return
    p = _patterns(lexicon)
    said = p.respectively.search(ctx.lower, ctx.start, ctx.end) is not None
    dashed = _dashed(ctx)
    if not (said or dashed):
        return  # most sentences: one or two searches, nothing to do
    i, since = 0, ctx.start  # where the next dashed run's words start
    subjects: list[str] = []  # the last dashed run's subjects
    while i < len(drafts):
        d = drafts[i]
        floor = _clause_floor(ctx, d.anchor.start)
        if floor > ctx.start and ctx.lower[floor - 1] == ":" and not ctx.lower[floor : d.anchor.start].strip():
            floor = _clause_floor(ctx, floor - 1)  # "... tương ứng là: 64,1% - 29,4% - 6,5%": the label's clause
        resp = None
        if said:
            for m in p.respectively.finditer(ctx.lower, max(floor, d.anchor.start - _RESPECTIVE_REACH), d.anchor.start):
                resp = m
        run, items = 1, []
        if resp is not None:
            run = _respective_run(drafts, i, ctx, p)
            items = _respective_places(p, ctx, floor, resp.start(), run) if run >= 2 else []
            items = items or (_listed_subjects(p, ctx, floor, resp.start(), run) if run >= 2 else [])
            verb = _first_change_verb(p, ctx, floor, resp.start()) if run >= 2 and not items else None
            if verb is not None:
                # "cả vốn đầu tư thực hiện và tổng vốn đăng ký tiếp tục tăng so với cùng kỳ, với mức tăng lần lượt là
                # 10,9% và 8,4%": the subjects before the predicate, the last of its listed items
                items = _listed_subjects(p, ctx, floor, verb, run, last=True)
        elif dashed and (run := _dashed_run(drafts, i, ctx)) >= 2:
            items = _dashed_subjects(p, ctx, max(floor, since), d.anchor.start, run, subjects)
            subjects, since = (items or subjects), drafts[i + run - 1].last_end
        for draft, name in zip(drafts[i : i + run], items, strict=False):
            draft.indicator = _capitalise(name)
            draft.rules.append("indicator:respective-subject")
        i += max(run, 1)


_SPACED_DASH = re.compile(r"\s+[-–]\s+")  # "thuỷ sản - công nghiệp": two items; "công nghiệp-xây dựng" is one


def _dashed(ctx: Context) -> bool:
    """A share list written with dashes in the sentence (a percent sign found first: many sentences have none)."""
    percent = ctx.lower.find("%", ctx.start, ctx.end) >= 0
    return percent and _DASHED_FIGURES.search(ctx.lower, ctx.start, ctx.end) is not None


_DASHED_FIGURES = re.compile(r"\d\s*%\s*[-–]\s*\d")  # "27,2% - 27,6%": a share list written with dashes


def _dashed_run(drafts: list[Draft], i: int, ctx: Context) -> int:
    """How many percent figures from drafts[i] on follow each other with only a dash between them."""
    run = 1
    while i + run < len(drafts) and drafts[i].unit == "%" == drafts[i + run].unit:
        gap = ctx.lower[drafts[i + run - 1].last_end : drafts[i + run].anchor.start].strip()
        if gap not in ("-", "–"):
            break
        run += 1
    return run


def _dashed_subjects(p: _Patterns, ctx: Context, lo: int, hi: int, count: int, before: list[str]) -> list[str]:
    """The names of `count` dashed figures whose words are in [lo, hi): their listed subjects, after what the
    list's label says ("Cơ cấu GDP, ngành A, B và C là"), or those of the run `before` after these words."""
    words = _trim_trailing(p, sentence.words(ctx, *_strip(p, ctx, lo, hi)))
    parts = [x.strip(sentence.TRIM) for x in p.list_split.split(words)] if words else []
    if len(parts) < count and words:
        parts = [x.strip(sentence.TRIM) for x in _SPACED_DASH.split(words)]  # "ngành A - B - C là: ..."
    if len(parts) >= count and all(parts[-count:]):
        label = " ".join(parts[:-count])
        return [f"{label} {item}".strip() for item in parts[-count:]]
    if len(before) == count and len(parts) <= 1:
        return [f"{words} {_in_running_text(name)}".strip() for name in before]
    return []


_RESPECTIVE_REACH = 24  # characters before the first figure where "lần lượt là" may stand
_SUBJECT_REACH = 240  # characters before it where the listed subjects are looked for: every look-up stays bounded


def _clause_floor(ctx: Context, pos: int) -> int:
    """The start of the clause holding `pos`, commas not counted: the last ";", ":" or the sentence start,
    looked for within a window."""
    lo = max(ctx.start, pos - _SUBJECT_REACH)
    return max(ctx.lower.rfind(";", lo, pos), ctx.lower.rfind(":", lo, pos), lo - 1) + 1


def _respective_run(drafts: list[Draft], i: int, ctx: Context, p: _Patterns) -> int:
    """How many figures from drafts[i] on follow each other with only commas and "và" between them, or with
    semicolons alone ("tăng tương ứng 3,2%; 10,5%; 8,7%": a list written with semicolons, no word between)."""
    run = 1
    while i + run < len(drafts):
        gap = ctx.lower[drafts[i + run - 1].last_end : drafts[i + run].anchor.start]
        if any(not p.coordinator.fullmatch(w) for w in _WORD.findall(gap)) or (";" in gap and gap.strip() != ";"):
            break
        run += 1
    return run


_PLACE_LIST_WORD = re.compile(r"[^\W\d_][\w.]*|[,;]")  # a word ("TP.") or a list's comma


def _respective_places(p: _Patterns, ctx: Context, lo: int, hi: int, count: int) -> list[str]:
    """ "Quảng Ninh và Hải Phòng tăng cao nhất với mức tăng lần lượt là", "Vĩnh Phúc và Bắc Ninh có chỉ số ngành
    công nghiệp giảm ... với mức giảm lần lượt là": `count` places listed in [lo, hi), then what of them is measured
    (the words after "có" up to a change verb, else a growth noun): each place's figure, named by that measure and
    the place ("Mức tăng Quảng Ninh"); else []."""
    if not any(w[:1].isupper() for w in ctx.text[lo:hi].split()):
        return []  # most lists: no capitalised word, no place
    places, end = _last_place_list(p, ctx, lo, hi)
    if len(places) != count:
        return []
    measure = _measure_of_places(p, ctx, end, hi)
    return [f"{measure} {place}" for place in places] if measure else []


def _last_place_list(p: _Patterns, ctx: Context, lo: int, hi: int) -> tuple[list[str], int]:
    """The last list of places joined by commas and coordinators in [lo, hi), and where it ends."""
    places: list[str] = []  # the places of the run being read
    current: list[str] = []  # the capitalised words of the place being read
    last: tuple[list[str], int] = ([], lo)
    for m in _PLACE_LIST_WORD.finditer(ctx.text, lo, hi):
        word = m.group()
        if word[:1].isupper():
            current.append(word)
            last = ([*places, " ".join(current)], m.end())
            continue
        if current:
            places, current = [*places, " ".join(current)], []
        if word not in ",;" and word.lower() not in p.coordinators_set:
            places = []  # a word of no place ends the run
    listed, end = last
    if listed:
        lead = p.leading.match(listed[0].lower())  # "Riêng Vĩnh Phúc": a sentence's first word opens it
        if lead is not None and lead.end() < len(listed[0]) and listed[0][lead.end()] == " ":
            listed = [listed[0][lead.end() :].strip(), *listed[1:]]
    if not listed or not all(_are_places(p, x, False) for x in listed):
        return [], lo
    return listed, end


def _measure_of_places(p: _Patterns, ctx: Context, lo: int, hi: int) -> str:
    """What a list of places ending at `lo` has measured: "có chỉ số ngành công nghiệp giảm" -> "chỉ số ngành công
    nghiệp", else the growth noun before `hi` ("với mức tăng")."""
    lead = p.leading.match(ctx.lower, lo, hi)
    verb = _first_change_verb(p, ctx, lead.end(), hi) if lead is not None else None
    if lead is not None and verb is not None and ctx.lower[lo : lead.end()].strip() == p.located_link:
        words = sentence.words(ctx, lead.end(), verb)
        if words and p.head.match(words.lower()):
            return _capitalise(words)
    growth = p.growth.search(ctx.lower, lo, hi)
    return _capitalise(ctx.text[growth.start() : growth.end()]) if growth is not None else ""


def _first_change_verb(p: _Patterns, ctx: Context, lo: int, hi: int) -> int | None:
    """Where the first verb of a change (or "tiếp tục" before one) stands in [lo, hi), else None."""
    for m in _WORD.finditer(ctx.lower, lo, hi):
        if m.group() in p.change_verbs:
            turn = p.turn.search(ctx.lower, max(lo, m.start() - _TURN_REACH), m.start())
            return turn.start() if turn is not None else m.start()
    return None


_TURN_REACH = 12  # characters before a verb where "tiếp tục" is looked for


def _listed_subjects(p: _Patterns, ctx: Context, lo: int, hi: int, count: int, last: bool = False) -> list[str]:
    """The `count` subjects of "<prefix> <item>, <item> và <item>" written in [lo, hi), each with the prefix (with
    `last`, of the last `count` items when more are written: "Trong 7 tháng, cả A và B")."""
    text = _trim_trailing(p, sentence.words(ctx, lo, hi))
    parts = [x.strip(sentence.TRIM) for x in p.list_split.split(text)]
    if last and len(parts) > count:
        parts = parts[-count:]
    if len(parts) != count:
        # "Tỷ trọng các ngành nông lâm thuỷ sản - công nghiệp xây dựng - thương mại dịch vụ tương ứng là: ...":
        # subjects joined by dashes, the way a structure is written
        parts = [x.strip(sentence.TRIM) for x in _SPACED_DASH.split(text)]
    if len(parts) != count or not all(parts):
        return []
    words = parts[0].split()
    capitals = 0
    while capitals < len(words) and words[len(words) - 1 - capitals][:1].isupper():
        capitals += 1
    if capitals == len(words) and all(part[:1].isupper() for part in parts):
        return parts  # "Thái Nguyên, Thừa Thiên Huế và TPHCM": names, no prefix to share
    size = capitals if 0 < capitals < len(words) else len(parts[-1].split())
    if size >= len(words):
        return parts if last else []  # (items cut out of a longer list name themselves whole)
    prefix, first = " ".join(words[:-size]), " ".join(words[-size:])
    return [f"{prefix} {item}" for item in [first, *parts[1:]]]


def anaphora_names(drafts: list[Draft], previous: list[Fact], ctx: Context, lexicon: Lexicon) -> None:
    """ "CPI tháng 9 tăng 0,42% so với tháng trước. Con số này tăng 2,61% so với tháng 12": a figure named
    only "con số này" is the figure named just before it, in its sentence or the one before."""
    p = _patterns(lexicon)
    before = previous[-1].indicator if previous else ""
    for d in drafts:
        if before and p.anaphor.search(ctx.lower, d.clause_lo, d.name_end) and _is_anaphor(p, ctx, d):
            d.indicator = before
            d.rules.append("indicator:anaphor")
        before = d.indicator or before


def benchmark_names(drafts: list[Draft], previous: list[Fact], ctx: Context, lexicon: Lexicon) -> None:
    """ "GDP năm 2010 tăng 6,78%. Đây là mức tăng khá cao so với mức tăng 6,31% của năm 2008": a rate set beside
    another as a benchmark, with no figure before it in its sentence to be of, is the rate of the first change the
    sentence before states, in the period written right after it ("... (GDP) của năm 2008"), as within a sentence
    ("GDP tăng 5,92%, cao hơn mức tăng 4,7% của năm 2020"); unless it names a subject of its own ("... của CPI")."""
    if not drafts or not previous or drafts[0].value is not None or not drafts[0].comparisons:
        return
    d, p = drafts[0], _patterns(lexicon)
    if not _is_benchmark(p, ctx, d.pre_words, d.clause_lo, d.name_end, d.anchor.start):
        return
    if _benchmark_subject(p, ctx, d, lexicon):
        return
    subject = next((f for f in previous if _states_change(f)), None)
    if subject is None:
        return
    percent = _PERCENT.match(ctx.lower, d.anchor.start, ctx.end)
    end = percent.end() if percent is not None else d.anchor.end
    period = next((e for s, e in ctx.blanks if end <= s <= end + _PERIOD_AFTER_REACH), None)
    after = " ".join(ctx.text[end:period].split()) if period is not None else ""
    d.indicator = " ".join(x for x in (subject.indicator, after) if x)
    d.rules.append("indicator:benchmark-previous")


def _states_change(f: Fact) -> bool:
    """A figure of its own (no part, aside or plan) stated as a percent change."""
    if f.part_of is not None or any(r in f.rules for r in (ASIDE_RULE, TARGET_RULE)):
        return False
    return any(c.type == "change_pct" for c in f.comparisons)


_PERIOD_AFTER_REACH = 8  # characters after a benchmark's percent ("của", "tính") where its period may start


def counted_change_names(drafts: list[Draft], previous: list[Fact], ctx: Context, lexicon: Lexicon) -> None:
    """ "... xảy ra 1.836 vụ tai nạn giao thông, làm chết 696 người ... So với tháng 8, tăng 129 vụ (7,56%), tăng 42
    người chết": a change with no level named only by the noun it counts ("Số vụ", "Số người chết") is the change of
    the figure the sentence before named so and more ("Số vụ tai nạn giao thông ...", "Số người chết do ...")."""
    if not previous:
        return
    p = _patterns(lexicon)
    for d in drafts:
        if d.value is not None or not d.rules or d.rules[-1] != "indicator:change-unit":
            continue
        if not d.comparisons:
            continue
        change = d.comparisons[0]
        after = ctx.lower[change.end : change.end + _NEXT_WORD].split()
        if after and p.coordinator.fullmatch(after[0]):
            continue  # "giảm 2.875 xã viên và lao động": a count of more than the noun
        unit = change.comp_unit
        named = [f for f in previous if f.value is not None and f.unit == unit and _extends(f.indicator, d.indicator)]
        if len({f.indicator for f in named}) == 1:
            d.indicator = named[0].indicator
            d.rules.append("indicator:counted-before")


_NEXT_WORD = 6  # characters after a change where a coordinator joining a second noun is looked for


def _extends(longer: str, name: str) -> bool:
    return longer.lower().startswith(name.lower() + " ")


def aspect_names(drafts: list[Draft], previous: list[Fact], lexicon: Lexicon) -> None:
    """ "Vốn đầu tư thực hiện tháng 10 ước đạt 412,5 tỷ đồng ... Lũy kế 10 tháng ước đạt 3.120,7 tỷ đồng": a
    sentence's first figure named only by an aspect ("lũy kế", "bình quân"), in the unit of the last figure of
    the sentence before, is that figure's subject in that aspect (as within a sentence)."""
    if not drafts or not previous or not previous[-1].indicator:
        return
    d, before = drafts[0], previous[-1]
    p = _patterns(lexicon)
    if _named_by_period_only(d, before) and before.value is not None and not before.part_of:
        # "... tháng 7/2011 đạt 186,6 tỷ đồng ... Ước thực hiện 7 tháng đạt 1.410,8 tỷ đồng": the same subject, in
        # the period the sentence opens with
        d.indicator = before.indicator
        d.rules.append("indicator:same-subject-previous")
        return
    rule = d.rules[-1] if d.rules else ""
    # (a count named by its unit's noun and the aspect alone, "Số lượt khách lũy kế", as one named by the aspect)
    aspect_only = rule == "indicator:head" or (rule == "indicator:average" and not d.after_words)
    aspect = p.aspect.match(d.pre_words.lower())
    if d.value is None or not aspect_only or aspect is None or not _verb_of(p, d.pre_words[aspect.end() :], before):
        return
    if base_unit(d.unit) != base_unit(before.unit):
        return
    # "Tổng sản lượng ... đạt 50.000 tấn; trong đó sản lượng tôm đạt 17.750 tấn. Lũy kế 3 tháng đạt 150.500 tấn": the
    # sentence before ended on a part; the aspect is of its whole, the sentence's subject
    whole = next((f for f in previous if before.part_of is not None and f.offset == before.part_of), None)
    if whole is not None and whole.indicator and base_unit(whole.unit) == base_unit(before.unit):
        before = whole
    if before.indicator.lower().startswith(aspect.group()):
        return  # "Lũy kế 9 tháng ... Lũy kế 10 tháng": a figure of its own
    d.indicator = f"{before.indicator} {aspect.group()}"
    d.rules.append("indicator:aspect-of-previous")


def _verb_of(p: _Patterns, rest: str, before: Fact) -> bool:
    """ "Lũy kế 10 tháng [đã thu hút được] 2,738 tỷ USD" after "... đầu tư nước ngoài thu hút được 119 triệu USD": the
    words after the aspect, its auxiliaries left out, are none or the verb the figure before is named with (not another
    verb: "Lũy kế 5 tháng đã thu 1.210 tỷ đồng" after "giải ngân 320 tỷ đồng" is a figure of its own)."""
    while (lead := p.leading.match(rest)) is not None and lead.end() > 0:
        rest = rest[lead.end() :]
    rest = " ".join(rest.split()).lower()
    return not rest or f" {rest} " in f" {before.indicator.lower()} "


def average_names(drafts: list[Draft], lexicon: Lexicon) -> None:
    """ "... tăng 2,7% so với bình quân cùng kỳ năm 2018", split off the month's figure: the average's change, named by
    the subject and the word of averaging ("Chỉ số giá tiêu dùng (CPI) bình quân")."""
    word = lexicon.words("comparisons", "average_words")[0]
    for d in drafts:
        if AVERAGE_RULE in d.rules and d.indicator and word not in d.indicator.lower().split():
            d.indicator = f"{d.indicator} {word}"


def aspect_subject_names(drafts: list[Draft]) -> None:
    """ "mặt hàng gạo tăng 34,12% về sản lượng, tăng 51,66% về giá trị": each change apart is named by what it
    measures and the subject the first is named by ("Sản lượng mặt hàng gạo", "Giá trị mặt hàng gạo")."""
    subject = ""
    for d in drafts:
        if not d.aspect:
            continue
        if "comparison:aspect-apart" not in d.rules:
            subject = d.indicator
        d.indicator = " ".join(x for x in (_capitalise(d.aspect), _in_running_text(subject)) if x)
        d.rules.append("indicator:aspect-of-subject")


def crop_measure_names(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "thu hoạch được 323 nghìn ha lúa thu đông, ...; năng suất ước đạt 56 tạ/ha; sản lượng ước đạt 3,63 triệu
    tấn": a figure named by a crop's measure alone takes the crop the last level before it in the sentence counts
    (the words after that level's unit, a share's left out), or the crop a figure before it names after its own
    measure ("diện tích rau tăng 18%, năng suất tăng 8%"; not in parentheses, an aside about another crop)."""
    p = _patterns(lexicon)
    if not any(d.indicator.lower() in p.crop_measures for d in drafts):
        return  # most sentences: no figure named by a measure alone, nothing to look for
    crop = ""
    for d in drafts:
        own = _crop_before(p, d) if d.unit != "%" and not (d.value is not None and d.after_words) else ""
        if d.value is not None and d.unit != "%" and d.after_words:
            # ("Năng suất đạt 62,58 tạ/ha sản lượng đạt ...": the next figure's measure is no crop)
            crop = "" if d.after_words.lower().startswith(p.measure_nouns) else d.after_words
        elif own and not ctx.in_aside(d.anchor.start):
            # "diện tích lúa 55,3 nghìn ha, năng suất đạt ...", "diện tích rau tăng 18%, năng suất tăng 8%": "lúa"
            crop = own
        elif crop and d.indicator.lower() in p.crop_measures:
            d.indicator = f"{d.indicator} {crop}"
            d.rules.append("indicator:crop-of-before")


def _crop_before(p: _Patterns, d: Draft) -> str:
    """The crop a figure's own words before it name, its measure noun left out ("diện tích lúa 55,3 nghìn ha":
    "lúa"), when they name nothing else: no other head noun, no aspect ("năng suất
    bình quân toàn tỉnh đạt ...", "năng suất toàn vụ" name no crop)."""
    words = d.pre_words
    lower = words.lower()
    measure = next((m for m in p.measure_nouns if lower.startswith(m + " ")), "")
    rest = _without_stage(p, words[len(measure) :]) or words[len(measure) :].strip()
    if not measure or not rest or p.head.match(rest.lower()) or p.aspect.match(rest.lower()):
        return ""
    return "" if p.head_qualifier.match(rest.lower()) or any(map(str.isdigit, rest)) else rest


def _without_stage(p: _Patterns, words: str) -> str:
    """A qualifier without the stages of a crop's season opening it ("gieo cấy lúa đông xuân": "lúa đông xuân";
    "thu hoạch": ""): they qualify an area only, not the crop a yield or an output borrows."""
    words = words.strip()
    stage = p.crop_stage.match(words.lower())
    return words[stage.end() :].strip() if stage else words


def target_names(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """ "Năm tới phấn đấu thu ngân sách đạt 1.500 tỷ đồng; đàn bò tăng 3%": the figures after a verb of striving are
    targets, named as the plan's ("Kế hoạch thu ngân sách", "Kế hoạch đàn bò"), without the verb; a name that is
    already a target's ("Mục tiêu ...", "Kế hoạch ...", a plan's aside) stays, and so does a count of things
    described as already there ("bảo đảm các tiêu chí ở 4 xã đã về đích")."""
    p = _patterns(lexicon)
    verb = p.target_verb.search(ctx.lower, ctx.start, ctx.end) if drafts else None
    if verb is None:
        return  # most sentences: one search
    for d in drafts:
        if d.anchor.start < verb.end() or d.target is not None or p.target_head.match(d.indicator.lower()):
            continue
        if p.reached.match(d.after_words.lower()):
            continue
        words = _cut(p.target_verb, d.indicator)
        if words:
            d.indicator = _capitalise(f"{p.target_name} {_in_running_text(words)}")
            d.rules.append(TARGET_NAME_RULE)


def _cut(pattern: re.Pattern[str], name: str) -> str:
    """`name` as written, what `pattern` matches in its lower case cut out, single-spaced."""
    kept, at = [], 0
    for m in pattern.finditer(name.lower()):
        kept.append(name[at : m.start()])
        at = m.end()
    return " ".join(" ".join([*kept, name[at:]]).split())


def _named_by_period_only(d: Draft, before: Fact) -> bool:
    """A level named by nothing but its unit's noun, its words only a period and reporting verbs, in the unit of
    the figure before."""
    if d.value is None or d.pre_words or d.after_words or not d.rules or d.rules[-1] != "indicator:unit":
        return False
    return d.period is not None and base_unit(d.unit) == base_unit(before.unit) != ""


def part_name(name: str, rule: str, whole: str, lexicon: Lexicon) -> str | None:
    """ "Tổng mức bán lẻ ... đạt 2.560 tỷ đồng. Trong đó, kinh tế nhà nước đạt 134 tỷ đồng": a part in the
    next sentence named only by its unit's noun and a sector ("Giá trị kinh tế nhà nước", rule "indicator:unit")
    takes its whole's name first, as a part in the same sentence does; else None. (A change of a sector named
    as written stays so: "khu vực dịch vụ tăng 6,79%" reads better than "Tổng sản phẩm ... khu vực dịch vụ".)"""
    if not whole:
        return None
    p = _patterns(lexicon)
    measure = _measure_of(p, whole) if rule == "indicator:subject" else ""
    if measure and name and not p.head.match(name.lower()) and not p.part_head.match(name.lower()):
        return f"{measure} {_in_running_text(name)}"  # "Trong đó: nông nghiệp tăng 2,76%": as within a sentence
    if not rule.startswith("indicator:unit"):
        return None
    sector = _description(p, name) if name.lower().startswith(p.name_prefixes) else name
    if p.part_head.match(whole.lower()):
        return None
    if not p.part_head.match(sector.lower()) and not _sum_of_short_whole(p, name, whole):
        return None
    words = sector.split(" ", 2)
    proper = len(words) > 1 and words[1][:1].isupper()  # "Bộ Y tế": a body's name keeps its capitals
    return f"{whole} {sector if proper else _in_running_text(sector)}"


_SHORT_WHOLE = 5  # words of a whole's name short enough to name its parts: "Kim ngạch xuất khẩu"


def _sum_of_short_whole(p: _Patterns, name: str, whole: str) -> bool:
    """ "Kim ngạch xuất khẩu ước đạt 1,3 tỉ USD. Trong đó: phân bón ước đạt 215 triệu USD": a part named only by the
    noun of a sum of money and what it is ("Giá trị phân bón") is the whole's sum of that, when the whole's name is
    short and no such bare noun itself ("Kim ngạch xuất khẩu phân bón"; a long whole's name would bury the part's)."""
    return (
        name.lower().startswith(p.money_noun + " ")
        and not whole.lower().startswith(p.money_noun)
        and len(whole.split()) <= _SHORT_WHOLE
    )


def _is_anaphor(p: _Patterns, ctx: Context, d: Draft) -> bool:
    written = sentence.words(ctx, d.clause_lo, d.name_end).lower()  # as written: "trên" is no trailing word here
    return p.anaphor.fullmatch(written) is not None or p.anaphor.fullmatch(d.pre_words.lower()) is not None


def _rate_word_written(ctx: Context, lo: int, lexicon: Lexicon) -> str | None:
    """The rate's word written right before the figure at `lo` ("chiếm tỷ lệ 5,01%"), as written."""
    m = rate_word_ending(ctx.lower, ctx.start, lo, lexicon)
    return ctx.text[m.start(1) : m.end(1)].lower() if m else None


def _description(p: _Patterns, name: str) -> str:
    """ "Số dự án nhỏ cho vay vốn" -> "dự án nhỏ cho vay vốn": a name without its count or measure word."""
    low = name.lower()
    if not low.startswith(p.name_prefixes):
        return name  # most names: one C call instead of a loop over the nouns
    for prefix in p.name_prefixes:
        if low.startswith(prefix):
            return name[len(prefix) :]
    return name


def _after_last_coordinator(p: _Patterns, ctx: Context, lo: int, hi: int) -> int:
    """Right after a previous figure ("05 huyện, thị và 02 thị trấn"), the name starts after "và"."""
    last = None
    for m in p.coordinator.finditer(ctx.lower, lo, hi):
        last = m
    if last is None or len(_WORD.findall(ASIDE.sub(" ", ctx.lower[lo : last.start()]))) > 2:
        return lo
    if _WORD.search(ctx.lower, last.end(), hi):
        return lo  # "phụ tùng và bộ phận phụ trợ tăng 45,9%": the words after "và" are not the figure's own
    return last.end()


def _after_last(pattern: re.Pattern[str], p: _Patterns, ctx: Context, lo: int, hi: int) -> int:
    """Where the figure's own subject starts after the last match of `pattern` in [lo, hi), when words are left
    after it; else `lo`. With `p.connector`: "Nhiều giải pháp ... được thực hiện tốt nên tổng nguồn vốn huy động dự
    kiến đạt" (after "nên", "thì", "do đó"); with `p.attribution`: "Cũng theo UBND huyện, Tân Biên có 2 xã ..." (a
    source the report cites names nothing: the name starts after its comma)."""
    last = None
    for m in pattern.finditer(ctx.lower, lo, hi):
        last = m
    if last is None:
        return lo
    start, end = _strip(p, ctx, last.end(), hi)
    return start if sentence.words(ctx, start, end) else lo


def _after_cause(p: _Patterns, ctx: Context, lo: int, hi: int) -> int:
    """ "Do ảnh hưởng của áp thấp nhiệt đới ... làm ngập úng cục bộ [44 nghìn ha lúa]": what befell the things counted
    starts after the last link of a cause to a damage ("làm", "gây" before "ngập", "thiệt hại"); the cause names
    nothing of the figure."""
    last = None
    for m in p.caused.finditer(ctx.lower, lo, hi):
        last = m
    return last.end() if last is not None else lo


def _after_fronted_base(ctx: Context, lo: int, hi: int, lexicon: Lexicon) -> int:
    """ "so với cùng kỳ năm trước số vụ giảm 3 vụ": a base written first is no word of the name after it."""
    span = ctx.lower[lo:hi]
    start = lo + len(span) - len(span.lstrip(" ,"))
    # a base that starts the name, not one anywhere in its first words: one match at `start`
    found = stated_base_at(ctx.lower, start, min(hi, start + _FRONTED_REACH), lexicon)
    if found is None or found[1] >= hi:
        return lo
    return found[1]


_FRONTED_REACH = 40  # characters at a name's start where a base written first is looked for


def _after_example_intro(p: _Patterns, ctx: Context, lo: int, hi: int) -> int:
    """ "một số thị trường có mức tăng trưởng cao như Đài Loan tăng 29,4%": the figure is the example's, the words
    before "như" say what it is an example of (a clause may open with it: "; điển hình là in ấn tăng 0,8%"). Only
    one example: "các mặt hàng như gạo, thịt lợn tăng 5%" is
    the group's change and keeps its name. ("Một số địa phương có mức tăng khá là Thái Nguyên tăng 13,3%": after a
    label picking places out, "là" opens the list too.)"""
    picked = p.place_set_intro.match(ctx.lower, lo, hi)
    if picked is not None and _are_places(p, ctx.text[picked.end() : hi].strip(), False):
        return picked.end()
    if not p.example_intro.search(ctx.lower, lo, hi):  # most names hold no "như": one search rules them out
        return lo
    *_, last = p.example_intro.finditer(ctx.lower, lo, hi)
    example = ctx.lower[last.end() : hi]
    # (a name holding commas is one example: "như ngành bán buôn, bán lẻ tăng 10,50%")
    if not example.strip() or p.list_split.search(p.comma_names.sub(" ", example)):
        return lo
    return last.end()


def _after_intro(p: _Patterns, ctx: Context, lo: int, hi: int) -> int | None:
    """ "vay vốn với tổng số tiền là": a head noun after "với" starts the name (not after "Đối với", which
    only opens the name)."""
    for m in p.head_intro.finditer(ctx.lower, lo, hi):
        lead = p.leading.match(ctx.lower, lo, hi)
        if lead is not None and lead.end() >= m.start("head") - 1 and ctx.lower[lo : m.start()].strip(_SPACE_OR_TRIM):
            return None  # the leading phrase holds words before "với": "đối với"
        return m.start("head")
    return None


def _strip(p: _Patterns, ctx: Context, lo: int, hi: int) -> tuple[int, int]:
    """Move lo/hi past leading connectors and before trailing reporting verbs."""
    blanked = sentence.blanked(ctx, lo, hi)
    changed = True
    while changed and lo < hi:
        changed = False
        m = (
            p.leading.match(blanked)
            or (p.steering.match(blanked) if p.steered_to.search(blanked) else None)
            or (p.rank_lead.match(blanked) if _holds_rank(p, blanked) else None)
            or (p.streak_lead.match(blanked) if _holds_streak(p, blanked) else None)
        )
        if m and m.end() > 0:
            blanked, lo, changed = blanked[m.end() :], lo + m.end(), True
        m = _trailing(p, blanked) or _fared(p, blanked) or _ranked(p, blanked) or _streak_ending(p, blanked)
        if m:
            blanked, hi, changed = blanked[: m.start()], lo + m.start(), True
        # punctuation off the start needs no further round: the leading words' pattern skips it anyway,
        # and no trailing phrase holds any (nor a trailing match starts on it)
        stripped = len(blanked) - len(blanked.lstrip(sentence.TRIM))
        if stripped:
            blanked, lo = blanked[stripped:], lo + stripped
    return lo, hi


def _described(p: _Patterns, text: str) -> re.Match[str] | None:
    """What the subject is said to be, ending the words before a figure: "Thu nội địa tiếp tục là nguồn thu chủ
    lực" (not after a ranking's words, nor inside parentheses, nor with fewer than two words left)."""
    if not any(link in text for link in p.description_links):
        return None  # most names: a C call or two
    m = p.description.search(text)
    if m is None:
        return None
    left = text[: m.start()]
    if len(left.split()) < 2 or left.count("(") > left.count(")") or p.description_blockers.search(left):
        return None
    return m


def _ranked(p: _Patterns, text: str) -> re.Match[str] | None:
    """A rank ending the words before a figure: "tỉnh Bắc Giang xếp thứ hai cả nước với mức tăng trưởng"."""
    if not _holds_rank(p, text):
        return None  # most names: a C call or two, no search retried at every position
    return p.rank_tail.search(text)


def _holds_streak(p: _Patterns, text: str) -> bool:
    """ "năm thứ hai liên tiếp": a streak's end word is in the text (most names: none, no search)."""
    return any(end in text for end in p.streak_ends)


def _streak_ending(p: _Patterns, text: str) -> re.Match[str] | None:
    """A streak ending the words before a figure: "Nền kinh tế năm thứ hai liên tiếp"."""
    return p.streak_tail.search(text) if _holds_streak(p, text) else None


def _holds_rank(p: _Patterns, text: str) -> bool:
    return any(word in text for word in p.rank_words)


def _fared(p: _Patterns, text: str) -> re.Match[str] | None:
    """How the subject fared, ending the words before a figure: "Doanh thu du lịch tăng khá, ước đạt"."""
    if not text.rstrip(_SPACE_OR_TRIM).endswith(p.manner_ends):
        return None  # most names: one C call, no search retried at every position
    return p.manner.search(text)


def _unit_noun(p: _Patterns, d: Draft) -> str:
    """ "ha" -> "diện tích"; "doanh nghiệp" -> "số doanh nghiệp"; "xã, phường, thị trấn" as written."""
    if not d.unit:
        return ""
    key = (d.unit, d.anchor.unit_text)
    noun = p.nouns.get(key)
    if noun is None:
        if len(p.nouns) >= _MAX_NOUNS:
            p.nouns.clear()  # a text of endless new words keeps a bounded cache
        noun = p.nouns[key] = _noun_of(p, d.unit, d.anchor.unit_text)
    return noun


_MAX_NOUNS = 4096


def _noun_of(p: _Patterns, unit: str, unit_text: str) -> str:
    _, base = split_magnitude(unit)
    if base in p.measures:
        return p.measures[base]  # "tạ/ha": "năng suất", not the "sản lượng" of "tạ"
    root = base.split("/")[0].split(".")[0]
    if root in p.measures:
        return p.measures[root]
    written = " ".join(unit_text.split()) if unit_text else base
    _, written_base = split_magnitude(written)
    return f"{p.count} {written_base.lower() if written_base.isupper() else written_base}" if base else ""


def _after_unit(p: _Patterns, d: Draft, ctx: Context) -> str:
    """The words describing a counted noun: "ha [lạc]", "trường [đạt chuẩn quốc gia]"."""
    lo = sentence.skip_aside(ctx, d.anchor.unit_end)
    hi = min(ctx.end, lo + _AFTER_WINDOW)  # a description is a few words; never scan the whole sentence
    named = _comma_name_end(p, ctx, lo, hi)  # "cháy, nổ": a name holding a comma is read whole
    after = ctx.boundary_after(named)
    if after is not None:
        # a boundary is the end of its mark (",", ":") or of a parts marker ("gồm", which after_stops cut off)
        hi = min(hi, after - 1 if ctx.lower[after - 1] in ",;:" else after)
    scope = p.scope_mark.match(ctx.lower, lo)  # "6-9%/năm đối với ngắn hạn": its "với" ends nothing
    stop = p.after_stop.search(ctx.lower, scope.end() if scope else lo, hi)
    if stop and _second_kind(p, ctx, d, lo, stop, hi):
        stop = p.after_stop.search(ctx.lower, stop.end(), hi)
    if stop:
        hi = stop.start()
    stop_char = _AFTER_END.search(ctx.lower, named, hi)
    if stop_char and (criteria := criteria_end(ctx.lower, stop_char.start(), hi)) is not None:
        stop_char = _AFTER_END.search(ctx.lower, criteria, hi)  # "8 xã đạt 19/19 tiêu chí (đạt chuẩn NTM)"
    elif stop_char and (share := member_share_end(ctx.lower, lo, stop_char.start())) is not None:
        stop_char = _AFTER_END.search(ctx.lower, share, hi)  # "16 tỉnh có 100% số xã đạt chuẩn nông thôn mới"
    while stop_char and (age := p.age.match(ctx.lower, stop_char.start(), hi)) is not None:
        stop_char = _AFTER_END.search(ctx.lower, age.end(), hi)  # "12.500 trẻ em dưới 6 tuổi được cấp thẻ BHYT"
    if stop_char:
        hi = stop_char.start()
    if ctx.lower.startswith(",", hi) and p.passive.search(ctx.lower, lo, hi):
        hi = _passive_list_end(ctx, hi, min(ctx.end, lo + _AFTER_WINDOW))
    written = sentence.words(ctx, lo, hi)  # single-spaced: its words are counted by its spaces
    if written.lower() in p.change_verbs and _counted(p, d) and not _NUMBER_NEXT.match(ctx.lower, hi):
        d.after_end = hi
        return written  # "có 6 nhóm tăng và 6 nhóm giảm": the counted things that rose, not a trailing verb
    if _has_changed(p, written):
        d.after_end = hi
        return written  # "10 nhóm có chỉ số giá tăng": the counted things whose measure rose, the verb is the point
    if not written or written.count(" ") < _MAX_AFTER_WORDS:
        d.after_end = hi  # the next figure's name starts after this description
        return _trim_trailing(p, written)
    return _trim_trailing(p, " ".join(written.split()[:_MAX_AFTER_WORDS]))


_NUMBER_NEXT = re.compile(r"[ ]*\d")


def _has_changed(p: _Patterns, written: str) -> bool:
    """ "có chỉ số giá tăng": a description saying the counted things have a measure (`located_link` and a noun) that
    changed, its change verb last (a short one: no reporting words before it)."""
    words = written.lower().split()
    if not words or words[-1] not in p.change_verbs or len(words) > _MAX_AFTER_WORDS:
        return False
    return p.located_link in words[:-2]


# a short item of a list: up to four words, no figure, ending at a mark or the window's end
_LIST_ITEM = re.compile(r",[ ]*[^\W\d_]+(?:[ ]+[^\W\d_]+){0,3}[ ]*(?=[,;.]|$)")


def _passive_list_end(ctx: Context, comma: int, limit: int) -> int:
    """ "111,2 ngàn ngôi nhà bị sập đổ, cuốn trôi, ngập và hư hỏng; ...": after "bị", the short items the commas list
    (what befell the things counted) end the description, not the first comma."""
    end = comma
    while (m := _LIST_ITEM.match(ctx.lower, end, limit)) is not None:
        end = m.end()
    return end


def _second_kind(p: _Patterns, ctx: Context, d: Draft, lo: int, stop: re.Match[str], hi: int) -> bool:
    """ "12 khu và cụm công nghiệp được phê duyệt", "820 ha mạ và hoa màu bị mất trắng": "và" right after the thing
    counted or measured (a counted noun, and a word of it; the one word after a unit of measure) joins a second
    thing of its kind, part of what the figure is of, when no figure stands before the clause's next mark and no
    predicate ("và tăng") or other set ("và các xã") starts after it. "11 chỉ tiêu đạt và vượt kế hoạch": two
    verbs of reaching joined say alike what the things counted did."""
    if ctx.lower[stop.start() : stop.end()] not in p.coordinators_set:
        return False
    before = " ".join(ctx.lower[lo : stop.start()].split())
    if len(before.split()) != 1 and not (not before and _counted(p, d)):
        return False
    end = _AFTER_END.search(ctx.lower, stop.end(), hi)
    if end is not None and ctx.lower[end.start()].isdigit():
        return False
    after = ctx.lower[stop.end() : end.start() if end else hi]
    if not after.strip():
        return False
    if before in p.reach_verbs:
        return p.reach_verb.match(after) is not None
    return p.kind_blocker.match(after) is None


def _comma_name_end(p: _Patterns, ctx: Context, lo: int, hi: int) -> int:
    """Where a name holding a comma that starts the words at `lo` ends ("5 vụ cháy, nổ, làm ..."), else `lo`."""
    start = lo
    while start < hi and ctx.lower[start] == " ":
        start += 1
    if start == hi or ctx.lower[start] not in p.comma_name_starts:
        return lo  # most descriptions: no name of the list starts with their first letter
    m = p.comma_names.match(ctx.lower, start, hi)
    return m.end() if m else lo


def _trim_trailing(p: _Patterns, text: str) -> str:
    """Drop reporting words at the end: "trường đạt" -> "trường"."""
    m = _trailing(p, text.lower())
    while text and m:
        text = text[: m.start()].rstrip(sentence.TRIM)
        m = _trailing(p, text.lower())
    return text


def _trailing(p: _Patterns, text: str) -> re.Match[str] | None:
    """The reporting words ending `text`. A `$`-anchored search retries at every position, so it
    runs only when the text, spaces and punctuation off its end, ends with a trailing phrase's word."""
    end = text.rstrip(_SPACE_OR_TRIM)
    ends = p.trailing_ends.get(end[-1:])
    if ends is None or not end.endswith(ends):
        return None
    if (" " + end).endswith(p.kept_endings) and not (" " + end).endswith(p.unkept_endings):
        return None  # "sản phẩm không đạt" keeps its "đạt"; "đường hàng không đạt" does not
    return p.trailing.search(text)


# Every character `\s` matches (str.isspace), and the punctuation names are trimmed of.
_SPACE_OR_TRIM = "".join(sorted({chr(i) for i in range(0x3001) if chr(i).isspace()} | set(sentence.TRIM)))


def spell_out(drafts: list[Draft], lexicon: Lexicon) -> None:
    """ "Số vụ TNGT", "Số người XKLĐ": an abbreviation of a social report's subject, written in capitals in a
    name, is written out ("Số vụ tai nạn giao thông"), the way the sets name such figures."""
    table, pattern = _spelled(lexicon)
    if pattern is None:
        return
    for d in drafts:
        if d.indicator and pattern.search(d.indicator):
            d.indicator = pattern.sub(lambda m: table[m.group().lower()], d.indicator)


@functools.cache
def _spelled(lexicon: Lexicon) -> tuple[dict[str, str], re.Pattern[str] | None]:
    table = lexicon.mapping("indicators", "spelled_out")
    if not table:
        return table, None
    return table, re.compile(rf"(?<!\w){alt([k.upper() for k in table])}(?!\w)")
