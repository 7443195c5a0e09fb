"""Checking a report's text: its facts become figures, linked the way a careful reader links them.

Parts are read from the sentence (a part marker after a figure makes the figures that
follow at the same bracket depth its parts, when they are in its unit); a `part_of` the
extractor states is used when the sentence confirms it. A figure's plan is the nearest
plan figure before it in its sentence ("Kế hoạch giao ..."). Catalog identities come
from identities.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from ktxh.checks.figures import Batch, Figure
from ktxh.checks.identities import catalog_identities
from ktxh.checks.tolerance import Interval, written_at, written_interval
from ktxh.checks.words import has_phrase, load_words, split_unit
from ktxh.model import Fact
from ktxh.text.segment import Span, split_sentences

# a numbered heading line: "1.1. Sản xuất ...", "a. Về Nông nghiệp:"
_HEADING = re.compile(r"^[ \t\u00a0]*((?:\d+\.)+\d*|[a-zđ]\.)[ \t]+\S[^\n]*", re.MULTILINE)
_HEADING_TITLE_MAX = 100


def sections(text: str) -> list[tuple[int, str]]:
    """(start offset, heading) of every numbered heading, in order."""
    out = []
    for m in _HEADING.finditer(text):
        title = m.group(0).strip().split(":", 1)[0]
        out.append((m.start(), title[:_HEADING_TITLE_MAX].rstrip()))
    return out


def sentence_spans(text: str) -> list[Span]:
    """The sentences of a text as offset spans (the text stage's splitter)."""
    return split_sentences(text)


def _locate(starts: Sequence[int], offset: int) -> int:
    """Index of the span or section holding `offset` (the last one starting at or before it)."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def to_figure(fact: Fact, text: str, sentence: str | None, section: str | None) -> Figure:
    """A fact as a figure: its level in the base unit with the rounding of how it is written."""
    factor, bare = split_unit(fact.unit)
    value = None
    if fact.value is not None:
        written = written_at(text, fact.offset) if text else None
        if written is None or abs(_read_number(written) - fact.value) > 1e-9 * max(1.0, abs(fact.value)):
            written = None  # the anchor is not the level as written: fall back on the value itself
        value = written_interval(fact.value, written).scale(factor)
    words = load_words()
    return Figure(
        key=fact.offset,
        indicator=fact.indicator,
        value=value,
        unit=fact.unit,
        bare_unit=bare,
        factor=factor,
        comparisons=fact.comparisons,
        total=fact.total,
        offset=fact.offset,
        sentence=fact.sentence or sentence,
        section=section,
        is_share=(fact.unit or "").strip() in words.percent_units and has_phrase(fact.indicator, words.share_words),
        is_plan=is_plan(fact),
    )


def _read_number(written: str) -> float:
    """A number as written in a Vietnamese report: "1.062" -> 1062, "46,9" -> 46.9."""
    token = written.rstrip(".,").replace(".", "").replace(",", ".")
    try:
        return float(token)
    except ValueError:
        return float("nan")


def is_plan(fact: Fact) -> bool:
    """A figure that is itself a plan: its value kind says so, or its name starts with a plan word."""
    if fact.value_kind in ("plan", "revised_plan", "budget_estimate"):
        return True
    name = " ".join(fact.indicator.lower().split())
    return any(name.startswith(w) for w in load_words().plan_words)


def build_batch(facts: Iterable[Fact], text: str) -> Batch:
    """The figures of a document and the links between them."""
    ordered = sorted(facts, key=lambda f: f.offset)
    spans = sentence_spans(text)
    span_starts = [s.start for s in spans]
    heads = sections(text)
    head_starts = [h[0] for h in heads]
    by_sentence: dict[int, list[tuple[Fact, Figure]]] = {}
    figures = []
    for fact in ordered:
        i = _locate(span_starts, fact.offset) if spans else 0
        sentence = text[spans[i].start : spans[i].end].strip() if spans else None
        section = heads[_locate(head_starts, fact.offset)][1] if heads and fact.offset >= head_starts[0] else None
        fig = to_figure(fact, text, sentence, section)
        figures.append(fig)
        by_sentence.setdefault(i, []).append((fact, fig))
    batch = Batch(figures=figures)
    batch.previous = _previous_levels(figures)
    batch.parts = choose_parts(_stated_parts(ordered, batch), read_parts(text, figures) if text else None)
    for i, members in by_sentence.items():
        end = spans[i].end if spans else len(text)
        _link_plans(members, batch.plans)
        _clauses(text, [m[1] for m in members], end, batch.clauses)
    batch.identities = catalog_identities(figures)
    return batch


def _previous_levels(figures: list[Figure]) -> dict[tuple[int, str], Interval]:
    """Levels at a base the text states ("cùng thời điểm năm 2011 là 62,9%")."""
    out = {}
    for fig in figures:
        for c in fig.comparisons:
            if c.type == "previous":
                out[(fig.key, c.base)] = written_interval(c.value).scale(fig.factor)
    return out


def _stated_parts(facts: list[Fact], batch: Batch) -> dict[int, list[Figure]]:
    by_key = batch.by_key
    parts: dict[int, list[Figure]] = {}
    for fact in facts:
        if fact.part_of is not None and fact.part_of in by_key:
            parts.setdefault(fact.part_of, []).append(by_key[fact.offset])
    return parts


def choose_parts(stated: dict[int, list[Figure]], read: dict[int, list[Figure]] | None) -> dict[int, list[Figure]]:
    """The part links to check: those stated (by the extractor or the store) that the sentence's
    structure confirms, else those read from the text; stated ones alone when there is no text.

    A link the text does not support would turn a list of unrelated figures into a false error.
    """
    if read is None:
        return stated
    if not stated:
        return read
    pairs = {(whole, p.key) for whole, parts in read.items() for p in parts}
    confirmed = {whole: [p for p in parts if (whole, p.key) in pairs] for whole, parts in stated.items()}
    return {whole: parts for whole, parts in confirmed.items() if parts}


def read_parts(text: str, figures: list[Figure]) -> dict[int, list[Figure]]:
    """Part links read from the sentences of a text (figures placed by their offsets)."""
    spans = sentence_spans(text)
    starts = [s.start for s in spans]
    by_sentence: dict[int, list[Figure]] = {}
    for fig in sorted((f for f in figures if f.offset is not None), key=lambda f: f.offset or 0):
        by_sentence.setdefault(_locate(starts, fig.offset or 0) if spans else 0, []).append(fig)
    parts: dict[int, list[Figure]] = {}
    for i, figs in by_sentence.items():
        _infer_parts(text, spans[i].start if spans else 0, figs, parts)
    return parts


def _compatible(part: Figure, whole: Figure) -> bool:
    """A part is in its whole's unit, or gives only a change (a sector's growth)."""
    return part.bare_unit == whole.bare_unit or (part.value is None and not part.unit)


def _infer_parts(text: str, start: int, figs: list[Figure], parts: dict[int, list[Figure]]) -> None:
    """Parts read from one sentence: after a part marker, the figures at the marker's bracket depth.

    A marker with a colon ("trong đó:") opens a list that runs to the end of its bracket or
    sentence; without one, the parts end at the next semicolon.
    """
    markers = "|".join(re.escape(m) for m in load_words().part_markers)
    token = re.compile(rf"\(|\)|;|(?:{markers})\s*(:?)", flags=re.IGNORECASE)
    stack: list[tuple[Figure, int, bool]] = []  # (whole, bracket depth, opened with a colon)
    depth, pos, prev = 0, start, None
    for fig in figs:
        offset = fig.offset or 0
        for m in token.finditer(text, pos, offset):
            if m.group(0) == "(":
                depth += 1
            elif m.group(0) == ")":
                depth -= 1
                stack = [s for s in stack if s[1] <= depth]
            elif m.group(0) == ";":
                stack = [s for s in stack if s[1] < depth or s[2]]
            elif prev is not None:
                stack.append((prev, depth, bool(m.group(1))))
        if stack and stack[-1][1] == depth and _compatible(fig, stack[-1][0]):
            parts.setdefault(stack[-1][0].key, []).append(fig)
        prev = fig
        pos = offset + len(written_at(text, offset) or "")


def _link_plans(members: list[tuple[Fact, Figure]], plans: dict[int, Figure]) -> None:
    """Each figure with a share of plan gets the nearest plan figure before it in its sentence."""
    last_plan: Figure | None = None
    for fact, fig in members:
        if is_plan(fact):
            last_plan = fig
        elif last_plan is not None and fig.comparison("pct_of", "plan") and last_plan.bare_unit == fig.bare_unit:
            plans[fig.key] = last_plan


def _clauses(text: str, figs: list[Figure], end: int, clauses: dict[int, str]) -> None:
    """The text from each figure to the next one in its sentence: where its wording is read."""
    for fig, nxt in zip(figs, [*figs[1:], None], strict=True):
        clauses[fig.key] = text[fig.key : nxt.key if nxt else end]
