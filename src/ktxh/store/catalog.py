"""The catalog: sections, indicators, org units and their changes, kept as data files.

The files live in data/catalog/*.yaml and are validated when loaded (known keys,
required keys, unique codes, references that exist, NFC text); an error names the
file and line. `load_catalog(session)` brings the database in line with the files
(insert or update by code; aliases learned from confirmed matches are kept).
`IndicatorMatcher` matches an indicator name as a report writes it to a catalog code
without a database.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ktxh.errors import CatalogError
from ktxh.settings import DATA_DIR
from ktxh.store.db import bulk_insert
from ktxh.store.folding import fold, fold_case, fold_words
from ktxh.store.schema import (
    INDICATOR_KINDS,
    ORG_LEVELS,
    Indicator,
    IndicatorAlias,
    OrgUnit,
    OrgUnitAlias,
    OrgUnitChange,
    Section,
)
from ktxh.store.vocab import neutral_match_phrases, optional_match_words, read_yaml

CATALOG_DIR = DATA_DIR / "catalog"

SECTION_KEYS = ({"code", "title"}, {"parent"})
INDICATOR_KEYS = (
    {"code", "name", "unit", "base_unit", "kind", "section"},
    {"aliases", "components", "official_code", "description"},
)
ORG_UNIT_KEYS = ({"code", "name", "level"}, {"parent", "valid_from", "valid_to", "note", "aliases"})
# a national list (org_units_*.yaml): lines "code | name | parent" sharing the level and dates
ORG_TABLE_KEYS = ({"level", "units"}, {"valid_from", "valid_to"})
ORG_TABLE_GLOB = "org_units_*.yaml"
CHANGE_KEYS = ({"from", "to", "date"}, {"weight", "kind", "note"})


@dataclass(frozen=True)
class Entry:
    """One validated entry of a catalog file, with where it was written."""

    data: dict[str, Any]
    where: str


@dataclass
class Catalog:
    sections: list[Entry] = field(default_factory=list)
    indicators: list[Entry] = field(default_factory=list)
    org_units: list[Entry] = field(default_factory=list)
    changes: list[Entry] = field(default_factory=list)


def _item_lines(raw: str) -> list[int]:
    """The line number of each item of the file's top list: the least indented "- " lines.

    Parsing with line marks in Python takes a second for the indicator file; libyaml
    without them takes a few milliseconds, and the items' lines are found from the text.
    """
    dash = re.compile(r"^( *)- ")
    found = [(len(m.group(1)), n) for n, line in enumerate(raw.splitlines(), 1) if (m := dash.match(line))]
    if not found:
        return []
    indent = min(i for i, _ in found)
    return [n for i, n in found if i == indent]


def _read_entries(path: Path, top_key: str, keys: tuple[set[str], set[str]]) -> list[Entry]:
    doc = read_yaml(path)  # syntax and NFC, with the file and line of an error
    if not isinstance(doc, dict) or not isinstance(doc.get(top_key), list):
        raise CatalogError(f"expected a list under '{top_key}:'", where=str(path))
    lines = _item_lines(path.read_text(encoding="utf-8"))
    required, optional = keys
    entries = []
    for index, item in enumerate(doc[top_key]):
        where = f"{path}:{lines[index]}" if index < len(lines) else f"{path}: item {index + 1}"
        if not isinstance(item, dict):
            raise CatalogError(f"each item of '{top_key}' must be a mapping", where=where)
        missing, unknown = required - set(item), set(item) - required - optional
        if missing or unknown:
            raise CatalogError(f"missing keys {sorted(missing)}, unknown keys {sorted(unknown)}", where=where)
        entries.append(Entry(item, where))
    return entries


def read_catalog(directory: Path = CATALOG_DIR) -> Catalog:
    """Read and validate every catalog file of `directory` (once a process while the files are unchanged)."""
    stamps = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(directory.glob("*.yaml")))
    return _read_catalog(directory, stamps)


@functools.lru_cache(maxsize=8)
def _read_catalog(directory: Path, _stamps: tuple[tuple[str, int], ...]) -> Catalog:
    cat = Catalog(
        sections=_read_entries(directory / "sections.yaml", "sections", SECTION_KEYS),
        indicators=_read_entries(directory / "indicators.yaml", "indicators", INDICATOR_KEYS),
        org_units=_read_entries(directory / "org_units.yaml", "org_units", ORG_UNIT_KEYS)
        + [e for path in sorted(directory.glob(ORG_TABLE_GLOB)) for e in _read_org_table(path)],
        changes=_optional_entries(directory / "org_unit_changes.yaml", "org_unit_changes", CHANGE_KEYS),
    )
    validate_catalog(cat)
    return cat


def _read_org_table(path: Path) -> list[Entry]:
    """The units of a national list: each line "code | name | parent" of its `units` text, with the
    file's level and dates.

    Thousands of units (every district before 2025, every commune after) as one block of text
    are one YAML node: read in milliseconds, where a mapping or a list a unit takes libyaml's
    Python constructor a good part of a second.
    """
    doc = read_yaml(path)
    required, optional = ORG_TABLE_KEYS
    keys = set(doc) if isinstance(doc, dict) else set()
    if required - keys or keys - required - optional or not isinstance(doc["units"], str):
        raise CatalogError(
            f"expected the keys {sorted(required)}, maybe {sorted(optional)}, and lines 'code | name | parent'"
            " under 'units: |'",
            where=str(path),
        )
    shared = {k: v for k, v in doc.items() if k != "units"}
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(n for n, line in enumerate(lines, 2) if line.startswith("units:"))
    entries = []
    for n, line in enumerate(doc["units"].splitlines(), first):
        row = [part.strip() for part in line.split("|")]
        if len(row) != 3 or not all(row):
            raise CatalogError("each line of units is 'code | name | parent'", where=f"{path}:{n}")
        entries.append(Entry({"code": row[0], "name": row[1], "parent": row[2], **shared}, f"{path}:{n}"))
    return entries


def _optional_entries(path: Path, top_key: str, keys: tuple[set[str], set[str]]) -> list[Entry]:
    return _read_entries(path, top_key, keys) if path.exists() else []


def validate_catalog(cat: Catalog) -> None:
    """References resolve, codes are unique, kinds and levels are known."""
    sections = _unique_codes(cat.sections, "section")
    indicators = _unique_codes(cat.indicators, "indicator")
    units = _unique_codes(cat.org_units, "org unit")
    for e in cat.sections:
        _must_exist(e, "parent", sections)
    for e in cat.indicators:
        _must_exist(e, "section", sections)
        if e.data["kind"] not in INDICATOR_KINDS:
            raise CatalogError(f"kind must be one of {INDICATOR_KINDS}, not {e.data['kind']!r}", where=e.where)
        for comp in e.data.get("components") or []:
            if comp not in indicators:
                raise CatalogError(f"component {comp!r} is not a catalog indicator", where=e.where)
    for e in cat.org_units:
        _must_exist(e, "parent", units)
        if e.data["level"] not in ORG_LEVELS:
            raise CatalogError(f"level must be one of {ORG_LEVELS}, not {e.data['level']!r}", where=e.where)
        _span(e)
    _names_apart_in_time(cat.org_units)
    for e in cat.changes:
        _must_exist(e, "from", units)
        _must_exist(e, "to", units)


def org_unit_aliases(entry: Entry) -> list[str]:
    """An org unit's `aliases`: a list of names, no two alike once folded."""
    aliases = entry.data.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and fold(a) for a in aliases):
        raise CatalogError("aliases must be a list of names", where=entry.where)
    keys = [fold(a) for a in aliases]
    if len(set(keys)) != len(keys):
        raise CatalogError(f"two aliases fold to the same name: {aliases}", where=entry.where)
    return aliases


