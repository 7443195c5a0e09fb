"""The page cache: computed once per key and store version, recomputed after a write."""

from __future__ import annotations

from tests.web.conftest import Seeded

from ktxh.store.schema import Document
from ktxh.web.cache import VersionedCache, store_version


def test_value_is_computed_once_while_the_store_is_unchanged(web_store: Seeded) -> None:
    cache = VersionedCache(recheck=0)
    calls: list[int] = []
    with web_store.store.reading() as session:
        first = cache.get(session, "k", lambda: calls.append(1) or len(calls))
        second = cache.get(session, "k", lambda: calls.append(1) or len(calls))
    assert first == second == 1 and len(calls) == 1


def test_a_write_changes_the_version_and_the_value(web_store: Seeded) -> None:
    cache = VersionedCache(recheck=0)
    with web_store.store.reading() as session:
        before = store_version(session)
        cache.get(session, "k", lambda: "old")
    with web_store.store.transaction() as session:
        session.add(Document(title="x", text="y"))
    with web_store.store.reading() as session:
        assert store_version(session) != before
        assert cache.get(session, "k", lambda: "new") == "new"


def test_clear_forgets_entries(web_store: Seeded) -> None:
    cache = VersionedCache(recheck=60)
    with web_store.store.reading() as session:
        cache.get(session, "k", lambda: "old")
        cache.clear()
        assert cache.get(session, "k", lambda: "new") == "new"


def test_least_recently_used_entries_are_dropped(web_store: Seeded) -> None:
    cache = VersionedCache(size=2)
    with web_store.store.reading() as session:
        for key in ("a", "b", "c"):
            cache.get(session, key, lambda k=key: k)  # type: ignore[misc]
        assert cache.get(session, "a", lambda: "again") == "again"
        assert cache.get(session, "c", lambda: "again") == "c"


def test_peek_finds_only_what_was_computed(web_store: Seeded) -> None:
    cache = VersionedCache()
    assert cache.peek(web_store.store, "k") is None
    with web_store.store.reading() as session:
        cache.get(session, "k", lambda: "page")
    assert cache.peek(web_store.store, "k") == "page"
    cache.clear()
    assert cache.peek(web_store.store, "k") is None
