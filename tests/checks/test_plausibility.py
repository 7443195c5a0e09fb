import datetime as dt

import pytest

from ktxh.checks.figures import Figure, Point
from ktxh.checks.plausibility import robust_z
from ktxh.checks.registry import RULES, rules
from ktxh.checks.tolerance import Interval

rules()


def history(values):
    out = []
    for year, value in zip(range(2005, 2005 + len(values)), values, strict=True):
        fig = Figure(
            key=year, indicator="Sản lượng chè", value=Interval.exact(value), unit="tấn", bare_unit="tấn",
            factor=1.0, observation_id=year,
        )  # fmt: skip
        out.append(
            Point(
                figure=fig,
                indicator_code="nn.che",
                indicator_kind="flow",
                org_unit="12",
                value_kind="estimate",
                period_label=f"9 tháng {year}",
                period_type="ytd",
                start=dt.date(year, 1, 1),
                end=dt.date(year, 9, 30),
            )
        )
    return out


def test_robust_z_is_the_modified_z_score():
    scores = robust_z([1.0, 2.0, 3.0, 4.0, 100.0])
    # median 3, MAD 1: (100 - 3) × 0,6745
    assert scores is not None and scores[-1] == pytest.approx(97 * 0.6745)
    assert robust_z([5.0, 5.0, 5.0]) is None


def test_a_figure_far_outside_its_history_is_a_warning():
    [found] = RULES["outlier"](history([3000, 3100, 2950, 3050, 3020, 30930]))
    assert found.severity == "warning" and found.observation_ids == (2010,) and found.actual == 30930


def test_an_ordinary_history_is_silent():
    assert RULES["outlier"](history([3000, 3100, 2950, 3050, 3020, 3093])) == []


def test_a_short_history_says_nothing():
    assert RULES["outlier"](history([3000, 3100, 30000])) == []
