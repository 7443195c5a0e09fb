"""Opening the store: the one place that knows the database dialect.

`Store(url)` opens (and on first use creates) the database; `store.init()` brings
the schema to the newest migration and loads the catalog. Every write goes through
`store.transaction()`, so a failure leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ktxh.errors import StoreError
from ktxh.settings import database_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get their folder created, WAL and foreign keys."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of `table` in the connection's transaction (every row has the same keys).

    PostgreSQL takes them by COPY: a multi-row INSERT of thousands of parameters takes psycopg
    longer to prepare than the server to run, and executemany sends one statement a row. SQLite
    runs executemany in-process, which is fast.
    """
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    from psycopg import sql

    columns = list(rows[0])
    name = sql.Identifier(table.schema, table.name) if table.schema else sql.Identifier(table.name)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(name, sql.SQL(", ").join(map(sql.Identifier, columns)))
    driver = conn.connection.driver_connection
    assert driver is not None
    lines = ("\t".join(_copy_text(row[c]) for c in columns) + "\n" for row in rows)
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        copy.write("".join(lines))  # one buffer: write_row a row costs as much as the server's work


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(value: Any) -> str:
    """A value in COPY's text format: NULL as \\N, dates ISO, backslash, tab and line ends escaped."""
    if value is None:
        return "\\N"
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text.translate(_COPY_ESCAPES)


class Store:
    """A handle on one database."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        try:
            self.engine = make_engine(self.url)
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"cannot open database {self.safe_url}: {exc}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision.

        An empty database gets the current tables at once and is stamped with the newest
        revision (what running every migration would give, in a fraction of the time); a
        database with tables is upgraded migration by migration.
        """
        from alembic import command
        from alembic.config import Config

        from ktxh.store.schema import Base

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection_url"] = self.url
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                if not inspect(conn).get_table_names():
                    Base.metadata.create_all(conn)
                    command.stamp(cfg, "head")
                else:
                    command.upgrade(cfg, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot migrate {self.safe_url}: {exc}") from exc

    def is_initialised(self) -> bool:
        return inspect(self.engine).has_table("observation")

    def init(self) -> dict[str, int]:
        """Create or migrate the schema and load the bundled catalog; returns counts loaded."""
        from ktxh.store.catalog import load_catalog

        self.migrate()
        with self.transaction() as session:
            return load_catalog(session)

    def ensure(self) -> Store:
        """Initialise on first use; cheap when the store is already there."""
        if not self.is_initialised():
            self.init()
        return self

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together or not at all."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
