"""Getting a store ready to serve: on first run, build the embedded database from the bundled data.

`prepare_store(url)` initialises an empty database, loads the bundled Lai Châu figures
and ingests the bundled report texts (data/reports/*.txt, when ktxh ships any), so
that `ktxh serve` with no arguments shows a working portal. A store that already
holds observations is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from ktxh.settings import DATA_DIR
from ktxh.store.db import Store
from ktxh.store.schema import Document, Observation

BUNDLED_REPORTS = DATA_DIR / "reports"


@dataclass
class Prepared:
    """The store, and what was done to it on this start (nothing when it was ready)."""

    store: Store
    loaded_figures: int = 0
    ingested: list[Path] = field(default_factory=list)

    @property
    def built(self) -> bool:
        return bool(self.loaded_figures or self.ingested)


def is_empty(store: Store) -> bool:
    with store.reading() as session:
        return not session.scalar(select(func.count()).select_from(Observation))


def prepare_store(url: str | None = None) -> Prepared:
    """The store at `url`, initialised and, when empty, filled with the bundled data."""
    store = Store(url).ensure()
    prepared = Prepared(store)
    if is_empty(store):
        from ktxh.store.load import load_bundled

        prepared.loaded_figures = load_bundled(store).added
        prepared.ingested = ingest_bundled_reports(store)
    return prepared


def ingest_bundled_reports(store: Store, folder: Path = BUNDLED_REPORTS) -> list[Path]:
    """Ingest each bundled report text not yet stored; returns the files ingested."""
    from ktxh.store.ingest import ingest_file

    with store.reading() as session:
        known = set(session.scalars(select(Document.source_path)))
    done = []
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        if str(path) not in known:
            ingest_file(store, path)
            done.append(path)
    return done
