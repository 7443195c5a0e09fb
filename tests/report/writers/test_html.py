import re
from html.parser import HTMLParser

from ktxh.report.context import ReportContext
from ktxh.report.writers.html import render_html


class _Spans(HTMLParser):
    """Collects the title of every element with an id "obs-N"."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: dict[int, str] = {}
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if (a.get("id") or "").startswith("obs-"):
            self.titles[int(a["id"][4:])] = a.get("title") or ""  # type: ignore[index]
        for key in ("src", "href"):
            if (a.get(key) or "").startswith(("http:", "https:", "//")):
                self.external.append(a[key] or "")


def test_every_figure_carries_its_observation_and_source(seed_context: ReportContext) -> None:
    parser = _Spans()
    parser.feed(render_html(seed_context))
    for fig in seed_context.figures():
        title = parser.titles[fig.provenance.observation_id]
        assert f"obs {fig.provenance.observation_id}" in title
        assert fig.provenance.source and fig.provenance.source in title


def test_the_page_is_standalone_and_printable(seed_context: ReportContext) -> None:
    page = render_html(seed_context)
    parser = _Spans()
    parser.feed(page)
    assert parser.external == []
    assert page.count('src="data:image/png;base64,') == len(seed_context.charts) >= 1
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", page)
    assert '<html lang="vi">' in page


def test_tables_have_the_seven_columns(seed_context: ReportContext) -> None:
    page = render_html(seed_context)
    tables = sum(1 for s in seed_context.sections if s.table is not None)
    assert page.count("<th>Chỉ tiêu</th>") == tables
    assert page.count("<th>% so với cùng kỳ</th>") == tables


def test_the_print_page_says_the_same_words_with_charts_by_name(seed_context: ReportContext) -> None:
    from ktxh.report.writers.html import render_print

    page = render_print(seed_context)
    assert "data:image/png" not in page.html and "<a href" not in page.html
    assert len(page.charts) == len(seed_context.charts) and all(
        png.startswith(b"\x89PNG") for png in page.charts.values()
    )
    assert all(f'src="{name}"' in page.html for name in page.charts)
    words = re.sub(r"<[^>]+>", "", render_html(seed_context)).split()
    assert re.sub(r"<[^>]+>", "", page.html).split() == words
