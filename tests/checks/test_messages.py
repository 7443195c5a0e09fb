import re
from pathlib import Path

import pytest

import ktxh.checks as checks
from ktxh.checks.messages import approx, message_names, num, render
from ktxh.errors import CheckError

SOURCE = Path(checks.__file__).parent


def test_numbers_are_written_the_vietnamese_way():
    assert num(1062) == "1.062"
    assert num(46.9) == "46,9"
    assert num(2642620) == "2.642.620"
    assert num(-17.8) == "-17,8"


def test_derived_numbers_are_rounded_for_reading():
    assert approx(1488.3333) == "1.488,3"
    assert approx(0.66666) == "0,667"
    assert approx(0) == "0"


def test_the_issue_example_reads_as_written():
    text = render(
        "parts_exceed", name="Diện tích cây bông", whole=1062, unit="ha", terms=["283", "788"], total=1071, diff=9
    )
    assert text.startswith("Diện tích cây bông 1.062 ha khác tổng các phần 283 + 788 = 1.071 ha (chênh 9 ha)")


def test_every_template_the_code_renders_exists_and_every_template_is_used():
    rendered, literals = set(), set()
    for path in [*SOURCE.glob("*.py"), SOURCE.parents[0] / "cli" / "check.py"]:
        source = path.read_text(encoding="utf-8")
        rendered |= set(re.findall(r'render\(\s*"([a-z_]+)"', source))
        literals |= set(re.findall(r'"([a-z_]+)"', source))
    names = message_names()
    assert rendered - names == set()
    dynamic = {n for n in names if n.startswith("severity_")}  # rendered as f"severity_{...}"
    assert names - literals - dynamic == set()


def test_an_unknown_template_is_a_check_error():
    with pytest.raises(CheckError, match="no_such_message"):
        render("no_such_message")
