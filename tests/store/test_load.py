import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ktxh.errors import LoadError
from ktxh.store import queries
from ktxh.store.load import BUNDLED_FIGURES, load_bundled, load_figures
from ktxh.store.schema import Observation, StatedComparison


def count(store, model) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def bundled_rows() -> list[dict[str, str]]:
    with BUNDLED_FIGURES.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_bundled_figures_load_every_row(store):
    result = load_bundled(store)
    assert result.rows == len(bundled_rows()) > 200
    assert result.added == result.rows and result.unchanged == 0
    assert count(store, Observation) == result.rows


def test_loading_twice_changes_nothing(store):
    load_bundled(store)
    observations, comparisons = count(store, Observation), count(store, StatedComparison)
    again = load_bundled(store)
    assert again.added == 0 and again.unchanged == again.rows
    assert (count(store, Observation), count(store, StatedComparison)) == (observations, comparisons)


def test_values_are_scaled_to_the_base_unit(seed_store):
    rows = bundled_rows()
    scaled = [r for r in rows if r["unit"].startswith(("nghìn ", "triệu ")) and r["value"]]
    assert scaled, "the seed states figures in nghìn/triệu"
    row = scaled[0]
    factor = 1000.0 if row["unit"].startswith("nghìn ") else 1e6
    with seed_store.reading() as session:
        stored = queries.current_observations(session, indicator_code=row["indicator_code"], period_label=None)
    assert any(abs((o.value or 0) - float(row["value"]) * factor) < 1e-6 * factor for o in stored)


def test_stated_comparisons_are_kept_as_stated(seed_store):
    rows = bundled_rows()
    with_plan = next(r for r in rows if r.get("pct_of:plan"))
    with seed_store.reading() as session:
        stored = queries.current_observations(session, indicator_code=with_plan["indicator_code"])
    comps = {(c.type, c.base, c.value) for o in stored for c in o.comparisons}
    assert ("pct_of", "plan", float(with_plan["pct_of:plan"])) in comps


def test_a_malformed_row_is_rejected_with_file_and_line_and_nothing_is_stored(store, tmp_path):
    rows = bundled_rows()
    rows[5]["value"] = "12,5"  # a decimal comma where the file format wants a point
    path = write_rows(tmp_path / "bad.csv", rows)
    with pytest.raises(LoadError) as info:
        load_figures(store, path)
    assert f"bad.csv:{5 + 2}" in str(info.value) and "not a number" in str(info.value)
    assert count(store, Observation) == 0


def test_an_unknown_indicator_names_the_line(store, tmp_path):
    rows = bundled_rows()[:3]
    rows[2]["indicator_code"] = "khong.co.ma.nay"
    with pytest.raises(LoadError, match=r"bad\.csv:4: unknown indicator code 'khong.co.ma.nay'"):
        load_figures(store, write_rows(tmp_path / "bad.csv", rows))


def test_a_failed_load_leaves_earlier_data_as_it_was(seed_store, tmp_path):
    before = count(seed_store, Observation)
    rows = bundled_rows()
    rows[0]["value"] = str(float(rows[0]["value"] or 1) * 2)  # a revision that would be stored ...
    rows[-1]["org_unit"] = "999"  # ... were it not for a bad last row
    with pytest.raises(LoadError, match="unknown org unit '999'"):
        load_figures(seed_store, write_rows(tmp_path / "revised.csv", rows))
    assert count(seed_store, Observation) == before


def test_a_revised_figure_adds_a_row_and_becomes_current(seed_store, tmp_path):
    rows = [r for r in bundled_rows() if r["value"]][:1]
    original = rows[0]["value"]
    rows[0]["value"] = str(float(original) + 1)
    result = load_figures(seed_store, write_rows(tmp_path / "revised.csv", rows))
    assert result.added == 1
    with seed_store.reading() as session:
        current = queries.current_observations(
            session, indicator_code=rows[0]["indicator_code"], org_unit_code=rows[0]["org_unit"]
        )
        kinds = [o for o in current if o.value_kind == rows[0]["value_kind"] and o.period_label]
        history = queries.observation_history(session, kinds[0].id)
    assert kinds[0].value_written == rows[0]["value"]
    assert [h.value_written for h in history] == [original, rows[0]["value"]]


def test_duplicate_keys_in_one_file_are_refused(store, tmp_path):
    rows = bundled_rows()[:2]
    rows[1] = dict(rows[0])
    with pytest.raises(LoadError, match=r"dup\.csv:3: the same indicator.*as line 2"):
        load_figures(store, write_rows(tmp_path / "dup.csv", rows))


def test_unknown_column_and_missing_file(store, tmp_path):
    rows = [dict(bundled_rows()[0], **{"pct:kehoach": "5"})]
    with pytest.raises(LoadError, match=r"cols\.csv:1: unknown column 'pct:kehoach'"):
        load_figures(store, write_rows(tmp_path / "cols.csv", rows))
    with pytest.raises(LoadError, match="no such file"):
        load_figures(store, tmp_path / "missing.csv")


def test_xlsx_with_the_same_columns_loads_the_same(store, tmp_path):
    from openpyxl import Workbook

    rows = bundled_rows()[:10]
    book = Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for r in rows:
        sheet.append([float(v) if k == "value" and v else v for k, v in r.items()])
    book.save(tmp_path / "figures.xlsx")
    result = load_figures(store, tmp_path / "figures.xlsx")
    assert result.added == 10


def test_current_observations_of_periods_ending_between_two_dates(seed_store):
    import datetime as dt

    with seed_store.reading() as session:
        every = queries.current_observations(session, org_unit_code="12")
        september = queries.current_observations(
            session, org_unit_code="12", period_end_between=(dt.date(2012, 9, 30), dt.date(2012, 9, 30))
        )
    assert september and len(september) < len(every)
    assert {r.period_end for r in september} == {dt.date(2012, 9, 30)}
