"""Normalisation keeps a map back to raw offsets, whatever the raw text's spaces and diacritics."""

from __future__ import annotations

import unicodedata

from ktxh.text import normalise


def test_nfc_text_maps_one_to_one() -> None:
    raw = "Tổng đàn gia súc 318.936 con"
    nt = normalise(raw)
    assert nt.text == raw
    assert [nt.to_raw(i) for i in range(len(raw))] == list(range(len(raw)))


def test_decomposed_diacritics_are_composed_and_offsets_point_into_raw() -> None:
    raw = unicodedata.normalize("NFD", "Sản lượng đạt 46,9 nghìn tấn")
    nt = normalise(raw)
    assert nt.text == "Sản lượng đạt 46,9 nghìn tấn"
    i = nt.text.index("46,9")
    assert raw[nt.to_raw(i) : nt.to_raw(i) + 4] == "46,9"


def test_nbsp_curly_quotes_and_crlf_become_plain_with_same_length() -> None:
    raw = "“Tổng”\u00a0thu\r\n1.040\u2009tỷ"
    nt = normalise(raw)
    assert nt.text == '"Tổng" thu\n\n1.040 tỷ'
    assert len(nt.text) == len(raw)


def test_lower_has_the_same_length_as_text() -> None:
    nt = normalise("ĐẠT İstanbul 5 KG")
    assert len(nt.lower) == len(nt.text)
    assert nt.lower.startswith("đạt")


def test_to_raw_past_the_end_is_the_raw_length() -> None:
    raw = unicodedata.normalize("NFD", "ước đạt")
    nt = normalise(raw)
    assert nt.to_raw(len(nt.text)) == len(raw)


def test_a_figure_glued_to_the_word_before_is_set_apart_and_maps_back() -> None:
    raw = "Giá trị ước đạt16.743 tỷ đồng, diện tích 500 m2, chế tạotăng1,36%, dịch H5N1."
    nt = normalise(raw)
    assert "đạt 16.743" in nt.text
    assert "m2" in nt.text and "H5N1" in nt.text and "tạotăng1,36" in nt.text
    digit = nt.text.index("16.743")
    assert nt.to_raw(digit) == raw.index("16.743")
    assert nt.to_raw(nt.text.index("tỷ")) == raw.index("tỷ")


def test_a_glued_figure_in_decomposed_text_maps_back_too() -> None:
    raw = unicodedata.normalize("NFD", "Sản lượng đạt16.743 tấn")
    nt = normalise(raw)
    assert nt.text == "Sản lượng đạt 16.743 tấn"
    assert raw[nt.to_raw(nt.text.index("16.743")) :].startswith("16.743")
