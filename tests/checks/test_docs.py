from tests.conftest import ROOT

from ktxh.checks.docs import rules_markdown
from ktxh.checks.registry import rules

PAGE = ROOT / "docs" / "checks.md"


def test_every_rule_has_a_row():
    page = rules_markdown()
    for rule in rules():
        assert f"| `{rule.name}` | {rule.severity} |" in page


def test_docs_checks_md_is_up_to_date():
    assert PAGE.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/checks.md is stale: run `python -m ktxh.checks.docs > docs/checks.md`"
    )
