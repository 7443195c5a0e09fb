"""`ktxh report`: the thin command over build_report and render."""

from pathlib import Path

from docx import Document
from typer.testing import CliRunner

from ktxh.cli import app
from ktxh.store.db import Store

runner = CliRunner()


def test_with_no_options_it_prints_the_latest_report_as_text(seed_store: Store) -> None:
    result = runner.invoke(app, ["report", "--db", seed_store.url])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ỦY BAN NHÂN DÂN TỈNH")
    assert "1. Phát triển kinh tế" in result.stdout


def test_docx_to_a_file(seed_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.docx"
    result = runner.invoke(app, ["report", "--db", seed_store.url, "--format", "docx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert Document(str(out)).tables[0].rows[0].cells[0].paragraphs[0].text.startswith("ỦY BAN NHÂN DÂN")


def test_bad_input_is_one_line(seed_store: Store) -> None:
    result = runner.invoke(app, ["report", "--db", seed_store.url, "--org-unit", "XX"])
    assert result.exit_code == 1
    assert "no org unit 'XX'" in result.output
    result = runner.invoke(app, ["report", "--db", seed_store.url, "--format", "odt"])
    assert result.exit_code == 1
    assert "--format" in result.output and "Traceback" not in result.output
