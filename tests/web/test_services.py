"""The services the pages and the API share, on the small store of conftest.py."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.web.conftest import GRAIN, P2011, P2012, PROVINCE, REPORT_TEXT, RICE, YEAR2012, Seeded

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
    with web_store.store.reading() as session, pytest.raises(NotFoundError, match=r"no\.such"):
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


def test_highlight_marks_the_number_in_its_sentence() -> None:
    at = REPORT_TEXT.index("37.070")
    hl = services.highlight(REPORT_TEXT, at)
    assert hl is not None
    assert hl.mark == "37.070"
    assert hl.before == "Sản lượng lúa ước đạt "
    assert hl.after.startswith(" tấn, bằng 32% kế hoạch")
    assert hl.after.endswith("năm trước.")


def test_highlight_outside_the_text_is_none() -> None:
    assert services.highlight("abc", 10) is None


def test_indicator_page_has_every_period_and_the_source_sentence(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        page = services.indicator_page(session, RICE, PROVINCE)
    assert page.indicator.code == RICE
    assert {(p.row.period_label, p.row.value_kind) for p in page.points} == {
        (P2012, "estimate"), (P2011, "actual"), (YEAR2012, "plan")}
    sourced = [p for p in page.points if p.row.id == web_store.rice_2012_id]
    assert sourced[0].sentence is not None and sourced[0].sentence.mark == "37.070"
    assert sourced[0].document_title is not None


def test_unknown_indicator_is_not_found(web_store: Seeded) -> None:
    with web_store.store.reading() as session, pytest.raises(NotFoundError, match=r"no\.such"):
        services.indicator_page(session, "no.such")


def test_chart_has_a_line_for_actual_and_one_for_plan(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        page = services.indicator_page(session, RICE, PROVINCE)
    traces = services.chart_traces(page.points, {"plan": "KH", "actual": "TH", "estimate": "ƯTH"})
    by_name = {t["name"]: t for t in traces}
    assert set(by_name) == {"KH", "TH"}
    assert by_name["KH"]["y"] == [115844] and by_name["KH"]["line"] == {"dash": "dash"}
    assert by_name["TH"]["x"] == [P2011, P2012]
    assert by_name["TH"]["text"] == ["TH", "ƯTH"]


def test_reports_list_the_published_document(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        listed = services.reports(session)
        one = services.report(session, web_store.document_id)
    assert [r.id for r in listed] == [web_store.document_id]
    assert one.observations == 2
    assert one.period_label == P2012


def test_unknown_report_is_not_found(web_store: Seeded) -> None:
    with web_store.store.reading() as session, pytest.raises(NotFoundError, match="999"):
        services.report(session, 999)


def test_observation_names_its_indicator_and_unit(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        assert services.observation(session, web_store.rice_2012_id) == (RICE, PROVINCE)
