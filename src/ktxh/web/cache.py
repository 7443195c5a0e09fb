"""A small cache of built pages' data, valid while the store's contents stay the same.

Building a report context (and running the checks on it) takes a good part of a
second; the dashboard, the report page and the checks page ask for the same one
again and again. Entries are keyed by what was asked and by the store's version:
the highest observation and document ids, which any load, ingest or revision
raises (the store only adds rows), so an entry is never served stale.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ktxh.store.schema import Document, Observation

T = TypeVar("T")


def store_version(session: Session) -> tuple[int, int, int]:
    """What changes whenever the store's figures or reports do (three index look-ups)."""
    obs = session.scalar(select(func.max(Observation.id))) or 0
    doc = session.scalar(select(func.max(Document.id))) or 0
    docs = session.scalar(select(func.count(Document.id))) or 0
    return obs, doc, docs


class VersionedCache:
    """Least-recently-used entries, each computed once per store version; thread-safe."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        """The value for `key` at the store's current version, computed by `compute` when missing."""
        full = (key, store_version(session))
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
        with self._lock:
            self._entries.clear()
