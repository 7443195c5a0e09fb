"""Fixtures shared by the whole suite.

`store` is a fresh, initialised store (schema migrated, catalog loaded), once on
SQLite and once on PostgreSQL when KTXH_TEST_POSTGRES_URL names a server: each
PostgreSQL test gets a schema of its own, dropped afterwards. `.ci/run` sets the
URL, so CI runs every store test on both databases.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ktxh.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "corpus" / "laichau-2012-9t.txt"
SEED_GOLD = SHARED / "corpus" / "laichau-2012-9t.facts.jsonl"
POSTGRES_URL = os.environ.get("KTXH_TEST_POSTGRES_URL")
OUTPUT_DIR = ROOT / "test-output"

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _postgres_schema_url(base_url: str, schema: str) -> str:
    url = make_url(base_url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@contextmanager
def empty_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database on `backend` ("sqlite" or "postgres"), removed afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite'}"
        return
    if not POSTGRES_URL:
        pytest.skip("KTXH_TEST_POSTGRES_URL is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_postgres_schema_url(POSTGRES_URL, "public"))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _postgres_schema_url(POSTGRES_URL, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database, on SQLite and on PostgreSQL."""
    with empty_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def initialised_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file initialised once a session; SQLite tests start from a copy of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    template = Store(f"sqlite:///{path}")
    template.init()
    with template.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    template.dispose()
    return path


@pytest.fixture
def store(db_url: str, initialised_sqlite_template: Path) -> Iterator[Store]:
    """An initialised store (schema and catalog), on SQLite and on PostgreSQL."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        shutil.copyfile(initialised_sqlite_template, url.database)
        s = Store(db_url)
    else:
        s = Store(db_url)
        s.init()
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture
def seed_store(store: Store) -> Store:
    """The store with the bundled Lai Châu nine-month 2012 figures loaded."""
    from ktxh.store.load import load_bundled

    load_bundled(store)
    return store


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_TEXT


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture
def output_dir(request: pytest.FixtureRequest) -> Path:
    """A folder under test-output/ for files a test wants a person to look at (screenshots, reports)."""
    path = OUTPUT_DIR / request.node.name.replace("/", "_")
    path.mkdir(parents=True, exist_ok=True)
    return path
