"""Sentences end at line breaks and at a full stop before a capital; never inside "1.040"."""

from __future__ import annotations

from ktxh.text import inline_labels, split_clauses, split_sentences, unwrap


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_full_stop_before_a_capital_ends_a_sentence() -> None:
    text = "Sản lượng đạt 1.040 tấn. Diện tích 24.603 ha."
    assert _texts(text) == ["Sản lượng đạt 1.040 tấn.", "Diện tích 24.603 ha."]


def test_thousands_dot_and_lower_case_after_a_dot_do_not_end_a_sentence() -> None:
    text = "Đạt 2.642.620 triệu đồng. và tiếp tục"
    assert _texts(text) == [text]


def test_line_breaks_end_sentences_and_blank_lines_are_dropped() -> None:
    assert _texts("Một\n\n \nHai\r") == ["Một", "Hai"]


def test_clauses_split_at_commas_semicolons_colons_and_parentheses() -> None:
    text = "Chăn nuôi: đàn bò 10 con, đàn lợn 5 con (ước); gia cầm"
    sentence = split_sentences(text)[0]
    clauses = [text[c.start : c.end] for c in split_clauses(text, sentence)]
    assert clauses == ["Chăn nuôi", "đàn bò 10 con", "đàn lợn 5 con", "ước", "gia cầm"]


def test_a_full_stop_glued_to_the_next_sentence_ends_it() -> None:
    # text pasted from a page: no space after the mark, after a lower-case word or a percent
    text = "Thép tăng 15% so với năm trước.Cụ thể, xi măng tăng 11,5%...Một số ngành giảm 2%."
    assert _texts(text) == ["Thép tăng 15% so với năm trước.", "Cụ thể, xi măng tăng 11,5%.", "Một số ngành giảm 2%."]


def test_glued_marks_in_units_addresses_and_abbreviations_do_not_end_a_sentence() -> None:
    text = "Luân chuyển 17.499 nghìn Tấn.Km, tại Tp.Hồ Chí Minh và TP.HCM theo gso.gov.vn."
    assert _texts(text) == [text]


def test_an_abbreviation_before_a_sentence_going_on_in_lower_case_ends_it() -> None:
    # "KH." (kế hoạch) ends a sentence; "TP." before a name does not
    text = "Doanh thu đạt 34,9% KH. Nộp ngân sách đạt 3,2 tỷ đồng tại TP. Cần Thơ."
    assert _texts(text) == ["Doanh thu đạt 34,9% KH.", "Nộp ngân sách đạt 3,2 tỷ đồng tại TP. Cần Thơ."]


def test_short_capitalised_abbreviations_do_not_end_a_sentence() -> None:
    text = "Tại TP. Hồ Chí Minh, doanh thu đạt 120 tỷ đồng. Tại TX. Lai Châu đạt 5 tỷ đồng."
    assert _texts(text) == ["Tại TP. Hồ Chí Minh, doanh thu đạt 120 tỷ đồng.", "Tại TX. Lai Châu đạt 5 tỷ đồng."]


def test_a_place_name_ending_in_two_letters_ends_a_sentence_before_another_name() -> None:
    text = "Trụ sở mới đặt tại thị xã Hội An. Quảng Nam có 93 xã. Tại TP. Hồ Chí Minh có 102 phường."
    expected = ["Trụ sở mới đặt tại thị xã Hội An.", "Quảng Nam có 93 xã.", "Tại TP. Hồ Chí Minh có 102 phường."]
    assert _texts(text) == expected


def test_a_wrapped_line_does_not_end_a_sentence() -> None:
    # text taken out of a PDF: the line breaks where the page did, not where the sentence does
    assert _texts("giày dép thể\nthao tăng\n12,2%; máy phát điện tăng 65,8%.") == [
        "giày dép thể\nthao tăng\n12,2%; máy phát điện tăng 65,8%."
    ]


def test_a_line_break_before_a_capital_a_list_item_or_after_punctuation_ends_a_sentence() -> None:
    assert _texts("Trồng trọt\nChăn nuôi") == ["Trồng trọt", "Chăn nuôi"]
    assert _texts("Nông nghiệp\na) Trồng trọt: lúa 5 ha") == ["Nông nghiệp", "a) Trồng trọt: lúa 5 ha"]
    assert _texts("trong đó:\n- lúa 5 ha") == ["trong đó:", "- lúa 5 ha"]
    assert _texts("đạt 5 ha;\nngô 3 ha") == ["đạt 5 ha;", "ngô 3 ha"]


def test_a_line_wrapped_after_a_comma_does_not_end_a_sentence() -> None:
    assert _texts("đạt 658 ha,\nbằng 109,65% kế hoạch.") == ["đạt 658 ha,\nbằng 109,65% kế hoạch."]
    assert _texts("đạt 658 ha,\n- lúa 5 ha") == ["đạt 658 ha,", "- lúa 5 ha"]


def test_unwrap_makes_only_wrapping_line_breaks_spaces_keeping_the_length() -> None:
    text = "lúa đạt 320,3 nghìn\ntấn, tăng 8,77%; ngô 65,5\nnghìn tấn,\nbằng 98%.\nChăn nuôi\n- lợn 5 con"
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat == "lúa đạt 320,3 nghìn tấn, tăng 8,77%; ngô 65,5 nghìn tấn, bằng 98%.\nChăn nuôi\n- lợn 5 con"
    assert unwrap("no line breaks") == "no line breaks"


def test_inline_labels_makes_only_list_items_colons_spaces_keeping_the_length() -> None:
    text = "Trong đó: nông nghiệp tăng: 2,76%, Lâm nghiệp: 6,47%; Ngư nghiệp: 7,42%."
    flat = inline_labels(text)
    assert len(flat) == len(text)
    assert flat == "Trong đó: nông nghiệp tăng  2,76%, Lâm nghiệp  6,47%; Ngư nghiệp  7,42%."


def test_inline_labels_keeps_a_lines_own_label_a_time_and_a_long_clause() -> None:
    for text in (
        "- Bác sỹ: 1.082 người",  # the line's label: no separator before it
        "Khai mạc lúc 8:30",  # digits before the colon
        "Năm nay, tổng số doanh nghiệp đăng ký thành lập mới: 120",  # seven words after the comma
        "Kết quả: 12 xã đạt chuẩn",  # the sentence's own label
        "cà phê (lượng: 12,5%; trị giá: 30,2%)",  # aspects in parentheses
    ):
        assert inline_labels(text) == text
