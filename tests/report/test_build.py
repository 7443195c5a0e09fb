"""build_report on the store (SQLite and PostgreSQL), and the header block."""

import pytest

from ktxh.errors import NotFoundError
from ktxh.model import Comparison, Finding
from ktxh.report import build_report
from ktxh.report.build import split_rows
from ktxh.store import queries
from ktxh.store.db import Store

from .conftest import END, START, make_row, small_context


def test_every_current_figure_of_the_period_is_in_the_report_once(seed_store: Store) -> None:
    with seed_store.reading() as session:
        ctx = build_report(session)
        of_period = queries.current_observations(session, ctx.org_unit_code, ctx.period_label)
        by_id = {r.id: r for r in queries.current_observations(session, ctx.org_unit_code)}
    ids = [f.provenance.observation_id for f in ctx.figures()]
    assert len(ids) == len(set(ids))
    assert {r.id for r in of_period} <= set(ids)
    # figures of a shorter period inside the report's ("8 tháng", "đến 15/9") come with their period named
    assert ctx.period_start is not None and ctx.period_end is not None
    for fig in ctx.figures():
        row = by_id[fig.provenance.observation_id]
        assert ctx.period_start <= row.period_start <= ctx.period_end
        assert (fig.period_label is None) == (row.period_label == ctx.period_label)
        if fig.period_label:
            assert fig.period_label in fig.sentence


def test_defaults_are_the_top_org_unit_and_its_latest_period(seed_store: Store) -> None:
    with seed_store.reading() as session:
        ctx = build_report(session)
        top = queries.top_org_unit(session)
        assert top is not None
        period = queries.latest_period(session, top.code)
        assert period is not None
        assert (ctx.org_unit_code, ctx.period_label) == (top.code, period.label)


def test_sections_come_in_the_catalog_order(seed_store: Store) -> None:
    with seed_store.reading() as session:
        ctx = build_report(session)
        order = [s.code for s in queries.sections(session)]
    codes = [s.code for s in ctx.sections if s.code in order]
    assert codes == sorted(codes, key=order.index)
    assert codes[:3] == ["1", "1.1", "1.1.a"]


def test_unknown_org_unit_and_period_are_named(seed_store: Store) -> None:
    with seed_store.reading() as session:
        with pytest.raises(NotFoundError, match="'XX'"):
            build_report(session, org_unit_code="XX")
        with pytest.raises(NotFoundError, match="quý IX"):
            build_report(session, period_label="quý IX năm 1800")


def test_an_empty_store_says_so(store: Store) -> None:
    with store.reading() as session, pytest.raises(NotFoundError, match="no figures"):
        build_report(session)


def test_header_block_of_a_province() -> None:
    ctx = small_context([make_row(1, "a", "A", "10", "tấn")])
    assert ctx.issuer == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"
    assert ctx.place_date == "Lai Châu, ngày 28 tháng 9 năm 2012"
    assert ctx.subject.endswith("9 tháng đầu năm 2012")


def test_findings_mark_their_figures() -> None:
    finding = Finding("sum_of_parts", "warning", "tổng khác", observation_ids=(2,))
    ctx = small_context([make_row(1, "a", "A", "10", "tấn"), make_row(2, "b", "B", "5", "tấn")], findings=[finding])
    flagged = {f.provenance.observation_id: f.flagged for f in ctx.figures()}
    assert flagged == {1: False, 2: True}
    assert ctx.sections[-1].table is not None
    assert [r.flagged for r in ctx.sections[-1].table.rows] == [False, True]


def test_plans_and_the_year_before_feed_the_table_and_a_lone_plan_is_a_figure() -> None:
    class Period:
        start, end = START, END

    year = {"period_type": "year", "period_start": START, "period_end": END.replace(month=12, day=31)}
    before = {"period_start": START.replace(year=2011), "period_end": END.replace(year=2011)}
    eight_months = {"period_start": START, "period_end": END.replace(month=8, day=31), "period_label": "8 tháng"}
    rows = [
        make_row(1, "a", "A", "50", "tấn"),
        make_row(2, "a", "A", "200", "tấn", value_kind="plan", **year),
        make_row(3, "a", "A", "40", "tấn", value_kind="actual", **before),
        make_row(4, "b", "B", "10", "ha", Comparison("pct_of", "plan", 90), value_kind="plan"),
        make_row(5, "d", "D", "7", "ha", **eight_months),
        make_row(6, "c", "C", "40", "cơ quan", value_kind="plan", **year),
        make_row(7, "e", "E", "9", "ha", period_start=END.replace(month=10)),
    ]
    inputs = split_rows(rows, Period)
    assert [r.id for r in inputs.figures] == [1, 5, 4, 6]
    assert inputs.plans == {"a": 200.0, "b": 10.0, "c": 40.0}
    assert inputs.same_period == {"a": 40.0}


def test_a_figure_of_a_shorter_period_names_it() -> None:
    row = make_row(
        1, "a", "Tổng thu", "4472", "tỷ đồng", period_label="8 tháng đầu năm 2012", period_end=END.replace(month=8)
    )
    ctx = small_context([row], span=(START, END))
    assert ctx.figures()[0].sentence == "Tổng thu 8 tháng đầu năm 2012 ước đạt 4.472 tỷ đồng"
    assert ctx.sections[-1].table is not None
    assert ctx.sections[-1].table.rows[0].indicator_name == "Tổng thu (8 tháng đầu năm 2012)"


def test_errors_are_marked_in_the_draft_and_rounding_notes_are_not(seed_store: Store) -> None:
    with seed_store.reading() as session:
        ctx = build_report(session)
    by_code = {f.indicator_code: f for f in ctx.figures()}
    cotton, grain = by_code["nn.bong.dien_tich_trong"], by_code["nn.luong_thuc.san_luong"]
    assert [flag.severity for flag in cotton.flags] == ["error"]
    assert grain.flags == ()  # 83.992 against 37.070 + 46.900: within the rounding of "46,9 nghìn tấn"
