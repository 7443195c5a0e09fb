"""A small store of our own for the portal's tests, and an app and client over it.

`web_store` is the initialised `store` (catalog loaded, SQLite and PostgreSQL) with one
published report and the figures read from it, written with plain ORM rows so these
tests depend only on the schema: Sản lượng lúa for two nine-month periods (2011 and
2012, the 2012 figure stating 32% of plan and +5,2% against the same period), its
plan for the year 2012, and Tổng sản lượng lương thực có hạt for 2012.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from ktxh.store.db import Store
from ktxh.store.schema import Document, Indicator, Observation, OrgUnit, Period, StatedComparison
from ktxh.web import create_app

REPORT_TEXT = (
    "BÁO CÁO Tình hình kinh tế - xã hội 9 tháng đầu năm 2012 tỉnh Lai Châu\n"
    "1. Về Nông nghiệp\n"
    "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn, bằng 51% kế hoạch. "
    "Sản lượng lúa ước đạt 37.070 tấn, bằng 32% kế hoạch, tăng 5,2% so với cùng kỳ năm trước.\n"
)
PROVINCE = "12"
RICE = "nn.lua.san_luong"
GRAIN = "nn.luong_thuc.san_luong"
P2012 = "9 tháng đầu năm 2012"
P2011 = "9 tháng đầu năm 2011"
YEAR2012 = "năm 2012"


@dataclass(frozen=True)
class Seeded:
    """What the fixture stored, for tests to look up (never the expected output itself)."""

    store: Store
    document_id: int
    rice_2012_id: int


def _period(session, label: str, type_: str, start: dt.date, end: dt.date) -> Period:  # type: ignore[no-untyped-def]
    period = Period(type=type_, start=start, end=end, label=label)
    session.add(period)
    session.flush()
    return period


def observe(session, ind: str, per: Period, kind: str, value: float, **extra) -> Observation:  # type: ignore[no-untyped-def]
    ind_id = session.scalar(select(Indicator.id).where(Indicator.code == ind))
    org_id = session.scalar(select(OrgUnit.id).where(OrgUnit.code == PROVINCE))
    obs = Observation(
        indicator_id=ind_id,
        org_unit_id=org_id,
        period_id=per.id,
        value_kind=kind,
        value=value,
        unit_written="tấn",
        value_written=str(value),
        **extra,
    )
    session.add(obs)
    session.flush()
    return obs


def seed(store: Store) -> Seeded:
    with store.transaction() as s:
        org_id = s.scalar(select(OrgUnit.id).where(OrgUnit.code == PROVINCE))
        p12 = _period(s, P2012, "ytd", dt.date(2012, 1, 1), dt.date(2012, 9, 30))
        p11 = _period(s, P2011, "ytd", dt.date(2011, 1, 1), dt.date(2011, 9, 30))
        y12 = _period(s, YEAR2012, "year", dt.date(2012, 1, 1), dt.date(2012, 12, 31))
        doc = Document(
            title="Báo cáo tình hình kinh tế - xã hội 9 tháng đầu năm 2012",
            org_unit_id=org_id,
            period_id=p12.id,
            date=dt.date(2012, 9, 15),
            text=REPORT_TEXT,
            status="published",
        )
        s.add(doc)
        s.flush()
        rice = observe(s, RICE, p12, "estimate", 37070, document_id=doc.id, source_offset=REPORT_TEXT.index("37.070"))
        s.add_all(
            [
                StatedComparison(observation_id=rice.id, type="pct_of", base="plan", value=32),
                StatedComparison(observation_id=rice.id, type="change_pct", base="same_period", value=5.2),
            ]
        )
        observe(s, RICE, p11, "actual", 35238)
        observe(s, RICE, y12, "plan", 115844)
        grain = observe(s, GRAIN, p12, "estimate", 83992, document_id=doc.id, source_offset=REPORT_TEXT.index("83.992"))
        s.add(StatedComparison(observation_id=grain.id, type="pct_of", base="plan", value=51))
        return Seeded(store, doc.id, rice.id)


@pytest.fixture
def web_store(store: Store) -> Seeded:
    return seed(store)


@pytest.fixture
def app(web_store: Seeded) -> FastAPI:
    return create_app(store=web_store.store)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
