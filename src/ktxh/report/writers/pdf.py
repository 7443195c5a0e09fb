"""The PDF report: the HTML report printed by WeasyPrint, so both show the same words and numbers.

WeasyPrint gets the lean print page (html.render_print) and a URL fetcher that
answers the charts' names from memory and refuses every other URL: the report
reaches for nothing outside itself.
"""

from __future__ import annotations

from typing import Any

from ktxh.errors import ReportError
from ktxh.report.context import ReportContext
from ktxh.report.writers.html import render_print

BASE_URL = "file:///ktxh-report/"  # names in the page resolve under it; nothing is read from there


def render_pdf(context: ReportContext) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as exc:  # Pango or HarfBuzz missing from the system
        raise ReportError(f"WeasyPrint cannot start (system libraries missing?): {exc}") from exc
    page = render_print(context)
    fetcher = _fetcher({BASE_URL + name: png for name, png in page.charts.items()})
    result = HTML(string=page.html, base_url=BASE_URL, url_fetcher=fetcher).write_pdf()
    if result is None:
        raise ReportError("WeasyPrint returned no PDF")
    return bytes(result)


def _fetcher(files: dict[str, bytes]) -> Any:
    """A WeasyPrint URL fetcher over `files` (URL -> PNG bytes)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class InMemory(URLFetcher):
        def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
            if url not in files:
                raise ReportError(f"the printed report asked for {url}, which it does not hold", where="pdf")
            return URLFetcherResponse(url, files[url], {"Content-Type": "image/png"})

    return InMemory(allowed_protocols=("file",))
