import pytest

from ktxh.checks.words import has_phrase, load_words, split_unit
from ktxh.errors import CheckError


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("nghìn tấn", (1000.0, "tấn")),
        ("tỷ đồng", (1e9, "đồng")),
        ("triệu USD", (1e6, "usd")),
        ("ha", (1.0, "ha")),
        ("nghìn lượt người.km", (1000.0, "lượt người.km")),
        (None, (1.0, "")),
    ],
)
def test_split_unit(unit, expected):
    assert split_unit(unit) == expected


def test_a_magnitude_word_alone_is_a_unit():
    # "tỷ" with nothing after it is not a magnitude of something
    assert split_unit("tỷ") == (1.0, "tỷ")


def test_share_words_are_found_as_whole_words():
    words = load_words()
    assert has_phrase("Tỷ lệ hộ nghèo", words.share_words)
    assert has_phrase("Công suất sử dụng giường bệnh toàn tỉnh", words.share_words)
    assert not has_phrase("Tổng số giáo viên", words.share_words)


def _write(tmp_path, body):
    path = tmp_path / "words.yaml"
    path.write_text(body, encoding="utf-8")
    load_words.cache_clear()
    return path


GOOD = (
    "magnitudes: {nghìn: 1000}\npart_markers: [a]\nplan_words: [b]\nshare_words: [c]\n"
    "ambiguous_plan: [d]\npercent_units: ['%']\n"
)


def test_a_valid_file_loads(tmp_path):
    words = load_words(_write(tmp_path, GOOD))
    assert words.magnitudes == {"nghìn": 1000.0} and words.part_markers == ("a",)


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        (GOOD + "colours: [x]\n", "unknown keys"),
        (GOOD.replace("[a]", "[a, A]"), "duplicate"),
        (GOOD.replace("{nghìn: 1000}", "{nghìn: -1}"), "positive"),
        (GOOD.replace("[b]", '["ke\u0302"]'), "NFC"),
        (GOOD.replace("[c]", "c"), "list"),
    ],
)
def test_a_bad_file_is_named_with_its_key(tmp_path, body, complaint):
    path = _write(tmp_path, body)
    with pytest.raises(CheckError, match=complaint) as info:
        load_words(path)
    assert str(path) in str(info.value)
