"""Catalog identities found among a document's figures: a total and all its components
(data/catalog/indicators.yaml, `components`), named exactly as the catalog names them.
"""

from __future__ import annotations

from ktxh.checks.figures import Figure
from ktxh.errors import CatalogError
from ktxh.store.catalog import IndicatorMatcher, read_catalog
from ktxh.store.folding import fold


def catalog_identities(figures: list[Figure]) -> list[tuple[Figure, list[Figure]]]:
    """Catalog identities whose total and components are all among the figures."""
    catalog = _catalog()
    if catalog is None:
        return []
    matcher, components = catalog
    by_code: dict[str, Figure] = {}
    for fig in figures:
        code = None if fig.is_plan or fig.value is None else _exact_code(matcher, fig.indicator)
        if code:
            by_code.setdefault(code, fig)
    out = []
    for code, fig in by_code.items():
        comps = components.get(code) or []
        if comps and all(c in by_code for c in comps):
            out.append((fig, [by_code[c] for c in comps]))
    return out


def _exact_code(matcher: IndicatorMatcher, name: str) -> str | None:
    """The code whose name or alias is this name (diacritics and case aside).

    Only exact names: an identity is exhaustive, so a near match ("Thuế sản phẩm" taken for
    the GRDP total) would turn a list of unrelated figures into a false error.
    """
    found = matcher.exact.get(fold(name))
    return found[0].code if found else None


def _catalog() -> tuple[IndicatorMatcher, dict[str, list[str]]] | None:
    """The indicator matcher and identities of the catalog (read once a process), or None without one."""
    try:
        entries = read_catalog().indicators
    except CatalogError:
        return None
    components = {str(e.data["code"]): list(e.data.get("components") or []) for e in entries}
    return IndicatorMatcher.from_catalog(), components