def _span(entry: Entry) -> tuple[dt.date, dt.date]:
    start = _date(entry.data.get("valid_from"), entry.where) or dt.date.min
    end = _date(entry.data.get("valid_to"), entry.where) or dt.date.max
    if start > end:
        raise CatalogError(f"valid_from {start} is after valid_to {end}", where=entry.where)
    return start, end


def _names_apart_in_time(entries: list[Entry]) -> None:
    """Two units of one parent never share a name or alias while both exist, so a title's name, the
    province it names and its period tell one unit.

    Old and new Tây Ninh share the name, one to 30/6/2025 and one from 1/7/2025; "Huyện Châu
    Thành" is a district of ten provinces at once, told apart by the province. Names that differ
    only in diacritics are two names ("Xã Văn Lang" and "Xã Văn Lăng" of Thái Nguyên).
    """
    seen: dict[tuple[Any, str], list[Entry]] = {}
    for e in entries:
        # spelled alike (diacritics kept) is enough: folding thousands of names costs a good part of a second
        for key in {(e.data.get("parent"), fold_case(n)) for n in [e.data["name"], *org_unit_aliases(e)]}:
            for other in seen.get(key, []):
                if _overlap(_span(e), _span(other)):
                    raise CatalogError(
                        f"the name {fold(key[1])!r} is also that of {other.data['code']!r} ({other.where}) at the"
                        " same time",
                        where=e.where,
                    )
            seen.setdefault(key, []).append(e)


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _unique_codes(entries: list[Entry], what: str) -> set[str]:
    seen: set[str] = set()
    for e in entries:
        code = str(e.data["code"])
        if code in seen:
            raise CatalogError(f"duplicate {what} code {code!r}", where=e.where)
        seen.add(code)
    return seen


