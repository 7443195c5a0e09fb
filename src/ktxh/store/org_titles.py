"""Which org unit a report's title names, at the report's period (docs/catalog.md, "Which unit a report is").

The catalog holds thousands of units, and names repeat: "Huyện Châu Thành" is a district of ten
provinces before 2025, "Xã Tân Tiến" a commune of seven after. A unit is named when its name or
an alias stands in the title as whole words, or, for a district or a commune, another type word
of its level before the rest of its name ("thị xã Lai Châu" for Thành phố Lai Châu). Words are
compared folded (no case, diacritics or punctuation), but words the title writes with
diacritics must carry the name's ("Quang năm" is not "Quảng Nam"; "Thanh Hoá" is "Thanh Hóa").
A name inside a longer name the title gives names nothing ("Quảng Ninh" in "huyện Quảng Ninh").
Of the units named that existed in the period, the most specific level wins; a province the
title also names keeps only the units inside it; then a unit named by its own name beats one
named with another type word, one spelled as the title spells it beats one the title writes
without diacritics, and one that existed at the period's end beats one that had ended. What is
left must be one unit, or the title is ambiguous and the error lists the candidates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.errors import KtxhError
from ktxh.store.folding import fold, fold_case
from ktxh.store.periods import PeriodSpec
from ktxh.store.schema import OrgUnit, OrgUnitAlias, OrgUnitChange, existed_during
from ktxh.store.vocab import org_unit_words

# the most specific level first; the country last, and only beside a national body's name
LEVEL_ORDER = {"commune": 0, "district": 1, "province": 2, "country": 3}
_MASK = "|"  # stands for each word of a phrase that names no unit ("kinh tế - xã hội")


class TitleUnitError(KtxhError):
    """A title that names no unit of its period, or several."""


@dataclass(frozen=True)
class Unit:
    """An org unit as the title matching needs it (read with one query, not as ORM objects)."""

    id: int
    code: str
    name: str
    level: str
    parent_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    def valid_during(self, start: dt.date, end: dt.date) -> bool:
        return existed_during(self.valid_from, self.valid_to, start, end)


@dataclass(frozen=True)
class Named:
    """A unit the title names: where (word spans), by its own name or not, spelled as the title spells it."""

    unit: Unit
    spans: tuple[tuple[int, int], ...]
    own: bool
    spelled: bool


@dataclass(frozen=True)
class Title:
    """A title's words, folded and spelled (same positions); `folded` has spaces around for quick tests."""

    words: tuple[str, ...]
    spelled: tuple[str, ...]
    folded: str
    national: bool

    @classmethod
    def of(cls, text: str) -> Title:
        vocab = org_unit_words()
        text = _expand_abbreviations(text)
        words, spelled = fold(text).split(), fold_case(text).split()
        if len(spelled) != len(words):  # a character one folding splits and the other keeps
            spelled = words
        national = any(f" {body} " in f" {' '.join(words)} " for body in vocab.national_bodies)
        for phrase in vocab.not_unit_phrases:  # "kinh tế - xã hội An Giang" is no "Xã Hội An"
            for start in _places(words, tuple(phrase.split())):
                words[start : start + len(phrase.split())] = [_MASK] * len(phrase.split())
        return cls(tuple(words), tuple(spelled), f" {' '.join(words)} ", national)

    def find(self, key: str, spelled_tail: str) -> list[tuple[tuple[int, int], bool]]:
        """Where the folded `key` stands, and whether the title spells its last words as `spelled_tail`;
        a place whose words the title writes with other diacritics is left out."""
        if f" {key} " not in self.folded:
            return []
        tail = spelled_tail.split()
        found = []
        for start in _places(list(self.words), tuple(key.split())):
            end = start + len(key.split())
            written = self.spelled[end - len(tail) : end]
            if list(written) == tail:
                found.append(((start, end), True))
            elif all(word.isascii() for word in written):  # written without diacritics: folded is all we have
                found.append(((start, end), False))
        return found


