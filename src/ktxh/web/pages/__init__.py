"""The server-rendered pages (Jinja2 templates in web/templates/, Vietnamese interface)."""

from __future__ import annotations

from ktxh.web.pages.routes import router

__all__ = ["router"]
