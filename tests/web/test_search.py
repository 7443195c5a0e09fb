"""Search ignores diacritics, case and word order, over indicators and reports."""

from __future__ import annotations

from tests.web.conftest import RICE, Seeded

from ktxh.web.search import matches, search, snippet


def test_query_without_diacritics_finds_the_indicator(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        result = search(session, "san luong lua")
    assert RICE in [h.code for h in result.indicators]


def test_case_and_word_order_do_not_matter(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        result = search(session, "LÚA sản")
    assert RICE in [h.code for h in result.indicators]


def test_reports_are_found_by_their_text(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        result = search(session, "luong thuc co hat")
    assert [h.id for h in result.reports] == [web_store.document_id]
    assert "lương thực có hạt" in result.reports[0].snippet


def test_nothing_matches_nonsense(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        result = search(session, "qwxz")
    assert result.indicators == () and result.reports == ()


def test_empty_query_finds_nothing(web_store: Seeded) -> None:
    with web_store.store.reading() as session:
        assert search(session, "  ").indicators == ()


def test_a_word_typed_partly_still_matches() -> None:
    assert matches(["luon"], "Sản lượng lúa")
    assert not matches(["uong"], "Sản lượng lúa")


def test_snippet_is_the_passage_around_the_word() -> None:
    text = "x" * 200 + " Sản lượng lúa " + "y" * 200
    out = snippet(text, "san", width=10)
    assert "Sản lượng" in out
    assert len(out) < 60