@functools.cache
def _abbreviation_pattern() -> re.Pattern[str]:
    shorts = sorted(org_unit_words().abbreviated_type_words, key=len, reverse=True)
    # before a name: a capital then a small letter ("TX. Sơn Tây", "Q.Bình Thạnh") or a digit ("P.5")
    return re.compile(rf"(?<!\w)({'|'.join(map(re.escape, shorts))})\s*(?=[^\W\d_][^\W\d_]|\d)")


def _expand_abbreviations(text: str) -> str:
    """ "TX. Sơn Tây" -> "thị xã Sơn Tây": a short type word before a name, written out."""
    words = org_unit_words().abbreviated_type_words

    def written_out(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 2]
        if not after[0].isdigit() and not (after[0].isupper() and after[1].islower()):
            return match.group(0)  # "TP.HCM": an alias, not a type word before a name
        return words[match.group(1)] + " "

    return _abbreviation_pattern().sub(written_out, unicodedata.normalize("NFC", text))


def _places(words: list[str], key: tuple[str, ...]) -> list[int]:
    n = len(key)
    return [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == key] if n else []


def unit_named_in(session: Session, title: str, period: PeriodSpec) -> int:
    """The id of the one org unit `title` names that existed in `period`; TitleUnitError otherwise."""
    return TitleReader.read(session).unit_named_in(title, period)


@dataclass(frozen=True)
class TitleReader:
    """The store's org units as the title matching needs them, read once (Core rows, not ORM
    objects: thousands of units), for one title or many."""

    units: dict[int, Unit]
    aliases: dict[int, list[tuple[str, str]]]  # unit id -> (alias, folded key)
    merged_into: dict[int, set[int]]  # unit id -> the units it went into (2025: an old province's new one)

    @classmethod
    def read(cls, session: Session) -> TitleReader:
        conn = session.connection()
        columns = (OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.level, OrgUnit.parent_id)
        units = {row[0]: Unit(*row) for row in conn.execute(select(*columns, OrgUnit.valid_from, OrgUnit.valid_to))}
        aliases: dict[int, list[tuple[str, str]]] = {}
        for unit_id, alias, key in conn.execute(select(OrgUnitAlias.org_unit_id, OrgUnitAlias.alias, OrgUnitAlias.key)):
            aliases.setdefault(unit_id, []).append((alias, key))
        merged_into: dict[int, set[int]] = {}
        for from_id, to_id in conn.execute(select(OrgUnitChange.from_id, OrgUnitChange.to_id)):
            merged_into.setdefault(from_id, set()).add(to_id)
        return cls(units, aliases, merged_into)

    def unit_named_in(self, title: str, period: PeriodSpec) -> int:
        """The id of the one org unit `title` names that existed in `period`; TitleUnitError otherwise."""
        named = self.named_units(Title.of(title))
        if not named:
            raise TitleUnitError(f"cannot tell the org unit from the title {title!r}")
        alive = [n for n in named if n.unit.valid_during(period.start, period.end)]
        if not alive:
            found = ", ".join(f"{n.unit.name} ({n.unit.code}, {_validity(n.unit)})" for n in named)
            raise TitleUnitError(f"the title {title!r} names {found}, none of which existed in {period.label}")
        best = min(LEVEL_ORDER[n.unit.level] for n in alive)
        at_best = [n for n in alive if LEVEL_ORDER[n.unit.level] == best]
        candidates = self._inside_named(at_best, named)
        if not candidates:
            found = ", ".join(self._described(n.unit) for n in at_best)
            raise TitleUnitError(f"the title {title!r} names {found}, none of them in the province it names")
        for better in (lambda n: n.own, lambda n: n.spelled, lambda n: n.unit.valid_during(period.end, period.end)):
            candidates = [n for n in candidates if better(n)] or candidates
        if len(candidates) > 1:
            found = ", ".join(self._described(n.unit) for n in candidates)
            raise TitleUnitError(f"the title {title!r} names several org units: {found}")
        return candidates[0].unit.id

    def named_units(self, title: Title) -> list[Named]:
        """The units the title names (by name, alias, or another type word of the level), but not a
        name that stands only inside a longer name the title gives."""
        found = []
        for unit in self.units.values():
            if unit.level not in LEVEL_ORDER or (unit.level == "country" and not title.national):
                continue
            keys = _name_keys(unit.name, unit.level)
            unit_aliases = self.aliases.get(unit.id, [])
            if f" {keys.bare} " not in title.folded and not unit_aliases:
                continue  # the common case, tested first: thousands of units, one title
            own = title.find(keys.name, keys.bare_spelled)
            own += [hit for alias, key in unit_aliases for hit in title.find(key, fold_case(alias))]
            other = [hit for key in keys.other for hit in title.find(key, keys.bare_spelled)]
            hits = own or other
            if hits:
                found.append(Named(unit, tuple(span for span, _ in hits), bool(own), any(s for _, s in hits)))
        return [n for n in found if not _inside_longer(n, found)]

    def _inside_named(self, candidates: list[Named], named: list[Named]) -> list[Named]:
        """The candidates inside a unit of a higher level that the title names, when it names one.

        A province the title names counts with the one it merged into in 2025 ("xã ..., tỉnh Bắc
        Giang" of 2026 is a commune of the new Bắc Ninh). The country names no place.
        """
        level = LEVEL_ORDER[candidates[0].unit.level] if candidates else 0
        places = {n.unit.id for n in named if level < LEVEL_ORDER[n.unit.level] < LEVEL_ORDER["country"]}
        if not places:
            return candidates
        places |= {to for place in places for to in self.merged_into.get(place, ())}
        inside = [n for n in candidates if self._ancestors(n.unit) & places]
        if inside or not any(n.unit.level == "province" and n.unit.id in places for n in named):
            return inside or candidates  # an old district named beside a 2025 commune is no parent of it
        return []

    def _ancestors(self, unit: Unit) -> set[int]:
        found: set[int] = set()
        parent = unit.parent_id
        while parent is not None and parent not in found and parent in self.units:
            found.add(parent)
            parent = self.units[parent].parent_id
        return found

    def _described(self, unit: Unit) -> str:
        """ "Huyện Châu Thành (821, Tiền Giang)": a candidate as an officer picks the code to give."""
        province = next((self.units[i].name for i in self._ancestors(unit) if self.units[i].level == "province"), None)
        return f"{unit.name} ({unit.code}, {province})" if province else f"{unit.name} ({unit.code})"


