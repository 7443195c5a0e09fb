"""Running the rules: on a document's facts, on a report's text, on the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ktxh.checks.documents import build_batch
from ktxh.checks.figures import Batch
from ktxh.checks.registry import SEVERITIES, rules
from ktxh.checks.stored import Row, StoreView, batches, figures, points
from ktxh.errors import CheckError, NotFoundError
from ktxh.model import Fact, Finding

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


HISTORY_YEARS = 5  # years of a series before the period checked that the outlier rule looks at


def check_batch(batch: Batch) -> list[Finding]:
    """Every rule that needs no history, on one batch of figures."""
    found: list[Finding] = []
    for rule in rules(needs="batch"):
        found.extend(rule(batch))
    return found


def check_facts(facts: Iterable[Fact], text: str = "") -> list[Finding]:
    """Check a document's facts within the document; `text` gives rounding, sentences and sections."""
    return ordered(check_batch(build_batch(facts, text)))


def check_text(text: str) -> list[Finding]:
    """Extract the facts of a report's text, then check them within the document."""
    try:
        from ktxh.extract import extract  # type: ignore[attr-defined,unused-ignore]
    except ImportError as exc:
        raise CheckError("the extractor (ktxh.extract.extract) is not available; check a facts file instead") from exc
    return check_facts(extract(text).facts, text)


def check_rows(rows: Sequence[Row], view: StoreView, keep_periods: set[str] | None = None) -> list[Finding]:
    """Check stored rows: batch rules per org unit and period, history rules over every period given.

    `keep_periods` limits the findings to figures of those period labels (history still uses all rows).
    """
    keep_ids = {r.id for r in rows if keep_periods is None or r.period_label in keep_periods}
    found: list[Finding] = []
    pairs = figures(rows, view)
    for batch in batches(pairs, view, keep_ids):
        found.extend(check_batch(batch))
    history = points(pairs)
    for rule in rules(needs="store"):
        found.extend(f for f in rule(history) if not f.observation_ids or f.observation_ids[0] in keep_ids)
    return ordered(found)


def check_store(session: Session, org_unit_code: str | None = None, period_label: str | None = None) -> list[Finding]:
    """Check the current observations of the store (of one org unit, of one period when given)."""
    from ktxh.store import queries
    from ktxh.store.schema import Document

    if org_unit_code is not None and queries.org_unit_by_code(session, org_unit_code) is None:
        raise NotFoundError(f"no org unit with code {org_unit_code!r} in the store", where=store_name(session))
    keep = None
    window = None
    if period_label is not None:
        period = queries.period_by_label(session, period_label)
        if period is None:
            raise NotFoundError(f"no period {period_label!r} in the store", where=store_name(session))
        keep = {period.label}
        # the period's neighbours the rules compare with: its year's plans and shorter periods, last
        # year's levels, and HISTORY_YEARS of history for the outlier rule; not the whole table
        window = (dt.date(period.start.year - HISTORY_YEARS, 1, 1), dt.date(period.end.year + 1, 12, 31))
    rows = queries.current_observations(
        session, org_unit_code=org_unit_code, per_source=True, period_end_between=window
    )
    doc_ids = {r.document_id for r in rows if r.document_id is not None}
    view = StoreView(
        components=queries.components(session),
        section_titles={s.code: f"{s.code}. {s.title}" for s in queries.sections(session)},
        texts={d: session.get(Document, d).text or "" for d in doc_ids},  # type: ignore[union-attr]
    )
    return check_rows(rows, view, keep)


def store_name(session: Session) -> str:
    """The database a session reads, password hidden, for messages."""
    return session.get_bind().engine.url.render_as_string(hide_password=True)


def ordered(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order (first offset), errors before warnings before info at one place."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (min(f.offsets, default=1 << 60), rank.get(f.severity, 9), f.rule))
