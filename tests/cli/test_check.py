import json

import pytest
from tests.conftest import SEED_GOLD, SEED_TEXT
from typer.testing import CliRunner

from ktxh.cli import app

runner = CliRunner()
COTTON = [1695, 1767, 1806]


def invoke(*args):
    return runner.invoke(app, ["check", *map(str, args)])


def test_json_lists_the_findings_of_a_report_checked_against_its_facts():
    result = invoke(SEED_TEXT, "--facts", SEED_GOLD, "--format", "json")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    errors = [f for f in findings if f["severity"] == "error"]
    assert [f["offsets"] for f in errors] == [COTTON]
    assert {"rule", "severity", "message", "offsets", "expected", "actual"} <= set(errors[0])
    assert "283 + 788 = 1.071 ha" in errors[0]["message"]


def test_a_report_is_extracted_then_checked():
    result = invoke(SEED_TEXT, "--format", "json")
    assert result.exit_code == 0, result.output
    assert COTTON in [f["offsets"] for f in json.loads(result.output) if f["severity"] == "error"]


def test_the_table_groups_by_section_and_quotes_the_sentence():
    result = invoke(SEED_TEXT, "--facts", SEED_GOLD)
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "Về Nông nghiệp" in flat and "Sản xuất lâm nghiệp" in flat
    assert "“Cây ngắn ngày" in flat


def test_a_clean_report_exits_0_with_no_error(tmp_path):
    report = tmp_path / "clean.txt"
    report.write_text("Diện tích cây bông 1.071 ha (trong đó: dự án 283 ha, dân tự trồng 788 ha).\n", encoding="utf-8")
    result = invoke(report, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [f for f in json.loads(result.output) if f["severity"] == "error"] == []


@pytest.mark.parametrize("missing", ["report", "facts"])
def test_an_unreadable_input_is_one_line_naming_it_and_exit_1(tmp_path, missing):
    report = tmp_path / "report.txt"
    if missing == "facts":
        report.write_text("Diện tích 10 ha.", encoding="utf-8")
    args = [report, "--facts", tmp_path / "none.jsonl"] if missing == "facts" else [report]
    result = invoke(*args)
    assert result.exit_code == 1
    assert "error:" in result.output and ("none.jsonl" if missing == "facts" else "report.txt") in result.output


def test_a_bad_facts_line_is_named_by_file_and_line(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text('{"offset": 0, "indicator": "A", "value": 1, "unit": "ha"}\n{"value": 2}\n', encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("1 ha", encoding="utf-8")
    result = invoke(report, "--facts", facts)
    assert result.exit_code == 1 and "facts.jsonl:2" in result.output


def test_the_store_is_checked_with_db(tmp_path):
    db = f"sqlite:///{tmp_path / 'check.sqlite'}"
    assert runner.invoke(app, ["load", "--db", db]).exit_code == 0
    result = invoke("--db", db, "--org-unit", "12", "--format", "json")
    assert result.exit_code == 0, result.output
    errors = [f for f in json.loads(result.output) if f["severity"] == "error"]
    assert [f["offsets"] for f in errors] == [COTTON] and len(errors[0]["observation_ids"]) == 3


@pytest.mark.parametrize(("option", "value"), [("--org-unit", "99999"), ("--period", "năm 1890")])
def test_an_unknown_org_unit_or_period_is_one_line_and_exit_1(tmp_path, option, value):
    db = f"sqlite:///{tmp_path / 'check.sqlite'}"
    result = invoke("--db", db, option, value)
    assert result.exit_code == 1
    assert "error:" in result.output and value in result.output
