"""The API's own pydantic schemas: what a client sees, apart from the store's tables."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorOut(BaseModel):
    """The one shape of every error: `error` says what was wrong, `errors` each detail."""

    ok: bool = False
    status: int
    error: str
    errors: list[str] = []


class IndicatorOut(Out):
    code: str
    name: str
    unit: str | None
    base_unit: str | None
    kind: str
    section_code: str | None
    components: list[str] = []
    status: str


class OrgUnitOut(Out):
    code: str
    name: str
    level: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    aliases: list[str] = Field(default=[], description='other names of the unit ("TP.HCM")')


class PeriodOut(Out):
    label: str
    type: str
    start: dt.date
    end: dt.date


class ComparisonOut(Out):
    type: str
    base: str
    value: float
    unit: str | None = None


class ObservationOut(Out):
    id: int
    indicator_code: str
    indicator_name: str
    org_unit_code: str
    period_label: str
    period_start: dt.date
    period_end: dt.date
    value_kind: str
    value: float | None
    unit: str | None = Field(description="the indicator's base unit, which `value` is in")
    total: float | None
    unit_written: str | None
    document_id: int | None
    source: str | None
    source_offset: int | None
    recorded_at: dt.datetime = Field(description="when the value was stored, UTC")
    comparisons: list[ComparisonOut]

    @field_validator("recorded_at")
    @classmethod
    def in_utc(cls, value: dt.datetime) -> dt.datetime:
        """The store keeps naive UTC times; say so, as RFC 3339 requires an offset."""
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class ObservationPage(BaseModel):
    """One page of observations; `next` is the URL of the next page, null on the last."""

    items: list[ObservationOut]
    limit: int
    offset: int
    after: int | None
    next: str | None


class DocumentOut(Out):
    id: int
    title: str
    date: dt.date | None
    org_unit_code: str | None
    org_unit_name: str | None
    period_label: str | None
    observations: int


class DocumentTextOut(DocumentOut):
    text: str


class FindingOut(Out):
    rule: str
    severity: str
    message: str
    offsets: list[int] = []
    expected: float | None = None
    actual: float | None = None
    section: str | None = None
    sentence: str | None = None
    observation_ids: list[int] = []


class FindingsOut(BaseModel):
    org_unit_code: str
    period_label: str
    findings: list[FindingOut]


class FactOut(Out):
    offset: int
    indicator: str
    value: float | None
    unit: str | None
    total: float | None = None
    period: str | None = None
    part_of: int | None = None
    value_kind: str | None = None
    comparisons: list[ComparisonOut] = []


class ExtractIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000, description="a report's text, UTF-8")


class ExtractOut(BaseModel):
    facts: list[FactOut]
    matched: dict[str, str] = Field(description="offset of a fact -> the catalog indicator code it matched")
    findings: list[FindingOut]
