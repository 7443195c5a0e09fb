import pytest

from ktxh.checks import check_facts
from ktxh.checks.documents import build_batch
from ktxh.checks.figures import Batch
from ktxh.checks.registry import RULES, rules
from ktxh.model import Comparison, Fact

rules()  # register


def run(rule, facts, text=""):
    return RULES[rule](build_batch(facts, text))


COTTON = "Đã trồng 1.062 ha cây bông (trong đó: dự án trồng 283 ha, đạt 40% kế hoạch, dân tự trồng 788 ha)."


def cotton(kit, whole="1.062", first="283", second="788"):
    k = kit(COTTON.replace("1.062", whole).replace("283", first).replace("788", second))
    return k, [
        k.fact(whole, "Diện tích cây bông", "ha"),
        k.fact(first, "Diện tích bông dự án", "ha", ("pct_of", "plan", 40)),
        k.fact(second, "Diện tích bông dân tự trồng", "ha"),
    ]


def test_parts_exceeding_their_whole_are_an_error_with_the_arithmetic_written_out(kit):
    k, facts = cotton(kit)
    [found] = run("parts_sum", facts, k.text)
    assert found.severity == "error"
    assert found.offsets == tuple(f.offset for f in facts)
    assert (found.expected, found.actual) == (283 + 788, 1062)
    assert "1.062 ha khác tổng các phần 283 + 788 = 1.071 ha (chênh 9 ha)" in found.message
    assert found.sentence == k.text


def test_a_consistent_group_is_silent(kit):
    k, facts = cotton(kit, whole="1.071")
    assert check_facts(facts, k.text) == []


def test_parts_that_do_not_cover_the_whole_are_not_an_error(kit):
    # "trong đó" lists some parts only: 283 + 500 falls far short of 1.062
    k, facts = cotton(kit, second="500")
    assert run("parts_sum", facts, k.text) == []


def test_parts_just_short_of_the_whole_are_doubtful(kit):
    k, facts = cotton(kit, second="770")  # 1.053 of 1.062: short by less than 2 %
    [found] = run("parts_sum", facts, k.text)
    assert found.severity == "warning"


INDUSTRY = (
    "Giá trị sản xuất công nghiệp ước đạt {whole} tỷ đồng, trong đó: khu vực nhà nước 26,4 tỷ đồng; "
    "ngoài quốc doanh 145,4 tỷ đồng; vốn nước ngoài 0,64 tỷ đồng."
)


def industry(kit, whole):
    k = kit(INDUSTRY.format(whole=whole))
    names = [(whole, "GTSX"), ("26,4", "A"), ("145,4", "B"), ("0,64", "C")]
    return k.text, [k.fact(w, n, "tỷ đồng") for w, n in names]


def test_a_sum_within_the_whole_s_own_rounding_is_silent(kit):
    # 26,4 + 145,4 + 0,64 = 172,44, which "172,4" (172,35 .. 172,45) already covers
    text, facts = industry(kit, "172,4")
    assert run("parts_sum", facts, text) == []


def test_a_difference_only_the_combined_rounding_explains_is_info_not_error(kit):
    # "173" is 172,5 .. 173,5; the parts 172,44 ± 0,155 reach it only with their own rounding
    text, facts = industry(kit, "173")
    [found] = run("parts_sum", facts, text)
    assert found.severity == "info"
    assert found.expected == pytest.approx(26.4 + 145.4 + 0.64) and found.actual == 173
    assert "phạm vi làm tròn" in found.message


def test_parts_in_another_magnitude_are_added_in_one_unit():
    whole = Fact(0, "Lương thực", 83992, "tấn")
    parts = [Fact(10, "Lúa", 37070, "tấn", part_of=0), Fact(20, "Ngô", 46.9, "nghìn tấn", part_of=0)]
    [found] = run("parts_sum", [whole, *parts])
    # 37 070 + 46 900 = 83 970: 22 tấn short, within the ±50 tấn of "46,9 nghìn tấn"
    assert found.severity == "info"
    assert found.expected == pytest.approx(83970)


def test_parts_in_another_unit_are_not_added(kit):
    text = "Tiếp nhận 08 hồ sơ, trong đó: cấp cho 03 dự án; điều chỉnh 01 dự án; thu hồi 12 dự án."
    k = kit(text)
    facts = [
        k.fact("08", "Hồ sơ", "hồ sơ"),
        k.fact("03", "A", "dự án"),
        k.fact("01", "B", "dự án"),
        k.fact("12", "C", "dự án"),
    ]
    assert run("parts_sum", facts, text) == []


