"""Ingest: a report's text becomes a document and its facts become observations.

The org unit and period come from the report's title ("... tỉnh Lai Châu 9 tháng đầu
năm 2012") unless given: the period first, then the unit the title names (by name or alias)
that existed in it. Each fact's indicator name is matched to the catalog
(IndicatorMatcher: diacritics, case and word order tolerant); a name matched only
by word overlap is learned as an alias. Values are scaled to the indicator's base
unit; stated comparisons are kept as stated. A fact that matches no indicator is
stored under an "uncatalogued" indicator, never dropped. Ingesting the same text
twice changes nothing: the document is known by its SHA-256.

Aliases are learned only from confirmed matches (`learn_aliases=True`: the officer has
seen the preview and confirmed it), so that a generic name read once ("Sản lượng")
does not steer later matches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.errors import KtxhError
from ktxh.model import Fact
from ktxh.store.catalog import IndicatorMatcher
from ktxh.store.db import Store
from ktxh.store.folding import fold
from ktxh.store.org_titles import TitleUnitError, unit_named_in
from ktxh.store.periods import PeriodError, PeriodSpec, find_period, parse_period
from ktxh.store.records import NewObservation, add_observations, get_or_create_period
from ktxh.store.schema import Document, Indicator, IndicatorAlias, OrgUnit, Section
from ktxh.store.units import bare_unit, scale_to_base
from ktxh.store.vocab import period_words, value_kinds

UNCATALOGUED_PREFIX = "uncatalogued."
TITLE_LINES = 6


class IngestError(KtxhError):
    """A report that cannot be ingested as asked (no org unit or period can be told)."""


@dataclass(frozen=True)
class FactOutcome:
    """What became of one fact: matched to a catalog code, or stored as uncatalogued."""

    fact: Fact
    status: str  # matched | uncatalogued | skipped
    indicator_code: str | None
    note: str = ""


@dataclass
class IngestPreview:
    title: str
    org_unit_code: str
    period_label: str
    outcomes: list[FactOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


@dataclass
class IngestResult:
    preview: IngestPreview
    document_id: int
    new_document: bool
    added: int = 0
    unchanged: int = 0


def ingest_file(
    store: Store,
    path: Path | str,
    org_unit_code: str | None = None,
    period_label: str | None = None,
    learn_aliases: bool = False,
) -> IngestResult:
    """Read a report file (.txt, .html, .docx) and ingest it."""
    from ktxh.text import read_source

    source = read_source(Path(path))
    return ingest_text(
        store,
        source.text,
        source=str(path),
        org_unit_code=org_unit_code,
        period_label=period_label,
        learn_aliases=learn_aliases,
    )


def ingest_text(
    store: Store,
    text: str,
    source: str | None = None,
    org_unit_code: str | None = None,
    period_label: str | None = None,
    status: str = "published",
    learn_aliases: bool = False,
) -> IngestResult:
    """Store `text` as a document and its facts as observations, in one transaction.

    A text already stored (same SHA-256) is left as it is: nothing is added.
    """
    with store.transaction() as session:
        preview = preview_text(session, text, org_unit_code, period_label)
        doc, is_new = _document(session, text, preview, source, status)
        result = IngestResult(preview=preview, document_id=doc.id, new_document=is_new)
        if is_new:
            _store_outcomes(session, doc, preview, result, learn_aliases)
        else:
            result.unchanged = len(preview.outcomes) - preview.count("skipped")
    return result


def preview_text(
    session: Session, text: str, org_unit_code: str | None = None, period_label: str | None = None
) -> IngestPreview:
    """Extract and match a report's facts without storing anything."""
    from ktxh.extract import extract

    title = report_title(text)
    period = _period(title, period_label)  # first: the unit a name means depends on when
    org = _org_unit(session, title, org_unit_code, period)
    matcher = IndicatorMatcher.from_session(session)
    headings = _section_headings(session, text)
    preview = IngestPreview(title=title, org_unit_code=org.code, period_label=period.label)
    for fact in extract(text).facts:
        preview.outcomes.append(_match_fact(fact, matcher, _section_at(headings, fact.offset)))
    return preview