def _must_exist(entry: Entry, key: str, codes: set[str]) -> None:
    ref = entry.data.get(key)
    if ref is not None and str(ref) not in codes:
        raise CatalogError(f"{key} {ref!r} is not defined", where=entry.where)


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise CatalogError(f"not a date (YYYY-MM-DD): {value!r}", where=where) from exc


def load_catalog(session: Session, cat: Catalog | None = None) -> dict[str, int]:
    """Bring the database in line with the catalog files; returns how many of each were loaded."""
    cat = cat or read_catalog()
    _load_sections(session, cat.sections)
    _load_indicators(session, cat.indicators)
    _load_org_units(session, cat.org_units)
    _load_changes(session, cat.changes)
    return {
        "sections": len(cat.sections),
        "indicators": len(cat.indicators),
        "org_units": len(cat.org_units),
        "org_unit_changes": len(cat.changes),
    }


def _by_code(session: Session, model: Any) -> dict[str, Any]:
    return {row.code: row for row in session.scalars(select(model))}


def _load_sections(session: Session, entries: list[Entry]) -> None:
    existing = _by_code(session, Section)
    for order, e in enumerate(entries):
        row = existing.get(str(e.data["code"])) or Section(code=str(e.data["code"]))
        row.title = e.data["title"]
        row.parent_code = None if e.data.get("parent") is None else str(e.data["parent"])
        row.sort_order = order
        session.add(row)


def _load_indicators(session: Session, entries: list[Entry]) -> None:
    existing = _by_code(session, Indicator)
    rows = []
    for order, e in enumerate(entries):
        d = e.data
        row = existing.get(d["code"]) or Indicator(code=d["code"])
        row.name, row.unit, row.base_unit, row.kind = d["name"], d["unit"], d["base_unit"], d["kind"]
        row.section_code = str(d["section"])
        row.components = list(d.get("components") or [])
        row.official_code = None if d.get("official_code") is None else str(d["official_code"])
        row.description = d.get("description")
        row.sort_order, row.status = order, "catalogued"
        session.add(row)
        rows.append((row, [d["name"], *(d.get("aliases") or [])]))
    session.flush()
    aliases: dict[int, list[IndicatorAlias]] = {}
    for alias in session.scalars(select(IndicatorAlias)):
        aliases.setdefault(alias.indicator_id, []).append(alias)
    for row, names in rows:
        _sync_catalog_aliases(session, row, names, aliases.get(row.id, []))


