import pytest

from ktxh.checks.registry import RULES, SEVERITIES, check, rules
from ktxh.errors import CheckError

# the rules issue 4 asks for
REQUIRED = {
    "parts_sum", "identity", "plan_share", "plan_parts", "growth_level", "growth_parts", "change_abs",
    "change_pp", "ratio_bounds", "share_range", "ytd_order", "outlier", "plan_wording",
}  # fmt: skip


def test_every_rule_of_the_issue_is_registered():
    assert {r.name for r in rules()} >= REQUIRED


def test_each_rule_has_a_known_severity_and_a_one_line_doc():
    for rule in rules():
        assert rule.severity in SEVERITIES
        assert rule.doc and "\n" not in rule.doc and len(rule.doc) <= 120
        assert rule.needs in ("batch", "store")


def test_contradictions_are_errors_and_doubts_warnings():
    rules()
    assert RULES["parts_sum"].severity == "error"
    assert RULES["outlier"].severity == "warning"


def test_a_rule_registered_twice_is_refused():
    rules()
    with pytest.raises(CheckError, match="parts_sum"):
        check("parts_sum", "error", "again")(lambda batch: [])


def test_an_unknown_severity_is_refused():
    with pytest.raises(CheckError, match="fatal"):
        check("new_rule", "fatal", "doc")
