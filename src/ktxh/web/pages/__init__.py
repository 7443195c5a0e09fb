"""The server-rendered pages (Jinja2 templates in web/templates/, Vietnamese interface)."""

from __future__ import annotations

from fastapi import APIRouter

from ktxh.web.pages import reports, routes

router = APIRouter()
router.include_router(routes.router)
router.include_router(reports.router)

__all__ = ["router"]
