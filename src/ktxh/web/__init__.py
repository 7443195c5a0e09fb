"""The portal: server-rendered pages (pages/) and a JSON API (api/) over one set of services.

`create_app(store_url)` builds the FastAPI application; `ktxh serve` runs it with uvicorn.
"""

from __future__ import annotations

from ktxh.web.app import create_app

__all__ = ["create_app"]
