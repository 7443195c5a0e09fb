"""The JSON API: routes in routes.py, the pydantic schemas it answers with in schemas.py."""

from __future__ import annotations

from ktxh.web.api.routes import router

__all__ = ["router"]