def _inside_longer(named: Named, others: list[Named]) -> bool:
    """Every place of the name is inside a longer name the title gives: "Quảng Ninh" in "huyện Quảng
    Ninh" (Quảng Bình), "Điện Biên" in "huyện Điện Biên Đông"."""
    longer = [span for o in others if o is not named for span in o.spans]
    return all(
        any(a <= start and end <= b and (b - a) > (end - start) for a, b in longer) for start, end in named.spans
    )


@dataclass(frozen=True)
class NameKeys:
    name: str  # the folded name: "huyen chau thanh"
    bare: str  # without its type word: "chau thanh" (the name itself when it has none, as a province's)
    bare_spelled: str  # the same spelled (fold_case): "châu thành"
    other: tuple[str, ...]  # folded, with each type word of its level: "quan chau thanh", "thi xa chau thanh", ...


@functools.lru_cache(maxsize=16384)
def _name_keys(name: str, level: str) -> NameKeys:
    """How a unit's name can stand in a title (cached: the names are the catalog's, a few thousand)."""
    folded, spelled = fold(name), fold_case(name)
    type_words = org_unit_words().type_words.get(level, ())
    for word in type_words:
        if folded.startswith(word + " "):
            size = len(word.split())
            bare, bare_spelled = " ".join(folded.split()[size:]), " ".join(spelled.split()[size:])
            return NameKeys(folded, bare, bare_spelled, tuple(f"{other} {bare}" for other in type_words))
    return NameKeys(folded, folded, spelled, ())


def _validity(unit: Unit) -> str:
    start = unit.valid_from.isoformat() if unit.valid_from else "…"
    end = unit.valid_to.isoformat() if unit.valid_to else "…"
    return f"{start} to {end}"
