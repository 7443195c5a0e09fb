"""The portal driven as a user would: Debian's Chromium through Playwright, on a live server.

The app runs under uvicorn in a thread on a free loopback port, over a store with
the bundled Lai Châu figures and the small report of conftest.py. Each test saves a
screenshot under test-output/ (fixture output_dir) for a person to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright
from tests.web.conftest import RICE, seed

from ktxh.store.db import Store
from ktxh.store.load import load_bundled
from ktxh.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # Chromium refuses to run as root with its sandbox
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--no-first-run",
]
UPLOAD = (
    "BÁO CÁO Tình hình kinh tế - xã hội 9 tháng đầu năm 2012 tỉnh Lai Châu"
    " <img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>\n"
    "Sản lượng lúa ước đạt 37.070 tấn, bằng 32% kế hoạch. Diện tích chè trồng mới 136 ha.\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'portal.sqlite'}")
    store.init()
    seed(store)
    load_bundled(store)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "Debian's chromium package is needed (scripts/apt-packages.txt)"
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab; any request off the loopback is refused and fails the test (the portal
    must work with no internet: no CDN, no fonts or scripts from elsewhere)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    external: list[str] = []

    def guard(route: Route) -> None:
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    p = context.new_page()
    yield p
    context.close()
    assert external == [], f"the page fetched from outside: {external}"


def shot(page: Page, output_dir: Path, name: str) -> None:
    path = output_dir / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000


def test_dashboard(page: Page, live_url: str, output_dir: Path) -> None:
    page.goto(live_url + "/")
    expect(page.locator("h1")).to_contain_text("Lai Châu")
    cards = page.locator("article.card")
    assert cards.count() > 10
    rice = page.locator(f'article.card[data-indicator="{RICE}"]')
    expect(rice.locator(".value")).to_contain_text("37.070")
    expect(rice.locator(".progress .bar")).to_be_visible()
    expect(page.locator("a.findings-link")).to_contain_text("phát hiện")
    shot(page, output_dir, "dashboard")


def test_follow_an_indicator(page: Page, live_url: str, output_dir: Path) -> None:
    page.goto(live_url + "/")
    page.locator(f'article.card[data-indicator="{RICE}"] h3 a').click()
    page.wait_for_url(f"**/indicators/{RICE}?**")
    expect(page.locator("h1")).to_have_text("Sản lượng lúa")
    expect(page.locator("#chart .main-svg").first).to_be_visible()  # plotly drew the chart, offline
    expect(page.locator("blockquote.sentence mark").first).to_have_text("37.070")
    shot(page, output_dir, "indicator")
    page.emulate_media(media="print")
    expect(page.locator("header.site")).to_be_hidden()
    shot(page, output_dir, "indicator-print")


def test_open_a_report(page: Page, live_url: str, output_dir: Path) -> None:
    page.goto(live_url + "/reports")
    expect(page.locator("h1")).to_have_text("Các báo cáo đã đăng")
    page.locator("table.reports a").first.click()
    page.wait_for_url("**/reports/*")
    expect(page.locator("article.report h1")).to_contain_text("BÁO CÁO")
    for fmt in ("docx", "pdf", "txt"):
        expect(page.locator(f'a[href$="/download/{fmt}"]')).to_be_visible()
    with page.expect_download() as download:
        page.locator('a[href$="/download/txt"]').click()
    assert "37.070" in Path(download.value.path()).read_text(encoding="utf-8")
    shot(page, output_dir, "report")


def test_search_without_diacritics(page: Page, live_url: str, output_dir: Path) -> None:
    page.goto(live_url + "/")
    page.locator('header form.search input[name="q"]').fill("san luong lua")
    page.locator("header form.search button").click()
    page.wait_for_url("**/search?q=*")
    hit = page.locator(f'ul.indicators a[href="/indicators/{RICE}"]')
    expect(hit).to_have_text("Sản lượng lúa")
    shot(page, output_dir, "search")


def test_upload_a_text_and_confirm_it(page: Page, live_url: str, output_dir: Path) -> None:
    page.goto(live_url + "/upload")
    page.locator('textarea[name="text"]').fill(UPLOAD)
    page.locator("form.upload button").click()
    expect(page.locator("h1")).to_contain_text("Xem trước")
    expect(page.locator("pre.uploaded-text")).to_contain_text("<script>")  # shown as text, not run
    assert page.title() != "pwned"
    assert int(page.locator(".facts-count").inner_text()) >= 2
    shot(page, output_dir, "upload-preview")
    page.locator("form.confirm button").click()
    page.wait_for_url("**/reports/*")
    assert page.title() != "pwned"
    page.goto(live_url + "/reports")
    expect(page.locator("table.reports")).to_contain_text("<img src=x")
    shot(page, output_dir, "upload-stored")


def test_checks_page_links_to_the_figures(page: Page, live_url: str, output_dir: Path) -> None:
    page.goto(live_url + "/")
    page.locator("a.findings-link").click()
    page.wait_for_url("**/checks?**")
    expect(page.locator("h1")).to_contain_text("Kiểm tra số liệu")
    findings = page.locator("li.finding")
    assert findings.count() > 0
    expect(findings.first.locator(".message")).not_to_be_empty()
    shot(page, output_dir, "checks")
    link = page.locator("li.finding .figures a").first
    target = link.get_attribute("href")
    assert target is not None
    link.click()
    page.wait_for_url("**/indicators/**")
    expect(page.locator(f"tr#obs-{target.rsplit('/', 1)[1]}")).to_be_visible()


def test_api_docs_work_offline(page: Page, live_url: str, output_dir: Path) -> None:
    page.goto(live_url + "/api/docs")
    expect(page.locator("#swagger-ui .opblock").first).to_be_visible(timeout=15000)
    expect(page.locator("#swagger-ui")).to_contain_text("/api/observations")
    shot(page, output_dir, "api-docs")