def _sync_catalog_aliases(
    session: Session, indicator: Indicator, names: Iterable[str], rows: list[IndicatorAlias]
) -> None:
    wanted = {fold(n): n for n in names}
    have = {r.key: r for r in rows}
    for r in rows:
        if r.origin == "catalog" and r.key not in wanted:
            session.delete(r)
    for key, name in wanted.items():
        if key not in have:
            session.add(IndicatorAlias(indicator_id=indicator.id, alias=name, key=key, origin="catalog"))


def _load_org_units(session: Session, entries: list[Entry]) -> None:
    """Insert the new units and update the changed ones, in bulk: the national lists hold thousands,
    and one ORM object or one UPDATE each made `ktxh init` (and every test store) slow."""
    conn = session.connection()  # Core statements: the ORM's bulk paths cost as much again
    have = {row.code: row for row in conn.execute(select(*_ORG_UNIT_COLUMNS, OrgUnit.id))}
    ids = {code: row.id for code, row in have.items()}
    parents = {str(e.data["code"]): e.data.get("parent") for e in entries}
    _insert_org_units(session, [e for e in entries if str(e.data["code"]) not in have], parents, ids)
    changed = []
    for e in entries:
        row, old = _org_unit_row(e, parents, ids), have.get(str(e.data["code"]))
        if old is not None and any(getattr(old, key) != value for key, value in row.items()):
            changed.append({"id": old.id, **row})
    if changed:
        session.execute(update(OrgUnit), changed)  # a few rows at most: by primary key
    _load_org_unit_aliases(session, entries, ids)


def _insert_org_units(session: Session, entries: list[Entry], parents: dict[str, Any], ids: dict[str, int]) -> None:
    """Insert new units a level at a time, each after its parent, so each row is written once with its parent."""
    conn, pending = session.connection(), entries
    while pending:
        ready = [e for e in pending if parents[str(e.data["code"])] is None or str(parents[str(e.data["code"])]) in ids]
        if not ready:
            raise CatalogError("the parents of these units form a cycle", where=pending[0].where)
        bulk_insert(
            conn, OrgUnit.metadata.tables[OrgUnit.__tablename__], [_org_unit_row(e, parents, ids) for e in ready]
        )
        ids.update({code: id_ for code, id_ in conn.execute(select(OrgUnit.code, OrgUnit.id))})
        pending = [e for e in pending if str(e.data["code"]) not in ids]


_ORG_UNIT_COLUMNS = (OrgUnit.code, OrgUnit.name, OrgUnit.level, OrgUnit.parent_id, OrgUnit.valid_from, OrgUnit.valid_to)


def _org_unit_row(e: Entry, parents: dict[str, Any], ids: dict[str, int]) -> dict[str, Any]:
    d = e.data
    parent = parents[str(d["code"])]
    return {
        "code": str(d["code"]),
        "name": d["name"],
        "level": d["level"],
        "parent_id": None if parent is None else ids[str(parent)],
        "valid_from": _date(d.get("valid_from"), e.where),
        "valid_to": _date(d.get("valid_to"), e.where),
    }


