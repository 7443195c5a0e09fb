"""Request dependencies: the store the app was created with, a read session per request, the cache."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from ktxh.store.db import Store
from ktxh.web.cache import VersionedCache


async def get_store(request: Request) -> Store:
    """(async: a plain attribute read need not cost a trip to the thread pool)"""
    store: Store = request.app.state.store
    return store


def get_session(request: Request) -> Iterator[Session]:
    store: Store = request.app.state.store
    with store.reading() as session:
        yield session


async def get_cache(request: Request) -> VersionedCache:
    cache: VersionedCache = request.app.state.cache
    return cache


StoreDep = Annotated[Store, Depends(get_store)]
SessionDep = Annotated[Session, Depends(get_session)]
CacheDep = Annotated[VersionedCache, Depends(get_cache)]
