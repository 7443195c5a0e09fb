"""A small cache of built pages' data, valid while the store's contents stay the same.

Building a report context (and running the checks on it) takes a good part of a
second; the dashboard, the report page and the checks page ask for the same one
again and again. Entries are keyed by what was asked and by the store's version:
the highest observation and document ids, which any load, ingest or revision
raises (the store only adds rows), so an entry is never served stale.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ktxh.store.db import Store
from ktxh.store.schema import Document, Observation

T = TypeVar("T")


def store_version(session: Session) -> tuple[int, int, int]:
    """What changes whenever the store's figures or reports do (index look-ups, one round trip)."""
    row = session.execute(
        select(
            select(func.max(Observation.id)).scalar_subquery(),
            select(func.max(Document.id)).scalar_subquery(),
            select(func.count(Document.id)).scalar_subquery(),
        )
    ).one()
    return row[0] or 0, row[1] or 0, row[2] or 0


class VersionedCache:
    """Least-recently-used entries, each computed once per store version; thread-safe.

    The version is read at most every `recheck` seconds, so a busy page costs no query
    at all; writes made through the portal call `clear()`, and writes made elsewhere
    (the CLI) show within `recheck` seconds.
    """

    def __init__(self, size: int = 128, recheck: float = 0.5) -> None:
        self.size = size
        self.recheck = recheck
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._version: tuple[int, int, int] | None = None
        self._checked = 0.0

    def version(self, session: Session) -> tuple[int, int, int]:
        now = time.monotonic()
        if self._version is None or now - self._checked >= self.recheck:
            self._version, self._checked = store_version(session), now
        return self._version

    def peek(self, store: Store, key: Hashable) -> Any | None:
        """The value for `key` if it is there for the current version, else None. Opens a
        session only when the version is due a recheck, so a hit costs no database work."""
        if self._version is None or time.monotonic() - self._checked >= self.recheck:
            with store.reading() as session:
                self.version(session)
        with self._lock:
            return self._entries.get((key, self._version))

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        """The value for `key` at the store's current version, computed by `compute` when missing."""
        full = (key, self.version(session))
        with self._lock:
            if full in self._entries:
                self._entries.move_to_end(full)
                value: T = self._entries[full]
                return value
        value = compute()
        with self._lock:
            self._entries[full] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget everything (after a write through the portal)."""
        with self._lock:
            self._entries.clear()
            self._version = None
