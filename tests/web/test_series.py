"""An indicator's page: its series, chart traces and highlighted source sentences."""

from __future__ import annotations

import pytest
from tests.web.conftest import P2011, P2012, PROVINCE, REPORT_TEXT, RICE, YEAR2012, Seeded

from ktxh.errors import NotFoundError
from ktxh.web import series


def test_highlight_marks_the_number_in_its_sentence() -> None:
    at = REPORT_TEXT.index("37.070")
    hl = series.highlight(REPORT_TEXT, at)
    assert hl is not None
    assert hl.mark == "37.070"
    assert hl.before == "Sản lượng lúa ước đạt "
    assert hl.after.startswith(" tấn, bằng 32% kế hoạch")
    assert hl.after.endswith("năm trước.")


def test_highlight_outside_the_text_is_none() -> None:
    assert series.highlight("abc", 10) is None


def test_indicator_page_has_every_period_and_the_source_sentence(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        page = series.indicator_page(session, RICE, PROVINCE)
    assert page.indicator.code == RICE
    assert {(p.row.period_label, p.row.value_kind) for p in page.points} == {
        (P2012, "estimate"),
        (P2011, "actual"),
        (YEAR2012, "plan"),
    }
    sourced = [p for p in page.points if p.row.id == web_store.rice_2012_id]
    assert sourced[0].sentence is not None and sourced[0].sentence.mark == "37.070"
    assert sourced[0].document_title is not None


def test_unknown_indicator_is_not_found(web_store: Seeded) -> None:
    with web_store.store.reading() as session, pytest.raises(NotFoundError, match=r"no\.such"):
        series.indicator_page(session, "no.such")


def test_chart_has_a_line_for_actual_and_one_for_plan(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        page = series.indicator_page(session, RICE, PROVINCE)
    traces = series.chart_traces(page.points, {"plan": "KH", "actual": "TH", "estimate": "ƯTH"})
    by_name = {t["name"]: t for t in traces}
    assert set(by_name) == {"KH", "TH"}
    assert by_name["KH"]["y"] == [115844] and by_name["KH"]["line"] == {"dash": "dash"}
    assert by_name["TH"]["x"] == [P2011, P2012]
    assert by_name["TH"]["text"] == ["TH", "ƯTH"]
