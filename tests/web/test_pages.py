"""The HTML pages, read as a client would: status, the figures shown, links, downloads, escaping."""

from __future__ import annotations

import csv
import io
import re
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from tests.web.conftest import GRAIN, P2012, PROVINCE, RICE, Seeded

from ktxh.web import services

UPLOAD = (
    "BÁO CÁO Tình hình kinh tế - xã hội 9 tháng đầu năm 2012 tỉnh Lai Châu <script>alert('x')</script>\n"
    "Sản lượng lúa ước đạt 37.070 tấn, bằng 32% kế hoạch.\n"
)


def test_dashboard_shows_cards_with_vietnamese_numbers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="vi">' in page.text
    assert f'data-indicator="{RICE}"' in page.text and f'data-indicator="{GRAIN}"' in page.text
    assert "37.070" in page.text and "83.992" in page.text
    assert "▲" in page.text
    assert re.search(r'class="progress pace-behind"', page.text)


def test_dashboard_links_to_the_findings(client: TestClient) -> None:
    page = client.get("/", params={"org": PROVINCE, "period": P2012}).text
    assert f'href="/checks?org={PROVINCE}&amp;period={quote(P2012)}"' in page


def test_dashboard_of_an_unknown_period_is_a_404_page(client: TestClient) -> None:
    page = client.get("/", params={"period": "quý IX năm 1900"})
    assert page.status_code == 404
    assert "text/html" in page.headers["content-type"]
    assert "quý IX năm 1900" in page.text


def test_indicator_page_has_chart_table_and_highlighted_source(client: TestClient, web_store: Seeded) -> None:
    page = client.get(f"/indicators/{RICE}").text
    assert '<script src="/vendor/plotly.min.js">' in page
    assert 'id="chart"' in page
    assert f'id="obs-{web_store.rice_2012_id}"' in page
    assert "<mark>37.070</mark>" in page
    assert "kế hoạch" in page and "ước" in page


def test_plotly_is_served_from_the_installed_package(client: TestClient) -> None:
    js = client.get("/vendor/plotly.min.js")
    assert js.status_code == 200
    assert b"plotly" in js.content[:2000].lower()


