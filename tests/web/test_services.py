"""The services the pages and the API share, on the small store of conftest.py."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.web.conftest import GRAIN, P2011, P2012, PROVINCE, RICE, YEAR2012, Seeded

from ktxh.errors import NotFoundError
from ktxh.store.schema import Period
from ktxh.web import services


def _cards(board: services.Dashboard) -> dict[str, services.Card]:
    return {c.indicator_code: c for s in board.sections for c in s.cards}


def test_dashboard_defaults_to_the_latest_period_of_the_top_unit(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        board = services.dashboard(session)
    assert board.org_unit.code == PROVINCE
    assert board.period_label == P2012
    assert {P2011, P2012, YEAR2012} <= set(board.periods)


def test_dashboard_cards_carry_plan_progress_and_change(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        cards = _cards(services.dashboard(session, PROVINCE, P2012))
    rice, grain = cards[RICE], cards[GRAIN]
    assert rice.value == 37070
    assert rice.plan_pct == pytest.approx(32)
    assert rice.change_pct == pytest.approx(5.2)
    assert rice.expected_pct == pytest.approx(75)
    assert rice.pace == "behind"
    assert grain.plan_pct == pytest.approx(51)
    assert rice.part and not grain.part


def test_dashboard_of_an_unknown_unit_is_not_found(web_store: Seeded) -> None:
    with web_store.store.reading() as session, pytest.raises(NotFoundError, match="no-such"):
        services.dashboard(session, "no-such")


def test_expected_pct_is_the_share_of_the_year_covered() -> None:
    nine = Period(type="ytd", start=dt.date(2012, 1, 1), end=dt.date(2012, 9, 30), label="x")
    year = Period(type="year", start=dt.date(2012, 1, 1), end=dt.date(2012, 12, 31), label="y")
    half = Period(type="half", start=dt.date(2012, 1, 1), end=dt.date(2012, 6, 30), label="z")
    assert services.expected_pct(nine) == pytest.approx(75)
    assert services.expected_pct(year) == 100
    assert services.expected_pct(half) == pytest.approx(50)


@pytest.mark.parametrize(
    ("pct", "expected", "pace"),
    [(80, 75, "ahead"), (70, 75, "near"), (51, 75, "behind"), (None, 75, None), (100, None, "ahead")],
)
def test_pace_compares_progress_with_the_time_gone(pct: float | None, expected: float | None, pace: str | None) -> None:
    assert services.pace(pct, expected) == pace


def test_observation_names_its_indicator_and_unit(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        assert services.observation(session, web_store.rice_2012_id) == (RICE, PROVINCE)


COTTON = "nn.bong.dien_tich_trong"
COTTON_PARTS = {"nn.bong.dien_tich_du_an": 283, "nn.bong.dien_tich_dan_tu_trong": 788}


@pytest.fixture
def checked_store(web_store: Seeded) -> Seeded:
    """The small store plus a total smaller than its parts (1.062 ha against 283 + 788)."""
    from sqlalchemy import select
    from tests.web.conftest import observe

    from ktxh.store.schema import Period

    with web_store.store.transaction() as s:
        per = s.scalar(select(Period).where(Period.label == P2012))
        for code, value in {COTTON: 1062, **COTTON_PARTS}.items():
            observe(s, code, per, "actual", value)
    return web_store


def test_checks_group_findings_by_section_and_name_their_figures(checked_store: Seeded) -> None:
    with checked_store.store.reading() as session:
        page = services.checks(session, PROVINCE, P2012)
    findings = [f for g in page.groups for f in g.findings]
    assert page.total == len(findings) >= 1
    parts = [f for f in findings if len(f.observation_ids) == 3]
    assert parts, "the parts' sum should be flagged"
    names = {page.figures[i] for i in parts[0].observation_ids}
    assert "Diện tích cây bông" in " ".join(names)
    assert all(g.title for g in page.groups)


def test_checks_page_shows_the_arithmetic(checked_store: Seeded) -> None:
    from fastapi.testclient import TestClient

    from ktxh.web import create_app

    with TestClient(create_app(store=checked_store.store)) as client:
        page = client.get("/checks").text
    assert "1.071" in page and "1.062" in page
    assert 'href="/observations/' in page
