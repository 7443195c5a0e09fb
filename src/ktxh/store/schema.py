"""SQLAlchemy tables of the store.

The store owns these tables; the web layer has its own pydantic schemas.
Values are kept in the indicator's base unit (`observation.value`), with the unit
as written beside them. A revised figure adds a row (a later `recorded_at`); the
latest row for an indicator x org unit x period x value kind is the current one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# value kinds of an observation, and the Vietnamese word for each lives in the catalog data
VALUE_KINDS = ("actual", "estimate", "preliminary", "official", "plan", "revised_plan", "budget_estimate")
INDICATOR_KINDS = ("flow", "stock", "rate")
ORG_LEVELS = ("country", "region", "province", "district", "commune")
PERIOD_TYPES = ("month", "quarter", "half", "ytd", "year", "as_of", "season")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Section(Base):
    """A node of the report's section tree: "1.1.a" Về Nông nghiệp."""

    __tablename__ = "section"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    parent_code: Mapped[str | None] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Indicator(Base):
    """What is measured. `status` is "catalogued" or "uncatalogued" (created by ingest)."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(400))
    unit: Mapped[str | None] = mapped_column(String(60))
    base_unit: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10), default="flow")
    section_code: Mapped[str | None] = mapped_column(String(40), index=True)
    components: Mapped[list[Any]] = mapped_column(JSON, default=list)
    official_code: Mapped[str | None] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="catalogued")
    description: Mapped[str | None] = mapped_column(Text)


class IndicatorAlias(Base):
    """Another name of an indicator; `key` is the folded form matched on (no diacritics, lower case)."""

    __tablename__ = "indicator_alias"
    __table_args__ = (UniqueConstraint("indicator_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(400))
    key: Mapped[str] = mapped_column(String(400), index=True)
    origin: Mapped[str] = mapped_column(String(20), default="catalog")  # catalog | learned


class OrgUnit(Base):
    """An administrative unit, valid from `valid_from` to `valid_to` (either open when unknown)."""

    __tablename__ = "org_unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    alias_rows: Mapped[list[OrgUnitAlias]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="OrgUnitAlias.id"
    )

    @property
    def aliases(self) -> list[str]:
        """Other names of the unit, as the catalog writes them."""
        return [row.alias for row in self.alias_rows]

    def valid_during(self, start: dt.date, end: dt.date) -> bool:
        """Whether the unit existed at some time from `start` to `end`."""
        return existed_during(self.valid_from, self.valid_to, start, end)


def existed_during(valid_from: dt.date | None, valid_to: dt.date | None, start: dt.date, end: dt.date) -> bool:
    """Whether a unit valid from `valid_from` to `valid_to` (None: not known, or open) existed at some time from
    `start` to `end`."""
    return (valid_from is None or valid_from <= end) and (valid_to is None or valid_to >= start)


class OrgUnitAlias(Base):
    """Another name of an org unit ("TP.HCM"); `key` is the folded form matched on."""

    __tablename__ = "org_unit_alias"
    __table_args__ = (UniqueConstraint("org_unit_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), index=True)


class OrgUnitChange(Base):
    """A split, merge or transfer: `weight` is the share of `from` that went to `to`."""

    __tablename__ = "org_unit_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    to_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    kind: Mapped[str] = mapped_column(String(20), default="merge")  # split | merge | transfer | rename
    note: Mapped[str | None] = mapped_column(Text)


class Period(Base):
    __tablename__ = "period"
    __table_args__ = (UniqueConstraint("type", "start", "end"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(10))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(120), index=True)


class Document(Base):
    """A report: its text as read, where it came from, and whether it is published."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    period_id: Mapped[int | None] = mapped_column(ForeignKey("period.id"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="published")  # draft | published
    source_path: Mapped[str | None] = mapped_column(String(1000))
    sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Observation(Base):
    """One value of an indicator for an org unit and period, of one value kind, with its source."""

    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    period_id: Mapped[int] = mapped_column(ForeignKey("period.id"))
    value_kind: Mapped[str] = mapped_column(String(20), default="actual")
    value: Mapped[float | None] = mapped_column(Float)
    total: Mapped[float | None] = mapped_column(Float)
    unit_written: Mapped[str | None] = mapped_column(String(60))
    value_written: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20), default="ok")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"), index=True)
    source: Mapped[str | None] = mapped_column(String(1000))
    source_offset: Mapped[int | None] = mapped_column(Integer)
    source_line: Mapped[int | None] = mapped_column(Integer)
    indicator_text: Mapped[str | None] = mapped_column(String(400))
    part_of_offset: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


Index(
    "ix_observation_lookup",
    Observation.indicator_id,
    Observation.org_unit_id,
    Observation.period_id,
    Observation.value_kind,
)
Index("ix_observation_period_org", Observation.period_id, Observation.org_unit_id)


class StatedComparison(Base):
    """What a source says about an observation ("bằng 51% kế hoạch"), kept as stated."""

    __tablename__ = "stated_comparison"
    id: Mapped[int] = mapped_column(primary_key=True)
    observation_id: Mapped[int] = mapped_column(ForeignKey("observation.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    base: Mapped[str] = mapped_column(String(20))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(60))