def report_title(text: str) -> str:
    """The line of the report's opening that names its period, else its first non-empty line."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:TITLE_LINES]
    for line in lines:
        if find_period(line) is not None:
            return line
    return lines[0] if lines else ""


def _org_unit(session: Session, title: str, code: str | None, period: PeriodSpec) -> OrgUnit:
    """The org unit given by code, else the one the title names that existed in the period
    (`org_titles.unit_named_in`: "UBND huyện Tân Uyên, tỉnh Lai Châu" is the district; a 2015
    "Tây Ninh" the old province 72, a 2026 one the new 80)."""
    if code is not None:
        org = session.scalar(select(OrgUnit).where(OrgUnit.code == code))
        if org is None:
            raise IngestError(f"unknown org unit code {code!r}")
        return org
    try:
        unit_id = unit_named_in(session, title, period)
    except TitleUnitError as exc:
        raise IngestError(f"{exc}; give --org-unit CODE") from exc
    org = session.get(OrgUnit, unit_id)
    assert org is not None
    return org


def _period(title: str, label: str | None) -> PeriodSpec:
    if label is not None:
        try:
            return parse_period(label)
        except PeriodError as exc:
            raise IngestError(str(exc)) from exc
    spec = find_period(title)
    if spec is None:
        raise IngestError(f"cannot tell the period from the title {title!r}; give --period LABEL")
    return spec


_NUMBERED_HEADING = re.compile(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zA-Z\u0111])[.)]\s*(?P<title>\S[^\n]*)$")


def _section_headings(session: Session, text: str) -> list[tuple[int, str]]:
    """(offset, section code) of each numbered line of the text that starts with a catalog section's title."""
    titles = sorted(((fold(s.title), s.code) for s in session.scalars(select(Section))), key=lambda t: -len(t[0]))
    found = []
    for m in re.finditer(r"[^\n]+", text):
        heading = _NUMBERED_HEADING.match(m.group(0))
        if heading is None:
            continue
        line = fold(heading.group("title"))
        for title, code in titles:
            if title and (line == title or line.startswith(title + " ") or title in line[: len(title) + 8]):
                found.append((m.start(), code))
                break
    return found


def _section_at(headings: list[tuple[int, str]], offset: int) -> str | None:
    code = None
    for start, sec in headings:
        if start > offset:
            break
        code = sec
    return code


def _match_fact(fact: Fact, matcher: IndicatorMatcher, section: str | None) -> FactOutcome:
    if fact.value is None and not fact.comparisons:
        return FactOutcome(fact, "skipped", None, "no value and no comparison")
    unit = bare_unit(fact.unit) if fact.value is not None and fact.unit else None
    code = matcher.match(plan_kind(fact.indicator)[1], section, unit)
    if code is None:
        if unit is not None and matcher.match(plan_kind(fact.indicator)[1], section) is not None:
            return FactOutcome(fact, "uncatalogued", None, f"unit {fact.unit!r} is not the catalog's")
        return FactOutcome(fact, "uncatalogued", None, "no catalog indicator of that name")
    return FactOutcome(fact, "matched", code)


def _document(
    session: Session, text: str, preview: IngestPreview, source: str | None, status: str
) -> tuple[Document, bool]:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = session.scalar(select(Document).where(Document.sha256 == digest))
    if doc is not None:
        return doc, False
    org = session.scalar(select(OrgUnit).where(OrgUnit.code == preview.org_unit_code))
    period = get_or_create_period(session, parse_period(preview.period_label))
    doc = Document(
        title=preview.title[:500],
        org_unit_id=org.id if org else None,
        period_id=period.id,
        date=_publication_date(text),
        text=text,
        status=status,
        source_path=source,
        sha256=digest,
    )
    session.add(doc)
    session.flush()
    return doc, True


def _publication_date(text: str) -> dt.date | None:
    """The first dd/mm/yyyy date of the report's opening lines (portal pages print it under the title)."""
    head = "\n".join(text.splitlines()[:TITLE_LINES])
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b", head)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _store_outcomes(
    session: Session, doc: Document, preview: IngestPreview, result: IngestResult, learn_aliases: bool
) -> None:
    org = session.scalar(select(OrgUnit).where(OrgUnit.code == preview.org_unit_code))
    assert org is not None
    report_period = parse_period(preview.period_label)
    indicators = {i.code: i for i in session.scalars(select(Indicator))}
    matcher = IndicatorMatcher.from_session(session)
    news = []
    for outcome in preview.outcomes:
        if outcome.status == "skipped":
            continue
        indicator = _indicator_for(session, outcome, indicators, matcher if learn_aliases else None)
        period = get_or_create_period(session, _fact_period(outcome.fact, report_period))
        news.append(_new_observation(outcome.fact, indicator, org.id, period.id, doc.id))
    added = add_observations(session, news)
    result.added = sum(added)
    result.unchanged = len(added) - result.added


