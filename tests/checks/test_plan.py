import pytest

from ktxh.checks.documents import build_batch
from ktxh.checks.registry import RULES, rules

rules()

INVESTMENT = "Vốn giao đầu năm: Kế hoạch giao 972.702 triệu đồng, giải ngân 498.387 triệu đồng, bằng {pct}% kế hoạch."


def investment(kit, pct="51,2"):
    k = kit(INVESTMENT.format(pct=pct))
    plan = k.fact("972.702", "Kế hoạch vốn giao đầu năm", "triệu đồng")
    spent = k.fact(
        "498.387", "Vốn giao đầu năm giải ngân", "triệu đồng", ("pct_of", "plan", float(pct.replace(",", ".")))
    )
    return k.text, [plan, spent]


def run(rule, facts, text):
    return RULES[rule](build_batch(facts, text))


def test_a_share_of_plan_matching_its_plan_is_silent(kit):
    text, facts = investment(kit)
    assert run("plan_share", facts, text) == []


def test_a_share_of_plan_that_does_not_match_its_plan_is_an_error(kit):
    text, facts = investment(kit, pct="61,2")
    [found] = run("plan_share", facts, text)
    assert found.severity == "error"
    assert found.expected == pytest.approx(498387 / 972702 * 100, abs=1e-3)
    assert found.actual == 61.2
    assert set(found.offsets) == {f.offset for f in facts}


INDUSTRY = (
    "Giá trị sản xuất công nghiệp ước đạt 172,4 tỷ đồng, bằng 61% kế hoạch, tăng 22,8% so với cùng kỳ, trong đó: "
    "khu vực nhà nước đạt 26,4 tỷ đồng, bằng {a}% kế hoạch, giảm 21,7%; ngoài quốc doanh đạt 145,4 tỷ đồng, "
    "bằng 67,8% kế hoạch, tăng {b}%; vốn nước ngoài đạt 0,64 tỷ đồng, bằng 64% kế hoạch, giảm 4,4%."
)


def industry(kit, a="39,2", b="37"):
    k = kit(INDUSTRY.format(a=a, b=b))
    pct = float(a.replace(",", "."))
    growth = float(b.replace(",", "."))
    return k.text, [
        k.fact(
            "172,4",
            "Giá trị sản xuất công nghiệp",
            "tỷ đồng",
            ("pct_of", "plan", 61),
            ("change_pct", "same_period", 22.8),
        ),
        k.fact("26,4", "Khu vực nhà nước", "tỷ đồng", ("pct_of", "plan", pct), ("change_pct", "same_period", -21.7)),
        k.fact("145,4", "Ngoài quốc doanh", "tỷ đồng", ("pct_of", "plan", 67.8), ("change_pct", "same_period", growth)),
        k.fact("0,64", "Vốn nước ngoài", "tỷ đồng", ("pct_of", "plan", 64), ("change_pct", "same_period", -4.4)),
    ]


def test_implied_plans_that_agree_are_silent(kit):
    text, facts = industry(kit)
    assert run("plan_parts", facts, text) == []


def test_implied_plans_that_disagree_are_an_error(kit):
    text, facts = industry(kit, a="49,2")
    [found] = run("plan_parts", facts, text)
    whole_plan = 172.4 / 0.61
    parts_plan = 26.4 / 0.492 + 145.4 / 0.678 + 0.64 / 0.64
    assert found.severity == "error"
    assert found.actual == pytest.approx(whole_plan) and found.expected == pytest.approx(parts_plan)
    assert set(found.offsets) == {f.offset for f in facts}


FOREST = (
    "Trồng mới 1.786 ha rừng, đạt 120% kế hoạch, trong đó: Rừng phòng hộ 239,6ha, đạt 30% kế hoạch; "
    "trồng rừng sản xuất 1.546,7ha, vượt kế hoạch 127%."
)


def forest(kit, stated):
    k = kit(FOREST)
    return k.text, [
        k.fact("1.786", "Diện tích rừng trồng mới", "ha", ("pct_of", "plan", 120)),
        k.fact("239,6", "Rừng phòng hộ", "ha", ("pct_of", "plan", 30)),
        k.fact("1.546,7", "Rừng sản xuất", "ha", ("pct_of", "plan", stated)),
    ]


def test_ambiguous_wording_is_resolved_by_the_other_figures(kit):
    # plans: 1.786 / 1,2 = 1.488; 239,6 / 0,3 + 1.546,7 / 2,27 = 1.480 fits, / 1,27 = 2.016 does not
    text, facts = forest(kit, 227)
    [found] = run("plan_wording", facts, text)
    assert found.severity == "info" and found.expected == 227 and found.offsets == (facts[2].offset,)
    assert "vượt kế hoạch 127%" in found.message
    assert run("plan_parts", facts, text) == []


def test_the_wrong_reading_of_ambiguous_wording_is_a_warning_not_a_plan_error(kit):
    text, facts = forest(kit, 127)
    [found] = run("plan_wording", facts, text)
    assert found.severity == "warning" and found.expected == 227 and found.actual == 127
    assert run("plan_parts", facts, text) == []


def test_ambiguous_wording_with_nothing_to_decide_by_is_info(kit):
    k = kit("Trồng rừng sản xuất 1.546,7ha, vượt kế hoạch 127%.")
    facts = [k.fact("1.546,7", "Rừng sản xuất", "ha", ("pct_of", "plan", 227))]
    [found] = run("plan_wording", facts, k.text)
    assert found.severity == "info" and found.expected is None


def test_exceeding_plan_by_less_than_100_percent_is_not_ambiguous(kit):
    k = kit("Diện tích ngô 20.070 ha, vượt kế hoạch 4%.")
    facts = [k.fact("20.070", "Diện tích ngô", "ha", ("pct_of", "plan", 104))]
    assert run("plan_wording", facts, k.text) == []


def test_ambiguous_wording_resolved_by_the_plan_in_the_sentence(kit):
    k = kit("Kế hoạch giao 680 ha, đã trồng 1.546,7 ha, vượt kế hoạch 127%.")
    plan = k.fact("680", "Kế hoạch trồng rừng", "ha")
    done = k.fact("1.546,7", "Diện tích trồng rừng", "ha", ("pct_of", "plan", 127))
    [found] = run("plan_wording", [plan, done], k.text)
    # 1.546,7 / 680 = 227,5 %: the "227%" reading, not the stated 127
    assert found.severity == "warning" and found.expected == 227 and "227,5%" in found.message
    assert run("plan_share", [plan, done], k.text) == []
