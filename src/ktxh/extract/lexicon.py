"""The Vietnamese words the rules match, loaded from lexicon/vi/*.yaml and validated.

Each file has a fixed set of keys (SCHEMA); each entry must be a string in NFC,
lower case, without surrounding spaces, and must not repeat within its file.
A bad file raises ExtractError naming the file and the key.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ktxh.errors import ExtractError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon" / "vi"

# file stem -> key -> shape: "words" (list), "word" (one string), "lists" (name -> list),
# "word_map" (word -> word), "number_map" (word -> number)
SCHEMA: dict[str, dict[str, str]] = {
    "magnitudes": {"magnitudes": "number_map", "abbreviated": "word_map"},
    "units": {
        "units": "words",
        "compound_joiners": "words",
        "compound_tails": "words",
        "percent_words": "words",
        "share_wholes": "words",
        "ratio_nouns": "words",
        "not_units": "words",
        "generic_counts": "words",
        "count_heads": "words",
    },
    "measures": {
        "count": "word",
        "share": "word",
        "contribution": "word",
        "contribution_nouns": "words",
        "herd": "word",
        "herd_unit": "word",
        "herd_animals": "words",
        "money_words": "words",
        "purpose_units": "words",
        "purpose_marks": "words",
        "purpose_ends": "words",
        "purpose_noun": "word",
        "fine_verbs": "words",
        "fine_fillers": "words",
        "fine_noun": "word",
        "fine_offences": "words",
        "earned_verbs": "word_map",
        "measures": "word_map",
    },
    "comparisons": {
        "verbs": "lists",
        "qualifiers": "words",
        "superlatives": "words",
        "plan_subjects": "words",
        "share_wholes": "words",
        "rate_reach_verbs": "words",
        "ranked_links": "words",
        "ranked_with": "words",
        "example_links": "words",
        "respectively": "words",
        "markers": "words",
        "times_word": "words",
        "points_words": "words",
        "previous_word": "words",
        "from_words": "words",
        "range_words": "words",
        "unit_sharing_joiners": "words",
        "to_words": "words",
        "bases": "lists",
        "year_words": "words",
        "season_word": "words",
        "seasons": "words",
        "season_years": "words",
        "contributions": "lists",
        "contribution_leads": "words",
        "contribution_wholes": "words",
        "share_verbs": "words",
        "equivalents": "words",
        "level_joiners": "words",
        "period_bases": "words",
        "month_words": "words",
        "growth_words": "words",
        "reporting_verbs": "words",
        "growth_benchmarks": "words",
        "share_growth_joiners": "words",
        "growth_thresholds": "words",
        "place_group_markers": "words",
        "place_group_nouns": "words",
        "threshold_growth_words": "words",
        "restated_growth_openers": "words",
        "restated_growth_heads": "words",
        "restated_growth_ends": "words",
        "base_joiners": "words",
        "heading_growth_words": "words",
        "clause_growth_heads": "words",
        "level_rate_tails": "words",
        "rate_words": "words",
        "unreached": "words",
        "at_plan_bases": "words",
        "aspect_markers": "words",
        "plan_giver_ends": "words",
        "base_period_leads": "words",
        "average_words": "words",
        "previous_levels": "words",
        "verb_adverbs": "words",
        "continuations": "words",
        "of_words": "words",
        "joint_words": "words",
        "monthly_indices": "words",
        "price_items": "words",
        "price_item_blockers": "words",
        "year_end_stocks": "words",
        "growth_aggregates": "words",
        "growth_aggregate_blockers": "words",
        "named_changes": "words",
        "economy_growth_heads": "words",
        "economy_growth_subjects": "words",
        "stock_rate_word": "word",
        "restating_words": "words",
        "period_share_verbs": "words",
        "benchmark_verbs": "words",
        "benchmark_hedges": "words",
        "benchmark_levels": "words",
    },
    "periods": {
        "number_words": "words",
        "period_units": "words",
        "period_tails": "words",
        "until_words": "words",
        "date_words": "words",
        "fixed": "words",
        "before_number": "words",
        "reference_prefixes": "words",
        "point_prefixes": "words",
        "roman_before": "words",
        "year_after_words": "words",
        "day_words": "words",
        "dash_day_words": "words",
        "base_markers": "words",
        "after_figure_links": "words",
        "span_periods": "words",
        "span_units": "words",
        "year_units": "words",
    },
    "nonfacts": {
        "before_words": "words",
        "after_words": "words",
        "after_word_nouns": "words",
        "ordinal_words": "words",
        "rank_among": "words",
        "price_bases": "words",
        "name_phrases": "words",
        "threshold_before": "words",
        "threshold_after": "words",
        "per_words": "words",
        "each_words": "words",
        "criteria_units": "words",
        "criteria_verbs": "words",
        "group_verbs": "words",
        "member_shares": "words",
        "bracketed_bars": "words",
        "describers": "words",
        "described_thresholds": "words",
        "damage_words": "words",
        "damage_thresholds": "words",
        "season_units": "words",
        "season_holders": "words",
        "season_tails": "words",
        "size_holders": "words",
        "dose_words": "words",
        "size_units": "words",
        "size_bounds": "words",
        "list_joiners": "words",
        "threshold_units": "words",
        "numbering_words": "words",
        "counting_before_numbering": "words",
        "anaphora_after": "words",
    },
    "tables": {
        "rows_labels": "words",
        "index_labels": "words",
        "unit_labels": "words",
        "plan_labels": "words",
        "estimate_labels": "words",
        "actual_labels": "words",
        "note_labels": "words",
        "group_labels": "words",
        "note_words": "words",
        "part_markers": "words",
        "fall_heads": "words",
        "fall_tails": "words",
        "growth_tails": "words",
        "left_words": "words",
        "total_heads": "words",
        "coefficient_heads": "words",
        "extra_units": "words",
        "plan_name": "word",
        "index_heads": "words",
        "index_name_ends": "words",
        "index_bases": "lists",
        "month_word": "words",
        "year_word": "words",
        "previous_year": "words",
        "average_words": "words",
        "contribution_heads": "words",
        "contribution_unit": "word",
    },
    "indicators": {
        "age_words": "words",
        "trailing": "words",
        "manner_predicates": "words",
        "offices": "words",
        "breakdowns": "words",
        "rank_verbs": "words",
        "place_growth_causes": "words",
        "place_measure_links": "words",
        "rank_ordinals": "words",
        "rank_scopes": "words",
        "rank_links": "words",
        "leading": "words",
        "heads": "words",
        "part_heads": "words",
        "branch_heads": "words",
        "estimate": "words",
        "parts": "words",
        "connectors": "words",
        "coordinators": "words",
        "second_predicates": "words",
        "after_stops": "words",
        "head_intros": "words",
        "benchmarks": "words",
        "aspects": "words",
        "respective": "words",
        "comma_names": "words",
        "quantifiers": "words",
        "subject_stops": "words",
        "restatements": "words",
        "conditionals": "words",
        "kept_endings": "words",
        "unkept_endings": "words",
        "after_kept": "words",
        "anaphors": "words",
        "clause_connectors": "words",
        "contrast_connectors": "words",
        "attribution_marks": "words",
        "attribution_sources": "words",
        "contrast_predicates": "words",
        "list_intros": "words",
        "statement_words": "words",
        "list_openers": "words",
        "example_intros": "words",
        "done_verbs": "words",
        "topic_openers": "words",
        "field_topic_openers": "words",
        "topic_fields": "words",
        "person_units": "words",
        "person_titles": "words",
        "person_link": "word",
        "place_units": "words",
        "member_wholes": "words",
        "head_qualifiers": "words",
        "trailing_names": "words",
        "disasters": "words",
        "disaster_links": "words",
        "disaster_places": "words",
        "range_low_end": "word",
        "range_high_end": "word",
        "place_acronyms": "words",
        "place_sets": "words",
        "place_set_links": "words",
        "item_sets": "words",
        "item_set_quantifiers": "words",
        "item_set_links": "words",
        "item_set_kept": "words",
        "steering_verbs": "words",
        "superlative_links": "words",
        "description_links": "words",
        "description_adverbs": "words",
        "description_blockers": "words",
        "with_predicates": "words",
        "with_links": "words",
        "role_links": "words",
        "passive_marks": "words",
        "scope_marks": "words",
        "crop_measures": "words",
        "crop_stages": "words",
        "crop_classes": "words",
        "abbreviations": "word_map",
        "spelled_out": "word_map",
        "steering_ends": "words",
        "events": "words",
        "event_units": "words",
        "occurrence_verbs": "words",
        "casualties": "words",
        "casualty_units": "words",
        "damages": "words",
        "damage_effects": "words",
        "damage_units": "words",
        "cause_word": "word",
        "target_verbs": "words",
        "target_heads": "words",
        "target_name": "word",
        "reached_marks": "words",
        "streak_heads": "words",
        "streak_ends": "words",
        "streak_copulas": "words",
        "part_measures": "words",
        "contributing_sectors": "words",
        "sector_ends": "words",
        "object_verbs": "words",
        "object_ends": "words",
        "plan_object_blockers": "words",
        "located_marks": "words",
        "located_link": "word",
        "located_manners": "words",
        "located_all": "words",
        "aggregates": "words",
    },
}


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The validated lexicon: `data[file][key]` in the shape SCHEMA gives.

    Compared and hashed by identity, so rule modules can cache patterns per lexicon.
    """

    data: dict[str, dict[str, Any]]

    def words(self, file: str, key: str) -> list[str]:
        return list(self.data[file][key])

    def lists(self, file: str, key: str) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.data[file][key].items()}

    def mapping(self, file: str, key: str) -> dict[str, Any]:
        return dict(self.data[file][key])

    def entries(self) -> list[tuple[str, str, str]]:
        """Every (file, key, entry) word, for the corpus coverage test."""
        out: list[tuple[str, str, str]] = []
        for file, keys in self.data.items():
            for key, value in keys.items():
                out.extend((file, key, word) for word in _words_of(value))
        return out