def test_a_part_marker_without_colon_ends_at_the_semicolon(kit):
    text = "Có 11 dự án đã thẩm định, trong đó 10/11 dự án đã gửi thẩm định; 06 dự án đang thẩm định."
    k = kit(text)
    facts = [
        k.fact("11", "Đã thẩm định", "dự án"),
        k.fact("10", "Đã gửi", "dự án", total=11),
        k.fact("06", "Đang", "dự án"),
    ]
    batch = build_batch(facts, text)
    assert [p.key for p in batch.parts[facts[0].offset]] == [facts[1].offset]


def test_a_nested_list_in_brackets_belongs_to_the_figure_before_the_bracket(kit):
    text = (
        "Tổng 3,9 triệu USD, trong đó: xuất khẩu 2,886 triệu USD (trong đó: địa phương 2,1 triệu USD); "
        "nhập khẩu 0,98 triệu USD."
    )
    k = kit(text)
    facts = [k.fact(w, w, "triệu usd") for w in ("3,9", "2,886", "2,1", "0,98")]
    parts = build_batch(facts, text).parts
    assert [p.key for p in parts[facts[0].offset]] == [facts[1].offset, facts[3].offset]
    assert [p.key for p in parts[facts[1].offset]] == [facts[2].offset]


def test_identities_are_exhaustive_so_a_shortfall_is_an_error():
    whole = Fact(0, "Lương thực", 90000, "tấn")
    parts = [Fact(10, "Lúa", 37070, "tấn"), Fact(20, "Ngô", 46.9, "nghìn tấn")]
    batch = build_batch([whole, *parts], "")
    batch.identities = [(batch.by_key[0], [batch.by_key[10], batch.by_key[20]])]
    [found] = RULES["identity"](batch)
    assert found.severity == "error" and found.expected == pytest.approx(83970)


def test_ratio_part_larger_than_whole():
    assert [f.rule for f in run("ratio_bounds", [Fact(0, "Xã", 12, "xã", total=10)])] == ["ratio_bounds"]
    assert run("ratio_bounds", [Fact(0, "Xã", 46, "xã", total=93)]) == []


def test_share_out_of_range():
    assert [f.actual for f in run("share_range", [Fact(0, "Tỷ lệ hộ nghèo", 135, "%")])] == [135]
    assert run("share_range", [Fact(0, "Tỷ lệ hộ nghèo", 35.38, "%")]) == []
    assert run("share_range", [Fact(0, "Lãi suất cho vay", 150, "%")]) == []  # not a share


def disbursement(pp):
    return Fact(
        0,
        "Tỷ lệ giải ngân",
        45.1,
        "%",
        (Comparison("previous", "same_period", 62.9), Comparison("change_pp", "same_period", pp)),
    )


def test_percentage_points_within_rounding_are_silent():
    # 45,1 - 62,9 = -17,8, and "18 điểm %" may be anything from 17,5 to 18,5
    assert run("change_pp", [disbursement(-18)]) == []


def test_percentage_points_that_do_not_match_are_an_error():
    [found] = run("change_pp", [disbursement(-15)])
    assert found.expected == pytest.approx(45.1 - 62.9) and found.actual == -15


def test_percentage_points_that_only_rounding_reconciles_are_info():
    # 45 - 63 = -18 ± 1 (whole percents), stated -18,8 ± 0,05: close, not a contradiction
    comps = (Comparison("previous", "same_period", 63), Comparison("change_pp", "same_period", -18.8))
    [found] = run("change_pp", [Fact(0, "Tỷ lệ giải ngân", 45, "%", comps)])
    assert found.severity == "info" and found.expected == -18


def test_absolute_change_against_the_two_levels():
    comps = (Comparison("previous", "other", 100), Comparison("change_abs", "other", 30))
    [found] = run("change_abs", [Fact(0, "Số trường", 120, "trường", comps)])
    assert found.expected == 20 and found.actual == 30
    ok = (Comparison("previous", "other", 100), Comparison("change_abs", "other", 20))
    assert run("change_abs", [Fact(0, "Số trường", 120, "trường", ok)]) == []


def test_no_figures_no_findings():
    assert check_facts([], "") == []
    assert all(RULES[r](Batch(figures=[])) == [] for r in ("parts_sum", "identity", "ratio_bounds"))
