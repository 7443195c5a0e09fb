"""The application: errors mapped to one shape and status, plotly served from the package."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.web.conftest import Seeded

from ktxh.errors import InputError, KtxhError, NotFoundError, StoreError
from ktxh.web.app import PLOTLY_JS, SWAGGER_UI_DIR, status_of


@pytest.mark.parametrize(
    ("error", "status"),
    [(NotFoundError("x"), 404), (StoreError("x"), 503), (InputError("x"), 422), (KtxhError("x"), 422)],
)
def test_library_errors_map_to_a_status(error: KtxhError, status: int) -> None:
    assert status_of(error) == status


def test_vendored_files_come_from_installed_packages() -> None:
    assert "site-packages" in str(PLOTLY_JS) and PLOTLY_JS.is_file()
    assert (SWAGGER_UI_DIR / "swagger-ui-bundle.js").is_file()


def _with_failing_routes(app: FastAPI) -> TestClient:
    def bug() -> None:
        raise RuntimeError("a bug")

    def bad_input() -> None:
        raise InputError("cell B7 is not a number", where="so-lieu.xlsx")

    app.add_api_route("/api/bug", bug)
    app.add_api_route("/bug", bug)
    app.add_api_route("/api/bad", bad_input)
    return TestClient(app, raise_server_exceptions=False)


def test_an_unexpected_error_is_still_json_in_the_one_shape(app: FastAPI) -> None:
    client = _with_failing_routes(app)
    body = client.get("/api/bug").json()
    assert body == {
        "ok": False,
        "status": 500,
        "error": "internal error: RuntimeError",
        "errors": ["internal error: RuntimeError"],
    }
    page = client.get("/bug")
    assert page.status_code == 500 and "text/html" in page.headers["content-type"]


def test_a_library_error_names_what_and_where(app: FastAPI) -> None:
    body = _with_failing_routes(app).get("/api/bad").json()
    assert body["status"] == 422
    assert body["error"] == "so-lieu.xlsx: cell B7 is not a number"


def test_unknown_page_is_an_html_404(client: TestClient, web_store: Seeded) -> None:
    page = client.get("/khong-co-trang-nay")
    assert page.status_code == 404 and "Không tìm thấy" in page.text
    assert client.get("/api/khong-co").json()["status"] == 404