def _words_of(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        out: list[str] = []
        for k, v in value.items():
            out.extend(_words_of(v) if isinstance(v, list) else [k])
        return out
    return []


def _check_word(word: Any, where: str) -> str:
    if not isinstance(word, str) or not word.strip():
        raise ExtractError(f"entry {word!r} is not a word", where=where)
    if word != word.strip() or "  " in word:
        raise ExtractError(f"entry {word!r} has stray spaces", where=where)
    if not unicodedata.is_normalized("NFC", word):
        raise ExtractError(f"entry {word!r} is not in NFC", where=where)
    if word != word.lower():
        raise ExtractError(f"entry {word!r} is not lower case", where=where)
    return word


def _check_unique(words: list[str], where: str) -> None:
    seen: set[str] = set()
    for w in words:
        if w in seen:
            raise ExtractError(f"entry {w!r} appears twice", where=where)
        seen.add(w)


def _check_value(value: Any, shape: str, where: str) -> Any:
    if shape == "word":
        return _check_word(value, where)
    if shape == "words":
        if not isinstance(value, list) or not value:
            raise ExtractError("expected a non-empty list of words", where=where)
        words = [_check_word(w, where) for w in value]
        _check_unique(words, where)
        return words
    if not isinstance(value, dict) or not value:
        raise ExtractError("expected a non-empty mapping", where=where)
    if shape == "lists":
        return {_check_word(k, where): _check_value(v, "words", f"{where}.{k}") for k, v in value.items()}
    if shape == "number_map":
        for k, v in value.items():
            if not isinstance(v, int | float) or isinstance(v, bool):
                raise ExtractError(f"{k!r} needs a number, not {v!r}", where=where)
        return {_check_word(k, where): float(v) for k, v in value.items()}
    return {_check_word(k, where): _check_word(v, f"{where}.{k}") for k, v in value.items()}


def validate(file: str, doc: Any) -> dict[str, Any]:
    """Check one parsed lexicon file against SCHEMA; return its data."""
    schema = SCHEMA[file]
    if not isinstance(doc, dict):
        raise ExtractError("expected a mapping of keys", where=f"{file}.yaml")
    unknown = sorted(set(doc) - set(schema))
    if unknown:
        raise ExtractError(f"unknown keys {unknown}; known: {sorted(schema)}", where=f"{file}.yaml")
    missing = sorted(set(schema) - set(doc))
    if missing:
        raise ExtractError(f"missing keys {missing}", where=f"{file}.yaml")
    data = {key: _check_value(doc[key], shape, f"{file}.yaml:{key}") for key, shape in schema.items()}
    _check_unique([w for v in data.values() for w in _flat_keyed(v)], f"{file}.yaml")
    return data


def _flat_keyed(value: Any) -> list[str]:
    """Entries that must be unique across a whole file: those of list-of-lists keys."""
    if isinstance(value, dict) and all(isinstance(v, list) for v in value.values()):
        return [w for v in value.values() for w in v]
    return []


def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Load and validate every file of SCHEMA from `directory`."""
    data: dict[str, dict[str, Any]] = {}
    for file in SCHEMA:
        path = directory / f"{file}.yaml"
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ExtractError(f"cannot read lexicon file ({exc})", where=str(path)) from exc
        data[file] = validate(file, doc)
    return Lexicon(data)


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled Vietnamese lexicon, loaded once."""
    return load_lexicon()
