"""Search over indicators and reports that ignores diacritics and case.

"san luong lua" finds "Sản lượng lúa": the query and every name are folded by the
store's own folding (the one the catalog matcher uses), and a name matches when it
holds every folded word of the query, in any order.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.store.folding import fold
from ktxh.store.schema import Document, Indicator, IndicatorAlias

# a document's text is searched too, but only its start (titles and lead paragraphs)
TEXT_PREFIX = 20_000
MAX_HITS = 100


@dataclass(frozen=True)
class IndicatorHit:
    code: str
    name: str
    unit: str | None
    matched: str


@dataclass(frozen=True)
class ReportHit:
    id: int
    title: str
    snippet: str


@dataclass(frozen=True)
class SearchResult:
    query: str
    indicators: tuple[IndicatorHit, ...]
    reports: tuple[ReportHit, ...]


def matches(words: list[str], name: str) -> bool:
    """Every query word begins a word of the name ("luon" still finds "luong")."""
    names = fold(name).split()
    return all(any(n.startswith(w) for n in names) for w in words)


def search(session: Session, query: str) -> SearchResult:
    words = fold(query).split()
    if not words:
        return SearchResult(query, (), ())
    return SearchResult(query, tuple(search_indicators(session, words)), tuple(search_reports(session, words)))


def search_indicators(session: Session, words: list[str]) -> list[IndicatorHit]:
    """Indicators whose name or one of whose aliases holds every word."""
    aliases: dict[int, list[str]] = {}
    for ind_id, alias in session.execute(select(IndicatorAlias.indicator_id, IndicatorAlias.alias)):
        aliases.setdefault(ind_id, []).append(alias)
    hits = []
    for ind in session.scalars(select(Indicator).order_by(Indicator.sort_order, Indicator.id)):
        matched = next((n for n in [ind.name, *aliases.get(ind.id, [])] if matches(words, n)), None)
        if matched is not None:
            hits.append(IndicatorHit(ind.code, ind.name, ind.unit, matched))
        if len(hits) >= MAX_HITS:
            break
    return hits


def search_reports(session: Session, words: list[str]) -> list[ReportHit]:
    """Reports whose title or text holds every word, with the passage around the first."""
    hits = []
    for doc_id, title, text in session.execute(select(Document.id, Document.title, Document.text)):
        body = (text or "")[:TEXT_PREFIX]
        if matches(words, title) or matches(words, body):
            hits.append(ReportHit(doc_id, title, snippet(body, words[0])))
    return hits[:MAX_HITS]


def snippet(text: str, word: str, width: int = 80) -> str:
    """The passage of `text` around the first word that folds to `word` (folding keeps length
    for Vietnamese letters, so positions in the folded text are positions in the text)."""
    folded = fold_keep_length(text)
    at = folded.find(word)
    if at < 0:
        return text[: 2 * width].strip()
    return text[max(0, at - width) : at + len(word) + width].strip()


def fold_keep_length(text: str) -> str:
    """Fold letter by letter, so each character stays where it was."""
    return "".join((fold(ch) or " ")[:1] for ch in text)