def _indicator_for(
    session: Session, outcome: FactOutcome, indicators: dict[str, Indicator], learner: IndicatorMatcher | None
) -> Indicator:
    """The catalog indicator matched (learning the name as an alias if asked), else an uncatalogued one."""
    fact = outcome.fact
    if outcome.indicator_code is not None:
        indicator = indicators[outcome.indicator_code]
        if learner is not None and learner.exact.get(fold(fact.indicator)) is None:
            _learn_alias(session, indicator, fact.indicator)
            learner.exact.setdefault(fold(fact.indicator), [])
        return indicator
    code = uncatalogued_code(fact.indicator, fact.unit)
    if code not in indicators:
        indicators[code] = Indicator(
            code=code,
            name=_bounded(fact.indicator or "?", _NAME_LENGTH),
            unit=fact.unit,
            base_unit=bare_unit(fact.unit) or None,
            kind="rate" if (fact.unit or "").startswith("%") else "flow",
            status="uncatalogued",
            sort_order=10_000,
            components=[],
        )
        session.add(indicators[code])
        session.flush()
    return indicators[code]


def uncatalogued_code(name: str, unit: str | None) -> str:
    """The code an uncatalogued name and unit are stored under: their folded words, within the code column's length;
    a longer one is cut and ends with a digest of the whole, so two long names that share a beginning stay apart and
    the same name gets the same code on every ingest."""
    slug = "_".join(fold(name).split())
    tail = "." + (fold(bare_unit(unit)) or "none").replace(" ", "_")
    code = UNCATALOGUED_PREFIX + slug + tail
    if len(slug) <= _SLUG_LENGTH and len(code) <= _CODE_LENGTH:
        return code
    digest = "~" + hashlib.sha1(code.encode("utf-8")).hexdigest()[:_DIGEST_LENGTH]
    room = _CODE_LENGTH - len(UNCATALOGUED_PREFIX) - len(digest) - min(len(tail), _TAIL_LENGTH)
    return UNCATALOGUED_PREFIX + slug[: min(room, _SLUG_LENGTH)] + digest + tail[:_TAIL_LENGTH]


_CODE_LENGTH = 120  # schema.Indicator.code
_SLUG_LENGTH = 100  # characters of the folded name a code keeps
_TAIL_LENGTH = 20  # characters of the folded unit a cut code keeps
_NAME_LENGTH = 400  # schema.Indicator.name
_DIGEST_LENGTH = 10


def _bounded(text: str, length: int) -> str:
    """`text` cut to a column's `length` (PostgreSQL refuses a longer value; SQLite would keep it)."""
    return text if len(text) <= length else text[: length - 1] + "…"


def _learn_alias(session: Session, indicator: Indicator, name: str) -> None:
    key = fold(name)[:_NAME_LENGTH]  # (schema.IndicatorAlias.key and .alias)
    exists = session.scalar(
        select(IndicatorAlias).where(IndicatorAlias.indicator_id == indicator.id, IndicatorAlias.key == key)
    )
    if exists is None and key:
        session.add(IndicatorAlias(indicator_id=indicator.id, alias=name[:_NAME_LENGTH], key=key, origin="learned"))
        session.flush()


def _fact_period(fact: Fact, report_period: PeriodSpec) -> PeriodSpec:
    """The fact's own period where it states one (with the report's year if it gives none)."""
    if not fact.period:
        return report_period
    year_word = period_words()["words"]["year"][0]
    for label in (fact.period, f"{fact.period} {year_word} {report_period.year}"):
        try:
            return parse_period(label)
        except PeriodError:
            continue
    return report_period


def written_number(value: float) -> str:
    """A value as the source stated it, exactly: 1669920.0 -> "1669920", 46.9 -> "46.9"."""
    return str(int(value)) if value.is_integer() else repr(value)


PLAN_KINDS = ("revised_plan", "plan", "budget_estimate")


def plan_kind(name: str) -> tuple[str | None, str]:
    """("plan", the rest of the name) for a figure named "Kế hoạch giao ...", else (None, name)."""
    folded = fold(name)
    words = sorted(
        ((fold(w), kind) for kind in PLAN_KINDS for w in value_kinds()[kind]["words"]), key=lambda t: -len(t[0])
    )
    for word, kind in words:
        if folded.startswith(word + " "):
            return kind, " ".join(name.split()[len(word.split()) :])
    return None, name


def _new_observation(fact: Fact, indicator: Indicator, org_id: int, period_id: int, doc_id: int) -> NewObservation:
    value = None if fact.value is None else scale_to_base(fact.value, fact.unit, indicator.base_unit)
    total = None if fact.total is None else scale_to_base(fact.total, fact.unit, indicator.base_unit)
    return NewObservation(
        indicator_id=indicator.id,
        org_unit_id=org_id,
        period_id=period_id,
        value_kind=plan_kind(fact.indicator)[0] or fact.value_kind or "actual",
        value=value,
        unit_written=fact.unit,
        value_written=None if fact.value is None else written_number(fact.value),
        comparisons=fact.comparisons,
        total=total,
        document_id=doc_id,
        source_offset=fact.offset,
        indicator_text=fact.indicator[:400] if fact.indicator else None,
        part_of_offset=fact.part_of,
    )