def test_observation_link_goes_to_its_indicator_row(client: TestClient, web_store: Seeded) -> None:
    r = client.get(f"/observations/{web_store.rice_2012_id}", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == f"/indicators/{RICE}?org={PROVINCE}#obs-{web_store.rice_2012_id}"


def test_report_archive_and_report_page(client: TestClient, web_store: Seeded) -> None:
    archive = client.get("/reports").text
    assert "Các báo cáo đã đăng" in archive
    assert f'href="/reports/{web_store.document_id}"' in archive
    report = client.get(f"/reports/{web_store.document_id}").text
    for fmt in ("docx", "pdf", "txt"):
        assert f"/reports/{web_store.document_id}/download/{fmt}" in report
    assert "37.070" in report


def test_report_downloads(client: TestClient, web_store: Seeded) -> None:
    base = f"/reports/{web_store.document_id}/download"
    txt = client.get(f"{base}/txt")
    assert txt.status_code == 200 and "37.070" in txt.text
    assert client.get(f"{base}/docx").content[:2] == b"PK"
    assert client.get(f"{base}/exe").status_code == 404


def test_print_view_is_the_writers_html(client: TestClient, web_store: Seeded) -> None:
    page = client.get(f"/reports/{web_store.document_id}/print")
    assert page.status_code == 200 and "37.070" in page.text
    assert "/vendor/plotly.min.js" not in page.text


def test_checks_page(client: TestClient) -> None:
    page = client.get("/checks")
    assert page.status_code == 200
    assert "Kiểm tra số liệu" in page.text


def test_search_without_diacritics(client: TestClient) -> None:
    page = client.get("/search", params={"q": "san luong lua"}).text
    assert f'href="/indicators/{RICE}"' in page
    assert "Sản lượng lúa" in page


def test_tables_download_as_csv_and_xlsx(client: TestClient) -> None:
    rows = list(csv.reader(io.StringIO(client.get(f"/tables/indicator.csv?code={RICE}").text.lstrip("\ufeff"))))
    assert len(rows) == 4
    assert any("37070" in cell for row in rows for cell in row)
    book = load_workbook(io.BytesIO(client.get("/tables/dashboard.xlsx").content))
    assert book.active is not None and book.active.max_row == 3
    assert client.get("/tables/nothing.csv").status_code == 404
    assert client.get("/tables/reports.pdf").status_code == 404


def test_upload_preview_escapes_the_text_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/documents").json()
    page = client.post("/upload", data={"text": UPLOAD})
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page.text
    assert client.get("/api/documents").json() == before


def test_uploaded_file_is_previewed(client: TestClient) -> None:
    page = client.post("/upload", files={"file": ("bc.txt", UPLOAD.encode(), "text/plain")})
    assert page.status_code == 200
    assert 'class="matched-count">1<' in page.text


def test_upload_of_a_wrong_file_is_a_clear_error(client: TestClient) -> None:
    page = client.post("/upload", files={"file": ("bc.pdf", b"%PDF", "application/pdf")})
    assert page.status_code == 422
    assert "bc.pdf" in page.text


def test_confirm_stores_the_report(client: TestClient) -> None:
    r = client.post(
        "/upload/confirm", data={"text": UPLOAD.replace("\n", "\r\n"), "source": "bc.txt"}, follow_redirects=False
    )
    assert r.status_code == 303
    doc_id = int(r.headers["location"].rsplit("/", 1)[1])
    stored = client.get(f"/api/documents/{doc_id}").json()
    assert stored["text"] == UPLOAD
    assert "&lt;script&gt;" in client.get("/reports").text


def test_upload_without_a_title_takes_the_unit_and_period_chosen(client: TestClient) -> None:
    text = "Sản lượng lúa ước đạt 37.070 tấn, bằng 32% kế hoạch."
    assert client.post("/upload", data={"text": text}).status_code == 422
    page = client.post("/upload", data={"text": text, "org": PROVINCE, "period": P2012})
    assert page.status_code == 200
    assert f'name="org" value="{PROVINCE}"' in page.text
    r = client.post("/upload/confirm", data={"text": text, "org": PROVINCE, "period": P2012}, follow_redirects=False)
    assert r.status_code == 303
    stored = client.get(r.headers["location"].replace("/reports/", "/api/documents/")).json()
    assert stored["period_label"] == P2012 and stored["org_unit_code"] == PROVINCE


def test_archive_offers_the_reports_ktxh_can_write(client: TestClient) -> None:
    archive = client.get("/reports").text
    link = f"/report?org={PROVINCE}&amp;period={quote(P2012)}"
    assert link in archive
    page = client.get(link.replace("&amp;", "&"))
    assert page.status_code == 200 and "37.070" in page.text
    assert f"/report/download/docx?org={PROVINCE}" in page.text
    assert client.get(f"/report/download/txt?org={PROVINCE}&period={quote(P2012)}").status_code == 200
    assert client.get(f"/report/print?org={PROVINCE}&period={quote(P2012)}").status_code == 200
    assert client.get("/report", params={"org": "none"}).status_code == 404


def test_home_and_the_same_page_named_in_full_are_built_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str | None, str | None]] = []
    real = services.dashboard

    def counted(session: Any, org: str | None = None, period: str | None = None) -> services.Dashboard:
        calls.append((org, period))
        return real(session, org, period)

    monkeypatch.setattr(services, "dashboard", counted)
    home = client.get("/").text
    named = client.get("/", params={"org": PROVINCE, "period": P2012}).text
    assert named == home
    assert calls == [(PROVINCE, P2012)]


def test_warm_up_builds_the_home_page_ahead(app: Any, client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from ktxh.web.pages.routes import warm_up

    warm_up(app)
    monkeypatch.setattr(services, "dashboard", lambda *a, **k: pytest.fail("built again"))
    assert client.get("/").status_code == 200


def test_warm_up_of_an_empty_store_does_nothing(store: Any) -> None:
    from ktxh.web import create_app
    from ktxh.web.pages.routes import warm_up

    app = create_app(store=store)
    warm_up(app)
    assert app.state.cache.peek(store, ("dashboard.html", None, None)) is None


def test_a_docx_report_is_read_and_previewed(client: TestClient) -> None:
    from docx import Document

    doc = Document()
    for line in UPLOAD.splitlines():
        doc.add_paragraph(line)
    data = io.BytesIO()
    doc.save(data)
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    page = client.post("/upload", files={"file": ("bc.docx", data.getvalue(), mime)})
    assert page.status_code == 200
    assert 'class="matched-count">1<' in page.text
    assert 'name="source" value="bc.docx"' in page.text