def _load_org_unit_aliases(session: Session, entries: list[Entry], ids: dict[str, int]) -> None:
    """Each unit's alias rows become the catalog's list (all org unit aliases come from the catalog)."""
    have: dict[int, list[str]] = {}
    conn = session.connection()
    for unit_id, alias in conn.execute(select(OrgUnitAlias.org_unit_id, OrgUnitAlias.alias).order_by(OrgUnitAlias.id)):
        have.setdefault(unit_id, []).append(alias)
    stale, fresh = [], []
    for e in entries:
        unit_id, aliases = ids[str(e.data["code"])], org_unit_aliases(e)
        if have.get(unit_id, []) != aliases:
            stale.append(unit_id)
            fresh += [{"org_unit_id": unit_id, "alias": a, "key": fold(a)} for a in aliases]
    # the old rows go first: an alias written another way keeps its key
    if stale:
        conn.execute(delete(OrgUnitAlias).where(OrgUnitAlias.org_unit_id.in_(stale)))
    if fresh:
        conn.execute(insert(OrgUnitAlias), fresh)  # a few dozen rows


def _load_changes(session: Session, entries: list[Entry]) -> None:
    ids = {code: id_ for code, id_ in session.connection().execute(select(OrgUnit.code, OrgUnit.id))}
    session.execute(delete(OrgUnitChange))
    for e in entries:
        d = e.data
        change_date = _date(d["date"], e.where)
        assert change_date is not None
        session.add(
            OrgUnitChange(
                from_id=ids[str(d["from"])],
                to_id=ids[str(d["to"])],
                date=change_date,
                weight=float(d.get("weight", 1.0)),
                kind=d.get("kind", "merge"),
                note=d.get("note"),
            )
        )


@dataclass(frozen=True)
class MatchCandidate:
    code: str
    section: str | None
    key: str
    words: frozenset[str]
    base_unit: str | None = None


def _drop_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[str]:
    """`words` without each whole-word occurrence of one of `phrases` (longest first)."""
    kept: list[str] = []
    i = 0
    while i < len(words):
        hit = next((p for p in phrases if tuple(words[i : i + len(p)]) == p), None)
        if hit is None:
            kept.append(words[i])
            i += 1
        else:
            i += len(hit)
    return kept


def core_words(name: str) -> frozenset[str]:
    """The folded words that tell an indicator: the name without the neutral phrases (data/vocab/matching.yaml)
    a report adds to it ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh")."""
    return frozenset(fold(" ".join(_drop_phrases(fold_case(name).split(), neutral_match_phrases()))).split())


def units_agree(a: str | None, b: str | None) -> bool:
    """Bare units agree when one's words begin the other's ("hộ" and "hộ gia đình"); a missing unit agrees."""
    wa, wb = fold(a or "").split(), fold(b or "").split()
    if not wa or not wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[: len(short)] == short


