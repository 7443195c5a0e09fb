"""First run: an empty database is initialised and filled with the bundled figures, once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from ktxh.store.schema import Observation
from ktxh.web.setup import ingest_bundled_reports, is_empty, prepare_store


def test_empty_store_is_built_from_the_bundled_data(tmp_path: Path) -> None:
    first = prepare_store(f"sqlite:///{tmp_path / 'ktxh.sqlite'}")
    assert first.built and first.loaded_figures > 100
    assert not is_empty(first.store)
    with first.store.reading() as session:
        count = session.scalar(select(func.count()).select_from(Observation))
    first.store.dispose()
    again = prepare_store(f"sqlite:///{tmp_path / 'ktxh.sqlite'}")
    assert not again.built
    with again.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Observation)) == count
    again.store.dispose()


def test_bundled_reports_are_ingested_once(tmp_path: Path, seed_text: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "laichau-2012-9t.txt").write_text(seed_text, encoding="utf-8")
    prepared = prepare_store(f"sqlite:///{tmp_path / 'ktxh.sqlite'}")
    assert [p.name for p in ingest_bundled_reports(prepared.store, folder)] == ["laichau-2012-9t.txt"]
    assert ingest_bundled_reports(prepared.store, folder) == []
    assert ingest_bundled_reports(prepared.store, tmp_path / "none") == []
    prepared.store.dispose()
