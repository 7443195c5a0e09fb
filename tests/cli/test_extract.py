"""`ktxh extract`: the facts format on stdout, in three shapes; one clear line for a bad file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ktxh.cli import app

runner = CliRunner()
TEXT = "Tổng sản lượng lương thực có hạt ước đạt 83.992 tấn, bằng 51% kế hoạch. Diện tích lúa 24.603 ha.\n"


def _report(tmp_path: Path, name: str = "r.txt") -> Path:
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_jsonl_is_the_default(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_report(tmp_path))])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["offset"] for r in rows] == [TEXT.index("83.992"), TEXT.index("24.603")]
    assert rows[0]["comparisons"] == [{"type": "pct_of", "base": "plan", "value": 51}]
    assert "rules" not in rows[0]


def test_json_with_explain_names_rules_and_sentence(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_report(tmp_path)), "--format", "json", "--explain"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert "comparison:pct_of" in rows[0]["rules"]
    assert rows[0]["sentence"].startswith("Tổng sản lượng")


def test_several_files_each_row_names_its_source(tmp_path: Path) -> None:
    a, b = _report(tmp_path, "a.txt"), _report(tmp_path, "b.txt")
    result = runner.invoke(app, ["extract", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["source"] for line in result.output.splitlines()} == {str(a), str(b)}


def test_table_shows_indicator_and_value(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_report(tmp_path)), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "83992" in result.output and "tấn" in result.output


def test_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
    assert "none.txt: no such file" in result.output
    assert "Traceback" not in result.output