class IndicatorMatcher:
    """Match an indicator name to a catalog code: exact folded name first, then words.

    Folding makes the match tolerant of diacritics and case; comparing word sets makes it
    tolerant of word order. A catalog name qualifies when every one of its words stands in
    the name as written (words a report often leaves out, like "tổng", excepted: see
    data/vocab/matching.yaml) and they make up most of it, so "Giá trị sản xuất nông
    nghiệp" never matches "Giá trị sản xuất công nghiệp". When a unit is given, only
    candidates whose base unit agrees qualify; the closest section breaks ties.
    """

    MIN_PRECISION = 0.6
    MIN_DICE = 0.6
    MIN_MARGIN = 0.1

    def __init__(self, candidates: Iterable[MatchCandidate]) -> None:
        self.candidates = list(candidates)
        self.exact: dict[str, list[MatchCandidate]] = {}
        for c in self.candidates:
            self.exact.setdefault(c.key, []).append(c)

    @classmethod
    @functools.cache
    def from_catalog(cls) -> IndicatorMatcher:
        return cls.from_entries(read_catalog().indicators)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> IndicatorMatcher:
        cands = []
        for e in entries:
            d = e.data
            for name in [d["name"], *(d.get("aliases") or [])]:
                cands.append(MatchCandidate(d["code"], str(d["section"]), fold(name), fold_words(name), d["base_unit"]))
        return cls(cands)

    @classmethod
    def from_session(cls, session: Session) -> IndicatorMatcher:
        rows = session.execute(
            select(IndicatorAlias.key, Indicator.code, Indicator.section_code, Indicator.base_unit).join(
                Indicator, Indicator.id == IndicatorAlias.indicator_id
            )
        )
        return cls(
            MatchCandidate(code, section, key, frozenset(key.split()), unit) for key, code, section, unit in rows
        )

    def match(self, name: str, section_code: str | None = None, unit: str | None = None) -> str | None:
        key = fold(name)
        if not key:
            return None
        exact = [c for c in self.exact.get(key, []) if unit is None or units_agree(unit, c.base_unit)]
        if exact:
            return self._prefer_section(exact, section_code).code
        words, core = frozenset(key.split()), core_words(name)
        if not core:
            return None
        best: tuple[float, int, MatchCandidate] | None = None
        for c in self.candidates:
            own_section = section_code is not None and section_code == c.section
            score = self._score(words, core, c.words, within_section=own_section)
            if score is None or (unit is not None and not units_agree(unit, c.base_unit)):
                continue
            rank = (score, section_affinity(section_code, c.section))
            if best is None or rank > best[:2]:
                best = (*rank, c)
        if best is not None:
            return best[2].code
        return self._close_name(words, section_code, unit)

    def _close_name(self, words: frozenset[str], section_code: str | None, unit: str | None) -> str | None:
        """The one catalog name close to the written one (Dice of words >= MIN_DICE), clear of the next.

        A second tier for names a report shortens ("Số con gia súc chữa khỏi" for "Số con
        gia súc mắc bệnh được chữa khỏi": every written word stands in the catalog's name).
        It answers only inside the
        figure's own section of the report (so "Giá trị sản xuất nông nghiệp" in a text of
        unknown layout never becomes the industrial output) and when one indicator stands
        out by MIN_MARGIN.
        """
        if section_code is None:
            return None
        scores: dict[str, float] = {}
        for c in self.candidates:
            if unit is not None and not units_agree(unit, c.base_unit):
                continue
            if c.section != section_code or not words <= c.words:
                continue
            dice = 2 * len(words & c.words) / (len(words) + len(c.words))
            scores[c.code] = max(scores.get(c.code, 0.0), dice)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < self.MIN_DICE:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < self.MIN_MARGIN:
            return None
        return ranked[0][0]

    def _score(
        self, words: frozenset[str], core: frozenset[str], candidate: frozenset[str], within_section: bool = False
    ) -> float | None:
        """The share of the written name that the catalog name covers, or None when it does not qualify.

        Every word of the catalog's name must be among the written `words` (but the optional ones).
        Every written word must be the catalog's too (or optional), but those of the neutral
        phrases a report adds (`core` is the name without them): a word more is most often
        a part or a kind of the indicator ("Tỷ lệ hộ cận nghèo", "Kim ngạch xuất khẩu thép", "Sản
        lượng thủy sản khai thác"), not the indicator. Only inside the catalog name's own section
        of a report laid out as the catalog is (`within_section`) may the written name carry other
        words, a few (the name covers MIN_PRECISION of it): the section tells what a longer
        wording is about.
        """
        if not words or not candidate:
            return None
        optional, min_required = optional_match_words()
        required = candidate - optional
        if len(required) < min_required:
            required = candidate
        if not required <= words or not (within_section or core - candidate <= optional):
            return None
        written = words if within_section else core  # the neutral phrases are no part of the name
        precision = len(written & candidate) / len(written)
        return precision if precision >= self.MIN_PRECISION else None

    @staticmethod
    def _prefer_section(cands: list[MatchCandidate], section_code: str | None) -> MatchCandidate:
        return max(cands, key=lambda c: section_affinity(section_code, c.section))


def section_affinity(a: str | None, b: str | None) -> int:
    """How many levels two section codes share: "1.1.a" and "1.1.b" share 2."""
    if not a or not b:
        return 0
    shared = 0
    for x, y in zip(a.split("."), b.split("."), strict=False):
        if x != y:
            break
        shared += 1
    return shared
