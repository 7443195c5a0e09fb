"""The FastAPI application: pages, API, static files, and errors turned into one shape.

`create_app(store_url)` opens the store (initialising an empty database) and wires the
routers. Plotly's JavaScript and Swagger UI's files are served from the installed
plotly and swagger-ui-py packages, so the portal works with no internet and
nothing third-party is copied into static/.
"""

from __future__ import annotations

import logging
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import plotly
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ktxh.errors import KtxhError, NotFoundError, StoreError
from ktxh.store.db import Store
from ktxh.web import fmt
from ktxh.web.cache import VersionedCache

WEB_DIR = Path(__file__).resolve().parent
PLOTLY_JS = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
# Swagger UI 5 as the swagger-ui-py package ships it (found without importing its web-framework glue)
SWAGGER_UI_DIR = Path(next(iter(find_spec("swagger_ui").submodule_search_locations or []))) / "static"  # type: ignore[union-attr]
log = logging.getLogger(__name__)


def create_app(store_url: str | None = None, *, store: Store | None = None) -> FastAPI:
    """The portal on the database at `store_url` (default: settings.database_url())."""
    from ktxh.web.api import router as api_router
    from ktxh.web.pages import router as pages_router

    app = FastAPI(
        title="ktxh",
        summary="Socio-economic indicators of a province: series, reports, check findings",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,  # served below from the swagger-ui-py package, not from a CDN
        redoc_url=None,
    )
    app.state.store = (store or Store(store_url)).ensure()
    app.state.templates = templates()
    app.state.cache = VersionedCache()
    app.add_api_route("/vendor/plotly.min.js", plotly_js, include_in_schema=False)
    app.add_api_route("/api/docs", api_docs, include_in_schema=False)
    app.mount("/vendor/swagger-ui", StaticFiles(directory=SWAGGER_UI_DIR), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)
    add_error_handlers(app)
    return app


def templates() -> Jinja2Templates:
    """Jinja2 templates with autoescaping on and the Vietnamese formatting filters."""
    tpl = Jinja2Templates(directory=WEB_DIR / "templates")
    tpl.env.filters.update(fmt.FILTERS)
    tpl.env.globals["value_kinds"] = fmt.value_kind_labels()
    return tpl


def plotly_js() -> FileResponse:
    return FileResponse(PLOTLY_JS, media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})


def api_docs() -> HTMLResponse:
    """The interactive API docs (Swagger UI), its files from the installed swagger-ui-py."""
    return get_swagger_ui_html(
        openapi_url="/api/openapi.json",
        title="ktxh API",
        swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/vendor/swagger-ui/favicon-32x32.png",
    )


def status_of(exc: KtxhError) -> int:
    """The HTTP status of a library error: unknown things 404, an unusable store 503, bad input 422."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, StoreError):
        return 503
    return 422


def add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KtxhError)
    async def ktxh_error(request: Request, exc: KtxhError) -> Response:
        return error_response(request, status_of(exc), str(exc), [])

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        details = [validation_message(e) for e in exc.errors()]
        return error_response(request, 422, "invalid request: " + "; ".join(details), details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail), [])

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, f"internal error: {type(exc).__name__}", [])


def validation_message(error: dict[str, Any]) -> str:
    """'query.limit: Input should be less than or equal to 1000'."""
    where = ".".join(str(p) for p in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}"


def error_response(request: Request, status: int, message: str, details: list[str]) -> Response:
    """JSON in the one error shape under /api/, an error page elsewhere."""
    if request.url.path.startswith("/api/"):
        body = {"ok": False, "status": status, "error": message, "errors": details or [message]}
        return JSONResponse(body, status_code=status)
    tpl: Jinja2Templates = request.app.state.templates
    page = tpl.get_template("error.html").render(request=request, status=status, message=message)
    return HTMLResponse(page, status_code=status)
