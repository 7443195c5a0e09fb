"""The JSON API under /api/: indicators, org units, periods, observations, documents, findings, extraction.

Every route is a thin call to ktxh.web.services (or listing/uploads) and a conversion
to the schemas of ktxh.web.api.schemas. Unknown codes raise NotFoundError, which the
app turns into a 404 in the one error shape.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from ktxh.store import queries
from ktxh.store.schema import VALUE_KINDS
from ktxh.web import archive, listing, series, services, uploads
from ktxh.web.api.schemas import (
    DocumentOut,
    DocumentTextOut,
    ErrorOut,
    ExtractIn,
    ExtractOut,
    FactOut,
    FindingOut,
    FindingsOut,
    IndicatorOut,
    ObservationOut,
    ObservationPage,
    OrgUnitOut,
    PeriodOut,
)
from ktxh.web.deps import CacheDep, SessionDep

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "unknown code or id"}}
BAD_INPUT: dict[int | str, dict[str, Any]] = {422: {"model": ErrorOut, "description": "a parameter is not valid"}}
router = APIRouter(prefix="/api", tags=["api"], responses=BAD_INPUT)

Code = Annotated[str, Query(min_length=1, max_length=200)]
# ids are 32-bit integers in both databases: a larger one is a bad parameter, not a crash
IdPath = Path(ge=1, le=2**31 - 1)
Kind = Annotated[str | None, Query(pattern="^(" + "|".join(VALUE_KINDS) + ")$")]


@router.get("/indicators", response_model=list[IndicatorOut])
def list_indicators(session: SessionDep, q: Annotated[str | None, Query(max_length=200)] = None) -> list:
    """Indicators in report order; `q` matches name or alias ignoring diacritics and case."""
    return list(queries.indicators(session, q))


@router.get("/indicators/{code}", response_model=IndicatorOut, responses=NOT_FOUND)
def get_indicator(session: SessionDep, code: str) -> object:
    return series.indicator(session, code)


@router.get("/org-units", response_model=list[OrgUnitOut])
def list_org_units(session: SessionDep) -> list:
    return services.org_units(session)


@router.get("/org-units/{code}", response_model=OrgUnitOut, responses=NOT_FOUND)
def get_org_unit(session: SessionDep, code: str) -> object:
    return services.org_unit(session, code)


@router.get("/periods", response_model=list[PeriodOut])
def list_periods(session: SessionDep) -> list:
    """Every stored period, latest first."""
    return services.periods(session)


@router.get("/observations", response_model=ObservationPage)
def list_observations(
    request: Request,
    session: SessionDep,
    indicator: Annotated[str | None, Query(max_length=200)] = None,
    org_unit: Annotated[str | None, Query(max_length=200)] = None,
    period: Annotated[str | None, Query(max_length=200)] = None,
    kind: Kind = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    after: Annotated[int | None, Query(ge=0, le=2**31 - 1, description="only ids above this one")] = None,
) -> ObservationPage:
    """Stored observations (every recorded row, revisions included), in id order, one page at a time.

    Follow `next` to page on: it asks for the ids after the last one returned.
    """
    flt = listing.ObservationFilter(indicator, org_unit, period, kind)
    page = listing.observations(session, flt, limit, offset, after)
    nxt = None
    if page.has_next:
        nxt = str(request.url.remove_query_params("offset").include_query_params(after=page.items[-1].id))
    items = [ObservationOut.model_validate(i) for i in page.items]
    return ObservationPage(items=items, limit=limit, offset=offset, after=after, next=nxt)


@router.get("/observations/{obs_id}", response_model=ObservationOut, responses=NOT_FOUND)
def get_observation(session: SessionDep, obs_id: Annotated[int, IdPath]) -> object:
    item = listing.observation(session, obs_id)
    if item is None:
        services.observation(session, obs_id)  # raises NotFoundError
    return item


@router.get("/documents", response_model=list[DocumentOut])
def list_documents(session: SessionDep) -> list:
    """Published reports, newest first."""
    return archive.reports(session)


@router.get("/documents/{doc_id}", response_model=DocumentTextOut, responses=NOT_FOUND)
def get_document(session: SessionDep, doc_id: Annotated[int, IdPath]) -> DocumentTextOut:
    summary = archive.report(session, doc_id)
    text = archive.document(session, doc_id).text or ""
    return DocumentTextOut.model_validate({**summary.__dict__, "text": text})


@router.get("/findings", response_model=FindingsOut, responses=NOT_FOUND)
def list_findings(
    session: SessionDep,
    cache: CacheDep,
    org_unit: Annotated[str | None, Query(max_length=200)] = None,
    period: Annotated[str | None, Query(max_length=200)] = None,
) -> FindingsOut:
    """The checks' findings for an org unit and period (default: the top unit's latest period)."""
    page = cache.get(session, ("checks", org_unit, period), lambda: services.checks(session, org_unit, period))
    found = [FindingOut.model_validate(f.to_json()) for g in page.groups for f in g.findings]
    return FindingsOut(org_unit_code=page.org_unit.code, period_label=page.period_label, findings=found)


@router.post("/extract", response_model=ExtractOut)
def extract_text(session: SessionDep, body: ExtractIn) -> ExtractOut:
    """Read the facts out of a posted text, match them to the catalog and check them; stores nothing."""
    pre = uploads.extract_facts(session, body.text)
    return ExtractOut(
        facts=[FactOut.model_validate(f.to_json()) for f in pre.facts],
        matched={str(k): v for k, v in pre.matched.items()},
        findings=[FindingOut.model_validate(f.to_json()) for f in pre.findings],
    )
