"""The house sentences, checked against the wording of the seed report and the issue."""

import pytest

from ktxh.errors import ReportError
from ktxh.model import Comparison as C
from ktxh.report.phrasing import FigureText, Sentence, figure_sentence, join_parts, load_phrases

PLAN, SAME = "plan", "same_period"


def sentence(*comps: C, value: float | None = 100, unit: str | None = "tấn", kind: str = "actual") -> str:
    return figure_sentence(FigureText("X", value, unit, kind, comps)).text


def test_the_house_sentence_of_the_issue() -> None:
    fig = FigureText(
        "Tổng sản lượng lương thực có hạt", 83992, "tấn", "estimate", (C("pct_of", PLAN, 51), C("change_pct", SAME, 12))
    )
    expected = (
        "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn, bằng 51% kế hoạch, tăng 12% so với cùng kỳ năm trước"
    )
    assert figure_sentence(fig).text == expected


@pytest.mark.parametrize(
    ("pct", "phrase"),
    [(51, "bằng 51% kế hoạch"), (93.2, "bằng 93,2% kế hoạch"), (100, "đạt kế hoạch"), (104, "vượt kế hoạch 4%"),
     (136, "vượt kế hoạch 36%"), (230, "vượt kế hoạch 2,3 lần"), (200, "vượt kế hoạch 2 lần")],
)  # fmt: skip
def test_percent_of_plan_follows_the_value(pct: float, phrase: str) -> None:
    assert sentence(C("pct_of", PLAN, pct)).endswith(", " + phrase)


def test_at_plan_with_no_level_keeps_the_number() -> None:
    assert sentence(C("pct_of", PLAN, 100), value=None, unit=None) == "X đạt 100% kế hoạch"


@pytest.mark.parametrize(
    ("change", "phrase"),
    [(12, "tăng 12% so với cùng kỳ năm trước"), (-5.7, "giảm 5,7% so với cùng kỳ năm trước"),
     (285, "tăng gấp 3,85 lần so với cùng kỳ năm trước"), (100, "tăng gấp 2 lần so với cùng kỳ năm trước")],
)  # fmt: skip
def test_change_follows_its_sign_and_size(change: float, phrase: str) -> None:
    assert sentence(C("change_pct", SAME, change)).endswith(phrase)


def test_other_bases() -> None:
    assert sentence(C("change_pct", "prev_year_end", 13.3)).endswith("tăng 13,3% so với cuối năm trước")


def test_absolute_change_in_its_own_unit() -> None:
    text = sentence(C("change_abs", SAME, -2875, "xã viên"), value=None, unit=None)
    assert text == "X giảm 2.875 xã viên so với cùng kỳ năm trước"
    assert sentence(C("change_abs", SAME, 244)).endswith("tăng 244 tấn so với cùng kỳ năm trước")


def test_a_share_in_points_and_its_earlier_level() -> None:
    text = sentence(C("previous", SAME, 62.9), C("change_pp", SAME, -18), value=45.1, unit="%")
    assert text == "X đạt 45,1%, giảm 18 điểm phần trăm so với cùng kỳ năm trước (cùng kỳ năm trước là 62,9%)"


def test_from_a_to_b() -> None:
    text = sentence(C("previous", "other", 38.88), value=35.38, unit="%")
    assert text == "X từ 38,88% xuống còn 35,38%"


def test_estimate_and_actual_verbs() -> None:
    assert sentence(kind="estimate") == "X ước đạt 100 tấn"
    assert sentence(kind="actual") == "X đạt 100 tấn"


def test_a_count_out_of_a_total() -> None:
    assert figure_sentence(FigureText("Số xã", 46, "xã", "actual", (), total=93)).text == "Số xã đạt 46/93 xã"


def test_units_are_printed_in_their_usual_case() -> None:
    assert sentence(value=3.9, unit="triệu usd") == "X đạt 3,9 triệu USD"


@pytest.mark.parametrize(
    "fig",
    [FigureText("A", 1546.7, "ha", "actual", (C("pct_of", PLAN, 227),)),
     FigureText("B", None, None, "actual", (C("change_pct", SAME, 6.5),)),
     FigureText("C", 35.38, "%", "actual", (C("previous", "other", 38.88),))],
)  # fmt: skip
def test_the_anchor_points_at_the_figures_number(fig: FigureText) -> None:
    s = figure_sentence(fig)
    expected = {"A": "1.546,7", "B": "6,5", "C": "35,38"}[fig.name]
    assert s.text[s.anchor :].startswith(expected)


def test_parts_follow_trong_do_with_their_anchors() -> None:
    text, anchors = join_parts(Sentence("A đạt 10 tấn", 6), [Sentence("B đạt 4 tấn", 6), Sentence("C đạt 6 tấn", 6)])
    assert text == "A đạt 10 tấn, trong đó: B đạt 4 tấn; C đạt 6 tấn."
    assert [text[a] for a in anchors] == ["1", "4", "6"]


def test_phrase_data_missing_a_key_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "phrases.yaml"
    bad.write_text("verbs: {}\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"lacks .*bases") as err:
        load_phrases(bad)
    assert str(bad) in str(err.value)


def test_a_count_of_events_is_written_count_first_as_in_the_seed() -> None:
    # the seed: "vẫn xảy ra 24 vụ cháy rừng"
    text = figure_sentence(FigureText("Số vụ cháy rừng", 24, "vụ", "actual")).text
    assert text == "Xảy ra 24 vụ cháy rừng"


def test_a_count_of_cases_dealt_with_is_not_said_to_occur() -> None:
    text = figure_sentence(FigureText("Số vụ vi phạm được xử lý", 261, "vụ", "actual")).text
    assert not text.lower().startswith("xảy ra") and "261 vụ" in text


def test_a_name_that_says_what_was_done_takes_no_verb_as_in_the_seed() -> None:
    # the seed: "Diện tích lúa gieo cấy 24.603 ha"
    assert figure_sentence(FigureText("Diện tích lúa gieo cấy", 24603, "ha", "actual")).text == (
        "Diện tích lúa gieo cấy 24.603 ha"
    )


def test_an_estimate_keeps_its_verb_whatever_the_name() -> None:
    text = figure_sentence(FigureText("Diện tích lúa gieo cấy", 24603, "ha", "estimate")).text
    assert text == "Diện tích lúa gieo cấy ước đạt 24.603 ha"


def test_a_name_ending_in_a_word_of_change_keeps_its_verb() -> None:
    text = figure_sentence(FigureText("Số tiêu chí tai nạn giao thông giảm", 3, "tiêu chí", "actual")).text
    assert "giảm 3" not in text and text.endswith(" 3 tiêu chí")
