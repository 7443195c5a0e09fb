"""The Alembic migrations, run one by one (Store.migrate creates an empty database's tables at once)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text

from ktxh.store.db import MIGRATIONS_DIR, Store, make_engine
from ktxh.store.schema import Base, OrgUnit


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def migrate(engine: Engine, action: str, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_0002_adds_and_drops_the_org_unit_alias_table(engine: Engine, db_url: str) -> None:
    migrate(engine, "upgrade", "0001")
    assert "org_unit" in tables(engine) and "org_unit_alias" not in tables(engine)
    with engine.begin() as conn:  # a store of 0001 with a unit in it
        conn.execute(text("INSERT INTO org_unit (code, name, level) VALUES ('79', 'Hồ Chí Minh', 'province')"))
    migrate(engine, "upgrade", "head")
    assert "org_unit_alias" in tables(engine)
    store = Store(db_url)
    try:
        store.init()  # migrated already; loads the catalog with its aliases
        with store.reading() as session:
            hcm = session.scalar(select(OrgUnit).where(OrgUnit.code == "79"))
            assert hcm is not None and "TPHCM" in hcm.aliases
    finally:
        store.dispose()
    migrate(engine, "downgrade", "0001")
    assert "org_unit_alias" not in tables(engine) and "org_unit" in tables(engine)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM org_unit WHERE code = '79'")) == 1
    migrate(engine, "upgrade", "head")
    assert "org_unit_alias" in tables(engine)


def test_the_migrations_give_the_schema_of_the_tables(engine: Engine) -> None:
    migrate(engine, "upgrade", "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
