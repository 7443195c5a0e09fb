"""Where things live: the database URL and data directories."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def home_dir() -> Path:
    """The folder for the embedded database and generated outputs (KTXH_HOME, default ./ktxh-data)."""
    return Path(os.environ.get("KTXH_HOME", "ktxh-data")).resolve()


def database_url(explicit: str | None = None) -> str:
    """The database to use: --db, else KTXH_DATABASE_URL, else an SQLite file under home_dir()."""
    if explicit:
        return explicit
    env = os.environ.get("KTXH_DATABASE_URL")
    if env:
        return env
    return f"sqlite:///{home_dir() / 'ktxh.sqlite'}"
