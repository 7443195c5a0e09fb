"""An indicator's page: its series for one org unit, chart traces, and each value's source sentence.

Every stored period and value kind is shown; a value read from a report carries the
sentence it came from, split around the number so the page can highlight it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.errors import NotFoundError
from ktxh.store import queries
from ktxh.store.queries import ObservationRow
from ktxh.store.schema import Document, Indicator, Section
from ktxh.web.services import PLAN_KINDS, Choice, offered_org_units, org_unit

# a number as written: digits with thousands dots and a decimal comma
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
# a sentence ends at a full stop, semicolon or colon followed by a blank, or at a line end
_SENTENCE_END = re.compile(r"[.;:](?=\s)|\n")


@dataclass(frozen=True)
class Highlight:
    """A source sentence split around the number it gave: before, the number, after."""

    before: str
    mark: str
    after: str


@dataclass(frozen=True)
class SeriesPoint:
    row: ObservationRow
    document_title: str | None
    sentence: Highlight | None


@dataclass(frozen=True)
class IndicatorInfo:
    """An indicator as the pages show it (a plain copy: the session is closed by render time)."""

    code: str
    name: str
    unit: str | None
    base_unit: str | None
    kind: str
    section_code: str | None


@dataclass(frozen=True)
class IndicatorPage:
    indicator: IndicatorInfo
    section_title: str | None
    org_unit: Choice
    points: tuple[SeriesPoint, ...]
    org_units: tuple[Choice, ...]


def indicator(session: Session, code: str) -> Indicator:
    found = session.scalar(select(Indicator).where(Indicator.code == code))
    if found is None:
        raise NotFoundError(f"no indicator with code {code!r}", where="indicator")
    return found


def indicator_page(session: Session, code: str, org_code: str | None = None) -> IndicatorPage:
    """An indicator's series for one org unit: every stored period and value kind, with sources."""
    ind = indicator(session, code)
    unit = org_unit(session, org_code) if org_code else queries.top_org_unit(session)
    if unit is None:
        raise NotFoundError("the store holds no org unit yet", where="org_unit")
    rows = queries.series(session, code, unit.code)
    texts = document_texts(session, {r.document_id for r in rows if r.document_id is not None})
    points = tuple(point(r, texts) for r in rows)
    title = session.scalar(select(Section.title).where(Section.code == ind.section_code))
    choices = tuple(Choice(u.code, u.name) for u in offered_org_units(session, unit.code))
    info = IndicatorInfo(ind.code, ind.name, ind.unit, ind.base_unit, ind.kind, ind.section_code)
    return IndicatorPage(info, title, Choice(unit.code, unit.name), points, choices)


def document_texts(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """id -> (title, text) of the documents named."""
    if not ids:
        return {}
    rows = session.execute(select(Document.id, Document.title, Document.text).where(Document.id.in_(ids)))
    return {i: (title, text or "") for i, title, text in rows}


def point(row: ObservationRow, texts: dict[int, tuple[str, str]]) -> SeriesPoint:
    title, text = texts.get(row.document_id, (None, "")) if row.document_id is not None else (None, "")
    offset = row.source_offset
    return SeriesPoint(row, title, highlight(text, offset) if text and offset is not None else None)


def highlight(text: str, offset: int) -> Highlight | None:
    """The sentence around `offset`, with the number that starts there marked."""
    if not 0 <= offset < len(text):
        return None
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, offset)), default=0)
    end_match = _SENTENCE_END.search(text, offset)
    end = end_match.end() if end_match else len(text)
    number = _NUMBER.match(text, offset)
    stop = number.end() if number else offset
    return Highlight(text[start:offset].lstrip(), text[offset:stop], text[stop:end].rstrip())


def chart_traces(points: Sequence[SeriesPoint], labels: dict[str, str]) -> list[dict[str, object]]:
    """Plotly traces: the figures as reported (actual, estimate, preliminary, official) on one
    line and the plans on another, dashed; periods in time order, the value kind on hover."""
    ordered = sorted(points, key=lambda p: (p.row.period_end, p.row.period_start))
    groups = (
        ("actual", [p.row for p in ordered if p.row.value_kind not in PLAN_KINDS]),
        ("plan", [p.row for p in ordered if p.row.value_kind in PLAN_KINDS]),
    )
    return [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": labels.get(name, name),
            "x": [r.period_label for r in rows],
            "y": [r.value for r in rows],
            "text": [labels.get(r.value_kind, r.value_kind) for r in rows],
            "line": {"dash": "dash" if name == "plan" else "solid"},
        }
        for name, rows in groups
        if rows
    ]
