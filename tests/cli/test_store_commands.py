import pytest
from typer.testing import CliRunner

from ktxh.cli import app
from ktxh.store.load import BUNDLED_FIGURES

runner = CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite'}"


def test_init_reports_what_it_loaded(db):
    result = runner.invoke(app, ["init", "--db", db])
    assert result.exit_code == 0, result.output
    assert "indicators" in result.output and "sections" in result.output


def test_catalog_search_ignores_diacritics(db):
    result = runner.invoke(app, ["catalog", "san luong", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Sản lượng" in result.output or "sản lượng" in result.output


def test_load_twice_is_idempotent(db):
    first = runner.invoke(app, ["load", str(BUNDLED_FIGURES), "--db", db])
    second = runner.invoke(app, ["load", "--db", db])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert " 0 already stored" in first.output
    assert " 0 observations added" in second.output


def test_a_bad_file_is_one_line_with_file_and_line_and_exit_1(db, tmp_path):
    bad = tmp_path / "bad.csv"
    lines = BUNDLED_FIGURES.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("org_unit")] = "nowhere"
    bad.write_text("\n".join([lines[0], ",".join(cells)]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["load", str(bad), "--db", db])
    assert result.exit_code == 1
    assert f"{bad}:2: unknown org unit 'nowhere'" in result.output.replace("\n", "")
    assert "Traceback" not in result.output


def test_demo_builds_the_store_and_prints_what_it_did(db, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["demo", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "laichau-2012-9t.csv" in result.output
    written = {p.suffix for p in out.iterdir()}
    assert {".txt", ".md", ".html", ".docx", ".pdf", ".json"} <= written
    assert all(p.stat().st_size > 0 for p in out.iterdir())


def test_init_loads_the_national_lists_of_districts_and_communes(db):
    result = runner.invoke(app, ["init", "--db", db])
    assert result.exit_code == 0, result.output
    assert "4088 org units" in result.output  # 117 of org_units.yaml, 688 districts, 3,283 communes


def test_ingest_of_a_district_report_picks_the_district_or_lists_the_candidates(db, tmp_path):
    report = tmp_path / "chau-thanh.txt"
    body = "\n\nSản lượng lúa đạt 250.000 tấn.\n"
    report.write_text("Báo cáo tình hình kinh tế - xã hội huyện Châu Thành năm 2018" + body, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(report), "--db", db])
    assert result.exit_code == 1
    output = " ".join(result.output.split())
    assert "Huyện Châu Thành (821, Tiền Giang)" in output and "give --org-unit CODE" in output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["ingest", str(report), "--org-unit", "821", "--db", db])
    assert result.exit_code == 0, result.output
    assert "821, năm 2018: new document" in " ".join(result.output.split())
    named = tmp_path / "chau-thanh-ben-tre.txt"
    title = "Báo cáo tình hình kinh tế - xã hội huyện Châu Thành, tỉnh Bến Tre năm 2018"
    named.write_text(title + body, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(named), "--db", db])
    assert result.exit_code == 0, result.output
    assert "831, năm 2018: new document" in " ".join(result.output.split())
