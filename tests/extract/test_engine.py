"""extract(): facts in the interchange format, offsets in the raw text, odd text never raises."""

from __future__ import annotations

import unicodedata

import pytest

from ktxh.errors import ExtractError
from ktxh.extract import extract
from ktxh.model import Comparison

EXAMPLE = "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn, bằng 51% kế hoạch, tăng 12% so với cùng kỳ năm trước."


def test_the_format_example() -> None:
    (fact,) = extract(EXAMPLE).facts
    assert fact.offset == EXAMPLE.index("83.992")
    assert fact.indicator == "Tổng sản lượng lương thực có hạt"
    assert (fact.value, fact.unit) == (83992, "tấn")
    assert fact.comparisons == (Comparison("pct_of", "plan", 51), Comparison("change_pct", "same_period", 12))
    assert fact.value_kind == "estimate"
    assert fact.sentence == EXAMPLE


def test_offsets_stay_in_raw_text_with_decomposed_diacritics_nbsp_and_crlf() -> None:
    raw = "Tiêu đề\r\n" + unicodedata.normalize("NFD", EXAMPLE).replace(" tấn", "\u00a0tấn")
    (fact,) = extract(raw).facts
    assert raw[fact.offset : fact.offset + 6] == "83.992"
    assert fact.value == 83992


def test_a_verb_without_estimate_is_actual() -> None:
    (fact,) = extract("Diện tích lúa gieo cấy 24.603 ha.").facts
    assert fact.value_kind == "actual"


def test_parts_point_to_their_whole() -> None:
    text = (
        "Giá trị sản xuất công nghiệp ước đạt 172,4 tỷ đồng, trong đó: Khu vực kinh tế nhà nước đạt 26,4 tỷ đồng; "
        "khu vực ngoài quốc doanh đạt 145,4 tỷ đồng."
    )
    whole, first, second = extract(text).facts
    assert whole.part_of is None
    assert first.part_of == whole.offset == second.part_of
    assert first.indicator.startswith("Giá trị sản xuất công nghiệp")


def test_period_is_the_one_written_before_the_figure() -> None:
    (fact,) = extract("Tổng huy động vốn đến hết tháng 9/2012 ước đạt 8.470 tỷ đồng.").facts
    assert fact.period == "đến hết tháng 9/2012"
    assert fact.indicator == "Tổng huy động vốn"


def test_rules_explain_each_fact() -> None:
    (fact,) = extract(EXAMPLE).facts
    assert "comparison:pct_of" in fact.rules
    assert "rules" in fact.to_json(explain=True)


def test_skipped_numbers_become_diagnostics() -> None:
    result = extract("Thực hiện Nghị quyết số 13/NQ-CP ngày 15/9/2012.")
    assert result.facts == []
    assert result.diagnostics
    assert all(d.rule == "scan" for d in result.diagnostics)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "%%%", "1/2/3/4/5", "tăng %", "(((((", "...,,,;;;"])
def test_odd_text_gives_no_fact_and_no_error(text: str) -> None:
    assert extract(text).facts == []


def test_text_must_be_a_string() -> None:
    with pytest.raises(ExtractError, match="needs text"):
        extract(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("error", [ValueError, TypeError, AttributeError])
def test_a_rule_that_fails_on_one_sentence_loses_only_that_sentence(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    from ktxh.extract import engine

    def naming_that_fails_on_rice(d, prev, ctx, lex):  # type: ignore[no-untyped-def]
        if "lúa" in ctx.lower[ctx.start : ctx.end]:
            raise error("a bug")
        return real_naming(d, prev, ctx, lex)

    real_naming = engine.name_fact
    monkeypatch.setattr(engine, "name_fact", naming_that_fails_on_rice)
    text = "Sản lượng lúa đạt 5.000 tấn. Sản lượng ngô đạt 2.000 tấn."
    result = extract(text)
    assert [f.value for f in result.facts] == [2000]
    (note,) = [d for d in result.diagnostics if "sentence skipped" in d.message]
    assert note.offset == 0 and error.__name__ in note.message
