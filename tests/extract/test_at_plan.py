"""'đạt kế hoạch' with no number: a comparison pct_of plan 100, unless the plan is missed or aimed at."""

from __future__ import annotations

from ktxh.extract.rules.at_plan import at_plan


def _read(text: str) -> list[tuple[str, str, float, str]]:
    lower = text.lower()
    return [(c.comp_type, c.comp_base or "", c.value, lower[c.start : c.end]) for c in at_plan(lower, 0, len(lower))]


def test_reached_plan_is_pct_of_plan_100() -> None:
    assert _read("Diện tích 20.070 ha, đạt kế hoạch.") == [("pct_of", "plan", 100.0, "đạt kế hoạch")]


def test_longest_plan_phrase_is_taken() -> None:
    assert [r[3] for r in _read("..., hoàn thành kế hoạch đề ra.")] == ["hoàn thành kế hoạch đề ra"]


def test_missed_or_aimed_plan_is_not_read() -> None:
    assert _read("Sản lượng 500 tấn, không đạt kế hoạch; phấn đấu đạt kế hoạch năm.") == []


def test_a_number_after_the_plan_is_left_to_the_number() -> None:
    assert _read("Giá trị đạt kế hoạch 4%.") == []
