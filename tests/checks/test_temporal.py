import datetime as dt

import pytest
from tests.checks.test_plan import industry

from ktxh.checks.documents import build_batch
from ktxh.checks.figures import Figure, Point
from ktxh.checks.registry import RULES, rules
from ktxh.checks.tolerance import Interval
from ktxh.model import Comparison, Fact

rules()


def run(rule, facts, text=""):
    return RULES[rule](build_batch(facts, text))


def level(value, growth, previous=100.0):
    comps = (Comparison("previous", "same_period", previous), Comparison("change_pct", "same_period", growth))
    return Fact(0, "Sản lượng", value, "tấn", comps)


def test_growth_matching_the_two_levels_is_silent():
    assert run("growth_level", [level(120, 20)]) == []


def test_growth_not_matching_the_two_levels_is_an_error():
    [found] = run("growth_level", [level(120, 25)])
    assert found.expected == pytest.approx(20) and found.actual == 25


def test_growth_checked_against_a_stated_absolute_change():
    # 7.180 thuê bao, tăng 506: last year 6.674, so growth 7,58 %
    comps = (Comparison("change_abs", "same_period", 506), Comparison("change_pct", "same_period", 7.6))
    assert run("growth_level", [Fact(0, "Thuê bao", 7180, "thuê bao", comps)]) == []
    wrong = (Comparison("change_abs", "same_period", 506), Comparison("change_pct", "same_period", 12))
    [found] = run("growth_level", [Fact(0, "Thuê bao", 7180, "thuê bao", wrong)])
    assert found.expected == pytest.approx((7180 / 6674 - 1) * 100)


def test_implied_base_levels_that_agree_are_silent(kit):
    text, facts = industry(kit)
    assert run("growth_parts", facts, text) == []


def test_implied_base_levels_that_disagree_are_an_error(kit):
    text, facts = industry(kit, b="7")
    [found] = run("growth_parts", facts, text)
    assert found.actual == pytest.approx(172.4 / 1.228)
    assert found.expected == pytest.approx(26.4 / 0.783 + 145.4 / 1.07 + 0.64 / 0.956)


def point(value, end_month, kind="flow", start_month=1):
    fig = Figure(
        key=end_month, indicator="Thu ngân sách", value=Interval.around(value, 0.5), unit="tỷ đồng",
        bare_unit="đồng", factor=1.0, observation_id=end_month,
    )  # fmt: skip
    return Point(
        figure=fig, indicator_code="ns.thu", indicator_kind=kind, org_unit="12", value_kind="estimate",
        period_label=f"{end_month} tháng", period_type="ytd", start=dt.date(2012, start_month, 1),
        end=dt.date(2012, end_month, 28),
    )  # fmt: skip


def test_a_longer_year_to_date_figure_below_the_shorter_one_is_an_error():
    [found] = RULES["ytd_order"]([point(100, 6), point(90, 9)])
    assert found.observation_ids == (9, 6) and (found.expected, found.actual) == (100, 90)


def test_year_to_date_figures_that_grow_are_silent():
    assert RULES["ytd_order"]([point(100, 6), point(120, 9), point(150, 12)]) == []


def test_a_stock_may_fall_within_a_year():
    assert RULES["ytd_order"]([point(100, 6, kind="stock"), point(90, 9, kind="stock")]) == []
